"""Could our own first stage replace trafilatura's opinion on HTML? (issue 12's step two)

    python bench/first_stage_study.py [--data DIR] [--folds 5] [--variants all|NAME,...]
                                       [--term-sites 3,10] [--cache FILE]

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
- precision: ``auto`` with trafilatura asked in its ``favor_precision`` mode (faster);
- vocab: the additive model and a named vocabulary of each block's terms, each a 0/1 column
  with its own weight in the same L2 logistic regression (fitted by L-BFGS over scipy sparse
  columns): its text's tokens as the line model's (``w:`` lowercased words, a number as "0",
  symbols; ``b:`` its first two tokens) and its markup's (``cls:``/``id:`` class and id tokens
  of its block element and the block elements above it, ``up:`` their tags, ``tag:`` its
  own), kept when seen on snippet-labelled blocks of at least ``--term-sites`` training sites
  (3, fixed beforehand as the line model's). With a bootstrap over sites of the F1 difference
  against ``additive``, the heaviest terms of a fit on all pages and the cost of a page;
- resiliparse: ``auto`` with resiliparse's main-content text (``extract_plain_text(...,
  main_content=True)``, C/lexbor, the `bench` extra) in place of trafilatura's, matched to our
  blocks as trafilatura's is (load/extractor.py, ``_Verdicts``): as the pseudo-labels and the
  opinion, as the opinion only (trafilatura's pseudo-labels, which training could keep), and
  both opinions (where they agree their verdict, else our model's); with the bootstrap against
  ``additive`` and each opinion's CPU time a page, the two asked in turn page by page.
Figures, not assertions.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
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
VARIANTS = ("additive", "gbdt", "xpath", "precision", "vocab", "resiliparse")
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


# The vocab variant. Tokens as the line model's terms (lines.py, line_terms): a number is "0".
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_NUMBER = re.compile(r"\d+")
_SAMPLE = 20_000


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_NUMBER.sub("0", text[:_SAMPLE].lower()))


def markup_terms(doc: Any, elements: list | None) -> list[frozenset[str]]:
    """Per block element: the class and id tokens and tags of it and the block elements above
    it (the loader's tree; none of its class and id past ASKED_AT_MOST elements)."""
    if elements is not None:
        assert len(elements) == len(doc.containers)
    out: list[frozenset[str]] = []
    for c, (parent, tag, _) in enumerate(doc.containers):
        own = {"up:" + tag}
        if elements is not None:
            attrs = elements[c].attrib
            own.update("cls:" + t for t in _NUMBER.sub("0", (attrs.get("class") or "").lower()).split())
            own.update("id:" + t for t in _NUMBER.sub("0", (attrs.get("id") or "").lower()).split())
        out.append(frozenset(own) | out[parent] if parent >= 0 else frozenset(own))
    return out


def block_terms(doc: Any, elements: list | None) -> list[frozenset[str]]:
    """Each block's terms: its text's words and first two tokens, its markup's tokens."""
    up = markup_terms(doc, elements)
    out = []
    for b in doc.blocks:
        ws = _tokens(b.text)
        terms = {*("w:" + w for w in ws), "b:" + " ".join(ws[:2]), "tag:" + b.tag}
        out.append(frozenset(terms | up[b.container]) if b.container >= 0 else frozenset(terms))
    return out


def with_terms(build: Any) -> tuple[Any, list[frozenset[str]] | None]:
    """build() (a BlockExample or None) run with the loader keeping its block elements: the
    example and its blocks' terms (block_terms)."""
    kept: list = []
    builder_class = html_loader._Builder

    class Builder(builder_class):
        def __init__(self) -> None:
            super().__init__()
            kept.append(self)

    html_loader._Builder = Builder
    try:
        result = build()
    finally:
        html_loader._Builder = builder_class
    if result is None:
        return None, None
    # A page may be parsed more than once (another encoding tried): the tree the blocks are of.
    builder = next(k for k in reversed(kept) if len(k.parents) == len(result.doc.containers))
    return result, block_terms(result.doc, builder.elements)


def rows_at(examples: list) -> list[tuple[int, int]]:
    """(example, block) of each row of training.block_rows(examples), in its order."""
    at = []
    for e, ex in enumerate(examples):
        free = [i for i, y in enumerate(ex.labels) if y < 0] if ex.theirs else []
        step = max(len(free) / training.PSEUDO_PER_PAGE, 1.0)
        picked = {free[int(k * step)] for k in range(min(len(free), training.PSEUDO_PER_PAGE))}
        at += [(e, i) for i, y in enumerate(ex.labels) if y >= 0 or i in picked]
    return at


class VocabModel:
    """The additive model's columns (standardised values and quantile bins) and the terms'
    weights; scores a document's blocks given their terms (``terms_of``: by the page's blocks)."""

    def __init__(self, mean: Any, scale: Any, edges: list, w: Any, terms: dict[str, float],
                 terms_of: dict[str, list[frozenset[str]]]) -> None:
        self.mean, self.scale, self.edges, self.w = mean, scale, edges, w
        self.terms, self.terms_of = terms, terms_of

    def design(self, X: Any) -> Any:
        import numpy as np

        onehot = [np.eye(len(e) + 1)[np.searchsorted(e, X[:, j], side="right")]
                  for j, e in enumerate(self.edges)]
        return np.hstack([np.ones((len(X), 1)), (X - self.mean) / self.scale] + onehot)

    def probabilities(self, doc: Any, folded: str) -> list[float]:
        import numpy as np

        z = self.design(blocks_module.block_features(doc, folded)) @ self.w
        get = self.terms.get
        z += np.array([sum(get(t, 0.0) for t in ts) for ts in self.terms_of[id(doc.blocks)]])
        return (1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))).tolist()


