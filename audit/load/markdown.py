"""Markdown: front matter into metadata, block markers into tags. The text keeps the body."""

from __future__ import annotations

import re

from audit import rx
from audit.load.decode import LoadError
from audit.load.directives import from_lines
from audit.load.provenance import (AI_GENERATOR, declaration, flag_claim, iptc_claim, is_false,
                                   summary)
from audit.load.text import line_blocks
from audit.model import Block, Document

_FRONT = rx.compile(r"\A---\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKERS = [
    (rx.compile(r"^(#{1,6})\s+"), lambda m: f"h{len(m.group(1))}"),
    (rx.compile(r"^(?:[-*+]|\d+[.)])\s+"), lambda m: "li"),
    (rx.compile(r"^>\s?"), lambda m: "blockquote"),
]
_FRONT_KEYS = {"title": "title", "date": "published", "published": "published",
               "author": "author", "lang": "language", "language": "language"}
# Front matter keys that declare AI provenance (True: the key itself says "assisted"), and
# those that record a human review or editorial responsibility.
_AI_KEYS = {"ai_generated": False, "ai-generated": False, "ai": False, "ai_assisted": True,
            "ai-assisted": True, "ai_translated": True, "digital_source_type": False,
            "digitalsourcetype": False, "generator": False}
_REVIEW_KEYS = ("ai_reviewed", "human_review", "human_reviewed", "editorial_review",
                "reviewed_by", "editor", "editorial_responsibility")


def _front_matter(text: str, name: str) -> tuple[dict, str]:
    match = _FRONT.match(text)
    if not match:
        return {}, text
    import yaml  # only for front matter: 20 ms of a cold start otherwise

    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise LoadError(f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise LoadError("front matter is not a mapping of keys to values")
    meta: dict = {_FRONT_KEYS[k]: str(v) for k, v in data.items() if k in _FRONT_KEYS and v is not None}
    declared = []
    data = {str(k).lower(): v for k, v in data.items()}
    for key, value in data.items():
        if key not in _AI_KEYS or value is None:
            continue
        if key == "generator":
            if AI_GENERATOR.search(str(value)):
                declared.append(declaration("front matter generator", value, "generated"))
            continue
        claim = iptc_claim(str(value)) if "source_type" in key or "sourcetype" in key else \
            flag_claim(value, _AI_KEYS[key])
        if claim:
            declared.append(declaration(f"front matter {key}", value, claim))
    if declared:
        meta["ai_provenance"] = declared
        meta["ai_generated"] = summary(declared)
    review = next((f"{k}: {data[k]}" for k in _REVIEW_KEYS
                   if data.get(k) is not None and not is_false(data[k])), None)
    if review:
        meta["ai_review"] = review
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
    # The front matter is not in the text; lines still count from the file's first.
    first_line = text.count("\n", 0, len(text) - len(body)) + 1
    blocks, suppressions = from_lines(line_blocks(body), body, first_line, paragraphs=True)
    return Document(name=name, format="markdown", text=body,
                    blocks=tuple(_with_tag(b) for b in blocks), meta=meta, encoding=encoding,
                    suppressions=suppressions, line_anchors=((0, first_line),))
