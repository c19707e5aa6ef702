"""Dates as written: "5 janvier 2026", "le trois janvier", "January 3, 2026", "mai [2025]",
"2026-01-05", years alone ("en 2013", "mille neuf cent quatre-vingt-dix-neuf").

A date without a year takes the latest year the text stated before it, marked as inferred.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
import functools
import re
from collections.abc import Callable, Container
from itertools import compress, islice

from audit import rx
from audit.extract.months import month_number, short_months
from audit.extract.numbers import NumberWords
from audit.lexicon import (UNREAD, case_folded, get_lexicon, get_publishers, lowered,
                           lowered_given, scan_ranges, word_start_regex, word_start_scan,
                           word_start_spans, words_of, words_regex, _load_raw)
from audit.model import DateMention, PartialDate, Ranges
from audit.segment.cues import THEME_TEMPLATE_ID, WIRE_DATELINE, word_count


def month_scan() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The month names' pattern for lowercased text and its word_start_scan, for NumberWords
    to find them in the walk that finds the number words (its ``also``)."""
    p = _patterns(caseless=False)
    return p["m"], p["m_scan"]


@functools.cache
def _patterns(caseless: bool = True) -> dict[str, re.Pattern[str]]:
    """The date patterns; ``caseless=False``: for lowercased text, each opening with plain
    characters (lexicon.word_start_regex: a case-insensitive pattern, or one that opens with
    \\b or a look-behind, is tried at every position)."""
    names = list(get_lexicon().months)
    if caseless:
        months = words_regex(names)  # a trie: 4x faster than a flat list
        flags, day = re.IGNORECASE, r"\b(\d{1,2}|1er|premier)"
        start = rf"\b({months})"
    else:
        months, flags = words_regex(names), 0
        start = f"({word_start_regex(names)})"
        # The character the day opens with first, as a class: re skips to where one stands
        # (a group of branches opening with \d is tried at every position).
        day = r"([\dp](?:(?<=\d)(?<!\w\d)\d?|(?<=1)(?<!\w1)er|(?<=p)(?<!\wp)remier))"
    return {
        # The look-behind after the first token: a pattern that opens with a look-behind is
        # tried at every position, one that opens with a digit or a letter is not (2-4x).
        # "\d\d{3}", not "\d{4}": a pattern that opens with a repeat is tried at every position.
        "iso": rx.compile(r"(\d\d{3})(?<![\d-]\d{4})-(\d{2})-(\d{2})(?![\d])"),
        # "5 janvier 2026", "27. Januar 2020" (German: the day's dot, group 2), "12 de marzo
        # de 2021", "5 agosto del 1933"
        # "28th Sep 2012" (an RNS's stamp): an English ordinal's letters after the day.
        "dmy": rx.compile(rf"{day}(?:st|nd|rd|th)?(\.?)\s+(?:de\s+)?({months})\.?"
                          rf"(?:\s+(?:del?\s+)?\[?(\d{{4}})\]?)?(?!\w)", flags),
        "mdy": rx.compile(rf"{start}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", flags),
        "my": rx.compile(rf"{start}\s+(?:del?\s+|of\s+)?\[?(\d{{4}})\]?(?!\d)", flags),
        "m": rx.compile(rf"{start}(?!\w)", flags),
        # "m" on lowercased text, as lexicon.word_start_scan reads it (word_start_spans).
        **({} if caseless else {"m_scan": word_start_scan(names, r"(?!\w)")}),
        # Not after a digit or a slash: tested on each match (see run), not at every position.
        "numeric": rx.compile(r"(\d\d?)/(\d{1,2})/(\d{4})(?![\d/])"),
        # "21-06-2022" (a sources line of Développement économique Canada): as with slashes;
        # not inside a longer run of dashed figures ("514-21-06-2022", a code or a phone).
        "dashed": rx.compile(r"(\d\d?)-(\d{1,2})-(\d{4})(?![\d-])"),
        # "07.05.2020": day first wherever it is written so (German, Swiss, Italian pages).
        # A full stop after it ends the sentence ("am 10.1.2023."); one before a digit, a run.
        "dotted": rx.compile(r"(\d\d?)\.(\d{1,2})\.(\d{4})(?!\d|[.,]\d)"),
        # "21.dez.2018" (Folha's byline, round 39b r1): a month's abbreviation glued between
        # the day's and the year's dots, where it can be no word (lexicon glued_months).
        "glued": rx.compile(rf"(\d\d?)\.({words_regex(list(_glued_months()))})\.(\d{{4}})(?!\d|[.,]\d)",
                            flags),
        # Not an amount: "la somme totale de 2010€" (round 8, Flaxlanden).
        "year": rx.compile(r"(1[89]\d{2}|20\d{2})(?<![\w\-–/.,]\d{4})(?![\w\-–/]|[.,]\d|[\s\u00a0\u202f]?[€$£¥](?!\s?\d))"),
        # "vingt-cinq mai 2020", "veinticinco de julio", "vinte e cinco de julho de 2019"
        "month_after": rx.compile(rf"\s+(?:de\s+)?({months})(?!\w)(?:\s+(?:de\s+)?\[?(\d{{4}})\]?)?", flags),
    }


@functools.cache
def _short_patterns(language: str, caseless: bool) -> re.Pattern[str] | None:
    """The day, ``language``'s CLDR abbreviation the shared table lacks (extract/months.py) and
    the year ("7 mrt 2022", "2 de dic. de 2007"), never the abbreviation alone. Day first only:
    the languages with such abbreviations write the day first (a month-first pattern opening
    with the names cost twice the day's on a page of markup)."""
    names = list(short_months(language))
    if not names:
        return None
    # As _patterns: on lowercased text it opens with a digit (re skips to one).
    flags, day = (re.IGNORECASE, r"\b(\d{1,2})") if caseless else (0, r"(\d(?<!\w\d)\d?)")
    return rx.compile(rf"{day}(\.?)\s+(?:de\s+)?({words_regex(names)})\.?\s+(?:del?\s+)?(\d{{4}})(?!\w)",
                      flags)


@functools.cache
def _glued_months() -> dict[str, int]:
    """Every lexicon's glued_months, each its month's number (the list's order)."""
    return {name: number for doc in _load_raw()
            for number, name in enumerate(doc.get("glued_months", []), start=1)}


def _month(name: str) -> int:
    # Folded as the patterns match: a case-insensitive pattern takes "Aprıl" for "April".
    return get_lexicon().months[case_folded(name).rstrip(".")]


def _exists(year: int, month: int | None, day: int | None) -> bool:
    try:  # a month or day given as 0 ("00.00.2020") is none
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return False
    return True


def _valid(year: int, month: int | None, day: int | None) -> bool:
    return _exists(year, month, day) and 1800 <= year <= 2100


class _Finder:
    def __init__(self, text: str, language: str, words: NumberWords | None = None) -> None:
        self.text = text
        self.language = language
        # The number words the caller read for this text and language, else read here.
        self.words = words if words is not None and words.text is text and \
            words.language == language else None
        self.taken = bytearray(len(text))  # 1 where a date was read: dates are short
        self.found: list[tuple[int, int, int | None, int | None, int | None]] = []

    def free(self, start: int, end: int) -> bool:
        # A scan of every date taken so far made dense text quadratic.
        return not any(self.taken[start:end])

    def add(self, start: int, end: int, year: int | None, month: int | None, day: int | None) -> None:
        if not self.free(start, end):
            return
        if year is not None and not _valid(year, month, day):
            return
        if year is None and month and day and not _valid(2000, month, day):
            return
        self.taken[start:end] = b"\x01" * (end - start)
        self.found.append((start, end, year, month, day))

    def run(self) -> None:
        text = self.text
        # Month names are matched on the lowercased text when lowercasing keeps every offset
        # (it may not: "İ" lowercases to two characters); groups are read from the text.
        words = self.words
        lower = words.low if words is not None else lowered(text)
        p = _patterns(caseless=lower is None)
        scanned = text if lower is None else lower

        for m in _matches_at(p["iso"], text, _before_separators(text, "-", 4)):
            self.add(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))
        for m in p["dmy"].finditer(scanned):
            if m[2] and (self.language != "de" or not m[1].isdecimal()):
                continue  # "vendu 12. Mars a" is a sentence's end; German writes "12. März"
            day = 1 if m[1].lower() in ("1er", "premier") else int(m[1])
            self.add(m.start(), m.end(), int(m[4]) if m[4] else None, _month(m[3]), day)
        # Every pattern that opens with a month name matches where "m" finds one: one scan
        # for the three (each scan of a page costs as much as the matching).
        # The month names and the number words are found in one walk of the text's word
        # starts (NumberWords' also_spans) when the number words are read here.
        if words is None:
            words = NumberWords(text, self.language, lower, month_scan())
        if lower is None:
            names = [m.span() for m in p["m"].finditer(text)]
        elif words.also_spans is not None and words.low is lower:
            names = words.also_spans
        else:
            names = word_start_spans(p["m"], p["m_scan"], lower)
        months = [start for start, _ in names]
        for m in _matches_at(p["mdy"], scanned, months):
            self.add(m.start(), m.end(), int(m[3]), _month(m[1]), int(m[2]))
        for start, end, value in words.found:
            after = p["month_after"].match(scanned, end)
            if after and 1 <= value <= 31:
                year = int(after[2]) if after[2] else None
                self.add(start, after.end(), year, _month(after[1]), value)
            elif 1800 <= value <= 2100:
                self.add(start, end, value, None, None)
        for m in _matches_at(p["numeric"], text, _before_separators(text, "/", 2)):
            before = text[m.start() - 1:m.start()]
            if before == "/" or before.isdecimal():
                continue  # no valid date starts inside it either: each follows a digit or a slash
            a, b = int(m[1]), int(m[2])
            day, month = (b, a) if self.language == "en" else (a, b)
            self.add(m.start(), m.end(), int(m[3]), month, day)
        for m in _matches_at(p["dashed"], text, _before_separators(text, "-", 2)):
            before = text[m.start() - 1:m.start()]
            if before == "-" or before.isdecimal():
                continue
            a, b = int(m[1]), int(m[2])
            day, month = (b, a) if self.language == "en" else (a, b)
            self.add(m.start(), m.end(), int(m[3]), month, day)
        dots = _before_separators(text, ".", 2)
        for m in _matches_at(p["glued"], scanned, dots):
            before = text[m.start() - 1:m.start()]
            if before and (before == "." or before.isalnum()):
                continue  # inside a run ("v1.21.dez.2018") or a word
            self.add(m.start(), m.end(), int(m[3]), _glued_months()[m[2].lower()], int(m[1]))
        for m in _matches_at(p["dotted"], text, dots):
            before = text[m.start() - 1:m.start()]
            if before == "." or before.isdecimal():
                continue  # inside a longer run of dotted figures ("1.2.3.2020", "6.320.843")
            self.add(m.start(), m.end(), int(m[3]), int(m[2]), int(m[1]))
        short = _short_patterns(self.language, lower is None)
        for m in short.finditer(scanned) if short is not None else ():
            if not m[2] or self.language == "de":  # as "dmy": "12. Mär 2019" is German's
                self.add(m.start(), m.end(), int(m[4]), month_number(m[3], self.language), int(m[1]))
        for m in _matches_at(p["my"], scanned, months):
            self.add(m.start(), m.end(), int(m[2]), _month(m[1]), None)
        month_names = get_lexicon().month_names
        for start, end in names:
            # English month names double as words ("may", "march"): only capitalised ones.
            name = text[start:end]
            folded = case_folded(name)
            if folded not in month_names:
                continue
            if folded in ("may", "march") and not name[0].isupper():
                continue
            self.add(start, end, None, _month(name), None)
        for m in p["year"].finditer(text):
            self.add(m.start(), m.end(), int(m[1]), None, None)


