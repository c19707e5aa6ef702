"""Scoring a segmenter the way trafilatura's evaluation does, on labelled pages.

Each page comes with snippets that must appear in the main text ("with") and snippets that
must not ("without"). Shared by bench/segmentation.py and the quality gate in the tests.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from audit.load import LoadError, load
from audit.model import MAIN_KINDS
from audit.segment import segment
from audit.segment.lines import LineModel

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

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
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def main_text(data: bytes | str, name: str, line_model: LineModel | None = None) -> str:
    """Title, headings, body, sources and disclosure of one page, one span per line."""
    try:
        doc = load(data, name)
    except LoadError:
        return ""
    seg = segment(doc, line_model)
    return "\n".join(doc.text[s.start:s.end] for s in seg.spans if s.kind in MAIN_KINDS)


@dataclass(frozen=True)
class LabelledPage:
    file: str
    html: bytes
    with_: list[str]
    without: list[str]

    def flattened(self) -> str:
        """The page as a select-all and copy gives it: visible text, block elements on their
        own lines (html_text, a test and bench extra)."""
        import html_text

        return html_text.extract_text(self.html.decode("utf-8", "replace"), guess_layout=True)


def labelled_pages(data_dir: Path) -> list[LabelledPage]:
    """The pages of an evaldata.json directory (../shared/eval/trafilatura), in file order."""
    entries = json.loads((data_dir / "evaldata.json").read_text(encoding="utf-8")).values()
    return [LabelledPage(e["file"], (data_dir / "html" / e["file"]).read_bytes(),
                         e.get("with", []), e.get("without", [])) for e in entries]
