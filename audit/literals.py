"""The literal text every match of a regex must hold: a prefilter that decides, by substring
and word look-ups, that a pattern cannot match before the pattern is tried.

RE2's prefilter and ripgrep's literal extraction work this way. A pattern's requirement is a
list of clauses, all of which hold in any match; a clause is a set of strings, one of which
the match spells out (lowercased). "(un |l')?(outils?|logiciels?) (d'|de )(?-i:IA)" requires
{"outil d'ia", "outil de ia", "logiciel d'ia", …}; a longer pattern, several such clauses.
Patterns are read as the lexicon matches them (lexicon._whole): their ends are word
boundaries, so "ai" must be a whole word. Whatever the analysis cannot follow (a class of
letters, a repetition of an unknown text, a back-reference) it drops: a requirement left out
makes the filter weaker, never wrong.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit import memo, rx

try:  # the parser of re; private, so a Python without it gets no prefilter, not an error
    from re import _compiler
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    _C = _P = _compiler = None

_MAX_STRINGS = 64  # an exact set grown past this is cut into clauses
# Patterns match on case_folded text (lexicon): a literal qualifies when lower() gives the
# one letter re's IGNORECASE takes it for ("µ" and "μ" are one letter to re, two to lower()).
_START, _END = "\x02", "\x03"  # the pattern's ends: a word boundary there (lexicon._whole)
_MARKS = (_START, _END)


def _char(code: int) -> str | None:
    ch = chr(code)
    low = ch.lower()
    return low if code < 0x250 and ch not in "ıſµ" and len(low) == 1 else None


def _flush(strings: set[str] | frozenset[str], clauses: list[frozenset[str]]) -> None:
    """An exact set ends: it becomes a clause, if each of its strings says something."""
    if "" not in strings and min(len(s.strip(_START + _END)) for s in strings) >= 2:
        clauses.append(frozenset(strings))


def _sequence(items, marks: bool = False, lead: str = "") -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(the exact set of strings the items match, or None; the clauses they require).
    ``marks``: a look-around that puts a non-letter beside its place ("(?<!\\w)", "(?!\\w)",
    "(?<![^\\n])") is a boundary there (_START before a word, _END after one), and a look-ahead's
    or look-behind's own clauses are required (the text holds what it reads); a group after
    a boundary alone gets it as ``lead``, each of its alternatives opening with it (a clause
    cut from the alternatives' strings keeps it)."""
    clauses: list[frozenset[str]] = []
    current, whole = {lead}, True
    for op, av in items:
        inner = _START if marks and current == {_START} and op in _GROUPS else ""
        exact, more = _node(op, av, marks, inner)
        if inner:  # the group's strings open with the boundary
            current = {""}
        clauses += more
        if exact is None:
            _flush(current, clauses)
            current, whole = {""}, False
        elif len(current) * len(exact) > _MAX_STRINGS:
            _flush(current, clauses)
            current, whole = set(exact), False
        else:
            current = {a + b for a in current for b in exact}
    if whole:
        return frozenset(current), clauses
    _flush(current, clauses)
    return None, clauses


def _witness(exact: frozenset[str] | None, clauses: list[frozenset[str]]) -> frozenset[str] | None:
    """One clause an alternative surely meets: its exact strings, or its most telling clause."""
    if exact is not None:
        return None if "" in exact else exact
    return max(clauses, key=lambda c: min(map(len, c)), default=None)


def _node(op, av, marks: bool = False, lead: str = "") -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    C = _C
    if op is C.LITERAL:
        ch = _char(av)
        return (None, []) if ch is None else (frozenset(ch), [])
    if op is C.IN:  # a small class of plain characters: "[ -]", "[oa]"
        chars: set[str] = set()
        for o, a in av:
            codes = [a] if o is C.LITERAL else range(a[0], a[1] + 1) if o is C.RANGE and \
                a[1] - a[0] < 16 else None
            low = [_char(c) for c in codes] if codes is not None else [None]
            if None in low:
                return None, []
            chars.update(low)
        return frozenset(chars), []
    if op is C.SUBPATTERN:
        return _sequence(av[3], marks, lead)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, marks, lead)
    if op is C.BRANCH:
        infos = [_sequence(alt, marks, lead) for alt in av[1]]
        if all(e is not None for e, _ in infos) and sum(len(e) for e, _ in infos) <= _MAX_STRINGS:
            return frozenset().union(*(e for e, _ in infos)), []
        witnesses = [_witness(e, cs) for e, cs in infos]
        return (None, []) if None in witnesses else (None, [frozenset().union(*witnesses)])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, clauses = _sequence(sub, marks)
        if high == 0:
            return frozenset({""}), []
        if low == 0:  # optional: what it holds is not required
            return (exact | {""}, []) if exact is not None and high == 1 else (None, [])
        if exact is not None and low == high == 1:
            return exact, []
        if exact is not None:
            flushed: list[frozenset[str]] = []
            _flush(exact, flushed)
            return None, flushed
        return None, clauses
    if marks and op in (C.ASSERT, C.ASSERT_NOT):
        return _look_around(op, av)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # they consume nothing
        return frozenset({""}), []
    return None, []


