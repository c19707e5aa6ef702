"""Every rule runs its own named cases (tests/rules/cases/CODE.yml), firing and not firing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from audit.check import all_rules
from audit.check.base import DOC_SECTIONS
from audit.pipeline import audit_article
from audit.settings import Settings
from tests.conftest import seed

CASES = Path(__file__).parent / "cases"


def _load_cases():
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}")


@pytest.mark.parametrize(("code", "case"), list(_load_cases()))
def test_rule_case(code, case):
    published = case.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    # "also": rules that must run beside this one (suppression rules look at their findings).
    select = frozenset({code, *case.get("also", [])})
    # "page_kind": a case whose short text would be told another kind (a first-person op-ed
    # is "personal") runs the rule as --page-kind does.
    settings = Settings(published=published, select=select, explicit=select,
                        page_kind=case.get("page_kind", "auto"))
    result = audit_article(case["text"], case.get("file", "case.txt"), settings)
    assert result.ok, result.error
    found = [f for f in result.findings if f.rule == code]
    expected = case["expect"]
    described = [(result.doc.text[f.start:f.end], f.message) for f in found]
    assert len(found) == len(expected), described
    for finding, want in zip(found, expected):
        shown = result.doc.text[finding.start:finding.end]
        assert want["at"] in shown or shown in want["at"], (want["at"], shown)
        for key in ("language", "source", "missing", "act", "scope", "review", "form", "lines",
                    "text", "computed", "elapsed"):
            if key in want:
                assert finding.evidence[key] == want[key] if key != "source" else \
                    want[key] in finding.evidence[key]
        if want.get("window"):
            assert "no publication date" in finding.message


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_passing_and_failing_cases(rule):
    path = CASES / f"{rule.code}.yml"
    assert path.exists(), f"{rule.code} has no case file"
    names = [c["name"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    assert any(n.startswith("pass_") for n in names)
    assert any(n.startswith("fail_") for n in names)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_is_documented(rule):
    doc = rule.documentation()
    assert rule.summary() and rule.summary().endswith(".")
    for section in DOC_SECTIONS:
        assert f"{section}:" in doc


def test_malformed_rule_fails_at_definition():
    from audit.check.base import Rule, RuleDefinitionError
    from audit.model import Severity

    with pytest.raises(RuleDefinitionError, match="does not match its file"):
        type("Bad", (Rule,), {"__module__": "audit.rules.x.XYZ001", "code": "ABC001",
                              "name": "bad-rule", "severity": Severity.INFO,
                              "__doc__": "Bad.\n" + "\n".join(f"{s}:" for s in DOC_SECTIONS),
                              "check": lambda self, ctx: []})
    with pytest.raises(RuleDefinitionError, match="docstring"):
        type("Bad", (Rule,), {"__module__": "audit.rules.x.ABC002", "code": "ABC002",
                              "name": "bad-rule", "severity": Severity.INFO, "__doc__": "Bad.",
                              "check": lambda self, ctx: []})


@pytest.mark.parametrize("text", [
    seed("000").read_text(encoding="utf-8"),
    "Il y a vingt an\ns, né\nen 1951.\nLes années passent : anniversaire, born, year.\n",
    "İSTANBUL, 30 ANS après, né en 1951, Year.\nanniv\n",
])
def test_num003_finds_the_words_each_form_needs_as_the_span_by_span_reading(text):
    """NUM003 looks for each needed word once in the whole text: the same kinds for every span
    as lowercasing each span and looking inside it, words cut by a line end included."""
    from audit.load import load
    from audit.rules.num.NUM003 import _kinds_held, _needs
    from audit.segment import segment

    doc = load(text.encode(), "a.txt")
    spans = list(segment(doc).spans)
    expected = {i: {k for k, words in _needs().items()
                    if any(w in text_.lower() for w in words)}
                for i, text_ in enumerate(doc.text[s.start:s.end] for s in spans)}
    assert _kinds_held(doc.text, spans) == {i: k for i, k in expected.items() if k}
    assert any(expected.values())
