"""Round 24's number verdicts, on the testers' repro texts, with negatives that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


def _amounts(text: str, language: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, [(0, len(text))], language)]


# Round 24a r03 (fr11, a real APS wire): "272 milliards 250 millions de francs CFA" is one
# amount, 8.9 % under 495 M$ at the ECB rate of 2022-04-12.
_APS = ("Le Sénégal a signé avec la Banque mondiale quatre conventions de financement d’un montant "
        "global de 495 millions de dollars US, environ 272 milliards 250 millions de francs CFA, a "
        "constaté l’APS, mardi, à Dakar.")


def test_num001_reads_a_compound_amount():
    found = _rules(_APS, "NUM001", "2022-04-12")
    assert len(found) == 1 and "272 milliards 250 millions de francs CFA" in found[0].message


@pytest.mark.parametrize("text, language, value", [
    ("un montant de 272 milliards 250 millions de francs CFA", "fr", 272.25e9),
    ("a budget of 2 billion 500 million dollars", "en", 2.5e9),
    ("un coût de 3 millions 500 mille euros", "fr", 3.5e6),
])
def test_a_larger_scale_then_a_smaller_one_is_one_amount(text, language, value):
    amounts = _amounts(text, language)
    assert len(amounts) == 1 and amounts[0][1] == pytest.approx(value)


@pytest.mark.parametrize("text, language", [
    ("soit 272 milliards, 250 millions de francs CFA", "fr"),  # two amounts of a list
    ("de 250 millions 272 milliards de francs CFA", "fr"),  # the smaller scale first
    ("soit 2 milliards 1 500 millions de francs CFA", "fr"),  # the part exceeds the scale
])
def test_no_compound_across_a_comma_or_a_larger_part(text, language):
    assert len(_amounts(text, language)) == 2


def test_a_duration_in_two_units_stays_two():
    assert _rules("Il a purgé sa peine en 2 ans 3 mois, a indiqué le tribunal.", "NUM001") == []
    assert _rules(_APS.replace("272 milliards 250 millions", "272 milliards, 250 millions"),
                  "NUM001", "2022-04-12") == []


# Round 24b r05 (fr05 mutated): two maxima of one hall's capacity that differ.
_HALL = ("Couleuvre inaugure sa salle\n\nLa nouvelle salle socio-culturelle pourra accueillir "
         "jusqu'à 250 personnes, a indiqué le maire.\n\nLa grande salle traversante pourra "
         "accueillir jusqu'à {} personnes, l'espace dispose également d'une scène centrale.\n")


def test_num002_two_maxima_that_differ():
    # the same room's maximum stated twice (review 3 of session 29, item 3: the repro's two
    # sentences are of two rooms, "la nouvelle salle" and "la grande salle traversante")
    same = _HALL.replace("La nouvelle salle socio-culturelle", "La grande salle traversante")
    assert len(_rules(same.format(350), "NUM002")) == 1


def test_num002_the_maxima_of_two_rooms_are_two_facts():
    assert _rules(_HALL.format(350), "NUM002") == []


@pytest.mark.parametrize("text", [
    _HALL.format(250),  # the same maximum twice
    _HALL.replace("jusqu'à {}", "{}").format(240),  # a value under the maximum
    # loose bounds the same way both hold of a value past them
    _HALL.replace("jusqu'à", "moins de").format(350),
    _HALL.replace("jusqu'à", "plus de").format(350),
])
def test_num002_bounds_that_agree(text):
    assert _rules(text, "NUM002") == []
