"""Adopting the gate on an archive: baselines, --diff, --exit-zero, inline suppressions, and
findings on the right line of the source file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from audit.cli import main

VAGUE = "Le ministre aurait démissionné, selon des informations qui circulent depuis mardi à Paris."
NAMED = "Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression."
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": "/dev/null",
           "GIT_CONFIG_NOSYSTEM": "1"}


def _findings(capsys, *argv: str) -> list[dict]:
    main(["check", "--format", "json", "--select", "CIT004", *argv])
    return [f | {"path": Path(a["path"]).name}
            for a in json.loads(capsys.readouterr().out)["articles"] for f in a["findings"]]


@pytest.fixture
def git(tmp_path, monkeypatch):
    """git with a fixed identity, no user configuration, no repository found above the test's
    folder (tmp_path may be one), and its messages in English: git(folder, *args)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.setenv("LC_ALL", "C")

    def run(folder, *args):
        subprocess.run(["git", "-c", "protocol.file.allow=always", *args], cwd=folder,
                       check=True, capture_output=True)

    return run


@pytest.fixture
def archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(f"{VAGUE}\n{NAMED}\n", encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(f"{NAMED}\n", encoding="utf-8")
    return tmp_path


def test_baseline_hides_known_findings_and_reports_new_and_gone(archive, capsys):
    assert main(["check", "news", "--fail-on", "info"]) == 1
    capsys.readouterr()
    # Adopting: record today's findings; that run passes.
    assert main(["check", "news", "--fail-on", "info", "--write-baseline", "base.json"]) == 0
    assert "wrote 1 finding(s) to baseline base.json" in capsys.readouterr().err
    recorded = json.loads((archive / "base.json").read_text(encoding="utf-8"))
    assert [(e["path"], e["rule"], e["count"]) for e in recorded["findings"]] == \
        [("news/a.txt", "CIT004", 1)]
    # Editing elsewhere in the article moves the finding; it stays known.
    (archive / "news" / "a.txt").write_text(f"Un chapeau ajouté.\n\n{VAGUE}\n{NAMED}\n",
                                            encoding="utf-8")
    assert main(["check", "news", "--fail-on", "info", "--baseline", "base.json"]) == 0
    err = capsys.readouterr().err
    assert "1 known finding(s) hidden" in err and "gone" not in err
    # A new finding in another article fails the gate, and only it is reported.
    (archive / "news" / "b.txt").write_text(f"{NAMED}\nIl partirait en juin, selon des sources "
                                            "proches du dossier.\n", encoding="utf-8")
    found = _findings(capsys, "news", "--baseline", "base.json")
    assert [(f["path"], f["rule"]) for f in found] == [("b.txt", "CIT004")]
    # The known one fixed: the baseline says it can shrink.
    (archive / "news" / "a.txt").write_text(f"{NAMED}\n", encoding="utf-8")
    main(["check", "news/a.txt", "--baseline", "base.json"])
    assert "1 known finding(s) are gone" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not a readable baseline"), ('{"version": 9, "findings": []}', "not an article-audit"),
])
def test_bad_baseline_is_a_usage_error(archive, capsys, content, message):
    (archive / "base.json").write_text(content, encoding="utf-8")
    assert main(["check", "news", "--baseline", "base.json"]) == 2
    err = capsys.readouterr().err
    assert "base.json" in err and message in err
    assert main(["check", "news", "--baseline", "missing.json"]) == 2
    assert "no such baseline file" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "ci"])
def test_a_usage_error_comes_before_the_baseline_is_written(archive, capsys, command):
    assert main([command, "news", "--baseline", "missing.json", "--write-baseline",
                 "new.json"]) == 2
    assert "missing.json: no such baseline file" in capsys.readouterr().err
    assert not (archive / "new.json").exists()
    if command == "ci":  # a folder of suites that is not there is a usage error too
        assert main([command, "news", "--expectations", "nowhere", "--write-baseline",
                     "new.json"]) == 2
        assert "nowhere: no such folder of expectation suites" in capsys.readouterr().err
        assert not (archive / "new.json").exists()


