"""The blind rounds' pins for the opt-in rules switched on (bench/blind_rounds.py, `opted_in` in
pins.json): a second audit of every round's pages, with other settings than
tests/test_blind_rounds.py's, kept in its own file so that `pytest -n auto --dist loadfile` runs
the two audits on two workers at once.
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from blind_rounds import PINS, opted_in_pins, rounds  # noqa: E402


@pytest.fixture(scope="module")
def pins():
    return json.loads(PINS.read_text(encoding="utf-8"))


def test_opt_in_rules_switched_on_keep_their_pins(pins):
    """CIT001 is opt-in, CIT004 off in English, but their labels still guard the attribution
    readers: switched on, they may not lose an R-labelled finding nor raise a fixed W-labelled
    one again."""
    today = opted_in_pins(rounds())
    for rule, pin in pins["opted_in"].items():
        now = today.get(rule, {"right_min": 0, "wrong_max": 0})
        assert now["right_min"] >= pin["right_min"], (rule, "right lost", pin, now)
        assert now["wrong_max"] <= pin["wrong_max"], (rule, "wrong back", pin, now)