_GROUPS = () if _C is None else (_C.SUBPATTERN, _C.ATOMIC_GROUP, _C.BRANCH)


def _look_around(op, av) -> tuple[frozenset[str], list[frozenset[str]]]:
    """A look-around read with marks: a boundary ("(?<!\\w)": _START; "(?!\\w)": _END), or
    nothing consumed and, for a positive one, what it reads required as clauses."""
    direction, sub = av
    if len(sub) == 1 and _no_letter_beside(op is _C.ASSERT_NOT, *sub[0]):
        return frozenset({_START if direction < 0 else _END}), []
    if op is _C.ASSERT_NOT:
        return frozenset({""}), []
    exact, clauses = _sequence(sub, True)
    if exact is not None:
        clauses = list(clauses)
        _flush(exact, clauses)
    return frozenset({""}), clauses


def _no_letter_beside(negated: bool, op, av) -> bool:
    """Does a one-character look-around of ``op, av`` say no letter stands there: a negative
    one of a class that holds every letter (\\w, [^\\n]), a positive one of a class of none
    (['\\s])?"""
    C = _C
    if op is C.NOT_LITERAL:
        return negated and not _LETTER.match(chr(av))
    if op is not C.IN:
        return False
    items = list(av)
    if negated:
        if items and items[0][0] is C.NEGATE:
            return all(o is C.LITERAL and not _LETTER.match(chr(a)) for o, a in items[1:])
        return (C.CATEGORY, C.CATEGORY_WORD) in items
    return all(o is C.LITERAL and not _LETTER.match(chr(a)) or
               o is C.CATEGORY and a in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT) for o, a in items)


def _minimal(clause: frozenset[str]) -> frozenset[str]:
    """Drop a string that holds another of the clause: "un outil" when "outil" is there.
    A boundary of the pattern's ends is met by any non-letter: "ai-" at the pattern's start
    is held by "an ai-"; "bots" at the end does not hold "bot" there."""
    kept: list[str] = []
    for s in sorted(clause, key=lambda x: (len(x), x)):  # a string holds only shorter ones
        if not any(_holds(s, t) for t in kept):  # one dropped is held by one kept, as well
            kept.append(s)
    return frozenset(kept)


def _holds(s: str, t: str) -> bool:
    """Does ``s`` spell out ``t``, a mark of ``t`` on a non-letter (or a mark) of ``s``?"""
    core = t.strip(_START + _END)
    lead, tail = t[:1] in _MARKS, t[-1:] in _MARKS
    at = s.find(core)
    while at >= 0:
        end = at + len(core)
        if (not lead or at > 0 and not _LETTER.match(s, at - 1)) and \
                (not tail or end < len(s) and not _LETTER.match(s, end)):
            return True
        at = s.find(core, at + 1)
    return False


_LETTER = rx.compile(r"[^\W\d_]")


_LETTERS = rx.compile(r"[^\W\d_]+")
_STEM = 6  # as lexicon._text_stems: a word is known by its first six letters and five


@dataclass(frozen=True)
class Literal:
    """A string a match spells out; ``key``, the stem of a whole word in it (or None);
    ``stems``, those of every whole word in it (read with marks only: required)."""

    text: str
    key: str | None
    stems: tuple[str, ...] = ()


def _literal(string: str, every: bool = False) -> Literal:
    """The stem of the longest word the string surely holds whole, as _text_stems gives it:
    a run of letters with a character before it in the string (a non-letter, or the
    pattern's start), and one after it or five letters or more (a word's first five or six
    letters are its stem). ``every``: each such word's stem too."""
    words = [m.group() for m in _LETTERS.finditer(string)
             if not (m.start() == 0 or len(m.group()) < 2 or m.end() == len(string) and len(m.group()) < 5)]
    best = max(words, key=len, default=None)  # the first of the longest, as before
    stems = tuple(dict.fromkeys(w[:_STEM] for w in words)) if every else ()
    return Literal(string.replace(_START, "").replace(_END, ""), best[:_STEM] if best else None, stems)