def _before_separators(text: str, separator: str, back: int) -> list[int]:
    """Where a date of figures may open (iso, numeric, dotted: up to ``back`` digits, then
    ``separator``): the ``back`` positions before each ``separator`` that follows a digit,
    ascending. Those patterns open with a digit, which re tries at every position of a page
    (0.1 ms each); the separators are found by str.find."""
    out: list[int] = []
    find = text.find
    at = find(separator, 1)
    while at >= 0:
        if text[at - 1].isdecimal():
            out.extend(range(max(at - back, out[-1] + 1 if out else 0), at))
        at = find(separator, at + 1)
    return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (ascending):
    the leftmost match, then the next from where it ends."""
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end:
            m = pattern.match(text, at)
            if m:
                found.append(m)
                end = m.end()
    return found


def find_dates(text: str, language: str | None, fallback_year: int | None = None,
               words: NumberWords | None = None) -> list[DateMention]:
    """Every date mention in ``text`` (folded), in order, with years resolved. ``words``:
    NumberWords(text, language or "fr", lexicon.lowered(text)), when the caller has it."""
    finder = _Finder(text, language or "fr", words)
    finder.run()
    mentions: list[DateMention] = []
    last_year: int | None = None
    for start, end, year, month, day in sorted(finder.found):
        inferred = year is None
        if inferred:
            year = last_year or fallback_year
            # "29 février" was checked against a leap year: the year it takes may have none.
            if year is None or not _exists(year, month, day):
                continue
        else:
            last_year = year
        mentions.append(DateMention(PartialDate(year, month, day), start, end, text[start:end],
                                    year_inferred=inferred))
    return mentions


_ISO_PREFIX = rx.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_meta_date(value: str | None) -> dt.date | None:
    """The date part of an ISO-8601 timestamp from metadata, or of the forms front matter and
    feeds write ("Jul 08 2022", "July 8, 2022", "8 July 2022", RFC 2822), or None."""
    if not value:
        return None
    match = _ISO_PREFIX.search(value)
    if not match:
        return _written_date(value)
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_WRITTEN_FORMATS = ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y")


def _written_date(value: str) -> dt.date | None:
    """An English date as a static site's front matter or a feed writes it."""
    text = " ".join(value.replace(",", " ").split())
    for fmt in _WRITTEN_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    from email.utils import parsedate_to_datetime  # RFC 2822: "Fri, 08 Jul 2022 10:00:00 GMT"

    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# "Publié le 5 janvier 2026", "Par Claire Martin, publié le 14 octobre 2025 à 6 h 00",
# "Published: January 5, 2026", "Créé le : 29/01/2019": the first date after the cue is the
# publication date. Not an update's ("Mis à jour le …"): it may be years later, and a wrong
# date is worse than none for the rate and anniversary checks.
# "Créé le" dates the article only as a label, at the line's start or after a bar: not in a
# sentence ("Le musée, créé le 1er décembre 1986, accueille…").
# Other languages' "Created:" only as a label, before its colon ("ANI | London | Updated:
# 05-01-2021 21:40 IST | Created: 05-01-2021 21:40 IST", devdiscourse, round 46b en05).
_CREATED_WORDS = ("créé", "created", "erstellt", "creado", "creada", "creato", "criado", "criada", "aangemaakt")
_CREATED_LINE = rx.compile(r"(?:^\W*|[|\[(]\s*)(?:créée?(?:\s+le)?\s*:?|(?:created|erstellt|creado|creada|creato|criado|"
                           r"criada|aangemaakt)\s*:)\s", re.IGNORECASE)


@functools.cache
def _byline_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                            re.Pattern[str]]:
    """From every lexicon's dateline_cues: the publication's cue on a line ("Publié le",
    "Published on", "Veröffentlicht am"); an update's ("dernière mise à jour", "last updated"),
    whose date is not the publication's (a byline reads no further than it); and the cue
    words to find the lines that hold one, in the lowercased text and in the text itself."""
    cues = get_lexicon().dateline_cues
    published = words_regex(list(cues["published"]))
    # "Paru le19/09/2017" (insee.fr, round 13a): the article glued to the day.
    after = words_regex(list(cues['after_published']))
    # A participle ("Paru le", "posté le") only where a publication line stands: at the
    # line's start or after a label ("Article posté par … le"); in a sentence it dates a book.
    opening = rf"(?:^|[\s,|·–\[(:-])(?:{published})"
    if cues["participles"]:
        labels = rf"(?:(?:{words_regex(list(cues['participle_labels']))})\s+)?" \
            if cues["participle_labels"] else ""
        opening = rf"(?:{opening}|^\W*{labels}(?:{words_regex(list(cues['participles']))}))"
    line = rx.compile(rf"{opening}\s*:?"
                      rf"(?:\s+(?:{after})(?=\d)|(?:\s+(?:{after}))?\s*:?\s)", re.IGNORECASE)
    # an update's abbreviated cue ("Act: 23.03.2016"): a word of its own, its day right after
    marks = words_regex(list(cues["update_marks"]))
    update = rx.compile(rf"(?:(?:{words_regex(list(cues['last']))})\s+)?(?:{words_regex(list(cues['updated']))})"
                        rf"|(?<![^\W\d_])(?:{marks})(?=\s*:?\s*\d)", re.IGNORECASE)
    # A label's cue: at the line's start, before a colon.
    labels = list(cues["label"])
    label = rx.compile(rf"^\W*(?:{words_regex(labels)})\s*:\s" if labels else r"(?!)", re.IGNORECASE)
    # a flat alternation of literals for the caseless reading; on the lowered text a trie,
    # which tries at a position only the words that open there (a scan of the page 0.18 ->
    # 0.11 ms): only where a match starts is read (scan_ranges)
    words = sorted({*cues["published"], *cues["participles"], *cues["label"], *cues["head_label"], *_CREATED_WORDS})
    word = "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))
    return line, update, rx.compile(words_regex(words, caseless=False)), rx.compile(word, re.IGNORECASE), label


@functools.cache
def _head_labels() -> dict[str, re.Pattern[str]]:
    """Each language's own labels of a bare date in the page's head ("Date:", "Datum:"): a
    language's only (review 1 of session 34, R8: English "Date:" merged into every language
    read a French notice's «Date : mardi 18 mars 2025», an event's day)."""
    found = {}
    for doc in _load_raw():
        words = (doc.get("dateline_cues") or {}).get("head_label") or []
        if words and doc.get("language"):
            found[doc["language"]] = rx.compile(rf"^\W*(?:{words_regex(list(words))})\s*:\s", re.IGNORECASE)
    return found


@functools.cache
def _event_label() -> re.Pattern[str]:
    # An event's facts labelled beside its day ("Time:", "Lieu :", "Ort:"): the day is the event's.
    words = list(get_lexicon().dateline_cues["event_labels"])
    # No "^": it is matched at a line's start in the page (pattern.match(text, start)), where
    # "^" holds only on the page's first line.
    return rx.compile(rf"\W*(?:{words_regex(words)})\s*:", re.IGNORECASE) if words else rx.compile(r"(?!)")


def _head_label(text: str, ranges: Ranges, n: int, line: str, language: str | None, top: int,
                head_end: int) -> re.Match[str] | None:
    """A bare date's label on line ``n`` ("Date: March 5, 2024", "Datum: Sonntag, 16. November
    2025", round 35b de03), in the page's language, where it dates the page: within the head,
    its first dated line, under no paragraph of the body, and no event's facts ("Time:",
    "Lieu :", "Ort:") on the two lines after it. Further down, under the notice's paragraph,
    or beside its place and hour, it dates a meeting or an event (review 1 of session 34, R8:
    a blood drive's «Date : mardi 18 mars 2025» under its paragraph)."""
    pattern = _head_labels().get(language or "")
    if pattern is None or n >= head_end or (m := pattern.match(line)) is None:
        return None
    for k in range(min(top, n), n):
        above = text[ranges[k][0]:ranges[k][1]]
        if _prose(above) or any(d.date.day is not None for d in find_dates(above, language)):
            return None
    return None if _event_fields_under(text, ranges, n) else m


_EVENT_LINES = 2  # an event's facts on the lines beside its day's: its hour, its place


def _event_fields_under(text: str, ranges: Ranges, n: int, above: bool = False) -> bool:
    """An event's fact labelled on one of the two lines under line ``n`` ("Time:", "Lieu :",
    "Hora:"), or above it too (``above``): line n's day is that event's."""
    first = max(n - _EVENT_LINES, 0) if above else n + 1
    return any(_event_label().match(text, ranges[k][0], ranges[k][1])
               for k in range(first, min(n + 1 + _EVENT_LINES, len(ranges))) if k != n)


# A form's field: a label of a few words and its colon opening the line ("Data: 07/09/2022").
_FIELD_LABEL = rx.compile(r"\W*[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}\s*:\s")


# "Publié le 16/05/20 à 07h52": after a cue, a two-digit year is this century's or the last.
# After a cue, a day written with dashes, day first: "pubblicato il 21-12-2014" (round 10b).
_DASHED = rx.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")
# Year first with dots or slashes, a time after it ("2023.04.23 10:31" under the headline,
# round 31a r04, an investing.com copy): the order is sure, the year standing first.
_YEAR_FIRST = rx.compile(r"(?<![\d.,/])((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})(?![\d./])")
_SHORT_NUMERIC = rx.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/]|\.\d)")
# A byline that dates the article without a cue ("Par latribune.fr | 01/07/2009 | 163 mots",
# "By Jane Doe, 5 March 2024"): a name or a site after "Par", "By", "Von", "Por", on one of the
# document's first lines; never a month ("By March 5, every school…", a deadline).
_BYLINE = rx.compile(r"\s*(?i:par|by|von|por)\s+(?:[^\W\d_][\w-]*\.[a-z]{2,}\b|[\p{Lu}])")
_BYLINE_LINES = 12


# "25 septembre, 2023", "dimanche, 24 janvier, 2021" (WordPress's "j F, Y"): a comma between
# a month's name and the year, read as a space (the same length: offsets hold) on a dateline or
# a publication line only; in a sentence "le 12 mars, 1500 manifestants" is no date.
_COMMA_YEAR = rx.compile(r"(?<=[^\W\d_]),(?=\s+(?:1[89]|20)\d\d(?![\d,.]\d))")


def _comma_year(line: str) -> str:
    return _COMMA_YEAR.sub(" ", line) if "," in line else line


def _day_after(line: str, at: int, language: str | None,
               first: Callable[[], str | None] = lambda: None) -> dt.date | None:
    """The first date to the day in ``line`` from ``at``. On an English page a day in figures
    with dashes where both numbers could be the month ("05-01-2021") is read in the order the
    time zone after it states (IST day first, EST month first), else the page's (``first``:
    its other days', its country's), else month first as find_dates reads it."""
    line = _comma_year(line)
    dashed = _DASHED.search(line, at)
    if dashed and language == "en" and int(dashed[1]) <= 12 and int(dashed[2]) <= 12 and \
            not find_dates(line[at:dashed.start()], language):
        zone = _ZONE_AFTER.match(line, dashed.end())
        # GMT is printed by every country's wires (AP's "14:40 GMT"): the page's order first
        order = (first() or "day") if zone and zone[1] == "GMT" else _zone_order(line, dashed.end()) or first()
        a, b, year = int(dashed[1]), int(dashed[2]), int(dashed[3])
        day, month = (a, b) if order == "day" else (b, a) if order == "month" else (0, 0)
        if order and _valid(year, month, day):
            return dt.date(year, month, day)
    for mention in find_dates(line[at:], language):
        if mention.date.precision == "day":
            if dashed and dashed.start() < at + mention.start and \
                    _valid(int(dashed[3]), int(dashed[2]), int(dashed[1])):
                break  # "pubblicato il 21-12-2014 alle 23:53 sul giornale del 22 dicembre 2014"
            return mention.date.first_day()
    if dashed and _valid(int(dashed[3]), int(dashed[2]), int(dashed[1])):
        return dt.date(int(dashed[3]), int(dashed[2]), int(dashed[1]))
    short = _SHORT_NUMERIC.search(line, at)
    if short:
        a, b, year = int(short[1]), int(short[3]), int(short[4])
        day, month = (b, a) if language == "en" and short[2] == "/" else (a, b)
        year += 2000 if year < 70 else 1900
        if _valid(year, month, day):
            return dt.date(year, month, day)
    return None


