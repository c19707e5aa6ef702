"""Numbers, helper num42: the "last match" loop NUM002's money frame and the quantity reader
shared (one helper, ``last_match``) and the money frame as a typed value; round 41's
mutations left open: 41a m3b (an amount restated in other words inside a quotation: a known
miss, kept so for review N's precision) and 41b m03 (an undated elapsed time against the span
of years the text itself says it celebrates, «(1973-2023)»)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from audit.extract.quantities import last_match
from tests.blind_reading import ROUNDS, codes, repro


def _rule(text: str, rule: str) -> list[str]:
    return [span for code, span in codes(text) if code == rule]


# The day the audit runs bounds an undated page's year of writing (num44, session 42): the
# review's probes are read on the session's day, fixed, so they do not change with the clock.
_REVIEW_DAY = dt.date(2026, 12, 7)


def _rule_at(text: str, rule: str, today: dt.date = _REVIEW_DAY) -> list[str]:
    from audit.pipeline import audit_document
    from audit.settings import Settings
    result = audit_document(text, "x.txt", settings=Settings(today=today))
    return [result["text"][f["start"]:f["end"]] for f in result["findings"] if f["rule"] == rule]


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
    # read in 2030: "crowned in 1953, 75 years ago" fits a page written then (num44: an undated
    # elapsed time is told in any year from the latest the text names to the run's day)
    assert _rule_at(text, "NUM003", dt.date(2030, 1, 1)) == []


# --- review N of round 42: every probe (tests/data/num42_review/) ---------------------------
# A celebrated span dates only a present celebration («fête», "is celebrating"; not «a fêté»,
# «fêtera», "celebrated"), on a page holding no other celebrated span (R1: two jubilees),
# never after today, and only a statement counting from the span's own first year (R4: "50
# years of Bond (1962-2012)" dates no cinema opened in 1938).

_REVIEW = Path(__file__).parent / "data" / "num42_review"

_PROBES = {
    "p01_fr_jubilee_2025": [], "p02_fr_jubilee_2025_year": [],
    "p03_en_jubilee_2025": [],  # R2: "celebrated": told later ("Two years on")
    "p04_de_jubilee_2025": [],  # num44: 1973 + 52 = 2025, a year the page can be written in
    "p05_fr_past_afete": [],  # R2: «a fêté … il y a deux ans»
    "p06_fr_future_fetera": [],  # R3: «fêtera … l'an prochain»
    "p07_en_exhibition_work": [],  # num44: 2024 lies between the latest year named and today
    # R4: another thing's span; the old count to 1999 (a known false finding) gone with num44
    "p08_en_bond": [],
    "p09_fr_retro_centenaire_ne": [], "p10_fr_expo_heading": [],
    # R1: two celebrated spans: neither dates the page (as before the change)
    "p11_en_dashes": [],  # num44: both told in one year of writing (2024-2025)
    "p12_fr_de_a": ["en 1973, il y a 40 ans"],
    "p13_en_two_jubilees": [], "p14_fr_future_age": [], "p15_fr_two_jubilees": [],
    "p16_fr_future_beyond_today": [],  # R3: 2028 is still to come
    # a future jubilee: no span read; the old count to the birth year 1949 (wrong) gone with num44
    "p17_en_future_plan": [],
    "p18_fr_future_age_2023": [],  # R3: «fêtera … dans trois ans»: no lower bound of the age
    "p21_it_jubilee": ["nel 1974, 52 anni fa"],  # a present «festeggia»: the design
    "p22_fr_words_count": ["en 1973, il y a 52 ans"],
    "p23_en_caption_past": [], "p24_fr_centenaire_ne": [], "p25_fr_expo_title_cue": [],
    "c03_en_past_year_plain": [],  # num44: "Two years on" from 2023 is 2025 = 1973 + 52
    "c13_en_two_jubilees_plain2024": ["50th anniversary (1960"],
    "c16_fr_future_year_plain": [],  # num44: 1978 + 48 = 2026, the review's day
    "t_test_fr": ["en 1974, il y a 40 ans"],
}


@pytest.mark.parametrize("name, found", sorted(_PROBES.items()))
def test_review_probe_num003(name, found):
    assert _rule_at((_REVIEW / f"{name}.txt").read_text(encoding="utf-8"), "NUM003") == found


@pytest.mark.parametrize("name, counted_to", [
    ("p21_it_jubilee", "counted to 2024 (the end of"),
    ("t_test_fr", "counted to 2024 (the end of the celebrated years '1974-2024'"),
])
def test_review_probe_counted_to(name, counted_to):
    from audit.pipeline import audit_document
    found = [f for f in audit_document((_REVIEW / f"{name}.txt").read_text(encoding="utf-8"),
                                       "x.txt")["findings"] if f["rule"] == "NUM003"]
    assert found and all(counted_to in f["message"] for f in found)


@pytest.mark.parametrize("name, words", [
    # two sources after the amount, «selon la métropole» and «a précisé le vice-président»: a
    # reported disagreement to the rule since review N3 (a vice-president of the métropole is
    # its own source, which no general reading tells)
    pytest.param("p19_fr_num002_money", "('le budget du projet atteint')", marks=pytest.mark.xfail(
        strict=True, reason="two named sources after the amounts are two statements (review N3, mendN3)")),
    # the frame's own words, a literal " | " of the text kept (no joined string split again)
    ("p20_fr_num002_pipe", "(\"budget | le coût du projet de la ligne s'élève à\")"),
])
def test_review_probe_num002(name, words):
    from audit.pipeline import audit_document
    found = [f for f in audit_document((_REVIEW / f"{name}.txt").read_text(encoding="utf-8"),
                                       "x.txt")["findings"] if f["rule"] == "NUM002"]
    assert len(found) == 1 and f"in the same words {words}" in found[0]["message"]


# --- the mechanism on other text: present forms date, past and future ones do not ------------

@pytest.mark.parametrize("text, found", [
    ("Der Chor feiert sein 50-jähriges Jubiläum (1974-2024) mit einem Konzert. Gegründet wurde "
     "er 1974, vor 40 Jahren, von Lehrern.\n", ["er 1974, vor 40 Jahren"]),
    ("Le club célèbre ses 50 ans (1974-2024) ce samedi. Créé en 1974, il y a 40 ans, il compte "
     "200 membres.\n", ["en 1974, il y a 40 ans"]),
    # told before or after the celebration: its span is no year of telling
    ("The choir was celebrating 50 years (1973-2023) when the hall burned. It was founded in "
     "1973, 52 years ago.\n", []),
    ("The choir will be celebrating 50 years (1975-2025) with a concert. It was founded in "
     "1975, 40 years ago.\n", []),
    ("Der Chor feierte sein 50-jähriges Jubiläum (1974-2024) mit einem Konzert. Gegründet wurde "
     "er 1974, vor 52 Jahren, von Lehrern.\n", []),
    ("Il coro ha festeggiato i suoi 50 anni (1974-2024) con un concerto. Fondato nel 1974, 52 "
     "anni fa, conta 40 coristi.\n", []),
    ("Le club célébrera ses 50 ans (1974-2024) ce samedi. Créé en 1974, il y a 52 ans, il "
     "compte 200 membres.\n", []),
])
def test_celebrated_span_tense(text, found):
    assert _rule(text, "NUM003") == found
