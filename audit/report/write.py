"""Atomic writes: a temp file in the same folder, then rename, so no file is half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

_MAX_LINKS = 40  # as the kernel's own limit on a chain of symlinks


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # keep the mode of the file it replaces
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _destination(path: Path) -> tuple[Path, bool]:
    """Where to write ``path``, and whether a temporary file and a rename can do it.

    A device or a FIFO is written directly, as the shell's ``>`` does: a rename would put a
    regular file in its place. A symlink is followed, so its target is replaced and the link
    kept; one that names an open descriptor (/dev/stdout, /proc/self/fd/N) is written
    directly, since renaming over what it points at would not reach the descriptor."""
    try:
        mode = os.stat(path).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            return path, False
    except OSError:
        pass  # missing (or a broken link): made below
    target = Path(os.path.abspath(path))
    for _ in range(_MAX_LINKS):
        if str(target).startswith(("/proc/", "/dev/fd/")):
            return path, False
        if not target.is_symlink():
            return target, True
        # Relative to the link's real folder, which may itself be reached through links.
        real_folder = os.path.realpath(target.parent)
        target = Path(os.path.abspath(os.path.join(real_folder, os.readlink(target))))
    return path, False  # a loop: opening it says so


def atomic_write(path: Path, content: str | Iterable[str]) -> None:
    """Write ``content`` (a text, or its pieces as they are made) to a temporary file beside
    ``path``, then rename it over ``path``: a reader sees the old file or the new one.
    A device, a FIFO or a descriptor is written directly (see ``_destination``)."""
    pieces = [content] if isinstance(content, str) else content
    target, atomic = _destination(path)
    if not atomic:
        with open(target, "w", encoding="utf-8") as handle:
            handle.writelines(pieces)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a report is read by others as any file is.
        os.fchmod(fd, _mode(target))
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines(pieces)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise
