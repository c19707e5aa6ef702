"""Rules of the num family."""
