"""Quantities with their units: money ("50 millions de dollars", "42,7 M€", "$1.2bn", "$3.9B",
"50k$", "USD 3 million"), measures ("2 500 kilomètres", "30 °C"), durations ("depuis 20 ans", "48
hours"), ordinals ("80e anniversaire", "the 21st time"), percentages and counts ("350
accords bilatéraux"); each with the precision its writing implies and the words that make it
a bound ("plus de") or an approximation ("environ"). And the conversions an article states
between two currencies or two units ("50 millions de dollars [environ 42,7 millions d'euros]",
"1 million de francs suisses, soit un peu plus de 2 millions d'euros", "30 °C (86 °F)").

Linear in the text: one pass of a digit regex, constant work per figure (set look-ups for the
words before it, a tail regex only when the next character can start a unit), and
conversions pair a figure with the next one only.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from audit import memo, rx
from audit.extract.numbers import (DIGITS, ORDINAL_SUFFIX, NumberWords, figure_screen,
                                   find_number_words, find_ordinal_words, find_roman_ordinals,
                                   parse_digits)
from audit.lexicon import (UNREAD, case_folded, either, get_lexicon, lowered_given, number_table,
                           qualifier_words, scan_ranges, words_regex)
from audit.model import Conversion, Quantity

LANGUAGES = ("fr", "en", "es", "de", "it", "nl", "pt")
_ABBREVIATED_SCALES = {"m", "k", "b", "g", "md", "mds", "mrd", "mrds", "bn", "mn", "mio", "mld", "mlds",
                       "mi", "bi", "tri", "bln", "trln"}
# A scale letter read only beside a currency, glued or not: "$3.9B", "£2.9b", "6,6 G$" (not
# "article 3b", "la 5G"); Brazilian "R$ 46 mi", "US$ 3 bi" (not "a 5mi run": miles).
_MONEY_ONLY_SCALES = {"b", "g", "mi", "bi", "tri"}
# Brazil's abbreviations are Portuguese: read on a pt page or beside the real only ("$1,200
# bi-weekly" on an English page is no 1.2 trillion), and never before a hyphen ("bi-weekly",
# "tri-county", "mi-parcours", "G-Sync": a word's prefix).
_PT_SCALES = {"mi", "bi", "tri"}
_PT_CURRENCIES = {"BRL"}
_NO_HYPHEN_SCALES = _PT_SCALES | {"g"}
_STOP_NOUNS = {"de", "des", "du", "d'", "et", "à", "a", "au", "aux", "en", "le", "la", "les", "par",
               "pour", "sur", "dans", "of", "the", "and", "to", "in", "on", "ans", "an", "fois",
               "plus", "moins", "mois", "jours", "heures", "minutes", "est", "sont", "ont", "qui",
               "que", "ou", "kalachnikov", "ago", "hour", "hours", "day", "days", "week",
               "weeks", "month", "months", "year", "years", "minute", "seconde", "heure",
               "jour", "semaine", "année", "années", "from", "with", "for", "at", "by", "per"}
_POUND_WORDS = {"livres", "livre", "pounds", "pound", "libras", "libbre", "pfund"}


@dataclass(frozen=True)
class Unit:
    id: str
    dimension: str
    factor: float
    offset: float = 0.0
    also: float | None = None  # a second accepted factor (US and imperial gallons)

    def to_base(self, value: float, factor: float | None = None) -> float:
        return (value + self.offset) * (factor or self.factor)

    def from_base(self, value: float) -> float:
        return value / self.factor - self.offset


@dataclass(frozen=True)
class _Lexicon:
    """The numeric vocabulary of one language (plus the shared symbols and codes)."""

    prefix: re.Pattern[str]
    tail: re.Pattern[str]
    tail_no_scale: re.Pattern[str]
    noun: re.Pattern[str]
    scales: dict[str, float]
    currencies: dict[str, str]
    scaled: dict[str, float]  # a currency abbreviation holding its scale: "mdp" (millones de pesos)
    named_before: dict[str, str]  # "Rs", "pounds" right before a figure -> its code
    name_signs: frozenset[str]  # those of them that are names ("pounds")
    restated: re.Pattern[str]  # "sterling" after "£598 million": the same currency again
    restated_codes: dict[str, str]
    units: dict[str, str]
    before: dict[str, str]  # phrase before a figure -> "lower", "upper" or "approx"
    longest_before: int
    before_last: frozenset[str]  # the last word of each of those phrases
    bridges: frozenset[str]
    current: frozenset[str]  # "aktuell", "currently": a bracket's Y at today's rate
    converted: frozenset[str]  # "omgerekend": a bridge even after a few words ("kwijt")
    respectively: frozenset[str]  # "respectivement" after a bridge: item by item
    bare_after: frozenset[str]  # "pour", "voor" after "120 milliards": no noun follows
    noun_after_de: frozenset[str]  # "milliards": its noun after "de" only, the article's language
    compound: re.Pattern[str]  # "milliards 250 millions": a larger scale word, then a smaller part
    indefinite: frozenset[str]
    range_join: re.Pattern[str]  # "à" between "5 500 livres turques" and "8 500"
    list_last: re.Pattern[str]  # ", et", " and " before a list's last item
    list_last_end: re.Pattern[str]  # the same, searched for ending where the last item starts
    language: str | None = None


def _alt(words) -> str:
    # Longest first; ties in a fixed order, so a set gives the same pattern in every process.
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


def _caseless_trie(words) -> str:
    """_alt of words a case-insensitive pattern reads, as a trie of their lowercased letters
    (words_regex): re enters every branch of a case-insensitive alternation at each try, so
    the 200 currency names and units behind each figure cost more than the figure. The
    words a position may match are prefixes of one another, and both forms try the longest
    first: the same match."""
    return f"(?:{words_regex(list(words))})"


def qualifiers() -> dict:
    """numbers/qualifiers.yml: bounds, approximations, bridges, scales (read once)."""
    return number_table("qualifiers")


@functools.cache
def near_openings() -> tuple[str, ...]:
    """How a near bound opens in every language ("un peu", "just", "iets"): the true value
    of "un peu plus de Y" is within 10 % of Y too (qualifiers.yml, near)."""
    return qualifier_words("near")


@functools.cache
def then_cue() -> re.Pattern[str]:
    """"À l'époque", "at the time", "damals" in any language (qualifiers.yml, then), on the
    lowered text (no IGNORECASE: Facts reads it on its folded text lowered once): a date
    before it in its paragraph dates the amounts of its sentence (NUM001)."""
    return _lowered_cue("then")


@functools.cache
def then_words() -> frozenset[str]:
    """The "then" cues of every language lowered, each apostrophe straight and curly (qualifiers.yml,
    then): NUM003 reads an age told "à l'époque", "au moment des faits" as a past one by them."""
    return frozenset(_lowered_words("then"))


@functools.cache
def then_age_cue() -> re.Pattern[str]:
    """"À l'époque", "at the time" (qualifiers.yml, then_age) on the lowered text: a figure
    told with one is a past one, never the same count as today's (NUM002)."""
    return _lowered_cue("then_age")


@functools.cache
def then_age_words() -> frozenset[str]:
    """The "then" cues that date an age anywhere in its sentence (qualifiers.yml, then_age, a
    subset of then): "à l'époque", "at the time"; not "at that time", «à cette date»."""
    return frozenset(_lowered_words("then_age"))


@functools.cache
def compared_cue() -> re.Pattern[str]:
    """"par rapport à", "compared with", "seit" in any language (qualifiers.yml, compared), on
    the lowered text: a date after it in its clause is the compared figure's (NUM001)."""
    return _lowered_cue("compared")


@functools.cache
def year_end_cue() -> re.Pattern[str]:
    """"fin", "end of", "Ende" right before a year, on the lowered text (qualifiers.yml,
    year_end): the year's end is named, not any day of it (NUM001)."""
    words = _lowered_words("year_end")
    return rx.compile(rf"(?<!\w)(?:{_alt(words)})[\s\-]*$")


@functools.cache
def target_year_cue() -> re.Pattern[str]:
    """"by", "d'ici", "bis" right before a year, on the lowered text (qualifiers.yml,
    target_year): a target's year, in the future of the writing (NUM001)."""
    words = _lowered_words("target_year")
    return rx.compile(rf"(?<!\w)(?:{_alt(words)})\s*$")


@functools.cache
def forecast_cue() -> re.Pattern[str]:
    """"could", "devrait", "soll" in any language (qualifiers.yml, forecast), on the lowered
    text: a year after it in its clause is a forecast's (NUM001)."""
    return _lowered_cue("forecast")


@functools.cache
def planned_cue() -> re.Pattern[str]:
    """"seront", "will", "is scheduled" in any language (qualifiers.yml, planned), on the
    lowered text: a date after it in its clause is a plan's, in the future of the writing
    (NUM001)."""
    return _lowered_cue("planned")


@functools.cache
def past_year_cue() -> re.Pattern[str]:
    """"had", "already", "avait", "déjà" in any language (qualifiers.yml, past_year), on the
    lowered text: a "by" year whose clause tells a past ("By 2019 the fund had already put …")
    is a past bound, no target (NUM001)."""
    return _lowered_cue("past_year")


@functools.cache
def reported_clause_cue() -> re.Pattern[str]:
    """"that", "que", "dass" in any language (qualifiers.yml, reported_clause), on the
    lowered text: a forecast verb after one is a reported clause's, not the year's (NUM001)."""
    return _lowered_cue("reported_clause")


def _lowered_cue(key: str) -> re.Pattern[str]:
    return rx.compile(rf"(?<!\w)(?:{_alt(_lowered_words(key))})(?!\w)")


def _lowered_words(key: str) -> set[str]:
    """A qualifiers key's words lowered, with a straight and a curly apostrophe each."""
    return {v for w in qualifier_words(key) for v in (w.lower(), w.lower().replace("'", "’"))}


@functools.cache
def last_year_cue() -> re.Pattern[str]:
    """"last year", "im vergangenen Jahr", "l'an dernier" in any language, on the lowered text
    (qualifiers.yml, last_year): the year before the publication's (NUM001)."""
    return _lowered_cue("last_year")


@functools.cache
def units() -> dict[str, Unit]:
    return {uid: Unit(uid, u["dimension"], float(u["factor"]), float(u.get("offset", 0.0)),
                      u.get("also")) for uid, u in number_table("units")["units"].items()}


def _langs(language: str | None) -> tuple[str, ...]:
    # French and English forms are read in any text (detection errs on short texts; quotes and
    # names cross languages); the article's own language comes last, so its words win.
    return ("en", "fr") + ((language,) if language in LANGUAGES and language not in ("en", "fr")
                           else (language,) if language == "en" else ())


