"""Round 17's number verdicts: NUM007 on a "B" glued to an amount ("£2.9B") and on a French
"billion" NUM006 explains, NUM003 on a time adverb between the celebration's verb and its
count, and on a headline's "50-year anniversary" with the founding further down."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


# Round 17a r01: "£2.9B" is £2.9 billion, as "£2.9bn" and "£16.6M" are read.
_DOORDASH = "DoorDash's {} Bid For Deliveroo\n\nDoorDash agreed to buy Deliveroo PLC in a {} transaction.\n"
# law360.com (2024-03-19): "Freshfields Guides AstraZeneca In $2.4B Pharma Co. Deal"
_ASTRAZENECA = ("Freshfields Guides AstraZeneca In {} Pharma Co. Deal\n\nAstraZeneca PLC said "
                "Tuesday that it will buy Fusion Pharmaceuticals for up to {} in cash.\n")


def test_num007_reads_a_b_glued_to_an_amount():
    assert not _rules(_DOORDASH.format("£2.9B", "£2.9 billion"), "NUM007")
    assert not _rules("Apple Buys Startup For $3.9B\n\nApple agreed to buy the startup in a "
                      "$3.9 billion transaction.\n", "NUM007")
    assert not _rules(_ASTRAZENECA.format("$2.4B", "$2.4 billion"), "NUM007")
    # a real slip still reads: "$2.4B" over "$2.4 million" is a thousand times off
    found = _rules(_ASTRAZENECA.format("$2.4B", "$2.4 million"), "NUM007")
    assert found and "1,000 times less" in found[0].message
    # in French and German texts too
    text = "Le rachat à 2,9B€ et 3,5M€\n"
    assert [q.value for q in find_quantities(text, [(0, len(text))], "fr")] == [2.9e9, 3.5e6]


def test_a_b_alone_is_no_scale():
    # without a currency, "3b" is an article's or a line's: no billion read
    text = "See article 3b of the law, and take bus 5B to 12 stations.\n"
    assert all(q.value < 1e9 for q in find_quantities(text, [(0, len(text))], "en"))


# Round 17b r13 (fr14_sikafinance, mutated): the text states the headline's milliards as a
# French "billion", which NUM006 explains; 27,75 milliards is another project's.
_BAD = ("La BAD accorde un financement de 275 milliards FCFA à la Côte d’Ivoire\n\nLa Banque "
        "africaine de développement a signé ce 28 février trois accords de financement pour un "
        "montant global de {} FCFA (419,2 millions d’euros) en faveur de 5 projets.\n\n"
        "Egalement, 27,75 milliards FCFA sont accordés au projet d’amélioration de l’accès à "
        "l’électricité en milieu rural.\n")


def test_num007_leaves_a_french_billion_to_num006():
    text = _BAD.format("275 billions")
    assert not _rules(text, "NUM007")
    assert _rules(text, "NUM006")
    # a second wording: the singular, another amount
    text = ("Le Sénégal lève 1,5 milliard FCFA sur le marché\n\nL'État a levé 1,5 billion FCFA "
            "mardi ; 15 milliards FCFA restent à placer.\n")
    assert not _rules(text, "NUM007")
    # the text's amount alone, no billion: the headline's digit slip still reads
    found = _rules(_BAD.format("400 milliards"), "NUM007")
    assert found and "27,75 milliards FCFA" in found[0].message


# Round 17a r02 (Courrier de l'Ouest, fr15): a time adverb between the verb and its count.
_TRANSPORT = "Créée en 1953, l'entreprise de transport fête {} 50e anniversaire.\n"
# midilibre.fr (2012-12-06): "L'Amicale laïque a fêté ses 50 ans", founded in 1962, told with
# an adverb ("Dernièrement") moved between the verb and the count
_AMICALE = "Créée en 1962, l'Amicale laïque a fêté {} ses {} ans en présence du maire.\n"


def test_num003_reads_a_time_adverb_between_the_verb_and_the_count():
    found = _rules(_TRANSPORT.format("ce samedi son"), "NUM003", "2018-06-19")
    assert found and "gives 65" in found[0].message
    assert _rules(_TRANSPORT.format("son"), "NUM003", "2018-06-19")
    assert _rules(_TRANSPORT.format(", ce samedi, son"), "NUM003", "2018-06-19")
    found = _rules(_AMICALE.format("dernièrement", 40), "NUM003", "2012-12-06")
    assert found and "gives 50" in found[0].message
    found = _rules("Founded in 1955, the company celebrated on Saturday its 50th anniversary.\n",
                   "NUM003", "2017-09-22")
    assert found and "gives 62" in found[0].message
    # right: silent; nor words that are not the count's possessive before it
    assert not _rules(_AMICALE.format("dernièrement", 50), "NUM003", "2012-12-06")
    assert not _rules("Créée en 1953, l'entreprise a fêté avec le maire les 50 ans du "
                      "jumelage.\n", "NUM003", "2018-06-19")


# Round 17a r03 (Holland Sentinel, en03, mutated 1968 -> 1962): a year count before the
# anniversary noun in the headline, the founding a paragraph further.
_TRANS_MATIC = ("Trans-Matic holds 50-year anniversary celebration\n\nAbout 200 people attended "
                "the event on Monday.\n\nTrans-Matic was founded in {} by Chicago native "
                "Patrick Thompson.\n")
# wxow.com (2022-06-23), "Founded in 1947 by Rudy Miller", told with a year-count headline
# (the company named in the founding sentence: "Founded in 1947 by Rudy Miller, the company"
# names its founder only, which the headline reading does not take for the company)
_MILLER = ("Miller Ingenuity holds 75-year anniversary celebration\n\nMiller Ingenuity gathered "
           "with community members Thursday afternoon.\n\nMiller Ingenuity was founded in {} by "
           "Rudy Miller and has grown globally.\n")


def test_num003_reads_a_year_count_in_the_headline():
    found = _rules(_TRANS_MATIC.format(1962), "NUM003", "2018-06-19")
    assert found and "gives 56" in found[0].message
    assert not _rules(_TRANS_MATIC.format(1968), "NUM003", "2018-06-19")
    found = _rules(_MILLER.format(1952), "NUM003", "2022-06-23")
    assert found and "gives 70" in found[0].message
    assert not _rules(_MILLER.format(1947), "NUM003", "2022-06-23")


def test_num003_headline_anniversary_of_another_event_is_not_the_subjects():
    for rank in ("50th", "50-year"):
        text = (f"Town marks {rank} anniversary of the flood\n\nAbout 200 people attended the "
                "event on Monday.\n\nThe town was founded in 1850 by settlers.\n")
        assert not _rules(text, "NUM003", "2018-06-19")
    # its own founding's anniversary still reads
    text = ("Town marks 50th anniversary of its founding\n\nAbout 200 people attended the "
            "event on Monday.\n\nThe town was founded in 1850 by settlers.\n")
    assert _rules(text, "NUM003", "2018-06-19")
