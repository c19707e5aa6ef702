"""Can a gate on the page make CIT001 (no sources, French, info) precise out of sample?

python bench/cit001_gate.py            # features, the gate chosen on rounds 4 to 12b, its score
                                       # held out on rounds 13a to 14b (once)
python bench/cit001_gate.py --rows     # also print every labelled page's features

Labels: every CIT001 finding of the frozen runs (tests/data/blind_rounds/ROUND/verdicts.tsv,
the testers' R/W), rounds 4 to 14b. Features: today's code on the same pages (the page kind's
reason, the body's length, quotations, speech verbs and capitalised names read loosely, so a
source the attribution reader missed still shows; vague attributions; a dateline; the first
person; a byline). A page where today's CIT001 no longer fires is dropped from both sides (the
reader was fixed on it, or the page is no longer news): the gate is for findings today's code
raises. The gate is chosen on rounds 4 to 12b only (one threshold on one feature, or two on
two, each side); rounds 13a to 14b are scored once, with a Wilson 95 % interval.
"""

from __future__ import annotations

import argparse
import functools
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from blind_rounds import labelled, rounds  # noqa: E402

from audit.check import Context, run_rules  # noqa: E402
from audit.cli.inputs import read  # noqa: E402
from audit.extract import extract  # noqa: E402
from audit.extract.pagekind import text_shape  # noqa: E402
from audit.load import load  # noqa: E402
from audit.model import SpanKind  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.settings import Settings  # noqa: E402

HELD_OUT = ("round13a", "round13b", "round14a", "round14b")
# The rounds' pages are the corpus's openings, cut near 2,000 characters (at most 350 body
# words here): a body-length threshold learnt on them tells a brief from a cut page, and on a
# whole article (300 to 1,500 words) it would silence the rule everywhere. Not a candidate;
# printed apart for the record.
UNTRANSFERABLE = ("log_words",)
MIN_KEPT = 0.5  # of the right findings where the gate is chosen (the decision asks 1/3 held out)

# Loose readings: what a reader sees, whoever the attribution reader credits.
_CAPITALISED = re.compile(r"(?<![.!?«“\"\n]\s)(?<=\s)[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)*")
_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*\s*(?:\([^)\n]{1,40}\))?\s*[-–—:|]\s")
_QUOTE_MARKS = re.compile(r"[«“\"]")


@dataclass
class Row:
    round: str
    file: str
    verdict: str
    fires: bool
    feats: dict[str, float]


def features(path: Path) -> tuple[bool, dict[str, float]]:
    """Whether today's CIT001 fires on the page (switched on, as before it was opt-in), and what
    the page shows."""
    settings = Settings(languages=(("CIT001", ("fr",)),))
    item = read(path, settings.max_size)
    doc = load(item.data, f"inputs/{path.name}", max_size=settings.max_size)
    seg = segment(doc, extractor=settings.extractor)
    facts = extract(doc, seg, settings)
    findings, _ = run_rules(Context(doc=doc, seg=seg, facts=facts, settings=settings))
    fires = any(f.rule == "CIT001" for f in findings)
    body = list(seg.of_kind(SpanKind.BODY).ranges())
    text = facts.folded
    shape = text_shape(text, body, facts.language, facts.attributions, facts.quotes, doc.blocks,
                       doc.meta.get("canonical") or "", facts.inline_boilerplate)
    verbs = sorted(_speech_verbs(), key=len, reverse=True)
    verb_rx = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")
    speech = names = marks = 0
    for s, e in body:
        chunk = doc.text[s:e]
        speech += len(verb_rx.findall(chunk.lower()))
        names += len(_CAPITALISED.findall(chunk))
        marks += len(_QUOTE_MARKS.findall(chunk))
    words = max(shape.words, 1)
    reason = facts.page_kind_reason
    first = doc.text[body[0][0]:body[0][1]] if body else ""
    return fires, {
        "html": float(doc.format == "html"),
        "markup_news": float("NewsArticle" in reason or "LiveBlogPosting" in reason
                             or "ReportageNewsArticle" in reason),
        "log_words": math.log10(words),
        "quotes": float(len(facts.quotes)),
        "quotes_attributed": float(shape.quoted),
        "quote_marks_per_100": 100 * marks / words,
        "speech_verbs_per_100": 100 * speech / words,
        "speech_verbs": float(speech),
        "names_per_100": 100 * names / words,
        "vague": float(sum(a.vague for a in facts.attributions)),
        "unnamed_speakers": float(sum(not a.named and not a.vague for a in facts.attributions)),
        "dateline": float(bool(_DATELINE.match(first))),
        "first_person_per_100": shape.first_person,
        "days": float(shape.days),
        "byline": float(bool(facts.author)),
        "dated": float(facts.published is not None),
    }


