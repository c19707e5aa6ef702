"""Renderers on one shared set of results: each format carries every finding.

The SARIF schema in tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 JSON schema
(Draft-07), ``Schemata/sarif-schema-2.1.0.json`` of the sarif-spec repository, as stored for
github.com/jsoref/sarif-spec (a fork of oasis-tcs/sarif-spec) at commit
bdfe3411eff144e06fd857b9f4c2264fb06077d3, line endings changed from CRLF to LF; the
upstream master has since moved the same schema to Draft 2020-12.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from audit.check import all_rules
from audit.cli import main
from audit.model import Severity
from audit.pipeline import ArticleResult, audit_article
from audit.report.docs import rule_doc_url, rule_markdown
from audit.report.formats import FORMATS, renderer
from audit.report.formats.markdown import LIMIT as MARKDOWN_LIMIT
from audit.report.serialize import run_to_dict
from tests.conftest import OPT_IN_CIT, ROOT, SEEDS, seed

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
GITHUB_ENV = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "newsroom/articles",
              "GITHUB_SHA": "0123abc"}


@pytest.fixture(scope="module")
def results() -> list[ArticleResult]:
    # CIT003 and CIT007 named (opt-in in French): a warning with its line and several info
    # findings for each format to render.
    out = [audit_article(p.read_bytes(), p.name, OPT_IN_CIT) for p in sorted(SEEDS.glob("*.txt"))]
    out.append(ArticleResult(path="broken.txt", error="binary file"))
    return out


def _with_findings(result: ArticleResult, severities: list[Severity], message: str = "m",
                   path: str | None = None) -> ArticleResult:
    """The result with findings of these severities, in this order, at its first finding's spot."""
    base = result.findings[0]
    findings = tuple(dataclasses.replace(base, severity=s, message=f"{message} {i}")
                     for i, s in enumerate(severities))
    return dataclasses.replace(result, findings=findings, path=path or result.path)


def test_every_format_renders(results):
    for name in FORMATS:
        assert renderer(name)(results)


@pytest.mark.parametrize("name", ["text", "github", "sarif", "junit", "markdown"])
def test_formats_place_findings_with_source_position(results, monkeypatch, name):
    """Lines come from serialize.source_position (the line in the source file), in every format."""
    module = importlib.import_module(f"audit.report.formats.{name}")
    monkeypatch.setattr(module, "source_position", lambda doc, offset: (4242, 7))
    assert "4242" in renderer(name)(results)


# SARIF

