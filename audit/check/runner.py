"""Run the enabled rules over one article's context; order findings by position."""

from __future__ import annotations

import dataclasses

from audit.check.base import Context
from audit.check.registry import all_rules
from audit.model import Finding, Suppression


def names_rule(selector: str, code: str, name: str) -> bool:
    """Whether an inline selector (code, prefix, name or ALL) names this rule."""
    s = selector.strip()
    return s.upper() == "ALL" or code.startswith(s.upper()) or name == s.lower()


def _silences(s: Suppression, f: Finding) -> bool:
    if s.codes and not any(names_rule(c, f.rule, f.name) for c in s.codes):
        return False
    if f.start == f.end:
        return s.start <= f.start <= s.end
    return f.start < s.end and f.end > s.start


def apply_suppressions(findings: list[Finding], suppressions: tuple[Suppression, ...]
                       ) -> tuple[list[Finding], frozenset[int]]:
    """The findings no inline directive silences, and the directives that silenced one."""
    if not suppressions:
        return findings, frozenset()
    kept, used = [], set()
    for f in findings:
        hits = [i for i, s in enumerate(suppressions) if _silences(s, f)]
        used.update(hits)
        if not hits:
            kept.append(f)
    return kept, frozenset(used)


def run_rules(ctx: Context) -> tuple[list[Finding], list[str]]:
    """Findings ordered by position, and notes on the rules that did not run and why."""
    out: list[Finding] = []
    off_language, off_kind = [], []
    language, kind = ctx.facts.language, ctx.facts.page_kind
    ran, late = set(), []
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
        languages = ctx.settings.languages_of(rule_cls.code)
        languages = rule_cls.languages if languages is None else languages
        gated = languages is not None and language not in languages
        if gated \
                and not ctx.settings.all_languages and rule_cls.code not in ctx.settings.explicit:
            if languages:  # opt-in rules (languages=()) are listed by `audit rules`
                off_language.append(rule_cls.code)
            continue
        if rule_cls.phase:
            late.append(rule_cls)
            continue
        ran.add(rule_cls.code)
        out.extend(rule_cls().check(ctx))
    out, used = apply_suppressions(out, ctx.doc.suppressions)
    if late:
        after = dataclasses.replace(ctx, used_suppressions=used, rules_run=frozenset(ran))
        for rule_cls in late:
            out.extend(rule_cls().check(after))
    out = [_with_severity(f, ctx) for f in out]
    notes = []
    if off_kind:
        notes.append(f"page kind {kind} ({ctx.facts.page_kind_reason}): {', '.join(off_kind)} "
                     "not run, they are for news articles")
    if off_language:
        notes.append(f"language {language or 'not detected'}: {', '.join(off_language)} not run, "
                     "their precision on real pages of this language was under 90 % or not "
                     "measured (--all-languages, or --select CODE, runs them)")
    return sorted(out, key=lambda f: (f.start, f.rule)), notes


def _with_severity(f: Finding, ctx: Context) -> Finding:
    severity = ctx.settings.severity_of(f.rule)
    return f if severity is None or severity is f.severity else \
        dataclasses.replace(f, severity=severity)
