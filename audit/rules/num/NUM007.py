from __future__ import annotations

import re

from audit.check import Context, Rule
from audit.model import Quantity, Severity, SpanKind

_KINDS = ("money", "count", "percent", "measure")
_DIGITS_MIN = 3  # "3 morts" and "4 morts" may be two tolls; "388,3" and "338,3" are one typed twice


_NUMBER = re.compile(r"\d[\d\s.,'’]*")  # the figure as written, its group separators and all


def _digits(q: Quantity) -> str:
    """The figure's digits as written, not the scale's or the unit's: "388,3 millions" ->
    "3883", "2 500 millions" -> "2500", "£50billion" -> "50", "un milliard" -> ""."""
    number = _NUMBER.search(q.text)
    return re.sub(r"\D", "", number.group()) if number else ""


def _one_slip(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` typed with one slip: a digit changed, two neighbours swapped, or
    one digit added or dropped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short
                                               for i in range(len(long)))


class NUM007(Rule):
    """A figure in the headline that the text states with another value.

    What it checks:
        A figure of the title (an amount of money, a count, a percentage, a measure) that
        the text never states, when the text states a figure of the same kind, unit and
        scale that differs from it by one typing slip: a digit changed, two neighbouring
        digits swapped, a digit added or dropped, the decimal mark moved ("388,3 millions
        de dollars" in the headline, "338,3 millions de dollars" in the text). A headline
        that rounds the text's figure ("38,4 %" for "38,45 %") states it. Figures of one or
        two digits are left out: "3 morts" and "4 morts" may be two tolls.

    Why it matters:
        The headline is what most readers see and what is shared; a slip there is the
        article's most visible error, and its own text shows it.

    Example:
        Un immigré gagne 388,3 millions de dollars à la loterie
        Le jackpot de 338,3 millions de dollars a été remporté mardi.

    Use instead:
        The text's figure in the headline: "Un immigré gagne 338,3 millions de dollars".

    Configuration:
        None.
    """

    code = "NUM007"
    name = "headline-figure"
    severity = Severity.WARNING
    scope = (SpanKind.TITLE,)

    def check(self, ctx: Context):
        titles = ctx.spans(SpanKind.TITLE)
        if not titles:
            return
        start, end = titles[0].start, titles[0].end
        body = [(s.start, s.end) for s in ctx.spans(SpanKind.BODY, SpanKind.HEADING)]
        in_body = [q for q in ctx.facts.quantities if q.kind in _KINDS and
                   any(s <= q.start < e for s, e in body)]
        for q in ctx.facts.quantities:
            if not (start <= q.start < end) or q.kind not in _KINDS:
                continue
            digits = _digits(q)
            same = [b for b in in_body if (b.kind, b.unit, b.scale) == (q.kind, q.unit, q.scale)]
            # Stated in the text, or rounded there ("38,4 %" over "38,45 %").
            if len(digits) < _DIGITS_MIN or any(
                    abs(b.value - q.value) <= max(b.precision, q.precision) * (1 + 1e-9) + 1e-12
                    for b in same):
                continue
            # A slip: one digit, or the decimal mark moved ("12,5 %" over "1,25 %").
            slip = next((b for b in same if _one_slip(digits, _digits(b)) or
                         _digits(b) == digits), None)
            if slip is not None:
                yield self.finding(
                    q.start, q.end,
                    f"the headline says {q.text!r}, the text {slip.text!r}",
                    evidence={"headline": q.text, "text": slip.text, "text_start": slip.start},
                    suggestion="check which figure is right and state it the same way in both")
