"""Precision of every rule on the French and English pages of the shared labelled set.

python bench/rule_precision.py                 # precision per rule and language
python bench/rule_precision.py --unlabelled F  # write findings that have no label to F (TSV)

Labels: tests/data/rule_findings/*.tsv (key, file, rule, label right|wrong, snippet, note).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.check.precision import finding_key, read_labels, tally  # noqa: E402
from audit.pipeline import audit_article  # noqa: E402
from audit.settings import Settings  # noqa: E402

PAGES = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"
KINDS = ROOT / "tests" / "data" / "page_kinds.tsv"
LABELS = ROOT / "tests" / "data" / "rule_findings"
CONTEXT = 160


def page_list() -> list[dict[str, str]]:
    with KINDS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def findings(pages: list[dict[str, str]], settings: Settings | None = None):
    """(file, language, rule, snippet, context, message) of every finding on the pages."""
    settings = settings or Settings()
    for page in pages:
        data = (PAGES / page["file"]).read_bytes()
        result = audit_article(data, page["file"], settings)
        if not result.ok:
            continue
        text = result.doc.text
        for f in result.findings:
            snippet = text[f.start:f.end][:300]
            context = text[max(0, f.start - CONTEXT):f.end + CONTEXT].replace("\n", " ⏎ ")
            yield page["file"], page["lang"], f.rule, snippet, context, f.message


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--unlabelled", type=Path, help="write the unlabelled findings here")
    parser.add_argument("--all-languages", action="store_true",
                        help="run every rule on every language (the rules' default is off where "
                             "they were measured imprecise)")
    args = parser.parse_args()
    pages = page_list()
    rows = list(findings(pages, Settings(all_languages=args.all_languages)))
    labels = read_labels(LABELS)
    scores = tally([(f, lang, rule, snip) for f, lang, rule, snip, _, _ in rows], labels)
    print(f"{len(pages)} pages, {len(rows)} findings, {len(labels)} labels")
    print(f"{'rule':7} {'lang':4} {'findings':>8} {'right':>5} {'wrong':>5} {'unlabelled':>10} {'precision':>9}")
    for (rule, lang), s in sorted(scores.items()):
        p = f"{s.precision:.3f}" if s.precision is not None else "-"
        total = s.right + s.wrong + len(s.unlabelled)
        print(f"{rule:7} {lang:4} {total:8} {s.right:5} {s.wrong:5} {len(s.unlabelled):10} {p:>9}")
    if args.unlabelled:
        with args.unlabelled.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter="\t")
            out.writerow(["key", "file", "lang", "rule", "snippet", "message", "context"])
            for file, lang, rule, snippet, context, message in rows:
                key = finding_key(file, rule, snippet)
                if key not in labels:
                    out.writerow([key, file, lang, rule, snippet.replace("\n", " ⏎ "), message, context])


if __name__ == "__main__":
    main()
