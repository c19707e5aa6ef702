"""Paths on the command line -> (name, bytes) pairs; unreadable ones become error results."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})


@dataclass(frozen=True)
class Input:
    name: str
    data: bytes | None
    error: str | None = None


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in SUFFIXES and not any(
                part.startswith(".") for part in path.relative_to(folder).parts):
            yield path


def expand(paths: list[str]) -> list[str | Path]:
    """Directories recursively (sorted, supported extensions), files as given, '-' for stdin."""
    out: list[str | Path] = []
    for raw in paths:
        if raw == "-":
            out.append("-")
            continue
        path = Path(raw)
        out.extend(_walk(path) if path.is_dir() else [path])
    return out


def read(item: str | Path) -> Input:
    if item == "-":
        return Input("<stdin>", sys.stdin.buffer.read())
    try:
        return Input(str(item), Path(item).read_bytes())
    except FileNotFoundError:
        return Input(str(item), None, "no such file")
    except IsADirectoryError:
        return Input(str(item), None, "is a directory")
    except OSError as exc:
        return Input(str(item), None, f"cannot read: {exc.strerror or exc}")
