from __future__ import annotations

import re

from audit.check import Context, Rule
from audit.model import Severity, SpanKind

_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")


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
        sourced = [a.start for a in ctx.facts.attributions] + \
            [c.start for c in ctx.facts.citations if c.kind == "agency"] + \
            [s for s, _, _ in ctx.doc.links]
        previous = None
        for span in ctx.spans(*self.scope):
            # The source may stand in the paragraph before: "The Deltapoll survey reveals…"
            lo = previous.start if previous else span.start
            previous = span
            if any(lo <= at < span.end for at in sourced):
                continue
            figures = [q for q in ctx.facts.quantities if span.start <= q.start < span.end
                       and q.kind in ("percent", "money") and not q.approximate]
            if figures:
                q = figures[0]
                shown = ctx.text[q.start:q.end]
                yield self.finding(q.start, q.end,
                                   f"figure {shown!r} with no source in its paragraph",
                                   evidence={"figure": shown, "kind": q.kind},
                                   suggestion="say where the figure comes from")
