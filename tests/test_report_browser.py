"""The HTML report in a real browser: Debian's chromium, headless, driven over CDP.

Chromium is installed with apt-get when missing (as root); these tests skip, saying why, only
where it cannot be installed or launched. Screenshots land in $AUDIT_SCREENSHOTS, else
reports/screenshots/ (git-ignored), for a person to look at after a run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cdp import Browser, BrowserUnavailable, find_or_install_chromium
from tests.conftest import ROOT, run, seed
from tests.report_inputs import HOSTILE_NAME, PAYLOAD_TEXTS

# The seeds' report names CIT003 and CIT007 (tests/report_inputs.py): opt-in in French.
NAMED = frozenset({"CIT003", "CIT007"})

SHOTS = Path(os.environ.get("AUDIT_SCREENSHOTS") or ROOT / "reports" / "screenshots")


@pytest.fixture(scope="session")
def browser():
    try:
        chromium = Browser(find_or_install_chromium())
    except BrowserUnavailable as exc:
        pytest.skip(f"no browser for the report tests: {exc}")
    yield chromium
    chromium.close()


def _open(browser: Browser, page: Path) -> None:
    browser.open(page)
    assert browser.eval("document.readyState") == "complete"


def _stayed_home(browser: Browser, page: Path) -> None:
    """The page asked for nothing but itself and the CSP had nothing to block."""
    assert browser.requests() == [page.resolve().as_uri()]
    assert not [line for line in browser.console() if "Content Security Policy" in line]


def test_findings_are_visible_and_linked(browser, seeds_report):
    page = next(seeds_report.glob("000_*.html"))
    result = run(seed("000").read_bytes(), str(seed("000")), explicit=NAMED)
    _open(browser, page)
    _stayed_home(browser, page)
    cards = browser.eval("""[...document.querySelectorAll('aside.finding')].map(c => {
        const r = c.getBoundingClientRect();
        return {id: c.id, text: c.innerText, shown: r.width > 0 && r.height > 0 &&
                getComputedStyle(c).visibility === 'visible'}; })""")
    assert len(cards) == len(result.findings) and all(c["shown"] for c in cards)
    for f in result.findings:
        assert any(f.message in c["text"] and f.rule in c["text"] for c in cards), f.message
    assert browser.eval("document.getElementById('verdict').innerText") == "PASS"
    assert browser.eval("document.getElementById('ai-status').innerText") == "disclosed"
    # The overview's link goes to the card; the card's "next" to the next card.
    browser.click("table.overview a.goto")
    assert browser.eval("location.hash") == "#f1"
    browser.click("#f1 a.next")
    assert browser.eval("location.hash") == "#f2"
    assert browser.eval("document.querySelector(':target').id") == "f2"
    browser.click("#f2 a.prev")
    assert browser.eval("location.hash") == "#f1"
    browser.screenshot(SHOTS / "article-seed-000.png")
    # The rule link opens the rule's page, made from `audit explain`.
    code = browser.eval("document.querySelector('#f1 a.rule-link').innerText.split(' ')[0]")
    browser.click("#f1 a.rule-link")
    browser.wait_until("location.pathname.includes('/rules/') && document.readyState === 'complete'")
    assert browser.eval("location.pathname").endswith(f"/rules/{code}.html")
    assert "What it checks" in browser.eval("document.body.innerText")
    browser.screenshot(SHOTS / f"rule-{code}.png", full=False)


def test_keys_move_from_finding_to_finding(browser, seeds_report):
    page = next(seeds_report.glob("000_*.html"))
    _open(browser, page)
    total = browser.eval("document.querySelectorAll('aside.finding').length")
    assert total >= 3
    state = lambda: (browser.eval("location.hash"), browser.eval("document.activeElement.id"))
    browser.key("j")
    assert state() == ("#f1", "f1")
    browser.key("n")
    assert state() == ("#f2", "f2")
    browser.key("j")
    assert state() == ("#f3", "f3")
    browser.key("k")
    assert state() == ("#f2", "f2")
    browser.key("p")
    assert state() == ("#f1", "f1")
    for _ in range(total + 2):  # stops at the last one
        browser.key("j")
    assert state() == (f"#f{total}", f"f{total}")
    assert browser.eval(f"document.getElementById('f{total}').getBoundingClientRect().top "
                        "< window.innerHeight")  # scrolled into view
    browser.screenshot(SHOTS / "article-seed-000-last-finding.png", full=False)


def test_anchors_work_without_javascript(browser, seeds_report):
    page = next(seeds_report.glob("000_*.html"))
    browser.send("Emulation.setScriptExecutionDisabled", value=True)
    try:
        _open(browser, page)
        browser.click("#f1 a.next")
        assert browser.eval("location.hash") == "#f2"
    finally:
        browser.send("Emulation.setScriptExecutionDisabled", value=False)


def test_index_sorts_and_filters(browser, seeds_report):
    index = seeds_report / "index.html"
    _open(browser, index)
    _stayed_home(browser, index)
    rows = "[...document.querySelectorAll('#articles tbody tr')]"
    visible = lambda: browser.eval(f"{rows}.filter(r => !r.hidden && r.offsetParent !== null)"
                                   ".map(r => r.cells[0].innerText.split('\\n')[0])")
    warnings = lambda: browser.eval(f"{rows}.map(r => +r.cells[3].innerText)")
    assert len(visible()) == 3
    browser.click("#articles th:nth-child(4) button")
    assert warnings() == sorted(warnings()) and len(set(warnings())) > 1
    browser.click("#articles th:nth-child(4) button")
    assert warnings() == sorted(warnings(), reverse=True)
    browser.click("#articles th:nth-child(1) button")
    names = browser.eval(f"{rows}.map(r => r.cells[0].innerText.split('\\n')[0])")
    assert names == sorted(names)

    browser.type("#q", "002_")
    assert [Path(p).name[:4] for p in visible()] == ["002_"]
    assert browser.eval("document.getElementById('shown').innerText") == "1 of 3 shown"
    browser.eval("document.getElementById('q').value = ''; "
                 "document.getElementById('q').dispatchEvent(new Event('input'))")
    assert len(visible()) == 3
    browser.eval("const s = document.getElementById('sev'); s.value = 'info'; "
                 "s.dispatchEvent(new Event('input'))")
    # (003 has no info since CIT008, its only finding, is opt-in; 002's are CIT004's, an info)
    assert sorted(Path(p).name[:4] for p in visible()) == ["000_", "002_"]
    browser.eval("document.getElementById('sev').value = 'warning'; "
                 "document.getElementById('sev').dispatchEvent(new Event('input'))")
    assert sorted(Path(p).name[:4] for p in visible()) == ["000_"]
    browser.eval("document.getElementById('sev').value = 'info'; "
                 "document.getElementById('sev').dispatchEvent(new Event('input'))")
    browser.eval("const r = document.getElementById('rule'); r.value = 'CIT004'; "
                 "r.dispatchEvent(new Event('input'))")
    assert [Path(p).name[:4] for p in visible()] == ["002_"]
    browser.screenshot(SHOTS / "index-filtered.png", full=False)
    # The chart is drawn: one bar per rule, the longest for the most frequent rule.
    bars = browser.eval("[...document.querySelectorAll('svg.chart rect')]"
                        ".map(r => r.getBoundingClientRect().width)")
    assert len(bars) >= 3 and bars[0] == max(bars) > 0


def test_csp_blocks_fetches_in_the_browser(browser, seeds_report):
    index = seeds_report / "index.html"
    _open(browser, index)
    # Runtime.evaluate is not subject to script-src, but the fetch it starts is to the CSP.
    blocked = browser.eval("""new Promise(done => {
        document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective));
        fetch('http://127.0.0.1:9/x').catch(() => {});
        setTimeout(() => done('not blocked'), 3000); })""")
    assert blocked == "connect-src"


def test_hostile_article_runs_nothing_and_shows_every_payload(browser, hostile_report):
    pages = sorted(hostile_report.glob("*.html")) + [hostile_report / "rules" / "AI001.html"]
    article = next(p for p in pages if p.name.startswith("evil_"))
    for page in pages:
        _open(browser, page)
        state = browser.eval("({pwned: typeof window.__pwned, title: document.title, "
                             "scripts: document.scripts.length, images: document.images.length, "
                             "frames: window.frames.length})")
        assert state["pwned"] == "undefined" and "PWNED" != state["title"], (page.name, state)
        assert state["images"] == 0 and state["frames"] == 0
        assert state["scripts"] == (0 if page.parent.name == "rules" else 1)
        _stayed_home(browser, page)
        hrefs = browser.eval("[...document.querySelectorAll('[href]')].map(a => a.href)")
        assert all(h.startswith("file://") for h in hrefs), hrefs
        browser.screenshot(SHOTS / f"hostile-{page.name.split('.')[0][:20]}.png")
    _open(browser, article)
    text = browser.eval("document.body.innerText")
    for payload in PAYLOAD_TEXTS:
        assert payload in text, payload
    assert browser.eval("document.title").startswith('Titre <script>window.__pwned="h1"')
    # Walking the findings with the keyboard runs nothing either.
    for _ in range(5):
        browser.key("j")
    assert browser.eval("typeof window.__pwned") == "undefined"
    assert browser.eval("location.hash").startswith("#f")
    _open(browser, hostile_report / "index.html")
    assert HOSTILE_NAME in browser.eval("document.body.innerText")
    assert browser.eval("document.title") == "article-audit report"


def test_index_breaks_no_word_of_its_counts_or_headers(browser, tmp_path):
    """Unreadable inputs' long reasons widen the Status column, failing rows the expectations'
    last one; the headers, the count and AI-use columns and the outcomes must still wrap
    between words only, never inside one ("Error|s", "Outcom|e")."""
    from audit.cli import main
    from tests.conftest import SEEDS

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(20))
    out = tmp_path / "report"
    assert main(["report", str(SEEDS), str(tmp_path / "in" / "empty.txt"),
                 str(tmp_path / "in" / "image.png"), "-o", str(out),
                 "--expectations", str(ROOT / "expectations")]) == 0
    index = out / "index.html"
    _open(browser, index)
    split = browser.eval(r"""(() => {
        const cells = [...document.querySelectorAll(
            'th, #articles td:nth-child(n+3), .expectations td:first-child')];
        const out = [];
        for (const cell of cells) {
            const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node; (node = walk.nextNode());) {
                for (const m of node.data.matchAll(/\S+/g)) {
                    const r = document.createRange();
                    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
                    const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
                    if (lines.size > 1) out.push(m[0]);
                }
            }
        }
        return out; })()""")
    browser.screenshot(SHOTS / "index-unreadable.png", full=False)
    assert "binary file" in browser.eval("document.getElementById('articles').innerText")
    assert browser.eval("document.querySelectorAll('.expectations tr.failed').length") > 0
    assert split == []
