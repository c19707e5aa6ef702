"""docs/rules/*.md are generated from the rules' docstrings and must be kept up to date."""

from __future__ import annotations

import subprocess
import sys

from markdown_it import MarkdownIt

from audit.check import all_rules
from audit.report.docs import rule_markdown, rule_pages, write_rule_docs
from tests.conftest import ROOT

DOCS = ROOT / "docs" / "rules"
REGENERATE = "regenerate them with `python -m audit.report.docs` and commit docs/rules/"


def test_committed_rule_docs_are_up_to_date():
    expected = rule_pages()
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(name for name in expected.keys() | committed.keys()
                   if expected.get(name) != committed.get(name))
    assert not stale, f"docs/rules is out of date ({', '.join(stale)}): {REGENERATE}"


def test_generator_writes_every_rule_and_removes_stale_pages(tmp_path):
    (tmp_path / "XYZ999.md").write_text("a rule that no longer exists", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "audit.report.docs", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    names = {p.name for p in tmp_path.glob("*.md")}
    assert names == {f"{r.code}.md" for r in all_rules()} | {"README.md"}
    assert write_rule_docs(tmp_path) and (tmp_path / "NUM001.md").read_text(encoding="utf-8") \
        .startswith("# NUM001: currency-conversion\n")


def test_rule_pages_show_examples_as_text_not_markup():
    md = MarkdownIt("commonmark")
    for rule in all_rules():
        page = rule_markdown(rule)
        rendered = md.render(page)
        for section in ("What it checks", "Why it matters", "Example", "Use instead", "Configuration"):
            assert f"<h2>{section}</h2>" in rendered, (rule.code, section)
        # HTML in an example (<meta …>, <!-- audit: … -->) is shown, not interpreted.
        assert "<meta" not in rendered and "<!--" not in rendered and "<p hidden" not in rendered
        assert "``" not in page, rule.code  # docstring literals became Markdown code spans
    with_markup = [r for r in all_rules() if "<" in r.documentation()]
    assert with_markup and all("&lt;" in md.render(rule_markdown(r)) for r in with_markup)
