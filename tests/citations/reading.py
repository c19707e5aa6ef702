"""What the citation and AI tests read of one text: its findings (their rules, messages, the
text they point at, an evidence field), the sources reader's entries, the disclosures found.
Each reader is written once here; the settings it runs under are in its name (``opt_in``: the
opt-in citation rules named, as ``--select`` does; ``selected``: only the rules asked for)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from audit.extract.citations import parse_sources
from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures
from audit.settings import Settings
from tests.attribution_reading import named, vague
from tests.blind_reading import codes
from tests.conftest import OPT_IN_CIT

# CIT001 is off by default; on in French, as a project's settings turn it on
CIT001_ON = Settings(languages=(("CIT001", ("fr",)),))


def selecting(*rules: str) -> Settings:
    """Only these rules, run as ``--select`` runs them (whatever the language)."""
    return Settings(select=frozenset(rules), explicit=frozenset(rules))


def _findings(text: str | bytes, name: str, settings: Settings | None = None, published: str | None = None,
              rules: tuple[str, ...] = ()) -> tuple[str, list[dict]]:
    result = audit_document(text, name, published=published, settings=settings)
    return result["text"], [f for f in result["findings"] if not rules or f["rule"] in rules]


# -- the rules found ----------------------------------------------------------------------------

def rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in _findings(text, name)[1]]


def rules_opt_in(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in _findings(text, name, OPT_IN_CIT)[1]]


def rules_cit001(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in _findings(text, name, CIT001_ON)[1]]


def rule_messages(text: str, name: str = "page.txt") -> list[tuple[str, str]]:
    return [(f["rule"], f["message"]) for f in _findings(text, name)[1]]


def rule_messages_opt_in(text: str, name: str = "page.txt") -> list[tuple[str, str]]:
    return [(f["rule"], f["message"]) for f in _findings(text, name, OPT_IN_CIT)[1]]


def rule_messages_html(html: str) -> list[tuple[str, str]]:
    return rule_messages_opt_in(html, "page.html")


def selected_rule_messages(text: str, *rules: str) -> list[tuple[str, str]]:
    """The findings of the rules named, run as --select runs them (whatever the language)."""
    return [(f["rule"], f["message"]) for f in _findings(text, "page.txt", selecting(*rules))[1]]


def ai_rule_messages(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    """AI001's and AI004's findings."""
    return [(f["rule"], f["message"]) for f in _findings(text, name, rules=("AI001", "AI004"))[1]]


def ai_rule_spans(text: str, name: str) -> list[tuple[str, str]]:
    """The AI rules' findings of a page read from its bytes, each with the text it points at."""
    doc, found = _findings(text.encode(), name)
    return [(f["rule"], doc[f["start"]:f["end"]]) for f in found if f["rule"].startswith("AI")]


# -- one rule's findings -------------------------------------------------------------------------

def messages(text: str, rule: str) -> list[str]:
    return [f["message"] for f in _findings(text, "x.txt", rules=(rule,))[1]]


def messages_of(text: str, name: str = "page.txt", rule: str = "CIT004") -> list[str]:
    return [f["message"] for f in _findings(text, name, rules=(rule,))[1]]


def messages_opt_in(text: str, rule: str) -> list[str]:
    return [f["message"] for f in _findings(text, "x.txt", OPT_IN_CIT, rules=(rule,))[1]]


def ai001_messages(text: str) -> list[str]:
    return messages(text, "AI001")


def ai001_findings(text: str) -> list[dict]:
    return _findings(text, "x.txt", rules=("AI001",))[1]


def ai001_forms(text: str) -> list[str]:
    return [f["evidence"]["form"] for f in _findings(text, "page.txt", rules=("AI001",))[1]]


def spans(text: str, rule: str, published: str | None = None) -> list[str]:
    """The text each of the rule's findings points at."""
    doc, found = _findings(text, "x.txt", published=published, rules=(rule,))
    return [doc[f["start"]:f["end"]] for f in found]


def selected_spans(text: str, rule: str) -> list[str]:
    """The rule's findings, run as --select runs it (English CIT004 included, whatever the
    default languages)."""
    doc, found = _findings(text, "case.txt", selecting(rule), rules=(rule,))
    return [doc[f["start"]:f["end"]] for f in found]


def cit005_spans(text: str) -> list[str]:
    return selected_spans(text, "CIT005")


def cit004_spans(text: str) -> list[str]:
    return [span for rule, span in codes(text) if rule == "CIT004"]


def cit004_phrases(text: str) -> list[str]:
    return [f["evidence"]["phrase"] for f in _findings(text, "page.txt", rules=("CIT004",))[1]]


def cit004_phrases_opt_in(text: str) -> list[str]:
    return [f["evidence"]["phrase"] for f in _findings(text, "page.txt", OPT_IN_CIT, rules=("CIT004",))[1]]


def cit003_missing(text: str) -> list[list[str]]:
    return [f["evidence"]["missing"] for f in _findings(text, "page.txt", OPT_IN_CIT, rules=("CIT003",))[1]]


def cited_publishers(html: str) -> list[str]:
    return [c["publisher"] for c in audit_document(html, "page.html")["citations"]]


def source_entries(line: str) -> list[str]:
    """The citations the sources reader takes from one line of a sources box."""
    return [c.raw for c in parse_sources(line, line, [(0, len(line))], "fr")]


# -- the disclosure reader -----------------------------------------------------------------------

def disclosed(text: str) -> list[str]:
    return [r.text for r in find_disclosures(fold(text))]


def disclosure_acts(text: str, lang: str) -> list[str]:
    return [r.act for r in find_disclosures(fold(text), lang)]


def disclosure_acts_reviewed(text: str, lang: str) -> list[tuple[str, bool]]:
    return [(r.act, r.review) for r in find_disclosures(fold(text), lang)]


def disclosure_forms(text: str, language: str | None = None) -> list[tuple[str, str]]:
    return [(d.act, d.form) for d in find_disclosures(fold(text), language)]


# -- the tables' tests ---------------------------------------------------------------------------

def vague_test(cases: list) -> Callable[[str, list[str]], None]:
    """The test a module's table of (text, vague attributions) cases runs."""
    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_the_vague_attributions_read(text: str, expected: list[str]) -> None:
        assert vague(text) == expected
    return test_the_vague_attributions_read


def named_test(cases: list) -> Callable[[str, list[str]], None]:
    """The test a module's table of (text, named sources) cases runs."""
    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_the_named_sources_read(text: str, expected: list[str]) -> None:
        assert named(text) == expected
    return test_the_named_sources_read

