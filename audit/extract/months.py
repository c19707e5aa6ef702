"""The month table the date readers share: each language's month names as CLDR writes them
(babel's wide and abbreviated names, format and stand-alone, with and without the dot), over
the lexicons' months and month_variants (read in every language, as before: "5 janv.",
"Sept. 3, 2020", "jänner").

A language's CLDR abbreviation that the lexicons do not list ("mrt", "ott", "dic", "ene", "ago",
"set", "out", "mär") is a word elsewhere ("ago" in "2 years ago", "set", "out", "OTT 2021",
"Die Mär"): it is read only on a page in its language and only with a day and a year beside
it, the day first ("7 mrt 2022", "2 de dic. de 2007"). No lexicon overrides CLDR: none of its
names was found wrong for the press (the ambiguous ones need the day and the year).
"""

from __future__ import annotations

import functools

from audit import memo
from audit.extract.quantities import LANGUAGES, babel_release
from audit.lexicon import case_folded, get_lexicon


def _cldr_months(language: str) -> dict[str, int]:
    """CLDR's month names of ``language``, case-folded, without their dot. Kept in the memo by
    babel's release (loading a locale's data costs 0.05 s and some MB)."""
    def derive() -> dict[str, int]:
        from babel import Locale

        months = Locale.parse(language).months
        return {case_folded(name).rstrip("."): number
                for context in ("format", "stand-alone") for width in ("wide", "abbreviated")
                for number, name in months[context][width].items()}

    return memo.derived(("cldr-month-names", babel_release(), language), derive)


@functools.cache
def short_months(language: str) -> dict[str, int]:
    """``language``'s CLDR month names that the shared table (get_lexicon().months) lacks:
    read only with a day and a year beside them, on a page in ``language``."""
    if language not in LANGUAGES:
        return {}
    shared = get_lexicon().months
    return {name: number for name, number in _cldr_months(language).items() if name not in shared}


def month_number(name: str, language: str) -> int:
    """The month ``name`` (as a date pattern matched it, with or without its dot) names."""
    folded = case_folded(name).rstrip(".")
    number = get_lexicon().months.get(folded)
    return number if number is not None else short_months(language)[folded]
