"""re.compile with the compiled program kept in the memo (audit/memo.py).

re parses and compiles a pattern in Python; for the ~500 patterns a run compiles, most of them
long alternations read from the lexicons, that was 0.25-0.3 s of every cold start. The
program it hands to the engine (_sre.compile) is a list of integers; it is kept, and read
back into the same engine call. This leans on re's internals (the same in 3.11-3.13): a
program is stored only after the pattern built from it compared equal to re.compile's (same
flags, code and groups), the memo file is per interpreter version, and anything unexpected
falls back to re.compile.
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


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re's name)
    """re.compile(pattern, flags), read from the memo when it holds the pattern."""
    flags = int(flags)
    if not _OK or type(pattern) is not str or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = ("re", pattern, flags)
    entry = memo.get(key)
    if entry is not None:
        try:
            return _build(pattern, entry)
        except Exception:  # noqa: BLE001,S110 (a damaged entry: compile it anew)
            pass
    compiled = re.compile(pattern, flags)  # its errors are the caller's, as before
    if memo.enabled():
        try:
            entry = _entry(pattern, flags)
            if _same(_build(pattern, entry), compiled):
                memo.put(key, entry)
        except Exception:  # noqa: BLE001,S110 (internals not as expected: no memo)
            pass
    return compiled