# The zone after a stamp's time, and the order of the days its countries write: the
# United States' zones, month first ("05-01-2021 21:40 EST"); the others the press prints
# after a stamp (India, Ireland, Israel: IST; Britain, Europe, Australia, Africa, the Gulf,
# Malaysia, Singapore, Hong Kong), day first; GMT after the page's own order (see _day_after).
# Not AST: Arabia's (day first) and the Atlantic's (Puerto Rico, month first).
_ZONE_AFTER = rx.compile(r"\s*,?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?\(?([A-Z]{2,4})\b")
_ZONE_ORDERS = {**dict.fromkeys(("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "AKST", "HST"), "month"),
                **dict.fromkeys(("IST", "BST", "GMT", "CET", "CEST", "WET", "WEST", "EET", "EEST", "AEST", "AEDT",
                                 "NZST", "NZDT", "SAST", "WAT", "EAT", "CAT", "PKT", "GST", "MYT", "SGT", "HKT"), "day")}


def _zone_order(line: str, at: int) -> str | None:
    """"month" or "day": the order of the days of the time zone after the stamp at ``at``."""
    m = _ZONE_AFTER.match(line, at)
    return _ZONE_ORDERS.get(m[1]) if m else None


def _words_after_by(line: str) -> str:
    """The word after a byline's "Par"/"By", lowercased."""
    words = line.split()
    return words[1].lower().strip(".,") if len(words) > 1 else ""


def published_in_text(text: str, ranges: Ranges, language: str | None,
                      low: str | None = UNREAD, windows: tuple[int, ...] = (),
                      closing: tuple[int, ...] = (), top: int = 0, heading: int = 0,
                      territory: str | None = None) -> dt.date | None:
    """A "Publié le 5 janvier 2026" / "Published January 5, 2026" line, if the text has one
    (``ranges``: the lines', read in order until one is found); else a byline or a dateline
    on one of the first lines with a date in it. Only the lines where a cue word stands are
    read for the cues: one scan of the text, not a search in each of its lines. ``low``:
    lexicon.lowered(text), when the caller has it. ``windows``: the indices of further
    lines (the title's, the article's first paragraph's) from which bylines and datelines are
    read as from the first line (``-n - 1``: line n alone); ``closing``: lines that may hold a closing agency credit
    ("AFP du 30 Octobre 2017"), read for that form only; ``top``: the first window's first
    line (the lines above it are read when the caller's windows list them); ``heading``: the
    title's line (the first line when none is known): a digest's title ("Revue de presse du
    lundi 3 mai") dates the page there or above it, not as a subhead under it (review 28b
    item 8). ``territory``: the country the page's metadata says it is written for (a
    byline's "10/05/18" is month first in the United States)."""
    low = lowered_given(text, low)
    order = functools.cache(lambda: _numeric_order(text))
    first = functools.cache(lambda: order() or ("month" if territory == "US" else
                                                "day" if territory in _DAY_FIRST_TERRITORIES else None))
    published_line, update_cue, cue_word, cue_word_caseless, label_line = _byline_cues()
    head_end = max(top, heading) + _BYLINE_LINES
    held = scan_ranges(cue_word, low, ranges) if low is not None else \
        scan_ranges(cue_word_caseless, text, ranges)
    for n in compress(range(len(ranges)), held):
        start, end = ranges[n]
        line = text[start:end]
        cue = published_line.search(line) or _CREATED_LINE.search(line) or \
            (label := label_line.match(line) or _head_label(text, ranges, n, line, language, top, head_end)) and \
            not _in_fact_box(text, ranges, n) and label
        if cue:
            # "Publié le 29 novembre 2016 à 20h51 - Dernière mise à jour le 28 octobre 2022":
            # the publication's part of the line, up to an update's cue after it.
            update = update_cue.search(line, cue.end())
            line = line[:update.start()] if update else line
            if word_count(line) > _CUED_LINE_WORDS:
                # A pasted page's elements joined on one line, a wide gap between ("Article
                # posté par … le 08 Juin 2010 à 11:58  S'abonner au Flux Rss …", round 13b).
                gap = _ELEMENT_GAP.search(line, cue.end())
                line = line[:gap.start()] if gap else line
        day = _day_after(line, cue.end(), language, first) if cue and word_count(line) <= _CUED_LINE_WORDS \
            else None
        if day:
            return day
    previous, prose_above, stamp = -2, False, None
    for n in _window_lines(len(ranges), windows, top):
        start, end = ranges[n]
        labels = n < _BYLINE_LINES  # "Termin:", "Release:", "Registriert:" further down date other things
        line = text[start:end]
        # A place's dateline opens the lede: the first paragraph of its window, not a later one
        # ("PARIS, May 12, 2011 – …" under a paragraph dates that paragraph's facts only).
        prose_above = prose_above and n == previous + 1
        previous = n
        if word_count(line) <= 16 and _BYLINE.match(line) and \
                get_lexicon().months.get(_words_after_by(line)) is None:
            update = update_cue.search(line)
            day = _day_after(line[:update.start()] if update else line, 0, language, first)
            if day:
                return day
        if n == top:
            # The bracketed day dates the page only when no byline or dateline does: it may be
            # an event's ("Concert de Noël … (21/12/2024)" over "Par …, le 2 décembre 2024").
            # So does a stamp closing the line ("… GRANADA. Martes, 16 abril 2019, 23:52"): a
            # title's event may end so ("Fête de la musique. Samedi 21 juin 2025 à 18h30").
            stamp = stamp or _title_stamp(line, language, text) or _stamp_after_stop(line, language)
        elif n == heading or not prose_above and top < n < top + _BYLINE_LINES:
            # The title's line under a byline's ("Posted by / Wire Reports / Weird National
            # Briefs (02-24-2016)", round 35b, en02): its bracketed stamp, before any prose.
            stamp = stamp or _title_stamp(line, language, text)
        line = _without_handle(_issue_joined(text, ranges, n, _split_joined(text, ranges, n, line)))
        # A bracketed day after a title-case name on the title's line may be the event's
        # ("Nuit Blanche (05/10/2024) – Le programme …"): a fallback there, as the stamps.
        bracketed = None if prose_above else _bracketed_dateline(line, language, n in (top, heading))
        if bracketed and n in (top, heading):
            stamp, bracketed = stamp or bracketed, None
        day = _agency_dateline(line, language) or _reading_dateline(line, language) or \
            (None if prose_above else _place_dateline(line, language) or bracketed or
             _own_label_header(line, language) or
             (_clock_stamp(line) if n in (top, heading) or n == _line_under(text, ranges, heading) else None) or
             _short_year_dateline(line) or
             (_byline_short_day(line, language, order, territory) if word_count(line) <= _DATELINE_WORDS else None)) or \
            (_dateline(line, language, labels=labels, said=_SaidAbove(text, ranges, n), digest=n <= heading,
                       zoned=not prose_above and n < top + _BYLINE_LINES,
                       counted=functools.cache(lambda n=n: not _dated_beside(text, ranges, n, language)
                                               and _video_near(text, ranges, n)))
             if word_count(_publication_part(line, update_cue)) <= _DATELINE_WORDS and not _table_row(text, ranges, n, line)
             else None)
        if day and not _day_heading(text, ranges, n, line, day, language) and \
                not _period_end(text, ranges, n, line, language) and not _days_span(line, language) and \
                not (_FIELD_LABEL.match(line) and _event_fields_under(text, ranges, n, above=True)) and \
                not _theme_bar(text, ranges, n) and not (n < heading and _header_clock(text, ranges, n, heading, line, day, language)) and \
                not (n < heading and _weather_beside(text, ranges, n)):
            return day
        # a bulleted list's item is no paragraph: a release's highlights stand over its
        # dateline ("• Free cash-flow organique…" over "Paris, le 14 février 2024", round 26a)
        # A sentence closed by its mark: a headline, a dek or a notice left open ("Rund 30 Helfer
        # bauen Stützkonstruktion … – Verletzte forderte der Unfall zum Glück nicht" over
        # "16.11.25, 15:00 Uhr", round 35b, de03) is no paragraph of the story.
        prose_above = prose_above or word_count(line) > _DATELINE_WORDS and _CLOSED.search(line) is not None \
            and not _BULLETED.match(line)
    # A site generator's date field only where no published line, byline or dateline dates
    # the page: an event box's "Date:" beside "Title:"/"Category:" under a dateline is the
    # event's, and «Publié le …» over a docinfo ":date:" is the page's (review D, R5)
    day = _field_date(text, ranges, min(head_end, len(ranges)), language)
    if day:
        return day
    if stamp:
        return stamp
    for n in closing:
        start, end = ranges[n]
        line = text[start:end]
        if word_count(line) <= _DATELINE_WORDS:
            day = _dateline(line, language, agency_only=True) or _signed_credit(line, language)
            if day:
                return day
    return _closing_place(text, ranges, closing, language) if closing else None


# A site generator's metadata fields in the file's head: reStructuredText's docinfo (":date:
# 2021-11-01" under a Pelican or Sphinx post's title, round 40a r3), or Pelican's and
# MultiMarkdown's plain "Date: 2021-11-01" among its sibling fields. The keys are the
# generators', in English whatever the page's language.
_FIELD = rx.compile(r"\s*(:?)([A-Za-z_]+):\s+\S")
_DATE_FIELDS = frozenset({"date", "published", "pubdate"})
_SIBLING_FIELDS = frozenset({"title", "author", "authors", "tags", "category", "categories",
                             "slug", "summary", "modified", "lang", "status"})


def _field_date(text: str, ranges: Ranges, head_end: int, language: str | None) -> dt.date | None:
    """The day of a date field of the head's metadata block (_FIELD), read above any prose:
    a docinfo field (its name between colons) alone, a plain "Date:" only beside another of
    the generator's fields (a notice's «Date : mardi 18 mars 2025» is an event's)."""
    for n in range(head_end):
        line = text[slice(*ranges[n])]
        if _prose(line):
            return None
        m = _FIELD.match(line)
        if m is None or m[2].lower() not in _DATE_FIELDS:
            continue
        siblings = 0
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(ranges) and (f := _FIELD.match(text, *ranges[k])) and f[1] == m[1]:
                siblings += f[2].lower() in _SIBLING_FIELDS | _DATE_FIELDS
                k += step
        if m[1] or siblings:
            day = _day_after(line, m.end() - 1, language)
            if day:
                return day
    return None


@functools.cache
def _venue_nouns() -> frozenset[str]:
    return frozenset(case_folded(w) for w in get_lexicon().dateline_cues["venue_nouns"])


_CLOSING_ABOVE = 2  # a release's signature under its closing dateline: its lines, at most


def _closing_place(text: str, ranges: Ranges, closing: tuple[int, ...], language: str | None
                   ) -> dt.date | None:
    """A press release's or a letter's closing dateline, a place and its day alone on a line
    ("Ouagadougou, le 04 avril 2025", round 31a r05), at the body's end or over its signature's
    few short lines ("La Direction de la Communication"): the day it was signed. A place's
    day in a sentence, or over more prose, is an event's."""
    last = closing[0]
    for n in range(last, max(last - _CLOSING_ABOVE, 0) - 1, -1):
        line = text[slice(*ranges[n])].strip()
        day = _place_dateline(line, language) if word_count(line) <= _DATELINE_WORDS else None
        place = _place_opening().match(line) if day else None
        if place is not None and place[2] is not None and \
                case_folded(place[1].split()[0]) in _venue_nouns():
            # A venue's name before its town ("Église Saint-Martin, Villeneuve, le 14 décembre
            # 2025", review 7 item 6): an event's practical line; a signing names its town, its
            # country maybe ("Bobo-Dioulasso, Burkina Faso, le …", "Porto Novo, Bénin, le …").
            return None
        if day:
            dates = find_dates(line, language)
            return day if dates and dates[-1].end >= len(line.rstrip(" .")) else None
        if word_count(line) > _DATELINE_WORDS:
            return None
    return None


# An update's part after a bar or a dash ("D.-A.D. - 16 oct. 2015 à 10:50 | mis à jour le 18 oct.
# 2015 à 13:55 - Temps de lecture :", round 30b fr18): the same byline, not more words of the
# publication's dateline, which _dateline reads up to it. In a sentence ("le logiciel a été
# mis à jour") no separator stands before the cue.
_PART_BEFORE_UPDATE = rx.compile(r"\s[|•·/–—-]\s*$")


def _publication_part(line: str, update_cue: re.Pattern[str]) -> str:
    """``line`` up to an update's cue after a separator, else the whole line."""
    update = update_cue.search(line)
    if update and _PART_BEFORE_UPDATE.search(line, 0, update.start()):
        return line[:update.start()]
    return line


_CUED_LINE_WORDS = 16
_CLOSED = rx.compile(r"[.!?…:;][\s\"'»”’)\]]*$")  # a sentence's mark ends the line, a quote's or bracket's maybe after
_BULLETED = rx.compile(r"\s*[•▪◦‣·]\s")
# A blog's posting day in brackets at its title line's end, in figures: "Les USA attaquent les
# entreprises françaises avec des amendes (31/12/2014)" (round 21a). In words, an event's day
# ("Concert de Noël (24 décembre)") is as likely: not read.
# With dashes, the American order too ("Weird National Briefs (02-24-2016)", round 35b, en02):
# month first where the second number cannot be a month, day first where the first cannot;
# "(03-04-2016)" is either, read only in the order the page's other numeric days state
# (_numeric_order). An English page is no American one ("(04-03-2016)" on a British council's
# page is 4 March: review 1 of session 34, R7).
_TITLE_STAMP = rx.compile(r"\((\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}|(\d{1,2})-(\d{1,2})-(\d{4}))\)\s*$")
_TITLE_STAMP_WORDS = 30


_NUMERIC_DAY = rx.compile(r"(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})(?![\d/-]|\.\d)")


def _numeric_order(text: str) -> str | None:
    """The order the page's numeric days state: "month" where each day that can be read one
    way only has its month first ("02/25/2016"), "day" where each has its day first
    ("25/02/2016"); None when none does, or both do."""
    orders = set()
    for m in _NUMERIC_DAY.finditer(text):
        a, b = int(m[1]), int(m[2])
        if a <= 12 < b <= 31:
            orders.add("month")
        elif b <= 12 < a <= 31:
            orders.add("day")
    return orders.pop() if len(orders) == 1 else None


# A byline's day in figures, its year in two, after the author's name ("CHQ Staff | 10/17/18",
# a Drupal byline field, round 43b r1): slashes only (dots write versions, "1.2.18"), a part of
# its own after a name of capitalised words and a separator. Read by the page's convention:
# month first where the second number cannot be a month, day first where the first cannot;
# else the order the page's other numeric days state (_numeric_order), else the country's
# (month first in the United States, day first in Britain, Ireland, Australia…) or the language's (day first in French, German, Spanish,
# Italian, Portuguese, Dutch); an English page of no known country abstains.
_SHORT_SLASHED = rx.compile(r"(\d{1,2})/(\d{1,2})/(\d{2})")
_BYLINE_NAME = rx.compile(r"(?:[\p{Lu}][\w.'’&-]*,?\s*){1,5}")
_DAY_FIRST_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt", "nl"})
_DAY_FIRST_TERRITORIES = frozenset({"GB", "IE", "AU", "NZ", "IN", "ZA"})  # English, day first


def _credited_name(name: str) -> bool:
    """Whether ``name`` reads as a byline's credit: a staff credit ("CHQ Staff", «La
    Rédaction»; _staff_words) or a "By" opener, else a person's two or three
    words ("Tom Jones"); never a place's, a venue's or a body's ("Town Hall Meeting",
    "Riverside High School": review D of session 41, R6; _place_nouns)."""
    words = name.replace(",", " ").split()
    if any(case_folded(w) in _place_nouns() for w in words):
        return False
    return get_lexicon().byline.match(name) is not None or any(map(_staff_credit, words)) or \
        2 <= len(words) <= _PERSON_WORDS


_PERSON_WORDS = 3  # "Mary Ann Smith"


@functools.cache
def _place_nouns() -> frozenset[str]:
    """The nouns of a place, a venue or a body, in every language: dateline_cues' venue_nouns
    («salle», "hall"), officials_institutions ("school", "town"), officials_bodies_before
    ("council", "office") and organisation_kinds ("company", "association")."""
    lex = get_lexicon()
    return frozenset(case_folded(w) for w in (*lex.officials_institutions, *lex.officials_bodies_before,
                                               *lex.organisation_kinds)) | _venue_nouns()


@functools.cache
def _staff_words() -> frozenset[str]:
    """A newsroom's credits in every language ("staff", «rédaction»; the AI lexicons' human_makers)."""
    from audit.lexicon import get_ai_lexicon  # the AI lexicon is loaded only for a byline's name
    ai = get_ai_lexicon()
    return frozenset(case_folded(w) for cues in ai.cues for w in cues.human_makers)


def _staff_credit(word: str) -> bool:
    """"Staff", «Rédaction», "Redacción", "By": a newsroom's credit or an author's label."""
    from audit.lexicon import get_ai_lexicon
    return case_folded(word) in _staff_words() or \
        any(cues.author_label.fullmatch(word) for cues in get_ai_lexicon().cues)


def _byline_short_day(line: str, language: str | None, order: Callable[[], str | None],
                      territory: str | None = None) -> dt.date | None:
    """The day of a byline "Name | M/D/YY" (_SHORT_SLASHED), in the page's order."""
    if "/" not in line:
        return None
    parts = [part.strip() for part in _PART_SEPARATOR.split(line)]
    if len(parts) < 2 or not _BYLINE_NAME.fullmatch(parts[0]) or \
            any(map(str.isdigit, parts[0])) or get_lexicon().months.get(parts[0].split()[0].lower()) or \
            not _credited_name(parts[0]):
        return None
    for part in parts[1:]:
        m = _SHORT_SLASHED.match(part)
        if m is None or not _TIME_TAIL.fullmatch(part, m.end()):
            continue
        a, b, short = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            first = "day"
        elif b > 12 >= a:
            first = "month"
        else:
            first = order() or ("month" if territory == "US" else
                                "day" if language in _DAY_FIRST_LANGUAGES or
                                territory in _DAY_FIRST_TERRITORIES else None)
        if first is None:
            return None  # "05/06/18" on an English page of no known country: either
        day, month = (a, b) if first == "day" else (b, a)
        today = dt.date.today()
        year = short + (2000 if short <= today.year % 100 else 1900)
        if not _valid(year, month, day) or year < _WEB_YEARS or dt.date(year, month, day) > today:
            return None
        return dt.date(year, month, day)
    return None


def _title_stamp(line: str, language: str | None, text: str = "") -> dt.date | None:
    m = _TITLE_STAMP.search(line)
    if m is None or word_count(line) > _TITLE_STAMP_WORDS or word_count(line[:m.start()]) < 3:
        return None
    if m[2] is not None:
        a, b, year = int(m[2]), int(m[3]), int(m[4])
        order = "month" if b > 12 else "day" if a > 12 else _numeric_order(text)
        if order == "month":
            a, b = b, a
        elif order is None:
            return None  # either order
        return dt.date(year, b, a) if year >= _WEB_YEARS and _valid(year, b, a) else None
    found = find_dates(m[1], language)
    if len(found) != 1 or found[0].year_inferred or found[0].date.day is None or \
            found[0].date.month is None or found[0].date.year < _WEB_YEARS:
        return None
    return dt.date(found[0].date.year, found[0].date.month, found[0].date.day)
# A pasted page's headline, caption and byline run into one line, its stamp closing it: a
# weekday, the day, then the time ("… J. R. V. GRANADA. Martes, 16 abril 2019, 23:52", round
# 22a). The weekday and the time make it a stamp, not a sentence.
_STAMP_AFTER_STOP = rx.compile(r"[.!?]\s+([^\W\d_]+,?\s+[^.!?]*\d{1,2}[:h]\d{2})\s*$")


def _stamp_after_stop(line: str, language: str | None) -> dt.date | None:
    m = _STAMP_AFTER_STOP.search(line)
    if m is None or m[1].split()[0].strip(",").lower() not in get_lexicon().weekdays or \
            word_count(m[1]) > _DATELINE_WORDS:
        return None
    return _dateline(m[1], language)


# The same gap after a word or a figure, no mark: a page's elements joined on one line, parts
# of a dateline ("Lusa / AO online   Economia   2 de Nov de 2007, 10:59", round 46b pt02); a
# sentence's end before two spaces ("… 2020.  Il …") parts nothing.
_ELEMENT_GAP = rx.compile(r"(?<=\S)(?: {2,}|\t)(?=\S)")


# A byline's author and handle, its age maybe, before the day it stamps: "Fahad Shabbir
# (@FahadShabbir) 19 seconds ago Mon 21st June 2021 | 01:10 PM" (urdupoint, round 12b).
_HANDLE = rx.compile(r"\s*[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3}\s+\(@\w+\)\s*")


def _without_handle(line: str) -> str:
    """The line after a byline's name and handle (_HANDLE) and the age after them (lexicon
    comment_dates: "19 seconds ago", "il y a 4 minutes"); the line when it opens otherwise."""
    m = _HANDLE.match(line)
    if m is None:
        return line
    rest = line[m.end():]
    age = get_lexicon().comment_stamp.match(rest)
    return rest[age.end():] if age else rest


@functools.cache
def _issue_opening() -> re.Pattern[str]:
    return rx.compile(rf"\s*(?:{words_regex(sorted(set(words_of('issue_date_cues'))))})\s+\d", re.IGNORECASE)


_ISSUE_NAME_WORDS = 5


def _issue_joined(text: str, ranges: Ranges, n: int, line: str) -> str:
    """A line opened by an issue's cue and a day ("du 16 septembre 1976") under a short line
    (a reprint's header, "Résumé Le Provencal"; round 12b): the two as one line, the
    newspaper's name before its issue's date (_issue_credit); else the line."""
    if not _issue_opening().match(line):
        return line
    above = next((text[slice(*ranges[k])].strip() for k in range(n - 1, max(-1, n - 3), -1)
                  if text[slice(*ranges[k])].strip()), "")
    return f"{above} {line.strip()}" if above and word_count(above) <= _ISSUE_NAME_WORDS else line


_SPLIT_PARTS = 5  # a weekday, a day, a month, a year, a time


def _split_joined(text: str, ranges: Ranges, n: int, line: str) -> str:
    """A date stamp pasted one part a line ("mer." / "22" / "janv." / "2025", a forum's stamp
    copied from its boxes, round 31a r06): the one-word lines from line ``n`` as one line, when
    three or more stand in a row and one is a number; else the line. _dateline then reads it
    as any dateline (a month's name and a day to be a date)."""
    if len(line.split()) != 1:
        return line
    parts = [line.strip()]
    for k in range(n + 1, min(n + _SPLIT_PARTS, len(ranges))):
        words = text[slice(*ranges[k])].split()
        if len(words) != 1:
            break
        parts.append(words[0])
    if len(parts) < 3 or not any(part.isdigit() for part in parts):
        return line
    # A post's stamp opens its entry: first on the page, under the previous entry's prose or
    # under a byline, or under its headline ("21" / "nov." / "2025", review 8 item 3). A card
    # opened by its weekday under a headline is an event's ("Fête de la Saint-Jean …" over
    # "Sam." / "21" / "juin" / "2025", review 7 item 5): the day of the event announced.
    above = next((text[slice(*ranges[k])].strip() for k in range(n - 1, -1, -1)
                  if text[slice(*ranges[k])].strip()), "")
    weekdays = get_lexicon().weekdays
    if above and not _prose(above) and not _BYLINE.match(above) and \
            any(word.rstrip(".,").lower() in weekdays for word in (parts[0], above)):
        return line  # the card's weekday, or the line above it when read from its day
    return " ".join(parts)


def _said_above(text: str, ranges: Ranges, n: int) -> frozenset[str]:
    """The non-empty lines among the _BYLINE_LINES above line ``n``, stripped."""
    lines = (text[slice(*ranges[k])].strip() for k in range(max(0, n - _BYLINE_LINES), n))
    return frozenset(line for line in lines if line)


class _SaidAbove:
    """_said_above(text, ranges, n), read when a dateline's subject is first looked up in it
    (rarely: it was made for each of the 20-odd lines of a page read for a dateline)."""

    __slots__ = ("_args", "_lines")

    def __init__(self, text: str, ranges: Ranges, n: int) -> None:
        self._args, self._lines = (text, ranges, n), None

    def __contains__(self, line: str) -> bool:
        if self._lines is None:
            self._lines = _said_above(*self._args)
        return line in self._lines


def _window_lines(count: int, windows: tuple[int, ...], top: int = 0) -> list[int]:
    """The first _BYLINE_LINES lines from line ``top``, then those from each of ``windows``,
    each read once; a window ``-n - 1`` is line n alone."""
    seen: set[int] = set()
    order: list[int] = []
    for first in (top, *windows):
        first, last = (-first - 1, -first) if first < 0 else (first, first + _BYLINE_LINES)
        for n in range(max(first, 0), min(last, count)):
            if n not in seen:
                seen.add(n)
                order.append(n)
    return order


_DATELINE_WORDS = 12
_WEB_YEARS = 1990
# A dateline's parts: "Welt / 26.03.2013 • 22:58 Uhr / 1 Minuten Lesezeit", a forum's
# "Message par energy_isere » 14 août 2008, 23:06" (phpBB; round 9b, oleocene).
_PART_SEPARATOR = rx.compile(r"\s(?:--|[/|•·–—»-])\s|\s[•·|]|[•·|]\s")
_TIME_RANGE_START = rx.compile(r"\d{1,2}[:h.]\d{2}\s*(?i:uhr|h)?\s*$")  # a time before a dash
_RANGE_START = rx.compile(r"(?<![\d.:])\d{1,2}\.?\s*+(?:[–—-]\s*+)?$")  # a day before a dash
_TIME_TAIL = rx.compile(r"(?:,?\s*+(?:à|às|at|um|a las|alle)?\s*+\d{1,2}[:h.]\d{2}(?::\d{2})?"
                        r"\s*+(?:uhr|h|[ap]\.?m\.?|[a-z]{3,4})?)?\W*$", re.IGNORECASE)
# A time in brackets with its zone, a site's stamp ("17 de junio de 2025 (21:06 WEST)", round
# 37b r5); read only on a dateline above the story's prose (``zoned``): an event's line under
# the lede gives its hour so too ("Concierto: 20 de julio de 2025 (21:00 h)", review 2 R5), and
# a bare hour in brackets ("(21:00 h)", "(19:00 Uhr)") is an event's more often than a stamp's.
_ZONED_TAIL = rx.compile(r"\s*+[(\[]\d{1,2}[:h.]\d{2}(?::\d{2})?\s*+(?:[ap]\.?m\.?\s*+)?"
                         r"(?-i:[A-Z]{1,4}T|UTC|GMT|MSK)(?:[+-]\d{1,2}(?::?\d{2})?)?[)\]]\W*$", re.IGNORECASE)


def _dateline(line: str, language: str | None, agency_only: bool = False,
              labels: bool = True, said: Container[str] = frozenset(), digest: bool = True,
              counted: Callable[[], bool] = lambda: False, zoned: bool = False) -> dt.date | None:
    """The day of a dateline under the headline: a date to the day alone on its line, or as
    one of its parts ("November 11, 2013", "Welt / 26.03.2013 • 22:58 Uhr"), a time after it
    allowed, or after a credit ("information fournie par So Foot 10/03/2026 à 16:48", "AFP
    du 30 Octobre 2017"). A line that says more ("Le débarquement du 6 juin 1944") is no
    dateline. ``agency_only``: only a date after an agency's credit; ``labels``: a label
    before the date allowed ("von: 10. Juni 2019"; not "Deadline: 15. März 2020" away from
    the page's first lines); ``said``: the page's lines above it (a post's subject, which a
    forum prints again after the post's stamp); ``digest``: a digest's title before the
    date allowed (_digest_title); ``counted``: a bare count after the date allowed (a video's
    upload line, _views_tail); ``zoned``: a zoned time in brackets after the date allowed
    (_ZONED_TAIL: the line stands above the story's prose)."""
    if not any(map(str.isdigit, line)):
        return None  # every part read below needs a digit (9 lines in 10 asked have none)
    update = _byline_cues()[1].search(line)
    glued = _GLUED_STAMP.search(line)
    if update or glued:
        # An update's date may be years after the publication's; the date before its cue is
        # the publication's ("août 15, 2023 8:40, Last Updated: août 15, 2023 8:41"), and
        # the first of two stamps glued ("13.07.2024, 14:4313.07.2024, 14:46", round 46a fr07).
        line = line[:min(update.start() if update else len(line), glued.start("second") if glued else len(line))]
    # A byline printed as a list ("- Jean-Claude Curé", "- 16 mai 2021", "- 1 min de lecture":
    # a Wix blog's, round 10a): the list's mark is no label before the date.
    line = _LIST_MARK.sub("", line, count=1)
    line = _ICON_LIGATURE.sub("", line, count=1)
    # A dateline in brackets, the whole line ("(Le 22 mars 2010)" under a local site's
    # headline, round 32a r3): the brackets are no label before the date.
    line = _WHOLE_BRACKETS.sub(r"\1", line, count=1)
    # The article's address after its date ("6 août 2025 https://francais.medscape.com/…", a
    # byline's date line, round 34a r7): a link, not words that make the date another's.
    line = _ADDRESS_TAIL.sub("", line, count=1)
    if zoned and not agency_only and (day := _dashed_month_date(line)):
        return day  # its dashes would part it below
    parts = _PART_SEPARATOR.split(_comma_year(line))
    if len(parts) > 1 and any(_masthead().fullmatch(part.strip()) for part in parts):
        return None  # the masthead's today ("Tuesday, April 23, 2024 | Back issues", round 11a)
    for k, part in enumerate(parts):
        part = part.strip()
        if not part or not any(map(str.isdigit, part)):
            continue
        if k and _RANGE_START.search(parts[k - 1]):
            continue  # "Wochenbericht 14. - 20. Januar 2022": a range's end
        if k + 1 < len(parts) and _TIME_RANGE_START.search(part) and \
                _TIME_TAIL.fullmatch(parts[k + 1]) and any(map(str.isdigit, parts[k + 1])):
            continue  # "30. März 2020, 13:15 Uhr - 19:00 Uhr": an event's hours
        for mention in find_dates(part, language):
            # A day of history alone on a line ("6 juin 1944") heads a section, not the page.
            before, after = part[:mention.start], part[mention.end:]
            # A byline after the date makes it the article's, however old (an archive's).
            if mention.date.precision == "day" and \
                    (mention.date.year >= _WEB_YEARS or _byline_tail().match(after) or
                     _issue_credit().fullmatch(before.strip())) and \
                    (_before_date(before, agency_only, labels, after, digest) or
                     not agency_only and _GLUED_NAME.fullmatch(before)) and \
                    (_after_date(after, zoned) or not agency_only and not before.strip() and
                     mention.date.year >= _WEB_YEARS and (_reading_tail().fullmatch(after) or
                                                          _subject_tail(after, said) or
                                                          _views_tail(after, counted))):
                return mention.date.first_day()
        day = (None if agency_only else _calendar_date(part)) or _dashed_alone(part, language, agency_only)
        if day:
            return day
    return None


def _dashed_alone(part: str, language: str | None, agency_only: bool = False) -> dt.date | None:
    """A day written with dashes, day first, alone on its line but for a time ("23-09-2013"
    under the headline, round 17b, plangouvci; find_dates reads dashes only year first), or
    year first with dots or slashes ("2023.04.23 10:31", alone but for a time), or
    after an agency's credit ("Agence QMI 23-05-2018 | 08h19", round 19a). In English the
    order is not sure when both could be the month."""
    m = _DASHED.search(part)
    year_first = m is None and not agency_only
    if year_first:
        m = _YEAR_FIRST.search(part)
        if m is None or part[:m.start()].strip():
            return None
    if m is None or not _TIME_TAIL.fullmatch(part, m.end()):
        return None
    before = part[:m.start()]
    if (before.strip() or agency_only) and not _before_date(before, agency_only=True):
        return None
    if year_first:
        year, month, day = int(m[1]), int(m[3]), int(m[4])
        return dt.date(year, month, day) if year >= _WEB_YEARS and _valid(year, month, day) else None
    day, month, year = int(m[1]), int(m[2]), int(m[3])
    if language == "en" and day <= 12:
        return None
    return dt.date(year, month, day) if year >= _WEB_YEARS and _valid(year, month, day) else None


# An icon font's ligature name kept as text before the date, glued or not ("event14 mars 2019",
# round 28b r09: Material Icons' calendar icon): the font's names, lower case, no language's.
_ICON_LIGATURE = rx.compile(r"^\s*(?:event|event_note|today|calendar_today|calendar_month|date_range|"
                            r"schedule|access_time|query_builder)\s*(?=\d)")
# A fact box's line: a short label, a colon, its value ("Éditeur : Actes Sud", "Pages : 320").
_FACT_LINE = rx.compile(r"\W*[\p{Lu}][\w'’-]*(?:\s[\w'’-]+){0,2}\s*:\s*\S")
_FACT_WORDS = 6  # a fact's line, label and value; a headline "Réforme : le …" is longer


def _in_fact_box(text: str, ranges: Ranges, n: int) -> bool:
    """Line ``n`` (a label's dateline, "Publication : 15 janvier 2019") stands in a box of
    other facts, a line right above or under it labelled so ("Auteur :", "Éditeur :", "ISBN
    :"): a book's or a report's date, not the page's (review 2)."""
    return any(0 <= k < len(ranges) and _FACT_LINE.match(text, ranges[k][0], ranges[k][1]) and
               word_count(text[ranges[k][0]:ranges[k][1]]) <= _FACT_WORDS for k in (n - 1, n + 1))


_ADDRESS_TAIL = rx.compile(r"(?<=\d)\s+(?:https?://|www\.)\S+\s*$")
_LIST_MARK = rx.compile(r"^\s*[-–—•*·▪]\s+(?=\d)")
# The date alone, maybe after "Le": "(Samedi 21 juin 2025)" under a headline is an event's day
# (review 8), no dateline.
_WHOLE_BRACKETS = rx.compile(r"^\s*[(\[]((?:[Ll]e\s+)?\d[^()\[\]]{4,38})[)\]]\s*$")
# The site's name glued to the day, the logo's text run into the stamp ("ZNewsZNews09/06/2025",
# round 19b): one word and no space before the digits; "Le 6 juin 1944" is spaced
_GLUED_NAME = rx.compile(r"[^\W\d_][\w.-]{0,40}[^\W\d_]")


@functools.cache
def _masthead() -> re.Pattern[str]:
    """A masthead's furniture beside the day it prints: every lexicon's dateline_cues."""
    cues = list(get_lexicon().dateline_cues["masthead"])
    return rx.compile(rf"(?:{words_regex(cues)})\W*", re.IGNORECASE) if cues else rx.compile(r"(?!)")
# After a post's stamp, its time and its subject: "01 juillet 2010, 20:49   Sources" (a
# forum's post header, round 10a), the subject a line above it already says.
_STAMP_TIME = rx.compile(r",?\s*\d{1,2}:\d{2}(?::\d{2})?\s+")


@functools.cache
def _views() -> re.Pattern[str]:
    """A view count after a day ("2024-04-01 6,682", "6,682 views"), the view word maybe
    (every lexicon's dateline_cues views). Group 1: the word."""
    words = words_regex(list(get_lexicon().dateline_cues["views"]))
    return rx.compile(r"\s*+[·•|–-]?\s*+\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*+(?:[.,]\d+)?(?:\s*k)?"
                      rf"(?:\s+({words}))?\W*", re.IGNORECASE)


def _views_tail(after: str, counted: Callable[[], bool]) -> bool:
    """A video page's upload line: the day, then its view count (round 21b, fr16: "2024-04-01
    6,682" under the video's title). A bare count only where ``counted`` (no dated line beside
    it: a table's rows of days and figures are no upload line); with its word ("6,682 views")
    wherever a dateline is read."""
    m = _views().fullmatch(after)
    return m is not None and bool(after.strip()) and (m[1] is not None or counted())


@functools.cache
def _video_cue() -> re.Pattern[str]:
    """A video page's sign (every lexicon's dateline_cues video: "Regardez", "vidéo", "watch") or
    a player's duration ("12:34")."""
    words = words_regex(list(get_lexicon().dateline_cues["video"]))
    return rx.compile(rf"(?<!\w)(?:{words})(?!\w)|(?<![\d:])\d{{1,2}}:\d{{2}}(?![\d:])", re.IGNORECASE)


_VIDEO_LINES = 3


def _video_near(text: str, ranges: Ranges, n: int) -> bool:
    """A sign of a video page (_video_cue) on the lines around line n (its title above, the
    player's furniture): a bare count after a day is its view count only there."""
    lines = range(max(0, n - _VIDEO_LINES), min(len(ranges), n + 2))
    return any(_video_cue().search(text, ranges[k][0], ranges[k][1]) for k in lines if k != n)


def _dated_beside(text: str, ranges: Ranges, n: int, language: str | None) -> bool:
    """The line before or after line n opens with a date (a table's rows, a list of days)."""
    for k in (n - 1, n + 1):
        if 0 <= k < len(ranges):
            line = text[ranges[k][0]:ranges[k][1]].lstrip()
            if line[:1].isdigit() and any(m.start == 0 for m in find_dates(line[:40], language)):
                return True
    return False


def _subject_tail(after: str, said: Container[str]) -> bool:
    """A time to the minute, then one of the page's lines above (the post's subject)."""
    m = _STAMP_TIME.match(after)
    return m is not None and after[m.end():].strip() in said


@functools.cache
def _reading_tail() -> re.Pattern[str]:
    """After a dateline's date: a rubric of a few words and the reading time that closes the
    line ("23 juin 2020 Bulletin du droit des affaires Lecture de 13 min", "5 min read"; round
    9b): a post's header, flattened. The reading words: every lexicon's dateline_cues."""
    reading = words_regex(list(get_lexicon().dateline_cues["reading"]))
    minutes = r"\d{1,3}\s*min(?:utes?|uten|\.)?"
    return rx.compile(rf"(?:\s++[^\W\d_][\w'’&-]*){{0,{_RUBRIC_WORDS}}}\s*+[|·•–-]?\s*+"
                      rf"(?:(?:{reading})\s*:?\s*{minutes}|{minutes}\s+(?:{reading}))\W*",
                      re.IGNORECASE)


_RUBRIC_WORDS = 6


@functools.cache
def _reading_head() -> re.Pattern[str]:
    """A reading time opening the line, a date after it, then a dash and the lede: "1' di
    lettura 21/12/2014 - Il Sindaco Pugnaloni ha portato…" (the vivere.it sites, round 10b)."""
    reading = words_regex(list(get_lexicon().dateline_cues["reading"]))
    minutes = r"\d{1,3}\s*(?:min(?:utes?|uten|\.)?|['’′])"
    return rx.compile(rf"\W*(?:{minutes}\s*(?:{reading})|(?:{reading})\s*:?\s*{minutes})\s*"
                      r"([^\s–—-][^–—-]{5,30}?)\s+[–—-]\s", re.IGNORECASE)


def _reading_dateline(line: str, language: str | None) -> dt.date | None:
    """The date between a reading time and the lede (_reading_head), to the day, alone."""
    m = _reading_head().match(line)
    if m is None:
        return None
    for mention in find_dates(m[1], language):
        if mention.date.precision == "day" and mention.start == 0 and \
                not m[1][mention.end:].strip():
            return mention.date.first_day()
    return None


def _calendar_date(part: str) -> dt.date | None:
    """A calendar widget's date, year first: the year, the month's name, the day, a weekday
    and one more word at most (" 2004  settembre 11 Sabato calendario", round 8), as the
    segmenter's date line in words (classify._date_words)."""
    m = _YEAR_MONTH_DAY.match(part)
    if m is None or get_lexicon().months.get(case_folded(m[2])) is None:
        return None
    rest = [w.strip(".,").lower() for w in part[m.end():].split()]
    if len([w for w in rest if w not in get_lexicon().weekdays]) > 1:
        return None
    year, month, day = int(m[1]), _month(m[2]), int(m[3])
    return dt.date(year, month, day) if year >= _WEB_YEARS and _valid(year, month, day) else None


_YEAR_MONTH_DAY = rx.compile(r"((?:19|20)\d\d)\s+([^\W\d_]+)\s+(\d{1,2})(?!\d)")


# Before a dateline's date: nothing, a weekday, a short label ("von: 10. Juni 2019",
# "mercredi 10 septembre 2014"); after it: a time, a byline ("… par Rédaction").
# A weekday may be hyphenated: "segunda-feira, 22 de outubro de 2018".
# An abbreviated weekday keeps its full stop before the comma: "Mo., 28. Oktober 2024".
_LABEL = rx.compile(r"(?:[^\W\d_][\w.]*:\s*)?(?:([^\W\d_]+(?:-[^\W\d_]+)?)(?:\.,|[,.])?\s*)?")
_WEEKDAY = rx.compile(r"(?:([^\W\d_]+(?:-[^\W\d_]+)?)(?:\.,|[,.])?\s*)?")


@functools.cache
def _byline_tail() -> re.Pattern[str]:
    """A byline after a dateline's date: "August 23, 1987|By Jeff Kunerth of the Sentinel
    staff" (an archive's bar without spaces), "3 Septembre 2013 , Rédigé par niduab Publié
    dans #…" (an overblog post, round 12b: a comma, every lexicon's byline openers)."""
    openers = words_regex(sorted({*words_of("byline_openers"), "par", "by", "von", "por", "di"}))
    # Possessive runs, opening where a run of spaces does: a long run is read once (review 26).
    return rx.compile(rf"(?<!\s)(?:\s*+[,|]\s*+|\s++)(?:{openers})\s+\S.{{0,40}}", re.IGNORECASE)


@functools.cache
def _issue_credit() -> re.Pattern[str]:
    """A newspaper's issue before its date: "Résumé Le Provencal du" (a reprint's header,
    round 12b), "The Times of": a word maybe, an article and one to three words in title case
    (a newspaper's name; not a council's session in capitals, "COMPTE RENDU DU CONSEIL
    MUNICIPAL DU", round 9a), and an issue's cue in lower case (every lexicon's
    issue_date_cues). Its date is the issue's, however old."""
    cues = words_regex(sorted(set(words_of("issue_date_cues"))), caseless=False)
    articles = words_regex(sorted(set(words_of("definite_articles"))))
    name = r"[\p{Lu}][\p{Ll}][\w'’.-]*"
    return rx.compile(rf"(?:{name}\s+)?(?i:{articles})(?:\s+|(?<=['’])){name}(?:\s+{name}){{0,2}}"
                      rf"\s+(?:{cues})")


@functools.cache
def _digest_title() -> re.Pattern[str]:
    """A news digest's title before the day it sums up: an article maybe, a digest's word
    (every lexicon's digest_titles), up to two words more, an issue's cue, a weekday maybe
    ("Les actualités Malgaches du Samedi", round 20b); or a word that may be an adjective or
    head another noun (digest_titles_alone: "nouvelles", "news") right before the cue ("Les
    nouvelles du lundi", not "Les nouvelles aides du 1er janvier", review 28b item 8). Not an
    event's ("La manifestation du samedi"): its date is the event's."""
    digests = sorted(set(words_of("digest_titles")))
    alone = sorted(set(words_of("digest_titles_alone")))
    if not digests and not alone:
        return rx.compile(r"(?!)")
    cues = words_regex(sorted(set(words_of("issue_date_cues"))))
    articles = words_regex(sorted(set(words_of("definite_articles"))))
    weekdays = words_regex(sorted(get_lexicon().weekdays))
    named = rf"(?:{words_regex(digests)})(?:\s+[^\W\d_][\w'’-]*){{0,2}}" if digests else "(?!)"
    bare = words_regex(alone) if alone else "(?!)"
    return rx.compile(rf"(?:(?:{articles})(?:\s+|(?<=['’])))?(?:{named}|(?:{bare}))"
                      rf"\s+(?:{cues})(?:\s+(?:{weekdays}))?,?", re.IGNORECASE)


# Or a credit: a few words, "par", "by"… and a name of capitalised words or a site
# ("information fournie par So Foot", "Rédigé par Jean Dupont le"), or a news agency
# ("AFP du", "Reuters,").
_NAME_WORD = r"(?:[\p{Lu}][\w.'’&-]*|[^\W\d_][\w-]*\.[a-z]{2,})"
_CREDIT = rx.compile(rf"(?:[^\W\d_][\w'’-]*\s+){{0,3}}(?i:par|by|von|por|di|door)\s+{_NAME_WORD}"
                     rf"(?:\s+(?:{_NAME_WORD}|de|du|da|di|von|van|der|la|le)){{0,4}}"
                     r"\s*[,|–-]?\s*(?:(?i:le|on|am|el|il|du|del|vom|of)\s+)?")
_AFTER_AGENCY = rx.compile(r"\s*(?:[,/–-]\s*|\s(?i:du|vom|del|of|de|le|on|am|el|il)\s+)?")


# Or the article's own label ("Article du 08/06/2009 à 09:31", an Oise local news blog). A
# signature without "par" ("Media Sports Loisirs, Hockey Hebdo Tristan Alric le 14/11/2024 à
# 11:00") is not read: an event's line has the same shape ("Conseil Municipal, Salle
# Polyvalente le 3 février 2020 à 18h30").
_OWN_LABEL = rx.compile(r"(?i:article|billet|post|artikel|articolo|artículo)\s+"
                        r"(?i:du|of|from|vom|del)")


# A repost's header: the source's name maybe, the article's own label and day, then its title
# after a colon ("LE FIGARO – ARTICLE DU 31 AOUT 2015 : « HOPITAL: … » PAR GUILLAUME GUICHARD",
# round 39a r5): longer than a dateline, the label at the line's start (in a sentence "un article
# du 12 mars" dates a source), under the source's name or in capitals: a related link under the
# headline has the same shape («Article du 12 mai 2015 : Les urgences de Carhaix …», review of
# round 39) and dates the story it links to.
_OWN_LABEL_HEADER = rx.compile(rf"\s*(?P<source>[^\W\d_][^:.!?–—|]{{0,40}}?\s[–—|-]\s+)?"
                               rf"(?P<label>{_OWN_LABEL.pattern})\s+")
_TITLE_AFTER = rx.compile(r"\s*[:–—-]\s+\S")


def _own_label_header(line: str, language: str | None) -> dt.date | None:
    m = _OWN_LABEL_HEADER.match(line)
    if m is None or not (m["source"] or m["label"].isupper()):
        return None
    rest = line[m.end():]
    dates = find_dates(rest, language)
    if not dates or dates[0].start or dates[0].date.precision != "day" or dates[0].date.year < _WEB_YEARS:
        return None
    after = rest[dates[0].end:]
    return dates[0].date.first_day() if _TIME_TAIL.fullmatch(after) or _TITLE_AFTER.match(after) else None


# Or the day's article, a weekday maybe ("Le 19 octobre 2021 par Maïlys Tokarski", "Le dimanche
# 27 mars 2011" under the headline; rounds 15a, 15b), or a place before a weekday ("amsterdam,
# maandag, 30 juni 2025.", round 15a). A place alone is _place_dateline's (a lede after it).
_DAY_HEAD = rx.compile(r"(?:([^\W\d_][\w'’-]*),\s*)?(?:([^\W\d_]+)\s+)?(?:([^\W\d_]+)[.,]?\s*)?")


def _day_head(text: str) -> bool:
    m = _DAY_HEAD.fullmatch(text)
    if m is None or m[2] is None and m[3] is None:
        return False
    words = [w.lower() for w in (m[2], m[3]) if w is not None]
    weekday = words[-1] in get_lexicon().weekdays
    articles = get_lexicon().dateline_cues["place_articles"]
    if len(words) == 2:
        return words[0] in articles and weekday
    return weekday if m[1] is not None else weekday or words[0] in articles


_HEADING_LINES = 3  # the lines under a day's heading that would retell its day
_TIMELINE_HEADINGS = 3  # a timeline's key dates come in threes or more
_HEADED_WORDS = 4  # a heading's prose under it, not another short line


@functools.cache
def _ago_cue() -> re.Pattern[str]:
    """The words of an elapsed time, every language's (lexicon "ago": "il y a", "voilà" of "il
    y a N ans", "ago" of "N years ago", the count and its unit left out), as whole words."""
    words = set()
    for forms in get_lexicon().ago.values():
        for form in forms.get("forms", ()):
            before, _, after = form.partition("N")
            words.update(w for w in (before.strip(), " ".join(after.split()[1:])) if w)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=lambda w: (-len(w), w)))
    return rx.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _bare_day(line: str, language: str | None) -> dt.date | None:
    """The day of a line that says only it after its article or weekday ("Le 9 mars 2015", "Le
    mardi 27 juin 2023", "Mercredi 7 janvier 2015"); a date alone ("11 février 2026") is the
    page's stamp, as it always was."""
    mentions = [m for m in find_dates(line, language) if m.date.precision == "day"]
    if len(mentions) != 1:
        return None
    before, after = line[:mentions[0].start].strip(), line[mentions[0].end:]
    if after.strip(" \t.,:") or not before or not _day_head(before) and \
            ((label := _WEEKDAY.fullmatch(before)) is None or label[1] is None or
             label[1].lower() not in get_lexicon().weekdays):
        return None
    return mentions[0].date.first_day()


