"""Markdown: front matter into metadata, block markers into tags. The text is the body, under
the front matter's title added as its first line (and a blank line) unless a line of the body
already states it: offsets count from that added line; lines and columns are the file's."""

from __future__ import annotations

import functools
import re
import sys

from audit import rx
from audit.load.decode import LoadError
from audit.load.directives import from_lines
from audit.load.metadata import language_of, region_of
from audit.load.provenance import (AI_GENERATOR, declaration, flag_claim, iptc_claim, is_false,
                                   summary)
from audit.load.text import line_blocks
from audit.lexicon import blank
from audit.model import Block, Document, line_col
from audit.titles import title_key

_FRONT = rx.compile(r"\A---\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKERS = [
    (rx.compile(r"^(#{1,6})\s+"), lambda m: f"h{len(m.group(1))}"),
    (rx.compile(r"^(?:[-*+]|\d+[.)])\s+"), lambda m: "li"),
    (rx.compile(r"^>\s?"), lambda m: "blockquote"),
]
# Front matter keys -> metadata, lowercased; the first of a target's keys present wins. Static
# site generators name the publication date their own way: Jekyll "date", Hugo "publishDate"
# (before its "date"), Astro "pubDate", schema.org-minded ones "datePublished".
_FRONT_KEYS = {"title": ("title",),
               "published": ("publishdate", "publish_date", "pubdate", "datepublished",
                             "date_published", "published_date", "publication_date",
                             "published_at", "publishedat", "published", "date"),
               "author": ("author", "authors"), "language": ("lang", "language")}
# Front matter keys that declare AI provenance (True: the key itself says "assisted"), and
# those that record a human review or editorial responsibility.
_AI_KEYS = {"ai_generated": False, "ai-generated": False, "ai": False, "ai_assisted": True,
            "ai-assisted": True, "ai_translated": True, "digital_source_type": False,
            "digitalsourcetype": False, "generator": False}
# Front matter keys a theme prints as the lead image's caption under the headline (Jekyll
# "image_caption", a theme's "fig-caption", PaperMod's "cover.caption"…): visible text once
# rendered, read as a caption line (round 46a fr26). Not "alt": a reader does not see it.
_CAPTION_KEYS = ("fig-caption", "fig_caption", "figcaption", "caption", "image_caption",
                 "image-caption", "imagecaption", "featured_image_caption", "cover_caption",
                 "header_caption", "photo_caption")
_CAPTION_PARENTS = ("image", "cover", "header", "featured_image", "hero", "thumbnail", "banner",
                    "feature", "photo")
_MOST_CAPTION_CHARS = 300
_REVIEW_KEYS = ("ai_reviewed", "human_review", "human_reviewed", "editorial_review",
                "reviewed_by", "editor", "editorial_responsibility")


# What a YAML type is called in a message about a value of it.
_KINDS = {"timestamp": "date", "int": "integer", "float": "number", "bool": "boolean"}


class _BadValue(Exception):
    """A value PyYAML parsed but Python cannot hold; where it is, and why."""

    def __init__(self, node, reason: str) -> None:
        shown = node.value if isinstance(node.value, str) else ""
        shown = repr(shown if len(shown) <= 40 else shown[:40] + "…")
        kind = _KINDS.get(node.tag.rsplit(":", 1)[-1], "value")
        super().__init__(f"{shown} is not a valid {kind}: {reason.rstrip('.')}")
        self.mark = node.start_mark


@functools.cache
def _loader() -> type:
    import yaml

    class Loader(yaml.SafeLoader):
        """safe_load's loader, where a value Python cannot hold (a timestamp "2025-13-45", an
        integer over Python's digit limit) is an error naming it, not a ValueError."""

        def construct_object(self, node, deep=False):
            try:
                value = super().construct_object(node, deep)
                if type(value) is int:
                    str(value)  # a huge hex integer is built, and would fail only when shown
                return value
            except (ValueError, OverflowError, TypeError) as exc:
                # int() says how to lift the limit, which is no advice for a file
                reason = f"more than {sys.get_int_max_str_digits()} digits" \
                    if "int_max_str_digits" in str(exc) else str(exc)
                raise _BadValue(node, reason) from None

    return Loader


