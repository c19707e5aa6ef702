"""What the blind rounds' tests read: a tester's repro by its round and name, a reviewer's probe
by its folder and name, a text's findings, title, publication date and segment kinds as
`audit_document` gives them (or the whole result as `audit_article` does), and the plain ledes
the title tests set under a headline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from audit.pipeline import ArticleResult, audit_article, audit_document
from audit.settings import Settings

DATA = Path(__file__).parent / "data"
ROUNDS = DATA / "blind_rounds"

# A plain story's first paragraphs, in English and French, under the headline a test tries.
LEDE = ("The county commission approved on Tuesday a new budget for the public library after a "
        "long debate on its opening hours and staff.\n\nThe chairman said the work would start "
        "in the spring if the state grant is confirmed.\n")
LEDE_FR = ("Le conseil municipal a voté mardi soir le budget de la médiathèque après un long débat "
           "sur les horaires d'ouverture et le personnel.\n\nLe maire a précisé que les travaux "
           "commenceraient au printemps si la subvention de l'État est confirmée.\n")
HEAD = "Library budget approved after long debate"


def repro(name: str) -> str:
    """The text of the repro file of ``round/prefix`` ("round35a/r10_cit004")."""
    round_, prefix = name.split("/")
    return next((ROUNDS / round_ / "repro").glob(prefix + "*")).read_text(encoding="utf-8")


def codes(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    result = audit_document(text, name)
    return [(f["rule"], result["text"][f["start"]:f["end"]]) for f in result["findings"]]


def title(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["title"]


def published(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["published"]


def read(text: str, name: str = "x.txt") -> dict:
    """The whole result: title, date, segments and findings together."""
    return audit_document(text, name)


def kind_at(result: dict, text: str, line: str) -> str:
    """The kind of the segment the first occurrence of ``line`` in ``text`` opens in."""
    start = text.index(line)
    return next(s["kind"] for s in result["segments"] if s["start"] <= start < s["end"])


def repro_named(name: str) -> tuple[str, str]:
    """The text of the repro file of ``round/prefix`` and its file name, which some pages are
    read under."""
    round_, prefix = name.split("/")
    path = next((ROUNDS / round_ / "repro").glob(prefix + "*"))
    return path.read_text(encoding="utf-8"), path.name


def read_repro(round_: str, name: str) -> dict:
    """The whole result on a round's repro file given by its whole name, read under that name."""
    path = ROUNDS / round_ / "repro" / name
    return audit_document(path.read_text(encoding="utf-8"), name)


def probe(folder: str, name: str) -> str:
    """The text of a reviewer's probe (``tests/data/<folder>/<name>.txt``)."""
    return (DATA / folder / f"{name}.txt").read_text(encoding="utf-8")


def probe_findings(folder: str, name: str, rule: str) -> list[dict]:
    """The findings of ``rule`` on a reviewer's probe file (``tests/data/<folder>/<name>``, its
    bytes for an HTML page), read under its own name."""
    path = DATA / folder / name
    data = path.read_bytes() if name.endswith(".html") else path.read_text(encoding="utf-8")
    return [f for f in audit_document(data, name)["findings"] if f["rule"] == rule]


def article(text: str, name: str = "x.txt") -> ArticleResult:
    """The whole result as `audit_article` gives it (its facts, spans and finding objects)."""
    return audit_article(text, name, Settings())


def input_title(name: str) -> str | None:
    """The title of a tester's stored page (``round38b/inputs/es01_eluniversal.txt``), read
    under its own file name."""
    path = ROUNDS / name
    return title(path.read_text(encoding="utf-8"), path.name)


def headline_test(cases: list) -> Callable[[str, str | None], None]:
    """The test a module's table of (text, headline) cases runs: ``title(text) == expected``."""
    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_the_headline_picked(text: str, expected: str | None) -> None:
        assert title(text) == expected
    return test_the_headline_picked


def date_test(cases: list) -> Callable[[str, str | None], None]:
    """The test a module's table of (text, publication date) cases runs."""
    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_the_publication_date_read(text: str, expected: str | None) -> None:
        assert published(text) == expected
    return test_the_publication_date_read