def required(pattern: str, marks: bool = False) -> tuple[tuple[Literal, ...], ...]:
    """The clauses every match of ``pattern`` (case-insensitive, between word boundaries: no
    letter before its match, none after it when it ends with a letter) holds, most telling
    first. () when nothing is known to be required. Kept in the memo (50 ms a cold start).
    ``marks``: its look-arounds read too (_sequence), so a word after "(?<!\\w)" is whole."""
    name = "literals-marked" if marks else "literals"
    kept = memo.get((name, pattern))
    if kept is not None:
        return tuple(tuple(Literal(*lit) for lit in clause) for clause in kept)
    clauses = _required(pattern, marks)
    memo.put((name, pattern), tuple(tuple((lit.text, lit.key, *([lit.stems] if marks else [])) for lit in c)
                                    for c in clauses))
    return clauses


def _required(pattern: str, marks: bool = False) -> tuple[tuple[Literal, ...], ...]:
    if _P is None:
        return ()
    try:
        tree = list(_P.parse(pattern, re.IGNORECASE))
    except (re.error, RecursionError):
        return ()
    tree = [(_C.LITERAL, ord(_START))] + tree + [(_C.LITERAL, ord(_END))]
    exact, clauses = _sequence(tree, marks)
    if exact is not None:
        clauses = []
        _flush(exact, clauses)
    ordered = sorted({_minimal(c) for c in clauses},
                     key=lambda c: (-min(len(s.strip(_START + _END)) for s in c), sorted(c)))
    return tuple(tuple(sorted((_literal(s, marks) for s in c), key=lambda lit: lit.text)) for c in ordered)


class Prefilter:
    """Which of many patterns may match a text, by look-ups. Each pattern is indexed by one
    of its clauses: by the stems of that clause's whole words, and, for a literal with no
    whole word ("a.i.", "gpt"), by one scan for all such literals."""

    def __init__(self, patterns: list[str]) -> None:
        self.clauses = tuple(required(p) for p in patterns)
        self.always = any(not c for c in self.clauses)  # nothing known: every text may match
        index: dict[str, set[int]] = {}
        keyless: set[str] = set()
        scanned = []
        for i, clauses in enumerate(self.clauses):
            if not clauses:
                continue
            # The clause with the fewest literals that need a scan, then the longest words
            # (a short one is common: "an", "art"), then the fewest literals.
            clause = min(clauses, key=lambda c: (sum(lit.key is None for lit in c),
                                                 -min(len(lit.key or "") for lit in c), len(c)))
            for lit in clause:
                if lit.key is None:
                    keyless.add(lit.text)
                else:
                    index.setdefault(lit.key, set()).add(i)
            if any(lit.key is None for lit in clause):
                scanned.append(i)
        self._index = {k: tuple(sorted(v)) for k, v in index.items()}
        self._scanned = tuple(scanned)
        # Literals are lowercase: a case-sensitive scan of the lowercased text is 4x faster.
        self.keyless_texts = tuple(sorted(keyless, key=lambda t: (-len(t), t)))
        self.keyless = rx.compile("|".join(map(re.escape, self.keyless_texts))) if keyless else None

    @property
    def keys(self) -> frozenset[str]:
        """The stems that may let a text through (with a keyless literal): a text none of
        whose words has one of these stems, and which spells no keyless literal, cannot match."""
        return frozenset(self._index)

    def may_match(self, low: str, stems: frozenset[str]) -> bool:
        """False only when no pattern can match the text. ``low``: the text lowercased with
        its offsets kept (lexicon.lowered); ``stems``: its words' (lexicon._text_stems)."""
        if self.always:
            return True
        candidates = {i for key in self._index.keys() & stems for i in self._index[key]}
        if self.keyless is not None and self.keyless.search(low):
            candidates.update(self._scanned)
        return any(all(any((lit.key is None or lit.key in stems) and lit.text in low for lit in clause)
                       for clause in self.clauses[i]) for i in candidates)


# --- the characters a match may open with ----------------------------------------------

_MAX_CLASS = 2000  # a class wider than this ([^…], \w) may open with anything


