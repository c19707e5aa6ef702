"""HTML reports: index.html (one row per article) and one self-contained page per article
with the text coloured by span kind and findings marked inline. Written atomically."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from audit.model import Finding
from audit.pipeline import ArticleResult
from audit.report.write import atomic_write


@dataclass(frozen=True)
class Piece:
    text: str
    findings: tuple[Finding, ...] = ()
    labels: tuple[Finding, ...] = ()  # findings that end here: show their message after


@dataclass(frozen=True)
class Block:
    kind: str
    pieces: tuple[Piece, ...]


def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("audit.report", "templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True,
                       lstrip_blocks=True)


def _pieces(text: str, start: int, end: int, findings: list[Finding]) -> tuple[Piece, ...]:
    inside = [f for f in findings if f.start < end and f.end > start or f.start == f.end == start]
    cuts = sorted({start, end, *(max(start, min(end, f.start)) for f in inside),
                   *(max(start, min(end, f.end)) for f in inside)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active = tuple(f for f in inside if f.start < b and f.end > a)
        ending = tuple(f for f in inside if min(f.end, end) == b)
        pieces.append(Piece(text[a:b], active, ending))
    return tuple(pieces)


def article_blocks(r: ArticleResult) -> list[Block]:
    findings = list(r.findings)
    return [Block(s.kind.value, _pieces(r.doc.text, s.start, s.end, findings)) for s in r.seg.spans]


def page_name(path: str) -> str:
    """A stable, safe file name per article: readable stem plus a short hash of the path."""
    stem = re.sub(r"[^\w.-]+", "_", Path(path).name)[:60] or "article"
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
    return f"{stem}.{digest}.html"


def write_report(results: list[ArticleResult], folder: Path) -> Path:
    env = _env()
    article_tpl = env.get_template("article.html")
    rows = []
    for r in results:
        name = page_name(r.path)
        counts = r.severity_counts() if r.ok else {}
        rows.append({"path": r.path, "page": name, "ok": r.ok, "error": r.error,
                     "counts": counts, "title": r.seg.title if r.ok else None})
        html = article_tpl.render(r=r, blocks=article_blocks(r) if r.ok else [], counts=counts,
                                  quantities=[(q, r.doc.text[q.start:q.end]) for q in
                                              (r.facts.quantities if r.ok else ())])
        atomic_write(folder / name, html)
    index = folder / "index.html"
    atomic_write(index, env.get_template("index.html").render(rows=rows))
    return index