def fit_vocab(examples: list, terms: dict[str, list[frozenset[str]]], sites: int,
              l2: float = training.L2) -> VocabModel:
    """training.fit_blocks's rows, columns and penalty, and the vocabulary's 0/1 columns: the
    penalised log loss minimised by L-BFGS."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    rows, labels, weights = training.block_rows(examples)
    at = rows_at(examples)
    assert len(at) == len(rows)
    seen: dict[str, set[str]] = {}
    for e, i in at:
        if examples[e].labels[i] >= 0:
            for t in terms[id(examples[e].doc.blocks)][i]:
                seen.setdefault(t, set()).add(examples[e].site or examples[e].name)
    vocabulary = sorted(t for t, s in seen.items() if len(s) >= sites)
    index = {t: k for k, t in enumerate(vocabulary)}
    X = np.array(rows, dtype=float)
    y, sw = np.array(labels, dtype=float), np.array(weights, dtype=float)
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    edges = [training._off_values(X[:, j], np.unique(np.quantile(X[:, j], np.arange(1, training.BINS)
                                                              / training.BINS)))
             for j in range(X.shape[1])]
    model = VocabModel(mean, scale, edges, None, {}, terms)
    Z = model.design(X)
    r, c = [], []
    for k, (e, i) in enumerate(at):
        hit = [index[t] for t in terms[id(examples[e].doc.blocks)][i] if t in index]
        r += [k] * len(hit)
        c += hit
    T = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(at), len(vocabulary)))
    A = sparse.hstack([sparse.csr_matrix(Z), T]).tocsr()
    penalty = np.full(A.shape[1], l2)
    penalty[0] = 0.0

    def loss(w: Any) -> tuple[float, Any]:
        z = A @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(sw * (np.logaddexp(0, z) - y * z)) + 0.5 * np.sum(penalty * w * w)
        return ll, A.T @ (sw * (p - y)) + penalty * w

    w = minimize(loss, np.zeros(A.shape[1]), jac=True, method="L-BFGS-B",
                 options={"maxiter": 5000, "gtol": 1e-6}).x
    model.w = w[:Z.shape[1]]
    model.terms = dict(zip(vocabulary, w[Z.shape[1]:].tolist()))
    return model


def bootstrap(base: list, other: list, draws: int = 2000) -> tuple[float, float]:
    """95 % interval of F1(other) - F1(base) over sites drawn with replacement."""
    by_site: dict[str, list] = {}
    for (site, *a), (_, *b) in zip(base, other):
        by_site.setdefault(site, []).append((a, b))
    sites = sorted(by_site)
    rng = random.Random(0)

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    diffs = []
    for _ in range(draws):
        sa, sb = [0, 0, 0], [0, 0, 0]
        for site in rng.choices(sites, k=len(sites)):
            for a, b in by_site[site]:
                sa = [x + y for x, y in zip(sa, a)]
                sb = [x + y for x, y in zip(sb, b)]
        diffs.append(f1(*sb) - f1(*sa))
    diffs.sort()
    return diffs[int(0.025 * draws)], diffs[int(0.975 * draws) - 1]


def score(examples: list, assignment: list[int], models: list, french: set[str],
          modes: tuple[str, ...], opinion: Any = None) -> dict[str, tuple[Score, Score, int, list]]:
    """``opinion(ex, model)``: the second opinion's verdicts on the page (``ex.theirs`` if None)."""
    out = {}
    for mode in modes:
        total, fr, asked, pages = Score(), Score(), 0, []
        for ex, f in zip(examples, assignment):
            if ex is None:
                continue
            flag: list[bool] = []

            def theirs(drop=(), ex=ex, flag=flag, model=models[f]):  # on the whole tree, not pruned
                flag.append(True)
                if opinion is not None:
                    return opinion(ex, model)
                return list(ex.theirs) if ex.theirs is not None else None

            doc = replace(ex.doc, second_opinion=theirs)
            main, _ = texts_of(doc, segment(doc, block_model=models[f], extractor=mode))
            page = Score()
            page.add(main, list(ex.with_), list(ex.without))
            pages.append((ex.site, page.tp, page.fp, page.fn))
            total.add(main, list(ex.with_), list(ex.without))
            if ex.name in french:
                fr.add(main, list(ex.with_), list(ex.without))
            asked += bool(flag)
        out[mode] = (total, fr, asked, pages)
    return out


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variants", default="all")
    parser.add_argument("--cache", type=Path, help="vocab: pages, terms and baseline kept here (pickle)")
    parser.add_argument("--term-sites", default="3", help="vocab: sites a term is seen on, or a list")
    args = parser.parse_args()
    variants = VARIANTS if args.variants == "all" else tuple(args.variants.split(","))
    start = time.perf_counter()
    pages = labelled_pages(args.data)
    if args.cache and args.cache.exists():
        built, base = pickle.loads(args.cache.read_bytes())
    else:
        built = [with_terms(lambda p=p: training.block_example(p.file, p.html, p.with_, p.without, p.site))
                 for p in pages]
        base = None
    examples = [ex for ex, _ in built]
    french = set(FRENCH.read_text(encoding="utf-8").split("\n")[1:])
    assignment = group_folds([p.site for p in pages], args.folds)
    print(f"{len(pages)} pages, block features in {time.perf_counter() - start:.0f} s")
    print("| variant | first stage | P | R | F1 | French F1 | pages asked |\n|---|---|---|---|---|---|---|")

    def report(name: str, results: dict) -> None:
        for mode, (total, fr, asked, _) in results.items():
            print(f"| {name} | {mode} | {total.precision:.4f} | {total.recall:.4f} | {total.f1:.4f} "
                  f"| {fr.f1:.4f} | {asked} |", flush=True)

    def fitted(exs: list, fit) -> list:
        return [fit([ex for ex, a in zip(exs, assignment) if ex and a != f]) for f in range(args.folds)]

    if "additive" in variants or "vocab" in variants:
        if base is None:
            base = score(examples, assignment, fitted(examples, training.fit_blocks), french, ("own", "auto"))
            if args.cache:
                args.cache.write_bytes(pickle.dumps((built, base)))
        report("additive", base)
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
    if "vocab" in variants:
        vocab_variant(examples, built, assignment, french, base, args, report)
    if "resiliparse" in variants:
        if base is None:
            base = score(examples, assignment, fitted(examples, training.fit_blocks), french, ("own", "auto"))
            report("additive", base)
        resiliparse_variant(pages, examples, assignment, french, base, report, fitted)


