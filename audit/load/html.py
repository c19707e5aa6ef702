"""HTML -> Document: the visible text built from block elements, with metadata.

Scripts, styles and hidden elements are dropped. Each block element's text becomes one block,
separated by newlines; the markup's hints (tag, zone from ancestors' tags and class/id tokens,
role inside a comment) travel with the block so the segmenter can weigh them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from audit.load.decode import LoadError
from audit.model import Block, Document

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul legend center".split())
SKIP_TAGS = frozenset("script style noscript template svg iframe head object canvas select "
                      "option textarea math".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())

# Innermost ancestor with a match decides the zone; order matters inside one element.
_ZONE_TOKENS = [
    ("comments", re.compile(r"comment|disqus|wpdiscuz|respond|discussion|reactions|replies")),
    ("share", re.compile(r"share|sharing|social|sociable|addthis|addtoany|sharedaddy")),
    ("related", re.compile(r"related|recommend|more-(stories|articles|posts)|read-?more|also-read"
                           r"|popular|trending|jp-relatedposts|yarpp|post-navigation|nav-links")),
    ("sources", re.compile(r"^(sources?|references|bibliography|citations)$|article-sources")),
    ("disclosure", re.compile(r"ai-disclosure|ai-notice|disclosure")),
    ("newsletter", re.compile(r"newsletter|subscribe|signup|sign-up|paywall|promo|advert|^ads?$"
                              r"|^ad-|cookie|consent|banner")),
    ("nav", re.compile(r"^nav|navbar|navigation|menu|breadcrumb|skip-link|masthead|site-header"
                       r"|topbar|top-bar")),
    ("footer", re.compile(r"footer|colophon|copyright")),
    ("sidebar", re.compile(r"sidebar|^widget|widget-area")),
    ("main", re.compile(r"entry-content|article-body|post-content|article-content|story-body"
                        r"|field-name-body|field--name-body|node__content|^content$")),
]
_TAG_ZONES = {"nav": "nav", "footer": "footer", "aside": "sidebar", "form": "form",
              "article": "main", "main": "main"}
_ROLE_TOKENS = [
    ("reply", re.compile(r"^reply$|comment-reply|reply-link|comment-actions")),
    ("date", re.compile(r"comment-meta|comment-date|comment-time|commentmetadata|^date$")),
    ("author", re.compile(r"comment-author|^fn$|^author$|comment-name|username")),
    ("text", re.compile(r"comment-content|comment-text|comment-body-text|^text$")),
]
_WS = re.compile(r"[ \t\n\r\f\v]+")  # not \s: a no-break space is meant
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _tokens(el: Any) -> list[str]:
    classes = el.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    ident = el.get("id")
    return [c.lower() for c in classes] + ([ident.lower()] if ident else [])


def _zone_of(el: Any) -> str:
    if el.name == "form":  # a comment form is not a comment
        return "form"
    tokens = _tokens(el)
    for zone, pattern in _ZONE_TOKENS:
        if any(pattern.search(t) for t in tokens):
            return zone
    return _TAG_ZONES.get(el.name, "")


def _role_of(el: Any) -> str:
    if el.name == "time":
        return "date"
    tokens = _tokens(el)
    for role, pattern in _ROLE_TOKENS:
        if any(pattern.search(t) for t in tokens):
            return role
    return ""


_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "hide", "display-none"})


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if _HIDDEN_CLASSES.intersection(c.lower() for c in el.get("class") or []):
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


class _Builder:
    """Accumulates the document text block by block."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.pending: list[str] = []
        self.context: tuple[str, str, str] = ("", "", "")

    def add(self, text: str, context: tuple[str, str, str]) -> None:
        if not self.pending or not "".join(self.pending).strip():
            self.context = context
        self.pending.append(text)

    def flush(self) -> None:
        # Collapse whitespace node by node so each text node keeps its offset in the text.
        out, nodes = "", []
        for raw in self.pending:
            piece = _WS.sub(" ", raw)
            if not out or out.endswith(" "):
                piece = piece.lstrip(" ")
            if piece.strip():
                lead = len(piece) - len(piece.lstrip(" "))
                nodes.append((len(out) + lead, len(out) + len(piece.rstrip(" "))))
            out += piece
        self.pending = []
        text = out.rstrip(" ")
        if not text:
            return
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        tag, zone, role = self.context
        base = self.length
        self.blocks.append(Block(base, base + len(text), text, tag, zone, role,
                                 tuple((base + a, base + b) for a, b in nodes)))
        self.parts.append(text)
        self.length += len(text)


