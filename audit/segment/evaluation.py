"""Scoring a segmenter the way trafilatura's evaluation does, on labelled pages.

Each page comes with snippets that must appear in the main text ("with") and snippets that
must not ("without"). Shared by bench/segmentation.py and the quality gate in the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.load import LoadError, load
from audit.model import MAIN_KINDS
from audit.segment import segment

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


def main_text(data: bytes | str, name: str) -> str:
    """Title, headings, body, sources and disclosure of one page, one span per line."""
    try:
        doc = load(data, name)
    except LoadError:
        return ""
    seg = segment(doc)
    return "\n".join(doc.text[s.start:s.end] for s in seg.spans if s.kind in MAIN_KINDS)
