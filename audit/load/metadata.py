"""Page metadata from the lxml tree: meta tags, JSON-LD, <time>, <html lang>, canonical URL
(and the date in it)."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from audit import rx
from audit.load.provenance import AI_GENERATOR, declaration, flag_claim, iptc_claim, summary

_META_KEYS = {
    "published": ["article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
                  "pubdate", "publish-date", "publishdate", "sailthru.date", "parsely-pub-date",
                  "og:published_time"],
    "modified": ["article:modified_time", "datemodified", "og:updated_time", "last-modified"],
    "author": ["author", "article:author", "dc.creator", "parsely-author", "byl"],
    "site_name": ["og:site_name", "application-name", "publisher"],
    "title": ["og:title", "twitter:title", "dc.title"],
}
# Meta tags that declare AI provenance: yes/no flags, and IPTC digital source types.
_AI_FLAGS = {"ai-generated": False, "ai_generated": False, "generated-by-ai": False,
             "ai-content": False, "ai-assisted": True, "ai_assisted": True}
_AI_SOURCE_TYPES = ("iptc:digitalsourcetype", "digitalsourcetype", "digital-source-type",
                    "iptc4xmpext:digitalsourcetype", "xmp:digitalsourcetype")
_IMAGE_TYPES = frozenset({"imageobject", "photograph", "mediaobject", "videoobject", "audioobject"})
_REGION = rx.compile(r"^[A-Za-z]{2,3}[-_]([A-Za-z]{2})(?![A-Za-z])")


def language_of(tag: str) -> str:
    """A language tag's language, as the rules and lexicons name it: "fr-FR", "fr_CA", "FR"
    -> "fr" (round 40a r4: front matter "lang: fr-FR" left every French rule off)."""
    return tag.strip().split("-")[0].split("_")[0].lower()


def region_of(tag: str) -> str | None:
    """A language tag's country, upper case: "fr-CH", "fr_CH" -> "CH" (which francs)."""
    region = _REGION.search(tag.strip())
    return region.group(1).upper() if region else None


