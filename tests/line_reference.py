"""The line model's features and scores read one line at a time, as audit/segment/lines.py
computed them before it worked a column at a time (commit 7f9e214): the oracle the numpy
version is tested against. Slow (30 µs a line) and plain on purpose."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter

from audit.lexicon import get_lexicon
from audit.segment.lines import _BY_PAGE, _NEIGHBOUR, _OFFSETS, _SAMPLE, _WINDOWS, FEATURES, OWN
from audit.segment.quality import (BAD, GOOD, LENGTH_HIGH, LENGTH_LOW, NEAR, SHORT,
                                   STOPWORDS_HIGH, STOPWORDS_LOW, revise, stoplist_for)

_WORD = re.compile(r"[^\W\d_]+")
_CLASS_VALUE = {GOOD: 1.0, NEAR: 2 / 3, SHORT: 1 / 3, BAD: 0.0}


def _first_class(text: str, words: list[str], stop: frozenset[str]) -> str:
    density = sum(w in stop for w in words) / len(words) if words else 0.0
    if len(text) < LENGTH_LOW:
        return SHORT
    if density >= STOPWORDS_HIGH:
        return GOOD if len(text) >= LENGTH_HIGH else NEAR
    return NEAR if density >= STOPWORDS_LOW else BAD


def rows(texts: list[str]) -> list[list[float]]:
    def words_of(text: str) -> list[str]:
        return _WORD.findall(text[:_SAMPLE].lower())

    stop = stoplist_for([w for t in texts for w in words_of(t)][:2000])
    boilerplate = get_lexicon().boilerplate
    seen = Counter(texts)
    own, first = [], []
    for text in texts:
        ws = words_of(text)
        cls = _first_class(text, ws, stop)
        first.append(cls)
        sample = text[:_SAMPLE]
        tokens = sample.split()
        n_words = len(tokens) or 1
        own.append([
            math.log1p(len(text)), math.log1p(len(tokens)),
            sum(w in stop for w in ws) / len(ws) if ws else 0.0,
            1.0 if re.search(r"[.!?…]\s*$", text) else 0.0,
            1.0 if re.search(r"[:;,]\s*$", text) else 0.0,
            1.0 if re.search(r"[»”\"')]\s*$", text) else 0.0,
            1.0 if text[:1].isupper() else 0.0,
            sum(map(str.isdigit, text)) / (len(text) or 1),
            sum(map(str.isupper, text)) / (sum(map(str.isalpha, text)) or 1),
            1.0 if re.search(r"[|»«·©@/]|https?:|www\.", text) else 0.0,
            sample.count(",") / n_words,
            sum(map(len, ws)) / len(ws) if ws else 0.0,
            _CLASS_VALUE[cls], 0.0,
            1.0 if boilerplate.caseless.match(text) else 0.0,
            1.0 if seen[text] > 1 else 0.0,
            sum(1 for t in tokens if t[:1].isupper()) / n_words,
        ])
    good_at = OWN.index("justext_good")
    for row, cls in zip(own, revise(texts, first)):
        row[good_at] = 1.0 if cls == GOOD else 0.0
    picks = [OWN.index(name) for name in _NEIGHBOUR]
    n = len(texts)
    cum_good, cum_prose = [0.0], [0.0]
    for text, row in zip(texts, own):
        cum_good.append(cum_good[-1] + row[good_at])
        cum_prose.append(cum_prose[-1] + row[good_at] * len(text))
    prose = cum_prose[-1] or 1.0
    sentences = sum(row[OWN.index("ends_sentence")] for row in own) / (n or 1)
    short = sum(cls == SHORT for cls in first) / (n or 1)
    by_page = [FEATURES.index(name) for name in _BY_PAGE]
    out = []
    for i in range(n):
        row = list(own[i])
        for d in _OFFSETS:
            row.extend([own[i + d][k] for k in picks] if 0 <= i + d < n else [0.0] * len(picks))
        for w in _WINDOWS:
            lo, hi = max(0, i - w), min(n, i + w + 1)
            row.append((cum_good[hi] - cum_good[lo]) / (hi - lo))
        row.extend([i / n, cum_prose[i] / prose, math.log1p(n), sentences, short])
        row.extend(row[k] * (1 - short) for k in by_page)
        out.append(row)
    return out


def probability(model, row: list[float], terms: frozenset[str] = frozenset()) -> float:
    """LineModel's probability of one row, term by term as its docstring defines it, and the
    weight of each of the line's terms (lines.line_terms) in its vocabulary, once."""
    weights = dict(model.terms)
    z = model.intercept + sum(weights.get(t, 0.0) for t in terms)
    for x, m, s, c, edges, steps in zip(row, model.mean, model.scale, model.coef, model.edges,
                                        model.steps):
        z += c * (x - m) / s + steps[bisect.bisect_right(edges, x)]
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
