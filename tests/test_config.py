"""Configuration files: discovery, extend, per-file ignores, overrides, `audit config`, errors."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from audit.cli import main
from audit.cli.config import glob_match

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
VAGUE = ("Le ministre aurait démissionné, selon des informations qui circulent depuis mardi à "
         "Paris.\nSes proches n'ont pas souhaité commenter la rumeur qui enfle au ministère.\n")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _rules(capsys, *argv: str) -> tuple[int, list[tuple[str, str, str]]]:
    """Exit code and (file name, rule, severity) of each finding, from the JSON output."""
    code = main(["check", "--format", "json", *argv])
    out = json.loads(capsys.readouterr().out)
    return code, sorted((Path(a["path"]).name, f["rule"], f["severity"])
                        for a in out["articles"] for f in a["findings"])


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """A newsroom repository: a vague draft at the top, a translation below."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "articles" / "draft.txt", VAGUE)
    _write(tmp_path / "articles" / "translations" / "traduit.txt", VAGUE)
    return tmp_path


def test_without_configuration_every_rule_runs(archive, capsys):
    code, found = _rules(capsys, "articles")
    assert ("draft.txt", "CIT004", "info") in found
    # CIT001 is opt-in (its precision held out, README "Precision on real pages")
    assert not [f for f in found if f[1] == "CIT001"]
    assert code == 0  # warnings only, fail-on error


def test_pyproject_ignore_severity_fail_on_and_per_file_ignores(archive, capsys):
    _write(archive / "pyproject.toml", """\
        [project]
        name = "newsroom"

        [tool.audit]
        ignore = ["vague-attribution"]
        fail-on = "warning"

        [tool.audit.severity]
        CIT001 = "error"

        [tool.audit.languages]
        CIT001 = ["fr"]

        [tool.audit.per-file-ignores]
        "articles/translations/**" = ["CIT001"]
        """)
    code, found = _rules(capsys, "articles")
    assert not [f for f in found if f[1] == "CIT004"]  # ignored by name
    assert ("draft.txt", "CIT001", "error") in found  # severity raised
    assert not [f for f in found if f[0] == "traduit.txt" and f[1] == "CIT001"]
    assert code == 1
    # Flags override the file: --select replaces its selection, --fail-on its threshold.
    code, found = _rules(capsys, "articles", "--select", "CIT004", "--fail-on", "never")
    assert {f[1] for f in found} == {"CIT004"} and code == 0


def test_nearest_file_wins_and_extend_builds_on_a_base(archive, capsys):
    _write(archive / "base.toml", """\
        ignore = ["CIT004"]
        [severity]
        CIT001 = "error"
        """)
    _write(archive / "articles" / "translations" / ".audit.toml", """\
        extend = "../../base.toml"
        ignore = ["CIT001"]
        """)
    _write(archive / "audit.toml", """\
        [tool.audit]
        select = ["CIT001"]
        """)
    _, found = _rules(capsys, "articles")
    # The top file governs the draft; the nearer one (ignore replaces the base's) the
    # translation, keeping the base's severity.
    assert found == [("draft.txt", "CIT001", "info"), ("traduit.txt", "CIT004", "info")]
    main(["config", "articles/translations"])
    shown = capsys.readouterr().out
    assert 'ignore = ["CIT001"]' in shown and "translations/.audit.toml" in shown
    assert 'severity = { CIT001 = "error" }' in shown and "base.toml" in shown
    assert "fail-on = \"error\"  # default" in shown


