"""--diff REF: the files changed since a git ref, untracked ones included (the CI case), in
the repository of each path given, wherever the command runs."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path


class GitError(Exception):
    """git is missing, this is no repository, or the ref is unknown; the message says which."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail  # git's own last line of stderr, when git said something


def _git(*args: str, cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              timeout=120)
    except FileNotFoundError:
        raise GitError("--diff needs git, and git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {' '.join(args)} took more than 120 s") from None
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        raise GitError(f"git {' '.join(args)}: {detail}", detail)
    return proc.stdout


def changed_files(ref: str, paths: Iterable[str | Path]) -> set[Path]:
    """Absolute paths of files added, copied, modified or renamed since ``ref``, and of
    untracked files that .gitignore does not hide, in the repository holding each of
    ``paths`` (each repository asked once). Deleted files have nothing to audit."""
    tops: dict[Path, Path] = {}  # real folder -> its repository's top
    for path in paths:
        _top_of(_folder(Path(path)).resolve(), path, tops)
    changed: set[Path] = set()
    for top in dict.fromkeys(tops.values()):
        changed |= _changed_in(top, ref)
    return changed


def _top_of(folder: Path, named: str | Path, tops: dict[Path, Path]) -> None:
    """Record in ``tops`` the top of ``folder``'s repository: that of a folder above it already asked, when no
    ``.git`` lies between them, else git's answer (one process each: 1,000 files in 1,000
    folders of one repository took 2.4 s asked one by one). Assumed: git finds a folder's
    repository as the nearest ``.git`` above it (no GIT_DIR, no GIT_CEILING_DIRECTORIES
    between a folder and its top). A nested repository, a submodule (a ``.git`` file) or a
    worktree below a known top has its own ``.git``, so git is asked about it."""
    walked = []
    for above in (folder, *folder.parents):
        if above in tops:
            top = tops[above]
            break
        if os.path.lexists(above / ".git"):
            top = _top(folder, named)
            if top == above:
                walked.append(above)
            break
        walked.append(above)
    else:
        top = _top(folder, named)  # in no repository, as far as .git says: git says why
        walked = [folder]
    tops.update(dict.fromkeys(walked, top))


def _folder(path: Path) -> Path:
    """The folder git is asked in: the path's own, or its nearest existing one (a file named
    on the command line may be gone)."""
    folder = path if path.is_dir() else path.parent
    while not folder.is_dir():
        folder = folder.parent
    return folder


def _top(folder: Path, named: str | Path) -> Path:
    try:
        return Path(_git("rev-parse", "--show-toplevel", cwd=folder).strip())
    except GitError as exc:
        if not exc.detail:  # git missing or stuck: nothing to do with this path
            raise
        # Say which input has no repository; git's own words say why.
        raise GitError(f"--diff: {named}: {exc.detail}") from None


def _changed_in(top: Path, ref: str) -> set[Path]:
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=top)
    except GitError:
        raise GitError(f"--diff: unknown git ref {ref!r} in {top} (fetch it first, e.g. "
                       "actions/checkout with fetch-depth: 0)") from None
    changed = _git("diff", "--name-only", "-z", "--diff-filter=ACMR", ref, "--", cwd=top)
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", cwd=top)
    names = [n for n in (changed + untracked).split("\0") if n]
    return {(top / n).resolve() for n in names}
