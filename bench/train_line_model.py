"""Train the plain-text line model on the labelled pages and write audit/segment/line_model.json.

    python bench/train_line_model.py [--data DIR] [--folds 5] [--check]

Prints the out-of-fold scores first (each page, and the clean draft made from it, judged by a
model trained without it nor any page of its site; then, for comparison, split by page), then
fits on every page and writes the weights with those scores.
--check writes nothing and exits 1 if the shipped weights differ from what training gives
(a feature changed, the data changed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.segment.evaluation import labelled_pages  # noqa: E402
from audit.segment.lines import LineModel  # noqa: E402
from audit.segment.training import (cross_validate, example, fit, same_weights,  # noqa: E402
                                    training_set)

MODEL = ROOT / "audit" / "segment" / "line_model.json"
FRENCH = ROOT / "tests" / "data" / "eval_french_pages.txt"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    examples = [example(p.file, p.flattened(), p.with_, p.without, p.site)
                for p in labelled_pages(args.data)]
    print(f"{len(examples)} pages, features in {time.perf_counter() - start:.1f} s")
    french = set(FRENCH.read_text(encoding="utf-8").split("\n")[1:])
    folding = time.perf_counter()
    cv = cross_validate(examples, french, args.folds).summary()
    print(f"out-of-fold ({args.folds} folds by site): {json.dumps(cv)} "
          f"({args.folds} fits and scoring in {time.perf_counter() - folding:.1f} s)")
    by_page = cross_validate(examples, french, args.folds, by="page").summary()
    print(f"out-of-fold ({args.folds} folds by page): {json.dumps(by_page)}")
    fitting = time.perf_counter()
    model = fit(training_set(examples))
    print(f"full fit ({len(model.terms)} terms) in {time.perf_counter() - fitting:.1f} s; "
          f"all in {time.perf_counter() - start:.1f} s")
    trained = {**model.trained, "data": "../shared/eval/trafilatura, flattened by html_text, "
               "and a clean draft of each page",
               "cross_validation": {"folds": args.folds, "by": "site", **cv},
               "cross_validation_by_page": {"folds": args.folds, "by": "page", **by_page}}
    model = LineModel(**{**model.__dict__, "trained": trained})
    if args.check:
        shipped = LineModel.from_dict(json.loads(MODEL.read_text(encoding="utf-8")))
        print("shipped weights match" if same_weights(shipped, model) else
              "shipped weights are stale: run python bench/train_line_model.py")
        sys.exit(0 if same_weights(shipped, model) else 1)
    MODEL.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