def _where(mark, text: str, start: int) -> str:
    """A YAML mark as a line and column of the file, the front matter starting at ``start``
    (PyYAML counts lines from the block, and U+2028 as a line break too)."""
    line, column = line_col(text, start + mark.index)
    return f"line {line}, column {column}"


def _yaml_error(exc: Exception, text: str, start: int) -> str:
    """PyYAML's message on one line: what it was reading, the problem, and where."""
    import yaml

    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem:
        parts = [f"{exc.context} ({_where(exc.context_mark, text, start)})"
                 if exc.context and exc.context_mark else exc.context,
                 f"{exc.problem} ({_where(exc.problem_mark, text, start)})"
                 if exc.problem_mark else exc.problem]
        return ": ".join(p for p in parts if p)
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
        mark = yaml.Mark("", exc.position, 0, 0, None, None)
        return f"character U+{exc.character:04X} is not allowed ({_where(mark, text, start)})"
    return str(exc).splitlines()[0]


# Ten lines of YAML aliases can make a billion values, and a few thousand aliases of one long
# string a gigabyte of text; str() of them would hold the audit for minutes and gigabytes. A
# front matter has a few dozen values and a few kilobytes.
_MOST_VALUES = 10_000
_MOST_CHARACTERS = 1_000_000


def _characters(value: object) -> int:
    """About how many characters str() makes of a scalar, without calling it."""
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 3 + 2  # over the digits and sign: log10(2) < 1/3
    return 32  # a float, a date, None: short


def _too_big(data: object) -> str | None:
    """Why the parsed front matter is too big to be shown, or None. An alias is one object
    however often it is used, but each use counts, as str() would write it out again."""
    todo, count, characters = [data], 0, 0
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            items = [*item.keys(), *item.values()]
        elif isinstance(item, (list, tuple, set, frozenset)):  # tuples: !!omap and !!pairs
            items = list(item)
        else:
            characters += _characters(item)
            if characters > _MOST_CHARACTERS:
                return f"more than {_MOST_CHARACTERS:,} characters of values"
            continue
        count += len(items)
        if count > _MOST_VALUES:
            return f"more than {_MOST_VALUES:,} values"
        todo.extend(items)
    return None


def _parse(text: str, match: re.Match) -> object:
    import yaml  # only for front matter: 20 ms of a cold start otherwise

    try:
        data = yaml.load(match.group(1), Loader=_loader())  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        raise LoadError("front matter is not valid YAML: "
                        f"{_yaml_error(exc, text, match.start(1))}") from None
    except _BadValue as exc:
        raise LoadError(f"front matter: {exc} ({_where(exc.mark, text, match.start(1))})") from None
    except RecursionError:
        raise LoadError("front matter is nested too deeply to be read") from None
    too_big = _too_big(data)
    if too_big:
        raise LoadError(f"front matter holds {too_big} (YAML aliases repeated?)")
    return data


def _captions(data: dict) -> list[tuple[str, str]]:
    """(key, caption) of each lead image's caption the front matter gives, as one line."""
    found = [(k, data[k]) for k in _CAPTION_KEYS if k in data]
    found += [(k, v) for parent in _CAPTION_PARENTS if isinstance(data.get(parent), dict)
              for k, v in data[parent].items() if str(k).lower() == "caption"]
    out = []
    for key, value in found:
        line = " ".join(value.split()) if isinstance(value, str) else ""
        if line and len(line) <= _MOST_CAPTION_CHARS and line not in (c for _, c in out):
            out.append((str(key), line))
    return out


