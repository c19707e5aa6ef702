"""Renderers on one shared set of results: each format carries every finding."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest

from audit.pipeline import ArticleResult, audit_article
from audit.report.formats import FORMATS, renderer
from audit.settings import Settings
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def results() -> list[ArticleResult]:
    out = [audit_article(p.read_bytes(), p.name, Settings()) for p in sorted(SEEDS.glob("*.txt"))]
    out.append(ArticleResult(path="broken.txt", error="binary file"))
    return out


def test_every_format_renders(results):
    for name in FORMATS:
        assert renderer(name)(results)


def test_sarif_has_every_finding_with_regions(results):
    sarif = json.loads(renderer("sarif")(results))
    run = sarif["runs"][0]
    assert len(run["results"]) == sum(len(r.findings) for r in results)
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"AI001", "NUM001"}
    first = run["results"][0]["locations"][0]["physicalLocation"]
    assert first["region"]["startLine"] >= 1
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "broken.txt: binary file"


def test_junit_one_case_per_article(results):
    suite = ET.fromstring(renderer("junit")(results).split("?>", 1)[1])
    assert suite.get("tests") == "4"
    assert suite.get("errors") == "1"
    assert suite.get("failures") == "2"  # 000 (CIT003) and 002 (CIT001, CIT004)


def test_github_annotations(results):
    lines = renderer("github")(results).splitlines()
    assert any(line.startswith("::warning file=000_") and "title=CIT003" in line for line in lines)
    assert "::error file=broken.txt::binary file" in lines
    assert any(line.startswith("::notice ") for line in lines)  # AI001 is info
