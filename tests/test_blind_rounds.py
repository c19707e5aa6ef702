"""The blind rounds as a regression gate (tests/data/blind_rounds/, bench/blind_rounds.py).

Each round's real pages are audited as `audit check inputs/` does; today's findings are matched
to the tester's verdicts on the frozen run (verdicts.tsv) and to a reviewer's on findings raised
since (later.tsv). Per rule, the W-labelled findings still raised may
not exceed the pinned maximum (a fixed false alarm came back) and the R-labelled ones may not
fall below the pinned minimum (a right finding was lost). After a change that fixes a wrong one
or a new round: `python bench/blind_rounds.py --pins` (and say what moved); new findings on the
pages: `python bench/blind_rounds.py --new-tsv F`, judged into the round's later.tsv. The opt-in
rules switched on are pinned in tests/test_blind_rounds_opted_in.py, a second audit of every
round that another worker runs beside this one.
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from blind_rounds import PINS, compare, labelled, pages, pins_from, rounds  # noqa: E402


@pytest.fixture(scope="module")
def today():
    tallies, _, _ = compare(rounds())
    return pins_from(tallies)


@pytest.fixture(scope="module")
def pins():
    return json.loads(PINS.read_text(encoding="utf-8"))


def test_pins_cover_every_round(pins):
    assert pins["rounds"] == [rd.name for rd in rounds()], \
        "a round was added or removed: python bench/blind_rounds.py --pins"


def test_every_finding_of_every_round_is_judged():
    for rd in rounds():
        files = pages(rd)
        assert all((rd / "inputs" / file).exists() for file in files), rd.name
        for f in labelled(rd) + labelled(rd, "later.tsv"):
            assert f.verdict in ("R", "W"), (rd.name, f.file, f.line, f.code)
            assert f.file in files, (rd.name, f.file)


def test_no_fixed_false_alarm_comes_back(today, pins):
    back = {rule: (n["wrong_max"], today.get(rule, {}).get("wrong_max", 0))
            for rule, n in pins["rules"].items()
            if today.get(rule, {}).get("wrong_max", 0) > n["wrong_max"]}
    back.update({rule: (0, n["wrong_max"]) for rule, n in today.items()
                 if rule not in pins["rules"] and n["wrong_max"]})
    assert not back, f"W-labelled findings raised again (pinned, today): {back}; " \
                     "python bench/blind_rounds.py lists them"


def test_no_right_finding_is_lost(today, pins):
    lost = {rule: (n["right_min"], today.get(rule, {}).get("right_min", 0))
            for rule, n in pins["rules"].items()
            if today.get(rule, {}).get("right_min", 0) < n["right_min"]}
    assert not lost, f"R-labelled findings no longer raised (pinned, today): {lost}"
