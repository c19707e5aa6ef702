"""Round 19's number verdicts: Brazilian scale abbreviations ("R$ 46 mi", "US$ 3 bi") read as
scales, so NUM007 compares like with like."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


def _read(text: str, language: str = "pt") -> list[tuple[str, str | None, float]]:
    return [(q.text, q.unit, q.value) for q in find_quantities(text, [(0, len(text))], language)]


# Round 19a r_num007_pt_mi: a Brazilian headline's "R$ 46 mi" is the text's "R$ 46 milhões".
_PREFEITURA = ("Prefeitura vai realocar R$ 46 mi para obras\n\nA Prefeitura pede autorização para o "
               "remanejamento de R$ 14 milhões. Totalizando cerca de R$ 46 milhões para obras.\n")


def test_num007_reads_a_brazilian_scale_abbreviation():
    assert not _rules(_PREFEITURA, "NUM007")
    # a real slip under the abbreviation is still one
    assert [f.message for f in _rules(_PREFEITURA.replace("R$ 46 mi ", "R$ 46 bi "), "NUM007")] \
        == ["the headline says 'R$ 46 bi', the text 'R$ 46 milhões': the text's is 1,000 times less"]


def test_brazilian_scale_abbreviations_beside_a_currency():
    # Brazilian financial copy: "FCF ~US$ 12,5 bi, recompra US$ 4,7 bi", "R$ 1,4 mi"
    assert _read("FCF de US$ 12,5 bi, recompra de US$ 4,7 bi e R$ 1,4 mi em caixa.") == [
        ("US$ 12,5 bi", "USD", 12.5e9), ("US$ 4,7 bi", "USD", 4.7e9), ("R$ 1,4 mi", "BRL", 1.4e6)]
    # the currency after it: "A receita total foi de mais de 6 Mi de dólares"
    assert _read("A receita total foi de mais de 6 Mi de dólares.") == [("6 Mi de dólares", "USD", 6e6)]


def test_mi_without_a_currency_is_no_scale():
    # "mi" is a word elsewhere ("a mi casa"), a mile glued to a figure ("a 5mi run")
    assert _read("Vuelvo a mi casa con 5 mi hermanos.", "es") == []
    assert all(v < 1e6 for _, _, v in _read("She ran a 5mi loop and 12 mi later stopped.", "en"))


# Round 19b r09 (fr22, nouvelhay): the headline's total ("400 appareils commandés") over one
# buyer's part ("Lion (200 appareils"): two round figures, not a slip of one digit.
_AIRBUS = ("Airbus vole plus haut cette année : {} appareils commandés\n\nOutre la compagnie "
           "indonésienne Lion ({} appareils= 20 milliards de $) , Lufthansa (10 A320 + 2 A380= "
           "11milliards 200 millions de $) ,, la Turquie avec Turkish Airlines a commandé ferme "
           "82 appareils.\n\nRead More\n")


def test_num007_two_round_figures_are_a_total_and_a_part():
    assert not _rules(_AIRBUS.format("400", "200"), "NUM007")
    # two significant digits swapped are still a slip
    assert [f.message for f in _rules(_AIRBUS.format("250", "205"), "NUM007")] == [
        "the headline says '250', the text '205'"]


# Round 19a r_num007_bare_amounts (Le Temps archive, 1999): "39 milliards difficilement
# acquis" is an amount (a French scale word's noun follows "de"), the text's bare "39 millions"
# the same money a thousand times less.
_BITUME = ("39 milliards difficilement acquis pour du bitume\n\nLe Grand conseil neuchâtelois a "
           "vibré pour un crédit routier de {}. Les douze projets étalés sur huit ans ont failli "
           "être repoussés.\n")


def test_num007_compares_two_bare_amounts():
    assert [f.message for f in _rules(_BITUME.format("39 millions"), "NUM007")] == [
        "the headline says '39 milliards', the text '39 millions': the text's is 1,000 times less"]
    assert not _rules(_BITUME.format("39 milliards"), "NUM007")
    assert not _rules(_BITUME.format("45 millions"), "NUM007")


def test_a_scale_word_noun_follows_de_in_french_only():
    assert [(q.text, q.noun) for q in find_quantities(
        "39 milliards difficilement acquis, 39 millions de personnes.", [(0, 61)], "fr")] == [
        ("39 milliards", None), ("39 millions", "personne")]
    # English counts its noun right after the scale word
    text = "Some 39 million people voted."
    assert [(q.text, q.noun) for q in find_quantities(text, [(0, len(text))], "en")] == [
        ("39 million", "people voted")]


# Round 19a r_num003_relative_clause (Sun Advocate, 2011): the elapsed time closes a relative
# clause apposed to the date it counts from.
_PRICE = ("Price City\n\nThe event marked {}, the {} when Price City officially became "
          "incorporated {} years ago.\n")


def test_num003_reads_past_a_dates_apposed_relative_clause():
    found = _rules(_PRICE.format("April 1, 1921", "date", "100"), "NUM003", "2011-04-11")
    assert [f.message.split(" states ")[1] for f in found] == [
        "100 years but 'April 1, 1921' to 2011-04-11 (the publication date) is 90 years"]
    # the right count, and the year's own apposition, stay silent
    assert not _rules(_PRICE.format("April 1, 1921", "date", "90"), "NUM003", "2011-04-11")
    assert not _rules(_PRICE.format("in 1911", "year", "100"), "NUM003", "2011-04-11")
    assert _rules(_PRICE.format("in 1921", "year", "100"), "NUM003", "2011-04-11")


def test_num003_french_apposed_date():
    text = ("La commune\n\nLa fête a marqué le 1er avril 1921, date à laquelle la commune a été "
            "créée il y a 100 ans.\n")
    assert _rules(text, "NUM003", "2011-04-11")
    assert not _rules(text.replace("100 ans", "90 ans"), "NUM003", "2011-04-11")


# Round 19b r06 (fr: "L'Association de Bienfaisance fête ses 80 ans"): a birth participle said
# of the body it agrees with is its founding.
_NEE = ("L’Association de Bienfaisance fête ses 80 ans\n\nL’Association a fêté ses 80 ans en la "
        "présence de la conseillère départementale. {}, {} a pu construire un dispensaire.\n")


def test_num003_a_bodys_birth_is_its_founding():
    found = _rules(_NEE.format("Née en 1944 par la volonté de donateurs locaux", "l’association"),
                   "NUM003", "2019-09-10")
    assert [f.message for f in found] == [
        "the headline's 'fête ses 80 ans' states 80 years but founded in 1944, counted to 2019 "
        "(the publication year), gives 75"]
    assert not _rules(_NEE.format("Née en 1939 par la volonté de donateurs locaux", "l’association"),
                      "NUM003", "2019-09-10")
    # a person's birth is no founding
    assert not _rules(_NEE.format("Née en 1944 à Lyon", "Marie Dupont"), "NUM003", "2019-09-10")


def test_num003_an_english_bodys_birth():
    text = ("The Riverside Choir celebrates 50 years\n\nThe choir held a concert on Saturday. Born in "
            "1979 out of a church group, the choir now has 40 singers.\n")
    assert _rules(text, "NUM003", "2024-05-01")
    assert not _rules(text.replace("1979", "1974"), "NUM003", "2024-05-01")


# Round 19b r14: a bitcoin amount converted to euros is money NUM001 cannot check (the ECB
# publishes no bitcoin rate), which the notes say.
def test_num001_notes_a_bitcoin_conversion():
    text = "Les pirates réclament une rançon de 9 000 bitcoins (environ 3,35 millions d’euros).\n"
    settings = Settings(published=dt.date(2020, 1, 6))
    result = audit_article(text, "x.txt", settings)
    assert [n for n in result.facts.rate_notes] == [
        "NUM001: \"9 000 bitcoins (environ 3,35 millions d'euros)\" not checked: the ECB publishes "
        "no BTC rate"]
    assert not [f for f in result.findings if f.rule == "NUM001"]
    # English copy: "a ransom of 50 bitcoin (about $3.4 million)"
    text = "The hackers demanded a ransom of 50 bitcoin (about $3.4 million) on Friday.\n"
    assert audit_article(text, "x.txt", settings).facts.rate_notes == (
        "NUM001: '50 bitcoin (about $3.4 million)' not checked: the ECB publishes no BTC rate",)
    # the word before no figure is no money: "le cours du bitcoin"
    assert _read("Le cours du bitcoin a dépassé 60 000 dollars.", "fr") == [
        ("60 000 dollars", "USD", 60000.0)]


# Review 28 item 6: "bi", "tri" are Brazilian scales on a Portuguese page or beside the real
# only, and never a hyphenated word's prefix ("bi-weekly", "tri-county").
_STIPEND = ("Mercy General residents win $1,200 housing stipend\n\nResident physicians at Mercy "
            "General will receive a housing stipend of $1,200 bi-weekly under the contract signed "
            "on Friday, the union said.\n")


def test_bi_weekly_is_no_brazilian_scale():
    assert not _rules(_STIPEND, "NUM007", "2025-03-04")
    assert _read("a housing stipend of $1,200 bi-weekly (about €1,100).", "en") == [
        ("$1,200", "USD", 1200.0), ("€1,100", "EUR", 1100.0)]
    assert _read("the $40 tri-county pass and a $5 mi-parcours fee", "en") == [
        ("$40", "USD", 40.0), ("$5", "USD", 5.0)]
    # a hyphen on a Portuguese page too: "R$ 300 bi-mensais" is no 300 billion
    assert _read("Um auxílio de R$ 300 bi-mensais.") == [("R$ 300", "BRL", 300.0)]


def test_brazilian_scales_beside_the_real_on_any_page():
    # an English page quoting Brazilian copy: the real makes the abbreviation Brazilian
    assert _read("Petrobras plans to invest R$ 46 bi in the region.", "en") == [
        ("R$ 46 bi", "BRL", 46e9)]
    # a dollar amount on an English page is not read with the Portuguese abbreviation
    assert all(v < 1e6 for _, _, v in _read("The county paid $300 bi annually.", "en"))


# Review 28 item 12: two round figures are a total and a part only when the text's is at most
# half the headline's or counts something else; one grant's "800" over "900" is a slip.
_BLAGNAC = ("Airbus : la Région accorde {} millions d'euros pour l'usine de Blagnac\n\nLe conseil "
            "régional a voté jeudi une aide de {} millions d'euros pour l'extension de l'usine "
            "d'assemblage de Blagnac, qui doit créer 1 200 emplois d'ici 2027.\n")


def test_num007_two_round_figures_of_one_grant_are_compared():
    assert [f.message for f in _rules(_BLAGNAC.format("800", "900"), "NUM007", "2025-03-04")] == [
        "the headline says \"800 millions d'euros\", the text \"900 millions d'euros\""]
    # the text's larger than half the headline's: no part of it
    assert _rules(_BLAGNAC.format("900", "800"), "NUM007", "2025-03-04")
    # at most half: a part the text details (the Airbus case above too)
    assert not _rules(_BLAGNAC.format("800", "300"), "NUM007", "2025-03-04")
