from __future__ import annotations

import bisect

from audit.check import Context, Rule
from audit.model import Quantity, Severity, SpanKind

_FACTOR = 1e-3  # an English billion is a French milliard: a thousandth of a French billion


def _french_billion(q: Quantity) -> bool:
    return q.kind == "money" and q.scale == 1e12 and "billion" in q.text.lower()


def _english_sense(q: Quantity, others: list[Quantity], index: _Amounts | None = None
                   ) -> Quantity | None:
    """Another amount of the article that the figure matches only as an English billion: the
    same figure with "milliard(s)" or "bn", or a conversion a thousand times smaller
    (``others`` in text order; the first of them that does). ``index``: _Amounts of
    ``others``, where the candidates are found by bisection (every billion against every
    amount was quadratic on a page of them)."""
    index = index or _Amounts(others)
    written = q.value / q.scale
    first = None
    lo, hi = (bisect.bisect_left(index.milliards, written - 1e-9),
              bisect.bisect_right(index.milliards, written + 1e-9))
    for k in range(lo, hi):
        n = index.milliard_rows[k]
        other = others[n]
        if other is not q and abs(other.value / other.scale - written) < 1e-9 and \
                (first is None or n < first):
            first = n
    lo, hi = (bisect.bisect_right(index.starts, q.start - 80),
              bisect.bisect_left(index.starts, q.start + 80))
    for n in index.money_rows[lo:hi]:
        other = others[n]
        ratio = other.value / q.value if q.value else 0
        if other is not q and _thousand_times_smaller(q, other, ratio) and (first is None or n < first):
            first = n
            break  # in text order: the first of them
    return None if first is None else others[first]


def _thousand_times_smaller(q: Quantity, other: Quantity, ratio: float) -> bool:
    """Whether ``other`` (``ratio`` times ``q``) is ``q`` converted at an English billion: at
    the rates the pair has had, when both currencies have ECB rates ("2,8 billions d'euros
    (1 836,7 milliards de FCFA)": 655.957 XOF per euro), and not at the French one ("2 billions
    de yens (15 milliards d'euros)" is right); a thousand times smaller, give or take a factor
    3, for a pair without rates or one currency twice."""
    from audit.extract import rates

    src, dst = q.unit, other.unit
    if src and dst and src != dst and rates.known_currency(src) and rates.known_currency(dst):
        return rates.plausible(src, dst, ratio / _FACTOR) and not rates.plausible(src, dst, ratio)
    return 0.3 * _FACTOR <= ratio <= 3 * _FACTOR


class _Amounts:
    """The money amounts of an article: their figures as written in milliards (sorted, with
    their rows) and their starts (in text order, with their rows)."""

    def __init__(self, others: list[Quantity]) -> None:
        money = [(n, o) for n, o in enumerate(others) if o.kind == "money"]
        by_figure = sorted((o.value / o.scale, n) for n, o in money if o.scale == 1e9)
        self.milliards = [figure for figure, _ in by_figure]
        self.milliard_rows = [n for _, n in by_figure]
        by_start = sorted((o.start, n) for n, o in money)
        self.starts = [start for start, _ in by_start]
        self.money_rows = [n for _, n in by_start]


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
        index = _Amounts(quantities)
        for q in quantities:
            if not _french_billion(q):
                continue
            other = _english_sense(q, quantities, index)
            if other is None:
                continue
            yield self.finding(
                q.start, q.end,
                f"{q.text!r} reads as {q.value:.3g} in French (a billion is 10^12), but "
                f"{other.text!r} in the article shows an English billion (10^9) is meant",
                evidence={"other": other.text, "other_start": other.start},
                suggestion=f"{q.value / q.scale:g} milliard(s)")
