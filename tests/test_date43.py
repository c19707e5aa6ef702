"""Round 43's dates: a byline's day in figures with a two-digit year ("CHQ Staff | 10/17/18",
43b r1), read in the page's order or not at all; a posting day glued before a notice's headline
("17 juin 2022 TRAVAUX ROUTIERS – …", 43a r7), the page's date and no part of its title; and
NUM001 dating an amount only by a year of its own clause, not of a clause before it that tells
another event («Arrivé en 2016 sur le banc de Manchester City, …», 43a r9)."""

from __future__ import annotations

import pytest

from audit.extract.dates import leading_date
from audit.pipeline import audit_article
from audit.settings import Settings
from tests.blind_reading import LEDE, ROUNDS, codes, published, read, repro, title

# --- a byline's day in figures, the year in two (round 43b r1) ------------------------------

_STORY = ("As Soros-funded ministers are on buses through swing states, our friends have just "
          "put out a 3-minute video that reaches many thousands of people each day.\n")


def _byline(line: str, story: str = _STORY, head: str = "Beware the video") -> str:
    return f"{head}\n\n{line}\n\n{story}"


def test_us_short_byline_dates_the_page():
    # ConservativeHQ's Drupal byline field, in text and in the page's markup
    assert published(repro("round43b/r1_")) == "2018-10-17"
    assert published(repro("round43b/r1b"), "x.html") == "2018-10-17"


def test_us_short_byline_on_the_real_page():
    path = ROUNDS / "round43b/inputs/en11_conservativehq.html"
    assert published(path.read_text(encoding="utf-8"), path.name) == "2018-10-17"


def test_day_first_when_the_first_number_cannot_be_a_month():
    assert published(_byline("Jane Doe | 17/10/18")) == "2018-10-17"


def test_ambiguous_english_byline_abstains():
    # "05/06/18" on an English page of no known country: May or June, no way to tell
    assert published(_byline("CHQ Staff | 05/06/18")) is None


def test_ambiguous_byline_in_the_order_the_page_states_elsewhere():
    story = _STORY + "\nThe rally of 10/17/2018 drew a crowd of two thousand people to the square.\n"
    assert published(_byline("CHQ Staff | 05/06/18", story)) == "2018-05-06"


def test_ambiguous_byline_by_the_country_of_the_page():
    page = ("<html lang=\"{}\"><head><title>Beware the video</title></head><body>"
            "<h1>Beware the video</h1><div class=\"byline\">CHQ Staff | 05/06/18</div>"
            f"<p>{_STORY}</p></body></html>")
    assert published(page.format("en-US"), "x.html") == "2018-05-06"
    assert published(page.format("en-GB"), "x.html") == "2018-06-05"


def test_ambiguous_byline_in_french_is_day_first():
    story = ("Les ministres financés par Soros sillonnent les États en bus, et nos amis viennent "
             "de publier une vidéo de trois minutes vue par des milliers de personnes.\n")
    assert published(_byline("La Rédaction | 05/06/18", story, "La vidéo du jour")) == "2018-06-05"


@pytest.mark.parametrize("line", [
    "Final | 10/17",             # a score, no year
    "Version | 1.2.18",          # a version number: dots
    "Mix 1/2/3 cups",            # a fraction's run, no byline
    "Lakers 10/17/18 Celtics",   # no byline's parts
    "Page 2 | 10/17/18",         # figures in what stands before it: no name
])
def test_no_date_from_what_is_no_byline_date(line):
    assert published(_byline(line)) is None


# --- a posting day glued before the headline (round 43a r7) ---------------------------------

def test_glued_posting_day_dates_the_notice_and_leaves_the_title():
    result = read(repro("round43a/r7"))
    assert result["published"] == "2022-06-17"
    assert result["title"].startswith("TRAVAUX ROUTIERS – ÉLÉMENT DE SÉCURITÉ")


def test_glued_posting_day_on_the_real_page():
    path = ROUNDS / "round43a/inputs/fr36_valdesmonts.txt"
    result = read(path.read_text(encoding="utf-8"), path.name)
    assert result["published"] == "2022-06-17"
    assert result["title"] == ("TRAVAUX ROUTIERS – ÉLÉMENT DE SÉCURITÉ ENTRE LE CHEMIN BARRAGE "
                               "ET LE CHEMIN EUGÈNE-GRAVELLE")


def test_glued_posting_day_after_a_weekday():
    text = "Mardi 14 mars 2023 Grève des transports à Lyon\n\n" + LEDE
    assert (published(text), title(text)) == ("2023-03-14", "Grève des transports à Lyon")


