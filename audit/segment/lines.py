"""Which lines of a plain-text page are the article: a logistic model over line features.

Text pasted from a page has no markup left, so a line is judged by its shape (length, jusText's
stopword density, final punctuation, digits, capitals, symbols), by jusText's verdict on it,
by the same for its neighbours, and by how much prose lies around it. A logistic regression
weighs these; its weights are data (``line_model.json``), trained by ``audit.segment.training``
on the labelled pages, with the cross-validated scores they reach recorded next to them.
Features and scores are computed a column at a time with numpy (a page's characters classed
once, per-line counts by reduceat): per line in Python they cost 30 µs a line, the largest
share of a pasted page's audit.
"""

from __future__ import annotations

import functools
import json
import math
from array import array
from itertools import repeat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any, NamedTuple

from audit import memo, rx
from audit.lexicon import get_lexicon, lowered
from audit.segment.cues import word_count
from audit.segment.quality import (
    BAD,
    GOOD,
    NEAR,
    SHORT,
    initial_classes,
    revise,
    stop_bits,
    stoplist_for,
    stoplist_of,
)

_WORD = rx.compile(r"[^\W\d_]+")
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
    """The class bits of every character of ``text``, as an array of bytes (read a piece at
    a time: four bytes a character only for the piece)."""
    import numpy as np

    table = _class_table()
    out = np.empty(len(text), dtype=np.uint8)
    above: dict[int, int] = {}  # code point -> classes, for those above the table
    for at in range(0, len(text), _PIECE):
        points = np.frombuffer(text[at:at + _PIECE].encode("utf-32-le", "surrogatepass"),
                               dtype=np.uint32)
        classes = out[at:at + len(points)]
        np.take(table, np.minimum(points, _TABLE_SIZE - 1), out=classes)
        high = points >= _TABLE_SIZE
        if high.any():
            values, where = np.unique(points[high], return_inverse=True)
            codes = values.tolist()
            for v in codes:
                if v not in above:
                    above[v] = _class_of(chr(v))
            classes[high] = np.array([above[v] for v in codes], np.uint8)[where]
    return out


_PIECE = 1 << 18


class _Lines:
    """Texts joined, each followed by a line feed, and the class bits of every character:
    per-line counts of a class are one reduceat over the lines' starts, not a loop."""

    def __init__(self, joined: str, lengths: Any, starts: Any = None, classes: Any = None) -> None:
        import numpy as np

        self.n = len(lengths)
        self.lengths = lengths
        # Every line's segment holds at least its line feed, so none is empty for reduceat.
        self.starts = starts if starts is not None else \
            np.concatenate(([0], np.cumsum(lengths + 1)[:-1])) if self.n else lengths
        self.text = joined
        self.classes = _char_classes(joined) if classes is None else classes

    @classmethod
    def of(cls, texts: list[str]) -> _Lines:
        import numpy as np

        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        return cls("\n".join(texts) + "\n", lengths)

    def count(self, mask: Any) -> Any:
        """How many characters of each line the mask holds: reduceat over runs of lines of
        up to _PIECE characters (it widens its input to 8 bytes a character), a long line
        on its own."""
        import numpy as np

        if 1 < self.n and len(mask) <= _PIECE:  # one run, the loop's first: most pages
            return np.add.reduceat(mask, self.starts, dtype=np.int64).astype(float)
        out = np.zeros(self.n)
        bounds = np.append(self.starts, len(mask))
        i = 0
        while i < self.n:
            j = min(max(int(np.searchsorted(bounds, bounds[i] + _PIECE, side="right")) - 1,
                        i + 1), self.n)
            if j == i + 1:
                out[i] = np.count_nonzero(mask[bounds[i]:bounds[j]])
            else:
                out[i:j] = np.add.reduceat(mask[bounds[i]:bounds[j]], bounds[i:j] - bounds[i],
                                           dtype=np.int64)
            i = j
        return out

    def has(self, bit: int) -> Any:
        return (self.classes & bit) != 0

    def run_starts(self, bit: int) -> Any:
        """Where a run of characters of the class begins (a word, a token)."""
        inside = self.has(bit)
        inside[1:] &= ~inside[:-1]
        return inside

    def lowered(self) -> _Lines:
        """The same lines lowercased, whose classes are their letters (_WORDCHAR) only: what
        the word statistics read of them. Lowercasing never shortens a text, so the same
        length means character for character, and a character lowercased to one is a letter
        if and only if it was (tests/test_line_model.py, every code point): its letters are
        the page's, not read again (a table look-up of every character). A letter that
        lowercases to two ("İ") is rare, and then each line is lowered on its own."""
        lower = self.text.lower()
        if len(lower) == len(self.text):
            return _Lines(lower, self.lengths, self.starts, self.classes & _WORDCHAR)
        lines = _Lines.of([t.lower() for t in _split(self)])
        lines.classes &= _WORDCHAR
        return lines


