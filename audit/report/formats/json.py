"""The JSON contract: ``{"tool", "articles", "summary"}``; see audit/schema/output.schema.json."""

from __future__ import annotations

import json

from collections.abc import Iterator, Sequence

from audit.model import Skipped
from audit.pipeline import ArticleResult
from audit.report.serialize import article_to_dict, outcome_to_dict, run_to_dict, summary


_SLOT = "\x00articles\x00"


def render(results: list[ArticleResult], skipped: Sequence[Skipped] = (),
           outcome=None) -> Iterator[str]:
    """The report in pieces, one article at a time, exactly as one ``json.dumps(indent=2)`` of
    the whole would print it: a batch's articles as dicts and as one string were twice the
    memory of the audit itself. ``outcome``, the expectation suites' (audit ci), is "policy"."""
    policy = {"policy": outcome_to_dict(outcome)} if outcome is not None else {}
    if not results:
        yield json.dumps(run_to_dict(results, skipped) | policy, ensure_ascii=False,
                         indent=2) + "\n"
        return
    whole = run_to_dict([], skipped) | {"summary": summary(results)} | policy
    whole["articles"] = [_SLOT]
    head, tail = json.dumps(whole, ensure_ascii=False, indent=2).split(json.dumps(_SLOT), 1)
    yield head
    for n, result in enumerate(results):
        article = json.dumps(article_to_dict(result), ensure_ascii=False, indent=2)
        # JSON strings hold no raw newline: the lines can be indented one level down.
        yield ("" if n == 0 else ",\n    ") + article.replace("\n", "\n    ")
    yield tail + "\n"
