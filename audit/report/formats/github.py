"""GitHub Actions workflow commands: findings appear as annotations on the pull request."""

from __future__ import annotations

from audit.pipeline import ArticleResult
from audit.report.serialize import line_col

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def render(results: list[ArticleResult]) -> str:
    lines = []
    for r in results:
        if not r.ok:
            lines.append(f"::error file={r.path}::{_escape(r.error)}")
            continue
        for f in r.findings:
            line, col = line_col(r.doc.text, f.start)
            lines.append(f"::{_LEVEL[f.severity.value]} file={r.path},line={line},col={col},"
                         f"title={f.rule} {f.name}::{_escape(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
