"""What `audit batch` reads: files and folders (as `audit check`), globs, JSON Lines or
Parquet files holding one article per row, and web archives (WARC, through warcio: each HTML
response is an article named by its URL).

The plan is a list of small descriptors (which file, which row), never the articles
themselves: the data is read chunk by chunk where it is audited.
"""

from __future__ import annotations

import bisect
import glob
import json
import os
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, overload

from audit.cli.inputs import Input, _display, iter_expand, read
from audit.settings import Settings

ROW_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def _kind(path: str | Path) -> str | None:
    name = str(path).lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return ROW_SUFFIXES.get(Path(name).suffix)
# Tried in this order: HTML first, since a page says more (metadata, structure) than its text.
TEXT_COLUMNS = ("html", "raw_html", "content_html", "text", "content", "body", "maintext",
                "article", "raw_content")
ID_COLUMNS = ("id", "url", "uri", "doc_id", "uuid", "key", "warc_record_id")
_GLOB_CHARS = set("*?[")


class SourceError(Exception):
    """An input that cannot be planned: a glob matching nothing, a table with no text column."""


class Item(NamedTuple):
    """One article to audit: a file, or a row of a JSON Lines or Parquet file."""
    kind: str  # "file", "jsonl", "parquet", "warc"
    path: str
    pos: int = 0  # jsonl: byte offset of the line; parquet: row index; warc: record offset
    row: int = 0  # jsonl: line number (1-based); parquet: row number; warc: record number
    text_column: str | None = None
    id_column: str | None = None
    settings: int = 0  # index into Plan.settings


_KINDS = ("file", "jsonl", "parquet", "warc")


class Items(Sequence[Item]):
    """The plan's articles as columns, an Item made when read: a resumable run keeps its plan
    to the end, and 100,000 files as named tuples and stat tuples were 41 MB beside the paths'
    own strings."""

    __slots__ = ("_kinds", "_paths", "_pos", "_rows", "_pairs", "_columns", "_column",
                 "_settings")

    def __init__(self, items: Iterable[Item] = ()) -> None:
        self._kinds, self._paths = bytearray(), []
        self._pos, self._rows = array("q"), array("q")
        # The distinct (text, id) column pairs: their numbers, and each number's pair.
        self._pairs: dict[tuple[str | None, str | None], int] = {}
        self._columns: list[tuple[str | None, str | None]] = []
        self._column, self._settings = array("l"), array("l")
        self.extend(items)

    def append(self, item: Item) -> None:
        pair = (item.text_column, item.id_column)
        column = self._pairs.setdefault(pair, len(self._pairs))
        if column == len(self._columns):
            self._columns.append(pair)
        self._kinds.append(_KINDS.index(item.kind))
        self._paths.append(item.path)
        self._pos.append(item.pos)
        self._rows.append(item.row)
        self._column.append(column)
        self._settings.append(item.settings)

    def extend(self, items: Iterable[Item]) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return len(self._paths)

    def __iter__(self) -> Iterator[Item]:
        columns = self._columns
        for kind, path, pos, row, column, settings in zip(
                self._kinds, self._paths, self._pos, self._rows, self._column, self._settings):
            yield Item(_KINDS[kind], path, pos, row, *columns[column], settings)

    @overload
    def __getitem__(self, i: int) -> Item: ...
    @overload
    def __getitem__(self, i: slice) -> list[Item]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        text, ident = self._columns[self._column[i]]
        return Item(_KINDS[self._kinds[i]], self._paths[i], self._pos[i], self._rows[i], text,
                    ident, self._settings[i])


class Stats:
    """(file, size, mtime_ns) of each input file, as columns (the path shared with its items),
    read back in order."""

    __slots__ = ("_paths", "_sizes", "_times")

    def __init__(self) -> None:
        self._paths: list[str] = []
        self._sizes, self._times = array("q"), array("q")

    def append(self, stat: tuple[str, int, int]) -> None:
        self._paths.append(stat[0])
        self._sizes.append(stat[1])
        self._times.append(stat[2])

    def __len__(self) -> int:
        return len(self._paths)

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        return zip(self._paths, self._sizes, self._times)


@dataclass
class Plan:
    items: Items = field(default_factory=Items)
    settings: list[Settings] = field(default_factory=list)
    skipped: list = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)  # (file, size, mtime_ns)


