from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class SUP001(Rule):
    """An inline suppression gives no reason.

    What it checks:
        Every ``audit: ignore[…]`` and ``audit: disable[…]`` directive in the article (an HTML
        or Markdown comment, or a line of plain text) for a ``reason="…"``.

    Why it matters:
        A silenced finding is a decision someone took about this article. Without the reason,
        the next editor cannot tell a checked exception from a finding swept under the rug.

    Example:
        <!-- audit: ignore[NUM001] -->

    Use instead:
        <!-- audit: ignore[NUM001] reason="taux du jour de la dépêche" -->

    Configuration:
        None. The directive still silences what it names.
    """

    code = "SUP001"
    name = "suppression-without-reason"
    severity = Severity.WARNING
    scope = (SpanKind.BODY,)
    phase = 1

    def check(self, ctx: Context):
        for s in ctx.doc.suppressions:
            if s.reason:
                continue
            what = ", ".join(s.codes) or "every rule"
            yield self.finding(s.anchor, s.anchor,
                               f"suppression of {what} (line {s.line}) gives no reason",
                               evidence={"codes": list(s.codes), "line": s.line, "kind": s.kind},
                               suggestion='add reason="…" to the directive')
