"""Reader comments against a person's labels, comment by comment, in HTML and in pasted text.

    python bench/comment_labels.py [--data DIR] [--verbose]

tests/data/comments/labels.jsonl holds pages of ../shared/eval/trafilatura (French, English,
German) whose comments a person labelled one by one, reading the page as a reader copies it
(html_text's flattening, LabelledPage.flattened): each comment's author and date as written, and
its first and last words, so that its text can be found again in either form of the page. Pages
without a thread are in the set too: there, every comment we find is a false one.

A labelled comment is found when one of our comments (Segmentation.comments) covers at least half
of its text and its own text (not its author and date lines) is at least half made of it: two
comments run together match neither. Printed
per form: comment precision, recall and F1, the share of labelled comment text left in the main
text (title, headings, body, sources, disclosure), the share found inside our comment spans, and
how often a found comment's author is right. These pages were used while the comment cues were
written (their markup, bench/comments.py), so the figures are not out of sample; the labels are.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.load import LoadError, load  # noqa: E402
from audit.model import MAIN_KINDS, SpanKind  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.evaluation import labelled_pages  # noqa: E402
from audit.settings import EXTRACTORS  # noqa: E402

LABELS = ROOT / "tests" / "data" / "comments" / "labels.jsonl"
DATA = ROOT.parent / "shared" / "eval" / "trafilatura"


def load_labels(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _loose(words: str) -> re.Pattern[str]:
    """The words with any white space between them: the two forms of a page space differently."""
    return re.compile(r"\s+".join(re.escape(w) for w in words.split()))


def gold_spans(text: str, comments: list[dict]) -> list[tuple[int, int]]:
    """Where each labelled comment lies in ``text``, in page order; (-1, -1) if not found."""
    spans, pos = [], 0
    for comment in comments:
        first = _loose(comment["first"]).search(text, pos)
        last = _loose(comment["last"]).search(text, first.start()) if first else None
        if not first or not last:
            spans.append((-1, -1))
            continue
        # A reader who opens by quoting the article: its words are in the body too, and the
        # comment is the nearest pair, not a span from the body down to the comment's end.
        first = max((m for m in _loose(comment["first"]).finditer(text, first.start(), last.start() + 1)),
                    key=lambda m: m.start(), default=first)
        spans.append((first.start(), last.end()))
        pos = first.start() + 1
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    ours: int = 0
    ours_right: int = 0
    authors: int = 0
    authors_right: int = 0
    chars: int = 0
    chars_in_main: int = 0
    chars_in_comments: int = 0
    missing: list[str] = field(default_factory=list)  # labels whose words are not in the page

    @property
    def precision(self) -> float:
        return self.ours_right / self.ours if self.ours else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _covered(spans: list[tuple[int, int]], span: tuple[int, int]) -> int:
    return sum(_overlap(s, span) for s in spans)


def score_page(data: bytes | str, name: str, label: dict, tally: Tally,
               extractor: str = "auto") -> list[str]:
    """Adds one page to the tally; returns what went wrong there, for --verbose."""
    try:
        doc = load(data, name)
    except LoadError:
        return [f"{label['id']}: could not be loaded"]
    seg = segment(doc, extractor=extractor)
    gold = gold_spans(doc.text, label["comments"])
    tally.missing += [f"{label['id']}#{n}" for n, g in enumerate(gold) if g[0] < 0]
    gold_found = [g for g in gold if g[0] >= 0]
    ours = [(c.start, c.end) for c in seg.comments]
    main = [(s.start, s.end) for s in seg.spans if s.kind in MAIN_KINDS]
    thread = [(s.start, s.end) for s in seg.spans if s.kind is SpanKind.COMMENTS]
    problems = []
    tally.gold += len(gold_found)
    tally.ours += len(ours)
    matched_ours = set()
    for g, comment in zip(gold, label["comments"]):
        if g[0] < 0:
            continue
        size = g[1] - g[0]
        tally.chars += size
        tally.chars_in_main += _covered(main, g)
        tally.chars_in_comments += _covered(thread, g)
        # Half of ours must be this comment: its text, not its author and date lines.
        match = next((i for i, o in enumerate(ours) if _overlap(o, g) >= 0.5 * size
                      and _overlap(o, g) >= 0.5 * len(seg.comments[i].text)), None)
        if match is None:
            problems.append(f"{label['id']}: missed {comment['first']!r}")
            continue
        tally.found += 1
        matched_ours.add(match)
        if comment.get("author"):
            tally.authors += 1
            got = seg.comments[match].author or ""
            if comment["author"].strip().lower() in got.lower():
                tally.authors_right += 1
            else:
                problems.append(f"{label['id']}: author {got!r} for {comment['author']!r}")
    tally.ours_right += len(matched_ours)
    for i, o in enumerate(ours):
        if i not in matched_ours:
            problems.append(f"{label['id']}: ours, not a labelled comment: {doc.text[o[0]:o[1]][:70]!r}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help="labels_b.jsonl: pages labelled later by someone who never read the code")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--extractor", choices=EXTRACTORS, default="auto",
                        help="who finds an HTML page's main content (as audit's setting)")
    args = parser.parse_args()
    labels = load_labels(args.labels)
    pages = {p.file: p for p in labelled_pages(args.data)}
    threads = sum(bool(lab["comments"]) for lab in labels)
    print(f"{len(labels)} pages ({threads} with a thread, "
          f"{sum(len(lab['comments']) for lab in labels)} comments), {args.labels.resolve()}")
    print("| form | comments found (recall) | ours that are labelled comments (precision) | F1 "
          "| labelled comment text left in the main text | found in our comment spans | authors right |")
    print("|---|---|---|---|---|---|---|")
    for form in ("html", "text"):
        tally, problems = Tally(), []
        for label in labels:
            page = pages[label["file"]]
            data, name = (page.html, "page.html") if form == "html" else (page.flattened(), "page.txt")
            problems += score_page(data, name, label, tally, args.extractor)
        authors = f"{tally.authors_right}/{tally.authors}"
        print(f"| {form} | {tally.recall:.2f} ({tally.found}/{tally.gold}) | {tally.precision:.2f} "
              f"({tally.ours_right}/{tally.ours}) | {tally.f1:.2f} | "
              f"{tally.chars_in_main / max(1, tally.chars):.1%} | "
              f"{tally.chars_in_comments / max(1, tally.chars):.1%} | {authors} |")
        if tally.missing:
            print(f"  ({form}: {len(tally.missing)} labelled comments not located: {tally.missing[:5]})")
        for problem in problems if args.verbose else ():
            print(f"  {form} {problem}")


if __name__ == "__main__":
    main()
