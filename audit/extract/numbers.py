"""Numbers as written: "2 500", "42,7", "1.234,5", "1,234.5", and number words in French,
English, Spanish, German and Italian ("mille neuf cent quatre-vingt-dix-neuf", "doscientos
cincuenta mil", "zweihundertfünfzigtausend"), converted span by span with text2num.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.lexicon import get_lexicon, words_regex

# A digit group: thousands by (no-break) space, dot or comma; decimals by comma or dot. Not
# the second number of "2013-2014"; a minus sign after a space ("-40 °C") is read by
# quantities as the sign of a temperature.
DIGITS = (r"(?<![\w.,])(?<![\w.,]-)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
          r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d])")


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int


def parse_digits(text: str, language: str | None = "fr") -> Number:
    """Parse one digit group; a lone comma is a decimal mark in French, thousands in English."""
    if text.isdigit():
        return Number(value=float(text), decimals=0)
    s = re.sub(r"[ \u00a0\u202f]", "", text)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
    elif "," in s:
        head, _, tail = s.rpartition(",")
        english_thousands = language == "en" and len(tail) == 3 and s.count(",") >= 1
        decimal = "." if english_thousands or s.count(",") > 1 else ","
    elif "." in s:
        decimal = "." if s.count(".") == 1 and not re.fullmatch(r"\d{1,3}\.\d{3}", s) or language == "en" else ","
    else:
        decimal = "."
    thousands = "," if decimal == "." else "."
    s = s.replace(thousands, "")
    whole, _, frac = s.partition(decimal)
    value = float(f"{whole}.{frac}" if frac else whole)
    return Number(value=value, decimals=len(frac))


@functools.cache
def number_words_pattern(language: str) -> re.Pattern[str] | None:
    lex = get_lexicon()
    words = lex.number_words.get(language)
    if not words:
        return None
    alt = words_regex(list(words))  # a trie: 2.5x faster than the longest-first alternation
    # German and Italian glue the words of a number into one ("duecentocinquantamila").
    token = f"(?:{alt})+" if language in lex.number_compounds else f"(?:{alt})"
    return re.compile(rf"(?<![\w-])(?:{token})(?:[ -](?:{token}))*(?![\w-])", re.IGNORECASE)


# Words that are numbers only beside others: articles, "and", "you are" (it. "sei"), and scale
# words ("des millions de personnes", "Millionen Menschen" count no number in particular).
_NOT_ALONE = {"un", "une", "et", "one", "a", "m", "k", "uno", "una", "y", "ein", "eine", "einer",
              "und", "sei", "e", "million", "millions", "milliard", "milliards", "millionen",
              "millón", "millones", "milione", "milioni", "billion", "billions"}


def find_number_words(text: str, language: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each run of number words; lone articles are not numbers."""
    from text_to_num import text2num  # converts only the spans found, never the whole text

    pattern = number_words_pattern(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        span = match.group()
        # A leading or trailing "et"/"and" belongs to the sentence, not the number.
        lead = re.match(r"(?:(?:et|and|y|und)[ -])*", span, flags=re.IGNORECASE).end()
        trimmed = re.sub(r"(?:[ -](?:et|and|y|und))+$", "", span[lead:], flags=re.IGNORECASE)
        if not trimmed or trimmed.lower() in _NOT_ALONE:
            continue
        try:
            value = text2num(trimmed.lower(), language)
        except ValueError:
            continue
        start = match.start() + lead
        found.append((start, start + len(trimmed), int(value)))
    return found


def to_int(text: str, language: str) -> int | None:
    """Digits or number words to an int: "20", "vingt", "vingt-cinq"."""
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    words = find_number_words(text, language)
    if len(words) == 1 and words[0][0] == 0 and words[0][1] == len(text):
        return words[0][2]
    return None
