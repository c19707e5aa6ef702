"""What the number tests read: a rule's findings on a text, as `audit_article` gives them (the
finding objects) or as `audit_document` does (dicts, messages, the text they point at), and a
round's repro file by its folder and name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings
from tests.blind_reading import ROUNDS


def rules(text: str | bytes, code: str, published: str | None = None, name: str = "x.txt") -> list:
    """The findings of rule ``code``, the page dated ``published`` (ISO) when given."""
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


def selected(text: str, code: str, published: str | None = None) -> list:
    """The findings of rule ``code`` selected by name, as review 2's probes were (NUM002 is on
    for French only by default)."""
    settings = Settings(published=dt.date.fromisoformat(published) if published else None,
                        select=frozenset({code}), explicit=frozenset({code}))
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


def found(text: str | bytes, rule: str, published: str | None = None, name: str = "x.txt") -> list[dict]:
    """The findings of ``rule`` as `audit_document` gives them."""
    result = audit_document(text, name, published=published)
    return [f for f in result["findings"] if f["rule"] == rule]


def messages(text: str, rule: str, published: str | None = None, name: str = "x.txt",
             settings: Settings | None = None) -> list[str]:
    """The messages of ``rule``'s findings."""
    return [f["message"] for f in audit_document(text, name, published=published,
                                                 settings=settings)["findings"]
            if f["rule"] == rule]


def spans(text: str, rule: str, published: str | None = "2024-06-01") -> list[str]:
    """The text each of ``rule``'s findings points at, every language's rules on."""
    report = audit_document(text + "\n", "x.txt", published=published,
                            settings=Settings(all_languages=True))
    return [text[f["start"]:f["end"]] for f in report["findings"] if f["rule"] == rule]


def repro_file(part: str, name: str) -> str:
    """A repro of a round's part by its whole file name (``"round36a", "r1_num003.txt"``)."""
    return (ROUNDS / part / "repro" / name).read_text(encoding="utf-8")


def findings_test(cases: list) -> Callable[..., None]:
    """The test a module's table of (text, rule, publication date, count, every language's
    rules on) cases runs: that many findings of the rule on the text."""
    @pytest.mark.parametrize(("text", "rule", "published", "expected", "all_languages"), cases)
    def test_the_findings_counted(text: str, rule: str, published: str | None, expected: int,
                                  all_languages: bool) -> None:
        settings = Settings(all_languages=True) if all_languages else None
        result = audit_document(text, "x.txt", published=published, settings=settings)
        assert len([f for f in result["findings"] if f["rule"] == rule]) == expected
    return test_the_findings_counted
