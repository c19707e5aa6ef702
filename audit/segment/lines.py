"""Which lines of a plain-text page are the article: a logistic model over line features.

Text pasted from a page has no markup left, so a line is judged by its shape (length, jusText's
stopword density, final punctuation, digits, capitals, symbols), by jusText's verdict on it,
by the same for its neighbours, and by how much prose lies around it. A logistic regression
weighs these; its weights are data (``line_model.json``), trained by ``audit.segment.training``
on the labelled pages, with the cross-validated scores they reach recorded next to them.
Inference is a dot product per line, in plain Python: a pasted article never imports numpy
(the HTML block model, blocks.py, scores a page's blocks at once with numpy).
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

from audit.lexicon import get_lexicon
from audit.segment.quality import (
    BAD,
    GOOD,
    NEAR,
    SHORT,
    initial_class,
    revise,
    stoplist_for,
)

_WORD = re.compile(r"[^\W\d_]+")
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
_ENDS_CLAUSE = re.compile(r"[:;,]\s*$")
_ENDS_QUOTE = re.compile(r"[»”\"')]\s*$")
_SYMBOL = re.compile(r"[|»«·©@/]|https?:|www\.")
_CLASS_VALUE = {GOOD: 1.0, NEAR: 2 / 3, SHORT: 1 / 3, BAD: 0.0}
_SAMPLE = 20_000  # characters of a line its word statistics are read from

OWN = ("log_chars", "log_words", "stopword_density", "ends_sentence", "ends_clause",
       "ends_quote", "starts_upper", "digit_ratio", "upper_ratio", "has_symbol",
       "commas_per_word", "mean_word_length", "justext_class", "justext_good",
       "boilerplate_cue", "repeated", "capitalised_words")
_NEIGHBOUR = ("log_chars", "stopword_density", "ends_sentence", "justext_class", "justext_good")
_OFFSETS = (-2, -1, 1, 2)
_WINDOWS = (3, 10, 30)
# Weighed again by the share of long lines: position and context mean little in a clean draft.
_BY_PAGE = ("log_chars", "ends_sentence", "justext_good", "stopword_density", "position",
            "prose_before", "good_within_30", "boilerplate_cue")
FEATURES = OWN + tuple(f"{name}[{d:+d}]" for d in _OFFSETS for name in _NEIGHBOUR) + \
    tuple(f"good_within_{w}" for w in _WINDOWS) + ("position", "prose_before", "log_lines",
                                                    "page_sentences", "page_short_lines") + \
    tuple(f"{name}*page_long_lines" for name in _BY_PAGE)


def line_features(texts: list[str]) -> list[list[float]]:
    """One row of FEATURES per line (the lines as the classifier sees them: folded, stripped)."""
    return list(iter_line_features(texts))


def iter_line_features(texts: list[str]) -> Iterator[list[float]]:
    """The rows of line_features one at a time: scoring a long input never holds them all
    (70 floats a line were 300 MB for a megabyte of short lines)."""
    # Word statistics of a line come from its first _SAMPLE characters: a 10 MB line held
    # 2.5 million word strings twice over (300 MB); no line of the labelled pages is that long.
    def words_of(text: str) -> list[str]:
        return _WORD.findall(text[:_SAMPLE].lower())

    # The page's language from its first 2,000 words (stoplist_for reads no more).
    opening: list[str] = []
    for text in texts:
        opening += words_of(text)
        if len(opening) >= 2000:
            break
    stop = stoplist_for(opening)
    boilerplate = get_lexicon().boilerplate
    seen = Counter(texts)
    # One array of doubles per feature, not a tuple of float objects per line: 17 floats a line
    # were 600 bytes as objects, 136 as doubles (a megabyte of short lines held 100 MB). A
    # line's words are read once, here, and not kept.
    own = [array("d") for _ in OWN]
    first = []
    good_at = OWN.index("justext_good")
    for text in texts:
        ws = words_of(text)
        cls = initial_class(text, ws, stop)
        first.append(cls)
        sample = text[:_SAMPLE]
        tokens = sample.split()
        n_words = len(tokens) or 1
        letters = sum(map(str.isalpha, text)) or 1  # map over str methods: 3x a generator
        for column, value in zip(own, (
            math.log1p(len(text)), math.log1p(len(tokens)),
            sum(w in stop for w in ws) / len(ws) if ws else 0.0,
            1.0 if _ENDS_SENTENCE.search(text) else 0.0,
            1.0 if _ENDS_CLAUSE.search(text) else 0.0,
            1.0 if _ENDS_QUOTE.search(text) else 0.0,
            1.0 if text[:1].isupper() else 0.0,
            sum(map(str.isdigit, text)) / (len(text) or 1),
            sum(map(str.isupper, text)) / letters,
            1.0 if _SYMBOL.search(text) else 0.0,
            sample.count(",") / n_words,
            sum(map(len, ws)) / len(ws) if ws else 0.0,
            _CLASS_VALUE[cls], 0.0,  # justext_good: after the context revision below
            1.0 if boilerplate.match(text) else 0.0,
            1.0 if seen[text] > 1 else 0.0,
            sum(1 for t in tokens if t[:1].isupper()) / n_words,
        )):
            column.append(value)
    good = own[good_at]
    for i, cls in enumerate(revise(texts, first)):
        good[i] = 1.0 if cls == GOOD else 0.0
    picks = [own[OWN.index(name)] for name in _NEIGHBOUR]
    absent = [0.0] * len(picks)
    n = len(texts)
    cum_good, cum_prose = array("d", [0.0]), array("d", [0.0])
    for text, is_good in zip(texts, good):
        cum_good.append(cum_good[-1] + is_good)
        cum_prose.append(cum_prose[-1] + is_good * len(text))
    prose = cum_prose[-1] or 1.0
    by_page = [FEATURES.index(name) for name in _BY_PAGE]
    # A clean draft is nearly all sentences; a pasted page is half menus and labels.
    sentences = sum(own[OWN.index("ends_sentence")]) / (n or 1)
    short = sum(cls == SHORT for cls in first) / (n or 1)
    for i in range(n):
        row = [column[i] for column in own]
        for d in _OFFSETS:
            row.extend([column[i + d] for column in picks] if 0 <= i + d < n else absent)
        for w in _WINDOWS:
            lo, hi = max(0, i - w), min(n, i + w + 1)
            row.append((cum_good[hi] - cum_good[lo]) / (hi - lo))
        row.extend([i / n, cum_prose[i] / prose, math.log1p(n), sentences, short])
        row.extend(row[k] * (1 - short) for k in by_page)
        yield row


@dataclass(frozen=True)
class LineModel:
    """An additive logistic model: P(article line) = σ(intercept + Σ_f term_f(x_f)), where
    each feature's term is linear in its standardised value plus a step function over its
    quantile bins (so "long", "very long" and "short" lines can weigh differently).
    """

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    edges: tuple[tuple[float, ...], ...]  # per feature: inner bin edges, ascending
    steps: tuple[tuple[float, ...], ...]  # per feature: one weight per bin (len(edges) + 1)
    intercept: float
    threshold: float = 0.5
    trained: dict[str, Any] = field(default_factory=dict, compare=False)  # data, CV scores

    @functools.cached_property
    def _folded(self) -> tuple[float, tuple[tuple[float, tuple[float, ...], tuple[float, ...]], ...]]:
        """c·(x − m)/s is (c/s)·x − c·m/s: the constants go into the intercept once."""
        intercept = self.intercept - sum(c * m / s for m, s, c in zip(self.mean, self.scale, self.coef))
        return intercept, tuple((c / s, edges, steps) for s, c, edges, steps
                                in zip(self.scale, self.coef, self.edges, self.steps))

    def probability(self, row: list[float]) -> float:
        z, terms = self._folded
        bisect_right = bisect.bisect_right
        for x, (w, edges, steps) in zip(row, terms):
            z += w * x + steps[bisect_right(edges, x)]
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def probabilities(self, texts: list[str]) -> list[float]:
        return [self.probability(row) for row in iter_line_features(texts)]

    def probabilities_of_rows(self, rows: list[list[float]]) -> list[float]:
        """``probability`` of many rows at once, with numpy: a column at a time."""
        import numpy as np

        X = np.array(rows, dtype=float).reshape(-1, len(self.features))
        z, terms = self._folded
        total = np.full(len(X), z)
        for j, (w, edges, steps) in enumerate(terms):
            column = X[:, j]
            total += w * column + np.asarray(steps)[np.searchsorted(edges, column, side="right")]
        return (1.0 / (1.0 + np.exp(-np.clip(total, -50.0, 50.0)))).tolist()

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any], features: tuple[str, ...] = FEATURES,
                  script: str = "bench/train_line_model.py") -> LineModel:
        fields = {k: tuple(data[k]) for k in ("features", "mean", "scale", "coef")}
        fields.update({k: tuple(map(tuple, data[k])) for k in ("edges", "steps")})
        model = cls(**{**data, **fields})
        if model.features != features:
            raise ValueError(f"the model was trained on other features; retrain it with "
                             f"python {script}")
        return model


@functools.cache
def default_model() -> LineModel:
    """The shipped weights, read once (immutable reference data, like the lexicons)."""
    raw = resources.files("audit.segment").joinpath("line_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(raw))
