"""Audit results -> rows of the five archive tables, with fixed columns and Arrow types.

The columns and rows are those of audit/tables (what the expectation suites are written
over); this module adds the Arrow types. Both engines build their rows here, so their tables
match row for row.
"""

from __future__ import annotations

from audit.pipeline import ArticleResult
from audit.tables import (ARTICLE_COLUMNS, CITATION_COLUMNS, COMMENT_COLUMNS, FINDING_COLUMNS,
                          QUANTITY_COLUMNS, article_row, citation_rows, comment_rows,
                          TABLES, finding_rows, quantity_rows)

TABLE_NAMES = tuple(TABLES)  # the expectation tables: one list of them

_STR, _INT, _FLOAT, _BOOL = "string", "int64", "float64", "bool"
_ARTICLE_TYPES = {"path": _STR, "status": _STR, "error": _STR, "format": _STR, "language": _STR,
                  "title": _STR, "published": _STR, "n_findings": _INT, "n_error": _INT,
                  "n_warning": _INT, "n_info": _INT, "n_citations": _INT,
                  "n_named_attributions": _INT, "n_sources": _INT, "has_disclosure": _BOOL,
                  "n_comments": _INT, "body_chars": _INT, "boilerplate_in_body": _INT,
                  "page_kind": _STR, "ai_declared": _BOOL, "ai_review": _BOOL}
_FINDING_TYPES = {"path": _STR, "rule": _STR, "name": _STR, "severity": _STR, "message": _STR,
                  "start": _INT, "end": _INT}
_QUANTITY_TYPES = {"path": _STR, "text": _STR, "value": _FLOAT, "unit": _STR, "kind": _STR,
                   "precision": _FLOAT, "bound": _STR, "approximate": _BOOL, "qualifier": _STR,
                   "noun": _STR, "converted": _STR, "start": _INT, "end": _INT}
_CITATION_TYPES = {"path": _STR, "publisher": _STR, "title": _STR, "author": _STR, "date": _STR,
                   "date_precision": _STR, "kind": _STR, "url": _STR, "start": _INT, "end": _INT}
_COMMENT_TYPES = {"path": _STR, "author": _STR, "date": _STR, "text": _STR, "start": _INT,
                  "end": _INT}
assert list(_ARTICLE_TYPES) == ARTICLE_COLUMNS and list(_FINDING_TYPES) == FINDING_COLUMNS \
    and list(_QUANTITY_TYPES) == QUANTITY_COLUMNS and list(_CITATION_TYPES) == CITATION_COLUMNS \
    and list(_COMMENT_TYPES) == COMMENT_COLUMNS, "audit/tables columns changed: update rows.py"


def column_types(with_text: bool = False) -> dict[str, dict[str, str]]:
    """Table -> column -> type name ("string", "int64", "float64", "bool")."""
    articles = {**_ARTICLE_TYPES, **({"text": _STR} if with_text else {})}
    return {"articles": articles, "findings": _FINDING_TYPES, "citations": _CITATION_TYPES,
            "quantities": _QUANTITY_TYPES, "comments": _COMMENT_TYPES}


def arrow_schemas(with_text: bool = False) -> dict:
    import pyarrow as pa

    types = {_STR: pa.string(), _INT: pa.int64(), _FLOAT: pa.float64(), _BOOL: pa.bool_()}
    return {table: pa.schema([(name, types[kind]) for name, kind in columns.items()])
            for table, columns in column_types(with_text).items()}


def rows(r: ArticleResult, with_text: bool = False) -> dict[str, list[dict]]:
    """The rows one article gives each table."""
    article = article_row(r)
    if with_text:
        article["text"] = r.doc.text if r.ok else None
    out = {"articles": [article], "findings": [], "citations": [], "quantities": [],
           "comments": []}
    if not r.ok:
        return out
    out["findings"] = finding_rows(r)
    out["citations"] = citation_rows(r)
    out["quantities"] = quantity_rows(r)
    out["comments"] = comment_rows(r)
    return out
