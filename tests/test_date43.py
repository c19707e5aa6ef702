"""Round 43's dates: a byline's day in figures with a two-digit year ("CHQ Staff | 10/17/18",
43b r1), read in the page's order or not at all, after a person's or a staff credit's name only
(review D of session 41, R6: "Town Hall Meeting | 11/15/18" is an event's line). Two pieces of
date43 were reverted after review D (R1-R5, R7), their repros known misses: a posting day glued
before a notice's headline ("17 juin 2022 TRAVAUX ROUTIERS – …", 43a r7) cannot be told from an
event's day opening its headline («14 juillet 2024 Feu d'artifice …»); and a year of a
participle's or a relative's clause before the amount (43a r9) is as often the amount's own
date ("Signed in 2008, the contract paid him $50 million") as another event's."""

from __future__ import annotations

import pytest

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


# Review D (session 41), R6: an event's, a venue's or a school's line is no byline
_COUNCIL = ("The city council voted 7-2 on Tuesday night to approve the new budget, which raises "
            "property taxes by 3 percent and adds four officers to the police department.\n")


@pytest.mark.parametrize("line", [
    "Town Hall Meeting | 11/15/18 | 7 PM",
    "Riverside High School | 10/19/18",
    "City Council Chambers | 11/15/18",
])
def test_no_date_from_a_place_or_event_line(line):
    assert published(_byline(line, _COUNCIL, "City approves budget")) is None
    assert published(f"{line}\n\n{_COUNCIL}") is None


@pytest.mark.parametrize(("line", "day"), [
    ("Tom Jones | 10/17/18", "2018-10-17"),
    ("Staff | 10/17/18", "2018-10-17"),
    ("By Mary Ann Smith | 10/17/18", "2018-10-17"),
])
def test_a_persons_or_staff_byline_still_dates(line, day):
    assert published(_byline(line)) == day


# --- a posting day glued before the headline (round 43a r7): reverted ------------------------

_R7_REVERTED = ("date43's leading_date reverted (review D, session 41, R4/R5/R7): a date opening a "
                "headline is as often the event's («14 juillet 2024 Feu d'artifice …», a programme "
                "published before the day) as a pasted notice's posting day; nothing in the line "
                "tells them apart")


@pytest.mark.xfail(strict=True, reason=_R7_REVERTED)
def test_glued_posting_day_dates_the_notice_and_leaves_the_title():
    result = read(repro("round43a/r7"))
    assert result["published"] == "2022-06-17"
    assert result["title"].startswith("TRAVAUX ROUTIERS – ÉLÉMENT DE SÉCURITÉ")


@pytest.mark.xfail(strict=True, reason=_R7_REVERTED)
def test_glued_posting_day_on_the_real_page():
    path = ROUNDS / "round43a/inputs/fr36_valdesmonts.txt"
    result = read(path.read_text(encoding="utf-8"), path.name)
    assert result["published"] == "2022-06-17"
    assert result["title"] == ("TRAVAUX ROUTIERS – ÉLÉMENT DE SÉCURITÉ ENTRE LE CHEMIN BARRAGE "
                               "ET LE CHEMIN EUGÈNE-GRAVELLE")


_EVENT_LEDE = ("Le traditionnel feu d'artifice sera tiré depuis la digue du large à partir de 22h30. "
               "La préfecture de police a annoncé un dispositif renforcé, avec plus de 600 agents "
               "mobilisés autour du port et des zones piétonnes.\n")


# Review D (session 41), R4: an event's day opening its headline, on an undated page
@pytest.mark.parametrize("head", [
    "14 juillet 2024 Feu d'artifice sur le Vieux-Port : les consignes de sécurité",
    "Samedi 21 juin 2025 Fête de la musique : le programme complet à Lyon",
    "July 4, 2025 Fireworks Guide: Where to Watch in Boston",
    "12 septembre 2025 Concert de l'orchestre d'harmonie au kiosque",
])
def test_an_events_day_opening_the_headline_dates_no_page(head):
    text = f"{head}\n\n{_EVENT_LEDE}"
    assert (published(text), title(text)) == (None, head)


# R5: the headline keeps its subject's day, whatever dates the page
def test_a_headline_keeps_its_subjects_day():
    text = ("September 11, 2001 The Day That Changed America Forever\n\nTwenty years on, survivors "
            "and first responders describe the morning the towers fell. Many of them still live "
            "with illnesses linked to the dust that covered lower Manhattan.\n\n"
            "Published September 10, 2021\n")
    assert (published(text), title(text)) == ("2021-09-10", "September 11, 2001 The Day That Changed America Forever")
    head = "14 juillet 2024 Feu d'artifice sur le Vieux-Port : les consignes de sécurité"
    page = (f"<html lang=\"fr\"><head><title>{head}</title></head><body><h1>{head}</h1>"
            f"<p>{_EVENT_LEDE}</p><p class=\"date\">Publié le 8 juillet 2024 à 17h05</p></body></html>")
    assert (published(page, "x.html"), title(page, "x.html")) == ("2024-07-08", head)


def test_a_headline_about_a_date_keeps_it():
    text = "11 septembre 2001 : vingt ans après, le souvenir\n\n" + LEDE
    assert (published(text), title(text)) == (None, "11 septembre 2001 : vingt ans après, le souvenir")


# --- NUM001: a year of a clause before the amount's (round 43a r9): reverted -----------------