def _sarif_validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def test_sarif_of_the_seeds_and_an_unreadable_file_is_valid(tmp_path, capsys):
    bad = tmp_path / "unreadable.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "audit.sarif"
    # CIT003 and CIT007 named (opt-in in French): more findings, and regions, to validate
    code = main(["check", str(SEEDS), str(bad), "--format", "sarif", "-o", str(out),
                 "--extend-select", "CIT003,CIT007"])
    capsys.readouterr()
    assert code == 1  # the unreadable input
    sarif = json.loads(out.read_text(encoding="utf-8"))
    errors = sorted(_sarif_validator().iter_errors(sarif), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == 10  # CIT001 on 002 is opt-in
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["level"] == "error"
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == bad.as_uri()
    assert "binary" in notes[0]["message"]["text"]
    assert run["invocations"][0]["exitCode"] == 1  # the command's, recorded
    # --exit-zero passes the gate: the log records what the command returned.
    assert main(["check", str(SEEDS), str(bad), "--format", "sarif", "-o", str(out),
                 "--exit-zero"]) == 0
    capsys.readouterr()
    assert json.loads(out.read_text(encoding="utf-8"))["runs"][0]["invocations"][0][
        "exitCode"] == 0


def test_sarif_says_the_execution_failed_when_the_auditor_failed_on_an_article(
        tmp_path, capsys, seed_002_crashes):
    out = tmp_path / "audit.sarif"
    assert main(["check", str(SEEDS), "--format", "sarif", "-o", str(out), "--jobs", "1"]) == 2
    capsys.readouterr()
    sarif = json.loads(out.read_text(encoding="utf-8"))
    assert not list(_sarif_validator().iter_errors(sarif))
    (invocation,) = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 2
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"].endswith("002_61f972fdbf11bda3.txt: internal error: "
                                            "RuntimeError: boom")
    # An input that cannot be read is no failure of the tool (exit 1, not 2).
    unreadable = json.loads(renderer("sarif")([ArticleResult(path="x.txt", error="binary file")]))
    assert unreadable["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_validator_rejects_a_broken_log(results):
    """The schema check can fail: a result without a message and a bad level are caught."""
    sarif = json.loads(renderer("sarif")(results))
    del sarif["runs"][0]["results"][0]["message"]
    sarif["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] = "fatal"
    assert len(list(_sarif_validator().iter_errors(sarif))) >= 2


def test_sarif_has_one_descriptor_per_rule_with_its_documentation(results):
    sarif = json.loads(renderer("sarif")(results))
    descriptors = sarif["runs"][0]["tool"]["driver"]["rules"]
    rules = all_rules()
    assert [d["id"] for d in descriptors] == [r.code for r in rules]  # also the ones that did not fire
    level = {"error": "error", "warning": "warning", "info": "note"}
    for d, rule in zip(descriptors, rules):
        assert d["name"] == rule.name
        assert d["shortDescription"]["text"] == rule.summary()
        assert d["fullDescription"]["text"] == rule.documentation()
        assert d["help"]["text"] == rule.documentation()
        assert d["help"]["markdown"] == rule_markdown(rule, heading=False)
        assert "## Why it matters" in d["help"]["markdown"]
        assert d["helpUri"] == rule_doc_url(rule.code) == \
            f"https://github.com/article-audit/article-audit/blob/main/docs/rules/{rule.code}.md"
        assert d["defaultConfiguration"]["level"] == level[rule.severity.value]


def test_sarif_has_every_finding_with_regions(results):
    sarif = json.loads(renderer("sarif")(results))
    run = sarif["runs"][0]
    assert len(run["results"]) == sum(len(r.findings) for r in results)
    first = run["results"][0]["locations"][0]["physicalLocation"]
    assert first["region"]["startLine"] >= 1
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "broken.txt: binary file"


# JUnit, JSON Lines

def test_junit_one_case_per_article(results):
    suite = ET.fromstring(renderer("junit")(results).split("?>", 1)[1])
    assert suite.get("tests") == "4"
    assert suite.get("errors") == "1"
    assert suite.get("failures") == "1"  # 000 (CIT003); 002's CIT001 and CIT004 are infos


CONTROLS = "a\x01b\x1bc\x00d\ufffee"  # each forbidden in XML 1.0


def test_junit_replaces_characters_xml_forbids_in_every_text_and_attribute(results):
    from audit.model import Skipped

    odd = _with_findings(results[0], [Severity.ERROR], message=f"m{CONTROLS}",
                         path=f"{CONTROLS}.txt")
    broken = ArticleResult(path=f"x{CONTROLS}.txt", error=f"binary {CONTROLS}")
    skipped = [Skipped(path=f"y{CONTROLS}.bin", reason=f"no {CONTROLS}")]
    suite = ET.fromstring(renderer("junit")([odd, broken], skipped=skipped).split("?>", 1)[1])
    shown = "a\ufffdb\ufffdc\ufffdd\ufffde"
    assert [case.get("name") for case in suite] == [f"{shown}.txt", f"x{shown}.txt",
                                                    f"y{shown}.bin"]
    assert f"m{shown} 0" in suite[0].find("failure").text
    assert suite[1].find("error").get("message") == suite[1].find("error").text == \
        f"binary {shown}"
    assert suite[2].find("skipped").get("message") == f"no {shown}"


def test_junit_of_a_file_named_with_control_characters_parses(tmp_path, capsys):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a\x01b\x1bc.txt").write_bytes(seed("002").read_bytes())
    out = tmp_path / "x.junit"
    assert main(["check", str(folder), "--format", "junit", "-o", str(out), "--isolated"]) == 0
    capsys.readouterr()
    (case,) = ET.parse(out).getroot()
    assert case.get("name").endswith("a\ufffdb\ufffdc.txt")


def test_markdown_drops_characters_xml_forbids(results):
    odd = _with_findings(results[0], [Severity.ERROR], message=f"m{CONTROLS}")
    out = renderer("markdown")([odd])
    assert "ma\ufffdb\ufffdc\ufffdd\ufffde 0" in out
    assert not any(c in out for c in "\x00\x01\x1b\ufffe")


def test_jsonl_is_one_article_object_per_line(results):
    lines = renderer("jsonl")(results).split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == \
        json.loads(json.dumps(run_to_dict(results)))["articles"]


def test_jsonl_line_separators_in_text_do_not_split_lines(results):
    odd = _with_findings(results[0], [Severity.WARNING], message="a\u2028b\u2029c\nd")
    out = renderer("jsonl")([odd, results[3]])
    assert len(out.splitlines()) == 2  # str.splitlines also splits on U+2028 and U+2029
    assert json.loads(out.splitlines()[0])["findings"][0]["message"] == "a\u2028b\u2029c\nd 0"


# GitHub annotations

def test_github_annotations(results):
    lines = renderer("github")(results).splitlines()
    assert any(line.startswith("::warning file=000_") and "title=CIT003" in line for line in lines)
    assert "::error file=broken.txt::binary file" in lines
    assert any(line.startswith("::notice ") for line in lines)  # AI001 is info


def test_github_caps_annotations_most_severe_first(results):
    mixed = [Severity.INFO, Severity.WARNING, Severity.ERROR] * 20  # 20 of each, interleaved
    batch = [_with_findings(results[0], mixed), results[3]]  # results[3]: unreadable
    lines = renderer("github")(batch).splitlines()
    assert len(lines) == 51
    levels = [line.split(" ", 1)[0].split("::")[1] for line in lines[:50]]
    assert levels == ["error"] * 21 + ["warning"] * 20 + ["notice"] * 9
    assert lines[0] == "::error file=broken.txt::binary file"
    assert lines[-1].startswith("::notice::") and "11 more" in lines[-1] and "(11 info)" in lines[-1]
    # Within a severity the article's order is kept.
    assert lines[1].endswith("::m 2") and lines[2].endswith("::m 5")


def test_github_summary_line_counts_each_hidden_severity(results):
    many = [Severity.ERROR] * 55 + [Severity.WARNING] * 3
    lines = renderer("github")([_with_findings(results[0], many)]).splitlines()
    assert len(lines) == 51
    assert "8 more" in lines[-1] and "(5 error, 3 warning)" in lines[-1]
    assert len(renderer("github")([_with_findings(results[0], [Severity.ERROR] * 50)])
               .splitlines()) == 50  # no summary when nothing is hidden


def test_github_escapes_properties_and_messages(results):
    odd = _with_findings(results[0], [Severity.WARNING], message="50% of\nit",
                         path="a,b:c.txt")
    line = renderer("github")([odd]).strip()
    assert line.startswith("::warning file=a%2Cb%3Ac.txt,line=")
    assert line.endswith("::50%25 of%0Ait 0")


# Markdown

_MD = MarkdownIt("commonmark").enable("table")


def _tables(markdown: str) -> list[list[list[str]]]:
    """Every table of the rendered Markdown, as rows of cell texts."""
    tree = lxml_html.fromstring(f"<div>{_MD.render(markdown)}</div>")
    return [[[cell.text_content() for cell in row.xpath("./th|./td")] for row in table.xpath(".//tr")]
            for table in tree.xpath("//table")]


def test_markdown_summary_of_the_seeds(results):
    out = renderer("markdown")(results, env={})
    assert out.startswith("## article-audit\n")
    assert "**❌ 0 errors, 1 warning, 9 info** in 3 articles; 1 file could not be audited." in out
    severity, by_rule, worst, unreadable = _tables(out)
    assert severity[1:] == [["error", "0", "0"], ["warning", "1", "1"], ["info", "9", "2"]]
    assert by_rule[1] == ["CIT003", "incomplete-citation", "warning", "1", "1"]  # worst first
    assert by_rule[3] == ["CIT004", "vague-attribution", "info", "2", "1"]
    assert {row[0] for row in by_rule[1:]} == {"CIT003", "CIT004", "CIT007", "AI001"}
    assert [row[1] for row in worst[1:]] == ["CIT003"]  # no info
    assert worst[1][2] == "000_93d2d1d4495b0be0.txt:25"  # no GitHub context: path:line
    assert unreadable[1:] == [["broken.txt", "binary file"]]
    assert f"[CIT003]({rule_doc_url('CIT003')})" in out


def test_markdown_links_findings_to_their_line_on_github(results, tmp_path):
    out = renderer("markdown")(results, env=GITHUB_ENV)
    assert ("[000\\_93d2d1d4495b0be0.txt:25](https://github.com/newsroom/articles/blob/0123abc/"
            "000_93d2d1d4495b0be0.txt#L25)") in out
    # An absolute path is linked relative to the workspace, and a path outside it is not linked.
    inside = dataclasses.replace(results[0], path=str(tmp_path / "news" / "a b.txt"))
    outside = dataclasses.replace(results[0], path="/elsewhere/a.txt")
    env = {**GITHUB_ENV, "GITHUB_WORKSPACE": str(tmp_path)}
    out = renderer("markdown")([inside, outside], env=env)
    assert "/blob/0123abc/news/a%20b.txt#L25)" in out
    assert "/elsewhere/a.txt:25 |" in out and "blob/0123abc/elsewhere" not in out


def test_markdown_escapes_article_text(results):
    hostile = ("x | y `code` <script>alert(1)</script> <img src=x onerror=alert(1)> "
               "[click](javascript:alert(1)) **bold** _em_ @octocat #1 \\ end\nnext line")
    odd = _with_findings(results[0], [Severity.ERROR], message=hostile, path="a|b<i>.txt")
    broken = ArticleResult(path="x<b>|y.txt", error="bad | <b>bytes</b> `tick`")
    out = renderer("markdown")([odd, broken], env={})
    rendered = _MD.render(out)
    assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "<a " not in rendered.split("Worst findings", 1)[1].split("</table>")[0] \
        .replace(f'<a href="{rule_doc_url(odd.findings[0].rule)}">', "")
    assert "<strong>bold" not in rendered and "<em>" not in rendered and "<code>" not in rendered
    worst, unreadable = _tables(out)[2:]
    assert len(worst[1]) == 4  # the pipes did not add cells
    expected = hostile.replace("\n", " ").replace("@octocat", "@\u200boctocat") + " 0"
    assert worst[1][3] == expected
    assert worst[1][2].startswith("a|b<i>.txt:")
    assert unreadable[1] == ["x<b>|y.txt", "bad | <b>bytes</b> `tick`"]


def test_markdown_caps_the_worst_findings(results):
    many = [Severity.INFO] * 5 + [Severity.WARNING] * 20 + [Severity.ERROR] * 25
    out = renderer("markdown")([_with_findings(results[0], many)], env={})
    worst = _tables(out)[2]
    assert len(worst) == 1 + MARKDOWN_LIMIT
    assert [row[0] for row in worst[1:]] == ["error"] * 25 + ["warning"] * (MARKDOWN_LIMIT - 25)
    assert f"…and {45 - MARKDOWN_LIMIT} more ({45 - MARKDOWN_LIMIT} warnings)" in out


def test_markdown_clean_run(results):
    out = renderer("markdown")([dataclasses.replace(results[0], findings=())], env={})
    assert "**✅ 0 errors, 0 warnings, 0 info** in 1 article." in out
    assert "No findings." in out and "No errors or warnings." in out
    assert "Could not be audited" not in out


def test_cli_writes_markdown_and_jsonl(tmp_path, capsys):
    for fmt in ("markdown", "jsonl"):
        out = tmp_path / f"audit.{fmt}"
        assert main(["check", str(seed("002")), "--format", fmt, "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").strip()
    capsys.readouterr()
    assert json.loads((tmp_path / "audit.jsonl").read_text(encoding="utf-8"))["path"].endswith("002_61f972fdbf11bda3.txt")


# The gate's verdict (audit ci): every format but text (ci prints it after) and jsonl

def _outcome(failed: bool):
    from audit.tables.expectations import Failure, Outcome, SuiteOutcome

    rows = [f"a{n}.txt: n_sources=0" for n in range(5)]
    failure = Failure("at least one source", "expect_column_values_to_be_between",
                      {"column": "n_sources", "min_value": 1}, rows, [r.split(":")[0] for r in rows])
    return Outcome([SuiteOutcome("expectations/articles.json", "articles", 4,
                                 [failure] if failed else []),
                    SuiteOutcome("expectations/findings.json", "findings", 2)])


def test_markdown_states_the_gate_s_verdict_first(results):
    out = renderer("markdown")(results, outcome=_outcome(True))
    assert "**❌ Gate failed: 1 expectation of 6 not met** (in 2 suites)." in out
    assert out.index("Gate failed") < out.index("### Findings by severity")
    row = next(line for line in out.splitlines() if "at least one source" in line)
    assert "a0.txt: n\\_sources=0<br>a1.txt" in row and "a3.txt" not in row
    assert "…and 2 more" in row and "articles.json (articles)" in row
    table = MarkdownIt("commonmark").enable("table").parse(out)
    assert sum(t.type == "table_open" for t in table) == 5  # the gate's, then the findings' 4
    met = renderer("markdown")(results, outcome=_outcome(False))
    assert "**✅ All expectations met** (6 in 2 suites)." in met
    assert "Gate" not in renderer("markdown")(results)


def test_json_carries_the_gate_as_policy_valid_against_the_schema(results):
    from audit.schema import output_schema

    for outcome, success in ((_outcome(True), False), (_outcome(False), True)):
        for articles in (results, []):
            data = json.loads("".join(renderer("json")(articles, outcome=outcome)))
            jsonschema.validate(data, output_schema())
            assert data["policy"]["success"] is success
    failure = data["policy"]["suites"][0]  # the last: met, no article
    assert failure["failures"] == [] and data["policy"]["expectations"] == 6
    data = json.loads("".join(renderer("json")(results, outcome=_outcome(True))))
    (failure,) = data["policy"]["suites"][0]["failures"]
    assert failure["rows"][0] == {"text": "a0.txt: n_sources=0", "path": "a0.txt"}
    assert failure["kwargs"] == {"column": "n_sources", "min_value": 1}
    assert "policy" not in json.loads("".join(renderer("json")(results)))  # audit check's
    broken = dict(data, policy={"success": "no"})
    assert not jsonschema.Draft202012Validator(output_schema()).is_valid(broken)


def test_junit_has_a_test_case_per_suite(results):
    suite = ET.fromstring(renderer("junit")(results, outcome=_outcome(True)).split("?>", 1)[1])
    cases = [c for c in suite if c.get("classname") == "article-audit.expectations"]
    assert [c.get("name") for c in cases] == ["expectations/articles.json (articles)",
                                              "expectations/findings.json (findings)"]
    failure = cases[0].find("failure")
    assert failure.get("message") == "1 of 4 expectation(s) failed"
    assert "at least one source" in failure.text and "a4.txt: n_sources=0" in failure.text
    assert cases[1].find("failure") is None
    assert (suite.get("tests"), suite.get("failures")) == ("6", "2")


def test_sarif_says_which_expectations_failed_in_notifications(results):
    for failed in (True, False):
        sarif = json.loads(renderer("sarif")(results, outcome=_outcome(failed)))
        assert not list(_sarif_validator().iter_errors(sarif))
        notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][1:]
        if failed:
            (note,) = notes
            assert note["level"] == "error" and "at least one source" in note["message"]["text"]
            assert len(note["locations"]) == 5 and len(note["properties"]["rows"]) == 5
        else:
            assert [n["level"] for n in notes] == ["note"]
            assert "All expectations met" in notes[0]["message"]["text"]


def test_github_annotates_each_failed_expectation(results):
    lines = renderer("github")(results, outcome=_outcome(True)).splitlines()
    assert lines[0].startswith("::error file=a0.txt,title=expectation failed::at least one source")


def test_ci_reports_carry_the_gate_s_verdict(tmp_path, capsys):
    from audit.schema import output_schema

    out = {}
    for name in ("markdown", "json", "junit", "sarif"):
        code = main(["ci", str(SEEDS), "--isolated", "--expectations", str(ROOT / "expectations"),
                     "--format", name, "-o", str(tmp_path / f"ci.{name}")])
        assert code == 1  # seed 002 has no source
        out[name] = (tmp_path / f"ci.{name}").read_text(encoding="utf-8")
    capsys.readouterr()
    assert "Gate failed" in out["markdown"] and "at least one source" in out["markdown"]
    data = json.loads(out["json"])
    jsonschema.validate(data, output_schema())
    assert data["policy"]["success"] is False
    assert "article-audit.expectations" in out["junit"] and "at least one source" in out["junit"]
    assert "at least one source" in out["sarif"]
