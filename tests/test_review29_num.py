"""Review 29 (numbers): a city's compound ("Toronto-based") is no Canadian dateline; only a
reporting period's header ("12 Months Ended / Dec. 31, 2024") dates a filing's amounts, not a
sentence's "which ended Dec. 31, 2021"; a summary's bullet is compared with the body's prose."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.extract.quantities import text_territory
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# Item 1: the Reuters / canada.ca wording "Toronto-based Cohere", in US copy where "$" is the US's
_COHERE = ("Cohere raises $500 million as AI race heats up\n"
           "Toronto-based Cohere has raised $500 million (€460 million) in a new funding round that "
           "values the startup at $5.5 billion, the company said on Monday.\n")


def test_a_city_compound_opening_a_paragraph_is_no_dateline():
    assert text_territory(_COHERE) is None
    assert not _rules(_COHERE, "NUM001", "2024-07-22")
    art = audit_article(_COHERE, "x.txt", Settings(published=dt.date(2024, 7, 22)))
    assert all(q.unit != "CAD" for q in art.facts.quantities)
    # bcbusiness.ca's wording, and the same compound in capitals
    assert text_territory("Tech\nVancouver-based biotech firm Zymeworks Inc. went public.") is None
    assert text_territory("Tech\nOTTAWA-AREA startups raised $2 billion last year.") is None


@pytest.mark.parametrize("text", [
    "Titre\nMontréal — La Caisse annonce 5 M$.",
    "Titre\nMontreal - Shopify reported revenue of $2.8 billion.",
    "News\nTORONTO—Shopify reported revenue of $2.8 billion.",
    "News\nTORONTO-(BUSINESS WIRE)-Shopify reported revenue of $2.8 billion.",
    # La Presse: the city alone in brackets opening the lede
    "Titre\n(Ottawa) Le ministre des Finances a annoncé 5 milliards de dollars.",
])
def test_canadian_datelines_with_a_dash_still_locate_the_page(text):
    assert text_territory(text)[0] == "CA"


def test_a_bracketed_us_namesake_is_no_la_presse_dateline():
    # the state can only stand inside the brackets, which the form does not admit
    assert text_territory("News\n(Vancouver, Wash.) The port approved a $50 million lease.") is None
