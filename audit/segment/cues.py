"""Line-level cues shared by the classifier and the comment parser."""

from __future__ import annotations

import re

from audit.lexicon import fold, get_lexicon
from audit.model import Block

_MD_MARKER = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)")
_TERMINAL = re.compile(r"[.;:,…]\s*$")


def plain(block: Block) -> str:
    """The block's text as written, without a Markdown marker."""
    return _MD_MARKER.sub("", block.text).strip()


def clean(block: Block) -> str:
    """The block's text folded for matching, without a Markdown marker."""
    return fold(plain(block))


def word_count(text: str) -> int:
    return len(text.split())


def is_short_label(text: str, max_words: int = 14) -> bool:
    """A line shaped like a heading or a name: short, not ending a sentence."""
    return 0 < word_count(text) <= max_words and len(text) <= 140 and not _TERMINAL.search(text)


def disclosure_match(text: str) -> tuple[str, re.Match[str]] | None:
    if word_count(text) > 60:
        return None
    for language, pattern in get_lexicon().disclosure:
        match = pattern.search(text)
        if match:
            return language, match
    return None


def is_comment_date(block: Block, text: str) -> bool:
    return block.role == "date" or bool(get_lexicon().comment_date.match(text))