def first_chars(pattern: str) -> tuple[str, bool] | None:
    """The characters a match of ``pattern`` (case-sensitive) may open with: (those listed,
    sorted; whether any decimal digit too, as re's \\d takes them: str.isdecimal). None when
    it may open with any character, or match the empty string. A superset: look-arounds and
    anchors are skipped as if absent."""
    if _P is None:
        return None
    try:
        tree = _P.parse(pattern, 0)
        found, nullable = (None, True) if tree.state.flags & re.IGNORECASE else _first(tree)
    except (re.error, RecursionError):
        return None
    if found is None or nullable:
        return None
    return "".join(sorted(c for c in found if c != _DIGIT)), _DIGIT in found


def first_chars_of(patterns: tuple[str, ...]) -> tuple[tuple[str, bool] | None, ...]:
    """first_chars of each pattern, kept in the memo (one entry for them all)."""
    kept = memo.get(("first", patterns))
    if kept is None:
        kept = tuple(map(first_chars, patterns))
        memo.put(("first", patterns), kept)
    return kept


def opens_with(first: tuple[str, bool], char: str) -> bool:
    """Whether ``char`` is among the characters first_chars gave."""
    return char in first[0] or first[1] and char.isdecimal()


_DIGIT = object()  # any decimal digit (re's \d), in the sets _first builds


def _first(items, ahead: bool = False) -> tuple[set | None, bool]:
    """(the characters the items may open with, None for any; whether they may match "").
    ``ahead``: the characters that may stand where a match opens, a look-ahead's too: a
    match of "(?=AFP|Reuters)" is empty, and opens where "A" or "R" stands."""
    out: set = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _C.IN:  # \d and the like are classes too
            chars = _class(av)
            return (None if chars is None else out | chars), False
        if ahead and op is _C.ASSERT and av[0] > 0:
            sub, nullable = _first(av[1], ahead)
            if sub is not None and not nullable:
                return out | sub, False
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: what follows opens the match
        if op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None, False
            sub, nullable = _first(av[3], ahead)
        elif op is _C.BRANCH:
            sub, nullable = set(), False
            for branch in av[1]:
                chars, empty = _first(branch, ahead)
                if chars is None:
                    return None, False
                sub |= chars
                nullable = nullable or empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            sub, nullable = _first(av[2], ahead)
            nullable = nullable or av[0] == 0
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            sub, nullable = _first(av, ahead)
        else:  # any character, a category, a back-reference, a conditional
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


def _class(items) -> set | None:
    chars: set = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:  # a negated class, another category (\w, \s), a huge range
            return None
    return chars


# --- whether a match depends on what follows it ------------------------------------------

@functools.lru_cache(maxsize=256)  # asked of the same few screens by every article
def reads_past_end(pattern: str, flags: int = 0) -> bool:
    """Whether a match of ``pattern`` may depend on the text after it: a look-ahead, a word
    boundary or an end anchor (re's \\b, \\B, $, \\Z), or an empty match (it may stand at
    the cut). A pattern that reads nothing past its match finds, searched in a whole text, a
    match wherever it finds one in a piece of it cut at any end (re's endpos): what a
    whole-text scan of ranges leans on (lexicon.scan_ranges). True when unsure. Kept in the
    memo."""
    key = ("past end", pattern, flags)
    kept = memo.get(key)
    if kept is None:
        try:
            tree = None if _P is None else _P.parse(pattern, flags)
            kept = tree is None or _reads_past_end(tree) or _nullable(tree)
        except (re.error, RecursionError):
            kept = True
        memo.put(key, kept)
    return kept


def _reads_past_end(items) -> bool:
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY, _C.GROUPREF):
            continue  # characters of the match itself
        if op is _C.AT:
            if av in (_C.AT_BEGINNING, _C.AT_BEGINNING_LINE, _C.AT_BEGINNING_STRING):
                continue  # read before the match
            return True
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            if direction > 0 or _reads_past_end(sub):
                return True
        elif op is _C.SUBPATTERN:
            if _reads_past_end(av[3]):
                return True
        elif op is _C.BRANCH:
            if any(map(_reads_past_end, av[1])):
                return True
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if _reads_past_end(av[2]):
                return True
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if _reads_past_end(av):
                return True
        else:  # a conditional, or an operation this reading does not know
            return True
    return False


def _nullable(items) -> bool:
    """Whether the items may match the empty string (True when unsure)."""
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY):
            return False
        if op is _C.SUBPATTERN:
            if not _nullable(av[3]):
                return False
        elif op is _C.BRANCH:
            if not any(map(_nullable, av[1])):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if av[0] > 0 and not _nullable(av[2]):
                return False
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if not _nullable(av):
                return False
        # anchors and look-arounds are zero width; a back-reference may be empty
    return True


# --- a screen that re can skip through --------------------------------------------------

