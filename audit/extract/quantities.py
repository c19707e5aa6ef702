"""Quantities with their units: money ("50 millions de dollars", "42,7 M€", "$5bn"), measures
("120 kilomètres"), percentages and counts ("350 accords bilatéraux"), and the conversions an
article states between two currencies ("50 millions de dollars [environ 42,7 millions d'euros]").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.extract.numbers import DIGITS, find_number_words, parse_digits
from audit.lexicon import get_lexicon
from audit.model import Conversion, Quantity

SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "chf": "CHF",
           "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rub": "RUB",
           "cad": "CAD", "aud": "AUD", "inr": "INR"}
_ABBREVIATED_SCALES = {"m", "k", "md", "mds", "mrd", "mrds", "bn"}
_STOP_NOUNS = {"de", "des", "du", "d'", "et", "à", "a", "au", "aux", "en", "le", "la", "les", "par",
               "pour", "sur", "dans", "of", "the", "and", "to", "in", "on", "ans", "an", "fois",
               "plus", "moins", "mois", "jours", "heures", "minutes", "est", "sont", "ont", "qui",
               "que", "ou", "kalachnikov", "ago", "hour", "hours", "day", "days", "week",
               "weeks", "month", "months", "year", "years", "minute", "seconde", "heure",
               "jour", "semaine", "année", "années", "from", "with", "for", "at", "by", "per"}


@dataclass(frozen=True)
class _Patterns:
    number: re.Pattern[str]
    scale: re.Pattern[str]
    currency: re.Pattern[str]
    unit: re.Pattern[str]
    percent: re.Pattern[str]
    noun: re.Pattern[str]
    prefix_symbol: re.Pattern[str]
    bridge: re.Pattern[str]


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@functools.cache
def _patterns() -> _Patterns:
    lex = get_lexicon()
    currency_words = list(lex.currencies) + list(SYMBOLS)
    approx = lex.approximate.pattern
    return _Patterns(
        number=re.compile(DIGITS),
        scale=re.compile(rf"\s?({_alt(lex.scales)})(?![^\W\d_])", re.IGNORECASE),
        currency=re.compile(rf"\s*(?:de\s+|d'\s*|of\s+)?({_alt(currency_words)})(?![^\W\d_])",
                            re.IGNORECASE),
        unit=re.compile(rf"\s*(?:de\s+|d'\s*)?({_alt(lex.units)})(?![^\W\d_])", re.IGNORECASE),
        percent=re.compile(r"\s?(%|pour ?cent|per ?cent|percent)(?!\w)", re.IGNORECASE),
        noun=re.compile(r"\s+(?:de\s+|d')?([^\W\d_][\w'-]{2,})(?:\s+([^\W\d_][\w'-]{2,}))?"),
        prefix_symbol=re.compile(r"(US\$|\$|€|£|¥)\s?$"),
        bridge=re.compile(rf"\s*(?:[\[(]\s*(?:(?:{approx}|soit|or|ou)\s+)?|,?\s+(?:soit|ou|or)\s+(?:(?:{approx})\s+)?)",
                          re.IGNORECASE),
    )


def _noun_key(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    words = [w.lower() for w in match.groups() if w]
    words = [re.sub(r"(s|x)$", "", w) for w in words if w not in _STOP_NOUNS]
    return " ".join(words[:2]) or None


def _qualifiers(text: str, start: int) -> tuple[bool, str | None]:
    lex = get_lexicon()
    before = text[max(0, start - 30):start]
    approx = re.search(rf"(?:{lex.approximate.pattern})\s*(?:de\s+|d')?$", before, re.IGNORECASE)
    qual = re.search(rf"(?:{lex.qualifier.pattern})\s*$", before, re.IGNORECASE)
    return bool(approx), (qual.group().strip().lower() if qual else None)


def _read_tail(text: str, end: int, has_prefix_currency: bool):
    """Scale, currency, unit or percent after a number; returns (scale, unit, kind, end)."""
    p = _patterns()
    lex = get_lexicon()
    scale = 1.0
    m = p.scale.match(text, end)
    if m:
        word = m.group(1).lower()
        after_cur = p.currency.match(text, m.end())
        if word not in _ABBREVIATED_SCALES or has_prefix_currency or after_cur and \
                after_cur.start(1) - m.end() <= 1 or word == "bn":
            scale = lex.scales[word]
            end = m.end()
    m = p.currency.match(text, end)
    if m:
        code = lex.currencies.get(m.group(1).lower()) or SYMBOLS.get(m.group(1).lower())
        if code:
            return scale, code, "money", m.end()
    m = p.percent.match(text, end)
    if m:
        return scale, "%", "percent", m.end()
    m = p.unit.match(text, end)
    if m:
        return scale, lex.units[m.group(1).lower()], "measure", m.end()
    return scale, None, "count", end


def _candidates(text: str, start: int, end: int, language: str | None):
    p = _patterns()
    for m in p.number.finditer(text, start, end):
        number = parse_digits(m.group(), language)
        yield m.start(), m.end(), number.value, number.decimals
    for s, e, value in find_number_words(text[start:end], language or "fr"):
        if re.search(r"\d\s?$", text[max(0, start + s - 2):start + s]):
            continue  # the scale word of "50 millions", already read with its digits
        yield start + s, start + e, float(value), 0


def find_quantities(text: str, ranges: list[tuple[int, int]], language: str | None,
                    taken: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities inside ``ranges`` of the folded ``text``, skipping ``taken`` (dates)."""
    p = _patterns()
    out: list[Quantity] = []
    for r_start, r_end in ranges:
        for start, end, value, decimals in _candidates(text, r_start, r_end, language):
            if any(s <= start < e for s, e in taken):
                continue
            if re.match(r"(?:e|ème|eme|er|ère|re|th|st|nd|rd)(?!\w)", text[end:end + 4]):
                continue  # an ordinal, not a quantity
            prefix = p.prefix_symbol.search(text, max(r_start, start - 4), start)
            scale, unit, kind, q_end = _read_tail(text, end, bool(prefix))
            if prefix and unit is None:
                unit, kind = SYMBOLS[prefix.group(1).lower()], "money"
            q_start = prefix.start() if prefix else start
            if kind == "count" and scale == 1.0 and decimals == 0 and 1800 <= value <= 2100:
                continue  # a year
            approx, qualifier = _qualifiers(text, q_start)
            noun = _noun_key(p.noun.match(text, q_end)) if kind in ("count", "measure") else None
            if noun and noun.split()[0] in get_lexicon().months:
                continue  # the day of a date the date finder could not place in a year
            out.append(Quantity(value=value * scale, unit=unit, kind=kind, start=q_start,
                                end=q_end, text=text[q_start:q_end], approximate=approx,
                                qualifier=qualifier, decimals=decimals, scale=scale,
                                noun=noun))
    return sorted(out, key=lambda q: q.start)


def find_conversions(text: str, quantities: list[Quantity]) -> list[Conversion]:
    """Money followed by the same money in another currency, bracketed or after "soit"."""
    p = _patterns()
    by_start = {q.start: q for q in quantities if q.kind == "money"}
    conversions = []
    for q in quantities:
        if q.kind != "money":
            continue
        bridge = p.bridge.match(text, q.end)
        if not bridge:
            continue
        target = by_start.get(bridge.end())
        if target is None:
            # the approximate word may precede the target's own span
            target = next((t for s, t in by_start.items() if bridge.end() <= s <= bridge.end() + 25
                           and t.approximate), None)
        if target is not None and target.unit != q.unit:
            end = text.find("]", target.end, target.end + 3)
            end = text.find(")", target.end, target.end + 3) if end < 0 else end
            conversions.append(Conversion(source=q, target=target, start=q.start,
                                          end=end + 1 if end >= 0 else target.end))
    return conversions
