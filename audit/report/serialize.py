"""Typed results -> the JSON contract (validated by audit/schema/output.schema.json)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from audit import __version__, rx
from audit.model import Finding, Severity
from audit.pipeline import ArticleResult


# Characters XML 1.0 forbids (C0 controls but tab and line breaks, surrogates, U+FFFE, U+FFFF):
# a file name or an article may hold them, and one makes an XML or HTML report unreadable.
_NOT_XML = rx.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 forbids replaced by U+FFFD (still seen, never
    read as markup)."""
    return _NOT_XML.sub("\ufffd", text)


def source_position(doc, offset: int) -> tuple[int, int]:
    """1-based line and column in the source file (HTML, Markdown or text) of a text offset.

    HTML gives the line of the element the text starts in, and column 1: the text was rebuilt
    from the markup, so a column in it means nothing in the file. Markdown's front-matter title,
    the text's first line, is placed on its ``title:`` line (Document.source_column)."""
    return doc.source_line(offset), doc.source_column(offset)


def finding_to_dict(f: Finding, doc) -> dict[str, Any]:
    line, col = source_position(doc, f.start)
    return {"rule": f.rule, "name": f.name, "severity": f.severity.value, "message": f.message,
            "start": f.start, "end": f.end, "line": line, "column": col,
            "evidence": f.evidence, "suggestion": f.suggestion}


def article_to_dict(r: ArticleResult) -> dict[str, Any]:
    if not r.ok:
        return {"path": r.path, "status": "error", "error": r.error, "text": None, "metadata": {},
                "language": None, "page_kind": None, "title": None, "published": None, "segments": [],
                "comments": [], "citations": [], "quotes": [], "quantities": [], "disclosures": [],
                "findings": [], "suppressions": [], "notes": []}
    doc, seg, facts = r.doc, r.seg, r.facts
    return {
        "path": r.path,
        "status": "ok",
        "error": None,
        "format": doc.format,
        "encoding": doc.encoding,
        "text": doc.text,
        "language": facts.language,
        "page_kind": facts.page_kind,
        "title": seg.title,
        "published": facts.published.isoformat() if facts.published else None,
        "published_from": facts.published_source,
        "metadata": {"author": facts.author,
                     **{k: doc.meta.get(k) for k in ("modified", "site_name", "canonical",
                                                      "ai_generated", "c2pa_manifest",
                                                      "ai_review")},
                     "ai_provenance": doc.meta.get("ai_provenance", [])},
        "segments": [{"kind": s.kind.value, "start": s.start, "end": s.end} for s in seg.spans],
        "comments": [{"author": c.author, "date": c.date, "text": c.text, "start": c.start,
                      "end": c.end} for c in seg.comments],
        "citations": [{"publisher": c.publisher, "title": c.title, "author": c.author,
                       "date": c.date.iso() if c.date else None,
                       "date_precision": c.date.precision if c.date else None,
                       "kind": c.kind, "url": c.url,
                       "start": c.start, "end": c.end} for c in facts.citations],
        # What CIT005 reads: each quotation, whether it is a full clause and has a speaker.
        "quotes": [{"text": q.text, "full_clause": q.full_clause, "attributed": q.attributed,
                    "start": q.start, "end": q.end} for q in facts.quotes],
        "quantities": [{"value": q.value, "unit": q.unit, "kind": q.kind,
                        "text": doc.text[q.start:q.end], "approximate": q.approximate,
                        "qualifier": q.qualifier, "bound": q.bound, "precision": q.precision,
                        "currency_from": q.currency_from, "start": q.start, "end": q.end}
                       for q in facts.quantities],
        "disclosures": [{"text": d.text, "language": d.language, "form": d.form, "act": d.act,
                         "agent": d.agent, "scope": d.scope, "review": d.review, "where": d.where,
                         "start": d.start, "end": d.end} for d in facts.disclosures],
        "findings": [finding_to_dict(f, doc) for f in r.findings],
        "suppressions": [{"kind": s.kind, "codes": list(s.codes), "reason": s.reason,
                          "line": s.line, "start": s.start, "end": s.end}
                         for s in doc.suppressions],
        "notes": list(r.notes),
    }


def summary(results: list[ArticleResult]) -> dict[str, Any]:
    totals = Counter()
    for r in results:
        totals.update(r.severity_counts())
    return {"articles": len(results), "errors": sum(not r.ok for r in results),
            "findings": {s.value: totals.get(s.value, 0) for s in Severity}}


def run_to_dict(results: list[ArticleResult], skipped=()) -> dict[str, Any]:
    from audit.check import all_rules

    return {"tool": {"name": "article-audit", "version": __version__,
                     "rules": [r.code for r in all_rules()]},
            "articles": [article_to_dict(r) for r in results],
            "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
            "summary": summary(results)}


def outcome_to_dict(outcome) -> dict[str, Any]:
    """The expectation suites' outcome (audit ci's gate) as the JSON's "policy"."""
    import json

    return {"success": outcome.success, "expectations": outcome.total, "failed": outcome.failed,
            "known": outcome.known,
            "suites": [{"file": s.file, "table": s.table, "expectations": s.total,
                        "known": s.known,
                        "failures": [{"description": f.description, "expectation": f.expectation,
                                      # GX may hand back values JSON has no type for
                                      "kwargs": json.loads(json.dumps(f.kwargs, default=str)),
                                      "rows": [{"text": text, "path": path}
                                               for text, path in f.each_row() if text]}
                                     for f in s.failures]}
                       for s in outcome.suites],
            **({"note": outcome.note} if outcome.note else {})}
