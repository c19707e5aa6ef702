"""Round 24's blind pages: furniture over the headline that was taken for it (or hid it)."""
from __future__ import annotations

import pytest

from audit.lexicon import get_lexicon
from audit.pipeline import audit_document


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


@pytest.mark.parametrize(("text", "title"), [
    # a logo's image URL over the lede (24a fr23, intimeconviction): no headline
    ("http://www.la-croix.com/img/la-croix/commun/logo_lacroix_06.gif\n\nEn 1990, La Croix avait "
     "mené une enquête inédite sur les cours d’assises. Vingt ans après, nous avons refait ce "
     "travail.\n", None),
    # negative: a headline naming a site's address stays
    ("Le site www.assises-info.fr ferme ses portes après vingt ans\n\nEn 1990, La Croix avait "
     "mené une enquête inédite sur les cours d’assises. Vingt ans après, nous avons refait ce "
     "travail.\n", "Le site www.assises-info.fr ferme ses portes après vingt ans"),
])
def test_an_address_alone_is_no_title_round_24(text, title):
    assert _title(text) == title


LEDE_DE = ("Bei einem spektakulären Verkehrsunfall am Ortsausgang von Ferndorf verletzten sich am "
           "Mittwochabend zwei Polizeibeamten.\n")


@pytest.mark.parametrize(("text", "title"), [
    # a site's section label over its latest story (24a de01, feuerwehr-kreuztal)
    ("Aktuelle Nachrichten\n\n" + LEDE_DE, None),
    # the same label on nonstopnews.de's news pages
    ("Aktuelle Meldungen\n(lg) Tödlicher Verkehrsunfall am Freitagnachmittag auf der Bundesstraße "
     "B294 bei Seewald im Landkreis Freudenstadt. Gegen 14.35 Uhr kam es zu einem schweren "
     "Zusammenstoß zweier Fahrzeuge.\n", None),
    # negative: a headline opening with the words stays
    ("Aktuelle Nachrichten aus Ferndorf: zwei Polizisten bei Unfall verletzt\n\n" + LEDE_DE,
     "Aktuelle Nachrichten aus Ferndorf: zwei Polizisten bei Unfall verletzt"),
])
def test_a_section_label_is_no_title_round_24(text, title):
    assert _title(text) == title


BLOG = ("Créer son blog Recommander ce blog Avertir le modérateur\nSociété Viry-Chatillonnaise de "
        "Pétanque\n\nPost Covid-19\n\n168 triplettes mixtes donc à Vauhallan pour tenter de se "
        "qualifier pour le Championnat de France.\n\nAlain FAGES / 26.03.2023\n")


def test_a_blog_toolbar_is_no_title_round_24():
    # over-blog's toolbar in a row (24a fr09, blogpetanque): furniture, not the headline
    report = audit_document(BLOG, "x.txt")
    assert report["title"] != "Créer son blog Recommander ce blog Avertir le modérateur"
    assert report["published"] == "2023-03-26"
    lex = get_lexicon()
    assert lex.boilerplate.matches("Recommander ce blog Avertir le modérateur")
    # negative: a headline about making a blog is no toolbar
    assert not lex.boilerplate.matches("Créer son blog en dix minutes : nos conseils")


CS = "Banque en crise: Un nationalisation de Credit Suisse serait envisagée"


@pytest.mark.parametrize(("text", "title"), [
    # an aggregator's country label over its disclaimer (24b fr26, theworldnews)
    ("Switzerland\nThis article was added by the user . TheWorldNews is not responsible for the "
     "content of the platform.\n\n" + CS + "\n\nLes négociations pendant le weekend sur l’avenir "
     "de Credit Suisse se déroulaient après plusieurs jours de vives tensions pour le numéro deux "
     "bancaire helvétique.\n", CS),
])
def test_an_aggregator_disclaimer_is_furniture_round_24(text, title):
    assert _title(text) == title
    # negative: a sentence on a user's addition is no disclaimer
    assert not get_lexicon().boilerplate.matches(
        "The article was added by the user to the archive, the company said.")


RNS = ("The latest Investing Matters Podcast with Jean Roche, Co-Manager of Schroder UK Mid Cap "
       "Investment Trust has just been released. Listen here.\n\nLess Ads, More Data, More Tools "
       "Register for FREE\n\nCompletion of Acquisition\n\n18 Dec 2009 09:04\n\nRNS Number : 3639E\n"
       "Acal PLC\n18 December 2009\n\nFOR IMMEDIATE RELEASE\n\nAcal plc (\"Acal\")\n\nCompletion of "
       "Acquisition\n\nHaving received all necessary approvals, Acal today announces the completion "
       "of its acquisition of Financiere BFI Optilas SAS for a consideration of €10 million payable "
       "in cash.\n")


def test_site_promos_over_an_rns_heading_round_24():
    # lse.co.uk's podcast teaser and sign-up banner over the RNS's heading (24a en01)
    assert _title(RNS) == "Completion of Acquisition"
    lex = get_lexicon()
    assert lex.boilerplate.matches("Less Ads, More Data, More Tools Register for FREE")
    assert lex.boilerplate.matches("Sign up for free")
    # negatives: the article's own sentences
    assert not lex.boilerplate.matches("Residents can register for free at the town library.")
    assert not lex.boilerplate.matches("Listen here, the minister told reporters on Monday.")
