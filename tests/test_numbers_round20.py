"""Round 20's number verdicts: a bare "$" on a page that says in its own words it is written in
Canada (a /CNW/ wire, a Canadian dateline, "$ CA") is the Canadian dollar."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import text_territory
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


# Round 20a r11 (mutation m04b of a Montréal /CNW/ release): 145 CAD = 99.0 M€ on 2024-04-12.
_MEDICOM = ("MONTRÉAL, le 12 avril 2024 /CNW/ - Investissement Québec annonce des projets.\n\n"
            "Medicom inaugurera sous peu une usine en France. Ce projet représente un investissement "
            "total de plus de 145 M$ (121 M€). L’usine créera 150 emplois.\n")


def test_num001_reads_the_dollar_of_a_cnw_release_as_canadian():
    found = _rules(_MEDICOM, "NUM001")
    assert len(found) == 1 and "22.2% above" in found[0].message and "EUR/CAD" in found[0].message
    # right in Canadian dollars: silent
    assert not _rules(_MEDICOM.replace("121 M€", "99 M€"), "NUM001")


def test_a_canadian_dateline_alone_locates_the_page():
    no_wire = _MEDICOM.replace(" /CNW/", "")
    assert text_territory(no_wire) == ("CA", "MONTRÉAL")
    assert "EUR/CAD" in _rules(no_wire, "NUM001")[0].message
    # any town followed by its province: "LÉVIS (Québec), le 3 mai 2023"
    assert text_territory("Titre\n\nSAINT-GEORGES (Québec), le 3 mai 2023 - Une usine de 12 M$.")[0] == "CA"
    # "$ CA" written in the text
    assert text_territory("Le contrat vaut 5 M$ CA, et 3 M$ de plus.")[0] == "CA"


def test_a_real_cnw_telbec_release_is_located_in_canada():
    # newswire.ca, Tembec, 2017 (a real release)
    text = ("MONTRÉAL, le 24 mars 2017 /CNW Telbec/ - Tembec a annoncé aujourd'hui un plan "
            "d'investissement de 136 millions $ sur quatre ans afin d'améliorer la compétitivité de "
            "ses installations du Québec.")
    assert text_territory(text)[0] == "CA"


def test_a_page_from_elsewhere_keeps_the_us_dollar():
    paris = _MEDICOM.replace("MONTRÉAL, le 12 avril 2024 /CNW/ - Investissement Québec",
                             "PARIS, le 12 avril 2024 - Business France")
    assert text_territory(paris) is None
    assert "EUR/USD" in _rules(paris, "NUM001")[0].message
    # a Canadian city named in the body says what the article is about, not where it is written
    assert text_territory("PARIS - Le groupe rachète un concurrent.\n\nLe siège est à Montréal, "
                          "au Canada, depuis 1990.") is None


def _read(text: str, language: str = "fr") -> list[tuple[str, str | None]]:
    from audit.extract.quantities import find_quantities

    return [(q.text, q.unit) for q in find_quantities(text, [(0, len(text))], language)]


def test_a_flattened_table_row_is_no_phrase():
    # round 20a fr17 (algerie360): the euro row's last cell, then the dollar row's label
    assert _read("Euro (€) 140,72 140,74 250,00 252,00 Dollar US ($) 134,81 134,83 240,00 "
                 "242,00 Livre Sterling (₤) 169,83") == []
    # a sign after a cell is the cell's own; prose keeps its amounts
    assert _read("Cours : 140,72 140,74 250,00 252,00 €") == [("252,00 €", "EUR")]
    assert _read("L’euro s’échange à 250 dinars à l’achat et 252 dinars à la vente.") == [
        ("250 dinars", "dinar?"), ("252 dinars", "dinar?")]