# A country-code top-level domain ("lematin.ch"); those sold as generic names say nothing.
_TLD = rx.compile(r"^https?://[^/:?#]+\.([a-z]{2})(?:[:/?#]|$)", re.IGNORECASE)
_GENERIC_TLDS = {"io", "co", "tv", "me", "ai", "fm", "ly", "to", "cc", "ws", "eu"}
_URL_DATE = rx.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def _json_ld(scripts: list[Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in scripts:
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue  # broken JSON-LD is common; the visible text still counts
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph", [])
                if isinstance(graph, list):
                    stack.extend(v for v in graph if isinstance(v, dict))
            elif isinstance(item, list):
                stack.extend(item)
    return items


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", "")
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def _source_types(item: dict[str, Any], scope: str, depth: int = 0):
    """(scope, value) of every digitalSourceType in a JSON-LD item and the objects it holds
    (an article's image is scope "image")."""
    if depth > 4:
        return
    value = item.get("digitalSourceType")
    if isinstance(value, dict):
        value = value.get("@id")
    if isinstance(value, str):
        yield scope, value
    for key, child in item.items():
        for sub in child if isinstance(child, list) else [child]:
            if isinstance(sub, dict) and key != "@graph":
                sub_scope = "image" if key in ("image", "thumbnail", "associatedMedia") or \
                    _types(sub) & _IMAGE_TYPES else scope
                yield from _source_types(sub, sub_scope, depth + 1)


def _ai_provenance(found: dict[str, str], items: list[dict[str, Any]], links: list[Any]) -> list[dict]:
    declared = []
    for key, assisted in _AI_FLAGS.items():
        claim = flag_claim(found[key], assisted) if key in found else None
        if claim:
            declared.append(declaration(f"meta {key}", found[key], claim))
    for key in _AI_SOURCE_TYPES:
        if key in found and iptc_claim(found[key]):
            declared.append(declaration(f"meta {key}", found[key], iptc_claim(found[key])))
    for item in items:
        scope = "image" if _types(item) & _IMAGE_TYPES else "article"
        for where, value in _source_types(item, scope):
            claim = iptc_claim(value)
            if claim:
                declared.append(declaration("JSON-LD digitalSourceType", value, claim, where))
    for link in links:  # microdata: <link itemprop="digitalSourceType" href=…>
        if (link.get("itemprop") or "").lower() == "digitalsourcetype" and iptc_claim(link.get("href") or ""):
            declared.append(declaration("microdata digitalSourceType", link.get("href"),
                                        iptc_claim(link.get("href"))))
    generator = found.get("generator", "")
    if AI_GENERATOR.search(generator):
        declared.append(declaration("meta generator", generator, "generated"))
    return declared


def _c2pa(links: list[Any], found: dict[str, str]) -> str | None:
    """A referenced C2PA manifest: <link rel="c2pa-manifest" href=…> or a meta tag."""
    for link in links:
        if "c2pa" in (link.get("rel") or "").lower() and link.get("href"):
            return link.get("href")
    return found.get("c2pa-manifest") or found.get("c2pa")


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    if isinstance(value, list) and value:
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


# The elements metadata is read from, gathered in one pass over the tree (a pass a tag took
# as long as one for them all).
_READ = ("meta", "script", "link", "time", "title")


@functools.cache
def _itemtypes() -> Any:
    """The itemtype attributes of the elements under the root: libxml2 lists them in a fifth
    of the time it takes to list the elements that have one (".//*[@itemtype]")."""
    import lxml.etree

    return lxml.etree.XPath("descendant::*/@itemtype")


def page_metadata(root: Any) -> dict[str, Any]:
    read: dict[str, list[Any]] = {tag: [] for tag in _READ}
    for el in root.iter(*_READ):
        read[el.tag].append(el)
    found: dict[str, str] = {}
    for tag in read["meta"]:
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = (tag.get("content") or "").strip()
        if key and value:
            found.setdefault(key, value)
    meta: dict[str, Any] = {}
    for field, keys in _META_KEYS.items():
        for key in keys:
            if key in found:
                meta[field] = found[key]
                break
    items = _json_ld(read["script"])
    for item in items:
        for field, key in (("published", "datePublished"), ("modified", "dateModified"),
                           ("title", "headline")):
            if isinstance(item.get(key), str):
                meta.setdefault(field, item[key])
        author = _name(item.get("author"))
        if author:
            meta.setdefault("author", author)
    types = sorted({k for item in items for k in _types(item) if k})
    types += sorted({str(kind).rstrip("/").rsplit("/", 1)[-1].lower()
                     for kind in _itemtypes()(root)} - set(types))
    meta["markup"] = {"schema_types": types, "og_type": found.get("og:type", "").lower() or None,
                      "generator": found.get("generator") or None}
    provenance = _ai_provenance(found, items, read["link"])
    if provenance:
        meta["ai_provenance"] = provenance
        meta["ai_generated"] = summary(provenance)
    manifest = _c2pa(read["link"], found)
    if manifest:
        meta["c2pa_manifest"] = manifest
    if "published" not in meta:
        for time in read["time"]:
            if time.get("datetime"):
                meta["published"] = time.get("datetime")
                break
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["language"] = language_of(lang)
    # The country the page is written for ("fr-CH", og:locale "fr_CH"): which "francs".
    region = _REGION.search(lang or "") or _REGION.search(found.get("og:locale", ""))
    if region:
        meta["territory"] = region.group(1).upper()
    for link in read["link"]:
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta["canonical"] = link.get("href")
            break
    if "canonical" not in meta and found.get("og:url"):
        meta["canonical"] = found["og:url"]
    if "territory" not in meta:
        tld = _TLD.search(meta.get("canonical", ""))
        if tld and tld.group(1).lower() not in _GENERIC_TLDS:
            meta["territory"] = {"UK": "GB"}.get(tld.group(1).upper(), tld.group(1).upper())
    if "published" not in meta:
        # Blogs file posts under /2019/08/03/: a date as sure as a meta tag, at no cost.
        # (htmldate's markup search finds more, but also crawl and update dates: not used.)
        dated = _URL_DATE.search(meta.get("canonical", ""))
        if dated:
            meta["published"] = "-".join(f"{int(part):02d}" for part in dated.groups())
    title = read["title"][0] if read["title"] else None  # the root is <html>: a descendant
    if "title" not in meta and title is not None and title.text and title.text.strip():
        meta["title"] = title.text.strip()
    return meta
