"""Inline suppression directives, as ruff's ``# noqa`` and Vale's comments:

    <!-- audit: ignore[NUM001] reason="taux du jour de la dépêche" -->   (HTML, Markdown)
    audit: ignore[CIT005] reason=citation reprise de l'AFP                (plain text line)
    <!-- audit: disable[CIT] reason="…" --> … <!-- audit: enable[CIT] -->

``ignore`` covers the next block, ``disable`` runs to the matching ``enable`` (or the end).
The directive's own line is not article text: it leaves the blocks the segmenter sees.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass

from audit import rx
from audit.model import Block, Suppression

# The rest after the codes is read greedily and its end ("-->", white space) cut in Python: a
# lazy group before "\s*(?:-->)?\s*$" was cubic in a run of spaces (1,000 took 2 s).
_DIRECTIVE = rx.compile(
    r"^\s*(?:<!--\s*)?audit\s*:\s*(ignore|disable|enable)\b\s*(?:\[([^\]]*)\])?(.*)$",
    re.IGNORECASE | re.DOTALL)
# Every directive line holds the word (in any case: re's IGNORECASE also takes "İ" and "ı"
# for "i", which lower() spells otherwise): a text without it has none.
_MAY_DIRECT = rx.compile(r"audit", re.IGNORECASE)
_REASON = rx.compile(r"""^\s*reason\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|(.+))$""", re.DOTALL)  # on rest.rstrip()


@dataclass(frozen=True)
class Directive:
    verb: str  # ignore, disable, enable
    codes: tuple[str, ...]
    reason: str | None


def parse_directive(text: str) -> Directive | None:
    """The directive a comment or line holds, or None when it is not one."""
    match = _DIRECTIVE.match(text)
    if not match:
        return None
    verb, codes, rest = match.group(1).lower(), match.group(2) or "", match.group(3).rstrip()
    if rest.endswith("-->"):
        rest = rest[:-3].rstrip()
    reason = None
    found = _REASON.match(rest) if rest.strip() else None
    if found:
        reason = next((g for g in found.groups() if g is not None), "").strip() or None
    names = tuple(c.strip() for c in re.split(r"[,\s]+", codes) if c.strip())
    return Directive(verb, names, reason)


def resolve(found: list[tuple[Directive, int, int, int]], block_starts: list[int],
            block_ends: list[int], text_length: int) -> tuple[Suppression, ...]:
    """Ranges for directives found at block index ``next_block`` (the first block after them).

    ``found``: (directive, index of the next block, source line, text offset of the directive).
    """
    out: list[Suppression] = []
    # The disables still open, by the set of codes they name, each with its place among them:
    # an enable looks at each set once, not at every disable (10,000 disables an enable did
    # not close were each looked at by every later enable).
    opened: dict[frozenset[str], list[tuple[int, Directive, int, int, int]]] = {}

    def start_of(index: int) -> int:
        return block_starts[index] if index < len(block_starts) else text_length

    def close(disables, end: int) -> None:
        for _, d, start, d_line, d_anchor in disables:
            out.append(Suppression("disable", d.codes, d.reason, start, end, d_line, d_anchor))

    for n, (directive, index, line, anchor) in enumerate(found):
        if directive.verb == "ignore":
            start = start_of(index)
            end = block_ends[index] if index < len(block_ends) else text_length
            out.append(Suppression("ignore", directive.codes, directive.reason, start, end, line,
                                   anchor))
        elif directive.verb == "disable":
            opened.setdefault(frozenset(directive.codes), []).append(
                (n, directive, start_of(index), line, anchor))
        else:  # enable closes the disables it names (all of them when it names none)
            codes = set(directive.codes)
            named = [key for key in opened if not codes or key <= codes]
            close(heapq.merge(*(opened.pop(key) for key in named)), start_of(index))
    close(heapq.merge(*opened.values()), text_length)
    return tuple(sorted(out, key=lambda s: (s.start, s.line)))


def from_lines(blocks: Sequence[Block], text: str, first_line: int = 1, paragraphs: bool = False
               ) -> tuple[Sequence[Block], tuple[Suppression, ...]]:
    """Plain text and Markdown: directive lines leave the blocks; ``ignore`` covers the next
    line (pasted text writes a paragraph a line), or with ``paragraphs`` (Markdown) the lines
    up to the next blank line."""
    if not _MAY_DIRECT.search(text):
        return blocks, ()  # no line of it can be a directive: nothing to read line by line
    kept: list[Block] = []
    found: list[tuple[Directive, int, int, int]] = []
    line, counted = first_line, 0
    for block in blocks:
        directive = parse_directive(block.text) if "audit" in block.text[:12].lower() else None
        if directive is None:
            kept.append(block)
            continue
        # Lines counted from the last directive on: from the text's start each time, a text
        # of directives was quadratic.
        line += text.count("\n", counted, block.start)
        counted = block.start
        found.append((directive, len(kept), line, block.start))
    if not found:
        return blocks, ()
    ends = _paragraph_ends(kept, text) if paragraphs else [b.end for b in kept]
    return kept, resolve(found, [b.start for b in kept], ends, len(text))


def _paragraph_ends(blocks: list[Block], text: str) -> list[int]:
    """Where the paragraph of each block ends, in one backward pass."""
    ends = [b.end for b in blocks]
    for i in range(len(blocks) - 2, -1, -1):
        if text.count("\n", blocks[i].end, blocks[i + 1].start) < 2:
            ends[i] = ends[i + 1]
    return ends
