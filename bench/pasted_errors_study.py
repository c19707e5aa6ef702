"""Where pasted text's out-of-fold F1 is lost, by line and by page (issue 11, round 42).

    python bench/pasted_errors_study.py [--data DIR] [--folds 5] [--cache FILE]
                                        [--region | --region-only [--part 0|1]]

Out of fold by site, as bench/train_line_model.py measures the shipped model: each page is
segmented with the line model fitted on the other folds (training.fit, pages and drafts).
Each labelled snippet the segmenter gets wrong (a "with" snippet dropped: FN; a "without" one
kept: FP) is placed on the first line that holds it (snippets over several lines: the first
line the snippet holds); the tables count those snippets and their characters by the line's
position (against the title, the comments' start and the core run: the longest run, in
characters, of lines the model keeps), length and shape, by the segmenter's kind for the
line, and by page (how much of the loss sits in the worst pages).
--region: one mechanism measured out of fold, a main region chosen for the page before the
line decisions (Regioned: Kadane's run of the most evidence), a line inside it kept at one
threshold and one outside at another, a grid of both and each fold's setting chosen on the
other folds' pages. --part: every other setting, to run the grid in two processes (each
setting's result is kept beside the cache; a last run without --part prints the table).
The pages' features and the five fold models are kept in --cache (about 5 minutes to make).
"""

from __future__ import annotations

import argparse
import bisect
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lexicon import fold  # noqa: E402
from audit.load import load  # noqa: E402
from audit.segment.cues import clean_texts  # noqa: E402
from audit.segment.evaluation import labelled_pages, normalise  # noqa: E402
from audit.segment.training import (draft, example, fit, folds,  # noqa: E402
                                    training_set)

FRENCH = ROOT / "tests" / "data" / "eval_french_pages.txt"


