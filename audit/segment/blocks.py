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
import itertools
import json
import math
import operator
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any

from audit import rx
from audit.lexicon import fold, get_lexicon, lowered
from audit.load.extractor import ASKED_AT_MOST
from audit.model import Document
from audit.segment.cues import BlockReading, clean
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


def _own_text(texts: list[str], link_shares: list[float], cue: bytes | None = None) -> Any:
    """The _OWN features of every block, a row each (``cue``: the boilerplate cue's verdict on
    each text, when the caller has it). Made a column at a time, each by C loops over the
    texts (a block's row made in Python was 0.5 ms of an HTML page): counts are integers, the
    shares their quotients, as the row's Python arithmetic made them (tests/block_reference.py)."""
    import numpy as np

    n = len(texts)
    # A 10 MB block split whole would be 2.5 million strings: read a sample, scale the count.
    # Its words lowercased with it, at once: lower() reads the same letters as word by word
    # (white space ends a word for a final sigma, and no letter lowers to white space), and
    # lowering each word, all the page's for its first 2,000, cost 0.5 ms a page.
    words = [(t if len(t) <= _SAMPLE else t[:_SAMPLE]).lower().split() for t in texts]
    opening = list(itertools.islice((w for ws in words for w in ws[:200]), 2000))
    is_stop = stoplist_for(opening).__contains__
    if cue is None:
        cue = get_lexicon().boilerplate.hits(texts, list(map(lowered, texts)))
    seen = Counter(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    listed = np.fromiter(map(len, words), dtype=np.int64, count=n)
    counted = listed.copy()  # the words of a sampled block scaled to its length
    for i in np.flatnonzero(lengths > _SAMPLE).tolist():
        counted[i] = listed[i] * lengths[i] // _SAMPLE
    n_words = np.maximum(counted, 1)
    # The stopwords among each block's first 200 words: a running count over them all.
    firsts = np.minimum(listed, 200)
    stops = np.fromiter(map(is_stop, itertools.chain.from_iterable(ws[:200] for ws in words)),
                        dtype=np.int64, count=int(firsts.sum()))
    running = np.concatenate(([0], np.cumsum(stops)))
    bounds = np.concatenate(([0], np.cumsum(firsts)))
    lasts = list(map(operator.itemgetter(slice(-1, None)), texts))  # blocks are stripped
    ends = np.fromiter(map(_SENTENCE_END.__contains__, lasts), dtype=bool, count=n)
    head = itertools.repeat(0)
    own = np.empty((n, len(_OWN)))
    for name, column in (
            ("log_chars", np.fromiter(map(math.log1p, lengths.tolist()), dtype=float, count=n)),
            ("log_words", np.fromiter(map(math.log1p, n_words.tolist()), dtype=float, count=n)),
            ("stopword_density", (running[bounds[1:]] - running[bounds[:-1]]) / np.minimum(n_words, 200)),
            ("ends_sentence", ends),
            ("ends_clause", np.fromiter(map(_CLAUSE_END.__contains__, lasts), dtype=bool, count=n)),
            ("starts_upper", np.fromiter(map(str.isupper, map(operator.itemgetter(slice(1)), texts)),
                                         dtype=bool, count=n)),
            ("digit_ratio", np.fromiter(map(len, map(_DIGITS.findall, texts, head, itertools.repeat(2000))),
                                        dtype=np.int64, count=n) / np.maximum(np.minimum(lengths, 2000), 1)),
            ("has_symbol", np.fromiter(map(bool, map(_SYMBOL.search, texts, head, itertools.repeat(2000))),
                                       dtype=bool, count=n)),
            ("commas_per_word", np.fromiter(map(str.count, texts, itertools.repeat(","), head,
                                                itertools.repeat(_SAMPLE)), dtype=np.int64, count=n)
             / np.minimum(n_words, np.maximum(listed, 1))),
            ("boilerplate_cue", np.fromiter(cue, dtype=float, count=n)),
            ("repeated", np.fromiter((seen[t] > 1 for t in texts), dtype=bool, count=n)),
            ("sentence_line", ends & (n_words >= 10)
             & (np.fromiter(link_shares, dtype=float, count=n) < 0.5))):
        own[:, _OWN.index(name)] = column
    return own


def _text_columns(texts: list[str], link_shares: list[float], out: Any,
                  cue: bytes | None = None) -> None:
    """The TEXT features of every block, into the first columns of ``out`` (n rows)."""
    import numpy as np

    n, k = len(texts), len(_OWN)
    own = _own_text(texts, link_shares, cue)
    out[:, :k] = own
    picked = own[:, [_OWN.index(name) for name in _NEIGHBOUR]]
    col = k
    for d in (-2, -1, 1, 2):  # a neighbour's columns; zero past either end
        lo, hi = max(0, -d), min(n, n - d)
        if hi > lo:
            out[lo:hi, col:col + len(_NEIGHBOUR)] = picked[lo + d:hi + d]
        col += len(_NEIGHBOUR)
    line = own[:, _OWN.index("sentence_line")]  # ten words or more, ending one, mostly no link
    cum_lines = np.concatenate(([0.0], np.cumsum(line)))
    cum_prose = np.concatenate(([0.0], np.cumsum(line * np.fromiter(map(len, texts), float, n))))
    at = np.arange(n)
    for w in (3, 10, 30):
        lo, hi = np.maximum(0, at - w), np.minimum(n, at + w + 1)
        out[:, col] = (cum_lines[hi] - cum_lines[lo]) / (hi - lo)
        col += 1
    out[:, col] = at / n
    out[:, col + 1] = cum_prose[:-1] / (cum_prose[-1] or 1.0)


@dataclass(frozen=True)
class _Tree:
    """What the tree of block elements says of the page, per element: its parent, what it
    inherits (a main zone, an <article> or <main> above it), its depth, the characters, link
    text and prose of the blocks under it and the last element of its subtree; and which
    element is readability's best container (``top``) and the deepest holding most of the
    prose (``core``), -1 for none."""

    parents: list[int]
    main_zone: list[bool]
    article_tag: list[bool]
    depth: list[int]
    size: list[int]
    linked: list[int]
    prose: list[float]
    last: list[int]
    total_prose: int
    top: int
    core: int


def tree_of(doc: Document) -> _Tree:
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
    return _Tree(parents, main_zone, article_tag, depth, size, linked, prose, last,
                 total_prose, top, core)


def block_features(doc: Document, folded: str, read: BlockReading | None = None) -> Any:
    """The BLOCK_FEATURES of every block of an HTML document: a numpy array, a row a block
    (``read``: its blocks' reading, when the caller made it for the classifier too)."""
    import numpy as np

    blocks = doc.blocks
    t = tree_of(doc)
    parents, last, top, core, total_prose = t.parents, t.last, t.top, t.core, t.total_prose
    prose, linked, size = t.prose, t.linked, t.size
    m = len(blocks)
    out = np.zeros((m, len(BLOCK_FEATURES)))
    link_shares = [b.linked / ((b.end - b.start) or 1) for b in blocks]
    if read is None:
        _text_columns([clean(b, folded) for b in blocks], link_shares, out)
    else:
        _text_columns(read.texts, link_shares, out, read.boilerplate)
    col = len(TEXT)
    rows = np.arange(m)
    zone_at = [_ZONE_AT.get(b.zone, -1) for b in blocks]
    tag_at = [_TAG_AT[_TAG_GROUPS.get(b.tag, "div")] for b in blocks]
    for at, width in ((zone_at, len(ZONES)), (tag_at, len(TAG_GROUPS))):
        hot = np.array(at, dtype=np.int64)
        out[rows[hot >= 0], col + hot[hot >= 0]] = 1.0
        col += width
    # Each block's element (-1: none) and that element's parent; the -1 rows are masked below.
    inside = np.array([b.container for b in blocks], dtype=np.int64)
    has = inside >= 0
    up = np.where(has, np.array(parents + [-1], dtype=np.int64)[inside], -1)
    has_up = up >= 0

    def of(values: list, where: Any, at: Any) -> Any:
        return np.where(where, np.array(values + [0], dtype=float)[at], 0.0)

    shares = np.array(link_shares)
    tree = {name: out[:, col + k] for k, name in enumerate(TREE)}  # views: written in place
    tree["link_share"][:] = shares
    tree["link_share[-1]"][1:] = shares[:-1]
    tree["link_share[+1]"][:-1] = shares[1:]
    if top >= 0:
        tree["in_top"][:] = (inside >= top) & (inside <= last[top])
        tree["top_prose_share"][:] = prose[top] / total_prose
        tree["top_link_share"][:] = linked[top] / (size[top] or 1)
    if core >= 0:
        tree["in_prose_core"][:] = (inside >= core) & (inside <= last[core])
    tree["parent_prose_share"][:] = of([p / total_prose for p in prose], has_up, up)
    tree["parent_link_share"][:] = of([k / (z or 1) for k, z in zip(linked, size)], has_up, up)
    tree["has_role"][:] = [1.0 if b.role else 0.0 for b in blocks]
    tree["under_main_zone"][:] = of(t.main_zone, has, inside)
    tree["under_article_tag"][:] = of(t.article_tag, has, inside)
    tree["log_depth"][:] = of([math.log1p(d) for d in t.depth], has, inside)
    h1 = next((i for i, b in enumerate(blocks) if b.tag == "h1"), -1)
    if h1 >= 0:
        tree["before_h1"][:h1] = 1.0
        tree["log_from_h1"][:] = [math.log1p(abs(i - h1)) * (1 if i >= h1 else -1)
                                  for i in range(m)]
    return out


_ZONE_AT = {z: k for k, z in enumerate(ZONES)}
_TAG_AT = {t: k for k, t in enumerate(TAG_GROUPS)}
# The characters str.isdigit() counts: \d (decimal digits) and the digits that are not decimal
# (superscripts, circled numbers…); a test compares with isdigit on every code point.
_DIGITS = rx.compile(r"[\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
                     r"\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff"
                     r"\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
                     r"\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]")


# Chosen out-of-fold on the labelled pages (bench/train_block_model.py --sweep): a block is
# sure when its probability is outside (BAND, 1 - BAND); a page whose unsure blocks hold more
# than UNSURE_SHARE of its text gets trafilatura's verdict on those blocks. 0.3 rather than 0.2:
# the same F1 (0.945, French 0.967) with 31 % of the pages asked instead of 47 % (README,
# Segmentation, thirty-second session).
BAND = 0.3
UNSURE_SHARE = 0.10
# trafilatura is not asked about a page of more blocks, or more block elements, than this
# ("auto"): it copies the tree four times, about 2.2 KB a block element (24 MB on the eval
# set's largest page, 9,026 block elements), which sets a batch worker's peak memory; and it
# spends about 30-100 µs an element (3 s per MB of <div>s nested 10 to 50 deep). Two eval
# pages have more (6,405 and 9,026), the next 2,742; the model alone scores both as
# trafilatura's verdict did (README, Benchmark, "Nineteenth session").
SECOND_OPINION_BLOCKS = ASKED_AT_MOST
# Block elements holding only blocks the model gives less than this are removed from the tree
# before trafilatura reads it: its time goes with the tree's size. At 0.05 it reads a third
# fewer elements in a third less time, and its verdicts on the unsure blocks give the same F1
# out of fold (bench/trafilatura_pruning.py); at 0.1 F1 drops 0.001.
DROP_BELOW = 0.05
TRAINING_SCRIPT = "bench/train_block_model.py"


@functools.cache
def default_block_model() -> LineModel:
    """The shipped weights, read once."""
    raw = resources.files("audit.segment").joinpath("block_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(raw), BLOCK_FEATURES, TRAINING_SCRIPT)


def block_probabilities(doc: Document, model: LineModel | None = None,
                        folded: str | None = None, read: BlockReading | None = None) -> list[float]:
    """For each block of an HTML document, the probability that it is the article."""
    if not doc.blocks:
        return []
    rows = block_features(doc, fold(doc.text) if folded is None else folded, read)
    return (model or default_block_model()).probabilities_of_rows(rows)


def _share(doc: Document, sure: list[bool]) -> float:
    """The share of the text in blocks the model is not sure of."""
    sizes = [b.end - b.start for b in doc.blocks]
    return sum(n for n, s in zip(sizes, sure) if not s) / (sum(sizes) or 1)


def _sure_outside(doc: Document, odds: Any) -> list[int]:
    """The outermost block elements (indices in Document.containers) all of whose blocks the
    model gives less than DROP_BELOW, none in comment markup: trafilatura need not read them."""
    n = len(doc.containers)
    state = bytearray(n)  # 0: no block inside, 1: only blocks sure to be no article, 2: others
    for b, p in zip(doc.blocks, odds):
        c = b.container
        if c >= 0:
            state[c] = 2 if p >= DROP_BELOW or b.zone == "comments" or state[c] == 2 else 1
    parents = [p for p, _, _ in doc.containers]
    for c in range(n - 1, 0, -1):  # a block element comes after its parent
        p = parents[c]
        if p >= 0 and state[c]:
            state[p] = 2 if state[c] == 2 or state[p] == 2 else 1
    return [c for c in range(n) if state[c] == 1 and (parents[c] < 0 or state[parents[c]] != 1)]


def first_opinion(doc: Document, extractor: str = "auto", model: LineModel | None = None,
                  folded: str | None = None, read: BlockReading | None = None) -> list[str] | None:
    """For each block of an HTML document, "main" or ""; None when no extractor could judge
    the page. "auto": our block model, and trafilatura's verdict (``doc.second_opinion``) on
    the blocks it is unsure of when those hold more than UNSURE_SHARE of the text; "own": our
    model alone; "trafilatura": its verdict alone. ``model``: None for the shipped one;
    ``read``: the blocks' reading (``folded``'s), when the caller made it."""
    if extractor not in EXTRACTORS:
        raise ValueError(f"unknown extractor {extractor!r}: one of {', '.join(EXTRACTORS)}")
    theirs = doc.second_opinion or (lambda drop=(): None)
    if extractor == "trafilatura":
        return theirs()
    odds = block_probabilities(doc, model, folded, read)
    # Markup that names comments holds reader threads but also forum posts and live
    # commentaries: our model does not judge it (the segmenter reads it as a thread), and when
    # it holds much of the page, trafilatura's finer rules decide.
    sure = [not (BAND < p < 1 - BAND or b.zone == "comments") for b, p in zip(doc.blocks, odds)]
    ours = ["main" if p >= 0.5 and b.zone != "comments" else ""
            for b, p in zip(doc.blocks, odds)]
    too_big = max(len(doc.blocks), len(doc.containers)) > SECOND_OPINION_BLOCKS
    if extractor == "own" or too_big or _share(doc, sure) <= UNSURE_SHARE:
        return ours
    second = theirs(_sure_outside(doc, odds))
    if second is None:
        return ours
    # Its verdict matches text, not places: a comment that quotes a body paragraph word for
    # word reads as kept; the paragraph outside the thread is the one it kept.
    outside = {" ".join(b.text.split()) for b in doc.blocks if b.zone != "comments"} \
        if any(b.zone == "comments" for b in doc.blocks) else ()
    # Its verdict read on the unsure blocks only (each is made when read: extractor.py).
    for i in itertools.compress(range(len(sure)), map(operator.not_, sure)):
        t, b = second[i], doc.blocks[i]
        ours[i] = "" if t and b.zone == "comments" and " ".join(b.text.split()) in outside else t
    return ours
