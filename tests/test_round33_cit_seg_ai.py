"""Round 33's CIT004, SEG002 and AI001 verdicts (helper cit33): officials a title-led speaker
names in the next sentence, a count's publisher after its complement, numbered references; one
finding a paywall box; a bracketed links widget; "mit Hilfe" with a genitive."""
from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures
from tests.conftest import OPT_IN_CIT


def _found(text: str, rule: str) -> list[str]:
    result = audit_document(text, "x.txt", settings=OPT_IN_CIT)  # CIT004 in English is opt-in
    return [text[f["start"]:f["end"]] for f in result["findings"] if f["rule"] == rule]


def _messages(text: str, rule: str) -> list[str]:
    return [f["message"] for f in audit_document(text, "x.txt", settings=OPT_IN_CIT)["findings"]
            if f["rule"] == rule]


# 33b r1 (en01_nydailynews): the next sentence names the officials' sheriff, his title before
# the name the speaker is read as ("Mina"); wftv.com's wording ("Orange County Sheriff John
# Mina said in a prepared statement") too
@pytest.mark.parametrize("credit", [
    "Sheriff John Mina said in a statement Monday.",
    "Orange County Sheriff John Mina said in a prepared statement.",
])
def test_officials_named_by_a_titled_speaker_next(credit):
    text = ("His arrest came the same day he was terminated by the Orange County Sheriff’s Office "
            "for unsatisfactory performance, officials said without elaborating.\n\n"
            f"“These are very serious criminal allegations,” {credit}\n")
    assert _found(text, "CIT004") == []


def test_officials_a_private_person_speaks_after_stay_unnamed():
    text = ("His arrest came the same day he was fired for unsatisfactory performance, officials "
            "said without elaborating.\n\n“These are very serious allegations,” neighbor John "
            "Mina said on Monday.\n")
    assert _found(text, "CIT004") == ["officials said"]


# 33b r2 (fr22): the publisher after the count's own complement names it
def test_a_count_published_by_a_named_body_after_its_complement():
    text = ("Tout début juillet, une vingtaine de départements avait été placée sous vigilance "
            "orange. Selon le dernier bilan des catastrophes naturelles en France publié par la "
            "Caisse centrale de réassurance, les inondations représentent 56 % de cette sinistralité.\n")
    assert _found(text, "CIT004") == []


def test_a_count_with_a_complement_and_no_publisher_stays_vague():
    text = ("Selon le dernier bilan des accidents de la route, trois personnes ont été blessées "
            "samedi soir sur la départementale.\n")
    assert _found(text, "CIT004") == ["Selon le dernier bilan"]


# 33b r3 (en05_xenoway): numbered references name the claim's sources, before or after its stop
@pytest.mark.parametrize("sentence", [
    "In fact, some research and practical reports indicate that disclosing AI use can sometimes "
    "increase trust, while too much detail may generate doubt instead [9][10][13].",
    "Some reports indicate that disclosing AI use can increase trust.[4]",
    "Some reports indicate that disclosing AI use can increase trust [2, 5].",
])
def test_numbered_references_name_the_sources(sentence):
    assert _found(sentence + "\n", "CIT004") == []


@pytest.mark.parametrize("sentence, phrase", [
    ("Some reports indicate that the 2020 survey [2020] was small.", "reports indicate"),
    ("Analysts say the market will fall [sic] next year.", "Analysts say"),
    # a reference in the sentence before names nothing here
    ("Disclosure can increase trust.[4] Officials said the plan was dropped.", "Officials said"),
])
def test_a_bracket_that_is_no_reference_names_no_one(sentence, phrase):
    assert _found(sentence + "\n", "CIT004") == [phrase]


# 33a r1 (fr08_arretsurimages): one paywall box, one finding
_PAYWALLED = ("Sur le site de \"Ouest-France\", des contenus écrits en partie par l'IA\n"
              "Si, au sein des rédactions du quotidien régional breton Ouest-France, l'usage des IA "
              "génératives est strictement encadré pour l'instant, ce n'est pas le cas partout sur "
              "son site internet.\n")


def test_one_finding_a_paywall_box():
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\nCet article est réservé aux "
                         "abonné.e.s\nDéjà abonné.e ? Connectez-vousConnectez-vous\n")
    assert _found(text, "SEG002") == ["Il vous reste 83% de cet article à lire"]


def test_prompts_with_the_article_between_are_two_cuts():
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\nLa direction du journal assure "
                         "que chaque texte produit avec l'aide d'un outil est relu par un journaliste "
                         "avant sa mise en ligne.\nDéjà abonné.e ? Connectez-vous\n")
    assert len(_found(text, "SEG002")) == 2


# 33a r12 (en04): a related-links widget kept as a body paragraph
_DEPUTY = ("Deputy arrested on DUI charge\n\nA Polk County Sheriff’s Office detention deputy was "
           "arrested Saturday on a charge of DUI.\n\n{}\n\nButler failed several field sobriety tests.\n")


@pytest.mark.parametrize("widget", [
    "[TRENDING: Police fire pepper balls at Fla. spring breakers | Buc-ee’s opens in Daytona Beach "
    "| Data: AstraZeneca effective for all ages]",
    "[RELATED: Sheriff fires two deputies after crash]",
])
def test_a_bracketed_links_widget_is_furniture(widget):
    assert _found(_DEPUTY.format(widget), "SEG002") == [widget]


@pytest.mark.parametrize("line", [
    "The deputy said he had [the second time this year] been stopped on the same road.",
    "Deputies said the car [sic] was parked on the shoulder.",
])
def test_an_editors_bracket_is_no_widget(line):
    assert _found(_DEPUTY.format(line), "SEG002") == []


# 33b r15: "mit Hilfe" + genitive is help, as "mit Hilfe von KI" is
@pytest.mark.parametrize("text, act", [
    ("Dieser Artikel wurde mit Hilfe künstlicher Intelligenz erstellt und von der Redaktion geprüft.", "assisted"),
    ("Dieser Artikel wurde mit Hilfe generativer KI erstellt.", "assisted"),
    ("Dieser Artikel wurde mit Hilfe von KI erstellt.", "assisted"),
    ("Dieser Artikel wurde von künstlicher Intelligenz erstellt.", "generated"),
])
def test_mit_hilfe_with_a_genitive_is_assisted(text, act):
    (reading,) = find_disclosures(fold(text), "de")
    assert reading.act == act
