"""HTML -> Document: the visible text built from block elements, with metadata.

The page is parsed once with lxml (a millisecond where BeautifulSoup takes ten). Scripts,
styles and hidden elements are dropped. Each block element's text becomes one block, separated
by newlines, and every text node keeps its offset. The markup's hints travel with the block:
tag, zone (from ancestors' tags and class/id tokens), role inside a comment, its link text and
the block element holding it, in a tree of block elements (``Document.containers``). The
segmenter may ask trafilatura for its verdict on the blocks (``Document.second_opinion``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from audit import rx
from audit.lexicon import get_ai_lexicon, words_regex
from audit.load.decode import LoadError
from audit.load.directives import parse_directive, resolve
from audit.load.extractor import ASKED_AT_MOST, TrafilaturaOpinion
from audit.load.metadata import page_metadata
from audit.model import Block, Document

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul legend center".split())
SKIP_TAGS = frozenset("script style noscript template svg iframe head object canvas select "
                      "option textarea math".split())

# Innermost ancestor with a match decides the zone; order matters inside one element.
_ZONE_TOKENS = [
    # Other posts' latest comments, listed in a sidebar or footer: not this page's thread.
    ("related", rx.compile(r"(recent|latest|last|newest|aktuelle|neueste|letzte|derniers)[-_]?"
                           r"(comments?|kommentare|commentaires)|most[-_]?commented")),
    # SPIP calls its comment threads forums ("forum-fil", "forum-texte"); a bare "forum" is
    # mostly a link to the site's forum.
    # Spanish and Portuguese name a thread "comentarios": the word as a whole token, or joined
    # to a thread's or an article's word (El Mundo's "comentarios_lectores", round 40b r8; El
    # País's "articulo-comentarios__interior"). Not joined to a section's name: a column or a
    # taxonomy term ("comentarios-politica", pt "comentarios-economicos" over an article's body,
    # review S; cubadebate.cu's "internet-estallido-comentarios" on its <article>). Not the
    # German "Kommentar", an opinion piece's own label.
    ("comments", rx.compile(r"comment(?!ar)|disqus|wpdiscuz|respond|discussion|reactions|replies"
                            r"|^comentarios(?:$|__|[-_](?:lectores|usuarios|leitores|lista|hilo"
                            r"|interior|contenedor|caja|bloque|articulo|noticia|materia)(?:$|[-_]))"
                            r"|(?:^|[-_])(?:articulo|noticia|materia|lista|listado|caja|bloque|hilo|zona"
                            r"|seccion|modulo)[-_]comentarios"
                            r"|forum-(fil|message|texte|post|reply)")),
    ("share", rx.compile(r"share|sharing|social|sociable|addthis|addtoany|sharedaddy")),
    ("related", rx.compile(r"related|recommend|more-(stories|articles|posts)|read-?more|also-read"
                           r"|popular|trending|jp-relatedposts|yarpp|post-navigation|nav-links")),
    ("sources", rx.compile(r"^(sources?|references|bibliography|citations)$|article-sources")),
    ("disclosure", rx.compile(r"ai-disclosure|ai-notice|disclosure")),
    ("newsletter", rx.compile(r"newsletter|subscribe|signup|sign-up|paywall|promo|advert|^ads?$"
                              r"|^ad-|cookie|consent|banner")),
    ("nav", rx.compile(r"^nav|navbar|navigation|menu|breadcrumb|skip-link|masthead|site-header"
                       r"|topbar|top-bar")),
    ("footer", rx.compile(r"footer|colophon|copyright")),
    ("sidebar", rx.compile(r"sidebar|^widget|widget-area")),
    ("main", rx.compile(r"entry-content|article-body|post-content|article-content|story-body"
                        r"|field-name-body|field--name-body|node__content|^content$")),
]
_TAG_ZONES = {"nav": "nav", "footer": "footer", "aside": "sidebar",
              "article": "main", "main": "main"}
_ROLE_TOKENS = [
    ("reply", rx.compile(r"^reply$|comment-reply|reply-link|comment-actions")),
    ("date", rx.compile(r"comment-meta|comment-date|comment-time|commentmetadata|^date$")),
    # Not "comment-author-<user>": WordPress puts it on the whole comment of a registered user.
    ("author", rx.compile(r"^comment-author$|^comment-author-name$|comment__author|^fn$|^author$"
                          r"|comment-name|username")),
    ("text", rx.compile(r"comment-content|comment-text|comment-body-text|^text$")),
]
_WS = rx.compile(r"[ \t\n\r\f\v]+")  # not \s: a no-break space is meant
_NEEDS_WORK = rx.compile(r"[\t\n\r\f\v]|  ")  # most text nodes need no collapsing
_HIDDEN_STYLE = rx.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


_NONE = 99
# Any of the patterns above (tests/test_load.py checks the screen below against it).
_ANY_HINT = rx.compile("|".join(f"(?:{p.pattern})" for _, p in _ZONE_TOKENS + _ROLE_TOKENS))


def _first_of(table: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    """A pattern that matches a token's start when one of the table's occurs in it, its last
    group ("_3") naming the first that does: an alternation tries its branches in order, each
    "(?s:.*?)" trying the positions a search would. One call in C where a search a pattern
    took up to fifteen from Python."""
    return rx.compile("|".join(f"(?s:.*?)(?:{p.pattern})(?P<_{n}>)"
                               for n, (_, p) in enumerate(table)))


_ZONE_FIRST, _ROLE_FIRST = _first_of(_ZONE_TOKENS), _first_of(_ROLE_TOKENS)
# Every match of a pattern above holds one of these (tests/test_load.py draws matches of each
# and checks): as a trie, re skips through a token to the letters they open with, sparing the
# patterns three tokens in five, and most class strings all theirs. A page's class strings are
# mostly new to the caches below in an archive of many sites.
_HINT_WORDS = rx.compile(words_regex([
    "comment", "comentarios", "kommentare", "disqus", "wpdiscuz", "respond", "discussion", "reactions",
    "replies", "forum-", "shar", "soci", "ad", "related", "recommend", "more-", "read", "popular",
    "trending", "yarpp", "nav", "source", "references", "bibliography", "citations",
    "disclosure", "ai-notice", "newsletter", "subscribe", "signup", "sign-up", "paywall", "promo",
    "cookie", "consent", "banner", "menu", "breadcrumb", "skip-link", "masthead", "site-header",
    "topbar", "top-bar", "footer", "colophon", "copyright", "sidebar", "widget", "article-body",
    "story-body", "name-body", "content", "reply", "date", "fn", "author", "username", "text"],
    caseless=False))


@functools.lru_cache(maxsize=16384)
def _token_hints(token: str) -> tuple[int, int]:
    """Priority of the zone and the role one class or id token names (_NONE if none)."""
    if not _HINT_WORDS.search(token):
        return _NONE, _NONE
    zone, role = _ZONE_FIRST.match(token), _ROLE_FIRST.match(token)
    return (int(zone.lastgroup[1:]) if zone else _NONE,
            int(role.lastgroup[1:]) if role else _NONE)


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings ("menu-item …")
def _hints(classes: str, ident: str) -> tuple[str, str]:
    """(zone, role) named by an element's class and id tokens; the tables' order is priority."""
    tokens = f"{classes} {ident}".lower()
    if not _HINT_WORDS.search(tokens):  # its words hold no white space: no token holds one
        return "", ""
    zone = role = _NONE
    for token in tokens.split():
        if token.startswith("js-"):
            continue  # a script's hook ("js-read-more" folds a comment), not what the block is
        z, r = _token_hints(token)
        zone, role = min(zone, z), min(role, r)
    return (_ZONE_TOKENS[zone][0] if zone < _NONE else "",
            _ROLE_TOKENS[role][0] if role < _NONE else "")


def _zone_and_role(classes: str | None, ident: str | None, tag: str) -> tuple[str, str]:
    zone, role = _hints(classes or "", ident or "") if classes or ident else ("", "")
    return zone or _TAG_ZONES.get(tag, ""), "date" if tag == "time" else role


def _holds_h1(el: Any) -> bool:
    """The element holds an <article> or <main> with a headline in it: a thread sits after or
    beside the article, never around it (its own "Kommentare (56)" may be an <h1>, not in
    an article). Asked of a thread's outermost element only (a page has one or two)."""
    return any(next(a.iter("h1", "{*}h1"), None) is not None
               for a in el.iter("article", "main", "{*}article", "{*}main"))


