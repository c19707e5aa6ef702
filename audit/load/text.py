"""Plain text pasted from a page: one block per non-empty line."""

from __future__ import annotations

from audit import rx
from audit.load.directives import from_lines
from audit.model import Block, Document

_LINE = rx.compile(r"[^\n]+")


def line_blocks(text: str, offset: int = 0) -> list[Block]:
    blocks = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + offset + (len(raw) - len(raw.lstrip()))
        blocks.append(Block(start=start, end=start + len(stripped), text=stripped))
    return blocks


def load_text(text: str, *, name: str, encoding: str) -> Document:
    blocks, suppressions = from_lines(line_blocks(text), text)
    return Document(name=name, format="text", text=text, blocks=tuple(blocks),
                    encoding=encoding, suppressions=suppressions)