@functools.cache
def _speech_verbs() -> list[str]:
    import yaml
    raw = yaml.safe_load((ROOT / "audit" / "lexicons" / "fr.yml").read_text(encoding="utf-8"))
    return list(raw["speech_verbs"])


def collect() -> list[Row]:
    out = []
    for rd in rounds():
        labels = [f for f in labelled(rd) if f.code == "CIT001"]
        files = {}
        for f in labels:  # one CIT001 per page
            files.setdefault(f.file, f.verdict)
        for file, verdict in sorted(files.items()):
            fires, feats = features(rd / "inputs" / file)
            out.append(Row(rd.name, file, verdict, fires, feats))
    return out


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def score(rows: list[Row], gate) -> tuple[int, int, int]:
    """(right kept, findings kept, right in all)."""
    kept = [r for r in rows if gate(r.feats)]
    return sum(r.verdict == "R" for r in kept), len(kept), sum(r.verdict == "R" for r in rows)


def candidates(rows: list[Row], names: list[str]):
    """Gates with one threshold ('feature >= t' or '<= t'), and the pairs of two such."""
    singles = []
    for name in names:
        values = sorted({r.feats[name] for r in rows})
        for t in values:
            singles.append((f"{name} >= {t:.3g}", lambda f, n=name, t=t: f[n] >= t))
            singles.append((f"{name} <= {t:.3g}", lambda f, n=name, t=t: f[n] <= t))
    yield from singles
    for i, (a, ga) in enumerate(singles):
        for b, gb in singles[i + 1:]:
            if a.split()[0] != b.split()[0]:
                yield f"{a} and {b}", lambda f, ga=ga, gb=gb: ga(f) and gb(f)


def choose(rows: list[Row], names: list[str]):
    """The gate with the best precision that keeps MIN_KEPT of the right findings (its Wilson
    lower bound breaks ties: more findings kept at the same precision), one threshold preferred."""
    best = None
    for name, gate in candidates(rows, names):
        right, kept, total = score(rows, gate)
        if kept == 0 or right < MIN_KEPT * total:
            continue
        key = (round(wilson(right, kept)[0], 6), -name.count(" and "), right)
        if best is None or key > best[0]:
            best = (key, name, gate)
    return best


def show(label: str, right: int, kept: int, total_right: int, total: int) -> None:
    lo, hi = wilson(right, kept)
    prec = right / kept if kept else 0.0
    print(f"  {label}: {right}/{kept} right ({prec:.0%}, 95 % CI {lo:.0%}-{hi:.0%}); "
          f"right kept {right}/{total_right}; findings kept {kept}/{total}")


