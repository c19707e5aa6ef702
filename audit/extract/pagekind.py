"""What kind of page this is: a news article, another article, or a wiki entry, a forum thread,
a product page, a recipe, a listing, a scholarly paper. Citation rules are for news: on a
tutorial, a wiki entry or a product page nobody expects a sources list (measured: on the French
and English eval pages, CIT001 was wrong on 44 of 46 pages, mostly how-tos, docs and essays).

Markup decides (schema.org types of the page itself, og:type, the generator, the URL); with no
markup, a page is an article, the kind the tool is for. Measured on the 195 labelled French and
English pages of tests/data/page_kinds.tsv (bench/page_kinds.py).
"""

from __future__ import annotations

import re
from typing import Any

from audit import rx

_NEWS_TYPES = {"newsarticle", "reportagenewsarticle", "analysisnewsarticle",
               "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
               "askpublicnewsarticle", "factcheck", "claimreview", "liveblogposting"}
_ARTICLE_TYPES = _NEWS_TYPES | {"blogposting", "article", "techarticle", "report",
                                "socialmediaposting"}
_KINDS = [  # (kind, schema.org types), first match wins when no article type is present
    ("forum", {"qapage", "discussionforumposting", "question"}),
    ("recipe", {"recipe"}),
    ("product", {"product", "productgroup", "offer", "softwareapplication"}),
    ("listing", {"collectionpage", "itemlist", "searchresultspage"}),
    ("scholarly", {"scholarlyarticle", "medicalscholarlyarticle"}),
]
_WIKI_URL = rx.compile(r"/wiki/|\bwiki\.|\.fandom\.com/|/moin/", re.IGNORECASE)
_FORUM_URL = rx.compile(r"reddit\.com/r/|stackoverflow\.com/questions|stackexchange\.com/questions"
                        r"|/forum/|/forums/|/viewtopic\.php|/showthread\.php", re.IGNORECASE)


def page_kind(meta: dict[str, Any]) -> tuple[str, str]:
    """(kind, why): kind is news (news article markup), article (any other page with
    article markup or none), wiki, forum, product, recipe, listing or scholarly."""
    markup = meta.get("markup") or {}
    types = set(markup.get("schema_types") or [])
    generator = (markup.get("generator") or "").lower()
    url = meta.get("canonical") or ""
    if "mediawiki" in generator or _WIKI_URL.search(url):
        return "wiki", "MediaWiki generator" if "mediawiki" in generator else f"wiki URL {url}"
    if _FORUM_URL.search(url):
        return "forum", f"forum URL {url}"
    article = types & _ARTICLE_TYPES or ({"og:type article"} if markup.get("og_type") == "article" else set())
    for kind, names in _KINDS:
        if types & names and not (article and kind not in ("recipe", "forum", "scholarly")):
            return kind, "schema.org " + ", ".join(sorted(types & names))
    if markup.get("og_type") == "product":
        return "product", "og:type product"
    if types & _NEWS_TYPES:
        return "news", "schema.org " + ", ".join(sorted(types & _NEWS_TYPES))
    return "article", "schema.org " + ", ".join(sorted(article)) if article else "default"
