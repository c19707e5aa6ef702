"""Run the enabled rules over one article's context; order findings by position."""

from __future__ import annotations

from audit.check.base import Context
from audit.check.registry import all_rules
from audit.model import Finding


def run_rules(ctx: Context) -> tuple[list[Finding], list[str]]:
    """Findings ordered by position, and notes on the rules that did not run and why."""
    out: list[Finding] = []
    off_language, off_kind = [], []
    language, kind = ctx.facts.language, ctx.facts.page_kind
    for rule_cls in all_rules():
        if not ctx.settings.rule_enabled(rule_cls.code):
            continue
        # HTML pages say what they are in their markup; text and Markdown are the newsroom's
        # own drafts, articles by definition.
        if rule_cls.page_kinds is not None and ctx.doc.format == "html" and \
                kind not in rule_cls.page_kinds:
            off_kind.append(rule_cls.code)
            continue
        # A language-gated rule runs only on a language it was measured precise on; an
        # undetected language (a few words) is not one.
        gated = rule_cls.languages is not None and language not in rule_cls.languages
        if gated \
                and not ctx.settings.all_languages and rule_cls.code not in ctx.settings.explicit:
            if rule_cls.languages:  # opt-in rules (languages=()) are listed by `audit rules`
                off_language.append(rule_cls.code)
            continue
        out.extend(rule_cls().check(ctx))
    notes = []
    if off_kind:
        notes.append(f"page kind {kind} ({ctx.facts.page_kind_reason}): {', '.join(off_kind)} "
                     "not run, they are for news articles")
    if off_language:
        notes.append(f"language {language or 'not detected'}: {', '.join(off_language)} not run, "
                     "their precision on real pages of this language was under 90 % or not "
                     "measured (--all-languages, or --select CODE, runs them)")
    return sorted(out, key=lambda f: (f.start, f.rule)), notes
