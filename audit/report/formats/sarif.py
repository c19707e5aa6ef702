"""SARIF 2.1.0, for code scanning: one rule descriptor per rule, with its documentation.

Validated in the tests against the OASIS schema (tests/data/sarif-schema-2.1.0.json).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import quote

from audit import __version__
from audit.check import all_rules
from audit.model import Skipped
from audit.pipeline import INTERNAL, ArticleResult
from audit.report.docs import REPOSITORY, rule_doc_url, rule_markdown
from audit.report.serialize import source_position

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rules() -> list[dict]:
    return [{"id": r.code, "name": r.name,
             "shortDescription": {"text": r.summary()},
             "fullDescription": {"text": r.documentation()},
             "help": {"text": r.documentation(), "markdown": rule_markdown(r, heading=False)},
             "helpUri": rule_doc_url(r.code),
             "defaultConfiguration": {"level": _LEVEL[r.severity.value]},
             "properties": {"tags": ["article-audit", r.code.rstrip("0123456789").lower()]}}
            for r in all_rules()]


def artifact_uri(path: str) -> str:
    """A relative path stays relative (code scanning resolves it from the checkout)."""
    if PureWindowsPath(path).drive:
        return PureWindowsPath(path).as_uri()
    pure = PurePosixPath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(PurePath(path).as_posix())


def _region(doc, start: int, end: int) -> dict:
    line, col = source_position(doc, start)
    end_line, end_col = source_position(doc, end)
    if (end_line, end_col) < (line, col):
        end_line, end_col = line, col
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def _result(r: ArticleResult, f, index: dict[str, int]) -> dict:
    result = {"ruleId": f.rule, "level": _LEVEL[f.severity.value], "message": {"text": f.message},
              "locations": [{"physicalLocation": {
                  "artifactLocation": {"uri": artifact_uri(r.path)},
                  "region": _region(r.doc, f.start, f.end)}}],
              # Offsets index the extracted text, not the file: kept apart from the region.
              "properties": {"evidence": f.evidence, "textStart": f.start, "textEnd": f.end}}
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.suggestion:
        result["properties"]["suggestion"] = f.suggestion
    return result


def _notification(r: ArticleResult) -> dict:
    return {"level": "error", "message": {"text": f"{r.path}: {r.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path)}}}]}


def _gate(outcome) -> list[dict]:
    """audit ci's expectation suites as notifications: an error per failed expectation (at the
    articles it failed on, the rows in its properties), else one note that all were met. Not
    results: a result is a spot in a file, an expectation holds over the whole archive."""
    if outcome.success:
        return [{"level": "note", "message": {"text": f"expectation suites: {outcome.verdict()}"},
                 "properties": {"expectations": outcome.total, "known": outcome.known}}]
    notes = []
    for suite in outcome.suites:
        for failure in suite.failures:
            paths = failure.article_paths()
            note = {"level": "error", "descriptor": {"id": failure.expectation},
                    "message": {"text": f"expectation failed: {failure.summary(suite)}"},
                    "properties": {"suite": suite.file, "table": suite.table,
                                   "expectation": failure.call(), "rows": list(failure.rows)}}
            if paths:
                note["locations"] = [{"physicalLocation": {"artifactLocation": {
                    "uri": artifact_uri(p)}}} for p in paths]
            notes.append(note)
    return notes


def render(results: list[ArticleResult], skipped: Sequence[Skipped] = (), outcome=None,
           exit_code: int | None = None) -> str:
    """``outcome``: the expectation suites' (audit ci), as notifications; ``exit_code``: the
    command's, when known."""
    rules = _rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    # An article the auditor failed on is a failed execution (exit 2); an input that cannot be
    # read is not. Both are notifications with the reason.
    internal = any(r.error and r.error.startswith(INTERNAL) for r in results)
    run = {"tool": {"driver": {"name": "article-audit", "version": __version__,
                               "semanticVersion": __version__, "informationUri": REPOSITORY,
                               "rules": rules}},
           "columnKind": "unicodeCodePoints",
           "results": [_result(r, f, index) for r in results if r.ok for f in r.findings],
           "invocations": [{"executionSuccessful": not internal,
                            "toolExecutionNotifications": [_notification(r) for r in results
                                                           if not r.ok] +
                            [{"level": "note", "message": {"text": f"{s.path}: skipped: {s.reason}"},
                              "locations": [{"physicalLocation": {"artifactLocation": {
                                  "uri": artifact_uri(s.path)}}}]} for s in skipped] +
                            (_gate(outcome) if outcome is not None else [])}]}
    if exit_code is not None:
        run["invocations"][0]["exitCode"] = exit_code
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
