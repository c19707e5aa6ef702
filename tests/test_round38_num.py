"""Round 38's number misses (helper num38, narrowed by mendN after review 1): NUM002's count
opening its clause ("Au total, 132 personnes sont mortes dans le tremblement de terre", 38a r8)
keyed on what follows its noun, back with each figure's time and update scope read in its
paragraph before it (session 39, tests/test_num002_scope.py) and two paragraphs that each set a
scene before their count kept apart; NUM003 reads a
short complement between the year and the elapsed time ("en 2011 sur la plateforme, il y a 15
ans", 38a r9) when the elapsed time closes its clause, and "née en l'an 1872" (38a r10); the
centenarian of two sentences stays a known miss."""
from __future__ import annotations

import pytest

from tests.blind_reading import codes, repro

from audit.pipeline import audit_document
from audit.settings import Settings


def _num(text: str, rule: str, published: str | None = None, name: str = "x.txt",
         settings: Settings | None = None) -> list[str]:
    return [f["message"] for f in audit_document(text, name, published=published,
                                                 settings=settings)["findings"]
            if f["rule"] == rule]


# --- NUM002: the count as its clause's subject (38a r8) ---------------------------------------

_TOLL = "Au total, {} personnes sont mortes dans le tremblement de terre{}.\n\n"


@pytest.mark.xfail(strict=True, reason="38a r8: a count opening its clause is not compared (its "
                   "keying reverted again, review N of round 39: a day's, a week's, a subgroup's count, "
                   "another round or match read as the total's contradiction)")
def test_a_count_opening_its_clause_is_compared_by_what_follows():
    found = [(rule, said) for rule, said in codes(repro("round38a/r8_num002")) if rule == "NUM002"]
    assert found == [("NUM002", "118")]
    # a bound and an approximation before the figure are no subject either
    text = ("Au moins 132 personnes sont mortes dans le tremblement de terre, selon l'AFP.\n\n"
            "Le séisme a frappé vendredi soir. Près de 90 personnes sont mortes dans le "
            "tremblement de terre.\n")
    assert len(_num(text, "NUM002")) == 1


@pytest.mark.parametrize("second", [
    # what follows differs: another event, another place, a verb alone
    "Au total, 118 personnes sont mortes dans les inondations.\n",
    "Au total, 118 personnes sont mortes dans le tremblement de terre de 2015 au Népal.\n",
    # a place or a year before the figure: a subject of its own
    "Au Maroc, 118 personnes sont mortes dans le tremblement de terre.\n",
    "En 2015, 118 personnes sont mortes dans le tremblement de terre.\n",
    # a time in one sentence only, after the clause: another toll
    "Au total, 118 personnes sont mortes dans le tremblement de terre, l'an dernier.\n",
])
def test_a_count_opening_its_clause_is_not_paired_with_another_event(second):
    assert not _num(_TOLL.format(132, "") + second, "NUM002")


def test_a_verb_alone_says_too_little():
    text = "Au total, 132 personnes sont mortes.\n\nLe séisme a frappé vendredi. Au total, 118 personnes sont mortes.\n"
    assert not _num(text, "NUM002")


def test_the_section_and_the_paragraph_name_the_place():
    # two quakes under their headings, the same words after each figure
    md = ("# Deux séismes meurtriers\n\n## Au Maroc\n\n" + _TOLL.format("2 900", ", selon les autorités")
          + "## En Turquie\n\n" + _TOLL.format("50 000", ", selon le gouvernement"))
    assert not _num(md, "NUM002", name="x.md")
    # round 34b fr04 (sgsb.fr): "Au total, 11 300 personnes ont été évacuées depuis mardi" for both
    # fires, then "… 10 000 …" in the paragraph of La Teste-de-Buch: that town's count
    text = ("Les incendies continuent ce vendredi à La Teste-de-Buch et à Landiras. Au total, 11 300 "
            "personnes ont été évacuées depuis mardi. Cinq refuges ont été ouverts.\n\n"
            "3 150 hectares à La Teste-de-Buch. Dans le détail, 3150 hectares ont brûlé à La "
            "Teste-de-Buch. Au total, 10 000 personnes ont été évacuées depuis mardi. Un "
            "restaurant a brûlé.\n")
    assert not _num(text, "NUM002")


# review 1's probes: the time or place that tells two counts apart stands in the sentence before
_APART = [
    ("En 2022, les pluies ont ravagé le nord du pays. Au total, 85 personnes sont mortes dans les "
     "inondations.\n\nEn 2023, la catastrophe s'est répétée dans le sud. Au total, 140 personnes sont "
     "mortes dans les inondations.\n"),
    ("Samedi, plusieurs collisions ont eu lieu sur l'autoroute. Au total, 12 personnes ont été blessées "
     "dans les accidents de la route.\n\nDimanche, la série noire a continué. Au total, 9 personnes "
     "ont été blessées dans les accidents de la route.\n"),
    ("En juillet, les plages ont été prises d'assaut. 23 personnes sont mortes par noyade sur le "
     "littoral.\n\nEn août, la canicule a aggravé la situation. 35 personnes sont mortes par noyade "
     "sur le littoral.\n"),
    ("Les flammes ont parcouru des milliers d'hectares dans le département. Au total, 300 pompiers sont "
     "mobilisés sur le terrain depuis dimanche.\n\nLe feu reste actif dans le département voisin. Au "
     "total, 450 pompiers sont mobilisés sur le terrain depuis dimanche.\n"),
    ("Le séisme a frappé la province vers 3 heures du matin. Au total, 50 personnes sont mortes dans le "
     "séisme, selon un premier bilan communiqué à l'aube.\n\nLe bilan a ensuite été revu à la hausse. "
     "Au total, 70 personnes sont mortes dans le séisme, selon le dernier bilan.\n"),
    ("Last week, the first storm hit the north coast. In total, 14 people were injured in the storm."
     "\n\nThis week, a second storm hit the south coast. In total, 9 people were injured in the "
     "storm.\n"),
    ("Mercredi, les rafales ont dépassé 150 km/h sur le littoral. Au total, 80 000 foyers étaient "
     "privés d'électricité dans la région.\n\nJeudi, le vent a faibli. Au total, 25 000 foyers "
     "étaient privés d'électricité dans la région.\n"),
    ("El sábado la tormenta golpeó la costa norte. 14 personas resultaron heridas en la tormenta.\n\n"
     "El domingo una segunda tormenta golpeó el sur. 9 personas resultaron heridas en la tormenta.\n"),
]