def _front_matter(text: str, name: str) -> tuple[dict, str, list[tuple[str, str]]]:
    match = _FRONT.match(text)
    if not match:
        return {}, text, []
    data = _parse(text, match) or {}
    if not isinstance(data, dict):
        raise LoadError("front matter is not a mapping of keys to values")
    data = {str(k).lower(): v for k, v in data.items()}
    meta: dict = {}
    for target, keys in _FRONT_KEYS.items():
        # Jekyll's "published: false" marks a draft: a flag, not a date
        value = next((data[k] for k in keys if data.get(k) not in (None, "", [])
                      and not isinstance(data[k], bool)), None)
        if isinstance(value, list):  # "authors: [Jane Doe, John Smith]"
            value = ", ".join(str(v) for v in value if v is not None) or None
        if value is not None:
            meta[target] = str(value)
    if meta.get("language"):
        # the region of "lang: fr-CH" says which francs, as <html lang> does
        region = region_of(meta["language"])
        if region:
            meta["territory"] = region
        meta["language"] = language_of(meta["language"])
    declared = []
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
    return meta, text[match.end():], _captions(data)


# A setext heading's underline: the line under the heading's text, "=" for an <h1>, "-" for
# an <h2> (CommonMark; a line of "-" after a blank line is a thematic break instead). Three
# "-" at least: a mail's "--" is its signature's delimiter ("Cordialement,\n--", review 2).
_SETEXT = rx.compile(r"[ ]{0,3}(?:=+|-{3,})[ \t]*")


def _setext(blocks: list[Block], body: str) -> list[Block]:
    """A paragraph right over a setext underline is a heading (round 38b r4: "Charlie Duke
    50 anni fa" over "=====" was read as a line of the menu, the page had no title); the
    underline is markup a reader never sees. Only a paragraph of one line: CommonMark takes
    a longer paragraph whole, and its last line alone is no heading ("… en octobre.\nElle a
    refusé de s'engager.\n---", a break written under prose, review 2)."""
    out = list(blocks)
    for k in range(1, len(out)):
        above, line = out[k - 1], out[k]
        alone = k < 2 or body[out[k - 2].end:above.start].count("\n") >= 2
        if not above.tag and above.zone != "markup" and _SETEXT.fullmatch(line.text) and \
                body[above.end:line.start].count("\n") <= 1 and alone and \
                "\n" not in above.text.strip():
            tag = "h1" if "=" in line.text else "h2"
            out[k - 1] = Block(above.start, above.end, above.text, tag=tag)
            out[k] = Block(line.start, line.end, line.text, line.tag, "markup")
    return out


def _with_tag(block: Block) -> Block:
    # The block keeps its marker ("## ") so that every character stays inside a span.
    for pattern, tag in _MARKERS:
        match = pattern.match(block.text)
        if match:
            return Block(block.start, block.end, block.text, tag=tag(match))
    return block


# Lines a site generator reads and a reader never sees: link reference definitions, Liquid
# and Jinja tags ("{% include … %}"), Hugo shortcodes ("{{< tweet … >}}"), HTML comments.
_MARKUP_LINE = rx.compile(r"[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*|\{%.*%\}|\{\{[<%].*[%>]\}\}"
                          r"|<!--.*-->|\{#.*#\}")
_COMMENT_OPENS = rx.compile(r"<!--(?!.*-->)")

# Web links, as the HTML loader keeps them: the linked text's offsets and the address.
_INLINE_LINK = rx.compile(r"(?<!!)\[([^\]\n]+)\]\([ \t]*<?(https?://[^)\s>]+)>?"
                          r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\)")
_REFERENCE_LINK = rx.compile(r"(?<!!)\[([^\]\n]+)\](?:\[([^\]\n]*)\])?(?![(:\[])")
_DEFINITION = rx.compile(r"^[ ]{0,3}\[([^\]\n]+)\]:[ \t]*<?(https?://[^\s>]+)>?", re.MULTILINE)
_AUTOLINK = rx.compile(r"<(https?://[^>\s]+)>")


def _markup(block: Block, in_comment: bool) -> tuple[Block, bool]:
    """The block in zone "markup" when it is a generator's line; whether an HTML comment is
    still open after it."""
    if in_comment or _MARKUP_LINE.fullmatch(block.text.strip()):
        closes = "-->" in block.text if in_comment else False
        return Block(block.start, block.end, block.text, block.tag, "markup"), \
            in_comment and not closes
    if _COMMENT_OPENS.search(block.text) and block.text.lstrip().startswith("<!--"):
        return Block(block.start, block.end, block.text, block.tag, "markup"), True
    return block, False


