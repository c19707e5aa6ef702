"""HTML reports: index.html (one row per article, the expectation suites' outcome), one page
per article (the text coloured by span kind, each finding inline with its evidence), and a
page per rule (rules/CODE.html). Every page is self-contained: a Content-Security-Policy
forbids every fetch and runs only our own inline script, by its hash. Article data reaches
the pages only through Jinja's autoescape. Written atomically."""

from __future__ import annotations

import base64
import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from audit.model import Disclosure, Finding, Severity, Span, columns
from audit.pipeline import ArticleResult
from audit.report.evidence import evidence_rows
from audit.report.rule_docs import doc_sections, explain_header, languages
from audit.report.serialize import xml_text
from audit.report.write import atomic_write

KINDS = ("title", "heading", "body", "sources", "disclosure", "comments", "boilerplate")
SEVERITIES = ("error", "warning", "info")
RULES_DIR = "rules"


@dataclass(frozen=True)
class Item:
    """A finding as the page shows it: numbered in reading order, with its neighbours."""

    n: int
    f: Finding
    line: int
    evidence: tuple[tuple[str, str], ...]
    prev: int | None
    next: int | None


@dataclass(frozen=True)
class Piece:
    text: str
    marks: tuple[Item, ...] = ()  # findings covering this text
    refs: tuple[Item, ...] = ()  # findings whose card follows this block: their marker here

    @property
    def severity(self) -> str:
        return max((i.f.severity for i in self.marks), key=lambda s: s.rank).value


@dataclass(frozen=True)
class Block:
    kind: str
    pieces: tuple[Piece, ...]
    cards: tuple[Item, ...] = ()  # the full findings, shown right under this block


@dataclass(frozen=True)
class AiUse:
    """Whether the article says AI took part: on the page, in its metadata, or not at all."""

    status: str  # "disclosed", "declared in metadata", "disclosed, declared in metadata", "none"
    visible: tuple[Disclosure, ...] = ()
    elsewhere: tuple[Disclosure, ...] = ()  # only in comments or hidden markup
    declared: tuple[dict[str, Any], ...] = ()
    review: str | None = None


def ai_use(r: ArticleResult) -> AiUse:
    if not r.ok:
        return AiUse("unknown")
    visible = tuple(r.facts.visible_disclosures)
    elsewhere = tuple(d for d in r.facts.disclosures if d not in visible)
    declared = tuple(d for d in r.doc.meta.get("ai_provenance", []) if d.get("claim") != "none")
    parts = (["disclosed"] if visible else []) + (["declared in metadata"] if declared else [])
    if not parts and elsewhere:
        parts = ["only in comments or hidden markup"]
    return AiUse(", ".join(parts) or "none", visible, elsewhere, declared,
                 r.doc.meta.get("ai_review"))


def verdict(r: ArticleResult, fail_on: Severity | None) -> str:
    """"error" (unreadable), "fail" (a finding at or above fail_on) or "pass"."""
    if not r.ok:
        return "error"
    if fail_on is not None and any(f.severity.rank >= fail_on.rank for f in r.findings):
        return "fail"
    return "pass"


def _home(f: Finding, starts: Sequence[int], ends: Sequence[int]) -> int | None:
    """The index of the span whose card shows the finding: where it ends, else the next span.
    ``starts``, ``ends``: the spans' (in order, apart: their ends in order too), where the
    span is found by bisection (looking at every span for each finding was quadratic)."""
    end = max(f.end, f.start + 1)
    last = bisect.bisect_left(starts, end) - 1  # the last span that opens before the end
    if last >= 0 and ends[last] > f.start:
        return last
    after = bisect.bisect_left(starts, f.start)
    return after if after < len(starts) else (len(starts) - 1 if len(starts) else None)


def _inside(items: list[Item], starts: Sequence[int], ends: Sequence[int]) -> dict[int, list[Item]]:
    """Span index -> the items whose finding overlaps the span, in their order: each item
    put in the spans from the first that ends after its start to the last that opens before
    its end."""
    inside: dict[int, list[Item]] = {}
    for item in items:
        first = bisect.bisect_right(ends, item.f.start)
        last = bisect.bisect_left(starts, item.f.end) - 1
        for k in range(first, last + 1):
            inside.setdefault(k, []).append(item)
    return inside