def test_rewriting_the_baseline_in_place_hides_what_it_knew(archive, capsys):
    assert main(["check", "news", "--write-baseline", "base.json"]) == 0
    (archive / "news" / "b.txt").write_text(f"{NAMED}\nIl partirait en juin, selon des sources "
                                            "proches du dossier.\n", encoding="utf-8")
    capsys.readouterr()
    # Read before it is rewritten: the new finding is reported, then recorded.
    found = _findings(capsys, "news", "--baseline", "base.json", "--write-baseline", "base.json")
    assert [(f["path"], f["rule"]) for f in found] == [("b.txt", "CIT004")]
    recorded = json.loads((archive / "base.json").read_text(encoding="utf-8"))
    assert [e["path"] for e in recorded["findings"]] == ["news/a.txt", "news/b.txt"]


def test_ci_with_baseline_validates_only_new_findings(archive, capsys):
    expectations = Path(__file__).resolve().parent.parent / "expectations"
    argv = ["ci", "news", "--expectations", str(expectations), "--select", "CIT004"]
    assert main([*argv, "--write-baseline", "base.json"]) == 0
    out, err = capsys.readouterr()
    assert out.rstrip().splitlines()[-1] == \
        "Wrote 1 finding(s) to baseline base.json. All expectations met."
    assert "wrote" not in err  # said once, in the verdict
    assert main([*argv, "--baseline", "base.json", "--format", "github"]) == 0
    out, err = capsys.readouterr()
    assert "::warning" not in out and "1 known finding(s) hidden" in err


UNSOURCED = "Le conseil municipal a voté le budget mardi soir. Les travaux commenceront en juin.\n"
LEFTOVER = "Bien sûr ! Voici une version réécrite de l'article :\n"  # AI004, an error


def test_ci_with_baseline_fails_only_on_new_failing_rows_of_the_suites(archive, capsys):
    """An archive's article with no source and an error finding fails the shipped policy:
    adopted, it is known; another such article, or a new error finding in it, fails the gate
    again."""
    expectations = Path(__file__).resolve().parent.parent / "expectations"
    (archive / "news" / "c.txt").write_text(LEFTOVER + UNSOURCED, encoding="utf-8")
    argv = ["ci", "news", "--expectations", str(expectations)]
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "news/c.txt: n_sources=0" in out and "news/c.txt: n_error=1" in out
    assert main([*argv, "--write-baseline", "base.json"]) == 0
    # The run passes, and its last line says so: what was written, the suites as information
    # (it used to end "2 expectations failed." above exit code 0).
    out = capsys.readouterr().out
    assert "expectations failed" not in out
    last = out.rstrip().splitlines()[-1]
    assert last.startswith("Wrote ") and last.endswith(
        " finding(s) and 1 failing expectation row(s) to baseline base.json. 3 expectations not "
        "met today, recorded as known: information, not a failure (--write-baseline passes).")
    recorded = json.loads((archive / "base.json").read_text(encoding="utf-8"))
    assert [(e["suite"], e["path"]) for e in recorded["expectations"]] == \
        [("articles.json", "news/c.txt")]
    assert main([*argv, "--baseline", "base.json"]) == 0
    out, err = capsys.readouterr()
    assert "1 known failing expectation row(s) hidden" in err and "n_sources=0" not in out
    (archive / "news" / "d.txt").write_text(UNSOURCED, encoding="utf-8")
    assert main([*argv, "--baseline", "base.json"]) == 1
    out = capsys.readouterr().out
    assert "news/d.txt: n_sources=0" in out and "news/c.txt" not in out
    (archive / "news" / "d.txt").unlink()
    # The rows were recorded as a baseline run sees them, with every finding known: a new
    # error finding in the known article is new to the gate.
    (archive / "news" / "c.txt").write_text(
        LEFTOVER + UNSOURCED + "Souhaitez-vous que je développe une autre partie ?\n",
        encoding="utf-8")
    assert main([*argv, "--baseline", "base.json"]) == 1
    assert "news/c.txt: n_error=1" in capsys.readouterr().out
    # A stricter policy is new too: the expectation's arguments are part of what is known.
    strict = archive / "strict"
    strict.mkdir()
    suite = json.loads((expectations / "articles.json").read_text(encoding="utf-8"))
    for item in suite["expectations"]:
        if item["kwargs"].get("column") == "n_sources":
            item["kwargs"]["min_value"] = 2
    (strict / "articles.json").write_text(json.dumps(suite), encoding="utf-8")
    (archive / "news" / "c.txt").write_text(LEFTOVER + UNSOURCED, encoding="utf-8")
    assert main(["ci", "news", "--expectations", str(strict), "--baseline", "base.json"]) == 1
    assert "news/c.txt: n_sources=0" in capsys.readouterr().out


