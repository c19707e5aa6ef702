"""A run of short menu-like lines over the headline is site furniture (_headline_under_menu_run,
_headline_under_toolbar): a reader skips it and takes the first headline-shaped line whose own
prose follows and echoes it. A short headline with its story under it stays; so does a <title>
line of three parts, a form's fields, a rubric over a headline its lede does not echo."""

from __future__ import annotations

import pytest

from tests.blind_reading import LEDE_FR, input_title, repro, title

HEAD_FR = "Le conseil municipal vote le budget de la médiathèque"
LEDE_ECHO = ("Le conseil municipal a voté mardi soir le budget de la médiathèque après un long débat "
             "sur les horaires d'ouverture et le personnel.\n\nLe maire a précisé que les travaux "
             "commenceraient au printemps si la subvention de l'État est confirmée.\n")


def test_a_programme_menu_over_its_teasers_is_skipped_round_42a_r6():
    assert title(repro("round42a/r6")) == \
        "Trafic SNCF vendredi: perturbé en début de matinée avant un retour à la normale"
    # the whole stored page: the grid's teasers, each over "En savoir plus", are passed
    assert input_title("round42a/inputs/fr26_france24.txt") == \
        "Trafic SNCF vendredi: perturbé en début de matinée avant un retour à la normale"


def test_a_blog_toolbar_on_one_line_is_skipped_round_42a_r7():
    assert title(repro("round42a/r7")) == "Au conseil municipal"
    assert input_title("round42a/inputs/fr03_midilibre-blog.txt") == "Au conseil municipal"


@pytest.mark.xfail(strict=True, reason="mendT: the menu rule is the last resort now; here the "
                   "rubric rule of _above_headline files both menu lines and names no headline, and "
                   "the headline's date words keep it from the title. Forcing the run's headline "
                   "where both rules agree took 7 worse titles on the reviewer's 1,087 mutated inputs")
def test_two_menu_lines_over_the_headline_round_34b():
    # "Elections communales" / "Votations communales" over "Votations du 13 juin 2021"
    assert input_title("round34b/inputs/fr15_val-de-ruz.txt") == "Votations du 13 juin 2021"


def test_a_menu_of_short_lines_over_an_echoed_headline():
    text = "Accueil\nActualités\nAgenda\n\n" + HEAD_FR + "\n\n" + LEDE_ECHO
    assert title(text) == HEAD_FR


# negatives
def test_a_short_headline_of_a_short_piece_stays():
    # "Rendez-vous" as the real headline: its prose is right under it
    assert title("Rendez-vous\n\n" + LEDE_FR) == "Rendez-vous"


def test_a_short_headline_over_its_share_buttons_stays():
    # menu-shaped lines under a headline, then its own prose: no other headline below
    text = "Rendez-vous\nPartager\nTweeter\n\n" + LEDE_FR
    assert title(text) == "Rendez-vous"


def test_a_page_with_no_menu_keeps_its_headline():
    assert title(HEAD_FR + "\n\n" + LEDE_ECHO) == HEAD_FR


def test_a_headline_over_a_label_its_lede_retells_stays_round_42b():
    # "VU mit eingeklemmter Person" / "Hilfeleistung": a headline and its category, not a menu
    assert input_title("round42b/inputs/de08_ortswehrlangen.txt") == "VU mit eingeklemmter Person"


def test_a_title_line_of_three_parts_is_no_toolbar():
    # "Titre - Rubrique | Site", its headline shown below: the <title> line, not a toolbar
    text = ("Vanlife in Schweden - Skandinavien im Wohnmobil | outdoor-magazin.com\n\nSchließen\n\n"
            "Vanlife in Schweden - Skandinavien im Wohnmobil\n\nWer mit dem Wohnmobil durch "
            "Schweden reist, findet an den Seen im Süden viele freie Stellplätze und ruhige "
            "Nächte.\n")
    assert title(text) == "Vanlife in Schweden - Skandinavien im Wohnmobil"


def test_a_forms_fields_are_no_menu_round_20a():
    # "Alarmierungsart: Melder" / "Einsatzart: THL" / …: an incident report's fields, whose
    # last field is no headline (it was taken with the fields read as a menu's run)
    assert input_title("round20a/inputs/de03_feuerwehrlandshut.txt") is None


def test_a_rubric_over_a_headline_its_lede_does_not_echo_round_5():
    # "Connettiti con noi" / "Business" / the headline / its deck: the search ends at the
    # headline with its prose under it; the deck the lede echoes is not taken
    assert input_title("round5/inputs/39_businesspeople_google.txt") == "Google apre allo shopping (il suo)"
