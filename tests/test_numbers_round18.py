"""Round 18's number verdicts: NUM001 on amounts with an abbreviated scale beside an ISO code
("77 mlds EUR", "600 MEUR", "6,6 G$"); NUM003 on an anniversary whose sentence states its own
date, and on "fêter les 40 ans de leur association"; an obituary's age counted to the
publication date, not to a year the text mentions."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


def _read(text: str, language: str = "fr") -> list[tuple[str, str | None, float]]:
    return [(q.text, q.unit, q.value) for q in find_quantities(text, [(0, len(text))], language)]


# Round 18a r01 (AFP copy): "77 mlds EUR" beside "88 milliards de dollars" is money.
_IRAK = ("Au premier jour de la conférence, lundi, les responsables irakiens avaient chiffré les "
         "besoins de leur pays à 88 milliards de dollars ({}), dont 22 milliards USD ({}) à "
         "court terme.\n")


def test_num001_reads_an_abbreviated_scale_before_an_iso_code():
    found = _rules(_IRAK.format("77 mlds EUR", "14,3 mlds EUR"), "NUM001", "2018-02-14")
    assert [f.message.split(" is ")[0] for f in found] == ["77 mlds EUR", "14,3 mlds EUR"]
    # the right conversions stay silent
    assert not _rules(_IRAK.format("71 mlds EUR", "17,8 mlds EUR"), "NUM001", "2018-02-14")


def test_french_financial_abbreviations_are_money():
    # TotalEnergies' release (Business Wire, 2022-10-27): "un résultat net IFRS de 6,6 G$";
    # "MEUR" and "MdEUR", the ISO code glued to the scale, in French companies' releases
    assert _read("TotalEnergies affiche un résultat net IFRS de 6,6 G$, porté par son activité GNL") \
        == [("6,6 G$", "USD", 6.6e9)]
    assert _read("Le chiffre d'affaires atteint 600 MEUR, la dette 1,2 MdEUR.") == [
        ("600 MEUR", "EUR", 6e8), ("1,2 MdEUR", "EUR", 1.2e9)]


def test_an_abbreviated_scale_without_a_currency_stays_a_count():
    assert _read("Ils étaient 77 mlds de personnes.") == [("77", None, 77.0)]
    # a "G" is no billion without a currency, and a name holding a letter and a figure is no amount
    assert _read("La 5G couvre 3 G7 et M6 diffuse le match.") == []
    assert not _rules("La chaîne M6 a payé 5 millions de dollars au fonds Amundi EUR 2 (4 "
                      "millions d'euros).\n", "NUM001", "2018-02-14")
