"""Split the comment thread into comments: author, date as written, text.

A comment reads: author line(s), a date line ("3 days ago", "5 janvier 2026 à 14 h 30"), then
text. Markup roles (HTML) take precedence over the text shape.
"""

from __future__ import annotations

import functools
import re

from audit import rx
from audit.lexicon import get_lexicon, words_of, words_regex
from audit.model import Block, Comment
from audit.segment.cues import (clean, is_comment_date, is_name_line, plain, without_says,
                                 word_count)


_NAME_MAX_WORDS = 12  # a paragraph in the author's box is a theme's wrapper, not a name (a pingback
# names its post: "PaiNs Blog : NEU: Komplette Silkroad Quest Datenbank")


def _is_name(block: Block, text: str) -> bool:
    return (block.role == "author" and word_count(text) <= _NAME_MAX_WORDS) or \
        (block.role != "text" and is_name_line(text))


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
        # "Amna March 26, 2018 at 1:09 pm Reply": a stamp that names its reader takes no name
        # from above (a two-word comment, "Thank you", is the last reader's text)
        named = _split_stamp(plain(entries[d]))[0] is not None
        # Nor the line right under the stamp above: that reader's text, however short
        # ("Super Rezepte" / "Antworten" / "Teodora sagt:"), is no name of the next one.
        # But a name alone between two stamps is the next reader's: the comment above lost
        # its text on paste (an image, a deleted comment): "Dave Peters" / stamp / "Sarah
        # Jones" / stamp.
        while not named and first > 0 and first - 1 not in dated and _is_name(entries[first - 1], clean(entries[first - 1])) \
                and (not starts or first - 1 > stamp_end[dates[len(starts) - 1]] + 1 or
                     first == d and _full_name(clean(entries[first - 1]))):
            first -= 1
        starts.append(first)
    bodies = [entries[stamp_end[d] + 1:starts[n + 1] if n + 1 < len(starts) else len(entries)]
              for n, d in enumerate(dates)]
    tails = _repeated_tails(bodies)
    # A thread numbers its entries when two or more have a number right above them; one
    # comment's last line "3" is its own text ("My guess:" / "3").
    numbered = sum(1 for s in starts if s > 0 and _COUNTER.fullmatch(clean(entries[s - 1]))) >= 2
    for n, (first, d) in enumerate(zip(starts, dates)):
        last_stamp = stamp_end[d]
        body = words = bodies[n]
        # the text only: the entry still ends where it did. Nor the next entry's running
        # number ("8" over "Louise on 11/08/2020").
        while len(words) > 1 and (plain(words[-1]).strip() in tails or
                                  numbered and _COUNTER.fullmatch(clean(words[-1]))):
            words = words[:-1]
        author = _author(entries[first:d])
        date = " ".join(plain(b) for b in entries[d:last_stamp + 1])
        if author is None:
            author, date = _split_stamp(date)
        elif last_stamp == d:
            date = _stamp_of(date)  # "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #"
        last = body[-1] if body else entries[last_stamp]
        comments.append(Comment(
            author=author,
            date=date,
            text="\n".join(plain(b) for b in words),
            start=entries[first].start,
            end=last.end,
        ))
    return comments


_COUNTER = re.compile(r"#?\d{1,4}\.?")  # a thread's running number over an entry
# A reader's full name: two to four words, each capitalised ("Sarah Jones", "Anna K."), not a
# short text ("Great news", "Thanks Dave")
_FULL_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}")


def _full_name(text: str) -> bool:
    return _FULL_NAME.fullmatch(text.strip()) is not None and is_name_line(text)

_REPEATED_TAIL = 3  # comments ending on the same line: a signature or the thread's furniture


def _repeated_tails(bodies: list[list[Block]]) -> set[str]:
    """Lines that close at least _REPEATED_TAIL comments' texts, the last two lines of each
    read: an app's signature ("Mit der kostenlosen PocketPC.ch App … geschrieben.") and the
    vote count under it, repeated under every post, are no reader's words."""
    seen: dict[str, int] = {}
    for body in bodies:
        for line in {plain(b).strip() for b in body[-2:]}:
            seen[line] = seen.get(line, 0) + 1
    return {line for line, n in seen.items() if n >= _REPEATED_TAIL}


def _text_first(entries: list[Block], dates: list[int]) -> bool:
    """A thread that prints each comment's text above its "name, date" line (regards.fr:
    "très bien vos infos." / "gabriel sempéré Le 11 septembre 2018 à 12:57"): text and no
    name before the first date, and the first two date lines carry the names. Or, decided by
    the page's own order, a thread whose first stamp follows prose and whose last is followed
    by none (Stack Exchange: "text" / "– Name" / "Feb 7, 2014 at 10:53"): the stamp closes
    each entry, it does not open one."""
    before = [b for b in entries[:dates[0]] if not _COUNTER.fullmatch(clean(b))]  # "1" over the first
    if bool(before) and len(dates) >= 2 and not any(_is_name(b, clean(b)) for b in before) and \
            all(_bare_name(plain(entries[d])) for d in dates[:2]):
        return True
    return _closed_by_stamps(entries, dates)


