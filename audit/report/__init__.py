"""Stage 6: results -> output for people and machines. One module per --format value."""
