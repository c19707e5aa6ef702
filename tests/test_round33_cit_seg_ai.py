"""Round 33's CIT004, SEG002 and AI001 verdicts (helper cit33): officials a title-led speaker
names in the next sentence, a count's publisher after its complement, numbered references; one
finding a paywall box; a bracketed links widget; "mit Hilfe" with a genitive. The round's
CIT004 tests are in tests/citations/, its AI001 test in tests/ai/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.settings import Settings


def _found(text: str, rule: str) -> list[str]:
    """The rule's findings, run as --select runs it (English CIT004 included, whatever the
    default languages)."""
    codes = frozenset({rule})
    result = audit_document(text, "x.txt", settings=Settings(select=codes, explicit=codes))
    return [text[f["start"]:f["end"]] for f in result["findings"] if f["rule"] == rule]


# 33a r1 (fr08_arretsurimages): one paywall box, one finding
_PAYWALLED = ("Sur le site de \"Ouest-France\", des contenus écrits en partie par l'IA\n"
              "Si, au sein des rédactions du quotidien régional breton Ouest-France, l'usage des IA "
              "génératives est strictement encadré pour l'instant, ce n'est pas le cas partout sur "
              "son site internet.\n")


def test_one_finding_a_paywall_box():
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\nCet article est réservé aux "
                         "abonné.e.s\nDéjà abonné.e ? Connectez-vousConnectez-vous\n")
    assert _found(text, "SEG002") == ["Il vous reste 83% de cet article à lire"]


# review 1, R4: a paragraph of the article between two prompts, however short, makes two cuts
@pytest.mark.parametrize("between", [
    "La direction du journal assure que chaque texte produit avec l'aide d'un outil est relu par "
    "un journaliste avant sa mise en ligne.\n",
    "La direction assure que chaque texte est relu par un journaliste avant publication.\n",
    "\nLe journal n'a pas souhaité commenter.\n\nSelon la direction, douze articles ont été "
    "concernés cette année.\n\n",
])
def test_prompts_with_the_article_between_are_two_cuts(between):
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\n" + between +
                         "Déjà abonné.e ? Connectez-vous\n")
    assert len(_found(text, "SEG002")) == 2


# review 2 of rounds 33/34 (item 11): a short line among the box's lines, no blank line
# around it, is the box's (its slogan); a paragraph of its own is the article's
@pytest.mark.parametrize("between", [
    "Le journalisme indépendant a un coût.\n",
    "Il a été élu en 2020.\n",
])
def test_a_box_slogan_between_prompts_is_the_same_box(between):
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\n" + between +
                         "Déjà abonné.e ? Connectez-vous\n")
    assert len(_found(text, "SEG002")) == 1


def test_a_short_paragraph_of_its_own_between_prompts_is_the_article():
    text = _PAYWALLED + ("Il vous reste 80% de cet article à lire.\nCet article est réservé aux "
                         "abonnés.\n\nLe conseil se réunira jeudi.\n\nDéjà abonné ? Connectez-vous.\n")
    assert len(_found(text, "SEG002")) == 2


def test_a_box_pitch_between_prompts_is_the_same_box():
    # round 27a fr23 (journallesoir): the box's pitch speaks to the reader, as its prompts do
    text = _PAYWALLED + ("Cet article est réservé aux abonnés. Il vous reste 76% à découvrir.\n"
                         "Vous voulez lire la suite ? Débloquez tous les articles immédiatement. "
                         "Sans engagement.\nDéjà abonné? Connectez-vous\n")
    assert _found(text, "SEG002") == ["Cet article est réservé aux abonnés"]


# 33a r12 (en04): a related-links widget kept as a body paragraph
_DEPUTY = ("Deputy arrested on DUI charge\n\nA Polk County Sheriff’s Office detention deputy was "
           "arrested Saturday on a charge of DUI.\n\n{}\n\nButler failed several field sobriety tests.\n")


@pytest.mark.parametrize("widget", [
    "[TRENDING: Police fire pepper balls at Fla. spring breakers | Buc-ee’s opens in Daytona Beach "
    "| Data: AstraZeneca effective for all ages]",
    "[RELATED: Sheriff fires two deputies after crash • Deputy fired after DUI arrest]",
    # review 2 of rounds 33/34 (item 12): one headline under the label in capitals
    "[RELATED: Deputies search for suspect in Pine Hills shooting]",
    "[TRENDING: Buc-ee’s opens in Daytona Beach]",
])
def test_a_bracketed_links_widget_is_furniture(widget):
    assert _found(_DEPUTY.format(widget), "SEG002") == [widget]


def test_a_one_headline_widget_inside_a_paragraph_is_furniture():
    widget = "[RELATED: Deputies search for suspect in Pine Hills shooting]"
    text = ("Man arrested after chase\n\nA man was arrested early Sunday after leading deputies on a "
            f"chase, according to the sheriff's office. {widget} The man faces several charges.\n")
    assert _found(text, "SEG002") == [widget]


@pytest.mark.parametrize("line", [
    "The deputy said he had [the second time this year] been stopped on the same road.",
    "Deputies said the car [sic] was parked on the shoulder.",
    # a widget's label with no list of headlines is an editor's note (review 1, R5)
    "The deputy [Related: see sidebar] failed tests. He said [video: shows him stumbling] nothing.",
    "In the transcript the dispatcher says: [Video: unclear] and then the line goes dead.",
    "Deputies said they found an open container labelled [Popular: Bud Light] in the car.",
    "The dispatcher then says [Related: a second call came in] before the line drops.",
])
def test_an_editors_bracket_is_no_widget(line):
    assert _found(_DEPUTY.format(line), "SEG002") == []
