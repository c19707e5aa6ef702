"""Round 47b's agency money: Reuters' "30 mln eur ($35.9 million)" (a code in lower case after
the scale word) and "RON 1.1 bln (EUR 290 mln)" ("bln" for billion), read as "EUR 30 mln" and
"RON 1.1 bn" were (repros m13, m14 and their controls); and round 47a's «15 francs français, soit
l'équivalent de 2,25 €» (m12): the euro area's former currencies at their fixed rates."""

from __future__ import annotations

import pytest

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_document
from tests.blind_reading import ROUNDS
from tests.numbers.reading import repro_file, rules


def _money(text: str, language: str = "en") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, [(0, len(text))], language)
            if q.kind == "money"]


@pytest.mark.parametrize("name", [
    "m13_en_reuters_rate_probe.txt", "m13d_en_no_bullet.txt", "m13f_en_million_eur_lower.txt",
    # the controls that fired before
    "m13b_en_euros_word.txt", "m13c_en_mln_EUR_caps.txt", "m13e_en_mln_EUR_after.txt",
])
def test_reuters_lower_case_code_after_the_scale_word(name):
    # 30 M EUR on 2016-11-22 is $31.9 million: "$35.9 million" is 12.7 % off
    text = repro_file("round47b", name)
    assert len(rules(text, "NUM001")) == 1
    assert not rules(text.replace("$35.9 million", "$31.9 million"), "NUM001")


@pytest.mark.parametrize("name", [
    "m14_en_ron_rate_probe.txt", "m14b_en_billion_word.txt", "m14c_en_ron_mln_control.txt",
    "m14d_en_bn.txt",
])
def test_bln_is_a_billion(name):
    # RON 1.1 bn is about EUR 232 mln in September 2019: "EUR 290 mln" is off; EUR 232 mln right
    text = repro_file("round47b", name)
    assert len(rules(text, "NUM001")) == 1
    assert not rules(text.replace("(EUR 290 mln)", "(EUR 232 mln)"), "NUM001")


@pytest.mark.parametrize(("text", "expected"), [
    ("Voestalpine will invest 30 mln eur ($35.9 million) in sites.", [(30e6, "EUR"), (35.9e6, "USD")]),
    ("Around 15 mln eur is allocated to Mexico.", [(15e6, "EUR")]),
    ("The grants accounted for RON 1.1 bln (EUR 290 mln).", [(1.1e9, "RON"), (290e6, "EUR")]),
    # real wording: "Dataset: firms with sales > 1 bln rub" (a Russian firms' dataset script)
    ("Firms with sales above 1 bln rub were listed.", [(1e9, "RUB")]),
    ("The budget tops 100 trln yen this year.", [(100e12, "JPY")]),
    ("It raised 5 million usd in 2020.", [(5e6, "USD")]),
    # negatives: a code inside a word, a code with no figure, "Bln" (Berlin) after a postcode,
    # "bln" with no currency, codes that are words too, a name in title case
    ("Some 30 mln europeans travelled last summer.", []),
    ("The eur fell against the dollar, usd traders said.", []),
    ("Adresse: Hauptstraße 5, 10115 Bln.", []),
    ("A 3 bln plan.", []),
    ("Nearly 5 million try to cross each year.", []),
    ("About 2 million mad cows were culled.", []),
    ("There are 10 million php sites online.", []),
    ("He drew 1 million Ron Paul supporters.", []),
])
def test_agency_scale_words_and_lower_case_codes(text, expected):
    assert _money(text) == expected


def test_french_ils_after_millions_is_no_currency():
    assert _money("Sur 3 millions ils ne sont que 200 à voter.", "fr") == []


def test_the_real_page_s_decimal_source_is_the_amount_stated():
    # en02: "RON 1.1 bln (EUR 240 mln)" is 3.3 % above 1.1 × 0.2113. The tester judged it
    # acceptable (RON 1.135 bln printed "1.1" would be EUR 240 mln); NUM001 takes the printed
    # figure as the amount, as wire copy converts it (review of r47b): a debatable finding, kept.
    # "(EUR 260 mln)" for "RON 1.21 bln" is right and stays silent.
    found = rules((ROUNDS / "round47b" / "inputs" / "en02_romaniainsider.txt").read_text(encoding="utf-8"), "NUM001")
    assert len(found) == 1 and found[0].message.startswith("EUR 240 mln is 3.3% above RON 1.1 bln")


