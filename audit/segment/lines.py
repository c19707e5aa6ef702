"""Which lines of a plain-text page are the article: a logistic model over line features.

Text pasted from a page has no markup left, so a line is judged by its shape (length, jusText's
stopword density, final punctuation, digits, capitals, symbols), by jusText's verdict on it,
by the same for its neighbours, and by how much prose lies around it. A logistic regression
weighs these; its weights are data (``line_model.json``), trained by ``audit.segment.training``
on the labelled pages, with the cross-validated scores they reach recorded next to them.
Features and scores are computed a column at a time with numpy (a page's characters classed
once, per-line counts by bincount): per line in Python they cost 30 µs a line, the largest
share of a pasted page's audit.
"""

from __future__ import annotations

import functools
import json
import math
import re
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
    initial_classes,
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
    import numpy as np

    columns = list(feature_columns(texts))
    return np.column_stack(columns).tolist() if texts else []


# Character classes, one bit each, read from a table for the first code points and computed
# once per distinct character above it.
_DIGIT, _UPPER, _ALPHA, _SPACE, _WORDCHAR, _SYMBOLCHAR, _COMMA = (1 << k for k in range(7))
_TABLE_SIZE = 0x250  # Latin-1 and Latin Extended


def _class_of(char: str) -> int:
    return (_DIGIT * char.isdigit() | _UPPER * char.isupper() | _ALPHA * char.isalpha()
            | _SPACE * char.isspace() | _WORDCHAR * bool(_WORD.match(char))
            | _SYMBOLCHAR * (char in "|»«·©@/") | _COMMA * (char == ","))


@functools.cache
def _class_table() -> Any:
    import numpy as np

    return np.array([_class_of(chr(c)) for c in range(_TABLE_SIZE)], dtype=np.uint8)


def _char_classes(text: str) -> Any:
    """The class bits of every character of ``text``, as an array of bytes."""
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _class_table()[np.minimum(points, _TABLE_SIZE - 1)]
    high = points >= _TABLE_SIZE
    if high.any():
        values, where = np.unique(points[high], return_inverse=True)
        classes[high] = np.array([_class_of(chr(v)) for v in values.tolist()], np.uint8)[where]
    return classes


class _Lines:
    """Texts joined by a line feed, each character knowing its line: per-line counts of a
    character class are one bincount, not a Python loop over characters."""

    def __init__(self, texts: list[str]) -> None:
        import numpy as np

        self.n = len(texts)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=self.n)
        self.starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
        self.lengths = lengths
        self.line = np.repeat(np.arange(self.n), lengths + 1)[:max(int(lengths.sum()) + self.n - 1, 0)]
        self.text = "\n".join(texts)
        self.classes = _char_classes(self.text)

    def count(self, mask: Any) -> Any:
        import numpy as np

        return np.bincount(self.line[mask], minlength=self.n).astype(float)

    def has(self, bit: int) -> Any:
        return (self.classes & bit) != 0

    def run_starts(self, bit: int) -> Any:
        """Where a run of characters of the class begins (a word, a token)."""
        import numpy as np

        inside = self.has(bit)
        before = np.concatenate(([False], inside[:-1]))
        return inside & ~before


