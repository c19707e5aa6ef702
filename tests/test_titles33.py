"""Titles (issue 7): a month after a dash, a breadcrumb glued with a space, a rubric in capitals
glued before the headline, a paragraph wrapped at a fixed width (blind rounds 19b, 26a, 30b)."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.titles import without_site_name


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


_LEDE = ("Le conseil a voté mardi soir le budget de la nouvelle médiathèque après un long débat "
         "sur son coût et ses horaires d’ouverture.\n")


# 19b: "Gemeinderatsitzung – März 2021" was cut at its dash
@pytest.mark.parametrize("line", ["Sitzung des Gemeinderats – Juni 2022", "Conseil municipal – 12 mars 2024",
                                  "Bilan - Septembre 2020"])
def test_a_month_after_a_dash_is_the_headlines(line):
    assert without_site_name(line) == line


@pytest.mark.parametrize("line, title", [("Conseil municipal – Le Progrès", "Conseil municipal"),
                                         ("News | May 2021 | Site", "News"),
                                         ("Maybe - Mayor Smith", "Maybe")])
def test_a_site_name_after_a_dash_is_still_cut(line, title):
    assert without_site_name(line) == title


# 19b: "Home Crime One person arrested …" over the headline alone
def test_a_breadcrumb_glued_with_a_space_is_no_part_of_the_title():
    head = "Le budget de la médiathèque adopté par le conseil"
    assert _title(f"Accueil Culture {head}\n\n{head}\n\n{_LEDE}") == head


def test_a_rubric_with_its_colon_stays_the_headlines():
    # the rubric a colon closes is the headline's own ("Sécurité : …"), not a breadcrumb
    head = "Le budget de la médiathèque adopté par le conseil"
    assert _title(f"Culture : {head}\n\n{head}\n\n{_LEDE}") == f"Culture : {head}"


# 30b: "FAITS DIVERS Violente collision sur la D603 près de Metz"
def test_a_rubric_in_capitals_before_the_headline_is_dropped():
    head = "Violente collision sur la départementale près de Nancy"
    lede = ("Deux voitures se sont heurtées mardi soir à la sortie du village, faisant trois "
            "blessés dont un grave.\n")
    assert _title(f"FAITS DIVERS {head}\n\n{lede}") == head


def test_a_headline_opening_with_a_rubric_word_in_sentence_case_stays():
    head = "Politique locale : le maire présente son budget"
    assert _title(f"{head}\n\n{_LEDE}") == head


# 26a: a quotation's first words over a paragraph wrapped at a fixed width
def test_the_first_line_of_a_wrapped_paragraph_is_no_title():
    text = ("« Nous sommes revenus en force\ncette saison et nous avons dit\nqu’il fallait gagner "
            "le titre. Nous\navons renforcé l’équipe » a déclaré\nl’entraîneur à l’issue du match.\n")
    assert _title(text) is None


def test_a_headline_wrapped_on_three_lines_stays():
    # 11a: a speech's heading on three lines, a blank line under it: its first line stays the title
    text = ("Allocution du maire Jeanne Dupont\nle 3 mars 2017,\nlors de l'inauguration de l'école\n\n"
            "Mesdames et messieurs les élus, je vous remercie d’être venus si nombreux ce matin pour "
            "l’ouverture de notre nouvelle école.\n")
    assert _title(text) == "Allocution du maire Jeanne Dupont"


# Review 1, R1: a byline and dating lines in lower case under the headline are no wrapped
# paragraph's prose (the probes' shape: a plain-text paste of a regional site)
@pytest.mark.parametrize("text, title", [
    ("Le maire de Nancy démissionne\npar Jean Dupont\npublié le 12/03/2021 à 10h00\n"
     "mis à jour le 12/03/2021 à 12h00\n\nLe maire de Nancy a annoncé mardi sa démission devant le "
     "conseil municipal, invoquant des raisons de santé.\n", "Le maire de Nancy démissionne"),
    ("Mayor of Springfield resigns\nby Jane Doe\nupdated 3:45 p.m. March 12, 2021\n"
     "posted 10:00 a.m. March 12, 2021\n\nThe mayor of Springfield resigned on Tuesday, citing "
     "health reasons.\n", "Mayor of Springfield resigns")])
def test_a_headline_over_a_lower_case_byline_and_dates_stays(text, title):
    assert _title(text) == title


_CRASH = ("Deux voitures se sont heurtées mardi soir à la sortie du village, faisant trois blessés "
          "dont un grave, a indiqué la gendarmerie.\n")


# Review 1, R2: a headline broken into short lines closes on a blank line, no sentence closed
@pytest.mark.parametrize("text, title", [
    ("Pourquoi le maire de Nancy\ndémissionne\net ce que cela change\npour la ville\n\n" + _CRASH,
     "Pourquoi le maire de Nancy démissionne"),
    ("Le maire de Nancy démissionne\nsans attendre la fin\nde son mandat municipal\nau conseil de mardi\n\n"
     + _CRASH, "Le maire de Nancy démissionne sans attendre la fin"),
    ("Why the mayor of Springfield\nresigned after\nonly six months\nin office\n\nThe city council voted "
     "Tuesday night to approve the new library budget after a long debate over its cost and opening "
     "hours.\n", "Why the mayor of Springfield resigned after")])
def test_a_headline_wrapped_on_four_lines_keeps_a_title(text, title):
    assert _title(text) == title


def test_a_wrapped_paragraph_closed_by_a_blank_line_is_still_no_title():
    # the paragraph closes its sentences: a blank line under it makes it no headline
    text = ("« Nous sommes revenus en force\ncette saison et nous avons dit\nqu’il fallait gagner "
            "le titre. Nous\navons renforcé l’équipe » a déclaré\nl’entraîneur à l’issue du match.\n\n"
            "Il a ensuite évoqué la suite de la saison et les matchs à venir contre les équipes de la "
            "région.\n")
    assert _title(text) is None


# Review 1, R9: a rubric's one word in capitals that opens a name stays the headline's
@pytest.mark.parametrize("line", ["NATIONAL Trust warns of record visitor numbers this summer",
                                  "WORLD Cup final tickets sold out within minutes",
                                  "NEWS Corp shares fall after quarterly results disappoint"])
def test_a_rubric_word_opening_a_name_stays(line):
    lede = ("The city council voted Tuesday night to approve the new library budget after a long "
            "debate over its cost and opening hours.\n")
    assert _title(f"{line}\n\n{lede}") == line


def test_a_rubric_word_opening_a_french_name_stays():
    line = "SPORT Lisboa e Benfica remporte le derby face au Sporting"
    assert _title(f"{line}\n\n{_CRASH}") == line


@pytest.mark.parametrize("line, title", [
    ("POLITIQUE Le maire présente son budget devant le conseil", "Le maire présente son budget devant le conseil"),
    ("POLITIQUE L’État annonce un plan pour les écoles rurales", "L'État annonce un plan pour les écoles rurales")])
def test_a_one_word_rubric_before_a_sentence_s_first_word_is_dropped(line, title):
    assert _title(f"{line}\n\n{_CRASH}") == title
