"""The HTML report as files: CSP and hashes, escaping of hostile articles, rule pages, the
evidence as a reader sees it, the AI-use status, the expectation section and Data Docs.
What a browser does with the pages is in test_report_browser.py."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

from audit.check import all_rules
from audit.cli import main
from audit.report.evidence import evidence_rows
from audit.report.html import ai_use, numbered, page_name
from audit.report.rule_docs import explain_text
from tests.conftest import ROOT, SEEDS, run, seed
from tests.report_inputs import HOSTILE_NAME, PAYLOAD_TEXTS

# The seeds' report names CIT003 and CIT007 (tests/report_inputs.py): opt-in in French.
NAMED = frozenset({"CIT003", "CIT007"})


def _pages(out: Path) -> list[Path]:
    return sorted(out.glob("*.html")) + sorted((out / "rules").glob("*.html"))


def _text(page: str) -> str:
    """The page's visible text, roughly: tags out, entities decoded, spaces collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _unsafe(page: str) -> list[str]:
    """Tags or attributes that would load or run something."""
    found = []
    for tag, attrs in _Tags(page).tags:
        if tag in ("link", "img", "iframe", "object", "embed", "base", "frame", "video", "audio"):
            found.append(tag)
        for name, value in attrs.items():
            if name.startswith("on") or name in ("style", "srcdoc"):
                found.append(f"{tag}[{name}]")
            if name in ("href", "src", "action", "formaction") and \
                    not re.fullmatch(r"#f?m?\d*|#[a-z]+|(\.\./)?[\w./-]+\.html", value or ""):
                found.append(f"{tag}[{name}={value}]")
    return found


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"


def test_every_page_forbids_fetches_and_allows_only_its_own_code(seeds_report):
    for path in _pages(seeds_report):
        page = path.read_text(encoding="utf-8")
        policy = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" '
                                         r'content="([^"]+)">', page).group(1))
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'none'" and directives["img-src"] == "data:"
        assert "unsafe" not in policy and "http" not in policy
        # The policy comes before any style or script, and names each by its hash.
        assert page.index("Content-Security-Policy") < page.index("<style>")
        styles = re.findall(r"<style>(.*?)</style>", page, flags=re.DOTALL)
        scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
        assert len(styles) == 1 and directives["style-src"] == _sha256(styles[0])
        assert directives["script-src"] == (_sha256(scripts[0]) if scripts else "'none'")
        assert len(scripts) == (0 if path.parent.name == "rules" else 1), path
        # Nothing to fetch, no inline handler or style attribute (the CSP would block them),
        # and links only to our own pages and anchors.
        assert _unsafe(page) == [], path


def test_hostile_article_is_text_everywhere(hostile_report):
    pages = _pages(hostile_report)
    article = next(p for p in pages if p.name.startswith("evil_"))
    assert "/" not in article.name and re.fullmatch(r"[\w.-]+\.html", article.name)
    for path in pages:
        page = path.read_text(encoding="utf-8")
        tags = [tag for tag, _ in _Tags(page).tags]
        assert tags.count("script") == (0 if path.parent.name == "rules" else 1), path
        assert tags.count("style") == 1 and _unsafe(page) == [], path
    text = _text(article.read_text(encoding="utf-8"))
    for payload in PAYLOAD_TEXTS:
        assert payload in text, payload
    index = _text((hostile_report / "index.html").read_text(encoding="utf-8"))
    assert HOSTILE_NAME in index and 'Titre <script>window.__pwned="h1"' in index
    draft = _text(next(p for p in pages if p.name.startswith("draft.md")).read_text(encoding="utf-8"))
    assert "Brouillon <script>window.__pwned='front matter';document.title='PWNED'</script>" in draft \
        or "Brouillon <script>window.__pwned='md title'</script>" in draft


def test_page_names_are_safe():
    for path in [HOSTILE_NAME, "../../etc/passwd", ".hidden.txt", "a b/c d.html", "é.md", ""]:
        name = page_name(path)
        assert re.fullmatch(r"[\w-][\w.-]*\.[0-9a-f]{8}\.html", name), name
    assert page_name("a/x.txt") != page_name("b/x.txt")