def numbered(r: ArticleResult) -> list[Item]:
    """Findings in the order a reader meets their cards: the whole-article ones first, then by
    the span that shows them, then by offset."""
    starts, ends = columns(r.seg.spans)
    placed = [(_home(f, starts, ends), f) for f in r.findings]
    ordered = [f for _, f in sorted(placed, key=lambda hf: (-1 if hf[0] is None else hf[0],
                                                             hf[1].start, hf[1].end, hf[1].rule))]
    last = len(ordered)
    return [Item(n, f, r.doc.source_line(f.start),  # the file's line, as serialize gives
                 tuple(evidence_rows(f)),
                 n - 1 if n > 1 else None, n + 1 if n < last else None)
            for n, f in enumerate(ordered, 1)]


def _pieces(text: str, span: Span, inside: list[Item], refs: list[Item]) -> tuple[Piece, ...]:
    """The span's text cut where the findings ``inside`` it (those that overlap it) start and
    end, and where those of ``refs`` (whose card it shows) end."""
    start, end = span.start, span.end

    def clip(x: int) -> int:
        return max(start, min(end, x))

    ends = {i.n: clip(i.f.end) for i in refs}
    cuts = sorted({start, end, *(clip(i.f.start) for i in inside), *(clip(i.f.end) for i in inside),
                   *ends.values()})
    pieces = []
    for a, b in pairwise(cuts):
        marks = tuple(i for i in inside if i.f.start < b and i.f.end > a)
        pieces.append(Piece(text[a:b], marks, tuple(i for i in refs if ends[i.n] == b)))
    # A marker at the very start (a zero-width finding at the span's start) needs a piece.
    first = tuple(i for i in refs if ends[i.n] == start)
    return ((Piece("", (), first),) if first else ()) + tuple(pieces)


def article_blocks(r: ArticleResult, items: list[Item] | None = None) -> tuple[list[Block], list[Item]]:
    """The spans as blocks with their findings; and the findings no span can hold."""
    items = numbered(r) if items is None else items
    homes: dict[int, list[Item]] = {}
    unplaced = []
    starts, ends = columns(r.seg.spans)
    for item in items:
        home = _home(item.f, starts, ends)
        if home is None:
            unplaced.append(item)
        else:
            homes.setdefault(home, []).append(item)
    inside = _inside(items, starts, ends)
    blocks = [Block(s.kind.value, _pieces(r.doc.text, s, inside.get(i, []), homes.get(i, [])),
                    tuple(homes.get(i, ()))) for i, s in enumerate(r.seg.spans)]
    return blocks, unplaced


def page_name(path: str) -> str:
    """A stable, safe file name per article: readable stem plus a short hash of the path."""
    stem = re.sub(r"[^\w.-]+", "_", Path(path).name)[:60].lstrip(".") or "article"
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
    return f"{stem}.{digest}.html"


def _meta_rows(r: ArticleResult) -> list[tuple[str, str]]:
    """Scalar metadata as (key, text): shown as text, never as links."""
    rows = []
    for key, value in sorted(r.doc.meta.items()):
        if key in ("ai_provenance", "markup") or value in (None, "", [], {}):
            continue
        rows.append((key.replace("_", " "), value if isinstance(value, str) else repr(value)))
    return rows


# --- Content-Security-Policy -----------------------------------------------------------


