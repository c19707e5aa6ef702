from __future__ import annotations

from audit.check import Context, Rule
from audit.check.runner import names_rule
from audit.model import Severity, SpanKind


class SUP002(Rule):
    """An inline suppression silences nothing.

    What it checks:
        Every ``audit: ignore[…]`` and ``audit: disable[…]`` directive against the findings
        of the rules that ran: it fires when the directive names no known rule, or when none
        of the rules it names found anything in the range it covers. A directive naming a rule
        that did not run (not selected, or off for the article's language) is left alone.

    Why it matters:
        Stale suppressions pile up as articles are edited, and a directive that names the
        wrong code silently silences nothing while the editor believes it does.

    Example:
        <!-- audit: ignore[NUM001] reason="…" -->
        Le conseil municipal a voté le budget mardi soir.

        (a directive above a paragraph with no conversion)

    Use instead:
        Remove the directive, or fix its code (see `audit rules`).

    Configuration:
        None.
    """

    code = "SUP002"
    name = "unused-suppression"
    severity = Severity.WARNING
    scope = (SpanKind.BODY,)
    phase = 1

    def check(self, ctx: Context):
        from audit.check import all_rules

        rules = [(r.code, r.name) for r in all_rules()]
        for i, s in enumerate(ctx.doc.suppressions):
            if i in ctx.used_suppressions:
                continue
            named = [(c, n) for c, n in rules if not s.codes or
                     any(names_rule(sel, c, n) for sel in s.codes)]
            unknown = [sel for sel in s.codes if not any(names_rule(sel, c, n) for c, n in rules)]
            if unknown:
                message = f"suppression names no known rule: {', '.join(unknown)}"
            elif any(c in ctx.rules_run for c, _ in named):
                message = f"suppression of {', '.join(s.codes) or 'every rule'} silences nothing"
            else:
                continue
            yield self.finding(s.anchor, s.anchor, f"{message} (line {s.line})",
                               evidence={"codes": list(s.codes), "line": s.line,
                                         "kind": s.kind, "reason": s.reason},
                               suggestion="remove the directive or fix its rule code")
