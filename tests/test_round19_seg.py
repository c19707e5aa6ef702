"""Round 19's blind pages: a paywall's prompt told by a reading prompt and an offer, a plea to
subscribe left in the body; headlines, dates."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str, name: str = "x.txt") -> dict:
    return audit_document(text, name)


_BODY_FR = ("\n\nWalmart se retrouve, pour la sixième année consécutive, au sommet du classement des "
            "500 plus grandes entreprises américaines, selon le magazine «Fortune».\n")


# 19a: an agency's credit line with a day written with dashes, day first, and a time
@pytest.mark.parametrize("line, day", [
    ("Agence QMI 23-05-2018 | 08h19", "2018-05-23"),
    ("AFP 23-05-2018 | 08h19", "2018-05-23"),
    # no agency: a label before the dashes dates something else
    ("Résultats 23-05-2018 | 08h19", None),
])
def test_agency_line_with_a_dashed_day(line, day):
    assert _read(line + _BODY_FR)["published"] == day


# 19b r10: the site's name glued to the day (its logo's text run into the stamp)
@pytest.mark.parametrize("line, day", [
    ("ZNewsZNews09/06/2025", "2025-06-09"),
    # two words before the day, spaced: a label of something else, as before
    ("Voir aussi 09/06/2025", None),
])
def test_site_name_glued_to_the_day(line, day):
    text = ("Les avantages et les inconvénients de l'utilisation de l'IA pour résumer les articles.\n\n"
            + line + _BODY_FR)
    assert _read(text)["published"] == day


# 19b r12: front matter's date to the month only: said so, not "no publication date"
def test_front_matter_month_is_a_date_not_understood():
    result = _read("---\ntitle: \"VGE, costards, LBD\"\ndate: 2020-12\n---\n\nLe conseil municipal "
                   "a duré 7h30, a indiqué la mairie.\n", "x.md")
    assert result["published"] is None
    assert any(n.startswith("publication date not understood (metadata: '2020-12'")
               for n in result["notes"])
    assert not any(n.startswith("no publication date") for n in result["notes"])


_LEDE_T = ("Depuis des années, une idée persiste : la traduction serait avant tout un problème "
           "technique, que les machines finiraient par résoudre seules.\n")


# Titles, 19a and 19b: furniture over the lede taken for the headline, a headline missed
@pytest.mark.parametrize("top, title", [
    # 19a r_title_allcaps: a headline in capitals, two stops in it
    ("TEXTE ENTRANT, TEXTE SORTANT. L’IA S’EN CHARGE.", "TEXTE ENTRANT, TEXTE SORTANT. L’IA S’EN CHARGE."),
    ("INCENDIE À MARSEILLE. LES POMPIERS MOBILISÉS TOUTE LA NUIT.",
     "INCENDIE À MARSEILLE. LES POMPIERS MOBILISÉS TOUTE LA NUIT."),
    # 19a r_title_rubric: a rubric's label; a headline opening with "Dans" is one
    ("Dans : Ligue 1.", None),
    ("Dans les coulisses de la traduction automatique", "Dans les coulisses de la traduction automatique"),
    # 19a r_title_figure: a key figure's qualifier and its figure; the headline saying it is one
    ("Près de\n5 mds CFP\n(40 millions d’euros)", None),
    ("Plus de\n300\nemplois créés", None),
    ("Près de 300 emplois créés à Nantes", "Près de 300 emplois créés à Nantes"),
    # 19b r07: a byline naming no one
    ("Direto da redação", None),
    ("Da Redação", None),
    # 19b r08: a photo credit, its site's address in capitals
    ("VINCENT GRAETSCH www.FOTOSTUDIO-MERSEBURG.DE", None),
    # 19b r11: a breadcrumb without separators, then the headline
    ("Accueil Blog Page 18\nRupture prochaine de la coopération entre le Burkina Faso et la Suède",
     "Rupture prochaine de la coopération entre le Burkina Faso et la Suède"),
    ("Accueil des réfugiés : la ville de Nantes s'organise", "Accueil des réfugiés : la ville de Nantes s'organise"),
])
def test_round19_titles(top, title):
    assert _read(top + "\n\n" + _LEDE_T)["title"] == title


# 19b fr22 (nouvelhay): a page that is only a post's excerpt and its read-more link: the line over
# it is the headline (another post's teaser has the page around it: test_review2_seg)
def test_an_excerpt_page_s_headline():
    text = ("Airbus vole plus haut cette année : 400 appareils commandés\n\nOutre la compagnie "
            "indonésienne Lion, la Turquie avec Turkish Airlines a commandé ferme 82 appareils, "
            "d’un montant estimé de 9,3 milliards de dollars. En Indonésie où le président Obama…\n\n"
            "Read More\n")
    assert _read(text)["title"] == "Airbus vole plus haut cette année : 400 appareils commandés"


def test_a_cut_teaser_in_capitals_over_the_headline_is_none():
    # round 4 (dagospia): the sidebar's teaser, cut by "…", over the story's headline in capitals
    text = ("DAGOREPORT – COME FINIRA'? ARMATI DI RIGHELLO, GLI SHERPA DI PUTIN E TRUMP SONO AL LAVORO PER…\n"
            "VERDE-ORO COLATO - LA FEDERCALCIO BRASILIANA RINNOVA L'ACCORDO DI SPONSORIZZAZIONE CON LA "
            "NIKE FINO AL 2038\n(ANSA) - La federcalcio brasiliana (Cbf) ha ufficializzato il "
            "prolungamento fino al 2038 dell'accordo che la lega allo sponsor tecnico Nike.\n")
    assert _read(text)["title"] != "DAGOREPORT – COME FINIRA'? ARMATI DI RIGHELLO, GLI SHERPA DI PUTIN E TRUMP SONO AL LAVORO PER…"
