"""JUnit XML: one test case per article, failed when it has a finding at error or warning.

Every text and attribute goes through xml_text: a file name or a message may hold characters
XML 1.0 forbids, which ElementTree writes as they are (the file would not parse)."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from collections.abc import Sequence

from audit.model import Severity, Skipped
from audit.pipeline import ArticleResult
from audit.report.serialize import source_position, xml_text


def _suites(root: ET.Element, outcome) -> int:
    """A test case per expectation suite, failed with the expectations it failed on and their
    rows; the number failed."""
    failed = 0
    for suite in outcome.suites:
        case = ET.SubElement(root, "testcase", classname="article-audit.expectations",
                             name=xml_text(f"{suite.file} ({suite.table})"))
        if suite.failures:
            failed += 1
            lines = [f"FAILED {f.description} [{f.call()}]" +
                     "".join(f"\n  {row}" for row in f.rows) for f in suite.failures]
            ET.SubElement(case, "failure", type="expectation", message=xml_text(
                f"{len(suite.failures)} of {suite.total} expectation(s) failed")
            ).text = xml_text("\n".join(lines))
    return failed


def render(results: list[ArticleResult], skipped: Sequence[Skipped] = (), outcome=None) -> str:
    """``outcome``: the expectation suites' (audit ci), a test case per suite."""
    suite = ET.Element("testsuite", name="article-audit", tests=str(len(results)))
    failures = errors = 0
    for r in results:
        case = ET.SubElement(suite, "testcase", classname="article-audit", name=xml_text(r.path))
        if not r.ok:
            errors += 1
            ET.SubElement(case, "error", message=xml_text(r.error)).text = xml_text(r.error)
            continue
        serious = [f for f in r.findings if f.severity.rank >= Severity.WARNING.rank]
        if serious:
            failures += 1
            lines = []
            for f in serious:
                line, col = source_position(r.doc, f.start)
                lines.append(f"{r.path}:{line}:{col}: {f.rule} [{f.severity.value}] {f.message}")
            ET.SubElement(case, "failure", message=f"{len(serious)} finding(s)",
                          type="audit").text = xml_text("\n".join(lines))
    if outcome is not None:  # audit ci's gate: one test case per suite
        failures += _suites(suite, outcome)
    for item in skipped:  # a test case JUnit readers show as skipped, with the reason
        case = ET.SubElement(suite, "testcase", classname="article-audit",
                             name=xml_text(item.path))
        ET.SubElement(case, "skipped", message=xml_text(item.reason))
    suite.set("tests", str(len(suite)))
    suite.set("skipped", str(len(skipped)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