def test_a_base_s_globs_stay_relative_to_its_own_folder(archive, capsys):
    """The base sits above the file that extends it: "translations/**" still means
    articles/translations/**, and a folder under it can still be excluded."""
    _write(archive / "articles" / "audit.toml", """\
        fail-on = "info"
        exclude = ["translations/drafts/"]
        [languages]
        CIT001 = ["fr"]
        [per-file-ignores]
        "translations/**" = ["CIT004"]
        """)
    _write(archive / "articles" / "translations" / "drafts" / "brouillon.txt", VAGUE)
    _, before = _rules(capsys, "articles")
    _write(archive / "articles" / "translations" / "audit.toml", 'extend = "../audit.toml"\n')
    code, found = _rules(capsys, "articles")
    assert found == before and code == 1
    assert ("draft.txt", "CIT004", "info") in found
    assert ("traduit.txt", "CIT001", "info") in found
    assert not [f for f in found if f[0] == "brouillon.txt" or f[1:] == ("traduit.txt", "CIT004")]
    main(["config", "articles/translations/traduit.txt"])
    running = capsys.readouterr().out.splitlines()[-1]
    assert running.startswith("# rules that run:") and "CIT004" not in running
    # A base kept elsewhere (a shared folder) speaks of the folder of the file extending it.
    _write(archive / "shared" / "audit.toml",
           '[languages]\nCIT001 = ["fr"]\n[per-file-ignores]\n"traduit.txt" = ["CIT004"]\n')
    _write(archive / "articles" / "translations" / "audit.toml",
           'extend = "../../shared/audit.toml"\n')
    _, found = _rules(capsys, "articles/translations")
    assert ("traduit.txt", "CIT001", "info") in found
    assert ("traduit.txt", "CIT004", "info") not in found


@pytest.mark.parametrize(("body", "message"), [
    ("[tool.audit]\nselectt = [\"CIT\"]\n", "unknown key 'selectt'; allowed: extend, select"),
    ("[tool.audit]\nfail-on = \"fatal\"\n", 'fail-on: expected one of "error", "warning"'),
    ("[tool.audit]\nignore = [\"XYZ\"]\n", "ignore: expected rule codes, prefixes or names"),
    ("[tool.audit.severity]\nCIT001 = \"high\"\n", "severity: 'CIT001': expected one of"),
    ("[tool.audit]\nconversion-tolerance = 5\n", "expected a number from 0 to 1"),
    ("[tool.audit]\nmax-size = 1e400\n", "max-size: expected a size such as \"10MB\" (invalid "
     "size inf: expected a finite number"),
    ("[tool.audit]\nmax-size = \"infMB\"\n", "max-size: expected a size such as \"10MB\" (invalid "
     "size 'infMB': expected a finite number"),
    ("[tool.audit.disclosure]\nparts = [\"video\"]\n", 'parts: expected a list of "article"'),
    ("[tool.audit]\nextend = \"missing.toml\"\n", "extend: no such file 'missing.toml'"),
    ("[tool.audit\n", "not valid TOML"),
])
def test_bad_configuration_is_a_usage_error_naming_file_and_key(archive, capsys, body, message):
    _write(archive / "pyproject.toml", body)
    assert main(["check", "articles"]) == 2
    err = capsys.readouterr().err
    assert str(archive / "pyproject.toml") in err and message in err