def _own_columns(texts: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The OWN features of every line as columns, and jusText's first class of each line."""
    import numpy as np

    n = len(texts)
    full = _Lines(texts)
    # Word statistics come from a line's first _SAMPLE characters: a 10 MB line's words are
    # not all read. (A slice that covers the whole string is the string itself: no copy.)
    samples = [t[:_SAMPLE] for t in texts]
    sample = full if all(len(t) <= _SAMPLE for t in texts) else _Lines(samples)
    lowered = [t.lower() for t in samples]
    lower = _Lines(lowered)
    words = _WORD.findall("\n".join(lowered))
    word_starts = lower.run_starts(_WORDCHAR)
    word_line = lower.line[word_starts]
    # The page's language from its first 2,000 words (stoplist_for reads no more).
    stop = stoplist_for(words[:2000])
    is_stop = np.fromiter((w in stop for w in words), dtype=bool, count=len(words))
    n_words = np.bincount(word_line, minlength=n).astype(float)
    stops = np.bincount(word_line[is_stop], minlength=n).astype(float)
    word_chars = lower.count(lower.has(_WORDCHAR))
    has_words = n_words > 0
    density = np.divide(stops, n_words, out=np.zeros(n), where=has_words)

    chars = full.lengths.astype(float)
    tokens_at = ~sample.has(_SPACE) & np.concatenate(([True], sample.has(_SPACE)[:-1]))
    tokens = sample.count(tokens_at)
    per_token = np.maximum(tokens, 1.0)
    letters = np.maximum(full.count(full.has(_ALPHA)), 1.0)
    nonempty = full.lengths > 0
    first_at, last_at = full.starts[nonempty], full.starts[nonempty] + full.lengths[nonempty] - 1
    joined = full.text

    def last_in(chars_: str) -> Any:
        out = np.zeros(n)
        out[nonempty] = [joined[i] in chars_ for i in last_at.tolist()]
        return out

    starts_upper = np.zeros(n)
    starts_upper[nonempty] = (full.classes[first_at] & _UPPER) != 0
    symbol = full.count(full.has(_SYMBOLCHAR))
    for m in _SYMBOL_WORDS.finditer(joined):
        symbol[full.line[m.start()]] += 1
    boilerplate = get_lexicon().boilerplate
    seen = Counter(texts)
    cue = {t: boilerplate.match(t) is not None for t in seen}
    _, first = initial_classes(full.lengths, density)
    columns = {
        "log_chars": np.log1p(chars),
        "log_words": np.log1p(tokens),
        "stopword_density": density,
        "ends_sentence": last_in(".!?…"),
        "ends_clause": last_in(":;,"),
        "ends_quote": last_in("»”\"')"),
        "starts_upper": starts_upper,
        "digit_ratio": full.count(full.has(_DIGIT)) / np.maximum(chars, 1.0),
        "upper_ratio": full.count(full.has(_UPPER)) / letters,
        "has_symbol": (symbol > 0).astype(float),
        "commas_per_word": sample.count(sample.has(_COMMA)) / per_token,
        "mean_word_length": np.divide(word_chars, n_words, out=np.zeros(n), where=has_words),
        "justext_class": np.fromiter(map(_CLASS_VALUE.__getitem__, first), dtype=float, count=n),
        "justext_good": np.zeros(n),  # after the context revision
        "boilerplate_cue": np.fromiter((cue[t] for t in texts), dtype=float, count=n),
        "repeated": np.fromiter((seen[t] > 1 for t in texts), dtype=float, count=n),
        "capitalised_words": sample.count(tokens_at & sample.has(_UPPER)) / per_token,
    }
    columns["justext_good"] = np.fromiter((c == GOOD for c in revise(texts, first)),
                                          dtype=float, count=n)
    return columns, first


_SYMBOL_WORDS = re.compile(r"https?:|www\.")


def feature_columns(texts: list[str]) -> Iterator[Any]:
    """The columns of FEATURES, in order, for every line at once (numpy arrays): a page's
    lines are scored a column at a time, and no row of 70 numbers is built per line."""
    import numpy as np

    n = len(texts)
    own, first = _own_columns(texts)
    for name in OWN:
        yield own[name]
    for d in _OFFSETS:
        for name in _NEIGHBOUR:
            shifted = np.zeros(n)
            if d < 0:
                shifted[-d:] = own[name][:n + d]
            else:
                shifted[:n - d] = own[name][d:]
            yield shifted
    good = own["justext_good"]
    cum_good = np.concatenate(([0.0], np.cumsum(good)))
    at = np.arange(n)
    windows = {}
    for w in _WINDOWS:
        lo, hi = np.maximum(at - w, 0), np.minimum(at + w + 1, n)
        windows[w] = (cum_good[hi] - cum_good[lo]) / (hi - lo)
        yield windows[w]
    cum_prose = np.concatenate(([0.0], np.cumsum(good * np.fromiter(map(len, texts), float, n))))
    prose = cum_prose[-1] or 1.0
    position = at / n
    prose_before = cum_prose[:-1] / prose
    # A clean draft is nearly all sentences; a pasted page is half menus and labels.
    sentences = own["ends_sentence"].sum() / (n or 1)
    short = sum(cls == SHORT for cls in first) / (n or 1)
    yield position
    yield prose_before
    for value in (math.log1p(n), sentences, short):
        yield np.full(n, value)
    page = {**own, "position": position, "prose_before": prose_before,
            "good_within_30": windows[30]}
    for name in _BY_PAGE:
        yield page[name] * (1 - short)


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

    def probabilities(self, texts: list[str]) -> list[float]:
        """The probability of every line, a feature column at a time."""
        import numpy as np

        if not texts:
            return []
        z, terms = self._folded
        total = np.full(len(texts), z)
        for column, (w, edges, steps) in zip(feature_columns(texts), terms, strict=True):
            total += w * column + np.asarray(steps)[np.searchsorted(edges, column, side="right")]
        return (1.0 / (1.0 + np.exp(-np.clip(total, -50.0, 50.0)))).tolist()

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