@pytest.mark.parametrize("text", [
    # the review of r47b: conversions 3.6-4.9 % off with a decimal source before a scale word
    # (Reuters pairs from the pages corpus, their figures changed): a tolerance for the
    # source's rounding (up to 5 %) hid them all
    "Published March 3, 2023\n\nThe group agreed to buy the unit for $1.5 billion (€1.36 billion), it said on Friday.",
    "Published March 3, 2023\n\nThe group agreed to buy the unit for €1.2 billion ($1.32 billion), it said on Friday.",
    "Veröffentlicht am 3. März 2023\n\nDer Konzern zahlt 1,1 Milliarden Dollar (985 Millionen Euro) für die Sparte, teilte er mit.",
    "Published March 16, 2017\n\nLone Star offered to inject up to 1.5 billion euros ($1.55 billion) into the bank in return for a 75 percent stake.",
    "Published March 16, 2017\n\nAnil Agarwal said he was buying a 1.2 billion pound ($1.41 billion) stake in Anglo American, sending its shares higher.",
    "Publié le 16 mars 2017\n\nLone Star propose d'injecter 1,5 milliard d'euros (1,55 milliard de dollars) dans la banque, selon des sources.",
    "Veröffentlicht am 16. März 2017\n\nLone Star will bis zu 1,5 Milliarden Euro (1,55 Milliarden Dollar) in die Bank stecken, hieß es.",
    # the agency's own form: RON 1.1 bln is EUR 232 mln on that day, RON 1 bln EUR 211 mln
    "On 10 September 2019 the grants reached RON 1.1 bln (EUR 240 mln), the ministry said.",
    "On 10 September 2019 the grants reached RON 1 bln (EUR 220 mln), the ministry said.",
])
def test_a_decimal_source_is_the_amount_stated(text):
    assert len(rules(text, "NUM001")) == 1


@pytest.mark.parametrize("text", [
    # the same, right: silent
    "Published March 3, 2023\n\nThe group agreed to buy the unit for $1.5 billion (€1.41 billion), it said on Friday.",
    "Published Dec. 17, 2021\n\nMILAN, Dec 17 (Reuters) - Monte dei Paschi said it planned to raise 2.5 billion euros ($2.8 billion) in capital next year.",
    "Published March 16, 2017\n\nAnil Agarwal said he was buying a 1.2 billion pound ($1.47 billion) stake in Anglo American, sending its shares higher.",
    "On 10 September 2019 the grants reached RON 1.1 bln (EUR 232 mln), the ministry said.",
    "On 10 September 2019 the grants reached RON 1 bln (EUR 211 mln), the ministry said.",
])
def test_a_right_decimal_source_conversion_is_silent(text):
    assert not rules(text, "NUM001")


