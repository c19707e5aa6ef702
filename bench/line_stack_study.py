"""A second stage over the line model's probabilities, and where pasted text's F1 goes (issue 11).

    python bench/line_model_study.py --stack [--errors]

Called by bench/line_model_study.py (its pages, drafts, folds and bootstrap). Everything is
out of fold by site:
- stage 1 is the shipped model (training.fit, features and named terms). Its probabilities on
  fold g, as features of stage 2's training lines for outer fold f, come from a model fitted
  without f and g (nested: no line is scored by a model that saw its label, and no outer
  fold's labels reach its own stage 2). The outer fold is scored by stage 1 fitted without f.
  Pairs of folds left out: 10 fits, and 5 for the outer folds.
- stage 2 reads, for each line: its stage-1 logit and those of the lines within STACK_WINDOW
  (the page's edge as a sure "no"), the window means, the run of lines at 0.5 or more it is
  in (characters, whether it is the page's longest, the distance in lines to that run, its
  share of the page's characters), the page's profile (share of lines and of characters at
  0.5 or more, mean probability, lines), and the line's length.
  stack: fitted as the line model is (training.fit_rows: each feature standardised and in
  quantile bins, L2 logistic), on pages and drafts, so its weights are data as today's;
  stack-gbdt: the same features in boosted trees (HistGradientBoosting), a ceiling;
  stack-gbdt-all: the trees on those and the 70 line features.
- --errors: each wrong snippet of the shipped model (a "with" snippet left out, a "without"
  one kept) by the kind of line it sits on, read by the line's shape, and whether stage 1
  took that line the wrong way (the model) or the right way (the segmenter after it).
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

from audit.segment.evaluation import Score, main_and_comments, main_text, normalise
from audit.segment.lines import FEATURES
from audit.segment.training import fit, fit_rows, training_set

STACK_WINDOW = 5
_LOG_CHARS = FEATURES.index("log_chars")
STACK_FEATURES = (("logit",)
                  + tuple(f"logit_{side}{k}" for k in range(1, STACK_WINDOW + 1)
                          for side in ("prev", "next"))
                  + ("mean_1", "mean_2", "mean_5", "run_log_chars", "run_longest",
                     "run_distance", "run_share", "page_high_lines", "page_high_chars",
                     "page_mean", "page_log_lines", "log_chars"))
_EDGE = 0.01  # the page's edge: a line sure to be furniture


def stack_rows(p: Any, log_chars: Any) -> Any:
    """Stage 2's features of each line of one page from stage 1's probabilities."""
    import numpy as np

    p = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    n = len(p)
    if not n:
        return np.zeros((0, len(STACK_FEATURES)))
    chars = np.expm1(np.asarray(log_chars, dtype=float))
    w = STACK_WINDOW
    padded = np.concatenate([np.full(w, _EDGE), p, np.full(w, _EDGE)])
    logit = np.log(padded / (1 - padded))
    cols = [logit[w:w + n]]
    for k in range(1, w + 1):
        cols += [logit[w - k:w - k + n], logit[w + k:w + k + n]]
    for k in (1, 2, 5):
        cols.append(np.mean([padded[w + d:w + d + n] for d in range(-k, k + 1)], axis=0))
    high = p >= 0.5
    # runs of high lines: an id per run, -1 outside
    starts = high & np.concatenate([[True], ~high[:-1]])
    run_id = np.where(high, np.cumsum(starts) - 1, -1)
    runs = int(starts.sum())
    run_chars = np.bincount(run_id[high], weights=chars[high], minlength=runs) if runs else np.zeros(0)
    total = max(chars.sum(), 1.0)
    at = np.arange(n)
    if runs:
        longest = int(np.argmax(run_chars))
        inside = np.flatnonzero(run_id == longest)
        first, last = inside[0], inside[-1]
        own = np.where(high, run_chars[np.maximum(run_id, 0)], 0.0)
        is_longest = (run_id == longest).astype(float)
        distance = np.where(at < first, first - at, np.where(at > last, at - last, 0))
    else:
        own, is_longest, distance = np.zeros(n), np.zeros(n), np.full(n, n)
    cols += [np.log1p(own), is_longest, np.log1p(distance), own / total,
             np.full(n, high.mean()), np.full(n, chars[high].sum() / total),
             np.full(n, p.mean()), np.full(n, np.log1p(n)), np.asarray(log_chars, dtype=float)]
    return np.column_stack(cols)


class Stage1Cache:
    """Stage 1 fitted without each set of folds (one or two), its probabilities on the
    pages and drafts of those folds; kept in a file across runs."""

    def __init__(self, path: Path, examples: list, drafts: list, assignment: list[int],
                 texts: Any) -> None:
        self.path, self.examples, self.drafts, self.assignment = path, examples, drafts, assignment
        self.texts = texts
        self.probs: dict = pickle.loads(path.read_bytes()) if path.exists() else {}
        self.models: dict = {}

    def model(self, left_out: frozenset) -> Any:
        if left_out not in self.models:
            use = [a not in left_out for a in self.assignment]
            self.models[left_out] = fit(training_set(
                [e for e, u in zip(self.examples, use) if u],
                [d for d, u in zip(self.drafts, use) if u]))
        return self.models[left_out]

    def of(self, left_out: frozenset, fold: int) -> dict:
        """name -> stage 1's probabilities of each page and draft of ``fold`` (in left_out)."""
        key = (left_out, fold)
        if key not in self.probs:
            model = self.model(left_out)
            out = {}
            for ex, d, a in zip(self.examples, self.drafts, self.assignment):
                if a != fold:
                    continue
                for item in (ex, d):
                    if item is not None:
                        out[item.name] = model.probabilities(self.texts(item))
            self.probs[key] = out
            self.path.write_bytes(pickle.dumps(self.probs))
            print(f"  stage 1 without folds {sorted(left_out)}: fold {fold} scored", flush=True)
        return self.probs[key]