def test_rule_pages_say_what_audit_explain_prints(seeds_report, capsys):
    for rule in all_rules():
        assert main(["explain", rule.code]) == 0
        printed = capsys.readouterr().out
        assert printed == explain_text(rule)
        page = _text((seeds_report / "rules" / f"{rule.code}.html").read_text(encoding="utf-8"))
        for line in printed.splitlines():
            line = " ".join(line.split())
            assert line.rstrip(":") in page, (rule.code, line)


def test_findings_link_to_rule_pages_and_to_each_other(seeds_report):
    page = next(seeds_report.glob("000_*.html")).read_text(encoding="utf-8")
    result = run(seed("000").read_bytes(), str(seed("000")), explicit=NAMED)
    n = len(result.findings)
    assert n >= 2
    for i in range(1, n + 1):
        card = re.search(rf'<aside class="finding[^"]*" id="f{i}".*?</aside>', page, re.DOTALL).group(0)
        assert re.search(r'href="rules/[A-Z]+\d{3}\.html"', card)
        assert (f'href="#f{i - 1}"' in card) == (i > 1) and (f'href="#f{i + 1}"' in card) == (i < n)
        assert f'id="m{i}" href="#f{i}"' in page  # the marker in the text
    assert "citation of &#39;The Washington Post&#39; lacks title and date" in page
    for code in {f.rule for f in result.findings}:
        assert (seeds_report / "rules" / f"{code}.html").exists()


