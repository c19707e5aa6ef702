"""Where an article's audit spends its time, stage by stage, for pasted text and for HTML.

    python bench/stages.py [--pages 200] [--data DIR] [--band B --share S] [--ratio-only]

Audits the first N labelled pages of ../shared/eval/trafilatura twice, as HTML and as the text a
reader pastes (html_text, as the segmentation bench flattens them), one process, each page's
stages timed as audit_article runs them: load, segment (and within it its parts), extract
(and within it each extractor), rules. Then times trafilatura.extract on the same HTML,
alternating with our audit page by page, for the ratio the speed goal is stated in. Figures,
not assertions: run it on a quiet machine and compare runs of the same hour. --band and
--share set the operating point of "auto" (blocks.BAND, blocks.UNSURE_SHARE) for this run,
--share 1 never asks trafilatura; --ratio-only skips the stage table.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import audit.extract as extract_stage  # noqa: E402
import audit.segment as segment_stage  # noqa: E402
from audit.extract import rates  # noqa: E402
from audit.check import Context, run_rules  # noqa: E402
from audit.lexicon import AiLexicon  # noqa: E402
from audit.load import LoadError, load  # noqa: E402
from audit.pipeline import audit_article  # noqa: E402
from audit.segment import blocks, segment  # noqa: E402
from audit.segment.evaluation import labelled_pages  # noqa: E402
from audit.segment.lines import LineModel  # noqa: E402
from audit.settings import Settings  # noqa: E402

# The extractors extract() calls, timed inside it; the page kind is read by page_kind (HTML)
# or draft_kind (text), the text's shape within them. What no row names is printed as
# "(the rest)": extract's time less its rows'.
EXTRACTORS = ("detect_language_of", "_publication", "find_dates", "find_attributions",
              "find_quantities", "find_conversions", "parse_sources", "find_agency_credits",
              "find_quotes", "_inline_boilerplate", "find_page_disclosures", "find_page_residue",
              "NumberWords", "page_kind", "draft_kind", "_paywall_prompts", "subject_verbs",
              "passive_decisions", "trailing_sources", "_byline_author")

# The parts of segment(), timed inside it: the block model or trafilatura (HTML), the AI
# lexicon's sites, the classifier (with the line model's verdicts on plain text's lines
# within it), the comment thread.
SEGMENT_PARTS = ((segment_stage, "first_opinion", "block opinion"),
                 (AiLexicon, "sites", "AI sites"), (segment_stage, "classify_page", "classify"),
                 (LineModel, "judge_lines", "  line model"),
                 (segment_stage, "parse_comments", "comments"))


def _timed(spent: dict[str, float], name: str, owner: object = extract_stage,
           label: str | None = None) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label or name] += time.perf_counter() - start

    setattr(owner, name, wrapper)


def stages(inputs: list[tuple[str, bytes | str]], settings: Settings) -> dict[str, float]:
    """Seconds per stage over all inputs (pages that do not load are left out)."""
    spent: dict[str, float] = defaultdict(float)
    for name in EXTRACTORS:
        _timed(spent, name)
    for owner, name, label in SEGMENT_PARTS:
        _timed(spent, name, owner, label)
    try:
        for name, data in inputs:
            start = time.perf_counter()
            try:
                doc = load(data, name)
            except LoadError:
                continue
            loaded = time.perf_counter()
            seg = segment(doc, extractor=settings.extractor)
            doc = replace(doc, second_opinion=None)
            segmented = time.perf_counter()
            facts = extract_stage.extract(doc, seg, settings)
            extracted = time.perf_counter()
            run_rules(Context(doc=doc, seg=seg, facts=facts, settings=settings))
            checked = time.perf_counter()
            for stage, seconds in (("load", loaded - start), ("segment", segmented - loaded),
                                   ("extract", extracted - segmented),
                                   ("rules", checked - extracted), ("total", checked - start)):
                spent[stage] += seconds
    finally:
        for name in EXTRACTORS:
            setattr(extract_stage, name, getattr(extract_stage, name).__wrapped__)
        for owner, name, _ in SEGMENT_PARTS:
            setattr(owner, name, getattr(owner, name).__wrapped__)
    spent["(the rest)"] = spent["extract"] - sum(spent[name] for name in EXTRACTORS)
    return spent


def against_trafilatura(pages: list, settings: Settings) -> tuple[float, float]:
    """Seconds of our full audit and of trafilatura.extract on the same HTML pages, taking
    turns page by page so that the machine's load falls on both alike."""
    import trafilatura

    ours = theirs = 0.0
    for n, page in enumerate(pages):
        runs = [("ours", lambda p=page: audit_article(p.html, "page.html", settings)),
                ("theirs", lambda p=page: trafilatura.extract(p.html, include_comments=False))]
        for who, run in runs if n % 2 else reversed(runs):
            start = time.perf_counter()
            run()
            if who == "ours":
                ours += time.perf_counter() - start
            else:
                theirs += time.perf_counter() - start
    return ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--band", type=float, default=blocks.BAND)
    parser.add_argument("--share", type=float, default=blocks.UNSURE_SHARE)
    parser.add_argument("--ratio-only", action="store_true")
    args = parser.parse_args()
    blocks.BAND, blocks.UNSURE_SHARE = args.band, args.share
    pages = labelled_pages(args.data)[:args.pages]
    settings = Settings()
    html = [(f"{p.file}.html", p.html) for p in pages]
    text = [(f"{p.file}.txt", p.flattened()) for p in pages]
    stages(html[:10] + text[:10], settings)  # warm: lexicons compiled, cues, rates, models
    # The ECB history too (read at the first money conversion: 60 ms, on the first pasted
    # page holding one, which put 0.4 ms a page into the pasted column's extract).
    rates.history()
    print(f"{len(pages)} pages, band {args.band}, unsure share {args.share}")
    if args.ratio_only:
        ours, theirs = against_trafilatura(pages, settings)
        print(f"HTML, full audit against trafilatura.extract: {1000 * ours / len(pages):.1f} "
              f"against {1000 * theirs / len(pages):.1f} ms a page ({ours / theirs:.2f}x)")
        return
    print("ms a page (one process)")
    rows = {"pasted text": stages(text, settings), "HTML": stages(html, settings)}
    parts = [f"  {label}" for _, _, label in SEGMENT_PARTS]
    names = ["load", "segment", *parts, "extract", *EXTRACTORS, "(the rest)", "rules", "total"]
    print(f"{'stage':24}" + "".join(f"{k:>13}" for k in rows))
    for name in names:
        label = f"  {name}" if name in EXTRACTORS or name == "(the rest)" else name
        key = name[2:] if name in parts else name
        print(f"{label:24}" + "".join(f"{1000 * r[key] / len(pages):13.2f}" for r in rows.values()))
    ours, theirs = against_trafilatura(pages, settings)
    print(f"HTML, full audit against trafilatura.extract on the same pages: "
          f"{1000 * ours / len(pages):.1f} ms against {1000 * theirs / len(pages):.1f} ms a page "
          f"({ours / theirs:.2f}x)")


if __name__ == "__main__":
    main()
