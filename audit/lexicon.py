"""Language cues kept as data (``audit/lexicons/*.yml``), loaded once and compiled.

Adding a language is adding a file; the engine grows only for a new kind of check.
The compiled lexicon is immutable reference data, so caching it keeps auditing pure.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import heapq
import itertools
import operator
import os
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
import dataclasses
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from audit import memo, rx
from audit.literals import (Prefilter, first_chars_of, matches, reads_past_end,
                            required, skipping)


def _yaml(text: str) -> Any:
    """A lexicon file's data, from the memo when it has read this text before (30 ms of a
    cold start, and yaml's import)."""
    data = memo.get(("yaml", text), _NOT_KEPT)
    if data is _NOT_KEPT:
        import yaml

        # libyaml parses the lexicons ten times faster than the pure-Python loader.
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
        memo.put(("yaml", text), data)
    return data


_NOT_KEPT = object()

# Same-length folding so that offsets found on the folded text index the original.
_FOLD = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u00a0", " "), ("\u202f", " "),
         ("\u2009", " "), ("\u2007", " "), ("\u2013", "-"), ("\u2011", "-"))


def fold(text: str) -> str:
    """Fold typographic apostrophes, dashes and no-break spaces; keeps every offset."""
    for char, plain in _FOLD:  # str.replace is many times faster than str.translate here
        if char in text:
            text = text.replace(char, plain)
    return text


def blank(text: str, ranges: tuple[tuple[int, int], ...]) -> str:
    """``text`` with ``ranges`` (in order, apart) as spaces: same offsets."""
    parts, at = [], 0
    for start, end in ranges:
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + text[at:]


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_QUANTIFIER = rx.compile(r"[?*+{]")


# A pattern's leading group of plain alternatives, with no quantifier after it:
# "(selon|d'après) (une|l'une) …" is "selon (une|l'une) …" or "d'après (une|l'une) …".
_LEADING_GROUP = rx.compile(r"\((?:\?:)?([^()\\\[\]?*+{}|.^$]+(?:\|[^()\\\[\]?*+{}|.^$]+)+)\)(?![?*+{])")


def _expanded(patterns: list[str]) -> list[str]:
    """``patterns`` with each leading group of plain alternatives written out, in order: the
    same matches ("(a|b)c" tries a then b, as "ac|bc" does), each opening on its letter."""
    out = []
    for p in patterns:
        m = _LEADING_GROUP.match(p)
        out.extend([alt + p[m.end():] for alt in m.group(1).split("|")] if m else [p])
    return out


def _grouped(patterns: list[str]) -> str:
    """An alternation of patterns grouped by their first letter, for a case-insensitive regex:
    "(?:m(?:inistres?|édecins?)|p(?:résidente?|…))". Python's re tries every branch at each
    word start; grouped, it tries only those that begin with the letter there (a pattern's
    leading group of words is written out first: _expanded; "," opens a group too). Patterns
    that do not begin with a plain letter leave the list as it was (order decides among
    them): every branch opening on a group was tried at every word of a page."""
    expanded = _expanded(patterns)
    groups: dict[str, list[str]] = {}
    for p in expanded:
        head = p[:1].lower()
        if not (head.isalpha() or head == ",") or _QUANTIFIER.match(p, 1):
            return _alternation(patterns)
        groups.setdefault(head, []).append(p[1:])
    return "|".join(f"{re.escape(head)}(?:{_alternation(rests)})"
                    for head, rests in groups.items())


def _lowered_by_first(patterns: list[str]) -> re.Pattern[str]:
    """_lowered_pattern of "(?<!\\w)(?:" + _alternation(patterns) + ")" when _grouped cannot group
    them (a pattern opens on a look-behind or a group): each lowered branch is put, in order,
    under each character re's parser says it may open with, "(?=s)(?:…)": at a word start
    re then enters the few branches that may open there, not every one of them (the vague
    phrases: 140 branches at each word start of a body range, 0.5 ms a pasted page). At a
    position only the branches that open with its character may match, in their order: the
    same first match. The flat pattern when a branch may open with any character or a digit,
    names a group or refers to one (a branch is written once per first character)."""
    flat = rf"(?<!\w)(?:{_alternation(patterns)})"
    lowered = [_lowered_source(f"(?:{p})") for p in patterns]
    if None in lowered or any("(?P" in b or re.search(r"\\[1-9]", b) for b in lowered):
        return _lowered_pattern(flat)
    groups: dict[str, list[str]] = {}
    for branch, first in zip(lowered, first_chars_of(tuple(lowered))):
        if first is None or first[1] or not first[0]:
            return _lowered_pattern(flat)
        for char in first[0]:
            groups.setdefault(char, []).append(branch)
    return rx.compile(r"(?<!\w)(?:" + "|".join(f"(?={re.escape(c)})(?:{'|'.join(bs)})"
                                               for c, bs in groups.items()) + ")", 0)


def _grouped_any_order(patterns: list[str]) -> str:
    """_grouped for a screen, where only whether some branch matches at a position counts, not
    which one: every pattern that opens with a plain letter, or with a leading group of plain
    alternatives (its tail written once for each first letter of theirs), grouped by that
    letter; the others after them ("(?<=[,"”] )said …"). _grouped keeps a flat list when one
    pattern opens otherwise, and every branch of it was tried at each word start."""
    by_first: dict[str, list[str]] = {}
    others = []
    for p in patterns:
        m = _LEADING_GROUP.match(p)
        if m and all(alt[:1].isalpha() for alt in m.group(1).split("|")):
            alts: dict[str, list[str]] = {}
            for alt in m.group(1).split("|"):
                alts.setdefault(alt[:1].lower(), []).append(alt[1:])
            for head, rests in alts.items():
                by_first.setdefault(head, []).append(f"(?:{'|'.join(rests)}){p[m.end():]}")
        elif p[:1].isalpha() and not _QUANTIFIER.match(p, 1):
            by_first.setdefault(p[:1].lower(), []).append(p[1:])
        else:
            others.append(p)
    return "|".join([f"{re.escape(head)}(?:{_alternation(rests)})" for head, rests in by_first.items()]
                    + [f"(?:{p})" for p in others])


def words_regex(words: list[str], caseless: bool = True) -> str:
    """An alternation of literal words as a trie: "a-t-il ajouté|a-t-il déclaré|…" becomes
    "a\\-t\\-il\\ (?:ajouté|déclaré)…". Python's re tries every branch of a flat alternation at
    each position; a trie shares their prefixes (4x faster on long lexicons). At each node the
    longer continuations are tried first, so "a-t-il ajouté" still wins over a shorter word.
    Kept in the memo (6 ms of a cold start), by the words in order: the regex is the same
    whatever their order."""
    key = ("words", caseless, tuple(sorted(set(words), key=repr)))  # repr: a YAML "on" is True
    return memo.derived(key, lambda: _words_source(words, caseless))


def _words_source(words: list[str], caseless: bool) -> str:
    trie = _trie(words, caseless)
    return _trie_regex(trie) if trie else "(?!)"