def _merged(table: dict, langs: tuple[str, ...]) -> dict:
    out = dict(table.get("all", {}) or {})
    for lang in langs:
        out.update({k.lower(): v for k, v in (table.get(lang) or {}).items()})
    return out


@functools.cache
def _lexicon(language: str | None) -> _Lexicon:
    langs = _langs(language)
    cur, unit_data, qual = number_table("currencies"), number_table("units"), number_table("qualifiers")
    symbols = cur["symbols"]
    codes = cur["codes"]
    # Names and units are read in every language; scale words differ ("billion").
    every = tuple(sorted(LANGUAGES, key=lambda lang: lang in langs)) + langs
    names = _merged(cur["names"], every)
    for code, words in (cur.get("ambiguous") or {}).items():  # "francs": which franc?
        names.update({w.lower(): code for w in words if w.lower() not in names})
    # "14 mil mdp": the article's languages only ("mdp" is no currency in other prose)
    scaled = {k.lower(): v for k, v in _merged(cur.get("scaled") or {}, langs).items()}
    names.update({w: v["code"] for w, v in scaled.items()})
    scales = {k.lower(): float(v) for k, v in _merged(qual["scales"], every).items()}
    unit_words = _merged(unit_data["words"], every)
    before = {}
    for kind in ("lower", "upper"):
        for lang in langs:
            before.update({w: kind for w in qual["bounds"][kind].get(lang, [])})
    for lang in langs:
        before.update({w: "approx" for w in qual["approximate"].get(lang, [])})
    bridges = frozenset(w for lang in langs for w in qual["bridges"].get(lang, []))
    # Abbreviations read only right after a scale word and before no word ("995 millions FC
    # (soit …)"): "1. FC Köln" is a club (currencies.yml, after_scale).
    # "7 milliards Cfa pour …": those of after_scale_then_words may have words after them.
    # (the article's own language only: the French press's form, not an English "CFA exams")
    then_words = dict((cur.get("after_scale_then_words") or {}).get(language) or {}) \
        if language else {k: v for words in (cur.get("after_scale_then_words") or {}).values()
                          for k, v in words.items()}
    alone = {k: v for k, v in (cur.get("after_scale") or {}).items() if k not in then_words}
    after_scale = {**alone, **then_words}
    gated_codes = "|".join(filter(None, (rf"(?:{_alt(alone)})(?!\s*[^\W\d_])" if alone else "",
                                         rf"(?:{_alt(then_words)})(?![^\W\d_])" if then_words else "")))
    # Codes in lower case after a scale word ("30 mln eur ($35.9 million)"), not those that
    # are words too ("5 million try to": currencies.yml, codes_lowered_after_scale_except).
    words_too = set(cur.get("codes_lowered_after_scale_except") or ())
    lowered = _alt(c.lower() for c in codes if c not in words_too)
    gated_codes = "|".join(filter(None, (rf"(?-i:{gated_codes})" if gated_codes else "",
                                         rf"(?-i:{lowered})(?![^\W\d_])" if lowered else "")))
    gated = rf"|(?(scale)(?P<scaled_code>{gated_codes})|(?!))" if gated_codes else ""

    # A measure as a compound adjective: "a 4,000-acre (1,600-hectare) site", "a 12-foot
    # wall", "4.000-Hektar-Betrieb" (agency copy). Not a time unit: "a 10-year-old" is an
    # age, "a 10-year plan" no quantity any rule converts.
    timed = _alt(w for w, u in unit_words.items() if units()[u].dimension == "time")
    # Not "m" there: "a 5-m contract", "a 25-m euro deal" are millions (review 1, R5).
    joined = rf"[-\u2010\u2011](?!(?:{timed}|m)(?![^\W\d_]))(?=[^\W\d_])"
    # Feet and inches are one height: "6-foot-9", "6 ft 9 in", "6 feet 9 inches" are no
    # measure of feet alone (review 1, R5: "2.06-metre (6-foot-9)" was read as 6 ft).
    inches = r"(?![-\u2010\u2011]\d|\s+\d+(?:[.,]\d+)?\s*(?:in(?:ch(?:es)?)?\b|\"|″|''))"

    def rest_of(money_tail: str) -> str:
        # Agency style joins the words by hyphens: "$7.6-billion", "6.4-billion-euro" (AFP,
        # Canadian Press); a hyphen before a currency name only ("a 10-euro note").
        money = (rf"(?:-(?=[^\W\d_])|\s*(?:(?:de|of|di)\s+|d'\s*)?)"
                 rf"(?:(?P<name>{_caseless_trie(names)})(?![^\W\d_])"
                 rf"|(?P<symbol>{_alt(symbols)})|(?-i:(?P<code>{_alt(codes)}))(?![^\W\d_]){money_tail})")
        return (rf"(?:(?P<money>{money})"
                r"|(?P<pct>\s?(?:%|pour ?cent|per ?cent|percent|por ciento|prozent|per cento|procent|por cento)(?!\w))"
                rf"|(?:{joined}|\s*(?:(?:de|of)\s+|d'\s*)?)(?P<unit>{_caseless_trie(unit_words)})(?![^\W\d_]){inches})?")
    rest = rest_of("")
    # An abbreviation's full stop before the currency: "190 Mio. Euro", "5 Mrd. €" (not a
    # sentence's end: "16.8 million.", nor "8,5 Mio. an").
    currency = (rf"\s*(?:(?:de|of|di)\s+|d'\s*)?(?:{_caseless_trie(names)}(?![^\W\d_])"
                rf"|{_alt(symbols)}|(?-i:{_alt(codes)})(?![^\W\d_]))")
    # An ISO code may be glued to the scale: "600 MEUR", "1,2 MdEUR" (French financial copy).
    scale = (rf"(?:(?:\s?|-(?=[^\W\d_]))(?P<scale>{_caseless_trie(scales)})"
             rf"(?:(?:\.(?={currency}))?(?![^\W\d_])|(?=(?-i:{_alt(codes)})(?![^\W\d_]))))?")
    name_signs = {k.lower(): v for lang in langs for k, v in ((cur.get("names_before") or {}).get(lang) or {}).items()}
    signs = {**(cur.get("signs_before") or {}), **name_signs}
    restated = {k: v for lang in langs for k, v in ((cur.get("restated") or {}).get(lang) or {}).items()}
    # Case kept where a word has a capital ("US", not the pronoun); lower-case ones any case.
    cased = [w for w in restated if w != w.lower()]
    caseless = [w for w in restated if w == w.lower()]
    joins = _alt(w for lang in langs for w in qual["list_joins"].get(lang, []))
    list_last = rf"(?:\s*,)?\s+(?:{joins})\s+"
    return _Lexicon(
        prefix=rx.compile(rf"(?:(?P<symbol>{_alt(symbols)})|(?<![\w])(?P<code>{_alt(codes)})"
                          rf"|(?<![\w])(?P<sign>(?-i:{_alt(k for k in signs if k != k.lower())})"
                          rf"|(?i:{_alt(k for k in signs if k == k.lower())})))\s?$"),
        named_before={k.lower(): v for k, v in signs.items()}, name_signs=frozenset(name_signs),
        restated=rx.compile(rf"\s+(?:(?-i:{_alt(cased) or '(?!)'})|(?i:{_alt(caseless) or '(?!)'}))(?![^\W\d_])"),
        restated_codes={k.lower(): v for k, v in restated.items()},
        tail=rx.compile(scale + rest_of(gated), re.IGNORECASE),
        tail_no_scale=rx.compile(rest, re.IGNORECASE),
        noun=rx.compile(r"\s+(?:de\s+|d')?([^\W\d_][\w'-]{2,})(?:\s+([^\W\d_][\w'-]{2,}))?"),
        scales=scales, currencies={**{k.lower(): v for k, v in symbols.items()},
                                   **{c.lower(): c for c in codes}, **names,
                                   **{k.lower(): v for k, v in after_scale.items()}},
        scaled={w: float(v["scale"]) for w, v in scaled.items()},
        units=unit_words, before=before, longest_before=max(len(w.split()) for w in before),
        before_last=frozenset(w.rsplit(" ", 1)[-1] for w in before),
        bridges=bridges,
        current=frozenset(w for lang in langs for w in (qual.get("current") or {}).get(lang, [])),
        # "umgerechnet", "omgerekend" say nothing else in any language: read on a page whose
        # language is not detected too (a short German text, round 36b r1)
        converted=frozenset(w for words in (qual.get("converted") or {}).values() for w in words),
        respectively=frozenset(w for lang in langs for w in (qual.get("respectively") or {}).get(lang, [])),
        bare_after=frozenset(w for lang in langs for w in (qual.get("bare_after") or {}).get(lang, [])),
        noun_after_de=frozenset(w.lower() for w in (qual.get("noun_after_de") or {}).get(language, [])),
        indefinite=frozenset(_INDEFINITE[language] if language in _INDEFINITE
                             else _INDEFINITE["fr"] | (_INDEFINITE["en"] - {"a"})),
        range_join=rx.compile(rf"\s*(?:(?:{_alt(w for lang in langs for w in qual['range_joins'].get(lang, []))})"
                              r"\s+|[-–]\s*)", re.IGNORECASE),
        list_last=rx.compile(list_last, re.IGNORECASE),
        list_last_end=rx.compile(list_last + r"\Z", re.IGNORECASE),
        compound=_compound(qual["scales"], langs),
        language=language,
    )


