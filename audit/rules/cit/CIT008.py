from __future__ import annotations

import bisect

from audit import rx
from audit.check import Context, Rule
from audit.model import Severity, SpanKind



class CIT008(Rule):
    """A statistic with no attribution in its paragraph.

    What it checks:
        Percentages and amounts of money in body paragraphs ("le chômage a atteint 7,4 %",
        "a budget of $2.5 billion") when neither their paragraph nor the one before names a
        source: no attribution, named or not ("selon l'Insee", "according to a new poll"), no
        speech verb ("said the ministry", "the survey reveals", "Bayer a finalement annoncé"),
        no link, no agency or wire credit ("(Reuters) - …"). A figure a named body decides in
        its own sentence is sourced too ("le National a accepté d'investir 99 millions").
        One finding per paragraph, on its first such figure.

    Why it matters:
        Figures are what readers quote and what fact-checkers check first; a figure with no
        source in sight cannot be traced.

    Example:
        Le chômage a atteint 7,4 % au dernier trimestre.

    Use instead:
        Le chômage a atteint 7,4 % au dernier trimestre, selon l'Insee.

    Configuration:
        Attribution cues, speech, announcement and decision verbs in
        audit/lexicons/<lang>.yml.
    """

    code = "CIT008"
    name = "unsourced-figure"
    severity = Severity.INFO
    scope = (SpanKind.BODY,)
    languages = ("fr", "en")
    page_kinds = ("news",)

    def check(self, ctx: Context):
        sourced = sorted([a.start for a in ctx.facts.attributions] +
                         [c.start for c in ctx.facts.citations if c.kind == "agency"] +
                         [s for s, _, _ in ctx.doc.links])
        figures = sorted((q.start, n) for n, q in enumerate(ctx.facts.quantities)
                         if q.kind in ("percent", "money") and not q.approximate)
        decisions = sorted(s for s, _ in ctx.facts.decisions)
        previous = None
        for span in ctx.spans(*self.scope):
            # The source may stand in the paragraph before: "The Deltapoll survey reveals…"
            lo = previous.start if previous else span.start
            previous = span
            if _any_in(sourced, lo, span.end):
                continue
            i = bisect.bisect_left(figures, (span.start, -1))
            # The first figure no decision in its sentence sources.
            while decisions and i < len(figures) and figures[i][0] < span.end and \
                    _decided(ctx, decisions, span.start, span.end, figures[i][0]):
                i += 1
            if i < len(figures) and figures[i][0] < span.end:
                q = ctx.facts.quantities[figures[i][1]]
                shown = ctx.text[q.start:q.end]
                yield self.finding(q.start, q.end,
                                   f"figure {shown!r} with no source in its paragraph",
                                   evidence={"figure": shown, "kind": q.kind},
                                   suggestion="say where the figure comes from")


_SENTENCE_END = rx.compile(r"[.!?…](?=\s+[A-ZÀ-Ý«“\"(])")
_WINDOW = 600  # characters read either side of a figure for its sentence: linear time


def _decided(ctx: Context, decisions: list[int], lo: int, hi: int, at: int) -> bool:
    """Does the sentence around ``at`` in the paragraph [lo, hi) hold a decision?"""
    lo, hi = max(lo, at - _WINDOW), min(hi, at + _WINDOW)
    start = end = None
    for m in _SENTENCE_END.finditer(ctx.text, lo, hi):
        if m.end() <= at:
            start = m.end()
        else:
            end = m.end()
            break
    return _any_in(decisions, start or lo, end or hi)


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi
