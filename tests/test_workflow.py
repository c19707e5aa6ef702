"""The GitHub Actions example (examples/audit.yml), its `run:` steps run in order on a scratch
git repository as a pull request and as a push would run them, and the files it hands to the
`uses:` steps checked: SARIF valid against the 2.1.0 schema, the HTML report, the job summary."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT
from tests.test_precommit import BAD, GOOD

WORKFLOW = ROOT / "examples" / "audit.yml"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
_EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")
DIFF = "github.event_name == 'pull_request' && format('--diff origin/{0}', github.base_ref) || ''"
# The values GitHub would give the workflow's expressions on each event (base branch: main).
EXPRESSIONS = {"pull_request": {DIFF: "--diff origin/main"}, "push": {DIFF: ""}}
REPORTING = "Annotations, job summary and SARIF"
NEW = ("---\ntitle: Le budget\n---\n\nLe budget de la ville a été voté mardi, selon des "
       "informations, a indiqué le maire Jean Dupont à l'AFP.\n")


def _substitute(value, expressions: dict[str, str]):
    def one(m: re.Match) -> str:
        assert m.group(1) in expressions, f"no test value for the expression {m.group(1)!r}"
        return expressions[m.group(1)]
    return _EXPRESSION.sub(one, value) if isinstance(value, str) else value


def _git(repo: Path, env: dict, *args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _scratch(root: Path, change: str) -> tuple[Path, dict]:
    """main holds a bad and a good article; the branch `feature` adds an article, or a file
    that is not one."""
    repo, home = root / "articles-repo", root / "home"
    repo.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_"))}
    env.update(HOME=str(home), GIT_CONFIG_GLOBAL=str(home / ".gitconfig"), GIT_CONFIG_NOSYSTEM="1",
               GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="editor@example.org",
               GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="editor@example.org")
    (repo / "articles").mkdir()
    (repo / "articles" / "old_bad.md").write_text(BAD, encoding="utf-8")
    (repo / "articles" / "good.md").write_text(GOOD, encoding="utf-8")
    shutil.copytree(ROOT / "expectations", repo / "expectations")
    # A newsroom that gates on unnamed sources: CIT004, an info by default, as a warning.
    (repo / "pyproject.toml").write_text('[tool.audit.severity]\nCIT004 = "warning"\n',
                                         encoding="utf-8")
    _git(repo, env, "init", "-q", "-b", "main")
    _git(repo, env, "add", ".")
    _git(repo, env, "commit", "-q", "-m", "archive")
    _git(repo, env, "update-ref", "refs/remotes/origin/main", "HEAD")  # what the fetch gives
    _git(repo, env, "checkout", "-q", "-b", "feature")
    if change == "article":
        (repo / "articles" / "new.md").write_text(NEW, encoding="utf-8")
    else:
        (repo / "tools.py").write_text("print('not an article')\n", encoding="utf-8")
    _git(repo, env, "add", ".")
    _git(repo, env, "commit", "-q", "-m", "a change")
    return repo, env


def _run_workflow(workflow: dict, event: str, root: Path, change: str = "article") -> dict:
    """Run the job's `run:` steps as GitHub would (bash -eo pipefail, `if: always()` after a
    failure); return exit codes, outputs, the summary and the `uses:` steps' inputs."""
    repo, env = _scratch(root, change)
    job = workflow["jobs"]["audit"]
    summary = root / "step_summary.md"
    summary.write_text("", encoding="utf-8")
    env.update({k: _substitute(str(v), EXPRESSIONS[event]) for k, v in job["env"].items()})
    env.update(GITHUB_STEP_SUMMARY=str(summary), GITHUB_SERVER_URL="https://github.com",
               GITHUB_REPOSITORY="newsroom/articles", GITHUB_SHA=_git(repo, env, "rev-parse", "HEAD"),
               GITHUB_WORKSPACE=str(repo), CI="true",
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    ran, uses, failed = {}, {}, False
    for step in job["steps"]:
        if failed and step.get("if") != "always()":
            continue
        if "uses" in step:
            uses[step["uses"].split("@")[0]] = {k: _substitute(str(v), EXPRESSIONS[event])
                                               for k, v in step.get("with", {}).items()}
            continue
        if step["name"] == "Install article-audit":  # this environment already has it
            assert "pip install" in step["run"]
            continue
        script = _substitute(step["run"], EXPRESSIONS[event])
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=300)
        ran[step["name"]] = proc
        failed = failed or proc.returncode != 0
    return {"repo": repo, "ran": ran, "uses": uses, "summary": summary.read_text(encoding="utf-8")}


def _check_outputs(run: dict) -> dict:
    repo, uses = run["repo"], run["uses"]
    assert uses["actions/checkout"]["fetch-depth"] == "0"
    sarif_path = repo / uses["github/codeql-action/upload-sarif"]["sarif_file"]
    sarif = json.loads(sarif_path.read_text(encoding="utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(sarif)
    report = repo / uses["actions/upload-artifact"]["path"]
    assert (report / "index.html").is_file()
    assert run["summary"].startswith("## article-audit\n")
    return sarif


def test_workflow_on_a_pull_request_audits_the_changed_articles(workflow, tmp_path):
    run = _run_workflow(workflow, "pull_request", tmp_path)
    codes = {name: proc.returncode for name, proc in run["ran"].items()}
    assert set(codes.values()) == {0}, {n: p.stdout + p.stderr for n, p in run["ran"].items()}
    assert len(codes) == 3  # annotations, summary and SARIF; gate; report
    sarif = _check_outputs(run)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    assert uris == {"articles/new.md"}  # old_bad.md did not change
    annotations = run["ran"][REPORTING].stdout
    assert "::warning file=articles/new.md,line=5" in annotations and "old_bad" not in annotations
    assert "in 1 article." in run["summary"]
    assert "(https://github.com/newsroom/articles/blob/" in run["summary"]
    assert "/articles/new.md#L5)" in run["summary"]


def test_workflow_on_main_audits_everything_and_fails_the_gate(workflow, tmp_path):
    run = _run_workflow(workflow, "push", tmp_path)
    gate = next(proc for name, proc in run["ran"].items() if name.startswith("Gate"))
    assert gate.returncode == 1, gate.stdout + gate.stderr
    assert run["ran"]["HTML report"].returncode == 0  # `if: always()` steps still run
    sarif = _check_outputs(run)
    results = sarif["runs"][0]["results"]
    bad = [r for r in results if r["ruleId"] == "AI004"]
    assert len(bad) == 1
    location = bad[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "articles/old_bad.md"
    assert location["region"]["startLine"] == 5
    annotations = run["ran"][REPORTING].stdout
    assert "::error file=articles/old_bad.md,line=5,col=1,title=AI004 assistant-residue::" in annotations
    assert "**❌ 1 error" in run["summary"] and "in 3 articles." in run["summary"]


def test_workflow_on_a_pull_request_that_changes_no_article(workflow, tmp_path):
    run = _run_workflow(workflow, "pull_request", tmp_path, change="other")
    assert {proc.returncode for proc in run["ran"].values()} == {0}, \
        {n: p.stdout + p.stderr for n, p in run["ran"].items()}
    assert _check_outputs(run)["runs"][0]["results"] == []
    assert "No articles to audit." in run["summary"]
    assert run["ran"][REPORTING].stdout == ""  # no annotation


def test_readme_shows_the_workflow():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## CI integration", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert WORKFLOW.read_text(encoding="utf-8") in blocks
