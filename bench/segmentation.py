"""Segmentation quality and speed against trafilatura, on the shared labelled pages.

    python bench/segmentation.py [--limit N] [--mode html|text|both] [--data DIR]

For each page of ../shared/eval/trafilatura (see its README), the "main text" is the union of
our title, heading, body, sources and disclosure spans; trafilatura's is extract(html,
include_comments=False). Scoring as trafilatura's evaluation does it: a "with" snippet found
is a true positive, missing a false negative; a "without" snippet found is a false positive.
Prints precision, recall, F1 (all pages, French pages) and ms per page, side by side.
In text mode the page is first flattened to its visible text (html_text, guess_layout=True),
untimed. The line model was trained on these same pages, so the text row is in-sample; the
out-of-fold row printed under it is the figure to quote (bench/train_line_model.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.segment.evaluation import Score, main_text, normalise  # noqa: E402
from audit.segment.lines import default_model  # noqa: E402

def ours(data: bytes | str, name: str) -> str:
    return main_text(data, name)


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
        systems["ours (text, in-sample)"] = lambda raw, text: ours(text, "page.txt")
    scores = {name: (Score(), Score()) for name in systems}
    seconds = {name: [0.0, 0.0] for name in systems}  # all pages, French pages
    pages = [0, 0]
    misses = []
    for index, (url, entry) in enumerate(items):
        raw = (args.data / "html" / entry["file"]).read_bytes()
        html = raw.decode("utf-8", "replace")
        text = flatten(html) if args.mode != "html" else ""  # not timed: the user pastes it
        french = language(html) == "fr"
        order = list(systems.items())
        if index % 2:  # alternate who runs first, so neither always gets warm caches
            order.reverse()
        for name, run in order:
            start = time.perf_counter()
            output = run(raw, text if "text" in name else html)
            elapsed = time.perf_counter() - start
            for k, score in enumerate(scores[name]):
                if k == 0 or french:
                    score.add(output, entry.get("with", []), entry.get("without", []))
                    seconds[name][k] += elapsed
            if args.dump and name.startswith("ours"):
                out = normalise(output)
                misses.append({"system": name, "file": entry["file"],
                               "missed": [s for s in entry.get("with", []) if normalise(s) not in out],
                               "leaked": [s for s in entry.get("without", []) if normalise(s) in out]})
        pages[0] += 1
        pages[1] += french
    print(f"{pages[0]} pages ({pages[1]} French)\n")
    print(f"| system | P | R | F1 | F1 French | ms/page |")
    print(f"|---|---|---|---|---|---|")
    for name, (all_, fr) in scores.items():
        ms = 1000 * seconds[name][0] / max(pages[0], 1)
        print(f"| {name} | {all_.precision:.3f} | {all_.recall:.3f} | {all_.f1:.3f} | {fr.f1:.3f} | {ms:.1f} |")
    if args.mode != "html":
        cv = default_model().trained["cross_validation"]
        print(f"| ours (text, out-of-fold: {cv['folds']} folds, recorded by bench/train_line_model.py) "
              f"| {cv['all']['precision']:.3f} | {cv['all']['recall']:.3f} | {cv['all']['f1']:.3f} "
              f"| {cv['french']['f1']:.3f} | |")
    if args.dump:
        args.dump.write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