def _trie(words: list[str], caseless: bool = True) -> dict:
    """The words letter by letter, "" marking where one ends."""
    trie: dict = {}
    for word in {w.lower() if caseless else w for w in words if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def word_start_regex(words: list[str], before: str = r"\w") -> str:
    """words_regex for lowercased text, each word starting a word: the test that no word
    character comes before it sits after its first letter ("s(?<!\\ws)elon"). A pattern that
    opens with a look-behind, or a case-insensitive one, is tried at every position; one that
    opens with plain letters lets re skip to where one of them stands (10x on a page of
    digits, 1.5x on prose). Compile it without IGNORECASE and search text.lower(). Kept in
    the memo, as words_regex."""
    key = ("word-start", before, tuple(sorted(set(words), key=repr)))
    return memo.derived(key, lambda: _word_start_source(words, before))


def _word_start_source(words: list[str], before: str) -> str:
    branches = [f"{re.escape(ch)}(?<!{before}{re.escape(ch)}){_trie_regex(child)}"
                for ch, child in sorted(_trie(words).items())]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def word_start_scan(words: list[str], rest: str = "", before: str = r"\w") -> re.Pattern[str]:
    """``word_start_regex(words, before) + rest`` as group 1 of a pattern that opens one
    character earlier, on the character before the word: one that is no lowercase Latin
    letter, which re finds by a bitmap test in C, skipping a page's letters; the plain pattern
    stops at every letter a word may open with (1.4-1.6x faster on pages). Read it with
    word_start_spans. Every word, and every match of ``rest``, must end with a word
    character: then no match of the plain pattern opens where the previous one ends."""
    if any(not _WORD_CHAR.match(w[-1:].lower()) for w in words):
        raise ValueError("a word that does not end with a word character")
    firsts = "".join(map(re.escape, sorted(_trie(words))))
    if not firsts:
        return rx.compile("(?!)")
    return rx.compile(rf"{_MAYBE_BEFORE_WORD}(?=[{firsts}])(?<!{before})"
                      rf"({word_start_regex(words, before)}{rest})")


def word_start_spans(plain: re.Pattern[str], scan: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """The spans of ``plain.finditer(low)``, found by ``scan`` (word_start_scan's, for the
    same words and rest); a match at the text's start, with no character before it, by
    ``plain``."""
    first = plain.match(low)
    spans = [first.span()] if first else []
    spans.extend(m.span(1) for m in scan.finditer(low, first.end() if first else 0))
    return spans


class _Lazy:
    """A pattern compiled when first used: the case-insensitive twins of the patterns that
    read lowercased text, which serve only a text lower() lengthens ("İ"); a cold `audit
    check` need not compile them. Not for a pattern read often: each use goes through
    __getattr__."""

    __slots__ = ("_args", "_pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._args, self._pattern = (source, flags), None

    def __getattr__(self, name: str) -> Any:  # finditer, search, match, pattern…
        if name.startswith("_"):  # a blank instance (unpickling): no lookup of our slots here
            raise AttributeError(name)
        if self._pattern is None:
            self._pattern = rx.compile(*self._args)
        return getattr(self._pattern, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return _Lazy, self._args


def _lowered_pattern(source: str) -> re.Pattern[str]:
    """A pattern for lowercased text: case-sensitive (twice as fast, and a screen re can skip
    through) when _lowered_source can write it so, else the case-insensitive one."""
    twin = _lowered_source(source)
    return rx.compile(twin, 0) if twin is not None else rx.compile(source, re.IGNORECASE)


def _folded_small() -> str:
    """What a case-insensitive \\p{Ll} (rx: Latin small letters) matches in case_folded text,
    as a class's items: those letters, and the ones re's IGNORECASE takes for one of them ("μ"
    for the micro sign "µ"). (A caseless \\p{Lu} is not the same: "ɓ" is past rx's letters.)"""
    small = {c for c in map(chr, range(0x41, 0x250)) if c.islower() and c.upper() != c}
    try:
        from re._casefix import _EXTRA_CASES  # what re's compiler adds to a caseless class
    except ImportError:  # pragma: no cover (another Python: tests/test_lexicon.py tells)
        _EXTRA_CASES = {}
    small |= {chr(x) for c in list(small) for x in _EXTRA_CASES.get(ord(c), ()) if chr(x).islower()}
    return "".join(map(re.escape, sorted(small)))


_FOLDED_SMALL = _folded_small()
# Escapes with a capital that mean the same with IGNORECASE or without.
_CASE_FREE_ESCAPES = frozenset((r"\W", r"\S", r"\D", r"\B", r"\A", r"\Z"))
_SOURCE_TOKEN = re.compile(r"\\p\{Ll\}|\\.|[^\\]+|\\", re.DOTALL)
# A source's classes, group names and the rest, in order: a name's capitals ("(?P<document>")
# match nothing, a class's do (the class is read by _SOURCE_TOKEN).
_SOURCE_PART = re.compile(r"(\[\^?\]?(?:\\.|[^\]\\])*\])|\(\?P(?:<\w+>|=\w+\))|(?:\\.|[^\\\[(]|\((?!\?P[<=]))+|\\",
                          re.DOTALL)


def _lowered_source(source: str) -> str | None:
    """``source`` written for a case-sensitive match of case_folded text that matches where
    the case-insensitive ``source`` does: itself when it has no capital letter; when its only
    capitals are in escapes that ignore case (\\W, \\S) or \\p{Ll} (inside a class), that
    made _FOLDED_SMALL. None when it has another capital. A case-insensitive
    pattern opening with a group or a look-behind is tried at every position: the attribution
    screen so was 1.8 of 2.7 ms a pasted page, and the boilerplate cue was read whole."""
    if source == source.lower():
        return source
    if "(?P" in source:  # a named group ("(?P<document>"): its name is kept as written
        parts, at = [], 0
        for m in _SOURCE_PART.finditer(source):
            if m.start() != at:  # a part it cannot read (an unclosed class): say nothing
                return None
            at = m.end()
            name = m.group(1) is None and m.group().startswith("(?P")
            part = m.group() if name else _lowered_tokens(m.group())
            if part is None:
                return None
            parts.append(part)
        return "".join(parts) if at == len(source) else None
    return _lowered_tokens(source)


def _lowered_tokens(source: str) -> str | None:
    parts = []
    for token in _SOURCE_TOKEN.findall(source):
        if token == r"\p{Ll}":
            token = _FOLDED_SMALL
        elif token != token.lower() and token not in _CASE_FREE_ESCAPES:
            return None
        parts.append(token)
    return "".join(parts)


@functools.lru_cache(maxsize=256)
def _lowered_twin(pattern: str) -> re.Pattern[str]:
    return _lowered_pattern(pattern)


def lowered_matches(pattern: re.Pattern[str], text: str, low: str | None, pos: int = 0,
                    endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` of a case-insensitive pattern, each opening
    looked for in ``low`` (``lowered(text)``; None: in the text) by the pattern's
    case-sensitive twin, through a search re skips through (literals.matches): such a
    pattern opening with a group or (?<!\\w) is tried at every position."""
    twin = None if low is None else _lowered_twin(pattern.pattern)
    return matches(pattern, text, pos, endpos, screen=twin, screened=low)


def case_folded(text: str) -> str:
    """``text.lower()`` with the two letters re's IGNORECASE also takes for "i" and "s" and
    lower() keeps ("ı", "ſ"): a case-sensitive pattern on it matches as a case-insensitive one
    on the text. A page's text is asked again and again (the classifier, the extractor, the
    rules, the disclosure sites: 0.05 ms each on a page of 10,000 characters): the last few
    long texts are kept with their lowering."""
    global _folded
    keep = _FOLDED_AT_LEAST <= len(text) <= _FOLDED_AT_MOST
    if keep:
        for kept, low in _folded:
            if kept is text or kept == text:
                return low
    low = text.lower()
    if "ı" in low or "ſ" in low:
        low = low.replace("ı", "i").replace("ſ", "s")
    if keep:
        _folded = ((text, low), *_folded[:_FOLDED_KEPT - 1])  # replaced whole: one reader's pair
    return low


# The texts case_folded keeps, newest first: a page's lines between two readings of the page
# (shorter than this) do not push it out; a text of over 262,144 characters is not kept (four
# of them and their lowerings held past their audit: at most 8 MB).
_FOLDED_AT_LEAST, _FOLDED_AT_MOST, _FOLDED_KEPT = 1000, 1 << 18, 4
_folded: tuple[tuple[str, str], ...] = ()


def lowered(text: str) -> str | None:
    """``case_folded(text)`` when it keeps every offset (it may not: "İ" lowercases to two
    characters), else None: then the case-insensitive patterns read the text itself."""
    low = case_folded(text)
    return low if len(low) == len(text) else None


# A ``low`` argument not given: the function reads lowered(text) itself. The extractor gives
# it, read once for the page (each reading of a page's text costs as much as a scan).
UNREAD: Any = object()


def lowered_given(text: str, low: str | None = UNREAD) -> str | None:
    """``low`` when the caller gave it (lowered(text), or None), else lowered(text)."""
    return lowered(text) if low is UNREAD else low


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _line(patterns: list[str], marks: str = "{±+•›»▸►▶▾▼") -> LinePattern:
    # Labels come wrapped or marked: "{ 38 comments… read them below or add one }", buttons
    # with an arrow or a chevron ("Antworten ↓", "Reply →"), toggles with a sign ("± 6
    # Kommentare").
    return LinePattern(_line_head(marks), [_possessive_end(p) for p in patterns], _LINE_TAIL, lead=marks)


_LINE_TAIL = r"[\s.!:…↓↑→←»›▾▴▼▲}]*+$"


def _line_head(marks: str) -> str:
    return rf"^\s*[{marks}]?\s*"


# A cue that ends with any characters (".{0,140}", ".*") before the tail of marks: the
# longest run is the only one that can be followed by marks alone to the line's end (a
# shorter one leaves a longer rest, holding the same characters), so it is taken
# possessively. Backtracking into it read a long rest of the line 140 times ("Lire aussi :"
# and 100,000 spaces: 0.3 s).
_OPEN_END = re.compile(r"(?<!\\)\.(?:\{\d*,?\d*\}|\*|\+)$")


def _possessive_end(pattern: str) -> str:
    return pattern + "+" if _OPEN_END.search(pattern) else pattern


# What re's \s matches in a str pattern: str.isspace (tests/test_lexicon.py checks it).
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004" \
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


class LinePattern:
    """A case-insensitive cue matched at the start of a line, asked once or more per line of
    every page: ``head`` (white space and marks, only ``lead`` characters besides white
    space), one of ``branches``, then ``tail``.

    It is matched on the lowercased line with its groups made non-capturing, compiled
    case-sensitive unless its source has a capital _lowered_source cannot write away. re tries the
    branches of an alternation one by one, and skips at a glance only those that open with a
    plain letter; most cues open with a group ("(lire|voir) aussi"), so a line was tried
    against each of 89 boilerplate branches. So the line's first character after the head
    picks the branches that may open with it (literals.first_chars) plus those that may open
    with anything or with a ``lead`` character: the same verdict, since a match's branch opens
    either at that character or inside the head (tests/test_lexicon.py); twice as fast on the
    boilerplate cue, on real lines. A cue of few branches is kept whole (_CHOOSE_FROM).
    A branch that may open with anything (".{0,300}[.)] photo…", "[-–—]? ?anzeige") is tried
    on every line, and reads much of it; when every match of it spells a string out
    (literals.required), it is tried only on the lines one screen finds such a string in: the
    boilerplate cue 5.3 -> 1.2 µs a line."""

    __slots__ = ("pattern", "caseless", "_args", "_lead", "_by_first", "_opens", "_subsets",
                 "_whole", "_screen", "_lean", "_needy", "_index")

    def __init__(self, head: str, branches: Sequence[str], tail: str = "", lead: str = "") -> None:
        self._args = (head, tuple(branches), tail, lead)
        self.pattern = source = f"{head}(?:{_alternation(list(branches))}){tail}"
        self.caseless = _Lazy(source, re.IGNORECASE)  # for a line lower() lengthens ("İ")
        self._lead = SPACES + lead
        self._by_first = _ByFirst(self._compiled)  # first character -> its pattern
        # Per branch, the characters it may open with (None: any, or one of the head's).
        self._opens: tuple[str | None, ...] | None = None
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}  # branches -> pattern
        self._whole: re.Pattern[str] | None = None  # a pattern read whole (see _compiled)
        # The branches that open with anything and spell out one of the screen's strings,
        # and the patterns without them, for a line the screen finds none of those in.
        self._needy: frozenset[int] = frozenset()
        # The branches that may open with anything, those each character opens, those a digit
        # opens (_compiled's choice, made by look-ups: each character a page shows first
        # asked every branch, 216 of the boilerplate cue's).
        self._index: tuple[tuple[int, ...], dict[str, list[int]], tuple[int, ...]] | None = None
        self._screen: re.Pattern[str] | None = None
        self._lean = _ByFirst(functools.partial(self._compiled, lean=True))

    def __reduce__(self) -> tuple[Any, ...]:
        return LinePattern, self._args

    def matches(self, text: str, low: str | None = None) -> bool:
        """``low``: lowered(text), when the caller has it (a line is asked several cues)."""
        low = low or lowered(text)
        return bool(self.caseless.match(text) if low is None else self._for(low).match(low))

    def hits(self, texts: Sequence[str], lows: Sequence[str | None]) -> bytes:
        """``matches`` of every line (``lows``: lowered of each), a byte a line (1: a match)."""
        if None not in lows:  # C loops: each line's first character, its pattern, the match
            if self._opens is None:
                self._read_branches()
            if self._whole is not None:
                return bytes(map(bool, map(self._whole.match, lows)))
            firsts = map(_FIRST, map(str.lstrip, lows, itertools.repeat(self._lead)))
            if self._screen is None:
                patterns = map(self._by_first.__getitem__, firsts)
            else:
                tables = map((self._lean, self._by_first).__getitem__,
                             map(bool, map(self._screen.search, lows)))
                patterns = map(_ByFirst.__getitem__, tables, firsts)
            return bytes(map(bool, map(re.Pattern.match, patterns, lows)))
        return bytes(self.matches(text, low) for text, low in zip(texts, lows))

    def _for(self, low: str) -> re.Pattern[str]:
        """The pattern for a lowered line: the branches its first character may open (less
        the needy ones, when the screen finds none of their strings in it)."""
        if self._opens is None:
            self._read_branches()
        lean = self._screen is not None and not self._screen.search(low)
        return (self._lean if lean else self._by_first)[low.lstrip(self._lead)[:1]]

    def _read_branches(self) -> None:
        """What each branch may open with; or the pattern kept whole: compiled
        case-insensitive, a group referred to by number, or too few branches for the choice to
        pay (about 0.2 µs a line)."""
        branches = self._args[1]
        source = _non_capturing(self.pattern)
        if source is None or _lowered_source(source) is None or len(branches) < _CHOOSE_FROM:
            self._whole = _lowered_pattern(non_capturing(self.pattern))
            self._opens = ()
        else:
            lowered_branches = tuple(_lowered_source(non_capturing(b)) for b in branches)
            opens = first_chars_of(lowered_branches)
            # opens_with(o, c) for any c of the lead, as one set test (26,000 calls a cold start)
            lead, digit = frozenset(self._lead), any(map(str.isdecimal, self._lead))
            self._opens = tuple(None if o is None or not lead.isdisjoint(o[0]) or o[1] and digit
                                else o for o in opens)
            # A clause of strings one of which each match of the branch spells out, lowered
            # as the line is (the first: the most telling).
            needy, strings = set(), set()
            for i, (o, b) in enumerate(zip(self._opens, lowered_branches)):
                clauses = required(b) if o is None and b is not None else ()
                if clauses:
                    needy.add(i)
                    strings.update(_rare_start(lit.text) for lit in clauses[0])
            if needy:
                self._needy = frozenset(needy)
                # As a trie: re stops at each character a string opens with, then follows
                # one branch (the strings one after the other: 1.1 against 0.6 µs a line).
                self._screen = rx.compile(_literal_trie(sorted(strings)))

    def _compiled(self, first: str, lean: bool = False) -> re.Pattern[str]:
        """The pattern of the branches that may open with ``first`` ("": none or the head's
        characters), less the needy ones if ``lean``, made once per set of branches."""
        head, branches, tail, _ = self._args
        if self._opens is None:
            self._read_branches()
        if self._whole is not None:
            return self._whole
        if self._index is None:
            by_char: dict[str, list[int]] = {}
            for i, o in enumerate(self._opens):
                for c in set(o[0]) if o is not None else ():
                    by_char.setdefault(c, []).append(i)
            self._index = (tuple(i for i, o in enumerate(self._opens) if o is None), by_char,
                           tuple(i for i, o in enumerate(self._opens) if o is not None and o[1]))
        anywhere, by_char, digit = self._index
        picked = set(anywhere)
        if first:  # opens_with(o, first) of each branch
            picked.update(by_char.get(first, ()))
            if first.isdecimal():
                picked.update(digit)
        chosen = tuple(sorted(picked - self._needy if lean else picked))
        pattern = self._subsets.get(chosen)
        if pattern is None:
            alternation = _alternation([branches[i] for i in chosen] or ["(?!)"])
            pattern = self._subsets[chosen] = rx.compile(
                _lowered_source(non_capturing(f"{head}(?:{alternation}){tail}")))
        return pattern


# Letters by how often they open a position of real text, the most often first; a space
# more often than any (_rare_start).
_OFTEN = "etaoinsrhldcumpfgbvwyqjkxz"


def _rare_start(literal: str, keep: int = 3) -> str:
    """The end of ``literal`` (at least ``keep`` characters, or all of it) that opens on the
    rarest character of its first word or the spaces before it: a mark before a digit, a
    digit before a letter, a rare letter before a common one, a space last (the first word
    only: "ansa photo" kept as "sa photo", not the common "photo"). A line holds it whenever
    it holds the literal, and a trie of such ends stops at fewer places: the boilerplate cue's
    screen opened on " " for 35 of its strings (" (druckversion)", " / getty images") and
    stopped at every space of every line."""
    def rarity(c: str) -> int:
        if c.isspace():
            return 100
        if c.isalpha():
            return 50 - _OFTEN.index(c) if c in _OFTEN else 30
        return 20 if c.isdigit() else 0
    word = len(literal) - len(literal.lstrip())
    word = literal.find(" ", word) % (len(literal) + 1)  # past the first word (-1: the end)
    last = min(word, len(literal) - keep)
    return literal[min(range(max(1, last + 1)), key=lambda i: (rarity(literal[i]), i)):]


@functools.lru_cache(maxsize=8)
def line_screen(cues: tuple[LinePattern, ...]) -> LinePattern | None:
    """A cue that matches a line whenever one of ``cues`` does: their branches in one
    alternation, under the head, tail and lead they share (None if they do not, or if a
    branch refers to a group by number, which the alternation would renumber). A line it
    does not match is none of theirs: one match a line instead of one a cue."""
    head, _, tail, lead = cues[0]._args
    if any(c._args[0] != head or c._args[2:] != (tail, lead) for c in cues):
        # _line's cues whose marks differ ("/ Responder" a reply link's): under all their marks
        lead = "".join(dict.fromkeys("".join(c._args[3] for c in cues)))
        head = _line_head(lead)
        if any(c._args[0] != _line_head(c._args[3]) or c._args[2] != tail for c in cues):
            return None
    if any(_non_capturing(c.pattern) is None for c in cues):
        return None
    return LinePattern(head, [branch for c in cues for branch in c._args[1]], tail, lead)


_FIRST = operator.itemgetter(slice(0, 1))
# Branches from which choosing them by first character pays, on 62,000 real pasted lines:
# cues of 89, 83, 28 and 21 branches 1.2-2x faster (one of 28 the same); of 16, 8 and 2
# branches 1.6x slower.
_CHOOSE_FROM = 20


class _ByFirst(dict):
    """A line's first character -> the pattern of the branches it may open, made when a
    character is first seen."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[str], re.Pattern[str]]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, first: str) -> re.Pattern[str]:
        pattern = self[first] = self._make(first)
        return pattern


def non_capturing(source: str) -> str:
    """``source`` with every capturing group made non-capturing, same matches. Left as it is
    if it refers to a group (a back-reference, a name, a conditional: no lexicon cue does)."""
    return _non_capturing(source) or source


# non_capturing's tokens, each read whole (atomic): a run of plain characters, an escape, a
# class ("(" is a character there, "]" first is one too), "(?" opening no reference; then
# what ends the run: a reference to a group, a capturing "(", or the end. re.sub resumes
# where the last match ended, so a token is never entered in its middle.
_GROUP_TOKENS = re.compile(
    r"((?>[^\\\[(]+|\\(?![1-9])[\s\S]?|\[\^?\]?(?:\\[\s\S]?|[^\]\\])*+\]?|\(\?(?!P[=<]|\())*+)"
    r"(?:(\\[1-9]|\(\?P[=<]|\(\?\()|(\()|\Z)")


def _non_capturing(source: str) -> str | None:
    """non_capturing's work; None when ``source`` refers to a group. Read token by token, so
    an escaped parenthesis ("\\(?(photo|image)") is no conditional: one re.sub (a Python loop
    over the characters was 20 ms of a cold start, 760 sources)."""
    referring = False

    def token(m: re.Match[str]) -> str:
        nonlocal referring
        if m.group(2):
            referring = True
        return m.group(1) + "(?:" if m.group(3) else m.group(1)

    out = _GROUP_TOKENS.sub(token, source)
    return None if referring else out


@dataclass(frozen=True)
class Lexicon:
    languages: tuple[str, ...]
    stopwords: dict[str, frozenset[str]]
    all_stopwords: frozenset[str]
    stopword_verbs: frozenset[str]  # "est", "is", "ist": a line's small word that makes it a clause
    # The language guess's words (stopwords and language_words) -> (language, 1/k) for each of
    # the k languages that list the word.
    language_weights: dict[str, tuple[tuple[str, float], ...]]
    # The same as (language, 1/k, the language's words that k languages list), for set lookups.
    language_word_groups: tuple[tuple[str, float, frozenset[str]], ...]
    sources_header: LinePattern
    sources_inline: LinePattern
    comments_header: LinePattern
    related_header: LinePattern
    boilerplate: LinePattern
    boilerplate_inline: re.Pattern[str]
    boilerplate_inline_lowered: re.Pattern[str]  # share/subscribe text left inside a paragraph
    # A screen of the strings the phrases spell (lowered), and the phrases it cannot speak for
    # (a shortcode's "[tag …]": no fixed text), tried on a page the screen finds none in.
    boilerplate_inline_screen: _WordsFirst | None
    boilerplate_inline_unread: re.Pattern[str]
    # The lowered phrases read as two: those opening only at a line's start, and the others.
    boilerplate_inline_split: LineOpened
    paywall_prompt: re.Pattern[str]  # "La lecture de cet article est réservée aux abonnés"
    paywall_prompt_lowered: re.Pattern[str]  # its twin for lowercased text (a screen re skips through)
    paywall_screen: _WordsFirst | None  # one of the strings each prompt spells out, lowered
    comment_widget: LinePattern
    comment_form: LinePattern  # the reply form under a thread: "Leave a Reply"
    comment_date: LinePattern
    comment_stamp: re.Pattern[str]  # a comment date anywhere in a line ("Ben 19. Juni 2018 um 15:28")
    comment_byline: re.Pattern[str] | None  # "Comment by Name — ": a stamp's name, with its opener
    profile_label: re.Pattern[str]  # ends a line before a date that is not a post's ("Mitglied seit")
    byline: re.Pattern[str]  # a byline line: "Par Katy Romy", "Modéré par: Katy Romy", "By Jane Doe, AP"
    vague_attribution: re.Pattern[str]
    vague_attribution_lowered: re.Pattern[str]
    # A vague phrase that describes no source ("on apprend que", "reportedly"), matched in full
    # on one found: vague unless its sentence names a source.
    vague_hedge: re.Pattern[str] | None
    # A hedge that may go on with the account the sentence before gives ("The report then
    # states that… The student then reportedly entered"), matched in full on a hedge found.
    continuing_hedge: re.Pattern[str] | None
    # A hedge of appearance ("il semblerait"), matched in full on a hedge found, and the grounds
    # of an inference ("au regard du nombre de festivaliers", "de mémoire de festival"): with
    # its grounds in its sentence the hedge is the writer's own inference, no attribution.
    inferred_hedge: re.Pattern[str] | None
    # A hedge the reader says of the text itself, from its sentence's opening to its end
    # ("Où l'on apprend que…": in this interview we learn that): no attribution.
    reader_hedge: re.Pattern[str] | None
    counterfactual_hedge: re.Pattern[str] | None  # "aurait": hearsay unless a counterfactual frame
    counterfactual_frame: re.Pattern[str] | None  # "à sa place", "n'importe quel", before it
    # A hedge that answers the writer ("m'explique-t-on"), matched in full on a hedge found, and
    # the writer's own request ("ma demande", "j'ai demandé"): right after one, the one asked.
    answered_hedge: re.Pattern[str] | None
    own_request: re.Pattern[str] | None
    unanswered_request: re.Pattern[str] | None
    inference_grounds: re.Pattern[str] | None
    # A poll's sample saying something (lexicon poll_samples: "des personnes interrogées se disent"),
    # its share before it ("79% des", poll_shares): a survey's result, no one's word passed on.
    poll_sample: re.Pattern[str] | None
    poll_share: re.Pattern[str] | None
    # Adverbs that go on with a story before such a hedge ("The student then reportedly").
    continuing_adverbs: frozenset[str]
    # A vague phrase that is no longer vague when whose follows it ("Selon les premières
    # informations du Parisien"), matched in full on one found; what shows the owner, matched
    # after it (None: no lexicon has them).
    vague_unless_owned: re.Pattern[str] | None
    owner_after: re.Pattern[str] | None
    # A vague phrase (matched in full) that needs a listener after it, and the listener's
    # pattern (case-sensitive, matched right after; None: no lexicon has them).
    vague_wanting_listener: re.Pattern[str] | None
    vague_listener: re.Pattern[str] | None
    # A vague phrase (matched in full) that a kind's complement after it makes a kind of
    # source, not a source ("selon les sources locales d'énergie"), and that complement's
    # pattern (case-sensitive, matched right after; None: no lexicon has them).
    vague_unless_kind: re.Pattern[str] | None
    kind_complement: re.Pattern[str] | None
    # A study's, a report's or a finding's vague phrase (matched in full) that a source named
    # in its sentence credits; what names it right after its comma; the verbs of outlets'
    # reports that "according to reports" right after points back to (None: no lexicon).
    credited_vague: re.Pattern[str] | None
    credit_after_comma: re.Pattern[str] | None
    reports_back: re.Pattern[str] | None
    outlet_report_verbs: frozenset[str]
    # "dans Le Carillon du 7 septembre 1977": the cue before a publication's name, and what
    # follows the name: a date word and a date (read in a hedge's sentence).
    issue_cue: re.Pattern[str] | None
    issue_date: re.Pattern[str]
    # "the newspaper", "l'agence": a source named before, said again (None: no lexicon has them).
    source_description: re.Pattern[str] | None
    source_description_cue: re.Pattern[str] | None  # ends the text before a description that is a source
    attribution_cue: re.Pattern[str]
    attribution_cue_lowered: re.Pattern[str]
    speech_verb: re.Pattern[str]  # speech verbs but the CUE_WORDS
    speech_verb_lowered: re.Pattern[str]  # the same, for lowercased text (word_start_regex)
    # Any of the three above, on lowercased text: a block it finds nothing in holds no
    # attribution (None: they could not be joined)
    attribution_screen: re.Pattern[str] | None
    quoted_comma_screen: re.Pattern[str]  # a quotation closed by a comma
    speaker: re.Pattern[str]  # a speaker beside a speech verb: a role or a pronoun
    speaker_lowered: re.Pattern[str]
    speech_languages: frozenset[str]  # languages whose lexicon names speakers (speaker_roles)
    pronouns: frozenset[str]  # speaker_pronouns: "il", "she"
    object_relatives: frozenset[str]  # "qu'": its verb's subject follows it ("qu'a voté le conseil")
    # On lowercased text: a verb whose subject, if named, is a source ("Bayer a finalement
    # annoncé", "the Corporation's claim"), a decision ("le National a accepté"), and an
    # outlet named as where the information comes from ("du média The Information").
    announcement: WordScan
    decision: WordScan
    # A verb of looking into a subject ("Le quotidien Les Echos se penche sur", "Empire Flippers
    # s'est justement intéressé à"): a named subject is where the facts come from (round 10b).
    study: WordScan
    # A verb putting out a document ("vient de diffuser les résultats"), read with the document
    # after it (publication_object), and an institution's forecast ("prévoit cette année un
    # rebond"), read with a capitalised subject and a measured change after it (round 15).
    publication: WordScan
    publication_object: re.Pattern[str] | None
    forecast: WordScan
    forecast_object: re.Pattern[str] | None
    # On lowercased text: a participle, up to three words, its agent's preposition ("annoncé
    # jeudi dernier par", "announced on Monday by"): a name after it is the source.
    passive_agent: WordScan
    # The same for a decision's participle ("Instauré par le Wall Street Journal, le club…"):
    # a named agent decides the figures of its sentence.
    passive_decision: WordScan
    # On lowercased text: "du journal", "révélations du".
    outlet_cue: LiteralScan
    # In the text as it is, with its capital: a word that opens a sentence giving a named
    # person's view ("Pour son responsable Denis Gautier-Sauvagnac, …"); None when no lexicon has one.
    view_cue: LiteralScan | None
    # What makes a vague attribution point back to the one before it ("la même source").
    anaphoric_source: re.Pattern[str] | None
    # A speaker described by rank or role and no name ("un haut responsable", "l'un de ses
    # anciens agents traitants"); what may stand between a speech verb and its inverted
    # subject (fullmatch: "lundi à l'AFP"); the words that tell a subject's complement from a
    # new clause (None, empty: no lexicon has them).
    # unnamed_speaker's groups: "cue", a form read after a source preposition or a speech
    # verb only ("d'après un autre"); "again", the source again, read in an incise only.
    unnamed_speaker: re.Pattern[str] | None
    # A string one of which every unnamed_speaker match spells, on the lowered text (None:
    # none known): the pattern opens with a look-behind and is tried at every position.
    unnamed_speaker_screen: _WordsFirst | None
    speech_gap: re.Pattern[str] | None
    # What names a described speaker after all, matched after its noun: its complement maybe,
    # then a name in apposition that closes ("un responsable du Hamas, Oussama Hamdan, …");
    # group 1, the name. apposed_role: a definite role and such a name after a verb cue's
    # complement ("…, écrit dans une note l'avocat du Parlement européen, Patrick Maisonneuve").
    apposed_name: re.Pattern[str]
    apposed_role: re.Pattern[str]
    # What describes a described speaker after its noun, read into its finding so the editor
    # sees the whole description: "selon une source du Quai d'Orsay", "une source proche de ce
    # dossier" (round 43a). None: the language lists none.
    speaker_description: re.Pattern[str] | None
    # After a described subject's speech verb: what shows the verb introduces speech (a
    # reported clause's opener, a colon, a quotation, maybe after a time, a recipient or a
    # phrase that opens on a preposition: "a déclaré à TASS que", "a souligné sous le couvert
    # de l'anonymat qu'…", "résume la situation : « … »"; not an object and its relative:
    # "précise les obligations que…").
    speech_follows: re.Pattern[str]
    reported_infinitive: re.Pattern[str] | None  # "a déclaré être": a described speaker's own claim
    self_address_verbs: frozenset[str]  # "se dit": a thought when a reported clause follows
    # "que" after "se dit", an adverb or an aside between ("se dit parfois que", "s'est dit, à
    # juste titre, qu'"); not a colon nor a quotation ("s'est dit « très sceptique »")
    self_address_clause: re.Pattern[str] | None
    self_address_gap: frozenset[str]  # "s'est alors dit": the words read past, one by one
    polled_by: re.Pattern[str] | None  # "disent les experts interrogés par l'AFP": whose they are
    # A class of commentators named after all by what follows its noun ("des chercheurs de
    # l'Inserm", "de l'université Laval"): matched at the end of unnamed_speaker's group
    # "commentators" (None: the language lists none).
    commentators_named: re.Pattern[str] | None
    # Who polled a class of commentators names them ("interrogés par l'AFP"), not who reached or
    # quoted them ("contactés par l'AFP", "cités par Le Monde"), as in English (review of cit46).
    commentators_polled_by: re.Pattern[str] | None
    # A study or a work named by its makers' body ("Une étude de l'université de Montréal"): in
    # the sentence before a class of commentators, it says whose they are (review of cit46).
    study_named: re.Pattern[str] | None
    infinitive_claim_verbs: frozenset[str]  # "a déclaré être"; not "raconte avoir", "confie ne pas"
    # A reported clause right after a speech verb, a few words between ("said Friday that"):
    # the speech given in full, no lead-in to a quotation after it.
    reported_clause_after: re.Pattern[str]
    # A sentence that opens on a part of a group ("Most council members said"): no one speaker.
    part_opening: re.Pattern[str] | None
    # Plural nouns of a body's members ("Commissioners"): a run of capitals ending on one is a
    # group, no person named (quotes._person_in).
    group_nouns: frozenset[str]
    # "…, insiste la source précisant que": a reported clause goes on after the source again.
    said_again: re.Pattern[str]
    # Speech verbs with another sense ("a salué des dirigeants", "a observé une minute de
    # silence", "des bannières annonçant 70 %"): speech only before a reported clause, a colon
    # or a quotation (reported_after), in an incise, or (a participle) after its speaker.
    clause_speech_verbs: frozenset[str]
    participle_speakers: frozenset[str]  # who such a participle's subject may be, unnamed
    reported_after: re.Pattern[str]
    source_preposition_before: re.Pattern[str]  # "selon " ending a window: the source follows
    # "a-t-on appris auprès de " ending a window: where an inverted incise learnt it follows
    source_learning_before: re.Pattern[str] | None
    # Speech verbs whose object alone is the view they report ("des économistes dénoncent
    # l'inadéquation…"): a described subject speaks with them, no reported clause needed.
    stance_verbs: frozenset[str]
    question_verbs: frozenset[str]  # an unnamed subject asking is no source ("a reporter asked")
    # A request for anonymity after a question verb ("asked not to be named"): no question
    # (None: no lexicon has one); a relative clause between commas describes the subject
    # ("Another official, who asked not to be named, said"): its verb is not the subject's.
    anonymity_request: re.Pattern[str] | None
    # Who interviewed a witness, named right after the witness ("interrogé par l'AFP",
    # "interviewed by Reuters") or after their verb ("ont raconté à l'AFP", "told Reuters").
    interviewer_after: re.Pattern[str] | None
    interviewer_addressee: re.Pattern[str] | None
    # "des" as "de les" too ("le syndicat des policiers"), and the endings of a plural verb:
    # a plural described subject so opened governs only a plural verb.
    contracted_articles: frozenset[str]
    plural_verb_endings: tuple[str, ...]
    incidental_relatives: frozenset[str]
    # A participle's incise between commas describes the subject too ("Une source de l'agence
    # Reuters, citée par Le Monde, déclare"): read past as a relative clause is.
    incidental_participles: frozenset[str]
    # Speech verbs whose described subject speaks with no reported clause opener after them
    # ("Officials said no one was hurt": English drops "that").
    self_reporting_verbs: frozenset[str]
    # "told" (recipient_speech_verbs), whom, then a clause with no "that" (en.yml).
    recipient_speech_verbs: frozenset[str]
    recipient_clause: re.Pattern[str] | None
    # Speech the text narrates from a recording ("In the video, an officer says"): an event
    # reported, no source (None: no lexicon has one).
    recorded_speech: re.Pattern[str] | None
    # Vague phrases that are a role described before it (None: no lexicon has them), and the
    # words that open such a description (vague) or point to one known.
    described_role: re.Pattern[str] | None
    described_role_plural: re.Pattern[str] | None  # the roles above in the plural
    described_role_openers: frozenset[str]
    described_role_pointers: frozenset[str]
    officials_institutions: frozenset[str]  # "state", "school": say whose a bare plural role is
    organisation_kinds: frozenset[str]  # "cabinet", "firm": the name after one is a body's
    officials_bodies_before: frozenset[str]  # "Office": a body named as speaker the sentence before
    officials_bare_leads: frozenset[str]  # "Officials say": the vague lead a body before owns
    # An unnamed official whose next sentence names the source (an AP lede, "officials said
    # Thursday. …, according to a news release from U.S. Attorney Beth Drake"): the roles, a
    # document's credit that names its issuer, and the title words of a named official.
    officials_named_next: re.Pattern[str] | None
    official_document_credit: re.Pattern[str] | None
    official_titles: frozenset[str]
    # Titles a private trade holds too ("defense attorney", "his agent"): an office's only after
    # a capitalised qualifier not listed as private ("U.S. Attorney", "FBI agent").
    official_titles_qualified: frozenset[str]
    # A title before a speaker's name that makes him an official (with official_titles): a
    # public office ("Mayor", "Governor"), or a body's head after the body's word ("Police
    # Chief"); a company's or a club's roles are not offices ("CEO", "Store Manager", "Coach").
    public_offices: frozenset[str]
    body_heads: frozenset[str]
    # A body word no public body's ("Campaign Manager"); a rank making a head an office alone
    # ("Deputy Chief").
    private_bodies: frozenset[str]
    ranks: frozenset[str]
    ranked_heads: frozenset[str]
    # Any of these in a name makes it an office's or an official body's: official_titles,
    # holder_roles, officials_bodies_before and officials_institutions, joined once.
    official_name_words: frozenset[str]
    private_title_qualifiers: frozenset[str]
    role_adverbials: frozenset[str]  # "week", "after": the words before a role are an adverbial
    role_place_prepositions: frozenset[str]  # "In Boston officials": the name is where, not whose
    officials_nationalities: frozenset[str]  # "US intelligence officials": where they serve, not whose
    # Speech verbs that report only a toll or a figure as their object ("a confirmé le bilan"),
    # and that object after the verb (None: no lexicon has one).
    figure_stance_verbs: frozenset[str]
    figure_object: re.Pattern[str] | None
    incise_before: re.Pattern[str]  # "», y " ending a window: an incise's verb follows
    # "Comme l'", "ce qu'": a speech verb right after it has its subject after it (None: no lexicon has them).
    inversion_opener: re.Pattern[str] | None
    # "varie selon " ending a window: "selon" means "depending on" there (None: no lexicon has them).
    variation_before: re.Pattern[str] | None
    determiners: frozenset[str]
    prepositions: frozenset[str]
    clause_words: frozenset[str]
    indefinites: frozenset[str]  # "des responsables": a role no one in particular speaks as
    # A person's office (holder_roles): "selon la Directrice des Opérations de la Banque
    # mondiale, Coralie Gevers" names a person by her title, no publisher.
    holder_roles: frozenset[str]
    organisation: re.Pattern[str]  # a word that makes a cued name an organisation's ("Le Figaro")
    # What makes "term : lower-case words" a definition, not a body's title under "Sources"
    # ("Banque centrale : institution chargée de…" vs "Banque mondiale : indicateurs du
    # développement dans le monde"): a relative, a participle of function, a class noun.
    definition_marker: re.Pattern[str] | None
    # ... and what opens a body's title there ("Banque mondiale : indicateurs du…"): the
    # first noun of the words, an article before it
    source_title_noun: re.Pattern[str] | None
    cue_preposition: re.Pattern[str]  # ends a cue that is a preposition ("selon", "cité par")
    object_openers: frozenset[str]  # open a verb cue's object ("a révélé le…", "affirme que…")
    relative: re.Pattern[str]  # a relative pronoun after a cue ("selon lequel"): no source
    agent_after: re.Pattern[str]  # "« Intouchables », réalisé par": a title's participle
    # After a source preposition's document: ", rédigé par", ", written by", then a role's
    # words maybe, up to a capital (the authors' name); None when no lexicon has them.
    authored_by: re.Pattern[str] | None
    # A speech noun, its owner's preposition, a role's words maybe, then a capital: "le discours
    # du général de Gaulle", "the words of Martin Luther King" (None: no lexicon has them).
    quote_owner: re.Pattern[str] | None
    # CIT008, on folded text: what makes a figure no statistic in its sentence, a limit the
    # author sets ("Nous optons pour 10 millions de livres comme limite") or a number word
    # defined ("Le trilliard, c'est mille milliards"); what, next to an amount, makes it the
    # author's conversion of the one before ("… au change"). None: no lexicon has them.
    own_limit: re.Pattern[str] | None
    definition: re.Pattern[str] | None
    conversion_cue: re.Pattern[str] | None
    # CIT008: a banknote's or a coin's face value, what stands right before the amount ("billet
    # de 500 CHF") or right after it ("a $100 bill"), is no statistic; nor is a figure a
    # hypothesis supposes ("Si le montant des dettes était de 400 000 000 €", round 9).
    denomination_before: re.Pattern[str] | None
    denomination_after: re.Pattern[str] | None
    hypothesis: re.Pattern[str] | None
    # CIT008, in a figure's sentence: the site's own subscription offer (no statistic), the
    # writer's own account in the first person plural (its own source); an amount a body
    # commits, the commitment's noun right before it ("une offre de") or right after it ("a $1
    # million commitment"); a demonstrative a few words before an amount ("Ce nouveau contrat
    # de"): the amount given above. None: no lexicon has them.
    own_offer: re.Pattern[str] | None
    own_account: re.Pattern[str] | None
    commitment_before: re.Pattern[str] | None
    commitment_after: re.Pattern[str] | None
    demonstrative_before: re.Pattern[str] | None
    # CIT008: a speech participle after its auxiliary, adverbs or asides between ("il a déjà
    # indiqué", "a, au dernier conseil municipal, une fois de plus, évoqué"), on folded text.
    spoken_perfect: re.Pattern[str] | None
    # CIT008: a participle presenting or voting something at a body's meeting ("Présenté lors du
    # dernier conseil municipal"): a source for its paragraph. None: no lexicon has them.
    meeting: re.Pattern[str] | None
    # CIT008: words of a sentence that allots money ("un budget additionnel de", "attribuée").
    allocation: re.Pattern[str] | None
    # "suite de l'article sur", "read the original article on": a reprint's credit, before
    # the name of where the article comes from (None: no lexicon has one).
    reprint_cue: re.Pattern[str] | None
    # The author's own pronouns ("Comme je l'ai récemment écrit"): a speech verb they govern
    # cites no one (round 9). Forms ending in an apostrophe open a word ("j'ai").
    self_pronouns: tuple[str, ...]
    # A reader's voice in a thread, per language: "I", "you", "ich", "du", "je", "merci"
    # (lowered): a run of dated entries written so is a thread, not a dated list.
    thread_voice: dict[str, frozenset[str]]
    # "Pour recevoir la newsletter du Magazine Décideurs" ending a window before an outlet cue:
    # the site's own subscription box, not where a fact comes from (round 9; None: none).
    subscription_before: re.Pattern[str] | None
    # A site's legal notice named in a banner over the page ("Updates to our Terms of Use",
    # round 11a): its heading is no headline (None: no lexicon has them).
    site_notice: re.Pattern[str] | None
    # A site's call to its reader or its notice on the page itself, opening the line ("Thank you
    # for reading …", "Alle Rechte vorbehalten"), by language: a pasted page's one line that opens
    # with its own language's is no headline (review D44: "Residents urged to sign up for …", "Film
    # about Che Guevara …" are headlines; a language's words are read only in that language).
    reader_call: dict[str, re.Pattern[str]]
    # A teaser's cut excerpt closed by its read-more link: an ellipsis, the link's words, an
    # arrow ("… Read more ›", «… Plus »»; None: no lexicon has them).
    teaser_link: re.Pattern[str] | None
    # A read-more link alone on its line ("Lire la suite", "Continue Reading →"): a teaser ends there.
    read_more_alone: re.Pattern[str] | None
    # A search box's label alone on its line: a masthead's widget (None: no lexicon has them).
    search_label: re.Pattern[str] | None
    # A widget's label pasted before the headline ("Speech to Text for <headline>", round 11b;
    # None: no lexicon has them).
    title_label: re.Pattern[str] | None
    # An author's affiliation line ("Siwei Lyu, Professor of Computer Science and Engineering;
    # Director, UB Media Forensic Lab, University at Buffalo"): a name, a comma, an academic
    # role, the institution last (None: no language has them)
    affiliation: re.Pattern[str] | None
    # "Cette dernière a indiqué" ending a window before a speech verb: its subject is the one
    # the sentence before ends on (round 9; None: no lexicon has them).
    anaphoric_subject: re.Pattern[str] | None
    # A present participle ("annonçant", "saying"): its subject stands before it (None: none).
    present_participle: re.Pattern[str] | None
    # A past participle's shape ("soutenu"): after an auxiliary right after a quotation, its verb.
    spoken_participle: re.Pattern[str]
    # "Alain Merly s'est associé … et a souligné": a speech verb right after these shares the
    # sentence's subject (round 9).
    coordinators: frozenset[str]
    # "…, tout en soulignant le travail": a present participle after these (a gerund) shares
    # the sentence's subject (round 11a, fr05).
    gerund_particles: frozenset[str]
    # "…, ce qui montre une stratégie": a subject that is the author's inference, no one's
    # speech (round 11b, fr13); lowered word sequences, nearest the verb last.
    inference_subjects: tuple[tuple[str, ...], ...]
    # "il a constaté que de la fumée s'échappait": a pronoun observing is a witness, not a
    # source (round 11b, fr07).
    observation_verbs: frozenset[str]
    # "Fifty new cases were reported on Monday": a passive's auxiliary right before a speech
    # verb; its subject is what is said, not who says it.
    passive_auxiliaries: frozenset[str]
    passive_agent_words: frozenset[str]  # every lexicon's passive_agent: "by", "par"
    # A numbered article of a named legal text ("l'article 1650 du Code Général des Impôts"):
    # group "document", the text's name; or "signatory", a document's named signatory (None: none).
    document_cue: re.Pattern[str] | None
    # A speech's frame before its speaker's name: "Dans son discours inaugural, Jean-Michel
    # Massé …" (None: no lexicon has them).
    speech_frame: re.Pattern[str] | None
    # An auxiliary, asides between commas, then a participle (group "participle"): "Celui qui
    # fait maire a, au dernier conseil municipal, une fois de plus, évoqué la situation"
    # (round 10b); the participle's verb is checked by the reader.
    split_auxiliary: re.Pattern[str]
    # An observation verb's object that is a measured change ("a observé une baisse"): a named
    # observer's data, speech without a reported clause (None: no lexicon has them).
    measured_change: re.Pattern[str] | None
    # A quotation opening the next sentence after a clause speech verb's (a named speaker's).
    quotation_next: re.Pattern[str]
    # "selon les statistiques douanières": an institution's data after a cue (None: none).
    institution_data: re.Pattern[str] | None
    document_subject: re.Pattern[str] | None  # "une étude de la" before a verb cue's inverted subject
    # Object pronouns between a described subject and its speech verb ("nous a confirmé").
    object_clitics: frozenset[str]
    # Nouns a vague phrase names a whole trade by, that capitalised are a title: "selon la
    # presse" is no one, "Selon La Presse" a Montréal daily (round 26a).
    title_nouns: frozenset[str]
    auxiliary_words: frozenset[str]  # "a", "ont": a past speech verb's auxiliary ("nous a confirmé")
    definite_articles: tuple[str, ...]  # "le", "la", "the": a role that is one named before
    publication_cue: re.Pattern[str]
    approximate: re.Pattern[str]
    qualifier: re.Pattern[str]
    scales: dict[str, float]
    currencies: dict[str, str]
    units: dict[str, str]
    months: dict[str, int]
    month_names: frozenset[str]  # full names only; abbreviations like "sept" are words too
    range_words: frozenset[str]  # a date range's connectors, every language's: "du", "au", "from", "to"
    weekdays: frozenset[str]
    # Per language, the words that tell a page's genre (audit/extract/pagekind.py): a how-to's
    # "you", a news report's "on Tuesday".
    second_person: dict[str, frozenset[str]]
    first_person_words: dict[str, frozenset[str]]  # a memoir's, an organisation's own "je", "nous"
    news_days: dict[str, frozenset[str]]
    # Per language, the set formulas of pages that are no article (minutes, a press release),
    # and a release distributor's marks, any language's (audit/extract/pagekind.py).
    genre_formulas: dict[str, dict[str, tuple[str, ...]]]  # labels, one opening a line
    genre_phrases: dict[str, dict[str, tuple[str, ...]]]  # narrative: only beside a label
    release_marks: tuple[str, ...]
    number_words: dict[str, frozenset[str]]
    number_compounds: frozenset[str]  # languages that glue number words ("zweihundert")
    ordinal_words: dict[str, frozenset[str]]  # the word or stem that ends an ordinal
    ordinal_inflections: dict[str, frozenset[str]]  # the endings a stem takes ("-sten")
    # NUM003's cues per language: "fondée en", "fête ses 50 ans", "il y aura 75 ans … que".
    anniversary: dict[str, dict[str, tuple[str, ...]]]
    # NUM003's "il y a 80 ans", "80 years ago" per language: forms (N: the count), the words
    # before the year counted from and after the elapsed time.
    ago: dict[str, dict[str, tuple[str, ...]]]
    # A byline's publication and update cues, every language's ("publié", "last updated").
    dateline_cues: dict[str, tuple[str, ...]]


def _load_raw() -> list[dict[str, Any]]:
    folder = resources.files("audit") / "lexicons"
    docs = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            docs.append(_yaml(entry.read_text(encoding="utf-8")))
    return docs


def _collect(docs: list[dict[str, Any]], key: str) -> list[Any]:
    return [item for doc in docs for item in doc.get(key, [])]


@functools.cache
def number_table(name: str) -> dict:
    """lexicons/numbers/NAME.yml (currencies, units, qualifiers, pegs), read once."""
    folder = resources.files("audit") / "lexicons" / "numbers"
    return _yaml((folder / f"{name}.yml").read_text(encoding="utf-8"))


@functools.cache
def qualifier_words(key: str) -> tuple[str, ...]:
    """numbers/qualifiers.yml's ``key`` words ("maxima", "now_adverbs"), every language's in
    the file's order: the one reader of a qualifiers key's words."""
    return tuple(w for words in (number_table("qualifiers").get(key) or {}).values() for w in words)


@functools.cache
def words_of(key: str) -> tuple[str, ...]:
    """Every lexicon's list under ``key`` ("byline_openers"), one after another."""
    return tuple(_collect(_load_raw(), key))


def _merged(docs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for doc in docs:
        out.update(doc.get(key, {}) or {})
    return out


def _months(docs: list[dict[str, Any]]) -> dict[str, int]:
    months: dict[str, int] = {}
    for doc in docs:
        for number, name in enumerate(doc.get("months", []), start=1):
            months[name] = number
        months.update(doc.get("month_variants", {}) or {})
    return months


def _unnamed_speaker(docs: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """lexicon.unnamed_speaker: the described speakers; those whose noun names a thing as
    often, when a complement naming a body of people follows ("un agent de la DGSI", not
    "un agent pathogène"); the forms read after a cue, and the source again (named groups)."""
    words = functools.partial(_collect, docs)
    branches = list(words("unnamed_speakers"))
    # A body's name is capitalised: case-sensitive inside the case-blind pattern.
    complements = [rf"(?:{d['speaker_body_complement']})(?:(?-i:[\p{{Lu}}])|(?:{_grouped(d.get('speaker_bodies', []))})(?!\w))"
                   for d in docs if d.get("unnamed_speakers_of_bodies") and d.get("speaker_body_complement")]
    if not branches:
        return None
    extra = ""
    if words("unnamed_speakers_of_bodies"):
        # "bare": no such complement ("l'un de ses anciens agents traitants"), read after a
        # source preposition, or closing an incise after its verb, only.
        extra += (rf"|(?:{_alternation(words('unnamed_speakers_of_bodies'))})(?!\w)"
                  rf"(?:(?=\s+(?:{_alternation(complements) or '(?!)'}))|(?P<bare>))")
    if words("unnamed_speakers_after_preposition"):
        extra += rf"|(?P<witness>{_alternation(words('unnamed_speakers_after_preposition'))})"
    if words("unnamed_speakers_after_cue"):
        extra += rf"|(?P<cue>{_alternation(words('unnamed_speakers_after_cue'))})"
    if words("unnamed_speakers_again"):
        extra += rf"|(?P<again>{_alternation(words('unnamed_speakers_again'))})"
    # Not inside a word nor after an elided article ("l'un" is read whole), but after "d'": "de
    # l'aveu d'un officier de permanence" (round 10a).
    return rx.compile(rf"(?:(?<![\w'’])|(?<=(?<!\w)d['’]))(?:{_alternation(branches)}{extra})", re.IGNORECASE)



def _unnamed_speaker_screen(docs: list[dict[str, Any]]) -> _WordsFirst | None:
    """lexicon.unnamed_speaker_screen."""
    pattern = _unnamed_speaker(docs)
    return None if pattern is None else _required_screen(pattern.pattern)


# Speech verbs that are attribution cues: the attribution reads what follows them.
CUE_WORDS = frozenset({"selon", "d'après", "according to", "laut", "zufolge", "según", "secondo"})


def _required_screen(source: str, bare: bool = False) -> _WordsFirst | None:
    """A pattern for lowercased text that finds one of the strings every match of ``source``
    (case-insensitive) spells out (literals.required's first clause), as a trie: a text it
    finds none in holds no match. None when no such strings are known. ``bare``: the trie's
    strings without the white space around them (what is left is in every match too), so
    that it does not stop at every space of a page (" pour accéder au ", " completa")."""
    clauses = required(source)
    if not clauses:
        return None
    texts = sorted({lit.text for lit in clauses[0]})
    opened = sorted({t.strip() or t for t in texts}) if bare else texts
    return _WordsFirst(texts, rx.compile(_literal_trie(opened)))


def _literal_trie(texts: list[str]) -> str:
    """_trie_regex of the strings as they are (not lowered), from the memo as words_regex
    (the screens' tries were 11 ms of a cold start)."""
    return words_regex(texts, caseless=False) if any(texts) else ""


def _split_screen(phrases: list[str]) -> tuple[_WordsFirst | None, re.Pattern[str]]:
    """A screen (_required_screen) of the phrases whose every match spells a string
    literals.required finds, and the lowered alternation of the others, in their order: on a
    text the screen finds none in, the phrases' alternation finds what the others' does (a
    branch tried first fails everywhere). (None, the never-matching pattern) with no screen."""
    never = rx.compile(r"(?!)")
    read = [p for p in phrases if required(rf"(?<!\w)(?:{p})")]
    screen = _required_screen(rf"(?<!\w)(?:{_alternation(read)})") if read else None
    if screen is None:
        return None, never
    unread = [p for p in phrases if p not in read]
    return screen, _lowered_pattern(rf"(?<!\w)(?:{_alternation(unread)})") if unread else never


_AT_LINE_START = r"(?<![^\n])"


def _opens_lines_only(phrase: str) -> bool:
    """Whether every match of ``phrase`` opens at a line's start: it opens with
    _AT_LINE_START, with no alternation of its own around it, or each branch of the one
    group that spans it does (_line_branches)."""
    return _line_branches(phrase) is not None


def _anchored(phrase: str) -> bool:
    """Whether ``phrase`` opens with _AT_LINE_START, no alternation of its own around it."""
    if not phrase.startswith(_AT_LINE_START):
        return False
    from re import _constants, _parser

    head = _parser.parse(phrase).data
    return bool(head) and head[0][0] is _constants.ASSERT_NOT and head[0][1][0] == -1 and \
        head[0][1][1].data == [(_constants.NOT_LITERAL, ord("\n"))]


def _line_branches(phrase: str) -> list[str] | None:
    """The phrase as branches that each open with _AT_LINE_START: itself, or the branches of
    a group spanning it whole ("(?:(?<![^\\n])A|(?<![^\\n])B)": a comment notice alone on its
    line, or after the comment form's sentences, round 42); None when a branch may open
    elsewhere. Read in one alternation, the notices' look-aheads over their line were tried at
    every line's start of a line the screen passed (0.2 ms a pasted page)."""
    if _anchored(phrase):
        return [phrase]
    if not phrase.startswith("(?:") or _group_end(phrase, 0) != len(phrase):
        return None
    branches = _top_level_branches(phrase[3:-1])
    return branches if len(branches) > 1 and all(map(_anchored, branches)) else None


def _top_level_branches(source: str) -> list[str]:
    """``source`` cut at each "|" outside its groups and classes."""
    depth, n, at, cut, out = 0, len(source), 0, 0, []
    while at < n:
        ch = source[at]
        if ch == "\\":
            at += 2
            continue
        if ch == "[":
            at += 1
            at += at < n and source[at] == "^"
            at += at < n and source[at] == "]"
            while at < n and source[at] != "]":
                at += 2 if source[at] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and not depth:
            out.append(source[cut:at])
            cut = at + 1
        at += 1
    return out + [source[cut:]]


def _text_first(phrase: str) -> str:
    """A line-opening phrase after _AT_LINE_START, its look-aheads right after it put after
    a look-ahead of the text that follows them (the same matches): a comment disclaimer's
    look-ahead for an attribution reads its whole line ("(?![^\\n]*(?:, said|…))"), which
    it did at every line's start before its first words failed (0.26 ms a pasted page).
    As it is when a part holds a group (a copy would hold it twice). A phrase of anchored
    branches (_line_branches): each branch so, in one group."""
    branches = _line_branches(phrase)
    if branches is not None and len(branches) > 1:
        return f"(?:{'|'.join(map(_text_first, branches))})"
    head = len(_AT_LINE_START)
    at = head
    while phrase.startswith(("(?=", "(?!"), at):
        at = _group_end(phrase, at)
        if at < 0:
            return phrase[head:]
    conditions, text = phrase[head:at], phrase[at:]
    if not conditions or not text:
        return phrase[head:]
    from re import _constants, _parser

    try:
        parsed, tail = _parser.parse(conditions), _parser.parse(text)
    except re.error:
        return phrase[head:]
    if parsed.state.groups > 1 or tail.state.groups > 1 or \
            any(op not in (_constants.ASSERT, _constants.ASSERT_NOT) or arg[0] != 1 for op, arg in parsed.data):
        return phrase[head:]
    return f"(?=(?:{text})){conditions}{text}"


def _group_end(source: str, at: int) -> int:
    """The index past the group that opens at ``at`` in a pattern's source (classes and
    escapes read as such), -1 if it does not close."""
    depth, n = 0, len(source)
    while at < n:
        ch = source[at]
        if ch == "\\":
            at += 2
            continue
        if ch == "[":
            at += 1
            at += at < n and source[at] == "^"
            at += at < n and source[at] == "]"
            while at < n and source[at] != "]":
                at += 2 if source[at] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if not depth:
                return at + 1
        at += 1
    return -1


@dataclass(frozen=True)
class LineOpened:
    """A lowered alternation of phrases (``whole``) read as two where it can be: the phrases
    that open only at a line's start (_AT_LINE_START: comment disclaimers, platform credits,
    "continue reading"), and the others (``rest``). In one alternation the first were tried at
    every word start of a line (round 41's: 0.08 -> 0.30 ms a pasted page); ``lines`` is
    matched at each line's start only (searched, its look-behind was tried at every
    character: 0.27 ms)."""

    whole: re.Pattern[str]
    rest: re.Pattern[str]
    lines: re.Pattern[str] | None

    def for_range(self, text: str, start: int, end: int) -> re.Pattern[str]:
        """The pattern whose finditer(text, start, end) finds what whole's does: ``rest`` when
        no line-opening phrase matches anywhere from start to end (a branch of an alternation
        that matches nowhere changes none of its matches), else ``whole``."""
        lines = self.lines
        if lines is None:
            return self.rest
        at = start
        if start and text[start - 1] != "\n":
            at = text.find("\n", start, end) + 1 or -1
        while at >= 0:
            if lines.match(text, at, end):
                return self.whole
            at = text.find("\n", at, end) + 1 or -1
        return self.rest


def _line_opened(phrases: list[str], whole: re.Pattern[str]) -> LineOpened:
    """lexicon.boilerplate_inline_split: ``whole`` is the phrases' lowered alternation."""
    # Kept in the memo: parsing the phrases was 5-10 ms of a cold start.
    opening, moved = memo.derived(("line-opened", tuple(phrases)), lambda: (
        tuple(p for p in phrases if _opens_lines_only(p)),
        tuple(_text_first(p) for p in phrases if _opens_lines_only(p))))
    if not opening:
        return LineOpened(whole, whole, None)
    rest = [p for p in phrases if p not in opening]
    lines = _lowered_pattern(rf"{_AT_LINE_START}(?:{_alternation(list(moved))})")
    return LineOpened(whole, _lowered_pattern(rf"(?<!\w)(?:{_alternation(rest)})") if rest else rx.compile(r"(?!)"),
                      lines)


class _WordsFirst:
    """A screen (a trie of literals) searched only in a text holding one of a few words the
    literals spell (every literal holds one): a few str.find calls, where the trie stops at
    every letter a literal opens with ("a", "c", "e"…: 0.1-0.2 ms a page, which holds none of
    the paywall prompts' words on most pages)."""

    __slots__ = ("pattern", "words")

    def __init__(self, texts: list[str], pattern: re.Pattern[str]) -> None:
        # Kept in the memo: the greedy choice was 14 ms of a cold start.
        self.words = memo.derived(("words-first", tuple(texts)), lambda: self._chosen(texts))
        self.pattern = pattern

    @staticmethod
    def _chosen(texts: list[str]) -> tuple[str, ...]:
        # Greedy: the word held by most literals not yet held, of six letters or more (short
        # ones are common); a literal no such word shares with another is looked for whole
        # ("il vous reste ", not "reste").
        left, chosen = set(texts), set()
        while left:
            words = {w for t in left for w in _WORD_RUN.findall(t) if len(w) >= 6}
            best = max(sorted(words), key=lambda w: (sum(w in t for t in left), len(w)), default=None)
            if best is None or sum(best in t for t in left) < 2:
                chosen.update(left)
                break
            chosen.add(best)
            left = {t for t in left if best not in t}
        return tuple(sorted(chosen))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        if all(text.find(w, pos, endpos) < 0 for w in self.words):
            return None
        return self.pattern.search(text, pos, endpos)

    def spans(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        """Where the strings stand in ``text[pos:endpos]`` (re's finditer: apart, leftmost
        first), none when it holds none of the words: a range that holds a string meets one
        of these spans (one that holds it at its start, or an earlier one reaching over it)."""
        endpos = len(text) if endpos is None else endpos
        if all(text.find(w, pos, endpos) < 0 for w in self.words):
            return []
        return [m.span() for m in self.pattern.finditer(text, pos, endpos)]


_WORD_RUN = re.compile(r"\w+")


def _screen(sources: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern that matches where any of ``sources`` does (case-insensitive if one is:
    a screen may match more, never less). None if a source refers to a group by number."""
    joined = _non_capturing(_alternation(list(sources)))
    return None if joined is None else _lowered_pattern(joined)


_WORD_OR_HYPHEN = r"[\w-]"  # before a verb: not "PETA-approved"


def _passive_agent(docs: list[dict[str, Any]], key: str = "passive_participles") -> WordScan:
    """The participles (``key``) of every language, then up to four words (a date: "partagé le
    14 avril 2025 par @AlexSofamous") or an aside and any language's agent preposition (the name's white space is _NAME's); found by a word-start scan."""
    participles = sorted({w for d in docs for w in d.get(key, [])})
    agents = sorted({d["passive_agent"] for d in docs if d.get("passive_agent")})
    if not participles or not agents:
        never = rx.compile("(?!)")
        return WordScan(never, never, never, None)
    # An aside between commas may stand before the agent: "diffusées, mardi 10 novembre, par
    # l'Insee" (round 14a).
    rest = rf"(?:\s+[\w'-]+){{0,4}}?(?:\s*,[^,.;:!?«»\n]{{1,40}},)?\s+(?:{'|'.join(map(re.escape, agents))})(?=\s)"
    plain = rx.compile(rf"{word_start_regex(participles)}{rest}")
    return WordScan(plain, plain, word_start_scan(participles, rest), None)


@dataclass(frozen=True)
class LiteralScan:
    """A few phrases (then ``rest``) found by one pattern per first letter, each opening with
    its phrases' common letters and testing what stands before them after those: re skips to
    a literal prefix ("révélations d") far faster than to any of several letters, which
    stopped at every "r" and "i" of a page (outlet cues: 0.094 -> 0.042 ms a page). ``spans``
    are the matches of the phrases' one alternation: in order, none opening inside another."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, words: list[str], rest: str = "", before: str | None = r"\w",
           lowercase: bool = True) -> "LiteralScan":
        by_first: dict[str, list[str]] = {}
        for word in sorted({w.lower() if lowercase else w for w in words if w}):
            by_first.setdefault(word[0], []).append(word)
        patterns = []
        for group in by_first.values():
            prefix = os.path.commonprefix(group)
            node = _trie(group, caseless=False)
            for ch in prefix:
                node = node[ch]
            behind = f"(?<!{before}{re.escape(prefix)})" if before else ""
            patterns.append(rx.compile(f"{re.escape(prefix)}{behind}{_trie_regex(node)}{rest}"))
        return cls(tuple(patterns))

    def spans(self, text: str, ignore_case: bool = False) -> list[tuple[int, int]]:
        """``ignore_case``: patterns written for lowercased text, read in a text lower()
        lengthens ("İ")."""
        patterns = [caseless(p.pattern) for p in self.patterns] if ignore_case else self.patterns
        found = sorted(m.span() for p in patterns for m in p.finditer(text))
        out: list[tuple[int, int]] = []
        for span in found:
            if not out or span[0] >= out[-1][1]:
                out.append(span)
        return out


@dataclass(frozen=True)
class WordScan:
    """A pattern of words read by a scan (subject verbs, passive agents): ``plain`` matches it
    all; on lowercased text, ``words`` is its branches that open a word, found by ``scan``
    (word_start_scan's shape), which skips a page's letters, and ``possessive`` the nouns
    after "'s" ("the Corporation's claim"). The subject verbs' plain pattern stopped at every
    "a" and "ont" of a page (0.25-0.4 ms)."""

    plain: re.Pattern[str]
    words: re.Pattern[str]
    scan: re.Pattern[str]
    possessive: re.Pattern[str] | None
    # The scan this one's openings are found by with others' (SharedScan), and its index there.
    shared: tuple[SharedScan, int] | None = field(default=None, compare=False, repr=False)

    def spans(self, text: str, low: str | None) -> list[tuple[int, int]]:
        """(start, end) of every match in ``text`` (``low``: lowered(text); None: the text
        is read case-insensitively), in order."""
        if low is None:
            return [m.span() for m in caseless(self.plain.pattern).finditer(text)]
        found = None if self.shared is None else self.shared[0].spans(self.shared[1], self.words, low)
        if found is None:
            found = word_start_spans(self.words, self.scan, low)
        if self.possessive is not None:
            found = sorted(found + [m.span() for m in self.possessive.finditer(low)])
        return found


_SCAN_HEAD = rx.compile(r"\[\^a-z\u00df-\u00f6\u00f8-\u00ff\]\(\?=\[([^\]\\]*)\]\)")  # a WordScan's scan


class SharedScan:
    """The scans of several WordScans (word_start_scan's shape: the character before a word,
    the words' first letters, then the rest) made as one scan of a page, whose match at each
    character before a word where one of them opens tells which: each scan stopped at every
    space of the page (half of the 0.2 ms each of five took a page). Scan i's spans are those
    of its own finditer: its matches in order, each opening at or past the previous one's end.
    The page last read is kept (the five are asked of the same lowered text), when it is at
    most _SHARED_AT_MOST characters; a longer one is read by each scan itself."""

    __slots__ = ("_scans", "_pattern", "_groups", "_kept")

    def __init__(self, scans: Sequence[re.Pattern[str]]) -> None:
        self._scans = tuple(scans)
        firsts, tails, gates, groups, group = set(), [], [], [], 1
        for scan in scans:
            # What the scan reads after the character before a word: its first letters, the
            # test of what stands before, its group 1 (the words and their rest).
            tail = scan.pattern[len(_MAYBE_BEFORE_WORD):]
            gate = _non_capturing(tail)
            if gate is None:
                raise re.error("a scan refers to a group")
            firsts.update(_SCAN_HEAD.match(scan.pattern).group(1).replace("\\", ""))
            gates.append(gate)
            tails.append(f"(?:(?={tail})|)")
            groups.append(group)  # the index of the scan's group 1 in the shared pattern
            group += scan.groups
        first = "".join(map(re.escape, sorted(firsts)))
        self._pattern = rx.compile(f"{_MAYBE_BEFORE_WORD}(?=[{first}])(?=(?:{'|'.join(gates)}))"
                                   + "".join(tails))
        self._groups = tuple(groups)
        # (the page, each scan's hits): one pair, replaced whole, so that a reader on another
        # thread, or one an alarm cut short (--time-budget), never pairs a page with another's
        self._kept: tuple[str | None, list[list[tuple[int, int]]]] = (None, [])

    def __reduce__(self) -> tuple[Any, ...]:
        return SharedScan, (self._scans,)

    @staticmethod
    def of(scans: Sequence[WordScan]) -> tuple[WordScan, ...]:
        """The scans, each given the shared scan of those in word_start_scan's shape."""
        shaped = [i for i, s in enumerate(scans) if _SCAN_HEAD.match(s.scan.pattern)]
        try:
            shared = SharedScan([scans[i].scan for i in shaped])
        except re.error:  # their groups' names clash: each scans apart
            return tuple(scans)
        out = list(scans)
        for k, i in enumerate(shaped):
            out[i] = dataclasses.replace(scans[i], shared=(shared, k))
        return tuple(out)

    def spans(self, k: int, words: re.Pattern[str], low: str) -> list[tuple[int, int]] | None:
        """word_start_spans(words, scan k, low); None for a text longer than kept."""
        if len(low) > _SHARED_AT_MOST:
            return None
        kept, found = self._kept
        if kept is not low:
            found = self.read(low)
            self._kept = (low, found)
        return self.spans_read(found, k, words, low)

    def read(self, low: str) -> list[list[tuple[int, int]]]:
        """One walk of ``low``'s word starts for all the scans: for each scan, (the character
        before, the end) of each of its matches there, overlaps included; spans_read makes
        them its finditer's. Nothing is kept: the caller passes the result on."""
        found: list[list[tuple[int, int]]] = [[] for _ in self._groups]
        for m in self._pattern.finditer(low):
            for hits, g in zip(found, self._groups):
                if m.start(g) >= 0:
                    hits.append((m.start(), m.end(g)))
        return found

    @staticmethod
    def spans_read(found: list[list[tuple[int, int]]], k: int, words: re.Pattern[str],
                   low: str) -> list[tuple[int, int]]:
        """word_start_spans(words, scan k, low) from read(low)'s ``found``."""
        first = words.match(low)
        spans = [first.span()] if first else []
        at = first.end() if first else 0
        for before, end in found[k]:  # its finditer's: from the previous match's end on
            if before >= at:
                spans.append((before + 1, end))
                at = end
        return spans


@functools.cache
def shared_scan(scans: tuple[re.Pattern[str], ...]) -> SharedScan | None:
    """The SharedScan of word_start_scan-shaped ``scans`` (one walk of a text's word starts
    for them all, SharedScan.read); None when they cannot share one (a scan not of that
    shape, or their groups clash)."""
    if not all(_SCAN_HEAD.match(s.pattern) for s in scans):
        return None
    try:
        return SharedScan(scans)
    except re.error:
        return None


_SHARED_AT_MOST = 1 << 20  # characters of a page kept for the scans that share its reading


@functools.lru_cache(maxsize=16)
def caseless(source: str) -> re.Pattern[str]:
    """A pattern written for lowercased text, for a text lower() lengthens ("İ")."""
    return rx.compile(source, re.IGNORECASE)


def _participles(verbs: list[str], auxiliaries: list[str]) -> list[str]:
    """The participles of the perfects among ``verbs`` ("a déclaré" → "déclaré")."""
    return sorted({rest for aux, _, rest in (v.partition(" ") for v in verbs) if aux in auxiliaries and rest})


def _slipped_perfects(verbs: list[str], auxiliaries: list[str], slips: list[list[str]]) -> list[str]:
    """A perfect written with another form's homophone ending (lexicon participle_slips): "un
    responsable syndicale a souligner que…" (round 16b, fr24) is "a souligné". Screened for
    only: "A noter" opening a line is "À noter", no speech."""
    out = []
    for verb in verbs:
        aux, _, participle = verb.partition(" ")
        if aux not in auxiliaries or not participle or " " in participle:
            continue
        out.extend(f"{aux} {participle[:-len(right)]}{wrong}" for right, wrong in slips
                   if participle.endswith(right))
    return out


def _spoken_perfect(docs: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """A speech participle (passive_participles) after its auxiliary, with up to two adverbs or
    asides between them: "il a déjà indiqué", "a, au dernier conseil municipal, une fois de
    plus, évoqué" (round 10). Group "aux": the auxiliary."""
    branches = []
    for doc in docs:
        if doc.get("passive_participles") and doc.get("auxiliaries"):
            aside = r",[^,.;:!?«»\"“”\n]{1,60}"
            branches.append(rf"(?P<aux{len(branches)}>{words_regex(doc['auxiliaries'])})"
                            rf"(?:\s+(?:{doc['adverbs']})|(?:{aside}){{1,3}},){{0,2}}\s+"
                            rf"{words_regex(doc['passive_participles'])}")
    return rx.compile(rf"(?<![\w-])(?:{'|'.join(branches)})(?!\w)", re.IGNORECASE) if branches else None


def _subject_verb(docs: list[dict[str, Any]], what: str) -> WordScan:
    """For lowercased text: ``what``'s verbs ("annonce"), infinitives after "vient de",
    participles after an auxiliary and up to two adverbs ("a finalement annoncé", "aurait en effet officiellement signalé"), nouns after a possessive ("'s claim")."""
    branches, firsts, possessives = [], [], []
    for doc in docs:
        verbs, participles = doc.get(f"{what}_verbs", []), doc.get(f"{what}_participles", [])
        if verbs:
            branches.append(word_start_regex(verbs, _WORD_OR_HYPHEN))
            firsts += verbs
        if participles:
            # its own auxiliaries when it has some: "s'est penché sur" (study_auxiliaries)
            auxiliaries = doc.get(f"{what}_auxiliaries") or doc["auxiliaries"]
            branches.append(rf"{word_start_regex(auxiliaries, _WORD_OR_HYPHEN)}\s+(?:(?:{doc['adverbs']})\s+){{0,2}}"
                            rf"{words_regex(participles)}")
            firsts += auxiliaries
        if doc.get(f"{what}_infinitives") and doc.get("infinitive_auxiliaries"):
            # "Rivian vient de confirmer", "L'entreprise vient en effet d'annoncer" (round 7):
            # the infinitive after a recent past's auxiliary, its particle, adverbs between.
            particles = "|".join(re.escape(p) + ("" if p.endswith("'") else r"\s+")
                                 for p in doc.get("infinitive_particles", []))
            branches.append(rf"{word_start_regex(doc['infinitive_auxiliaries'], _WORD_OR_HYPHEN)}\s+"
                            rf"(?:(?:{doc['adverbs']})\s+){{0,2}}(?:{particles})"
                            rf"{words_regex(doc[f'{what}_infinitives'])}")
            firsts += doc["infinitive_auxiliaries"]
        if doc.get(f"{what}_nouns"):
            possessives.append(rf"'s\s+{words_regex(doc[f'{what}_nouns'])}")
    plain = rx.compile(rf"(?:{'|'.join(branches + possessives) or '(?!)'})(?!\w)")
    opening = rf"(?:{'|'.join(branches) or '(?!)'})(?!\w)"
    # word_start_scan's shape, with every branch as the word and its rest (each opens a word)
    first = "".join(map(re.escape, sorted({w[0] for w in firsts})))
    scan = rx.compile(rf"{_MAYBE_BEFORE_WORD}(?=[{first}])(?<!{_WORD_OR_HYPHEN})({opening})") \
        if first else rx.compile("(?!)")
    return WordScan(plain, rx.compile(opening), scan,
                        rx.compile(rf"(?:{'|'.join(possessives)})(?!\w)") if possessives else None)


# The author's name after a byline's opening words: a capitalised word, then up to three more
# (with the particles names carry), then the line's end, a comma, a separator or a second
# author. One word alone is a name only at the line's end ("Par Rédaction"): "Di Maio, …",
# "Por Andalucía y …" open headlines; "Von der Leyen und …" starts with a particle.
_NAME_PART = r"(?:[\p{Lu}][\w.'’-]*|de|da|del|van|von|der|den|le|la|du|di|dos)"
_CAPITALISED = r"[\p{Lu}][\w.'’-]*"
_BYLINE_NAME = (rf"(?:{_CAPITALISED}\s*+$|{_CAPITALISED}(?:\s+{_NAME_PART}){{1,3}}\s*+"
                r"(?:$|[,;|/–—(-]|(?<=\s)(?:et|and|und|y|e|avec|with|mit)\s))")


def _word_pairs(docs: list[dict[str, Any]], first: str, second: str) -> str | None:
    """Each language's words of ``first`` then, after white space, of ``second`` (a list or one
    word), as one alternation; None when no language has both."""
    def listed(value: Any) -> list[str]:
        return value if isinstance(value, list) else [value]
    branches = [rf"(?:{words_regex(listed(d[first]))})\s+(?:{words_regex(listed(d[second]))})"
                for d in docs if d.get(first) and d.get(second)]
    return "|".join(branches) or None


def _quote_owner(docs: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """Each language's speech nouns and owners' prepositions ("discours du"), then up to two
    lowercase words ("général de") before a capital: the speaker's name."""
    pairs = _word_pairs(docs, "speech_nouns", "speech_owners")
    if pairs is None:
        return None
    # Within a line: "Déclaration de confidentialité" / "Sites partenaires" are two menu items.
    return rx.compile(rf"(?<![\w'’])(?i:{pairs})(?:(?<=['’])|[^\S\n]+)"
                      rf"(?:[\p{{Ll}}][\w'’-]*[^\S\n]+){{0,2}}?[\p{{Lu}}][\w'’-]+")


def _authored_by(docs: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """", rédigé par le président " up to the name that follows: each language's authorship
    participles, its passive agent's preposition, then up to two lowercase words (an article,
    a role) before a capital."""
    pairs = _word_pairs(docs, "authorship_participles", "passive_agent")
    if pairs is None:
        return None
    return rx.compile(rf"[^\S\n]*,[^\S\n]*(?i:{pairs})(?:[^\S\n]+[\p{{Ll}}][\w'’-]*){{0,2}}?"
                      rf"(?=[^\S\n]+[\p{{Lu}}])")


def _institution_data(docs: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """lexicon.institution_data: a data noun, then an institution's adjective or a body after
    its complement ("les statistiques douanières", "les chiffres des douanes")."""
    words = functools.partial(_collect, docs)
    if not words("institution_data_nouns"):
        return None
    bodies = [rf"(?:{d['speaker_body_complement']})(?:{_grouped(d.get('speaker_bodies', []))})"
              for d in docs if d.get("institution_data_nouns") and d.get("speaker_body_complement")]
    whose = _alternation(words("institution_adjectives") + bodies)
    return rx.compile(rf"\s+(?:{_alternation(words('institution_data_nouns'))})\s+(?:{whose})(?!\w)",
                      re.IGNORECASE)


def _language_weights(docs: list[dict]) -> dict[str, tuple[tuple[str, float], ...]]:
    """Each word of a language's stopwords and language_words -> (language, 1/k) for the k
    languages that list it: "en" is French and Spanish, half evidence of each."""
    lists = {d["language"]: {str(w).lower() for w in d.get("stopwords", []) + d.get("language_words", [])}
             for d in docs}
    every = set().union(*lists.values())
    return {w: tuple((lang, 1 / k) for lang in langs)
            for w in every
            for langs in [[lang for lang, ws in lists.items() if w in ws]]
            for k in [len(langs)]}


def _platform_credits(docs: list[dict[str, Any]]) -> list[str]:
    """A comment platform's credit left in the copy ("powered by Disqus", «Propulsé par
    Disqus», round 41b r6): a language's credit words before a platform's name (both lexicon
    lists: the names are brands, read in every language), alone on its line (the comment
    notice's pattern takes it closing the notice); after a story's sentence or question it is
    the story's ("Its comment section? Powered by Viafoura.", review of seg41), and "The site's
    comments are powered by Disqus, which …" is prose."""
    credits, names = _collect(docs, "comment_platform_credits"), _collect(docs, "comment_platforms")
    if not credits or not names:
        return []
    return [rf"(?<![^\n])(?:{_alternation(credits)}) (?:{_alternation(names)})"
            r"[.!]?(?=[ \t]*(?:\n|$))"]


def _labels_alone(docs: list[dict[str, Any]]) -> list[str]:
    """The related link labels (related_link_labels) alone on their line with their colon, or
    over one word, a topic's tag that heads the box's teasers (La Croix's «Sur le même sujet :
    Festival» over five headlines, round 39a fr28), not one headline."""
    labels = _collect(docs, "related_link_labels")
    return [rf"(?:{_alternation([re.escape(label) for label in labels])})\s*:(?:\s*[^\W\d_][\w’'-]*)?"] \
        if labels else []


def _comment_box_lines(docs: list[dict[str, Any]]) -> list[str]:
    """A comment box's link or form prompt alone on its line ("Réagir à cet article", round 42a
    r3; "Please enter your comment!" / "Please enter your name here", a WordPress theme's form
    warnings, round 42b r4): each of the languages' forms, closed by a mark or none; in a
    sentence ("N'hésitez pas à réagir à cet article dans les commentaires") it is prose."""
    lines = _collect(docs, "comment_box_lines")
    return [rf"(?<![^\n])(?:{_alternation(lines)})[ \t]*[.!:…»›→>*]*(?=[ \t]*(?:\n|$))"] if lines else []


@functools.cache
def get_lexicon() -> Lexicon:
    docs = _load_raw()
    words = functools.partial(_collect, docs)
    stopwords = {d["language"]: frozenset(d.get("stopwords", [])) for d in docs}
    flags = re.IGNORECASE

    def optional(key: str, template: str, alternation=_grouped) -> re.Pattern[str] | None:
        """The languages' ``key`` list as one pattern (``template`` around its alternation),
        or None when no language has one."""
        listed = words(key)
        return rx.compile(template.format(alternation(listed)), flags) if listed else None

    def lowered(key: str) -> frozenset[str]:
        """The languages' ``key`` words, lowered, for membership tests on lowered words."""
        return frozenset(w.lower() for w in words(key))

    def cues(key: str) -> re.Pattern[str] | None:
        """A key's patterns as one alternation (None: no language has them)."""
        return optional(key, "{}", lambda patterns: "|".join(f"(?:{p})" for p in patterns))

    def worded(key: str, before: str, after: str) -> re.Pattern[str] | None:
        """A key's words between ``before`` and ``after`` (None: no language has them)."""
        # around the words, not in optional's template: before/after hold "{1,3}"
        return optional(key, "{}", lambda listed: rf"{before}(?:{words_regex(listed)}){after}")

    # "selon X" is read as a cue, with X; as a speech verb it was matched only to be skipped.
    speech_verbs = [w for w in words("speech_verbs") if case_folded(w) not in CUE_WORDS]
    # For lowercased text: vague phrases, cues ("selon"), speech verbs.
    vague = words("vague_attribution") + words("vague_hedges") + words("vague_unless_owned")  # hedges: lexicon.vague_hedge
    # A name in apposition after a described speaker, its complement maybe before a comma:
    # two capitalised words, a title maybe, then the apposition closes.
    titles = words("name_titles")
    # Several names, coordinated: "ont indiqué les deux responsables américains, John Kirby et
    # Jake Sullivan" (round 16b) names them.
    person = rf"(?:(?:{words_regex(titles, caseless=False)})\s+)?[\p{{Lu}}][\w'’-]+(?:\s+[\p{{Lu}}][\w'’-]+)+"
    joined = rf"(?:\s*,\s*|\s+(?:{words_regex(words('coordinators'), caseless=False)})\s+)" \
        if words("coordinators") else r"(?!)"
    apposition = (r"(?:[^,.;:!?\n«»“”\"]{0,40}?,)?\s+"
                  rf"({person}(?:{joined}{person})*)"
                  r"(?=\s*(?:[,.;:!?)»”]|$))") if titles else r"(?!)"
    gap = "|".join(d["speech_gap"] for d in docs if d.get("speech_gap"))
    gap = rf"(?:\s+(?:{gap}))*" if gap else ""
    adverbs = "|".join(d["adverbs"] for d in docs if d.get("adverbs") and d.get("variation_words")) or "(?!)"
    attributions = (rf"(?<!\w)(?:{_grouped(vague)})",
                    rf"{word_start_regex(words('attribution_cues'))}\b",
                    # not the end of a compound: "lieu-dit Le Mainbier" (round 10a)
                    rf"{word_start_regex(speech_verbs, _WORD_OR_HYPHEN)}(?!\w)")
    # Share/subscribe text and paywall prompts inside a paragraph: each starts a word, so
    # tried at word starts only (3x faster); one source for the cased and lowered patterns.
    inline_phrases = words("boilerplate_inline") + _platform_credits(docs) + _comment_box_lines(docs)
    inline = rf"(?<!\w)(?:{_alternation(inline_phrases)})"
    paywall = rf"(?<!\w)(?:{_alternation(words('paywall_prompts'))})" if words("paywall_prompts") else ""
    # Found by one scan of a page (a page's subject verbs and passive agents are asked of it).
    scans = SharedScan.of([_subject_verb(docs, "announcement"), _subject_verb(docs, "decision"),
                           _subject_verb(docs, "study"), _passive_agent(docs),
                           _passive_agent(docs, "decision_passive_participles"),
                           _subject_verb(docs, "publication"), _subject_verb(docs, "forecast")])
    return Lexicon(
        languages=tuple(d["language"] for d in docs),
        stopwords=stopwords,
        all_stopwords=frozenset().union(*stopwords.values()),
        stopword_verbs=lowered("stopword_verbs"),
        language_weights=(weights := _language_weights(docs)),
        language_word_groups=tuple(
            (lang, share, frozenset(w for w, pairs in weights.items() if (lang, share) in pairs))
            for lang in (d["language"] for d in docs)
            for share in sorted({s for pairs in weights.values() for lg, s in pairs if lg == lang})),
        sources_header=_line(words("sources_headers")),
        sources_inline=LinePattern(r"^\s*", [d["sources_inline"] for d in docs if "sources_inline" in d]),
        comments_header=_line(words("comments_headers")),
        # a related link's label alone on its line, its colon after it ("Veja Também:"), opens a
        # box; over one headline on its line it is segment.classify._label_over_headline's
        related_header=_line(words("related_headers") + _labels_alone(docs)),
        boilerplate=_line(words("boilerplate")),
        boilerplate_inline=_Lazy(inline, flags),
        boilerplate_inline_lowered=(inline_lowered := _lowered_pattern(inline)),
        boilerplate_inline_split=_line_opened(inline_phrases, inline_lowered),
        **dict(zip(("boilerplate_inline_screen", "boilerplate_inline_unread"),
                   _split_screen(inline_phrases))),
        paywall_prompt=_Lazy(paywall, flags) if paywall else rx.compile(r"(?!)"),
        paywall_prompt_lowered=_lowered_pattern(paywall) if paywall else rx.compile(r"(?!)"),
        paywall_screen=_required_screen(paywall, bare=True) if paywall else None,
        # a reply link split from its date by the separator before it ("/ Responder", "| Reply")
        comment_widget=_line(words("comment_widgets"), "{±+•›»▸►▶▾▼/|·"),
        comment_form=_line(words("comment_forms")),
        comment_date=_line(words("comment_dates")),
        # or glued to the name before it, as HTML prints a name and a date box side by side
        # ("Rose worldMay 30, 2019 at 6:22 PM"): a capital right after a small letter, or the
        # day's digits right after the name's badge ("Mathias Autor11. Dezember 2012 um 13:19")
        comment_stamp=rx.compile(rf"(?:(?<!\w)|(?-i:(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ\d])))"
                                 rf"(?:{_alternation(words('comment_dates'))})(?!\w)", flags),
        comment_byline=optional("comment_bylines", r"\s*(?:{})\s+(?P<name>\S.{{0,58}}?)\s+[–—|-]\s+"),
        byline=rx.compile(rf"\s*(?i:{words_regex(words('byline_openers'))})\s*:?\s+{_BYLINE_NAME}",
                          re.UNICODE),
        profile_label=rx.compile(rf"(?<!\w)(?:{words_regex(words('profile_labels'))})\s*(?::\s*)?$", flags),
        vague_attribution=_Lazy(rf"(?<!\w)(?:{_grouped(vague)})", flags),
        issue_cue=optional("issue_cues", r"(?<!\w)(?:{})(?=\s)", words_regex),
        issue_date=rx.compile(rf"\s+(?:{words_regex(words('issue_date_cues'))})\s+(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+)?"
                              rf"(?:{words_regex(sorted(_months(docs)))})(?!\w)", flags),
        source_description=optional("source_descriptions", r"(?<!\w)(?:{})(?!\w)", words_regex),
        source_description_cue=optional("source_description_cues", r"(?<!\w)(?:{})\s+$", words_regex),
        vague_hedge=optional("vague_hedges", r"(?:{})"),
        continuing_hedge=optional("continuing_hedges", r"(?:{})"),
        continuing_adverbs=lowered("continuing_adverbs"),
        inferred_hedge=optional("inferred_hedges", r"(?:{})"),
        reader_hedge=optional("reader_hedges", r"\s*(?:{})"),
        counterfactual_hedge=optional("counterfactual_hedges", r"(?:{})"),
        counterfactual_frame=optional("counterfactual_frames", r"(?<!\w)(?:{})"),
        answered_hedge=optional("answered_hedges", r"(?:{})"),
        own_request=optional("own_requests", r"(?<!\w)(?:{})"),
        unanswered_request=optional("unanswered_requests", r"(?<!\w)(?:{})"),
        # an elided article ends the grounds' words ("au regard de l'affluence"); their first
        # three words name no one's account (hearsay_grounds)
        inference_grounds=rx.compile(rf"(?<!\w)(?:{_grouped(words('inference_grounds'))})(?:(?<=['’])|(?!\w))"
                                     # an elided article may open the account's noun ("de l'autopsie")
                                     + (rf"(?!\s*(?:[\w'’-]+\s+){{0,2}}(?:[ld]['’])?(?:{words_regex(words('hearsay_grounds'))})(?!\w))"
                                        if words("hearsay_grounds") else "")
                                     + (rf"(?!\s*(?:[\w'’-]+\s+){{0,3}}(?:{words_regex(words('hearsay_ground_participles'))})(?!\w))"
                                        if words("hearsay_ground_participles") else ""), flags)
        if words("inference_grounds") else None,
        poll_sample=optional("poll_samples", r"(?<!\w)(?:{})(?!\w)"),
        poll_share=optional("poll_shares", r"(?<!\w)(?:{})\s+$"),
        vague_unless_owned=optional("vague_unless_owned", r"(?:{})"),
        vague_wanting_listener=optional("vague_wanting_listener", r"(?:{})", _alternation),
        vague_listener=rx.compile("|".join(f"(?:{p})" for p in words("vague_listener")))
        if words("vague_listener") else None,
        vague_unless_kind=optional("vague_unless_kind", r"(?:{})", _alternation),
        kind_complement=rx.compile("|".join(f"(?:{p})" for p in words("kind_complement")))
        if words("kind_complement") else None,
        credited_vague=optional("credited_vague", r"(?:{})", _alternation),
        credit_after_comma=optional("credit_after_comma", r"(?:{})", _alternation),
        reports_back=optional("reports_back", r"(?:{})", _alternation),
        outlet_report_verbs=lowered("outlet_report_verbs"),
        # a name after the complement ("du Parisien"), or a passive's agent that is no
        # indefinite ("communiqués par la gendarmerie", not "par des sources")
        owner_after=rx.compile(
            # maybe after one adjective ("un nouveau bilan provisoire du gouverneur", round 22b)
            rf"(?:\s+(?!(?:{'|'.join(d['speaker_body_complement'] for d in docs if d.get('speaker_body_complement'))})\b)[^\W\d_]+)?"
            rf"\s*(?:(?:{'|'.join(d['speaker_body_complement'] for d in docs if d.get('speaker_body_complement'))})"
            rf"(?:(?-i:[\p{{Lu}}])|(?:{_grouped(words('speaker_roles') + words('speaker_bodies') + words('owner_words'))})(?!\w))"
            # an official count's adjective ("le dernier bilan officiel", "préfectoral")
            rf"|\s+(?:{_alternation(words('owner_adjectives') + words('institution_adjectives'))})(?!\w)"
            # owners by example, a name after ("des sites spécialisés comme Boursorama")
            + (rf"|\s*,?\s+(?:{words_regex(words('owner_examples'))})\s+(?-i:[\p{{Lu}}])" if words("owner_examples") else "") +
            # a passive's agent, maybe after one adjective and a time ("communiqué dimanche par"),
            # and after the count's own complement ("le dernier bilan des catastrophes naturelles
            # en France publié par la Caisse centrale de réassurance", round 33b r2)
            rf"|(?:\s+[^\W\d_]+)?"
            rf"(?:\s+(?:{'|'.join(d['speaker_body_complement'] for d in docs if d.get('speaker_body_complement'))})"
            rf"[^\W\d_]+(?:\s+[^\W\d_]+){{0,4}})?"
            rf"\s(?:{words_regex(words('passive_participles') + words('owner_participles'))})"
            rf"(?:\s+(?:{'|'.join(d['speech_gap'] for d in docs if d.get('speech_gap'))})){{0,4}}"
            rf"\s+(?:(?:{'|'.join(re.escape(d['passive_agent']) for d in docs if d.get('passive_agent'))})"
            # its agent naming the source (named_agents), else any but an indefinite
            + (rf"\s+(?:{_alternation(words('named_agents'))})" if words("named_agents")
               else rf"\s+(?!(?:{words_regex(words('indefinites'))})(?!\w))")
            # or whom it was obtained from, named so ("des informations obtenues auprès de la
            # gendarmerie", "auprès du parquet de Paris"; lexicon owner_agents)
            + (rf"|(?:{_alternation(words('owner_agents'))})" if words("owner_agents") else "")
            + "))", flags)
        if words("vague_unless_owned") and any(d.get("speaker_body_complement") for d in docs) else None,
        vague_attribution_lowered=_lowered_by_first(vague) if _grouped(vague) == _alternation(vague)
        else _lowered_pattern(attributions[0]),
        attribution_cue=_Lazy(rf"\b(?:{words_regex(words('attribution_cues'))})\b", flags),
        attribution_cue_lowered=rx.compile(attributions[1]),
        speech_verb=_Lazy(rf"(?<!{_WORD_OR_HYPHEN})(?:{words_regex(speech_verbs)})(?!\w)", flags),
        speech_verb_lowered=rx.compile(attributions[2]),
        # The three without their ends' word boundaries: a screen that reads nothing past a
        # match is searched in the whole text at once (scan_ranges), from word starts only.
        # The perfects' participles alone too: an adverb may part them from their auxiliary
        # ("a également parlé à", attributions._adverbed_perfect); and a perfect misspelt
        # after a described subject ("un responsable a souligner que", attributions._verb_after).
        # The learning incises too ("a-t-on appris auprès de diplomates": no speech verb, no cue).
        attribution_screen=_screen((rf"(?<!\w)(?:{_grouped_any_order(vague + words('source_learning_cues'))})",
                                    word_start_regex(words("attribution_cues")),
                                    word_start_regex(speech_verbs + _participles(speech_verbs, words("auxiliaries"))
                                                     + _slipped_perfects(speech_verbs, words("auxiliaries"),
                                                                         words("participle_slips"))))),
        # A quotation closed by a comma: any verb after it is speech ("« … », a tempéré un
        # fonctionnaire", attributions._verb_before). Its own screen, so that the one above
        # keeps skipping to word starts.
        quoted_comma_screen=rx.compile(r'[»”"]\s*,'),
        speaker=rx.compile(rf"(?<!\w)(?:{_grouped(words('speaker_roles') + words('speaker_pronouns'))})(?!\w)", flags),
        speaker_lowered=_lowered_pattern(
            rf"(?<!\w)(?:{_grouped(words('speaker_roles') + words('speaker_pronouns'))})(?!\w)"),
        speech_languages=frozenset(d["language"] for d in docs if d.get("speaker_roles")),
        pronouns=frozenset(words("speaker_pronouns")),
        object_relatives=frozenset(words("object_relatives")),
        announcement=scans[0],
        decision=scans[1],
        study=scans[2],
        passive_agent=scans[3],
        passive_decision=scans[4],
        publication=scans[5],
        publication_object=rx.compile(rf"\s+(?:{'|'.join(d['publication_objects'] for d in docs if d.get('publication_objects'))})(?!\w)", flags)
        if any(d.get("publication_objects") for d in docs) else None,
        forecast=scans[6],
        # the measured change within three words of the verb ("prévoit cette année un
        # rebond"), or a percentage ("l'Insee, qui prévoit 0,9% de croissance"); not an
        # infinitive's particle first ("prévoit de fermer 10 % des agences": a plan)
        forecast_object=rx.compile(rf"(?!\s+(?:{words_regex(words('infinitive_particles'))}))"
                                   rf"(?:\s+[\w'’-]+){{0,3}}?(?:\s+(?:{_alternation(words('measured_changes'))})(?!\w)"
                                   r"|\s+\d+(?:[,.]\d+)?\s?%)", flags)
        if words("measured_changes") else None,
        outlet_cue=LiteralScan.of(words("outlet_cues"), r"(?!\w)"),
        anaphoric_source=rx.compile("|".join(d["anaphoric_sources"] for d in docs if d.get("anaphoric_sources")), re.IGNORECASE)
        if any(d.get("anaphoric_sources") for d in docs) else None,
        unnamed_speaker=_unnamed_speaker(docs),
        unnamed_speaker_screen=_unnamed_speaker_screen(docs),
        apposed_name=rx.compile(apposition),
        speaker_description=cues("speaker_descriptions"),
        apposed_role=rx.compile(
            rf"(?:(?!(?i:{words_regex(words('reported_clause_openers'))})(?!\w))[^.;:!?\n]){{0,80}}?"
            rf"(?<![\w'’])(?i:{words_regex(words('definite_articles'))})\s*"
            rf"(?i:{_grouped(words('speaker_roles') + words('speaker_pronouns'))})(?!\w){apposition}"),
        # An elided opener runs into its word: "les experts estiment qu'ils contrôlent" (round 20b).
        speech_follows=rx.compile(
            rf"(?:{gap})?(?:\s+(?:(?:{words_regex(words('definite_articles'))})\s*)?(?-i:[\p{{Lu}}])[\w'’.-]*)?"
            rf"(?:[\s,]+(?:{words_regex(words('prepositions'))})\s[^.;:!?«»“”\"\n]{{0,50}}?)?"
            rf"[\s,]*(?:(?:{words_regex(words('reported_clause_openers'))})(?:(?<=['’])|(?!\w))|:|[«“\"])"
            rf"|[^.;:!?«»“”\"\n]{{1,60}}:\s*[«“\"]"
            # or the next sentence is a quotation ("Une source haut placée à Moscou a commenté
            # pour Sputnik la déclaration de John Bolton. « On voudrait rappeler… »")
            rf"|[^.;:!?«»“”\"\n]{{0,200}}[.!?]\s*[«“\"]", flags),
        # An infinitive reporting the speaker's own claim ("Un responsable américain a déclaré
        # être très sceptique", round 44a fr24's wording; lexicon reported_infinitives)
        reported_infinitive=rx.compile(rf"(?:{gap})?\s+(?:{words_regex(words('reported_infinitives'))})(?!\w)", flags)
        if words("reported_infinitives") else None,
        self_address_verbs=lowered("self_address_verbs"),
        self_address_clause=rx.compile(
            rf"(?:\s*,[^,.;:!?«»“”\"\n]{{1,40}},|\s+(?:{words_regex(words('self_address_gap'))}))*"
            rf"\s*(?:{words_regex(words('reported_clause_openers'))})(?:(?<=['’])|(?!\w))", flags)
        if words("self_address_gap") else None,
        self_address_gap=frozenset(w for g in lowered("self_address_gap") for w in g.split()),
        infinitive_claim_verbs=lowered("infinitive_claim_verbs"),
        polled_by=rx.compile(rf"\s+(?:{words_regex(words('polled_by'))})(?!\w)", flags) if words("polled_by") else None,
        commentators_named=optional("commentators_named", r"(?:{})", "|".join),
        commentators_polled_by=optional("commentators_polled_by", r"\s+(?:{})(?!\w)", words_regex),
        study_named=optional("study_named", r"(?:{})", "|".join),
        group_nouns=lowered("group_nouns"),
        part_opening=optional("part_quantifiers", r"\s*(?:{})(?:(?<=['’])|\s)", words_regex),
        reported_clause_after=rx.compile(
            rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{words_regex(words('reported_clause_openers'))})(?:(?<=['’])|(?!\w))", flags),
        said_again=rx.compile(rf"\s+[\w'’-]+\s+(?:{words_regex(words('reported_clause_openers'))})(?:(?<=['’])|(?!\w))", flags),
        clause_speech_verbs=lowered("clause_speech_verbs"),
        participle_speakers=lowered("participle_speakers"),
        reported_after=rx.compile(
            rf"\s*(?:(?:{words_regex(words('reported_clause_openers'))})(?:(?<=['’])|(?!\w))|:|[«“\"])"
            rf"|[^.;:!?«»“”\"\n]{{1,60}}:\s*[«“\"]", flags),
        # The next sentence quotes the salute's words to its object: "le ministre a salué une
        # entreprise habituée des sommets. « Votre ancrage… »" (round 13b, fr03). A quotation
        # that addresses no one ("a confirmé son talent. « Quel match ! »", review 26 item 6)
        # or has its own speaker after it ("« … », lance X") is not the verb's subject's.
        quotation_next=rx.compile(
            r"[^.;:!?«»“”\"\n]{0,200}[.!?]\s*[«“\"][^«»“”\"\n]{0,300}?(?<!\w)(?:"
            + "|".join(sorted({re.escape(w) for d in docs for w in d.get("second_person") or ()}, key=lambda w: (-len(w), w)))
            + r")(?!\w)[^«»“”\"\n]{0,300}[»”\"](?!\s*,)", re.IGNORECASE),
        measured_change=optional("measured_changes", r"\s+(?:{})(?!\w)", _alternation),
        institution_data=_institution_data(docs),
        document_subject=optional("document_subjects", r"\s+(?:{})(?=\s*[\p{{Lu}}])", _alternation),
        object_clitics=lowered("object_clitics"),
        title_nouns=lowered("title_nouns"),
        auxiliary_words=lowered("auxiliaries"),
        definite_articles=tuple(dict.fromkeys(w.lower() for w in words("definite_articles"))),
        # "selon ", or glued by its elision: "de l'aveu d'"
        source_preposition_before=rx.compile(rf"(?<!\w)(?:{words_regex(words('source_prepositions'))})(?:\s+|(?<=['’]))"
                                             + (f"(?:{_alternation(words('source_documents'))})?"
                                                if words("source_documents") else "") + "$", flags),
        source_learning_before=optional("source_learning_cues", r"(?<!\w)(?:{})(?:\s+|(?<=['’]))$",
                                        lambda patterns: "|".join(f"(?:{p})" for p in patterns)),
        stance_verbs=lowered("stance_verbs"),
        question_verbs=lowered("question_verbs"),
        anonymity_request=optional("anonymity_requests", r"\s+(?:{})(?!\w)", "|".join),
        interviewer_after=rx.compile(rf"[\s,]*(?:{'|'.join(words('interviewers'))})(?:{_interviewers(words)})", flags)
        if words("interviewers") and words("interviewer_names") else None,
        interviewer_addressee=rx.compile(rf"\s+(?:{'|'.join(words('interviewer_addressees'))})(?:{_interviewers(words)})", flags)
        if words("interviewer_addressees") and words("interviewer_names") else None,
        contracted_articles=lowered("contracted_articles"),
        plural_verb_endings=tuple(dict.fromkeys(w.lower() for w in words("plural_verb_endings"))),
        incidental_relatives=lowered("incidental_relatives"),
        incidental_participles=lowered("incidental_participles"),
        self_reporting_verbs=lowered("self_reporting_verbs"),
        recipient_speech_verbs=lowered("recipient_speech_verbs"),
        recipient_clause=rx.compile(
            rf"\s+(?:(?:the\s+)?(?-i:[\p{{Lu}}])[\w'’.&-]*(?:\s+(?-i:[\p{{Lu}}])[\w'’.&-]*){{0,3}}"
            rf"|(?:{words_regex(words('speech_recipients'))}))"
            rf"\s+(?:(?:{words_regex(words('clause_pronouns'))})(?!\w)"
            rf"|(?:{words_regex(words('clause_determiners'))})(?:\s+[\w'’-]+){{1,3}}?"
            rf"\s+(?:(?:{words_regex(words('finite_verbs'))})|[\w-]+ed)(?!\w))", flags)
        if words("recipient_speech_verbs") else None,
        recorded_speech=optional("recorded_speech_cues", r"(?<!\w)(?:{})(?!\w)", "|".join),
        described_role=optional("described_roles", r"(?:{})", "|".join),
        described_role_plural=optional("described_role_plurals", r"(?:{})", "|".join),
        described_role_openers=lowered("described_role_openers"),
        described_role_pointers=lowered("described_role_pointers"),
        officials_institutions=lowered("officials_institutions"),
        officials_bodies_before=lowered("officials_bodies_before"),
        officials_bare_leads=frozenset(words("officials_bare_leads")),
        officials_named_next=optional("officials_named_next", r"(?:{})", "|".join),
        official_document_credit=optional("official_document_credits", r"(?:{})", "|".join),
        official_titles=lowered("official_titles"),
        official_titles_qualified=lowered("official_titles_qualified"),
        public_offices=lowered("public_offices"),
        body_heads=lowered("body_heads"),
        private_bodies=lowered("private_bodies"),
        ranks=lowered("ranks"),
        ranked_heads=lowered("ranked_heads"),
        official_name_words=frozenset(w.lower() for key in ("official_titles", "holder_roles",
                                                            "officials_bodies_before",
                                                            "officials_institutions")
                                      for w in words(key)),
        private_title_qualifiers=lowered("private_title_qualifiers"),
        role_adverbials=lowered("role_adverbials"),
        role_place_prepositions=lowered("role_place_prepositions"),
        officials_nationalities=lowered("officials_nationalities"),
        figure_stance_verbs=lowered("figure_stance_verbs"),
        figure_object=rx.compile(rf"(?:{'|'.join(d['figure_objects'] for d in docs if d.get('figure_objects'))})(?!\w)", flags)
        if any(d.get("figure_objects") for d in docs) else None,
        incise_before=rx.compile(rf"[,»”\"]\s*(?:(?:{words_regex(words('incise_clitics'))})\s+)?$", flags),
        inversion_opener=rx.compile(
            rf"(?<!\w)(?:{words_regex(words('inversion_openers'))})(?:(?<=['’])|\s+)"
            rf"(?:(?:{words_regex(words('inversion_pronouns'))})(?:(?<=['’])|\s+))?", flags)
        if words("inversion_openers") and words("inversion_pronouns") else None,
        variation_before=worded("variation_words", r"(?<!\w)", rf"(?:\s+(?:{adverbs})){{0,2}}\s+$"),
        speech_gap=rx.compile(rf"(?:\s+(?:{'|'.join(d['speech_gap'] for d in docs if d.get('speech_gap'))}))*\s+")
        if any(d.get("speech_gap") for d in docs) else None,
        determiners=frozenset(words("determiners")),
        prepositions=frozenset(words("prepositions")),
        clause_words=frozenset(words("clause_words")),
        indefinites=frozenset(words("indefinites")),
        holder_roles=lowered("holder_roles"),
        organisation=rx.compile(rf"\b(?:{words_regex(words('organisation_words'))})\b", flags),
        definition_marker=rx.compile(rf"(?<!\w)(?:{words_regex(words('definition_markers'))})(?!\w)", flags)
        if words("definition_markers") else None,
        source_title_noun=rx.compile(rf"(?:(?:{words_regex(words('determiners'))})\s+)?"
                                     rf"(?:{words_regex(words('source_title_nouns'))})(?!\w)", flags)
        if words("source_title_nouns") else None,
        # the kind of body said right before a name: "selon le cabinet EY"
        organisation_kinds=lowered("organisation_kinds"),
        cue_preposition=rx.compile(rf"(?<!\w)(?:{words_regex(words('cue_prepositions'))})$", flags),
        object_openers=frozenset(words("object_openers")),
        relative=rx.compile(rf"\s*(?:{words_regex(words('relative_pronouns'))})\b", flags),
        agent_after=rx.compile(rf"\s+(?:{words_regex(words('agent_prepositions'), caseless=False)})\b"),
        authored_by=_authored_by(docs),
        quote_owner=_quote_owner(docs),
        own_limit=cues("own_limit_cues"),
        definition=cues("definition_cues"),
        conversion_cue=worded("conversion_cues", r"(?<!\w)", r"(?!\w)"),
        denomination_before=worded("denomination_before", r"(?<!\w)", r"\s*$"),
        denomination_after=worded("denomination_after", r"[\s-]*", r"(?!\w)"),
        hypothesis=cues("hypothesis_cues"),
        own_offer=cues("own_offer_cues"),
        own_account=cues("own_account_cues"),
        commitment_before=worded("commitment_before", r"(?<!\w)", r"\s*$"),
        commitment_after=worded("commitment_after", r"[\s-]*", r"(?!\w)"),
        demonstrative_before=worded("demonstratives", r"(?<!\w)", r"(?:\s+[\w'-]+){1,3}\s*$"),
        spoken_perfect=_spoken_perfect(docs),
        meeting=cues("meeting_cues"),
        allocation=worded("allocation_words", r"(?<!\w)", r"(?!\w)"),
        reprint_cue=worded("reprint_cues", r"(?<!\w)", r"(?=\s)"),
        self_pronouns=tuple(w.lower() for w in words("self_pronouns")),
        thread_voice={d["language"]: frozenset(str(w).lower() for w in d["thread_voice"])
                      for d in docs if d.get("thread_voice")},
        subscription_before=worded("subscription_words", r"(?<!\w)", r"\s*$"),
        site_notice=worded("site_notices", r"(?<!\w)", r"(?!\w)"),
        reader_call={d["language"]: rx.compile(rf"\s*(?:{words_regex(d['reader_calls'])})(?!\w)", flags)
                     for d in docs if d.get("reader_calls")},
        teaser_link=worded("read_more_links", r"(?:…|\.\.\.)\s*", r"\s*[»›→>]+\s*$"),
        read_more_alone=worded("read_more_links", r"\s*", r"[\s.…»›→>]*"),
        search_label=optional("search_labels", r"\s*(?:{})[\s.:…]*", lambda patterns: "|".join(f"(?:{p})" for p in patterns)),
        title_label=worded("title_labels", r"\s*", r"\s+"),
        affiliation=rx.compile(
            rf"{_CAPITALISED}(?:\s+{_NAME_PART}){{1,3}},\s+(?:{words_regex(words('affiliation_roles'))})"
            # the last part names the institution, opening with a capital: not a headline's
            # clause ("…, prend la tête de l'université de Lille")
            rf"\b[^\n]{{0,160}},\s+(?=(?-i:[\p{{Lu}}]))[^,;\n]{{0,60}}?\b(?:{words_regex(words('institution_words'))})"
            r"\b[^,;\n]{0,60}$", flags)
        if words("affiliation_roles") and words("institution_words") else None,
        anaphoric_subject=worded("anaphoric_subjects", r"(?<!\w)", r"\s+$"),
        spoken_participle=rx.compile("|".join(d["past_participle"] for d in docs if d.get("past_participle")) or "(?!)", flags),
        present_participle=rx.compile("|".join(d["present_participle"] for d in docs if d.get("present_participle")), flags)
        if any(d.get("present_participle") for d in docs) else None,
        coordinators=lowered("coordinators"),
        gerund_particles=lowered("gerund_particles"),
        inference_subjects=tuple(tuple(w.lower().split()) for w in words("inference_subjects")),
        observation_verbs=lowered("observation_verbs"),
        passive_auxiliaries=lowered("passive_auxiliaries"),
        passive_agent_words=frozenset(d["passive_agent"].lower() for d in docs if d.get("passive_agent")),
        document_cue=optional("document_cues", r"(?<!\w)(?:{})", _alternation),
        speech_frame=optional("speech_frames", r"(?<!\w)(?:{})", _alternation),
        # Each aside opens on its comma and holds none: one way to read them (linear).
        split_auxiliary=rx.compile(rf"(?<!\w)(?:{words_regex(words('auxiliaries'))})(?:\s*,[^,.;:!?«»“”\"\n]{{1,60}}){{1,3}}"
                                   rf",\s*(?P<participle>[\p{{Ll}}][\p{{Ll}}-]+)(?!\w)", flags),
        view_cue=LiteralScan.of([w[:1].upper() + w[1:] for w in words("view_cues")], r"(?=\s)",
                                None, lowercase=False)
        if words("view_cues") else None,  # sentence openers, read with their capital (the
        # character before is the reader's to check: a look-behind first is tried everywhere)
        publication_cue=rx.compile(rf"\b(?:{words_regex(words('publication_cues'))})\s*$", flags),
        approximate=rx.compile(rf"(?<!\w)(?:{words_regex(words('approximate'))})(?!\w)", flags),
        qualifier=rx.compile(rf"(?<!\w)(?:{words_regex(words('qualifiers'))})(?!\w)", flags),
        scales={k.lower(): float(v) for k, v in _merged(docs, "scales").items()},
        currencies={k.lower(): v for k, v in _merged(docs, "currencies").items()},
        units={k.lower(): v for k, v in _merged(docs, "units").items()},
        months=_months(docs),
        month_names=frozenset(m for d in docs for m in d.get("months", [])),
        range_words=frozenset(w for d in docs for w in d.get("range_words", [])),
        weekdays=frozenset(w for d in docs for w in d.get("weekdays", [])),
        second_person={d["language"]: frozenset(d["second_person"]) for d in docs if d.get("second_person")},
        first_person_words={d["language"]: frozenset(d["first_person_words"]) for d in docs
                            if d.get("first_person_words")},
        news_days={d["language"]: frozenset(d["news_days"]) for d in docs if d.get("news_days")},
        genre_formulas={d["language"]: {k: tuple(v) for k, v in d["genre_formulas"].items()}
                        for d in docs if d.get("genre_formulas")},
        genre_phrases={d["language"]: {k: tuple(v) for k, v in d["genre_phrases"].items()}
                       for d in docs if d.get("genre_phrases")},
        release_marks=tuple(w for d in docs for w in d.get("release_marks") or []),
        number_words={d["language"]: frozenset(d.get("number_words", [])) for d in docs
                      if d.get("number_words")},
        number_compounds=frozenset(d["language"] for d in docs if d.get("number_compounds")),
        ordinal_words={d["language"]: frozenset(d["ordinal_words"]) for d in docs
                       if d.get("ordinal_words")},
        ordinal_inflections={d["language"]: frozenset(d["ordinal_inflections"]) for d in docs
                             if d.get("ordinal_inflections")},
        anniversary={d["language"]: {k: tuple(v) if isinstance(v, list) else v
                                  for k, v in d["anniversary"].items()}
                     for d in docs if d.get("anniversary")},
        ago={d["language"]: {k: tuple(v) for k, v in d["ago"].items()} for d in docs if d.get("ago")},
        dateline_cues={key: tuple(w for d in docs for w in (d.get("dateline_cues") or {}).get(key, []))
                       for key in ("published", "participles", "participle_labels",
                                   "after_published", "updated", "after_updated", "last", "label", "head_label", "event_labels",
                                   "reading", "masthead", "wires", "place_particles",
                                   "place_articles", "venue_nouns", "period_nouns", "period_end", "views",
                                   "video", "update_marks", "tools")},
    )


_LETTERS = rx.compile(r"[^\W\d_]+")


_PREFIX_PER_WORD = 16  # characters first_words reads at once for each word asked


def first_words(text: str, n: int) -> list[str]:
    """The first ``n`` words (runs of letters) of ``text``: found in a prefix long enough for
    them, all at once (a word the prefix's end may cut is left out), else one by one."""
    words = _LETTERS.findall(text, 0, _PREFIX_PER_WORD * n)
    if len(words) > n or _PREFIX_PER_WORD * n >= len(text):
        return words[:n]
    return [m.group() for m in itertools.islice(_LETTERS.finditer(text), n)]


_LANGUAGE_WORDS = 3000  # detect_language reads the first 3,000 words, not a 10 MB text's all


def detect_language_of(pieces: Iterable[str], repeated: float = 1.0) -> str | None:
    """detect_language of the pieces joined by spaces, joining only as many as it reads: once
    the text passes first_words's prefix and that prefix holds the words it asks for, the rest
    would not be read (a megabyte of short lines is 166,000 pieces). ``repeated``: the weight
    of a piece's words when it repeats a run of words read before or within it (a heading
    over the title again, a photo's caption printed twice: round 18b, an English caption
    shown twice under a French article made it English)."""
    prefix = _PREFIX_PER_WORD * _LANGUAGE_WORDS
    head, size, pieces = [], -1, iter(pieces)
    for piece in pieces:
        head.append(piece)
        size += len(piece) + 1
        if size > prefix:
            text = " ".join(head)
            if len(_LETTERS.findall(text, 0, prefix)) > _LANGUAGE_WORDS:
                return detect_language(text) if repeated == 1.0 else _weighted_language(head, repeated)
            rest = list(pieces)
            return detect_language(" ".join(itertools.chain(head, rest))) if repeated == 1.0 \
                else _weighted_language(head + rest, repeated)
    return detect_language(" ".join(head)) if repeated == 1.0 else _weighted_language(head, repeated)


_REPEAT_RUN = 8  # words: a run this long read twice is a block shown twice, not new prose


def _weighted_language(pieces: list[str], repeated: float) -> str | None:
    """detect_language of the pieces' first words, each piece's words weighing ``repeated``
    when the piece repeats a run of _REPEAT_RUN words read before or within it."""
    # The words of the pieces of weight 1 and of those repeated, counted apart (Counter.update,
    # a C loop; a loop over each piece's words took 0.2 ms a page) and weighed once at the end:
    # the same sums as weighing piece by piece when ``repeated`` times a count is exact (0.5).
    plain: Counter[str] = Counter()
    heavy: Counter[str] = Counter()
    seen: set[tuple[str, ...]] = set()
    total, weight_total = 0, 0.0
    for piece in pieces:
        if total >= _LANGUAGE_WORDS:
            break
        words = list(map(str.lower, first_words(piece, _LANGUAGE_WORDS - total)))
        # Each run of _REPEAT_RUN words (none in a shorter piece), made by zip in C; hashed
        # once, into a set (set to set, isdisjoint and |= reuse the stored hashes).
        runs = set(zip(*(words[i:] for i in range(_REPEAT_RUN))))
        weight = repeated if len(runs) < len(words) - _REPEAT_RUN + 1 or not seen.isdisjoint(runs) \
            else 1.0
        seen |= runs
        total += len(words)
        weight_total += weight * len(words)
        (plain if weight == 1.0 else heavy).update(words)
    counts: Counter[str] = Counter({word: 1.0 * n for word, n in plain.items()})
    for word, n in heavy.items():
        counts[word] += repeated * n
    return _language_of_counts(counts, total, weight_total)


# The share of a text's words that its language's words (stopwords and language_words, a word
# k languages list weighing 1/k) make at least. On the blind rounds' pages of rounds <= 15 they
# make 16 % and more of whole texts, 13 % and more of their first 80 words; on the eval pages
# in Polish, Finnish, Hungarian, Norwegian, Russian at most 5.3 % of the whole and
# 6.5 % of the first 80 words, which a lexicon language used to claim by a few shared words.
_LEAST_STOPWORD_SHARE = 0.08


def detect_language(text: str) -> str | None:
    """The lexicon language whose stopwords are most frequent; None if too little text, or
    if no lexicon language's stopwords are frequent enough for the text to be in it."""
    tokens = list(map(str.lower, first_words(text, _LANGUAGE_WORDS)))
    return _language_of_counts(Counter(tokens), len(tokens), len(tokens))


_second = operator.itemgetter(1)


def _language_of_counts(counts: Counter, tokens: int, weight: float) -> str | None:
    """detect_language of words counted (``tokens`` of them, weighing ``weight`` in all)."""
    if tokens < 5:
        return None
    # A word k languages share ("en": fr, es) is 1/k evidence of each: dropping shared words
    # left a short French text to Spanish, whose "en" counted as its own (round 26a r08).
    # Each distinct word is looked up once, with its count.
    lex = get_lexicon()
    found = lex.language_weights.keys() & counts.keys()
    scores = dict.fromkeys(lex.languages, 0.0)
    for lang, share, words in lex.language_word_groups:
        if matched := words & found:
            scores[lang] += share * sum(map(counts.__getitem__, matched))
    best, top = max(scores.items(), key=_second)
    if sum(score >= top - 1e-9 for score in scores.values()) > 1:
        return None  # a tie: no language, not the first in the lexicons' order
    return best if top >= max(1, _LEAST_STOPWORD_SHARE * weight) else None


# Emoji and symbols a disclosure sentence is read past ("ℹ️ Resumen…", "💡 AI-samenvatting");
# re counts some as letters ("ℹ", "Ⅰ"). "©" is not one: it opens a credit.
SENTENCE_SYMBOLS = rx.compile(r"[\u2100-\u214f\u2190-\u2bff\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff]")


# AI provenance cues: lexicons/ai/<lang>.yml, one file a language, plus tools.yml (tool names
# in every language). Read by audit/segment/disclosure.py.
_ACTS = ("translated", "summarised", "voiced", "illustrated", "generated", "assisted")


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


def _whole(patterns: list[str]) -> re.Pattern[str]:
    # A cue ending with an apostrophe ("l'", "n'") is followed by its word; one ending with a
    # space looks ahead ("mit (?=KI)"): it ends there.
    return rx.compile(rf"(?<!\w)(?:{_any(patterns)})(?:(?<=['\s])|(?!\w))", re.IGNORECASE)


_LITERAL = rx.compile(r"(?<!\\)[^\W\d_]{2,}")
_STEM = 6  # text words are matched to cue words by their first six letters
# Characters that are stems of themselves: a text holding one has it among its stems, and a
# leftover that needs one has it as its stem (_marked: a placeholder's "[").
_MARKS = "["


_OPTIONAL_GROUP = rx.compile(r"\((?:[^()]|\([^()]*\))*\)[?*]|\((?:[^()]|\([^()]*\))*\)\{0,\d*\}")


def _literal_words(pattern: str, common: frozenset[str] = frozenset(),
                   fewest: bool = False) -> set[str]:
    """The words every match of a regex fragment spells out, or one of whose alternatives it
    does: "(une |l')?intelligence artificielle( générative)?" -> {intelligence, artificielle}.
    Optional groups, escapes (\\w, \\s) and inline flags are not words. ``fewest``: of the
    words every match holds, the longest alone (a prefilter then tries fewer patterns)."""
    previous = None
    while previous != pattern:  # innermost optional groups first
        previous, pattern = pattern, _OPTIONAL_GROUP.sub(" ", pattern)
    cleaned = re.sub(r"\\[a-zA-Z]", " ", pattern)
    cleaned = re.sub(r"\(\?-?i:([^()]*)\)", r" \1 ", cleaned)  # (?-i:IA) is the word IA
    cleaned = re.sub(r"\(\?[=!<]+", " ", cleaned)
    # Words outside any group are in every match: they alone are enough ("outils d'IA": IA).
    top = re.sub(r"\((?:[^()]|\([^()]*\))*\)", " ", cleaned)
    every = {w.lower() for w in _LITERAL.findall(cleaned)}
    # Rare words first; a pattern made only of common words keeps them, or nothing would match.
    words = {w.lower() for w in _LITERAL.findall(top)} - common
    if fewest and words:
        words = {max(sorted(words), key=len)}
    words = words or every - common or every
    return words | {w[:-1] for w in words if len(w) >= 4 and w.endswith("s")}  # "bots?": "bot"


def _stem(word: str) -> str:
    return word[:_STEM]


def _hits(stems: frozenset[str], text: str) -> bool:
    """Does a word of ``text`` begin like a cue word? A cue word of five letters is a stem the
    lexicon cut ("gerad[oa]s?"), so it also matches longer words that begin with it."""
    return not stems.isdisjoint(_text_stems(text))


@functools.lru_cache(maxsize=256)
def _text_stems(text: str) -> frozenset[str]:
    """The first six and, for longer words, first five letters of every word of ``text``,
    read word by word: a list of a 10 MB line's words held 150 MB, and each mark (_MARKS) it
    holds. Cached: a block is asked about agents, leftovers and each language's acts in turn
    (9 readings of one text)."""
    # "ı" and "ſ" are "i" and "s" to re. The six-letter stems first, in C loops; a word's
    # five-letter one is that of its six-letter stem (a word longer than five has one).
    six = set(map(_SIX, _WORD.findall(case_folded(text))))  # findall: no match object a word
    return frozenset(six).union([stem[:5] for stem in six if len(stem) > 5],
                                [mark for mark in _MARKS if mark in text])


_SIX = operator.itemgetter(slice(0, _STEM))


def _word_stems(word: str) -> tuple[str, ...]:
    """A lowercased word's stems: its first six letters, and five when it is longer."""
    return (word[:_STEM], word[:5]) if len(word) > 5 else (word[:_STEM],)


_WORD_CHAR = rx.compile(r"\w")


class Sites:
    """Where in a whole text the words a block test looks for may stand, found by one scan, so
    that each block is asked by bisection instead of reading its own words (the segmenter and
    the extractor each asked every block of a page for agents, and the extractor for
    leftovers). A block with no site in it fails the block test: its words are the text's
    words, except at an edge that cuts a word in two, and such a block is asked as before."""

    __slots__ = ("_text", "_starts")

    def __init__(self, text: str, starts: Sequence[int] | None) -> None:
        self._text, self._starts = text, starts  # None: not known, every block may hold one

    @property
    def known(self) -> bool:
        """False when no sites were found (a text lower() lengthens, or too dense in
        candidates): then every block may hold one."""
        return self._starts is not None

    def may_hold(self, start: int, end: int) -> bool:
        starts = self._starts
        if starts is None:
            return True
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end or self._cut(start, end)

    def holding(self, offsets: Iterable[tuple[int, int]]) -> bytes:
        """``may_hold`` of every (start, end), in order, a byte each (1: may), as columns: a
        megabyte of short lines is 166,000 ranges, asked three times."""
        import numpy as np

        if hasattr(offsets, "columns"):  # Ranges, Spans, LineBlocks: arrays already
            starts, ends = (np.frombuffer(c, dtype=np.int64) for c in offsets.columns())
        else:
            bounds = np.fromiter(itertools.chain.from_iterable(offsets), dtype=np.int64)
            starts, ends = bounds[0::2], bounds[1::2]
        if self._starts is None:
            return b"\x01" * len(starts)
        sites = np.asarray(self._starts, dtype=np.int64)
        if len(sites):
            at = np.searchsorted(sites, starts, side="left")
            held = (at < len(sites)) & (sites[np.minimum(at, len(sites) - 1)] < ends)
        else:
            held = np.zeros(len(starts), dtype=bool)
        # _cut, for the ranges no site decides: the character before and the one at the end,
        # picked from the text as code points and searched for re's \w (alphanumeric or "_",
        # what _cut tests).
        text = self._text
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        for edge, where in ((starts - 1, ~held & (starts > 0)), (ends, ~held & (ends < len(text)))):
            rows = np.flatnonzero(where)
            chars = points[edge[rows]].tobytes().decode("utf-32-le", "surrogatepass")
            held[rows[[m.start() for m in _WORD_CHAR.finditer(chars)]]] = True
        return held.tobytes()

    def stems_within(self, start: int, end: int) -> set[str] | None:
        """The stems (as _text_stems reads them) of the site words in text[start:end], read
        where they stand; None when an edge cuts a word or nothing is known: then the block
        is read itself. For sites found in the text as it is (not with symbols as spaces)."""
        starts, text = self._starts, self._text
        if starts is None or self._cut(start, end):
            return None
        stems: set[str] = set()
        for at in starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
            word = _WORD.match(text, at)
            if word is not None:
                stems.update(_word_stems(case_folded(word.group())))
            elif text[at] in _MARKS:  # a mark's site ("["): the mark is its stem
                stems.add(text[at])
        return stems

    def _cut(self, start: int, end: int) -> bool:
        """An edge inside a word (re's \\w: alphanumeric or "_"): the block's own words differ."""
        text = self._text
        return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_") or \
            end < len(text) and (text[end].isalnum() or text[end] == "_")


def scan_ranges(pattern: re.Pattern[str], text: str, ranges: Iterable[tuple[int, int]]) -> bytes:
    """A byte per range (in order, apart), 1 where ``pattern.search(text, start, end)`` may find
    something: a screen. When the pattern reads nothing past its match (literals.reads_past_end),
    each run of ranges apart by a line break or so is searched as one text, from its first
    range on and after each hit from the next range's start: a match in a range cut at its
    end is a match in the run, so the run's first match from a range's start lies inside it
    or the range has none. A megabyte of short lines is then one C search, not 166,000, and
    the text between runs (another kind's lines) is not searched. A hit may be a match the
    range cut at its end would not hold: the byte says "may", and the caller reads the range.
    Else each range is searched as it is."""
    starts, ends = ranges.columns() if hasattr(ranges, "columns") else \
        tuple(map(list, zip(*ranges))) or ([], [])
    search = skipping(pattern).search  # its matches open where the pattern's do
    if reads_past_end(pattern.pattern, pattern.flags):
        return bytes(map(bool, map(search, itertools.repeat(text), starts, ends)))
    held = bytearray(len(starts))
    for lo, hi in _runs(starts, ends):
        i, stop = lo, ends[hi - 1]
        while i < hi:
            m = search(text, starts[i], stop)
            if m is None:
                break
            j = bisect.bisect_right(starts, m.start(), i, hi) - 1  # the last range opening at or before it
            if m.start() < ends[j]:
                held[j] = 1
            i = j + 1
    return bytes(held)


def either(*columns: bytes) -> bytes:
    """Columns of bytes 0 and 1 (scan_ranges's), or-ed byte by byte, each read as one integer:
    a C loop."""
    n = len(columns[0])
    return functools.reduce(operator.or_, (int.from_bytes(c, "big") for c in columns)).to_bytes(n, "big")


def both(*columns: bytes) -> bytes:
    """Columns of bytes 0 and 1, and-ed byte by byte as either or-s them."""
    n = len(columns[0])
    return functools.reduce(operator.and_, (int.from_bytes(c, "big") for c in columns)).to_bytes(n, "big")


_RUN_GAP = 4  # characters between two ranges searched as one (a line break, a blank line)


def _runs(starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
    """(first, past the last) index of each run of ranges at most _RUN_GAP characters apart."""
    import numpy as np

    n = len(starts)
    if not n:
        return []
    gaps = np.asarray(starts[1:], dtype=np.int64) - np.asarray(ends[:-1], dtype=np.int64)
    cuts = [0, *(np.flatnonzero(gaps > _RUN_GAP) + 1).tolist(), n]
    return list(zip(cuts, cuts[1:]))


# Every letter (a run of them is a _WORD) is a lowercase one in these ranges or another letter:
# a class of what may stand before a word that re tests by a bitmap, not by Unicode category.
_MAYBE_BEFORE_WORD = "[^a-z\u00df-\u00f6\u00f8-\u00ff]"


def _exact_keys(keys: frozenset[str]) -> str:
    """What a word of lowercased text opens with when one of its stems (_text_stems) is one
    of ``keys``, as a trie: a key of five or six letters is its first letters (a word of five
    is its own stem, a longer one's stems are its first five and six letters); a shorter key
    is the word itself, no letter after it. A key that is no run of letters, or longer than a
    stem, is no stem. Kept in the memo (7 ms of a cold start)."""
    return memo.derived(("exact-keys", tuple(sorted(keys))), lambda: _exact_keys_source(keys))


def _exact_keys_source(keys: frozenset[str]) -> str:
    trie: dict = {}
    for key in keys:
        if _WORD.fullmatch(key) and len(key) <= _STEM:
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node["*" if len(key) >= 5 else ""] = {}
    return _key_trie_regex(trie) or "(?!)"


def _key_trie_regex(node: dict) -> str:
    """A trie of _exact_keys, for a look-ahead (which alternative matches does not matter):
    "*" marks the end of a prefix, "" that of a whole word."""
    if "*" in node:
        return ""
    branches = [re.escape(ch) + _key_trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(r"(?![^\W\d_])")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@functools.lru_cache(maxsize=8)  # the lexicon's few key sets
def _stem_scan(key_sets: tuple[frozenset[str], ...]) -> re.Pattern[str]:
    """A scan of lowercased text for the starts of the words one of whose stems is a key of
    one of ``key_sets``, group i set when it is one of the i-th set's: exact, so that no word
    is read again in Python. It opens with a character that may stand before a word (a
    bitmap test, so that re skips through the letters between), then looks for the keys, and
    only then asks whether that character is truly no letter. A word at the text's start is
    checked apart."""
    groups = "".join(f"(?:(?=({_exact_keys(keys)}))|)" for keys in key_sets)
    union = _exact_keys(frozenset().union(*key_sets))
    return rx.compile(rf"{_MAYBE_BEFORE_WORD}(?=(?:{union}))(?<=[\W\d_]){groups}")


def _stem_sites(low: str, *key_sets: frozenset[str]) -> list[array] | None:
    """For each set of keys, the starts of the words of ``low`` (lowercased) one of whose
    stems, as _text_stems reads them, is a key: 8 bytes a site. None on a text so dense in
    sites that they would save nothing ("no no no …", a page of "ChatGPT": a real page has
    one in about two hundred characters)."""
    found = [array("q") for _ in key_sets]
    first = _WORD.match(low)  # no character stands before it
    if first is not None:
        stems = _word_stems(first.group())
        for keys, out in zip(key_sets, found):
            if not keys.isdisjoint(stems):
                out.append(0)
    budget = _site_budget(low)
    hits = list(itertools.islice(_stem_scan(key_sets).finditer(low), budget + 1))
    if len(hits) > budget:
        return None
    for group, out in enumerate(found, start=1):
        out.extend(m.end() for m in hits if m.start(group) >= 0)
    return found


def _same_words(low: str, spaced: str) -> bool:
    """Whether the words of ``spaced`` (a text with its sentence symbols made spaces, lowered)
    are those of ``low`` (the text lowered) where they stand, so that one scan finds the sites
    of both: lowering kept each symbol (none lowercases, "Ω", and no final sigma is read
    otherwise beside one) and none is a word character to re ("ℹ", "①")."""
    return SENTENCE_SYMBOLS.sub(" ", low) == spaced and \
        not _WORD_CHAR.search("".join(SENTENCE_SYMBOLS.findall(low)))


def _site_budget(low: str) -> int:
    """Candidates a text may hold for its sites to be kept: one in 40 characters (a real page
    has one in about a hundred)."""
    return len(low) // 40 + 1000


def _literal_sites(low: str, literals: Sequence[str]) -> list[int] | None:
    """Every start of a keyless literal, overlapping ones too ("a.i." inside "ka.i."); None
    when they are as dense as _stem_sites gives up at. Each literal is sought by str.find:
    one regex of them all stopped at every "a", "d", "g", "i", "k" and "v" (4x slower)."""
    budget = _site_budget(low)
    starts: set[int] = set()
    for literal in literals:
        at = low.find(literal)
        while at >= 0:
            if len(starts) > budget + 1:
                return None
            starts.add(at)
            at = low.find(literal, at + 1)
    return None if len(starts) > budget + 1 else sorted(starts)


@dataclass(frozen=True)
class AiLexicon:
    languages: tuple[str, ...]
    docs: dict[str, dict[str, Any]]
    tools: tuple[str, ...]
    agent_filter: Prefilter  # what each agent pattern's matches hold
    form_stems: dict[str, frozenset[str]]  # per language: words of its acts, credits, bylines
    makers: frozenset[str]  # companies that make AI tools: "la réponse d'OpenAI" is theirs
    # Every language's chatbot leftovers, each with the stems one of which any match holds.
    residue_patterns: tuple[tuple[frozenset[str], str], ...]
    # An assistant's role cue -> its language's first-person words: a leftover only with one
    # in its sentence ("as an AI language model, I…"), not a writer's third person.
    residue_self: dict[str, re.Pattern[str]] = dataclasses.field(default_factory=dict)
    # Tool names that are also people's given names ("Claude") or surnames ("Mistral"), the words that follow a tool's name
    # in a product's ("Claude Code"), and every language's titles before a name ("M.", "Herr").
    given_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    product_words: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    # Every language's nouns of a person's role apposed to a name ("Claude, le nouveau chef").
    person_roles: frozenset[str] = frozenset()
    # Every language's small words a sentence may open with ("Par", "Avec", "Von"): a
    # capitalised one before a name is no given name; and its articles ("das Modell Mistral").
    function_words: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # Tools that only make images ("Midjourney", "DALL-E"): named alone in parentheses closing a
    # caption line, one is its credit ("… greenery will be everywhere (Midjourney)").
    image_generators: re.Pattern[str] | None = None
    # Tools that write copy under their own name ("LedeAI"): such a line alone is a byline.
    byline_tools: re.Pattern[str] | None = None

    @property
    def cues(self) -> tuple["AiCues", ...]:
        return tuple(self.cues_of(lang) for lang in self.languages)

    def cues_of(self, language: str) -> "AiCues":
        return _compiled_cues(language)

    def may_name_agent(self, text: str) -> bool:
        """A cheap test before the cues, never false when an agent is there: does the text
        hold all that one agent pattern spells out (audit/literals.py)? "Google" alone is no
        "Google Translate": 9 sentences in 10 that hold a word of an agent name hold no
        agent, and each cost 7 regex scans (one a language)."""
        if SENTENCE_SYMBOLS.search(text):
            # A sentence is read past its leading symbols ("ℹ️ Resumen…"), some of which re
            # counts as letters: a block is tested as its sentences are, with them as spaces.
            text = SENTENCE_SYMBOLS.sub(" ", text)
        low = lowered(text)
        return low is None or self.agent_filter.may_match(low, _text_stems(text))

    def sites(self, text: str) -> tuple[Sites, Sites]:
        """Where ``text`` (a whole page, folded) may name an agent, and where it may hold a
        chatbot leftover: a block with no agent site fails may_name_agent, one with no
        leftover site gets no pattern from residue_for. The agent test reads the symbols a
        sentence is read past ("ℹAI") as spaces, the leftover test as they are (some are
        letters to re: "[nameℹ]" is no "[name]"); one scan serves both on a page without
        them or whose symbols are no letters and lower() keeps (_same_words)."""
        low = lowered(text)
        if low is None:
            return Sites(text, None), Sites(text, None)
        agent_keys, residue_keys = self.agent_filter.keys, frozenset(self._residue_by_stem)
        spaced = lowered(SENTENCE_SYMBOLS.sub(" ", text)) if SENTENCE_SYMBOLS.search(text) else low
        if spaced is not low and not _same_words(low, spaced):
            found = _stem_sites(spaced, agent_keys)
            if found is not None:
                residue_found = _stem_sites(low, residue_keys)
                found = None if residue_found is None else found + residue_found
        else:
            found = _stem_sites(low, agent_keys, residue_keys)
        keyless = self.agent_filter.keyless_texts
        literals = _literal_sites(spaced, keyless) if keyless and found else []
        if found is None or literals is None:
            return Sites(text, None), Sites(text, None)
        agents, residue = found
        if literals:  # both ascending: merged, not listed
            agents = array("q", heapq.merge(agents, literals))
        # A leftover's mark ("[" of a placeholder) is a site where it stands, as the
        # text holds it (_marked).
        marks = _literal_sites(low, [key for key in residue_keys if key in _MARKS])
        if marks is None:
            return Sites(text, None if self.agent_filter.always else agents), Sites(text, None)
        if marks:
            residue = array("q", heapq.merge(residue, marks))
        return Sites(text, None if self.agent_filter.always else agents), Sites(text, residue)

    def residue_for(self, text: str, stems: Iterable[str] | None = None) -> list[re.Pattern[str]]:
        """The leftovers that may be in ``text``: the patterns whose anchor word it has (one
        regex of every leftover, tried at every position, cost 5 ms a page). ``stems``: the
        text's word stems that are anchors, when the caller knows them (Sites.stems_within)."""
        by_stem = self._residue_by_stem
        wanted = {i for stem in (_text_stems(text) if stems is None else stems)
                  for i in by_stem.get(stem, ())}
        return [_residue_regex(self.residue_patterns[i][1]) for i in sorted(wanted)]

    def residue_speaker(self, pattern: re.Pattern[str]) -> re.Pattern[str] | None:
        """The first-person words one of ``residue_for``'s patterns needs in its sentence, if any."""
        return self._residue_speakers.get(pattern)

    @functools.cached_property
    def _residue_speakers(self) -> dict[re.Pattern[str], re.Pattern[str]]:
        return {_residue_regex(p): words for p, words in self.residue_self.items()}

    @functools.cached_property
    def _residue_by_stem(self) -> dict[str, tuple[int, ...]]:
        """Stem -> the leftovers that need it: a line's few stems are looked up, instead of
        testing every leftover's stems against each line (95 set tests a line)."""
        index: dict[str, list[int]] = {}
        for i, (need, _) in enumerate(self.residue_patterns):
            for stem in need:
                index.setdefault(stem, []).append(i)
        return {stem: tuple(ids) for stem, ids in index.items()}

    @property
    def residue(self) -> re.Pattern[str]:
        """Every leftover in one regex."""
        return _residue_regex("|".join(f"(?:{p})" for _, p in self.residue_patterns))

    def may_read(self, language: str, text: str) -> bool:
        """Could ``language``'s cues read a disclosure here (an act, a credit, a byline word)?
        Checked before they are compiled, which costs a tenth of a second a language."""
        return "©" in text or bool(_MARKED.search(text)) or \
            any(c in text for c in "—–|/") and len(text) < 300 or \
            _hits(self.form_stems[language], text)


_WORD = rx.compile(r"[^\W\d_]{2,}")
CONJUNCTIONS = "et|and|und|e|y|en|ou|or|oder|puis|then|dann|poi|luego|depois|daarna"
_MARKED = rx.compile(rf"\((?:KI|AI|IA|(?i:{CONJUNCTIONS})\s[^()]*)\)")  # "Klara Indernach (KI)", "(und auch ChatGPT)"


# Coordinating words of every language: "… et relu par la rédaction", "And the translation…".


class AiCues:
    """One language's cues of AI provenance, each compiled when first used: a cold `audit
    check` compiles only what its sentences need."""

    def __init__(self, doc: dict[str, Any], tools: list[str]) -> None:
        self.doc, self.tools = doc, tools
        self.language: str = doc["language"]
        acts = doc.get("acts", {})
        self._acts = acts
        self._act_any = _any([p for name in _ACTS for p in acts.get(name, [])])
        self.linkers = frozenset(w.lower() for w in doc.get("linkers", []))

    def _get(self, key: str) -> list[str]:
        return self.doc.get(key, [])

    def _lowered(self, key: str) -> frozenset[str]:
        """A list of words of the lexicon, for membership tests on lowered words."""
        return frozenset(w.lower() for w in self._get(key))

    @functools.cached_property
    def agent(self) -> re.Pattern[str]:
        return _whole(self._get("agents") + self.tools)

    @functools.cached_property
    def acts(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """(act, pattern), the most specific first."""
        return tuple((name, _whole(self._acts[name])) for name in _ACTS if self._acts.get(name))

    @functools.cached_property
    def instrument(self) -> re.Pattern[str] | None:
        """The "assisted" cues that only say what was used ("using", "powered by")."""
        return _whole(self._get("instrument_acts")) if self._get("instrument_acts") else None

    @functools.cached_property
    def deictic(self) -> re.Pattern[str]:
        """"cet article", "nos articles", "the images below"."""
        dets, content = _any(self._get("determiners")), _any(self._get("content"))
        return rx.compile(rf"(?<!\w)(?:(?:{dets})(?:(?<=')|\s+)(?:[\w'-]+\s+){{0,2}}?"
                          rf"|(?:{_any(self._get('possessives'))})\s+(?:[\w'-]+\s+)?)(?:\w+-)?(?:{content})(?!\w)"
                          rf"|(?<!\w)(?:{content})\s+(?:[\w'-]+\s+)?(?:{_any(self._get('here'))})(?!\w)",
                          re.IGNORECASE)

    @functools.cached_property
    def bare(self) -> re.Pattern[str]:
        """A content noun or an act opening the sentence: "Texte traduit…", "Les points clés
        ont été…", "Une partie des images…", "Rédigé avec…"; not "L'article de CNET"."""
        return rx.compile(rf"^\W*(?:(?:{CONJUNCTIONS})\s+)?(?:(?P<quantifier>(?:{_any(self._get('quantifiers'))})(?:(?<=')|\s+))?"
                          # two adjectives maybe: "The latest local stories, summarized by AI" (15b)
                          rf"(?:(?P<article>(?:{_any(self._get('articles'))})(?:(?<=')|\s+)(?P<adjectives>(?:[\w-]+\s+){{0,2}}?))"
                          # "Header image generated with AI", "Transcriptie en vertaling gegenereerd…"
                          rf"|(?P<modifier>[\w-]+\s+(?:(?:{CONJUNCTIONS})\s+)?))?"
                          rf"(?:{_any(self._get('bare'))})(?!\w)(?!\s+(?:{_any(self._get('owners'))})(?:(?<=')|\b))"
                          rf"|(?P<act>{self._act_any})(?!\w)"
                          # Any capitalised noun right before the act: "Gioco realizzato con…"
                          rf"|(?P<opener>(?-i:[^\W\d_\p{{Ll}}])[\w-]*)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{self._act_any})(?!\w)))", re.IGNORECASE)

    @functools.cached_property
    def made_noun(self) -> re.Pattern[str]:
        """"AI-generated image", "KI-generiertes Bild" opening a caption."""
        nouns = self._get("credits") + ["images?", "photos?", "illustrations?", "afbeeldingen?",
                                          "bild(?:er)?", "immagin[ei]", "imagen(?:es)?", "imagens?"]
        return rx.compile(rf"^\W*(?:{_any(self._get('agents') + self.tools)})[- ](?:{self._act_any})\w*\s+"
                          rf"(?:[\w-]+\s+)?\w*(?:{_any(nouns)})(?!\w)", re.IGNORECASE)

    conjunction = rx.compile(CONJUNCTIONS, re.IGNORECASE)

    @functools.cached_property
    def subject(self) -> re.Pattern[str]:
        """A demonstrative subject opening the sentence, whatever its noun: "Deze README",
        "Questa integrazione", "Parts of this README"."""
        # No "^": it is matched where a note's lead-in ends ("Hinweis: Dieser …").
        return rx.compile(rf"\W*(?:(?:{_any(self._get('quantifiers'))})(?:(?<=')|\s+))?"
                          rf"(?:{_any(self._get('determiners'))})(?:(?<=')|\s+)\.?[\w-]+(?!\w)", re.IGNORECASE)

    @functools.cached_property
    def subject_here(self) -> re.Pattern[str] | None:
        """An article, a noun and a word that points at it on the page: "L'enregistrement
        suivant", "La imagen siguiente"."""
        after = self._get("subject_after")
        if not after:
            return None
        return rx.compile(rf"\W*(?:{_any(self._get('articles'))})(?:(?<=')|\s+)[\w-]+\s+(?:{_any(after)})(?!\w)",
                          re.IGNORECASE)

    @functools.cached_property
    def adverb_suffixes(self) -> tuple[str, ...]:
        return tuple(s.lower() for s in self._get("adverb_suffixes"))

    @functools.cached_property
    def manner(self) -> re.Pattern[str]:
        """"de manière originale", "in a transparent way": a manner phrase, no noun phrase."""
        return _whole(self._get("manners"))

    @functools.cached_property
    def plural_first_person(self) -> frozenset[str]:
        return self._lowered("plural_first_person")

    @functools.cached_property
    def note(self) -> re.Pattern[str]:
        """"Nota:", "Disclaimer:", "Let op:": a note about this content follows."""
        return rx.compile(rf"^\W*(?:{_any(self._get('notes'))})\s*:\s*", re.IGNORECASE)

    @functools.cached_property
    def review_head(self) -> re.Pattern[str]:
        """"Review:", "Critique :", "Rezension:": a headline's label saying the page reviews
        the work it names."""
        heads = self._get("review_heads")
        return rx.compile(rf"^\W*(?:{_any(heads)})\s*[:|–—-]\s*", re.IGNORECASE) if heads else \
            rx.compile("(?!)")

    @functools.cached_property
    def topic_list(self) -> re.Pattern[str]:
        """"Tags:", "Schlagwörter:", "Mots-clés :": a list of the page's topics follows."""
        return rx.compile(rf"^\W*(?:{_any(self._get('topics'))})\s*:", re.IGNORECASE)

    @functools.cached_property
    def author_label(self) -> re.Pattern[str]:
        """"Autor", "Redazione": a line naming who wrote the article."""
        # A byline word is one too when it stands alone before the name: "Por: Bard, …".
        return rx.compile(rf"\W*(?:{_any(self._get('author_labels') + self._get('bylines'))})\W*$", re.IGNORECASE)

    @functools.cached_property
    def possessive_words(self) -> frozenset[str]:
        return self._lowered("possessives")

    @functools.cached_property
    def human_makers(self) -> frozenset[str]:
        """"reporter", «rédaction»: people who make content (empty: the language has none)."""
        return self._lowered("human_makers")

    @functools.cached_property
    def writing_acts(self) -> frozenset[str]:
        """"written", «rédigé»: acts of writing a text, which a person does with an AI's help."""
        return self._lowered("writing_acts")

    @functools.cached_property
    def passive_auxiliaries(self) -> frozenset[str]:
        return self._lowered("passive_auxiliaries")

    @functools.cached_property
    def article_words(self) -> frozenset[str]:
        """"une", "the", "einer": a noun phrase of its own opens here."""
        return self._lowered("articles")

    @functools.cached_property
    def here_word(self) -> re.Pattern[str]:
        """"below", "abaixo", "ci-dessous": content located on the page."""
        return _whole(self._get("here"))

    @functools.cached_property
    def so_far(self) -> re.Pattern[str] | None:
        """"Até aqui", "bis hierhin" opening a sentence: what the page said up to it."""
        words = self._get("so_far")
        return rx.compile(rf"\W*(?:{_any(words)})(?!\w)", re.IGNORECASE) if words else None

    @functools.cached_property
    def upcoming(self) -> re.Pattern[str] | None:
        """"Everything you are about to read", "tout ce qui suit" opening a sentence: this content ahead."""
        words = self._get("upcoming")
        return rx.compile(rf"\W*(?:{_any(words)})(?!\w)", re.IGNORECASE) if words else None

    @functools.cached_property
    def owner_words(self) -> frozenset[str]:
        """"of", "du", "van": what follows names whose the noun before is."""
        return self._lowered("owners")

    @functools.cached_property
    def request_means(self) -> re.Pattern[str] | None:
        """"Usando", "using" opening a sentence: the AI named after it is the means of a request."""
        words = self._get("request_means")
        return rx.compile(rf"\W*(?:{_any(words)})(?:(?<=')|\s+)", re.IGNORECASE) if words else None

    @functools.cached_property
    def affirmative(self) -> re.Pattern[str] | None:
        """"Yes", "Oui", "Ja" opening an answer: the question before it is answered so."""
        words = self._get("affirmatives")
        return rx.compile(rf"\W*(?:{_any(words)})(?!\w)", re.IGNORECASE) if words else None

    @functools.cached_property
    def warning(self) -> re.Pattern[str]:
        """"may contain errors": a banner over content an AI made."""
        return _whole(self._get("warnings"))

    @functools.cached_property
    def generic(self) -> re.Pattern[str]:
        """"est utile pour", "can help", "ermöglicht": what AI or its output is good for, a
        general claim, not a note on this content."""
        return _whole(self._get("generic_predicates") or ["(?!)"])

    @functools.cached_property
    def prompt_line(self) -> re.Pattern[str] | None:
        """"Prompt:", "Prompt para crear la imagen en Copilot:": a line giving what a generator
        was asked, under the image or the text it made."""
        return rx.compile(rf"^\W*(?:{_any(self._get('prompts'))})(?=\s|:)", re.IGNORECASE) if self._get("prompts") else None

    @functools.cached_property
    def prompt_means(self) -> frozenset[str]:
        """"en Copilot", "in Midjourney": the tool a prompt was given to, in a prompt line's head."""
        return self._lowered("prompt_means")

    @functools.cached_property
    def courtesy(self) -> re.Pattern[str]:
        """"for your convenience": a banner offering a machine translation to the reader."""
        return _whole(self._get("courtesies"))

    @functools.cached_property
    def switched_off(self) -> re.Pattern[str]:
        """"with the AI options turned off": the AI named as switched off, so absent."""
        return _whole(self._get("switched_off"))

    @functools.cached_property
    def weak(self) -> re.Pattern[str]:
        """"machine", "automatisch", "robot": an AI only when an act is linked to it."""
        return rx.compile(rf"(?:{_any(self._get('weak_agents'))})", re.IGNORECASE)

    @functools.cached_property
    def request(self) -> re.Pattern[str]:
        """"j'ai demandé", "we asked", "abbiamo chiesto": the author asking for something."""
        return _whole(self._get("requests"))

    @functools.cached_property
    def request_addressee(self) -> re.Pattern[str] | None:
        """"al", "para", "à" ending right before the AI a request is addressed to, the request
        after it: "al ChatGPT le pedimos que imagine…"."""
        words = self._get("request_addressees")
        return rx.compile(rf"(?<!\w)(?:{_any(words)})[ \t]*$", re.IGNORECASE) if words else None

    @functools.cached_property
    def request_done(self) -> re.Pattern[str]:
        """"gebeten", "gevraagd": a request's participle after its addressee."""
        return _whole(self._get("requests_done"))

    @functools.cached_property
    def newsroom_asker(self) -> re.Pattern[str]:
        """"la rédaction", "unsere Redaktion": the newsroom as the subject of a request."""
        return _whole(self._get("newsroom_askers"))

    @functools.cached_property
    def interview(self) -> re.Pattern[str]:
        """"our interview with", «notre entretien avec»: the author's or the newsroom's own
        interview or conversation, the one it was held with right after it."""
        return _whole(self._get("interviews"))

    @functools.cached_property
    def of_words(self) -> frozenset[str]:
        """"of", "de", "di", "da": a noun's complement, the AI after it only its topic or owner."""
        return self._lowered("of_words")

    @functools.cached_property
    def tool_heads(self) -> frozenset[str]:
        """"logiciel", "modelo", "tool": before "of" and the AI, it is the AI asked."""
        return self._lowered("tool_heads")

    @functools.cached_property
    def rule_predicate(self) -> re.Pattern[str]:
        """"allowed", "zugelassen", "autorisées": a rule's predicate after "not" («AI-generated
        images not allowed»), not what an image is ("not depicting real events")."""
        return _whole(self._get("rule_predicates"))

    @functools.cached_property
    def addressee_heads(self) -> frozenset[str]:
        """"expert", "esperto": a person the AI words after it only describe («un expert en IA»)."""
        return self._lowered("addressee_heads")

    @functools.cached_property
    def reader_post(self) -> re.Pattern[str]:
        """"commentaire", "contribution", "Kommentar": a reader's post, which a note may be about."""
        return _whole(self._get("reader_posts"))

    @functools.cached_property
    def inquiry(self) -> re.Pattern[str]:
        """"for comment", "une réaction": what a reporter asks a company for."""
        return _whole(self._get("inquiries"))

    @functools.cached_property
    def universals(self) -> frozenset[str]:
        return self._lowered("universals")

    @functools.cached_property
    def modified_nouns(self) -> tuple[str, ...]:
        return tuple(self._lowered("modified_nouns"))

    @functools.cached_property
    def content_noun(self) -> re.Pattern[str]:
        """A content noun anywhere: "articles", "Texte", "posts"."""
        return _whole(self._get("content"))

    @functools.cached_property
    def presentative(self) -> re.Pattern[str]:
        """"This is", "Voici", "Ecco": what follows names this content."""
        return rx.compile(rf"^\W*(?:{_any(self._get('presentatives'))})(?:(?<=')|\s+)", re.IGNORECASE)

    @functools.cached_property
    def self_agent(self) -> re.Pattern[str] | None:
        """The writer naming itself an AI: "I'm a helpful artificial intelligence tool"."""
        heads = self._get("self_agents")
        if not heads:
            return None
        return rx.compile(rf"(?<!\w)(?:{_any(heads)})\s+(?:[\w-]+\s+){{0,3}}?"
                          rf"(?:{_any(self._get('agents') + self.tools)})(?!\w)", re.IGNORECASE)

    @functools.cached_property
    def self_made(self) -> re.Pattern[str]:
        """That writer making content: "I write simple reports on those games"."""
        return rx.compile(rf"(?<!\w)(?:{_any(self._get('self_acts'))})\s+(?:[\w'-]+\s+){{0,3}}?"
                          rf"(?:{_any(self._get('content'))})(?!\w)", re.IGNORECASE)

    @functools.cached_property
    def comparison(self) -> re.Pattern[str]:
        """"like", "as if", "comme si": what follows is what the content resembles."""
        return _whole(self._get("comparisons"))

    @functools.cached_property
    def first_person(self) -> re.Pattern[str]:
        """The author as the subject: "I've used…", "j'ai utilisé…", "ho usato…"."""
        return _whole(self._get("first_person"))

    @functools.cached_property
    def auxiliaries(self) -> frozenset[str]:
        return self._lowered("auxiliaries")

    @functools.cached_property
    def sample(self) -> re.Pattern[str]:
        """"Example:", "la phrase « … »": what follows is a wording shown, not a statement."""
        return _whole(self._get("samples"))

    @functools.cached_property
    def relatives(self) -> frozenset[str]:
        return self._lowered("relatives")

    @functools.cached_property
    def clause_joins(self) -> frozenset[str]:
        """"and", «et», "waarbij": a new clause opens after them."""
        return self._lowered("clause_joins")

    @functools.cached_property
    def present_passive(self) -> frozenset[str]:
        """"are", "sont", "wird": with a subject that is not this content, a rule or a feature."""
        return self._lowered("present_passive")

    @functools.cached_property
    def present_passive_singular(self) -> frozenset[str]:
        """"is", "est": a present passive once a participle follows ("is reviewed")."""
        return self._lowered("present_passive_singular")

    @functools.cached_property
    def perfect(self) -> frozenset[str]:
        """"been", "été", "worden": the act was done."""
        return self._lowered("perfect")

    @functools.cached_property
    def anaphoric(self) -> frozenset[str]:
        """"même", "same": a demonstrative with one points back at what the sentence named."""
        return self._lowered("anaphoric")

    @functools.cached_property
    def tool(self) -> re.Pattern[str]:
        """An AI tool by name: ChatGPT, DeepL, Midjourney."""
        return _whole(self.tools)

    @functools.cached_property
    def participle(self) -> re.Pattern[str]:
        """How a participle ends: "Traduit par…", not "Créer un résumé"."""
        return rx.compile(rf"(?:{_any(self._get('participles'))})$", re.IGNORECASE)

    @functools.cached_property
    def navigation(self) -> re.Pattern[str]:
        """"table des matières", "Inhaltsverzeichnis", "index": what a page's software builds to
        find one's way, not content a model writes."""
        return _whole(self._get("navigation")) if self._get("navigation") else rx.compile(r"(?!)")

    @functools.cached_property
    def this_object(self) -> re.Pattern[str]:
        """"ceci", "this", "dit": this content as an act's object."""
        return _whole(self._get("this_objects"))

    @functools.cached_property
    def free_relative(self) -> re.Pattern[str] | None:
        """"ce que", "what", "quello che" after a presentative: what an AI did is shown."""
        return rx.compile(rf"\s*(?:{_any(self._get('free_relatives'))})(?:(?<=')|\s+)", re.IGNORECASE) \
            if self._get("free_relatives") else None

    @functools.cached_property
    def answer_verb(self) -> re.Pattern[str]:
        """"a répondu", "suggerisce", "wrote"-like verbs of an AI answering (besides the acts)."""
        return _whole(self._get("answer_verbs"))

    @functools.cached_property
    def offer_verb(self) -> re.Pattern[str]:
        """"propose", "indique", "proposes": an offer's or an indication's verb, an answer only
        told to the asker (asker_object)."""
        return _whole(self._get("offer_verbs"))

    @functools.cached_property
    def asker_object(self) -> re.Pattern[str]:
        """"nous", "m'", "us": the asker as the object of an AI's answer ("nous a indiqué")."""
        return _whole(self._get("asker_objects"))

    @functools.cached_property
    def other_object(self) -> re.Pattern[str]:
        """"lui", "him", "hem": a third person as the object of an AI's answer ("Et voici ce
        que ChatGPT lui a répondu."), someone else's exchange told."""
        return _whole(self._get("other_objects"))

    @functools.cached_property
    def output(self) -> re.Pattern[str]:
        """"réponse", "answer", "risponde": what introduces an AI's output."""
        return _whole(self._get("outputs"))

    @functools.cached_property
    def participle_form(self) -> re.Pattern[str]:
        """A word shaped like a participle ("pondu", "formattato", "überarbeitet"): an act
        when a preposition of agency links it to an agent (``disclosure._formed_acts``)."""
        return _whole(self._get("participle_forms"))

    @functools.cached_property
    def agentive(self) -> re.Pattern[str]:
        """"par", "by", "da", "von": the agent of a passive follows."""
        return _whole(self._get("agentive"))

    @functools.cached_property
    def caption_credit(self) -> re.Pattern[str] | None:
        """"par", "by", "via": the word an image's caption credits its maker with ("Un robot
        en train de peindre par Midjourney"); not German "von" ("of") or Italian "da"
        ("from"). None where the language has none."""
        words = self._get("caption_credits")
        return _whole(words) if words else None

    @functools.cached_property
    def participle_after_agent(self) -> bool:
        """German and Dutch put the participle last: "von KI überarbeitet"."""
        return bool(self.doc.get("participle_after_agent"))

    @functools.cached_property
    def locative(self) -> re.Pattern[str]:
        """"dans" right before "cet article"."""
        return rx.compile(rf"(?<!\w)(?:{_any(self._get('locatives'))})\s*$", re.IGNORECASE)

    @functools.cached_property
    def topic_preposition(self) -> re.Pattern[str]:
        """What a label's noun is for or about ("Image for", "Texte sur"), as a whole word."""
        return _whole(self._get("topic_prepositions")) if self._get("topic_prepositions") else \
            rx.compile(r"(?!)")

    @functools.cached_property
    def detection(self) -> re.Pattern[str]:
        """Verbs of detecting ("detected", "Identifique"): AI-made content named as what a
        detector finds, not as this content."""
        return _whole(self._get("detection")) if self._get("detection") else rx.compile(r"(?!)")

    @functools.cached_property
    def negator(self) -> re.Pattern[str]:
        # A negator hyphened to its word is a prefix, no negation: "La documentation
        # non-anglaise est … traduite", "non-English pages", "no-code".
        return rx.compile(rf"(?:{_whole(self._get('negators')).pattern})(?!-\w)", re.IGNORECASE)

    @functools.cached_property
    def contrast(self) -> re.Pattern[str]:
        """"pas par moi, mais par ChatGPT": the negation is of another."""
        return _whole(self._get("contrasts"))

    @functools.cached_property
    def conditional(self) -> re.Pattern[str]:
        return _whole(self._get("conditionals"))

    @functools.cached_property
    def modal(self) -> re.Pattern[str]:
        return _whole(self._get("modals"))

    @functools.cached_property
    def epistemic_modals(self) -> frozenset[str]:
        """"may", "might", "pourrait": negated, a caveat unless a passive follows."""
        return self._lowered("epistemic_modals")

    @functools.cached_property
    def passive_infinitives(self) -> frozenset[str]:
        """"be", "être": before a participle, the passive of a rule ("may not be used")."""
        return self._lowered("passive_infinitives")

    @functools.cached_property
    def reported(self) -> re.Pattern[str]:
        """"According to Hernandez, …": someone else's words."""
        return _whole(self._get("reported"))

    @functools.cached_property
    def subordinator(self) -> re.Pattern[str]:
        return _whole(self._get("subordinators"))

    @functools.cached_property
    def article(self) -> re.Pattern[str]:
        return _whole(self._get("articles"))

    @functools.cached_property
    def contracted_articles(self) -> frozenset[str]:
        """A preposition and an article in one word ("aux contenus", "zur"): opens a noun phrase."""
        return self._lowered("contracted_articles")

    @functools.cached_property
    def review(self) -> re.Pattern[str]:
        return _whole(self._get("review"))

    @functools.cached_property
    def inputs(self) -> re.Pattern[str]:
        """What an AI worked from, not what it made: "à partir du flux audio", "from the
        transcript", "aus dem Audio-Mitschnitt"."""
        return _whole(self._get("inputs"))

    @functools.cached_property
    def scopes(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((name, _whole(patterns)) for name, patterns in (self.doc.get("scopes") or {}).items())

    @functools.cached_property
    def byline(self) -> re.Pattern[str]:
        return rx.compile(rf"^\W*(?:{_any(self._get('bylines'))})(?:\s*:\s+|\s+)\S", re.IGNORECASE)  # "By: …"

    @functools.cached_property
    def credit(self) -> re.Pattern[str]:
        """"Illustration : Midjourney", "AI art by Midjourney"."""
        return rx.compile(rf"^\W*(?:{_any(self._get('credits'))})\s*(?:[:/|©]|-\s|(?:{_any(self._get('bylines'))})\s)",
                          re.IGNORECASE)

    @functools.cached_property
    def credit_bare(self) -> re.Pattern[str]:
        """"Beeld Midjourney/Fenna Schilling": the credit noun, a space, then what it credits."""
        return rx.compile(rf"^\W*(?:{_any(self._get('credits'))})[ \t]+", re.IGNORECASE)

    @functools.cached_property
    def text_credit(self) -> re.Pattern[str]:
        """"Story by OpenAI ChatGPT": a text's credit, its byline word after the noun."""
        if not self._get("text_credits"):
            return rx.compile(r"(?!)")
        return rx.compile(rf"^\W*(?:{_any(self._get('text_credits'))})\s+(?:{_any(self._get('bylines'))})\s+",
                          re.IGNORECASE)


@functools.cache
def get_ai_lexicon() -> AiLexicon:
    folder = resources.files("audit") / "lexicons" / "ai"
    docs, tools, makers, texts, people, imagers, writers = {}, [], [], [], {}, [], []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yml"):
            continue
        texts.append(entry.read_text(encoding="utf-8"))
        data = _yaml(texts[-1]) or {}
        if "language" in data:
            docs[data["language"]] = data
        tools.extend(data.get("tools", []))
        makers.extend(data.get("makers", []))
        imagers.extend(data.get("image_generators", []))
        writers.extend(data.get("byline_tools", []))
        for key in ("given_names", "surnames", "product_words", "person_titles", "person_roles"):
            people.setdefault(key, set()).update(w.lower() for w in data.get(key, []))
    # Words every language uses ("des", "the", "de") would let every text through.
    common = get_lexicon().all_stopwords | frozenset(
        w.lower() for d in docs.values() for key in ("articles", "linkers", "determiners")
        for w in d.get(key, []))
    patterns = [p for d in docs.values() for p in d.get("agents", [])] + tools
    forms, residue = _ai_stems(docs, common, get_lexicon().all_stopwords, texts)
    return AiLexicon(
        languages=tuple(docs),
        docs=docs,
        tools=tuple(tools),
        agent_filter=Prefilter(patterns),
        form_stems=forms,
        makers=frozenset(m.lower() for m in makers),
        residue_patterns=residue,
        residue_self={p: rx.compile(rf"(?<![\w'])(?:{_any(d['self_words'])})(?![\w'])", re.IGNORECASE)
                      for d in docs.values() if d.get("self_words") for p in d.get("residue_self", [])},
        given_names=frozenset(people.get("given_names", ())),
        surnames=frozenset(people.get("surnames", ())),
        product_words=frozenset(people.get("product_words", ())),
        person_titles=frozenset(people.get("person_titles", ())),
        person_roles=frozenset(people.get("person_roles", ())),
        function_words=frozenset(w.lower() for d in docs.values() for key in _FUNCTION_KEYS
                                 for w in d.get(key, []) if re.fullmatch(r"[^\W\d_]+'?", w)),
        articles=frozenset(w.lower() for d in docs.values() for key in ("articles", "determiners")
                           for w in d.get(key, [])),
        image_generators=rx.compile(rf"(?:{_any(imagers)})", re.IGNORECASE) if imagers else None,
        byline_tools=rx.compile(rf"(?:{_any(writers)})", re.IGNORECASE) if writers else None,
    )


# The lists of each AI lexicon that hold small words (single words are taken from them).
_FUNCTION_KEYS = ("linkers", "articles", "determiners", "bylines", "agentive", "first_person",
                  "subordinators", "relatives", "clause_joins", "conditionals", "locatives", "negators",
                  "possessives", "universals", "auxiliaries", "contrasts", "author_labels")


def _ai_stems(docs: dict[str, dict[str, Any]], common: frozenset[str], stopwords: frozenset[str],
              texts: list[str]) -> tuple[dict[str, frozenset[str]], tuple]:
    """Each language's form stems and each leftover pattern's stems (AiLexicon). Kept in the
    memo by a digest of the lexicon files and of the common words: reading the words every
    pattern spells out is 900 calls, 7 ms of a cold start."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (*texts, "\x01", *sorted(map(repr, common)), "\x01", *sorted(map(repr, stopwords))):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return memo.derived(("ai-stems", digest.hexdigest()),
                        lambda: _ai_stems_derived(docs, common, stopwords))


def _ai_stems_derived(docs: dict[str, dict[str, Any]], common: frozenset[str],
                      stopwords: frozenset[str]) -> tuple[dict[str, frozenset[str]], tuple]:
    forms = {lang: frozenset(_stem(w) for key in ("credits", "bare")
                             for p in d.get(key, []) for w in _literal_words(p, common)) |
             frozenset(_stem(w) for key in ("bylines", "author_labels", "requests", "requests_done", "agentive", "outputs", "answer_verbs", "offer_verbs")
                       for p in d.get(key, []) for w in _literal_words(p)) |
             frozenset(_stem(w) for ps in (d.get("scopes") or {}).values() for p in ps
                       for w in _literal_words(p, common)) |
             # An act may be a linking word too ("using"): only stopwords are too common here.
             frozenset(_stem(w) for ps in (d.get("acts") or {}).values() for p in ps
                       for w in _literal_words(p, stopwords))
             for lang, d in docs.items()}
    residue = tuple((_residue_stems(p, common), p) for d in docs.values()
                    for p in d.get("residue", []) + d.get("residue_self", []) + _handover_residue(d))
    return forms, residue


def _residue_stems(pattern: str, common: frozenset[str]) -> frozenset[str]:
    """The stems one of which every match of a leftover ``pattern`` holds as a whole word's:
    of the clauses it requires (literals.required, its look-arounds read: a handover's
    description stands after "(?<![\\w'])"), the one whose every string has a whole word or
    opens with a mark (_marked: a placeholder's "["), with the fewest stems that cover its
    strings (_cover), whose stems cost least (a common or short word or a mark ten, another
    one); the words outside its groups (_literal_words) when no clause has either. A pattern's optional words and its
    alternatives' every word are no stems: a text with one of them but none of these cannot
    match, and they made 569 stems where 202 were. (_literal_words alone also named words no
    match need hold whole: "ai" of "i (am|'m) an (ai|a\\.i\\.)", which "I 'm an A.I." lacks.)"""
    usual = frozenset(map(_stem, common))

    def cost(stems: frozenset[str]) -> tuple[int, int, list[str]]:
        # A common or short word ("la", "ist", "no") opens a site in most paragraphs; of two
        # alike, the longer stems ("modell", not "come").
        return sum(_USUAL_COST if s in usual or len(s) <= 3 else 1 for s in stems), \
            -min(map(len, stems)), sorted(stems)

    readings = ([lit.stems + _marked(lit.text) for lit in c] for c in required(pattern, marks=True))
    clauses = [_cover(choices, cost) for choices in readings if all(choices)]
    if not clauses:
        return frozenset(_stem(w) for w in _literal_words(pattern, common, fewest=True))
    return min(clauses, key=cost)


def _marked(text: str) -> tuple[str, ...]:
    """The mark (_MARKS) a literal opens with, a stem it may be covered by: a placeholder's
    word may run on ("[name" of "[Namen]", "[link" of "[Linkedin-Profil]"), so it is no whole
    word, and too short to be a word's first five letters; its "[" is there (issue 12: the
    placeholders' words as stems skipped "[Address]", «[Dates à confirmer]»)."""
    return (text[0],) if text and text[0] in _MARKS else ()


def _cover(choices: list[tuple[str, ...]], cost) -> frozenset[str]:
    """Stems one of which each of ``choices`` holds, chosen greedily: the stem that covers the
    most strings for its cost first ("user" of every "the user wants/asks/…"), the longer of
    two alike (a longer stem is rarer)."""
    left, chosen = list(choices), set()
    while left:
        counts = Counter(s for stems in left for s in set(stems))
        stem = min(counts, key=lambda s: (cost(frozenset([s]))[0] / counts[s], -len(s), s))
        chosen.add(stem)
        left = [stems for stems in left if stem not in stems]
    # A stem every string holds may cost less than the greedy pick ("bin" of "ich bin …").
    every = set(choices[0]).intersection(*choices[1:]) if choices else set()
    return min([frozenset(chosen)] + [frozenset([s]) for s in sorted(every)], key=cost)


_USUAL_COST = 10  # a common word's stem weighs as ten rare ones


# How far a handover line reads before and after its description: a line, not a paragraph.
_HANDOVER_REACH = 200
# A handover line's text between its parts: no colon, no line break, no sentence end.
_HANDOVER_GAP = r"(?:[^:.!?\n]|[.!?](?!\s))"


def _handover_residue(doc: dict[str, Any]) -> list[str]:
    """A language's handover leftovers, one pattern a handover: the handover ("Voici une
    traduction") opening its line (after a courtesy, "Bien sûr !", at most), a description of
    how the output was made for the user in its line ("dans un style journalistique",
    "optimisée pour le SEO", "sans mention de la source originale", "as you requested"), and a
    colon or full stop ending the line. Without a description it is an article's ("Voici une
    traduction de la lettre :"); so it is in the middle of a line ("…, a indiqué leur avocat.
    Voici la version publiée…") and with an editor's description ("as requested by many
    readers", "sans mention des noms des victimes")."""
    descriptions = _any(doc.get("handover_descriptions", []))
    openers = _any(doc.get("handover_openers", []))
    start = rf"(?<![^\n])[^\w\n]{{0,3}}(?:(?:{openers})[ \t]*[!.,]?[ \t]*)?"
    rest = (rf"{_HANDOVER_GAP}{{0,{_HANDOVER_REACH}}}?(?<![\w'])(?:{descriptions})(?!\w)"
            rf"{_HANDOVER_GAP}{{0,{_HANDOVER_REACH}}}[:.](?=[ \t]*(?:\n|$))")
    # The description may stand before the output's noun too ("Here is a structured,
    # action-oriented conclusion…", round 46b r01d): the handover opens the line, read ahead.
    return [rf"{start}(?=(?:{h})(?!\w)){rest}" for h in doc.get("handovers", [])] \
        if doc.get("handover_descriptions") else []


@functools.cache
def _residue_regex(fragment: str) -> re.Pattern[str]:
    return _whole([fragment])


@functools.cache
def _compiled_cues(language: str) -> AiCues:
    """One language's cues, compiled the first time a sentence names an agent."""
    lex = get_ai_lexicon()
    return AiCues(lex.docs[language], list(lex.tools))


@dataclass(frozen=True)
class Publishers:
    canonical: dict[str, str]  # normalised name or alias -> canonical name
    names: dict[str, tuple[str, ...]]  # canonical name -> every normalised name it goes by
    agencies: frozenset[str]  # canonical names of news agencies
    agency_name: re.Pattern[str]  # any agency name or alias, as written
    agency_start: re.Pattern[str]  # where one begins, boundaries left out (a prefilter)
    written: tuple[str, ...]  # every name and alias as written ("AFP", "The Associated Press")
    # A newsroom's word ending a credit's word, at a word's start or a capital ("RTTNews",
    # "EUROPA PRESS"; not "Newsletter" nor "Wordpress").
    newsroom: re.Pattern[str]


def normalise_publisher(name: str) -> str:
    """Compare publishers without articles, case or punctuation: "The Washington Post"."""
    name = re.sub(r"^(?:the|le|la|les|l'|l’)\s*", "", name.strip().lower())
    return re.sub(r"[^\w]+", " ", name).strip()


def _interviewers(words) -> str:
    """Who may interview a witness (CIT004's vox pop): the language's newsroom forms ("le
    quotidien Le Monde", «notre rédaction», lexicon interviewer_names), or an outlet the
    publisher registry knows by any of its names ("l'AFP", "Ouest-France", "The Associated
    Press"); not any capitalised word ("la Police nationale", "Jean Dupont", "à Kiev")."""
    names = list(get_publishers().written)
    known = rf"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?-i:{words_regex(names, caseless=False)})(?!\w)"
    return "|".join([*words("interviewer_names"), known])


@functools.cache
def get_publishers() -> Publishers:
    path = resources.files("audit") / "lexicons" / "sources" / "publishers.yml"
    doc = _yaml(path.read_text(encoding="utf-8"))
    data = doc["publishers"]
    canonical, agencies, names = {}, set(), []
    for name, entry in data.items():
        entry = entry or {}
        for alias in [name, *entry.get("aliases", [])]:
            canonical[normalise_publisher(alias)] = name
            names.append(alias)
        if entry.get("agency"):
            agencies.add(name)
    agency_names = [n for n in names if canonical[normalise_publisher(n)] in agencies]
    by_name: dict[str, list[str]] = {}
    for norm, name in canonical.items():
        by_name.setdefault(name, []).append(norm)
    return Publishers(canonical=canonical, names={k: tuple(v) for k, v in by_name.items()},
                      agencies=frozenset(agencies), written=tuple(names),
                      agency_name=rx.compile(rf"(?<!\w)(?:{words_regex(agency_names, caseless=False)})(?!\w)"),
                      # zero-width: every start, also of names that overlap
                      agency_start=rx.compile(rf"(?=(?:{words_regex(agency_names, caseless=False)}))"),
                      newsroom=rx.compile(rf"(?:(?<!\w)|(?<=\w)(?=[\p{{Lu}}]))(?i:{words_regex(doc.get('newsroom_words', []))})(?!\w)"
                                          if doc.get("newsroom_words") else "(?!)"))
