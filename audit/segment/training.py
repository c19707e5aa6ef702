"""Training the plain-text line model and the HTML block model on labelled pages, and
measuring them honestly.

A page's "with" snippets mark the lines that are the article and its "without" snippets the
lines that are not (trafilatura's evaluation data, see ../shared/eval/README.md); the other
lines carry no label and are not trained on. A clean draft made of each page's article lines
is trained on too. The model (lines.py) is an additive logistic regression, L2-regularised,
fitted by Newton's method: deterministic, so retraining on the same pages gives the same
weights. Scores worth quoting are out-of-fold: each page is judged by a model that never
saw it, nor any page of its site (k folds, split by site: a site's template is the same on
all its pages, so a split by page lets the model learn it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Any

from audit.lexicon import fold
from audit.load import LoadError, load
from audit.model import Block, Document
from audit.segment import segment
from audit.segment.blocks import BLOCK_FEATURES, block_features
from audit.segment.cues import clean
from audit.segment.evaluation import (Score, group_folds, main_and_comments, main_text,
                                      normalise, texts_of)
from audit.segment.lines import FEATURES, LineModel, line_features, line_terms
from audit.settings import EXTRACTORS

L2 = 10.0
BINS = 10
# The line's terms the model weighs: those on labelled lines of at least this many sites'
# pages (not their drafts). bench/line_model_study.py (variant vocab) chose it among 3, 5 and
# 10 in each outer fold by its training folds' held-out log loss: every fold chose 3.
TERM_SITES = 3


@dataclass(frozen=True)
class Example:
    """One labelled page: its text, its snippets, its line features and line labels."""

    name: str
    text: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    rows: tuple[tuple[float, ...], ...]
    labels: tuple[int, ...]  # 1 article, 0 not, -1 unlabelled
    site: str = ""  # pages of one site go to one fold; "" stands for the page alone
    terms: tuple[frozenset[str], ...] = ()  # each line's (lines.line_terms)


def example(name: str, text: str, with_: list[str], without: list[str], site: str = "") -> Example:
    doc = load(text, "page.txt")
    folded = fold(doc.text)
    texts = [clean(b, folded) for b in doc.blocks]
    rows = line_features(texts)
    return Example(name, text, tuple(with_), tuple(without), tuple(map(tuple, rows)),
                   tuple(line_labels(doc.text, doc.blocks, with_, without)), site,
                   tuple(line_terms(texts)))


def line_labels(text: str, blocks: tuple[Block, ...], with_: list[str],
                without: list[str]) -> list[int]:
    """1 for a line that holds part of a "with" snippet, 0 for one that holds part of a
    "without" snippet (and no "with" one), -1 for the rest. Snippets match with whitespace
    normalised, as the scorer does, so one may run over several lines."""
    flat, where = [], []
    for i, char in enumerate(text):
        if char.isspace():
            if flat and flat[-1] != " ":
                flat.append(" ")
                where.append(i)
        else:
            flat.append(char)
            where.append(i)
    flat_text = "".join(flat)
    starts = [b.start for b in blocks]
    labels = [-1] * len(blocks)
    for snippets, value in ((without, 0), (with_, 1)):  # "with" wins where both match
        for snippet in snippets:
            needle = normalise(snippet)
            pos = flat_text.find(needle) if needle else -1
            while pos >= 0:
                first, last = where[pos], where[pos + len(needle) - 1]
                i = max(bisect.bisect_right(starts, first) - 1, 0)
                while i < len(blocks) and blocks[i].start <= last:
                    if blocks[i].end > first:
                        labels[i] = value
                    i += 1
                pos = flat_text.find(needle, pos + 1)
    return labels


def vocabulary(examples: list[Example], sites: int = TERM_SITES) -> list[str]:
    """The terms of the pages' labelled lines seen on at least ``sites`` sites, sorted. A
    clean draft (no snippets) is not a page: its lines' neighbours are not a page's."""
    seen: dict[str, set[str]] = {}
    for ex in examples:
        if ex.with_ or ex.without:
            for terms, y in zip(ex.terms, ex.labels):
                if y >= 0:
                    for term in terms:
                        seen.setdefault(term, set()).add(ex.site or ex.name)
    return sorted(t for t, s in seen.items() if len(s) >= sites)


def fit(examples: list[Example], l2: float = L2, bins: int = BINS) -> LineModel:
    """The additive logistic model of lines.py on every labelled line of the examples, with
    the weights of the vocabulary's terms."""
    rows = [r for ex in examples for r, y in zip(ex.rows, ex.labels) if y >= 0]
    labels = [y for ex in examples for y in ex.labels if y >= 0]
    terms = [t for ex in examples for t, y in zip(ex.terms, ex.labels) if y >= 0]
    model = fit_rows(rows, labels, None, FEATURES, l2, bins, (vocabulary(examples), terms))
    return replace(model, trained={"pages": len(examples), **model.trained,
                                   "term_sites": TERM_SITES})