def resiliparse_text(html: bytes, encoding: str) -> str:
    """resiliparse's main-content text of the page, with the options fixed beforehand as
    trafilatura is asked: no comments, no list bullets (a token our shingles would not match),
    no alt texts (not in our blocks)."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse_from_bytes(html, encoding or "utf-8")
    return extract_plain_text(tree, main_content=True, comments=False, list_bullets=False,
                              alt_texts=False)


def resiliparse_verdicts(ex: Any) -> tuple[str, ...] | None:
    """resiliparse's verdict on the page's blocks, matched as trafilatura's (_Verdicts)."""
    from audit.load.extractor import _Index, _Verdicts

    text = resiliparse_text(ex.html, ex.doc.encoding)
    if not text.strip():
        return None
    return tuple(_Verdicts(_Index(text), [b.text for b in ex.doc.blocks]))


def opinion_times(pages: list, examples: list) -> dict[str, float]:
    """CPU ms a page (time.process_time) of each opinion, from the loaded page to the matched
    index: trafilatura on the tree pruned as the pipeline prunes it (the shipped model's
    DROP_BELOW) and on the whole tree; resiliparse's parse and extract. Taken in turn page by
    page, the order alternating (the machine is shared)."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    from audit.load.extractor import _Index

    spent = {"trafilatura, pruned": 0.0, "trafilatura, whole tree": 0.0,
             "resiliparse parse": 0.0, "resiliparse extract": 0.0, "resiliparse index": 0.0}
    clock = time.process_time
    n = 0
    for k, (p, ex) in enumerate(zip(pages, examples)):
        if ex is None:
            continue
        n += 1
        doc = load(p.html, "page.html")
        drop = blocks_module._sure_outside(doc, blocks_module.block_probabilities(doc))
        whole = load(p.html, "page.html").second_opinion

        def trafilatura(doc=doc, drop=drop, whole=whole) -> None:
            t = clock()
            doc.second_opinion(drop)
            spent["trafilatura, pruned"] += clock() - t
            t = clock()
            whole()
            spent["trafilatura, whole tree"] += clock() - t

        def resiliparse(p=p, doc=doc) -> None:
            t = clock()
            tree = HTMLTree.parse_from_bytes(p.html, doc.encoding or "utf-8")
            t1 = clock()
            text = extract_plain_text(tree, main_content=True, comments=False, list_bullets=False,
                                      alt_texts=False)
            t2 = clock()
            _Index(text)
            t3 = clock()
            spent["resiliparse parse"] += t1 - t
            spent["resiliparse extract"] += t2 - t1
            spent["resiliparse index"] += t3 - t2

        for turn in ((trafilatura, resiliparse) if k % 2 else (resiliparse, trafilatura)):
            turn()
    return {name: 1000 * s / n for name, s in spent.items()}


def resiliparse_variant(pages: list, examples: list, assignment: list[int], french: set[str],
                        base: dict, report: Any, fitted: Any) -> None:
    ours = [replace(ex, theirs=resiliparse_verdicts(ex)) if ex else None for ex in examples]
    agree = disagree = 0
    right = {"trafilatura": 0, "resiliparse": 0}  # on the labelled blocks where they disagree
    for ex, r in zip(examples, ours):
        if ex and ex.theirs and r and r.theirs:
            same = sum(a == b for a, b in zip(ex.theirs, r.theirs))
            agree, disagree = agree + same, disagree + len(ex.theirs) - same
            for a, b, y in zip(ex.theirs, r.theirs, ex.labels):
                if a != b and y >= 0:
                    right["trafilatura" if (a == "main") == bool(y) else "resiliparse"] += 1
    print(f"where they disagree on a labelled block, trafilatura is right {right['trafilatura']} "
          f"times, resiliparse {right['resiliparse']}")
    print(f"resiliparse and trafilatura agree on {agree} blocks, disagree on {disagree}; "
          f"resiliparse gave up on {sum(bool(ex) and r.theirs is None for ex, r in zip(examples, ours))} "
          f"pages, trafilatura on {sum(bool(ex) and ex.theirs is None for ex in examples)}")
    by_name = {ex.name: r.theirs for ex, r in zip(examples, ours) if ex}

    def resiliparse_opinion(ex: Any, model: Any) -> list[str] | None:
        verdicts = by_name[ex.name]
        return list(verdicts) if verdicts is not None else None

    def both(ex: Any, model: Any) -> list[str] | None:
        t, r = ex.theirs, by_name[ex.name]
        if t is None or r is None:  # one gave up: the other's
            one = r if t is None else t
            return list(one) if one is not None else None
        odds = blocks_module.block_probabilities(ex.doc, model)
        return [a if a == b else ("main" if p >= 0.5 and blk.zone != "comments" else "")
                for a, b, p, blk in zip(t, r, odds, ex.doc.blocks)]

    runs = {
        "resiliparse (its pseudo-labels and opinion)":
            score(ours, assignment, fitted(ours, training.fit_blocks), french, ("own", "auto")),
    }
    models = fitted(examples, training.fit_blocks)
    runs["resiliparse (trafilatura's pseudo-labels, its opinion)"] = score(
        examples, assignment, models, french, ("auto",), opinion=resiliparse_opinion)
    runs["both (trafilatura's pseudo-labels; agreed verdicts, else ours)"] = score(
        examples, assignment, models, french, ("auto",), opinion=both)
    runs["resiliparse alone (its verdict as the first stage)"] = score(
        ours, assignment, models, french, ("trafilatura",))
    for name, results in runs.items():
        report(name, results)
        for mode in results:
            if mode in base:
                lo, hi = bootstrap(base[mode][3], results[mode][3])
                print(f"  {mode}: F1 {results[mode][0].f1 - base[mode][0].f1:+.4f} against additive "
                      f"(95 % over sites {lo:+.4f} .. {hi:+.4f})")
    for name, ms in opinion_times(pages, examples).items():
        print(f"{name}: {ms:.2f} ms CPU a page")


def vocab_variant(examples: list, built: list, assignment: list[int], french: set[str], base: dict,
                  args: Any, report: Any) -> None:
    import numpy as np

    terms = {id(ex.doc.blocks): ts for ex, ts in built if ex}
    spent = time.perf_counter()
    for ex in examples:  # what making them costs (the loader would keep class and id strings)
        if ex:
            block_terms(ex.doc, None)
    spent = time.perf_counter() - spent
    assert len(terms) == sum(ex is not None for ex in examples)  # by the page's blocks: texts repeat
    original = blocks_module.block_probabilities

    def probabilities(doc: Any, model: Any = None, folded: str | None = None) -> list[float]:
        if isinstance(model, VocabModel):
            return model.probabilities(doc, folded)
        return original(doc, model, folded)

    blocks_module.block_probabilities = probabilities
    try:
        for sites in map(int, args.term_sites.split(",")):
            start = time.perf_counter()
            models = [fit_vocab([ex for ex, a in zip(examples, assignment) if ex and a != f], terms, sites)
                      for f in range(args.folds)]
            fit_time = (time.perf_counter() - start) / args.folds
            results = score(examples, assignment, models, french, ("own", "auto"))
            report(f"vocab (>= {sites} sites, {np.mean([len(m.terms) for m in models]):.0f} terms)",
                   results)
            for mode in ("own", "auto"):
                lo, hi = bootstrap(base[mode][3], results[mode][3])
                print(f"  {mode}: F1 {results[mode][0].f1 - base[mode][0].f1:+.4f} against additive "
                      f"(95 % over sites {lo:+.4f} .. {hi:+.4f})")
            print(f"  a fold's fit: {fit_time:.1f} s")
        sites = int(args.term_sites.split(",")[0])
        full = fit_vocab([ex for ex in examples if ex], terms, sites)
        seen: dict[str, set[str]] = {}
        for ex in examples:
            if ex:
                for ts, y in zip(terms[id(ex.doc.blocks)], ex.labels):
                    if y >= 0:
                        for t in ts:
                            seen.setdefault(t, set()).add(ex.site)
        ranked = sorted(full.terms.items(), key=lambda kv: kv[1])
        for name, part in (("against", ranked[:20]), ("for", ranked[::-1][:20])):
            print(f"heaviest {name} the article (all pages, >= {sites} sites): " + ", ".join(
                f"{t} {w:+.2f} ({len(seen[t])})" for t, w in part))
        # A page's cost: its terms made, looked up and summed, against the block features.
        docs = [ex.doc for ex in examples if ex]
        start = time.perf_counter()
        for doc in docs:
            blocks_module.block_features(doc, blocks_module.fold(doc.text))
        features_time = time.perf_counter() - start
        start = time.perf_counter()
        get = full.terms.get
        for doc in docs:
            [sum(get(t, 0.0) for t in ts) for ts in terms[id(doc.blocks)]]
        lookup_time = time.perf_counter() - start
        print(f"a page: block features {1000 * features_time / len(docs):.2f} ms, its terms made "
              f"{1000 * spent / len(docs):.2f} ms and weighed {1000 * lookup_time / len(docs):.2f} ms")
    finally:
        blocks_module.block_probabilities = original


if __name__ == "__main__":
    main()
