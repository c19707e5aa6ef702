from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Quantity, Severity, SpanKind

_FACTOR = 1e-3  # an English billion is a French milliard: a thousandth of a French billion


def _french_billion(q: Quantity) -> bool:
    return q.kind == "money" and q.scale == 1e12 and "billion" in q.text.lower()


def _english_sense(q: Quantity, others: list[Quantity]) -> Quantity | None:
    """Another amount of the article that the figure matches only as an English billion: the
    same figure with "milliard(s)" or "bn", or a conversion a thousand times smaller."""
    written = q.value / q.scale
    for other in others:
        if other is q or other.kind != "money":
            continue
        if other.scale == 1e9 and abs(other.value / other.scale - written) < 1e-9:
            return other
        ratio = other.value / q.value if q.value else 0
        if abs(q.start - other.start) < 80 and 0.3 * _FACTOR <= ratio <= 3 * _FACTOR:
            return other
    return None


class NUM006(Rule):
    """An English "billion" is translated word for word as a French "billion".

    What it checks:
        In a French text, an amount in "billion(s)" (10^12 in French) that the article itself
        shows is meant as an English billion (10^9): the same figure stated elsewhere in
        "milliard(s)" or "bn", or a conversion beside it a thousand times smaller ("1 billion
        de dollars (environ 920 millions d'euros)").

    Why it matters:
        "Billion" is a false friend: a word-for-word translation multiplies the amount by a
        thousand.

    Example:
        Le groupe a levé 1,5 billion de dollars, selon Reuters. […] Ces 1,5 milliard de
        dollars serviront à…

    Use instead:
        Le groupe a levé 1,5 milliard de dollars.

    Configuration:
        None.
    """

    code = "NUM006"
    name = "scale-word"
    severity = Severity.WARNING
    languages = ("fr",)  # "billion" means 10^12 in French only
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def check(self, ctx: Context):
        if ctx.facts.language != "fr":
            return
        quantities = list(ctx.facts.quantities)
        for q in quantities:
            if not _french_billion(q):
                continue
            other = _english_sense(q, quantities)
            if other is None:
                continue
            yield self.finding(
                q.start, q.end,
                f"{q.text!r} reads as {q.value:.3g} in French (a billion is 10^12), but "
                f"{other.text!r} in the article shows an English billion (10^9) is meant",
                evidence={"other": other.text, "other_start": other.start},
                suggestion=f"{q.value / q.scale:g} milliard(s)")
