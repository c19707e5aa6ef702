"""Split the comment thread into comments: author, date as written, text.

A comment reads: author line(s), a date line ("3 days ago", "5 janvier 2026 à 14 h 30"), then
text. Markup roles (HTML) take precedence over the text shape.
"""

from __future__ import annotations

import re

from audit import rx
from audit.lexicon import get_lexicon
from audit.model import Block, Comment
from audit.segment.cues import (clean, is_comment_date, is_name_line, plain, without_says,
                                 word_count)


def _is_name(block: Block, text: str) -> bool:
    return block.role == "author" or (block.role != "text" and is_name_line(text))


def _author(blocks: list[Block]) -> str | None:
    names: list[str] = []
    for block in blocks:
        name = without_says(plain(block)).strip()
        if name and name not in names:
            names.append(name)
    return " ".join(names) or None


_TIME_ONLY = rx.compile(r"\W*(?:(?:à|at|um|a las|alle)\s+)?\d{1,2}\s*[h:.]\s*\d{2}"
                        r"(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?\W*", re.IGNORECASE)


def parse_comments(blocks: list[Block]) -> list[Comment]:
    lex = get_lexicon()
    entries = [b for b in blocks if not lex.comments_header.matches(clean(b))]
    # Not a forum profile's join date ("Mitglied seit" / "12. Juni 2017").
    dates = [i for i, b in enumerate(entries) if is_comment_date(b, clean(b))
             and not (i and lex.profile_label.search(clean(entries[i - 1])))]
    if not dates:
        return _undated(entries)
    if _text_first(entries, dates):
        return _text_then_stamp(entries, dates)
    dated = set(dates)  # asked of each line above a date: a list was quadratic on a long thread
    # A stamp cut in two lines ("24 janvier 2017<br>12h27"): a time alone right under a date,
    # read as a date or not, ends that stamp; it opens no comment.
    stamp_end: dict[int, int] = {}  # a stamp's first line -> its last
    taken = -1
    for d in dates:
        if d <= taken:
            continue  # the time line the stamp above took
        timed = d + 1 < len(entries) and _TIME_ONLY.fullmatch(clean(entries[d + 1])) is not None
        stamp_end[d] = taken = d + timed
    dates = list(stamp_end)
    comments = []
    starts = []
    for d in dates:
        first = d
        while first > 0 and first - 1 not in dated and _is_name(entries[first - 1], clean(entries[first - 1])) \
                and (not starts or first - 1 > stamp_end[dates[len(starts) - 1]]):
            first -= 1
        starts.append(first)
    for n, (first, d) in enumerate(zip(starts, dates)):
        stop = starts[n + 1] if n + 1 < len(starts) else len(entries)
        last_stamp = stamp_end[d]
        body = entries[last_stamp + 1:stop]
        author = _author(entries[first:d])
        date = " ".join(plain(b) for b in entries[d:last_stamp + 1])
        if author is None:
            author, date = _split_stamp(date)
        last = body[-1] if body else entries[last_stamp]
        comments.append(Comment(
            author=author,
            date=date,
            text="\n".join(plain(b) for b in body),
            start=entries[first].start,
            end=last.end,
        ))
    return comments


def _text_first(entries: list[Block], dates: list[int]) -> bool:
    """A thread that prints each comment's text above its "name, date" line (regards.fr:
    "très bien vos infos." / "gabriel sempéré Le 11 septembre 2018 à 12:57"): text and no
    name before the first date, and the first two date lines carry the names."""
    before = entries[:dates[0]]
    return bool(before) and len(dates) >= 2 and not any(_is_name(b, clean(b)) for b in before) and \
        all(_split_stamp(plain(entries[d]))[0] for d in dates[:2])


def _text_then_stamp(entries: list[Block], dates: list[int]) -> list[Comment]:
    comments, first = [], 0
    for d in dates:
        body = entries[first:d]
        author, date = _split_stamp(plain(entries[d]))
        if author is None:
            break  # a date with no name: the page's teasers under the thread
        if body:
            comments.append(Comment(author=author, date=date,
                                    text="\n".join(plain(b) for b in body),
                                    start=body[0].start, end=entries[d].end))
        first = d + 1
    return comments


def _split_stamp(line: str) -> tuple[str | None, str]:
    """"Ben 19. Juni 2018 um 15:28 Uhr - Antworten" -> ("Ben", "19. Juni 2018 um 15:28 Uhr")."""
    match = get_lexicon().comment_stamp.search(line)
    if match is None or match.start() == 0 and match.end() == len(line):
        return None, line
    words = line[:match.start()].strip(" ,;|-–·/").split()
    weekdays = get_lexicon().weekdays
    # "Josef Lindner, Do 9 Apr 2020": a weekday after the name's comma ("Sam" alone is a name)
    if len(words) > 1 and words[-2].endswith(",") and words[-1].lower().strip(".") in weekdays:
        words.pop()
    name = " ".join(words).strip(" ,;|-–·/")
    return (name if name and is_name_line(name) else None), match.group().strip()


def _undated(entries: list[Block]) -> list[Comment]:
    """A thread with no dates: a name line opens a comment, the lines under it are its text;
    with no name, a line that reads like a comment (five words or more) is one."""
    # Each comment's pieces (author, paragraphs, start, end), joined at the end: a reader's
    # further paragraphs added to the text one by one copied it each time.
    parts: list[tuple[str | None, list[str], int, int]] = []
    author: Block | None = None
    for block in entries:
        text = plain(block)
        if _is_name(block, clean(block)):
            author = block
        elif author is not None:
            parts.append((without_says(plain(author)).strip(), [text], author.start, block.end))
            author = None
        elif parts and parts[-1][0] is not None:
            name, texts, start, _ = parts[-1]  # a further paragraph of the same reader
            texts.append(text)
            parts[-1] = (name, texts, start, block.end)
        elif word_count(text) >= 5:
            parts.append((None, [text], block.start, block.end))
    return [Comment(name, None, "\n".join(texts), start, end) for name, texts, start, end in parts]
