"""The site a web address belongs to: the eval folds group pages by it, and an article's
outbound links are those to another site than its own."""

from __future__ import annotations

from urllib.parse import urlsplit

from audit import rx

_ARCHIVED = rx.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "gob"})
_GENERIC_TLD = frozenset({"com", "net", "org", "info", "gov", "edu", "biz"})


def _host(url: str) -> str:
    """The page's host; an archived page's own host; for the "hard::name.com-slug.html" keys
    of the set, the host the file name starts with."""
    archived = _ARCHIVED.match(url)
    if archived:
        url = archived.group(1) if "://" in archived.group(1) else "http://" + archived.group(1)
    if "://" in url:
        return urlsplit(url).hostname or ""
    labels = url.split("::")[-1].removesuffix(".html").split("-")[0].split(".")
    # the host ends at its top-level label: two letters or a generic one ("pcgamer.com.skyrim")
    end = next((i for i, x in enumerate(labels[1:], 1) if len(x) == 2 or x in _GENERIC_TLD),
               len(labels) - 1)
    if labels[end] in _SECOND_LEVEL and end + 1 < len(labels) and len(labels[end + 1]) == 2:
        end += 1  # "laestrella.com.pa"
    return ".".join(labels[:end + 1])


def site_of(url: str) -> str:
    """The registered domain a page belongs to: pages of one site (or one blog platform,
    where blogs share templates: wordpress.com, blogspot.com) share their markup."""
    labels = _host(url).lower().removeprefix("www.").split(".")
    n = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-n:])
