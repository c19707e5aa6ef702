"""What the line model's terms cost a pasted page: judge_lines with the shipped terms and
without them, alternating page by page on the labelled pages' lines.

    python bench/line_terms_cost.py [--pages 990] [--data DIR] [--rounds 3]

Figures, not assertions: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lexicon import fold  # noqa: E402
from audit.load import load  # noqa: E402
from audit.segment.cues import clean_texts  # noqa: E402
from audit.segment.evaluation import labelled_pages  # noqa: E402
from audit.segment.lines import default_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--pages", type=int, default=990)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = []
    for page in labelled_pages(args.data)[:args.pages]:
        doc = load(page.flattened(), "page.txt")
        pages.append(clean_texts(doc.blocks, fold(doc.text)))
    with_terms = default_model()
    without = replace(with_terms, terms=())
    with_terms.judge_lines(pages[0]), without.judge_lines(pages[0])  # warm
    best = {"with": [float("inf")] * len(pages), "without": [float("inf")] * len(pages)}
    for _ in range(args.rounds):  # each page's fastest of the rounds, the two alternating
        for i, texts in enumerate(pages):
            for name, model in (("with", with_terms), ("without", without)):
                start = time.perf_counter()
                model.judge_lines(texts)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    extra = [a - b for a, b in zip(best["with"], best["without"])]
    lines = sum(map(len, pages))
    print(f"{len(pages)} pages, {lines} lines, {len(with_terms.terms)} terms")
    for name in ("without", "with"):
        print(f"judge_lines {name + ' terms':14} median {statistics.median(best[name]) * 1e3:.2f} ms"
              f"  mean {statistics.fmean(best[name]) * 1e3:.2f} ms a page")
    print(f"the terms' cost:            median {statistics.median(extra) * 1e3:.2f} ms"
          f"  mean {statistics.fmean(extra) * 1e3:.2f} ms a page")


if __name__ == "__main__":
    main()
