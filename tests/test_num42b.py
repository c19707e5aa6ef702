"""Numbers, helper num42b: round 42a's mutation m4b, an amount stated twice in one sentence,
«de l'ordre de 2 milliards d'euros» then «de l'ordre de 2,6 milliards d'euros». NUM002 read a
whole figure before a scale word as rounded to half its unit («2 milliards» ±0,5 milliard, 25 %
of it, where «2 000 000 000» typed is ±5 %), and an approximation's 10 % on top let 30 % pass;
a scale word now rounds as its zeros typed would. The approximations and bounds the rule
promised still hold."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings
from tests.blind_reading import ROUNDS, codes, repro

SENTENCE = ("Le Comité ministériel restreint a confirmé que l'effort à faire sera bien {} pour "
            "limiter le déficit à 2,8% du PIB.")
PAGE = ("Budget: l'effort confirmé\n\n{}\n\nIl a par ailleurs été convenu que le véritable "
        "conclave débutera samedi.\n\n{}\n")

ENGLISH = ("The ministerial committee confirmed on Sunday that the savings to be made will be {} "
           "in the 2012 budget.")
PAGE_EN = ("Budget: the savings confirmed\n\n{}\n\nIt was also agreed that the real conclave "
           "will begin on Saturday.\n\n{}\n")


def _num002(text: str) -> list[str]:
    return [span for code, span in codes(text) if code == "NUM002"]


def _twice(first: str, second: str) -> str:
    return PAGE.format(SENTENCE.format(first), SENTENCE.format(second))


def _english(first: str, second: str) -> list[str]:
    """NUM002's findings on the English page, the rule selected by name (on for French only)."""
    text = PAGE_EN.format(ENGLISH.format(first), ENGLISH.format(second))
    settings = Settings(select=frozenset({"NUM002"}), explicit=frozenset({"NUM002"}))
    return [text[f.start:f.end] for f in audit_article(text, "x.txt", settings).findings
            if f.rule == "NUM002"]


def test_the_repro_fires():
    text = repro("round42a/r4_num002")
    assert _num002(text) == ["2,6 milliards d'euros"]


def test_the_mutation_without_the_approximation_still_fires():
    assert _num002(_twice("2 milliards d'euros", "2,6 milliards d'euros")) == ["2,6 milliards d'euros"]


@pytest.mark.parametrize(("first", "second"), [
    # the unmutated page: one figure, approximate once, then not (fr16, DH)
    ("de l'ordre de 2 milliards d'euros", "de l'ordre de 2 milliards d'euros"),
    ("de l'ordre de 2 milliards d'euros", "2 milliards d'euros"),
    # an approximation rounds: 10 % more than the written rounding
    ("environ 2 milliards d'euros", "2,1 milliards d'euros"),
    ("de l'ordre de 2 milliards d'euros", "de l'ordre de 2,3 milliards d'euros"),
    ("près de 2 milliards d'euros", "1,95 milliard d'euros"),
    # a bound the other value satisfies
    ("plus de 2 milliards d'euros", "2,6 milliards d'euros"),
    ("au moins 2 milliards d'euros", "de l'ordre de 2,6 milliards d'euros"),
    # a typed figure's rounding is unchanged: 2,04 rounds to 2
    ("2 milliards d'euros", "2,04 milliards d'euros"),
])
def test_rounding_approximations_and_bounds_stay_silent(first, second):
    assert _num002(_twice(first, second)) == []


def test_the_real_page_stays_silent():
    # fr16 states the effort «de l'ordre de 2 milliards» then «bien de 2 milliards», the
    # monitoring committee's «1,470 milliard» and «500 millions» in words of their own
    page = (ROUNDS / "round42a" / "inputs" / "fr16_dhnet.html").read_text(encoding="utf-8")
    assert _num002(page) == []


def test_in_english_selected_by_name():
    assert _english("about 2 billion euros", "about 2.6 billion euros") == ["2.6 billion euros"]
    assert _english("about 2 billion euros", "2.1 billion euros") == []
    assert _english("nearly 2 billion euros", "1.95 billion euros") == []
    assert _english("more than 2 billion euros", "2.6 billion euros") == []

