"""The dates of figures (iso, numeric, dotted) read where a separator follows a digit, as
each pattern's own finditer over the whole text reads them."""

from audit.extract.dates import _before_separators, _matches_at, _patterns, find_dates

TEXTS = [
    "Publié le 07.05.2020 à 10h, mis à jour 2020-05-08, vu le 3/4/2021 et 12/31/2020.",
    "Version 1.2.3.2020, total 6.320.843, le 10.1.2023. Puis 2024-01-02-03 et 1/2/3/2020.",
    "Am 27.01.2020 und am ١٢/٠٣/٢٠٢١ (Arabic-Indic digits), 99-2020-01-01, 2/2/2020/",
    "no figures here. - / .", "", "1.2.2020", "-2020-01-01", "01/01/2020",
]


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
