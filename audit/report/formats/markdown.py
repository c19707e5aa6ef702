"""A Markdown summary for ``$GITHUB_STEP_SUMMARY`` and pull-request comments.

From `audit ci`, the gate's verdict first: every expectation met, or those that failed with
their description and a few of the rows they failed on. Then the findings' verdict, counts by severity and by rule, the worst findings (errors, then warnings) with a
link to their line, and the articles that could not be audited. Links point at
``$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/PATH#Lnn`` when those are set.
Everything taken from an article (messages, paths, reasons) is escaped.
"""

from __future__ import annotations

import os
import posixpath
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from urllib.parse import quote

from audit import rx
from audit.model import Severity, Skipped
from audit.pipeline import ArticleResult
from audit.report.docs import rule_doc_url
from audit.report.formats import worst_first
from audit.report.serialize import source_position, summary, xml_text

LIMIT = 30
ROWS = 3  # failing rows shown per expectation; ci's own output lists them all
_ORDER = ("error", "warning", "info")
_PUNCTUATION = rx.compile(r"([\\`*_{}\[\]|~#!])")


def escape(text: str) -> str:
    """Article text as inline Markdown, safe in a table cell: no markup, no HTML, no mention."""
    text = xml_text(" ".join(str(text).split()))  # GitHub renders it as HTML: no controls
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # A zero-width space keeps "@name" from notifying a GitHub user.
    return text.replace("@", "@&#8203;")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1 and word != 'info')}"


def _repo_path(path: str, workspace: str | None) -> str | None:
    """The path relative to the repository root, or None when it is not in it."""
    pure = PurePath(path)
    if pure.is_absolute():
        if not workspace:
            return None
        try:
            pure = pure.relative_to(workspace)
        except ValueError:
            return None
    rel = posixpath.normpath(pure.as_posix())
    return None if rel.startswith("..") or rel == "." else rel


def _where(path: str, line: int | None, env: Mapping[str, str]) -> str:
    label = escape(f"{path}:{line}" if line else path)
    server, repo, sha = (env.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    rel = _repo_path(path, env.get("GITHUB_WORKSPACE")) if server and repo and sha else None
    if rel is None or path.startswith("<"):  # <stdin> is no file
        return label
    anchor = f"#L{line}" if line else ""
    return f"[{label}]({server.rstrip('/')}/{repo}/blob/{sha}/{quote(rel)}{anchor})"


def _verdict(results: list[ArticleResult]) -> str:
    s = summary(results)
    counts, unreadable = s["findings"], s["errors"]
    icon = "❌" if counts["error"] or unreadable else "⚠️" if counts["warning"] else "✅"
    line = (f"**{icon} {_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')},"
            f" {counts['info']} info** in {_plural(s['articles'] - unreadable, 'article')}")
    if unreadable:  # no articles: the sentence counts what was audited, as the terminal's
        line += f"; {_plural(unreadable, 'file')} could not be audited"
    return line + "."


def _by_severity(results: list[ArticleResult]) -> list[str]:
    rows = ["| severity | findings | articles |", "|---|---:|---:|"]
    for severity in _ORDER:
        found = [sum(f.severity.value == severity for f in r.findings) for r in results]
        rows.append(f"| {severity} | {sum(found)} | {sum(n > 0 for n in found)} |")
    return rows


def _by_rule(results: list[ArticleResult]) -> list[str]:
    findings = Counter((f.rule, f.name, f.severity) for r in results for f in r.findings)
    articles = Counter(key for r in results
                       for key in {(f.rule, f.name, f.severity) for f in r.findings})
    if not findings:
        return ["No findings."]
    rows = ["| rule | name | severity | findings | articles |", "|---|---|---|---:|---:|"]
    for (rule, name, severity), n in sorted(findings.items(),
                                            key=lambda kv: (-kv[0][2].rank, -kv[1], kv[0][0])):
        rows.append(f"| [{rule}]({rule_doc_url(rule)}) | {name} | {severity.value} | {n} | "
                    f"{articles[(rule, name, severity)]} |")
    return rows


def _worst(results: list[ArticleResult], env: Mapping[str, str]) -> list[str]:
    serious = [(r, f) for r, f in worst_first(results) if f.severity.rank >= Severity.WARNING.rank]
    if not serious:
        return ["No errors or warnings."]
    rows = ["| severity | rule | where | message |", "|---|---|---|---|"]
    for r, f in serious[:LIMIT]:
        line, _ = source_position(r.doc, f.start)
        rows.append(f"| {f.severity.value} | [{f.rule}]({rule_doc_url(f.rule)}) | "
                    f"{_where(r.path, line, env)} | {escape(f.message)} |")
    rest = Counter(f.severity.value for _, f in serious[LIMIT:])
    if rest:
        counts = ", ".join(_plural(rest[s], s) for s in _ORDER if rest[s])
        rows += ["", f"…and {sum(rest.values())} more ({counts}); the SARIF and text outputs "
                     "list them all."]
    return rows


def _unreadable(results: list[ArticleResult], env: Mapping[str, str]) -> list[str]:
    failed = [r for r in results if not r.ok]
    rows = ["| article | reason |", "|---|---|"]
    rows += [f"| {_where(r.path, None, env)} | {escape(r.error)} |" for r in failed[:LIMIT]]
    if len(failed) > LIMIT:
        rows += ["", f"…and {len(failed) - LIMIT} more."]
    return rows


def _gate(outcome) -> list[str]:
    """The expectation suites' verdict (audit ci), and what failed with a few rows."""
    suites = _plural(len(outcome.suites), "suite")
    known = f"; {outcome.known} known failing row(s) hidden by the baseline" \
        if outcome.known else ""
    if outcome.note:
        return [f"**{escape(outcome.note)}**", ""]
    if outcome.success:
        return [f"**✅ All expectations met** ({outcome.total} in {suites}{known}).", ""]
    out = [f"**❌ Gate failed: {_plural(outcome.failed, 'expectation')} of {outcome.total} "
           f"not met** (in {suites}{known}).", "",
           "| suite | expectation | failing rows |", "|---|---|---|"]
    for suite in outcome.suites:
        for failure in suite.failures:
            rows = [escape(row) for row in failure.rows[:ROWS]]
            if len(failure.rows) > ROWS:
                rows.append(f"…and {len(failure.rows) - ROWS} more")
            out.append(f"| {escape(PurePath(suite.file).name)} ({suite.table}) | "
                       f"{escape(failure.description)} ({escape(failure.call())}) | "
                       f"{'<br>'.join(rows) or '—'} |")
    return out + [""]


def render(results: list[ArticleResult], env: Mapping[str, str] | None = None,
           skipped: Sequence[Skipped] = (), outcome=None) -> str:
    """``outcome``: the expectation suites' (audit ci), stated first."""
    env = os.environ if env is None else env
    gate = _gate(outcome) if outcome is not None else []
    if not results:  # e.g. --diff and no article changed
        return "\n".join(["## article-audit", "", *gate, "No articles to audit.", ""])
    out = ["## article-audit", "", *gate, _verdict(results), "",
           "### Findings by severity", "", *_by_severity(results), "",
           "### Findings by rule", "", *_by_rule(results), "",
           f"### Worst findings (errors, then warnings; at most {LIMIT})", "",
           *_worst(results, env), ""]
    if any(not r.ok for r in results):
        out += ["### Could not be audited", "", *_unreadable(results, env), ""]
    if skipped:
        out += [f"{len(skipped)} file(s) skipped: not an article format "
                f"({escape(', '.join(sorted({PurePath(s.path).suffix or s.path for s in skipped})))}).", ""]
    return "\n".join(out)
