"""Leftovers of rounds 11-14 on numbers and titles, each on the real page it was seen on."""

from __future__ import annotations

from pathlib import Path

from audit.pipeline import audit_article
from audit.settings import Settings

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _run(text: str | bytes, name: str = "case.txt", codes=(), **kw):
    codes = frozenset(codes)
    r = audit_article(text, name, Settings(select=codes, explicit=codes, **kw))
    assert r.ok, r.error
    return r


def test_num002_two_peseta_amounts_are_not_one_quantity():
    # Round 11a es01 (El País, 1997): last year's budget "fue sólo de 653 millones de
    # pesetas" and "sólo en estas labores se gastarán 600 millones de pesetas" are two
    # amounts: pesetas are money (not a counted noun) and "sólo" names neither.
    page = ROUNDS / "round11a" / "inputs" / "es01_elpais.md"
    r = _run(page.read_bytes(), page.name, ["NUM002"], all_languages=True)
    assert not [f for f in r.findings if f.rule == "NUM002"]
    amounts = [q for q in r.facts.quantities if "pesetas" in q.text]
    assert [(q.kind, q.unit) for q in amounts] == [("money", "ESP")] * 3


def _amounts(text: str, **kw):
    return [(q.text, q.kind, q.unit) for q in _run(text, **kw).facts.quantities]


def test_rupee_sign_glued_with_a_dot_is_an_amount():
    # "Rs.3,800": the rupee's sign, a dot and the figure with no space (round 14 notes); the
    # same as "Rs. 3,800" and "Rs 3,800".
    assert ("Rs.3,800", "money", "INR") in _amounts(
        "The phone costs Rs.3,800 in India, while the older model sold for Rs. 2,500.")
    # cupdf.com (fellowbuddy): "Find the compound interest in Rs.2400 for 2 1/2 years"
    assert ("Rs.2400", "money", "INR") in _amounts(
        "Find the compound interest in Rs.2400 for 2 1/2 years at 5 % p.a., interest being "
        "compounded annually.")


def test_glued_rupee_amount_is_converted_and_checked():
    # indiatraveltimes.com (Nano launch, 23 March 2009): "The ex-factory price is Rs. 1,00,000
    # ($1,975)", written glued; right at the ECB rate, and $2,500 is 26 % too high.
    text = ("Nano launched in Mumbai. The ex-factory price is Rs.1,00,000 ({}), but to drive "
            "one out of the showroom, customers will have to add dealer charges and taxes.")
    import datetime as dt
    day = dt.date(2009, 3, 23)
    assert not _run(text.format("$1,975"), codes=["NUM001"], published=day).findings
    assert [f.rule for f in _run(text.format("$2,500"), codes=["NUM001"],
                                 published=day).findings] == ["NUM001"]


def test_a_dot_after_a_digit_is_still_a_decimal_tail():
    found = _amounts("Growth was 3.5 per cent in version 1.2.3 of the plan, and 12.03.2020 "
                     "was the day it ended.")
    assert ("3.5 per cent", "percent", "%") in found
    assert not [t for t, _, _ in found if t in ("5", "2", "3", "03", "2020")]


def _conversions(text: str, day=None):
    r = _run(text, codes=["NUM001"], published=day)
    t = r.doc.text
    return ([(t[c.source.start:c.source.end], t[c.target.start:c.target.end])
             for c in r.facts.conversions], [f for f in r.findings if f.rule == "NUM001"])


def test_soit_respectivement_pairs_the_lists_item_by_item():
    # Round 13b fr12 (RTL.be): "en coupures de 10.000, 5.000 et 1.000 yens, soit 57, 29 et 6
    # euros", written as the press also writes it, "soit respectivement".
    import datetime as dt
    day = dt.date(2024, 7, 3)
    line = ("Les nouveaux billets sont disponibles en coupures de 10.000, 5.000 et 1.000 yens, "
            "soit respectivement {} euros. Les premiers sortaient mercredi matin des "
            "distributeurs automatiques.")
    pairs, found = _conversions(line.format("57, 29 et 6"), day)
    assert pairs == [("10.000", "57"), ("5.000", "29"), ("1.000 yens", "6 euros")]
    assert not found
    _, found = _conversions(line.format("69, 35 et 7"), day)  # round 13b r10's 21 % error
    assert len(found) == 3
    # English puts the word after the bridge too: "or respectively €69, €35 and €7"
    _, found = _conversions("The new notes are worth ¥10,000, ¥5,000 and ¥1,000, or "
                            "respectively €69, €35 and €7, the Bank of Japan said.", day)
    assert len(found) == 3


def test_respectivement_with_lists_of_different_lengths_pairs_nothing():
    pairs, found = _conversions(
        "Les billets de 10.000, 5.000 et 1.000 yens, soit respectivement 57 et 29 euros, "
        "sortaient mercredi des distributeurs.")
    assert not found and ("1.000 yens", "29 euros") not in pairs


def _num003(text: str, year: int = 2025):
    import datetime as dt
    r = _run(text, "page.txt", ["NUM003"], published=dt.date(year, 10, 1))
    return [f for f in r.findings if f.rule == "NUM003"]


_CLUB = (ROUNDS / "round13a" / "inputs" / "fr03_clubvictorhugo.txt").read_text(encoding="utf-8")


def test_nominal_headline_anniversary_against_the_founding_year():
    # Round 13a fr03 (club-victor-hugo-angouleme.fr): "La fête des 40 ans du Club", "Créé en
    # 1985" in the body, 2025: right. With 1979 (and the body's own "40 ans d'existence"
    # gone) only the headline states the count: 46 years.
    assert _CLUB.startswith("La fête des 40 ans du Club")
    assert not _num003(_CLUB)
    wrong = _CLUB.replace("Créé en 1985", "Créé en 1979").replace(
        "les 40 ans d’existence du club", "la vie du club")
    found = _num003(wrong)
    assert len(found) == 1 and "headline" in found[0].message and "46" in found[0].message


def test_nominal_headline_without_a_founding_year_is_silent():
    assert not _num003(_CLUB.replace("Créé en 1985, ce club", "Ce club"))
    # not a body's years: a marriage, a person
    body = "\n\nCréé en 1979, le club a organisé la fête dans la salle des fêtes du village.\n"
    assert not _num003("La fête des 40 ans de mariage de Paul et Anne" + body)
    assert not _num003("Les 18 ans de Léa au club" + body)
