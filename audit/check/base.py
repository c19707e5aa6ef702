"""What a rule is: a code, a name, a default severity, a docstring, and a pure ``check``."""

from __future__ import annotations

import abc
import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from audit import rx
from audit.extract import Facts
from audit.model import Document, Finding, Severity, Span, SpanKind, Spans, columns
from audit.segment import Segmentation
from audit.settings import Settings

DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Use instead", "Configuration")
_CODE = rx.compile(r"^[A-Z]{2,4}\d{3}$")
_NAME = rx.compile(r"^[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True)
class Context:
    """Everything a rule may look at, read-only."""

    doc: Document
    seg: Segmentation
    facts: Facts
    settings: Settings
    # Filled for the rules that run after suppressions are applied (phase 1): which inline
    # suppressions silenced something, and which rules ran on the article.
    used_suppressions: frozenset[int] = frozenset()
    rules_run: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return self.doc.text

    def spans(self, *kinds: SpanKind) -> Spans:
        return self.seg.of_kind(*kinds)

    def span_at(self, offset: int) -> Span | None:
        """The span holding ``offset``, by bisection in the spans' starts (in order, apart):
        a rule asking it of each finding read every span each time, quadratic on a page of
        many short lines."""
        spans = self.seg.spans
        starts, ends = columns(spans)
        i = bisect.bisect_right(starts, offset) - 1
        while i >= 0 and starts[i] == ends[i]:  # an empty span holds nothing
            i -= 1
        return spans[i] if i >= 0 and offset < ends[i] else None


class RuleDefinitionError(TypeError):
    """A rule class is malformed; raised at import so it never reaches review."""


class Rule(abc.ABC):
    """Base class. Subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    scope: ClassVar[tuple[SpanKind, ...]] = (SpanKind.BODY,)
    status: ClassVar[str] = "stable"
    # Languages it runs on by default (None: all): a rule whose measured precision on real
    # pages of a language is under 0.9 stays off there (--all-languages runs it anyway).
    languages: ClassVar[tuple[str, ...] | None] = None
    # Kinds of page it makes sense on (None: all): "no sources" means nothing on a wiki entry.
    page_kinds: ClassVar[tuple[str, ...] | None] = None
    # 0: looks at the article; 1: looks at what the other rules found (suppression rules).
    phase: ClassVar[int] = 0

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        module_code = cls.__module__.rsplit(".", 1)[-1]
        problems = []
        if not _CODE.match(getattr(cls, "code", "")):
            problems.append("code must look like ABC123")
        elif module_code != cls.code:
            problems.append(f"code {cls.code} does not match its file {module_code}.py")
        if not _NAME.match(getattr(cls, "name", "")):
            problems.append("name must be kebab-case")
        if not isinstance(getattr(cls, "severity", None), Severity):
            problems.append("severity must be a Severity")
        doc = cls.__doc__ or ""
        missing = [s for s in DOC_SECTIONS if f"{s}:" not in doc]
        if not doc.strip() or missing:
            problems.append(f"docstring lacks a summary or sections {missing}")
        if problems:
            raise RuleDefinitionError(f"{cls.__module__}.{cls.__name__}: " + "; ".join(problems))

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")

    @abc.abstractmethod
    def check(self, ctx: Context) -> Iterable[Finding]:
        """Yield findings; no I/O, no printing."""

    def finding(self, start: int, end: int, message: str, evidence: dict[str, Any] | None = None,
                suggestion: str | None = None) -> Finding:
        return Finding(rule=self.code, name=self.name, severity=self.severity, message=message,
                       start=start, end=end, evidence=evidence or {}, suggestion=suggestion)

