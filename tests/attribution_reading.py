"""The body-attribution reader on a text whose blank lines split its paragraphs: what the
round-by-round attribution tests read."""

from __future__ import annotations

import csv
from pathlib import Path

from audit.extract.attributions import find_attributions


def read(text: str):
    blocks, at = [], 0
    for part in text.split("\n\n"):
        blocks.append((at, at + len(part)))
        at += len(part) + 2
    return find_attributions(text, blocks)


def vague(text: str) -> list[str]:
    """The vague attributions' text."""
    return [a.text for a in read(text) if a.vague]


def named(text: str) -> list[str]:
    """The named sources, bare verbs left out."""
    return [a.name for a in read(text) if a.named and a.kind != "verb"]


def frame_counts(path: Path, split: str) -> tuple[int, int, int]:
    """A labelled set of sentences (TSV: sentence, label vague or not, split; "#" lines are
    comments) read on one split: vague attributions found right, found wrongly, missed."""
    rows = csv.DictReader((line for line in path.open(encoding="utf-8") if not line.startswith("#")),
                          delimiter="\t")
    tp = fp = fn = 0
    for row in rows:
        if row["split"] != split:
            continue
        got, want = bool(vague(row["sentence"])), row["label"] == "vague"
        tp += got and want
        fp += got and not want
        fn += want and not got
    return tp, fp, fn
