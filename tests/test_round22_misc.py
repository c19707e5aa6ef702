"""Round 22's furniture and number items (SEG002, NUM003, NUM001), on the testers' repro
texts, with a second wording and negatives that must stay silent.
Its number tests are in tests/numbers/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document

from tests.numbers.reading import rules as _rules


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
