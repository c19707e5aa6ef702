"""A memo on disk of what every run derives the same way from the code and the lexicons: the
compiled regular expressions (audit/rx.py), the lexicons' parsed YAML and the prefilter's
literals. Deriving them was most of a cold `audit check`'s own time (about 0.3 s of regex
compilation alone); read back, they cost about 10 ms.

One file per interpreter (its version and re's engine), read whole at the first look-up and
written at exit, only when something new was derived: merged with what another process wrote
meanwhile, into a temporary file renamed over the old one, so a reader sees the old file or
the new one, never half of one. A file that cannot be read or fails its checksum is ignored; a
folder that cannot be written costs only the saving. Nothing here changes a result: a value is
a pure function of its key (a regex read back equals the one re compiles, which is checked
before it is stored).

The folder is $AUDIT_CACHE_DIR, else $XDG_CACHE_HOME/article-audit, else
~/.cache/article-audit; AUDIT_NO_MEMO=1 turns the memo off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import zlib
from typing import Any

FORMAT = 1
MAX_ENTRIES = 3_000  # a run uses about 1,000; past this a save keeps only what its process used


def folder() -> str:
    """The cache folder, as `audit rates update` uses it."""
    env = os.environ
    return env.get("AUDIT_CACHE_DIR") or os.path.join(
        env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "article-audit")


def enabled() -> bool:
    return os.environ.get("AUDIT_NO_MEMO", "") in ("", "0")


class Memo:
    """Values by key, from one file. Keys and values are what marshal writes (tuples, str,
    bytes, numbers, dicts); a value it cannot write is simply not kept. Values are kept
    serialised, so each look-up returns a fresh copy that its caller may change."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._data: dict[Any, Any] | None = None
        self._new: dict[Any, Any] = {}
        self._used: set[Any] = set()
        self._hooked = 0  # the process that arranged to save at its exit

    def _read(self) -> dict[Any, Any]:
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

    def get(self, key: Any) -> Any:
        if self._data is None:
            self._data = self._read()
        blob = self._data.get(key)
        if blob is None:
            return None
        self._used.add(key)
        try:
            return marshal.loads(blob)
        except Exception:  # noqa: BLE001 (a damaged entry: derive it anew)
            return None

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
        merged = self._read()
        merged.update(self._new)
        if len(merged) > MAX_ENTRIES:
            merged = {k: merged[k] for k in self._used | set(self._new)}
        payload = marshal.dumps((FORMAT, sys.version, merged))
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(zlib.crc32(payload).to_bytes(4, "little"))
                f.write(payload)
            os.replace(tmp, self.path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            return
        self._new = {}


_MEMO: Memo | None = None


def _memo() -> Memo:
    global _MEMO
    if _MEMO is None:
        import _sre

        tag = sys.implementation.cache_tag or sys.implementation.name
        _MEMO = Memo(os.path.join(folder(), f"memo-{tag}-{_sre.MAGIC}.bin"))
    return _MEMO


def get(key: Any) -> Any:
    """The value kept for ``key``, or None (also when the memo is off)."""
    return _memo().get(key) if enabled() else None


def put(key: Any, value: Any) -> None:
    if enabled():
        _memo().put(key, value)
