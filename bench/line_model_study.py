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
- topic: the shipped model (features and terms, training.fit's recipe) with the share of a
  line's content words (three letters or more, not the page language's stopwords, cut to
  five letters) found in the title (the page's first line of two content words or more), in
  the core run (its own words not counted) and in the three lines after it; the first two
  for the previous and next line, and both again for short lines with no final stop.
  Compare it with "shipped". --topic-signal: those overlaps' AUC on the short lines with no
  final stop, and on those the shipped model gets wrong (bench/line_stack_study.py's cache).
- pseudo, gbdt-pseudo: the additive model (or the trees) also fitted on lines no snippet
  labels, labelled by trafilatura's verdict on the page's HTML (trafilatura.extract, no
  comments: external to the snippets, so no leak), at a reduced weight (--pseudo-weight) on up
  to --pseudo-per-page of them a page spread evenly (0: all), as bench/train_block_model.py
  does for blocks: a line is main text when its 4-word shingles are mostly in trafilatura's
  output (audit/load/extractor.py's matching). --sweep measures a grid of both, and each
  outer fold's setting chosen by an inner cross-validation on its own training folds (nested).
- lexical, gbdt-lex: the additive model's design (each feature standardised and in quantile
  bins, as fit_rows builds it) plus the line's words as hashed sparse features (lexical_tokens:
  lowercased word unigrams, the first two tokens as a bigram, the previous and next line's
  first token; LEX_BUCKETS buckets, crc32), one L2 logistic regression (scikit-learn) whose
  dense part keeps the shipped penalty and whose lexical block's scale is chosen per outer
  fold by cross-validation among its own training folds (held-out log loss of the labelled
  page lines). gbdt-lex: the trees on the features plus the lexical model's score, the score
  of each training line cross-fitted (from the inner model that did not see its fold).
- vocab, vocabN: the lexical variant's tokens by name instead of hashed, those on labelled
  page lines of at least N sites of the training folds (vocabN: N fixed; vocab: N chosen
  among VOCAB_SITES in each outer fold by its training folds' held-out log loss), lexical
  scale 1.
- shipped: the model training.fit makes (the one shipped: the vocabulary of TERM_SITES sites,
  the same penalty as the features, Newton's method).
- --stack, --errors (bench/line_stack_study.py): a second stage over the shipped model's
  out-of-fold probabilities (its neighbours', its run's, the page's), fitted with nested folds,
  against the shipped model; and the shipped model's wrong snippets by kind of line.
  Every variant is compared with the additive one by a bootstrap over sites (95 % interval of
  the F1 difference); also printed: French pages and the clean drafts' lines kept.
The features and trafilatura's outputs are computed once (about a minute) and cached under
the system's temporary folder, as is each variant's result (--reuse reads it back; --kinds
prints the variants' wrong snippets by kind of line side by side).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import tempfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lexicon import fold  # noqa: E402
from audit.load import load  # noqa: E402
from audit.segment.cues import clean_texts  # noqa: E402
from audit.segment.evaluation import (Score, labelled_pages, main_and_comments,  # noqa: E402
                                      main_text)
from audit.segment.lines import FEATURES, LineModel, line_features  # noqa: E402
from audit.segment.training import draft, example, fit, fit_rows, folds, training_set  # noqa: E402

_IX = {name: i for i, name in enumerate(FEATURES)}
_WORD = re.compile(r"[^\W\d_]{4,}")
# Boosted trees: any interaction (gbdt); none, a sum of one shape function a feature (stumps);
# pairs only, each tree splitting on at most two features (pairs: a GA2M's model class).
TREES = {"gbdt": {"max_iter": 400, "max_leaf_nodes": 31},
         "stumps": {"max_iter": 1500, "max_depth": 1},
         "pairs": {"max_iter": 1500, "max_leaf_nodes": 3}}
EXTRA = {"core": ("in_core", "core_distance", "since_good", "until_good", "core_share"),
         "cohesion": ("cohesion", "unique_words", "first_line_overlap"),
         "topic": ("title_overlap", "core_overlap", "next_overlap", "title_overlap[-1]",
                   "title_overlap[+1]", "core_overlap[-1]", "core_overlap[+1]",
                   "title_overlap*headline", "core_overlap*headline")}
_ANY_WORD = re.compile(r"[^\W\d_]+")
_NEXT = 3  # lines after a line whose words it is compared with


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


def _stems(texts: list[str]) -> list[set[str]]:
    """Each line's content words: lowercased, not the page language's stopwords, three
    letters or more, cut to five letters (a crude stem)."""
    from audit.segment.quality import stoplist_for

    words = [_ANY_WORD.findall(t.lower()) for t in texts]
    stop = stoplist_for([w for ws in words for w in ws][:2000])
    return [{w[:5] for w in ws if len(w) >= 3 and w not in stop} for ws in words]


def _topic(X: Any, texts: list[str]) -> list[Any]:
    """The share of a line's content words found in the title (the page's first line of two
    content words or more), in the page's longest prose run (the core's Kadane run, the line's
    own words not counted) and in the _NEXT lines after it; the first two for its neighbours
    too, and both again for short lines with no final stop (subheadings, teaser headlines)."""
    import numpy as np

    n = len(X)
    stems = _stems(texts)
    title = next((s for s in stems if len(s) >= 2), set())
    inside = _core(X)[0] > 0.5
    core = Counter(w for s, i in zip(stems, inside) if i for w in s)

    def share(s: set[str], found: Any) -> float:
        return sum(1 for w in s if found(w)) / len(s) if s else 0.0

    t = np.array([share(s, title.__contains__) for s in stems])
    c = np.array([share(s, lambda w, own=int(i): core[w] - own > 0)
                  for s, i in zip(stems, inside)])
    after = []
    for k, s in enumerate(stems):
        nxt = set().union(*stems[k + 1:k + 1 + _NEXT]) if k + 1 < n else set()
        after.append(share(s, nxt.__contains__))

    def shifted(v: Any, d: int) -> Any:
        out = np.zeros(n)
        if d < 0:
            out[-d:] = v[:d]
        else:
            out[:-d] = v[d:]
        return out

    headline = ((X[:, _IX["log_chars"]] < np.log1p(100)) & (X[:, _IX["ends_sentence"]] < 0.5))
    return [t, c, np.array(after), shifted(t, -1), shifted(t, 1), shifted(c, -1), shifted(c, 1),
            t * headline, c * headline]


def augmented(rows: Any, texts: list[str], variant: str) -> Any:
    """The rows of FEATURES with the variant's columns after them."""
    import numpy as np

    X = np.array(rows, dtype=float).reshape(-1, len(FEATURES))
    if variant not in EXTRA or not len(X):
        return X
    extra = _core(X) if variant == "core" else _topic(X, texts) if variant == "topic" \
        else _cohesion(X, texts)
    return np.column_stack([X, *extra])


class _Model:
    """What the segmenter asks of a line model (judge, threshold), over any fitted scorer."""

    threshold = 0.5

    def __init__(self, variant: str, scorer: Any, labels: tuple[int, ...] = ()) -> None:
        self.variant, self.scorer, self.labels = variant, scorer, labels

    def probabilities(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        if isinstance(self.scorer, LineModel) and self.variant == "shipped":  # its own terms
            return self.scorer.probabilities(texts)
        if isinstance(self.scorer, LineModel) and self.variant == "topic":  # terms, and topic
            return _topic_probabilities(self.scorer, texts)
        X = augmented(line_features(texts), texts, self.variant)
        if hasattr(self.scorer, "score_texts"):  # lexical: the words as well as the rows
            p = self.scorer.score_texts(texts, X).tolist()
        elif hasattr(self.scorer, "predict_proba"):
            p = self.scorer.predict_proba(X)[:, 1].tolist()
        else:
            p = self.scorer.probabilities_of_rows(X.tolist())
        if self.labels and len(self.labels) == len(p):  # the oracle: labelled lines known
            p = [float(y) if y >= 0 else q for q, y in zip(p, self.labels)]
        return p

    def judge(self, texts: list[str]) -> list[bool]:
        return [p >= self.threshold for p in self.probabilities(texts)]


def _topic_probabilities(model: LineModel, texts: list[str]) -> list[float]:
    """The shipped model's scoring (features and terms) with the topic columns after them."""
    import numpy as np

    from audit.segment.lines import _Page

    page = _Page(texts, model._terms)
    columns = [np.asarray(c, dtype=float) for c in page.columns(0, len(texts))]
    columns += _topic(np.column_stack(columns), texts)
    return model._scores(columns, len(texts), page.own.get("term_score")).tolist()


def _fit_topic(train: list, rows: dict) -> LineModel:
    """training.fit (the features and the vocabulary's terms) with the topic columns."""
    from audit.segment.training import vocabulary

    X = [r for ex in train for r, y in zip(rows[id(ex)].tolist(), ex.labels) if y >= 0]
    labels = [y for ex in train for y in ex.labels if y >= 0]
    terms = [t for ex in train for t, y in zip(ex.terms, ex.labels) if y >= 0]
    return fit_rows(X, labels, None, FEATURES + EXTRA["topic"], lexical=(vocabulary(train), terms))


def _texts(ex) -> list[str]:
    doc = load(ex.text, "page.txt")
    return clean_texts(doc.blocks, fold(doc.text))


# The setting fixed a priori for the pseudo variants: the block model's (training.py).
PSEUDO_WEIGHT, PSEUDO_PER_PAGE = 0.2, 30
# The nested selection's grid (each setting costs five inner cross-validations)
GRID = [(w, n) for n in (10, 30) for w in (0.05, 0.2, 0.5)]


def extracts(pages: list) -> list[str | None]:
    """trafilatura's main text of each page's HTML (comments left out), None where it gives up."""
    import trafilatura

    out = []
    for page in pages:
        try:
            out.append(trafilatura.extract(page.html, include_comments=False) or None)
        except (RecursionError, ValueError, TypeError, AttributeError):
            out.append(None)
    return out


def pseudo_labels(ex, extracted: str | None) -> tuple[int, ...]:
    """1 for each pasted line trafilatura's output covers (half of its 4-word shingles; a
    short line whole), 0 for the others; () when trafilatura gave nothing."""
    from audit.load.extractor import _Index

    if not extracted:
        return ()
    index = _Index(extracted)
    labels = tuple(int(index.covers(b.text)) for b in load(ex.text, "page.txt").blocks)
    assert len(labels) == len(ex.rows), ex.name
    return labels


def _rows(ex, theirs: tuple[int, ...], weight: float, per_page: int) -> tuple[list, list, list]:
    """The line indices a page is trained on, their labels and weights: the labelled lines,
    and trafilatura's verdict on up to per_page unlabelled ones (0: all) spread evenly."""
    free = [i for i, y in enumerate(ex.labels) if y < 0] if theirs and weight > 0 else []
    take = len(free) if per_page == 0 else min(len(free), per_page)
    step = max(len(free) / take, 1.0) if take else 1.0
    picked = {free[int(k * step)] for k in range(take)}
    at, labels, weights = [], [], []
    for i, y in enumerate(ex.labels):
        if y >= 0 or i in picked:
            at.append(i)
            labels.append(y if y >= 0 else theirs[i])
            weights.append(1.0 if y >= 0 else weight)
    return at, labels, weights


def _fit(variant: str, train: list, rows: dict, theirs: dict, weight: float, per_page: int) -> Any:
    import numpy as np

    parts = [(rows[id(ex)], *_rows(ex, theirs.get(ex.name, ()), weight, per_page)) for ex in train]
    X = np.vstack([r[at] for r, at, _, _ in parts])
    y = np.array([v for _, _, ys, _ in parts for v in ys])
    w = np.array([v for _, _, _, ws in parts for v in ws])
    if variant in TREES or variant == "gbdt-pseudo":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(
            learning_rate=0.05, l2_regularization=1.0, random_state=0,
            **TREES.get(variant, TREES["gbdt"])).fit(X, y, sample_weight=w)
    features = FEATURES + EXTRA.get(variant, ())
    return fit_rows(X.tolist(), y.tolist(), None if (w == 1).all() else w.tolist(), features)


# The lexical variants: the line's words as hashed features beside the additive model's design.
LEX_BUCKETS = 4096
# The lexical block's scale: its L2 penalty is the shipped one (training.L2) over the square.
LEX_SCALES = (0.5, 1.0, 2.0, 4.0)
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")  # words, numbers, each other symbol ("©", "|")


def lexical_tokens(texts: list[str]) -> list[set[str]]:
    """Each line's tokens: its lowercased words (a number as "0"), its first two tokens as a
    bigram, the previous and next line's first token."""
    words = [["0" if w[0].isdigit() else w for w in _TOKEN.findall(t.lower())] for t in texts]
    first = [ws[0] if ws else "" for ws in words]
    out = []
    for i, ws in enumerate(words):
        tokens = {"w:" + w for w in ws}
        tokens.add("b:" + " ".join(ws[:2]))
        tokens.add("p:" + (first[i - 1] if i else "^"))
        tokens.add("n:" + (first[i + 1] if i + 1 < len(words) else "$"))
        out.append(tokens)
    return out


def hashed(texts: list[str]) -> Any:
    """The lines' tokens as a binary sparse matrix of LEX_BUCKETS columns (crc32: stable)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, tokens in enumerate(lexical_tokens(texts)):
        buckets = {zlib.crc32(t.encode("utf-8")) % LEX_BUCKETS for t in tokens}
        rows.extend([i] * len(buckets))
        cols.extend(buckets)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), LEX_BUCKETS))


class _Design:
    """fit_rows's design without the intercept: standardised features and one-hot bins."""

    def __init__(self, X: Any) -> None:
        import numpy as np

        from audit.segment.training import BINS, _off_values

        self.mean, self.scale = X.mean(axis=0), X.std(axis=0)
        self.scale[self.scale == 0] = 1.0
        self.edges = [_off_values(X[:, j], np.unique(np.quantile(X[:, j],
                                                                 np.arange(1, BINS) / BINS)))
                      for j in range(X.shape[1])]

    def __call__(self, X: Any) -> Any:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack

        onehot = [np.eye(len(e) + 1)[np.searchsorted(e, X[:, j], side="right")]
                  for j, e in enumerate(self.edges)]
        return hstack([csr_matrix((X - self.mean) / self.scale), csr_matrix(np.hstack(onehot))])


class _Lexical:
    """The additive design and the hashed words in one L2 logistic regression."""

    def __init__(self, X: Any, H: Any, y: Any, scale: float) -> None:
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        from audit.segment.training import L2

        self.design, self.lex_scale = _Design(X), scale
        self.clf = LogisticRegression(C=1.0 / L2, max_iter=2000, tol=1e-6)
        self.clf.fit(hstack([self.design(X), H * scale]).tocsr(), y)

    def score_rows(self, X: Any, H: Any) -> Any:
        from scipy.sparse import hstack

        return self.clf.predict_proba(hstack([self.design(X), H * self.lex_scale]).tocsr())[:, 1]

    def score_texts(self, texts: list[str], X: Any) -> Any:
        return self.score_rows(X, hashed(texts))


# The vocabulary variant: the same tokens by name, those seen on labelled page lines of at
# least N sites of the training folds, N chosen in each outer fold among VOCAB_SITES by the
# inner cross-validation (held-out log loss); the lexical scale stays 1 (every fold chose it).
VOCAB_SITES = (3, 5, 10)
_TOK: dict[int, list] = {}  # per page or draft: its labelled lines' token sets


def _labelled_tokens(ex) -> list[set[str]]:
    if id(ex) not in _TOK:
        tokens = lexical_tokens(_texts(ex))
        _TOK[id(ex)] = [tokens[i] for i, y in enumerate(ex.labels) if y >= 0]
    return _TOK[id(ex)]


def vocabulary(pages: list, sites: int) -> list[str]:
    """The tokens of the pages' labelled lines seen on at least ``sites`` sites, sorted."""
    seen: dict[str, set] = {}
    for ex in pages:
        for tokens in _labelled_tokens(ex):
            for t in tokens:
                seen.setdefault(t, set()).add(ex.site or ex.name)
    return sorted(t for t, s in seen.items() if len(s) >= sites)


def named(token_sets: list[set[str]], index: dict[str, int]) -> Any:
    """The lines' tokens in the vocabulary as a binary sparse matrix."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, tokens in enumerate(token_sets):
        at = [index[t] for t in tokens if t in index]
        rows.extend([i] * len(at))
        cols.extend(at)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(token_sets), len(index)))


class _Vocab:
    """The additive design and the named tokens in one L2 logistic regression."""

    def __init__(self, items: list, pages: list, sites: int) -> None:

        self.words = vocabulary(pages, sites)
        self.index = {t: i for i, t in enumerate(self.words)}
        X, H, y = self.stack(items)
        self.lexical = _Lexical(X, H, y, 1.0)

    def stack(self, items: list) -> tuple:
        import numpy as np

        parts = [_labelled(ex) for ex in items]
        H = named([t for ex in items for t in _labelled_tokens(ex)], self.index)
        return np.vstack([p[0] for p in parts]), H, np.concatenate([p[2] for p in parts])

    def score_texts(self, texts: list[str], X: Any) -> Any:
        return self.lexical.score_rows(X, named(lexical_tokens(texts), self.index))



def _fold_items(examples: list, drafts: list, assignment: list, fs: set, pages_only: bool = False) -> list:
    """The pages of folds ``fs`` (pages_only), or their training rows with their drafts."""
    pages = [e for e, a in zip(examples, assignment) if a in fs]
    return pages if pages_only else training_set(
        pages, [d for d, a in zip(drafts, assignment) if a in fs])

def _log_loss(p: Any, y: Any) -> float:
    """The summed log loss of probabilities ``p`` for labels ``y`` (held-out lines)."""
    import numpy as np

    p = np.clip(p, 1e-9, 1 - 1e-9)
    return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _vocab_models(examples: list, drafts: list, assignment: list[int], train_folds: set,
                  score_folds: set) -> dict:
    """For each outer fold: N chosen among VOCAB_SITES by held-out log loss of the labelled
    page lines of each inner fold, then the vocabulary and model on all its training folds."""
    def items(fs: set, pages_only: bool = False) -> list:
        return _fold_items(examples, drafts, assignment, fs, pages_only)

    models = {}
    for f in sorted(score_folds):
        rest = {a for a in train_folds if a != f}
        loss = {n: 0.0 for n in VOCAB_SITES}
        for g in sorted(rest):
            for n in VOCAB_SITES:
                model = _Vocab(items(rest - {g}), items(rest - {g}, True), n)
                Xg, Hg, yg = model.stack(items({g}, pages_only=True))
                loss[n] += _log_loss(model.lexical.score_rows(Xg, Hg), yg)
        chosen = VOCAB_CHOSEN[f] = min(VOCAB_SITES, key=lambda n: loss[n])
        models[f] = _Vocab(items(rest), items(rest, True), chosen)
        print(f"  outer fold {f}: inner log loss "
              + " ".join(f"{n}={v:.1f}" for n, v in loss.items())
              + f" -> N={chosen}, {len(models[f].words)} tokens", flush=True)
    return models


VOCAB_CHOSEN: dict[int, int] = {}


class _Stacked:
    """The trees on the features and the lexical model's score."""

    def __init__(self, lexical: _Lexical, trees: Any) -> None:
        self.lexical, self.trees = lexical, trees

    def score_texts(self, texts: list[str], X: Any) -> Any:
        import numpy as np

        X = np.column_stack([X, self.lexical.score_texts(texts, X)])
        return self.trees.predict_proba(X)[:, 1]


_LEX: dict[int, tuple] = {}  # per page or draft: its labelled lines' rows, hashed words, labels


def _labelled(ex) -> tuple:
    import numpy as np

    if id(ex) not in _LEX:
        at = [i for i, y in enumerate(ex.labels) if y >= 0]
        X = np.array(ex.rows, dtype=float).reshape(-1, len(FEATURES))[at]
        texts = _texts(ex)
        assert len(texts) == len(ex.rows), ex.name
        _LEX[id(ex)] = (X, hashed(texts)[at], np.array([ex.labels[i] for i in at]))
    return _LEX[id(ex)]


def _stack(items: list) -> tuple:
    import numpy as np
    from scipy.sparse import vstack

    parts = [_labelled(ex) for ex in items]
    return (np.vstack([p[0] for p in parts]), vstack([p[1] for p in parts]).tocsr(),
            np.concatenate([p[2] for p in parts]))


LEX_CHOSEN: dict[int, float] = {}  # outer fold -> the lexical scale it chose (printed)


def _lexical_models(variant: str, examples: list, drafts: list, assignment: list[int],
                    train_folds: set, score_folds: set) -> dict:
    """For each outer fold: the lexical scale chosen among its training folds (inner
    cross-validation, held-out log loss of the labelled page lines), the lexical model fitted
    on them all; for gbdt-lex, the trees on the rows and the cross-fitted lexical score."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    def items(fs: set, pages_only: bool = False) -> list:
        return _fold_items(examples, drafts, assignment, fs, pages_only)

    models = {}
    for f in sorted(score_folds):
        rest = {a for a in train_folds if a != f}
        loss = {s: 0.0 for s in LEX_SCALES}
        inner: dict = {}  # (scale, held-out fold) -> the inner model
        for g in sorted(rest):
            X, H, y = _stack(items(rest - {g}))
            Xg, Hg, yg = _stack(items({g}, pages_only=True))
            for s in LEX_SCALES:
                inner[s, g] = _Lexical(X, H, y, s)
                loss[s] += _log_loss(inner[s, g].score_rows(Xg, Hg), yg)
        chosen = LEX_CHOSEN[f] = min(LEX_SCALES, key=lambda s: (loss[s], s != 1.0))
        X, H, y = _stack(items(rest))
        lexical = _Lexical(X, H, y, chosen)
        if variant == "lexical":
            models[f] = lexical
            continue
        parts = []  # each training fold's lines scored by the inner model that did not see it
        for g in sorted(rest):
            Xg, Hg, yg = _stack(items({g}))
            parts.append((np.column_stack([Xg, inner[chosen, g].score_rows(Xg, Hg)]), yg))
        trees = HistGradientBoostingClassifier(learning_rate=0.05, l2_regularization=1.0,
                                               random_state=0, **TREES["gbdt"])
        trees.fit(np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        models[f] = _Stacked(lexical, trees)
    return models


@dataclass
class Result:
    pages: list  # a Score per page
    french: Score
    drafts: list  # per page: its draft's lines, and those kept
    mains: dict = field(default_factory=dict)  # page index -> its main text (the error table)

    @property
    def draft_lines(self) -> int:
        return sum(n for n, _ in self.drafts)

    @property
    def draft_kept(self) -> int:
        return sum(k for _, k in self.drafts)

    def total(self, keep: Any = None) -> Score:
        score = Score()
        for i, s in enumerate(self.pages):
            if keep is None or keep[i]:
                score.tp, score.fp, score.fn, score.tn = (score.tp + s.tp, score.fp + s.fp,
                                                          score.fn + s.fn, score.tn + s.tn)
        return score


_ROWS: dict[str, dict] = {}  # the feature rows of every page and draft, by extra columns


def run(variant: str, examples: list, drafts: list, assignment: list[int], theirs: dict,
        french: set[str], weight: float = PSEUDO_WEIGHT, per_page: int = PSEUDO_PER_PAGE,
        train_folds: Any = None, score_folds: Any = None, with_drafts: bool = True) -> Result:
    """Each page of score_folds (default: all) judged by a model fitted on the other folds of
    train_folds (default: all), pages and drafts."""
    every = examples + [d for d in drafts if d is not None]
    kind = variant if variant in EXTRA else ""
    if kind not in _ROWS:
        _ROWS[kind] = {id(ex): augmented(ex.rows, _texts(ex) if kind in ("cohesion", "topic")
                                         else [], kind)
                       for ex in every}
    rows = _ROWS[kind]
    k = max(assignment) + 1
    train_folds = set(range(k)) if train_folds is None else set(train_folds)
    score_folds = set(range(k)) if score_folds is None else set(score_folds)
    pseudo = variant.endswith("pseudo")
    models = {}
    if variant in ("lexical", "gbdt-lex"):
        models = _lexical_models(variant, examples, drafts, assignment, train_folds, score_folds)
    if variant.startswith("vocab"):  # vocab: N nested; vocabN: N fixed
        if variant == "vocab":
            models = _vocab_models(examples, drafts, assignment, train_folds, score_folds)
        else:
            for f in score_folds:
                rest = {a for a in train_folds if a != f}
                pages = [e for e, a in zip(examples, assignment) if a in rest]
                models[f] = _Vocab(training_set(pages, [d for d, a in zip(drafts, assignment)
                                                        if a in rest]), pages, int(variant[5:]))
    if variant == "shipped":  # training.fit: the vocabulary of TERM_SITES, by Newton's method
        for f in score_folds:
            use = [a in train_folds and a != f for a in assignment]
            models[f] = fit(training_set([e for e, u in zip(examples, use) if u],
                                         [d for d, u in zip(drafts, use) if u]))
    if variant == "topic":
        for f in score_folds:
            use = [a in train_folds and a != f for a in assignment]
            models[f] = _fit_topic(training_set([e for e, u in zip(examples, use) if u],
                                                [d for d, u in zip(drafts, use) if u]), rows)
    for f in score_folds if not models else ():
        use = [a in train_folds and a != f for a in assignment]
        train = training_set([e for e, u in zip(examples, use) if u],
                             [d for d, u in zip(drafts, use) if u])
        models[f] = _fit(variant, train, rows, theirs if pseudo else {}, weight, per_page)
    result = Result([Score() for _ in examples], Score(), [(0, 0)] * len(examples))
    for i, (ex, made, f) in enumerate(zip(examples, drafts, assignment)):
        if f not in score_folds:
            continue
        model = _Model(variant, models[f], ex.labels if variant == "oracle" else ())
        main = main_and_comments(ex.text, "page.txt", model)[0]
        result.pages[i].add(main, list(ex.with_), list(ex.without))
        result.mains[i] = main
        if ex.name in french:
            result.french.add(main, list(ex.with_), list(ex.without))
        if with_drafts and made is not None:
            lines = [line.strip() for line in made.text.splitlines()]
            kept = set(main_text(made.text, "draft.txt", model).splitlines())
            result.drafts[i] = (len(lines), sum(line in kept for line in lines))
    return result


def bootstrap(base: Result, other: Result, sites: list[str], rounds: int = 2000) -> tuple:
    """The 95 % interval of other's F1 minus base's, resampling sites with replacement."""
    import numpy as np

    names = sorted(set(sites))
    at = {s: i for i, s in enumerate(names)}
    counts = np.zeros((2, len(names), 3))
    for r, result in enumerate((base, other)):
        for site, s in zip(sites, result.pages):
            counts[r, at[site]] += (s.tp, s.fp, s.fn)
    rng = np.random.default_rng(0)
    draws = rng.integers(0, len(names), size=(rounds, len(names)))
    weights = np.stack([np.bincount(d, minlength=len(names)) for d in draws])  # rounds x sites
    tp, fp, fn = (weights @ counts[:, :, j].T for j in range(3))  # rounds x 2
    f1 = 2 * tp / (2 * tp + fp + fn)
    diff = f1[:, 1] - f1[:, 0]
    return float(np.percentile(diff, 2.5)), float(np.percentile(diff, 97.5))


def _line(name: str, result: Result) -> str:
    s = result.total()
    drafts = result.draft_kept / result.draft_lines if result.draft_lines else float("nan")
    return (f"{name:22} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f}   French "
            f"{result.french.precision:.4f} / {result.french.f1:.4f}   drafts kept {drafts:.4f}")


def nested(examples, drafts, assignment, theirs, french) -> tuple[Result, dict]:
    """Each outer fold judged with the grid's setting that scores best (F1) when its own
    training folds are cross-validated among themselves; the grid measured out of fold too."""
    k = max(assignment) + 1
    outer = {}
    for setting in GRID:
        outer[setting] = run("pseudo", examples, drafts, assignment, theirs, french, *setting)
        print(_line(f"pseudo {setting[0]} x {setting[1] or 'all'}", outer[setting]), flush=True)
    chosen = {}
    for f in range(k):
        inner = {}
        for setting in GRID:
            rest = [g for g in range(k) if g != f]
            r = run("pseudo", examples, drafts, assignment, theirs, french, *setting,
                    train_folds=rest, score_folds=rest, with_drafts=False)
            inner[setting] = r.total().f1
        chosen[f] = max(GRID, key=lambda s: (inner[s], s == (PSEUDO_WEIGHT, PSEUDO_PER_PAGE)))
        print(f"outer fold {f}: inner F1 " + " ".join(f"{w}x{n or 'all'}={v:.4f}"
                                                      for (w, n), v in inner.items())
              + f" -> {chosen[f]}", flush=True)
    result = Result([outer[chosen[f]].pages[i] for i, f in enumerate(assignment)], Score(),
                    [outer[chosen[f]].drafts[i] for i, f in enumerate(assignment)])
    for ex, s in zip(examples, result.pages):
        if ex.name in french:
            result.french.tp, result.french.fp, result.french.fn, result.french.tn = (
                result.french.tp + s.tp, result.french.fp + s.fp, result.french.fn + s.fn,
                result.french.tn + s.tn)
    return result, chosen


def stack_study(examples, drafts, assignment, french, sites, stack: bool, errors: bool) -> None:
    """The shipped model (stage 1) and the second stages over it, each against stage 1."""
    from line_stack_study import (Plain, Stage1Cache, error_table, print_errors, score,
                                        stage2_models)

    k = max(assignment) + 1
    cache = Stage1Cache(Path(tempfile.gettempdir()) / "article-audit-line-stack-1.pkl",
                        examples, drafts, assignment, _texts)
    if errors:
        wrong = error_table(examples, assignment, cache, _texts)
        print_errors(wrong)  # the snippets kept for a closer look:
        (Path(tempfile.gettempdir()) / "article-audit-line-errors.pkl").write_bytes(pickle.dumps(wrong))
    if not stack:
        return
    base = score({f: Plain(cache.model(frozenset({f}))) for f in range(k)}, examples, drafts,
                 assignment, french, Result)
    print(_line("shipped (stage 1)", base), flush=True)
    for variant in ("stack", "stack-gbdt", "stack-gbdt-all"):
        result = score(stage2_models(cache, variant, k), examples, drafts, assignment, french,
                       Result)
        low, high = bootstrap(base, result, sites)
        gain = result.total().f1 - base.total().f1
        print(_line(variant, result) + f"   F1 - first {gain:+.4f} [{low:+.4f}, {high:+.4f}]",
              flush=True)


def kind_table(examples: list, results: dict) -> None:
    """Each variant's wrong snippets by the kind of line they sit on (line_stack_study's
    line_kind, read from the labels as its error table), side by side."""
    from line_stack_study import line_kind

    from audit.segment.evaluation import normalise

    wrong: dict = {v: Counter() for v in results}
    for i, ex in enumerate(examples):
        lines = [normalise(b.text) for b in load(ex.text, "page.txt").blocks]
        arts = [k for k, y in enumerate(ex.labels) if y == 1]
        lo, hi = (arts[0], arts[-1]) if arts else (-1, -1)
        first_body = next((k for k in arts if len(lines[k]) >= 80), -1)
        mains = {v: normalise(r.mains[i]) for v, r in results.items()}
        for snippets, expected in ((ex.with_, True), (ex.without, False)):
            for s in snippets:
                ns = normalise(s)
                at = next((k for k, t in enumerate(lines)
                           if ns and (ns in t or (len(t) > 20 and t in ns))), -1)
                kind = line_kind(lines[at] if at >= 0 else ns, lo <= at <= hi, at == first_body)
                for v, main in mains.items():
                    if (ns in main) != expected:
                        wrong[v][f"{kind} {'FN' if expected else 'FP'}"] += 1
    first = next(iter(results))
    print(f"{'wrong snippets by kind':40}" + "".join(f"{v:>12}" for v in results))
    for key in sorted(set().union(*wrong.values()), key=lambda k: -wrong[first][k]):
        print(f"{key:40}" + "".join(f"{wrong[v][key]:12}" for v in results))
    print(f"{'all':40}" + "".join(f"{sum(wrong[v].values()):12}" for v in results))


def topic_signal(examples, drafts, assignment) -> None:
    """Whether topic tells apart the short lines with no final stop the shipped model gets
    wrong: the AUC of each overlap for the labels (1 article), on all such labelled lines
    (10 to 99 characters) and on those whose out-of-fold probability is on the wrong side
    of 0.5. Also the overlap with the lines stage 1 is sure of (0.9 or more, the line's own
    words not counted), and how concentrated a line's words are in them."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from line_stack_study import Stage1Cache

    cache = Stage1Cache(Path(tempfile.gettempdir()) / "article-audit-line-stack-1.pkl",
                        examples, drafts, assignment, _texts)
    names = EXTRA["topic"][:3] + ("sure_overlap", "sure_concentration")
    columns, labels, probs = [], [], []
    for ex, f in zip(examples, assignment):
        texts = _texts(ex)
        if not texts:
            continue
        X = augmented(ex.rows, texts, "topic")
        p = np.array(cache.of(frozenset({f}), f)[ex.name])
        y = np.array(ex.labels)
        stems = _stems(texts)
        sure = Counter(w for s, q in zip(stems, p) if q >= 0.9 for w in s)
        page = Counter(w for s in stems for w in s)
        own = (p >= 0.9).astype(int)
        found = np.array([sum(sure[w] - o > 0 for w in s) / len(s) if s else 0.0
                          for s, o in zip(stems, own)])
        kept = np.array([np.mean([(sure[w] - o) / max(page[w] - 1, 1) for w in s]) if s else 0.0
                         for s, o in zip(stems, own)])
        chars = X[:, _IX["log_chars"]]
        short = ((chars < np.log1p(100)) & (chars > np.log1p(10))
                 & (X[:, _IX["ends_sentence"]] < 0.5) & (y >= 0))
        columns.append(np.column_stack([X[:, len(FEATURES):len(FEATURES) + 3], found, kept])[short])
        labels.append(y[short])
        probs.append(p[short])
    T, Y, P = np.vstack(columns), np.concatenate(labels), np.concatenate(probs)
    wrong = (P >= 0.5) != (Y == 1)
    print(f"short lines with no final stop, labelled: {len(Y)} ({Y.mean():.1%} article); "
          f"stage 1's AUC {roc_auc_score(Y, P):.3f}, {wrong.sum()} on the wrong side")
    for j, name in enumerate(names):
        print(f"{name:20} AUC {roc_auc_score(Y, T[:, j]):.3f}   among the wrong "
              f"{roc_auc_score(Y[wrong], T[wrong, j]):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variants",  # the first is the one the others are compared with
                        default="additive,oracle,gbdt,core,cohesion,pseudo,gbdt-pseudo")
    parser.add_argument("--pseudo-weight", type=float, default=PSEUDO_WEIGHT)
    parser.add_argument("--pseudo-per-page", type=int, default=PSEUDO_PER_PAGE)
    parser.add_argument("--reuse", action="store_true",
                        help="a variant's scores kept from an earlier run (the code unchanged)")
    parser.add_argument("--sweep", action="store_true",
                        help="the pseudo grid, and nested selection")
    parser.add_argument("--stack", action="store_true",
                        help="a second stage over the shipped model's probabilities "
                             "(bench/line_stack_study.py), against the shipped model")
    parser.add_argument("--errors", action="store_true",
                        help="the shipped model's wrong snippets by kind of line")
    parser.add_argument("--topic-signal", action="store_true",
                        help="the topic overlaps' AUC on short lines with no final stop, "
                             "and on those the shipped model gets wrong")
    parser.add_argument("--kinds", action="store_true",
                        help="the variants' wrong snippets by kind of line, side by side")
    args = parser.parse_args()
    cache = Path(tempfile.gettempdir()) / "article-audit-line-study-3.pkl"  # Example.terms
    if cache.exists():
        examples, drafts, extracted = pickle.loads(cache.read_bytes())
    else:
        pages = labelled_pages(args.data)
        examples = [example(p.file, p.flattened(), p.with_, p.without, p.site) for p in pages]
        drafts = [draft(ex) for ex in examples]
        extracted = extracts(pages)
        cache.write_bytes(pickle.dumps((examples, drafts, extracted)))
    theirs = {ex.name: pseudo_labels(ex, t) for ex, t in zip(examples, extracted)}
    french = set((ROOT / "tests" / "data" / "eval_french_pages.txt")
                 .read_text(encoding="utf-8").split("\n")[1:])
    sites = [ex.site or ex.name for ex in examples]
    assignment = folds(examples, args.folds)
    print(f"{len(examples)} pages, {args.folds} folds by site, out-of-fold main text; "
          f"trafilatura gave text on {sum(bool(t) for t in extracted)}")
    print(f"{'variant':22} {'P':>7} {'R':>7} {'F1':>7}")
    if args.topic_signal:
        topic_signal(examples, drafts, assignment)
        return
    if args.stack or args.errors:
        stack_study(examples, drafts, assignment, french, sites, args.stack, args.errors)
        return
    base = None
    results = {}
    for variant in args.variants.split(","):
        saved = Path(tempfile.gettempdir()) / f"article-audit-line-study-{variant}.pkl"
        if args.reuse and saved.exists():  # a variant's per-page scores, kept from a run
            result = pickle.loads(saved.read_bytes())
        else:
            result = run(variant, examples, drafts, assignment, theirs, french,
                         args.pseudo_weight, args.pseudo_per_page)
            saved.write_bytes(pickle.dumps(result))
        results[variant] = result
        base = base or result
        low, high = bootstrap(base, result, sites)
        gain = result.total().f1 - base.total().f1
        print(_line(variant, result) + f"   F1 - first {gain:+.4f} [{low:+.4f}, {high:+.4f}]",
              flush=True)
        if variant in ("lexical", "gbdt-lex"):
            print(f"  lexical scale chosen per outer fold: {LEX_CHOSEN}", flush=True)
    if args.kinds:
        kind_table(examples, results)
    if args.sweep:
        result, chosen = nested(examples, drafts, assignment, theirs, french)
        low, high = bootstrap(base, result, sites)
        print(_line("pseudo, nested", result) + f"   F1 - first "
              f"{result.total().f1 - base.total().f1:+.4f} [{low:+.4f}, {high:+.4f}]")


if __name__ == "__main__":
    main()
