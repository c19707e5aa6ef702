"""Paths on the command line -> (name, bytes) pairs; unreadable ones become error results."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from audit.model import Skipped

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})


@dataclass(frozen=True)
class Input:
    name: str
    data: bytes | None
    error: str | None = None


def real_path(path: str | Path) -> Path:
    """The resolved path, or the absolute one when it cannot be resolved (a symlink loop)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def relative_posix(path: str | Path, root: Path,
                   real: Callable[[str | Path], Path] = real_path) -> str:
    """``path`` relative to ``root``, with forward slashes; as given when it lies elsewhere.
    ``real``: how a path is resolved (a run's resolver remembers folders)."""
    try:
        return PurePosixPath(real(path).relative_to(real(root))).as_posix()
    except ValueError:
        return PurePosixPath(Path(path)).as_posix()


def _default_wanted(path: Path, walked: bool) -> bool | str:
    if not walked or path.suffix.lower() in SUFFIXES:
        return True
    return f"extension {path.suffix or '(none)'} is not an article format read from folders"


Wanted = Callable[[Path, bool], "bool | str"]  # True, False (excluded) or why it is skipped


def _walk(folder: Path, wanted: Wanted, skipped: list[Skipped]) -> Iterator[Path]:
    """Files under ``folder`` in sorted order; hidden files and folders (.git…) are not
    entered, symlinked folders are not followed (a loop would never end). A folder that
    cannot be listed is yielded itself, so reading it gives its error row."""
    unlisted: list[OSError] = []  # os.walk reports them while it makes the next step

    def flush() -> Iterator[Path]:
        for exc in unlisted:
            path = Path(exc.filename)
            if not _all_excluded(path, wanted):  # as an excluded file, it stays unsaid
                yield path
        unlisted.clear()

    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        yield from flush()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(root)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = here / name
            # A broken or looping symlink is not a file, but it is an input: it gets an error row.
            verdict = wanted(path, True)
            if verdict is True:
                yield path
            elif verdict:
                skipped.append(Skipped(_display(path), verdict))
    yield from flush()


# Names of files a folder might hold that no pattern names as such: only a pattern that takes
# any name ("2019/**", "2019/*", "2019/", "**") excludes both ("*.tmp", "*.txt", "a*" do not).
# Two lengths, since "?" takes one character.
_PROBES = ("\x01", "\x01\x01")


def _all_excluded(folder: Path, wanted: Wanted) -> bool:
    """Whether the configuration excludes every file ``folder`` could hold, so a folder that
    cannot be listed need not be reported: the folder itself ("archive/") or any name in it
    ("/archive/2019/**", a glob the folder's own path does not match)."""
    try:
        return all(wanted(folder / name, False) is False for name in _PROBES)
    except OSError:  # cannot tell: the folder's error row says what is wrong
        return False


def _display(path: str | Path) -> str:
    # A file name that is not UTF-8 is shown with replacement characters, never a crash.
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def expand(paths: list[str], wanted: Wanted = _default_wanted,
           skipped: list[Skipped] | None = None) -> list[str | Path]:
    """Directories recursively (sorted, the files ``wanted`` takes from a walk: by default the
    supported extensions; the others go to ``skipped`` with the reason), files as given unless
    ``wanted`` excludes them, '-' for stdin."""
    return list(iter_expand(paths, wanted, skipped))


def iter_expand(paths: list[str], wanted: Wanted = _default_wanted,
                skipped: list[Skipped] | None = None) -> Iterator[str | Path]:
    """``expand``, one path at a time: `audit batch` keeps each as a string, and 100,000
    files held as Path objects while they were made strings were most of its planning's peak."""
    skipped = [] if skipped is None else skipped
    # Only two arguments can name a file twice (a walk does not): one folder, the common
    # batch, keeps no set of 100,000 files (10 MB).
    seen: set | None = set() if len(paths) > 1 else None
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found: Iterator[str | Path] = _walk(path, wanted, skipped)
        elif not path.exists():
            # Reported as such, not silently skipped, and named as typed ("nodir/", which
            # Path would make "nodir").
            found = iter([raw])
        elif wanted(path, False) is True:
            found = iter([path])
        else:
            continue
        for item in found:
            # A file named twice, or named and in a folder also given, is one article.
            if seen is not None:
                key = _identity(item)
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _identity(path: str | Path) -> int | str:
    """What makes two paths one file: its device and inode (a symlink is its target; one int,
    since a batch plan keeps one a file), else, for a path that leads to no file, its
    absolute form."""
    try:
        st = os.stat(path)
        return st.st_dev << 64 | st.st_ino
    except (OSError, ValueError):
        return os.path.abspath(path)


def read(item: str | Path, max_size: int | None = None) -> Input:
    """The bytes of one input; a file too big for ``max_size`` characters is refused from its
    size alone, before it is read."""
    from audit.load import LoadError, check_size

    if item == "-":
        return Input("<stdin>", sys.stdin.buffer.read())
    name = _display(item)
    try:
        path = Path(item)
        if max_size is not None:
            check_size(path.stat().st_size, max_size, "file")
        return Input(name, path.read_bytes())
    except LoadError as exc:
        return Input(name, None, str(exc))
    except FileNotFoundError:
        if os.path.islink(item):
            return Input(name, None, f"broken symbolic link: {_display(os.readlink(item))} "
                                     "does not exist")
        return Input(name, None, _missing(str(item)))
    except OSError as exc:
        if os.path.isdir(item):  # a folder a walk could not list (or open, EACCES first)
            return Input(name, None, _folder_error(item))
        return Input(name, None, f"cannot read: {exc.strerror or exc}")


def _missing(item: str) -> str:
    if any(c in item for c in "*?["):
        # A quoted glob reaches check as is: only batch expands globs.
        return "no such file or folder (a glob is not expanded here: let the shell expand " \
            "it, or use audit batch)"
    return "no such file or folder"


def _folder_error(folder: str | Path) -> str:
    try:
        with os.scandir(folder):
            return "is a directory"
    except OSError as exc:
        return f"cannot read folder: {exc.strerror or exc}"