def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern whose search finds a match at the same starts as ``pattern``'s, written so
    that re skips to where it may stand: ``[F](?<=(?=P)(?s:.))``, F the characters that may
    stand where P opens (first_chars, and a look-ahead's). re's search tests each position
    against an opening literal or class in C; a pattern that opens with a group of branches
    or a look-behind it tries at every position, all its branches (the attribution screen on
    a megabyte of short lines: 0.1 s).
    When every branch of P opens at a word start ((?<!\\w), or "c(?<!\\wc)"), that test
    goes first, so the letters inside a word cost one look. The match is one character;
    only its start means anything. ``pattern`` itself when F is unknown (any character, a
    case-insensitive pattern) or P already opens with a literal or a class."""
    return _skipping(pattern.pattern, pattern.flags) or pattern


def matches(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None, *,
            screen: re.Pattern[str] | None = None,
            screened: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, each match's opening found by a search re can
    skip through (``skipping``), then read there by ``pattern.match``. ``screen``: a pattern
    that matches ``screened`` where, and only where, ``pattern`` matches ``text`` (its
    case-sensitive twin on the lowercased text, lexicon.lowered_matches), searched instead. For
    patterns that match no empty string (finditer may match again where an empty match
    stood)."""
    endpos = len(text) if endpos is None else endpos
    skip = skipping(pattern if screen is None else screen)
    if skip.flags & re.IGNORECASE or screen is None and skip is pattern:
        yield from pattern.finditer(text, pos, endpos)  # no faster search to be had
        return
    where = text if screened is None else screened
    at = pos
    while (hit := skip.search(where, at, endpos)) is not None:
        m = pattern.match(text, hit.start(), endpos)
        if m is None:  # a screen that promised more than the pattern holds: read on
            at = hit.start() + 1
            continue
        yield m
        at = m.end() if m.end() > m.start() else m.start() + 1


@functools.lru_cache(maxsize=256)  # asked of the same few screens by every article
def _skipping(pattern: str, flags: int) -> re.Pattern[str] | None:
    # Kept in the memo: re's parser reads each screen in Python (7 ms of a cold start).
    source = memo.derived(("skipping", pattern, flags), lambda: _skipping_source(pattern, flags))
    return None if source is None else rx.compile(source, flags)


def _skipping_source(pattern: str, flags: int) -> str | None:
    if _P is None:
        return None
    try:
        tree = _P.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if tree.state.flags & re.IGNORECASE or _opens_with_prefix(tree, flags):
        return None  # F would need every casing; or re skips through it already
    found, nullable = _first(tree, ahead=True)
    if found is None or nullable:
        return None
    chars, digits = sorted(c for c in found if c != _DIGIT), _DIGIT in found
    opening = "[" + "".join(map(re.escape, chars)) + (r"\d" if digits else "") + "]"
    word = r"(?<!\w)" if _at_word_start(tree.data) else ""
    return rf"{opening}(?<={word}(?=(?:{pattern}))(?s:.))"


def _opens_with_prefix(tree, flags: int) -> bool:
    """Whether re's compiler gives the pattern an opening literal or class to skip by."""
    try:
        return bool(_compiler._get_literal_prefix(tree, flags)[0] or
                    _compiler._get_charset_prefix(tree, flags))
    except (AttributeError, TypeError, IndexError):  # another Python's re
        return True


def _at_word_start(items) -> bool:
    """Whether every match of the items opens where no word character comes before: each
    branch opens with (?<!\\w), or with a literal c and (?<!\\wc) (lexicon.word_start_regex)."""
    if not items:
        return False
    op, av = items[0]
    if op is _C.SUBPATTERN:
        return not av[1] and not av[2] and _at_word_start(list(av[3]) + list(items[1:]))
    if op is _C.BRANCH:
        return all(_at_word_start(list(branch) + list(items[1:])) for branch in av[1])
    if op is _C.ASSERT_NOT and av[0] < 0:
        return _is_word_class(list(av[1]))
    if op is _C.LITERAL and len(items) > 1 and items[1][0] is _C.ASSERT_NOT and items[1][1][0] < 0:
        sub = list(items[1][1][1])
        return len(sub) == 2 and sub[1] == (_C.LITERAL, av) and _is_word_class(sub[:1])
    return False


def _is_word_class(items) -> bool:
    """Items that are one \\w."""
    return len(items) == 1 and items[0][0] is _C.IN and \
        list(items[0][1]) == [(_C.CATEGORY, _C.CATEGORY_WORD)]
