"""Round 27's number verdicts (num27), on the testers' repro texts, with negatives that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# Round 27b r06 (a mutation of en06_metronews): what opened is the subject of the opening's
# own clause, after "when", not the first noun of the sentence ("the price of admission").
@pytest.mark.parametrize("text", [
    "Glenbow Museum celebrates 50th anniversary\n\n"
    "The Glenbow Museum is celebrating the half-century mark in style with an exhibition of 50 artworks.\n\n"
    "As an homage to the price of admission when the museum opened its doors in 1976, a ticket "
    "will only cost fifty cents.\n",
    "Le musée Glenbow fête ses 50 ans\n\n"
    "Le musée expose cinquante œuvres pour célébrer son demi-siècle avec les visiteurs de la région.\n\n"
    "En hommage au prix d’entrée de l’époque où le musée a ouvert ses portes en 1976, le billet "
    "ne coûtera que cinquante centimes.\n",
])
def test_num003_reads_an_opening_in_a_subordinate_clause(text):
    found = _rules(text, "NUM003", "2016-09-30")
    assert len(found) == 1 and "founded in 1976" in found[0].message and "gives 40" in found[0].message


def test_num003_another_things_opening_stays_silent():
    text = ("Le musée Glenbow fête ses 50 ans\n\n"
            "Le musée expose cinquante œuvres pour célébrer son demi-siècle avec les visiteurs.\n\n"
            "En hommage au prix d’entrée de l’époque, le billet ne coûtera que cinquante centimes. "
            "Le café du musée a ouvert ses portes en 1976.\n")
    assert _rules(text, "NUM003", "2016-09-30") == []


# Round 27b r07 (a mutation of fr05_montjouxdrome): a date to the day, then its own relative
# clause whose one-word verb the elapsed time follows.
def test_num003_reads_the_dates_relative_clause():
    text = ("Commémoration du 11 novembre\n\nPour commémorer l’armistice du 11 novembre 1918 qui "
            "mettait il y a 90 ans un terme aux terribles combats de la première guerre mondiale, "
            "la mairie a étoffé la cérémonie.\n")
    found = _rules(text, "NUM003", "2018-11-12")
    assert len(found) == 1 and "100 years" in found[0].message


@pytest.mark.parametrize("sentence", [
    # a year alone, an auxiliary: a later event of the thing the year dates
    "Le monument inauguré en 1920 qui a été restauré il y a 10 ans accueille la cérémonie.",
    "La loi du 9 décembre 1905 qui a été modifiée il y a 10 ans reste en vigueur.",
    "Le pont de 1905 qui brûlait il y a 10 ans a été reconstruit.",
    "L’armistice du 11 novembre 1918 qui mettait il y a 100 ans un terme aux combats.",
])
def test_num003_relative_clause_negatives_stay_silent(sentence):
    assert _rules("Commémoration\n\n" + sentence + "\n", "NUM003", "2018-11-12") == []


# Round 27b r16 (fr23_skyscraperpage): a space after the decimal comma of a grouped figure.
def _amounts(text: str) -> list[str]:
    return [q.text for q in find_quantities(text, [(0, len(text))], "fr")]


def test_cents_after_a_spaced_decimal_comma_are_no_amount():
    assert "85 $" not in _amounts("L’entreprise Excavation L.M.R. de Jonquière a obtenu le "
                                  "contrat de 2 185 120, 85 $ pour la phase 1 des travaux.")


@pytest.mark.parametrize("text, amount", [
    ("Le contrat de 2 185 120,85 $ pour la phase 1.", "2 185 120,85 $"),
    ("Les lots coûtent 1 200, 85 et 90 $ selon la taille.", "90 $"),  # a list
])
def test_amounts_beside_a_grouped_figure_stay(text, amount):
    assert amount in _amounts(text)


# Round 27a r05 (a mutation of fr17): the subjects compared up to their inflection.
def test_num002_compares_subject_words_up_to_their_inflection():
    text = ("Aéroport de Bordeaux\n\nLes vols internationaux ont transporté 455.000 passagers dans "
            "le mois.\n\nLe trafic international a transporté 545.000 passagers, soit le record "
            "de l'année.\n")
    found = _rules(text, "NUM002")
    assert len(found) == 1 and "545.000" in found[0].message


def test_num002_another_subject_stays_silent():
    text = ("Aéroport de Bordeaux\n\nLes vols nationaux ont transporté 455.000 passagers dans "
            "le mois.\n\nLe trafic international a transporté 545.000 passagers, soit le record "
            "de l'année.\n")
    assert _rules(text, "NUM002") == []


# Round 27b r05 (a mutation of fr19_motsactu): undated, no date to the month; the years the
# page states bound the rates from the year before the latest.
_FRENCH_TECH = ("La French tech peine à lever des fonds\n\n{years}\n\n"
                "D’après le Financial Times, Mistral chercherait à lever 1 milliard de dollars "
                "(environ 700 millions d’euros).\n")


def test_num001_undated_reads_the_pages_years():
    text = _FRENCH_TECH.format(years="Pour les premiers mois de 2025, les investissements vont "
                               "encore baisser de 30 % par rapport à la même période en 2024, "
                               "selon le cabinet EY.")
    found = _rules(text, "NUM001")
    assert len(found) == 1 and "2024-01-01" in found[0].message


@pytest.mark.parametrize("years", [
    # the rate of 2008 gives it (0.63-0.73 EUR/USD)
    "En 2008, les investissements ont baissé de 30 % par rapport à 2007, selon le cabinet EY.",
    # a plan's year bounds nothing
    "Le secteur devrait lever 10 milliards d'ici 2030, selon le cabinet EY.",
])
def test_num001_undated_years_that_allow_it_stay_silent(years):
    assert _rules(_FRENCH_TECH.format(years=years), "NUM001") == []