def _bare_name(line: str) -> bool:
    """A reader's name right before the stamp, no opener before it ("gabriel sempéré Le 11
    septembre 2018 à 12:57" under the text; not "Par Bruno Gobin, le mercredi …" over it)."""
    name, _, opened = _header(line)
    return name is not None and not opened


def _closed_by_stamps(entries: list[Block], dates: list[int]) -> bool:
    return len(dates) >= 2 and any(map(_is_prose, entries[:dates[0]])) and \
        not any(map(_is_prose, entries[dates[-1] + 1:]))


_PROSE_MIN_WORDS = 5  # "Add a comment |" under the last stamp is no comment's text


def _is_prose(block: Block) -> bool:
    text = clean(block)
    return word_count(text) >= _PROSE_MIN_WORDS and not _is_name(block, text) and \
        not is_comment_date(block, text)


_SIGNATURE = re.compile(r"^\s*[–—-]\s*")  # "– Vogel612": a name signed under the text


def _is_signed_name(block: Block) -> bool:
    text = clean(block)
    return _is_name(block, text) or (_SIGNATURE.match(text) is not None and
                                     is_name_line(_SIGNATURE.sub("", text)))


def _text_then_stamp(entries: list[Block], dates: list[int]) -> list[Comment]:
    comments, first = [], 0
    # Told by the order alone, every stamp closes an entry: one with no name is unnamed.
    closed = _closed_by_stamps(entries, dates)
    for d in dates:
        body = entries[first:d]
        # "– Vogel612" over the stamp: the name line that closes the entry
        names = 0
        while names < len(body) - 1 and names < 2 and _is_signed_name(body[-1 - names]):
            names += 1
        if names:
            author, date = _author(body[len(body) - names:]), _stamp_of(plain(entries[d]))
            author = _SIGNATURE.sub("", author) if author else author
            body = body[:len(body) - names]
        else:
            author, date = _split_stamp(plain(entries[d]))
            # "Nibelung" / text / "50 Minuten her": the name over the text, the stamp under it
            above = [k for k in range(len(body) - 1) if _is_signed_name(body[k])]
            if author is None and above:
                author, body = _author(body[above[-1]:above[-1] + 1]), body[above[-1] + 1:]
            elif author is None and not closed:
                break  # a date with no name: the page's teasers under the thread
        if body:
            comments.append(Comment(author=author, date=date,
                                    text="\n".join(plain(b) for b in body),
                                    start=body[0].start, end=entries[d].end))
        first = d + 1
    return comments


def _split_stamp(line: str) -> tuple[str | None, str]:
    """A header line's reader and date, by its grammar: [opener] NAME [link] [weekday] STAMP
    [time] ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten" -> ("Ben", "19. Juni 2018 um 15:28
    Uhr"); Drupal's "Submitted by charlyc on Wed, 10/17/2018 - 12:17." -> ("charlyc", "Wed,
    10/17/2018 - 12:17"); "Julia on 11/08/2020 at 9:52 pm" -> ("Julia", "11/08/2020 at 9:52
    pm")). The name must read as one (is_name_line), else None and the stamp."""
    return _header(line)[:2]


def _header(line: str) -> tuple[str | None, str, bool]:
    """_split_stamp's reader and date, and whether an opener stood before the name ("Par
    Bruno Gobin, le mercredi …", "Submitted by …"): such a header opens its entry, while a
    bare "Name date" line may close one (_text_first)."""
    lex = get_lexicon()
    signed = lex.comment_byline.match(line) if lex.comment_byline else None
    if signed and is_name_line(signed.group("name")):  # "Comment by Daniel — 17.07, 2011 @ 13:10"
        return signed.group("name").strip(), line[signed.end():].strip(), False
    match = lex.comment_stamp.search(line)
    if match is None or match.start() == 0 and match.end() == len(line):
        return None, line, False
    start, end = _stamp_span(line, match)
    if start == 0:
        return None, line[:end].strip(), False
    name, opened = _header_name(line[:start])
    return (name if name and is_name_line(name) else None), line[start:end].strip(), opened


def _stamp_of(line: str) -> str:
    """The stamp as written in a date line whose reader is named above it, without the reply
    link or the vote buttons after it; the line when it holds no stamp the lexicon reads."""
    match = get_lexicon().comment_stamp.search(line)
    if match is None:
        return line
    start, end = _stamp_span(line, match)
    return line[start:end].strip()


