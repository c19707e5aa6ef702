"""Rules of the seg family: what the segmenter could not make sense of."""
