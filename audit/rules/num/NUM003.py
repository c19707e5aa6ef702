from __future__ import annotations

import bisect
import functools
import re

from audit import rx
from audit.check import Context, Rule
from audit.extract.numbers import number_words_pattern, to_int
from audit.lexicon import lowered, lowered_matches
from audit.model import Severity, SpanKind, columns

_YEAR = r"(1[89]\d{2}|20\d{2})"


@functools.cache
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    words = number_words_pattern(language)
    num = rf"(\d+|{words.pattern})" if words else r"(\d+)"
    qual = (r"((?:plus de|moins de|près de|presque|more than|less than|nearly|almost|over|"
            r"meer dan|ruim|minder dan|bijna|mais de|menos de|quase)\s+)?")
    flags = re.IGNORECASE
    return {
        "ago": rx.compile(_ago(qual, num), flags),
        # "de 1999 à 2013, soit 14 ans" / "from 1999 to 2013, 14 years"
        "span": rx.compile(rf"(?:de|entre|from|between)\s+{_YEAR}\s+(?:à|et|to|and)\s+{_YEAR}\s*(?:,\s*)?"
                           rf"(?:soit|pendant|durant|or|for)\s+{qual}{num}\s+(?:ans|années|years)", flags),
        # "depuis 1999, soit 26 ans" / "depuis vingt ans, depuis 2005" / "since 2001, for 24 years"
        "since": rx.compile(rf"(?:depuis|since)\s+{_YEAR}\s*(?:,\s*)?(?:soit\s+|c'est-à-dire\s+|or\s+)?"
                            rf"(?:depuis\s+|for\s+)?{qual}{num}\s+(?:ans|années|years)\b"
                            rf"|(?:depuis|for)\s+{qual}{num}\s+(?:ans|années|years)\s*(?:[,(]\s*)?"
                            rf"(?:soit\s+|c'est-à-dire\s+|that is\s+)?(?:depuis|since)\s+{_YEAR}", flags),
        # An age beside a birth year in one sentence: "Jean Martin, 74 ans, né en 1951",
        # "née en 1980, âgée de 45 ans", "the 74-year-old, born in 1951". Only an age in
        # apposition or after "âgé de"/"aged" counts: "né en 1951, il a dirigé pendant 30 ans"
        # states no age.
        "age": rx.compile(rf"(?:(?:âgée?s? de|aged)\s+{num}(?:\s+ans)?|[,(]\s*{num}\s+ans\s*[,)]"
                          rf"|\b{num}-year-old)[^.;]{{0,80}}?\b(?:née?|born)\s+"
                          rf"(?:le\s+\d{{1,2}}(?:er)?\s+[^\W\d]+\s+|on\s+[A-Za-z]+\s+\d{{1,2}},\s+|"
                          rf"en\s+|in\s+)?(?:[^\W\d]+\s+)?{_YEAR}"
                          rf"|\b(?:née?|born)\s+(?:le\s+\d{{1,2}}(?:er)?\s+[^\W\d]+\s+|"
                          rf"on\s+[A-Za-z]+\s+\d{{1,2}},\s+|en\s+|in\s+)?(?:[^\W\d]+\s+)?{_YEAR}"
                          rf"[^.;]{{0,80}}?(?:(?:âgée?s? de|aged)\s+{num}(?:\s+ans)?"
                          rf"|[,(]\s*{num}\s+ans\s*[,)]|\b{num}-year-old)", flags),
        # A celebration beside a founding year in one sentence: "le comité des fêtes, créé en
        # 1969, a fêté ses 50 ans", "a soufflé ses 50 bougies … fondée en 1965", "celebrated
        # 50 years … founded in 1974" (round 5: 7 of 10 anniversary articles stated theirs so).
        "celebrated": rx.compile(
            rf"(?:fêt|célébr|souffl|celebrat|mark)[a-zéè]*\s+(?:ses|son|leurs|its|their|his|her|the)?\s*"
            rf"{qual}{num}\s+(?:ans|bougies|printemps|années|years)\b[^.;]{{0,120}}?"
            rf"\b(?:créée?s?|fondée?s?|lancée?s?|ouverte?s?|founded|created|established|launched|opened)"
            rf"\s+(?:en|in)\s+{_YEAR}"
            rf"|\b(?:créée?s?|fondée?s?|lancée?s?|ouverte?s?|founded|created|established|launched|opened)"
            rf"\s+(?:en|in)\s+{_YEAR}[^.;]{{0,120}}?(?:fêt|célébr|souffl|celebrat|mark)[a-zéè]*\s+"
            rf"(?:ses|son|leurs|its|their|his|her|the)?\s*{qual}{num}\s+(?:ans|bougies|printemps|années|years)\b",
            flags),
        # After an ordinal ("80e", "quatre-vingtième", "XXe", read by the extractor): "…
        # anniversaire de ... (fondée en|de) 1945"
        "anniversary": rx.compile(rf"\s+(?:anniversaire|anniversary)"
                                  rf"[^.;]{{0,80}}?(?:en|in|de|of|depuis|since|\()\s*{_YEAR}", flags),
    }