def _rows_of(item: Any, p: list[float]) -> Any:
    import numpy as np

    X = np.array(item.rows, dtype=float).reshape(-1, len(FEATURES))
    return stack_rows(p, X[:, _LOG_CHARS]), X


def stage2_training(cache: Stage1Cache, f: int, k: int, with_features: bool = False) -> tuple:
    """Outer fold f's stage-2 training lines: each other fold g's pages and drafts, their
    stage-1 probabilities from the model fitted without f and g."""
    import numpy as np

    rows, labels = [], []
    for g in range(k):
        if g == f:
            continue
        probs = cache.of(frozenset({f, g}), g)
        for ex, d, a in zip(cache.examples, cache.drafts, cache.assignment):
            if a != g:
                continue
            for item in (ex, d):
                if item is None:
                    continue
                S, X = _rows_of(item, probs[item.name])
                at = [i for i, y in enumerate(item.labels) if y >= 0]
                rows.append(np.column_stack([S, X])[at] if with_features else S[at])
                labels.extend(item.labels[i] for i in at)
    return np.vstack(rows), np.array(labels)


class Stacked:
    """What the segmenter asks of a line model: stage 1, then stage 2 over its probabilities."""

    threshold = 0.5

    def __init__(self, stage1: Any, stage2: Any, with_features: bool = False) -> None:
        self.stage1, self.stage2, self.with_features = stage1, stage2, with_features

    def probabilities(self, texts: list[str]) -> list[float]:
        import numpy as np

        from audit.segment.lines import line_features

        if not texts:
            return []
        X = np.array(line_features(texts), dtype=float).reshape(-1, len(FEATURES))
        S = stack_rows(self.stage1.probabilities(texts), X[:, _LOG_CHARS])
        if self.with_features:
            S = np.column_stack([S, X])
        if hasattr(self.stage2, "predict_proba"):
            return self.stage2.predict_proba(S)[:, 1].tolist()
        return self.stage2.probabilities_of_rows(S)

    def judge(self, texts: list[str]) -> list[bool]:
        return [p >= self.threshold for p in self.probabilities(texts)]


class Plain:
    """Stage 1 alone through the same path as Stacked (the baseline)."""

    threshold = 0.5

    def __init__(self, stage1: Any) -> None:
        self.stage1 = stage1

    def probabilities(self, texts: list[str]) -> list[float]:
        return self.stage1.probabilities(texts) if texts else []

    def judge(self, texts: list[str]) -> list[bool]:
        return [p >= 0.5 for p in self.probabilities(texts)]


def stage2_models(cache: Stage1Cache, variant: str, k: int) -> dict:
    trees = variant.startswith("stack-gbdt")
    both = variant == "stack-gbdt-all"
    models = {}
    for f in range(k):
        S, y = stage2_training(cache, f, k, both)
        if trees:
            from sklearn.ensemble import HistGradientBoostingClassifier

            second = HistGradientBoostingClassifier(learning_rate=0.05, l2_regularization=1.0,
                                                    max_iter=400, max_leaf_nodes=31,
                                                    random_state=0).fit(S, y)
        else:
            second = fit_rows(S.tolist(), y.tolist(), None, STACK_FEATURES)
        models[f] = Stacked(cache.model(frozenset({f})), second, both)
    return models


def score(models: dict, examples: list, drafts: list, assignment: list[int], french: set,
          result_cls: Any) -> Any:
    result = result_cls([Score() for _ in examples], Score(), [(0, 0)] * len(examples))
    for i, (ex, made, f) in enumerate(zip(examples, drafts, assignment)):
        model = models[f]
        main = main_and_comments(ex.text, "page.txt", model)[0]
        result.pages[i].add(main, list(ex.with_), list(ex.without))
        if ex.name in french:
            result.french.add(main, list(ex.with_), list(ex.without))
        if made is not None:
            lines = [line.strip() for line in made.text.splitlines()]
            kept = set(main_text(made.text, "draft.txt", model).splitlines())
            result.drafts[i] = (len(lines), sum(line in kept for line in lines))
    return result