def _day_heading(text: str, ranges: Ranges, n: int, line: str, day: dt.date,
                 language: str | None) -> bool:
    """Whether line ``n``, a day alone on its line (_bare_day: "Le 9 mars 2015", "Le mardi
    27 juin 2023"), heads a section, not the page: a timeline's, when other lines of the page
    are days alone over prose (the key dates of an affair: three or more, or two when an
    introduction's prose stands right above this one), or a day the lines under it tell again
    as elapsed time ("Il y a un an, le 27 juin 2023, …": an anniversary's piece). A lede that
    retells its dateline ("Ce mardi 11 juillet 2023, …") confirms it, and one programme's day
    further down ("Le samedi 2 septembre 2023" over the first free weekend) is no timeline."""
    if _bare_day(line, language) != day:
        return False
    # Counted up to what the test below asks: a long page's every short line was read for a
    # day alone (find_dates on each), past the second other heading.
    headings = sum(1 for _ in islice((k for k in range(len(ranges))
                                      if k != n and _heads_prose(text, ranges, k, language)),
                                     _TIMELINE_HEADINGS - 1))
    if headings >= _TIMELINE_HEADINGS - 1 or headings and n and _prose(text[slice(*ranges[n - 1])]):
        return True
    for k in range(n + 1, min(n + 1 + _HEADING_LINES, len(ranges))):
        other = text[slice(*ranges[k])]
        for m in find_dates(other, language):
            if m.date.precision == "day" and m.date.first_day() == day and \
                    _ago_cue().search(other, 0, m.start):
                return True
    return False


