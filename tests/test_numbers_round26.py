"""Round 26's number verdicts, on the testers' repro texts, with negatives that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# Round 26a r02 (de01_computerwoche): a headline's bound that the text's figure satisfies is
# no slip of it; a text figure that breaks the bound still is.
@pytest.mark.parametrize("text", [
    "Europe's 500: Mehr als 100 deutsche Mittelständler sind dabei\n\n"
    "Unter den besten 500 mittelständischen Unternehmen in Europa sind 109 deutsche Firmen.\n",
    "More than 100 British firms make the list\n\n"
    "Among the best 500 companies are 109 British firms, the study says.\n",
    "Plus de 100 entreprises françaises dans le classement\n\n"
    "Parmi les 500 meilleures entreprises, on compte 109 entreprises françaises, selon l'étude.\n",
    # an approximation within its rounding
    "Nearly 300 British firms make the list\n\nAmong the best 500 companies are 295 British firms.\n",
])
def test_num007_reads_a_bound_as_a_bound(text):
    assert _rules(text, "NUM007") == []


def test_num007_a_bound_the_text_breaks_still_fires():
    text = ("Plus de 100 entreprises françaises dans le classement\n\n"
            "Parmi les 500 meilleures entreprises, on compte 10 entreprises françaises.\n")
    found = _rules(text, "NUM007")
    assert len(found) == 1 and "'plus de 100'" in found[0].message and "'10'" in found[0].message


# Session 30 review item 6: a bound in the text does not state the headline's exact figure
# ("150 morts" over "au moins 120 morts"): only the headline's own bound is read as one.
@pytest.mark.parametrize("text, said", [
    ("Séisme au Maroc : 150 morts dans la province d'Al Haouz\n\nLe séisme a fait au moins 120 "
     "morts dans la province d'Al Haouz, selon un bilan provisoire du ministère de l'Intérieur.\n",
     "'au moins 120'"),
    ("109 British firms make the list\n\nAmong the best 500 companies are more than 100 British "
     "firms.\n", "'more than 100'"),
])
def test_num007_a_text_bound_states_no_exact_headline_figure(text, said):
    found = _rules(text, "NUM007")
    assert len(found) == 1 and said in found[0].message


# Round 26a r05 (a mutation of fr23_fctt): "soit" and a weekday before the date the elapsed
# time names restate it ("Il y a 90 ans, le 20 avril 1924" was read already).
@pytest.mark.parametrize("text", [
    "Il y a 90 ans, soit le dimanche 20 avril 1924, le FC Tavannes accueillait le FC Granges.",
    "90 years ago, on Sunday, April 20, 1924, the club played its first home match.",
])
def test_num003_reads_soit_and_a_weekday_before_the_date(text):
    found = _rules("Match de foot\n\n" + text + "\n", "NUM003", "2024-04-21")
    assert len(found) == 1 and "100 years" in found[0].message


def test_num003_soit_and_a_weekday_right_stays_silent():
    text = ("Match de foot\n\nIl y a 100 ans, soit le dimanche 20 avril 1924, le FC Tavannes "
            "accueillait le FC Granges.\n")
    assert _rules(text, "NUM003", "2024-04-21") == []


def _notes(text: str) -> list[str]:
    return [n for n in audit_article(text, "x.txt", Settings()).notes if n.startswith("NUM001")]


# Round 26a r04 (fr18_congovirtuel, the page's own words): Congolese francs have no ECB rate;
# the conversion is said in the notes, as NUM001 promises, never guessed.
@pytest.mark.parametrize("text", [
    "Depuis lundi 30 mai 2016, on parle de 995 millions FC (soit 497.742 Usd) emportés.",
    "Depuis lundi 30 mai 2016, on parle de 995 millions de francs congolais (soit 497.742 "
    "dollars) emportés par des inconnus.",
])
def test_num001_notes_a_congolese_franc_conversion(text):
    notes = _notes("Kinshasa : disparition des fonds\n\n" + text + "\n")
    assert len(notes) == 1 and "no CDF rate" in notes[0]


def test_fc_alone_is_a_club_not_a_currency():
    from audit.extract.quantities import find_quantities
    text = "Le 1. FC Köln a battu le 1 FC Union. Le club a payé 3 millions FC Nantes."
    assert all(q.kind != "money" for q in find_quantities(text, [(0, len(text))], "fr"))


# Round 26b r13 (01net, undated): the distance is to the rate of the range nearest the one
# stated (9,8/7,2 = 1.361 EUR/USD, over the 1.2118 maximum), not to the range's last rate.
_UNDATED = ("Pour son quatrième trimestre fiscal, l’équipementier affiche une perte nette de 7,2 "
            "milliards de dollars (9,8 milliards d’euros) pour un chiffre d’affaires de 5,2 "
            "milliards de dollars (5,8 milliards d’euros).")


def test_num001_undated_states_the_nearest_rate_of_the_range():
    found = _rules(_UNDATED, "NUM001")
    assert len(found) == 1
    message = found[0].message
    assert "12.3% above" in message and "at 1.2118 EUR/USD" in message
    assert "the nearest in the range" in message and "rates 0.6254-1.2118" in message


def test_num001_dated_keeps_the_day_rate():
    found = _rules(_UNDATED, "NUM001", "2024-04-12")  # both pairs are off at 2024's rates
    assert len(found) == 2 and all("nearest" not in f.message and "(2024-04-12)" in f.message
                                   for f in found)
