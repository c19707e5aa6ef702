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


# Item 6: a program's end told in a sentence is no filing's period header
_AID = ("EU approves new aid package for Ukraine\n\n"
        "The European Union on Tuesday approved a $100 million (€88 million) package of emergency "
        "energy aid for Ukraine, officials said.\n\n"
        "The previous program, which ended Dec. 31, 2021, had funded repairs to power plants across "
        "the country.\n\nThe new money will go to generators and transformers before next winter.\n")


def test_a_period_ended_in_a_sentence_does_not_date_the_amounts():
    assert len(_rules(_AID, "NUM001", "2025-02-04")) == 1
    text = ("Bruxelles débloque une aide pour l'Ukraine\n\n"
            "L'Union européenne a approuvé mardi une enveloppe de 100 millions de dollars (88 millions "
            "d'euros) d'aide énergétique d'urgence pour l'Ukraine.\n\n"
            "Le précédent programme, clos le 31 décembre 2021, avait financé la réparation de "
            "centrales.\n")
    assert len(_rules(text, "NUM001", "2025-02-04")) == 1


def test_a_period_header_with_its_units_note_still_dates_the_filing():
    text = ("Subsequent events\nFor the Year Ended\nDec. 31, 2024 (in millions)\n\nA preliminary sale "
            "agreement had been signed on October 17, 2024, pursuant to which the selling U.S. "
            "subsidiary received an advance payment of USD 3.8 million (€3.5 million). On March 25, "
            "2025, the sale agreement was executed for a total consideration of USD 12.1 million "
            "(€11.6 million).\n")
    assert not _rules(text, "NUM001")


# Item 8: a summary's bullet against the body it sums up
_FIRE = ("Incendie à Marseille : le bilan s'alourdit\n\nCe qu'il faut retenir\n"
         "• Le bilan de l'incendie s'élève à 14 morts, selon la préfecture.\n"
         "• Plus de 200 pompiers ont été mobilisés toute la nuit.\n\n"
         "Le bilan de l'incendie qui a ravagé un immeuble du centre-ville de Marseille dans la nuit "
         "de samedi à dimanche s'élève à 12 morts, a annoncé la préfecture des Bouches-du-Rhône "
         "dimanche matin.\n\nLes secours ont travaillé jusqu'à l'aube pour évacuer les habitants des "
         "immeubles voisins.\n")


def test_num002_compares_a_summary_bullet_with_the_body():
    assert len(_rules(_FIRE, "NUM002")) == 1
    text = ("Une ville en plein essor\n\nL'essentiel\n"
            "- La ville compte 150 000 habitants, selon la mairie, qui publie ses chiffres.\n"
            "- Deux nouveaux quartiers sortiront de terre d'ici 2030.\n\n"
            "La ville compte 120 000 habitants, selon la mairie, qui publie ses chiffres chaque "
            "année au printemps.\n")
    assert len(_rules(text, "NUM002")) == 1


def test_num002_still_skips_two_items_of_one_list():
    text = _FIRE.replace("• Plus de 200 pompiers ont été mobilisés toute la nuit.",
                         "• Le bilan de l'incendie voisin s'élève à 3 morts, selon la préfecture.")
    assert not _rules(text[:text.index("Le bilan de l'incendie qui")], "NUM002")


def test_num002_an_interviews_dashes_are_no_list():
    # a French interview opens each question and answer with "– ": the answers are compared
    text = ("Entretien avec la maire\n\n– Combien d'habitants compte la ville aujourd'hui ?\n"
            "– La ville compte 120 000 habitants, selon les derniers chiffres de l'Insee.\n"
            "– Et vos projets pour les quartiers nord ?\n"
            "– La ville compte 150 000 habitants, selon l'Insee, et il faut les loger.\n")
    assert len(_rules(text, "NUM002")) == 1
    assert not _rules(text.replace(" ?\n", ".\n"), "NUM002")  # no question: a list's items