_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "hide", "display-none"})


# A display class at a screen width: Tailwind's "hidden lg:flex" and Bootstrap's "d-none
# d-lg-block" hide an element on small screens only (a desktop layout's article, often). Not
# "print:block" or "group-hover:block": shown on paper or under the pointer only.
_SHOWN_AT_A_WIDTH = rx.compile(
    r"(?:[\w-]+:)*(?:sm|md|lg|xl|2xl|min-\[[^\]]+\]):(?:block|flex|grid|inline|inline-block|"
    r"inline-flex|inline-grid|table|contents|flow-root|list-item)"
    r"|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|inline-flex|grid|inline-grid|"
    r"table|table-cell|table-row)")


@functools.lru_cache(maxsize=4096)
def _hiding_classes(classes: str) -> bool:
    tokens = classes.lower().split()
    return not _HIDDEN_CLASSES.isdisjoint(tokens) and \
        not any(_SHOWN_AT_A_WIDTH.fullmatch(t) for t in tokens)


def _hidden(attrs: Any, classes: str | None) -> bool:
    """``classes``: attrs.get("class"), which the walk reads once for this and the zone."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if classes and _hiding_classes(classes):
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


class _Builder:
    """Accumulates the document text block by block."""

    def __init__(self) -> None:
        self.chrome: list[Any] = []  # outermost nav, footer and form elements
        # Scripts, styles, SVG drawings and asides: trafilatura removes them itself, after
        # copying the tree twice and running its XPaths over them (extractor.py).
        self.unread: list[Any] = []
        self.hidden: list[Any] = []  # hidden elements, read only for AI provenance notes
        self.parts: list[str] = []
        self.length = 0
        self.rows: list[tuple] = []  # Block fields
        self.pending: list[str] = []
        self.open_links: list[tuple[int, str, Any]] = []  # (index in pending, href, element)
        self.link_marks: list[tuple[int, int, str]] = []  # (first, end index in pending, href)
        self.links: list[tuple[int, int, str]] = []  # (start, end, href) in the document text
        self.has_text = False
        self.context: tuple[str, str, str] = ("", "", "")
        self.line: int | None = None  # source line of the block's first visible text
        self.lines: list[int | None] = []  # per row
        self.directives: list[tuple] = []  # (Directive, index of the next row, source line)
        self.parents: list[tuple[int, str, str]] = []  # per block element: parent, tag, zone
        # The block elements themselves, as parents lists them; None past ASKED_AT_MOST: the
        # extractor is not asked about such a page, and a 10 MB page has 600,000 of them.
        self.elements: list[Any] | None = []
        self.open: list[int] = [-1]  # the block elements the walk is inside
        self.in_link = 0  # depth of <a href> elements the walk is inside
        self.linked: list[int] = []  # indices in pending of the pieces added inside them

    def add(self, text: str, context: tuple[str, str, str], line: int | None = None) -> None:
        if not self.has_text:  # the block takes the context of its first visible text
            self.context = context
            self.line = line
            self.has_text = not text.isspace()
        if self.in_link:
            self.linked.append(len(self.pending))
        self.pending.append(text)

    def directive(self, el: Any) -> None:
        found = parse_directive(el.text or "")
        if found is not None:  # it covers the block after the one in progress
            self.directives.append((found, len(self.rows) + self.has_text, el.sourceline))

    def flush(self) -> None:
        if self.open_links:  # a link around block elements ("<a><h3>…</h3><p>…</p></a>"):
            # its text in this block is its own too, and it goes on in the next.
            self.link_marks += [(first, len(self.pending), href)
                                for first, href, _ in self.open_links]
            self.open_links = [(0, href, el) for _, href, el in self.open_links]
        linked, self.linked = self.linked, []
        if not self.has_text:
            # Links around white space only: left, they would mark the next block's text.
            self.pending, self.link_marks = [], []
            return
        self.has_text = False
        if len(self.pending) == 1 and not linked and not self.link_marks:
            self._flush_one(self.pending[0])  # most blocks: one text node, no link
            return
        # Collapse whitespace node by node so each text node keeps its offset in the text.
        out, nodes, at = "", [], []
        for raw in self.pending:
            at.append(len(out))
            piece = _WS.sub(" ", raw) if _NEEDS_WORK.search(raw) else raw
            if not out or out[-1] == " ":
                piece = piece.lstrip(" ")
            if piece and not piece.isspace():
                lead = len(piece) - len(piece.lstrip(" "))
                nodes.append((len(out) + lead, len(out) + len(piece.rstrip(" "))))
            out += piece
        at.append(len(out))
        marks, self.link_marks = self.link_marks, []
        self.pending = []
        text = out.rstrip(" ")
        if not text:
            return
        # link text counted once collapsed, as the text is
        base = self._put(text, nodes, sum([min(at[k + 1], len(text)) - min(at[k], len(text))
                                           for k in linked]) if linked else 0)
        for first, end, href in marks:
            s, e = at[min(first, len(at) - 1)], min(at[min(end, len(at) - 1)], len(text))
            if e > s:
                self.links.append((base + s, base + e, href))

    def _flush_one(self, raw: str) -> None:
        """flush() of a block of one text node and no link: the same row, made directly."""
        self.pending = []
        piece = (_WS.sub(" ", raw) if _NEEDS_WORK.search(raw) else raw).lstrip(" ")
        text = piece.rstrip(" ")
        if text:
            self._put(text, () if piece.isspace() else ((0, len(text)),), 0)

    def _put(self, text: str, nodes: Any, linked: int) -> int:
        """Add a block's row (``nodes``: offsets in its text); returns its start."""
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        tag, zone, role = self.context
        base = self.length
        self.rows.append((base, base + len(text), text, tag, zone, role,
                          tuple([(base + a, base + b) for a, b in nodes]), None, self.open[-1],
                          linked))
        self.lines.append(self.line)
        self.parts.append(text)
        self.length += len(text)
        return base