_R9_REVERTED = ("date43's participle/relative clause filter reverted (review D, session 41, R1-R3): "
                "such a clause's year is as often the amount's own date («Signé en 2008, le contrat "
                "lui rapportait …», 'Microsoft, which bought the company in 2008, paid …'); what "
                "parts r9 is the main clause's present state («touche», 'now pays'), which no "
                "rule reads yet")


def _num001(sentence: str, dated: str = "Publié le 24/04/2019") -> list[str]:
    text = f"Le salaire\n\n{dated}\n\n{sentence}\n"
    return [span for code, span in codes(text) if code == "NUM001"]


@pytest.mark.xfail(strict=True, reason=_R9_REVERTED)
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
@pytest.mark.xfail(strict=True, reason=_R9_REVERTED)
@pytest.mark.parametrize("sentence", [
    "Arrivé en 2016 sur le banc de City, Guardiola touche 20 millions de livres (27 millions d'euros) par an.",
    "Guardiola, qui est arrivé en 2016 à City, touche 20 millions de livres (27 millions d'euros) par an.",
    ("Founded in 2016, the club pays £20 million (€27 million) a year for the striker.", "Published April 24, 2019"),
    ("The club, which was founded in 2016, pays £20 million (€27 million) a year.", "Published April 24, 2019"),
])
def test_another_events_year_leaves_the_articles_date(sentence):
    sentence, dated = sentence if isinstance(sentence, tuple) else (sentence, "Publié le 24/04/2019")
    assert _num001(sentence, dated) != []


@pytest.mark.parametrize("sentence", [
    # the year governs the amount's clause: a fronted adjunct, the clause itself, after it
    "En 2016, Guardiola touchait 20 millions de livres (27 millions d'euros) par an.",
    "Côté salaire, en 2016, Guardiola touchait 20 millions de livres (27 millions d'euros) par an.",
    "Racheté en 2016 pour 20 millions de livres (27 millions d'euros), le club a changé de stade.",
    "Guardiola touche 20 millions de livres (27 millions d'euros) par an, qu'il touchait déjà en 2016.",
])
def test_a_year_of_the_amounts_clause_still_dates_it(sentence):
    assert _num001(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2016, the club paid £20 million (€27 million) for the striker.",
    "During 2016, the club paid £20 million (€27 million) for the striker.",
    "The club paid £20 million (€27 million) for the striker in 2016.",
])
def test_english_clauses(sentence):
    assert _num001(sentence, "Published April 24, 2019") == []


# Review D (session 41), R1-R3: $50 million at €34 million is 2008's rate; the page is of
# 2024-03-03 (0.92). In each sentence the 2008 year is the amount's date: no finding.
@pytest.mark.parametrize(("sentence", "dated"), [
    # R1: «à l'époque», «alors» date the amount whatever opens the sentence
    ("Nommé en 2008, il touchait à l'époque 50 000 dollars par mois (environ 34 000 euros), un salaire jugé modeste.", "Publié le 3 mars 2024"),
    ("Nommé en 2008, il touchait alors 50 000 dollars par mois (environ 34 000 euros), un salaire jugé modeste.", "Publié le 3 mars 2024"),
    # R2: a participle's clause whose year governs the amount
    ("Having bought the stake in 2008, the fund paid $50 million (about €34 million) for it.", "Published March 3, 2024"),
    ("Signed in 2008, the contract paid him $50 million (about €34 million) over five years.", "Published March 3, 2024"),
    ("Priced in 2008, the contract was worth $50 million (about €34 million) to the firm.", "Published March 3, 2024"),
    ("Signé en 2008, le contrat lui rapportait 50 millions de dollars (environ 34 millions d'euros) sur cinq ans.", "Publié le 3 mars 2024"),
    ("Racheté en 2008 par un fonds américain, le club avait coûté 50 millions de dollars (environ 34 millions d'euros), selon le magazine Forbes.", "Publié le 3 mars 2024"),
    ("Comprado em 2008 por um fundo americano, o clube custou 50 milhões de dólares (cerca de 34 milhões de euros).", "Publicado em 3 de março de 2024"),
    ("Acquired in 2008 by an American fund, the club paid $50 million (about €34 million) for its new stadium.", "Published March 3, 2024"),
    ("Following the merger in 2008, the group paid $50 million (about €34 million) in advisory fees.", "Published March 3, 2024"),
    ("Starting in 2008, the fund paid $50 million (about €34 million) a year to the city.", "Published March 3, 2024"),
    # R3: a relative clause naming the purchase whose price the main clause gives
    ("Microsoft, which bought the company in 2008, paid $50 million (about €34 million) for it, according to filings.", "Published March 3, 2024"),
    ("Le groupe, qui a racheté la société en 2008, l'avait payée 50 millions de dollars (environ 34 millions d'euros).", "Publié le 3 mars 2024"),
    ("Il gruppo, che nel 2008 ha acquistato la società, l'aveva pagata 50 milioni di dollari (circa 34 milioni di euro).", "Pubblicato il 3 marzo 2024"),
])
def test_a_clause_year_that_governs_the_amount_dates_it(sentence, dated):
    assert _num001(sentence, dated) == []


def test_a_relative_clause_of_the_amounts_period_dates_it():
    # round 19a fr13 (lavoiturehybride): the fiscal year the relative clause ends is the loss's
    text = ("Le titre\n\nPublié le 24/04/2019\n\nLa perte de l'exercice comptable précédent, qui "
            "s'est terminé fin mars 2009, de Toyota est estimée à 450 milliards de Yen (3,5 "
            "milliards €).\n")
    facts = audit_article(text.encode(), "x.txt", Settings()).facts
    assert [m.text for m in facts.told_dates(facts.conversions[0].start)] == ["mars 2009"]
