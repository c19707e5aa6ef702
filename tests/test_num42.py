"""Numbers, helper num42: the "last match" loop NUM002's money frame and the quantity reader
shared (one helper, ``last_match``) and the money frame as a typed value; round 41's
mutations left open: 41a m3b (an amount restated in other words inside a quotation: a known
miss, kept so for review N's precision) and 41b m03 (an undated elapsed time against the span
of years the text itself says it celebrates, «(1973-2023)»)."""
from __future__ import annotations

import re

import pytest

from audit.extract.quantities import last_match
from tests.blind_reading import ROUNDS, codes, repro


def _rule(text: str, rule: str) -> list[str]:
    return [span for code, span in codes(text) if code == rule]


def _input(name: str) -> str:
    return (ROUNDS / name).read_text(encoding="utf-8")


# --- the shared helper ---------------------------------------------------------------------

def test_last_match_in_a_window():
    end = re.compile(r"[.!?]")
    text = "Un. Deux! Trois? Quatre"
    assert last_match(end, text).start() == text.index("?")
    assert last_match(end, text, 0, text.index("Trois")).start() == text.index("!")
    assert last_match(end, text, text.index("Quatre")) is None


def test_money_frame_in_the_message():
    # the frame's words before the amount, as they were said, not a joined string split again
    result = codes(repro("round41a/r1_num002"))
    assert [span for code, span in result if code == "NUM002"] == ["560 millions d’euros"]
    from audit.pipeline import audit_document
    found = audit_document(repro("round41a/r1_num002"), "x.txt")["findings"]
    assert "in the same words ('le budget du projet atteint')" in found[0]["message"]


# --- 41a m3b: an amount restated in other words, inside a quotation -------------------------

_FR12 = "round41a/inputs/fr12_agenceafrique.txt"


def test_fr12_real_page_silent():
    assert _rule(_input(_FR12), "NUM002") == []


@pytest.mark.xfail(strict=True, reason=(
    "a known miss: the restated amount is in the Prime Minister's quotation (NUM002 compares no "
    "quotation: its own speaker and time), said of «D'autres projets majeurs» (other projects), "
    "and in other words («un coût estimé à» / «d'un coût total de»: an estimate and a total, two "
    "true figures as often as not); amounts compared across frames gave 39 contradictions on "
    "the French reference pages, none right (README, Numbers; review N of round 41)"))
def test_41a_m3b_amount_restated_in_a_quotation():
    mutated = _input(_FR12).replace("coût total de 475 milliards Fcfa", "coût total de 560 milliards Fcfa")
    assert mutated != _input(_FR12)
    assert _rule(mutated, "NUM002") == ["560 milliards Fcfa"]


# --- 41b m03: an undated elapsed time against the celebrated span the text states -----------

_EN16 = "round41b/inputs/en16_yankton.txt"


def _m03() -> str:
    text = _input(_EN16)
    mutated = text.replace("Since its official inception in 1973, the NMM",
                           "Since its official inception in 1973, 60 years ago, the NMM")
    assert mutated != text
    return mutated


def test_41b_m03_elapsed_against_the_celebrated_span():
    from audit.pipeline import audit_document
    result = audit_document(_m03(), "en16.txt")
    assert result["published"] is None
    found = [f for f in result["findings"] if f["rule"] == "NUM003"]
    assert [result["text"][f["start"]:f["end"]] for f in found] == ["in 1973, 60 years ago"]
    assert "counted to 2023 (the end of the celebrated years '1973-2023'" in found[0]["message"]


def test_41b_en16_real_page_silent():
    assert _rule(_input(_EN16), "NUM003") == []


def test_41b_m03_right_elapsed_time_silent():
    assert _rule(_m03().replace("60 years ago", "50 years ago"), "NUM003") == []


_CELEBRATED = [
    # the text's own span, in words and in French
    ("The choir is celebrating its 40th anniversary (1984-2024) with a concert. The choir, "
     "founded in 1984, 30 years ago, now has 60 singers.\n", ["in 1984, 30 years ago"]),
    ("L'association fête ses 50 ans (1974-2024) ce week-end. Créée en 1974, il y a 40 ans, elle "
     "compte aujourd'hui 300 adhérents.\n", ["en 1974, il y a 40 ans"]),
]


@pytest.mark.parametrize("text, found", _CELEBRATED)
def test_celebrated_span_counts_to_its_end(text, found):
    assert _rule(text, "NUM003") == found


@pytest.mark.parametrize("text", [
    # a lifetime: no celebration of its length
    "The museum was founded in 1950, 60 years ago, by the painter John Smith (1920-1990).\n",
    "The museum is celebrating 100 years since the birth of John Smith (1920-1990). It was "
    "founded in 1950, 60 years ago.\n",
    # a reign, a range of seasons, a list of years: nothing celebrated
    "Queen Elizabeth II (1952-2022) reigned for 70 years. She was crowned in 1953, 75 years ago.\n",
    "The club played four seasons in the league (2019-2023). It was founded in 1990, 40 years ago.\n",
    "Champions of 2019-2023, the club celebrates its 5 titles. It was founded in 1990, 40 years "
    "ago.\n",
    # a celebration of another length than the range's
    "The club is celebrating 25 years of the youth academy (1990-2023). It was founded in 1960, "
    "70 years ago.\n",
])
def test_no_celebrated_span(text):
    assert _rule(text, "NUM003") == []
