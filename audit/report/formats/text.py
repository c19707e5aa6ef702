"""Terminal output, one line per finding: ``path:line:col: CODE [severity] name: message``."""

from __future__ import annotations

from collections.abc import Sequence

from audit.model import Skipped
from audit.pipeline import ArticleResult
from audit.report.serialize import source_position, summary


def render(results: list[ArticleResult], skipped: Sequence[Skipped] = (), outcome=None) -> str:
    # ``outcome`` (the expectation suites') is not repeated: audit ci prints it after this.
    lines = []
    for r in results:
        if not r.ok:
            lines.append(f"{r.path}: error: {r.error}")
            continue
        for f in r.findings:
            line, col = source_position(r.doc, f.start)
            lines.append(f"{r.path}:{line}:{col}: {f.rule} [{f.severity.value}] {f.name}: {f.message}")
        for note in r.notes:
            lines.append(f"{r.path}: note: {note}")
    for item in skipped:  # never dropped without a word
        lines.append(f"{item.path}: skipped: {item.reason}")
    s = summary(results)
    counts = s["findings"]
    total = sum(counts.values())
    # An input that could not be read is no article: the JSON's summary counts its row in
    # "articles" (its list holds one), the sentence counts what was audited.
    audited, unreadable = s["articles"] - s["errors"], s["errors"]
    lines.append(f"Found {total} finding{'s' * (total != 1)} ({counts['error']} error, "
                 f"{counts['warning']} warning, {counts['info']} info) in {audited} "
                 f"article{'s' * (audited != 1)}; {unreadable} file{'s' * (unreadable != 1)} "
                 "unreadable" + (f"; {len(skipped)} skipped" if skipped else "") + ".")
    return "\n".join(lines) + "\n"
