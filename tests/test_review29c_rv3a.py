"""Review 3 of session 29 (helper rv3a): a headline opening "Ad-free" is no sign-up banner, a
paragraph ending "Watch here." no teaser; an article's noun phrase over a colon-led headline is
a rubric; a bracketed dateline's lede may close on a colon; a review's "(written by AI)" labels
the work reviewed, not the page."""

from __future__ import annotations

import pytest

from audit.lexicon import get_lexicon
from audit.pipeline import audit_article
from audit.settings import Settings
from tests.conftest import OPT_IN_CIT


def _article(text: str):
    return audit_article(text, "x.txt", Settings())


def _title(text: str):
    from audit.pipeline import audit_document
    return audit_document(text, "x.txt")["title"]


def _rules(text: str, rule: str) -> list:
    return [f for f in _article(text).findings if f.rule == rule]


# Item 1: a headline with a subject and a verb before "sign up" is no banner
@pytest.mark.parametrize("line", [
    "Ad-free Netflix costs more, yet more households sign up",
    "No ads on the BBC as more viewers join",
    "Ad-free Netflix costs more, yet more households sign up for free",
])
def test_a_headline_on_ad_free_plans_is_no_banner(line):
    assert not get_lexicon().boilerplate.matches(line)


def test_the_ad_free_headline_stays_the_title():
    text = ("Ad-free Netflix costs more, yet more households sign up\n\n"
            "Netflix said on Tuesday that subscriptions to its ad-free plans rose by 4 million in "
            "the quarter, even after the company raised their price in January.\n\n"
            "The company did not say how many customers chose the cheaper plan with ads.\n")
    assert _title(text) == "Ad-free Netflix costs more, yet more households sign up"


@pytest.mark.parametrize("line", [
    "Less Ads, More Data, More Tools Register for FREE",  # round 24a's banner
    "No ads, more stories. Subscribe today!",
    "Ad-free. Sign up now",
])
def test_a_sign_up_banner_is_still_furniture(line):
    assert get_lexicon().boilerplate.matches(line)


# Item 2: only a one-sentence teaser naming its medium is furniture
_WATCH = ("Council approves bridge repairs\n\n"
          "Officials said the bridge would reopen to traffic in May. The full meeting is on the "
          "city's YouTube channel. Watch here.\n\n"
          "The repairs will cost $2.4 million, paid from the state's infrastructure fund.\n")


def test_a_paragraph_of_reporting_ending_watch_here_is_kept():
    found = audit_article(_WATCH, "x.txt", OPT_IN_CIT).findings  # CIT004 in English is opt-in
    assert any("Officials said" in f.message for f in found if f.rule == "CIT004")
    lex = get_lexicon()
    assert not lex.boilerplate.matches("Officials said the bridge would reopen. Listen here.")


@pytest.mark.parametrize("line", [
    "The latest Investing Matters Podcast with Jean Roche, Co-Manager of Schroder UK Mid Cap "
    "Investment Trust has just been released. Listen here.",  # round 24a
    "The new episode of our weekly podcast is out now. Listen here.",
    "Our interview with the mayor is online. Watch now.",
])
def test_a_media_teaser_is_still_furniture(line):
    assert get_lexicon().boilerplate.matches(line)


# Item 8: a section's name with its article over a colon-led headline is a rubric
_QUIMPER = ("\n\nQuimper : la rue Kéréon fermée à la circulation jusqu'à la fin des travaux de "
            "voirie en mars\n\nLa rue Kéréon sera fermée à la circulation à partir de lundi et "
            "jusqu'à la fin du mois de mars, le temps du renouvellement des réseaux d'eau potable. "
            "Les commerces restent accessibles aux piétons.\n\nUne déviation est mise en place par "
            "le quai de l'Odet.\n")


@pytest.mark.parametrize("rubric", ["La vie locale", "Le grand format", "Les faits divers"])
def test_an_article_led_rubric_over_a_colon_headline_is_dropped(rubric):
    assert _title(rubric + _QUIMPER).startswith("Quimper : la rue Kéréon")


def test_an_article_led_headline_over_its_standfirst_stays():
    # review 2's "Le grand gâchis" (tests/test_review29b_rv2a.py) still holds: its standfirst
    # is no colon-led headline
    text = ("Le grand gâchis\n"
            "Chaque année, des tonnes de nourriture finissent à la poubelle dans les cantines "
            "scolaires du département\n"
            "Par Claire Martin\n12 mars 2024\n"
            "Dans les cantines du département, près d'un tiers des repas servis finit à la "
            "poubelle, selon une étude publiée mardi par le conseil départemental.\n")
    assert _title(text) == "Le grand gâchis"


# Item 9: under the title, a bracketed dateline's lede may close on a colon opening a list
@pytest.mark.parametrize("text, day", [
    ("Polizeibericht für das Wochenende\n\nWilhelmshaven (14. 2. 2024) – Die Polizei meldet für "
     "das Wochenende folgende Einsätze:\n\nAm Samstagabend wurde in der Marktstraße ein Fahrrad "
     "gestohlen. Zeugen werden gebeten, sich bei der Polizei zu melden.\n", "2024-02-14"),
    ("Feuerwehr im Einsatz\n\nJever (3. 3. 2024) – Die Feuerwehr rückte am Wochenende zu "
     "folgenden Einsätzen aus:\n\nAm Samstag brannte in der Schlachtstraße ein Müllcontainer. "
     "Verletzt wurde niemand.\n", "2024-03-03"),
])
def test_a_bracketed_dateline_with_a_colon_led_list_dates_the_page(text, day):
    assert str(_article(text).facts.published) == day


def test_a_title_line_event_day_before_a_colon_still_dates_nothing():
    text = ("Nuit Blanche (05/10/2024) – Au programme :\n\nLa Ville de Paris a dévoilé vendredi le "
            "programme de la prochaine Nuit Blanche, qui se tiendra dans tout Paris.\n")
    assert _article(text).facts.published is None


# Item 13: a title's "(written by AI)" after a review's label or a quoted work is that work's
@pytest.mark.parametrize("head", [
    "Review: Death of an Author (written by AI)",
    "Critique : « Death of an Author » (written by AI)",
    'Inside the novella "Death of an Author" (written by AI)',
])
def test_a_reviewed_work_s_label_is_not_this_page_s(head):
    text = (head + "\n\nAidan Marchine's novella is a murder mystery set among academics. The "
            "author, a pen name of Stephen Marche, says he used ChatGPT, Sudowrite and Cohere to "
            "draft much of the prose, and the result is oddly flat.\n\nThe plot moves quickly, "
            "but the characters never come alive.\n")
    assert not _rules(text, "AI001")


def test_a_page_s_own_title_label_still_discloses():
    text = ("AI: A Short Story (written by AI)\n\nThe lighthouse keeper had not seen a ship in "
            "forty years. Then one night a light answered his own from across the bay.\n\n"
            "She rowed out at dawn to find it.\n")
    assert _rules(text, "AI001")
