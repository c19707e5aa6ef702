"""A memo on disk of what every run derives the same way from the code and the lexicons: the
compiled regular expressions (audit/rx.py), the lexicons' parsed YAML and the prefilter's
literals. Deriving them was most of a cold `audit check`'s own time (about 0.3 s of regex
compilation alone); read back, they cost about 10 ms.

One file per version of what derives the values: its name holds a fingerprint of the
interpreter (its full version and re's engine), of this package's deriving code and of the
YAML library, so an upgrade or an edit starts a new file and never reads a value an older
code made. The file is an index followed by the records: the first look-up reads the index
(a digest of each key, where its record lies, its checksum), each look-up then only its own
record (a read-only map of the file), checked against its checksum and its key; so a cold
start reads what it needs, not the whole file. The file is written at exit, only when
something new was derived: under a lock, merged with what another process wrote meanwhile,
into a temporary file renamed over the old one, so a reader sees the old file or the new one,
never half of one (and a reader's map keeps the file it opened). A file that cannot be read,
is truncated or whose index fails its checksum is ignored; a record that fails its checksum
is a value not found, derived anew and replaced at the save; a folder that cannot be written
costs only the saving (a value not found is derived as it would be without the memo). Files
of other fingerprints untouched for 30 days are removed when a file is written. Nothing here
changes a result: a value is a pure function of its key and of the fingerprinted code.

The folder is $AUDIT_CACHE_DIR, else $XDG_CACHE_HOME/article-audit, else
~/.cache/article-audit (no memo when that is not an absolute path: no home); AUDIT_NO_MEMO=1
turns the memo off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import time
import zlib
from collections.abc import Callable
from typing import Any

FORMAT = 3
MAX_ENTRIES = 3_000  # a run uses about 1,000; past this a save keeps only what its process used
STALE_DAYS = 30
_MISSING = object()


def folder() -> str:
    """The cache folder, as `audit rates update` uses it."""
    env = os.environ
    return env.get("AUDIT_CACHE_DIR") or os.path.join(
        env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "article-audit")


def enabled() -> bool:
    return os.environ.get("AUDIT_NO_MEMO", "") in ("", "0") and _memo() is not None


# The package's files whose code derives kept values (CLDR's data kept by quantities.py).
DERIVING = ("memo.py", "rx.py", "literals.py", "lexicon.py", "extract/quantities.py")


def fingerprint() -> str:
    """What the values depend on besides their keys: the interpreter, the deriving code (its
    source), the YAML library (found, not imported)."""
    import _sre
    from importlib.util import find_spec

    here = os.path.dirname(os.path.abspath(__file__))
    crc = zlib.crc32(f"{FORMAT} {sys.version} {sys.implementation.cache_tag} {_sre.MAGIC}".encode())
    paths = [os.path.join(here, name) for name in DERIVING]
    spec = find_spec("yaml")
    if spec is not None and spec.origin:
        paths.append(spec.origin)
    for path in paths:
        with open(path, "rb") as f:
            crc = zlib.crc32(f.read(), crc)
    return f"{crc:08x}"


class Memo:
    """Values by key, from one file. Keys and values are what marshal writes (tuples, str,
    bytes, numbers, dicts, None); a value it cannot write is simply not kept. Values are kept
    serialised, so each look-up returns a fresh copy that its caller may change.

    The file is a header (its magic, the index's length and checksum), an index (a digest of
    each key -> where its record lies, its length and checksum) and the records (key, value),
    the ones the writing process used first. The first look-up reads the header and the index
    only (about 1% of the file); each look-up then reads its own record, through a read-only
    map of the file, checks its checksum and that its key is the one asked: a damaged record,
    or another key of the same digest, is a value not found (derived anew)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._index: dict[Any, tuple[int, int, int]] | None = None
        self._view: Any = None  # the file's records: an mmap (or bytes where mmap fails)
        self._new: dict[Any, bytes] = {}  # digest -> record this process derived
        self._used: set[Any] = set()  # digests read from the file
        self._hooked = 0  # the process that arranged to save at its exit

    def _open(self) -> None:
        self._index, self._view = _load(self.path)

    def _close(self) -> None:
        view, self._index, self._view = self._view, None, None
        if hasattr(view, "close"):
            view.close()

    def get(self, key: Any, default: Any = None) -> Any:
        if self._index is None:
            self._open()
        digest = _digest(key)
        record = self._new.get(digest)
        if record is None:
            where = self._index.get(digest)  # type: ignore[union-attr]
            if where is None:
                return default
            record = _record(self._view, *where)
            if record is None:
                return default  # damaged: derived anew, and the new record replaces it
        try:
            kept, value = marshal.loads(record)
        except Exception:  # noqa: BLE001 (a damaged record: derive it anew)
            return default
        if kept != key:  # another key of the same digest
            return default
        if digest not in self._new:
            self._used.add(digest)
        return value

    def put(self, key: Any, value: Any) -> None:
        try:
            record = marshal.dumps((key, value))
        except ValueError:
            return
        if self._index is None:
            self._open()
        self._new[_digest(key)] = record
        if self._hooked != os.getpid():  # a forked worker inherits the parent's arrangement
            self._hooked = os.getpid()
            atexit.register(self.save)
            if "multiprocessing" in sys.modules:  # a pool's worker ends without atexit
                from multiprocessing import parent_process, util

                if parent_process() is not None:
                    util.Finalize(None, self.save, exitpriority=10)

    def entries(self) -> dict[Any, Any]:
        """Every key and value the file holds now (whole records that pass their checks)."""
        out = {}
        for record in _records(self.path).values():
            try:
                key, value = marshal.loads(record)
            except Exception:  # noqa: BLE001,S112
                continue
            out[key] = value
        return out

    def save(self) -> None:
        """Write what this process derived, merged with the file as it is now."""
        if not self._new:
            return
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with _locked(self.path + ".lock"):
                merged = _records(self.path)
                merged.update(self._new)
                first = self._used | set(self._new)
                if len(merged) > MAX_ENTRIES:
                    merged = {d: merged[d] for d in first if d in merged}
                # what this process used first: a run like it reads fewer pages of the file
                order = sorted(merged, key=lambda d: d not in first)
                _write(tmp, [(d, merged[d]) for d in order])
                self._close()  # (a mapped file cannot be replaced everywhere) reopened if asked again
                os.replace(tmp, self.path)
            self._new = {}
            _remove_stale(self.path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass


_MAGIC = b"AMM3"
_HEAD = 12  # magic, the index's length, its crc32


def _digest(key: Any) -> tuple[int, int] | None:
    """The same in every process (hash() is not): the crc32 and length of the key as marshal's
    version 2 writes it (no references, no interned flag: the same bytes whatever the
    process shares). A collision only costs a miss, as every record holds its key."""
    try:
        data = marshal.dumps(key, 2)
    except ValueError:
        return None
    return zlib.crc32(data), len(data)


def _load(path: str) -> tuple[dict[Any, tuple[int, int, int]], Any]:
    """The index (offsets made absolute) and a view of the file; ({}, b"") when it is missing,
    of another format or version, truncated, or its index fails its checksum."""
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD)
            if len(head) != _HEAD or head[:4] != _MAGIC:
                return {}, b""
            length = int.from_bytes(head[4:8], "little")
            raw = f.read(length)
            if len(raw) != length or zlib.crc32(raw) != int.from_bytes(head[8:12], "little"):
                return {}, b""
            # marshal, as Python's own byte-code in __pycache__: trusted as the user's files are.
            fmt, version, size, index = marshal.loads(raw)
            if fmt != FORMAT or version != sys.version or not isinstance(index, dict):
                return {}, b""
            base = _HEAD + length
            if os.fstat(f.fileno()).st_size != base + size:
                return {}, b""  # truncated (or grown): no record is trusted
            try:
                import mmap

                view: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
            except (ImportError, OSError, ValueError):  # no mmap here: the records read whole
                view, base = f.read(size), 0
            return {d: (base + start, n, crc) for d, (start, n, crc) in index.items()}, view
    except Exception:  # noqa: BLE001 (missing, unreadable, truncated or foreign: no memo)
        return {}, b""