def _digest(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def csp(style: str, script: str | None) -> str:
    """No fetch of any kind; only our own inline style and script, by hash."""
    scripts = _digest(script) if script else "'none'"
    return (f"default-src 'none'; style-src {_digest(style)}; script-src {scripts}; "
            "img-src data:; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")


@dataclass
class _Assets:
    env: Any
    style: str
    scripts: dict[str, str] = field(default_factory=dict)

    def head(self, script: str | None) -> dict[str, Any]:
        from markupsafe import Markup

        code = self.scripts[script] if script else None
        # Our own files, not article data: safe to embed as they are (their hash is in the CSP).
        return {"csp": csp(self.style, code), "style": Markup(self.style),
                "script": Markup(code) if code else None}


def _printable(value: Any) -> Any:
    """Each value a page shows, without the characters XML 1.0 forbids (a file name or an
    article may hold control characters, which HTML also calls errors); our own Markup
    (style, script) stays as it is."""
    from markupsafe import Markup

    if isinstance(value, str) and not isinstance(value, Markup):
        return xml_text(value)
    return value


def _assets() -> _Assets:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("audit.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True,
                      finalize=_printable)
    env.filters["page_name"] = page_name
    source = {name: env.loader.get_source(env, name)[0]
              for name in ("base.css", "article.js", "index.js")}
    return _Assets(env, source["base.css"],
                   {"article": source["article.js"], "index": source["index.js"]})


# --- pages ---------------------------------------------------------------------------


def _rule_pages(assets: _Assets, folder: Path) -> None:
    from audit.check import all_rules

    template = assets.env.get_template("rule.html")
    for rule in all_rules():
        html = template.render(rule=rule, header=explain_header(rule), sections=doc_sections(rule),
                               languages=languages(rule), **assets.head(None))
        atomic_write(folder / RULES_DIR / f"{rule.code}.html", html)


def _article(assets: _Assets, r: ArticleResult, fail_on: Severity | None) -> tuple[str, dict]:
    counts = r.severity_counts() if r.ok else {s: 0 for s in SEVERITIES}
    items = numbered(r) if r.ok else []
    blocks, unplaced = article_blocks(r, items) if r.ok else ([], [])
    use = ai_use(r)
    row = {"path": r.path, "page": page_name(r.path), "ok": r.ok, "error": r.error,
           "title": r.seg.title if r.ok else None, "verdict": verdict(r, fail_on),
           "counts": counts, "rules": sorted(Counter(f.rule for f in r.findings).items()),
           "ai": use.status}
    html = assets.env.get_template("article.html").render(
        r=r, row=row, items=items, blocks=blocks, unplaced=unplaced, kinds=KINDS, ai=use,
        fail_on=fail_on.value if fail_on else "never", meta=_meta_rows(r) if r.ok else [],
        quantities=[(q, r.doc.text[q.start:q.end]) for q in r.facts.quantities] if r.ok else [],
        rules_dir=RULES_DIR, **assets.head("article"))
    return html, row


def _chart(rows: list[dict]) -> dict[str, Any]:
    """Bars of findings by rule, sized here so the SVG needs no script."""
    from audit.check import get_rule

    totals = Counter()
    for row in rows:
        totals.update(dict(row["rules"]))
    top = max(totals.values(), default=0)
    bars = []
    for n, (code, count) in enumerate(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))):
        rule = get_rule(code)
        bars.append({"code": code, "count": count, "y": 8 + n * 24,
                     "width": max(2, round(400 * count / top)),
                     "severity": rule.severity.value if rule else "info",
                     "name": rule.name if rule else ""})
    return {"bars": bars, "height": 16 + 24 * len(bars)}


def write_report(results: list[ArticleResult], folder: Path, *,
                 fail_on: Severity | None | Callable[[ArticleResult], Severity | None] =
                 Severity.ERROR, policy=None) -> Path:
    """Write the pages; ``policy`` is the expectation suites' outcome (audit.report.policy).
    ``fail_on`` may be a function of the article, for its own configuration's fail-on."""
    from audit.check import all_rules

    fail_on_of = fail_on if callable(fail_on) else lambda r: fail_on
    assets = _assets()
    rows, levels = [], set()
    for r in results:
        level = fail_on_of(r)
        levels.add(level.value if level else "never")
        html, row = _article(assets, r, level)
        atomic_write(folder / row["page"], html)
        rows.append(row)
    _rule_pages(assets, folder)
    codes = sorted({code for row in rows for code, _ in row["rules"]})
    index = folder / "index.html"
    atomic_write(index, assets.env.get_template("index.html").render(
        rows=rows, codes=codes, chart=_chart(rows), policy=policy, rules=all_rules(),
        fail_on=levels.pop() if len(levels) == 1 else
        "each article's configured level" if levels else "never",
        rules_dir=RULES_DIR,
        totals={s: sum(row["counts"][s] for row in rows) for s in SEVERITIES},
        verdicts=Counter(row["verdict"] for row in rows), **assets.head("index")))
    return index
