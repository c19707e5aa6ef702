from __future__ import annotations

from audit.check import Context, Rule
from audit.lexicon import get_lexicon
from audit.model import Severity, SpanKind


def _related_start(ctx: Context) -> int | None:
    """Where the related-links box under the article begins."""
    body = ctx.spans(SpanKind.BODY)
    if not body:
        return None
    related = get_lexicon().related_header
    for span in ctx.seg.spans:
        if span.start > body[0].start and span.kind is SpanKind.BOILERPLATE and \
                related.matches(ctx.facts.folded[span.start:span.end].strip()):
            return span.start
    return None


class AI005(Rule):
    """The only AI-use disclosure sits where a reader does not take it as part of the article.

    What it checks:
        Where the page's AI-use disclosures are (see AI001). It fires when every one of them
        is inside the reader comment thread, after the related-links box under the article,
        or in hidden markup (``hidden``, ``display:none``, ``aria-hidden``).

    Why it matters:
        A disclosure must be clear and distinguishable at the latest at the first exposure
        (EU AI Act, art. 50(5)). One that readers never see, or read as page furniture, does
        not disclose anything.

    Example:
        <p hidden>Cet article a été généré par IA.</p> on a page whose visible text says
        nothing.

    Use instead:
        Put the disclosure under the title or at the end of the article's text.

    Configuration:
        None.
    """

    code = "AI005"
    name = "disclosure-placement"
    severity = Severity.INFO
    scope = (SpanKind.COMMENTS, SpanKind.BOILERPLATE)

    def check(self, ctx: Context):
        found = ctx.facts.disclosures
        if not found:
            return
        related = _related_start(ctx)

        def misplaced(d) -> str | None:
            if d.where in ("comments", "hidden"):
                return {"comments": "in the comment thread", "hidden": "in hidden markup"}[d.where]
            if related is not None and d.start > related:
                return "after the related links"
            return None

        places = [misplaced(d) for d in found]
        if any(p is None for p in places):
            return
        first, place = found[0], places[0]
        anchor = (first.start, first.end) if first.where != "hidden" else \
            next(((s.start, s.end) for s in ctx.spans(SpanKind.TITLE, SpanKind.BODY)),
                 (0, min(1, len(ctx.text))))
        yield self.finding(anchor[0], anchor[1],
                           f"the only AI-use disclosure is {place}: «{first.text}»",
                           evidence={"phrase": first.text, "place": place},
                           suggestion="show the disclosure with the article's text")
