from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


def declared_ai(ctx: Context) -> list[dict]:
    """Metadata and front matter declarations that AI took part."""
    return [d for d in ctx.doc.meta.get("ai_provenance", []) if d["claim"] != "none"]


def needing_disclosure(ctx: Context) -> list[dict]:
    """The declarations the newsroom's disclosure policy asks a visible disclosure for."""
    s = ctx.settings
    return [d for d in declared_ai(ctx)
            if d["claim"] in s.disclosure_claims and d.get("scope", "article") in s.disclosure_parts]


class AI002(Rule):
    """Metadata says AI took part, and the page neither discloses it nor records a review.

    What it checks:
        Machine-readable provenance (meta tags such as ``ai-generated``, IPTC
        ``digitalSourceType`` in meta tags, JSON-LD or microdata, a ``generator`` naming an AI
        tool, Markdown front matter ``ai_generated``/``ai_assisted``) against what a reader
        sees. It fires when metadata declares AI involvement, no visible AI-use disclosure
        appears on the page (see AI001), and no human review or editorial responsibility is
        recorded (front matter ``ai_reviewed``, ``editorial_review``, ``reviewed_by``…).

    Why it matters:
        The EU AI Act (art. 50(4)) requires that AI-generated text published to inform the
        public on matters of public interest is disclosed, unless it underwent human review
        or editorial control and someone holds editorial responsibility for it. Readers do not
        see metadata: a page whose provenance admits AI use but whose text says nothing, with
        no recorded review, is what the law and newsroom policies forbid.

    Example:
        <meta name="ai-generated" content="true"> on a page with no disclosure line.

    Use instead:
        Add a visible line such as "Ce contenu a été créé avec l'aide de l'IA et relu par la
        rédaction.", or record the review (front matter ``ai_reviewed: true``).

    Configuration:
        ``[tool.audit.disclosure]``: ``parts`` (default ``["article", "image"]``: declarations
        about which parts need a visible disclosure), ``claims`` (default ``["generated",
        "assisted"]``) and ``review-exempts`` (default true: a recorded review exempts the
        article, as the AI Act does; false asks for a disclosure all the same).
    """

    code = "AI002"
    name = "undisclosed-ai"
    severity = Severity.ERROR
    scope = (SpanKind.TITLE, SpanKind.BODY)

    def check(self, ctx: Context):
        declared = needing_disclosure(ctx)
        reviewed = ctx.settings.review_exempts and ctx.doc.meta.get("ai_review")
        if not declared or ctx.facts.visible_disclosures or reviewed:
            return
        anchor = next(iter(ctx.spans(*self.scope)), None) or next(iter(ctx.seg.spans), None)
        start, end = (anchor.start, anchor.end) if anchor else (0, 0)  # an empty body
        where = ", ".join(f"{d['source']} = {d['value']!r}" for d in declared[:3])
        yield self.finding(start, end,
                           f"metadata declares AI involvement ({where}) but the page shows no "
                           "AI-use disclosure and records no human review",
                           evidence={"metadata": declared},
                           suggestion="add a visible AI-use disclosure, or record the "
                                      "editorial review")