# How long ago, in each lexicon language: "il y a 80 ans", "80 years ago", "vor 80 Jahren",
# "hace 80 años", "80 anni fa", "80 jaar geleden", "há 80 anos", "80 anos atrás" ({qual} and
# {num} are the bound and the number's groups).
_ELAPSED = (r"(?:il y a|voilà)\s+{qual}{num}\s+ans", r"{qual}{num}\s+years\s+ago",
            r"vor\s+{qual}{num}\s+jahren", r"hace\s+{qual}{num}\s+años", r"{qual}{num}\s+anni\s+fa",
            r"{qual}{num}\s+jaar\s+geleden", r"h[áa]\s+{qual}{num}\s+anos", r"{qual}{num}\s+anos\s+atr[áa]s")
# What stands before a year: "en 1945", "le 27 janvier 1945", "on June 6, 1944", "am 8. Mai
# 1945", "el 8 de mayo de 1945", "em 1945".
_BEFORE_YEAR = (r"(?:(?:en|in|depuis|since|im|im jahr|en el año|nel|em|sinds|desde)\s+"
                r"|\d{1,2}(?:er|\.)?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?|[^\W\d]+\s+\d{1,2},\s+"
                r"|[^\W\d]+\s+)")  # the last: "juin 1944", "März 1945"
# After the elapsed time, the year with its preposition: "il y a 70 ans, le 6 juin 1944".
_AFTER_ELAPSED = (r"\s*,?\s*(?:le|en|dès|in|on|am|im|el|en el año|il|nel|em|op|a)\s+"
                  r"(?:\d{1,2}(?:er|\.)?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?|[^\W\d]+\s+\d{1,2},\s+)?")


def _ago(qual: str, num: str) -> str:
    """"fondée en 1945, il y a 80 ans", "Le 27 janvier 1945, il y a 70 ans", "Il y a 70 ans, le 6
    juin 1944", "founded in 1945, 80 years ago": each form's groups named apart (yearK, qualK,
    numK), as re allows a name once."""
    forms = []
    for k, elapsed in enumerate(_ELAPSED):
        def named(n: int, text: str = elapsed) -> str:
            return text.format(qual=qual.replace("(", f"(?P<qual{n}>", 1),
                               num=num.replace("(", f"(?P<num{n}>", 1))
        year = _YEAR.replace("(", f"(?P<year{2 * k}>", 1)
        forms.append(rf"{_BEFORE_YEAR}{year}\s*(?:,\s*)?(?:soit\s+|c'est-à-dire\s+|also\s+)?"
                     rf"{named(2 * k)}")
        year = _YEAR.replace("(", f"(?P<year{2 * k + 1}>", 1)
        forms.append(rf"{named(2 * k + 1)}{_AFTER_ELAPSED}{year}")
    return "|".join(forms)


# Every "ago" form holds one of these words; the forms open in many ways (a date, a month,
# a preposition, a number), which re would try at every position of a span.
# Each branch opens with its letter, then the word-start test: "dans", "sans" are no tails.
_AGO_TAIL = rx.compile(r"(?:a(?<!\wa)ns|y(?<!\wy)ears\s+ago|j(?<!\wj)ahren|a(?<!\wa)ños|a(?<!\wa)nni\s+fa"
                       r"|j(?<!\wj)aar\s+geleden|a(?<!\wa)nos)(?!\w)",
                       re.IGNORECASE)
_WORD_START = rx.compile(r"(?<!\w)\w")
_AGO_REACH = 80  # characters before the tail word a form may open at (or after it, its year)
_A_YEAR = rx.compile(r"(?:1[89]|20)\d\d")


