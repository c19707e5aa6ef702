"""Review 29, items 3, 4, 5, 12 and 13 (the probes of /tmp/s29/REVIEW.md, and a second wording)."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _audit(text: str):
    return audit_document(text, "x.txt")


# Item 3: an event's day in brackets at the title line's end is a fallback, after the byline.
@pytest.mark.parametrize("text, day", [
    ("Concert de Noël de la chorale à l'église Saint-Martin (21/12/2024)\nPar Marie Dupont, le "
     "2 décembre 2024\n\nLa chorale paroissiale donnera son traditionnel concert de Noël le 21 "
     "décembre à 20 heures en l'église Saint-Martin.\n", "2024-12-02"),
    ("Fête de la musique : trois scènes sur la place du marché (21/06/2025)\nPar Jean Martin, le 3 "
     "juin 2025\n\nLa mairie a dévoilé mardi le programme de la fête de la musique, qui réunira "
     "cette année une vingtaine de groupes.\n", "2025-06-03"),
])
def test_a_bylines_day_beats_a_bracketed_day_in_the_title(text, day):
    assert str(_audit(text)["published"]) == day


def test_a_bracketed_title_day_alone_still_dates_the_page():
    text = ("Les USA attaquent les entreprises françaises avec des amendes (31/12/2014)\n\nCe lundi 22 "
            "décembre, le groupe industriel français Alstom a été condamné à verser 772,29 millions "
            "de dollars.\n")
    assert str(_audit(text)["published"]) == "2014-12-31"


# Item 4: a period's end is its header ("12 Months Ended"), not the verb closing a headline.
@pytest.mark.parametrize("head, day, published", [
    ("Why Game of Thrones fans still hate the ending", "March 5, 2024", "2024-03-05"),
    ("Dockers' strike gets a happy ending", "March 5, 2024", "2024-03-05"),
    # a bulletin's own day: "situation" without a closing verb is no period's header
    ("Point de situation au", "15 janvier 2025", "2025-01-15"),
])
def test_a_headline_ending_on_an_end_word_keeps_its_date_line(head, day, published):
    text = f"{head}\n{day}\n\nFive years after the finale, the town still argues about it.\n"
    assert str(_audit(text)["published"]) == published


@pytest.mark.parametrize("text", [
    "Segment information\nYear Ended\nDecember 31, 2024\n\nRevenue rose in every segment.\n",
    "Comptes annuels\nComptes arrêtés au\n31 décembre 2023\n\nLe chiffre d'affaires a progressé.\n",
])
def test_a_period_header_still_is_no_publication_date(text):
    assert _audit(text)["published"] is None


# Item 12: a French headline ending on a word that is also a noun or a pronoun keeps its title.
@pytest.mark.parametrize("head, lede", [
    ("Festival des Vieilles Charrues : les organisateurs baissent le son",
     "Après les plaintes des riverains de Carhaix, le festival réduira le volume des concerts "
     "après minuit."),
    ("Les soignants au chevet des leurs",
     "Après des semaines de grève, les infirmières de l'hôpital de Brest reprennent le travail."),
])
def test_a_headline_ending_on_a_noun_is_the_title(head, lede):
    assert _audit(f"{head}\n{lede}\n")["title"] == head


def test_a_first_line_cut_on_an_article_is_still_no_title():
    text = "La situation au\nProche-Orient reste tendue après les frappes de la nuit, selon les autorités.\n"
    assert _audit(text)["title"] is None


# Item 13: a bare count after a day is a view count only on a video page.
@pytest.mark.parametrize("head, line", [
    ("Bitcoin : le cours repasse sous les 60 000 dollars", "2021-11-10 68 789"),
    ("Or : l'once atteint un nouveau record", "2024-04-01 2,265"),
])
def test_a_day_and_a_figure_in_a_data_box_date_nothing(head, line):
    text = (f"{head}\n{line}\n\nLe cours a perdu plus de 10 % cette semaine et s'éloigne de son "
            "record historique, atteint en novembre 2021.\n")
    assert _audit(text)["published"] is None


def test_an_upload_line_under_a_videos_title_dates_it():
    text = ("Watch: the mayor explains the new budget\n2024-04-01 6,682\n\nThe mayor said the "
            "budget would rise by 4 percent next year.\n")
    assert str(_audit(text)["published"]) == "2024-04-01"
