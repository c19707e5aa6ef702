"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json

from audit import __version__
from audit.check import all_rules
from audit.pipeline import ArticleResult
from audit.report.serialize import line_col

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rules() -> list[dict]:
    return [{"id": r.code, "name": r.name,
             "shortDescription": {"text": r.summary()},
             "fullDescription": {"text": r.documentation()},
             "defaultConfiguration": {"level": _LEVEL[r.severity.value]}} for r in all_rules()]


def _location(path: str, text: str, start: int, end: int) -> dict:
    line, col = line_col(text, start)
    end_line, end_col = line_col(text, end)
    return {"physicalLocation": {"artifactLocation": {"uri": path},
                                 "region": {"startLine": line, "startColumn": col,
                                            "endLine": end_line, "endColumn": end_col,
                                            "charOffset": start, "charLength": end - start}}}


def render(results: list[ArticleResult]) -> str:
    sarif_results, notifications = [], []
    for r in results:
        if not r.ok:
            notifications.append({"level": "error", "message": {"text": f"{r.path}: {r.error}"}})
            continue
        for f in r.findings:
            sarif_results.append({"ruleId": f.rule, "level": _LEVEL[f.severity.value],
                                  "message": {"text": f.message},
                                  "locations": [_location(r.path, r.doc.text, f.start, f.end)],
                                  "properties": {"evidence": f.evidence}})
    run = {"tool": {"driver": {"name": "article-audit", "version": __version__,
                               "informationUri": "https://pypi.org/project/article-audit/",
                               "rules": _rules()}},
           "results": sarif_results,
           "invocations": [{"executionSuccessful": True,
                            "toolExecutionNotifications": notifications}]}
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
