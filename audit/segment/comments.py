"""Split the comment thread into comments: author, date as written, text.

A comment reads: author line(s), a date line ("3 days ago", "5 janvier 2026 à 14 h 30"), then
text. Markup roles (HTML) take precedence over the text shape.
"""

from __future__ import annotations

import re

from audit.lexicon import get_lexicon
from audit.model import Block, Comment
from audit.segment.cues import clean, is_comment_date, is_short_label, plain

_SAYS = re.compile(r"\s*(says|dit|a dit|écrit)\s*:?\s*$", re.IGNORECASE)


def _is_name(block: Block, text: str) -> bool:
    text = _SAYS.sub("", text)  # "Bardizbanian dit :"
    text = re.sub(r"(?<=\b[A-Z])\.$", "", text)  # "Anna K." ends with an initial, not a sentence
    return block.role == "author" or (block.role != "text" and is_short_label(text, max_words=5)
                                      and not text.endswith(("!", "?")))


def _author(blocks: list[Block]) -> str | None:
    names: list[str] = []
    for block in blocks:
        name = _SAYS.sub("", plain(block)).strip()
        if name and name not in names:
            names.append(name)
    return " ".join(names) or None


def parse_comments(blocks: list[Block]) -> list[Comment]:
    lex = get_lexicon()
    entries = [b for b in blocks if not lex.comments_header.match(clean(b))]
    dates = [i for i, b in enumerate(entries) if is_comment_date(b, clean(b))]
    if not dates:
        # No dates to frame comments: only lines that read like a comment count as one.
        return [Comment(None, None, plain(b), b.start, b.end) for b in entries
                if len(plain(b).split()) >= 5]
    comments = []
    starts = []
    for d in dates:
        first = d
        while first > 0 and first - 1 not in dates and _is_name(entries[first - 1], clean(entries[first - 1])) \
                and (not starts or first - 1 > dates[len(starts) - 1]):
            first -= 1
        starts.append(first)
    for n, (first, d) in enumerate(zip(starts, dates)):
        stop = starts[n + 1] if n + 1 < len(starts) else len(entries)
        body = entries[d + 1:stop]
        author = _author(entries[first:d])
        last = body[-1] if body else entries[d]
        comments.append(Comment(
            author=author,
            date=plain(entries[d]),
            text="\n".join(plain(b) for b in body),
            start=entries[first].start,
            end=last.end,
        ))
    return comments
