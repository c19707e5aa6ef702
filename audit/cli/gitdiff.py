"""--diff REF: the files changed since a git ref, untracked ones included (the CI case)."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    """git is missing, this is no repository, or the ref is unknown; the message says which."""


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
        raise GitError(f"git {' '.join(args)}: {detail}")
    return proc.stdout


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Absolute paths of files added, copied, modified or renamed since ``ref``, and of
    untracked files that .gitignore does not hide. Deleted files have nothing to audit."""
    cwd = cwd or Path.cwd()
    top = Path(_git("rev-parse", "--show-toplevel", cwd=cwd).strip())
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=cwd)
    except GitError:
        raise GitError(f"--diff: unknown git ref {ref!r} (fetch it first, e.g. "
                       "actions/checkout with fetch-depth: 0)") from None
    changed = _git("diff", "--name-only", "-z", "--diff-filter=ACMR", ref, "--", cwd=top)
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", cwd=top)
    names = [n for n in (changed + untracked).split("\0") if n]
    return {(top / n).resolve() for n in names}
