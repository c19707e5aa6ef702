"""jusText's verdict on the lines of a plain-text page, without the markup: features of the
line model (lines.py), which weighs them with the rest.

Each line is classed by its length and its density of stopwords (jusText's lists for the
page's language): good, near-good, short or bad. Short and near-good lines then take the class
of their neighbours, so a short line between two paragraphs stays, and a run of menu items
does not. On its own this scores F1 0.834 on the flattened labelled pages; the line model
0.87 (README, Segmentation).
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
from pathlib import Path
from typing import Any

from audit import rx
from audit.segment.cues import word_count

_LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
              "it": "Italian", "pt": "Portuguese", "pl": "Polish", "nl": "Dutch"}
LENGTH_LOW, LENGTH_HIGH = 70, 200  # characters, as jusText
STOPWORDS_LOW, STOPWORDS_HIGH = 0.30, 0.32
_SENTENCE = rx.compile(r"[.!?…:;»”\"')]\s*$")

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"


@functools.cache
def _stoplists() -> dict[str, frozenset[str]]:
    """jusText's stopword lists (it ships them for 100 languages; installed with trafilatura),
    read from its folder as its get_stoplist reads them, without importing it: its import
    pulls lxml and urllib, 45 ms of a cold `audit check` of pasted text."""
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("justext is not installed (pip install justext)")
    folder = Path(spec.submodule_search_locations[0]) / "stoplists"
    return {code: frozenset(w.decode("utf8").lower()
                            for w in (folder / f"{name}.txt").read_bytes().splitlines())
            for code, name in _LANGUAGES.items()}


def stoplist_for(words: list[str]) -> frozenset[str]:
    """The stoplist that covers most of the page's words (the first list on a tie): pasted
    text names no language."""
    return stoplist_of(stop_bits(words[:2000]))[1]


def stop_bits(words: list[str]) -> Any:
    """For each word, a bit for each stoplist that holds it (bit k: the k-th list of
    _stoplists()), as a numpy array: each word looked up once, not once a list."""
    import numpy as np

    bits = _stop_bits()
    return np.fromiter(map(bits.get, words, itertools.repeat(0)), dtype=np.uint16, count=len(words))


def stoplist_of(bits: Any) -> tuple[int, frozenset[str]]:
    """The stoplist (its bit and its words) that holds most of the words whose stop_bits
    these are (the first list on a tie)."""
    import numpy as np

    covered = [np.count_nonzero(bits & (1 << k)) for k in range(len(_stoplists()))]
    k = covered.index(max(covered))
    return k, list(_stoplists().values())[k]


@functools.cache
def _stop_bits() -> dict[str, int]:
    """Stopword -> its stop_bits."""
    assert len(_stoplists()) <= 16, "stop_bits holds a list a bit in 16"
    bits: dict[str, int] = {}
    for k, stop in enumerate(_stoplists().values()):
        for word in stop:
            bits[word] = bits.get(word, 0) | 1 << k
    return bits


def initial_classes(lengths: Any, density: Any) -> list[str]:
    """jusText's first class of every line, from its length in characters and the stopword
    density of its lowercased words (numpy arrays)."""
    import numpy as np

    codes = np.where(lengths < LENGTH_LOW, 0,
                     np.where(density >= STOPWORDS_HIGH, np.where(lengths >= LENGTH_HIGH, 3, 2),
                              np.where(density >= STOPWORDS_LOW, 2, 1)))
    return [_BY_CODE[c] for c in codes.tolist()]


_BY_CODE = (SHORT, BAD, NEAR, GOOD)


def revise(texts: list[str], first: list[str]) -> list[str]:
    """jusText's context revision of the first classes: good or bad for each line."""
    if GOOD not in first:  # a short article: its best lines are the prose
        first = [GOOD if cls == NEAR else cls for cls in first]
    # Without links to count, short lines cannot be told from menus: they are boilerplate.
    revised = [BAD if cls == SHORT else cls for cls in first]
    # A near-good line stays when prose is next to it: the line before it as revised, or the
    # next line that is neither short nor near-good (short lines in between break that).
    # The lines are read in order and the next such line found by a pointer that only moves
    # on: looked for from each near-good line, a run of them was quadratic (8,000 lines, 5 s).
    n, after = len(first), 0
    for i in [i for i, cls in enumerate(first) if cls == NEAR]:
        after = max(after, i + 1)
        while after < n and first[after] in (SHORT, NEAR):
            after += 1
        nxt = first[after] if after < n else BAD  # the page's edges count as boilerplate
        prev = revised[i - 1] if i else BAD
        revised[i] = BAD if prev == nxt == BAD else GOOD
    # ... except a lone short line between two prose lines (a subheading, a short sentence)
    for i in [i for i, cls in enumerate(first) if cls == SHORT]:
        if 0 < i < n - 1 and revised[i - 1] == revised[i + 1] == GOOD \
                and first[i - 1] != SHORT and first[i + 1] != SHORT:
            revised[i] = GOOD
    return _main_cluster(texts, revised)


MAX_GAP_LINES = 40  # bad lines between two prose lines before they count as separate regions


def _main_cluster(texts: list[str], classes: list[str]) -> list[str]:
    """Inside the page's main region (the run of good lines, with gaps of fewer than
    MAX_GAP_LINES other lines, that holds the most prose), a line that reads as a sentence of
    INSIDE_MIN_WORDS words or more is prose too. (Dropping the good lines outside that region
    was measured: it costs more recall than it gains precision.)"""
    good = [i for i, cls in enumerate(classes) if cls == GOOD]
    if not good:
        return classes
    clusters, current = [], [good[0]]
    for i in good[1:]:
        if i - current[-1] > MAX_GAP_LINES:
            clusters.append(current)
            current = []
        current.append(i)
    clusters.append(current)
    best = max(clusters, key=lambda c: sum(len(texts[i]) for i in c))
    first, last = best[0], best[-1]
    out = []
    for i, cls in enumerate(classes):
        if not first <= i <= last:
            out.append(cls)
        elif cls != GOOD and _SENTENCE.search(texts[i]) and word_count(texts[i]) >= INSIDE_MIN_WORDS:
            out.append(GOOD)
        else:
            out.append(cls)
    return out


INSIDE_MIN_WORDS = 6
