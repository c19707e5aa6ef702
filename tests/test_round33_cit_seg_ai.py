"""Round 33's CIT004, SEG002 and AI001 verdicts (helper cit33): officials a title-led speaker
names in the next sentence, a count's publisher after its complement, numbered references; one
finding a paywall box; a bracketed links widget; "mit Hilfe" with a genitive."""
from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures
from audit.settings import Settings
from tests.conftest import OPT_IN_CIT


def _found(text: str, rule: str) -> list[str]:
    """The rule's findings, run as --select runs it (English CIT004 included, whatever the
    default languages)."""
    codes = frozenset({rule})
    result = audit_document(text, "x.txt", settings=Settings(select=codes, explicit=codes))
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


# review 1, R3: a private holder's role before the name is no office (a company's CEO, a
# store's manager, a union's or an association's president, a coach); a public office is
@pytest.mark.parametrize("speaker", [
    "neighbor John Mina",
    "Acme Security CEO John Mina",
    "Publix Store Manager John Mina",
    "Lakeside Homeowners Association President John Mina",
    "Fraternal Order of Police President John Mina",
    "Head Coach John Mina",
    # review 2 of rounds 33/34: a campaign's or a student body's head holds no office
    "Campaign Manager John Mina",
    "Student Council President John Mina",
    "Acme Company President John Mina",
])
def test_officials_a_private_person_speaks_after_stay_unnamed(speaker):
    text = ("His arrest came the same day he was fired for unsatisfactory performance, officials "
            f"said without elaborating.\n\n“These are very serious allegations,” {speaker} "
            "said on Monday.\n")
    assert _found(text, "CIT004") == ["officials said"]


@pytest.mark.parametrize("speaker", [
    "Police Chief John Mina", "Mayor John Mina", "Orange County Fire Chief John Mina",
    "Superintendent John Mina", "County Commissioner John Mina",
    # review 2 of rounds 33/34 (item 10): local government's heads and police ranks
    # (sanantonioreport.org: "City Manager Sheryl Sculley", "SAPD Deputy Chief Anthony Treviño")
    "School Board President John Mina", "City Manager John Mina", "Deputy Chief John Mina",
    "SAPD Deputy Chief John Mina", "County Clerk John Mina", "Battalion Chief John Mina",
])
def test_officials_named_by_a_public_office_next(speaker):
    text = ("The school was closed for the day after the threat, officials said without "
            f"elaborating.\n\n“We take every threat seriously,” {speaker} said on Monday.\n")
    assert _found(text, "CIT004") == []


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
    # a list's markers number the items after them (review 1, R6)
    ("Officials said the plan has three parts: [1] new buses, [2] longer hours and [3] cheaper "
     "fares for students.", "Officials said"),
    ("Officials said the match ended [2-1] after extra time.", "Officials said"),
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