def _walk(root: Any, builder: _Builder, skip: frozenset[str] = SKIP_TAGS) -> None:
    from bs4 import NavigableString, Comment, Doctype, ProcessingInstruction, Declaration

    skip_strings = (Comment, Doctype, ProcessingInstruction, Declaration)
    # Iterative walk: real pages nest deeper than Python's recursion limit.
    stack: list[tuple[Any, tuple[str, str, str], bool]] = [(root, ("", "", ""), False)]
    while stack:
        node, context, closing = stack.pop()
        if closing:
            builder.flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, skip_strings):
                builder.add(str(node), context)
            continue
        name = node.name
        if name in skip or _hidden(node):
            continue
        if name == "br":
            builder.flush()
            continue
        tag, zone, role = context
        if name not in ("html", "body") and zone != "form":  # nothing in a form is content
            zone = _zone_of(node) or zone
            role = _role_of(node) or role
        if name in BLOCK_TAGS or name in HEADINGS:
            tag = name
            builder.flush()
            stack.append((node, context, True))
        for child in reversed(node.contents):
            stack.append((child, (tag, zone, role), False))
    builder.flush()


def _json_ld(soup: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue  # broken JSON-LD is common; the visible text still counts
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                items.append(item)
                stack.extend(v for v in item.get("@graph", []) if isinstance(v, dict))
            elif isinstance(item, list):
                stack.extend(item)
    return items


_META_KEYS = {
    "published": ["article:published_time", "datePublished", "date", "dc.date", "pubdate",
                  "publish-date", "sailthru.date", "parsely-pub-date"],
    "modified": ["article:modified_time", "dateModified", "og:updated_time"],
    "author": ["author", "article:author", "dc.creator", "parsely-author"],
    "site_name": ["og:site_name", "application-name"],
    "title": ["og:title", "twitter:title"],
    "ai_generated": ["ai-generated", "ai_generated", "generated-by-ai", "iptc:digitalsourcetype",
                     "digitalsourcetype"],
}


def _metadata(soup: Any) -> dict[str, Any]:
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip()
        value = (tag.get("content") or "").strip()
        if key and value:
            found.setdefault(key.lower(), value)
    meta: dict[str, Any] = {}
    for field, keys in _META_KEYS.items():
        for key in keys:
            if key.lower() in found:
                meta[field] = found[key.lower()]
                break
    for item in _json_ld(soup):
        for field, key in (("published", "datePublished"), ("modified", "dateModified"),
                           ("title", "headline")):
            if isinstance(item.get(key), str):
                meta.setdefault(field, item[key])
        author = item.get("author")
        if isinstance(author, dict) and isinstance(author.get("name"), str):
            meta.setdefault("author", author["name"])
    generator = found.get("generator", "")
    if re.search(r"\b(gpt|chatgpt|openai|claude|gemini|llm|ai writer|jasper)\b", generator, re.I):
        meta.setdefault("ai_generated", f"generator: {generator}")
    if "published" not in meta:
        time = soup.find("time", attrs={"datetime": True})
        if time is not None:
            meta["published"] = time["datetime"]
    html = soup.find("html")
    if html is not None and html.get("lang"):
        meta["language"] = html["lang"].split("-")[0].lower()
    canonical = soup.find("link", rel="canonical")
    if canonical is not None and canonical.get("href"):
        meta["canonical"] = canonical["href"]
    if soup.title and soup.title.string and "title" not in meta:
        meta["title"] = soup.title.string.strip()
    return meta


def load_html(text: str, *, name: str, encoding: str) -> Document:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning  # lazy: plain text never pays for it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML is still a page
            soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # lxml raises assorted errors on pathological markup
        raise LoadError(f"cannot parse HTML: {exc}") from None
    meta = _metadata(soup)
    body = soup.body or soup
    builder = _Builder()
    _walk(body, builder)
    if not builder.blocks:
        # A stray <noscript> in <head> makes lxml put the whole page inside it.
        builder = _Builder()
        _walk(body, builder, SKIP_TAGS - {"noscript"})
    if not builder.blocks:
        raise LoadError("HTML has no visible text")
    return Document(name=name, format="html", text="".join(builder.parts),
                    blocks=tuple(builder.blocks), meta=meta, encoding=encoding)
