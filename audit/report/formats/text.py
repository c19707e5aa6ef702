"""Terminal output, one line per finding: ``path:line:col: CODE [severity] name: message``."""

from __future__ import annotations

from audit.pipeline import ArticleResult
from audit.report.serialize import line_col, summary


def render(results: list[ArticleResult]) -> str:
    lines = []
    for r in results:
        if not r.ok:
            lines.append(f"{r.path}: error: {r.error}")
            continue
        for f in r.findings:
            line, col = line_col(r.doc.text, f.start)
            lines.append(f"{r.path}:{line}:{col}: {f.rule} [{f.severity.value}] {f.name}: {f.message}")
        for note in r.notes:
            lines.append(f"{r.path}: note: {note}")
    s = summary(results)
    counts = s["findings"]
    total = sum(counts.values())
    lines.append(f"Found {total} finding{'s' * (total != 1)} ({counts['error']} error, "
                 f"{counts['warning']} warning, {counts['info']} info) in {s['articles']} "
                 f"article{'s' * (s['articles'] != 1)}; {s['errors']} unreadable.")
    return "\n".join(lines) + "\n"