def _theme_bar(text: str, ranges: Ranges, n: int) -> bool:
    """Whether line ``n`` stands beside a theme's identifier left alone on its line (the
    nearest line above or under it that is not empty: "spot_img", "logoIC"): the header's
    date bar, which prints the day the page is seen ("mercredi, octobre 1, 2025" over
    "spot_img" on a 2020 interview, round 28b; "logoIC" over "Yaoundé - 06 mai 2024 -" on
    2019 briefs, round 26a), not the story's day."""
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(ranges) and not text[slice(*ranges[k])].strip():
            k += step
        if 0 <= k < len(ranges) and THEME_TEMPLATE_ID.fullmatch(text[slice(*ranges[k])]):
            return True
    return False


@functools.cache
def _clock_pattern() -> re.Pattern[str]:
    """A weekday of a language other than English, then a month name, the day, comma, year,
    and perhaps a time: PHP's "l, F j, Y" (a WordPress theme's header date) in a locale that
    writes the day first ("samedi, décembre 20, 2025", "Montag, November 6, 2023", «jeudi,
    mai 15, 2025 10:45», «sam., déc. 20, 2025»). English's own order ("Saturday, December 20,
    2025") is a dateline's."""
    docs = _load_raw()
    english = {str(w).lower() for d in docs if d.get("language") == "en"
               for w in d.get("weekdays", [])}
    weekdays = [w for w in get_lexicon().weekdays if w not in english]
    return rx.compile(rf"\W*(?:{words_regex(weekdays)})\.?,?\s+(?:{words_regex(list(get_lexicon().months))})"
                      r"\.?\s+\d{1,2},?\s+\d{4}(?:\s*[-–|,@à]?\s*\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*",
                      re.IGNORECASE)


