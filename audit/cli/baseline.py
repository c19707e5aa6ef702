"""Baselines: accept today's findings in an archive, and fail only on new ones.

A finding is known by its article's path, its rule and a hash of the text it points at, with
whitespace and case normalised: never by offsets, so an edit elsewhere in the article keeps it
matched. The same finding twice in one article is counted twice. ``audit ci`` also records the
rows its expectation suites fail on (an article with no source): each known by the suite, the
expectation with its arguments, and the article's path, so a stricter policy is new again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from audit.cli.inputs import relative_posix
from audit.model import Finding
from audit.pipeline import ArticleResult

if TYPE_CHECKING:
    from audit.tables.expectations import Failure, Outcome, SuiteOutcome

VERSION = 1
Key = tuple[str, str, str]  # (path, rule, fingerprint)
# (suite file name, expectation type, hash of its arguments, the article's path; for a row that
# is no article's, such as a column's mean, the row as shown: "observed 0.5")
ExpectationKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class Known:
    """What a baseline file records."""

    findings: Counter[Key] = field(default_factory=Counter)
    expectations: frozenset[ExpectationKey] = frozenset()


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


def fingerprint(r: ArticleResult, f: Finding) -> str:
    text = r.doc.text[f.start:f.end] if f.end > f.start else f.message
    normal = " ".join(text.split()).casefold()
    return hashlib.sha256(f"{f.rule}\0{normal}".encode()).hexdigest()[:16]


def _path(path: str, base: Path) -> str:
    """The article's path relative to the baseline's folder, so the file can move with it."""
    return relative_posix(path, base)


def _keys(r: ArticleResult, base: Path) -> list[tuple[Key, Finding]]:
    path = _path(r.path, base)
    return [((path, f.rule, fingerprint(r, f)), f) for f in r.findings]


def expectation_key(suite: SuiteOutcome, failure: Failure, row: str, path: str | None,
                    base: Path) -> ExpectationKey:
    """A failing row as a baseline knows it. An aggregate's row is known by its value: the
    same failure is known, a different value (an archive's mean gone lower) is new."""
    arguments = json.dumps(failure.kwargs, sort_keys=True, default=str)
    return (Path(suite.file).name, failure.expectation,
            hashlib.sha256(arguments.encode()).hexdigest()[:16],
            f"({row})" if path is None else _path(path, base))


def failing_rows(outcome: Outcome, base: Path) -> set[ExpectationKey]:
    return {expectation_key(suite, failure, row, path, base)
            for suite in outcome.suites for failure in suite.failures
            for row, path in failure.each_row()}


def write(results: list[ArticleResult], file: Path,
          expectations: set[ExpectationKey] = frozenset()) -> int:
    """Record every finding, and the expectations' failing rows (``failing_rows``); returns
    how many findings."""
    from audit.report.write import atomic_write

    base = file.parent
    counts: Counter[Key] = Counter()
    excerpts: dict[Key, str] = {}
    for r in results:
        if not r.ok:
            continue
        for key, f in _keys(r, base):
            counts[key] += 1
            excerpts.setdefault(key, " ".join(r.doc.text[f.start:f.end].split())[:80])
    entries = [{"path": p, "rule": rule, "fingerprint": fp, "count": n,
                "excerpt": excerpts[(p, rule, fp)]} for (p, rule, fp), n in sorted(counts.items())]
    doc = {"tool": "article-audit", "version": VERSION, "findings": entries}
    if expectations:
        doc["expectations"] = [{"suite": suite, "expectation": kind, "arguments": arguments,
                                "path": path} for suite, kind, arguments, path in sorted(expectations)]
    atomic_write(file, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return sum(counts.values())


def read(file: Path) -> Known:
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{file}: no such baseline file (write one with "
                            "--write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{file}: not a readable baseline: {exc}") from None
    if not isinstance(doc, dict) or doc.get("version") != VERSION or \
            not isinstance(doc.get("findings"), list):
        raise BaselineError(f"{file}: not an article-audit baseline (version {VERSION})")
    known: Counter[Key] = Counter()
    for n, entry in enumerate(doc["findings"]):
        try:
            known[(str(entry["path"]), str(entry["rule"]), str(entry["fingerprint"]))] += \
                int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{file}: entry {n} lacks path, rule or fingerprint") from None
    rows = doc.get("expectations", [])
    try:
        expectations = frozenset((str(e["suite"]), str(e["expectation"]), str(e["arguments"]),
                                  str(e["path"])) for e in rows)
    except (KeyError, TypeError):
        raise BaselineError(f"{file}: an expectation entry lacks suite, expectation, arguments "
                            "or path") from None
    return Known(known, expectations)


@dataclass(frozen=True)
class Applied:
    results: list[ArticleResult]
    hidden: int  # known findings found again and not reported
    gone: int  # known findings of the audited articles that are no longer found

    def describe(self, file: Path) -> str:
        shrink = f"; {self.gone} known finding(s) are gone: rewrite it with --write-baseline " \
                 "to shrink it" if self.gone else ""
        return f"baseline {file}: {self.hidden} known finding(s) hidden{shrink}"


def apply(results: list[ArticleResult], known: Counter[Key], file: Path) -> Applied:
    """Drop the known findings from each result."""
    left = Counter(known)
    audited, out, hidden = set(), [], 0
    for r in results:
        if not r.ok:
            out.append(r)
            continue
        kept = []
        audited.add(_path(r.path, file.parent))
        for key, f in _keys(r, file.parent):
            if left[key] > 0:
                left[key] -= 1
                hidden += 1
            else:
                kept.append(f)
        out.append(dataclasses.replace(r, findings=tuple(kept)))
    gone = sum(n for (path, _, _), n in left.items() if path in audited and n > 0)
    return Applied(out, hidden, gone)
