"""Typed data that flows through the pipeline: load -> segment -> extract -> check -> report.

Everything here is a frozen dataclass so a stage cannot change what an earlier stage made.
Offsets are character offsets into ``Document.text``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields
from enum import Enum
from itertools import chain, compress
from typing import Any


def record(cls: type) -> type:
    """A frozen dataclass with slots whose ``__init__`` sets each slot through its descriptor.
    dataclass's frozen ``__init__`` sets every field by ``object.__setattr__`` and its name,
    which made construction the largest cost of a fact on hostile text (166,000 attributions
    in a megabyte of "selon"): this one does the same in about half the time. Equality,
    hashing, immutability and ``fields()`` are dataclass's own. Plain defaults only."""
    cls = dataclass(frozen=True, slots=True)(cls)
    names: dict[str, Any] = {}
    params, body = [], []
    for i, f in enumerate(fields(cls)):
        if not f.init or f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: record fields take plain defaults")
        names[f"set{i}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"default{i}"] = f.default
            params.append(f"{f.name}=default{i}")
        body.append(f"    set{i}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), names)
    init = names["__init__"]
    init.__qualname__, init.__module__ = f"{cls.__qualname__}.__init__", cls.__module__
    cls.__init__ = init
    return cls


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class SpanKind(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    BODY = "body"
    SOURCES = "sources"
    DISCLOSURE = "disclosure"
    COMMENTS = "comments"
    BOILERPLATE = "boilerplate"


MAIN_KINDS = frozenset({SpanKind.TITLE, SpanKind.HEADING, SpanKind.BODY, SpanKind.SOURCES,
                        SpanKind.DISCLOSURE})


@record
class Block:
    """A line of plain text or a block element of HTML, before it is given a kind.

    ``hints`` carries what the markup said about it (tag name, role from class/id tokens).
    """

    start: int
    end: int
    text: str
    tag: str = ""
    zone: str = ""  # from ancestors: nav, footer, share, comments, related, sources, ...
    role: str = ""  # within a comment: author, date, text, reply
    nodes: tuple[tuple[int, int], ...] = ()  # HTML: (start, end) of each text node in the text
    extracted: str | None = None  # HTML: "main" or "", the segmenter's first opinion; None: none
    container: int = -1  # HTML: the innermost block element holding it (Document.containers);
    # -1 for text outside every block element (after </body>, a page with no <body>)
    linked: int = 0  # HTML: characters of its text inside links (<a href>, any address)

    def judged(self, extracted: str | None) -> Block:
        """This block with the segmenter's first opinion: replace(), ten times faster."""
        return Block(self.start, self.end, self.text, self.tag, self.zone, self.role,
                     self.nodes, extracted, self.container, self.linked)


class LineBlocks(Sequence[Block]):
    """The blocks of plain text, one per non-empty line, made when asked: a block is its
    line's offsets and the line itself. A megabyte of short lines is 166,000 lines: 40 MB as
    Block objects, 2.7 MB as two arrays of offsets."""

    __slots__ = ("_text", "_starts", "_ends")

    def __init__(self, text: str, starts: array, ends: array) -> None:
        self._text, self._starts, self._ends = text, starts, ends

    @classmethod
    def of(cls, text: str, spans: Iterable[tuple[int, int]]) -> LineBlocks:
        """The lines of ``text`` at these (start, end) offsets."""
        flat = array("q", chain.from_iterable(spans))  # start, end, start, end… in C
        return cls(text, flat[0::2], flat[1::2])

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return LineBlocks(self._text, self._starts[i], self._ends[i])
        start, end = self._starts[i], self._ends[i]
        return Block(start, end, self._text[start:end])

    def __iter__(self) -> Iterator[Block]:
        text = self._text
        return (Block(s, e, text[s:e]) for s, e in zip(self._starts, self._ends))

    def offsets(self) -> Iterator[tuple[int, int]]:
        """(start, end) of every line, no block made."""
        return zip(self._starts, self._ends)

    def columns(self) -> tuple[array, array]:
        """The lines' starts and ends, as the arrays they are kept in."""
        return self._starts, self._ends

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineBlocks):
            return self._starts == other._starts and self._ends == other._ends and \
                all(self._text[s:e] == other._text[s:e] for s, e in zip(self._starts, self._ends))
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]  # as a list: equal to a tuple of its blocks

    def __repr__(self) -> str:
        return f"LineBlocks({len(self)} lines)"

    def __reduce__(self):
        return LineBlocks, (self._text, self._starts, self._ends)


def columns(items: Sequence[Block] | Sequence[Span]) -> tuple[Sequence[int], Sequence[int]]:
    """The starts and the ends of every block or span, as two sequences: the arrays columnar
    containers keep (no object made), else lists."""
    if isinstance(items, (LineBlocks, Spans)):
        return items.columns()
    return [b.start for b in items], [b.end for b in items]


def offsets(items: Sequence[Block] | Sequence[Span]) -> Iterable[tuple[int, int]]:
    """(start, end) of every block or span; from columns (LineBlocks, Spans) without making
    the objects, and as columns again (Ranges: Sites.holding reads them in numpy)."""
    return Ranges(*items.columns()) if isinstance(items, (LineBlocks, Spans)) else \
        ((b.start, b.end) for b in items)


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    format: str  # "text", "html", "markdown"
    text: str
    blocks: Sequence[Block]  # a tuple; plain text: LineBlocks
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    links: tuple[tuple[int, int, str], ...] = ()  # HTML: (start, end, href) of each web link
    suppressions: tuple[Suppression, ...] = ()  # inline `audit: ignore[...]` directives
    # Markdown: (start, end) of syntax a reader never sees (link brackets and targets, images,
    # "**"), blanked in the text the cues and extractors read.
    markup: tuple[tuple[int, int], ...] = ()
    # (text offset, source line) at which source lines are known; the text's own newlines
    # count from there. Empty: the text's lines are the file's (plain text). A third item, the
    # file's column of the text at that offset, for a line the text holds elsewhere than the
    # file does (Markdown's front-matter title, added as the text's first line; 0: unknown).
    line_anchors: tuple[tuple[int, ...], ...] = ()
    # HTML: the tree the blocks hang from, a row per block element in document order: its
    # parent among them (-1: none), its tag and the zone it is in.
    containers: tuple[tuple[int, str, str], ...] = ()
    # HTML: trafilatura's verdict on the blocks, asked by the segmenter only when it needs it
    # (it holds the parsed page until asked; the pipeline drops it after segmentation). Its
    # argument: the block elements (indices in containers) the extractor need not read.
    second_opinion: Callable[..., list[str] | None] | None = field(default=None, compare=False,
                                                                  repr=False)

    def source_line(self, offset: int) -> int:
        """1-based line in the file the article was read from."""
        i = bisect.bisect_right(self.line_anchors, (offset, float("inf"))) - 1
        if i < 0:
            return newlines(self.text, 0, offset) + 1
        at, line = self.line_anchors[i][:2]
        return line + newlines(self.text, at, offset) if self.format != "html" else line

    def source_column(self, offset: int) -> int:
        """1-based column in the file of a text offset (HTML: 1, the text was rebuilt from the
        markup, so a column in it means nothing in the file)."""
        if self.format == "html":
            return 1
        i = bisect.bisect_right(self.line_anchors, (offset, float("inf"))) - 1
        if i >= 0 and len(self.line_anchors[i]) > 2 and \
                newlines(self.text, self.line_anchors[i][0], offset) == 0:
            at, _, column = self.line_anchors[i]
            return column + offset - at if column else 1
        return line_col(self.text, offset)[1]


def newlines(text: str, start: int, end: int) -> int:
    """``text.count("\\n", start, end)`` by bisection in the text's line ends, found once per
    text: counted from the start for each finding, a text of many findings was quadratic."""
    ends = _line_ends(text)
    return bisect.bisect_left(ends, end) - bisect.bisect_left(ends, start) if end > start else 0


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``."""
    line = newlines(text, 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@functools.lru_cache(maxsize=2)  # the article being reported (and one before it)
def _line_ends(text: str) -> array:
    import numpy as np

    ends = array("q")
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    ends.frombytes(np.flatnonzero(points == 10).astype(np.int64).tobytes())
    return ends


@record
class Skipped:
    """A file a folder walk found and did not audit, and why: never dropped without a word."""

    path: str
    reason: str


@record
class Suppression:
    """An inline directive that silences findings, resolved to the range of text it covers.

    ``ignore`` covers the next block (paragraph); ``disable`` runs to the matching ``enable``
    or the end of the article. No codes: every rule.
    """

    kind: str  # "ignore" or "disable"
    codes: tuple[str, ...]  # as written: codes, prefixes or rule names
    reason: str | None
    start: int
    end: int
    line: int  # source line of the directive itself
    anchor: int  # text offset a finding about the directive points at


@record
class Span:
    kind: SpanKind
    start: int
    end: int


_KINDS = tuple(SpanKind)  # a span kind's code in Spans: its place here


class Spans(Sequence[Span]):
    """A document's spans, kept as columns (a byte for the kind, two offsets) and made into
    Span objects when read. Plain text's spans are one per line: a megabyte of short lines
    was 166,000 Span objects (20 MB) held until the batch reported, 2.8 MB as columns."""

    __slots__ = ("_kinds", "_starts", "_ends", "_selected")

    def __init__(self, kinds: bytes, starts: array, ends: array) -> None:
        self._kinds, self._starts, self._ends = kinds, starts, ends
        self._selected: dict[frozenset[SpanKind], Spans] | None = None  # of_kind's, kept

    @classmethod
    def from_offsets(cls, offsets: Iterable[tuple[int, int]], kinds: Iterable[SpanKind]) -> Spans:
        """The spans at these (start, end) offsets, of these kinds, in order."""
        code = {kind: i for i, kind in enumerate(_KINDS)}
        if isinstance(offsets, Ranges):  # a copy of the columns (blocks' offsets)
            starts, ends = (array("q", column) for column in offsets.columns())
        else:
            starts, ends = array("q"), array("q")
            for start, end in offsets:
                starts.append(start)
                ends.append(end)
        codes = bytes(map(code.__getitem__, kinds))
        if len(codes) != len(starts):
            raise ValueError(f"{len(starts)} offsets for {len(codes)} kinds")
        return cls(codes, starts, ends)

    def __len__(self) -> int:
        return len(self._kinds)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return Spans(self._kinds[i], self._starts[i], self._ends[i])
        return Span(_KINDS[self._kinds[i]], self._starts[i], self._ends[i])

    def __iter__(self) -> Iterator[Span]:
        kinds = _KINDS
        return (Span(kinds[k], s, e) for k, s, e in zip(self._kinds, self._starts, self._ends))

    def of_kind(self, *kinds: SpanKind) -> Spans:
        """The spans of these kinds, in order, still as columns (C loops: no span made). Kept
        for the same kinds asked again: the rules and extractors ask a page's spans of the
        same few kinds about 14 times (0.18 ms a page)."""
        if self._selected is None:
            self._selected = {}
        key = frozenset(kinds)  # the spans come in text order whatever the kinds' order
        selected = self._selected.get(key)
        if selected is None:
            selected = self._selected[key] = self._select(kinds)
        return selected

    def unselected(self) -> Spans:
        """The same spans without the selections of_kind kept: a batch holds every result
        until it reports, and they made a result of short lines about 7 times bigger."""
        return Spans(self._kinds, self._starts, self._ends)

    def _select(self, kinds: tuple[SpanKind, ...]) -> Spans:
        table = bytearray(256)
        for kind in kinds:
            table[_KINDS.index(kind)] = 1
        keep = self._kinds.translate(table)
        if keep.count(1) == len(keep):
            return self
        if len(keep) < _SELECT_IN_NUMPY_FROM:  # a page's few hundred: numpy's setup costs more
            return Spans(bytes(compress(self._kinds, keep)), array("q", compress(self._starts, keep)),
                         array("q", compress(self._ends, keep)))
        return Spans(*_kept(keep, self._kinds, self._starts, self._ends))

    def columns(self) -> tuple[array, array]:
        """The spans' starts and ends, as the arrays they are kept in."""
        return self._starts, self._ends

    def ranges(self) -> Ranges:
        """(start, end) of every span, as a sequence read from the columns (the extractors'
        ranges): 166,000 tuples of new ints were 20 MB."""
        return Ranges(self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._kinds == other._kinds and self._starts == other._starts and \
                self._ends == other._ends
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:  # equal to the tuple of its spans, so hashed as that tuple
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Spans({len(self)} spans)"

    def __reduce__(self):
        return Spans, (self._kinds, self._starts, self._ends)


_SELECT_IN_NUMPY_FROM = 2000  # spans


def _kept(keep: bytes, kinds: bytes, starts: array, ends: array) -> tuple[bytes, array, array]:
    """The columns' rows where ``keep`` (a byte a row) is 1, selected in numpy: an article
    asks for its spans of some kinds a dozen times, and on a megabyte of short lines each
    selection row by row was 40 ms."""
    import numpy as np

    mask = np.frombuffer(keep, dtype=np.bool_)
    out_starts, out_ends = array("q"), array("q")
    out_starts.frombytes(np.frombuffer(starts, dtype=np.int64)[mask].tobytes())
    out_ends.frombytes(np.frombuffer(ends, dtype=np.int64)[mask].tobytes())
    return np.frombuffer(kinds, dtype=np.uint8)[mask].tobytes(), out_starts, out_ends


class Ranges(Sequence[tuple[int, int]]):
    """(start, end) pairs read from two arrays of offsets, a tuple made when read."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, starts: array, ends: array) -> None:
        self._starts, self._ends = starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return Ranges(self._starts[i], self._ends[i])
        return self._starts[i], self._ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends)

    def columns(self) -> tuple[array, array]:
        """The starts and ends, as the arrays they are kept in."""
        return self._starts, self._ends

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # as a list

    def __repr__(self) -> str:
        return f"Ranges({len(self)} ranges)"


@record
class PartialDate:
    """A date as precise as the text gives it: day, month or year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return dt.date(self.year, self.month, self.day)
        if self.month:  # the month's length, not the next month's eve: December 9999 has none
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


@record
class DateMention:
    date: PartialDate
    start: int
    end: int
    text: str
    year_inferred: bool = False


@record
class Comment:
    author: str | None
    date: str | None
    text: str
    start: int
    end: int


@record
class Citation:
    publisher: str | None
    title: str | None
    author: str | None
    date: PartialDate | None
    start: int
    end: int
    raw: str
    kind: str = "entry"  # "entry" (a reference), "outlet" (a name in "Sources : …"), "agency"
    url: str | None = None  # the entry's web link, when the page links it


@record
class Quantity:
    value: float
    unit: str | None  # ISO currency code, a unit word ("km", "%"), or None for a bare count
    kind: str  # "money", "measure", "count", "percent", "duration", "ordinal"
    start: int
    end: int
    text: str
    approximate: bool = False
    qualifier: str | None = None  # "plus de", "moins de", ...
    decimals: int = 0  # digits after the decimal mark as written, for precision
    scale: float = 1.0  # "millions" -> 1e6: value / scale is the figure as written
    noun: str | None = None  # what is counted, for counts ("accords")
    # Half a unit of the last significant digit written, in the value's unit: "42,7 millions"
    # is ±50 000, "90 000" ±5 000 (trailing zeros of a whole number are not significant).
    precision: float = 0.0
    bound: str | None = None  # "lower" ("plus de", "at least"), "upper" ("moins de", "up to")
    subject: str | None = None  # content words before the figure in its clause ("la ville compte")
    # Money only: where its currency comes from. "written": the amount names it ("dollars
    # canadiens", "CA$", "USD", "$ US"); "default": the language's dollar for a "$" or a
    # "dollars" that names none (US); "territory": the currency of the country the page is
    # written for, for such a bare dollar or a bare "francs"; "article": the one the article
    # names elsewhere ("francs" beside "francs suisses").
    currency_from: str | None = None


@record
class Conversion:
    """A quantity restated in another currency or unit: "50 M$ [environ 42,7 M€]",
    "2 500 kilomètres (1 553 miles)"."""

    source: Quantity
    target: Quantity
    start: int
    end: int
    kind: str = "money"  # "money" or "measure"
    # "(aktuell rund 178 Milliarden Euro)": at the rate of the time of writing, not of the
    # event the sentence dates (NUM001 then counts from the article's latest date)
    current: bool = False
    # "X im Jahr, umgerechnet Y", "X (aktuell Y)": forms a restatement of another kind also
    # takes (per month, today's price); NUM001 reads them only at a rate the pair has had
    loose: bool = False


@record
class Attribution:
    """A named ("selon le Washington Post") or vague ("selon des informations") source."""

    name: str | None
    vague: bool
    start: int
    end: int
    text: str
    organisation: bool = False  # a publication or body ("le Figaro"), not a person
    kind: str = "cue"  # "cue" ("selon X"), "speech" ("said Superintendent Runcie", "officials said"),
    # "verb" (a speech verb whose speaker is not identifiable: "the survey reveals"), "study" (a name
    # looking into a subject: "Les Echos se penche sur"), "credit" (a reprint's or wire credit)

    @property
    def named(self) -> bool:
        return not self.vague and self.name is not None


@record
class Quote:
    text: str
    start: int
    end: int
    full_clause: bool
    attributed: bool


@record
class Disclosure:
    """A statement that AI took part in making this content ("Texte traduit par DeepL")."""

    start: int
    end: int
    text: str
    language: str
    form: str  # "statement", "label", "byline", "caption"
    act: str  # generated, assisted, translated, summarised, voiced, illustrated
    agent: str
    scope: str | None  # "key points", "image", "translation"… when the text says
    review: bool  # a human review or editorial responsibility is stated
    where: str  # the span kind it sits in, or "hidden" (markup a reader does not see)


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    evidence: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