def _stop_starts(lines: _Lines, word_starts: Any, stop: frozenset[str] | None,
                 kept: list[str] | None = None) -> Any:
    """True where a stopword of the page's language begins: the words are listed a piece of
    text at a time (and appended to ``kept``, when given). ``stop`` None: the lines are the
    whole page, in one piece, whose words also give the page's stoplist (_page_stoplist's,
    without reading them twice)."""
    import numpy as np

    out = np.zeros(len(lines.text), dtype=bool)
    text, at = lines.text, 0
    while at < len(text):
        end = text.find("\n", min(at + _PIECE, len(text) - 1)) + 1 or len(text)
        words = _words_of(lines, at, end)
        if kept is not None:
            kept += words
        if stop is None:  # each word looked up once, for the list and for its own verdict
            assert at == 0 and end == len(text), "the stoplist needs the whole page's words"
            bits = stop_bits(words)
            k, stop = stoplist_of(bits[:2000])
            is_stop = (bits & (1 << k)) != 0
        else:
            is_stop = np.fromiter(map(stop.__contains__, words), dtype=bool, count=len(words))
        out[np.flatnonzero(word_starts[at:end])[is_stop] + at] = True
        at = end
    return out


def _words_of(lines: _Lines, at: int, end: int) -> list[str]:
    """``_WORD.findall(lines.text, at, end)`` read from the class bits: every character but a
    word's made a space, the text split at white space (a third of findall's time)."""
    import numpy as np

    points = np.frombuffer(lines.text[at:end].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    spaced = np.where(lines.classes[at:end] & _WORDCHAR, points, np.uint32(ord(" ")))
    return spaced.tobytes().decode("utf-32-le", "surrogatepass").split()


def _page_stoplist(texts: list[str]) -> frozenset[str]:
    """The stoplist of the page's language, from its first 2,000 words (stoplist_for reads
    no more) as the word statistics read them: lowercased, in each line's first _SAMPLE
    characters."""
    words: list[str] = []
    for lo in range(0, len(texts), 512):  # lines joined and lowered by the hundred, in C
        words += _WORD.findall("\n".join(t[:_SAMPLE] for t in texts[lo:lo + 512]).lower())
        if len(words) >= 2000:
            break
    return stoplist_for(words)


def _split(lines: _Lines) -> list[str]:
    ends = (lines.starts + lines.lengths).tolist()
    return [lines.text[s:e] for s, e in zip(lines.starts.tolist(), ends)]


_CHUNK_LINES, _CHUNK_CHARS = 16_384, 1 << 20  # lines whose columns are made at once


def _own_columns(texts: list[str], terms: _Terms | None = None) -> tuple[dict[str, Any], list[str]]:
    """The OWN features of every line as columns, and jusText's first class of each line
    (with ``terms``: each line's "term_score" too, the weights of its terms).
    Yes-or-no columns are bools: a byte a line, not eight (166,000 short lines a megabyte).
    The columns are made a chunk of lines at a time into arrays made once: a chunk's
    characters, their classes and the counts made of them are freed before the next."""
    import numpy as np

    n = len(texts)
    # A page in one chunk and one piece of text (most: lowercasing at most doubles a text,
    # "İ") has its stoplist read with its stopwords.
    chars = sum(map(len, texts))
    one_piece = n <= _CHUNK_LINES and chars < _CHUNK_CHARS and chars + n <= _PIECE // 2
    stop = None if one_piece else _page_stoplist(texts)
    boilerplate = get_lexicon().boilerplate
    seen = Counter(texts)
    cue = dict(zip(seen, boilerplate.hits(list(seen), list(map(lowered, seen)))))  # C loops
    columns: dict[str, Any] = {name: np.zeros(n, dtype=bool if name in _YES_NO else float)
                               for name in OWN}
    columns.update(words=np.zeros(n, dtype=np.intc), digits=np.zeros(n, dtype=bool))
    heads: tuple[list[str], list[str]] | None = None
    if terms is not None:
        columns["term_score"] = np.zeros(n)
        heads = ([], [])  # each line's first token, and its first two
    first: list[str] = []
    lo = 0
    while lo < n:
        hi, chars = lo, 0
        while hi < n and hi - lo < _CHUNK_LINES and (chars < _CHUNK_CHARS or hi == lo):
            chars += len(texts[hi])
            hi += 1
        first += _chunk_columns(texts[lo:hi], stop, columns, lo, terms, heads)
        lo = hi
    if terms is not None and heads is not None:
        columns["term_score"] += terms.page(*heads)
    columns["justext_class"] = np.fromiter(map(_CLASS_VALUE.__getitem__, first), dtype=float,
                                           count=n)
    columns["boilerplate_cue"] = np.fromiter(map(cue.__getitem__, texts), dtype=bool, count=n)
    columns["repeated"] = np.fromiter((seen[t] > 1 for t in texts), dtype=bool, count=n)
    columns["justext_good"] = np.fromiter((c == GOOD for c in revise(texts, first)),
                                          dtype=bool, count=n)
    return columns, first


_YES_NO = frozenset({"ends_sentence", "ends_clause", "ends_quote", "starts_upper", "has_symbol",
                     "justext_good", "boilerplate_cue", "repeated"})


def _chunk_columns(texts: list[str], stop: frozenset[str] | None, columns: dict[str, Any],
                   at: int, terms: _Terms | None = None,
                   heads: tuple[list[str], list[str]] | None = None) -> list[str]:
    """Fill rows at..at+len(texts) of the columns a line's own characters make; return the
    lines' first jusText classes. With ``terms``: the lines' word scores, and their first
    tokens and bigrams appended to ``heads``, read from the lowered text the words are."""
    import numpy as np

    n = len(texts)
    full = _Lines.of(texts)
    # Word statistics come from a line's first _SAMPLE characters: a 10 MB line's words are
    # not all read.
    sample = full if all(len(t) <= _SAMPLE for t in texts) else \
        _Lines.of([t[:_SAMPLE] for t in texts])
    lower = sample.lowered()
    word_starts = lower.run_starts(_WORDCHAR)
    n_words = lower.count(word_starts)
    words: list[str] | None = [] if terms is not None else None
    stops = lower.count(_stop_starts(lower, word_starts, stop, words))
    if terms is not None and heads is not None and words is not None:
        score, firsts, bigrams = terms.chunk(lower, sample, word_starts, words, texts)
        columns["term_score"][at:at + n] = score
        heads[0].extend(firsts)
        heads[1].extend(bigrams)
    del word_starts, words
    word_chars = lower.count(lower.has(_WORDCHAR))
    del lower
    has_words = n_words > 0
    density = np.divide(stops, n_words, out=np.zeros(n), where=has_words)

    chars = full.lengths.astype(float)
    spaces = sample.has(_SPACE)
    tokens_at = ~spaces
    tokens_at[1:] &= spaces[:-1]
    del spaces
    tokens = sample.count(tokens_at)
    per_token = np.maximum(tokens, 1.0)
    capitalised = sample.count(tokens_at & sample.has(_UPPER)) / per_token
    del tokens_at
    letters = np.maximum(full.count(full.has(_ALPHA)), 1.0)
    nonempty = full.lengths > 0
    first_at = full.starts[nonempty]
    # Each line's last character but white space ("[.!?…]\s*$"), as code points.
    tails = [t.rstrip()[-1:] for t in texts]
    ended = np.fromiter(map(bool, tails), dtype=bool, count=n)
    lasts = np.frombuffer("".join(tails).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    del tails

    def last_in(chars_: str) -> Any:
        out = np.zeros(n, dtype=bool)
        # A comparison a character: np.isin sorts, ten times slower on a few characters.
        out[ended] = functools.reduce(np.logical_or, (lasts == ord(c) for c in chars_))
        return out

    starts_upper = np.zeros(n, dtype=bool)
    starts_upper[nonempty] = (full.classes[first_at] & _UPPER) != 0
    symbol = full.count(full.has(_SYMBOLCHAR))
    digits = full.count(full.has(_DIGIT))
    found = [m.start() for words in _SYMBOL_WORDS for m in words.finditer(full.text)]
    if found:
        symbol[np.searchsorted(full.starts, found, side="right") - 1] += 1
    rows = slice(at, at + n)
    for name, values in (
            ("log_chars", np.log1p(chars)),
            ("log_words", np.log1p(tokens)),
            ("stopword_density", density),
            ("ends_sentence", last_in(".!?…")),
            ("ends_clause", last_in(":;,")),
            ("ends_quote", last_in("»”\"')")),
            ("starts_upper", starts_upper),
            ("digit_ratio", digits / np.maximum(chars, 1.0)),
            ("upper_ratio", full.count(full.has(_UPPER)) / letters),
            ("has_symbol", symbol > 0),
            ("commas_per_word", sample.count(sample.has(_COMMA)) / per_token),
            ("mean_word_length", np.divide(word_chars, n_words, out=np.zeros(n), where=has_words)),
            ("capitalised_words", capitalised),
            ("words", _word_counts(texts, tokens, sample is full)),
            ("digits", digits > 0)):
        columns[name][rows] = values
    return initial_classes(full.lengths, density)


# An address's opening, found by two searches that re skips to by their first letters (one
# alternation was tried at every "h" and "w"); a line is marked once however many it holds.
def _word_counts(texts: list[str], tokens: Any, whole: bool) -> Any:
    """word_count of every line: its tokens, unless the word sample cut the line (``whole``:
    none was cut)."""
    if whole:
        return tokens
    counted = tokens.copy()
    for i, text in enumerate(texts):
        if len(text) > _SAMPLE:
            counted[i] = word_count(text)
    return counted


_SYMBOL_WORDS = (rx.compile(r"https?:"), rx.compile(r"www\."))

# The line's words (issue 11): its tokens, lowercased words, numbers (each read as "0") and
# every other symbol ("©", "|"), from its first _SAMPLE characters as the word statistics.
# A line's terms are its distinct tokens ("w:"), its first two tokens as a bigram ("b:"), the
# previous and next line's first token ("p:", "n:"; "^" and "$" past the page's ends); a
# term in the model's vocabulary adds its weight once a line.
_TOKEN = rx.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TOKEN_OR_END = rx.compile(r"[^\W\d_]+|\d+|[^\w\s]|\n")  # the joined lines' line feeds too
_DIGITS = rx.compile(r"\d+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_DIGITS.sub("0", text[:_SAMPLE].lower()))


def line_terms(texts: list[str]) -> list[frozenset[str]]:
    """Every line's terms, read line by line (what the model is trained on, and the
    reference of the page-at-once scoring)."""
    words = list(map(_tokens, texts))
    first = [ws[0] if ws else "" for ws in words]
    return [frozenset({*("w:" + w for w in ws), "b:" + " ".join(ws[:2]),
                       "p:" + (first[i - 1] if i else "^"),
                       "n:" + (first[i + 1] if i + 1 < len(words) else "$")})
            for i, ws in enumerate(words)]


class _Terms:
    """A vocabulary's weights, looked up for all of a page's lines at once: its words by a
    map over the tokens of the lowered lines joined, summed per line in numpy; the bigram
    and neighbours' terms by a look-up a line."""

    def __init__(self, weights: tuple[tuple[str, float], ...]) -> None:
        import numpy as np

        self.word_id: dict[str, int] = {"\n": -1}  # 0: a word outside the vocabulary
        values = [0.0]
        self.other: dict[str, dict[str, float]] = {"b:": {}, "p:": {}, "n:": {}}
        for term, weight in weights:
            if term.startswith("w:"):
                self.word_id[term[2:]] = len(values)
                values.append(weight)
            else:
                self.other[term[:2]][term[2:]] = weight
        self.values = np.array(values)

    def chunk(self, lower: _Lines, sample: _Lines, word_starts: Any, words: list[str],
              texts: list[str]) -> tuple[Any, list[str], list[str]]:
        """The lines' word scores, first tokens and bigrams, from what the word statistics
        read: ``lower``, the lines' word samples lowercased and joined (``sample``, before
        lowering), where its words start and the words (_words_of). A token is a word, a run
        of digits (read "0") or one other character but white space and "_" (_TOKEN): the
        digits and other characters are found by their class bits, looked up by code point,
        so the text is not tokenised again (re's findall and the digits' sub were half of a
        pasted page's vocabulary). A text lowercased to another length, or a line holding a
        line feed, is read as before (_read)."""
        import numpy as np

        n = len(texts)
        text = lower.text
        if len(text) != len(sample.text) or text.count("\n") != n:
            return self._read(text, n, texts)
        classes = sample.classes  # lowercasing keeps a class but _WORDCHAR's: tests
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        letter = (classes & _WORDCHAR) != 0
        digit = (classes & (_DIGIT | _WORDCHAR)) == _DIGIT  # re's \d: the digits not \w's letters
        other = ~(letter | digit | ((classes & _SPACE) != 0) | (points == ord("_")))
        digit[1:] &= ~digit[:-1]  # a run's first digit
        at_word, at_digit, at_other = np.flatnonzero(word_starts), np.flatnonzero(digit), \
            np.flatnonzero(other)
        get = self.word_id.get
        marks = points[at_other]
        kinds, inverse = np.unique(marks, return_inverse=True)
        mark_ids = np.fromiter((get(chr(c), 0) for c in kinds.tolist()), dtype=np.int64,
                               count=len(kinds))
        ids = np.concatenate((np.fromiter(map(get, words, repeat(0)), dtype=np.int64, count=len(words)),
                              np.full(len(at_digit), get("0", 0), dtype=np.int64),
                              mark_ids[inverse.reshape(-1)]))
        where = np.concatenate((at_word, at_digit, at_other))
        order = np.argsort(where, kind="stable")
        line = np.searchsorted(lower.starts, where[order], side="right") - 1
        ids = ids[order]
        size = len(self.values)
        key = (line * size + ids)[ids > 0]
        key.sort()
        key = key[np.concatenate(([True], key[1:] != key[:-1]))] if len(key) else key  # once a line
        score = np.bincount(key // size, weights=self.values[key % size], minlength=n)
        # The first two tokens of each line, as text: a word, "0", or the character.
        strings = words + ["0"] * len(at_digit) + [chr(c) for c in marks.tolist()]
        first = np.searchsorted(line, np.arange(n + 1), side="left").tolist()
        order_ = order.tolist()
        firsts, bigrams = [], []
        for i in range(n):
            lo, hi = first[i], first[i + 1]
            if lo == hi:
                firsts.append("")
                bigrams.append("")
            else:
                token = strings[order_[lo]]
                firsts.append(token)
                bigrams.append(token if lo + 1 == hi else token + " " + strings[order_[lo + 1]])
        return score, firsts, bigrams

    def _read(self, lowered: str, n: int, texts: list[str]) -> tuple[Any, list[str], list[str]]:
        """chunk's answer from ``lowered`` (the lines' word samples lowercased, each followed
        by a line feed; a line holding one is read on its own, line_terms's way) tokenised."""
        import numpy as np

        tokens = _TOKEN_OR_END.findall(_DIGITS.sub("0", lowered))
        ids = np.fromiter(map(self.word_id.get, tokens, repeat(0)), dtype=np.int64,
                          count=len(tokens))
        ends = ids == -1
        if np.count_nonzero(ends) != n:  # a line feed inside a line
            words = list(map(_tokens, texts))
            score = np.array([sum(self.values[self.word_id.get(w, 0)] for w in set(ws))
                              for ws in words], dtype=float)
            return score, [ws[0] if ws else "" for ws in words], [" ".join(ws[:2]) for ws in words]
        line = np.cumsum(ends) - ends
        size = len(self.values)
        key = np.unique((line * size + ids)[ids > 0])  # each word once a line
        score = np.bincount(key // size, weights=self.values[key % size], minlength=n)
        firsts, bigrams = [], []
        at = 0
        for end in np.flatnonzero(ends).tolist():
            if at == end:
                firsts.append("")
                bigrams.append("")
            elif at + 1 == end:
                firsts.append(tokens[at])
                bigrams.append(tokens[at])
            else:
                firsts.append(tokens[at])
                bigrams.append(tokens[at] + " " + tokens[at + 1])
            at = end + 1
        return score, firsts, bigrams

    def page(self, firsts: list[str], bigrams: list[str]) -> Any:
        """The bigram and neighbours' weights of every line of the page."""
        import numpy as np

        n = len(firsts)
        b, p, q = self.other["b:"], self.other["p:"], self.other["n:"]
        return (np.fromiter(map(b.get, bigrams, repeat(0.0)), dtype=float, count=n)
                + np.fromiter(map(p.get, ["^", *firsts[:-1]], repeat(0.0)), dtype=float, count=n)
                + np.fromiter(map(q.get, [*firsts[1:], "$"], repeat(0.0)), dtype=float, count=n))


class _Page:
    """What the features of a page's lines are made of: the lines' own columns and the
    page's running sums and shares. The other columns are made for a slice of lines at a
    time (a megabyte of short lines is 166,000 lines: 70 full columns were 90 MB)."""

    def __init__(self, texts: list[str], terms: _Terms | None = None) -> None:
        import numpy as np

        self.n = n = len(texts)
        self.own, first = _own_columns(texts, terms)
        good = self.own["justext_good"]
        self.cum_good = np.concatenate(([0.0], np.cumsum(good)))
        lengths = np.fromiter(map(len, texts), dtype=float, count=n)
        self.cum_prose = np.concatenate(([0.0], np.cumsum(good * lengths)))
        # A clean draft is nearly all sentences; a pasted page is half menus and labels.
        self.sentences = self.own["ends_sentence"].sum() / (n or 1)
        self.short = sum(cls == SHORT for cls in first) / (n or 1)

    def columns(self, lo: int, hi: int) -> Iterator[Any]:
        """The columns of FEATURES, in order, for lines lo to hi."""
        return iter(self.matrix(lo, hi))

    def matrix(self, lo: int, hi: int) -> Any:
        """The columns of FEATURES for lines lo to hi as the rows of one array, each written
        in place: a neighbour's column is a slice copied, not a mask and a gather made four
        times (the 53 columns in half the time of their arrays made one by one)."""
        import numpy as np

        n, own, m = self.n, self.own, hi - lo
        out = np.zeros((len(FEATURES), m))
        row = 0
        for name in OWN:
            out[row] = own[name][lo:hi]  # yes-or-no columns are kept as bytes
            row += 1
        for d in _OFFSETS:
            # line i's neighbour i + d, for the lines whose neighbour is on the page (0 past it)
            a, b = max(lo, -d) - lo, min(hi, n - d) - lo
            for name in _NEIGHBOUR:
                if a < b:
                    out[row, a:b] = own[name][lo + a + d:lo + b + d]
                row += 1
        at = np.arange(lo, hi)
        windows = {}
        for w in _WINDOWS:
            first, last = np.maximum(at - w, 0), np.minimum(at + w + 1, n)
            windows[w] = out[row] = (self.cum_good[last] - self.cum_good[first]) / (last - first)
            row += 1
        position = out[row] = at / n
        prose_before = out[row + 1] = self.cum_prose[lo:hi] / (self.cum_prose[-1] or 1.0)
        row += 2
        for value in (math.log1p(n), self.sentences, self.short):
            out[row] = value
            row += 1
        page = {"position": position, "prose_before": prose_before,
                "good_within_30": windows[30]}
        for name in _BY_PAGE:
            out[row] = (page[name] if name in page else own[name][lo:hi]) * (1 - self.short)
            row += 1
        return out


_SLICE = 8192  # lines scored at once


def feature_columns(texts: list[str]) -> Iterator[Any]:
    """The columns of FEATURES, in order, for every line (numpy arrays, for training)."""
    return _Page(texts).columns(0, len(texts))


class JudgedLines(NamedTuple):
    """The line model's verdicts on a page's lines, and columns it counted on the way."""

    verdicts: list[bool]
    boilerplate: bytes  # the boilerplate cue of each line, a byte a line (1: it matches)
    words: array  # word_count of each line
    digits: bytes  # 1 where a line holds a character str.isdigit takes (re's \d are such)


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
    # The line's terms (line_terms) and their weights, sorted by term; () for the block model.
    terms: tuple[tuple[str, float], ...] = ()
    trained: dict[str, Any] = field(default_factory=dict, compare=False)  # data, CV scores

    @functools.cached_property
    def _folded(self) -> tuple[float, tuple[tuple[float, Any, Any], ...]]:
        """c·(x − m)/s is (c/s)·x − c·m/s: the constants go into the intercept once."""
        import numpy as np

        intercept = self.intercept - sum(c * m / s for m, s, c in zip(self.mean, self.scale, self.coef))
        # Edges and steps as arrays once: numpy converts a tuple at every call.
        return intercept, tuple((c / s, np.asarray(edges, dtype=float), np.asarray(steps, dtype=float))
                                for s, c, edges, steps
                                in zip(self.scale, self.coef, self.edges, self.steps))

    @functools.cached_property
    def _terms(self) -> _Terms | None:
        return _Terms(self.terms) if self.terms else None

    def probabilities(self, texts: list[str]) -> list[float]:
        """The probability of every line, a feature column at a time."""
        return [p for scores in self._slices(texts) for p in scores.tolist()]

    def judge(self, texts: list[str]) -> list[bool]:
        """Whether each line is the article's (its probability reaches the threshold), with
        no probability kept: 166,000 of them are 5 MB."""
        return self.judge_lines(texts).verdicts

    def judge_lines(self, texts: list[str]) -> JudgedLines:
        """judge, and what it counted of each line on the way that the classifier asks too."""
        if not texts:
            return JudgedLines([], b"", array("i"), b"")
        page = _Page(texts, self._terms)
        verdicts = [ok for scores in self._slices(texts, page)
                    for ok in (scores >= self.threshold).tolist()]
        own = page.own
        return JudgedLines(verdicts, own["boilerplate_cue"].tobytes(),
                           array("i", own["words"].tobytes()), own["digits"].tobytes())

    def _slices(self, texts: list[str], page: _Page | None = None) -> Iterator[Any]:
        """The lines' probabilities, a slice of _SLICE lines at a time (``page``: the lines'
        _Page, when the caller has it)."""
        if not texts:
            return
        page = page or _Page(texts, self._terms)
        scores = page.own.get("term_score")
        for lo in range(0, len(texts), _SLICE):
            hi = min(lo + _SLICE, len(texts))
            yield self._scores(page.matrix(lo, hi), hi - lo,
                               None if scores is None else scores[lo:hi])

    def _scores(self, columns: Iterable[Any], n: int, term_score: Any = None) -> Any:
        """The probabilities of n rows given as their feature columns, in FEATURES order
        (and the weights of their terms)."""
        import numpy as np

        z, terms = self._folded
        total = np.full(n, z) if term_score is None else z + term_score
        for column, (w, edges, steps) in zip(columns, terms, strict=True):
            total += w * column + steps[edges.searchsorted(column, side="right")]  # the method: no dispatch
        return 1.0 / (1.0 + np.exp(-np.clip(total, -50.0, 50.0)))

    def probabilities_of_rows(self, rows: Any) -> list[float]:
        """The probability of many rows at once (the block model's: a numpy array), a column
        at a time."""
        import numpy as np

        X = np.asarray(rows, dtype=float).reshape(-1, len(self.features))
        return self._scores(np.ascontiguousarray(X.T), len(X)).tolist()

    def to_json(self) -> str:
        data = asdict(self)
        data["terms"] = dict(self.terms)  # by name: {term: weight}
        return json.dumps(data, ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any], features: tuple[str, ...] = FEATURES,
                  script: str = "bench/train_line_model.py") -> LineModel:
        fields = {k: tuple(data[k]) for k in ("features", "mean", "scale", "coef")}
        fields.update({k: tuple(map(tuple, data[k])) for k in ("edges", "steps")})
        fields["terms"] = tuple(sorted(data.get("terms", {}).items()))
        model = cls(**{**data, **fields})
        if model.features != features:
            raise ValueError(f"the model was trained on other features; retrain it with "
                             f"python {script}")
        return model


@functools.cache
def default_model() -> LineModel:
    """The shipped weights, read once (immutable reference data, like the lexicons). The
    parsed JSON is kept in the memo by its text, as the lexicons' YAML: json.loads of the
    vocabulary's 7,000 weights was 5 ms of a cold start, marshal's copy 1."""
    raw = resources.files("audit.segment").joinpath("line_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(memo.derived(("json", raw), lambda: json.loads(raw)))
