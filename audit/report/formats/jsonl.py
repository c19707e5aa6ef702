"""JSON Lines: one article object per line (as in the JSON format's ``articles``), for streams."""

from __future__ import annotations

import json

from audit.pipeline import ArticleResult
from audit.report.serialize import article_to_dict


def _line(r: ArticleResult) -> str:
    text = json.dumps(article_to_dict(r), ensure_ascii=False, separators=(",", ":"))
    # Line and paragraph separators are valid in JSON strings but split lines in many readers.
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render(results: list[ArticleResult], skipped=(), outcome=None) -> str:  # articles only
    return "".join(_line(r) + "\n" for r in results)