_IMAGE = rx.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_STRONG = rx.compile(r"\*\*|__(?=\w)|(?<=\w)__")


def _links(body: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int], ...]]:
    """(start, end, href) of each web link's text: inline ("[text](https://…)"), by reference
    ("[text][ref]", "[ref]" with "[ref]: https://…" below) and autolinks; and the syntax around
    them, images and strong emphasis as markup a reader does not see."""
    defined = {m.group(1).strip().lower(): m.group(2) for m in _DEFINITION.finditer(body)}
    found, markup = [], []
    for m in _INLINE_LINK.finditer(body):
        found.append((m.start(1), m.end(1), m.group(2)))
        markup += [(m.start(), m.start(1)), (m.end(1), m.end())]
    if defined:
        for m in _REFERENCE_LINK.finditer(body):
            href = defined.get((m.group(2) or m.group(1)).strip().lower())
            line_start = body.rfind("\n", 0, m.start()) + 1
            if href and not _DEFINITION.match(body, line_start):  # not the definition itself
                found.append((m.start(1), m.end(1), href))
                markup += [(m.start(), m.start(1)), (m.end(1), m.end())]
    for m in _AUTOLINK.finditer(body):
        found.append((m.start(1), m.end(1), m.group(1)))
        markup += [(m.start(), m.start(1)), (m.end(1), m.end())]
    markup += [m.span() for m in _IMAGE.finditer(body)]
    markup += [m.span() for m in _STRONG.finditer(body)]
    return tuple(sorted(found)), _apart(markup)


_FRONT_TITLE_LINE = rx.compile(r"^title[ \t]*:", re.MULTILINE | re.IGNORECASE)


def _front_headline(meta: dict, body: str, markup: tuple[tuple[int, int], ...]) -> str | None:
    """The front matter's title as one line, unless a line of the body already states it
    ("# L’amicale fête ses 50 ans" under "title: L'amicale fête ses 50 ans"): the same title
    as the segmenter reads it (titles.title_key), on the line as it reads it, its ``markup``
    ("**") blanked and its Markdown marker off."""
    title = " ".join(str(meta.get("title") or "").split())
    if not title:
        return None
    same = title_key(title)
    for line in blank(body, markup).splitlines():
        marker = next((m for p, _ in _MARKERS if (m := p.match(line))), None)
        if title_key(line[marker.end():] if marker else line) == same:
            return None
    return title


def _title_anchor(text: str, end: int, headline: str,
                  key: re.Pattern[str] = _FRONT_TITLE_LINE, offset: int = 0) -> tuple[int, int, int]:
    """(offset, line, column) in the file of the title's value, the added line's first character:
    after "title:" and a quote, or where a block scalar ("title: >") puts it; column 0 (unknown)
    when YAML's escapes or spacing made it another string than the file's. ``key``: another
    key's line (a caption's), its value added at ``offset`` of the text."""
    at = key.search(text, 0, end)
    if not at:
        return offset, 1, 0
    value = text.find(headline, at.end(), end)
    if value < 0:
        value = text.find(headline.split()[0], at.end(), end)
        known = value >= 0 and headline.startswith(text[value:text.find("\n", value, end)].strip())
    else:
        known = True
    if not known:
        return offset, text.count("\n", 0, at.start()) + 1, 0
    return offset, text.count("\n", 0, value) + 1, value - text.rfind("\n", 0, value)


