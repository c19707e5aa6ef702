"""Web archives: where each record starts and ends, checked here; the records themselves
parsed by warcio.

warcio's iterator trusts each record's Content-Length and each gzip member: a garbled length
swallowed the records after it into one, a corrupt member stopped the file there (and printed
zlib's message on stderr), a record cut short was read as whole. Here a record is whole only
if its header ends, its Content-Length is a number, its block is all there and is followed by
the blank lines that end a record (in a .warc.gz: its gzip member decompresses, checksum
included, and holds that record alone). A damaged record is an entry with its cause; the scan
then goes on at the next record start: a "WARC/1.x" line in a plain file, a gzip member that
decompresses to one in a compressed file (members are independent). The plan and the reader
scan from the same offsets, so they agree on every record's number and cause.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

GZIP_MAGIC = b"\x1f\x8b\x08"
HEAD_MAX = 1 << 16  # a record's headers must end within this many bytes
TAIL = 64  # what may follow a record in its gzip member: blank lines only
BLOCK = 1 << 16
_VERSION = re.compile(rb"WARC/[01]\.\d+\r?\n")
_LENGTH = re.compile(rb"^content-length:[ \t]*(\S*)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_BLANK = b" \t\r\n\x00"


class Entry(NamedTuple):
    number: int  # 1-based, every record counted (requests and metadata too)
    offset: int  # where the record (or its gzip member) starts
    cause: str | None  # why it cannot be read; None for a whole record


def entries(f: BinaryIO) -> Iterator[Entry]:
    """Every record of the archive, whole or damaged, in order."""
    size = _size(f)
    gz = _peek(f, 0, 2) == GZIP_MAGIC[:2]
    at, number = _skip_blank(f, 0, size), 0
    while at < size:
        number += 1
        after, cause = _verdict(f, at, size, gz)
        yield Entry(number, at, cause)
        if cause is None:
            at = _skip_blank(f, after, size)
        elif after is None:
            return
        else:
            at = after


def check(f: BinaryIO, offset: int) -> str | None:
    """Why the record at ``offset`` cannot be read (as ``entries`` says it), or None."""
    return _verdict(f, offset, _size(f), _peek(f, 0, 2) == GZIP_MAGIC[:2])[1]


def _verdict(f: BinaryIO, at: int, size: int, gz: bool) -> tuple[int | None, str | None]:
    """(where the scan goes on, why the record at ``at`` is damaged or None): after a whole
    record, its end; after a damaged one, the next record start (None: there is none)."""
    after, cause = _check(f, at, size, gz)
    if cause is None:
        return after, None
    following = _next_start(f, at + 1, size, gz) if after == _NOT_LOOKED else after
    return following, _damage(cause, at, following, size)


def _damage(cause: str, at: int, following: int | None, size: int) -> str:
    if following is None and not cause.startswith("cut short"):  # the rest is lost with it
        return f"{cause}; no record can be read from byte {at} to the end (byte {size})"
    return cause


_NOT_LOOKED = -1  # _check's first value for a damaged record whose successor it did not seek


def _check(f: BinaryIO, at: int, size: int, gz: bool) -> tuple[int | None, str | None]:
    """(the record's end, None) for a whole record; for a damaged one (the next record start
    if it was looked for already, else _NOT_LOOKED; why)."""
    if gz:
        return _check_member(f, at, size)
    head = _peek(f, at, HEAD_MAX)
    parsed = _header(head)
    if isinstance(parsed, str):
        return _NOT_LOOKED, parsed
    block_start, length = parsed
    end = at + block_start + length
    if end > size:
        following = _next_start(f, at + 1, size, gz)
        if following is not None and following < end:
            return following, f"its Content-Length ({length}) runs past the next record, at " \
                              f"byte {following}"
        return following, f"cut short: its Content-Length says {length} bytes, the file " \
                          f"holds {size - at - block_start}"
    if not _ends_record(_peek(f, end, 2)):
        return _NOT_LOOKED, f"its Content-Length ({length}) does not end where the record ends"
    return end, None


def _check_member(f: BinaryIO, at: int, size: int) -> tuple[int | None, str | None]:
    if _peek(f, at, 3) != GZIP_MAGIC:
        return _NOT_LOOKED, "not the start of a gzip member"
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    head, tail, total, read_to = bytearray(), b"", 0, at
    f.seek(at)
    while not inflate.eof:
        data = f.read(BLOCK)
        if not data:
            return _NOT_LOOKED, "cut short: the file ends inside its gzip member"
        read_to += len(data)
        while data and not inflate.eof:
            try:  # bounded: a small member may inflate to gigabytes
                out = inflate.decompress(data, BLOCK)
            except zlib.error as exc:
                return _NOT_LOOKED, f"its gzip member is corrupt ({_zlib_cause(exc)})"
            data = inflate.unconsumed_tail
            total += len(out)
            tail = (tail + out)[-TAIL:]
            if len(head) < HEAD_MAX:
                head += out[:HEAD_MAX - len(head)]
    end = read_to - len(inflate.unused_data)
    parsed = _header(bytes(head))
    if isinstance(parsed, str):
        return _NOT_LOOKED, parsed
    block_start, length = parsed
    extra = total - block_start - length
    if extra < 0:
        return _NOT_LOOKED, f"cut short: its Content-Length says {length} bytes, its gzip " \
                            f"member holds {total - block_start}"
    if extra > len(tail) or tail[len(tail) - extra:].strip(_BLANK):
        return _NOT_LOOKED, "its gzip member holds more than this record (readers expect one " \
                            "per member)"
    return end, None


def _header(head: bytes) -> tuple[int, int] | str:
    """(where the record's block starts, its Content-Length), or why there is none."""
    if not _VERSION.match(head):
        return "no WARC header (a line \"WARC/1.0\") where the record should start"
    ends = [i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0]
    if not ends:
        return f"its header does not end within {HEAD_MAX} bytes"
    stop = min(ends)
    block_start = stop + (4 if head.startswith(b"\r\n\r\n", stop) else 2)
    found = _LENGTH.search(head, 0, stop + 1)
    if not found:
        return "its header has no Content-Length"
    value = found.group(1)
    if not value.isdigit():
        return f"its Content-Length is not a number ({value.decode('latin-1')!r})"
    return block_start, int(value)


def _ends_record(after: bytes) -> bool:
    # A record's block is followed by blank lines (two CRLFs), or by the end of the file.
    return after == b"" or after.startswith((b"\r\n", b"\n"))


def _next_start(f: BinaryIO, start: int, size: int, gz: bool) -> int | None:
    """The next offset from ``start`` where a record begins, or None."""
    needle = GZIP_MAGIC if gz else b"\nWARC/"
    at = start
    while at < size:
        found = _find(f, needle, at, size)
        if found is None:
            return None
        candidate = found if gz else found + 1
        if _starts_record(f, candidate, gz):
            return candidate
        at = found + 1
    return None


def _starts_record(f: BinaryIO, at: int, gz: bool) -> bool:
    if not gz:
        return bool(_VERSION.match(_peek(f, at, 16)))
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:  # a false start inside compressed data fails within its first bytes
        first = inflate.decompress(_peek(f, at, 4096), 16)
    except zlib.error:
        return False
    return bool(_VERSION.match(first))


def _find(f: BinaryIO, needle: bytes, start: int, size: int) -> int | None:
    at = start
    while at < size:
        data = _peek(f, at, BLOCK + len(needle))
        found = data.find(needle)
        if found >= 0:
            return at + found
        at += BLOCK
    return None


def _skip_blank(f: BinaryIO, at: int, size: int) -> int:
    while at < size:
        data = _peek(f, at, BLOCK)
        kept = data.lstrip(_BLANK)
        if kept:
            return at + len(data) - len(kept)
        at += len(data)
    return size


def _zlib_cause(exc: zlib.error) -> str:
    # "Error -3 while decompressing data: incorrect data check" -> "incorrect data check"
    return str(exc).split(": ", 1)[-1]


def _peek(f: BinaryIO, at: int, n: int) -> bytes:
    f.seek(at)
    return f.read(n)


def _size(f: BinaryIO) -> int:
    f.seek(0, 2)
    return f.tell()
