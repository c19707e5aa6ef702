"""Precision and recall of NUM007 (headline figure) and NUM003 (anniversaries) on labelled real
text, split between the items the rules were tuned on and those held out.

python bench/headline_anniversary_checks.py            # the table
python bench/headline_anniversary_checks.py --verbose  # and every item whose verdict differs

tests/data/numbers/headline_pairs.jsonl: headlines and ledes of news pages (fr, en, de) that
state the same amount, as published (no finding expected), and each with its headline's figure
put on another scale ("£5billion" -> "£5million", "millions" -> "milliards", "Millionen" ->
"Milliarden") or given typed zeros (one finding expected).

tests/data/numbers/anniversaries.jsonl: sentences of news pages (fr, en) stating an anniversary
or an elapsed time, as published (no finding expected), and copies with the count changed (one
finding expected) where the text states the year the count goes from.

Each item keeps its page's URL; "title_from": "url" marks a headline read from the URL's slug;
"published" is the page's date, or a date the content fixes ("published_note" says which). An
item is run as Markdown, "# title" then the text, so the headline is the title whatever the
title reader makes of the page's furniture. "split": "tuned" (collected while the rules were
written) or "held_out" (collected last, scored once, not tuned on).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from audit.segment.evaluation import Score  # noqa: E402

DATA = ROOT / "tests" / "data" / "numbers"
SETS = {"NUM007": DATA / "headline_pairs.jsonl", "NUM003": DATA / "anniversaries.jsonl"}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def document(item: dict) -> str:
    return (f"# {item['title']}\n\n" if item.get("title") else "") + item["text"] + "\n"


def audit(item: dict):
    from audit.pipeline import audit_article
    from audit.settings import Settings

    published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
    select = frozenset({item["rule"]})
    return audit_article(document(item), f"{item['id']}.md",
                         Settings(published=published, select=select, explicit=select))


def score(items: list[dict]) -> tuple[dict[tuple[str, str], Score], list[tuple[dict, object]]]:
    """Scores by (rule, split), and the items whose verdict differs from the label."""
    scores: dict[tuple[str, str], Score] = {}
    wrong = []
    for item in items:
        result = audit(item)
        got = any(f.rule == item["rule"] for f in result.findings)
        scores.setdefault((item["rule"], item["split"]), Score()).count(item["expect"], got)
        if got != item["expect"]:
            wrong.append((item, result))
    return scores, wrong


def table(scores: dict[tuple[str, str], Score]) -> str:
    lines = ["| rule | split | items | should fire | precision | recall |", "|---|---|---|---|---|---|"]
    for (rule, split), s in sorted(scores.items(), key=lambda kv: (kv[0][0], kv[0][1] != "tuned")):
        lines.append(f"| {rule} | {split} | {s.row()}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    items = [item for path in SETS.values() for item in load(path)]
    scores, wrong = score(items)
    print(table(scores))
    for item, result in wrong if args.verbose else ():
        print(f"{item['id']} {item['rule']} ({item['split']}): expected "
              f"{'a finding' if item['expect'] else 'none'}, got "
              f"{[f.message for f in result.findings] or 'none'}\n   {item.get('mutation') or ''} "
              f"{item.get('title') or ''} | {item['text'][:160]!r}")


if __name__ == "__main__":
    main()
