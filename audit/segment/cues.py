"""Line-level cues shared by the classifier and the comment parser."""

from __future__ import annotations

import re

from audit.lexicon import fold, get_lexicon
from audit.model import Block

_MD_MARKER = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)")
_TERMINAL = re.compile(r"[.;:,…]\s*$")
_LETTERS = re.compile(r"[^\W\d_]+")


def plain(block: Block) -> str:
    """The block's text as written, without a Markdown marker."""
    return _MD_MARKER.sub("", block.text).strip()


def clean(block: Block, folded: str | None = None) -> str:
    """The block's text folded for matching, without a Markdown marker; sliced from the
    folded document text when the caller has it."""
    if folded is not None:
        return _MD_MARKER.sub("", folded[block.start:block.end]).strip()
    return fold(plain(block))


def word_count(text: str) -> int:
    return len(text.split())


def is_short_label(text: str, max_words: int = 14) -> bool:
    """A line shaped like a heading or a name: short, not ending a sentence."""
    return 0 < word_count(text) <= max_words and len(text) <= 140 and not _TERMINAL.search(text)


def disclosure_match(text: str) -> tuple[str, re.Match[str]] | None:
    """(language, match) of an AI-use disclosure in a short block of text."""
    if len(text) > 600 or word_count(text) > 60:
        return None
    lex = get_lexicon()
    lowered = text.lower()
    if lex.ai_words.isdisjoint(_LETTERS.findall(lowered)) and \
            not any(p in lowered for p in lex.ai_phrases):
        return None  # no AI word: no need to try every pattern
    match = lex.disclosure.search(text)
    if not match:
        return None
    return match.lastgroup.split("_")[0], match


def is_comment_date(block: Block, text: str) -> bool:
    return block.role == "date" or bool(get_lexicon().comment_date.match(text))


_DIGIT = re.compile(r"\d")


def is_dateline(text: str) -> bool:
    """"23.10.2018", "3:59 PM", "19.6.2007 9:40 Uhr": a short line made mostly of digits."""
    chars = len(text) - text.count(" ")
    return 0 < len(text.split()) <= 8 and len(_DIGIT.findall(text)) >= 0.3 * chars


_SITE_SEPARATOR = re.compile(
    r"\s[|«»·–—]\s|\s-\s(?:[A-Z][\w.'&]*|du|de|des|la|le|les|of|the|and|&)"
    r"(?:\s(?:[A-Z][\w.'&]*|du|de|des|la|le|les|of|the|and|&)){0,5}$")


def has_site_name(text: str) -> bool:
    """A page <title> such as "Lexikon « Nalas Löwenseiten" or "Titre | Le Journal"."""
    return bool(_SITE_SEPARATOR.search(text))


def without_site_name(text: str) -> str:
    """"Budget 2026 : le gouvernement revoit sa copie – Le Quotidien" -> the title alone."""
    return _SITE_SEPARATOR.split(text)[0].strip()


_CITATION = re.compile(r"[,«“\"]|\b(?:1[89]|20)\d{2}\b|https?://|www\.")


def is_citation_like(text: str) -> bool:
    """An entry of a sources list has commas, a quoted title, a year or an address."""
    return bool(_CITATION.search(text))
