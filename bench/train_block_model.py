"""Train the HTML block model on the labelled pages and write audit/segment/block_model.json.

    python bench/train_block_model.py [--data DIR] [--folds 5] [--check] [--sweep]

Prints the out-of-fold scores first: each page judged by a model trained without any page of
its site, then segmented as the pipeline does, with each first opinion ("own": the block model
alone; "auto": trafilatura asked on the pages where the model is unsure; "trafilatura": its
verdict alone), and how many pages "auto" gave to trafilatura. Then fits on every page and
writes the weights with those scores. --check writes nothing and exits 1 if the shipped
weights differ from what training gives. --sweep prints the out-of-fold F1 and the share of
pages given to trafilatura, overall and on the French pages, for other values of the two
thresholds of "auto" (blocks.BAND and blocks.UNSURE_SHARE) and with trafilatura never asked
("own"), which is how they were chosen.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.segment import blocks  # noqa: E402
from audit.segment.blocks import BLOCK_FEATURES, TRAINING_SCRIPT  # noqa: E402
from audit.segment.evaluation import labelled_pages  # noqa: E402
from audit.segment.lines import LineModel  # noqa: E402
from audit.segment.training import (block_example, cross_validate_blocks,  # noqa: E402
                                    fit_blocks, same_weights)

MODEL = ROOT / "audit" / "segment" / "block_model.json"
FRENCH = ROOT / "tests" / "data" / "eval_french_pages.txt"


def summary(cv) -> dict:
    def of(score):
        return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
                "f1": round(score.f1, 4)}
    return {mode: {"all": of(cv.scores[mode]), "french": of(cv.french[mode])} for mode in cv.scores} | \
        {"auto_asked_trafilatura": round(cv.asked / max(cv.pages, 1), 4)}


def sweep(examples, sites, french, models, folds) -> None:
    chosen = blocks.BAND, blocks.UNSURE_SHARE
    verdicts: dict = {}  # the same models prune the same trees: each verdict asked once
    print("| band | unsure share | trafilatura asked | P | R | F1 | French P | French R | French F1 |\n"
          "|---|---|---|---|---|---|---|---|---|")
    try:
        points = [(band, share) for band in (0.1, 0.2, 0.25, 0.3, 0.35)
                  for share in (0.05, 0.1, 0.15, 0.2, 0.3)] + [(None, None)]
        for band, share in points:
            if band is not None:
                blocks.BAND, blocks.UNSURE_SHARE = band, share
            mode = "auto" if band is not None else "own"
            cv = cross_validate_blocks(examples, sites, french, k=folds, models=models,
                                       modes=(mode,), verdicts=verdicts)
            s, f = cv.scores[mode], cv.french[mode]
            label = f"| {band} | {share}" if band is not None else "| never asked | -"
            print(f"{label} | {cv.asked / max(cv.pages, 1):.0%} | {s.precision:.3f} "
                  f"| {s.recall:.3f} | {s.f1:.3f} | {f.precision:.3f} | {f.recall:.3f} "
                  f"| {f.f1:.3f} |", flush=True)
    finally:
        blocks.BAND, blocks.UNSURE_SHARE = chosen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    pages = labelled_pages(args.data)
    examples = [block_example(p.file, p.html, p.with_, p.without, p.site) for p in pages]
    print(f"{len(examples)} pages loaded, features in {time.perf_counter() - start:.1f} s")
    french = set(FRENCH.read_text(encoding="utf-8").split("\n")[1:])
    sites = [p.site for p in pages]
    validation = cross_validate_blocks(examples, sites, french, args.folds)
    cv = summary(validation)
    print(f"out-of-fold ({args.folds} folds by site): {json.dumps(cv)}")
    if args.sweep:
        sweep(examples, sites, french, validation.models, args.folds)
    model = fit_blocks([ex for ex in examples if ex is not None])
    trained = {**model.trained, "data": "../shared/eval/trafilatura, the snippets' labels and "
               "trafilatura's verdicts", "cross_validation": {"folds": args.folds, "by": "site", **cv}}
    model = LineModel(**{**model.__dict__, "trained": trained})
    if args.check:
        shipped = LineModel.from_dict(json.loads(MODEL.read_text(encoding="utf-8")),
                                      BLOCK_FEATURES, TRAINING_SCRIPT)
        print("shipped weights match" if same_weights(shipped, model) else
              f"shipped weights are stale: run python {TRAINING_SCRIPT}")
        sys.exit(0 if same_weights(shipped, model) else 1)
    MODEL.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)} in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