def _off_values(values: Any, edges: Any) -> Any:
    """Each edge moved halfway down to the next smaller value seen: every value seen stays in
    its bin, and no edge is a value a feature takes, where a rounding difference of 1e-16
    between two ways of computing it would flip the bin (a quantile of a ratio often is one)."""
    import numpy as np

    seen = np.unique(values)
    below = np.searchsorted(seen, edges, side="left") - 1
    lower = np.where(below >= 0, seen[np.maximum(below, 0)], edges)
    return np.where(below >= 0, (lower + edges) / 2, edges)


def fit_rows(rows: list, labels: list, weights: list | None, features: tuple[str, ...],
             l2: float = L2, bins: int = BINS,
             lexical: tuple[list[str], list[frozenset[str]]] | None = None) -> LineModel:
    """An additive logistic model of ``features`` (lines.py): each feature enters
    standardised and as one-hot quantile bins; L2 penalty on all but the intercept; each row
    weighed by ``weights`` (None: all 1); Newton's method to convergence. ``lexical``: a
    vocabulary and each row's terms, each term of the vocabulary a row holds one more 0/1
    column (the same penalty), its Newton steps solved by conjugate gradients (thousands of
    sparse columns)."""
    import numpy as np  # training only

    X = np.array(rows, dtype=float).reshape(-1, len(features))
    y = np.array(labels, dtype=float)
    sw = np.ones(len(y)) if weights is None else np.array(weights, dtype=float)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    edges = [_off_values(X[:, j], np.unique(np.quantile(X[:, j], np.arange(1, bins) / bins)))
             for j in range(X.shape[1])]
    onehot = [np.eye(len(e) + 1)[np.searchsorted(e, X[:, j], side="right")]
              for j, e in enumerate(edges)]
    Z = np.hstack([np.ones((len(X), 1)), (X - mean) / scale] + onehot)
    penalty = np.full(Z.shape[1], l2)
    penalty[0] = 0.0  # the intercept is not shrunk
    vocabulary = lexical[0] if lexical else []
    if vocabulary:
        w, lexical_w = _fit_lexical(Z, lexical, y, sw, penalty, l2)
    else:
        w, lexical_w = np.zeros(Z.shape[1]), np.zeros(0)
    for _ in range(0 if vocabulary else 100):
        p = 1.0 / (1.0 + np.exp(-(Z @ w)))
        gradient = Z.T @ (sw * (p - y)) + penalty * w
        hessian = (Z * (sw * p * (1 - p))[:, None]).T @ Z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    n = len(features)
    steps, at = [], 1 + n
    for e in edges:
        steps.append(tuple(w[at:at + len(e) + 1].tolist()))
        at += len(e) + 1
    return LineModel(features=features, mean=tuple(mean.tolist()), scale=tuple(scale.tolist()),
                     coef=tuple(w[1:1 + n].tolist()), edges=tuple(tuple(e.tolist()) for e in edges),
                     steps=tuple(steps), intercept=float(w[0]),
                     terms=tuple(zip(vocabulary, lexical_w.tolist())),
                     trained={"lines": int(len(y)), "article_lines": int(y.sum()), "l2": l2,
                              "bins": bins})


