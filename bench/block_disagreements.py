"""Where our HTML segmenter and trafilatura disagree, block by block, on the labelled pages.

    python bench/block_disagreements.py [--data DIR] [--limit N] [--folds 5] [--examples N]

Each block of our reading of a page gets a label from the page's snippets (training.line_labels:
1 holds part of a "with" snippet, 0 of a "without" one, unlabelled blocks are skipped), our
verdict (its kind is main text) and trafilatura's (the hint it gave on the same tree,
Block.extracted). For the blocks we keep and it drops, and the reverse, the tables count how
many are right and wrong by kind of block: our kind, tag, zone, length, position on the page,
link density, the lexicon cue that matches. The "without" blocks we keep are what costs us
precision; the "with" blocks trafilatura keeps and we drop cost recall. Out-of-fold: the pages
trafilatura gives up on are judged by the line model of the other folds (split by site).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lexicon import fold, get_lexicon  # noqa: E402
from audit.load import LoadError, load  # noqa: E402
from audit.model import MAIN_KINDS  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.cues import clean, is_dateline, word_count  # noqa: E402
from audit.segment.evaluation import group_folds, labelled_pages  # noqa: E402
from audit.segment.training import example, fold_models, draft, line_labels  # noqa: E402

CUES = ("boilerplate", "comment_widget", "related_header", "sources_header", "comments_header",
        "comment_date")


def cue(text: str) -> str:
    lex = get_lexicon()
    for name in CUES:
        if getattr(lex, name).match(text):
            return name
    return "dateline" if is_dateline(text) else "none"


def length(text: str) -> str:
    words = word_count(text)
    return next(f"{label} words" for limit, label in ((3, "1-3"), (9, "4-9"), (19, "10-19"),
                                                       (49, "20-49"), (10**9, "50+"))
                if words <= limit)


def link_density(doc, block) -> str:
    linked = sum(max(0, min(e, block.end) - max(s, block.start)) for s, e, _ in doc.links)
    share = linked / max(block.end - block.start, 1)
    return "none" if share == 0 else "< 50 %" if share < 0.5 else ">= 50 %"


def position(index: int, kinds: list, main_indices: list[int]) -> str:
    """Where the block sits against our own main text: above it, inside it, below it."""
    if not main_indices:
        return "no main text"
    if index < main_indices[0]:
        return "above the main text"
    if index > main_indices[-1]:
        return "below the main text"
    return "inside the main text"


def features(doc, index: int, kinds: list, main_indices: list[int], folded: str) -> dict[str, str]:
    block = doc.blocks[index]
    text = clean(block, folded)
    return {"our kind": kinds[index].value, "tag": block.tag or "-", "zone": block.zone or "-",
            "length": length(text), "position": position(index, kinds, main_indices),
            "link density": link_density(doc, block), "lexicon cue": cue(text),
            "ends a sentence": "yes" if text.rstrip()[-1:] in ".!?…\"”»" else "no"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--examples", type=int, default=0, help="print N blocks of each side")
    parser.add_argument("--no-fold-models", action="store_true",
                        help="use the shipped line model on the pages trafilatura gives up on")
    args = parser.parse_args()
    pages = labelled_pages(args.data)[: args.limit or None]
    assignment = group_folds([p.site for p in pages], args.folds)
    models = None
    if not args.no_fold_models:
        examples = [example(p.file, p.flattened(), p.with_, p.without, p.site) for p in pages]
        models = fold_models(examples, assignment, [draft(ex) for ex in examples])
    # side -> feature -> value -> Counter(label)
    tally: dict[str, dict[str, dict[str, Counter]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(Counter)))
    totals: dict[str, Counter] = defaultdict(Counter)
    samples: dict[tuple[str, int], list[str]] = defaultdict(list)
    for page, f in zip(pages, assignment):
        try:
            doc = load(page.html, "page.html")
        except LoadError:
            continue
        # The setup this study was written for: trafilatura's verdict as the first stage.
        hints = doc.second_opinion()
        kinds = [s.kind for s in segment(doc, models[f] if models else None,
                                         extractor="trafilatura").spans]
        labels = line_labels(doc.text, doc.blocks, page.with_, page.without)
        main_indices = [i for i, k in enumerate(kinds) if k in MAIN_KINDS]
        folded = fold(doc.text)
        for i, (block, kind, label) in enumerate(zip(doc.blocks, kinds, labels)):
            if label < 0:
                continue
            ours, theirs = kind in MAIN_KINDS, bool(hints) and hints[i] == "main"
            side = {(True, False): "we keep, trafilatura drops",
                    (False, True): "trafilatura keeps, we drop",
                    (True, True): "both keep", (False, False): "both drop"}[ours, theirs]
            totals[side][label] += 1
            if ours or theirs:
                for name, value in features(doc, i, kinds, main_indices, folded).items():
                    tally[side][name][value][label] += 1
                if len(samples[side, label]) < args.examples and (ours != theirs or label == 0):
                    samples[side, label].append(f"{page.file}: [{kind.value}/{block.tag}/"
                                                f"{block.zone}] {block.text[:110]}")
    print(f"{len(pages)} pages; labelled blocks by verdict (label 1 = article, 0 = not):\n")
    print("| verdict | article blocks | not-article blocks |\n|---|---|---|")
    for side, counts in totals.items():
        print(f"| {side} | {counts[1]} | {counts[0]} |")
    for side in ("we keep, trafilatura drops", "trafilatura keeps, we drop", "both keep"):
        right, wrong = (1, 0) if side != "trafilatura keeps, we drop" else (0, 1)
        print(f"\n## {side}")
        for name, values in tally[side].items():
            ranked = sorted(values.items(), key=lambda kv: -kv[1][0 if right == 1 else 1])
            cells = ", ".join(f"{value} {c[wrong]}/{c[right]}" for value, c in ranked[:10])
            print(f"- {name} (wrong/right): {cells}")
    for (side, label), lines in sorted(samples.items()):
        print(f"\n### {side}, label {label}")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