def load_state(data: Path, k: int, cache: Path) -> tuple:
    """(examples, drafts, fold assignment, per-fold models), kept in ``cache``."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    start = time.perf_counter()
    examples = [example(p.file, p.flattened(), p.with_, p.without, p.site)
                for p in labelled_pages(data)]
    drafts = [draft(ex) for ex in examples]
    assignment = folds(examples, k)
    print(f"features in {time.perf_counter() - start:.0f} s", flush=True)
    models = []
    for f in range(k):
        use = [a != f for a in assignment]
        models.append(fit(training_set([e for e, u in zip(examples, use) if u],
                                       [d for d, u in zip(drafts, use) if u])))
        print(f"  fold {f} fitted at {time.perf_counter() - start:.0f} s", flush=True)
    state = (examples, drafts, assignment, models)
    cache.write_bytes(pickle.dumps(state))
    return state


def texts_of_page(text: str) -> list[str]:
    doc = load(text, "page.txt")
    return clean_texts(doc.blocks, fold(doc.text))


_END = ".!?…\"“”»'’:)"


def _place(norm_lines: list[str], needle: str) -> int:
    """The first line holding the snippet (or held by it, for one over several lines)."""
    for i, t in enumerate(norm_lines):
        if needle and (needle in t or (len(t) > 20 and t in needle)):
            return i
    return -1


def _core(p: Any, chars: Any) -> tuple[int, int]:
    """The longest run (in characters) of lines the model keeps, first and last line."""
    best, lo, at = (0, -1, -1), -1, 0
    total = 0
    for i, (q, n) in enumerate(zip(p, chars)):
        if q >= 0.5:
            if lo < 0:
                lo, total = i, 0
            total += n
            if total > best[0]:
                best = (total, lo, i)
        elif n > 0:
            lo = -1
    return best[1], best[2]


@dataclass
class Page:
    name: str
    site: str
    french: bool
    rows: list = field(default_factory=list)  # per snippet: (expected, found, chars, kind dict)


def analyse(examples: list, assignment: list[int], models: list, french: set) -> list[Page]:
    import numpy as np

    from audit.model import MAIN_KINDS, SpanKind
    from audit.segment import segment

    pages = []
    for ex, f in zip(examples, assignment):
        model = models[f]
        doc = load(ex.text, "page.txt")
        texts = clean_texts(doc.blocks, fold(doc.text))
        p = np.array(model.probabilities(texts)) if texts else np.zeros(0)
        seg = segment(doc, model)
        starts = [s.start for s in seg.spans]
        kinds = []
        for b in doc.blocks:
            j = bisect.bisect_right(starts, b.start) - 1
            kinds.append(seg.spans[j].kind if j >= 0 and seg.spans[j].end > b.start else None)
        main = normalise("\n".join(doc.text[s.start:s.end] for s in seg.spans
                                    if s.kind in MAIN_KINDS))
        norm_lines = [normalise(b.text) for b in doc.blocks]
        chars = np.array([len(t) for t in norm_lines])
        title = next((i for i, k in enumerate(kinds) if k is SpanKind.TITLE), -1)
        comments = next((i for i, k in enumerate(kinds) if k is SpanKind.COMMENTS), len(kinds))
        lo, hi = _core(p, chars)
        page = Page(ex.name, ex.site, ex.name in french)
        for snippets, expected in ((ex.with_, True), (ex.without, False)):
            for s in snippets:
                ns = normalise(s)
                at = _place(norm_lines, ns)
                found = ns in main
                info = {"placed": at >= 0}
                if at >= 0:
                    t = norm_lines[at]
                    n = len(t)
                    short = [0 < chars[j] < 60 for j in (at - 1, at + 1) if 0 <= j < len(chars)]
                    info.update(
                        position=("after the comments' start" if at >= comments else
                                  "before the title" if title >= 0 and at < title else
                                  "the title line" if at == title else
                                  "before the core run" if at < lo else
                                  "inside the core run" if at <= hi else "after the core run"),
                        length=("< 40" if n < 40 else "40-99" if n < 100 else "100-199"
                                if n < 200 else ">= 200"),
                        short_run=n < 60 and any(short),
                        ends=t[-1:] in _END,
                        heading=n < 100 and t[-1:] not in _END and t[:1].isupper(),
                        model=bool(p[at] >= 0.5) if at < len(p) else None,
                        p=float(p[at]) if at < len(p) else None,
                        kept_as=(kinds[at].value if kinds[at] is not None else "none"))
                page.rows.append((expected, found, len(ns), info))
        pages.append(page)
    return pages


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tables(pages: list[Page]) -> None:
    rows = [r for pg in pages for r in pg.rows]
    tp = sum(e and f for e, f, _, _ in rows)
    fp = sum((not e) and f for e, f, _, _ in rows)
    fn = sum(e and not f for e, f, _, _ in rows)
    base = f1(tp, fp, fn)
    print(f"snippets {len(rows)}: tp {tp} fp {fp} fn {fn}, F1 {base:.4f}; characters lost "
          f"(FN) {sum(n for e, f, n, _ in rows if e and not f):,}, kept (FP) "
          f"{sum(n for e, f, n, _ in rows if f and not e):,}\n")

    def group(title: str, key: Any) -> None:
        groups: dict = {}
        for e, f, n, info in rows:
            g = groups.setdefault(key(info), [0] * 7)
            g[0] += 1
            g[1] += e
            if e and not f:
                g[2] += 1
                g[4] += n
            elif f and not e:
                g[3] += 1
                g[5] += n
            if e != f and info.get("model") is not None and info["model"] != e:
                g[6] += 1
        print(f"| {title} | snippets (article) | FN | FP | characters FN / FP | model wrong "
              f"| F1 if right |\n|---|---|---|---|---|---|---|")
        for name, g in sorted(groups.items(), key=lambda kv: -(kv[1][2] + kv[1][3])):
            gain = f1(tp + g[2], fp - g[3], fn - g[2]) - base
            print(f"| {name} | {g[0]} ({g[1]}) | {g[2]} | {g[3]} | {g[4]:,} / {g[5]:,} "
                  f"| {g[6]} of {g[2] + g[3]} | {gain:+.4f} |")
        print()

    def placed(name: str, fn_: Any) -> Any:
        return lambda info: fn_(info) if info["placed"] else "on no one line"

    group("position", placed("position", lambda i: i["position"]))
    group("length (characters)", placed("length", lambda i: i["length"]))
    group("shape", placed("shape", lambda i: ("heading-like (< 100, capital, no final stop)"
                                              if i["heading"] else "ends with punctuation"
                                              if i["ends"] else "other, no final stop")))
    group("in a run of short lines (< 60, a neighbour < 60)",
          placed("short", lambda i: "yes" if i["short_run"] else "no"))
    group("position x shape", placed("pxs", lambda i: i["position"] + ", " + (
        "heading-like" if i["heading"] else "ends" if i["ends"] else "other")))
    group("the segmenter's kind for the line", placed("kind", lambda i: i["kept_as"]))
    # by page
    per = []
    for pg in pages:
        a = sum(e and not f for e, f, _, _ in pg.rows)
        b = sum(f and not e for e, f, _, _ in pg.rows)
        t = sum(e and f for e, f, _, _ in pg.rows)
        w = sum(e for e, _, _, _ in pg.rows)
        per.append((a + b, a, b, t, w, pg))
    per.sort(key=lambda r: -r[0])
    errors = fp + fn
    print("| pages, worst first | pages | errors (FN / FP) | share of the errors | F1 if those "
          "pages were right |\n|---|---|---|---|---|")
    for share in (0.01, 0.05, 0.10, 0.20):
        top = per[:round(share * len(per))]
        a, b = sum(r[1] for r in top), sum(r[2] for r in top)
        print(f"| worst {share:.0%} | {len(top)} | {a + b} ({a} / {b}) | {(a + b) / errors:.0%} "
              f"| {f1(tp + a, fp - b, fn - a):.4f} |")
    wrong = [r for r in per if r[4] and r[3] / r[4] < 0.5]
    a, b = sum(r[1] for r in wrong), sum(r[2] for r in wrong)
    print(f"| pages with under half their article snippets kept (a wrong region?) | "
          f"{len(wrong)} | {a + b} ({a} / {b}) | {(a + b) / errors:.0%} "
          f"| {f1(tp + a, fp - b, fn - a):.4f} |")
    # how sure the model was of the article lines it dropped, on those pages and the others
    low = {id(r[5]) for r in wrong}
    buckets = ((0, 0.1), (0.1, 0.3), (0.3, 0.5), (0.5, 1.01))
    print("\n| article snippets dropped (FN), on a line the model gave | " +
          " | ".join(f"{a}-{min(b, 1)}" for a, b in buckets) + " |\n|---|---|---|---|---|")
    for name, pick in (("pages with under half kept", True), ("the other pages", False)):
        ps = [i["p"] for pg in pages if (id(pg) in low) == pick for e, f, _, i in pg.rows
              if e and not f and i.get("p") is not None]
        print(f"| {name} | " + " | ".join(str(sum(a <= q < b for q in ps)) for a, b in buckets)
              + " |")
    clean = sum(1 for r in per if r[0] == 0)
    print(f"\npages with no error: {clean} of {len(per)}; with one or two: "
          f"{sum(1 for r in per if 0 < r[0] <= 2)}")
    print("the worst 10 pages: " + "; ".join(f"{r[5].name} FN {r[1]} FP {r[2]} of {r[4]} "
                                              f"article" for r in per[:10]))


# --- the mechanism: one main region chosen for the page before the line decisions ---------

# (inside, outside[, evidence]): a line inside the main region kept at ``inside`` or more, one
# outside at ``outside`` or more; (0.5, 0.5) the shipped verdicts; above 1: none kept. The
# region's evidence: "chars" (the default) or "logit" (main_region).
GRID = ((0.5, 0.5), (0.5, 0.8), (0.5, 0.95), (0.5, 1.01), (0.4, 0.5), (0.3, 0.5), (0.2, 0.5),
        (0.4, 0.8), (0.3, 0.8), (0.3, 0.95),
        (0.5, 0.8, "logit"), (0.5, 0.95, "logit"), (0.4, 0.5, "logit"), (0.4, 0.8, "logit"))


def main_region(p: Any, chars: Any, evidence: str = "chars") -> tuple[int, int]:
    """The page's main region: the run of lines whose summed evidence is largest (Kadane's).
    A line's evidence: its characters times 2p - 1 ("chars": a kept line for, a dropped one
    against, a long line more), or its log-odds within +-4 ("logit": each line one vote)."""
    import math

    best, lo, total, at = 0.0, 0, 0.0, (-1, -1)
    for i, (q, n) in enumerate(zip(p, chars)):
        if total <= 0:
            lo, total = i, 0.0
        if evidence == "logit":
            q = min(max(q, 0.018), 0.982)  # log-odds within about +-4
            total += math.log(q / (1 - q))
        else:
            total += n * (2 * q - 1)
        if total > best:
            best, at = total, (lo, i)
    return at


class Regioned:
    """What the segmenter asks of a line model: the fold's model's probabilities, a line
    inside the page's main region kept at ``inside`` or more, one outside at ``outside``."""

    threshold = 0.5

    def __init__(self, model: Any, inside: float, outside: float, evidence: str = "chars") -> None:
        self.model, self.inside, self.outside, self.evidence = model, inside, outside, evidence

    def probabilities(self, texts: list[str]) -> list[float]:
        return self.model.probabilities(texts) if texts else []

    def judge(self, texts: list[str]) -> list[bool]:
        p = self.probabilities(texts)
        if (self.inside, self.outside) == (0.5, 0.5) or not p:
            return [q >= 0.5 for q in p]
        lo, hi = main_region(p, [len(t.strip()) for t in texts], self.evidence)
        return [q >= (self.inside if lo <= i <= hi else self.outside) for i, q in enumerate(p)]