# A weather widget's reading on its own line: "+35°C", "12 °C", "Sion 12°C", "Berlin -3 °F",
# "8℃", a day's low and high ("3 to 8℃", "24° / 31°C"). The reading carries its scale (°C, °F,
# ℃): a bare «30°» is as often an angle («Slope 30°») or an ordinal («Giornata 34°»).
_DEGREES = r"[+\-−–]?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CF]?|℃|℉)"
_WEATHER = rx.compile(rf"\s*(?:[^\W\d_][\w'’. -]{{0,30}}\s+)?(?:[+\-−–]?\d{{1,2}}\s*(?:to|à|a|bis|-|–|/)\s*)?"
                      rf"{_DEGREES}(?:\s*[/|]\s*{_DEGREES})?\s*")
_SCALE = rx.compile(r"\d\s?(?:°\s?[CF](?![^\W\d_])|℃|℉)")


def _weather_beside(text: str, ranges: Ranges, n: int) -> bool:
    """Whether line ``n`` has a weather widget's reading on the line above or under it: a
    masthead's day, the day the page was seen («Ciudad de Panamá / +35°C
    / 27 de Abr de 2022» over a story of another day). The caller asks it of lines above the
    title's only, as a masthead stands there: under the title a reading beside the day is a
    weather story's («Roma, 14 luglio 2022 / 40°C») or a byline's neighbour (review of dm47)."""
    return any(0 <= k < len(ranges) and _WEATHER.fullmatch(text, *ranges[k]) is not None
               and _SCALE.search(text, *ranges[k]) is not None
               for k in (n - 1, n + 1))


