"""Atomic writes: a temp file in the same folder, then rename, so no file is half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # keep the mode of the file it replaces
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, content: str | Iterable[str]) -> None:
    """Write ``content`` (a text, or its pieces as they are made) to a temporary file beside
    ``path``, then rename it over ``path``: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a report is read by others as any file is.
        os.fchmod(fd, _mode(path))
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines([content] if isinstance(content, str) else content)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
