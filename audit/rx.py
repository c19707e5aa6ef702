"""re.compile with the compiled program kept in the memo (audit/memo.py).

re parses and compiles a pattern in Python; for the 300-500 patterns a run compiles, most of them
long alternations read from the lexicons, that was 0.25-0.3 s of every cold start. The
program it hands to the engine (_sre.compile) is a list of integers; it is kept, and read
back into the same engine call. This leans on re's internals (the same in 3.11-3.13): once a
process, patterns built this way must compare equal to re.compile's (same flags, code and
groups) or nothing is kept; the memo file is per interpreter version; tests compare every kept
program with re.compile's; and anything unexpected falls back to re.compile.
"""

from __future__ import annotations

import re
from array import array
from typing import Any

from audit import memo

try:
    import _sre
    from re import _compiler, _parser

    _OK = array("I").itemsize == _sre.CODESIZE
except (ImportError, AttributeError):  # pragma: no cover (another Python)
    _OK = False


def _build(pattern: str, entry: Any) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    program = array("I")
    program.frombytes(code)
    return _sre.compile(pattern, flags, program.tolist(), groups, groupindex, indexgroup)


def _entry(pattern: str, flags: int) -> tuple[Any, ...]:
    # As re._compiler.compile, keeping what it passes to _sre.compile.
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = {str(k): int(v) for k, v in tree.state.groupdict.items()}
    indexgroup = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | tree.state.flags), array("I", code).tobytes(), tree.state.groups - 1,
            groupindex, tuple(indexgroup))


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    # Pattern equality compares flags, code and source, not the groups.
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


# Patterns that exercise what the rebuilt program must carry: groups, names, inline and given
# flags, classes, repeats, look-arounds, a back-reference.
_PROBES = ((r"(?P<day>\d{1,2})\s+(janvier|février)(?=\W)", re.IGNORECASE),
           (r"(?x) ^ (a|b)+ \s* (?P<x>[^\W\d_]{2,}) (?<!z) \1", 0),
           (r"(?s)(?i:ſ|K).*?$", re.MULTILINE))
_trusted: bool | None = None


def _builder_works() -> bool:
    """Once a process: does the program kept for a pattern rebuild what re.compile builds?
    If not (another Python), nothing is kept and every pattern is re.compile's."""
    global _trusted
    if _trusted is None:
        try:
            _trusted = all(_same(_build(p, _entry(p, int(f))), re.compile(p, f)) for p, f in _PROBES)
        except Exception:  # noqa: BLE001 (internals not as expected)
            _trusted = False
    return _trusted


def _letters(upper: bool) -> str:
    # The Latin letters of one case (Basic Latin to Extended-B: Ł, Œ, Š, Ș as well as É), as a
    # class's ranges; computed, so no hand-kept list misses a letter.
    chars = [c for c in map(chr, range(0x41, 0x250))
             if ((c.isupper() and c.lower() != c) if upper else (c.islower() and c.upper() != c))]
    runs: list[str] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or ord(chars[i]) != ord(chars[i - 1]) + 1:
            a, b = chars[start], chars[i - 1]
            runs.append(a if a == b else a + b if ord(b) == ord(a) + 1 else f"{a}-{b}")
            start = i
    return "".join(runs)


# Inside a character class, \p{Lu} and \p{Ll} (the regex module's names; re has none) stand
# for Latin capitals and small letters: "[A-ZÀ-Ý]" missed "Łukasz" and "Škoda".
_CASES = {r"\p{Lu}": _letters(True), r"\p{Ll}": _letters(False)}


def _cased(pattern: str) -> str:
    if "\\p{" in pattern:
        for name, letters in _CASES.items():
            pattern = pattern.replace(name, letters)
    return pattern


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re's name)
    """re.compile(pattern, flags), read from the memo when it holds the pattern; else
    compiled once, as re does it, and kept. Inside a class, \\p{Lu} and \\p{Ll} are Latin
    capitals and small letters."""
    if type(pattern) is str:
        pattern = _cased(pattern)
    flags = int(flags)
    if not _OK or type(pattern) is not str or flags & re.DEBUG or not memo.enabled():
        return re.compile(pattern, flags)
    key = ("re", pattern, flags)
    entry = memo.get(key)
    if entry is not None:  # kept by a process of this fingerprint whose builder passed the probe
        try:
            return _build(pattern, entry)
        except Exception:  # noqa: BLE001,S110 (a damaged entry: compile it anew)
            pass
    if not _builder_works():
        return re.compile(pattern, flags)
    entry = _entry(pattern, flags)  # re's errors and warnings, as re.compile gives them
    built = _build(pattern, entry)
    memo.put(key, entry)
    return built


class Found:
    """A stretch of text read without a pattern, as a match of one reads: start(), end(),
    group() (a speech verb across an adverb, a field of an inline sources line), so the code
    that takes matches takes it too."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text
