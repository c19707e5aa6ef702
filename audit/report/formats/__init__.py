"""One module per --format value, each with ``render(results) -> str``."""

from __future__ import annotations

import importlib

FORMATS = ("text", "json", "jsonl", "sarif", "junit", "github", "markdown")


def renderer(name: str):
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}: choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"audit.report.formats.{name}").render


def worst_first(results) -> list:
    """(result, finding) pairs, errors first, then warnings, then info; stable within each."""
    pairs = [(r, f) for r in results if r.ok for f in r.findings]
    return sorted(pairs, key=lambda pair: -pair[1].severity.rank)
