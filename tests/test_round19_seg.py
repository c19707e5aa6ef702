"""Round 19's blind pages: a paywall's prompt told by a reading prompt and an offer, a plea to
subscribe left in the body; headlines, dates."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str, name: str = "x.txt") -> dict:
    return audit_document(text, name)


def _seg002(result: dict) -> list[str]:
    return [f["evidence"]["phrase"] for f in result["findings"] if f["rule"] == "SEG002"]


_LEDE_FR = ("Ces dernières années, les inspecteurs ont été fréquemment mis sur le grill, "
            "dernièrement avec le scandale des perfluorés.\n")


# 19b r02: the prompt on its own line after the body, where the copy is cut; then the same
# mechanism in politis.fr's words (the pages store): a reading prompt, then an offer
@pytest.mark.parametrize("prompt, phrase", [
    ("Cet article fait partie de l’édition abonnés. Pour lire la suite, profitez d’une offre "
     "découverte à 1€.", ["Cet article fait partie de l’édition abonnés", "Pour lire la suite"]),
    ("Pour lire cet article :\nConsultez nos offres d’abonnement,", ["Pour lire cet article"]),
])
def test_paywall_prompt_reading_prompt_and_offer(prompt, phrase):
    assert _seg002(_read(_LEDE_FR + prompt + "\n")) == phrase


# 19b r03: a plea to subscribe inside the body; politis.fr's own wording (the pages store)
@pytest.mark.parametrize("plea, phrase", [
    ("Cet article est en accès libre. Pour soutenir Rue89Bordeaux, abonnez-vous.",
     "Pour soutenir Rue89Bordeaux, abonnez-vous"),
    ("Ce choix a un coût, aussi, pour contribuer et soutenir notre indépendance, achetez Politis, "
     "abonnez-vous.", "pour contribuer et soutenir notre indépendance, achetez Politis, abonnez-vous"),
])
def test_a_plea_to_subscribe_in_the_body(plea, phrase):
    text = ("---\ntitle: \"Conseil municipal\"\n---\n\nLa séance a duré 7h30, a indiqué la mairie.\n\n"
            + plea + "\n\nLes élus ont voté la rectification du budget.\n")
    assert _seg02_md(text) == [phrase]


def _seg02_md(text: str) -> list[str]:
    return _seg002(_read(text, "x.md"))


@pytest.mark.parametrize("line", [
    "Les abonnés de Netflix ont augmenté de 10 % cette année, selon la plateforme.",
    "L'édition abonnés du journal a augmenté de 5 % en un an, a indiqué la direction.",
    "Pour lire la suite, il faudra attendre le deuxième tome, prévu en mars.",
    "Pour soutenir les producteurs, abonnez-vous à un panier de légumes, conseille le maire.",
    # a digest's link to the paper it sums up (round 10b, patrimoine24)
    "Pour lire la suite, cliquez ICI.",
])
def test_stories_about_subscriptions_are_no_prompt(line):
    assert _seg002(_read(_LEDE_FR + line + "\nLe conseil se réunira jeudi, a précisé le maire.\n")) == []
