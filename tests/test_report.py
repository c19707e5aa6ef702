"""HTML reports: an index and a page per article, self-contained and escaped."""

from __future__ import annotations

import re

from audit.cli import main
from tests.conftest import SEEDS


def test_report_writes_index_and_pages(tmp_path, capsys):
    bad = tmp_path / "in" / "broken.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00")
    out = tmp_path / "report"
    assert main(["report", str(SEEDS), str(bad), "-o", str(out),
                 "--expectations", str(tmp_path / "none")]) == 0
    assert "index.html" in capsys.readouterr().out
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.name for p in out.glob("*.html") if p.name != "index.html")
    assert len(pages) == 4
    for page in pages:
        assert f'href="{page}"' in index
    assert "error: binary file" in index
    page = (out / next(p for p in pages if p.startswith("000_"))).read_text(encoding="utf-8")
    assert 'class="span kind-disclosure"' in page and 'class="span kind-sources"' in page
    # CIT003 is opt-in (README "Precision on real pages"): the seed's page has AI001 only, and
    # says which rules did not run; every rule keeps its page.
    assert "citation of &#39;The Washington Post&#39; lacks title and date" not in page
    assert "CIT001, CIT003, CIT005, CIT008 not run: opt-in rules" in page
    assert "language fr: CIT007 not run" in page
    assert 'href="rules/AI001.html"' in page and (out / "rules" / "CIT003.html").exists()
    assert "Bardizbanian" in page and "3 days ago" in page
    assert "John E. Herbst" in page
    # Self-contained: no external stylesheet or image, one inline script of our own.
    assert not re.search(r"<(link|img)\b", page) and page.count("<script") == 1
    assert not re.search(r"<script\s+src", page)
    assert not list(out.glob(".*.tmp"))


def test_article_text_is_escaped(tmp_path, capsys):
    src = tmp_path / "xss.txt"
    src.write_text("Titre <script>alert(1)</script>\n\nLe texte dit <b>gras</b> & « cite », "
                   "selon Reuters, ce mardi.\n", encoding="utf-8")
    out = tmp_path / "r"
    main(["report", str(src), "-o", str(out), "--expectations", str(tmp_path / "none")])
    page = next(p for p in out.glob("*.html") if p.name != "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;gras&lt;/b&gt; &amp;" in page