def logistic(train: list[Row], test: list[Row], names: list[str]) -> None:
    """A small L2 logistic model on the same features (no length), its cut the highest score
    keeping MIN_KEPT of the right findings on rounds 4-12b, scored once held out."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[r.feats[n] for n in names] for r in train])
    mu, sd = x.mean(0), x.std(0) + 1e-9
    y = np.array([r.verdict == "R" for r in train])
    model = LogisticRegression(C=0.3, max_iter=1000).fit((x - mu) / sd, y)
    p = model.predict_proba((x - mu) / sd)[:, 1]
    cut = sorted(p[y], reverse=True)[math.ceil(MIN_KEPT * y.sum()) - 1]
    xt = np.array([[r.feats[n] for n in names] for r in test])
    pt = model.predict_proba((xt - mu) / sd)[:, 1]
    print(f"\nLogistic model (L2, C=0.3, {len(names)} features, no length), cut {cut:.2f}:")
    show("chosen on (4-12b)", int((y & (p >= cut)).sum()), int((p >= cut).sum()), int(y.sum()),
         len(train))
    yt = np.array([r.verdict == "R" for r in test])
    show("held out (13a-14b)", int((yt & (pt >= cut)).sum()), int((pt >= cut).sum()),
         int(yt.sum()), len(test))


def whole_pages() -> None:
    """Body words of the whole French news pages of the eval set (tests/data/page_kinds.tsv):
    what a length threshold learnt on the rounds' cut pages would meet in use."""
    import csv
    folder = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"
    table = ROOT / "tests" / "data" / "page_kinds.tsv"
    if not folder.exists():
        return
    with table.open(encoding="utf-8") as handle:
        files = [r["file"] for r in csv.DictReader(handle, delimiter="\t")
                 if r["lang"] == "fr" and r["kind"] == "news"]
    words = []
    for file in files:
        settings = Settings()
        doc = load((folder / file).read_bytes(), file, max_size=settings.max_size)
        seg = segment(doc, extractor=settings.extractor)
        words.append(sum(len(doc.text[s:e].split()) for s, e in seg.of_kind(SpanKind.BODY).ranges()))
    words.sort()
    print(f"\nWhole French news pages of the eval set: {len(words)}, body words median "
          f"{words[len(words) // 2]}, {sum(w <= 204 for w in words)} of them 204 words or fewer "
          f"(the rounds' pages: 350 at most)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    rows = collect()
    train_all = [r for r in rows if r.round not in HELD_OUT]
    test_all = [r for r in rows if r.round in HELD_OUT]
    for label, part in (("rounds 4-12b", train_all), ("rounds 13a-14b", test_all)):
        fired = [r for r in part if r.fires]
        print(f"{label}: {len(part)} CIT001 labels ({sum(r.verdict == 'R' for r in part)} R); "
              f"today's code still fires on {len(fired)} ({sum(r.verdict == 'R' for r in fired)} R), "
              f"dropped {len(part) - len(fired)} "
              f"({sum(r.verdict == 'R' for r in part if not r.fires)} R, "
              f"{sum(r.verdict == 'W' for r in part if not r.fires)} W)")
    train = [r for r in train_all if r.fires]
    test = [r for r in test_all if r.fires]
    if args.rows:
        for r in rows:
            print(r.round, r.file, r.verdict, "fires" if r.fires else "silent",
                  " ".join(f"{k}={v:.2f}" for k, v in r.feats.items()))
    print("\nEach feature's mean, right vs wrong (rounds 4-12b, fired today):")
    for name in sorted(train[0].feats):
        rs = [r.feats[name] for r in train if r.verdict == "R"]
        ws = [r.feats[name] for r in train if r.verdict == "W"]
        print(f"  {name:22s} R {sum(rs) / len(rs):7.2f}   W {sum(ws) / len(ws):7.2f}")
    print("\nNo gate:")
    show("chosen on (4-12b)", *score(train, lambda f: True), len(train))
    show("held out (13a-14b)", *score(test, lambda f: True), len(test))
    names = sorted(train[0].feats)
    _, name, gate = choose(train, names)
    print(f"\nFor the record, with the body's length (not transferable: the pages are cut near "
          f"2,000 characters): keep the finding when {name}")
    show("chosen on (4-12b)", *score(train, gate), len(train))
    show("held out (13a-14b)", *score(test, gate), len(test))
    _, name, gate = choose(train, [n for n in names if n not in UNTRANSFERABLE])
    print(f"\nGate chosen on rounds 4-12b (best Wilson lower bound keeping >= {MIN_KEPT:.0%} of "
          f"the right findings; no length): keep the finding when {name}")
    show("chosen on (4-12b)", *score(train, gate), len(train))
    show("held out (13a-14b)", *score(test, gate), len(test))
    logistic(train, test, [n for n in names if n not in UNTRANSFERABLE])
    whole_pages()
    right, kept, total = score(test, gate)
    ok = kept and right / kept >= 0.8 and right * 3 >= total
    print(f"\nDecision rule (>= 80 % held out, >= 1/3 of the right kept): "
          f"{'met' if ok else 'not met'}")


if __name__ == "__main__":
    main()
