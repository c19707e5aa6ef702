"""A finding's evidence (a dict of data) as labelled lines a reader can follow."""

from __future__ import annotations

from typing import Any

from audit.model import Finding

LABELS = {
    "phrase": "matched text", "act": "what AI did", "scope": "on what part",
    "review": "human review stated", "agent": "AI named", "form": "form", "language": "language",
    "span": "where it sits", "metadata": "declared in metadata", "page": "the page says AI",
    "listed": "sources listed", "publisher": "publisher", "missing": "missing",
    "quote": "quotation", "source_date": "source dated", "precision": "date precision",
    "published": "article published", "published_from": "publication date from",
    "title": "title", "figure": "figure", "kind": "kind", "target": "stated conversion",
    "expected": "expected at that rate", "stated": "stated", "rate": "ECB reference rate",
    "rate_date": "rate of", "window": "dates searched", "deviation": "off by",
    "tolerance": "tolerance", "first": "first stated", "value": "value here",
    "earlier_value": "value before", "computed": "computed", "elapsed": "time elapsed",
    "reference_year": "counted to",
    "qualifier": "qualifier", "place": "placement", "spans": "spans found",
    "citations": "sources entries", "named_attributions": "named sources",
    "vague_attributions": "vague attributions", "source": "source",
}
# Where a key means something of its own in one rule, and the order that reads best.
RULE_LABELS = {
    ("NUM001", "source"): "amount", ("NUM001", "stated"): "stated figure",
    ("CIT002", "source"): "missing from the sources list", ("CIT002", "phrase"): "named as",
    ("AI001", "phrase"): "disclosure", ("NUM003", "stated"): "stated",
}
ORDER = {
    "NUM001": ("rate", "rate_date", "window", "source", "target", "stated", "expected",
               "deviation", "tolerance"),
    "AI001": ("phrase", "act", "scope", "review", "agent", "form", "language", "span"),
    "CIT002": ("source", "phrase", "listed"),
}
PERCENT = {"deviation", "tolerance"}
HIDDEN = {"first_start"}  # offsets: the page shows where, no need to say it


def _declaration(d: dict[str, Any]) -> str:
    scope = f", {d['scope']}" if d.get("scope") and d.get("scope") != "article" else ""
    return f"{d.get('source', '?')}: {d.get('value', '?')} ({d.get('claim', '?')}{scope})"


def show(key: str, value: Any) -> str:
    if value is None:
        return "not stated"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key in PERCENT and isinstance(value, (int, float)):
        return f"{value:+.1%}" if key == "deviation" else f"{value:.1%}"
    if key == "window" and isinstance(value, (list, tuple)) and len(value) == 2:
        return f"{value[0]} to {value[1]}"
    if isinstance(value, dict):
        if {"source", "claim"} <= value.keys():
            return _declaration(value)
        return ", ".join(f"{k}: {show(k, v)}" for k, v in value.items()) or "none"
    if isinstance(value, (list, tuple)):
        return "; ".join(show(key, v) for v in value) or "none"
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _number(value: float) -> str:
    # 42925800.0 reads as 42,925,800, not 4.29258e+07; a rate keeps its digits.
    if value.is_integer():
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.2f}"
    return f"{value:.6g}"


def evidence_rows(f: Finding) -> list[tuple[str, str]]:
    first = [k for k in ORDER.get(f.rule, ()) if k in f.evidence]
    keys = first + [k for k in f.evidence if k not in first and k not in HIDDEN]
    return [(RULE_LABELS.get((f.rule, k)) or LABELS.get(k) or k.replace("_", " "),
             show(k, f.evidence[k])) for k in keys]
