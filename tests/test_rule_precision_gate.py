"""Precision of every warning and error rule on real pages, as a gate.

The French and English pages of ../shared/eval/trafilatura (tests/data/page_kinds.tsv) are
audited with the default settings; every finding of a warning or error rule must carry a
right/wrong label (tests/data/rule_findings/*.tsv, given by a person reading the page), and
each rule that fires three times or more on a language must be right at least 90 % of the
time there. A new finding fails the gate until someone labels it:
    python bench/rule_precision.py --unlabelled new.tsv
"""

from __future__ import annotations

import sys
import pytest

from audit.check import get_rule
from audit.check.precision import read_labels, tally
from audit.model import Severity
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from rule_precision import LABELS, PAGES, findings, page_list  # noqa: E402

MIN_FINDINGS, FLOOR = 3, 0.9


@pytest.fixture(scope="module")
def scores():
    assert PAGES.exists(), f"the labelled pages are missing: {PAGES}"
    rows = [(f, lang, rule, snip) for f, lang, rule, snip, _, _ in findings(page_list())]
    return tally(rows, read_labels(LABELS))


def _gated(rule: str) -> bool:
    return get_rule(rule).severity in (Severity.WARNING, Severity.ERROR)


def test_every_warning_and_error_finding_is_labelled(scores):
    missing = [u for (rule, _), s in scores.items() if _gated(rule) for u in s.unlabelled]
    assert not missing, f"{len(missing)} findings have no label: {missing[:5]}"


def test_precision_floor_per_rule_and_language(scores):
    low = {f"{rule}/{lang}": f"{s.right}/{s.right + s.wrong}" for (rule, lang), s in scores.items()
           if _gated(rule) and s.right + s.wrong >= MIN_FINDINGS and s.precision < FLOOR}
    assert not low, f"rules under {FLOOR:.0%} precision on real pages: {low}"
