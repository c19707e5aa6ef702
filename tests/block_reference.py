"""The block model's features read one block at a time, as audit/segment/blocks.py computed
them before it assembled them as numpy columns (commit 2e6e4eb): the oracle the column version
is tested against. Plain on purpose."""

from __future__ import annotations

import math
from collections import Counter

from audit.lexicon import get_lexicon
from audit.model import Document
from audit.segment.blocks import (_CLAUSE_END, _NEIGHBOUR, _OWN, _SAMPLE, _SENTENCE_END,
                                  _SYMBOL, _TAG_GROUPS, TAG_GROUPS, ZONES, tree_of)
from audit.segment.cues import clean
from audit.segment.quality import stoplist_for


def _text_rows(texts: list[str], link_shares: list[float]) -> list[list[float]]:
    # A 10 MB block split whole would be 2.5 million strings: read a sample, scale the count.
    words = [t.split() if len(t) <= _SAMPLE else t[:_SAMPLE].split() for t in texts]
    opening = [w.lower() for ws in words for w in ws[:200]][:2000]
    stop = stoplist_for(opening)
    boilerplate = get_lexicon().boilerplate
    seen = Counter(texts)
    own = []
    for text, ws, linked in zip(texts, words, link_shares):
        n_words = (len(ws) if len(text) <= _SAMPLE else len(ws) * len(text) // _SAMPLE) or 1
        last = text[-1:]  # blocks are stripped
        ends = last in _SENTENCE_END
        own.append([
            math.log1p(len(text)), math.log1p(n_words),
            sum(w.lower() in stop for w in ws[:200]) / min(n_words, 200),
            1.0 if ends else 0.0, 1.0 if last in _CLAUSE_END else 0.0,
            1.0 if text[:1].isupper() else 0.0,
            sum(map(str.isdigit, text[:2000])) / (min(len(text), 2000) or 1),
            1.0 if _SYMBOL.search(text, 0, 2000) else 0.0,
            text.count(",", 0, _SAMPLE) / min(n_words, len(ws) or 1),
            1.0 if boilerplate.matches(text) else 0.0,
            1.0 if seen[text] > 1 else 0.0,
            1.0 if ends and n_words >= 10 and linked < 0.5 else 0.0,
        ])
    n = len(texts)
    picks = [_OWN.index(name) for name in _NEIGHBOUR]
    line = _OWN.index("sentence_line")  # a sentence of ten words or more, mostly not a link
    cum_lines, cum_prose = [0.0], [0.0]
    for text, row in zip(texts, own):
        cum_lines.append(cum_lines[-1] + row[line])
        cum_prose.append(cum_prose[-1] + row[line] * len(text))
    prose = cum_prose[-1] or 1.0
    absent = [0.0] * len(picks)
    rows = []
    for i, row in enumerate(own):
        row = list(row)
        for d in (-2, -1, 1, 2):
            row.extend([own[i + d][k] for k in picks] if 0 <= i + d < n else absent)
        for w in (3, 10, 30):
            lo, hi = max(0, i - w), min(n, i + w + 1)
            row.append((cum_lines[hi] - cum_lines[lo]) / (hi - lo))
        row.extend((i / n, cum_prose[i] / prose))
        rows.append(row)
    return rows


def rows(doc: Document, folded: str) -> list[list[float]]:
    """One row of BLOCK_FEATURES per block of an HTML document."""
    blocks = doc.blocks
    # The tree's sums were not rewritten as columns: read from the shipped code.
    t = tree_of(doc)
    parents, size, linked, prose, last = t.parents, t.size, t.linked, t.prose, t.last
    main_zone, article_tag, depth = t.main_zone, t.article_tag, t.depth
    total_prose, top, core = t.total_prose, t.top, t.core

    def share(num: list, den: list, c: int) -> float:
        return num[c] / (den[c] or 1) if c >= 0 else 0.0

    top_prose = prose[top] / total_prose if top >= 0 else 0.0
    top_links = share(linked, size, top)
    link_shares = [b.linked / ((b.end - b.start) or 1) for b in blocks]
    texts = [clean(b, folded) for b in blocks]
    h1 = next((i for i, b in enumerate(blocks) if b.tag == "h1"), -1)
    rows = []
    for i, (b, row) in enumerate(zip(blocks, _text_rows(texts, link_shares))):
        c = b.container
        parent = parents[c] if c >= 0 else -1
        row.extend(1.0 if b.zone == z else 0.0 for z in ZONES)
        group = _TAG_GROUPS.get(b.tag, "div")
        row.extend(1.0 if group == t else 0.0 for t in TAG_GROUPS)
        row.extend((
            link_shares[i],
            link_shares[i - 1] if i else 0.0,
            link_shares[i + 1] if i + 1 < len(blocks) else 0.0,
            1.0 if top >= 0 and top <= c <= last[top] else 0.0,
            top_prose, top_links,
            1.0 if core >= 0 and core <= c <= last[core] else 0.0,
            prose[parent] / total_prose if parent >= 0 else 0.0,
            share(linked, size, parent),
            1.0 if b.role else 0.0,
            1.0 if c >= 0 and main_zone[c] else 0.0,
            1.0 if c >= 0 and article_tag[c] else 0.0,
            math.log1p(depth[c]) if c >= 0 else 0.0,
            1.0 if h1 >= 0 and i < h1 else 0.0,
            math.log1p(abs(i - h1)) * (1 if i >= h1 else -1) if h1 >= 0 else 0.0,
        ))
        rows.append(row)
    return rows


