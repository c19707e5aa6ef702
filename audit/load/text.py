"""Plain text pasted from a page: one block per non-empty line."""

from __future__ import annotations

import re

from audit import rx
from audit.load.directives import from_lines
from audit.model import Document, LineBlocks, offsets

# A line's text without the white space around it (what str.strip() leaves: re's \s and
# str.isspace() are the same characters): the first to the last non-space of the line.
_LINE = rx.compile(r"\S(?:[^\n]*\S)?")


def line_blocks(text: str) -> LineBlocks:
    """One block per non-empty line, as its offsets (made into a Block when read)."""
    return LineBlocks.of(text, map(re.Match.span, _LINE.finditer(text)))


def load_text(text: str, *, name: str, encoding: str) -> Document:
    blocks, suppressions = from_lines(line_blocks(text), text)
    if not isinstance(blocks, LineBlocks):  # directive lines left it: the others, as offsets again
        blocks = LineBlocks.of(text, offsets(blocks))
    return Document(name=name, format="text", text=text, blocks=blocks,
                    encoding=encoding, suppressions=suppressions)
