"""Imports flow one way: cli -> report -> tables/check -> extract -> segment -> load -> model."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "audit"
ORDER = ["model", "settings", "lexicon", "load", "segment", "extract", "check", "rules",
         "pipeline", "tables", "report", "cli"]
# Stages below another may not import it.
ALLOWED_UP = {("check", "rules")}  # the registry discovers rules by importing the package


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "audit" and parts[1] in ORDER else None


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_upward_imports(path):
    here = _stage("audit." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts))
    if here is None:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else \
            [a.name for a in node.names] if isinstance(node, ast.Import) else []
        for name in names:
            there = _stage(name)
            if there and ORDER.index(there) > ORDER.index(here) and (here, there) not in ALLOWED_UP:
                if not (here == "pipeline" and there == "report"):  # audit_document serialises lazily
                    pytest.fail(f"{path.name} ({here}) imports {name} ({there})")


def test_check_on_one_article_does_not_import_heavy_modules():
    code = ("import sys\n"
            "from audit.cli import main; main(['check', 'seeds', '--jobs', '1'])\n"
            # The seeds are pasted text: no HTML parser, no extractor (jusText's stoplists are
            # read without importing it: 45 ms of a cold check).
            "heavy = [m for m in ('great_expectations', 'pandas', 'jinja2', 'bs4', 'lxml', "
            "'justext', 'trafilatura') if m in sys.modules]\n"
            "print('HEAVY:' + ','.join(heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=PACKAGE.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "HEAVY:"


# Rules and reports read facts through public names: a private name of audit.extract (one
# that starts with "_") would tie them to an extractor's inner workings (review item 9:
# CIT008 imported _CLAUSE_BREAK, _TOKEN and _speaker).
READERS = sorted(p for d in ("rules", "report") for p in (PACKAGE / d).rglob("*.py"))


def private_extract_imports(source: str) -> list[str]:
    """The underscore names a module imports from audit.extract or its modules."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                (node.module == "audit.extract" or node.module.startswith("audit.extract.")):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


def test_the_check_sees_a_private_import_nested_or_parenthesised():
    assert private_extract_imports(
        "from audit.extract.attributions import (_TOKEN,\n    normalise_name)\n"
        "def f():\n    from audit.extract import _ranges\n") == \
        ["audit.extract.attributions._TOKEN", "audit.extract._ranges"]
    assert private_extract_imports("from audit.extract.attributions import subject_of\n"
                                   "from audit.rules.num.NUM001 import _near\n") == []


@pytest.mark.parametrize("path", READERS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_rule_or_report_imports_a_private_name_of_extract(path):
    assert private_extract_imports(path.read_text(encoding="utf-8")) == []
