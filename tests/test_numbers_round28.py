"""Round 28's number verdicts (num28), on the testers' repro texts, with negatives that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# Round 28b r02/r03 (real page fr13's form): French "milles" and the bracketed "mi" are miles.
@pytest.mark.parametrize("text, expected", [
    ("La course serpente sur 3 470 kilomètres (2 656 milles).\n", "2,156 milles"),
    ("Le parcours fait 3470 km (2656 mi).\n", "2,156 mi"),
    ("Le parcours fait 3470 km (environ 2656 mi.)\n", "2,156 mi"),
])
def test_num004_reads_milles_and_bracketed_mi(text, expected):
    found = _rules(text, "NUM004")
    assert len(found) == 1 and expected in found[0].message


@pytest.mark.parametrize("text", [
    "La course serpente sur 3 470 kilomètres (2 156 milles).\n",
    "Le parcours fait 3470 km (2156 mi).\n",
    # "milles" at sea are nautical: either factor is accepted
    "Le navire était à 185 kilomètres (100 milles) des côtes.\n",
    "Le navire a parcouru 100 milles nautiques (185 km).\n",
    # "mi" outside a bracket it closes: a prefix, or Brazilian millions
    "Le parcours fait 3470 km (2656 mi-temps comprises).\n",
    "Le club a couru 3470 km (R$ 46 mi).\n",
])
def test_num004_right_or_other_milles_and_mi_stay_silent(text):
    assert not _rules(text, "NUM004")


# Round 28a num003_weekday: a weekday alone before the day restates the same date.
@pytest.mark.parametrize("text", [
    "Il y a douze ans, mardi 11 septembre 2001, au moment des attentats, je me trouvais à Genève.\n",
    "12 years ago, Tuesday, September 11, 2001, I was in Geneva.\n",
])
def test_num003_reads_a_weekday_alone_before_the_date(text):
    found = _rules(text, "NUM003", "2011-09-11")
    assert len(found) == 1 and "is 10 years" in found[0].message


@pytest.mark.parametrize("text", [
    "Il y a dix ans, mardi 11 septembre 2001, au moment des attentats, je me trouvais à Genève.\n",
    # the weekday not before a day: no date restated
    "Il y a douze ans, mardi dernier, 2001 personnes sont venues.\n",
])
def test_num003_weekday_right_or_not_a_date_stays_silent(text):
    assert not _rules(text, "NUM003", "2011-09-11")


# Round 28a num003_headline_100ans (real page fr25's kicker form): "N ans !" opening the headline.
def test_num003_reads_a_kicker_headline_count():
    text = ("100 ans ! L’éternel jeunesse du Comité des Fêtes\n\n"
            "Le Comité des Fêtes a été créé en 1932 à Ardelay. Des festivités sont prévues le "
            "samedi 2 juillet prochain.\n")
    found = _rules(text, "NUM003", "2022-06-15")
    assert len(found) == 1 and "'100 ans !'" in found[0].message and "gives 90" in found[0].message


@pytest.mark.parametrize("text", [
    "90 ans ! L’éternelle jeunesse du Comité des Fêtes\n\n"
    "Le Comité des Fêtes a été créé en 1932 à Ardelay. Des festivités sont prévues le samedi 2 juillet.\n",
    # an age, another body's founding
    "18 ans ! Le plus jeune maire de France\n\n"
    "La commune, créée en 1790, compte 300 habitants. Le maire a été élu dimanche.\n",
    # not opening the headline
    "Le Comité des Fêtes, 100 ans ! toujours jeune\n\n"
    "Le Comité des Fêtes a été créé en 1932 à Ardelay. Des festivités sont prévues le samedi 2 juillet.\n",
])
def test_num003_kicker_right_or_not_the_anniversary_stays_silent(text):
    assert not _rules(text, "NUM003", "2022-06-15")