def _compound(scales: dict, langs: tuple[str, ...]) -> re.Pattern[str]:
    """A scale word written out, then a whole figure and a scale word ("272 milliards 250
    millions", "2 billion 500 million"): West-African and some English copy writes one amount
    so. Spaces only between them: a comma parts two amounts of a list ("272 milliards, 250
    millions"). The article's languages' words, not the abbreviations ("2 Md 500 M")."""
    # longest first, then alphabetical: a fixed order, the same pattern in every process (memo)
    words = sorted({w for lang in langs for w in scales.get(lang, {})}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return rx.compile(rf"[ \u00a0](?P<big>{alt})[ \u00a0]+(?P<small>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})?)"
                      rf"[ \u00a0](?P<scale>{alt})(?![^\W\d_])", re.IGNORECASE)


ROUNDING_SHARE = 0.05  # a round figure is read as rounded by at most 5 %


def precision_of(written: float, decimals: int, scale: float, rounded: bool = True) -> float:
    """Half a unit of the last significant digit: "42,7" ±0.05, "2 500" ±50, "37" ±0.5.
    Trailing zeros of a whole number are taken as rounding ("170 millions" ±5 millions: the
    press writes "50 km (30 miles)" for 31.07 miles), by at most ROUNDING_SHARE of the figure
    ("200 millions" ±10 millions, "30 miles" ±1.5): "200 millions d'euros (200 millions de
    dollars)" is still a wrong conversion. Not for temperatures (``rounded=False``): "30 °C"
    is written to the degree, and a share of a Celsius figure means nothing."""
    if decimals:
        return 0.5 * 10 ** -decimals * scale
    whole = str(int(round(abs(written))))
    zeros = len(whole) - len(whole.rstrip("0")) if whole != "0" and rounded else 0
    if not zeros:
        return 0.5 * scale
    return min(0.5 * 10 ** zeros, ROUNDING_SHARE * abs(written)) * scale


def _noun_key(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    words = [w.lower() for w in match.groups() if w]
    words = [re.sub(r"(s|x)$", "", w) for w in words if w not in _STOP_NOUNS]
    return " ".join(words[:2]) or None


_TOKEN = rx.compile(r"[^\s\[\](),;:«»\"]+")
_WORD = rx.compile(r"[^\W\d_][\w'-]*|[~≈]")
_CLAUSE_END = rx.compile(r"[.;:!?\n()\[\]«»\"]|, ")
_ELIDED_DE = rx.compile(r"^(?:d|qu)['’](?=\w)")


def _words_before(text: str, start: int, lo: int, lex: _Lexicon) -> tuple[str | None, str | None]:
    """The bound or approximation words just before a figure: ("lower", "plus de")."""
    tokens = _TOKEN.findall(text[max(lo, start - 40):start].lower())
    # Every phrase ends with the word before the figure, or with "de" or "d'" after one.
    if not tokens or tokens[-1] not in lex.before_last and not tokens[-1].endswith(("de", "d'")) \
            and _ELIDED_DE.sub("", tokens[-1]) not in lex.before_last:
        return None, None
    for n in range(min(lex.longest_before, len(tokens)), 0, -1):
        # its first word elided after "de" or "que": «un coût d'environ 50 millions», «d'au
        # moins 120 postes», «qu'environ 300» are the phrase's (the elision is no qualifier)
        phrase = " ".join([_ELIDED_DE.sub("", tokens[-n]), *tokens[len(tokens) - n + 1:]])
        if phrase in lex.before:
            return lex.before[phrase], phrase
        if phrase.endswith(("de", "d'")) and phrase.rsplit(" ", 1)[0] in lex.before:
            return lex.before[phrase.rsplit(" ", 1)[0]], phrase
    return None, None


def _subject(text: str, start: int, lo: int, skip: str | None,
             indefinite: frozenset[str]) -> str | None:
    """Content words before the figure in its clause, but the word right before it (mostly
    the verb or a preposition): what the figure is said of ("la ville compte" -> "ville").
    A figure opening a parenthesis is said of the noun phrase right before it, its last word
    too: "les Vieilles Charrues à Carhaix (268.000 spectateurs, …)" (round 39a r10)."""
    opened = _OPENS_ASIDE.search(text, max(lo, start - 8), start)
    if opened is not None:
        return _apposed(text, opened.start(), lo, indefinite)
    # A closed parenthesis before the figure is an aside ("le dernier recensement exhaustif
    # (où toute la population a été recensée à un instant T) a dénombré 256.500 personnes",
    # round 31b r06): dropped, so the clause's subject before it is read, not cut off there.
    window = _after_last(_CLAUSE_END, _ASIDE.sub(" ", text[max(lo, start - 280):start])[-80:])
    # A year names the thing's time, not another figure ("La récolte 2011 de vins devrait
    # atteindre 50 millions d'hectolitres"): its words are still the subject.
    window = _A_YEAR.sub(" ", window)
    anchor = ""
    if any(d in window for d in "0123456789"):
        # a figure counting the clause's subject, a verb between ("34 projets ont ainsi
        # permis 2 563 emplois", round 29a): that counted subject is what the figure is
        # said of, its figure with it; a list of figures ("467,000 cases and 16,700
        # deaths", "3 morts et 12 blessés", "5 buts en 12 matchs") has no one subject
        last = last_match(_FIGURE, window)
        if last is None:
            return None  # "3D", "2e": no figure of a count
        after = [_ELISION.sub("", w.lower()) for w in _WORD.findall(window[last.end():])]
        if any(d in window[last.end():] for d in "0123456789") or \
                not any(len(w) >= 4 and w not in get_lexicon().all_stopwords and w not in _FUNCTION
                        for w in after[1:]):
            return None
        anchor, window = re.sub(r"\D", "", last.group()), window[last.end():]
    if skip and window.rstrip().lower().endswith(skip):
        window = window.rstrip()[:-len(skip)]
    tokens = [_ELISION.sub("", w.lower()) for w in _WORD.findall(window)]
    # "des" right before the figure is "de les", a definite ("c'est au tour des 12,4 millions
    # d'élèves", round 25b): no article opens a cardinal's noun phrase before its number.
    if indefinite & set(tokens[:-1] if tokens and tokens[-1] in _CONTRACTED_DEFINITE else tokens):
        return None  # "a study of 38 cases", "une étude": one of many, not the same thing
    stop = get_lexicon().all_stopwords
    words = [w for w in tokens[:-1] if len(w) >= 3 and w not in stop and w not in _FUNCTION]
    if anchor:  # the counted subject's figure first ("34 projets"): NUM002 compares it too
        return " ".join([anchor, *words[:3]]) if words else None
    return " ".join(words[-3:]) or None



def last_match(pattern: re.Pattern[str], text: str, pos: int = 0,
               endpos: int | None = None) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` from ``pos`` to ``endpos`` (None when none):
    where a clause or a sentence last ended before a figure, or its last figure."""
    last = None
    for last in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return last


def _after_last(pattern: re.Pattern[str], window: str) -> str:
    """``window`` after the last match of ``pattern`` in it (all of it when none): the words
    after the clause's last end, or after its last figure."""
    last = last_match(pattern, window)
    return window[last.end():] if last is not None else window

_ASIDE = rx.compile(r"\s*\([^()\n]*\)")
# a bracket right before a figure: "Carhaix (268.000 spectateurs", "la commune (4 100 habitants)"
_OPENS_ASIDE = rx.compile(r"(?<=[^\W\d_])\s*\(\s*\Z")


def _apposed(text: str, start: int, lo: int, indefinite: frozenset[str]) -> str | None:
    """The content words of the noun phrase that ends at ``start``, a bracket after it: its
    clause's words after any figure in it ("+12% pour les Vieilles Charrues à Carhaix" ->
    "vieilles charrues carhaix"); an indefinite's ("un festival (30 000 spectateurs)") none.
    A bracket closed before it ends an item of a list ("le Dubcamp (29.000 festivaliers) et
    L'ère de Rock (2.700"): the item's words only."""
    window = _after_last(_FIGURE, _A_YEAR.sub(" ", _after_last(_CLAUSE_END, text[max(lo, start - 80):start])))
    tokens = [_ELISION.sub("", w.lower()) for w in _WORD.findall(window)]
    if indefinite & set(tokens):
        return None
    stop = get_lexicon().all_stopwords
    # a name the complement of a noun is not the phrase's thing: "l'agglomération de Brest
    # (210 000 habitants)", "la métropole de Lyon", "la sous-préfecture de Carhaix" are said
    # of their head, not of the town (review L of round 40)
    head = _HEAD_OF_NAME.search(window)
    if head is not None:
        tokens = [_ELISION.sub("", w.lower()) for w in _WORD.findall(head.group("head"))]
    words = [w for w in tokens if len(w) >= 3 and w not in stop and w not in _FUNCTION]
    return " ".join(words[-3:]) or None


# a noun phrase ending in a name its noun's complement: "l'agglomération de Brest", "la
# communauté de communes du Kreiz Breizh", "le pays de Carhaix" (the head in small letters)
_OF = r"(?:de|du|des|d['’])"
_HEAD_OF_NAME = rx.compile(
    rf"(?<![\w-])(?P<head>[a-zà-öø-ÿœæ][\w-]*(?:\s+{_OF}\s*[a-zà-öø-ÿœæ][\w-]*)*)\s+{_OF}\s*"
    rf"(?:l['’]|la\s+|le\s+|les\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,3}}\s*\Z")
# a figure in a figure's clause before it: digits, their thousands' spaces and decimal mark
_FIGURE = rx.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*(?![\w])")


_CONTRACTED_DEFINITE = frozenset({"des"})
_ELISION = rx.compile(r"^[^\W\d_]{1,2}'")
_A_YEAR = rx.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]?\d)")
# Indefinite articles per language ("a" is one in English, a verb in French).
_INDEFINITE = {"en": {"a", "an", "another", "some"}, "fr": {"un", "une", "des", "autre"},
               "es": {"un", "una", "unos", "unas", "otro"}, "de": {"ein", "eine", "einen"},
               "it": {"un", "uno", "una", "altro"}, "nl": {"een", "ander", "andere"},
               "pt": {"um", "uma", "uns", "umas", "outro", "outra"}}
_FUNCTION = {"parmi", "entre", "selon", "avec", "sans", "sous", "pour", "dont", "vers", "chez",
             "contre", "depuis", "pendant", "among", "between", "with", "without", "from",
             "about", "than", "that", "which", "when", "where", "there", "here", "also", "only",
             "plus", "moins", "total", "ainsi", "tout", "tous", "toutes", "toute", "more", "less",
             "all", "each", "every", "chaque", "cette", "ces", "this", "these", "those",
             # degree adverbs say how much, not of what ("el presupuesto fue sólo de 653
             # millones" and "sólo en estas labores se gastarán 600 millones": two amounts)
             "seulement", "uniquement", "just", "merely", "sólo", "solo", "solamente",
             "únicamente", "nur", "lediglich", "bloß", "soltanto", "solamente", "appena",
             "apenas", "somente", "slechts", "alleen", "simplement", "simply", "barely"}


# A figure of one to three digits, a comma and a space: "86, 717 milliards FCFA" is 86,717
# typed with a space after its decimal comma (round 16a, fr13); "717 milliards" alone would
# be a value the text never states, and which of the two it meant the text does not say.
# So is a figure of one or two digits after it where a comma is the decimal mark: "d'1, 5
# milliard d'euros, soit 982,5 milliards de francs Cfa" (round 39a r1) is 1,5, never "5
# milliard"; read as neither (a false verdict on a typo is worse than none). Not in
# English, where "March 3, 5 million" is no decimal.
# Only where the pair reads as a decimal: the second figure with a scale word, a currency or a
# percent sign after it ("5 milliard", "85 euro", "3 %"), the first no clock time's minutes
# ("Vers 15 h 30, 45 pompiers", "A las 10:30, 12 bomberos") nor the whole a share is taken
# of ("Sur 300, 45 ont répondu", "Sur ces 12, 8"): review C of round 39.
_NO_DECIMAL_BEFORE = rx.compile(r"(?:\d[ \u00a0]?h[ \u00a0]?|\d[:.h])\d{1,3},[ \u00a0]\Z"
                                r"|(?<![\w'’])(?i:sur|su|out of)[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?"
                                r"\d{1,3},[ \u00a0]\Z")
_COMMA_GROUPING = frozenset({"es"})  # a comma and three digits before a scale word: thousands
_COMMA_THOUSANDS = rx.compile(r"\d{1,3},\d{3}")
_CUT_DECIMAL = rx.compile(r"(?<![\w.,\-–])\d{1,3},[ \u00a0]\Z")
# Unless it is a list of figures: another item before ("5, 12, 345") or after ("12, 345 et
# 678", "12, 345, 678"): each item stands for itself (review 2).
_ITEM_BEFORE = rx.compile(r"\d,[ \u00a0]+\d{1,3},[ \u00a0]\Z")
# Two digits after a grouped figure, a comma and a space: "2 185 120, 85 $" is 2 185 120,85 $
# typed with a space after its decimal comma (round 27b, fr23): the cents, not "85 $".
_CUT_CENTS = rx.compile(r"(?<![\w.,\-–])\d{1,3}(?:[ \u00a0.]\d{3})+,[ \u00a0]\Z")


@functools.cache
def _item_after() -> re.Pattern[str]:
    joins = _alt(qualifier_words("list_joins"))
    return rx.compile(rf"(?:[ \u00a0]*,|[ \u00a0]+(?:{joins})(?!\w))[ \u00a0]*\d", re.IGNORECASE)


def _money_word(m: re.Match[str]) -> str:
    """The currency's word, sign or code after a figure (the tail with a scale also reads an
    abbreviation gated by it)."""
    return m.group("name") or m.group("symbol") or m.group("code") or \
        m.groupdict().get("scaled_code") or ""


def _currency_of(m: re.Match[str], prefix: re.Match[str] | None, lex: _Lexicon) -> str | None:
    """The code of the currency after a figure, or else before it."""
    if m.group("money"):
        found = _money_word(m)
        return lex.currencies.get(case_folded(found), found.upper())
    if prefix and prefix.group("sign"):
        return lex.named_before.get(prefix.group("sign").lower())
    if prefix:
        found = prefix.group("symbol") or prefix.group("code")
        return lex.currencies.get(case_folded(found), found)
    return None


# Two bare figures or more right before a figure: cells of one table row ("140,72 140,74
# 250,00 252,00"), flattened on one line.
_CELLS_BEFORE = rx.compile(r"(?:(?<![\w.,])\d[\d.,]*[ \t\u00a0]+){2,}\Z")
# After a currency name: a qualifier ("US", "canadien"), a sign in brackets ("($)"), then a
# figure: the name labels the figures that follow it (the next row), not the one before it.
_LABELS_CELLS = rx.compile(r"(?:[ \t\u00a0]+[^\W\d_]+\.?)?(?:[ \t\u00a0]*\([^()\d]{1,4}\))?"
                           r"[ \t\u00a0]+\d")


def _row_label(text: str, lo: int, hi: int, start: int, m: re.Match[str]) -> bool:
    """Whether the currency name after a figure opens the next row of a table, not the
    figure's own (round 20a fr17, a flattened exchange-rate table: "Euro (€) 140,72 140,74
    250,00 252,00 Dollar US ($) 134,81 …"): a name (not a sign) after the last of a run of
    bare figures, and followed by figures itself. A sign after a cell ("252,00 €") is its own,
    and so is a name that ends the row ("gazole 1,72 1,75 1,78 euro ; SP95 …"). (A line break
    between a figure and a name already ends the amount: the tail is read within a line.)"""
    if not (m.group("name") or m.group("code")):
        return False
    return bool(_CELLS_BEFORE.search(text, max(lo, start - 60), start)) \
        and bool(_LABELS_CELLS.match(text, m.end(), hi))


def _wrapped_scale(text: str, lo: int, end: int, hi: int, wrap: tuple[int, int] | None,
                   lex: _Lexicon) -> re.Match[str] | None:
    """The tail of a figure that ends its line, read on from the next line's start when a
    hard wrap put its scale word there ("24 million euros ($26.69" / "million)", a wire
    brief wrapped at 60 columns, round 41b r1): ``wrap`` is the next line's (start, end) when
    a single line break parts them. A spelt-out scale word only ("million", «milliards»,
    "Millionen"): a line opening "M." or "k" is no scale."""
    if wrap is None or text[end:hi].strip():
        return None
    m = lex.tail.match(text, wrap[0] - 1, wrap[1])
    if not m or m.start("scale") != wrap[0] or case_folded(m.group("scale")) in _ABBREVIATED_SCALES:
        return None
    if m.group("scale")[:1].isupper() and (lex.language != "de" or hi - lo < _WRAP_LONG_LINE):
        return None  # a capital opens a sentence, a label or a heading ("Millions de visiteurs :
        # 12"); in German every noun has one, so there the figure's line must be a long one
    return m


# A figure's line a hard wrap cut: as long as a body line is near a wrapping width (a fact
# box's "Nombre de musées : 3", a list's "1. Paris : 2,1", «Depuis le 24» are shorter).
_WRAP_LINE = 25
_WRAP_LONG_LINE = 30
_LIST_ITEM = rx.compile(r"\s*(?:[-*•–—]|\d{1,3}[.)])\s")
_LABEL_COLON = rx.compile(r"\s*:\s*$")
_WORD_BEFORE = rx.compile(r"(?:^|(?<=\s))([^\s\d]+)\s+$")


@functools.cache
def _milestone_verbs() -> frozenset[str]:
    """The bounds that are a verb alone (numbers/qualifiers.yml, milestone_verbs: "passed",
    «dépassé»): a milestone passed, whatever the figure («a dépassé 1 234 signatures»)."""
    return frozenset(qualifier_words("milestone_verbs"))


@functools.cache
def _passed_things() -> frozenset[str]:
    """The nouns a milestone verb counts, one by one, the things it is done to
    (numbers/qualifiers.yml, passed_things: "had passed 31 bills", «a franchi 3 cols»)."""
    return frozenset(qualifier_words("passed_things"))


@functools.cache
def _wrap_labels() -> frozenset[str]:
    """The words before a figure that make it a label's number, a day or a rank
    (numbers/qualifiers.yml, wrap_labels, every language)."""
    return frozenset(w.lower() for w in qualifier_words("wrap_labels"))


def _may_wrap(text: str, lo: int, start: int, end: int, value: float, decimals: int) -> bool:
    """Whether a figure that ends its line (``lo`` its start) may be an amount a hard wrap cut
    from its scale word: a body line as long as a wrapped one is, not a list item, nor a label's
    value after a colon, and the figure no year ("Since 2015"), no day after its month ("on
    March 23") and no number after a label word ("Top 14", "Table 2", «le 24»)."""
    if end - lo < _WRAP_LINE or _LIST_ITEM.match(text, lo) or _LABEL_COLON.search(text, lo, start):
        return False
    if decimals == 0 and end - start == 4 and 1800 <= value <= 2100:
        return False
    word = _WORD_BEFORE.search(text, max(lo, start - 40), start)
    if word is None:
        return True
    said = word.group(1).lower().strip("(«\"“")
    return said not in _wrap_labels() and said.rstrip(".,") not in get_lexicon().months


def _read(text: str, lo: int, hi: int, start: int, end: int, value: float, decimals: int,
          lex: _Lexicon, wrap: tuple[int, int] | None = None) -> Quantity | None:
    if (end - start == 3 or end - start < 3 and lex.language != "en" and text[start:end].isdigit()
            and _decimal_tail(text, end, hi, lex)) \
            and start - lo >= 3 and text[start - 2] == "," and \
            _CUT_DECIMAL.search(text, max(lo, start - 8), start) and \
            not _NO_DECIMAL_BEFORE.search(text, max(lo, start - 20), start) and \
            not _ITEM_BEFORE.search(text, max(lo, start - 12), start) and \
            not _item_after().match(text, end, hi):
        return None
    if end - start == 2 and start - lo >= 6 and text[start - 2] == "," and \
            _CUT_CENTS.search(text, max(lo, start - 24), start) and \
            not _item_after().match(text, end, hi):
        return None
    head = text[max(lo, start - 5):start]
    # Most figures have no symbol before them: search only when something else than digits is.
    prefix = lex.prefix.search(text, max(lo, start - 8), start) \
        if head.strip(" \u00a0,.;:()0123456789") else None
    if prefix and prefix.group("code") and not text[prefix.start():prefix.end()].strip().isupper():
        prefix = None
    if prefix and prefix.group("sign") and prefix.group("sign").lower() in lex.name_signs \
            and decimals != 2 and value < 1000 and not _scaled_next().match(text, end, hi):
        prefix = None  # "millions of dollars 3 times": a name before a figure, read as money
        # only with a scale word, two decimals or four digits
    joined = lex.compound.match(text, end, hi) if decimals == 0 else None
    if joined:
        big, small = lex.scales[case_folded(joined.group("big"))], lex.scales[case_folded(joined.group("scale"))]
        part = parse_digits(joined.group("small"), lex.language).value
        if small < big and part * small < big:
            # One amount in the smaller scale: "272 milliards 250 millions" is 272 250 millions,
            # read on from the second scale word (its currency, its noun).
            value, end = value * big / small + part, joined.end("small")
        elif big == 1e3 < small and part < big:
            # A thousands word inside the figure, the scale after it: Latin American "10 mil
            # 700 millones" is 10 700 millones ("28 mil 500 millones de pesos"), read on from
            # the figure's end as "10.700 millones" is.
            value, end = value * big + part, joined.end("small")
    scale, unit, kind, q_end, word, scale_word = 1.0, None, "count", end, "", ""
    row_label = False
    nxt = text[end:end + 2]
    m, wrapped = None, False
    # Most figures are followed by a word or a symbol; a digit or a comma next means none.
    if nxt and (nxt[0] in " \u00a0" and nxt[1:2].strip() and not nxt[1:2].isdigit()
                or not nxt[0].isspace() and not nxt[0].isdigit() and nxt[0] not in ",.;:)]"):
        m = lex.tail.match(text, end, hi)
        if m and m.group("scale"):
            word = scale_word = case_folded(m.group("scale"))
            glued = m.start("scale") == end
            if word in _ABBREVIATED_SCALES and word != "bn" and not (prefix or glued or m.group("money")) \
                    or word in _MONEY_ONLY_SCALES and not (prefix or m.group("money")) \
                    or word in _NO_HYPHEN_SCALES and text[m.end("scale"):m.end("scale") + 1] in "-‐" \
                    and not (m.group("money") or "").startswith("-") \
                    or word in _PT_SCALES and lex.language != "pt" \
                    and _currency_of(m, prefix, lex) not in _PT_CURRENCIES:
                m = lex.tail_no_scale.match(text, end, hi)  # "5 m de haut": metres, not millions
    elif (m := _wrapped_scale(text, lo, end, hi, wrap, lex)) is not None:
        hi = wrap[1]  # one amount over the line break: its currency and noun read on there
        wrapped = True
    if m:
        if m.group("money") and _row_label(text, lo, hi, start, m):
            m, row_label = None, True  # a table's cell, then the next row's label ("252,00
            # Dollar US"): neither its unit nor its noun
        if m and m.end() > end:
            if m.re is lex.tail and m.group("scale"):
                scale = lex.scales[case_folded(m.group("scale"))]
                if scale >= 1e6 and lex.language in _COMMA_GROUPING and \
                        _COMMA_THOUSANDS.fullmatch(text, start, end):
                    # "4,450 millones de dólares": Latin American Spanish groups thousands by
                    # a comma (4 450 millions); a decimal before a scale word is not written
                    # to three places ("4,45 millones"). French "4,450 millions" is 4.45.
                    value, decimals = float(text[start:end].replace(",", "")), 0
            q_end = m.end()
            if m.group("money") and prefix and m.groupdict().get("scaled_code"):
                # "$200 million CFA program revenue": the sign before gives the currency; the
                # abbreviation gated by the scale word is a name there (review N44)
                q_end = m.end("scale")
            elif m.group("money"):
                found = _money_word(m)
                unit, kind = lex.currencies.get(case_folded(found), found.upper()), "money"
                scale *= lex.scaled.get(case_folded(found), 1.0)  # "14 mil mdp": 14 × 10^3 × 10^6
            elif m.group("pct"):
                unit, kind = "%", "percent"
            elif m.group("unit"):
                word = case_folded(m.group("unit"))
                unit, kind = lex.units[word], "measure"
                if units()[unit].dimension == "time":
                    kind = "duration"  # "depuis 20 ans", "48 hours": no conversion checked
                elif m.group("unit") == "M":
                    unit, kind, q_end = None, "count", m.start("unit")
                elif unit == "lb" and word in _POUND_WORDS and scale > 1:
                    unit, kind = "GBP", "money"  # "2,1 milliards de livres": sterling
    if kind == "count" and unit is None and scale == 1.0 and (held := _bracketed_unit(text, lo, hi, start, end)):
        unit, kind, q_end = held  # "3470 km (2656 mi)"
    if prefix and kind in ("count", "money") and unit is None:
        if prefix.group("sign"):
            unit, kind = lex.named_before[prefix.group("sign").lower()], "money"
        else:
            found = prefix.group("symbol") or prefix.group("code")
            unit, kind = lex.currencies.get(case_folded(found), found), "money"
    again = lex.restated.match(text, q_end, hi) if kind == "money" else None
    if again and lex.restated_codes[again.group().strip().lower()] == unit:
        q_end = again.end()  # "£598 million sterling": one amount ("5 millions américains" are people)
    q_start = prefix.start() if prefix and kind == "money" else start
    if (unit in ("degC", "degF") or kind == "percent") and start > lo and \
            text[start - 1] in "-\u2212+" and (start - 1 == lo or not text[start - 2].isalnum()):
        # "-40 °C": below zero; "-0,4 % par an", "+0,4 %": a change and its direction
        value = -value if text[start - 1] != "+" else value
        q_start = start - 1
    if kind == "count" and scale == 1.0 and decimals == 0 and 1800 <= value <= 2100 \
            and end - start == 4:
        return None  # a year
    noun = subject = None
    if kind in ("count", "measure"):
        found_noun = None if row_label else lex.noun.match(text, q_end, hi)
        noun = _noun_key(found_noun)
        if noun and kind == "count" and scale >= 1e6 and scale_word in lex.noun_after_de \
                and not re.match(r"\s+(?:de\s|d')", text[q_end:found_noun.start(1)], re.IGNORECASE):
            noun = None  # "39 milliards difficilement acquis": a noun would follow "de"
        if noun and scale >= 1e6 and (after := _WORD.match(text, q_end + 1)) \
                and text[q_end:q_end + 1].isspace() and after.group().lower() in lex.bare_after:
            noun = None  # "120 milliards pour l'extension": an amount, not a count of a noun
        if noun is None and kind == "count" and scale == 1.0:
            return None  # a bare figure ("1 1 1", a score, a list number) says nothing checkable
        if noun and noun.split()[0] in get_lexicon().months:
            return None  # the day of a date the date finder could not place in a year
    bound, phrase = _words_before(text, q_start, lo, lex)
    if phrase in _milestone_verbs() and kind == "count" and noun and noun.split()[0] in _passed_things():
        bound = phrase = None  # "had passed 31 bills", «a franchi 3 cols»: the count itself
    if kind in ("count", "measure"):
        subject = _subject(text, q_start, lo, phrase, lex.indefinite)
    shown = text[q_start:q_end]
    return Quantity(value=value * scale, unit=unit, kind=kind, start=q_start, end=q_end,
                    text=shown.replace("\n", " ") if wrapped else shown, approximate=bound == "approx",
                    qualifier=phrase, decimals=decimals, scale=scale, noun=noun,
                    precision=precision_of(value, decimals, scale, unit not in ("degC", "degF")),
                    bound=bound if bound in ("lower", "upper") else None, subject=subject,
                    currency_from=_currency_from(unit, text, q_start, q_end) if kind == "money" else None)


@functools.cache
def _in_brackets() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {k.lower(): v for k, v in (number_table("units").get("in_brackets") or {}).items()}
    return rx.compile(rf"[ \u00a0]?(?P<unit>{_alt(words) or '(?!)'})\.?(?=[ \u00a0]*[)\]])"), words


# The bracket opens before the figure, with words only between ("(environ 2656 mi)").
_OPEN_BEFORE = rx.compile(r"[(\[][^()\[\]\d]{0,24}\Z")


def _bracketed_unit(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, str, int] | None:
    """A unit abbreviation read only when the figure is alone in its bracket, the abbreviation
    closing it: "3470 km (2656 mi)" (units.yml in_brackets). Case kept: "MI" is no mile."""
    pattern, words = _in_brackets()
    m = pattern.match(text, end, hi)
    if not m or not _OPEN_BEFORE.search(text, max(lo, start - 26), start):
        return None
    return words[m.group("unit")], "measure", m.end()


def _range_end(text: str, first: Quantity, start: int, end: int, value: float, decimals: int,
               lex: _Lexicon) -> Quantity | None:
    """A bare figure that ends a range whose first end has a unit: "de 5 500 livres turques à
    8 500" is 8 500 livres turques, as written (the scale of the first end too)."""
    if first.kind not in ("money", "measure") or first.end > start:
        return None
    join = lex.range_join.match(text, first.end, start)
    if not join or join.end() != start:
        return None
    from dataclasses import replace

    return replace(first, value=value * first.scale, start=start, end=end, text=text[start:end],
                   approximate=False, qualifier=None, bound=None, decimals=decimals,
                   precision=precision_of(value, decimals, first.scale,
                                          first.unit not in ("degC", "degF")))


def _decimal_tail(text: str, end: int, hi: int, lex: _Lexicon) -> bool:
    """Whether a figure is followed by a scale word, a currency or a percent sign: what a
    decimal typed "1, 5" is written for ("1, 5 milliard", "1, 85 euro", "45, 3 %")."""
    m = lex.tail.match(text, end, hi)
    return bool(m and m.end() > end and (m.group("scale") or m.group("money") or m.group("pct")))


@functools.cache
def _scaled_next() -> re.Pattern[str]:
    """A scale word glued or after a space: "pounds 193m", "pounds 1.2 billion", "pounds 3
    trillion" (any language's: numbers/qualifiers.yml, scales)."""
    words = set(qualifier_words("scales"))
    return rx.compile(rf"\s?(?:{words_regex(sorted(words))})(?![^\W\d_])", re.IGNORECASE)


_NOTHING_AFTER = rx.compile(r"(?:\s*[\d,.;:)\]]|\s*$)")
_NOTHING_BEFORE = " \u00a0\n,.;:(0123456789"


def _bare(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A figure with only digits, spaces or punctuation on both sides ("1 1 1"): nothing to
    read, decided before parsing it."""
    return _NOTHING_AFTER.match(text, end, min(hi, end + 2)) is not None and \
        not text[max(lo, start - 5):start].strip(_NOTHING_BEFORE)


_DIGIT_BEFORE = rx.compile(r"\d\s?$")


# Characters both sides of a bare figure may hold: inside a run of them, a figure with five
# of them before it and two after is bare (_bare), known without looking at it.
_BARE_RUN = rx.compile(r"[0-9 \u00a0\n,.;:]{16,}")


def _candidates(text: str, start: int, end: int, language: str | None,
                words: NumberWords | None = None):
    # The insides of long runs of bare figures ("1 1 1 …", a table pasted as text): a
    # figure there is skipped by comparing offsets, not read (500,000 figures a megabyte).
    runs = [(m.start() + 5, m.end() - 2) for m in _BARE_RUN.finditer(text, start, end)]
    k = 0
    for m in _DIGITS.finditer(text, start, end):
        first, last = m.span()
        while k < len(runs) and runs[k][1] < last:
            k += 1
        if k < len(runs) and runs[k][0] <= first:
            continue
        if _bare(text, first, last, start, end):
            continue
        number = parse_digits(m.group(), language)
        if number.value < _LARGEST:  # 250 digits and more: no quantity anyone states
            yield m.start(), m.end(), number.value, number.decimals
    # Read from the page's number words when they read the range as it reads alone.
    found = words.within(start, end) if words is not None else None
    if found is None:
        found = [(start + s, start + e, value)
                 for s, e, value in find_number_words(text[start:end], language or "fr")]
    for s, e, value in found:
        if _DIGIT_BEFORE.search(text[max(0, s - 2):s]):
            continue  # the scale word of "50 millions", already read with its digits
        if value < _LARGEST:
            yield s, e, float(value), 0


_LARGEST = 1e250  # past it a figure, times its scale, overflows the checks' arithmetic


def _ranks(text: str, start: int, end: int, language: str | None) -> list[tuple[int, int, int]]:
    """Ordinals in words or Roman numerals in text[start:end], in text order."""
    piece = text[start:end]
    found = find_ordinal_words(piece, language or "fr") + find_roman_ordinals(piece)
    return sorted((start + s, start + e, v) for s, e, v in found)


_DIGITS = rx.compile(DIGITS)
_ROMAN_LETTER = rx.compile(r"[IVX]")  # every Roman ordinal opens with one (numbers._ROMAN_ORDINAL)
_ORDINAL = rx.compile(rf"{ORDINAL_SUFFIX}(?!\w)")


def find_quantities(text: str, ranges: list[tuple[int, int]], language: str | None,
                    taken: list[tuple[int, int]] = (), low: str | None = UNREAD,
                    words: NumberWords | None = None,
                    fixed: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities inside ``ranges`` of the folded ``text``, skipping ``taken`` (dates).
    ``fixed``: the ranges of ``ranges`` no line break runs on from or into (titles, headings).
    ``low``: lexicon.lowered(text), when the caller has it. ``words``: the number words of
    a text that holds each range as ``text`` does (the dates' masked text), in ``language``
    (or French)."""
    if words is not None and words.language != (language or "fr"):
        words = None
    lex = _lexicon(language)
    fixed = frozenset(fixed)
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    out: list[Quantity] = []
    low = lowered_given(text, low)
    # The ranges with a digit, a number word, an ordinal word or a Roman numeral to read.
    may = itertools.repeat(True) if low is None else \
        either(scan_ranges(figure_screen(language or "fr"), low, ranges),
               scan_ranges(_ROMAN_LETTER, text, ranges))
    for k, ((r_start, r_end), held) in enumerate(zip(ranges, may)):
        if not held:
            continue
        ranks = _ranks(text, r_start, r_end, language)
        for start, end, value in ranks:  # "quatre-vingtième anniversaire", "XXe siècle"
            out.append(Quantity(value=float(value), unit=None, kind="ordinal", start=start, end=end,
                                text=text[start:end],
                                noun=_noun_key(lex.noun.match(text, end, r_end))))
        rank_starts = [s for s, _, _ in ranks]
        previous = None  # the last figure read in this range: a range's start for the next
        for start, end, value, decimals in _candidates(text, r_start, r_end, language, words):
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and start < taken[i][1]:
                continue
            i = bisect.bisect_right(rank_starts, start) - 1
            if i >= 0 and start < ranks[i][1]:
                continue  # "quatre-vingt" inside "quatre-vingt-dixième"
            if previous is not None and previous.start <= start < previous.end:
                continue  # the "250" of "272 milliards 250 millions", read with the amount
            ordinal = _ORDINAL.match(text, end, min(r_end, end + 4))
            if ordinal:  # "80e anniversaire", "the 21st time": a rank, with what it ranks
                noun = _noun_key(lex.noun.match(text, ordinal.end(), r_end))
                out.append(Quantity(value=value, unit=None, kind="ordinal", start=start,
                                    end=ordinal.end(), text=text[start:ordinal.end()],
                                    decimals=decimals, noun=noun))
                continue
            q = _read(text, r_start, r_end, start, end, value, decimals, lex,
                      _next_line(text, ranges, k, fixed)
                      if r_end - end < 4 and _may_wrap(text, r_start, start, end, value, decimals)
                      else None)
            if q is None and previous is not None:
                q = _range_end(text, previous, start, end, value, decimals, lex)
            if q is not None:
                out.append(q)
                previous = q
    out.sort(key=lambda q: q.start)
    return out


def _next_line(text: str, ranges, k: int, fixed: frozenset[tuple[int, int]]) -> tuple[int, int] | None:
    """The range after ``ranges[k]`` when a single line break parts them, none but spaces
    around it: the same paragraph hard-wrapped (pasted text reads each line as a segment), not
    the next paragraph (a blank line) nor a block further on, and neither of them a title or a
    heading (``fixed``: "… du Top 14" over the body's first line)."""
    if k + 1 >= len(ranges) or ranges[k] in fixed or ranges[k + 1] in fixed:
        return None
    gap = text[ranges[k][1]:ranges[k + 1][0]]
    return ranges[k + 1] if gap.count("\n") == 1 and not gap.strip() else None


# A figure glued to the word before it: "Zahl des Tages15,9 Milliarden", a kicker and its
# headline stored with no space between (taz.de, round 13b).
_GLUED = rx.compile(r"(?<=[^\W\d_]{3})\d+(?:[.,]\d+)?(?![\d.,]?\d)")


def find_glued(text: str, ranges: list[tuple[int, int]], language: str | None) -> list[Quantity]:
    """Figures glued to a lower-case word before them in ``ranges`` (the headline's), read
    only as an amount with its scale word, currency or percent sign ("Tages15,9 Milliarden"):
    "COVID19", "G20", "A320", "iPhone15", "4x4" name things (DIGITS reads none of them)."""
    lex = _lexicon(language)
    out = []
    for lo, hi in ranges:
        for m in _GLUED.finditer(text, lo, hi):
            if not text[m.start() - 1].islower():
                continue
            number = parse_digits(m.group(), language)
            q = _read(text, lo, hi, m.start(), m.end(), number.value, number.decimals, lex)
            if q is not None and q.start == m.start() and \
                    (q.kind in ("money", "percent") or q.kind == "count" and q.scale > 1):
                out.append(q)
    return out


# --- currencies named by a word several share ("francs") ---------------------------------

@functools.cache
def _family(code: str) -> frozenset[str]:
    """The ambiguous names ("franc?") whose words name ``code`` in CLDR ("franc suisse")."""
    names = cldr_names(code)
    return frozenset(family for family, words in (number_table("currencies").get("ambiguous") or {}).items()
                     if any(w.lower() in name.split() for name in names for w in words))


def cldr_names(code: str) -> tuple[str, ...]:
    """``code``'s names in CLDR in LANGUAGES, lowercased. Kept in the memo by babel's release:
    reading them loads babel's data for each language (0.3 s and 9 MB, which a batch worker
    kept; 0.06 s more to import babel), so a process with the memo never does."""
    def derive() -> tuple[str, ...]:
        from babel.numbers import get_currency_name

        return tuple(sorted({get_currency_name(code, locale=loc).lower() for loc in LANGUAGES}))

    return memo.derived(("cldr-currency-names", babel_release(), LANGUAGES, code), derive)


def territory_currencies(territory: str, day: dt.date | None) -> list[str]:
    """babel.numbers.get_territory_currencies(territory, day): the legal tenders of the
    territory on ``day`` (today when None), in CLDR's order. CLDR's table for the territory is
    kept in the memo, as cldr_names (babel's global data: 2 MB a worker kept)."""
    def derive() -> tuple:
        from babel.core import get_global

        return tuple(tuple(row) for row in get_global("territory_currencies").get(territory.upper(), ()))

    rows = memo.derived(("cldr-territory-currencies", babel_release(), territory.upper()), derive)
    day = day or dt.date.today()
    if isinstance(day, dt.datetime):
        day = day.date()
    on = (day.year, day.month, day.day)
    return [code for code, start, end, tender in rows
            if tender and (start is None or tuple(start) <= on) and (end is None or tuple(end) >= on)]


@functools.cache
def babel_release() -> tuple[int, int]:
    """What tells one install of babel from another, read without importing it: a checksum of
    its __init__.py (its version) and the time of its CLDR data folder. (An edit of this file
    starts a new memo: memo.DERIVING.)"""
    from importlib.util import find_spec

    spec = find_spec("babel")
    try:
        with open(spec.origin, "rb") as f:  # type: ignore[union-attr,arg-type]
            crc = zlib.crc32(f.read())
        data = os.stat(os.path.join(os.path.dirname(spec.origin), "locale-data"))  # type: ignore
        return crc, data.st_mtime_ns
    except (AttributeError, TypeError, OSError):  # not found, or no file: babel says when asked
        return 0, 0


# Where a dateline may stand: the first characters of the text (a title and a dateline).
_DATELINE_REACH = 1500


@functools.cache
def _territory_cues() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Per territory (currencies.yml "territory_cues"): a pattern of its wires and amounts,
    read anywhere, and one of its datelines, read at a line's start near the top."""
    out = []
    for territory, cues in (number_table("currencies").get("territory_cues") or {}).items():
        anywhere = [re.escape(w) for w in (cues.get("wires") or [])]
        # "145 M$ CA", "C$ 5": no letter after the mark, nor before one that opens with a letter
        no_letter = r"(?<![^\W\d_])"
        anywhere += [(no_letter if w[0].isalpha() else "") + re.escape(w) + r"(?![^\W\d_])"
                     for w in (cues.get("amounts") or [])]
        cities = cues.get("dateline_cities") or []
        mixed = "|".join(re.escape(c) for c in cities) or "(?!)"
        upper = "|".join(re.escape(c.upper()) for c in cities) or "(?!)"
        provinces = "|".join(re.escape(p) for p in cues.get("provinces") or []) or "(?!)"
        agencies = "|".join(re.escape(a) for a in cues.get("dateline_agencies") or []) or "(?!)"
        province = rf"(?:[ \t]*\((?:{provinces}|{agencies})\))"
        # "VANCOUVER, Wash. —", "OTTAWA, Ill.": a namesake town in a state elsewhere
        elsewhere = "|".join(re.escape(w) for w in cues.get("not_after_city") or []) or "(?!)"
        codes = "|".join(re.escape(w) for w in cues.get("not_after_city_codes") or []) or "(?!)"
        not_elsewhere = rf"(?![ \t]*(?:(?:{elsewhere})(?![^\W\d_])|(?-i:(?:{codes})\b)))"
        # A line that looks like a dateline, not any sentence opening with a city ("Ottawa,
        # Mexico City and Beijing vowed"): the city in capitals then a comma or a dash
        # ("MONTRÉAL, le 12 avril 2024"), the city then a dash ("Montréal — "), or any place
        # and its province in brackets, then a comma ("LÉVIS (Québec), 3 mai"), or the city in
        # brackets opening the lede's first sentence (La Presse: "(Ottawa) Le ministre")
        # A hyphen glued to the city and to the next word makes a compound, no dash:
        # "Toronto-based Cohere", "Montreal-born", "OTTAWA-AREA" (US copy, where "$" is the US's)
        dash = r"(?:[ \t]*[–—]|[ \t]+[-‑]|[-‑](?![^\W\d_]))"
        dateline = (rf"^[ \t]*(?:(?-i:{upper}){province}?(?:[ \t]*,{not_elsewhere}|{dash})"
                    rf"|(?:{mixed}){province}?{dash}"
                    rf"|\((?:{mixed})\)[ \t]+(?-i:[A-ZÀ-Ý])"
                    rf"|[^\W\d_][\w'’. -]{{0,40}}?{province}[ \t]*,)")
        out.append((territory, rx.compile("|".join(anywhere) or "(?!)", re.IGNORECASE),
                    rx.compile(dateline, re.IGNORECASE | re.MULTILINE)))
    return tuple(out)


def text_territory(text: str) -> tuple[str, str] | None:
    """The country a page says it is written in by its own words, and the words, when exactly
    one territory's cues are met (currencies.yml "territory_cues"); for a page whose metadata
    names none."""
    found = []
    for territory, anywhere, dateline in _territory_cues():
        m = anywhere.search(text) or dateline.search(text, 0, _DATELINE_REACH)
        if m:
            found.append((territory, m.group().strip(" \t,-–—")))
    return found[0] if len(found) == 1 else None


def resolve_currencies(quantities: list[Quantity], territory: str | None,
                       day=None, text: str = "", located: str | None = None) -> tuple[list[Quantity], list[str]]:
    """"francs" alone is the franc the article names elsewhere ("francs suisses", "CHF"), or
    else the one of the country the page is written for (fr-CH, a .ch site); never a guess:
    with two candidates or none it stays unnamed (the notes say so). ``text``: the one the
    quantities were read in; ``located``: the text's words that gave the territory, when its
    metadata gave none (text_territory)."""
    from dataclasses import replace

    quantities, notes = _local_dollar(quantities, territory, day, text, located)
    families = {q.unit for q in quantities if q.kind == "money" and q.unit and q.unit.endswith("?")}
    if not families:
        return quantities, notes
    named = {q.unit for q in quantities if q.kind == "money" and q.unit and not q.unit.endswith("?")}
    chosen = {}
    for family in sorted(families):
        members = sorted(c for c in named if family in _family(c))
        why, source = "the currency the article names elsewhere", "article"
        if not members and territory:
            members = [c for c in territory_currencies(territory, day) if family in _family(c)]
            why = f"the currency of the country the page is written for ({territory})"
            source = "territory"
        if len(members) == 1:
            chosen[family] = members[0], source
            notes.append(f"NUM001: {family[:-1]!r} alone read as {members[0]}, {why}")
    if not chosen:
        return quantities, notes
    return [replace(q, unit=chosen[q.unit][0], currency_from=chosen[q.unit][1])
            if q.kind == "money" and q.unit in chosen else q for q in quantities], notes


# "$" with nothing that says which dollar ("US$", "$ US", "américains" say the US one), in the
# amount or right after it (Québec writes "5 millions $ US", the Canadian Press "$5 million US").
NAMED_DOLLAR = rx.compile(r"us\s?\$|\$\s?us|\busd\b|u\.s\.|\bus\b|améric|americ|amerik|"
                          r"estadounidense|statunitens", re.IGNORECASE)
_NAMED_AFTER = rx.compile(r"\s*\(?\s*(?:us|u\.s\.|usd|é\.-u\.|américains?|americans?|des états-unis)(?!\w)",
                          re.IGNORECASE)


def _currency_from(unit: str | None, text: str, start: int, end: int) -> str:
    """Whether an amount names its currency ("written") or is a "$", "dollars", "dólares"
    that names no dollar, in the amount or right after it ("default": the US one until the
    page's country says otherwise, resolve_currencies)."""
    if unit == "USD" and not NAMED_DOLLAR.search(text, start, end) and not _NAMED_AFTER.match(text, end):
        return "default"
    return "written"


def bare_dollar(q: Quantity) -> bool:
    """A "$" amount that names no dollar: the extractor's US dollar by default."""
    return q.unit == "USD" and q.currency_from == "default" and "$" in q.text


def default_dollar(q: Quantity) -> bool:
    """A "$" or a "dollars" that names no dollar, still read as the US one."""
    return q.kind == "money" and q.unit == "USD" and q.currency_from == "default"


def _local_dollar(quantities: list[Quantity], territory: str | None,
                  day, text: str, located: str | None = None) -> tuple[list[Quantity], list[str]]:
    """A bare "$" or "dollars" on a page written for a country whose currency is another
    dollar (fr-CA, en-AU, a .ca site: "125 millions $", "5 millions de dollars") is that
    dollar, as the country's press writes it; "dollars américains", "$ US" stay US."""
    from dataclasses import replace

    if not territory or not any(default_dollar(q) for q in quantities):
        return quantities, []
    tenders = territory_currencies(territory, day)
    local = tenders[0] if tenders else None
    if local is None or local == "USD" or not any("dollar" in n for n in cldr_names(local)):
        return quantities, []
    word = "'$'" if any(default_dollar(q) and "$" in q.text for q in quantities) else "'dollars'"
    return ([replace(q, unit=local, currency_from="territory") if default_dollar(q) else q
             for q in quantities],
            [f"NUM001: {word} alone read as {local}, the currency of the country the page is written "
             f"for ({territory}{f', by its words {located!r}' if located else ''})"])


# --- conversions -----------------------------------------------------------------------------

def _as_mass(q: Quantity) -> Quantity:
    """"22 pounds" beside kilograms is a weight, not sterling."""
    from dataclasses import replace

    return replace(q, unit="lb", kind="measure")


def _as_temperature(q: Quantity, unit: str) -> Quantity:
    """A bare "degrés" beside the other scale: written to the degree, as temperatures are."""
    from dataclasses import replace

    return replace(q, unit=unit, precision=precision_of(q.value / q.scale, q.decimals, q.scale, False))


def _pairable(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity, str] | None:
    table = units()
    pound = lambda q: q.unit == "GBP" and q.scale == 1 and \
        (q.text.lower().rstrip("s").endswith(("pound", "livre", "libra")))
    if a.kind == "measure" and b.kind == "money" and pound(b):
        b = _as_mass(b)
    elif b.kind == "measure" and a.kind == "money" and pound(a):
        a = _as_mass(a)
    if a.kind == b.kind == "money" and a.unit != b.unit:
        return a, b, "money"
    scales = {"degC": "degF", "degF": "degC"}
    if a.unit == "deg?" and b.unit in scales:
        a = _as_temperature(a, scales[b.unit])  # "30 Grad (86 Grad Fahrenheit)"
    elif b.unit == "deg?" and a.unit in scales:
        b = _as_temperature(b, scales[a.unit])
    if a.kind == b.kind == "measure" and a.unit != b.unit and a.unit in table and b.unit in table \
            and table[a.unit].dimension == table[b.unit].dimension:
        return a, b, "measure"
    return None


@functools.cache
def _bridge(language: str | None) -> re.Pattern[str]:
    lex = _lexicon(language)
    words = _alt(lex.bridges)
    quals = _alt(lex.before)
    current = _alt(lex.current) if lex.current else "(?!)"
    # A converted word may be followed by an approximation word of its own language
    # ("umgerechnet rund", "omgerekend ongeveer"), whatever the page's detected language; not
    # a bound, which the amount would not carry (checked as a plain figure, wrongly).
    approx = number_table("qualifiers")["approximate"]
    about = _alt(w for lang in (number_table("qualifiers").get("converted") or {})
                 for w in approx.get(lang, []))
    converted = (rf"(?:{_alt(lex.converted)})(?:\s+(?:{about})(?![\w'’-]))?"
                 if lex.converted else "(?!)")
    # "soit respectivement 57, 29 et 6 euros": the lists are paired item by item anyway
    each = rf"(?:(?:{_alt(lex.respectively)})\s+)?" if lex.respectively else ""
    # Words a noun phrase between X and its bracket cannot hold: a joining word starts
    # another item ("$5 and a beer (€4)"), a bridge word is read by its own branch.
    joining = number_table("qualifiers")["list_joins"]
    joins = {w for lang in _langs(language) for w in joining.get(lang, [])}
    stop = _alt(joins | {w for w in lex.bridges if " " not in w})
    # What lies between "X" and "Y": a bracket, or a comma and a bridge word ("soit",
    # "l'équivalent de", "or"), then bound or approximation words that belong to Y. A bracket
    # may open with "aktuell", "currently" (the rate of the time of writing), before or after
    # its bridge word; it may follow X's noun, one to three words with no figure or mark ("a
    # $1,000 bond (about €1,000)", "3 millions de dollars d'amende (2,5 millions d'euros)"),
    # and the time they end on, a year or a date to it ("107 000 € en 2019 (soit environ
    # 145 000 dollars)", "$5m in March 2019 (€4.6m)": round 35b m02).
    word = rf"\s+(?!(?:{stop})(?![\w'’-]))[^\W\d_][\w'’-]*"
    month = words_regex(list(get_lexicon().months))
    year = r"(?:1[89]|20)\d\d(?![\d.,]\d|[^\W\d_])"
    when = (rf"\s+(?:\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+(?:{month})\.?\s+|(?:{month})\.?\s+\d{{1,2}},?\s+)?"
            rf"{year}")
    return rx.compile(rf"\s*(?:(?P<noun>(?:{word}){{1,3}}\s*|(?:{word}){{0,3}}{when}\s*)?"
                      rf"(?P<open>[\[(])\s*(?:(?P<current>{current})\s+)?(?:(?:{words})\s+)?"
                      rf"(?:(?P<current2>{current})\s+)?|,\s*{converted}\s+|,?\s*(?:{words})\s+{each}|,\s*(?=(?:{quals})\s)"
                      rf"|(?P<gap>(?:\s+[^\W\d_][\w'’-]*){{1,4}})\s*,\s*(?:{converted})\s+)"
                      rf"(?:(?:{quals})\s*(?:(?:de|of)\s+|d')?\s*)*$", re.IGNORECASE)


@functools.cache
def _per_unit(language: str | None) -> re.Pattern[str]:
    """A per-unit complement right after an amount ("por habitante", "pro Kopf", "al giorno",
    "a day"; numbers/qualifiers.yml, per_unit), a closing bracket between or not."""
    table = number_table("qualifiers").get("per_unit") or {}
    words = sorted({w for lang in _langs(language) for w in table.get(lang, [])}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return rx.compile(rf"\s*(?:{alt})(?![\w'’-])", re.IGNORECASE)


def find_conversions(text: str, quantities: list[Quantity],
                     language: str | None = None) -> list[Conversion]:
    """A figure restated in another currency or unit right after it: "X (Y)", "X [environ Y]",
    "X, soit (près de | plus de | l'équivalent de) Y", "X, or about Y"; and a list restated as
    a list, leg by leg in order: "10.000, 5.000 et 1.000 yens, soit 57, 29 et 6 euros"
    (_listed)."""
    bridge = _bridge(language)
    lex = _lexicon(language)
    lists = _Lists(text, quantities, language)
    out = []
    for i, (a, b) in enumerate(zip(quantities, quantities[1:])):
        if b.start < a.end:
            continue
        pair = _pairable(a, b)
        if pair is None:
            # "1.000 Yen, umgerechnet 57 und 6 Euro": a bare figure read as a count between
            nxt = next((c for c in quantities[i + 2:i + 12] if _Lists.as_bare(c) is c), None) \
                if a.kind in ("money", "measure") and _Lists.as_bare(b) is not b else None
            if nxt is not None and _pairable(a, nxt) is not None:
                out.extend(_listed(text, a, nxt, lists, bridge, lex))
            continue
        m = bridge.match(text[a.end:b.start]) if b.start - a.end <= 40 else None
        if not m:
            # "1.000 yens, soit 69, 35 et 7 euros": the bridge before a bare figure that a
            # list ending with Y opens
            out.extend(_listed(text, a, b, lists, bridge, lex))
            continue
        sources = lists.before(a)
        if len(sources) > 1:  # "¥10,000, ¥5,000 and ¥1,000, or €57, €29 and €6"
            out.extend(_legs(text, sources, lists.after(b, a.end), lex, a.end))
            continue
        per_unit = _per_unit(language)
        if per_unit.match(text, b.end) and not per_unit.search(text[a.end:b.start]):
            # "lo que equivale a 300 dólares por habitante", «(24 dólares diarios)»: an amount
            # per person or per day, not X converted (review N44)
            continue
        end = b.end
        current = bool(m.group("current") or m.group("current2"))
        noun = bool(m.group("noun"))
        if noun and pair[2] != "money":
            continue  # units: no rate range tells a restatement from another measure
        if m.group("open"):
            close = "]" if m.group("open") == "[" else ")"
            found = text.find(close, b.end, b.end + 3)
            if (current or noun) and found < 0:
                # "(currently worth €5m)": a value now; "$5 tickets (€4 for students)":
                # another price; neither is X converted
                continue
            end = found + 1 if found >= 0 else b.end
        out.append(Conversion(source=pair[0], target=pair[1], start=a.start, end=end,
                              kind=pair[2], current=current,
                              loose=current or noun or bool(m.group("gap"))))
        if m.group("open") and found < 0 and not current:
            out.extend(_more_legs(text, quantities, i + 1, a, m.group("open"),
                                  _leg_separator(language)))
    return out


_LIST_COMMA = rx.compile(r"\s*,\s*")
_LIST_COMMA_END = rx.compile(r"\s*,\s*\Z")


class _Lists:
    """The lists of amounts around a conversion: items parted by commas, the last by a
    joining word ("et", "and": lexicon list_joins), the last (or each) with its unit; a bare
    figure takes the unit and scale of the list's last item ("10.000, 5.000 et 1.000 yens")."""

    def __init__(self, text: str, quantities: list[Quantity], language: str | None):
        self.text, self.language = text, language
        self.lex = _lexicon(language)
        self.by_start = {q.start: q for q in quantities}
        self.by_end = {q.end: q for q in quantities}
        self.spans = sorted((q.start, q.end) for q in quantities)

    def _covered(self, pos: int) -> bool:
        k = bisect.bisect_right(self.spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]

    def _bare(self, m: re.Match[str] | None):
        """(start, end, value, decimals) of a figure no quantity holds, not a year."""
        if m is None or self._covered(m.start()):
            return None
        number = parse_digits(m.group(), self.language)
        if number.decimals == 0 and 1800 <= number.value <= 2100 and len(m.group()) == 4:
            return None  # "En 2023, 5.000 et 1.000 yens": a year opens the clause
        return m.start(), m.end(), number.value, number.decimals

    @staticmethod
    def as_bare(q: Quantity):
        # "10.000 und 1.000 Yen": a count whose noun is the next words, a bare figure here
        if q.kind == "count" and q.unit is None and q.scale == 1.0:
            return q.start, q.end, q.value, q.decimals
        return q

    def item_after(self, pos: int):
        q = self.by_start.get(pos)
        if q is not None:
            end = q.end
            separated = _LIST_COMMA.match(self.text, end) or self.lex.list_last.match(self.text, end)
            return self.as_bare(q) if separated else q
        return self._bare(_DIGITS.match(self.text, pos))

    def item_before(self, pos: int):
        q = self.by_end.get(pos)
        if q is not None:
            return self.as_bare(q)  # a separator follows it
        found = None
        for m in _DIGITS.finditer(self.text, max(0, pos - 24), pos):
            if m.end() == pos:
                found = m
        return self._bare(found)

    @staticmethod
    def _fits(item, last: Quantity) -> bool:
        return not isinstance(item, Quantity) or (item.kind, item.unit) == (last.kind, last.unit)

    def before(self, last: Quantity) -> list:
        """The list that ``last`` ends ("10.000, 5.000 et 1.000 yens"), or [last]."""
        sep = self.lex.list_last_end.search(self.text, max(0, last.start - 12), last.start)
        item = self.item_before(sep.start()) if sep else None
        if item is None or not self._fits(item, last):
            return [last]
        items = [item, last]
        while True:
            start = items[0].start if isinstance(items[0], Quantity) else items[0][0]
            sep = _LIST_COMMA_END.search(self.text, max(0, start - 6), start)
            item = self.item_before(sep.start()) if sep else None
            if item is None or not self._fits(item, last):
                return items
            items.insert(0, item)

    def after(self, first, lo: int) -> list:
        """The list ``first`` opens ("69, 35 et 7 euros", "€57, €29 and €6"), ended by a
        joining word and an item with its unit; [first] if it has its unit and opens none;
        [] if it is a bare figure that opens none."""
        items = [first]
        while True:
            end = first.end if isinstance(first, Quantity) else first[1]
            last = self.lex.list_last.match(self.text, end)
            if last:
                item = self.item_after(last.end())
                if isinstance(item, Quantity) and all(self._fits(i, item) for i in items):
                    return items + [item]
            comma = _LIST_COMMA.match(self.text, end)
            first = self.item_after(comma.end()) if comma else None
            if first is None or isinstance(first, Quantity) and first.kind not in ("money", "measure"):
                break
            items.append(first)
        return items[:1] if isinstance(items[0], Quantity) else []


def _bare_quantity(item, like: Quantity, text: str, lo: int, lex: _Lexicon) -> Quantity:
    """A bare figure of a list as an amount of its last item's unit and scale, with the bound
    or approximation words before it ("soit environ 69, 35 et 7 euros")."""
    if isinstance(item, Quantity):
        return item
    from dataclasses import replace

    start, end, value, decimals = item
    bound, phrase = _words_before(text, start, lo, lex)
    return replace(like, value=value * like.scale, start=start, end=end, text=text[start:end],
                   approximate=bound == "approx", qualifier=phrase,
                   bound=bound if bound in ("lower", "upper") else None, decimals=decimals,
                   precision=precision_of(value, decimals, like.scale,
                                          like.unit not in ("degC", "degF")))


def _legs(text: str, sources: list, targets: list, lex: _Lexicon, lo: int) -> list[Conversion]:
    """A list converted as a list: each amount to the one in the same place of the other list
    when both are as long; lists of different lengths say no conversion."""
    if len(sources) != len(targets):
        return []
    out = []
    for source, target in zip(sources, targets):
        x = _bare_quantity(source, sources[-1], text, 0, lex)
        y = _bare_quantity(target, targets[-1], text, lo, lex)
        pair = _pairable(x, y)
        if pair is None:
            return []
        out.append(Conversion(source=pair[0], target=pair[1], start=x.start, end=y.end,
                              kind=pair[2]))
    return out


def _listed(text: str, a: Quantity, b: Quantity, lists: _Lists, bridge: re.Pattern[str],
            lex: _Lexicon) -> list[Conversion]:
    """"10.000, 5.000 et 1.000 yens, soit 69, 35 et 7 euros": the bridge, then a list of bare
    figures that ``b`` ends, converting the list ``a`` ends."""
    first = _DIGITS.search(text, a.end, min(b.start, a.end + 40))
    if first is None or not bridge.match(text[a.end:first.start()]):
        return []
    targets = lists.after(lists.item_after(first.start()), a.end) \
        if lists.item_after(first.start()) is not None else []
    if len(targets) < 2 or targets[-1] is not b:
        return []
    return _legs(text, lists.before(a), targets, lex, a.end)


@functools.cache
def _leg_separator(language: str | None) -> re.Pattern[str]:
    """Between two amounts of a bracket's list: a comma, semicolon or slash, then bound or
    approximation words of the next ("$7.6bn, about €6.4bn")."""
    quals = _alt(_lexicon(language).before)
    return rx.compile(rf"\s*[,;/]\s*(?:(?:{quals})\s*(?:(?:de|of)\s+|d')?\s*)*", re.IGNORECASE)


def _more_legs(text: str, quantities: list[Quantity], k: int, a: Quantity, opened: str,
               separator: re.Pattern[str]) -> list[Conversion]:
    """The further amounts of a bracket that lists X in several currencies: "£5.5-billion
    ($7.6-billion, 6.4-billion-euro)", "5,5 milliards de livres (7,6 milliards de dollars, 6,4
    milliards d'euros)": each is X converted. Only amounts the bracket lists by a comma,
    semicolon or slash, with nothing else between them, and a bracket that closes right after
    the last one (not "($7.6bn, up from $5bn a year ago)"); an amount a bridge word joins ("$7.6bn,
    or €6.4bn") is the previous one's conversion, which find_conversions reads already."""
    close = "]" if opened == "[" else ")"
    legs = []
    previous = quantities[k]
    for c in quantities[k + 1:]:
        gap = text[previous.end:c.start]
        if not separator.fullmatch(gap):
            break
        legs.append(c)
        previous = c
    found = text.find(close, previous.end, previous.end + 3)
    if not legs or found < 0:
        return []
    out = []
    for c in legs:
        pair = _pairable(a, c)
        if pair is not None and pair[2] == "money" and c.unit != quantities[k].unit:
            out.append(Conversion(source=pair[0], target=pair[1], start=a.start, end=found + 1,
                                  kind="money"))
    return out
