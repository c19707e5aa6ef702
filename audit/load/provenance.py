"""Machine-readable AI provenance: what a page's metadata or front matter declares, and where.

Each declaration is a dict {"source", "value", "claim", "scope"}: ``claim`` is "generated"
(made by AI), "assisted" (AI took part: composite, enhanced, assisted, translated), or "none"
(the metadata says no AI); ``scope`` is "article" or "image" (an ImageObject's type).
"""

from __future__ import annotations

import re
from typing import Any

from audit import rx

# IPTC NewsCodes digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/).
_IPTC = {
    "trainedalgorithmicmedia": "generated",
    "algorithmicmedia": "generated",
    "compositewithtrainedalgorithmicmedia": "assisted",
    "compositesynthetic": "assisted",
    "algorithmicallyenhanced": "assisted",
    "digitalcapture": "none", "negativefilm": "none", "positivefilm": "none", "print": "none",
    "humanedits": "none", "minorhumanedits": "none", "compositecapture": "none",
    "digitalart": "none", "virtualrecording": "none", "screencapture": "none",
    "digitalcreation": "none", "datadrivenmedia": "none",
}
_TRUE = {"true", "yes", "1", "oui", "ja", "ai", "ai-generated", "generated", "full", "fully"}
_FALSE = {"false", "no", "0", "none", "non", "nein", "human", "no-ai", "null", ""}
_ASSISTED = rx.compile(r"assist|partial|partly|part|composite|enhanc|translat|summar|edit|help",
                       re.IGNORECASE)
AI_GENERATOR = rx.compile(r"\b(?:chat ?gpt|gpt-?\d|openai|claude|gemini|llm|ai writer|jasper|"
                          r"copy\.ai|writesonic|mistral|deepl|midjourney|dall-?e)\b", re.IGNORECASE)


def iptc_claim(value: str) -> str | None:
    """The claim of an IPTC digital source type, by URL or bare code; None if not one."""
    if not isinstance(value, str):
        return None  # JSON-LD holds anything: {"@id": 5}, null
    code = re.split(r"[/#:]", value.strip().rstrip("/"))[-1].strip().lower()
    return _IPTC.get(code)


def flag_claim(value: Any, assisted_key: bool = False) -> str | None:
    """The claim of a yes/no style flag ("ai-generated: true", "ai_assisted: yes", "partial");
    None for a value that says neither (an error-level rule must not rest on "maybe")."""
    text = str(value).strip().lower()
    if is_false(text):
        return "none"
    claim = iptc_claim(text)
    if claim:
        return claim
    if _ASSISTED.search(text):
        return "assisted"
    if text in _TRUE:
        return "assisted" if assisted_key else "generated"
    return None


def is_false(value: Any) -> bool:
    """"false", "no", "non", "nein", "none"…: a flag that says no."""
    return str(value).strip().lower() in _FALSE


def declaration(source: str, value: Any, claim: str, scope: str = "article") -> dict[str, Any]:
    return {"source": source, "value": str(value), "claim": claim, "scope": scope}


def summary(declarations: list[dict[str, Any]]) -> str | None:
    """The first declaration that says AI took part, as "source: value" (the JSON's
    ``metadata.ai_generated``)."""
    first = next((d for d in declarations if d["claim"] != "none" and d["scope"] == "article"), None)
    return f"{first['source']}: {first['value']}" if first else None
