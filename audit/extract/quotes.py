"""Direct quotations in the body, whether they are full clauses, and whether a speaker is named
near them (a speech verb in the same sentence, or a lead-in line ending with a colon)."""

from __future__ import annotations

import re

from audit.lexicon import get_lexicon
from audit.model import Quote

_QUOTE = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+?)”|\"([^\"\n]+?)\"")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÀ-Ý«“\"])")
_ANONYMOUS = re.compile(r"^\W*(?:un|une|des|certains|plusieurs|an?|some|one)\s+"
                        r"(?:responsable|source|proche|diplomate|officiel|observateur|expert|"
                        r"official|insider|person)", re.IGNORECASE)


def _is_full_clause(quote: str) -> bool:
    words = quote.split()
    starts_upper = quote[:1].isupper()
    return (starts_upper and len(words) >= 5) or bool(re.search(r"[.!?…]\W*$", quote) and len(words) >= 3)


def _sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around [start, end) inside the block [lo, hi), ignoring ends inside quotes."""
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end, hi)
    return left, right_match.end() if right_match else hi


def _speaker_named(context: str) -> bool:
    lex = get_lexicon()
    for m in lex.speech_verb.finditer(context):
        if not _ANONYMOUS.match(context[m.end():]):
            return True
    return False


def find_quotes(text: str, blocks: list[tuple[int, int]]) -> list[Quote]:
    """Quotes in body ``blocks`` (ordered) of the folded ``text``."""
    quotes: list[Quote] = []
    previous_end = previous_start = None
    for lo, hi in blocks:
        lead_in = previous_end is not None and text[:previous_end].rstrip().endswith(":")
        # Press convention: a paragraph that opens with a quotation right after a paragraph
        # whose quotation was attributed continues the same speaker.
        previous_attributed = bool(quotes) and previous_end is not None and \
            quotes[-1].start >= (previous_start or 0) and quotes[-1].attributed
        previous_start = lo
        for m in _QUOTE.finditer(text, lo, hi):
            inner = next(g for g in m.groups() if g is not None)
            s, e = _sentence_bounds(text, m.start(), m.end(), lo, hi)
            context = text[s:m.start()] + " " + text[m.end():e]
            starts_block = not text[lo:m.start()].strip()
            attributed = _speaker_named(context) or ((lead_in or previous_attributed) and starts_block) \
                or text[s:m.start()].rstrip().endswith(":") and _speaker_named(text[s:m.start()])
            quotes.append(Quote(inner, m.start(), m.end(), _is_full_clause(inner), attributed))
        previous_end = hi
    return quotes
