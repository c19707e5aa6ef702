"""Round 22's furniture and number items (SEG002, NUM003, NUM001), on the testers' repro
texts, with a second wording and negatives that must stay silent."""
from __future__ import annotations

import datetime as dt

import pytest

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


def _body(text: str) -> list[str]:
    article = audit_document(text, "x.txt")
    return [article["text"][s["start"]:s["end"]] for s in article["segments"] if s["kind"] == "body"]


_AROUND = ("Le conseil a voté le budget mardi soir après un long débat.\n\n{line}\n\n"
           "Le maire a salué un budget équilibré pour la commune.\n")


@pytest.mark.parametrize("line, phrase", [
    # 22b r06 (planet.fr): a dash where «À lire aussi : …» has a colon
    ("À lire aussi – Attentat : que risque-t-on en cas de fausse alerte ?", "À lire aussi –"),
    # 22b r07 (wwnews): a related box's label glued to its headline
    ("À lire sur le sujet Au Festidreuz, Maryse Trébaol remet le couvert pour les artistes",
     "À lire sur le sujet"),
    ("À lire sur le même sujet : la commune rénove son école", "À lire sur le même sujet"),
])
def test_related_article_labels_in_the_body(line, phrase):
    found = _rules(_AROUND.format(line=line), "SEG002")
    assert [f.evidence["phrase"] for f in found] == [phrase]


@pytest.mark.parametrize("line", [
    "À lire sur le sujet, le rapport de la Cour des comptes publié l'an dernier reste la référence.",
    "Il y a beaucoup de livres à lire sur le sujet et peu de temps pour le faire.",
    "Le maire a invité chacun à lire aussi les annexes du budget avant la séance.",
])
def test_prose_about_reading_stays_silent(line):
    assert _rules(_AROUND.format(line=line), "SEG002") == []


def test_widget_lines_leave_the_body():
    # 22b r08 (vantbefinfo's audio widget, thedailyline's comment box)
    text = ("The chairs of the budget and finance committees deferred final votes until a special "
            "council meeting on Friday.\n\nGetting your Trinity Audio player ready...\n\n"
            "The mayor said the delay was a parliamentary tactic.\n\nBe the first to comment\n\n"
            "Or sign in with email\n")
    assert _body(text) == [
        "The chairs of the budget and finance committees deferred final votes until a special "
        "council meeting on Friday.", "The mayor said the delay was a parliamentary tactic."]


def test_prose_on_comments_stays_body():
    line = "Residents were invited to be the first to comment on the plan at the town hall."
    text = f"The council met on Friday to discuss the new library budget.\n\n{line}\n"
    assert line in _body(text)


# 22a r05 (a mutation of fr20_abtey): a proper-noun owner after the count
_ABTEY = ("Hier, mardi 13 septembre, nous avons fêté les {n} ans d’Abtey, fondée en 1952. Pour "
          "honorer les débuts modestes de cette entreprise familiale, nous avons célébré entre nous.\n")


def test_named_owner_of_the_years():
    found = _rules(_ABTEY.format(n=60), "NUM003", "2022-09-14")
    assert len(found) == 1 and "gives 70" in found[0].message
    assert _rules(_ABTEY.format(n=70), "NUM003", "2022-09-14") == []


def test_a_name_without_its_participle_owns_nothing():
    text = ("Hier, nous avons fêté les 60 ans de Marie, dans la maison familiale fondée en 1952. "
            "Nous avons célébré entre nous.\n")
    assert _rules(text, "NUM003", "2022-09-14") == []


# 22b r11 (a mutation of fr22_sportune): undated, the conversion's sentence gives its year
_NEYMAR = ("La recrue la plus chère de l’histoire pour chaque club de Ligue 1\n\nL’attaquant "
           "brésilien était arrivé du Barça en 2017, contre la modique somme de 222 M€ ({usd} "
           "millions de dollars).\n")


def test_a_conversion_dated_by_its_sentences_year():
    found = _rules(_NEYMAR.format(usd=310), "NUM001")
    assert len(found) == 1 and "'2017', the year its sentence gives" in found[0].message
    assert _rules(_NEYMAR.format(usd=262), "NUM001") == []


@pytest.mark.parametrize("text, wrong", [
    # the rule's own wording (WhatsApp, 2014: about 0.73 EUR to the dollar)
    ("Facebook paid $19 billion (about €13.8 billion) for WhatsApp in 2014.\n", False),
    ("Facebook paid $19 billion (about €21 billion) for WhatsApp in 2014.\n", True),
])
def test_an_english_sentence_year(text, wrong):
    assert bool(_rules(text, "NUM001")) is wrong


def test_a_plans_year_bounds_nothing():
    # a year after the rate data: a plan's; every rate of the data is tried, as before
    text = ("Le plan de la région\n\nLe plan prévoit 222 M€ (250 millions de dollars) d’ici 2090 "
            "pour les routes.\n")
    article = audit_article(text, "x.txt", Settings())
    assert not [f for f in article.findings if f.rule == "NUM001"]
    assert not [n for n in article.notes if "not checked" in n]
