"""Where pasted text's F1 is lost, and what a richer line model would gain (issue 11).

    python bench/line_model_study.py [--data DIR] [--folds 5] [--variants all|NAME,...]

Every figure is out-of-fold by site, as bench/train_line_model.py measures the shipped model:
each page is segmented with a model fitted on the other folds (pages and their clean drafts).
The variants:
- additive: the shipped model (audit/segment/lines.py), refitted per fold: the baseline;
- oracle: the additive model, but every line the snippets label is given its label; what the
  rest of the segmenter (the state machine, cues, comments) would score with a perfect model;
- gbdt: the same features in gradient-boosted trees (scikit-learn, 400 trees of 31 leaves,
  learning rate 0.05, L2 1): what interactions between the features are worth;
- stumps, pairs: the same trees limited to one feature each (an additive model with finer
  shape functions than the shipped bins) or to two (a sum of pairwise terms, a GA2M): how much
  of the trees' gain a still readable model class would keep;
- core, cohesion: the additive model with more context features. "core": the longest run of
  lines that jusText's reading takes for prose (the best-scoring run, a good line counting its
  characters, another line minus as many), whether a line is inside it, its distance to it,
  the lines since and until the nearest good line, the run's share of the page. "cohesion": a
  line's words (four letters or more) found in the page's other good lines, the share of its
  words found nowhere else on the page, and its overlap with the page's first line.
The features are computed once (about 30 s) and cached under the system's temporary folder.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lexicon import fold  # noqa: E402
from audit.load import load  # noqa: E402
from audit.segment.cues import clean_texts  # noqa: E402
from audit.segment.evaluation import Score, labelled_pages, main_and_comments  # noqa: E402
from audit.segment.lines import FEATURES, line_features  # noqa: E402
from audit.segment.training import draft, example, fit, fit_rows, folds, training_set  # noqa: E402

_IX = {name: i for i, name in enumerate(FEATURES)}
_WORD = re.compile(r"[^\W\d_]{4,}")
# Boosted trees: any interaction (gbdt); none, a sum of one shape function a feature (stumps);
# pairs only, each tree splitting on at most two features (pairs: a GA2M's model class).
TREES = {"gbdt": {"max_iter": 400, "max_leaf_nodes": 31},
         "stumps": {"max_iter": 1500, "max_depth": 1},
         "pairs": {"max_iter": 1500, "max_leaf_nodes": 3}}
EXTRA = {"core": ("in_core", "core_distance", "since_good", "until_good", "core_share"),
         "cohesion": ("cohesion", "unique_words", "first_line_overlap")}


def _core(X: Any) -> list[Any]:
    import numpy as np

    n = len(X)
    good = X[:, _IX["justext_good"]] > 0.5
    chars = np.expm1(X[:, _IX["log_chars"]])
    score = np.where(good, chars, -chars)
    best, first, last, run, start = -np.inf, 0, 0, 0.0, 0
    for i in range(n):  # the best-scoring run of lines (Kadane)
        run, start = (score[i], i) if run <= 0 else (run + score[i], start)
        if run > best:
            best, first, last = run, start, i
    at = np.arange(n)
    inside = (at >= first) & (at <= last)
    distance = np.where(at < first, first - at, np.where(at > last, at - last, 0))
    goods = np.flatnonzero(good)
    if len(goods):
        before = np.searchsorted(goods, at, side="right") - 1
        since = np.where(before >= 0, at - goods[np.maximum(before, 0)], n)
        after = np.searchsorted(goods, at, side="left")
        until = np.where(after < len(goods), goods[np.minimum(after, len(goods) - 1)] - at, n)
    else:
        since = until = np.full(n, n)
    share = np.full(n, chars[first:last + 1].sum() / max(chars.sum(), 1.0))
    return [inside.astype(float), np.log1p(distance), np.log1p(since), np.log1p(until), share]


def _cohesion(X: Any, texts: list[str]) -> list[Any]:
    import numpy as np

    good = X[:, _IX["justext_good"]] > 0.5
    words = [set(_WORD.findall(t.lower())) for t in texts]
    in_good = Counter(w for ws, g in zip(words, good) if g for w in ws)
    anywhere = Counter(w for ws in words for w in ws)
    first = next((ws for ws in words if len(ws) >= 2), set())
    return [np.array([sum(in_good[w] - g > 0 for w in ws) / len(ws) if ws else 0.0
                      for ws, g in zip(words, good)]),
            np.array([sum(anywhere[w] == 1 for w in ws) / len(ws) if ws else 0.0 for ws in words]),
            np.array([len(ws & first) / len(ws) if ws else 0.0 for ws in words])]


def augmented(rows: Any, texts: list[str], variant: str) -> Any:
    """The rows of FEATURES with the variant's columns after them."""
    import numpy as np

    X = np.array(rows, dtype=float).reshape(-1, len(FEATURES))
    if variant not in EXTRA or not len(X):
        return X
    extra = _core(X) if variant == "core" else _cohesion(X, texts)
    return np.column_stack([X, *extra])