def _stamp_span(line: str, match: re.Match[str]) -> tuple[int, int]:
    """The stamp as written around the lexicon's match: the weekday before its date ("Wed,
    10/17/2018", "Do 9 Apr 2020"), the time after it the match left ("21. Jan. 2015, 19:04",
    "10/17/2018 - 12:17") or the time's half ("9:54 pm", "12:01:03"), whatever date form the
    match is."""
    start, end = match.start(), match.end()
    ends_timed = _TIME_END.search(line, 0, end) is not None
    tail = (_MERIDIEM if ends_timed else _TIME_TAIL).match(line, end)
    if tail:
        end = tail.end()
    words = line[:start].rstrip().split(" ")
    # the name keeps a word; a weekday's own mark, the name's comma, a link word or a weekday
    # in lower case sets it apart ("Sam" alone is a name, "charlyc on Wed, …", "Josef Lindner,
    # Do 9 Apr 2020" and "Jean Dupont mercredi 15 mars" a weekday); a capitalised one bare is a
    # surname ("Thomas Freitag 12.03.2020", "Joe Friday March 3", "Ana Domingo"; review S P4)
    if len(words) > 1 and words[-1].lower().strip(".,") in get_lexicon().weekdays and \
            (words[-1][-1:] in ".," or words[-2][-1:] in ",:" or
             words[-1][:1].islower() and len(words[-1].strip(".,")) > 3 or
             words[-2].lower() in _links()):
        start = line.rstrip().rfind(words[-1], 0, start)
    return start, end


# A time of day after a date ("…2015, 19:04", "… - 12:17", "… // 12:56", "… at 9:54 pm", "…
# um 13:22 Uhr", "… à 09h29", "… @11h13"): its joint, then hours and minutes; a dot only
# before "Uhr" ("um 21.11 Uhr"), so no date's "17.11" is taken.
_TIME_TAIL = rx.compile(
    r",?\s*(?:(?:[-–—|/@·]|//)\s*)?(?:(?:at|um|à|a|a las|alle|às|as|om|kl\.?)\s+)?"
    r"\d{1,2}(?::\d{2}(?::\d{2})?|\s?h\s?\d{2}|\.\d{2}(?=\s?uhr))"
    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h)(?!\w))?(?!\w)", re.IGNORECASE)
_TIME_END = rx.compile(r"\d{1,2}\s*[:h.]\s*\d{2}\s*\Z", re.IGNORECASE)
# the half of a time the match left: its seconds, "am"/"pm", "Uhr"
_MERIDIEM = rx.compile(r"(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|uhr)(?!\w))|:\d{2}(?!\w)", re.IGNORECASE)


def _header_name(before: str) -> tuple[str, bool]:
    """The reader's name in the words before a stamp: an opener before it ("Submitted by",
    "geschrieben von"), the words linking it to the date after it ("on", "am", "said, on"),
    the separators around it ("Name | 10/17/18") left out; and whether an opener stood there."""
    name = before.strip(" ,;|-–—·/:")
    opener = _openers().match(name)
    if opener and opener.end() < len(name):
        name = name[opener.end():]
    while True:
        link = _link_end().search(name)
        if not link or link.start() == 0:
            break
        name = name[:link.start()].rstrip(" ,;|-–—·/:")
    return name.strip(" ,;|-–—·/:"), bool(opener and opener.end() < len(before.strip(" ,;|-–—·/:")))


@functools.cache
def _links() -> frozenset[str]:
    return frozenset(w.lower() for w in words_of("comment_header_links"))


@functools.cache
def _openers() -> re.Pattern[str]:
    return rx.compile(rf"(?:{words_regex(sorted(set(words_of('comment_header_openers')), key=len, reverse=True))}):?\s+",
                      re.IGNORECASE)


@functools.cache
def _link_end() -> re.Pattern[str]:
    """A link word ending the words before the stamp ("Julia on", "stephangoeldi said, on")."""
    return rx.compile(rf"(?:^|[\s,])(?:{words_regex(sorted(_links(), key=len, reverse=True))})[\s,:]*$",
                      re.IGNORECASE)


def _undated(entries: list[Block]) -> list[Comment]:
    """A thread with no dates: a name line opens a comment, the lines under it are its text;
    with no name, a line that reads like a comment (five words or more) is one."""
    # Each comment's pieces (author, date, paragraphs, start, end), joined at the end: a reader's
    # further paragraphs added to the text one by one copied it each time.
    parts: list[tuple[str | None, str | None, list[str], int, int]] = []
    author: Block | None = None
    for block in entries:
        text = plain(block)
        if _is_name(block, clean(block)):
            author = block
        elif author is not None:
            name, date = _split_stamp(plain(author))  # "Sabine 18.09.2016": name and date side by side
            if name is None:
                name, date = without_says(plain(author)).strip(), None
            parts.append((name, date, [text], author.start, block.end))
            author = None
        elif parts and parts[-1][0] is not None:
            name, date, texts, start, _ = parts[-1]  # a further paragraph of the same reader
            texts.append(text)
            parts[-1] = (name, date, texts, start, block.end)
        elif word_count(text) >= 5:
            parts.append((None, None, [text], block.start, block.end))
    return [Comment(name, date, "\n".join(texts), start, end) for name, date, texts, start, end in parts]