@pytest.mark.parametrize("text", _APART)
def test_two_times_places_or_updates_before_the_counts_are_no_contradiction(text):
    assert not _num(text, "NUM002", settings=Settings(all_languages=True))


# --- NUM003: a complement between the year and the elapsed time (38a r9) ------------------------

def test_a_short_complement_between_the_year_and_the_elapsed_time():
    (message,) = _num(repro("round38a/r9_num003"), "NUM003")
    assert "'en 2011 sur la plateforme, il y a 15 ans'" in message and "gives 11" in message
    one = "Norman a fait ses débuts en 2011 {}, il y a {} ans.\n"
    assert _num(one.format("à l'Olympia", "quinze"), "NUM003", "2022-06-14")
    assert not _num(one.format("sur la plateforme", "11"), "NUM003", "2022-06-14")
    en = ("Norman made his debut in 2011 on the platform, {} years ago. The show grew quickly and the "
          "channel now has many viewers across the country.\n")
    assert _num(en.format(15), "NUM003", "2022-06-14")
    assert not _num(en.format(11), "NUM003", "2022-06-14")


@pytest.mark.parametrize("between", [
    "dans la ville où",                   # a clause of its own: the elapsed time is its event's
    "sur la plateforme qu'il a créée,",   # a relative clause, its own verb
    "sur la plateforme et à la radio,",   # a coordination: more than one complement
    "sur la plateforme 2.0,",             # a figure in it
])
def test_a_clause_or_a_figure_between_is_no_complement(between):
    text = f"Norman a fait ses débuts en 2011 {between} il y a 15 ans.\n"
    assert not _num(text, "NUM003", "2022-06-14")


@pytest.mark.parametrize("text", [
    # review 1's probes: the elapsed time opens the next clause or is a duration ("il y a N ans que")
    "Né en 1980 à Lyon, il y a 20 ans qu'il dirige l'entreprise familiale.\n",
    "Born in 1980 in Leeds, 20 years ago she moved to Paris to open a bakery.\n",
    "Arrivé en 2001 à Marseille, il y a dix ans il a ouvert son restaurant.\n",
    "Formé en 2005 au centre de Clairefontaine, il y a dix ans, il signait son premier contrat "
    "professionnel.\n",
    "Le festival est né en 1990 à Arles, il y a trente ans que Pierre le dirige.\n",
    "Installée en 2010 dans le quartier, il y a six ans, elle a ouvert une deuxième boutique.\n",
    # the same without the complement, a duration or a clause of its own too
    "Né en 1980, il y a 20 ans qu'il dirige l'entreprise familiale.\n",
    "Born in 1980, 20 years ago she moved to Paris to open a bakery.\n",
    "Arrivé en 2001, il y a dix ans il a ouvert son restaurant.\n",
])
def test_an_elapsed_time_opening_the_next_clause_is_not_the_year_s(text):
    assert not _num(text, "NUM003", "2026-03-01")


@pytest.mark.parametrize("text", [
    # the elapsed time closes the year's clause: a mismatch found
    "Il a ouvert sa boutique en 2011 à Lyon, il y a 12 ans déjà, puis une deuxième à Paris.\n",
    "Il s'est installé en 2011 dans la commune, il y a 20 ans, et n'en est jamais reparti.\n",
    "The company was founded in 2011 by two students, 20 years ago, and now employs 500 people.\n",
    "Le pont a été construit en 1995 pour relier les deux rives, il y a 25 ans.\n",
    # the year and the elapsed time both before one clause, no complement
    "En 2011, il y a 20 ans, il remportait son premier titre.\n",
])
def test_an_elapsed_time_closing_the_year_s_clause_is_read(text):
    assert _num(text, "NUM003", "2026-03-01")


# --- NUM003: "en l'an 1872" (38a r10) ---------------------------------------------------------

def test_the_year_said_with_l_an():
    text = ("Le premier novembre 1978 Lesdins fêtait les {} ans de Mme Jeanne Verrier, née en l'an "
            "1872.\n")
    (message,) = _num(text.format(100), "NUM003")
    assert "born in 1872" in message
    assert not _num(text.format(106), "NUM003")


@pytest.mark.xfail(strict=True, reason="38a r10: «sa centenaire Mme X née … en l'an 1872.» then «les 100 "
                   "ans de Mme X» in the next sentence: the age and the birth are read in one "
                   "sentence only; tying two by the person's name is not done")
def test_the_centenarian_of_two_sentences():
    assert _num(repro("round38a/r10_num003"), "NUM003")
