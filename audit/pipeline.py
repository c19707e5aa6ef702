"""The pipeline anyone can see: load -> segment -> extract -> check.

Auditing one article is a pure function of its name, bytes and settings: no global state, so
it runs the same in a process pool or in Spark's mapInPandas.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from audit.check import Context, run_rules
from audit.extract import Facts, extract
from audit.lexicon import Sites
from audit.load import LoadError, load
from audit.model import Document, Finding, Severity
from audit.segment import Segmentation, segment
from audit.settings import Settings


# The error of an article the auditor failed on (a bug, not the input) starts with this: the
# run exits 2, and SARIF says the execution did not succeed.
INTERNAL = "internal error"


@dataclass(frozen=True)
class ArticleResult:
    path: str
    doc: Document | None = None
    seg: Segmentation | None = None
    facts: Facts | None = None
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def severity_counts(self) -> dict[str, int]:
        counts = Counter(f.severity.value for f in self.findings)
        return {s.value: counts.get(s.value, 0) for s in Severity}


def _notes(facts: Facts, doc: Document) -> list[str]:
    if facts.published:
        return []
    # A date the metadata gives but not to the day ("date: 2020-12", round 19b): said so, not
    # reported as missing.
    given = doc.meta.get("published")
    if given:
        return [f"publication date not understood (metadata: '{str(given)[:40]}', a day is needed): "
                "CIT006 not run; NUM001 and NUM003 count from the dates the text mentions"]
    return ["no publication date (metadata, a 'Publié le' line or --published): CIT006 not run; "
            "NUM001 and NUM003 count from the dates the text mentions"]


class OutOfTime(Exception):
    """Raised into the audit by whoever keeps the time budget (see audit/cli/batch.py)."""


def audit_article(data: bytes | str, name: str, settings: Settings) -> ArticleResult:
    """Audit one article. Bad input is an error result with a one-line reason, never a raise."""
    stage = "load"
    try:
        try:
            doc = load(data, name, max_size=settings.max_size)
        except LoadError as exc:
            return ArticleResult(path=name, error=str(exc))
        stage = "segment"
        seg = segment(doc, extractor=settings.extractor)
        doc = replace(doc, second_opinion=None)  # lets the parsed page go before extraction
        stage = "extract"
        facts = extract(doc, seg, settings)
        stage = "check"
        findings, rule_notes = run_rules(Context(doc=doc, seg=seg, facts=facts, settings=settings))
    except OutOfTime:
        return ArticleResult(path=name, error=f"time budget of {settings.time_budget:g} s "
                                              f"exceeded in the {stage} stage (--time-budget)")
    # The blocks and their tree served segmentation only, the sites extraction: a batch holds
    # every result until it reports, and 200,000 short lines were 200,000 block objects.
    anywhere = Sites("", None)
    seg = replace(seg, spans=seg.spans.unselected(), agent_sites=anywhere, residue_sites=anywhere,
                  readings={})
    return ArticleResult(path=name, doc=replace(doc, blocks=(), containers=()), seg=seg,
                         facts=facts, findings=tuple(findings),
                         notes=tuple(_notes(facts, doc) + rule_notes
                                     + (list(facts.rate_notes) if settings.rule_enabled("NUM001")
                                        else [])))


def audit_document(data: bytes | str, name: str = "<input>", published: dt.date | str | None = None,
                   settings: Settings | None = None) -> dict[str, Any]:
    """The JSON object of one article, as ``audit check --format json`` prints it."""
    from audit.report.serialize import article_to_dict

    settings = settings or Settings()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if published is not None:
        settings = Settings(**{**settings.__dict__, "published": published})
    return article_to_dict(audit_article(data, name, settings))
