"""An opt-in rule's note says it is opt-in, and a configuration that names it to no effect
(a severity, an option, a prefix in select) is told so (review of 2026-12-06, item 7)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Le Venezuela a demandé une aide militaire à la Russie, selon la presse.\n\n"
        "Sources :\n- Les Echos, rapport sur la demande d'aide.\n")


def _check(tmp_path: Path, config: str) -> str:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.audit]\n" + config + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "audit", "check", "a.txt"], cwd=tmp_path,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT)})
    return done.stdout + done.stderr


@pytest.mark.parametrize("config, told", [
    ('[tool.audit.severity]\nCIT003 = "info"', "the configuration sets CIT003, which has no effect"),
    ("agency-credits-need-title-date = true", "CIT003 (agency-credits-need-title-date)"),
    ('select = ["CIT"]', "a prefix in select does not turn on a rule where it is off"),
])
def test_configuration_naming_an_opt_in_rule_is_told(tmp_path, config, told):
    out = _check(tmp_path, config)
    assert "CIT003 [" not in out
    assert "opt-in rules, off by default in every language" in out
    assert told in out
    assert "[tool.audit.languages]" in out


def test_plain_run_names_opt_in_apart_from_language_gated(tmp_path):
    out = _check(tmp_path, "")
    opt_in = next(line for line in out.splitlines() if "opt-in rules" in line)
    assert "CIT003" in opt_in and "CIT007" not in opt_in  # CIT007 is off for French only
    assert "has no effect" not in opt_in and "prefix" not in opt_in
    gated = next(line for line in out.splitlines() if "language fr:" in line)
    assert "CIT007" in gated and "CIT003" not in gated


def test_naming_the_rule_runs_it(tmp_path):
    assert "CIT003 [warning]" in _check(tmp_path, 'select = ["CIT003"]')


def test_prefix_in_select_is_told_for_a_language_gated_rule_too(tmp_path):
    out = _check(tmp_path, 'select = ["CIT"]')
    gated = next(line for line in out.splitlines() if "language fr:" in line)
    assert "CIT007" in gated and "a prefix in select does not turn on a rule where it is off" in gated
