"""One module per --format value, each with ``render(results) -> str``."""

from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "junit", "github")


def renderer(name: str):
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}: choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"audit.report.formats.{name}").render
