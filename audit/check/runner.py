"""Run the enabled rules over one article's context; order findings by position."""

from __future__ import annotations

import bisect
import dataclasses
import itertools

from audit.check.base import Context
from audit.check.registry import all_rules
from audit.lexicon import get_lexicon
from audit.model import Finding, Suppression
from audit.rules.num.NUM003 import ages_unread


def names_rule(selector: str, code: str, name: str) -> bool:
    """Whether an inline selector (code, prefix, name or ALL) names this rule."""
    s = selector.strip()
    return s.upper() == "ALL" or code.startswith(s.upper()) or name == s.lower()


def _silences(s: Suppression, f: Finding) -> bool:
    """Whether directive ``s`` silences finding ``f``: it names the finding's rule (or every
    rule) and covers it (a finding of no width, where it stands)."""
    if s.codes and not any(names_rule(c, f.rule, f.name) for c in s.codes):
        return False
    if f.start == f.end:
        return s.start <= f.start <= s.end
    return f.start < s.end and f.end > s.start


def apply_suppressions(findings: list[Finding], suppressions: tuple[Suppression, ...]
                       ) -> tuple[list[Finding], frozenset[int]]:
    """The findings no inline directive silences, and the directives that silenced one
    (_silences of each pair). Asked rule by rule, of the directives that name the rule, by
    bisection: a pair at a time, 10,000 directives over 10,000 findings took minutes."""
    if not suppressions:
        return findings, frozenset()
    by_rule: dict[tuple[str, str], list[int]] = {}
    for n, f in enumerate(findings):
        by_rule.setdefault((f.rule, f.name), []).append(n)
    silenced: set[int] = set()
    used: set[int] = set()
    for (rule, name), found in by_rule.items():
        naming = [i for i, s in enumerate(suppressions)
                  if not s.codes or any(names_rule(c, rule, name) for c in s.codes)]
        if naming:
            silenced.update(_covered([findings[n] for n in found], found,
                                     [suppressions[i] for i in naming], naming, used))
    return [f for n, f in enumerate(findings) if n not in silenced], frozenset(used)


def _covered(findings: list[Finding], ids: list[int], directives: list[Suppression],
             numbers: list[int], used: set[int]) -> list[int]:
    """The ids of the findings a directive covers, adding the numbers of the directives that
    cover one to ``used``. A finding [a, b) meets a directive [s, e] when s < b and e > a; one
    of no width at p when s <= p <= e: the largest end among the directives opening before
    it says whether one does, and the findings' largest end among those opening before a
    directive (or their points inside it) whether it covers one."""
    by_start = sorted(range(len(directives)), key=lambda k: directives[k].start)
    starts = [directives[k].start for k in by_start]
    reach = list(itertools.accumulate((directives[k].end for k in by_start), max))
    hit = []
    for f, n in zip(findings, ids):
        if f.start == f.end:
            k = bisect.bisect_right(starts, f.start)
            if k and reach[k - 1] >= f.start:
                hit.append(n)
        else:
            k = bisect.bisect_left(starts, f.end)
            if k and reach[k - 1] > f.start:
                hit.append(n)
    wide = sorted((f.start, f.end) for f in findings if f.start != f.end)
    wide_starts = [a for a, _ in wide]
    wide_reach = list(itertools.accumulate((b for _, b in wide), max))
    points = sorted(f.start for f in findings if f.start == f.end)
    for d, number in zip(directives, numbers):
        k = bisect.bisect_left(wide_starts, d.end)
        p = bisect.bisect_left(points, d.start)
        if k and wide_reach[k - 1] > d.start or p < len(points) and points[p] <= d.end:
            used.add(number)
    return hit


