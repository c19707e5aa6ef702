"""Precision and recall of the AI-use disclosure detector on the labelled sentences.

python -m bench.disclosures [--split dev|test|heldout|all] [--batch B] [--errors]

dev and test are the two hash halves of the tuning batches (a-l and later additions): look at
the errors of dev only. heldout is the latest blind batch (HELDOUT_BATCH in
audit/segment/disclosure_eval.py, empty until it is named and its files land), measured by the lead, never
tuned on. --batch k scores one batch's part of the split (a former blind batch's halves).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from audit.segment.disclosure_eval import HELDOUT_BATCH, load_items, score

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "disclosures"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test", choices=("dev", "test", "heldout", "all"),
                        help="dev: tune here; test: check here; heldout: the latest blind batch, for the lead")
    parser.add_argument("--batch", help="only this batch's items (a, b, ... l)")
    parser.add_argument("--errors", action="store_true", help="print the items it gets wrong")
    args = parser.parse_args()
    items = [i for i in load_items(DATA) if args.split == "all" or i["split"] == args.split]
    if args.batch:
        items = [i for i in items if i["batch"] == args.batch]
    scores, wrong = score(items)
    print(f"split: {args.split}{f', batch {args.batch}' if args.batch else ''}, {len(items)} sentences")
    if not items:
        if args.split == "heldout" and HELDOUT_BATCH is None:
            print("none: no held-out batch is named (HELDOUT_BATCH; the next is being collected)")
        elif args.split == "heldout":
            print(f"none: the held-out batch ({HELDOUT_BATCH}, *_{HELDOUT_BATCH}.jsonl) has not landed yet")
        else:
            print("none")
        return
    print(f"{'lang':5} {'pos':>4} {'neg':>4} {'precision':>9} {'recall':>7} {'act right':>9}")
    for lang in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[lang]
        act = s.act_right / s.tp if s.tp else 0.0
        print(f"{lang:5} {s.tp + s.fn:4} {s.fp + s.tn:4} {s.precision:9.3f} {s.recall:7.3f} {act:9.2f}")
    decided = [i for i in items if i.get("decidable")]
    if decided:  # the blind batches from j on say whether the sentence alone decides its label
        print("\nby what decides the label (blind batches from j on):")
        for what in ("sentence", "context"):
            s = score([i for i in decided if i["decidable"] == what])[0].get("all")
            if s:
                print(f"{what:9} {s.tp + s.fn:4} {s.fp + s.tn:4} {s.precision:9.3f} {s.recall:7.3f}")
    if args.errors:
        for item, found in wrong:
            kind = "missed" if item["label"] == "disclosure" else "false alarm"
            print(f"\n{kind} [{item['lang']} {item['kind']}] {item['text']}")
            for f in found:
                print(f"   read as {f.form}/{f.act} agent={f.agent!r}")


if __name__ == "__main__":
    main()
