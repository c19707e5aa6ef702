"""Could our own first stage replace trafilatura's opinion on HTML? (issue 12's step two)

    python bench/first_stage_study.py [--data DIR] [--folds 5] [--variants all|NAME,...]

Without trafilatura the full HTML audit would take less than trafilatura.extract alone; with
``own`` (the block model alone) it scores below ``auto`` (trafilatura asked where the model is
unsure). Each variant is scored out of fold by site, as bench/train_block_model.py scores the
shipped model (block models fitted on the other folds, pseudo-labels from trafilatura's
verdicts on the training pages):
- additive: the shipped model class, refitted per fold (the baseline);
- gbdt: the same features in gradient-boosted trees (scikit-learn, the `bench` extra): is the
  model's form the limit?
- xpath: the additive model and what trafilatura's own XPaths say of each block (inside the
  first match of each of its five body expressions, of the first that matches, of its discard
  and teaser expressions): does trafilatura know something our markup features do not?
- precision: ``auto`` with trafilatura asked in its ``favor_precision`` mode (faster).
Figures, not assertions.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import audit.load.html as html_loader  # noqa: E402
import audit.segment.blocks as blocks_module  # noqa: E402
import audit.segment.training as training  # noqa: E402
from audit.load import LoadError, load  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.evaluation import Score, group_folds, labelled_pages, texts_of  # noqa: E402

FRENCH = ROOT / "tests" / "data" / "eval_french_pages.txt"
VARIANTS = ("additive", "gbdt", "xpath", "precision")
XPATH_FEATURES = ("body0", "body1", "body2", "body3", "body4", "first_body", "discard", "teaser")


def xpath_columns(html: bytes) -> Any:
    """XPATH_FEATURES for each block of the page, as trafilatura's expressions read its tree."""
    import numpy as np
    from trafilatura.xpaths import BODY_XPATH, OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH

    kept: dict[str, Any] = {}
    builder_class = html_loader._Builder

    class Builder(builder_class):  # the loader keeps the block elements: the study reads them
        def __init__(self) -> None:
            super().__init__()
            kept["builder"] = self

    html_loader._Builder = Builder
    try:
        doc = load(html, "page.html")
    finally:
        html_loader._Builder = builder_class
    root = doc.second_opinion._page[0]
    body = root.find("body")
    body = body if body is not None else root
    elements = kept["builder"].elements or []
    parents = [parent for parent, _, _ in doc.containers]
    assert len(elements) == len(parents)
    index = {el: i for i, el in enumerate(elements)}

    def inside(marked: set[int]) -> Any:
        flag = np.zeros(len(parents), dtype=bool)
        for i, parent in enumerate(parents):  # a parent comes before its children
            flag[i] = i in marked or (parent >= 0 and flag[parent])
        return flag

    columns, first = [], None
    for k, expression in enumerate(BODY_XPATH):
        found = [e for e in expression(body) if e is not None]
        marked = {index[found[0]]} if found and found[0] in index else set()
        if marked and first is None:
            first = k
        columns.append(inside(marked))
    columns.append(columns[first] if first is not None else np.zeros(len(parents), dtype=bool))
    for expressions in (OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH):
        columns.append(inside({index[e] for x in expressions for e in x(body) if e in index}))
    at = np.array([b.container for b in doc.blocks])
    out = np.zeros((len(doc.blocks), len(XPATH_FEATURES)))
    for j, column in enumerate(columns):
        out[:, j] = np.where(at >= 0, column[np.maximum(at, 0)], False)
    return doc.text, out


def trafilatura_verdicts(html: bytes, **options: Any) -> tuple[str, ...] | None:
    """trafilatura's verdict on the page's blocks, asked with ``options`` on top of ours."""
    import trafilatura

    original = trafilatura.bare_extraction
    trafilatura.bare_extraction = lambda tree, **kw: original(tree, **{**kw, **options})
    try:
        verdicts = load(html, "page.html").second_opinion()
    finally:
        trafilatura.bare_extraction = original
    return tuple(verdicts) if verdicts is not None else None


class Trees:
    """Boosted trees behind the block model's interface."""

    def __init__(self, classifier: Any) -> None:
        self.classifier = classifier

    def probabilities_of_rows(self, rows: Any) -> list[float]:
        import numpy as np

        return list(self.classifier.predict_proba(np.asarray(rows))[:, 1])


