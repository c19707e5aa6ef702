"""Pasted-text titles against the HTML audit's title, on the labelled eval pages.

    python bench/titles.py [--data DIR] [--out FILE.json]

A silver label: for each page of ../shared/eval/trafilatura whose HTML audit finds a title
that is also a line of the page as a reader pastes it (html_text, as the segmentation bench
flattens pages), the pasted audit's title should be that line. Prints the share that agrees;
--out keeps each page's pair for a side-by-side diff of two commits. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.pipeline import audit_article  # noqa: E402
from audit.segment.evaluation import labelled_pages  # noqa: E402
from audit.settings import Settings  # noqa: E402


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"\W+", " ", (text or "").lower()).split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    settings, rows = Settings(), []
    for i, page in enumerate(labelled_pages(args.data)):
        html = audit_article(page.html, "page.html", settings)
        if not html.ok or not html.seg.title:
            continue
        gold, pasted = _norm(html.seg.title), page.flattened()
        if gold not in {_norm(line) for line in pasted.splitlines()}:
            continue  # the title is not a line of the pasted page
        text = audit_article(pasted, "page.txt", settings)
        got = text.seg.title if text.ok else None
        rows.append({"page": i, "file": page.file, "ok": _norm(got) == gold,
                     "html": html.seg.title, "pasted": got})
    agree = sum(r["ok"] for r in rows)
    print(f"{agree}/{len(rows)} pasted titles agree with the HTML title "
          f"({agree / max(len(rows), 1):.3f}); {sum(not r['pasted'] for r in rows)} pasted pages "
          "have none")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