def _fit_lexical(Z: Any, lexical: tuple[list[str], list[frozenset[str]]], y: Any, sw: Any,
                 penalty: Any, l2: float) -> tuple[Any, Any]:
    """fit_rows's Newton's method with the terms' 0/1 columns beside Z, both one sparse
    matrix (Z's bins are 0/1 too: a pass over it is a fifth of dense Z's). Each step's linear
    system is solved by conjugate gradients (the Hessian of 7,000 terms is 400 MB dense),
    preconditioned by the exact block of Z (inverted: its bins and values are collinear) and
    the terms' diagonal; loosely while the gradient is large (inexact Newton: the same optimum,
    fewer products), to 1e-8 of it near the optimum; Newton stops at a step below 1e-8, the
    error then of its square: the weights are the optimum's far below the 1e-6 of same_weights,
    whatever the machine's rounding. About 10 s on the eval pages (the first attempt, at
    1e-10 from the first step and dense Z, took 16 minutes)."""
    import numpy as np
    # Training only; scipy comes with great-expectations (no dependency of ours names it).
    from scipy.sparse import csr_matrix, hstack
    from scipy.sparse.linalg import LinearOperator, cg

    index = {t: i for i, t in enumerate(lexical[0])}
    columns = [[index[t] for t in terms if t in index] for terms in lexical[1]]
    n, d, v = Z.shape[0], Z.shape[1], len(index)
    starts = np.cumsum([0] + [len(c) for c in columns])
    flat = np.fromiter((c for cs in columns for c in cs), dtype=np.int64, count=int(starts[-1]))
    A = hstack([csr_matrix(Z), csr_matrix((np.ones(len(flat)), flat, starts), shape=(n, v))],
               format="csr")
    At = A.T.tocsr()
    pen = np.concatenate([penalty, np.full(v, l2)])
    w = np.zeros(d + v)
    first = None
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        gradient = At @ (sw * (p - y)) + pen * w
        norm = float(np.linalg.norm(gradient))
        first = first or norm
        curvature = sw * p * (1 - p)
        dense = np.linalg.inv((Z * curvature[:, None]).T @ Z + np.diag(penalty))
        diagonal = 1.0 / (At[d:] @ curvature + l2)  # the columns are 0/1: T' C T's diagonal

        def hessian(u: Any, curvature: Any = curvature) -> Any:
            return At @ (curvature * (A @ u)) + pen * u

        def inverse(r: Any, dense: Any = dense, diagonal: Any = diagonal) -> Any:
            return np.concatenate([dense @ r[:d], diagonal * r[d:]])

        step, info = cg(LinearOperator((d + v, d + v), matvec=hessian), gradient,
                        rtol=min(1e-2, max(1e-8, norm / first)),
                        atol=0.0, maxiter=5000, M=LinearOperator((d + v, d + v), matvec=inverse))
        if info:
            raise RuntimeError(f"conjugate gradients did not converge ({info} steps)")
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:d], w[d:]


def draft(page: Example) -> Example | None:
    """The page reduced to its article lines, as a writer's clean draft: every line is the
    article. Training on these too keeps a draft with no page furniture whole."""
    doc = load(page.text, "page.txt")
    lines = [b.text for b, label in zip(doc.blocks, page.labels) if label == 1]
    if not lines:
        return None
    made = example(page.name + "#draft", "\n".join(lines) + "\n", [], [])
    return replace(made, labels=(1,) * len(made.rows))


def training_set(pages: list[Example], drafts: list[Example | None] | None = None) -> list[Example]:
    """The labelled pages and the clean drafts made from them (given, when already made)."""
    return pages + [d for d in (drafts if drafts is not None else map(draft, pages)) if d is not None]


def folds(examples: list[Example], k: int = 5, by: str = "site") -> list[int]:
    """A fold number for each page, grouped by site (or by page, by="page": the optimistic
    split, kept to show what it hides)."""
    return group_folds([ex.site or ex.name if by == "site" else ex.name for ex in examples], k)


def fold_models(examples: list[Example], assignment: list[int],
                drafts: list[Example | None]) -> list[LineModel]:
    """For each fold, the model trained on the pages (and drafts) of the other folds."""
    def other(items: list, fold_: int) -> list:
        return [x for x, f in zip(items, assignment) if f != fold_]

    return [fit(training_set(other(examples, f), other(drafts, f)))
            for f in range(max(assignment) + 1)]


