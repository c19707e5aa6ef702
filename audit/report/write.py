"""Atomic writes: a temp file in the same folder, then rename, so no file is half-written."""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

_MAX_LINKS = 40  # as the kernel's own limit on a chain of symlinks
# Names of an open descriptor of this process. /proc/<pid>/fd/N is a "magic" link: its text
# (a path, "pipe:[123]", a deleted file's old name) is no path to follow.
_STD = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_FD = re.compile(r"/(?:dev|proc/self|proc/thread-self)/fd/(\d+)")
_PROC_FD = re.compile(r"/proc/(\d+)(?:/task/\d+)?/fd/(\d+)")


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # keep the mode of the file it replaces
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _descriptor(path: str) -> int | None:
    """The number of this process's open descriptor that ``path`` names, or None."""
    if path in _STD:
        return _STD[path]
    match = _FD.fullmatch(path)
    if match:
        return int(match.group(1))
    match = _PROC_FD.fullmatch(path)
    if match and int(match.group(1)) == os.getpid():
        return int(match.group(2))
    return None


def _destination(path: Path) -> Path | int:
    """``path`` resolved as the kernel resolves it, component by component: a symlink is
    followed where it stands, so "link/.." is the folder above the link's target, not the
    folder holding the link (os.path.abspath would drop "link/.." as text). A path that is,
    or leads through links to, one of this process's descriptors (/dev/stdout, /dev/fd/N,
    /proc/self/fd/N) gives that descriptor's number; one into another process's /proc is
    given back as it is, for open() to follow."""
    done = "/" if os.path.isabs(path) else os.getcwd()  # getcwd holds no symlink
    todo = _names(str(path))
    links = 0
    while todo:
        name = todo.pop()
        if name == "..":
            done = os.path.dirname(done)  # done holds no symlink: its parent is textual
            continue
        step = os.path.join(done, name)
        number = _descriptor(step) if not todo else None
        if number is not None:
            return number
        try:
            is_link = stat.S_ISLNK(os.lstat(step).st_mode)
        except OSError:
            is_link = False  # missing: made by the writer, or its error names it
        if not is_link:
            done = step
            continue
        if _PROC_FD.fullmatch(step):  # another process's descriptor: only open() follows it
            return Path(step).joinpath(*reversed(todo))
        links += 1
        if links > _MAX_LINKS:
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
        target = os.readlink(step)
        if target.startswith("/"):
            done = "/"
        todo.extend(_names(target))
    return Path(done)


def _names(path: str) -> list[str]:
    """The names of ``path``, last first (a stack), without the empty ones and "."."""
    return [name for name in reversed(path.split("/")) if name not in ("", ".")]


def _write_descriptor(number: int, pieces: Iterable[str]) -> None:
    """Write to an open descriptor as it is: at its offset, not truncated, not reopened, so
    a report after ``>> log`` is appended and one sharing stdout with other lines keeps
    its place among them."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and number in (1, 2):
            stream.flush()  # what was printed before goes first
    with open(os.dup(number), "w", encoding="utf-8", closefd=True) as handle:
        handle.writelines(pieces)


def _replaceable(path: Path) -> bool:
    """Whether a temporary file renamed over ``path`` can write it: it is a regular file, is
    missing, or is a folder (whose rename then fails with a message saying so)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = stat.S_IFREG  # missing: made here
    # Nothing can be made in /proc: a file there (another process's descriptor) is opened.
    return (stat.S_ISREG(mode) or stat.S_ISDIR(mode)) and not str(path).startswith("/proc/")


def atomic_write(path: Path, content: str | Iterable[str]) -> None:
    """Write ``content`` (a text, or its pieces as they are made) to a temporary file beside
    ``path``, then rename it over ``path``: a reader sees the old file or the new one.
    A symlink's target is replaced and the link kept; a device or a FIFO is opened and
    written into; a path naming an open descriptor is written to that descriptor (see
    ``_destination``)."""
    pieces = [content] if isinstance(content, str) else content
    target = _destination(path)
    if isinstance(target, int):
        _write_descriptor(target, pieces)
        return
    if not _replaceable(target):
        # A device or a FIFO is opened and written into: a rename would put a regular file
        # in its place.
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
