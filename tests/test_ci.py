"""audit ci: the tables validated by the Great Expectations suites in expectations/."""

from __future__ import annotations

import json

import pytest

from audit.cli import main
from audit.pipeline import audit_article
from audit.settings import Settings
from audit.tables import articles_table, findings_table
from audit.tables.expectations import SuiteError, load_suites, validate
from tests.conftest import ROOT, SEEDS

EXPECTATIONS = ROOT / "expectations"


@pytest.fixture(scope="module")
def results():
    return [audit_article(p.read_bytes(), p.name, Settings()) for p in sorted(SEEDS.glob("*.txt"))]


def test_tables(results):
    articles = articles_table(results)
    # 9 citations + 1 named; none; 1 named source and 10 named speakers (Maduro, Poutine,
    # "Rostec … ont annoncé"…)
    assert list(articles["n_sources"]) == [10, 0, 11]
    assert list(articles["has_disclosure"]) == [True, False, False]
    assert list(articles["n_comments"]) == [1, 0, 0]
    findings = findings_table(results)
    assert len(findings) == sum(len(r.findings) for r in results)


def test_seed_suites_fail_for_stated_reasons(results):
    outcome = validate(results, EXPECTATIONS)
    assert not outcome.success
    text = outcome.render()
    assert "FAILED at least one source" in text
    assert "002_61f972fdbf11bda3.txt: n_sources=0" in text
    assert "no error findings" not in text.split("FAILED", 1)[1].split("\n")[0]


def test_ci_command_exit_codes(capsys, tmp_path):
    assert main(["ci", str(SEEDS), "--expectations", str(EXPECTATIONS)]) == 1
    good = tmp_path / "good.txt"
    good.write_text("Un titre\n\nLe ministre a démissionné mardi, selon Reuters, après des "
                    "semaines de pression sur le budget.\n", encoding="utf-8")
    assert main(["ci", str(good), "--expectations", str(EXPECTATIONS)]) == 0
    assert "All expectations met." in capsys.readouterr().out


def test_unknown_expectation_type_is_reported(tmp_path, results):
    (tmp_path / "articles.json").write_text(json.dumps({
        "name": "articles", "expectations": [
            {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "status", "value_set": ["ok"]}},
            {"type": "expect_column_to_be_wonderful", "kwargs": {"column": "status"}}]}))
    with pytest.raises(SuiteError, match="expect_column_to_be_wonderful"):
        validate(results, tmp_path)


