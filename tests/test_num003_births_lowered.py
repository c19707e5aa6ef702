"""ages_unread looks for a year of birth through the pattern's twin on the lowered page
(lexicon.lowered_matches); _birth_year writes a plain word's capitals small ("Jahrgang") so
that the twin exists. Both must find what the lexicon's words, as written, find."""

import re

import audit.check  # noqa: F401  (NUM003 imports the check package first)
from audit.lexicon import get_lexicon, lowered, lowered_matches
from audit.rules.num.NUM003 import _YEAR, _birth_year

TEXTS = [
    "Der Torwart, Jahrgang 1995, ist 29 Jahre alt.",
    "DER TORWART, JAHRGANG 1995, IST 29 JAHRE ALT.",
    "jahrgang  im 1988 und JahrGang in 2001; Jahrgänge 1990 nicht.",
    "Müller (geb. 1970) ist 54 Jahre alt. Geboren am 3. Mai 1950 in Köln.",
    "Il portiere, nato nel 1995, ha 29 anni. NATA NEL 2001. Nato il 4 maggio 1980.",
    "İstanbul'da doğdu, Jahrgang 1977 — ſo geboren 1966.",  # lower() lengthens "İ": no twin
    "Kein Geburtsjahr hier, nur 1995 und ein Jahrgangsbuch 2001.",
]


def _as_written(language):
    births = (get_lexicon().anniversary.get(language) or {}).get("births")
    return re.compile(rf"\b(?:{'|'.join(births)})\s+(?:(?:del|de|in|im)\s+)?{_YEAR}\b", re.IGNORECASE) \
        if births else None


def test_same_matches_as_the_words_as_written():
    languages = [lang for lang in get_lexicon().anniversary if _birth_year(lang) is not None]
    assert "de" in languages
    for language in languages:
        written = _as_written(language)
        for text in TEXTS:
            expected = [m.span() for m in written.finditer(text)]
            assert [m.span() for m in _birth_year(language).finditer(text)] == expected
            assert [m.span() for m in lowered_matches(_birth_year(language), text, lowered(text))] == expected


def test_plain_capitals_only_are_lowered():
    # "Jahrgang" is a plain word; an escape's capital (\W, \S) would change its meaning.
    assert "jahrgang" in _birth_year("de").pattern
    assert "Jahrgang" not in _birth_year("de").pattern