def run_rules(ctx: Context) -> tuple[list[Finding], list[str]]:
    """Findings ordered by position, and notes on the rules that did not run and why."""
    out: list[Finding] = []
    off_language, off_opt_in, off_kind = [], [], []
    language, kind = ctx.facts.language, ctx.facts.page_kind
    ran, late = set(), []
    for rule_cls in all_rules():
        if not ctx.settings.rule_enabled(rule_cls.code):
            continue
        # HTML pages say what they are in their markup; text and Markdown are the newsroom's
        # own drafts, articles by definition, unless their set formulas say minutes or a press
        # release (extract/pagekind.py, text_genre) or their French narration speaks in the
        # first person (draft_kind); so is HTML whose markup leaves news open in a language no
        # text model reads (kind_as_draft: og:type article alone does not skip the rules).
        if rule_cls.page_kinds is not None and kind not in rule_cls.page_kinds and \
                (ctx.doc.format == "html" and not ctx.facts.kind_as_draft
                 or kind not in ("news", "article")):
            off_kind.append(rule_cls.code)
            continue
        # A language-gated rule runs only on a language it was measured precise on; an
        # undetected language (a few words) is not one.
        languages = ctx.settings.languages_of(rule_cls.code)
        languages = rule_cls.languages if languages is None else languages
        gated = languages is not None and language not in languages
        if gated \
                and not ctx.settings.all_languages and rule_cls.code not in ctx.settings.explicit:
            # An opt-in rule (off in every language) is told apart from one off in this one.
            (off_opt_in if languages == () else off_language).append(rule_cls.code)
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
        # A first-person page owes no sources, but its quotations and attributions are read.
        why = "they ask for sources, which a first-person page does not owe; the other " \
            "citation rules ran" if kind == "personal" else "they are for news articles"
        notes.append(f"page kind {kind} ({ctx.facts.page_kind_reason}): {', '.join(off_kind)} "
                     f"not run, {why} (--page-kind news, or page-kind = "
                     "\"news\" in the configuration, runs them on every page)")
    if off_language:
        # The citation rules read speakers and speech verbs, which only some lexicons hold.
        cues = "; the lexicons hold no speaker or speech-verb words of it, which the citation " \
            "rules read" if language and any(code.startswith("CIT") for code in off_language) \
            and language.split("-")[0].lower() not in get_lexicon().speech_languages else ""
        notes.append(f"language {language or 'not detected'}: {', '.join(off_language)} not run, "
                     f"{'its' if len(off_language) == 1 else 'their'} precision on real pages of this language was under 90 % or not "
                     f"measured{cues} (--all-languages, --select CODE, or CODE = "
                     "[\"LANG\"] under [tool.audit.languages] in the configuration, runs them)"
                     + _prefix_remark(off_language, ctx.settings))
    if off_opt_in:
        notes.append(_opt_in_note(off_opt_in, ctx.settings))
    run = ran | {rule_cls.code for rule_cls in late}
    unread = [code for code in _READ_IN_WORDS if code in run]
    if language and unread and language.split("-")[0].lower() not in get_lexicon().languages:
        notes.append(f"language {language}: the lexicons have no words of it (scale words such as "
                     "'miliardów', currency, unit and month names): "
                     f"{', '.join(unread)} ran on the amounts and dates written with digits and "
                     "symbols or codes only ('$5bn', '€3m', '23.11.2015'); those written in its "
                     "words were not read nor checked")
    if "NUM003" in run and ages_unread(ctx.facts.folded, language):
        notes.append(f"language {language}: NUM003 read no age beside a birth year ('nato nel 1995, "
                     "di 16 anni'): in this language it reads only a verb right after the birth ('nata nel 1923, "
                     "compie 102 anni') or an age apposed before it ('Maria Rossi, 102 anni, nata nel 1923')")
    return sorted(out, key=lambda f: (f.start, f.rule)), notes


def _opt_in_note(codes: list[str], settings) -> str:
    """Why opt-in rules did not run, and what in the configuration named them to no effect."""
    note = (f"{', '.join(codes)} not run: opt-in rules, off by default in every language (under "
            "90 % right on real pages out of sample); --select CODE, --extend-select CODE or "
            "--all-languages (every rule on every language, these included) runs them, and so do "
            "the same keys in the configuration, all-languages = true, or CODE = [\"fr\", \"en\"] "
            "under [tool.audit.languages]")
    # A configuration written before a rule became opt-in (a severity, an option, a prefix in
    # select) would otherwise lose the rule silently.
    named = [c for c in codes if settings.severity_of(c) is not None]
    if "CIT003" in codes and not settings.agency_credits_complete:
        named.append("CIT003 (agency-credits-need-title-date)")
    if named:
        note += f"; the configuration sets {', '.join(named)}, which has no effect until it runs"
    return note + _prefix_remark(codes, settings)


def _prefix_remark(codes: list[str], settings) -> str:
    """A rule chosen by a prefix in select ("CIT") is not turned on where it is off."""
    prefixed = [c for c in codes if settings.narrowed and c in settings.select]
    return f"; a prefix in select does not turn on a rule where it is off ({', '.join(prefixed)}): " \
        "name it in full" if prefixed else ""


# Rules on for every language that read amounts, units or dates through the lexicons' words.
_READ_IN_WORDS = ("NUM001", "NUM003", "NUM004", "NUM005", "NUM007")


def _with_severity(f: Finding, ctx: Context) -> Finding:
    severity = ctx.settings.severity_of(f.rule)
    return f if severity is None or severity is f.severity else \
        dataclasses.replace(f, severity=severity)