@dataclass(frozen=True)
class CrossValidation:
    all: Score
    french: Score
    draft_lines: int
    draft_lines_kept: int
    folds: tuple[int, ...] = ()  # per page
    models: tuple[LineModel, ...] = ()  # per fold, trained without it
    outputs: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # per page: main, comments

    def summary(self) -> dict[str, dict[str, float]]:
        scores = {key: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                        "f1": round(s.f1, 4)} for key, s in (("all", self.all),
                                                             ("french", self.french))}
        return {**scores, "drafts": {"lines": self.draft_lines,
                                     "kept": round(self.draft_lines_kept / self.draft_lines, 4)}}


def cross_validate(examples: list[Example], french: set[str], k: int = 5,
                   by: str = "site") -> CrossValidation:
    """Out-of-fold scores: each page, and the clean draft made from it, is segmented with the
    model trained on the other folds; the draft's lines should all stay in the main text.
    The pages' out-of-fold main and comment texts are kept for other measures."""
    assignment = folds(examples, k, by)
    drafts = [draft(ex) for ex in examples]
    models = fold_models(examples, assignment, drafts)
    result = CrossValidation(Score(), Score(), 0, 0)
    kept = total = 0
    outputs = []
    for ex, made, f in zip(examples, drafts, assignment):
        outputs.append(main_and_comments(ex.text, "page.txt", models[f]))
        for score in (result.all, result.french) if ex.name in french else (result.all,):
            score.add(outputs[-1][0], list(ex.with_), list(ex.without))
        if made is not None:
            lines = [line.strip() for line in made.text.splitlines()]
            kept_text = set(main_text(made.text, "draft.txt", models[f]).splitlines())
            total += len(lines)
            kept += sum(line in kept_text for line in lines)
    return replace(result, draft_lines=total, draft_lines_kept=kept, folds=tuple(assignment),
                   models=tuple(models), outputs=tuple(outputs))


def same_weights(a: LineModel, b: LineModel, tolerance: float = 1e-6) -> bool:
    """Whether two models give the same scores (up to float noise across machines)."""
    def flat(m: LineModel) -> list[float]:
        return [m.intercept, *m.mean, *m.scale, *m.coef, *(x for e in m.edges for x in e),
                *(x for s in m.steps for x in s)]

    return a.features == b.features and len(flat(a)) == len(flat(b)) and \
        all(abs(x - y) <= tolerance for x, y in zip(flat(a), flat(b))) and \
        [t for t, _ in a.terms] == [t for t, _ in b.terms] and \
        all(abs(x - y) <= tolerance for (_, x), (_, y) in zip(a.terms, b.terms))


# The HTML block model (blocks.py): trained on the snippets' labels and, with a fifth of the
# weight, on trafilatura's verdict on up to 30 blocks a page that no snippet labels (the
# snippets label about ten blocks a page of a hundred and fifty).
PSEUDO_WEIGHT = 0.2
PSEUDO_PER_PAGE = 30


@dataclass(frozen=True)
class BlockExample:
    """One labelled HTML page, with trafilatura's verdict on each block."""

    name: str
    doc: Document
    with_: tuple[str, ...]
    without: tuple[str, ...]
    rows: tuple[tuple[float, ...], ...]
    labels: tuple[int, ...]  # 1 article, 0 not, -1 unlabelled
    theirs: tuple[str, ...] | None  # trafilatura's verdicts; None: it gave up on the page
    site: str = ""
    html: bytes = field(default=b"", repr=False)  # to ask trafilatura again on a pruned tree


def block_example(name: str, html: bytes, with_: list[str], without: list[str],
                  site: str = "") -> BlockExample | None:
    try:
        doc = load(html, "page.html")
    except LoadError:
        return None
    theirs = doc.second_opinion() if doc.second_opinion else None
    doc = replace(doc, second_opinion=None)
    rows = block_features(doc, fold(doc.text))
    return BlockExample(name, doc, tuple(with_), tuple(without), tuple(map(tuple, rows.tolist())),
                        tuple(line_labels(doc.text, doc.blocks, with_, without)),
                        tuple(theirs) if theirs is not None else None, site, html)


def block_rows(examples: list[BlockExample]) -> tuple[list, list[int], list[float]]:
    """The rows the block model is fitted on, their labels and weights: the labelled blocks,
    and trafilatura's verdict on unlabelled ones spread evenly over each page."""
    rows, labels, weights = [], [], []
    for ex in examples:
        free = [i for i, y in enumerate(ex.labels) if y < 0] if ex.theirs else []
        step = max(len(free) / PSEUDO_PER_PAGE, 1.0)
        picked = {free[int(k * step)] for k in range(min(len(free), PSEUDO_PER_PAGE))}
        for i, (row, y) in enumerate(zip(ex.rows, ex.labels)):
            if y >= 0 or i in picked:
                rows.append(row)
                labels.append(y if y >= 0 else int(ex.theirs[i] == "main"))
                weights.append(1.0 if y >= 0 else PSEUDO_WEIGHT)
    return rows, labels, weights


def fit_blocks(examples: list[BlockExample]) -> LineModel:
    """The block model on block_rows."""
    rows, labels, weights = block_rows(examples)
    model = fit_rows(rows, labels, weights, BLOCK_FEATURES)
    return replace(model, trained={"pages": len(examples), **model.trained,
                                   "pseudo_weight": PSEUDO_WEIGHT,
                                   "pseudo_per_page": PSEUDO_PER_PAGE})


@dataclass
class BlockValidation:
    """Out-of-fold scores of the three first opinions, and what "auto" asked of trafilatura."""

    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in EXTRACTORS})
    french: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in EXTRACTORS})
    asked: int = 0  # pages "auto" gave to trafilatura
    pages: int = 0
    folds: tuple[int, ...] = ()
    models: tuple[LineModel, ...] = ()
    # per first opinion, per page: main text, comment text
    outputs: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)


def cross_validate_blocks(examples: list[BlockExample | None], sites: list[str],
                          french: set[str] = frozenset(), k: int = 5,
                          models: tuple[LineModel, ...] = (),
                          modes: tuple[str, ...] = EXTRACTORS,
                          verdicts: dict | None = None) -> BlockValidation:
    """Each page segmented as the pipeline does, with each first opinion of ``modes``, its
    blocks judged by a block model trained without its site's fold (``models``: those of an
    earlier run, to measure other thresholds). ``verdicts``: trafilatura's verdicts kept by
    page and pruned tree across calls with the same models (a sweep asks the same ones)."""
    assignment = group_folds(sites, k)
    models = models or tuple(fit_blocks([ex for ex, f in zip(examples, assignment)
                                         if ex and f != fold_]) for fold_ in range(k))
    result = BlockValidation(folds=tuple(assignment), models=tuple(models))
    outputs = result.outputs = {mode: [] for mode in EXTRACTORS}
    for ex, f in zip(examples, assignment):
        if ex is None:
            for mode in modes:
                outputs[mode].append(("", ""))
            continue
        result.pages += 1
        for mode in modes:
            asked = []

            def theirs(drop: list[int] = (), ex: BlockExample = ex,
                       asked: list = asked) -> list[str] | None:
                asked.append(True)
                key = (ex.name, tuple(drop))
                if verdicts is not None and key in verdicts:
                    return verdicts[key]
                if drop and ex.html:  # the fold's model left these out: asked as the pipeline does
                    fresh = load(ex.html, "page.html").second_opinion
                    verdict = fresh(drop) if fresh else None
                else:
                    verdict = list(ex.theirs) if ex.theirs is not None else None
                if verdicts is not None:
                    verdicts[key] = verdict
                return verdict

            doc = replace(ex.doc, second_opinion=theirs)
            main, thread = texts_of(doc, segment(doc, block_model=models[f], extractor=mode))
            for scores in (result.scores, result.french) if ex.name in french else (result.scores,):
                scores[mode].add(main, list(ex.with_), list(ex.without))
            result.asked += mode == "auto" and bool(asked)
            outputs[mode].append((main, thread))
    return result