# --- where the F1 goes -------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-•*–·►▪→>]|\d{1,2}[.)]\s)")
_CAPTION = re.compile(r"(?i)\b(?:foto|photo|bild|image|picture|getty|afp|dpa|reuters|imago|"
                      r"keystone|credit|©|\(c\))\b|©")
_BYLINE = re.compile(r"(?i)^(?:by|von|par|por|di|door|de)\s+\S|\b(?:autor|author|auteur|"
                     r"redaktion|rédaction|reporter|correspondent)\b")
_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b")
_COMMENT = re.compile(r"(?i)\b(?:antworten|reply|répondre|responder|rispondi|kommentar|"
                      r"comment|says|sagt|schreibt|wrote)\b")


def line_kind(text: str, in_article_run: bool, first_body: bool) -> str:
    """The kind of a line by its shape: what the error table groups by."""
    t = text.strip()
    n = len(t)
    ends = t[-1:] in ".!?…\"“”»'’:)" if t else False
    if _BULLET.match(t):
        return "list item"
    if n < 160 and _CAPTION.search(t):
        return "caption / credit"
    if n < 120 and (_BYLINE.search(t) or (_DATE.search(t) and len(t.split()) <= 8)):
        return "byline / date"
    if n < 200 and _COMMENT.search(t):
        return "comment-like (reply, says)"
    if first_body and n >= 80:
        return "standfirst (first prose line)"
    if n < 100 and not ends:
        return "heading / teaser headline"
    if n < 100:
        return "short prose line"
    if in_article_run:
        return "prose inside the article's run"
    return "prose outside the article's run"


def error_table(examples: list, assignment: list[int], cache: Stage1Cache, texts: Any) -> list[tuple]:
    """Each wrong snippet of stage 1 (outer models) by kind, side and cause."""
    import numpy as np

    from audit.load import load

    rows = []
    for ex, f in zip(examples, assignment):
        model = cache.model(frozenset({f}))
        main = normalise(main_and_comments(ex.text, "page.txt", Plain(model))[0])
        lines = texts(ex)
        p = np.array(cache.of(frozenset({f}), f)[ex.name]) if lines else np.zeros(0)
        high = p >= 0.5
        # the page's longest run of labelled-article lines: "inside the article's run"
        doc = load(ex.text, "page.txt")
        norm_lines = [normalise(b.text) for b in doc.blocks]
        arts = [i for i, y in enumerate(ex.labels) if y == 1]
        lo, hi = (arts[0], arts[-1]) if arts else (-1, -1)
        first_body = next((i for i in arts if len(norm_lines[i]) >= 80), -1)
        for snippets, expected in ((ex.with_, True), (ex.without, False)):
            for s in snippets:
                ns = normalise(s)
                found = ns in main
                at = next((i for i, t in enumerate(norm_lines) if ns and (ns in t or (len(t) > 20 and t in ns))), -1)
                text = norm_lines[at] if at >= 0 else ns
                kind = line_kind(text, lo <= at <= hi, at == first_body)
                model_says = bool(high[at]) if 0 <= at < len(high) else None
                if model_says is None:
                    model_says = expected  # not placed on a line: counted as the segmenter's
                rows.append((ex.name, expected, found, kind, len(ns), model_says, text[:100], at))
    return rows


def print_errors(rows: list[tuple]) -> None:
    from collections import defaultdict

    tp = sum(e and f for _, e, f, *_ in rows)
    fp = sum((not e) and f for _, e, f, *_ in rows)
    fn = sum(e and not f for _, e, f, *_ in rows)
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"snippets {len(rows)}: tp {tp} fp {fp} fn {fn}  F1 {f1:.4f}")
    # per kind: snippets, FN, FP, characters of FN / FP, and the errors where the line model
    # was wrong (FN / FP) against those where it was right and the segmenter after it was not
    groups: dict = defaultdict(lambda: [0] * 9)
    for _, e, f, kind, n, says, *_ in rows:
        g = groups[kind]
        g[0] += 1
        if e != f:
            g[1 if e else 2] += 1
            g[3 if e else 4] += n
            g[(5 if says != e else 7) + (0 if e else 1)] += 1
    print(f"{'kind':34} {'snippets':>8} {'FN':>5} {'FP':>5} {'F1 if right':>11} "
          f"{'chars FN':>8} {'chars FP':>8}  model FN/FP  after FN/FP")
    for kind, g in sorted(groups.items(), key=lambda kv: -(kv[1][1] + kv[1][2])):
        gain = 2 * (tp + g[1]) / (2 * (tp + g[1]) + (fp - g[2]) + (fn - g[1])) - f1
        print(f"{kind:34} {g[0]:8} {g[1]:5} {g[2]:5} {gain:+11.4f} {g[3]:8} {g[4]:8}  "
              f"{g[5]:5}/{g[6]:<5}  {g[7]:5}/{g[8]:<5}")
    unplaced = sum(1 for r in rows if r[7] < 0)
    print(f"snippets on no line (counted as the segmenter's): {unplaced}")