def test_evidence_reads_as_sentences():
    conversion = run("Le 7 août, la récompense atteint 50 millions de dollars [environ 25 millions "
                     "d’euros], au motif qu’il serait un trafiquant.\n", "x.txt")
    rows = dict(evidence_rows(next(f for f in conversion.findings if f.rule == "NUM001")))
    assert re.fullmatch(r"0\.\d+", rows["ECB reference rate"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", rows["rate of"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d", rows["dates searched"])
    assert rows["amount"] == "50 millions de dollars" and rows["off by"].startswith("-")
    assert "e+" not in rows["expected at that rate"]

    unlisted = run("Selon le Figaro, le ministre a démissionné mardi après des semaines de pression.\n\n"
                   "Sources\nLe Monde, « Le ministre démissionne », publié le 5 mars 2024.\n", "y.txt")
    rows = dict(evidence_rows(next(f for f in unlisted.findings if f.rule == "CIT002")))
    assert rows["missing from the sources list"] == "Figaro" and rows["sources listed"] == "Le Monde"

    disclosed = run("Le conseil a voté le budget mardi soir après un long débat.\n\n"
                    "Cet article a été rédigé avec l'aide de l'IA et relu par la rédaction.\n", "z.txt")
    labels = [label for label, _ in evidence_rows(next(f for f in disclosed.findings if f.rule == "AI001"))]
    assert labels[:4] == ["disclosure", "what AI did", "on what part", "human review stated"]
    assert dict(evidence_rows(next(f for f in disclosed.findings if f.rule == "AI001")))[
        "human review stated"] == "yes"


def test_ai_use_status():
    assert ai_use(run(seed("000").read_bytes(), "a.txt")).status == "disclosed"
    assert ai_use(run(seed("003").read_bytes(), "b.txt")).status == "none"
    declared = run("---\ntitle: Budget\nai_generated: true\n---\n# Budget\n\nLe conseil a voté le "
                   "budget mardi soir après un long débat sur les écoles.\n", "c.md")
    status = ai_use(declared)
    assert status.status == "declared in metadata" and status.declared


def test_findings_are_numbered_in_the_order_of_their_cards(seeds_report):
    result = run(seed("000").read_bytes(), str(seed("000")), explicit=NAMED)
    items = numbered(result)
    assert sorted((i.f.start, i.f.rule, i.f.message) for i in items) == \
        sorted((f.start, f.rule, f.message) for f in result.findings)
    page = next(seeds_report.glob("000_*.html")).read_text(encoding="utf-8")
    order = [int(n) for n in re.findall(r'<aside class="finding[^"]*" id="f(\d+)"', page)]
    assert order == list(range(1, len(result.findings) + 1))


def test_index_rows_chart_and_filters(seeds_report):
    page = (seeds_report / "index.html").read_text(encoding="utf-8")
    results = [run(p.read_bytes(), str(p), explicit=NAMED) for p in sorted(SEEDS.glob("*.txt"))]
    by_rule: dict[str, int] = {}
    for r in results:
        for f in r.findings:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    bars = re.findall(r"<title>([A-Z]+\d{3}) [a-z-]+: (\d+)</title>", page)
    assert {code: int(n) for code, n in bars} == by_rule
    widths = [int(w) for w in re.findall(r'<rect x="70" y="\d+" width="(\d+)"', page)]
    assert max(widths) == 400 and len(widths) == len(by_rule)
    assert page.count("<tr data-rules=") == len(results)
    assert 'id="q"' in page and 'id="sev"' in page and 'id="rule"' in page
    for code in by_rule:
        assert f'<option value="{code}">' in page
    assert "no folder of expectation suites at /nonexistent/expectations: they were not run " \
        "(--expectations DIR names one)" in page


def test_report_runs_the_suites_and_builds_data_docs_only_in_its_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    assert main(["report", str(SEEDS), "-o", str(out), "--expectations",
                 str(ROOT / "expectations"), "--data-docs"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # nothing written elsewhere
    index = (out / "index.html").read_text(encoding="utf-8")
    section = index[index.index('id="expectations"'):]
    # The seeds' one failing policy line names the article it fails for, with a link.
    failed = re.search(r'<tr class="failed">.*?</tr>', section, re.DOTALL).group(0)
    assert "at least one source" in failed and "n_sources=0" in failed
    assert f'href="{page_name(str(seed("002")))}"' in failed
    assert section.count('<tr class="met">') >= 4 and "1 expectation failed." in section
    assert 'href="data-docs/index.html"' in section
    docs = out / "data-docs"
    assert (docs / "index.html").exists()
    assert len(list((docs / "validations").rglob("*.html"))) == 2
    assert len(list((docs / "expectations").glob("*.html"))) == 2
    assert "wrote 3 article page(s)" in capsys.readouterr().out


def test_report_pages_hold_no_character_xml_forbids(tmp_path, capsys):
    # A file name and a message with control characters: raw, they are errors to HTML parsers
    # (and make the page no XML), so each shows as U+FFFD.
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a\x01b\x1bc.txt").write_bytes(seed("002").read_bytes())
    assert main(["report", str(folder), "-o", str(tmp_path / "out"), "--isolated",
                 "--expectations", str(tmp_path / "none")]) == 0
    capsys.readouterr()
    pages = _pages(tmp_path / "out")
    for path in pages:
        page = path.read_text(encoding="utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", page), path
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "a\ufffdb\ufffdc.txt" in _text(index)


def test_finding_lines_are_the_files_as_in_every_other_format():
    """A Markdown article's lines count from the file's first (front matter and all), its
    front-matter title on its "title:" line: the HTML report says what `audit check` says."""
    from audit.pipeline import audit_article
    from audit.report.serialize import source_position
    from audit.settings import Settings

    page = ("---\ntitle: \"L'amicale fête ses 50 ans\"\ndate: 2012-04-25\n---\n\n"
            "L'amicale, fondée en 1967, a réuni ses membres samedi à la salle des fêtes.\n")
    # CIT001 (opt-in) switched on, as the configuration's [tool.audit.languages] does
    r = audit_article(page, "a.md", Settings(languages=(("CIT001", ("fr",)),)))
    lines = {i.f.rule: i.line for i in numbered(r)}
    assert lines == {"NUM003": 2, "CIT001": 6}
    assert lines == {f.rule: source_position(r.doc, f.start)[0] for f in r.findings}
