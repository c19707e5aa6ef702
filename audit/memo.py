"""A memo on disk of what every run derives the same way from the code and the lexicons: the
compiled regular expressions (audit/rx.py), the lexicons' parsed YAML and the prefilter's
literals. Deriving them was most of a cold `audit check`'s own time (about 0.3 s of regex
compilation alone); read back, they cost about 10 ms.

One file per version of what derives the values: its name holds a fingerprint of the
interpreter (its full version and re's engine), of this package's deriving code and of the
YAML library, so an upgrade or an edit starts a new file and never reads a value an older
code made. The file is read whole at the first look-up and written at exit, only when
something new was derived: under a lock, merged with what another process wrote meanwhile,
into a temporary file renamed over the old one, so a reader sees the old file or the new one,
never half of one. A file that cannot be read or fails its checksum is ignored; a folder that
cannot be written costs only the saving (a value not found is derived as it would be without
the memo). Files of other fingerprints untouched for 30 days are removed when a file is
written. Nothing here changes a result: a value is a pure function of its key and of the
fingerprinted code.

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

FORMAT = 2
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
    serialised, so each look-up returns a fresh copy that its caller may change."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._data: dict[Any, bytes] | None = None
        self._new: dict[Any, bytes] = {}
        self._used: set[Any] = set()
        self._hooked = 0  # the process that arranged to save at its exit

    def _read(self) -> dict[Any, bytes]:
        try:
            with open(self.path, "rb") as f:
                raw = f.read()
            payload = raw[4:]
            if len(raw) < 4 or zlib.crc32(payload) != int.from_bytes(raw[:4], "little"):
                return {}
            # marshal, as Python's own byte-code in __pycache__: trusted as the user's files are.
            fmt, version, data = marshal.loads(payload)
        except Exception:  # noqa: BLE001 (missing, unreadable, truncated or foreign: no memo)
            return {}
        return data if fmt == FORMAT and version == sys.version and isinstance(data, dict) else {}

    def get(self, key: Any, default: Any = None) -> Any:
        if self._data is None:
            self._data = self._read()
        blob = self._data.get(key)
        if blob is None:
            return default
        self._used.add(key)
        try:
            return marshal.loads(blob)
        except Exception:  # noqa: BLE001 (a damaged entry: derive it anew)
            return default

    def put(self, key: Any, value: Any) -> None:
        try:
            blob = marshal.dumps(value)
        except ValueError:
            return
        if self._data is None:
            self._data = self._read()
        self._data[key] = self._new[key] = blob
        if self._hooked != os.getpid():  # a forked worker inherits the parent's arrangement
            self._hooked = os.getpid()
            atexit.register(self.save)
            if "multiprocessing" in sys.modules:  # a pool's worker ends without atexit
                from multiprocessing import parent_process, util

                if parent_process() is not None:
                    util.Finalize(None, self.save, exitpriority=10)

    def save(self) -> None:
        """Write what this process derived, merged with the file as it is now."""
        if not self._new:
            return
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with _locked(self.path + ".lock"):
                merged = self._read()
                merged.update(self._new)
                if len(merged) > MAX_ENTRIES:
                    merged = {k: merged[k] for k in self._used | set(self._new) if k in merged}
                payload = marshal.dumps((FORMAT, sys.version, merged))
                with open(tmp, "wb") as f:
                    f.write(zlib.crc32(payload).to_bytes(4, "little"))
                    f.write(payload)
                os.replace(tmp, self.path)
            self._new = {}
            _remove_stale(self.path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass


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
