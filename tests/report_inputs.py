"""Inputs for the HTML report tests: the hostile articles, under a hostile file name."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES

# A file name cannot hold "/", so "</style>" is in the article, not in its name.
HOSTILE_NAME = "evil\"><img src=x onerror=window.__pwned='file'><script>document.title='PWNED'<script>javascript:x.html"

# Payloads as the reader must see them, as text (from tests/fixtures/hostile/).
PAYLOAD_TEXTS = [
    '<script>window.__pwned="body";document.title="PWNED"</script>',  # body text
    '<img src=x onerror="window.__pwned=\'img\'">',  # body text
    '</style><script>window.__pwned="style"</script>',  # body text
    "javascript:window.__pwned='link'",  # a link's text
    'Mallory <script>window.__pwned="comment author"</script>',  # comment author
    "Bravo <img src=x onerror=\"window.__pwned='comment'\">",  # comment text
    "Claire <script>window.__pwned='author'</script> Martin",  # meta author
    "</style><script>document.title='PWNED'</script>",  # og:title
    "ChatGPT <img src=x onerror=window.__pwned='generator'>",  # meta generator (AI provenance)
    'Titre <script>window.__pwned="h1";document.title="PWNED"</script>',  # the title
    HOSTILE_NAME,  # the file name
]


def hostile_inputs(folder: Path) -> Path:
    """A folder holding the hostile HTML page (under HOSTILE_NAME) and Markdown draft."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "hostile" / "article.html", folder / HOSTILE_NAME)
    shutil.copy(FIXTURES / "hostile" / "draft.md", folder / "draft.md")
    return folder


# GX is tested in test_report_html's own report; the shared reports run no suites.
NO_SUITES = ["--expectations", "/nonexistent/expectations"]


def seeds_report_in(factory) -> Path:
    """The report of the seeds, in a new folder of pytest's tmp_path_factory."""
    from audit.cli import main
    from tests.conftest import SEEDS

    out = factory.mktemp("seeds-report")
    # CIT003 and CIT007 named (opt-in in French since 2026-12-06): seed 000 then has several
    # findings, which the report links to one another.
    assert main(["report", str(SEEDS), "-o", str(out), "--extend-select", "CIT003,CIT007",
                 *NO_SUITES]) == 0
    return out


def hostile_report_in(factory) -> Path:
    """The report of the hostile inputs, in a new folder of pytest's tmp_path_factory."""
    from audit.cli import main

    inputs = hostile_inputs(factory.mktemp("hostile-in"))
    out = factory.mktemp("hostile-report")
    assert main(["report", str(inputs), "-o", str(out), *NO_SUITES]) == 0
    return out