def _record(view: Any, start: int, length: int, crc: int) -> bytes | None:
    """The record at ``start`` in the file's view, None where it is cut short or fails its
    checksum."""
    record = bytes(view[start:start + length])
    return record if len(record) == length and zlib.crc32(record) == crc else None


def _records(path: str) -> dict[Any, bytes]:
    """Every record of the file that passes its checksum, by digest (for a save's merge)."""
    index, view = _load(path)
    out = {}
    for digest, where in index.items():
        record = _record(view, *where)
        if record is not None:
            out[digest] = record
    if hasattr(view, "close"):
        view.close()
    return out


def _write(path: str, records: list[tuple[Any, bytes]]) -> None:
    index, start = {}, 0
    for digest, record in records:
        index[digest] = (start, len(record), zlib.crc32(record))
        start += len(record)
    raw = marshal.dumps((FORMAT, sys.version, start, index))
    with open(path, "wb") as f:
        f.write(_MAGIC + len(raw).to_bytes(4, "little") + zlib.crc32(raw).to_bytes(4, "little"))
        f.write(raw)
        for _, record in records:
            f.write(record)
class _locked:
    """An exclusive lock on a file while a save reads, merges and replaces (so two processes
    saving at once keep both their values); none where fcntl is missing. Gives up after a
    second: a cache need not wait."""

    def __init__(self, path: str) -> None:
        self.path, self.fd = path, None

    def __enter__(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover (not POSIX)
            return
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        for _ in range(100):
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                time.sleep(0.01)
        os.close(self.fd)
        self.fd = None
        raise OSError("memo busy")

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock


def _remove_stale(path: str) -> None:
    """Memo files of other fingerprints (older code, another interpreter) unused for a month."""
    here, name = os.path.split(path)
    limit = time.time() - STALE_DAYS * 86400
    try:
        for entry in os.scandir(here):
            if entry.name.startswith("memo-") and not entry.name.startswith(name) and \
                    entry.stat().st_mtime < limit:
                os.unlink(entry.path)
    except OSError:
        pass


_MEMO: Memo | None | object = _MISSING


def _memo() -> Memo | None:
    global _MEMO
    if _MEMO is _MISSING:
        where = folder()
        try:
            _MEMO = Memo(os.path.join(where, f"memo-{fingerprint()}.bin")) if os.path.isabs(where) else None
        except Exception:  # noqa: BLE001 (no sources to fingerprint: no memo)
            _MEMO = None
    return _MEMO  # type: ignore[return-value]


def get(key: Any, default: Any = None) -> Any:
    """The value kept for ``key``, or ``default`` (also when the memo is off)."""
    return _memo().get(key, default) if enabled() else default  # type: ignore[union-attr]


def put(key: Any, value: Any) -> None:
    if enabled():
        _memo().put(key, value)  # type: ignore[union-attr]


def derived(key: Any, derive: Callable[[], Any]) -> Any:
    """The value kept for ``key``, else ``derive()``, kept (None is a value too)."""
    value = get(key, _MISSING)
    if value is _MISSING:
        value = derive()
        put(key, value)
    return value


def save() -> None:
    """Write now what this process derived: for workers that end without running exit
    handlers (Spark's Python workers)."""
    if enabled():
        _memo().save()  # type: ignore[union-attr]
