"""Scoring a segmenter the way trafilatura's evaluation does, on labelled pages.

Each page comes with snippets that must appear in the main text ("with") and snippets that
must not ("without"). Comment labels come from the pages' own markup (comment_sentences).
Shared by bench/segmentation.py, bench/comments.py and the quality gate in the tests.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from audit import rx
from audit.load import LoadError, load
from audit.model import MAIN_KINDS, Document, SpanKind
from audit.segment import Segmentation, segment
from audit.segment.lines import LineModel
from audit.urls import site_of

_WS = rx.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def count(self, expected: bool, found: bool) -> None:
        """One verdict: what the labels say against what the tool says."""
        if expected:
            self.tp, self.fn = self.tp + found, self.fn + (not found)
        else:
            self.fp, self.tn = self.fp + found, self.tn + (not found)

    def add(self, output: str, with_: list[str], without: list[str]) -> None:
        out = normalise(output)
        for snippet in with_:
            if normalise(snippet) in out:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in without:
            if normalise(snippet) in out:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        """A table row's cells for a rule's verdicts: items, those that should fire, precision
        and recall with their counts."""
        return (f"{self.tp + self.fp + self.fn + self.tn} | {self.tp + self.fn} | "
                f"{self.precision:.2f} ({self.tp}/{self.tp + self.fp}) | "
                f"{self.recall:.2f} ({self.tp}/{self.tp + self.fn}) |")


def main_text(data: bytes | str, name: str, line_model: LineModel | None = None,
              extractor: str = "auto") -> str:
    """Title, headings, body, sources and disclosure of one page, one span per line."""
    return main_and_comments(data, name, line_model, extractor)[0]


def main_and_comments(data: bytes | str, name: str, line_model: LineModel | None = None,
                      extractor: str = "auto") -> tuple[str, str]:
    """(main text, comment text) of one page, one span per line."""
    try:
        doc = load(data, name)
    except LoadError:
        return "", ""
    return texts_of(doc, segment(doc, line_model, extractor=extractor))


def texts_of(doc: Document, seg: Segmentation) -> tuple[str, str]:
    """(main text, comment text) of a segmented document, one span per line."""
    main = "\n".join(doc.text[s.start:s.end] for s in seg.spans if s.kind in MAIN_KINDS)
    comments = "\n".join(doc.text[s.start:s.end] for s in seg.spans
                         if s.kind is SpanKind.COMMENTS)
    return main, comments


_COMMENT_CLASSES = ("comment-content", "comment-body", "comment-text", "comment_text",
                    "comment__body", "comment-entry", "commentcontent")
_COMMENT_XPATH = " or ".join(f'contains(concat(" ", normalize-space(@class), " "), " {c} ")'
                             for c in _COMMENT_CLASSES)
_SENTENCE = rx.compile(r"(?<=[.!?…])\s+")


def comment_sentences(html: bytes) -> list[str]:
    """Comment labels from a page's own markup, since the labelled pages have none: the
    sentences (20 characters or more) of the elements a comment system renders each comment
    into (WordPress `comment-content`, `comment-body`, ...)."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return []
    elements = root.xpath(f"//*[{_COMMENT_XPATH}]")
    outer = [e for e in elements if not any(a in elements for a in e.iterancestors())]
    return [s for e in outer for s in _SENTENCE.split(normalise(e.text_content())) if len(s) >= 20]


@dataclass
class CommentScore:
    """Characters of labelled comment sentences left in the main text or found as comments,
    characters of our comment spans that are labelled, and "with" snippets marked as comments."""

    chars: int = 0
    leaked: int = 0
    found: int = 0
    snippets: int = 0
    marked: int = 0
    marked_without_thread: int = 0  # on pages with no comment labels at all
    span_chars: int = 0  # text of our comment spans on pages with comment labels
    span_chars_labelled: int = 0  # ... of lines that are labelled comment text

    def add(self, main: str, comments: str, sentences: list[str], with_: list[str]) -> None:
        comments_lines = comments.splitlines()
        main, comments = normalise(main), normalise(comments)
        self.chars += sum(map(len, sentences))
        self.leaked += sum(len(s) for s in sentences if s in main)
        self.found += sum(len(s) for s in sentences if s in comments)
        marked = sum(normalise(s) in comments for s in with_)
        self.snippets += len(with_)
        self.marked += marked
        self.marked_without_thread += 0 if sentences else marked
        if sentences:
            labelled = " ".join(sentences)
            for line in filter(None, (normalise(x) for x in comments_lines)):
                self.span_chars += len(line)
                self.span_chars_labelled += len(line) if line[:40] in labelled else 0

    @property
    def leak(self) -> float:
        return _ratio(self.leaked, self.chars)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.chars)

    @property
    def precision(self) -> float:
        """Share of our comment text that is labelled comment text (names and dates are not)."""
        return _ratio(self.span_chars_labelled, self.span_chars)

    @property
    def body_marked(self) -> float:
        return _ratio(self.marked, self.snippets)


@dataclass(frozen=True)
class LabelledPage:
    file: str
    html: bytes
    with_: list[str]
    without: list[str]
    url: str = ""

    @property
    def site(self) -> str:
        return site_of(self.url or self.file)

    def flattened(self) -> str:
        """The page as a select-all and copy gives it: visible text, block elements on their
        own lines (html_text, a test and bench extra)."""
        import html_text

        return html_text.extract_text(self.html.decode("utf-8", "replace"), guess_layout=True)


def labelled_pages(data_dir: Path) -> list[LabelledPage]:
    """The pages of an evaldata.json directory (../shared/eval/trafilatura), in file order."""
    entries = json.loads((data_dir / "evaldata.json").read_text(encoding="utf-8")).items()
    return [LabelledPage(e["file"], (data_dir / "html" / e["file"]).read_bytes(),
                         e.get("with", []), e.get("without", []), url) for url, e in entries]


def group_folds(groups: list[str], k: int = 5) -> list[int]:
    """A fold number for each item, with all items of a group in one fold: the largest groups
    first, each to the emptiest fold, ties broken by a hash of the group's name, so the split
    is balanced and the same on every machine."""
    sizes = Counter(groups)
    order = sorted(sizes, key=lambda g: (-sizes[g], hashlib.sha1(g.encode()).hexdigest()))
    filled = [0] * k
    fold_of = {}
    for group in order:
        fold_of[group] = min(range(k), key=lambda f: (filled[f], f))
        filled[fold_of[group]] += sizes[group]
    return [fold_of[g] for g in groups]
