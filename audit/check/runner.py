"""Run the enabled rules over one article's context; order findings by position."""

from __future__ import annotations

from audit.check.base import Context
from audit.check.registry import all_rules
from audit.model import Finding


def run_rules(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for rule_cls in all_rules():
        if ctx.settings.rule_enabled(rule_cls.code):
            out.extend(rule_cls().check(ctx))
    return sorted(out, key=lambda f: (f.start, f.rule))