def test_the_span_of_the_glued_day():
    line = "  17 juin 2022 TRAVAUX ROUTIERS – ÉLÉMENT DE SÉCURITÉ"
    m = leading_date(line, "fr")
    assert (line[m.start:m.end], m.date.first_day().isoformat()) == ("17 juin 2022", "2022-06-17")


@pytest.mark.parametrize("head", [
    "11 septembre 2001 : vingt ans après, le souvenir",   # the date the headline is about
    "6 juin 1944 Le débarquement en Normandie",           # a day of history
    "Juin 2022 Travaux routiers sur le chemin Barrage",   # no day
    "17 juin 2022",                                       # the date alone: no headline after it
    "Le 17 juin 2022 Travaux routiers",                   # a word before it
])
def test_no_glued_posting_day(head):
    assert leading_date(head, "fr") is None


def test_a_headline_about_a_date_keeps_it():
    text = "11 septembre 2001 : vingt ans après, le souvenir\n\n" + LEDE
    assert (published(text), title(text)) == (None, "11 septembre 2001 : vingt ans après, le souvenir")


# --- NUM001: a year dates an amount from its own clause only (round 43a r9) -----------------

def _num001(sentence: str, dated: str = "Publié le 24/04/2019") -> list[str]:
    text = f"Le salaire\n\n{dated}\n\n{sentence}\n"
    return [span for code, span in codes(text) if code == "NUM001"]


def test_participle_clause_year_does_not_date_the_salary():
    # the tester's mutation of fr01 (El Haddaf): +21 % at the article's rate, silent before
    found = audit_article(repro("round43a/r9").encode(), "x.txt", Settings()).findings
    num = [f for f in found if f.rule == "NUM001"]
    assert len(num) == 1 and "2019-04-24" in num[0].message


def test_the_real_page_stays_silent():
    # fr01 unmutated: 20 M£ "soit un peu plus de 23 millions d'euros", right at its date
    path = ROUNDS / "round43a/inputs/fr01_elhaddaf.txt"
    assert [c for c, _ in codes(path.read_text(encoding="utf-8"), path.name) if c == "NUM001"] == []


# 20 M£ at 27 M€: right at 2016's rates (about 1.35), 17 % above 2019's (1.155)
@pytest.mark.parametrize("sentence", [
    "Arrivé en 2016 sur le banc de City, Guardiola touche 20 millions de livres (27 millions d'euros) par an.",
    "Guardiola, qui est arrivé en 2016 à City, touche 20 millions de livres (27 millions d'euros) par an.",
])
def test_another_events_year_leaves_the_articles_date(sentence):
    assert _num001(sentence) == ["20 millions de livres (27 millions d'euros)"]


@pytest.mark.parametrize("sentence", [
    # the year governs the amount's clause: a fronted adjunct, the clause itself, after it
    "En 2016, Guardiola touchait 20 millions de livres (27 millions d'euros) par an.",
    "Côté salaire, en 2016, Guardiola touchait 20 millions de livres (27 millions d'euros) par an.",
    "Racheté en 2016 pour 20 millions de livres (27 millions d'euros), le club a changé de stade.",
    "Guardiola touche 20 millions de livres (27 millions d'euros) par an, qu'il touchait déjà en 2016.",
])
def test_a_year_of_the_amounts_clause_still_dates_it(sentence):
    assert _num001(sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Founded in 2016, the club paid £20 million (€27 million) for the striker this week.", True),
    ("The club, which was founded in 2016, paid £20 million (€27 million) for the striker.", True),
    ("In 2016, the club paid £20 million (€27 million) for the striker.", False),
    ("During 2016, the club paid £20 million (€27 million) for the striker.", False),
    ("The club paid £20 million (€27 million) for the striker in 2016.", False),
])
def test_english_clauses(sentence, found):
    assert bool(_num001(sentence, "Published April 24, 2019")) is found


def test_a_relative_clause_of_the_amounts_period_dates_it():
    # round 19a fr13 (lavoiturehybride): the fiscal year the relative clause ends is the loss's
    text = ("Le titre\n\nPublié le 24/04/2019\n\nLa perte de l'exercice comptable précédent, qui "
            "s'est terminé fin mars 2009, de Toyota est estimée à 450 milliards de Yen (3,5 "
            "milliards €).\n")
    facts = audit_article(text.encode(), "x.txt", Settings()).facts
    assert [m.text for m in facts.told_dates(facts.conversions[0].start)] == ["mars 2009"]