def _header_clock(text: str, ranges: Ranges, n: int, heading: int, line: str, day: dt.date,
                  language: str | None) -> bool:
    """Whether line ``n``, above the title's, is a theme's header clock, the day the page was
    seen (round 40a r2: «samedi, décembre 20, 2025» over a blog's slogan and breadcrumb, on
    a post of May 2024): the clock's format (_clock_pattern), which no writer of the
    language sets; the site's furniture (lines with no date: its name, slogan, menu) as well
    as the headline between it and the story's first paragraph, as a header stands apart
    from the post; and a day later than every date the story tells. A post's own line in that format straight over its headline
    (a theme's entry-meta over entry-title), or under it ("Mittwoch, März 7, 2018" under
    happyface313's headline), is the post's date (review D of session 38, R6)."""
    if _clock_pattern().fullmatch(line) is None:
        return False
    # the lines down to the story's first paragraph: the headline and, for a header, more
    # (a slogan taken for the title as well as the headline under it)
    k = max(n + 1, heading)
    while k < len(ranges) and not _prose(text[slice(*ranges[k])]):
        k += 1
    furniture = [b for b in (text[slice(*ranges[i])] for i in range(n + 1, k))
                 if b.strip() and not find_dates(b, language)]
    if len(furniture) < 2:
        return False
    told = find_dates(text[ranges[k][0]:], language) if k < len(ranges) else []
    return all(m.date.last_day() < day for m in told if not m.year_inferred)


def _heads_prose(text: str, ranges: Ranges, k: int, language: str | None) -> bool:
    """Whether line ``k`` is a day alone (_bare_day) with prose on the line under it."""
    line = text[slice(*ranges[k])]
    if word_count(line) > _DATELINE_WORDS or not any(map(str.isdigit, line)) or k + 1 >= len(ranges):
        return False
    # The line under it first: a word count, where a day alone is a date scan of the line
    # (half of a page's short lines with a digit stand over another short line).
    below = text[slice(*ranges[k + 1])]
    return word_count(below) >= _HEADED_WORDS and _bare_day(line, language) is not None and \
        _bare_day(below, language) is None


@functools.cache
def _period_end_cue() -> re.Pattern[str]:
    """A reporting period's end closing the words before a day (lexicon dateline_cues
    period_end: "12 Months Ended", "Exercice clos le")."""
    return rx.compile(rf"(?<!\w)(?:{_period_header()})\s*[:,]?\s*$", re.IGNORECASE)


def _period_header() -> str:
    """A period's header: its noun, then its end (lexicon dateline_cues period_nouns and
    period_end: "12 Months Ended", "Exercice clos le"); never the verb alone."""
    cues = get_lexicon().dateline_cues
    nouns, ends = list(cues["period_nouns"]), list(cues["period_end"])
    return rf"(?:{words_regex(nouns)})\s+(?:{words_regex(ends)})" if nouns and ends else r"(?!)"


_PERIOD_HEADER_WORDS = 6


def _period_end(text: str, ranges: Ranges, n: int, line: str, language: str | None) -> bool:
    """Whether line ``n``'s day closes a period named right before it, on its line or at the
    end of the line above ("12 Months Ended / Dec. 31, 2024", a filing's header): a period's
    end, not the page's day."""
    line = _GLUED_LEDE.sub(r"\1 ", line)  # the day's year glued to the lede is a date still
    mentions = find_dates(line, language)
    before = line[:mentions[0].start] if mentions else ""
    if before.strip() or n == 0:
        return bool(_period_end_cue().search(before))
    above = text[slice(*ranges[n - 1])]
    # the line above is the header alone ("Three Months Ended"), not a sentence ending on one
    return word_count(above) <= _PERIOD_HEADER_WORDS and bool(_period_end_cue().search(above))


# A span of two days alone on its line, a dash between them, more than a year apart ("18
# August 1937 – 30 December 2013" under an obituary's name, round 44b en12): a life's or a
# term's ends, neither of them the page's day.
_SPAN_DASH = rx.compile(r"\s*[-–—]\s*")
_SPAN_AROUND = rx.compile(r"[\s()\[\]*†✝]*")
_SPAN_DAYS = 366


def _days_span(line: str, language: str | None) -> bool:
    """Whether ``line`` is two days more than a year apart and a dash between, nothing else."""
    days = find_dates(line, language)
    if len(days) != 2 or any(d.date.precision != "day" for d in days):
        return False
    first, last = days
    return bool(_SPAN_DASH.fullmatch(line[first.end:last.start]) and
                _SPAN_AROUND.fullmatch(line[:first.start]) and _SPAN_AROUND.fullmatch(line[last.end:])) and \
        (last.date.first_day() - first.date.first_day()).days > _SPAN_DAYS


def period_ends(text: str, language: str | None) -> list[DateMention]:
    """The days that close a period named right before them, on their line or the line above
    ("12 Months Ended / Dec. 31, 2024", "Exercice clos le 31 décembre 2023")."""
    out = []
    for m in rx.compile(rf"(?<!\w)(?:{_period_header()})[ \t]*[:,]?[ \t]*\n?[ \t]*",
                        re.IGNORECASE).finditer(text):
        out.extend(dataclasses.replace(d, start=d.start + m.end(), end=d.end + m.end())
                   for d in find_dates(text[m.end():m.end() + 40], language)
                   if d.start == 0 and d.date.precision == "day")
    return out


def _prose(line: str) -> bool:
    """A paragraph of sentences, not a headline or a label: longer than a dateline, closed by
    a sentence's mark."""
    return word_count(line) > _DATELINE_WORDS and line.rstrip()[-1:] in ".!?…:"


@functools.cache
def _rubric_labels() -> frozenset[str]:
    """Every lexicon's rubric_labels ("Cronaca", "Actualité", "Sports"), case-folded."""
    return frozenset(case_folded(w) for w in words_of("rubric_labels"))


def _before_date(text: str, agency_only: bool = False, labels: bool = True, after: str = "",
                 digest: bool = True) -> bool:
    text = text.strip()
    if not agency_only:
        label = (_LABEL if labels else _WEEKDAY).fullmatch(text)
        if label is not None and (label[1] is None or label[1].lower() in get_lexicon().weekdays):
            return True
        # Not a sentence going on past the line's comma: "Allocution de Madame le Maire / le 3
        # mars 2017, / lors de l'inauguration de l'école" dates the speech (round 11a).
        if _day_head(text) and not after.rstrip().endswith(","):
            return True
        # A news site's section name glued before its post's date ("Cronaca 9 Dicembre 2022",
        # round 31b r12; lexicon rubric_labels): the post's stamp, as a weekday there would be.
        if case_folded(text.rstrip(":.")) in _rubric_labels():
            return True
        if _CREDIT.fullmatch(text) or _OWN_LABEL.fullmatch(text) or _issue_credit().fullmatch(text) or \
                digest and _digest_title().fullmatch(text):
            return True
    agency = get_publishers().agency_name.match(text) if text else None
    return agency is not None and _AFTER_AGENCY.fullmatch(text + " ", agency.end()) is not None


# A second stamp glued to the first one's time, no space between, as a page prints its
# publication's and its update's ("13.07.2024, 14:4313.07.2024, 14:46", watson.ch, round 46a
# fr07): where the second one starts.
_GLUED_STAMP = rx.compile(r"(?<![\d:])\d{1,2}:\d{2}(?P<second>\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)")


@functools.cache
def _tools_tail() -> re.Pattern[str]:
    """The page's tools printed after a dateline, labels with no value ("Xinhua, January 29,
    2015 Adjust font size:", "22 mars 2016 11:08 Imprimer"): every lexicon's dateline_cues
    tools, a bar or a colon between, ending the line."""
    tools = words_regex(list(get_lexicon().dateline_cues["tools"]))
    return rx.compile(rf"(?:\s*+[|·•]?\s*+(?<![^\W\d_])(?:{tools})(?![^\W\d_])\s*+:?)++\W*$", re.IGNORECASE)


def _without_tools(text: str) -> str:
    """``text`` less the page's tools that close it (_tools_tail)."""
    m = _tools_tail().search(text)
    return text[:m.start()] if m else text


def _after_date(text: str, zoned: bool = False) -> bool:
    byline = _byline_tail().search(text)
    text = _without_tools(text[:byline.start()] if byline else text)
    return bool(_TIME_TAIL.fullmatch(text) or zoned and (_ZONED_TAIL.fullmatch(text) or _ISO_TIME.fullmatch(text)))


# An ISO 8601 date-time's time, glued to its day by "T", its zone maybe ("2024-05-18T14:51+0200"
# alone under a headline, a CMS's stamp printed as is: round 41a r3, Sputnik Afrique); read in
# the page's head only (``zoned``), as the zoned tails: a log quoted in the story prints so too.
_ISO_TIME = rx.compile(r"T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*")


@functools.cache
def _dashed_month() -> re.Pattern[str]:
    """A day, a month's name and a year parted by dashes, a time after it maybe ("20 - Mai -
    2020" under a headline, round 41a r4, infos15.com): any lexicon's month names, as find_dates
    reads them spaced ("20 mai 2020")."""
    months = words_regex(list(get_lexicon().months))
    return rx.compile(rf"\s*(\d{{1,2}})\s*[-–—]\s*({months})\.?\s*[-–—]\s*(\d{{4}})(?!\d)", re.IGNORECASE)


def _dashed_month_date(line: str) -> dt.date | None:
    m = _dashed_month().match(line)
    if m is None or not _TIME_TAIL.fullmatch(line, m.end()):
        return None
    year, month, day = int(m[3]), _month(m[2]), int(m[1])
    return dt.date(year, month, day) if year >= _WEB_YEARS and _valid(year, month, day) else None


def _line_under(text: str, ranges: Ranges, n: int) -> int | None:
    """The first line under line ``n`` with words on it."""
    return next((m for m in range(n + 1, len(ranges)) if text[ranges[m][0]:ranges[m][1]].strip()), None)


# A clock stamp dates the page only as its first line or the first under the headline (round
# 37b r6's post opens with it); further down it is a log the story quotes ("the first line
# looks like this:" over "Mon Jan 15 09:00:00 UTC 2018: kernel panic", review 2 R6).
# A computer's clock stamp opening a line: Unix `date` and C's asctime print the weekday, the
# month, the day, the time to the second, the zone maybe, then the year ("Thu May 29 15:20:00
# UTC 2025: …", round 37b r6, a post opening with its stamp). English names whatever the page's
# language; the weekday must be the date's, as a clock prints it.
_CLOCK_STAMP = rx.compile(r"\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +"
                          r"(\d{1,2}) \d{2}:\d{2}:\d{2} (?:[A-Z]{2,5} )?(\d{4})(?!\d)")
_CLOCK_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_CLOCK_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _clock_stamp(line: str) -> dt.date | None:
    m = _CLOCK_STAMP.match(line)
    if m is None:
        return None
    year, month, day = int(m[4]), _CLOCK_MONTHS.index(m[2]) + 1, int(m[3])
    if year < _WEB_YEARS or not _valid(year, month, day):
        return None
    date = dt.date(year, month, day)
    return date if _CLOCK_DAYS[date.weekday()] == m[1] else None


