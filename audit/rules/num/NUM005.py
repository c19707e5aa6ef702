from __future__ import annotations

import functools

from audit.check import Context, Rule
from audit.extract.quantities import cldr_names
from audit.lexicon import qualifier_words
from audit.model import Quantity, Severity, SpanKind


def _distinctive(q: Quantity) -> bool:
    """A figure unlikely to recur by chance: two significant digits or more ("2,1 milliards",
    "48 000"), not a round "1 million"."""
    # The significant digits of the value itself: a figure in words ("un milliard") has no
    # scale of its own, and "1e+09" read as written made it look distinctive.
    digits = f"{abs(q.value):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 2


# A dollar amount whose text names no country's dollar ("419,5 millions de dollars", "419 500
# 000 $"): which dollar it is, the extractor reads from the page's country (a bare "$" on a
# page located in Canada is CAD) or takes for the US one; two such amounts differ in their
# reading, never in what the text says (round 11b fr20, a /CNW Telbec/ release). "dollars US",
# "US$", "dollars américains" name the US one: against a bare "$" read as CAD, a real swap.
# The extractor says which amount names its currency (Quantity.currency_from).
def _unnamed_dollar(q: Quantity) -> bool:
    return q.currency_from == "default" or q.currency_from == "territory" and \
        any("dollar" in n for n in cldr_names(q.unit or ""))


@functools.cache
def _emphatic() -> frozenset[str]:
    """The bounds that state the figure itself ("pas moins de"; numbers/qualifiers.yml, emphatic)."""
    return frozenset(qualifier_words("emphatic"))


class NUM005(Rule):
    """The same amount is given in two currencies.

    What it checks:
        One figure, written the same way ("2,1 milliards"), stated in one currency in one
        place and in another currency elsewhere in the article ("2,1 milliards d'euros" …
        "2,1 milliards de livres"), when the two are not a stated conversion of each other.
        Round figures ("1 million") recur by chance and are left out. The Mexican press's
        "14 mil mdp" (millones de pesos) and "300 mdd" (millones de dólares) hold their scale
        and currency (read in Spanish articles only).

    Why it matters:
        A currency label swapped while editing or translating changes the amount by the
        exchange rate, and readers cannot tell which is right.

    Example:
        Le contrat atteint 2,1 milliards d'euros. […] Ces 2,1 milliards de livres financeront
        la ligne.

    Use instead:
        The same currency each time, or the conversion stated: "2,1 milliards d'euros (1,8
        milliard de livres)".

    Configuration:
        None.
    """

    code = "NUM005"
    name = "currency-label"
    severity = Severity.WARNING
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def check(self, ctx: Context):
        paired = {(q.start, q.end) for c in ctx.facts.conversions for q in (c.source, c.target)}
        first: dict[float, Quantity] = {}
        for q in ctx.facts.quantities:
            # A threshold ("plus de 2,5 milliards") may recur by chance; "pas moins de" states the amount.
            if q.kind != "money" or q.bound and q.qualifier not in _emphatic() or (q.start, q.end) in paired or not _distinctive(q):
                continue
            earlier = first.setdefault(q.value, q)
            if earlier is q or earlier.unit == q.unit or _unnamed_dollar(q) and _unnamed_dollar(earlier):
                continue
            yield self.finding(
                q.start, q.end,
                f"{q.text!r} repeats the figure of {earlier.text!r} in another currency "
                f"({q.unit} here, {earlier.unit} before)",
                evidence={"first": earlier.text, "first_start": earlier.start,
                          "currency": q.unit, "earlier_currency": earlier.unit},
                suggestion="one currency for one amount, or state the conversion")