def _apart(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The ranges in order, overlapping ones merged (a link inside an image's alt text)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return tuple(out)


def _title_line_end(meta: dict, body: str, markup: tuple[tuple[int, int], ...]) -> int:
    """Where the body's line stating the front matter's title ends (past its line break), the
    lead image's place under it; 0 when no line states it."""
    title = " ".join(str(meta.get("title") or "").split())
    if not title:
        return 0
    same, at = title_key(title), 0
    for line in blank(body, markup).splitlines(keepends=True):
        marker = next((m for p, _ in _MARKERS if (m := p.match(line))), None)
        at += len(line)
        if title_key((line[marker.end():] if marker else line).strip()) == same:
            return at if line.endswith("\n") else 0
    return 0


def _inserted(body: str, links: tuple, markup: tuple, at: int, add: str) -> tuple[str, tuple, tuple]:
    """The body with ``add`` inserted at ``at``, the links and markup from there moved past it
    (the front matter's title over the body, its captions under the headline)."""
    shift = len(add)
    return (body[:at] + add + body[at:],
            tuple((s + shift, e + shift, h) if s >= at else (s, e, h) for s, e, h in links),
            tuple((s + shift, e + shift) if s >= at else (s, e) for s, e in markup))


def _with_captions(text: str, end: int, body: str, captions: list[tuple[str, str]],
                   links: tuple, markup: tuple, anchors: tuple, at: int):
    """The body with the front matter's captions added as lines at ``at`` (under the headline,
    where the theme prints the lead image and its caption), the links, markup and line
    anchors moved past them, each caption's line anchored at its value in the front matter;
    and the offsets of the added lines."""
    added, lines, pos = [], [], at
    caption_anchors = []
    for key, caption in captions:
        added.append(pos)
        key_line = rx.compile(rf"^[ \t]*{re.escape(key)}[ \t]*:", re.MULTILINE | re.IGNORECASE)
        caption_anchors.append(_title_anchor(text, end, caption, key_line, pos))
        lines.append(caption + "\n\n")
        pos += len(lines[-1])
    add = "".join(lines)
    shift = len(add)
    body, links, markup = _inserted(body, links, markup, at, add)
    before = [a for a in anchors if a[0] < at]
    after = [(a[0] + shift, *a[1:]) for a in anchors if a[0] >= at]
    if not after:  # the body's own lines go on under the captions
        line = before[-1][1] + body.count("\n", before[-1][0], at) if before else 1
        after = [(at + shift, line)]
    return body, links, markup, tuple(before + caption_anchors + after), added


def load_markdown(text: str, *, name: str, encoding: str) -> Document:
    meta, body, captions = _front_matter(text, name)
    front_end = len(text) - len(body)
    # The front matter is not in the text (but its title, below); lines count from the file's first.
    first_line = text.count("\n", 0, front_end) + 1
    anchors: tuple[tuple[int, ...], ...] = ((0, first_line),)
    links, markup = _links(body)
    # A file of front matter alone (a Hugo "_index.md", a stub) has no article to head: a
    # title over no body would be a page without a body (SEG001, an error).
    headline = _front_headline(meta, body, markup) if body.strip() else None
    if headline:
        # The front matter's title is the page's headline, as an HTML <h1> is: a line of the
        # text, so that every rule reading the headline reads it (round 11: NUM003, NUM007
        # ignored it), found at its own line of the file.
        title = _title_anchor(text, front_end, headline)
        prefix = headline + "\n\n"
        body, links, markup = _inserted(body, links, markup, 0, prefix)
        anchors = (title, (len(prefix), first_line))
        first_line -= 2  # the body's lines still count from its own first line
    added: list[int] = []
    if captions and body.strip():
        body, links, markup, anchors, added = _with_captions(
            text, front_end, body, captions, links, markup, anchors,
            len(prefix) if headline else _title_line_end(meta, body, markup))
        first_line -= 2 * len(added)
    blocks, suppressions = from_lines(line_blocks(body), body, first_line, paragraphs=True)
    kept, in_comment = [], False
    for block in blocks:
        block, in_comment = _markup(_with_tag(block), in_comment)
        if block.start in added:  # the lead image's caption, as a <figcaption> is
            block = Block(block.start, block.end, block.text, tag="figcaption")
        kept.append(block)
    kept = _setext(kept, body)
    return Document(name=name, format="markdown", text=body, blocks=tuple(kept), meta=meta,
                    encoding=encoding, suppressions=suppressions,
                    line_anchors=anchors, links=links, markup=markup)
