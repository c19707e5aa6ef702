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


def load(data: bytes | str, name: str = "<input>") -> Document:
    """Decode and parse one article. Raises LoadError with a one-line reason."""
    text, encoding = decode(data) if isinstance(data, bytes) else (data, "utf-8")
    # NFC: "é" is one character whether the page wrote it composed or not; soft hyphens and
    # zero-width spaces are invisible and would split words.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = strip_invisible(text)
    if not text.strip():
        raise LoadError("empty file: no text to audit")
    fmt = sniff_format(name, text)
    return _LOADERS[fmt](text, name=name, encoding=encoding)
