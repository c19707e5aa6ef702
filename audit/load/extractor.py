"""trafilatura's opinion on which HTML blocks are the article, asked by the segmenter only
where our own block model is unsure (audit/segment/blocks.py, ``first_opinion``).

trafilatura is called on our tree once we have read it (it prunes the tree in place, so no
copy is made). Its verdict becomes a hint on each block ("main" or ""), matched by word
shingles so that differences in whitespace between its text and ours do not matter.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

_SHINGLE = 4
# The extractor is asked about a page of at most this many blocks and block elements
# (segment/blocks.py, SECOND_OPINION_BLOCKS, says why); the loader keeps the block elements,
# which the segmenter may leave out of its tree, for such pages only.
ASKED_AT_MOST = 5_000
_JSON_LD = './/script[@type="application/ld+json"]'


def _json_ld_below(el: Any) -> bool:
    """``el.find(_JSON_LD) is not None``: its scripts found by lxml's iteration, in C, not by
    ElementPath's reading of every element below it in Python (0.2 ms a page trafilatura is
    asked about, most of it for the block elements the segmenter drops)."""
    return any(s.get("type") == "application/ld+json" for s in el.iter("script") if s is not el)


def _holds_json_ld(el: Any) -> bool:
    if el.tag == "script":
        return el.get("type") == "application/ld+json"
    return el.tag == "aside" and _json_ld_below(el)


def _tokens(text: str) -> list[str]:
    # Splitting on white space is several times faster than a \w+ regex, and both texts
    # come from the same markup, so their punctuation agrees.
    return text.lower().split()


class _Index:
    """The extractor's output as 4-word shingles, and as runs of two and three words and
    one-word lines, to ask whether it kept a block of ours."""

    def __init__(self, text: str | None) -> None:
        self._text = text or ""
        stream = self._stream = _tokens(self._text)
        self.shingles = set(zip(stream, stream[1:], stream[2:], stream[3:]))

    @functools.cached_property
    def _runs(self) -> set[tuple[str, ...]]:
        """Every run of two and of three consecutive words: a block of two or three words
        is kept when it stands whole in the output (a substring search of the output for each
        block was quadratic on a table of 100,000 cells)."""
        stream = self._stream
        return set(zip(stream, stream[1:])) | set(zip(stream, stream[1:], stream[2:]))

    @functools.cached_property
    def _one_word_lines(self) -> set[str]:
        # one-word lines, for one-word blocks ("Zutaten"), which must match a whole line
        return {" ".join(_tokens(line)) for line in self._text.splitlines()}

    def covers(self, text: str) -> bool:
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < _SHINGLE:
            # a short block (a table cell, a list item) must appear whole, between word ends
            return len(tokens) > 1 and tuple(tokens) in self._runs or \
                len(tokens) == 1 and tokens[0] in self._one_word_lines
        grams = set(zip(tokens, tokens[1:], tokens[2:], tokens[3:]))
        return len(grams.intersection(self.shingles)) >= 0.5 * len(grams)


class _Verdicts(Sequence[str]):
    """The extractor's verdict on each block ("main" or ""), each made when first read: the
    segmenter reads those of the blocks its model is unsure of, a few of a page's (matching
    every block's words against the output was a tenth of a page's segmentation)."""

    __slots__ = ("_index", "_texts", "_made")

    def __init__(self, index: _Index, texts: list[str]) -> None:
        self._index, self._texts = index, texts
        self._made: list[str | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        made = self._made[i]
        if made is None:
            made = self._made[i] = "main" if self._index.covers(self._texts[i]) else ""
        return made

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


class TrafilaturaOpinion:
    """trafilatura's verdict on a page's blocks, asked at most once, on demand; the parsed
    page is let go once it is asked (or with the Document)."""

    def __init__(self, root: Any, chrome: list[Any], texts: list[str],
                 elements: list[Any] = ()) -> None:
        self._page: tuple[Any, list[Any], list[str], list[Any]] | None = \
            (root, chrome, texts, elements)
        self._verdicts: Sequence[str] | None = None

    def __call__(self, drop: Sequence[int] = ()) -> Sequence[str] | None:
        """``drop``: indices of block elements (Document.containers) the segmenter is sure
        hold no article text; they are removed before the extractor reads the tree."""
        if self._page is not None:
            root, chrome, texts, elements = self._page
            self._page = None
            if drop and elements:  # JSON-LD in them stays, as below
                chrome = [*chrome, *(el for el in (elements[i] for i in drop)
                                     if not _json_ld_below(el))]
            # The extractor never keeps them (navigation, footers, asides; scripts, styles
            # and drawings, which it removes itself after copying the tree): a smaller tree is
            # faster. Its verdict is the same on the eval pages but for one block, a sidebar's
            # heading it kept before (tests/test_block_model.py, README).
            for el in chrome:
                if _holds_json_ld(el):
                    continue  # trafilatura reads JSON-LD (forum pages, a page's text) first
                if el.getparent() is not None:
                    try:
                        el.drop_tree()
                    except ValueError:  # its tail joins a neighbour's into text lxml refuses
                        pass
            self._verdicts = extractor_verdicts(root, texts)
        return self._verdicts


def extractor_verdicts(root: Any, texts: list[str]) -> Sequence[str] | None:
    """For each block's text, "main" if the extractor kept it, else "" (each made when read);
    None if it could not judge the page. The tree is pruned in place: call this last."""
    try:
        import trafilatura
    except ImportError:  # the segmenter still works on its own cues
        return None
    try:
        # Comments are found by our own cues (markup zones, thread labels): asking the
        # extractor for them costs a tenth of its time. Its fallbacks (readability and
        # jusText, run and compared on most pages) cost a third of it and added 0.003 to F1
        # out-of-fold where our block model is unsure (README, Segmentation).
        result = trafilatura.bare_extraction(root, include_comments=False, with_metadata=False,
                                             fast=True)
    except (RecursionError, ValueError, TypeError, AttributeError):
        return None  # the extractor gave up on this page; our own cues still apply
    if result is None or not result.text:
        return None
    return _Verdicts(_Index(result.text), texts)
