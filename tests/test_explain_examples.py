"""Every rule's documented example (``audit explain CODE``, its "Example" section) fires the rule
when a user checks it: saved to a file and run with ``audit check FILE --select CODE --format
json``, as round 11a's tester did with CIT005's, which never fired (a short sentence after the
quotation was read as its credit line).

How the example is read, as docs/rules shows it (Markdown): lines of a paragraph are one
paragraph (the docstring wraps them), a blank line separates paragraphs, list items ("- …"),
front matter and a line closing a comment ("-->") keep their lines; a parenthesised note
closing it ("(published in 2025)") is for the reader, and a publication year or date in it is
the --published a user gives; an example with HTML elements is saved as a .html page, one
opening on front matter as Markdown; a suppression rule's example runs with the rules its
directives name (a directive naming a rule that did not run is left alone)."""

from __future__ import annotations

import json
import re

import pytest

from audit.check import all_rules
from audit.cli import main
from audit.report.rule_docs import doc_sections
from tests.conftest import ROOT

_NOTE = re.compile(r"\s*\(([^()]*)\)\s*$")
_PUBLISHED = re.compile(r"published (?:in|on) (\d{4}(?:-\d\d-\d\d)?)")
_ELEMENT = re.compile(r"<[a-zA-Z][^>]*>")


def example_of(rule) -> str:
    return dict(doc_sections(rule)).get("Example", "").strip()


def _lines(paragraph: str) -> str:
    keep = paragraph.startswith("---")  # front matter
    out: list[str] = []
    for line in (x.strip() for x in paragraph.splitlines()):
        if out and not keep and not line.startswith("- ") and not out[-1].endswith("-->"):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def as_checked(example: str) -> tuple[str, str, list[str]]:
    """(file suffix, file text, extra CLI arguments) of an example."""
    args = []
    note = _NOTE.search(example)
    if note:
        example = example[:note.start()]
        published = _PUBLISHED.search(note.group(1))
        if published:
            day = published.group(1)
            args = ["--published", day if len(day) > 4 else f"{day}-07-01"]
    paragraphs = [_lines(p) for p in re.split(r"\n\s*\n", example.strip())]
    suffix = ".html" if _ELEMENT.search(example) else ".md" if example.startswith("---") else ".txt"
    return suffix, "\n\n".join(paragraphs) + "\n", args


def check_as_user(capsys, tmp_path, code: str, suffix: str, text: str, args: list[str]) -> dict:
    path = tmp_path / f"example{suffix}"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--select", code, "--format", "json", *args])
    return json.loads(capsys.readouterr().out)["articles"][0]


EXAMPLES = [r for r in all_rules() if example_of(r)]


@pytest.mark.parametrize("rule", EXAMPLES, ids=lambda r: r.code)
def test_explain_example_fires_its_rule(capsys, tmp_path, rule):
    suffix, text, args = as_checked(example_of(rule))
    named = re.findall(r"\[([A-Z]{3}\d{3})\]", text) if rule.code.startswith("SUP") else []
    article = check_as_user(capsys, tmp_path, ",".join([rule.code, *named]), suffix, text, args)
    assert article["status"] == "ok", article["error"]
    fired = [f for f in article["findings"] if f["rule"] == rule.code]
    assert fired, (text, article["language"], article["page_kind"], article["segments"],
                   article["notes"])


def test_every_rule_has_an_example():
    assert len(EXAMPLES) == len(all_rules())


# Round 11a's CIT005 cases, run as its tester did (cause 7, m09e and m09).
R11 = ROOT / "tests" / "data" / "cit005"


def test_cit005_explain_example_under_a_headline(capsys, tmp_path):
    text = "Le pays face à la crise\n\n“Nous ne céderons jamais à la pression.” Le pays reste mobilisé.\n"
    article = check_as_user(capsys, tmp_path, "CIT005", ".txt", text, [])
    assert [f["rule"] for f in article["findings"]] == ["CIT005"]
    assert "Nous ne céderons jamais" in article["findings"][0]["message"]
    # The JSON shows what the rule read: the quotation, a full clause with no speaker.
    assert [(q["text"], q["full_clause"], q["attributed"]) for q in article["quotes"]] == \
        [("Nous ne céderons jamais à la pression.", True, False)]


def test_a_name_line_is_no_short_sentence():
    from audit.extract.quotes import _names

    # Credits and testimonials' signatures (rounds 8, 9: "Proverbe russe.", "Engadget").
    assert _names("Proverbe russe.") and _names("Engadget") and _names("Le Petit Prince.")
    # Not names: the example's sentence, and real subheadings under a quotation (round 4's
    # geloux_sudouest and elsenews_leparisien).
    assert not _names("Le pays reste mobilisé.")
    assert not _names("The country remains mobilised.")
    assert not _names("Un club très actif")
    assert not _names("Un montant qui peut encore augmenter")


def test_cit005_on_real_pages_with_the_attribution_removed(capsys):
    # Round 11b m06 (42info): a real quotation added alone under the story: no speaker anywhere.
    main(["check", str(R11 / "r11b_42info_unattributed_quote.txt"), "--select", "CIT005",
          "--format", "json"])
    article = json.loads(capsys.readouterr().out)["articles"][0]
    assert [f["rule"] for f in article["findings"]] == ["CIT005"]
    # Round 11a m09 (eiffelpost), "commente le président de France Billet" removed: the
    # paragraph before names Arnaud Averseng, France Billet's president, and quotes him
    # ("qualifiés de « vraiment encourageants » par son président"); the press convention the
    # rule follows (a speaker named, then quoted over the next paragraphs) makes him the
    # speaker, so it stays silent, as on the page before the cut.
    for name in ("r11a_eiffelpost_unattributed_quote.txt", "r11a_eiffelpost_original.txt"):
        main(["check", str(R11 / name), "--select", "CIT005", "--format", "json"])
        article = json.loads(capsys.readouterr().out)["articles"][0]
        assert article["findings"] == [], name
