"""Segmentation quality and speed against trafilatura, on the shared labelled pages.

    python bench/segmentation.py [--limit N] [--mode html|text|both] [--data DIR]

For each page of ../shared/eval/trafilatura (see its README), the "main text" is the union of
our title, heading, body, sources and disclosure spans; trafilatura's is extract(html,
include_comments=False). Scoring as trafilatura's evaluation does it: a "with" snippet found
is a true positive, missing a false negative; a "without" snippet found is a false positive.
Prints precision, recall, F1 (all pages, French pages) and ms per page, side by side.
In text mode the page is first flattened to its visible text (html_text, guess_layout=True).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.load import LoadError, load  # noqa: E402
from audit.model import MAIN_KINDS  # noqa: E402
from audit.segment import segment  # noqa: E402

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    seconds: float = 0.0
    pages: int = 0
    per_page: list = field(default_factory=list)

    def add(self, output: str, with_: list[str], without: list[str]) -> None:
        out = normalise(output)
        for s in with_:
            if normalise(s) in out:
                self.tp += 1
            else:
                self.fn += 1
        for s in without:
            if normalise(s) in out:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def ours(data: bytes | str, name: str) -> str:
    try:
        doc = load(data, name)
    except LoadError:
        return ""
    seg = segment(doc)
    return "\n".join(doc.text[s.start:s.end] for s in seg.spans if s.kind in MAIN_KINDS)


def theirs(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def flatten(html: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def language(html: str) -> str:
    import html_text
    import py3langid

    return py3langid.classify(html_text.extract_text(html))[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--mode", choices=["html", "text", "both"], default="both")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--dump", type=Path, help="write per-page misses as JSON here")
    args = parser.parse_args()
    pages = json.loads((args.data / "evaldata.json").read_text(encoding="utf-8"))
    items = list(pages.items())[: args.limit or None]
    systems = {}
    if args.mode in ("html", "both"):
        systems["ours (html)"] = lambda raw, html: ours(raw, "page.html")
        if not args.no_trafilatura:
            systems["trafilatura 2.3.1 (html)"] = lambda raw, html: theirs(html)
    if args.mode in ("text", "both"):
        systems["ours (text)"] = lambda raw, html: ours(flatten(html), "page.txt")
    scores = {name: (Score(), Score()) for name in systems}
    misses = []
    for index, (url, entry) in enumerate(items):
        raw = (args.data / "html" / entry["file"]).read_bytes()
        html = raw.decode("utf-8", "replace")
        french = language(html) == "fr"
        order = list(systems.items())
        if index % 2:  # alternate who runs first, so neither always gets warm caches
            order.reverse()
        for name, run in order:
            start = time.perf_counter()
            output = run(raw, html)
            elapsed = time.perf_counter() - start
            for score in (scores[name][0], scores[name][1] if french else None):
                if score is None:
                    continue
                score.add(output, entry.get("with", []), entry.get("without", []))
                score.seconds += elapsed
                score.pages += 1
            if args.dump and name.startswith("ours"):
                out = normalise(output)
                misses.append({"system": name, "file": entry["file"],
                               "missed": [s for s in entry.get("with", []) if normalise(s) not in out],
                               "leaked": [s for s in entry.get("without", []) if normalise(s) in out]})
    print(f"{len(items)} pages ({scores[next(iter(scores))][1].pages} French)\n")
    print(f"| system | P | R | F1 | F1 French | ms/page |")
    print(f"|---|---|---|---|---|---|")
    for name, (all_, fr) in scores.items():
        ms = 1000 * all_.seconds / max(all_.pages, 1)
        print(f"| {name} | {all_.precision:.3f} | {all_.recall:.3f} | {all_.f1:.3f} | {fr.f1:.3f} | {ms:.1f} |")
    if args.dump:
        args.dump.write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