_ENTER, _EXIT = 0, 1
_BLOCK, _LINK = 1, 2  # what an element opened, undone when the walk leaves it
_MAX_HIDDEN = 200
_CHROME = frozenset({"nav", "footer"})  # not <form>: ASP.NET pages wrap everything in one
_UNREAD = frozenset({"script", "style", "svg"})  # skipped, and removed by trafilatura too


def _walk(root: Any, builder: _Builder, skip: frozenset[str] = SKIP_TAGS) -> None:
    """Depth-first over the tree without recursion: real pages nest deeper than the limit."""
    add, flush = builder.add, builder.flush
    stack: list[tuple[Any, tuple[str, str, str], int, int]] = [(root, ("", "", ""), _ENTER, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        el, context, phase, flags = pop()
        if phase == _ENTER:
            tag = el.tag
            attrs = el.attrib
            classes = attrs.get("class") if attrs else None
            if not isinstance(tag, str) or tag in skip or (attrs and _hidden(attrs, classes)):
                if tag in _UNREAD:
                    builder.unread.append(el)
                elif attrs and isinstance(tag, str) and tag not in skip and len(builder.hidden) < _MAX_HIDDEN:
                    builder.hidden.append(el)
                elif not isinstance(tag, str) and "audit" in (el.text or "")[:16]:
                    builder.directive(el)  # <!-- audit: ignore[CODE] reason="…" -->
                if el.tail:  # comments and skipped elements still end with the parent's text
                    add(el.tail, context, el.sourceline)
                continue
            if "}" in tag:
                tag = tag.rsplit("}", 1)[-1].lower()
            if tag == "br":
                if builder.pending:
                    flush()
                if el.tail:
                    add(el.tail, context, el.sourceline)
                continue
            outer_tag, zone, role = context
            if tag == "form" and zone == "comments":
                zone = "form"  # a comment form is not a comment, nor is anything in it
            elif zone != "form" and tag not in ("html", "body"):
                if attrs:
                    own_zone, own_role = _zone_and_role(classes, attrs.get("id"), tag)
                else:
                    own_zone, own_role = _TAG_ZONES.get(tag, ""), "date" if tag == "time" else ""
                if tag in _CHROME and zone not in _CHROME:  # by tag: class names mislead too often
                    builder.chrome.append(el)
                elif tag == "aside":  # walked (a sidebar may hold a note), but trafilatura drops it
                    builder.unread.append(el)
                if zone == "related" and own_zone == "comments":
                    own_zone = ""  # "recent comments" lists hold comment markup: still a list
                elif own_zone == "comments" and zone != "comments" and _holds_h1(el):
                    own_zone = ""  # a layout wrapper ("page-discussion") around the article: no thread
                elif zone == "comments" and own_zone == "main":
                    own_zone = ""  # a comment's own body ("field-name-body"): still the thread
                zone, role = own_zone or zone, own_role or role
            block = tag in BLOCK_TAGS
            inner = (tag if block else outer_tag, zone, role)
            if block:
                if builder.pending:
                    flush()
                builder.open.append(len(builder.parents))
                builder.parents.append((builder.open[-2], tag, zone))
                if builder.elements is not None:
                    builder.elements.append(el)
                    if len(builder.elements) > ASKED_AT_MOST:
                        builder.elements = None
            link = tag == "a" and "href" in attrs
            if link:
                builder.in_link += 1
                if attrs["href"].startswith(("http://", "https://")):
                    builder.open_links.append((len(builder.pending), attrs["href"], el))
            flags = (_BLOCK if block else 0) | (_LINK if link else 0)
            if el.text:
                add(el.text, inner, el.sourceline)
            if len(el):  # else it is left below at once, not pushed and popped (most are)
                push((el, context, _EXIT, flags))
                for child in reversed(el):
                    push((child, inner, _ENTER, 0))
                continue
        if flags & _LINK:
            builder.in_link -= 1
            if builder.open_links and builder.open_links[-1][2] is el:
                first, href, _ = builder.open_links.pop()
                builder.link_marks.append((first, len(builder.pending), href))
        if flags & _BLOCK:
            if builder.pending:  # else there is nothing to flush (most block ends)
                flush()
            builder.open.pop()
        if el.tail:
            add(el.tail, context, el.sourceline)
    flush()


_XML_DECLARATION = rx.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Soft hyphens and zero-width spaces written as entities (load() strips the raw characters).
_INVISIBLE_ENTITIES = rx.compile(r"&(?:shy|#173|#x[aA][dD]|#8203|#x200[bB]|ZeroWidthSpace);")


@functools.cache
def _html_classes() -> Any:
    import lxml.etree
    import lxml.html

    return lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def parse(text: str) -> Any:
    """The lxml document of a page; raises LoadError when there is no document."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)  # nesting up to 2048, not 256
    # lxml.html picks each element's class in Python, at every proxy made (a tenth of the
    # walk); the same classes chosen in C, but the form widgets' own, which nothing reads.
    parser.set_element_class_lookup(_html_classes())
    try:
        # lxml refuses str input that declares its own encoding.
        source = _INVISIBLE_ENTITIES.sub("", _XML_DECLARATION.sub("", text, count=1))
        root = lxml.html.document_fromstring(source, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise LoadError(f"cannot parse HTML: {exc}") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 silently drops what lies deeper; better no audit than a wrong one.
        raise LoadError("HTML nests elements deeper than 2048 levels: cannot be read faithfully")
    return root


def _hidden_ai_text(elements: list[Any]) -> list[str]:
    """Short texts of hidden elements that name an AI agent: a disclosure a reader never sees."""
    lex = get_ai_lexicon()
    texts = []
    for el in elements:
        text = _WS.sub(" ", el.text_content() or "").strip()
        if text and len(text) <= 600 and lex.may_name_agent(text):
            texts.append(text)
    return texts[:20]


def load_html(text: str, *, name: str, encoding: str) -> Document:
    root = parse(text)
    meta = page_metadata(root)
    body = root.find("body")
    body = body if body is not None else root
    builder = _Builder()
    _walk(body, builder)
    if not builder.rows:
        # A stray <noscript> in <head> makes the parser put the whole page inside it.
        builder = _Builder()
        _walk(body, builder, SKIP_TAGS - {"noscript"})
    if not builder.rows:
        raise LoadError("HTML has no visible text")
    hidden = _hidden_ai_text(builder.hidden)
    if hidden:
        meta["hidden_ai_text"] = hidden
    text = "".join(builder.parts)
    starts = [row[0] for row in builder.rows]
    found = [(d, index, line or 1, starts[index] if index < len(starts) else len(text))
             for d, index, line in builder.directives]
    return Document(name=name, format="html", text=text,
                    blocks=tuple(Block(*row) for row in builder.rows),
                    meta=meta, encoding=encoding, links=tuple(builder.links),
                    suppressions=resolve(found, starts, [row[1] for row in builder.rows],
                                         len(text)) if found else (),
                    line_anchors=tuple((row[0], line) for row, line in
                                       zip(builder.rows, builder.lines) if line),
                    containers=tuple(builder.parents),
                    second_opinion=TrafilaturaOpinion(root, builder.chrome + builder.unread,
                                                      [row[2] for row in builder.rows],
                                                      builder.elements or []))