def fit_trees(examples: list) -> Trees:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows, labels, weights = training.block_rows(examples)
    classifier = HistGradientBoostingClassifier(max_iter=300, max_leaf_nodes=31, learning_rate=0.05,
                                                l2_regularization=1.0, random_state=0)
    classifier.fit(np.asarray(rows), np.asarray(labels), sample_weight=np.asarray(weights))
    return Trees(classifier)


def score(examples: list, assignment: list[int], models: list, french: set[str],
          modes: tuple[str, ...]) -> dict[str, tuple[Score, Score, int]]:
    out = {}
    for mode in modes:
        total, fr, asked = Score(), Score(), 0
        for ex, f in zip(examples, assignment):
            if ex is None:
                continue
            flag: list[bool] = []

            def theirs(ex=ex, flag=flag):
                flag.append(True)
                return list(ex.theirs) if ex.theirs is not None else None

            doc = replace(ex.doc, second_opinion=theirs)
            main, _ = texts_of(doc, segment(doc, block_model=models[f], extractor=mode))
            total.add(main, list(ex.with_), list(ex.without))
            if ex.name in french:
                fr.add(main, list(ex.with_), list(ex.without))
            asked += bool(flag)
        out[mode] = (total, fr, asked)
    return out


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variants", default="all")
    args = parser.parse_args()
    variants = VARIANTS if args.variants == "all" else tuple(args.variants.split(","))
    start = time.perf_counter()
    pages = labelled_pages(args.data)
    examples = [training.block_example(p.file, p.html, p.with_, p.without, p.site) for p in pages]
    french = set(FRENCH.read_text(encoding="utf-8").split("\n")[1:])
    assignment = group_folds([p.site for p in pages], args.folds)
    print(f"{len(pages)} pages, block features in {time.perf_counter() - start:.0f} s")
    print("| variant | first stage | P | R | F1 | French F1 | pages asked |\n|---|---|---|---|---|---|---|")

    def report(name: str, results: dict) -> None:
        for mode, (total, fr, asked) in results.items():
            print(f"| {name} | {mode} | {total.precision:.4f} | {total.recall:.4f} | {total.f1:.4f} "
                  f"| {fr.f1:.4f} | {asked} |", flush=True)

    def fitted(exs: list, fit) -> list:
        return [fit([ex for ex, a in zip(exs, assignment) if ex and a != f]) for f in range(args.folds)]

    if "additive" in variants:
        report("additive", score(examples, assignment, fitted(examples, training.fit_blocks),
                                 french, ("own", "auto")))
    if "gbdt" in variants:
        report("gbdt", score(examples, assignment, fitted(examples, fit_trees), french, ("own", "auto")))
    if "xpath" in variants:
        by_text, widened = {}, []
        for p, ex in zip(pages, examples):
            if ex is None:
                widened.append(None)
                continue
            try:
                text, extra = xpath_columns(p.html)
            except LoadError:
                widened.append(None)
                continue
            assert text == ex.doc.text
            by_text[text] = extra
            rows = np.hstack([np.asarray(ex.rows), extra])
            widened.append(replace(ex, rows=tuple(map(tuple, rows.tolist()))))
        features = blocks_module.BLOCK_FEATURES + XPATH_FEATURES
        block_features, fit_rows = blocks_module.block_features, training.fit_rows
        blocks_module.block_features = lambda doc, folded: np.hstack(
            [block_features(doc, folded), by_text[doc.text]])
        training.fit_rows = lambda rows, labels, weights, names: fit_rows(rows, labels, weights, features)
        try:
            report("xpath", score(widened, assignment, fitted(widened, training.fit_blocks), french,
                                  ("own", "auto")))
        finally:
            blocks_module.block_features, training.fit_rows = block_features, fit_rows
    if "precision" in variants:
        spent = time.perf_counter()
        strict = [replace(ex, theirs=trafilatura_verdicts(p.html, favor_precision=True)) if ex else None
                  for p, ex in zip(pages, examples)]
        spent = time.perf_counter() - spent
        report("precision", score(strict, assignment, fitted(strict, training.fit_blocks), french,
                                  ("auto", "trafilatura")))
        print(f"(loading and asking trafilatura in its precision mode: {1000 * spent / len(pages):.1f} ms a page)")


if __name__ == "__main__":
    main()
