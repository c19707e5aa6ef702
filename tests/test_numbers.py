"""French and English numbers in all their forms; quantities and conversions."""

from __future__ import annotations

import pytest

from audit.extract.dates import find_dates
from audit.extract.numbers import find_number_words, parse_digits
from audit.extract.quantities import find_conversions, find_quantities
from audit.lexicon import fold


@pytest.mark.parametrize(("text", "language", "value", "decimals"), [
    ("2 500", "fr", 2500, 0), ("2\u202f500", "fr", 2500, 0), ("42,7", "fr", 42.7, 1),
    ("1.234,5", "fr", 1234.5, 1), ("1,234.5", "en", 1234.5, 1), ("1,234", "en", 1234, 0),
    ("1,5", "fr", 1.5, 1), ("3.5", "en", 3.5, 1), ("1.000", "fr", 1000, 0),
])
def test_digits(text, language, value, decimals):
    number = parse_digits(text, language)
    assert number.value == pytest.approx(value) and number.decimals == decimals


@pytest.mark.parametrize(("text", "value"), [
    ("mille neuf cent quatre-vingt-dix-neuf", 1999), ("deux mille vingt-cinq", 2025),
    ("vingt et un", 21), ("soixante-dix", 70), ("quatre-vingts", 80),
])
def test_number_words(text, value):
    assert find_number_words(text, "fr") == [(0, len(text), value)]


def test_number_words_skip_articles_and_conjunctions():
    text = "un homme et vingt ans"
    assert [(text[s:e], v) for s, e, v in find_number_words(text, "fr")] == [("vingt", 20)]


def test_quantities_in_french_text():
    text = fold("Maracay, à 120 kilomètres de Caracas, produira 70 millions de cartouches par an "
                "pour 50 millions de dollars [environ 42,7 millions d’euros], soit 12 % de plus.")
    found = {q.text: (q.value, q.unit, q.kind) for q in find_quantities(text, [(0, len(text))], "fr")}
    assert found["120 kilomètres"] == (120, "km", "measure")
    assert found["70 millions"] == (70_000_000, None, "count")
    assert found["50 millions de dollars"] == (50_000_000, "USD", "money")
    assert found["42,7 millions d'euros"] == (pytest.approx(42_700_000), "EUR", "money")
    assert found["12 %"] == (12, "%", "percent")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("50 millions de dollars [environ 42,7 millions d’euros]", 50e6, 42.7e6),
    ("5,2 M$ (4,4 M€)", 5.2e6, 4.4e6),
    ("$3.5bn, or about €3bn,", 3.5e9, 3e9),
    ("1,2 milliard d'euros, soit 1,3 milliard de dollars", 1.2e9, 1.3e9),
])
def test_conversions(text, source, target):
    folded = fold(text)
    quantities = find_quantities(folded, [(0, len(folded))], "fr" if "," in text[:5] else "en")
    (conversion,) = find_conversions(folded, quantities)
    assert conversion.source.value == pytest.approx(source)
    assert conversion.target.value == pytest.approx(target)


def test_years_and_day_numbers_are_not_quantities():
    text = fold("En 2013, le 5 juillet 2025, il y avait 3 candidats.")
    dates = find_dates(text, "fr")
    quantities = find_quantities(text, [(0, len(text))], "fr", [(d.start, d.end) for d in dates])
    assert [q.text for q in quantities] == ["3"]


def test_dates_resolve_years_from_context():
    text = fold("Au mois de mai [2025], puis le 7 août, et le trois janvier 2026.")
    mentions = {m.text: (m.date.iso(), m.year_inferred) for m in find_dates(text, "fr")}
    assert mentions["mai [2025]"] == ("2025-05", False)
    assert mentions["7 août"] == ("2025-08-07", True)
    assert mentions["trois janvier 2026"] == ("2026-01-03", False)


def test_sept_is_seven_not_september():
    text = fold("Baptisé « Les sept transformations », ce plan court jusqu'en 2031.")
    assert [m.text for m in find_dates(text, "fr")] == ["2031"]
