"""The body-attribution reader on a text whose blank lines split its paragraphs: what the
round-by-round attribution tests read."""

from __future__ import annotations

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