def _agency_dateline(line: str, language: str | None) -> dt.date | None:
    """An agency's dateline opening the lede ("PARIS, 04 nov 2013 (AFP) - Les forces…", "DAR ES
    SALAM, 25 mars 2013 (AFP) - …"): the date, when the agency is a known one; the paragraph
    after it may be of any length."""
    m = WIRE_DATELINE.match(line)
    if m is None:
        return None
    credit = (m[2] or m[3]).strip()
    if get_publishers().agency_name.fullmatch(credit) is None and \
            _release_wire().fullmatch(credit) is None:
        return None
    cues = get_lexicon().dateline_cues
    # The place's province, state or country between the place and the day ("SAINT-DAVID-DE-
    # FALARDEAU, QC, le 20 juin 2024 /CNW/", round 39a r4; "AUSTIN, Texas, March 5, 2024
    # /PRNewswire/"): part of the place, not a label before the day.
    dated = _DATELINE_REGION.sub("", m[1], count=1)
    for mention in find_dates(dated, language):
        # an article before the day: "MONTRÉAL, le 16 juill. 2021 /CNW Telbec/"
        if mention.date.precision == "day" and not dated[mention.end:].strip() and \
                (mention.start == 0 or dated[:mention.start].strip().lower() in cues["after_published"]):
            return mention.date.first_day()
    return None


_DATELINE_REGION = rx.compile(r"^[\p{Lu}][\w.'’-]*(?:\s[\p{Lu}][\w.'’-]*){0,2},\s+(?=\S)")


# The publication's own signature closing the article, in brackets: "(Atelier groupe BNP
# Paribas- 08/09/2005)" (round 13a). A name in title case, no label ("(Source : Les Echos,
# 08/09/2005)" dates the source, not the page), a dash, the day, nothing after.
_SIGNED_CREDIT = rx.compile(r"\s*\(\s*[\p{Lu}][\w'’.&]*(?:[\s-]+[\w'’.&]+){0,5}?\s*[-–—]\s*"
                            r"([^():]{6,30}?)\s*\)\s*")


def _signed_credit(line: str, language: str | None) -> dt.date | None:
    """The day of a closing signature (_SIGNED_CREDIT), to the day, from the web's years."""
    m = _SIGNED_CREDIT.fullmatch(line)
    if m is None:
        return None
    dates = find_dates(m[1], language)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(m[1]) and \
            dates[0].date.precision == "day" and dates[0].date.year >= _WEB_YEARS:
        return dates[0].date.first_day()
    return None


# A lede's dateline without an agency: a place in title case, a comma, an article maybe, the day,
# then a dash or a credit in brackets and the lede ("Mortsel, le 19 août 2004 - Agfa-Gevaert
# annonce…", a press release; "Hirschberg, 20. Juli 2012. (red/sap) Der Gemeinderat…", round
# 13a). Not a full stop alone: a feature's lede opens so ("Nice, le 14 juillet 2016. Ce soir-là,
# …", review 26 item 2). The place's particles and the articles: lexicon dateline_cues.
def _place() -> str:
    """A place's name in title case, its particles (lexicon dateline_cues) between its words."""
    particles = "".join(f"|{w}" for w in sorted(set(get_lexicon().dateline_cues["place_particles"])))
    return rf"[\p{{Lu}}][\w'’.-]+(?:[\s-](?:[\p{{Lu}}][\w'’.-]+{particles})){{0,3}}"


@functools.cache
def _place_opening() -> re.Pattern[str]:
    cues = get_lexicon().dateline_cues
    articles = words_regex(sorted(set(cues["place_articles"]))) if cues["place_articles"] else "(?!)"
    # A region or country may follow the place ("Pétion-ville, HAITI, 6 novembre 2012 – …",
    # round 22a).
    place = _place()
    return rx.compile(rf"\s*({place}),(?:\s+({place}),)?"
                      rf"\s+(?:(?i:{articles})\s+)?")


# A local paper's dateline: the place, the day in brackets, a dash, the lede ("Hooksiel (14. 2.
# 2024) – Die Jugendfeuerwehr ist …", round 23a, a German local site). The day's figures may
# stand apart after their dots ("14. 2. 2024").
@functools.cache
def _place_bracketed() -> re.Pattern[str]:
    return rx.compile(rf"\s*({_place()})\s+\(([^()]{{6,30}})\)\s*[-–—]\s+(?=[\p{{Lu}}«\"“])")


_SPACED_DOT = rx.compile(r"(?<=\d\.)\s(?=\d)")
_SENTENCE_END = rx.compile(r'[.!?…][»"”’)]*\s*$')
# Under the title a lede may close on a colon opening a list ("… meldet für das Wochenende
# folgende Einsätze:", a police report; review 3 of session 29, item 9); a title's line may not
# ("Nuit Blanche (05/10/2024) – Au programme :" announces an event).
_LEDE_END = rx.compile(r'[.!?…:][»"”’)]*\s*$')


def _bracketed_dateline(line: str, language: str | None, title: bool = True) -> dt.date | None:
    """The day of a place's dateline with the day in brackets (_place_bracketed): the bracket
    holds the day alone, from the web's years; the lede after the dash a sentence, closed by
    its mark ("Nuit Blanche (05/10/2024) – Le programme complet de la soirée" is a title's
    event, review 2 of session 29, item 2a)."""
    m = _place_bracketed().match(line)
    if m is None or m[1].lower() in get_lexicon().weekdays or \
            not (_SENTENCE_END if title else _LEDE_END).search(line):
        return None
    day = _SPACED_DOT.sub("", m[2].strip())
    dates = find_dates(day, language)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(day) and \
            dates[0].date.precision == "day" and dates[0].date.year >= _WEB_YEARS:
        return dates[0].date.first_day()
    return None


# A dash, or a credit in brackets (an agency, or initials "red/sap"), a dash maybe, then the lede.
# Not a colon: "Lyon, le 5 juin 2024 : journée portes ouvertes" announces an event.
# The credit's dash may be glued to the lede: "Ouagadougou, 27 janv. 2023(AIB)-On est sans
# nouvelle…" (round 36a, r11, the Burkinabè agency's copy).
_LEDE_AFTER = rx.compile(r"\s*(?:\.?\s*[-–—]\s+|\.?\s*\(([^()]{1,30})\)\s*(?:[-–—]\s*)?)(?=[\p{Lu}(«\"“])")
_INITIALS = rx.compile(r"\s*[^\W\d_]{1,8}(?:\s*/\s*[^\W\d_]{1,8})+\s*")
# An agency's acronym in capitals, as state agencies sign their copy ("(AIB)", "(APS)", "(MAP)",
# "(AIP)"): the list of known agencies (publishers.yml) cannot hold them all.
_AGENCY_ACRONYM = rx.compile(r"\s*[\p{Lu}]{2,6}\s*")


_GAP_LABEL_WORDS = 4
# The lede glued to the dateline's year ("Paris, le 14 février 2024Réuni le 13 février…", a
# press release, round 26a): a capital, then a word in lower case
_GLUED_LEDE = rx.compile(r"(?<!\d)(\d{4})(?=[\p{Lu}][\p{Ll}])")


# A local site's day in figures, the year in two, opening the lede before a dash ("14.11.18 –
# C’est une commémoration inhabituelle …", round 27b, a village's site): day, month, year, as
# dots write them in French and German; in words after the dash, a sentence.
# Or alone on its line with the hour ("26.07.11 13:59 Uhr" over the headline, round 30b de03).
_SHORT_YEAR_LEDE = rx.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{2})(?:\s*[-–—]\s+(?=[\p{Lu}«\"“][\p{Ll}’' ])|"
                              r",?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?i:uhr|h))?\s*$)")


def _short_year_dateline(line: str) -> dt.date | None:
    m = _SHORT_YEAR_LEDE.match(line)
    if m is None:
        return None
    today = dt.date.today()
    year = int(m[3]) + (2000 if int(m[3]) <= today.year % 100 else 1900)
    try:
        day = dt.date(year, int(m[2]), int(m[1]))
    except ValueError:
        return None
    return day if _WEB_YEARS <= year and day <= today else None


# An outlet's credit with its day, alone on its line: a name of a few words, the first a
# capital's, adjectives maybe ("Bretagne économique, le 09.06.2010", round 27a, over the
# story); a place's dateline asks capitals of every word since it opens a sentence.
_OUTLET_CREDIT = rx.compile(r"\s*[\p{Lu}][\w'’.-]+(?:[\s-][\w'’.-]+){0,3},\s+(?:le\s+)?(?=\d)")


def _outlet_credit(line: str, language: str | None) -> dt.date | None:
    m = _OUTLET_CREDIT.match(line)
    if m is None or any(w.lower() in get_lexicon().weekdays for w in line[:m.end()].replace(",", " ").split()):
        return None
    dates = find_dates(line[m.end():], language)
    if len(dates) != 1 or dates[0].start or line[m.end() + dates[0].end:].strip(" .\t") or \
            dates[0].year_inferred or dates[0].date.precision != "day" or dates[0].date.year < _WEB_YEARS:
        return None
    return dates[0].date.first_day()


def _place_dateline(line: str, language: str | None) -> dt.date | None:
    """The day of a place's dateline opening the lede (_place_opening, _LEDE_AFTER); not a
    weekday's ("Freitag, 23. Oktober 2020" is a widget's or a byline's date, _dateline's);
    an outlet's credit with its day alone on its line (_outlet_credit)."""
    m = _place_opening().match(line)
    if m is None:
        credit = _outlet_credit(line, language)
        if credit:
            return credit
        # A label a wide gap away before it, the pasted page's elements on one line
        # ("Communiqué de presse    Strasbourg, 20 avril 2023", a press release, round 26a)
        gap = _ELEMENT_GAP.search(line)
        return _place_dateline(line[gap.end():], language) if gap and \
            word_count(line[:gap.start()]) <= _GAP_LABEL_WORDS else None
    if not any(map(str.isdigit, line[m.end():m.end() + 12])) or \
            any(g and g.lower() in get_lexicon().weekdays for g in (m[1], m[2])):
        return None
    head = line[m.end():m.end() + 40]
    glued = _GLUED_LEDE.search(head)
    dates = find_dates(head[:glued.end(1)] if glued else head, language)
    if not dates:
        return None
    first = dates[0]
    if first.start or first.date.precision != "day" or first.date.year < _WEB_YEARS:
        return None
    if glued and first.end == glued.end(1):
        return first.date.first_day()  # the lede run into the year, the copy's line break lost
    if not line[m.end() + first.end:].strip(" .\t"):
        # the dateline alone on its line, under the headline ("Port-au-Prince, 14 avril 2011",
        # round 17b, redcross): the lede follows on the next
        return first.date.first_day()
    lede = _LEDE_AFTER.match(line, m.end() + first.end)
    if lede is None or lede[1] is not None and _INITIALS.fullmatch(lede[1]) is None and \
            _AGENCY_ACRONYM.fullmatch(lede[1]) is None and \
            get_publishers().agency_name.fullmatch(lede[1].strip()) is None:
        return None
    return first.date.first_day()


# A table's row ("Einsatzstart | 5. Juli 2020 01:32 |", a fire brigade's call-out table, round
# 38b r5): two bars or more, one opening or closing the line (a byline's "|  July 21, 2014" has
# one). A day in a cell after a label is that label's (the call-out's start), not the page's:
# a label is one word, or two with the second lower-case ("Start time"), not a publication's
# ("Veröffentlicht", "Datum": _byline_cues' words) nor a byline's ("Par …", "By …"). A name's
# two capitals ("| Jean Dupont | 4 mars 2024 |") are no label, and a row standing alone
# ("Rédaction | 4 mars 2024 |") is a byline laid out in cells, not a table (review 2, d08-d20).
_TABLE_ROW = rx.compile(r"^\s*\|.*\||\|.*\|\s*$")
_ROW_LABEL = rx.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d\p{Lu}][\w'’-]*)?")


def _table_row(text: str, ranges: Ranges, n: int, line: str) -> bool:
    """Whether ``line`` (line ``n``) is a row of a table of several, its first cell a label of
    no publication's nor a byline's."""
    if _TABLE_ROW.search(line) is None:
        return False
    label = line.strip().strip("|").split("|", 1)[0].strip()
    if not _ROW_LABEL.fullmatch(label) or _byline_cues()[3].search(label) or _BYLINE.match(label):
        return False
    return any(0 <= k < len(ranges) and _TABLE_ROW.search(text[slice(*ranges[k])]) for k in (n - 1, n + 1))


@functools.cache
def _release_wire() -> re.Pattern[str]:
    """A press release wire's name, its dateline's credit (lexicon dateline_cues: wires)."""
    wires = list(get_lexicon().dateline_cues["wires"])
    return rx.compile(rf"(?:{words_regex(wires)})", re.IGNORECASE) if wires else rx.compile(r"(?!)")
