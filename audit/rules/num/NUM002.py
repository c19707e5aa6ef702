from __future__ import annotations

import re
from collections import defaultdict

from audit.check import Context, Rule
from audit.lexicon import get_lexicon
from audit.model import Quantity, Severity, SpanKind


def _key(q: Quantity) -> tuple[str, str | None, str] | None:
    # Counts and measures are compared only when they count the same thing in the same words:
    # a count needs two words ("accords bilatéraux"), a measure a known unit and a word.
    if q.kind not in ("count", "measure") or not q.noun or q.qualifier:
        return None
    words = q.noun.split()
    if q.kind == "count" and (len(words) < 2 or any(len(w) < 4 for w in words)):
        return None
    if q.kind == "measure" and (q.unit in (None, "years", "%") or len(words[0]) < 4):
        return None  # durations and shares vary by what they measure
    return q.kind, q.unit, q.noun


def _in_prose(ctx: Context, q: Quantity) -> bool:
    """Tables, scores and lists repeat nouns with many values; only sentences are compared."""
    span = ctx.span_at(q.start)
    if span is None:
        return False
    block = ctx.facts.folded[span.start:span.end]
    return len(block.split()) >= 8 and block.rstrip()[-1:] in ".!?»”\"…"


def _context(ctx: Context, q: Quantity) -> set[str]:
    """Content words around a quantity, its own words excepted: what it is about."""
    text = ctx.facts.folded
    window = text[max(0, q.start - 60):q.start] + " " + text[q.end:q.end + 60]
    own = set((q.noun or "").split())
    stop = get_lexicon().all_stopwords
    return {w for w in (re.sub(r"(s|x)$", "", t) for t in re.findall(r"[^\W\d_]{4,}", window.lower()))
            if w not in stop and w not in own}


def _agree(a: Quantity, b: Quantity) -> bool:
    slack = 0.1 if a.approximate or b.approximate else 0.0
    return abs(a.value - b.value) <= slack * max(a.value, b.value)


class NUM002(Rule):
    """The same quantity is stated twice with different values.

    What it checks:
        Counts and measures that name the same thing with the same words ("350 accords
        bilatéraux" … "300 accords bilatéraux", "à 120 kilomètres de Caracas" … "à 150
        kilomètres de Caracas") and disagree. Approximate figures ("environ", "près de") may
        differ by 10 %; figures with "plus de"/"moins de" are bounds, not values, and are left out.

    Why it matters:
        Two values for one fact mean at least one is wrong.

    Example:
        Les deux pays ont signé 350 accords bilatéraux. […] Ces 300 accords bilatéraux…

    Use instead:
        One value, stated the same way each time.

    Configuration:
        None.
    """

    code = "NUM002"
    name = "inconsistent-quantity"
    severity = Severity.WARNING
    languages = ()  # 0 right of 7 on fr and en pages: opt-in (README)
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def check(self, ctx: Context):
        groups: dict[tuple, list[Quantity]] = defaultdict(list)
        for q in ctx.facts.quantities:
            key = _key(q)
            if key and _in_prose(ctx, q):
                groups[key].append(q)
        for key, stated in groups.items():
            first = stated[0]
            for later in stated[1:]:
                if _agree(first, later):
                    continue
                # Same words, different subject ("11,6 secondes de retard" for another
                # athlete): only mentions whose surroundings share a content word are compared.
                if not _context(ctx, first) & _context(ctx, later):
                    continue
                yield self.finding(
                    later.start, later.end,
                    f"{later.text!r} contradicts {first.text!r} stated earlier for the same "
                    f"{key[2]!r}",
                    evidence={"first": first.text, "first_start": first.start,
                              "value": later.value, "earlier_value": first.value},
                    suggestion="state one value, or say why they differ")