@pytest.mark.parametrize("command", ["ci", "report"])
def test_a_suite_gx_refuses_is_one_line_without_gx_s_traceback(tmp_path, command):
    import subprocess
    import sys

    (tmp_path / "a.json").write_text(json.dumps({"name": "a", "meta": {"table": "articles"},
        "expectations": [{"type": "expect_column_values_to_be_purple",
                          "kwargs": {"column": "status"}}]}), encoding="utf-8")
    args = ["-o", str(tmp_path / "report")] if command == "report" else []
    # A process of its own: pytest's log capture would hide what GX logs to stderr.
    seed = str(SEEDS / "002_61f972fdbf11bda3.txt")
    proc = subprocess.run([sys.executable, "-m", "audit", command, seed, "--isolated",
                           "--expectations", str(tmp_path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in proc.stderr and "Could not add" not in proc.stderr + proc.stdout
    said = f"{tmp_path / 'a.json'}: unknown expectation type 'expect_column_values_to_be_purple'"
    if command == "ci":
        assert proc.returncode == 2 and proc.stdout == ""
        assert proc.stderr == f"audit: error: {said}\n"
    else:  # the report stands and says why the suites were not run
        assert proc.returncode == 0
        assert proc.stderr == f"audit: expectation suites not run: {said}\n"


def test_a_bad_argument_names_the_argument_at_fault(tmp_path, results):
    (tmp_path / "articles.json").write_text(json.dumps({"name": "a", "expectations": [
        {"type": "expect_column_values_to_be_between",
         "kwargs": {"column": "n_error", "max_value": "zero"}}]}), encoding="utf-8")
    with pytest.raises(SuiteError, match="is not usable: max_value: value is not a valid float"):
        validate(results, tmp_path)


def test_bad_suite_files(tmp_path):
    (tmp_path / "x.json").write_text("{not json")
    with pytest.raises(SuiteError, match="not a readable JSON suite"):
        load_suites(tmp_path)
    (tmp_path / "x.json").write_text(json.dumps({"expectations": [], "meta": {"table": "nope"}}))
    with pytest.raises(SuiteError, match="unknown table"):
        load_suites(tmp_path)
    with pytest.raises(SuiteError, match="no such folder"):
        load_suites(tmp_path / "missing")


def _suite(folder, table: str, *expectations: dict) -> None:
    (folder / f"{table}.json").write_text(json.dumps({"name": table,
                                                      "expectations": list(expectations)}))


def test_a_column_no_table_has_is_a_mistake_in_the_suite_said_before_the_audit(
        tmp_path, capsys, monkeypatch):
    import audit.cli.commands as commands

    _suite(tmp_path, "articles", {"type": "expect_column_values_to_not_be_null",
                                  "kwargs": {"column": "n_eror"}})
    with pytest.raises(SuiteError, match="expect_column_values_to_not_be_null names column "
                                         "'n_eror', which the articles table does not have; "
                                         "its columns: path, status, error"):
        load_suites(tmp_path)
    audited = []
    monkeypatch.setattr(commands, "_audit", lambda *a: audited.append(a) or [])
    assert main(["ci", str(SEEDS), "--isolated", "--expectations", str(tmp_path)]) == 2
    assert "'n_eror', which the articles table does not have" in capsys.readouterr().err
    assert not audited  # refused before any article was read
    # Every argument that names a column to read is checked; the article text is not one
    # (audit batch --with-text keeps it in Parquet, the suites never read it).
    _suite(tmp_path, "articles", {"type": "expect_compound_columns_to_be_unique",
                                  "kwargs": {"column_list": ["path", "titel"]}})
    with pytest.raises(SuiteError, match="'titel'"):
        load_suites(tmp_path)
    _suite(tmp_path, "articles", {"type": "expect_column_value_lengths_to_be_between",
                                  "kwargs": {"column": "text", "min_value": 1}})
    with pytest.raises(SuiteError, match="'text'"):
        load_suites(tmp_path)
    # What a table expectation lists is what it asserts: a missing name is its failure.
    _suite(tmp_path, "articles", {"type": "expect_table_columns_to_match_set",
                                  "kwargs": {"column_set": ["path", "nope"]}},
           {"type": "expect_table_columns_to_contain_set", "kwargs": {"column_set": ["nope"]}})
    assert load_suites(tmp_path)


def test_quantities_table_carries_precision_bound_and_conversion(results, tmp_path):
    from audit.tables import quantities_table
    from audit.tables.expectations import validate

    table = quantities_table(results)
    converted = table[table["converted"].notna()]
    # Seed 003 restates 50 millions de dollars in euros: both sides are rows, each naming the other.
    assert set(converted["unit"]) >= {"USD", "EUR"}
    usd = converted[converted["unit"] == "USD"].iloc[0]
    assert usd["value"] == 50_000_000 and "euros" in usd["converted"]
    assert (table["precision"] >= 0).all()
    suite = {"name": "quantities", "meta": {"table": "quantities"}, "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "unit"},
         "meta": {"description": "every figure says what it counts"}}]}
    (tmp_path / "quantities.json").write_text(json.dumps(suite), encoding="utf-8")
    outcome = validate(results, tmp_path)
    assert outcome.suites[0].table == "quantities" and outcome.suites[0].total == 1


def test_a_failing_row_shows_a_count_as_a_count_whatever_table_it_came_from():
    """A count read back from Parquet beside nulls is a float: shown as the count it is, as
    `audit ci` shows it; a real fraction stays one."""
    from audit.tables.expectations import _rows

    rows, paths = _rows({"unexpected_index_list": [{"path": "a.txt", "n_sources": 0.0},
                                                   {"path": "b.txt", "n_sources": 0.5}]},
                        "n_sources")
    assert rows == ["a.txt: n_sources=0", "b.txt: n_sources=0.5"] and paths == ["a.txt", "b.txt"]