def region_study(examples: list, drafts: list, assignment: list[int], models: list,
                 french: set, saved: Path, grid: tuple = GRID) -> None:
    """Each setting of the grid out of fold, and each fold's setting chosen on the other folds'
    pages (scored by their own out-of-fold models), against the shipped verdicts."""
    from line_model_study import Result, _line, bootstrap

    from audit.segment.evaluation import Score, main_text, main_and_comments

    results: dict = {}
    for path in saved.parent.glob(saved.name + "*"):  # one file a process
        results.update(pickle.loads(path.read_bytes()))
    for setting in grid:
        if setting in results:
            continue
        start = time.perf_counter()
        result = Result([Score() for _ in examples], Score(), [(0, 0)] * len(examples))
        for i, (ex, made, f) in enumerate(zip(examples, drafts, assignment)):
            model = Regioned(models[f], *setting)
            main = main_and_comments(ex.text, "page.txt", model)[0]
            result.pages[i].add(main, list(ex.with_), list(ex.without))
            if ex.name in french:
                result.french.add(main, list(ex.with_), list(ex.without))
            if made is not None:
                lines = [line.strip() for line in made.text.splitlines()]
                kept = set(main_text(made.text, "draft.txt", model).splitlines())
                result.drafts[i] = (len(lines), sum(line in kept for line in lines))
        results[setting] = result
        Path(f"{saved}.{'-'.join(map(str, setting))}").write_bytes(pickle.dumps({setting: result}))
        print(f"  {setting} in {time.perf_counter() - start:.0f} s", flush=True)
    if any(s not in results for s in GRID):
        return
    sites = [ex.site or ex.name for ex in examples]
    base = results[(0.5, 0.5)]
    print("| lines kept at, inside / outside the main region | P | R | F1 | F1 difference [95 %] "
          "| French P / F1 | drafts kept |\n|---|---|---|---|---|---|---|")

    def row(name: str, result: Any) -> None:
        s = result.total()
        low, high = bootstrap(base, result, sites)
        print(f"| {name} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} "
              f"| {s.f1 - base.total().f1:+.4f} [{low:+.4f}, {high:+.4f}] "
              f"| {result.french.precision:.4f} / {result.french.f1:.4f} "
              f"| {result.draft_kept / result.draft_lines:.2%} |")

    for setting in GRID:
        inside, outside = setting[:2]
        row(f"{inside} / " + ("none" if outside > 1 else f"{outside}") +
            (" (the shipped verdicts)" if setting == (0.5, 0.5) else "") +
            (f", {setting[2]}" if len(setting) > 2 else ""), results[setting])
    # each fold's setting chosen on the other folds' pages
    chosen = {}
    pick = Result([Score() for _ in examples], Score(), [(0, 0)] * len(examples))
    for f in range(max(assignment) + 1):
        others = [a != f for a in assignment]
        chosen[f] = max(GRID, key=lambda o: (results[o].total(others).f1,
                                              -abs(o[0] - 0.5) - abs(o[1] - 0.5)))
        best = results[chosen[f]]
        for i, a in enumerate(assignment):
            if a == f:
                pick.pages[i], pick.drafts[i] = best.pages[i], best.drafts[i]
                if examples[i].name in french:
                    s = best.pages[i]
                    pick.french.tp += s.tp
                    pick.french.fp += s.fp
                    pick.french.fn += s.fn
                    pick.french.tn += s.tn
    row("chosen per fold on the other folds (" +
        ", ".join(" / ".join(map(str, chosen[f])) for f in sorted(chosen)) + ")",
        pick)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path,
                        default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "article-audit-pasted-errors.pkl")
    parser.add_argument("--region", action="store_true",
                        help="the main region chosen before the line decisions (Regioned)")
    parser.add_argument("--region-only", action="store_true", help="no error tables")
    parser.add_argument("--part", type=int, choices=(0, 1),
                        help="every other setting of the grid, from this one (two processes)")
    args = parser.parse_args()
    args.region = args.region or args.region_only
    sys.path.insert(0, str(ROOT / "bench"))
    examples, drafts, assignment, models = load_state(args.data, args.folds, args.cache)
    french = set(FRENCH.read_text(encoding="utf-8").split("\n")[1:])
    print(f"{len(examples)} pages, {args.folds} folds by site, out-of-fold\n")
    if not args.region_only:
        tables(analyse(examples, assignment, models, french))
    if args.region:
        grid = GRID if args.part is None else GRID[args.part::2]  # the cached ones skipped
        region_study(examples, drafts, assignment, models, french,
                     args.cache.with_suffix(".region.pkl"), grid)


if __name__ == "__main__":
    main()
