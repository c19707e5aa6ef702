"""Does readability's verdict, as one more per-block feature, help us decide main text? (issue 11)

    python bench/readability_study.py [--limit N] [--folds 5] [--data DIR] [--no-cache] [--C 1.0]

On the labelled pages of ../shared/eval/trafilatura, each block of our HTML reading of a page
(audit.load) carries: its label from the page's snippets (training.line_labels: 1 holds part of
a "with" snippet, 0 of a "without" one, -1 unlabelled), our verdict (its kind after
audit.segment is one of MAIN_KINDS), trafilatura's hint (Block.extracted, "main" / "" / None
when trafilatura gave up on the page), readability's verdict (below), and our markup and
lexicon cues (block_disagreements.features: our kind, tag, zone, length, position against our
main text, link density, lexicon cue, whether it ends a sentence).

Readability's verdict on a block: readability-lxml's Document(page bytes).summary() is turned
into text (html_text, block elements on their own lines), and the block is "kept" when its
text is contained in that text after normalisation: case folded; for blocks of 20 or more
non-space characters all whitespace is removed on both sides (html_text and our loader space
inline elements differently), shorter blocks must match between word ends with whitespace
collapsed (so "Home" does not match inside "Homepage").

Measured, all out-of-fold with 5 folds grouped by site (evaluation.group_folds):
 (a) block-level agreement of ours / trafilatura / readability with the labels;
 (b) page-level main-text P / R / F1, scored as bench/segmentation.py does (evaluation.Score
     via segmentation.score), overall and on French pages (py3langid, segmentation.language),
     for: ours as today (the line model of the other folds judges the pages trafilatura gives
     up on, as in segmentation.py, so this is its "html, out-of-fold by site" row);
     readability alone (its summary as text, and its summary HTML as trafilatura's own
     comparison script scores it); readability's and trafilatura's verdicts on our blocks;
     a majority vote of the three; and one logistic regression per fold (scikit-learn,
     L2, C=1), fitted on the labelled blocks of the training folds only, with and without the
     readability features (the "without" fit isolates what readability adds from what
     refitting our own cues adds). A page's output is the text of the blocks kept, one a
     line, as evaluation.main_text builds ours.
 (c) time per page: readability's summary() (and its mapping to blocks) against our full
     reading (load, which runs trafilatura for its hint, plus segment).
The fitted combination is compared with ours and with the fit without readability by paired
differences of F1 and precision, with 95 % intervals from a bootstrap over sites, and by the
pages on which one judges more snippets right than the other ("pages better / worse").
Readability's summaries (and the seconds they took) are cached in /tmp/rdb/cache; --no-cache
recomputes them. Our rules and lexicon were tuned by hand on these same pages, so "ours" is
flattered as segmentation.py says; the fitted combinations only see the training folds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.lexicon import fold  # noqa: E402
from audit.load import LoadError, load  # noqa: E402
from audit.model import MAIN_KINDS  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.evaluation import Score, group_folds, labelled_pages  # noqa: E402
from audit.segment.training import draft, example, fold_models, line_labels  # noqa: E402
# the sibling bench scripts (bench/ is not a package, and bench/bench.py shadows the name)
sys.path.insert(1, str(Path(__file__).resolve().parent))
from block_disagreements import features  # noqa: E402
from segmentation import language, score  # noqa: E402

CACHE = Path("/tmp/rdb/cache")
LONG = 20  # non-space characters from which a block is matched with whitespace removed
OURS = "ours as today (html, out-of-fold)"
BARE = "fit: verdicts + cues, no readability"
FITTED = "fit: verdicts + cues + readability"


def readability_summary(html: bytes, cache: Path | None) -> tuple[str, float, bool]:
    """(summary HTML, seconds summary() took, whether it came from the cache); "" when
    readability raised."""
    from importlib.metadata import version

    key = hashlib.sha1(html + version("readability-lxml").encode()).hexdigest()
    path = cache / f"{key}.json" if cache else None
    if path and path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["summary"], data["seconds"], True
    from readability import Document

    start = time.perf_counter()
    try:
        summary = Document(html).summary()
    except Exception:  # noqa: BLE001 -- readability.Unparseable wraps whatever went wrong
        summary = ""
    seconds = time.perf_counter() - start
    if path:
        path.write_text(json.dumps({"summary": summary, "seconds": seconds}), encoding="utf-8")
    return summary, seconds, False


class Kept:
    """Readability's text, to ask whether it holds a block (see the module docstring)."""

    def __init__(self, summary: str) -> None:
        import html_text

        self.text = html_text.extract_text(summary, guess_layout=True) if summary else ""
        folded = self.text.casefold()
        self.spaced = " " + " ".join(folded.split()) + " "
        self.packed = "".join(folded.split())

    def holds(self, text: str) -> bool:
        words = text.casefold().split()
        packed = "".join(words)
        if not packed or not self.packed:
            return False
        if len(packed) >= LONG:
            return packed in self.packed
        return f" {' '.join(words)} " in self.spaced


