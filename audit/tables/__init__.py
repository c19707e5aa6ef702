"""Stage 5: results -> pandas tables (one row per article; one per finding; one per quantity).

The expectation suites in expectations/ are written over these columns; see
audit/tables/expectations.py for how they are run.
"""

from __future__ import annotations

from audit.model import SpanKind
from audit.pipeline import ArticleResult

ARTICLE_COLUMNS = ["path", "status", "error", "format", "language", "title", "published",
                   "n_findings", "n_error", "n_warning", "n_info", "n_citations",
                   "n_named_attributions", "n_sources", "has_disclosure", "n_comments",
                   "body_chars", "boilerplate_in_body", "page_kind", "ai_declared", "ai_review"]
FINDING_COLUMNS = ["path", "rule", "name", "severity", "message", "start", "end"]
QUANTITY_COLUMNS = ["path", "text", "value", "unit", "kind", "precision", "bound",
                    "approximate", "qualifier", "noun", "converted", "start", "end"]


def article_row(r: ArticleResult) -> dict:
    if not r.ok:
        row = dict.fromkeys(ARTICLE_COLUMNS)
        row.update(path=r.path, status="error", error=r.error)
        return row
    counts = r.severity_counts()
    named = sum(a.named for a in r.facts.attributions)
    body = r.seg.of_kind(SpanKind.BODY)
    return {
        "path": r.path, "status": "ok", "error": None, "format": r.doc.format,
        "language": r.facts.language, "title": r.seg.title,
        "published": r.facts.published.isoformat() if r.facts.published else None,
        "n_findings": len(r.findings), "n_error": counts["error"],
        "n_warning": counts["warning"], "n_info": counts["info"],
        "n_citations": len(r.facts.citations), "n_named_attributions": named,
        "n_sources": len(r.facts.citations) + named,
        "has_disclosure": bool(r.facts.visible_disclosures),
        "n_comments": len(r.seg.comments),
        "body_chars": sum(s.end - s.start for s in body),
        "boilerplate_in_body": len(r.facts.inline_boilerplate),
        "page_kind": r.facts.page_kind,
        # Metadata or front matter says AI took part; a human review is recorded.
        "ai_declared": any(d["claim"] != "none" for d in r.doc.meta.get("ai_provenance", [])),
        "ai_review": bool(r.doc.meta.get("ai_review")),
    }


def articles_table(results: list[ArticleResult]):
    import pandas as pd

    return pd.DataFrame([article_row(r) for r in results], columns=ARTICLE_COLUMNS)


def finding_rows(r: ArticleResult) -> list[dict]:
    return [{"path": r.path, "rule": f.rule, "name": f.name, "severity": f.severity.value,
             "message": f.message, "start": f.start, "end": f.end} for f in r.findings]


def quantity_rows(r: ArticleResult) -> list[dict]:
    """Every quantity read, with its precision and bound, and whether a conversion restates
    it (``converted``: the other side's text), for policies such as "no bare currency"."""
    if not r.ok:
        return []
    pairs = {}
    for c in r.facts.conversions:
        pairs[(c.source.start, c.source.end)] = c.target.text
        pairs[(c.target.start, c.target.end)] = c.source.text
    return [{"path": r.path, "text": q.text, "value": q.value, "unit": q.unit, "kind": q.kind,
             "precision": q.precision, "bound": q.bound, "approximate": q.approximate,
             "qualifier": q.qualifier, "noun": q.noun, "converted": pairs.get((q.start, q.end)),
             "start": q.start, "end": q.end} for q in r.facts.quantities]


def citation_rows(r: ArticleResult) -> list[dict]:
    if not r.ok:
        return []
    return [{"path": r.path, "publisher": c.publisher, "title": c.title, "author": c.author,
             "date": c.date.iso() if c.date else None,
             "date_precision": c.date.precision if c.date else None, "kind": c.kind,
             "url": c.url, "start": c.start, "end": c.end} for c in r.facts.citations]


def comment_rows(r: ArticleResult) -> list[dict]:
    if not r.ok:
        return []
    return [{"path": r.path, "author": c.author, "date": c.date, "text": c.text,
             "start": c.start, "end": c.end} for c in r.seg.comments]


CITATION_COLUMNS = ["path", "publisher", "title", "author", "date", "date_precision", "kind",
                    "url", "start", "end"]
COMMENT_COLUMNS = ["path", "author", "date", "text", "start", "end"]


def _table(rows_of, columns: list[str]):
    def build(results: list[ArticleResult]):
        import pandas as pd

        return pd.DataFrame([row for r in results for row in rows_of(r)], columns=columns)
    return build


findings_table = _table(finding_rows, FINDING_COLUMNS)
quantities_table = _table(quantity_rows, QUANTITY_COLUMNS)
citations_table = _table(citation_rows, CITATION_COLUMNS)
comments_table = _table(comment_rows, COMMENT_COLUMNS)

TABLES = {"articles": articles_table, "findings": findings_table,
          "quantities": quantities_table, "citations": citations_table,
          "comments": comments_table}
COLUMNS = {"articles": ARTICLE_COLUMNS, "findings": FINDING_COLUMNS,
           "quantities": QUANTITY_COLUMNS, "citations": CITATION_COLUMNS,
           "comments": COMMENT_COLUMNS}
