"""Round 40: a theme's header clock is no publication date, a site generator's date field is
one, and a relative year ("im vergangenen Jahr", "last year") dates a conversion (NUM001)."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.blind_reading import LEDE_FR, repro


def _published(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["published"]


def _num001(text: str, published: str | None = None) -> list[str]:
    return [f["message"] for f in audit_document(text, "x.txt", published=published)["findings"]
            if f["rule"] == "NUM001"]


# --- a header clock (round 40a r2) ---------------------------------------------------------

def test_header_clock_above_the_title_is_not_the_publication_date():
    # «samedi, décembre 20, 2025» over the blog's slogan and breadcrumb, on a post of May 2024
    assert _published(repro("round40a/r2_date")) is None


def test_header_clock_in_german_above_the_title():
    text = "Mittwoch, März 7, 2018\n\nMein Blog über Schönheit\n\nIm Test: ein Shampoo\n\n" \
        "Als ich neulich eine Anfrage erhielt, das Shampoo samt Spülung zu testen, war ich ein wenig " \
        "skeptisch, denn ich hatte schon viele Produkte ausprobiert.\n"
    assert _published(text) is None


def test_the_same_format_under_the_title_is_the_posts_date():
    # happyface313 (eval page): the theme prints the post's own date so under its headline
    text = "Im Test: ein Shampoo\n\nMittwoch, März 7, 2018\n\nAls ich neulich eine Anfrage erhielt, " \
        "das Shampoo samt Spülung zu testen, war ich ein wenig skeptisch, denn ich hatte schon " \
        "viele Produkte ausprobiert.\n"
    assert _published(text) == "2018-03-07"


def test_a_french_dateline_in_french_order_above_the_title_is_still_read():
    # the language's own order with its weekday is a dateline, wherever it stands
    text = "samedi 20 décembre 2025\n\nBudget de la médiathèque adopté\n\n" + LEDE_FR
    assert _published(text) == "2025-12-20"


# --- a site generator's date field (round 40a r3) ------------------------------------------

def test_rst_docinfo_date_under_the_title():
    assert _published(repro("round40a/r3_date")) == "2021-11-01"


def test_pelican_date_field_beside_its_siblings():
    text = "Title: Mon billet\nDate: 2010-12-03 10:20\nCategory: Python\n\n" + LEDE_FR
    assert _published(text, "x.md") == "2010-12-03"


def test_a_notices_date_label_beside_its_place_is_an_events():
    # review 1 of session 34, R8: «Date : mardi 18 mars 2025» over «Lieu :» is a meeting's day
    text = "Don du sang à la salle des fêtes\n\nDate : mardi 18 mars 2025\nLieu : salle des fêtes\n\n" + LEDE_FR
    assert _published(text) is None


def test_a_modified_field_is_no_publication_date():
    text = "Les perles\n==========\n\n:modified: 2022-03-01\n:author: tarek\n\n" + LEDE_FR
    assert _published(text) is None


def test_a_date_field_under_prose_is_not_read():
    text = "Les perles\n==========\n\n" + LEDE_FR + "\n:date: 2021-11-01\n"
    assert _published(text) is None


# --- NUM001: a relative year dates the amount (round 40b r1) -------------------------------

def test_repro_totals_of_last_year_converted_at_that_years_rates():
    text = repro("round40b/r1_relative")
    assert _num001(text, "2001-01-10") == []


def test_the_repro_published_in_2000_is_still_checked():
    # published in June 2000, "im vergangenen Jahr" is 1999: 2000's average rate fits no day
    # of it nor of the publication's window
    found = _num001(repro("round40b/r1_relative"), "2000-06-10")
    assert len(found) == 1 and "'im vergangenen Jahr'" in found[0]


# courage-lounge.de (pages corpus): «Mit Umsätzen von 357,8 Milliarden Dollar im vergangenen
# Jahr reicht es nur für Platz 10.», a conversion at 2024's average rate (1 USD = 0.924 EUR)
# added; published in October 2025 the day's rate gives 306 billion, 8 % less.
_AFTER = "Mit Umsätzen von 357,8 Milliarden Dollar (330,6 Milliarden Euro) im vergangenen Jahr " \
    "reicht es nur für Platz 10.\n"
_PUBLISHED = "2025-10-15"


def test_relative_year_after_the_amount_in_its_clause():
    assert _num001(_AFTER, _PUBLISHED) == []


def test_without_the_relative_year_the_conversion_is_wrong():
    assert len(_num001(_AFTER.replace(" im vergangenen Jahr", ""), _PUBLISHED)) == 1


def test_relative_year_undated_page_changes_nothing():
    # no publication date: no year to count back from (the undated check is unchanged)
    assert _num001(_AFTER) == _num001(_AFTER.replace(" im vergangenen Jahr", ""))


def test_relative_year_in_another_clause_after_the_amount_does_not_date_it():
    text = "Mit Umsätzen von 357,8 Milliarden Dollar (330,6 Milliarden Euro) reicht es nur für " \
        "Platz 10, nach Rang 6 im vergangenen Jahr.\n"
    assert len(_num001(text, _PUBLISHED)) == 1


def test_relative_year_in_a_later_sentence_does_not_date_it():
    text = "Mit Umsätzen von 357,8 Milliarden Dollar (330,6 Milliarden Euro) reicht es nur für " \
        "Platz 10. Im vergangenen Jahr lag der Konzern noch auf Rang 6.\n"
    assert len(_num001(text, _PUBLISHED)) == 1


def test_relative_year_in_the_paragraph_before_does_not_date_it():
    text = "Der Konzern lag im vergangenen Jahr noch auf Rang 6.\n\nMit Umsätzen von 357,8 " \
        "Milliarden Dollar (330,6 Milliarden Euro) reicht es nur für Platz 10.\n"
    assert len(_num001(text, _PUBLISHED)) == 1


def test_relative_year_with_a_date_between_does_not_date_it():
    text = "Der Konzern lag im vergangenen Jahr noch auf Rang 6. Am 3. Oktober 2025 meldete er " \
        "neue Zahlen. Mit Umsätzen von 357,8 Milliarden Dollar (330,6 Milliarden Euro) reicht " \
        "es nur für Platz 10.\n"
    assert len(_num001(text, _PUBLISHED)) == 1


def test_compared_relative_year_is_the_compared_figures():
    text = "Compared with last year, revenue rose to $357.8 billion (€330.6 billion), the " \
        "group said.\n"
    assert len(_num001(text, _PUBLISHED)) == 1


def test_english_and_french_relative_years():
    # motorsport7.com (pages corpus): «avec un chiffre d'affaires de 315,11 milliards de dollars
    # (en hausse de 1 %) l'an dernier», its bracket a conversion at 2024's rate here
    fr = "Toyota occupe la 15e place, avec un chiffre d'affaires de 315,11 milliards de dollars " \
        "(291,2 milliards d'euros) l'an dernier.\n"
    en = "Last year the group booked revenue of $357.8 billion (€330.6 billion).\n"
    assert _num001(fr, _PUBLISHED) == [] and _num001(en, _PUBLISHED) == []
