"""What trafilatura is handed where our block model is unsure: the whole tree, or the tree
without the block elements holding only blocks the model gives less than DROP_BELOW.

    python bench/trafilatura_pruning.py [--thresholds 0.02 0.05 0.1 0.2] [--data DIR]

Out of fold by site on the labelled pages of ../shared/eval/trafilatura, as
bench/segmentation.py: each page's blocks judged by a block model trained on the other four
folds, trafilatura asked where that model is unsure ("auto"), with each threshold (0: nothing
left out). Prints main-text P / R / F1, French F1 (py3langid, the `bench` extra), the
time trafilatura took a page (all pages counted, asked or not), and the share of the
elements it would have read (the tree without navigation, footers, scripts and the like,
which it is never handed) that it was not handed. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import audit.segment.blocks as blocks  # noqa: E402
from audit.load import LoadError, load  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.evaluation import Score, group_folds, labelled_pages, texts_of  # noqa: E402
from audit.segment.training import block_example, fit_blocks  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.02, 0.05, 0.1, 0.2])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    from segmentation import language

    pages = labelled_pages(args.data)
    folds = group_folds([p.site for p in pages], args.folds)
    examples = [block_example(p.file, p.html, p.with_, p.without, p.site) for p in pages]
    models = [fit_blocks([ex for ex, f in zip(examples, folds) if ex and f != k])
              for k in range(args.folds)]
    del examples
    french = [language(p.html) == "fr" for p in pages]
    print(f"{len(pages)} pages, {args.folds} folds by site")
    print(f"{'DROP_BELOW':>10} {'P':>7} {'R':>7} {'F1':>7} {'fr F1':>7} {'ms a page':>9} "
          f"{'left out':>8}")
    read_whole: dict[int, int] = {}  # per page asked: the elements it read with nothing left out
    for threshold in [0.0, *args.thresholds]:
        blocks.DROP_BELOW = threshold
        total, fr, spent, whole, read = Score(), Score(), 0.0, 0, 0
        for n, (page, k, is_french) in enumerate(zip(pages, folds, french)):
            try:
                doc = load(page.html, "page.html")
            except LoadError:
                continue
            opinion = doc.second_opinion

            def timed(drop=(), opinion=opinion, n=n):
                nonlocal spent, whole, read
                root = opinion._page[0]
                start = time.perf_counter()
                verdicts = opinion(drop)
                spent += time.perf_counter() - start
                size = sum(1 for _ in root.iter())  # pruned in place: what it read
                whole += read_whole.setdefault(n, size)
                read += size
                return verdicts

            doc = replace(doc, second_opinion=timed)
            text, _ = texts_of(doc, segment(doc, block_model=models[k], extractor="auto"))
            for score in (total, fr) if is_french else (total,):
                score.add(text, page.with_, page.without)
        print(f"{threshold:>10} {total.precision:>7.4f} {total.recall:>7.4f} {total.f1:>7.4f} "
              f"{fr.f1:>7.4f} {spent * 1000 / len(pages):>9.2f} {1 - read / max(whole, 1):>8.1%}",
              flush=True)


if __name__ == "__main__":
    main()
