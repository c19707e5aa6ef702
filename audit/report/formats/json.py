"""The JSON contract: ``{"tool", "articles", "summary"}``; see audit/schema/output.schema.json."""

from __future__ import annotations

import json

from collections.abc import Sequence

from audit.model import Skipped
from audit.pipeline import ArticleResult
from audit.report.serialize import run_to_dict


def render(results: list[ArticleResult], skipped: Sequence[Skipped] = ()) -> str:
    return json.dumps(run_to_dict(results, skipped), ensure_ascii=False, indent=2) + "\n"
