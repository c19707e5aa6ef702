"""NUM003's screens and caches against the slow forms they replace: a lowered text's birth
years, the count screen, the kinds a span holds, the sentence bounds."""

from __future__ import annotations

import random
import re

from audit.lexicon import get_lexicon, lowered, lowered_matches
from audit.model import Span, SpanKind
from audit.rules.num import NUM003
from audit.rules.num.NUM003 import _YEAR, _birth_year, _cues, _kinds_held, _needs
import audit.check  # noqa: F401  (NUM003 imports the check package first)
import audit.lexicon as lexicon


# --- from tests/test_num003_births_lowered.py
# ages_unread looks for a year of birth through the pattern's twin on the lowered page
# (lexicon.lowered_matches); _birth_year writes a plain word's capitals small ("Jahrgang") so
# that the twin exists. Both must find what the lexicon's words, as written, find.

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


# --- from tests/test_num003_count_screen.py
# NUM003's count-noun reading ("its centennial", "is turning 100") runs only on a page whose
# lowering the count screen finds something in: every match of "count_noun" holds a match of
# the screen, and a page with neither a count noun nor a turning verb is not read.

_FILLER = ["The school", "opened in 1931", "and", "will", "celebrate", "with a picnic", "on Friday",
           "Son", "fête", "le club", "prépare", "en 2024", ",", ".", "\n", "ITS", "Leur"]


_HELD = ["its centennial", "Its CENTENNIAL", "their bicentenary", "is turning 100.",
         "Is Turning 75 this year", "turned 50 years old,", "will turn 120 next",
         "son centenaire", "Leur Cinquantenaire", "son tricentenaire."]


def _screened(language, text):
    low = lowered(text)
    return low is None or _cues(language)["count_screen"].search(low) is not None


def test_every_count_noun_match_passes_the_screen():
    rng = random.Random(12)
    for _ in range(3000):
        words = rng.choices(_FILLER, k=rng.randint(1, 12))
        words.insert(rng.randint(0, len(words)), rng.choice(_HELD))
        text = " ".join(words)
        for language in ("en", "fr"):
            if _cues(language)["count_noun"].search(text):
                assert _screened(language, text), (language, text)


def test_a_page_without_count_words_is_not_read():
    text = ("The school, which opened in 1931, will hold a picnic on Friday. "
            "Le club fête ses 100 ans ce week-end.\n") * 20
    assert not _screened("en", text)
    assert not _screened("fr", text)
    # the words alone, with no number after the verb: "turns out" is no count
    assert not _screened("en", "It turns out the centre is new.")
    assert _screened("en", "The centre is turning 100 on Monday.")


# --- from tests/test_num003_kinds_held.py
# NUM003's words looked for in the page lowered (_kinds_held): the page's case_folded
# lowering, kept from check(), when it holds no "ı" or "ſ" (then it is lower()'s); lower()'s
# itself otherwise, whose "ı" is no "i".

def _reference(text, spans):
    found = {}
    for i, s in enumerate(spans):
        kinds = {kind for kind, words in _needs().items()
                 if any(w in text[s.start:s.end].lower() for w in words)}
        if kinds:
            found[i] = kinds
    return found


def _spans(text):
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append(Span(SpanKind.BODY, at, at + len(line)))
        at += len(line) + 1
    return spans


def test_same_kinds_as_each_span_lowered():
    texts = [
        "Il y a 75 ans, le 25 août 1944, la ville était libérée.\nLe 75e anniversaire de sa libération.\n" * 30,
        "The company celebrates its 50-year anniversary this year.\nIt was founded 50 years ago.\n" * 30,
        "Kırk yıl önce, il y a quarante ANS, Şehir.\nCeremony for the ANNIVERSARY.\n" * 30,  # "ı"
    ]
    for text in texts:
        lexicon.case_folded(text)  # as check() reads it first
        assert _kinds_held(text, _spans(text)) == _reference(text, _spans(text))


# --- from tests/test_num003_review26.py
# NUM003 after review 26: sentence bounds found once per text (item 9) and the
# "of_founding" screen derived from the lexicon (item 10). The time on long lines is measured
# by bench, not here: these check that the faster reading is the same reading.

def _old_sentence(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The search per call that _sentence replaced (quadratic on a long line)."""
    start = lo
    for m in NUM003._SENTENCE_END.finditer(text, max(lo, pos - 600), pos):
        start = m.end()
    end = NUM003._SENTENCE_END.search(text, pos, hi)
    return start, end.end() if end else hi


def test_sentence_bounds_found_once_are_the_same_as_searched_each_time():
    rng = random.Random(26)
    pieces = ["le club", " ", ". ", "! ", "St. ", "M. ", "\n", "» ", "2019", "x" * 300, "a", "?"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for pos in range(lo, hi):
            if text[pos - 1:pos] in (" ", "\n", "") or pos == lo:  # a word's start, as callers pass
                assert NUM003._sentence(text, pos, lo, hi) == _old_sentence(text, pos, lo, hi), \
                    (text, pos, lo, hi)


def test_of_founding_screen_holds_a_word_of_every_lexicon_form():
    screen = NUM003._needs()["of_founding"]
    for cues in get_lexicon().anniversary.values():
        for form in cues.get("of_founding") or ():
            text = form.replace(" N ", " 40 ")
            assert any(word in text.lower() for word in screen), form