def _ago_matches(pattern: re.Pattern[str], text: str, span) -> list[re.Match[str]]:
    """The "ago" forms of a span, leftmost first and not overlapping: the pattern matched at
    each word start a little before each tail word, not tried at every position."""
    found: list[re.Match[str]] = []
    for tail in _AGO_TAIL.finditer(text, span.start, span.end):
        if found and tail.start() < found[-1].end():
            continue
        lo = max(span.start, tail.start() - _AGO_REACH, found[-1].end() if found else 0)
        if not _A_YEAR.search(text, lo, min(span.end, tail.end() + _AGO_REACH)):
            continue  # every form states a year
        for start in _WORD_START.finditer(text, lo, tail.start()):
            m = pattern.match(text, start.start(), span.end)
            if m and m.end() >= tail.end():
                found.append(m)
                break
    return found


def _ago_groups(m: re.Match[str]) -> tuple[str, str | None, str]:
    """(year, bound, number) of the form that matched."""
    found = {name: value for name, value in m.groupdict().items() if value is not None}
    k = next(name[4:] for name in found if name.startswith("year"))
    return found[f"year{k}"], found.get(f"qual{k}"), found[f"num{k}"]


_NEEDS = {"ago": ("ans", "year", "jahr", "año", "anni", "jaar", "anos"), "since": ("ans", "année", "year"),
          "span": ("ans", "année", "year"), "anniversary": ("anniv",),
          "age": ("né", "born"), "celebrated": ("ans", "bougies", "printemps", "years")}