def plan(paths: list[str], resolver, text_column: str | None = None,
         id_column: str | None = None) -> Plan:
    """Every article the command line names, in a stable order."""
    out = Plan()
    index: dict[Settings, int] = {}

    def settings_of(path: str | Path) -> int:
        s = resolver.settings_for(path)
        if s not in index:
            index[s] = len(out.settings)
            out.settings.append(s)
        return index[s]

    def wanted(path: Path, walked: bool):
        verdict = resolver.wanted(path, walked)
        if verdict is not True and verdict and _kind(path):
            return True  # a folder of crawl files is read too
        return verdict

    for path in iter_expand(_globbed(paths), wanted, out.skipped):
        if path == "-":
            raise SourceError("standard input is not read by `audit batch`; give files or folders")
        kind, name = _kind(path), str(path)
        if kind and Path(path).is_file():
            st = Path(path).stat()
            out.stats.append((name, st.st_size, st.st_mtime_ns))
            reader = {"jsonl": _jsonl_items, "parquet": _parquet_items, "warc": _warc_items}[kind]
            out.items.extend(reader(name, settings_of(path), text_column, id_column))
        else:
            out.stats.append((name, *_stat(path)))
            out.items.append(Item("file", name, settings=settings_of(path)))
    return out


def _stat(path) -> tuple[int, int]:
    try:
        st = os.stat(path)
        return st.st_size, st.st_mtime_ns
    except OSError:
        return -1, -1


def _globbed(paths: list[str]) -> list[str]:
    out = []
    for raw in paths:
        if os.path.exists(raw) or not _GLOB_CHARS & set(raw):
            out.append(raw)
            continue
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            raise SourceError(f"{raw}: no file matches")
        out.extend(matches)
    return out


def _pick(columns: list[str], wanted: str | None, candidates: tuple[str, ...], path: str,
          what: str) -> str | None:
    if wanted:
        if wanted not in columns:
            raise SourceError(f"{path}: no column {wanted!r} (columns: {', '.join(columns)})")
        return wanted
    lowered = {c.lower(): c for c in columns}
    found = next((lowered[c] for c in candidates if c in lowered), None)
    if found is None and what == "text":
        raise SourceError(f"{path}: no text or HTML column among {', '.join(columns) or 'none'} "
                          "(name one with --text-column)")
    return found


def _jsonl_items(path: str, settings: int, text_column: str | None,
                 id_column: str | None) -> Iterator[Item]:
    columns = None
    offset = 0
    with open(path, "rb") as f:
        for number, line in enumerate(f, 1):
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            if columns is None:  # the first row checks the file is a crawl and the flags
                columns = _first_keys(line, path, number)
                _pick(columns, text_column, TEXT_COLUMNS, f"{path}:{number}", "text")
                _pick(columns, id_column, ID_COLUMNS, f"{path}:{number}", "id")
            # Unnamed columns are chosen row by row, where the row is read: a crawl's rows do
            # not all hold the same columns (one row `html`, the next `text`).
            yield Item("jsonl", path, start, number, text_column, id_column, settings)


def _first_keys(line: bytes, path: str, number: int) -> list[str]:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise SourceError(f"{path}:{number}: not a JSON object: {exc}") from None
    if not isinstance(obj, dict):
        raise SourceError(f"{path}:{number}: not a JSON object")
    return list(obj)


def _parquet_items(path: str, settings: int, text_column: str | None,
                   id_column: str | None) -> Iterator[Item]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path)
    columns = meta.schema_arrow.names
    text = _pick(columns, text_column, TEXT_COLUMNS, path, "text")
    ident = _pick(columns, id_column, ID_COLUMNS, path, "id")
    for i in range(meta.metadata.num_rows):
        yield Item("parquet", path, i, i + 1, text, ident, settings)


def _warcio():
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise SourceError("reading WARC files needs warcio: pip install 'article-audit[warc]'") \
            from None
    return ArchiveIterator


