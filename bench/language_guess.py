"""How well the language guess (audit.lexicon.detect_language_of) names a page's language, on
whole texts and on their first 20, 40, 80 words (a short paste: round 26's three-line page).

    python bench/language_guess.py [--cache F.json] [--half choose|report|all]

Labelled pages: the blind rounds' inputs, with the language the tester stated in their
SOURCES.tsv (tests/data/blind_rounds/round*), and the eval pages (../shared/eval/trafilatura)
where py3langid is confident (probability >= 0.999; its own language when none of ours). The
text is what the extract stage reads: the title, heading and body spans of the segmentation.
Rounds <= 15 are the half to choose a weight on, rounds >= 16 and the eval pages the half to
report. Prints accuracy per language (a page of a language the lexicons lack is right when
the guess is None) and the most frequent confusions.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.extract import REPEATED_WEIGHT, _TEXT_KINDS, _ranges  # noqa: E402
from audit.lexicon import detect_language_of, first_words, get_lexicon  # noqa: E402
from audit.load import load  # noqa: E402
from audit.segment import segment  # noqa: E402

CUTS = (20, 40, 80)
EVAL = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"
if not EVAL.exists():
    EVAL = Path("/work/shared/eval/trafilatura/html")


def _pieces(path: Path) -> list[str] | None:
    try:
        doc = load(path.read_bytes(), path.name)
        seg = segment(doc)
    except Exception:  # noqa: BLE001 - a page that does not load is left out
        return None
    return [seg.folded[s:e] for s, e in _ranges(seg, *_TEXT_KINDS)]


def collect() -> list[dict]:
    """Each labelled page: source, half, language, its text pieces."""
    pages = []
    for sources in sorted((ROOT / "tests/data/blind_rounds").glob("round*/SOURCES.tsv")):
        number = int(re.match(r"round(\d+)", sources.parent.name).group(1))
        with sources.open() as h:
            for row in csv.DictReader(h, delimiter="\t"):
                lang = (row.get("language") or "").split()[0:1]
                path = sources.parent / "inputs" / (row.get("file") or "")
                if not lang or not path.is_file():
                    continue
                pieces = _pieces(path)
                if pieces:
                    pages.append({"page": f"{sources.parent.name}/{path.name}", "language": lang[0],
                                  "half": "choose" if number <= 15 else "report", "pieces": pieces})
    import py3langid
    from py3langid.langid import _load_identifier
    ident = _load_identifier(norm_probs=True)
    for path in sorted(EVAL.glob("*")):
        pieces = _pieces(path)
        if not pieces:
            continue
        lang, prob = ident.classify(" ".join(pieces)[:20000])
        if prob >= 0.999:
            pages.append({"page": f"eval/{path.name}", "language": lang, "half": "report",
                          "pieces": pieces})
    del py3langid
    return pages


def _cut(pieces: list[str], n: int) -> list[str]:
    """The first n words of the pieces, as pieces."""
    out, left = [], n
    for piece in pieces:
        words = first_words(piece, left)
        if words:
            out.append(" ".join(words))
            left -= len(words)
        if left <= 0:
            break
    return out


def score(pages: list[dict]) -> None:
    known = set(get_lexicon().languages)
    for cut in (None, *CUTS):
        right, total, confusions = Counter(), Counter(), Counter()
        for page in pages:
            pieces = page["pieces"] if cut is None else _cut(page["pieces"], cut)
            if cut is not None and sum(len(first_words(p, cut)) for p in pieces) < cut:
                continue  # shorter than the cut: counted with the whole texts only
            guess = detect_language_of(pieces, repeated=REPEATED_WEIGHT)
            want = page["language"] if page["language"] in known else None
            group = page["language"] if want else "other"
            total[group] += 1
            if guess == want:
                right[group] += 1
            else:
                confusions[(group, guess)] += 1
        name = "whole" if cut is None else f"first {cut} words"
        all_right, all_total = sum(right.values()), sum(total.values())
        print(f"{name}: {all_right}/{all_total} = {all_right / max(1, all_total):.1%}")
        print("  " + "  ".join(f"{g} {right[g]}/{total[g]}" for g in sorted(total, key=total.get,
                                                                            reverse=True)))
        if confusions:
            print("  confused: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in
                                             confusions.most_common(8)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="pages' texts read from / written to this JSON")
    ap.add_argument("--half", choices=("choose", "report", "all"), default="report")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        pages = json.loads(args.cache.read_text())
    else:
        pages = collect()
        if args.cache:
            args.cache.write_text(json.dumps(pages, ensure_ascii=False))
    if args.half != "all":
        pages = [p for p in pages if p["half"] == args.half]
    print(f"{len(pages)} pages ({args.half}): " + ", ".join(
        f"{k} {n}" for k, n in Counter(p["language"] for p in pages).most_common(12)))
    score(pages)


if __name__ == "__main__":
    main()
