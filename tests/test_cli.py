"""The command line as users run it: exit codes, formats, bad input, reports, CI gate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from audit.cli import main
from audit.schema import output_schema
from tests.conftest import FIXTURES, ROOT, SEEDS


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_text_lists_findings_with_positions(capsys):
    code, out, _ = run_cli(capsys, "check", str(SEEDS))
    assert code == 0  # only warnings and info on the seeds; --fail-on error by default
    assert "002_61f972fdbf11bda3.txt:1:21: CIT004 [info] vague-attribution" in out
    # CIT001 and CIT003 are opt-in, CIT007 in French (README "Precision on real pages"); the
    # note says so, and naming the rule runs it.
    assert "CIT001 [info]" not in out and "CIT003" not in out.replace("CIT001, CIT003", "")
    assert "CIT001, CIT003, CIT005, CIT008 not run: opt-in rules" in out and "--select CODE" in out
    assert "language fr: CIT007 not run" in out
    assert out.rstrip().endswith("in 3 articles; 0 files unreadable.")
    _, out, _ = run_cli(capsys, "check", str(SEEDS), "--extend-select", "CIT003")
    assert "000_93d2d1d4495b0be0.txt:25:90: CIT003 [warning] incomplete-citation" in out


@pytest.mark.parametrize(("fail_on", "expected"), [("warning", 0), ("info", 1), ("error", 0),
                                                   ("never", 0)])
def test_fail_on(capsys, fail_on, expected):
    code, _, _ = run_cli(capsys, "check", str(SEEDS), "--fail-on", fail_on)
    assert code == expected


def test_json_output_matches_the_schema_and_offsets_index_text(capsys):
    code, out, _ = run_cli(capsys, "check", str(SEEDS), str(FIXTURES / "wordpress_000.html"),
                           "--format", "json")
    data = json.loads(out)
    jsonschema.validate(data, output_schema())
    assert data["summary"]["articles"] == 4
    for article in data["articles"]:
        text = article["text"]
        for item in article["segments"] + article["findings"] + article["citations"] + \
                article["comments"] + article["quantities"]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
        for q in article["quantities"]:
            assert text[q["start"]:q["end"]] == q["text"]


def test_unreadable_input_is_an_error_result_and_the_batch_goes_on(capsys, tmp_path):
    (tmp_path / "good.txt").write_text("Selon Reuters, le ministre a démissionné mardi soir.",
                                       encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "empty.md").write_bytes(b"")
    code, out, err = run_cli(capsys, "check", str(tmp_path), str(tmp_path / "missing.txt"),
                             "--format", "json")
    data = json.loads(out)
    jsonschema.validate(data, output_schema())
    status = {Path(a["path"]).name: (a["status"], a["error"]) for a in data["articles"]}
    assert status["good.txt"] == ("ok", None)
    assert status["bad.txt"][0] == "error" and "binary" in status["bad.txt"][1]
    assert status["empty.md"][0] == "error" and "empty" in status["empty.md"][1]
    assert status["missing.txt"] == ("error", "no such file or folder")
    assert code == 1  # unreadable input counts as a failure
    assert "Traceback" not in err


def test_a_quoted_glob_says_check_does_not_expand_it(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Le ministre a démissionné mardi.", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(tmp_path / "*.txt"), str(tmp_path / "b.txt"))
    assert code == 1
    assert f"{tmp_path}/*.txt: error: no such file or folder (a glob is not expanded here: " \
        "let the shell expand it, or use audit batch)\n" in out
    assert f"{tmp_path}/b.txt: error: no such file or folder\n" in out  # a plain name: no hint


def test_the_language_note_agrees_with_the_number_of_rules(capsys, tmp_path):
    (tmp_path / "fr.txt").write_text("Le ministre a démissionné mardi soir, a indiqué le "
                                     "gouvernement dans un communiqué publié à Paris.",
                                     encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", str(tmp_path / "fr.txt"))
    assert "note: language fr: CIT007 not run, its precision on real pages" in out
    (tmp_path / "en.txt").write_text("The minister resigned on Tuesday evening, the government "
                                     "said in a statement issued in London.", encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", str(tmp_path / "en.txt"))
    assert "note: language en: CIT004, NUM002, NUM006 not run, their precision" in out


def test_a_front_matter_date_python_cannot_hold_is_an_error_row(capsys, tmp_path):
    (tmp_path / "bad.md").write_text("---\ntitle: T\ndate: 2025-13-45\n---\nLe ministre a "
                                     "démissionné mardi, selon Le Monde.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Selon Reuters, le ministre a démissionné mardi soir.",
                                       encoding="utf-8")
    code, out, err = run_cli(capsys, "check", str(tmp_path), "--jobs", "1")
    assert code == 1, out  # an unreadable input, not an internal error
    assert f"{tmp_path / 'bad.md'}: error: front matter: '2025-13-45' is not a valid date: " \
        "month must be in 1..12 (line 3, column 7)" in out
    assert "in 1 article; 1 file unreadable" in out and "Traceback" not in err


def test_text_format_names_the_bad_file(capsys, tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x00")
    code, out, _ = run_cli(capsys, "check", str(bad))
    assert code == 1
    assert f"{bad}: error: binary file" in out


def test_usage_errors_exit_2(capsys):
    assert run_cli(capsys, "check")[0] == 2
    code, _, err = run_cli(capsys, "check", str(SEEDS), "--published", "05/01/2026")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run_cli(capsys, "check", str(SEEDS), "--select", "XYZ999")
    assert code == 2 and "unknown rule" in err
    with pytest.raises(SystemExit) as exc:
        main(["check", str(SEEDS), "--format", "pdf"])
    assert exc.value.code == 2


def test_select_and_ignore(capsys):
    _, out, _ = run_cli(capsys, "check", str(SEEDS), "--select", "CIT", "--format", "json")
    rules = {f["rule"] for a in json.loads(out)["articles"] for f in a["findings"]}
    assert rules and all(r.startswith("CIT") for r in rules)
    _, out, _ = run_cli(capsys, "check", str(SEEDS), "--ignore", "CIT004,AI001", "--format", "json")
    rules = {f["rule"] for a in json.loads(out)["articles"] for f in a["findings"]}
    assert "CIT004" not in rules and "AI001" not in rules


def test_published_option_enables_chronology(capsys):
    _, out, _ = run_cli(capsys, "check", str(next(SEEDS.glob("000_*"))), "--published",
                        "2026-01-04", "--format", "json")
    (article,) = json.loads(out)["articles"]
    assert article["published"] == "2026-01-04"
    assert sum(f["rule"] == "CIT006" for f in article["findings"]) == 3


def test_stdin_and_python_entry_point():
    seed = next(SEEDS.glob("002_*")).read_bytes()
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "-", "--format", "json"],
                          input=seed, capture_output=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    (article,) = json.loads(proc.stdout)["articles"]
    assert article["path"] == "<stdin>"
    assert {f["rule"] for f in article["findings"]} == {"CIT004"}  # CIT001 is opt-in
    assert proc.stderr == b""  # no progress bar when stderr is not a terminal


def test_standard_input_named_twice_is_a_usage_error():
    seed = next(SEEDS.glob("002_*")).read_bytes()
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "-", "-"], input=seed,
                          capture_output=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr == b"audit: error: '-' given 2 times: standard input can be read only once\n"


def test_audit_document_api():
    from audit import audit_document

    data = (FIXTURES / "wordpress_000.html").read_bytes()
    result = audit_document(data, name="x.html", published=None)
    jsonschema.validate({"tool": {"name": "article-audit", "version": "0", "rules": []},
                         "articles": [result],
                         "summary": {"articles": 1, "errors": 0,
                                     "findings": {"error": 0, "warning": 0, "info": 0}}},
                        output_schema())
    assert result["title"] == "Le Venezuela, pilier latino-américain de Moscou"
    assert result["published"] == "2026-01-06"
    as_text = audit_document(next(SEEDS.glob("000_*")).read_text(encoding="utf-8"), name="a.txt",
                             published="2026-01-04")
    assert as_text["published"] == "2026-01-04"


def test_jobs_give_the_same_result(capsys):
    _, one, _ = run_cli(capsys, "check", str(SEEDS), "--format", "json")
    _, two, _ = run_cli(capsys, "check", str(SEEDS), "--format", "json", "--jobs", "2")
    assert json.loads(one) == json.loads(two)


def test_rules_and_explain(capsys):
    code, out, _ = run_cli(capsys, "rules")
    assert code == 0
    assert "NUM001  currency-conversion" in out
    code, out, _ = run_cli(capsys, "explain", "cit004")
    assert code == 0 and "What it checks:" in out and "selon des informations" in out
    assert run_cli(capsys, "explain", "ZZZ001")[0] == 2


def test_explain_takes_a_rule_name_as_select_does(capsys):
    code, out, _ = run_cli(capsys, "explain", "currency-conversion")
    assert code == 0 and out.startswith("NUM001 (currency-conversion)")
    assert run_cli(capsys, "explain", "Vague-Attribution")[2] == ""  # names, any case
    # A prefix names several rules: say which, rather than "unknown".
    code, out, err = run_cli(capsys, "explain", "NUM")
    assert code == 2 and out == ""
    assert err.startswith("audit: error: 'NUM' names 7 rules (NUM001, NUM002,")
    code, _, err = run_cli(capsys, "explain", "no-such-rule")
    assert code == 2 and err == "audit: error: unknown rule 'no-such-rule' (see 'audit rules')\n"


def test_output_file_is_written_atomically(capsys, tmp_path):
    target = tmp_path / "out" / "audit.sarif"
    code, out, _ = run_cli(capsys, "check", str(SEEDS), "--format", "sarif", "-o", str(target))
    assert out == ""
    sarif = json.loads(target.read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert [p.name for p in target.parent.iterdir()] == ["audit.sarif"]


def test_internal_error_in_one_article_exits_2_and_the_batch_goes_on(capsys,
                                                                   seed_002_crashes):
    code, out, err = run_cli(capsys, "check", str(SEEDS))
    assert code == 2
    assert "002_61f972fdbf11bda3.txt: error: internal error: RuntimeError: boom" in out
    assert "000_93d2d1d4495b0be0.txt:27:1: AI001" in out  # the other articles were audited
    assert "Traceback" not in err


def test_unwritable_output_is_a_clear_error(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run_cli(capsys, "report", str(SEEDS), "-o", str(blocker / "sub"))
    assert code == 2
    assert "audit: error: cannot write" in err and "Traceback" not in err


def test_batch_help_does_not_offer_standard_input(capsys):
    # batch refuses '-' (README, Archives); check, ci and report read it.
    from audit.cli import build_parser

    parser = build_parser()
    helps = {}
    for command in ("check", "ci", "report", "batch"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        helps[command] = " ".join(capsys.readouterr().out.split())
    assert all("'-' reads standard input" in helps[c] for c in ("check", "ci", "report"))
    assert "'-' reads standard input" not in helps["batch"]
    assert "standard input is not read" in helps["batch"]
    code, _, err = run_cli(capsys, "batch", "-", "-o", "unused", "--skip-expectations")
    assert code == 2 and "standard input is not read by `audit batch`" in err


def test_batch_help_offers_no_diff_and_its_own_jobs_default(capsys):
    """batch has no --diff (it audits archives, not a repository's changes), and its workers
    are one per core unless told: --jobs 0 is refused there."""
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    out = capsys.readouterr().out
    assert "--diff" not in out and "default: one per CPU core" in out and "default 0" not in out
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--diff" in capsys.readouterr().out



def test_report_exits_0_whatever_verdicts_it_shows(capsys, tmp_path):
    # Seed 002 fails at fail-on warning: the report shows FAIL and is written all the same.
    code, out, _ = run_cli(capsys, "report", str(SEEDS), "-o", str(tmp_path),
                           "--fail-on", "warning")
    assert code == 0 and "wrote 3 article page(s)" in out
    assert "FAIL" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_report_exits_2_when_the_auditor_failed_on_an_article(capsys, tmp_path,
                                                              seed_002_crashes):
    code, out, err = run_cli(capsys, "report", str(SEEDS), "-o", str(tmp_path))
    assert code == 2 and "Traceback" not in err
    assert "wrote 3 article page(s)" in out  # the batch went on
    assert "internal error" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_a_file_named_twice_or_inside_a_named_folder_is_audited_once(capsys, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Selon Reuters, le ministre a démissionné mardi soir.",
                                  encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(folder / "a.txt")
    a = str(folder / "a.txt")
    _, out, _ = run_cli(capsys, "check", a, a, str(folder / ".." / "news" / "a.txt"),
                        str(tmp_path / "link.txt"), str(folder), "--format", "json")
    assert [x["path"] for x in json.loads(out)["articles"]] == [a]
    _, out, _ = run_cli(capsys, "check", a, a)
    assert out.rstrip().endswith("in 1 article; 0 files unreadable.")


def test_a_missing_path_is_named_as_typed_file_or_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    code, out, _ = run_cli(capsys, "check", "nodir/", "dangling.txt")
    assert code == 1
    assert "nodir/: error: no such file or folder\n" in out
    assert f"dangling.txt: error: broken symbolic link: {tmp_path / 'gone.txt'} does not exist" \
        in out


def test_the_summary_counts_audited_articles_apart_from_unreadable_files(capsys, tmp_path):
    (tmp_path / "good.txt").write_text("Selon Reuters, le ministre a démissionné mardi soir.",
                                       encoding="utf-8")
    for n in range(3):
        (tmp_path / f"bad{n}.txt").write_bytes(b"\x00\x01binary")
    _, out, _ = run_cli(capsys, "check", str(tmp_path))
    assert out.rstrip().endswith("in 1 article; 3 files unreadable.")
    _, out, _ = run_cli(capsys, "check", str(tmp_path), "--format", "markdown")
    assert "in 1 article; 3 files could not be audited." in out
    # The JSON contract keeps counting every input's row, the unreadable ones as errors.
    _, out, _ = run_cli(capsys, "check", str(tmp_path), "--format", "json")
    assert json.loads(out)["summary"] | {"findings": None} == \
        {"articles": 4, "errors": 3, "findings": None}


def test_the_opt_in_note_names_every_way_to_run_the_rules(capsys, tmp_path):
    (tmp_path / "fr.txt").write_text("Le ministre a démissionné mardi soir, selon la presse.",
                                     encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", str(tmp_path / "fr.txt"))
    note = next(line for line in out.splitlines() if "opt-in rules" in line)
    for way in ("--select CODE", "--extend-select CODE", "--all-languages",
                "all-languages = true", "[tool.audit.languages]"):
        assert way in note, way
    # And --all-languages does run them, as the note says.
    _, out, _ = run_cli(capsys, "check", str(tmp_path / "fr.txt"), "--all-languages")
    assert "opt-in rules" not in out and "CIT001 [info]" in out
    _, out, _ = run_cli(capsys, "rules")
    assert "--all-languages every rule (opt-in ones included)" in out
