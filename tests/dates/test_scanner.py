"""The date scanner's own reading: the matches it finds, the tails after a date, a date given
as an option against the text's."""

from __future__ import annotations

import pytest

from audit.extract.dates import _before_separators, _matches_at, _patterns, find_dates
from audit.pipeline import audit_document


TEXTS = [
    "Publié le 07.05.2020 à 10h, mis à jour 2020-05-08, vu le 3/4/2021 et 12/31/2020.",
    "Version 1.2.3.2020, total 6.320.843, le 10.1.2023. Puis 2024-01-02-03 et 1/2/3/2020.",
    "Am 27.01.2020 und am ١٢/٠٣/٢٠٢١ (Arabic-Indic digits), 99-2020-01-01, 2/2/2020/",
    "no figures here. - / .", "", "1.2.2020", "-2020-01-01", "01/01/2020",
]


def _undone(pattern):
    """The pattern as it was before its runs of spaces were made possessive (review 26 item 9)."""
    import re
    source = pattern.pattern.replace("(?<!\\s)", "").replace("*+", "*").replace("++", "+")
    assert source != pattern.pattern
    return re.compile(source, pattern.flags)


# from tests/test_dates_figures_scan.py
def test_same_matches_as_finditer():
    p = _patterns(False)
    for text in TEXTS:
        for name, sep, back in (("iso", "-", 4), ("numeric", "/", 2), ("dotted", ".", 2)):
            starts = _before_separators(text, sep, back)
            assert starts == sorted(set(starts))
            assert [m.span() for m in _matches_at(p[name], text, starts)] == \
                [m.span() for m in p[name].finditer(text)], (name, text)


def test_dates_read():
    found = find_dates("Publié le 07.05.2020, mis à jour le 2020-05-08 et le 3/4/2021.", "fr")
    assert [(d.start, d.end) for d in found] == [(10, 20), (36, 46), (53, 61)]


# from tests/test_dates_round13.py
def test_text_date_over_option_only_where_a_dateline_stands():
    """Review 26 items 1 and 2: with --published, a short sentence's "paru le" or a feature's
    lede no longer dates the page; the option's date stays (NUM001, NUM003 count from it)."""
    for text in ("Le roman de l'été\n\nSon premier roman, paru le 12 mars 2019 chez Gallimard, a "
                 "été traduit en dix langues.\n\nLes droits d'adaptation au cinéma ont été cédés "
                 "jeudi pour 2 millions de dollars (1,71 million d'euros), a annoncé l'éditeur.\n",
                 "Nice, le 14 juillet 2016. Ce soir-là, un camion a foncé dans la foule.\n\nLe "
                 "musée Masséna célèbre cette année le 50e anniversaire de sa fondation en 1975.\n"):
        got = audit_document(text, "x.txt", published="2025-07-03")
        assert str(got["published"]) == "2025-07-03"


def test_tails_after_a_date_read_as_before_with_their_runs_possessive():
    """A date then 20 KB of spaces and tabs took 55 s in _after_date and _dateline (review 26
    item 9): the tails after a dateline's date read a run of spaces once, with the same matches
    as before on every short string of their alphabet (the time: bench/regex_growth.py)."""
    import itertools
    import random

    from audit.extract import dates
    pairs = [(dates._TIME_TAIL, "fullmatch"), (dates._byline_tail(), "search"),
             (dates._reading_tail(), "fullmatch")]
    words = [" ", "\t", ",", "|", "à", "12:30", "h", "par", "By", "Jean", "5", "min", "lecture de", "x", "-"]
    rng = random.Random(26)
    texts = ["".join(t) for n in range(5) for t in itertools.product(words, repeat=n)] + \
        ["".join(rng.choice(words) for _ in range(rng.randint(0, 10))) for _ in range(20_000)]
    for new, method in pairs:
        old = _undone(new)
        for text in texts:
            a, b = getattr(new, method)(text), getattr(old, method)(text)
            assert (a and a.span()) == (b and b.span()), (new.pattern, text)
    assert dates._after_date(" à 12:30" + " \t" * 10_000) and not dates._after_date(" \t" * 10_000 + "x fin")


# from tests/test_round39_seg.py

@pytest.mark.parametrize("text,expected", [
    ("21.dez.2018 às 10h55", [(2018, 12, 21)]),
    ("publicado 3.OUT.2019.", [(2019, 10, 3)]),
    ("v1.21.dez.2018", []),          # inside a run of figures
    ("3 out of 5 voters", []),       # the abbreviations are read glued between dots only
    ("He set 12 mar goals", []),
])
def test_glued_months_read_only_between_dots(text, expected):
    found = [(m.date.year, m.date.month, m.date.day) for m in find_dates(text, "pt") if m.date.day]
    assert found == expected