def _kinds_held(text: str, spans: list) -> dict[int, set[str]]:
    """Span index -> the kinds of _NEEDS whose word the span's lowercased text holds (spans
    in text order; one holding none is left out): each word looked for once in the whole
    text, not in every span (a megabyte of short lines is 166,000 spans)."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowercases to two characters: offsets would move
        found = ((i, {kind for kind, words in _NEEDS.items()
                      if any(w in text[s.start:s.end].lower() for w in words)})
                 for i, s in enumerate(spans))
        return {i: kinds for i, kinds in found if kinds}
    held: dict[int, set[str]] = {}
    starts, ends = columns(spans)
    for kind, words in _NEEDS.items():
        for word in words:
            at = low.find(word)
            while at >= 0:
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and at + len(word) <= ends[i]:
                    held.setdefault(i, set()).add(kind)
                at = low.find(word, at + 1)
    return held


def _consistent(stated: int, actual: int, qualifier: str | None, slack: int) -> bool:
    q = (qualifier or "").strip().lower()
    if q in ("plus de", "more than", "over", "meer dan", "ruim", "mais de"):
        return actual >= stated
    if q in ("moins de", "less than", "minder dan", "menos de"):
        return actual <= stated
    if q == "age":  # the birthday may not have come yet this year
        return actual - 1 - slack <= stated <= actual
    if q in ("près de", "presque", "nearly", "almost", "bijna", "quase"):
        return stated - 2 - slack <= actual <= stated + slack
    return abs(actual - stated) <= slack


class NUM003(Rule):
    """An anniversary or an elapsed time does not add up with the years stated.

    What it checks:
        "en 1999, il y a 20 ans", "le 27 janvier 1945, il y a 70 ans", "il y a 70 ans, le 6
        juin 1944" (and "80 years ago", "vor 80 Jahren", "hace 80 años", "80 anni fa", "80 jaar
        geleden", "há 80 anos", "80 anos atrás"),
        "depuis 2005, soit 20 ans", "de 1999 à 2013, soit 12 ans",
        "le 70e anniversaire de la fondation en 1945" (or "soixante-dixième", "XXe"), and an
        age beside a birth year ("Jean Martin, 74 ans, né en 1951"; "aged 74", "74-year-old";
        a year of slack for the birthday), a celebration beside a founding year in one
        sentence ("créé en 1969, a fêté ses 40 ans", "founded in 1974, celebrated 40 years";
        only with a publication date), with numbers in digits or words ("vingt-cinq"). Elapsed times and
        anniversaries count from the article's publication year; without one, from the
        latest year the text mentions, and the finding says so. "plus de"/"moins de" are
        bounds; a year of slack allows for the month.

    Why it matters:
        Date arithmetic is easy to get wrong and easy for readers to check.

    Example:
        Fondée en 1999, il y a trente ans, l'entreprise… (published in 2025)

    Use instead:
        Fondée en 1999, il y a vingt-six ans, l'entreprise…

    Configuration:
        --published YYYY-MM-DD sets the reference year.
    """

    code = "NUM003"
    name = "date-arithmetic"
    severity = Severity.ERROR
    scope = (SpanKind.BODY, SpanKind.HEADING)

    def _reference_year(self, ctx: Context) -> tuple[int | None, str]:
        if ctx.facts.published:
            return ctx.facts.published.year, "the publication year"
        years = [m.date.year for m in ctx.facts.dates if not m.year_inferred]
        if not years:
            return None, ""
        return max(years), "the latest year the text mentions (no publication date)"

    def check(self, ctx: Context):
        language = ctx.facts.language or "fr"
        patterns = _patterns(language)
        ref_year, ref_why = self._reference_year(ctx)
        text = ctx.facts.folded
        ordinals = [q for q in ctx.facts.quantities if q.kind == "ordinal"]  # sorted by start
        spans = ctx.spans(*self.scope)
        held = _kinds_held(text, spans)
        low = lowered(text) if held else None
        for i in sorted(held):  # the spans holding a word some form needs, in text order
            span = spans[i]
            for kind, pattern in patterns.items():
                # A word each form needs, looked for first: the patterns try every position.
                if kind not in held[i]:
                    continue
                if kind == "celebrated" and not ctx.facts.published:
                    continue  # "a fêté ses 50 ans" needs the day it was written
                for start, m, rank in self._matches(kind, pattern, text, span, ordinals, low):
                    result = self._evaluate(kind, m, language, ref_year, rank)
                    if result is None:
                        continue
                    stated, actual, qualifier, basis = result
                    slack = 0 if kind in ("span", "age") else 1
                    if _consistent(stated, actual, qualifier, slack):
                        continue
                    why = basis if kind == "span" else f"{basis}, counted to {ref_year} ({ref_why})"
                    yield self.finding(start, m.end(),
                                       f"{ctx.text[start:m.end()]!r} states {stated} years "
                                       f"but {why} gives {actual}",
                                       evidence={"stated": stated, "computed": actual,
                                                 "reference_year": ref_year if kind != "span" else None,
                                                 "qualifier": qualifier})

    @staticmethod
    def _matches(kind: str, pattern: re.Pattern[str], text: str, span, ordinals: list,
                 low: str | None = None):
        """(start, match, rank) of each statement of this kind in the span. An anniversary
        follows an ordinal (its rank) the extractor read in digits, words or Roman numerals.
        The others are looked for in ``low``, the text lowercased (lexicon.lowered), when the
        check has it: re skips there to where they may open (lexicon.lowered_matches)."""
        if kind == "ago":
            yield from ((m.start(), m, None) for m in _ago_matches(pattern, text, span))
            return
        if kind != "anniversary":
            yield from ((m.start(), m, None)
                        for m in lowered_matches(pattern, text, low, span.start, span.end))
            return
        i = bisect.bisect_left(ordinals, span.start, key=lambda q: q.start)
        while i < len(ordinals) and ordinals[i].end <= span.end:
            q, i = ordinals[i], i + 1
            m = pattern.match(text, q.end, span.end)
            if m:
                yield q.start, m, int(q.value)

    def _evaluate(self, kind: str, m: re.Match[str], language: str, ref_year: int | None,
                  rank: int | None = None):
        g = m.groups()
        if kind == "span":
            start, end, qualifier, n = int(g[0]), int(g[1]), g[2], to_int(g[3], language)
            return (n, end - start, qualifier, f"{start} to {end}") if n is not None else None
        if ref_year is None:
            return None
        if kind == "ago":
            year, qualifier, n = _ago_groups(m)
            n = to_int(n, language)
            return (n, ref_year - int(year), qualifier, f"{year}") if n is not None else None
        if kind == "since":
            year, qualifier, n = (g[0], g[1], g[2]) if g[0] else (g[5], g[3], g[4])
            n = to_int(n, language)
            return (n, ref_year - int(year), qualifier, f"since {year}") if n is not None else None
        if kind == "age":
            # Groups: three age forms then the year (age first), or the year then three forms.
            ages = [x for x in (g[:3] if g[3] else g[5:8]) if x]
            year = g[3] or g[4]
            n = to_int(ages[0], language) if ages else None
            return (n, ref_year - int(year), "age", f"born in {year}") if n is not None else None
        if kind == "celebrated":
            # Groups: bound, number, year (celebration first), or year, bound, number.
            qualifier, n, year = (g[0], g[1], g[2]) if g[2] else (g[4], g[5], g[3])
            n = to_int(n, language)
            return (n, ref_year - int(year), qualifier, f"founded in {year}") if n is not None else None
        return rank, ref_year - int(g[0]), None, g[0]