def test_bad_configuration_of_a_folder_with_no_articles_is_a_usage_error(tmp_path, capsys):
    # Saying what "no articles found" looked for reads the configuration: not a traceback.
    (tmp_path / "empty").mkdir()
    _write(tmp_path / "audit.toml", 'fail-on = "fatal"\n')
    assert main(["check", str(tmp_path / "empty")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"audit: error: {tmp_path / 'audit.toml'}: fail-on: expected one of")


def test_an_audit_toml_with_settings_at_the_top_and_under_tool_audit_is_refused(archive, capsys):
    # fail-on at the top was dropped without a word, under the [tool.audit.…] table.
    _write(archive / "audit.toml", """\
        fail-on = "warning"
        [tool.audit.per-file-ignores]
        "articles/translations/**" = ["CIT004"]
        """)
    assert main(["check", "articles"]) == 2
    assert f"{archive / 'audit.toml'}: settings both at the top level (fail-on) and under " \
        "[tool.audit]; put them in one place" in capsys.readouterr().err


def test_config_file_flag_isolated_and_include_exclude(archive, capsys):
    _write(archive / "articles" / "notes.rst", VAGUE)
    _write(archive / "strict.toml", """\
        select = ["CIT004"]
        include = ["*.txt", "*.rst"]
        exclude = ["translations/"]
        """)
    _write(archive / "pyproject.toml", "[tool.audit]\nignore = [\"CIT\"]\n")
    _, found = _rules(capsys, "articles", "--config", "strict.toml")
    assert {f[0] for f in found} == {"draft.txt", "notes.rst"}
    # A glob with a slash inside is anchored at the configuration file's folder.
    _write(archive / "strict.toml", 'select = ["CIT004"]\nexclude = ["/translations/"]\n')
    _, found = _rules(capsys, "articles", "--config", "strict.toml")
    assert {f[0] for f in found} == {"draft.txt", "traduit.txt"}
    # An excluded file given by name is not audited either (pre-commit passes names).
    _write(archive / "strict.toml", 'exclude = ["articles/translations/*.txt"]\n')
    assert main(["check", "--config", "strict.toml", "articles/translations/traduit.txt"]) == 2
    assert "no articles found" in capsys.readouterr().err
    _, found = _rules(capsys, "articles")
    assert found == []  # the pyproject.toml ignores CIT, and nothing else fires
    _, found = _rules(capsys, "articles", "--isolated")
    assert ("draft.txt", "CIT004", "info") in found
    # As in ruff, the two say opposite things: a usage error, the file existing or not.
    for config in ("strict.toml", "missing.toml"):
        for command in (["check", "articles"], ["config", "articles"]):
            assert main([*command, "--isolated", "--config", config]) == 2
            assert "--isolated and --config cannot be used together" in capsys.readouterr().err


def test_disclosure_policy_review_exempts(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "a.md", """\
        ---
        title: Le budget
        ai_generated: true
        ai_reviewed: true
        ---
        # Le budget

        Le budget a été voté mardi, selon Le Monde, après des semaines de débats à l'Assemblée.
        """)
    _, found = _rules(capsys, "a.md", "--select", "AI002")
    assert found == []  # a recorded review exempts, as the AI Act does
    _write(tmp_path / "audit.toml", "[disclosure]\nreview-exempts = false\n")
    _, found = _rules(capsys, "a.md", "--select", "AI002")
    assert found == [("a.md", "AI002", "error")]
    _write(tmp_path / "audit.toml", "[disclosure]\nreview-exempts = false\nparts = [\"image\"]\n")
    _, found = _rules(capsys, "a.md", "--select", "AI002")
    assert found == []  # only images must carry a disclosure


def test_languages_table_turns_a_rule_on_for_a_language(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "a.txt", "The minister resigned on Tuesday after weeks of pressure over "
                               "the budget and the strikes in the capital.\n")
    _, found = _rules(capsys, "a.txt")
    assert not [f for f in found if f[1] == "CIT001"]  # off for English by default
    _write(tmp_path / "audit.toml", '[languages]\nCIT001 = ["fr", "en"]\n')
    _, found = _rules(capsys, "a.txt")
    assert ("a.txt", "CIT001", "info") in found


@pytest.mark.parametrize(("pattern", "path", "expected"), [
    ("*.md", "a/b/c.md", True), ("*.md", "c.mdx", False), ("drafts/", "drafts/x.md", True),
    ("drafts/", "news/drafts/x.md", True), ("/drafts/*.md", "news/drafts/x.md", False),
    ("news/**/*.html", "news/2024/01/a.html", True), ("news/**/*.html", "news/a.html", True),
    ("news/*.html", "news/2024/a.html", False), ("tr?.txt", "tra.txt", True),
])
def test_globs_follow_gitignore(pattern, path, expected):
    assert glob_match(pattern, path) is expected


def test_ci_takes_expectations_folder_and_suites_from_configuration(archive, capsys):
    import shutil

    shutil.copytree(SEEDS.parent / "expectations", archive / "policy")
    _write(archive / "audit.toml", 'expectations = "policy"\nsuites = ["articles"]\n')
    main(["ci", "articles"])
    out = capsys.readouterr().out
    assert "policy/articles.json" in out and "findings.json" not in out
    _write(archive / "audit.toml", 'expectations = "policy"\nsuites = ["nope"]\n')
    assert main(["ci", "articles"]) == 2
    assert "no suite named nope" in capsys.readouterr().err


def test_no_articles_found_says_what_was_looked_for_and_what_was_skipped(archive, capsys):
    _write(archive / "inc" / "a.txt", VAGUE)
    _write(archive / "inc" / "audit.toml", 'include = ["*.rst"]\n')
    assert main(["check", "inc"]) == 2
    err = capsys.readouterr().err
    assert f"looked for *.rst (include in {archive / 'inc' / 'audit.toml'})" in err
    assert "2 file(s) matched none and were skipped: inc/a.txt, inc/audit.toml" in err
    for name in ("a.pdf", "b.csv", "c.doc"):
        _write(archive / "docs" / name, "x")
    assert main(["check", "docs"]) == 2
    err = capsys.readouterr().err
    assert "looked for *.txt, *.text, *.md, *.markdown, *.html, *.htm, *.xhtml (the default)" in err
    assert "3 file(s) matched none and were skipped: docs/a.pdf, docs/b.csv, …" in err
    # A file named on the command line that the configuration excludes says so.
    _write(archive / "inc" / "audit.toml", 'exclude = ["a.txt"]\n')
    assert main(["check", "inc/a.txt"]) == 2
    assert f"excluded: inc/a.txt (exclude in {archive / 'inc' / 'audit.toml'})" in \
        capsys.readouterr().err


def test_the_resolver_remembers_folders_and_settings_and_answers_as_before(archive):
    """A run resolves each folder once and makes one Settings a configuration without
    per-file rules: the same answers as resolving every file and building its settings."""
    from audit.cli.config import Overrides, Resolver
    from audit.cli.inputs import relative_posix

    _write(archive / "pyproject.toml", """\
        [tool.audit]
        ignore = ["CIT004"]
        [tool.audit.per-file-ignores]
        "articles/translations/traduit.txt" = ["CIT001"]
        """)
    _write(archive / "articles" / "translations" / "autre.txt", VAGUE)  # same folder, no rule
    _write(archive / "other" / "pyproject.toml", "[tool.audit]\nfail-on = \"warning\"\n")
    _write(archive / "other" / "a.txt", VAGUE)
    _write(archive / "elsewhere" / "far.txt", VAGUE)
    (archive / "articles" / "link.txt").symlink_to(archive / "elsewhere" / "far.txt")
    (archive / "linked").symlink_to(archive / "articles", target_is_directory=True)
    files = [archive / "articles" / "translations" / "autre.txt",
             archive / "articles" / "translations" / "traduit.txt", archive / "articles" / "draft.txt",
             archive / "articles" / "link.txt", archive / "linked" / "draft.txt",
             archive / "other" / "a.txt", Path("articles/draft.txt"), Path("other/a.txt")]
    resolver = Resolver(Overrides())
    for path in files * 2:  # asked twice: the remembered answers too
        root = resolver.config_for(path).root
        assert resolver.relative(path, root) == relative_posix(path, root), path
        assert resolver.relative(path, archive / "other") == relative_posix(path, archive / "other")
        assert resolver.settings_for(path) == Resolver(Overrides()).effective(path).settings, path
    assert resolver.relative(archive / "articles" / "link.txt", archive) == "elsewhere/far.txt"
    ignored = {p.name: resolver.settings_for(p).ignore for p in files[:2]}
    assert "CIT001" in ignored["traduit.txt"] and "CIT001" not in ignored["autre.txt"]


def test_report_verdicts_follow_each_articles_fail_on(archive, capsys):
    # The translations' folder fails on infos; the draft keeps the default (error): the
    # report says what `audit check` says of each, and the index that levels differ.
    _write(archive / "articles" / "translations" / "audit.toml", 'fail-on = "info"\n')
    code = main(["check", "articles/draft.txt"])
    assert code == 0 and main(["check", "articles/translations"]) == 1
    capsys.readouterr()
    assert main(["report", "articles", "-o", "out"]) == 0
    index = (archive / "out" / "index.html").read_text(encoding="utf-8")
    assert "1 pass, 1 fail" in index and "each article&#39;s configured level" in index
    assert main(["report", "articles", "-o", "out2", "--fail-on", "never"]) == 0
    index = (archive / "out2" / "index.html").read_text(encoding="utf-8")
    assert "2 pass, 0 fail" in index and "(fails on never)" in index
