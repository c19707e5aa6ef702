"""GitHub Actions workflow commands: findings appear as annotations on the pull request.

GitHub shows a limited number of annotations per step, so at most ``LIMIT`` are written, the
most severe first, and one ``::notice::`` line says how many were left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from audit.model import Skipped
from audit.pipeline import ArticleResult
from audit.report.formats import worst_first
from audit.report.serialize import source_position

LIMIT = 50
_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape(value).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, path: str, message: str, **props) -> str:
    fields = ",".join([f"file={_escape_property(path)}"] +
                      [f"{k}={_escape_property(str(v))}" for k, v in props.items()])
    return f"::{level} {fields}::{_escape(message)}"


def _failed_expectations(outcome) -> list[tuple[str, str]]:
    """An error annotation per expectation audit ci's gate failed on, at its first article."""
    items = []
    for suite in outcome.suites:
        for failure in suite.failures:
            path = next(iter(failure.article_paths()), None)
            message = f"{failure.summary(suite)}; {failure.call()}"
            items.append(("error", _annotation("error", path, message, title="expectation failed")
                          if path else f"::error title=expectation failed::{_escape(message)}"))
    return items


def render(results: list[ArticleResult], skipped: Sequence[Skipped] = (), outcome=None) -> str:
    # The gate's failed expectations (audit ci) and unreadable articles come first.
    items = _failed_expectations(outcome) if outcome is not None else []
    items += [("error", _annotation("error", r.path, r.error)) for r in results if not r.ok]
    for r, f in worst_first(results):
        line, col = source_position(r.doc, f.start)
        items.append((f.severity.value, _annotation(_LEVEL[f.severity.value], r.path, f.message,
                                                    line=line, col=col,
                                                    title=f"{f.rule} {f.name}")))
    lines = [text for _, text in items[:LIMIT]]
    hidden = Counter(severity for severity, _ in items[LIMIT:])
    if hidden:
        counts = ", ".join(f"{hidden[s]} {s}" for s in ("error", "warning", "info") if hidden[s])
        lines.append(f"::notice::article-audit: {sum(hidden.values())} more not shown as "
                     f"annotations ({counts}); see the job summary or the SARIF report")
    if skipped:
        lines.append(f"::notice::article-audit: {len(skipped)} file(s) skipped, not an article "
                     "format (see the JSON report's skipped list)")
    return "\n".join(lines) + ("\n" if lines else "")