def _is_page(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    headers = record.http_headers
    kind = headers.get_header("Content-Type") if headers else \
        record.rec_headers.get_header("Content-Type")
    return bool(kind) and ("html" in kind.lower() or kind.lower().startswith("text/"))


def _warc_items(path: str, settings: int, text_column: str | None,
                id_column: str | None) -> Iterator[Item]:
    """One item per HTML (or text) response or resource record; requests, metadata and
    images are not articles. A damaged record is an item too: its row says why."""
    from audit.cli.archive import warc

    archive = _warcio()
    try:
        f = open(path, "rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with f:
        for entry in warc.entries(f):
            if entry.cause is not None or _page_at(archive, f, entry.offset):
                yield Item("warc", path, entry.offset, entry.number, None, "WARC-Target-URI",
                           settings)


def _page_at(archive, f, offset: int) -> bool:
    """Whether the whole record at ``offset`` is an article; one warcio cannot parse is kept,
    so that its row says why."""
    f.seek(offset)
    try:
        return _is_page(next(iter(archive(f))))
    except Exception:  # warcio raises many kinds on a record it cannot parse
        return True


# --- reading, where the chunk is audited -------------------------------------------------

def read_items(items: list[Item], max_size: int | None) -> list[tuple[Input, str]]:
    """(input to audit, name to report) for each item, in order. The audited name carries
    the format a row's column implies; the reported name is its id, or file:row."""
    out: list[tuple[Input, str] | None] = [None] * len(items)
    rows: dict[tuple[str, str], list[int]] = {}
    for i, item in enumerate(items):
        if item.kind == "file":
            got = read(Path(item.path), max_size)
            out[i] = (got, got.name)
        else:
            rows.setdefault((item.kind, item.path), []).append(i)
    for (kind, path), indices in rows.items():
        reader = {"jsonl": _read_jsonl, "parquet": _read_parquet, "warc": _read_warc}[kind]
        for i, got in zip(indices, reader(path, [items[i] for i in indices])):
            out[i] = _row_input(items[i], *got)
    return out


def _row_input(item: Item, value, ident, error: str | None,
               column: str | None = None) -> tuple[Input, str]:
    name = str(ident) if ident is not None and ident != "" else f"{_display(item.path)}:{item.row}"
    column = column or item.text_column
    if error is None and not isinstance(value, (str, bytes)):
        error = f"no text in column {column!r}" if value is None else \
            f"column {column!r} holds {type(value).__name__}, not text"
    hint = "row.html" if item.kind == "warc" or "html" in (column or "").lower() else "row"
    return Input(hint, value if error is None else None, error), name


def _each_item(path: str, items: list[Item], read: Callable[[Any, Item], tuple]):
    """``read(file, item)`` for each item of a file opened once; if it cannot be opened, an
    error row for each."""
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield from ((None, None, f"cannot read {path}: {exc.strerror or exc}") for _ in items)
        return
    with f:
        for item in items:
            yield read(f, item)


def _read_jsonl(path: str, items: list[Item]):
    def read(f, item: Item) -> tuple:
        f.seek(item.pos)
        try:
            obj = json.loads(f.readline())
        except ValueError as exc:
            return None, None, f"line {item.row} is not JSON: {exc}"
        if not isinstance(obj, dict):
            return None, None, f"line {item.row} is not a JSON object"
        text, error = _row_column(obj, item)
        ident = item.id_column or next(
            (c for c in _present(obj, ID_COLUMNS) if obj[c] not in (None, "")), None)
        return (obj.get(text) if text else None), (obj.get(ident) if ident else None), error, text

    return _each_item(path, items, read)


def _present(obj: dict, candidates: tuple[str, ...]) -> list[str]:
    """The row's keys among ``candidates``, in their order (case ignored, as at planning)."""
    lowered = {str(k).lower(): k for k in obj}
    return [lowered[c] for c in candidates if c in lowered]


def _row_column(obj: dict, item: Item) -> tuple[str | None, str | None]:
    """The text column of one JSON Lines row, and an error naming its file and line when it
    has none: the named column, else the first candidate holding a value."""
    where = f"{_display(item.path)}, line {item.row}"
    keys = ", ".join(map(str, obj)) or "none"
    if item.text_column:
        if item.text_column not in obj:
            return None, f"{where}: no column {item.text_column!r} (its columns: {keys})"
        return item.text_column, None
    present = _present(obj, TEXT_COLUMNS)
    if not present:
        return None, (f"{where}: no text or HTML column among {keys} "
                      "(name one with --text-column)")
    # A null column is an absent one: a crawler writes `"html": null` beside its text.
    return next((c for c in present if obj[c] is not None), present[0]), None


def _read_warc(path: str, items: list[Item]):
    """The payload of each record (HTTP chunking and compression undone by warcio) and its
    URL, read from the record's offset once its bounds are checked."""
    from audit.cli.archive import warc

    archive = _warcio()

    def read(f, item: Item) -> tuple:
        damage = warc.check(f, item.pos)
        if damage is not None:  # a damaged record costs only its own row
            return None, None, f"record {item.row}, at byte {item.pos}, is damaged: {damage}"
        f.seek(item.pos)
        try:
            record = next(iter(archive(f)))
            return record.content_stream().read(), \
                record.rec_headers.get_header("WARC-Target-URI"), None
        except Exception as exc:  # warcio raises many kinds on a record it cannot parse
            return None, None, f"record {item.row}, at byte {item.pos}, cannot be read: {exc}"

    return _each_item(path, items, read)


def _read_parquet(path: str, items: list[Item]):
    import pyarrow.parquet as pq

    columns = [c for c in (items[0].text_column, items[0].id_column) if c]
    table = pq.ParquetFile(path)
    starts, total = [], 0  # first row of each row group
    for g in range(table.metadata.num_row_groups):
        starts.append(total)
        total += table.metadata.row_group(g).num_rows
    groups: dict[int, object] = {}
    for item in items:
        g = bisect.bisect_right(starts, item.pos) - 1
        if g not in groups:  # a chunk's rows are consecutive: a group or two per chunk
            groups = {g: table.read_row_group(g, columns=columns).to_pydict()}
        data = groups[g]
        at = item.pos - starts[g]
        yield data[item.text_column][at], data[item.id_column][at] if item.id_column else None, None
