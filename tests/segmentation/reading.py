"""What the segmentation tests read of one text: SEG002's phrases or the text its findings point
at, and the kind of each segment or line. Each reader is written once here, with the tests a
module's table of cases runs through it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings
from tests.blind_reading import codes, kind_at
from tests.conftest import assert_partition, kinds_by_line, run


def seg002_phrases_of(result: dict) -> list[str]:
    """The phrase each SEG002 finding of an `audit_document` result quotes."""
    return [f["evidence"]["phrase"] for f in result["findings"] if f["rule"] == "SEG002"]


def seg002_phrases(text: str, name: str = "x.txt") -> list[str]:
    return seg002_phrases_of(audit_document(text, name))


def seg002_spans(text: str) -> list[str]:
    """The text each SEG002 finding points at."""
    return [span for rule, span in codes(text) if rule == "SEG002"]


def seg002_findings(text: str, name: str = "page.txt") -> list:
    """SEG002's finding objects on a page read from its bytes (their message and evidence)."""
    return [f for f in audit_article(text.encode(), name, Settings()).findings if f.rule == "SEG002"]


def rule_codes(result: dict) -> list[str]:
    return [f["rule"] for f in result["findings"]]


def kind_of(result: dict, line: str) -> str:
    """The kind of the segment the first occurrence of ``line`` in the result's text opens in."""
    return kind_at(result, result["text"], line)


def segment_kinds(text: str, name: str = "x.txt") -> dict[str, str]:
    """Each segment's text and its kind."""
    result = audit_document(text, name)
    return {result["text"][s["start"]:s["end"]]: s["kind"] for s in result["segments"]}


def line_kinds(text: str, name: str = "page.txt") -> dict[str, str]:
    """Each line's kind, the segments checked to cover the text once."""
    result = run(text, name)
    assert_partition(result)
    return {t.strip(): k for k, t in kinds_by_line(result)}


def seg002_test(cases: list) -> Callable[[str, list[str]], None]:
    """The test a module's table of (text, SEG002 phrases) cases runs."""
    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_the_seg002_phrases_read(text: str, expected: list[str]) -> None:
        assert seg002_phrases(text) == expected
    return test_the_seg002_phrases_read


def seg002_spans_test(cases: list) -> Callable[[str, list[str]], None]:
    """The test a module's table of (text, the text of each SEG002 finding) cases runs."""
    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_the_seg002_spans_read(text: str, expected: list[str]) -> None:
        assert seg002_spans(text) == expected
    return test_the_seg002_spans_read


def segment_kind_test(cases: list) -> Callable[[str, str, str], None]:
    """The test a module's table of (text, one of its segments, that segment's kind) cases runs."""
    @pytest.mark.parametrize(("text", "segment", "expected"), cases)
    def test_the_segment_kind_read(text: str, segment: str, expected: str) -> None:
        assert segment_kinds(text)[segment] == expected
    return test_the_segment_kind_read
