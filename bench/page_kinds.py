"""How well page_kind tells news, other articles and other pages apart, on the labelled French
and English pages (tests/data/page_kinds.tsv: news; blog, another article; wiki, forum,
product, listing, other). The page is read as the pipeline reads it: markup first, then the
text where markup leaves news against another article open (in sample: the text-shape model
was trained on these pages; bench/train_page_kind.py prints its out-of-fold scores)."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.pipeline import audit_article  # noqa: E402
from audit.settings import Settings  # noqa: E402

PAGES = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"


def main() -> None:
    rows = list(csv.DictReader((ROOT / "tests" / "data" / "page_kinds.tsv").open(encoding="utf-8"),
                               delimiter="\t"))
    table = Counter()
    news = Counter()
    for row in rows:
        facts = audit_article((PAGES / row["file"]).read_bytes(), row["file"], Settings()).facts
        kind, why = facts.page_kind, facts.page_kind_reason
        truth = "article" if row["kind"] in ("news", "blog") else row["kind"]
        table[(truth, "article" if kind == "news" else kind)] += 1
        found, labelled = kind == "news", row["kind"] == "news"
        news[(row["lang"], labelled, found, "text" in why)] += 1
        if (truth == "article") != (kind in ("article", "news")) or found != labelled:
            print(f"{row['file']}: labelled {row['kind']}, found {kind} ({why})")
    articles = sum(v for (t, _), v in table.items() if t == "article")
    kept = sum(v for (t, k), v in table.items() if t == "article" and k == "article")
    others = sum(v for (t, _), v in table.items() if t != "article")
    caught = sum(v for (t, k), v in table.items() if t != "article" and k != "article")
    print(f"articles kept as articles (news or not): {kept}/{articles}; "
          f"other pages recognised: {caught}/{others}")
    for (truth, kind), n in sorted(table.items()):
        print(f"  labelled {truth:8} found {kind:8} {n}")
    for lang in sorted({k[0] for k in news}):
        def n(labelled=None, found=None, text=None):
            return sum(v for (la, lb, f, t), v in news.items() if la == lang
                       and labelled in (None, lb) and found in (None, f) and text in (None, t))
        print(f"{lang}: news pages {n(labelled=True)}, found news {n(True, True)} "
              f"({n(True, True, True)} by their text); other pages found news {n(False, True)} "
              f"({n(False, True, True)} by their text)")


if __name__ == "__main__":
    main()
