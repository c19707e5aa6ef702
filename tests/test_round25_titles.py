"""Round 25's blind pages: furniture taken for the headline, a headline cut at its rubric."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.titles import has_site_name, without_site_name

LEDE_FR = ("Vous avez un site web et vous souhaitez l’enrichir de nouveaux contenus réguliers ? "
           "Vous ouvrez un blog et avez besoin de nouveaux articles chaque semaine.\n")


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


@pytest.mark.parametrize(("text", "title"), [
    # a Wix site's anchor over the site's name and the headline (25a fr23, galicyo)
    ("top of page\nGalicyo\n\nRédiger un article avec une IA : (fausse) bonne idée ?\n\n\n"
     "robot tend une tasse à un homme barbu\n\n" + LEDE_FR,
     "Rédiger un article avec une IA : (fausse) bonne idée ?"),
    # the same anchor on another Wix page (naoi.ie)
    ("top of page\nnaoi logo\n\nWIX Website Management Guide by NAOI\n\nPlease note that this guide "
     "is based on the information and features available in Wix at the time it was created. Wix "
     "regularly updates its platform, which means that some options may change over time.\n",
     "WIX Website Management Guide by NAOI"),
    # negative: a headline opening with the words stays
    ("Top of page results fall for news sites after the update\n\nPlease note that this guide is "
     "based on the information and features available at the time it was created, and that some "
     "options may change over time.\n", "Top of page results fall for news sites after the update"),
])
def test_a_wix_anchor_is_no_title_round_25(text, title):
    assert _title(text) == title


HEADLINE_QC = ("Projets de 2,2 millions de dollars en Abitibi-Témiscamingue : Québec verse plus de "
               "536 000 $ à douze entreprises")
LEDE_QC = ("Le gouvernement du Québec attribue des aides financières totalisant plus de 536 000 $ à "
           "douze entreprises situées dans la région de l’Abitibi‑Témiscamingue pour appuyer la "
           "réalisation de leurs projets.\n")


@pytest.mark.parametrize(("text", "title"), [
    # a back link over the headline (25b fr04, plq.org)
    ("Retour aux communiqués\nAnnonce gouvernementale\n16 Octobre 2017\n\n" + HEADLINE_QC + "\n\n\n"
     + LEDE_QC, HEADLINE_QC),
    # with its arrow, as press pages write it ("← Retour aux communiqués")
    ("← Retour aux communiqués\n\n" + HEADLINE_QC + "\n\n" + LEDE_QC, HEADLINE_QC),
    # negative: a headline of the words and more stays
    ("Retour aux communiqués de victoire pour le gouvernement\n\n" + LEDE_QC,
     "Retour aux communiqués de victoire pour le gouvernement"),
])
def test_a_back_link_is_no_title_round_25(text, title):
    assert _title(text) == title


BASKET = ("Depuis la création du « PANTHERES CLUB » en 1966 sous la présidence de Gabriel TSANG KING "
          "SANG, et jusqu’en 1975, le basket a connu des fortunes diverses. L’équipe joua d’abord en "
          "« honneur », puis en excellence.\n")


@pytest.mark.parametrize(("text", "title"), [
    # a heading's cut end (25b fr09, pantheresclub): no title
    ("d’hier\n" + BASKET, None),
    ("de retour\n" + BASKET, None),
    # negative: a headline opening in lower case says more ("la BAD débourse …", round 12a)
    ("la BAD débourse 275 milliards pour le basket\n\n" + BASKET,
     "la BAD débourse 275 milliards pour le basket"),
    # negative: a short headline with a capital stays
    ("Hier et aujourd’hui\n\n" + BASKET, "Hier et aujourd’hui"),
])
def test_a_cut_fragment_is_no_title_round_25(text, title):
    assert _title(text) == title


OMMP = ("Actualités\n\n02-02-2017 - Parquet de Bruxelles\n\nFaits : coups et blessures volontaires "
        "envers un enseignant\nDate et lieu : 31/01/2017, Etterbeek\n\nDans l’après-midi du 31 janvier "
        "2017, une grave agression a eu lieu dans une école secondaire à Etterbeek. Le professeur est "
        "tombé et a perdu connaissance.\n")


def test_a_listing_date_line_and_a_dated_field_are_no_title_round_25():
    # 25b fr14 (ommp.be): neither the listing's "date - source" line nor the form's date field
    result = audit_document(OMMP, "x.txt")
    assert result["title"] is None
    # negative: a headline with a colon and a date in it is no field of a date
    # negative: a magazine's issue with its number names the page (gitarrebass.de's <title> line)
    assert _title("Gitarre & Bass 02/2022 | GITARRE & BASS\n\nNews\nGear\n\nDie neue Ausgabe ist da, "
                  "mit vielen Tests von Gitarren und Verstärkern und einem großen Workshop für "
                  "Einsteiger.\n") == "Gitarre & Bass 02/2022"
    assert _title("Brexit : le Royaume-Uni quitte l’Union le 31 janvier 2020\n\n" + OMMP.split("\n\n", 3)[3]) \
        == "Brexit : le Royaume-Uni quitte l’Union le 31 janvier 2020"


def test_a_rubric_before_a_pipe_keeps_the_headline_round_25():
    # 25b fr01 (sportculturenews): "Amical | …" was cut to "Amical"
    line = "Amical | un exploit de l’équipe de Victoire FM FC face aux Amis de la Joie"
    assert not has_site_name(line)
    assert without_site_name(line) == line
    # negatives: a site's name after the pipe is still cut, a domain too
    assert without_site_name("Budget 2026 : le gouvernement revoit sa copie | Le Quotidien") == \
        "Budget 2026 : le gouvernement revoit sa copie"
    assert without_site_name("Hervé d’Anvers à Abidjan | connectionivoirienne.net") == "Hervé d’Anvers à Abidjan"


RESULTS = ("Wout Van Aert (BEL/Jumbo-Visma) - Vainqueur de l’étape\n\nMark Cavendish (GBR/Deceuninck-Quick "
           "Step) - 3eme de l’étape et maillot vert\n\nAlexey Lutsenko (KAZ/Astana-Premier Tech) - 48eme de "
           "l’étape\n\nGuillaume Martin (FRA/Cofidis) - 48eme de l’étape\n\nTadej Pogacar (SLO/UAE Team "
           "Emirates) - 72eme de l’étape et maillot jaune\n")


def test_a_table_row_is_no_title_round_25():
    # 25a fr12 (beinsports): a race's results, one rider a line
    assert _title(RESULTS) is None
    # negative: a headline with brackets over its lede stays
    assert _title("Tour de France (étape 7) : Van Aert (Jumbo-Visma) s’impose au sprint\n\n"
                  "Wout Van Aert a remporté la septième étape du Tour de France au sprint devant Mark "
                  "Cavendish, vendredi, à l’issue d’une journée marquée par le vent.\n") == \
        "Tour de France (étape 7) : Van Aert (Jumbo-Visma) s’impose au sprint"