@dataclass
class Page:
    fold: int
    site: str
    lang: str
    with_: list[str]
    without: list[str]
    texts: list[str] = field(default_factory=list)  # block texts, as main_text slices them
    labels: list[int] = field(default_factory=list)
    ours: list[bool] = field(default_factory=list)
    traf: list[bool | None] = field(default_factory=list)
    read: list[bool] = field(default_factory=list)
    cues: list[dict[str, str]] = field(default_factory=list)
    read_text: str = ""
    read_html: str = ""
    read_failed: bool = False


def page_cues(p: Page) -> list[dict[str, str]]:
    """Per block, the feature dict of one combination (before the verdicts are added):
    our cues, plus how far readability and we agree on the page as a whole."""
    ours_chars = sum(len(t) for t, o in zip(p.texts, p.ours) if o) or 1
    shared = sum(len(t) for t, o, r in zip(p.texts, p.ours, p.read) if o and r) / ours_chars
    agreement = ("readability failed" if p.read_failed or not p.read_text else
                 "< 25 %" if shared < 0.25 else "< 50 %" if shared < 0.5 else
                 "< 75 %" if shared < 0.75 else ">= 75 %")
    return [{**c, "page: our main text readability keeps": agreement} for c in p.cues]


def verdicts(ours: bool, traf: bool | None, read: bool | None) -> dict[str, str]:
    v = {"ours": str(int(ours)), "trafilatura": "?" if traf is None else str(int(traf))}
    if read is not None:
        v["readability"] = str(int(read))
    v["pattern"] = " ".join(f"{k}={x}" for k, x in v.items())
    return v


def rows(p: Page, with_readability: bool, interactions: bool) -> list[dict[str, str]]:
    out = []
    cues = page_cues(p) if with_readability else p.cues
    for c, o, t, r in zip(cues, p.ours, p.traf, p.read):
        v = verdicts(o, t, r if with_readability else None)
        row = {**{f"v:{k}": x for k, x in v.items()}, **c}
        if interactions:  # the verdicts' pattern crossed with each cue
            row.update({f"{v['pattern']} x {k}": x for k, x in c.items()})
        out.append(row)
    return out


