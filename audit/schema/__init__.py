"""The JSON Schema of ``audit check --format json``, shipped with the package."""

from __future__ import annotations

import json
from importlib import resources


def output_schema() -> dict:
    return json.loads((resources.files("audit.schema") / "output.schema.json").read_text("utf-8"))
