"""Stage 1: bytes or str -> Document. Text encodings, formats, block offsets."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

from audit.load.decode import LoadError, decode, strip_invisible
from audit.load.html import load_html
from audit.load.markdown import load_markdown
from audit.load.text import load_text
from audit.model import Document

__all__ = ["LoadError", "load", "sniff_format"]

_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
               ".html": "html", ".htm": "html", ".xhtml": "html"}
_LOADERS = {"text": load_text, "markdown": load_markdown, "html": load_html}


def sniff_format(name: str, text: str) -> str:
    """By extension first, then by looking at the start of the text."""
    fmt = _EXTENSIONS.get(PurePath(name).suffix.lower())
    if fmt:
        return fmt
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "</p>" in head:
        return "html"
    if head.startswith("---\n") or any(line.startswith("# ") for line in head.splitlines()[:5]):
        return "markdown"
    return "text"


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{round(n / 1000, 1):g} KB"


def check_size(size: int, max_size: int | None, what: str = "text") -> None:
    """``size`` characters of text (or bytes of a file, which hold at most as many)."""
    limit = None if max_size is None else max_size * (4 if what == "file" else 1)
    if limit is not None and size > limit:
        raise LoadError(f"{what} is {_megabytes(size)}, over the size limit of "
                        f"{_megabytes(max_size)} of text (--max-size)")


def load(data: bytes | str, name: str = "<input>", max_size: int | None = None) -> Document:
    """Decode and parse one article. Raises LoadError with a one-line reason.

    ``max_size`` bounds the decoded text, in characters; bytes beyond four per character
    cannot be under it, so such input is refused before decoding."""
    if isinstance(data, bytes) and max_size is not None:
        check_size(len(data), max_size, "file")
    text, encoding = decode(data) if isinstance(data, bytes) else (data, "utf-8")
    check_size(len(text), max_size)
    # NFC: "é" is one character whether the page wrote it composed or not; soft hyphens and
    # zero-width spaces are invisible and would split words.
    if "\r" in text:  # one fast scan; two replacements copy a page's source twice
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = strip_invisible(text)
    if not text.strip():
        raise LoadError("empty file: no text to audit")
    fmt = sniff_format(name, text)
    return _LOADERS[fmt](text, name=name, encoding=encoding)
