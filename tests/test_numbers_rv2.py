"""Review of round 20's number fixes: a Canadian dateline must look like one (a sentence opening
with "Ottawa," is none, "VANCOUVER, Wash." is in the US); "dollars US" names the US dollar
(NUM005); a flattened price row keeps its last amount and currency."""

from __future__ import annotations

from audit.extract.quantities import find_quantities, text_territory
from audit.pipeline import audit_article
from audit.settings import Settings


def _money(text: str, language: str = "fr") -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, [(0, len(text))], language)
            if q.kind == "money"]


def test_a_lede_opening_with_a_canadian_city_is_no_dateline():
    text = ("Trade war: Trump slaps 25% tariffs on Canada and Mexico\n"
            "Ottawa, Mexico City and Beijing vowed to retaliate on Sunday after President Donald "
            "Trump imposed sweeping tariffs on imports from America's three largest trading "
            "partners.\nThe tariffs cover about $1.3 trillion (€1.25 trillion) of annual imports, "
            "according to the Commerce Department.\n")
    assert text_territory(text) is None
    art = audit_article(text, "x.txt", Settings())
    assert all(q.unit != "CAD" for q in art.facts.quantities)
    assert text_territory("Prices\nToronto, Montreal and Vancouver saw prices rise.") is None


def test_a_us_namesake_city_with_its_state_is_not_canada():
    # the dateline of the Port of Vancouver USA's releases and of The Columbian
    text = ("Port of Vancouver approves new terminal lease\n"
            "VANCOUVER, Wash. — The Port of Vancouver USA commissioners on Tuesday approved a "
            "30-year lease for a $50 million terminal on the Columbia River.\n")
    assert text_territory(text) is None
    assert text_territory("Title\nOTTAWA, Ill. — The city council voted.") is None
    assert text_territory("Title\nVANCOUVER, WA — The port voted.") is None


def test_canadian_datelines_still_locate_the_page():
    # The Canadian Press (darpanmagazine.com): capitals and a dash
    assert text_territory("News\nOTTAWA — Bank of Canada governor Stephen Poloz is keeping the "
                          "trend-setting interest rate at one per cent.") == ("CA", "OTTAWA")
    assert text_territory("Titre\nToronto (CP) — Le prix de 5 $ a augmenté.")[0] == "CA"
    assert text_territory("Titre\nMONTRÉAL, la Caisse annonce 5 M$.")[0] == "CA"
    # round 20a r11, a Montréal /CNW/ release
    assert text_territory("MONTRÉAL, le 12 avril 2024 /CNW/ - Investissement Québec.")[0] == "CA"


def _num005(text: str, name: str = "x.html") -> list:
    return [f for f in audit_article(text, name, Settings()).findings if f.rule == "NUM005"]


def test_num005_dollars_us_against_a_canadian_dollar():
    page = ("<html lang=\"fr-CA\"><head><title>Hydro-Québec signe un contrat</title></head><body>"
            "<h1>Hydro-Québec signe un contrat d'exportation avec New York</h1>"
            "<p>MONTRÉAL — Hydro-Québec a signé mardi un contrat de 25 ans avec l'État de New York.</p>"
            "<p>La société d'État touchera des revenus annuels de 419,5 millions $, a indiqué sa "
            "présidente-directrice générale, Sophie Brochu.</p>"
            "<p>Selon le communiqué new-yorkais, le contrat représente 419,5 millions de dollars US "
            "par an pour les contribuables de l'État.</p></body></html>")
    found = _num005(page)
    assert len(found) == 1 and "USD here, CAD before" in found[0].message
    assert len(_num005(page.replace("dollars US", "dollars américains"))) == 1
    # round 11b fr20: two unnamed dollars read two ways stay silent
    fr20 = ("MONTRÉAL, le 16 juill. 2021 /CNW Telbec/ - Le gouvernement du Québec a annoncé des "
            "contributions financières totalisant 419,5 millions de dollars à sept entreprises.\n\n"
            "Le total des contributions atteint 419 500 000 $, selon le ministère.\n")
    assert not _num005(fr20, "x.txt")


def test_a_price_row_keeps_its_last_amount_and_currency():
    text = ("Prix moyens au litre (semaine 12, semaine 13, semaine 14) : gazole 1,72 1,75 1,78 "
            "euro ; SP95 1,85 1,86 1,89 euro.")
    assert _money(text) == [("1,78 euro", "EUR"), ("1,89 euro", "EUR")]
    # a name that labels the next row's figures is not the cell's currency
    assert _money("Euro 140,72 140,74 250,00 252,00 Dollar canadien (CAD) 134,81 134,83") == []
    assert _money("Cours : 140,72 140,74 250,00 252,00 €") == [("252,00 €", "EUR")]
