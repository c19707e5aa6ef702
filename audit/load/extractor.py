"""The main-content extractor as a first opinion: trafilatura, called on a copy of our tree.

Its verdict becomes a hint on each block ("main", "comments" or ""), matched by word shingles
so that differences in whitespace and punctuation between its text and ours do not matter.
The segmenter weighs the hint with its own cues: it drops the share and widget lines the
extractor keeps, and keeps the sources lists and disclosures it cuts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from audit.model import Block

_WORD = re.compile(r"\w+")
_SHINGLE = 4


def _tokens(text: str) -> list[str]:
    # Splitting on white space is several times faster than a \w+ regex, and both texts
    # come from the same markup, so their punctuation agrees.
    return text.lower().split()


class _Index:
    """The extractor's output as 4-word shingles and as one token string, to ask whether it
    kept a block of ours."""

    def __init__(self, text: str | None) -> None:
        stream = _tokens(text or "")
        self.joined = f" {' '.join(stream)} "
        # one-word lines, for one-word blocks ("Zutaten"), which must match a whole line
        self.lines = "\n" + "\n".join(" ".join(_tokens(line)) for line in (text or "").splitlines()) + "\n"
        self.shingles = set(zip(stream, stream[1:], stream[2:], stream[3:]))

    def __bool__(self) -> bool:
        return bool(self.shingles) or self.joined.strip() != ""

    def covers(self, text: str) -> bool:
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < _SHINGLE:
            # a short block (a table cell, a list item) must appear whole, between word ends
            return len(tokens) > 1 and f" {' '.join(tokens)} " in self.joined or \
                len(tokens) == 1 and f"\n{tokens[0]}\n" in self.lines
        grams = list(zip(tokens, tokens[1:], tokens[2:], tokens[3:]))
        return len(self.shingles.intersection(grams)) >= 0.5 * len(set(grams))


def mark_extracted(root: Any, blocks: list[Block]) -> tuple[list[Block], dict[str, Any]]:
    """Blocks with ``extracted`` set, and what metadata the extractor found."""
    try:
        import trafilatura
    except ImportError:  # the segmenter still works on its own cues
        return blocks, {}
    try:
        # Called last on this tree: trafilatura prunes it in place, which saves a copy.
        # Comments are found by our own cues (markup zones, thread labels): asking the
        # extractor for them costs a tenth of its time.
        result = trafilatura.bare_extraction(root, include_comments=False, with_metadata=False)
    except (RecursionError, ValueError, TypeError, AttributeError):
        return blocks, {}  # the extractor gave up on this page; our own cues still apply
    if result is None or not result.text:
        return blocks, {}
    main, comments = _Index(result.text), _Index(result.comments)
    marked = []
    for block in blocks:
        label = "main" if main.covers(block.text) else \
            "comments" if comments and comments.covers(block.text) else ""
        marked.append(replace(block, extracted=label))
    return marked, {}
