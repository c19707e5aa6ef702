"""The pre-commit hooks in .pre-commit-hooks.yaml, run by a real pre-commit on a scratch repository.

The default test runs our hook definition (entry, args, file filters) as a ``repo: local`` hook
with ``language: system`` pointing at this environment's ``audit``: a ``repo:`` install builds
a fresh virtualenv with great-expectations and takes minutes. That full install is tried by
``test_hook_installs_from_the_repository`` when AUDIT_TEST_PRECOMMIT_INSTALL=1.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
AUDIT = Path(sys.executable).with_name("audit")
BAD = ("---\ntitle: Budget\n---\n\nBien sûr ! Voici une version réécrite de l'article :\n\n"
       "Le conseil municipal a voté mardi le budget de la ville, a déclaré le maire Jean Dupont.\n")
GOOD = ("---\ntitle: Budget\n---\n\nLe conseil municipal a voté mardi le budget de la ville, "
        "a déclaré le maire Jean Dupont à l'AFP.\n")


def _hook(hook_id: str) -> dict:
    return next(h for h in HOOKS if h["id"] == hook_id)


def test_hooks_take_articles_only():
    hook = _hook("audit")
    assert hook["entry"] == "audit check" and hook["language"] == "python"
    assert hook["pass_filenames"] is True and hook["require_serial"] is False
    assert _hook("audit-ci")["entry"] == "audit ci"
    taken = lambda name: bool(re.search(hook["files"], name)) and not re.search(hook["exclude"], name)  # noqa: E731
    for name in ("news/a.md", "b.markdown", "c.html", "d/e.HTM", "f.txt", "readme-later.md"):
        assert taken(name), name
    for name in ("README.md", "docs/CHANGELOG.md", "LICENSE.txt", "requirements-dev.txt", "x.py",
                 "a.md.bak", "robots.txt"):
        assert not taken(name), name


class Scratch:
    """A git repository in a temporary folder, isolated from the user's git and pre-commit."""

    def __init__(self, root: Path):
        self.repo = root / "articles"
        self.repo.mkdir()
        home = root / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
        self.env.update(HOME=str(home), GIT_CONFIG_GLOBAL=str(home / ".gitconfig"),
                        GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_HOME=str(root / "pre-commit-cache"),
                        XDG_CACHE_HOME=str(root / "cache"), GIT_AUTHOR_NAME="Test Editor",
                        GIT_AUTHOR_EMAIL="editor@example.org", GIT_COMMITTER_NAME="Test Editor",
                        GIT_COMMITTER_EMAIL="editor@example.org")
        self.git("init", "-q", "-b", "main")
        self.git("config", "commit.gpgsign", "false")

    def run(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=self.repo, env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def git(self, *args: str) -> subprocess.CompletedProcess:
        proc = self.run("git", *args)
        assert proc.returncode == 0, proc.stderr
        return proc

    def pre_commit(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return self.run(sys.executable, "-m", "pre_commit", *args, timeout=timeout)

    def write(self, name: str, text: str) -> None:
        path = self.repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _local_config(hook_id: str) -> dict:
    """Our hook as a local one: same entry, filters and arguments, run with this venv's audit."""
    hook = {k: v for k, v in _hook(hook_id).items() if k not in ("language", "entry",
                                                                  "minimum_pre_commit_version")}
    command = _hook(hook_id)["entry"].split()[1:]
    hook.update(language="system", entry=" ".join([str(AUDIT), *command]))
    return {"repos": [{"repo": "local", "hooks": [hook]}]}


@pytest.fixture
def scratch(tmp_path) -> Scratch:
    repo = Scratch(tmp_path)
    (repo.repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(_local_config("audit")),
                                                       encoding="utf-8")
    repo.git("add", ".pre-commit-config.yaml")
    repo.git("commit", "-q", "-m", "pre-commit")
    return repo


def test_pre_commit_run_fails_on_a_finding_and_passes_clean_articles(scratch):
    scratch.write("news/bad.md", BAD)
    scratch.write("news/good.md", GOOD)
    scratch.write("tools/notes.py", "print('Bien sûr ! Voici une version réécrite')\n")
    scratch.write("README.md", BAD)  # not an article: excluded
    scratch.git("add", ".")

    failed = scratch.pre_commit("run", "--files", "news/bad.md", "news/good.md")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "news/bad.md:5:1: AI004 [error] assistant-residue" in failed.stdout
    assert "Failed" in failed.stdout

    clean = scratch.pre_commit("run", "--files", "news/good.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    others = scratch.pre_commit("run", "--files", "tools/notes.py", "README.md")
    assert others.returncode == 0, others.stdout + others.stderr
    assert "(no files to check)Skipped" in others.stdout


def test_git_commit_is_blocked_by_a_finding(scratch):
    installed = scratch.pre_commit("install")
    assert installed.returncode == 0, installed.stderr
    scratch.write("news/bad.html", f"<html><body><article><p>{BAD.split(chr(10), 4)[4]}</p>"
                                   "</article></body></html>")
    scratch.git("add", "news/bad.html")
    blocked = scratch.run("git", "commit", "-m", "bad article")
    assert blocked.returncode != 0
    assert "AI004" in blocked.stdout + blocked.stderr
    assert scratch.run("git", "log", "--oneline").stdout.count("\n") == 1  # nothing committed

    scratch.git("rm", "-q", "--cached", "news/bad.html")
    scratch.write("news/good.txt", GOOD.split("---\n\n", 1)[1])
    scratch.git("add", "news/good.txt")
    committed = scratch.run("git", "commit", "-m", "good article")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert "article-audit (check)" in committed.stdout + committed.stderr


@pytest.mark.skipif(os.environ.get("AUDIT_TEST_PRECOMMIT_INSTALL") != "1",
                    reason="installs the package and great-expectations into a new virtualenv "
                           "(minutes); set AUDIT_TEST_PRECOMMIT_INSTALL=1 to run it")
def test_hook_installs_from_the_repository(tmp_path):
    """``repo:`` pointing at a snapshot of this working tree, installed by pre-commit itself."""
    source = tmp_path / "article-audit"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "reports", "build", "*.egg-info", "__pycache__", ".pytest_cache"))
    repo = Scratch(tmp_path)
    # pip's own cache, so that a second run downloads nothing.
    repo.env["PIP_CACHE_DIR"] = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"],
                                               capture_output=True, text=True).stdout.strip()
    for args in (("init", "-q", "-b", "main"), ("add", "."), ("commit", "-q", "-m", "snapshot")):
        proc = subprocess.run(["git", *args], cwd=source, env=repo.env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=source, env=repo.env, capture_output=True,
                         text=True).stdout.strip()
    config = {"repos": [{"repo": source.as_uri(), "rev": rev, "hooks": [{"id": "audit"}]}]}
    (repo.repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    repo.write("news/bad.md", BAD)
    repo.git("add", ".")
    proc = repo.pre_commit("run", "--files", "news/bad.md", timeout=1800)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "AI004" in proc.stdout
