"""How well page_kind tells articles from other pages, on the labelled French and English
pages (tests/data/page_kinds.tsv: news, blog = article; wiki, forum, product, listing, other)."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.extract.pagekind import page_kind  # noqa: E402
from audit.load import load  # noqa: E402

PAGES = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"


def main() -> None:
    rows = list(csv.DictReader((ROOT / "tests" / "data" / "page_kinds.tsv").open(encoding="utf-8"),
                               delimiter="\t"))
    table = Counter()
    for row in rows:
        doc = load((PAGES / row["file"]).read_bytes(), row["file"])
        kind, why = page_kind(doc.meta)
        truth = "article" if row["kind"] in ("news", "blog") else row["kind"]
        table[(truth, kind)] += 1
        if (truth == "article") != (kind == "article"):
            print(f"{row['file']}: labelled {row['kind']}, found {kind} ({why})")
    articles = sum(v for (t, _), v in table.items() if t == "article")
    kept = sum(v for (t, k), v in table.items() if t == "article" and k == "article")
    others = sum(v for (t, _), v in table.items() if t != "article")
    caught = sum(v for (t, k), v in table.items() if t != "article" and k != "article")
    print(f"articles kept as articles: {kept}/{articles}; other pages recognised: {caught}/{others}")
    for (truth, kind), n in sorted(table.items()):
        print(f"  labelled {truth:8} found {kind:8} {n}")


if __name__ == "__main__":
    main()
