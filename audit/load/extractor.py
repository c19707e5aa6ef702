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
    return _WORD.findall(text.lower())


class _Index:
    """Lines and 4-word shingles of an extractor's output, to ask whether it kept a block."""

    def __init__(self, text: str | None) -> None:
        lines = [tuple(_tokens(line)) for line in (text or "").splitlines()]
        self.lines = {line for line in lines if line}
        # Shingles run across line ends: a <pre> or a list is one block for us, many lines here.
        stream = tuple(t for line in lines for t in line)
        # n-grams up to the shingle size, so short blocks (a table cell) are found too
        self.shingles = {stream[i:i + n] for n in range(2, _SHINGLE + 1)
                         for i in range(max(1, len(stream) - n + 1))}

    def __bool__(self) -> bool:
        return bool(self.lines)

    def covers(self, text: str) -> bool:
        tokens = tuple(_tokens(text))
        if not tokens:
            return False
        if len(tokens) < _SHINGLE:
            return tokens in self.lines or len(tokens) > 1 and tokens in self.shingles
        grams = [tokens[i:i + _SHINGLE] for i in range(len(tokens) - _SHINGLE + 1)]
        return sum(g in self.shingles for g in grams) >= 0.5 * len(grams)


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
