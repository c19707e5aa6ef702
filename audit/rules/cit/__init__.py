"""Rules of the cit family."""
