"""Markdown: front matter into metadata, block markers into tags. The text keeps the body."""

from __future__ import annotations

import re

import yaml

from audit.load.decode import LoadError
from audit.load.text import line_blocks
from audit.model import Block, Document

_FRONT = re.compile(r"\A---\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKERS = [
    (re.compile(r"^(#{1,6})\s+"), lambda m: f"h{len(m.group(1))}"),
    (re.compile(r"^(?:[-*+]|\d+[.)])\s+"), lambda m: "li"),
    (re.compile(r"^>\s?"), lambda m: "blockquote"),
]
_FRONT_KEYS = {"title": "title", "date": "published", "published": "published",
               "author": "author", "lang": "language", "language": "language",
               "ai_generated": "ai_generated", "ai": "ai_generated", "ai_assisted": "ai_generated"}


def _front_matter(text: str, name: str) -> tuple[dict, str]:
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise LoadError(f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise LoadError("front matter is not a mapping of keys to values")
    meta = {_FRONT_KEYS[k]: str(v) for k, v in data.items() if k in _FRONT_KEYS and v is not None}
    return meta, text[match.end():]


def _with_tag(block: Block) -> Block:
    # The block keeps its marker ("## ") so that every character stays inside a span.
    for pattern, tag in _MARKERS:
        match = pattern.match(block.text)
        if match:
            return Block(block.start, block.end, block.text, tag=tag(match))
    return block


def load_markdown(text: str, *, name: str, encoding: str) -> Document:
    meta, body = _front_matter(text, name)
    blocks = [_with_tag(b) for b in line_blocks(body)]
    return Document(name=name, format="markdown", text=body, blocks=tuple(blocks), meta=meta,
                    encoding=encoding)