# Round 47a m12: the euro area's former currencies at their fixed rates (pegs.yml)
_FORMER = [
    ("Publié le 13 décembre 2018\n\nLa carte coûtait 15 francs français, soit l'équivalent de {} €, "
     "à la création du club en 1978.", "2,29", "2,25"),
    ("Veröffentlicht am 3. Mai 2015\n\nDas Haus kostete damals 200.000 D-Mark (rund {} Euro), sagt der "
     "Besitzer.", "102.000", "150.000"),
    ("Publicado el 3 de mayo de 2015\n\nLa entrada costaba 500 pesetas ({} euros) en 1990, recuerda el "
     "dueño.", "3", "5"),
    ("Gepubliceerd op 3 mei 2015\n\nHet huis kostte toen 100.000 Nederlandse gulden ({} euro), zegt de eigenaar.",
     "45.000", "60.000"),
    ("Publicado em 3 de maio de 2015\n\nA casa custou 10 mil escudos portugueses ({} euros) em 1980, diz o dono.",
     "50", "80"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _FORMER)
def test_former_euro_currencies_at_their_fixed_rate(text, right, wrong):
    assert not rules(text.format(right), "NUM001")
    assert len(rules(text.format(wrong), "NUM001")) == 1


def test_the_named_french_franc_repro():
    # 15 FRF is 2.29 EUR at 6.55957: «2,25 €» is 1.6 % below
    text = repro_file("round47a", "m12_frf_named.txt")
    found = rules(text, "NUM001")
    assert len(found) == 1 and "6.55957 FRF per EUR" in found[0].message
    assert not rules(text.replace("2,25 €", "2,29 €"), "NUM001")


def test_a_bare_franc_is_still_not_guessed():
    text = ("Publié le 13 décembre 2018\n\nLa carte coûtait 15 francs, soit l'équivalent de 2,25 €, "
            "à la création du club en 1978.")
    assert not rules(text, "NUM001")
    notes = audit_document(text, "x.txt")["notes"]
    assert any("'franc' alone names several currencies" in n for n in notes)


# The review of r47b: a bare «escudos» is Cape Verde's too (110.265 to the euro, not Portugal's
# 200.482), a bare «gulden» the Antillean guilder of Curaçao and Sint Maarten (about 0.5 euro) or
# Suriname's until 2004; read in every language, they gave false findings. They are ambiguous
# now, as a bare «francs» is (currencies.yml): not checked, a note says so.
_BARE_ESCUDOS_GULDEN = [
    "Publicado em 3 de maio de 2023\n\nNa cidade da Praia, um quilo de peixe custa 1000 escudos (cerca de 9 euros), disse o vendedor.",
    "Publicado em 3 de maio de 2023\n\nO salário mínimo em Cabo Verde passou para 15 mil escudos, cerca de 136 euros, anunciou o Governo na Praia.",
    "Publicado em 3 de maio de 2023\n\nNa Praia, o bilhete de cinema custa 500 escudos (4,5 euros), segundo a sala de Achada Santo António.",
    "Publicado em 3 de maio de 2023\n\nO Governo cabo-verdiano fixou o preço do gás em 2.500 escudos (22,7 euros) por botija, anunciou o ministro.",
    "Published May 3, 2022\n\nIn Cape Verde a bus ride costs 50 escudos (45 euro cents), and a meal 500 escudos (4.5 euros).",
    "Publicado el 3 de mayo de 2015\n\nEn Cabo Verde el menú cuesta 800 escudos (7,3 euros), explica el dueño.",
    "Publié le 3 mai 2023\n\nAu Cap-Vert, à Mindelo, un plat du jour coûte 800 escudos (7,30 euros), explique le restaurateur.",
    "Publié le 3 mai 2023\n\nÀ Sal, la course en taxi coûte 1 000 escudos, soit environ 9 euros, selon l'office du tourisme cap-verdien.",
    "Veröffentlicht am 3. Mai 2023\n\nAuf den Kapverden kostet ein Essen 800 Escudos (7,30 Euro), sagt der Wirt in Mindelo.",
    "Gepubliceerd op 3 mei 2022\n\nEen fles water kost op Curaçao 3 gulden (1,60 euro) in de supermarkt, zegt de toerist.",
    "Gepubliceerd op 3 mei 2022\n\nDe boete op Sint Maarten bedraagt 500 gulden (circa 265 euro), meldt de politie van Philipsburg.",
    "Gepubliceerd op 3 mei 2022\n\nIn Paramaribo kostte een brood in 2003 nog 1.000 gulden (ongeveer 0,35 euro), voordat de Surinaamse dollar kwam.",
    "Veröffentlicht am 3. Mai 2022\n\nAuf Curaçao kostet ein Bier 5 Gulden (2,70 Euro), sagt der Barkeeper in Willemstad.",
    "Published May 3, 2022\n\nOn Curacao a beer costs 5 gulden (2.70 euros), the barman in Willemstad said.",
]


@pytest.mark.parametrize("text", _BARE_ESCUDOS_GULDEN)
def test_a_bare_escudo_or_gulden_is_not_guessed(text):
    result = audit_document(text, "x.txt")
    assert not [f for f in result["findings"] if f["rule"].startswith("NUM")]
    assert any("alone names several currencies" in n for n in result["notes"])


@pytest.mark.parametrize(("text", "fires"), [
    # named with their country they are read: Cape Verde's, the Netherlands'
    ("Publicado em 3 de maio de 2023\n\nNa Praia, o bilhete de cinema custa 500 escudos cabo-verdianos (8 euros), segundo a sala.", True),
    ("Publicado em 3 de maio de 2023\n\nNa Praia, o bilhete de cinema custa 500 escudos cabo-verdianos (4,5 euros), segundo a sala.", False),
    ("Gepubliceerd op 3 mei 2022\n\nEen fles water kost op Curaçao 3 Antilliaanse gulden (1,60 euro) in de supermarkt, zegt de toerist.", False),
    ("Gepubliceerd op 3 mei 2015\n\nIn 1995 verdiende hij 5.000 Nederlandse gulden (3.000 euro) per maand, zegt de oud-werknemer in Utrecht.", True),
    ("Gepubliceerd op 3 mei 2015\n\nIn 1995 verdiende hij 5.000 Nederlandse gulden (2.270 euro) per maand, zegt de oud-werknemer in Utrecht.", False),
])
def test_escudos_and_gulden_named_with_their_country(text, fires):
    assert bool(rules(text, "NUM001")) == fires


@pytest.mark.xfail(strict=True, reason="a bare «gulden» or «escudos» names several currencies (the Dutch "
                   "guilder, the Antillean one, Suriname's; Portugal's escudo, Cape Verde's): with no "
                   "country named in the text nor the page's metadata it is not guessed, so a wrong "
                   "conversion in the bare word on a Dutch or Portuguese page is missed (round 47b review)")
@pytest.mark.parametrize("text", [
    "Gepubliceerd op 3 mei 2015\n\nHet huis kostte toen 100.000 gulden (60.000 euro), zegt de eigenaar.",
    "Publicado em 3 de maio de 2015\n\nA casa custou 10 mil escudos (80 euros) em 1980, diz o dono.",
])
def test_a_bare_former_euro_currency_on_its_own_country_s_page(text):
    assert len(rules(text, "NUM001")) == 1
