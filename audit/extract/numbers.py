"""Numbers as written: "2 500", "42,7", "1.234,5", "1,234.5", and number words in French,
English, Spanish, German, Italian, Dutch and Portuguese ("mille neuf cent quatre-vingt-dix-
neuf", "doscientos cincuenta mil", "zweihundertfünfzigtausend", "vijfentwintig", "mil
milhões"), converted span by span with text2num.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from audit import rx
from audit.lexicon import (case_folded, get_lexicon, lowered, shared_scan, word_start_regex, word_start_scan,
                           word_start_spans, words_regex)

# A digit group: thousands by (no-break) space, dot or comma; decimals by comma or dot. Not
# the second number of "2013-2014"; a minus sign after a space ("-40 °C") is read by
# quantities as the sign of a temperature.
# The first digit opens the pattern, the look-behinds follow it: a pattern that opens with a
# look-behind is tried at every position, one that opens with a digit only where one stands.
# Swiss figures group thousands by an apostrophe ("1'200'000", "1'234.50").
# A first group of four digits, as typed ("1007 809,37 €", round 6, eklablog), when decimals
# close the figure: not "en 2019 300 personnes", a year then a count.
# A dot after a word may open one: "Rs.3,800", the rupee's sign glued (not a decimal's tail).
DIGITS = (r"\d(?<![\w,]\d)(?<![\d.,]\.\d)(?<![\w.,]-\d)(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"
          r"|\d{3}(?:[ \u00a0\u202f]\d{3})+,\d+"
          r"|\d{0,2}(?:['’]\d{3})+(?:[.,]\d+)?"
          r"|\d{0,2}(?:\.\d{3})+(?:,\d+)?"
          # Indian grouping, by twos above the thousands: "Rs 1,04,000 crore", "12,34,567"
          r"|\d?(?:,\d{2})+,\d{3}(?:\.\d+)?"
          r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:[.,]\d+)?)(?![\d])")


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int


# Compiled once: these run for every figure and every number in words.
_SPACES = rx.compile(r"[ \u00a0\u202f]")
_ONE_THOUSANDS_DOT = rx.compile(r"\d{1,3}\.\d{3}")
_LEADING_AND = rx.compile(r"(?:(?:et|and|y|und|e|en)[ -])*", re.IGNORECASE)
_TRAILING_AND = rx.compile(r"(?:[ -](?:et|and|y|und|e|en))+$", re.IGNORECASE)


def parse_digits(text: str, language: str | None = "fr") -> Number:
    """Parse one digit group; a lone comma is a decimal mark in French, thousands in English."""
    if text.isdigit():
        return Number(value=float(text), decimals=0)
    s = _SPACES.sub("", text)
    if "'" in s or "’" in s:  # Swiss thousands ("1'200'000"); the one mark left is decimal
        whole, _, frac = s.replace("'", "").replace("’", "").replace(",", ".").partition(".")
        return Number(value=float(f"{whole}.{frac}" if frac else whole), decimals=len(frac))
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
    elif "," in s:
        head, _, tail = s.rpartition(",")
        english_thousands = language == "en" and len(tail) == 3 and s.count(",") >= 1
        decimal = "." if english_thousands or s.count(",") > 1 else ","
    elif "." in s:
        # One dot: a decimal point in English, thousands in "1.234" elsewhere; several dots
        # are thousands in every language ("6.320.843", quoted from a German source).
        one = s.count(".") == 1
        decimal = "." if one and (language == "en" or not _ONE_THOUSANDS_DOT.fullmatch(s)) else ","
    else:
        decimal = "."
    thousands = "," if decimal == "." else "."
    s = s.replace(thousands, "")
    whole, _, frac = s.partition(decimal)
    value = float(f"{whole}.{frac}" if frac else whole)
    return Number(value=value, decimals=len(frac))


@functools.cache
def number_words_pattern(language: str, lowercase: bool = False) -> re.Pattern[str] | None:
    """Runs of number words; ``lowercase``: the pattern for lowercased text (faster, see
    lexicon.word_start_regex)."""
    parts = _number_words_parts(language)
    if parts is None:
        return None
    words, first, token, tail = parts
    if lowercase:
        return rx.compile(word_start_regex(words, before=r"[\w-]") + first + tail)
    return rx.compile(rf"(?<![\w-])(?:{token}){tail}", re.IGNORECASE)


@functools.cache
def _number_words_scan(language: str) -> re.Pattern[str] | None:
    """number_words_pattern(language, lowercase=True) as lexicon.word_start_scan reads it."""
    parts = _number_words_parts(language)
    if parts is None:
        return None
    words, first, _, tail = parts
    return word_start_scan(words, first + tail, before=r"[\w-]")


@functools.cache
def _number_words_parts(language: str) -> tuple[list[str], str, str, str] | None:
    """A run of number words: the words; what follows the first word in a glued one; a word,
    glued or not; the words after the first."""
    lex = get_lexicon()
    words = lex.number_words.get(language)
    if not words:
        return None
    alt = words_regex(list(words))  # a trie: 2.5x faster than the longest-first alternation
    # German and Italian glue the words of a number into one ("duecentocinquantamila").
    glued = language in lex.number_compounds
    token = f"(?:{alt})+" if glued else f"(?:{alt})"
    tail = rf"(?:[ -](?:{token}))*(?![\w-])"
    return list(words), f"(?:{alt})*" if glued else "", token, tail


@functools.cache
def figure_screen(language: str) -> re.Pattern[str]:
    """What every digit run, number word and ordinal word of ``language`` spells out, with
    nothing looked at around it: a digit, or one of the words whole. Searched in a range of
    the lowercased text (lexicon.lowered), it finds something wherever a digit run,
    find_number_words or find_ordinal_words would (Roman ordinals are screened apart, by
    their capitals): a range it finds nothing in has no figure to read."""
    lex = get_lexicon()
    words = [*lex.number_words.get(language, ()), *lex.ordinal_words.get(language, ())]
    return rx.compile(rf"\d|{words_regex(words)}" if words else r"\d")


# Words that are numbers only beside others: articles, "and", "you are" (it. "sei"), and scale
# words ("des millions de personnes", "Millionen Menschen" count no number in particular).
_NOT_ALONE = {"un", "une", "et", "one", "a", "m", "k", "uno", "una", "y", "ein", "eine", "einer",
              "und", "sei", "e", "million", "millions", "milliard", "milliards", "millionen",
              "millón", "millones", "milione", "milioni", "billion", "billions", "een", "één",
              "en", "ën", "miljoen", "miljard", "um", "uma", "milhão", "milhões", "bilhão",
              "bilhões"}


@functools.cache
def _text2num():
    # Imported where a number word is found, once: most lines of a page have none.
    from text_to_num import text2num

    return text2num


@functools.cache
def _roman():
    import roman

    return roman


def find_number_words(text: str, language: str, low: str | None = None) -> list[tuple[int, int, int]]:
    """(start, end, value) of each run of number words; lone articles are not numbers.
    ``low``: lexicon.lowered(text), when the caller has it."""
    low = low if low is not None else lowered(text)
    return _read_runs(text, language, _number_word_runs(text, language, low))


def _number_word_runs(text: str, language: str, low: str | None) -> list[tuple[int, int]]:
    """The spans the number-word pattern matches: in ``low`` (lexicon.lowered(text)) by the
    scan that skips through letters, else in the text itself."""
    if low is None:
        pattern = number_words_pattern(language)
        return [] if pattern is None else [m.span() for m in pattern.finditer(text)]
    scan = _number_words_scan(language)
    return [] if scan is None else word_start_spans(number_words_pattern(language, True), scan, low)


def _read_runs(text: str, language: str, runs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    found = []
    for run_start, run_end in runs:
        span = text[run_start:run_end]
        if case_folded(span) in _NOT_ALONE:
            continue  # "millions" alone (its own trimmed form): the most frequent match
        # A leading or trailing "et"/"and" belongs to the sentence, not the number.
        lead = _LEADING_AND.match(span).end()
        trimmed = _TRAILING_AND.sub("", span[lead:])
        folded = case_folded(trimmed)  # as the pattern matched it: "eın" is "ein"
        if not trimmed or folded in _NOT_ALONE:
            continue
        if text[run_end:run_end + 1] in ("'", "’"):
            folded = _unelided(folded, language)  # "cinquant’anni": cinquanta anni
        try:
            value = _text2num()(folded, language)  # only the spans found, never the whole text
        except ValueError:
            continue
        start = run_start + lead
        found.append((start, start + len(trimmed), int(value)))
    return found


def _unelided(folded: str, language: str) -> str:
    """A run ending in a tens word that dropped its vowel before an apostrophe ("cinquant’anni",
    "vent’anni"), with the vowel back: the lexicon lists both the stem and the full word."""
    words = get_lexicon().number_words.get(language) or frozenset()
    for stem in words:
        if folded.endswith(stem):
            full = next((stem + v for v in "aeiou" if stem + v in words), None)
            if full is not None:
                return folded + full[len(stem):]
    return folded


_JOINS = rx.compile(r"[\w-]")  # what a run of number words reads on either side of it


class NumberWords:
    """find_number_words of a whole text, read once: the dates read them all, the quantities
    range by range (``within``), which read each range apart. ``low``: lexicon.lowered(text)."""

    def __init__(self, text: str, language: str, low: str | None,
                 also: tuple[re.Pattern[str], re.Pattern[str]] | None = None) -> None:
        """``also``: the plain pattern and word_start_scan of other words the caller reads in
        ``low`` (the dates' month names): found in the same walk of its word starts as the
        number words (lexicon.SharedScan.read), their spans are ``also_spans``; None when
        not read so (no ``low``, no number words in the language, scans that cannot share)."""
        self.text, self.language, self.low = text, language, low
        self.also_spans: list[tuple[int, int]] | None = None
        scan = _number_words_scan(language) if low is not None and also is not None else None
        shared = shared_scan((also[1], scan)) if scan is not None else None
        if shared is not None:
            found = shared.read(low)
            self.also_spans = shared.spans_read(found, 0, also[0], low)
            runs = shared.spans_read(found, 1, number_words_pattern(language, True), low)
        else:
            runs = _number_word_runs(text, language, low)
        self.found = _read_runs(text, language, runs)
        self._starts = [s for s, _, _ in self.found]
        self._run_starts, self._run_ends = [s for s, _ in runs], [e for _, e in runs]

    def within(self, start: int, end: int) -> list[tuple[int, int, int]] | None:
        """``find_number_words(text[start:end], language)``, offsets in the text. None when
        the range, read apart, may read otherwise than the whole text there: a run crosses an
        end of it, or a word character or a hyphen stands just outside it (each end of a run
        is decided by the character beyond it); or the text lengthens lowered."""
        low = self.low
        if low is None or start and _JOINS.match(low, start - 1) or \
                end < len(low) and _JOINS.match(low, end):
            return None
        for at in (start, end):  # the first run that ends past it must not open before it
            i = bisect.bisect_right(self._run_ends, at)
            if i < len(self._run_starts) and self._run_starts[i] < at:
                return None
        return self.found[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]


@dataclass(frozen=True)
class _Ordinals:
    ending: re.Pattern[str]  # the word that ends an ordinal, on lowered text
    word: re.Pattern[str]  # one word of an ordinal, whole
    glued: bool  # number words glued into one ("fünfundzwanzigsten")


@functools.cache
def _ordinals(language: str) -> _Ordinals | None:
    """How ordinals are written in words: "quatre-vingt-dixième", "seventy-fifth",
    "fünfundzwanzigsten", "vigésimo quinto", "venticinquesimo"."""
    lex = get_lexicon()
    finals = lex.ordinal_words.get(language)
    if not finals:
        return None
    final = words_regex(list(finals))
    if language in lex.ordinal_inflections:
        final = f"(?:{final})(?:{words_regex(list(lex.ordinal_inflections[language]))})"
    numbers = words_regex(list(lex.number_words.get(language, ())))
    glued = language in lex.number_compounds
    # Case-sensitive on lowered text, the ending opens the pattern: 4x faster than a caseless
    # scan that opens with a look-behind.
    return _Ordinals(ending=rx.compile(rf"{final}(?![\w-])"),
                     word=rx.compile(rf"(?:{numbers})*{final}" if glued else f"{numbers}|{final}"),
                     glued=glued)


# The ending that makes a figure a rank: "80e", "1er", "21st", "5º" (and text2num's output).
ORDINAL_SUFFIX = r"(?:ème|eme|ère|er|re|e|th|st|nd|rd|º|ª)"
# What text2num makes of an ordinal: "80ème", "80th", "80.", "80º".
_ORDINAL_DIGITS = rx.compile(rf"(\d+)(?:{ORDINAL_SUFFIX}|\.)")
_ARTICLES = {"un", "une", "a", "an", "uno", "una"}


def _word_before(text: str, start: int, gaps: str) -> int | None:
    """Where the word ends at ``start - 1`` starts, if one of ``gaps`` parts it from ``start``."""
    if start < 2 or text[start - 1] not in gaps:
        return None
    k = start - 1
    while k and text[k - 1].isalpha():
        k -= 1
    return k if k < start - 1 else None


def find_ordinal_words(text: str, language: str) -> list[tuple[int, int, int]]:
    """(start, end, rank) of each ordinal written in words, kept only when text2num reads the
    whole span as one ordinal; not after an indefinite article ("un dixième", "a fifth")."""
    ordinals = _ordinals(language)
    if ordinals is None:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: offsets would move
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for ending in ordinals.ending.finditer(lowered):
        start, end = ending.start(), ending.end()
        while start and lowered[start - 1].isalpha():
            start -= 1  # the whole word: "fünfund|zwanzigsten"
        if not ordinals.word.fullmatch(lowered, start, end):
            continue
        # Walk back over the number words before it: "quatre-vingt-|dixième" (an ordinal has
        # a few words: "deux cent quatre-vingt-dix-neuvième").
        for _ in range(0 if ordinals.glued else 8):
            before = _word_before(lowered, start, " -")
            if before is None or not ordinals.word.fullmatch(lowered, before, start - 1):
                break
            start = before
        if start and (lowered[start - 1] == "-" or lowered[start - 1].isalnum()):
            continue
        article = _word_before(lowered, start, " ")
        if article is not None and lowered[article:start - 1] in _ARTICLES:
            continue  # "un dixième", "a fifth of": a fraction
        rank = _rank(lowered[start:end], language)
        if rank is None:
            continue
        while found and found[-1][0] >= start:
            found.pop()  # "vigésimo" inside "vigésimo quinto"
        found.append((start, end, rank))
    return found


@functools.lru_cache(maxsize=1024)
def _rank(words: str, language: str) -> int | None:
    """The rank text2num reads in ``words`` if they are one ordinal and nothing else."""
    from text_to_num import alpha2digit  # on the spans found only, never the whole text

    read = _ORDINAL_DIGITS.fullmatch(alpha2digit(words, language))
    return int(read.group(1)) if read else None


# "XXe siècle", "IIIe République", "Louis XIVe": a Roman numeral with an ordinal ending.
# Capitals I, V and X only: "Ce", "Le" and "De" are words.
# The numeral opens the pattern (a look-behind first would be tried at every position); what
# precedes it is tested after.
# "[IVX][IVX]{0,6}", not "[IVX]{1,7}": re skips to a class that opens a pattern, not to a repeat.
_ROMAN_ORDINAL = rx.compile(rf"([IVX][IVX]{{0,6}}){ORDINAL_SUFFIX}(?![\w-])")


def roman_value(numeral: str) -> int | None:
    """A well-formed Roman numeral's value ("XXV" -> 25), else None ("IIX", "VV")."""
    try:
        return _roman().fromRoman(numeral)
    except _roman().InvalidRomanNumeralError:
        return None


def find_roman_ordinals(text: str) -> list[tuple[int, int, int]]:
    """(start, end, rank) of each well-formed Roman numeral with an ordinal ending."""
    found = []
    for match in _ROMAN_ORDINAL.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_-"):
            continue
        try:
            found.append((match.start(), match.end(), _roman().fromRoman(match.group(1))))
        except _roman().InvalidRomanNumeralError:  # "IIX"
            continue
    return found


def to_int(text: str, language: str) -> int | None:
    """Digits or number words to an int: "20", "vingt", "vingt-cinq"."""
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    text = text.rstrip("'’")
    for form in (text, text + "’"):  # "cinquant", a count the pattern cut before "’anni"
        words = find_number_words(form, language)
        if len(words) == 1 and words[0][0] == 0 and words[0][1] == len(text):
            return words[0][2]
    return None