def test_a_known_failing_aggregate_is_known_at_its_value_only(archive, capsys):
    """A row that is no article's (a column's mean) is known by its value: the archive's
    share of sourced articles gone lower is new to the gate."""
    suites = archive / "suites"
    suites.mkdir()
    (suites / "articles.json").write_text(json.dumps({"expectations": [{
        "type": "expect_column_mean_to_be_between",
        "kwargs": {"column": "n_sources", "min_value": 0.9}}]}), encoding="utf-8")
    (archive / "news" / "c.txt").write_text(UNSOURCED, encoding="utf-8")
    argv = ["ci", "news", "--expectations", str(suites)]
    assert main([*argv, "--write-baseline", "base.json"]) == 0
    capsys.readouterr()
    assert main([*argv, "--baseline", "base.json"]) == 0
    assert "1 known failing expectation row(s) hidden" in capsys.readouterr().err
    (archive / "news" / "d.txt").write_text(UNSOURCED, encoding="utf-8")
    assert main([*argv, "--baseline", "base.json"]) == 1
    assert "observed" in capsys.readouterr().out


def test_exit_zero_and_unwritable_output_keep_the_verdict(archive, capsys):
    assert main(["check", "news", "--fail-on", "info", "--exit-zero"]) == 0
    capsys.readouterr()
    target = archive / "no" / "such" / "dir"
    (archive / "no").write_text("a file where a folder is needed", encoding="utf-8")
    assert main(["check", "news", "--fail-on", "info", "-o", str(target / "out.txt")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert main(["check", "news/b.txt", "-o", str(target / "out.txt")]) == 0


def test_diff_audits_only_changed_articles(archive, capsys, monkeypatch, git):
    git(archive, "init", "-q", "-b", "main")
    git(archive, "add", ".")
    git(archive, "commit", "-q", "-m", "archive")
    assert main(["check", "news", "--diff", "main"]) == 0
    assert "no article changed since main" in capsys.readouterr().err
    # Nothing changed, but a suites folder that is not there is still a usage error, and
    # no baseline is written.
    assert main(["ci", "news", "--diff", "main", "--expectations", "nowhere",
                 "--write-baseline", "nb.json"]) == 2
    assert "audit: error: nowhere: no such folder of expectation suites (--expectations DIR, " \
        "or expectations = \"DIR\" in the configuration, names one)\n" in capsys.readouterr().err
    assert not (archive / "nb.json").exists()
    # The report a workflow uploads says why the gate held nothing, as the terminal does.
    gate = ["ci", "news", "--diff", "main", "--expectations",
            str(Path(__file__).resolve().parent.parent / "expectations")]
    assert main([*gate, "--format", "json", "-o", "gate.json"]) == 0
    policy = json.loads((archive / "gate.json").read_text(encoding="utf-8"))["policy"]
    assert policy["success"] is True and policy["expectations"] == 0
    assert policy["note"] == "No article changed since main: the expectation suites were not run."
    assert policy["note"] in capsys.readouterr().out  # -o: the verdict on stdout
    assert main([*gate, "--format", "markdown", "-o", "gate.md"]) == 0
    assert "**No article changed since main: the expectation suites were not run.**" in \
        (archive / "gate.md").read_text(encoding="utf-8")
    assert main(gate) == 0
    assert "No article changed since main" in capsys.readouterr().out
    (archive / "news" / "b.txt").write_text(f"{VAGUE}\n", encoding="utf-8")  # modified
    (archive / "news" / "c.txt").write_text(f"{VAGUE}\n", encoding="utf-8")  # untracked
    found = _findings(capsys, "news", "--diff", "main")
    assert sorted(f["path"] for f in found) == ["b.txt", "c.txt"]
    assert main(["check", "news", "--diff", "no-such-ref"]) == 2
    assert "unknown git ref 'no-such-ref'" in capsys.readouterr().err
    # Standard input has no path git knows: alone or with files, a usage error, not
    # "no article changed" with the ref never checked.
    for paths in (["-"], ["-", "news"]):
        assert main(["check", *paths, "--diff", "no-such-ref"]) == 2
        assert "audit: error: --diff needs paths in a git repository, and standard input " \
            "('-') has none" in capsys.readouterr().err


def test_diff_asks_the_repository_of_each_path_not_the_current_folder(tmp_path, capsys,
                                                                       monkeypatch, git):
    repo, other, plain = tmp_path / "repo", tmp_path / "other", tmp_path / "plain"
    for folder in (repo, other, plain):
        folder.mkdir()
    (repo / "a.txt").write_text(f"{NAMED}\n", encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "archive")
    (repo / "a.txt").write_text(f"{VAGUE}\n", encoding="utf-8")  # modified
    (repo / "b.txt").write_text(f"{VAGUE}\n", encoding="utf-8")  # untracked
    git(other, "init", "-q", "-b", "main")
    # From another repository's folder, and from a folder in none: the same two articles.
    for here in (other, plain):
        monkeypatch.chdir(here)
        found = _findings(capsys, str(repo), "--diff", "HEAD")
        assert sorted(f["path"] for f in found) == ["a.txt", "b.txt"], here
    # A path in no repository is a usage error naming it.
    (plain / "c.txt").write_text(f"{VAGUE}\n", encoding="utf-8")
    assert main(["check", str(repo), str(plain / "c.txt"), "--diff", "HEAD"]) == 2
    err = capsys.readouterr().err
    assert f"--diff: {plain / 'c.txt'}: fatal: not a git repository" in err


def test_diff_asks_git_once_per_repository_and_again_below_a_dot_git(tmp_path, capsys,
                                                                     monkeypatch, git):
    import audit.cli.gitdiff as gitdiff

    monkeypatch.chdir(tmp_path)

    repo, origin = tmp_path / "repo", tmp_path / "origin"
    for folder in (origin, repo / "inner"):  # a submodule's origin, a repository nested in repo
        folder.mkdir(parents=True)
        (folder / "x.txt").write_text(f"{NAMED}\n", encoding="utf-8")
        git(folder, "init", "-q", "-b", "main")
        git(folder, "add", "x.txt")
        git(folder, "commit", "-q", "-m", "x")
    folders = [repo / f"d{i}" / "e" for i in range(30)]
    for folder in folders:
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"{NAMED}\n", encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "d0", "d1")
    git(repo, "submodule", "add", "-q", str(origin), "sub")  # its .git is a file
    git(repo, "commit", "-q", "-m", "archive")
    for changed in (*[f / "a.txt" for f in folders], repo / "inner" / "x.txt",
                    repo / "sub" / "x.txt"):
        changed.write_text(f"{VAGUE}\n", encoding="utf-8")
    asked = []
    real_git = gitdiff._git
    monkeypatch.setattr(gitdiff, "_git", lambda *args, cwd: asked.append(args) or
                        real_git(*args, cwd=cwd))
    names = [str(f / "a.txt") for f in folders] + ["repo/inner/x.txt", "repo/sub/x.txt"]
    found = _findings(capsys, *names, "--diff", "HEAD")
    assert len(found) == 32 and {f["path"] for f in found} == {"a.txt", "x.txt"}
    # The top of repo once, then inner's and sub's: each holds a .git of its own.
    assert [a for a in asked if "--show-toplevel" in a] == [("rev-parse", "--show-toplevel")] * 3


def test_inline_suppressions_in_each_format(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        f"Titre\naudit: ignore[CIT004] reason=\"rumeur vérifiée\"\n{VAGUE}\n{VAGUE}\n",
        encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\ntitle: T\n---\n# T\n\n<!-- audit: disable[vague-attribution] reason=\"x\" -->\n"
        f"{VAGUE}\n\n{VAGUE}\n<!-- audit: enable -->\n\n{VAGUE}\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><body>\n<h1>T</h1>\n<!-- audit: ignore[CIT004] reason='x' -->\n"
        f"<p>{VAGUE}</p>\n<p>\n{VAGUE}</p>\n</body></html>\n", encoding="utf-8")
    found = _findings(capsys, ".")
    # One finding left per file, each on its line in the file (not in the extracted text).
    assert sorted((f["path"], f["line"]) for f in found) == \
        [("a.txt", 4), ("b.md", 12), ("c.html", 5)]
    main(["check", "--format", "json", "a.txt"])
    article = json.loads(capsys.readouterr().out)["articles"][0]
    assert article["suppressions"] == [{"kind": "ignore", "codes": ["CIT004"],
                                        "reason": "rumeur vérifiée", "line": 2,
                                        "start": article["text"].index(VAGUE),
                                        "end": article["text"].index(VAGUE) + len(VAGUE)}]
    # The directive line is not article text: no finding points into it.
    assert all(f["line"] != 2 for f in article["findings"])
