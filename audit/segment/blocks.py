"""Our own main-content verdict on HTML blocks, from their text, markup and place in the tree.

A block is read more cheaply than the line model reads a pasted line (lines.py): the markup
tells much of what a line's shape must tell in pasted text. Its zone and tag, how much of it
is link text, and where it hangs in the tree of block elements (``Document.containers``). The
tree features follow readability: each block of prose scores its parent element and, by half,
its grandparent; the element with the best score, discounted by its link text, is the likely
article container. Also the deepest element holding most of the page's prose.

The weights (``block_model.json``) are an additive logistic model like the line model's,
trained by ``bench/train_block_model.py`` on the labelled pages (their snippets) and, with a
fifth of the weight, on trafilatura's verdict on blocks no snippet labels. ``first_opinion``
asks trafilatura too (``Document.second_opinion``) where the model is unsure of much of a page.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from importlib import resources

from audit import rx
from audit.lexicon import fold, get_lexicon
from audit.model import Document
from audit.segment.cues import clean
from audit.segment.lines import LineModel
from audit.segment.quality import stoplist_for
from audit.settings import EXTRACTORS

_OWN = ("log_chars", "log_words", "stopword_density", "ends_sentence", "ends_clause",
        "starts_upper", "digit_ratio", "has_symbol", "commas_per_word", "boilerplate_cue",
        "repeated", "sentence_line")
_NEIGHBOUR = ("log_chars", "ends_sentence", "sentence_line")
TEXT = _OWN + tuple(f"{name}[{d:+d}]" for d in (-2, -1, 1, 2) for name in _NEIGHBOUR) + \
    tuple(f"sentences_within_{w}" for w in (3, 10, 30)) + ("position", "prose_before")
ZONES = ("main", "nav", "footer", "sidebar", "related", "share", "newsletter", "comments",
         "sources", "disclosure", "form")
_TAG_GROUPS = {"p": "p", "h1": "h1", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
               "li": "li", "dd": "li", "dt": "li", "td": "cell", "th": "cell", "tr": "cell",
               "blockquote": "quote", "figcaption": "caption", "caption": "caption",
               "figure": "caption", "pre": "pre", "div": "div", "section": "div",
               "article": "div", "main": "div", "body": "div"}
TAG_GROUPS = ("p", "h1", "h", "li", "cell", "quote", "caption", "pre", "div")
TREE = ("link_share", "link_share[-1]", "link_share[+1]", "in_top", "top_prose_share",
        "top_link_share", "in_prose_core", "parent_prose_share", "parent_link_share",
        "has_role", "under_main_zone", "under_article_tag", "log_depth", "before_h1",
        "log_from_h1")
BLOCK_FEATURES = TEXT + tuple(f"zone={z}" for z in ZONES) + \
    tuple(f"tag={t}" for t in TAG_GROUPS) + TREE

_SYMBOL = rx.compile(r"[|»«·©@/]|https?:|www\.")
_SENTENCE_END = frozenset(".!?…")
_CLAUSE_END = frozenset(":;,")
_SAMPLE = 20_000  # characters of a block its words are read from (as lines.py)
_PROSE_MIN = 25  # characters: shorter blocks score no container (readability's rule)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CORE = 0.6  # share of the page's prose the "prose core" element holds


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


def block_features(doc: Document, folded: str) -> list[list[float]]:
    """One row of BLOCK_FEATURES per block of an HTML document."""
    blocks = doc.blocks
    parents = [c[0] for c in doc.containers]
    n = len(parents)
    # flags inherited down the tree: parents come before their children
    main_zone, article_tag, depth = [False] * n, [False] * n, [0] * n
    for c, (parent, tag, zone) in enumerate(doc.containers):
        up = parent >= 0
        main_zone[c] = zone == "main" or up and main_zone[parent]
        article_tag[c] = tag in ("article", "main") or up and article_tag[parent]
        depth[c] = depth[parent] + 1 if up else 0
    size = [0] * n  # characters of the blocks under each element
    linked = [0] * n
    prose = [0.0] * n
    score = [0.0] * n
    own_prose = []
    for b in blocks:
        length = b.end - b.start
        is_prose = length >= _PROSE_MIN and b.linked < 0.5 * length and b.tag not in _HEADINGS
        own_prose.append(length if is_prose else 0)
        c = b.container
        if c < 0:
            continue
        size[c] += length
        linked[c] += b.linked
        prose[c] += length if is_prose else 0
        if is_prose:
            s = 1 + b.text.count(",") + min(length / 100, 3)
            parent = parents[c]
            if parent >= 0:
                score[parent] += s
                if parents[parent] >= 0:
                    score[parents[parent]] += s / 2
    last = list(range(n))  # ids are in document order: a subtree is the ids from c to last[c]
    for c in range(n - 1, 0, -1):  # children after parents: sums flow up in one pass
        p = parents[c]
        if p >= 0:
            size[p] += size[c]
            linked[p] += linked[c]
            prose[p] += prose[c]
            last[p] = max(last[p], last[c])
    total_prose = sum(own_prose) or 1
    weighed = [s * (1 - k / (z or 1)) for s, k, z in zip(score, linked, size)]
    best = max(weighed, default=0.0)
    top = weighed.index(best) if best > 0 else -1  # no prose: no container stands out
    core = max((c for c in range(n) if prose[c] >= _CORE * total_prose), default=-1)

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


# Chosen out-of-fold on the labelled pages (bench/train_block_model.py --sweep): a block is
# sure when its probability is outside (BAND, 1 - BAND); a page whose unsure blocks hold more
# than UNSURE_SHARE of its text gets trafilatura's verdict on those blocks.
BAND = 0.2
UNSURE_SHARE = 0.10
TRAINING_SCRIPT = "bench/train_block_model.py"


@functools.cache
def default_block_model() -> LineModel:
    """The shipped weights, read once."""
    raw = resources.files("audit.segment").joinpath("block_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(raw), BLOCK_FEATURES, TRAINING_SCRIPT)


def block_probabilities(doc: Document, model: LineModel | None = None,
                        folded: str | None = None) -> list[float]:
    """For each block of an HTML document, the probability that it is the article."""
    if not doc.blocks:
        return []
    rows = block_features(doc, fold(doc.text) if folded is None else folded)
    return (model or default_block_model()).probabilities_of_rows(rows)


def _share(doc: Document, sure: list[bool]) -> float:
    """The share of the text in blocks the model is not sure of."""
    sizes = [b.end - b.start for b in doc.blocks]
    return sum(n for n, s in zip(sizes, sure) if not s) / (sum(sizes) or 1)


def first_opinion(doc: Document, extractor: str = "auto", model: LineModel | None = None,
                  folded: str | None = None) -> list[str] | None:
    """For each block of an HTML document, "main" or ""; None when no extractor could judge
    the page. "auto": our block model, and trafilatura's verdict (``doc.second_opinion``) on
    the blocks it is unsure of when those hold more than UNSURE_SHARE of the text; "own": our
    model alone; "trafilatura": its verdict alone. ``model``: None for the shipped one."""
    if extractor not in EXTRACTORS:
        raise ValueError(f"unknown extractor {extractor!r}: one of {', '.join(EXTRACTORS)}")
    theirs = doc.second_opinion or (lambda: None)
    if extractor == "trafilatura":
        return theirs()
    odds = block_probabilities(doc, model, folded)
    # Markup that names comments holds reader threads but also forum posts and live
    # commentaries: our model does not judge it (the segmenter reads it as a thread), and when
    # it holds much of the page, trafilatura's finer rules decide.
    sure = [not (BAND < p < 1 - BAND or b.zone == "comments") for b, p in zip(doc.blocks, odds)]
    ours = ["main" if p >= 0.5 and b.zone != "comments" else ""
            for b, p in zip(doc.blocks, odds)]
    if extractor == "own" or _share(doc, sure) <= UNSURE_SHARE:
        return ours
    second = theirs()
    if second is None:
        return ours
    return [o if s else t for o, t, s in zip(ours, second, sure)]
