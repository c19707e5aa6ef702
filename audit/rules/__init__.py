"""One rule per file, named by its code; families by folder (ai, cit, num)."""