class _Model:
    """What the segmenter asks of a line model (judge, threshold), over any fitted scorer."""

    threshold = 0.5

    def __init__(self, variant: str, scorer: Any, labels: tuple[int, ...] = ()) -> None:
        self.variant, self.scorer, self.labels = variant, scorer, labels

    def probabilities(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        X = augmented(line_features(texts), texts, self.variant)
        if self.variant in TREES:
            p = self.scorer.predict_proba(X)[:, 1].tolist()
        else:
            p = self.scorer.probabilities_of_rows(X.tolist())
        if self.labels and len(self.labels) == len(p):  # the oracle: labelled lines known
            p = [float(y) if y >= 0 else q for q, y in zip(p, self.labels)]
        return p

    def judge(self, texts: list[str]) -> list[bool]:
        return [p >= self.threshold for p in self.probabilities(texts)]


def _texts(ex) -> list[str]:
    doc = load(ex.text, "page.txt")
    return clean_texts(doc.blocks, fold(doc.text))


def run(variant: str, examples: list, drafts: list, assignment: list[int]) -> tuple[Score, int]:
    import numpy as np

    every = examples + [d for d in drafts if d is not None]
    rows = {id(ex): augmented(ex.rows, _texts(ex) if variant == "cohesion" else [], variant)
            for ex in every} if variant in (*TREES, *EXTRA) else {}
    scorers = []
    for f in range(max(assignment) + 1):
        train = training_set([e for e, a in zip(examples, assignment) if a != f],
                             [d for d, a in zip(drafts, assignment) if a != f])
        if variant in ("additive", "oracle"):
            scorers.append(fit(train))
            continue
        X = np.vstack([rows[id(ex)][[i for i, y in enumerate(ex.labels) if y >= 0]] for ex in train])
        y = np.array([y for ex in train for y in ex.labels if y >= 0])
        if variant in TREES:
            from sklearn.ensemble import HistGradientBoostingClassifier

            scorers.append(HistGradientBoostingClassifier(
                learning_rate=0.05, l2_regularization=1.0, random_state=0,
                **TREES[variant]).fit(X, y))
        else:
            scorers.append(fit_rows(X.tolist(), y.tolist(), None, FEATURES + EXTRA[variant]))
    score = Score()
    for ex, f in zip(examples, assignment):
        model = _Model(variant, scorers[f], ex.labels if variant == "oracle" else ())
        score.add(main_and_comments(ex.text, "page.txt", model)[0], list(ex.with_), list(ex.without))
    return score, len(examples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variants", default="additive,oracle,gbdt,core,cohesion")
    args = parser.parse_args()
    cache = Path(tempfile.gettempdir()) / "article-audit-line-study.pkl"
    if cache.exists():
        examples, drafts = pickle.loads(cache.read_bytes())
    else:
        examples = [example(p.file, p.flattened(), p.with_, p.without, p.site)
                    for p in labelled_pages(args.data)]
        drafts = [draft(ex) for ex in examples]
        cache.write_bytes(pickle.dumps((examples, drafts)))
    assignment = folds(examples, args.folds)
    print(f"{len(examples)} pages, {args.folds} folds by site, out-of-fold main text")
    print(f"{'variant':10} {'P':>7} {'R':>7} {'F1':>7}")
    for variant in args.variants.split(","):
        score, _ = run(variant, examples, drafts, assignment)
        print(f"{variant:10} {score.precision:7.4f} {score.recall:7.4f} {score.f1:7.4f}", flush=True)


if __name__ == "__main__":
    main()
