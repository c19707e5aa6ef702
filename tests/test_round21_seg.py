"""Round 21's blind pages: a reader comment quoting the body word for word, titles taken from
furniture (a print link, a shortcode, an XBRL header) or cut (a heading's " - X"), dates and
prompts missed."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document
from audit.titles import without_site_name


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


_LEDE_FR = ("Le millésime 2017 restera dans les mémoires tant sur le plan de la précocité que des "
            "faibles rendements. Comment les vignerons et les caves ont-ils vécu ces vendanges ?\n")


# 21b fr10: a print link and its icon's label over the headline; en: the same link's wording
@pytest.mark.parametrize("link", ["imprimer l'article Imprimer", "Imprimer cet article",
                                  "Print this article Print", "Print article"])
def test_a_print_link_is_no_title(link):
    head = "PRÉCOCES, PEU ABONDANTES... Des vendanges hors normes"
    assert _title(f"Retour\n\n{link}\n\névénement\n\n{head}\n\n{_LEDE_FR}") == head


def test_a_headline_about_printing_stays_the_title():
    head = "Imprimer l'article de loi sur papier recyclé : la mairie montre l'exemple"
    assert _title(f"{head}\n\n{_LEDE_FR}") == head


# 21b it02: an audio player's unrendered WordPress shortcodes over the story
_LEDE_IT = ("ROMA – Un tenente colonnello dei Carabinieri e tre sottufficiali sono stati accoltellati "
            "nel pomeriggio a Roma da una persona che è stata arrestata.\n")


def test_a_shortcode_line_is_no_title():
    line = "[label style=”important”]Ascolta l’articolo[/label][audiotube id=”PQuhfDzVauA” tiny=”yes”]"
    article = audit_document(f"{line}\n{_LEDE_IT}", "x.txt")
    assert article["title"] is None
    assert article["segments"][0]["kind"] == "boilerplate"


# 21b fr17: one heading of two paired words a dash joins, not a title and its site's name
@pytest.mark.parametrize("head", ["Questions - Réponses", "Questions – Answers", "Avant - Après"])
def test_a_paired_heading_is_whole(head):
    lede = ("Au début de chaque conseil municipal, un quart d’heure est dédié à l’expression des "
            "citoyens. Les réponses apportées sont publiées sur cette page.\n")
    assert _title(f"{head}\n\nLes élu-e-s répondent à vos questions\n\n{lede}") == head


@pytest.mark.parametrize("line, title", [("Questions - Réponses - Plouguerneau", "Questions - Réponses"),
                                         ("Questions – Le Monde", "Questions"),
                                         ("Contact - Plouguerneau", "Contact")])
def test_a_site_name_after_a_dash_is_still_cut(line, title):
    assert without_site_name(line) == title


# 21a r6: a first line cut where it wraps, on a word no headline ends with
def test_a_wrapped_first_line_is_no_title():
    text = ("La situation au\nProche-Orient reste tendue sur plusieurs fronts. D’un côté, les "
            "États-Unis et\nl’Iran tentent de trouver une issue diplomatique.\n")
    assert _title(text) is None
    text = ("The council voted on Tuesday to approve the\nbudget of the new library after a long "
            "debate about\nits cost and its opening hours.\n")
    assert _title(text) is None


@pytest.mark.parametrize("head", ["La situation au Proche-Orient", "Le ministre et les autres",
                                  "Plus belle la vie : la fin du feuilleton"])
def test_a_headline_over_its_lede_stays(head):
    lede = ("La situation au Proche-Orient reste tendue sur plusieurs fronts. D’un côté, les "
            "États-Unis et l’Iran tentent de trouver une issue diplomatique.\n")
    assert _title(f"{head}\n{lede}") == head


def test_a_headline_ending_on_an_article_over_a_blank_line_stays():
    # not cut where it wraps: a blank line under it
    head = "Ni oui ni non, mais plutôt et"
    lede = ("Le ministre a refusé de trancher mardi, laissant les deux camps sans réponse claire "
            "sur la réforme des retraites.\n")
    assert _title(f"{head}\n\n{lede}") == head


# 21a r9: the headline over its first section's heading, the lede echoing both
_LOCAL = ("Across America, local journalism — once the backbone of community life — has been on "
          "life support for more than a decade. Local reporting is also time-consuming, "
          "energy-intensive, and sometimes inefficient. Yet a surprising new player has entered "
          "the scene: artificial intelligence, and a rebirth of local news.\n")


_DATA = Path(__file__).parent / "data" / "round21"


@pytest.mark.parametrize("lines", [12, 19])
def test_the_headline_over_a_section_heading_stays_the_title(lines):
    text = "".join((_DATA / "en06_head.txt").read_text(encoding="utf-8").splitlines(True)[:lines])
    assert _title(text) == ("Local News Is Experiencing a Rebirth As AI Steps In To Fill Void Left "
                            "By Disappearing Reporters")


def test_a_tagline_over_the_headline_is_still_passed_over():
    text = f"Your Trusted Voice Since 1902\n\nLocal News Is Time And Energy Intensive\n\n{_LOCAL}"
    assert _title(text) == "Local News Is Time And Energy Intensive"


# 21a r10: an SEC viewer's XBRL file header over the note
def test_an_xbrl_file_header_is_no_title():
    text = (_DATA / "en04_xbrl_head.txt").read_text(encoding="utf-8")
    assert _title(text) == "Subsequent events"


# 21a r7: a blog's posting day in brackets at its title line's end
@pytest.mark.parametrize("head, day", [
    ("Les USA attaquent les entreprises françaises avec des amendes (31/12/2014)", "2014-12-31"),
    ("Municipales : la liste d'union déposée en préfecture (2020-02-14)", "2020-02-14"),
])
def test_a_title_line_stamped_with_its_day(head, day):
    lede = ("Ce lundi 22 décembre, le groupe industriel français Alstom a été condamné à verser "
            "772,29 millions de dollars, soit 630 millions d’euros.\n")
    assert audit_document(f"{head}\n\n{lede}", "x.txt")["published"] == day


@pytest.mark.parametrize("head", ["Concert de Noël à la salle des fêtes (24 décembre 2014)",
                                  "Les chiffres du chômage (2014)"])
def test_a_day_in_words_or_a_year_in_a_title_is_no_stamp(head):
    lede = ("Le groupe a annoncé mardi un nouveau programme pour les habitants de la commune et "
            "des environs.\n")
    assert audit_document(f"{head}\n\n{lede}", "x.txt")["published"] is None