def fit_predict(pages: list[Page], folds: int, with_readability: bool, interactions: bool,
                C: float) -> list[list[bool]]:
    """Per page, the blocks kept by the regression fitted on the other folds' labelled blocks."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    table = [rows(p, with_readability, interactions) for p in pages]
    kept: list[list[bool]] = [[] for _ in pages]
    for f in range(folds):
        X = [r for p, t in zip(pages, table) if p.fold != f for r, y in zip(t, p.labels) if y >= 0]
        y = [y for p in pages if p.fold != f for y in p.labels if y >= 0]
        test = [i for i, p in enumerate(pages) if p.fold == f]
        if not test or len(set(y)) < 2:
            continue
        vec = DictVectorizer()
        model = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform(X), y)
        for i in test:
            if table[i]:
                kept[i] = (model.predict_proba(vec.transform(table[i]))[:, 1] >= 0.5).tolist()
    return kept


def output(p: Page, kept: list[bool]) -> str:
    return "\n".join(t for t, k in zip(p.texts, kept) if k)


def collect(args) -> tuple[list[Page], dict[str, list[float]], int]:
    logging.getLogger("readability").setLevel(logging.CRITICAL)
    labelled = labelled_pages(args.data)[: args.limit or None]
    assignment = group_folds([p.site for p in labelled], args.folds)
    start = time.perf_counter()
    examples = [example(p.file, p.flattened(), p.with_, p.without, p.site) for p in labelled]
    models = fold_models(examples, assignment, [draft(ex) for ex in examples])
    print(f"{len(labelled)} pages, {len({p.site for p in labelled})} sites, {args.folds} folds "
          f"by site; fold line models in {time.perf_counter() - start:.0f} s")
    cache = None if args.no_cache else CACHE
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, list[float]] = {"ours": [], "readability": [], "mapping": []}
    cached = 0
    pages = []
    for index, (lp, f) in enumerate(zip(labelled, assignment)):
        p = Page(f, lp.site, language(lp.html), lp.with_, lp.without)
        order = ["ours", "readability"] if index % 2 else ["readability", "ours"]
        doc = kinds = None
        for name in order:  # alternate who runs first, as segmentation.py does
            if name == "ours":
                start = time.perf_counter()
                try:
                    doc = load(lp.html, "page.html")
                    # the setup of this study: trafilatura's verdict as the first stage
                    hints = doc.second_opinion()
                    kinds = [s.kind for s in segment(doc, models[f], extractor="trafilatura").spans]
                except LoadError:
                    doc = None
                seconds["ours"].append(time.perf_counter() - start)
            else:
                p.read_html, took, hit = readability_summary(lp.html, cache)
                p.read_failed = not p.read_html
                seconds["readability"].append(took)
                cached += hit
        start = time.perf_counter()
        kept = Kept(p.read_html)
        p.read_text = kept.text
        if doc is not None:
            p.read = [kept.holds(b.text) for b in doc.blocks]
        seconds["mapping"].append(time.perf_counter() - start)
        if doc is not None:
            p.texts = [doc.text[b.start:b.end] for b in doc.blocks]
            p.labels = line_labels(doc.text, doc.blocks, lp.with_, lp.without)
            p.ours = [k in MAIN_KINDS for k in kinds]
            p.traf = [v == "main" for v in hints] if hints is not None else [None] * len(doc.blocks)
            main_indices = [i for i, o in enumerate(p.ours) if o]
            folded = fold(doc.text)
            p.cues = [features(doc, i, kinds, main_indices, folded) for i in range(len(doc.blocks))]
        pages.append(p)
    return pages, seconds, cached


def block_table(pages: list[Page], systems: dict[str, list[list[bool]]]) -> None:
    print("\n## (a) Labelled blocks by verdict (1 kept, 0 dropped; trafilatura ? = gave up)\n")
    print("| ours | trafilatura | readability | article blocks | not-article blocks |")
    print("|---|---|---|---|---|")
    tally: Counter = Counter()
    for p in pages:
        for y, o, t, r in zip(p.labels, p.ours, p.traf, p.read):
            if y >= 0:
                tally[int(o), "?" if t is None else int(t), int(r), y] += 1

    def order(k: tuple) -> tuple:
        return -k[0], 1 if k[1] == "?" else -k[1], -k[2]

    for key in sorted({k[:3] for k in tally}, key=order):
        print(f"| {key[0]} | {key[1]} | {key[2]} | {tally[(*key, 1)]} | {tally[(*key, 0)]} |")
    print("\n| system (block level, labelled blocks) | kept article | kept not-article | "
          "dropped article | accuracy | P | R |\n|---|---|---|---|---|---|---|")
    for name, kept in systems.items():
        c = Counter((y, bool(k)) for p, ks in zip(pages, kept)
                    for y, k in zip(p.labels, ks) if y >= 0)
        tp, fp, fn, tn = c[1, True], c[0, True], c[1, False], c[0, False]
        n = tp + fp + fn + tn
        print(f"| {name} | {tp} | {fp} | {fn} | {(tp + tn) / n:.3f} | {tp / max(tp + fp, 1):.3f} "
              f"| {tp / max(tp + fn, 1):.3f} |")


def page_table(pages: list[Page], outputs: dict[str, list[str]]) -> None:
    french = [p.lang == "fr" for p in pages]
    everyone = [True] * len(pages)
    n_fr = sum(french)
    snippets = sum(len(p.with_) + len(p.without) for p, k in zip(pages, french) if k)
    print(f"\n## (b) Page-level main text, out-of-fold ({len(pages)} pages; French: {n_fr} pages, "
          f"{snippets} snippets)\n")
    print("| system | P | R | F1 | TP / FP / FN | fr P | fr R | fr F1 | fr TP / FP / FN |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, outs in outputs.items():
        a: Score = score(outs, pages, everyone)
        b: Score = score(outs, pages, french)
        print(f"| {name} | {a.precision:.3f} | {a.recall:.3f} | **{a.f1:.3f}** | "
              f"{a.tp} / {a.fp} / {a.fn} | {b.precision:.3f} | {b.recall:.3f} | {b.f1:.3f} | "
              f"{b.tp} / {b.fp} / {b.fn} |")


def compare(pages: list[Page], outputs: dict[str, list[str]], pairs: list[tuple[str, str]],
            resamples: int = 2000) -> None:
    """Paired differences (second minus first) with a 95 % bootstrap interval, resampling
    sites (all pages of a site together), and the pages on which the two differ."""
    import numpy as np

    sites = sorted({p.site for p in pages})
    index = {s: i for i, s in enumerate(sites)}
    rng = np.random.default_rng(0)
    draws = rng.integers(0, len(sites), size=(resamples, len(sites)))
    weights = np.stack([np.bincount(d, minlength=len(sites)) for d in draws])  # resamples x sites

    def counts(name: str) -> np.ndarray:  # sites x (tp, fp, fn, tn)
        out = np.zeros((len(sites), 4))
        for p, text in zip(pages, outputs[name]):
            s = Score()
            s.add(text, p.with_, p.without)
            out[index[p.site]] += (s.tp, s.fp, s.fn, s.tn)
        return out

    def f1_p(c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]
        return 2 * tp / (2 * tp + fp + fn), tp / (tp + fp)

    print("\n| comparison | ΔF1 [95 % CI] | ΔP [95 % CI] | pages better / worse |")
    print("|---|---|---|---|")
    for a, b in pairs:
        ca, cb = counts(a), counts(b)
        fa, pa = f1_p(weights @ ca)
        fb, pb = f1_p(weights @ cb)
        f0a, p0a = f1_p(ca.sum(0))
        f0b, p0b = f1_p(cb.sum(0))
        right = []  # per page: snippets judged right by b minus by a
        for p, ta, tb in zip(pages, outputs[a], outputs[b]):
            sa, sb = Score(), Score()
            sa.add(ta, p.with_, p.without)
            sb.add(tb, p.with_, p.without)
            right.append((sb.tp + sb.tn) - (sa.tp + sa.tn))
        df, dp = np.percentile(fb - fa, [2.5, 97.5]), np.percentile(pb - pa, [2.5, 97.5])
        print(f"| {b} vs {a} | {f0b - f0a:+.4f} [{df[0]:+.4f}, {df[1]:+.4f}] | "
              f"{p0b - p0a:+.4f} [{dp[0]:+.4f}, {dp[1]:+.4f}] | "
              f"{sum(x > 0 for x in right)} / {sum(x < 0 for x in right)} |")


def fold_table(pages: list[Page], outputs: dict[str, list[str]], folds: int) -> None:
    names = list(outputs)
    print("\n| fold | pages | " + " | ".join(f"{n} F1" for n in names) + " |")
    print("|---|---|" + "---|" * len(names))
    for f in range(folds):
        keep = [p.fold == f for p in pages]
        print(f"| {f} | {sum(keep)} | " + " | ".join(
            f"{score(outputs[n], pages, keep).f1:.3f}" for n in names) + " |")


def timing(seconds: dict[str, list[float]], cached: int, n: int) -> None:
    ms = {k: 1000 * statistics.mean(v) for k, v in seconds.items()}
    med = {k: 1000 * statistics.median(v) for k, v in seconds.items()}
    print("\n## (c) Time per page (ms, mean / median)\n")
    print("| step | mean | median |\n|---|---|---|")
    for key, step in (("ours", "ours: load (with trafilatura's hint) + segment"),
                      ("readability", "readability-lxml summary()"),
                      ("mapping", "its text (html_text) and block mapping")):
        print(f"| {step} | {ms[key]:.1f} | {med[key]:.1f} |")
    extra = ms["readability"] + ms["mapping"]
    print(f"\nAdding readability costs {extra:.1f} ms a page, {extra / ms['ours']:+.0%} on our "
          f"reading (the regression itself is negligible)." +
          (f" {cached} of {n} summaries came from the cache: their times are those measured "
           f"when they were cached (--no-cache to remeasure)." if cached else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the fits")
    parser.add_argument("--no-cache", action="store_true", help="recompute readability's summaries")
    args = parser.parse_args()
    pages, seconds, cached = collect(args)
    failed = sum(p.read_failed for p in pages)
    print(f"readability raised or returned nothing on {failed} pages; trafilatura gave up on "
          f"{sum(any(t is None for t in p.traf) for p in pages)}; "
          "languages: " + ", ".join(f"{k} {v}" for k, v in
                                    Counter(p.lang for p in pages).most_common(4)))

    def majority(p: Page) -> list[bool]:
        return [o if t is None else (o + t + r) >= 2 for o, t, r in zip(p.ours, p.traf, p.read)]

    systems = {
        "ours as today": [p.ours for p in pages],
        "trafilatura hint": [[bool(t) for t in p.traf] for p in pages],
        "readability verdict": [p.read for p in pages],
        "majority of the three": [majority(p) for p in pages],
        BARE: fit_predict(pages, args.folds, False, False, args.C),
        FITTED: fit_predict(pages, args.folds, True, False, args.C),
        "fit: same, verdict pattern x cues": fit_predict(pages, args.folds, True, True, args.C),
    }
    block_table(pages, systems)
    outputs = {
        "readability alone: summary as text": [p.read_text for p in pages],
        "readability alone: summary HTML, as trafilatura's comparison.py scores it":
            [p.read_html for p in pages],
        **{(OURS if name == "ours as today" else
            f"{name} on our blocks" if name in ("trafilatura hint", "readability verdict")
            else name): [output(p, k) for p, k in zip(pages, kept)]
           for name, kept in systems.items()},
    }
    page_table(pages, outputs)
    compare(pages, outputs, [(OURS, FITTED), (BARE, FITTED), (OURS, BARE)])
    fold_table(pages, {k: v for k, v in outputs.items() if k.startswith(("ours", "fit"))},
               args.folds)
    timing(seconds, cached, len(pages))


if __name__ == "__main__":
    main()
