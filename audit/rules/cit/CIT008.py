from __future__ import annotations

import bisect

from audit.check import Context, Rule
from audit.model import Severity, SpanKind



class CIT008(Rule):
    """A statistic with no attribution in its paragraph.

    What it checks:
        Percentages and amounts of money in body paragraphs ("le chômage a atteint 7,4 %",
        "a budget of $2.5 billion") when neither their paragraph nor the one before names a
        source: no attribution, named or not ("selon l'Insee", "according to a new poll"), no
        speech verb ("said the ministry", "the survey reveals"), no link, no agency credit.
        One finding per paragraph, on its first such figure.

    Why it matters:
        Figures are what readers quote and what fact-checkers check first; a figure with no
        source in sight cannot be traced.

    Example:
        Le chômage a atteint 7,4 % au dernier trimestre.

    Use instead:
        Le chômage a atteint 7,4 % au dernier trimestre, selon l'Insee.

    Configuration:
        Attribution cues and speech verbs in audit/lexicons/<lang>.yml.
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
        previous = None
        for span in ctx.spans(*self.scope):
            # The source may stand in the paragraph before: "The Deltapoll survey reveals…"
            lo = previous.start if previous else span.start
            previous = span
            if _any_in(sourced, lo, span.end):
                continue
            i = bisect.bisect_left(figures, (span.start, -1))
            if i < len(figures) and figures[i][0] < span.end:
                q = ctx.facts.quantities[figures[i][1]]
                shown = ctx.text[q.start:q.end]
                yield self.finding(q.start, q.end,
                                   f"figure {shown!r} with no source in its paragraph",
                                   evidence={"figure": shown, "kind": q.kind},
                                   suggestion="say where the figure comes from")


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi
