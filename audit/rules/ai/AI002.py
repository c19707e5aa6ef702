from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class AI002(Rule):
    """Page metadata declares AI provenance that the visible text does not disclose.

    What it checks:
        HTML metadata (``<meta name="ai-generated">``, IPTC ``digitalSourceType``, an AI
        ``generator``) and Markdown front matter (``ai_generated``) against the visible text.
        It fires when metadata says AI was involved and no disclosure appears on the page.

    Why it matters:
        Readers do not see metadata. A page whose machine-readable provenance admits AI use
        but whose text does not tell readers is exactly what disclosure policies forbid.

    Example:
        <meta name="ai-generated" content="true"> on a page with no disclosure line.

    Use instead:
        Add a visible line such as "Ce contenu a été créé avec l'aide de l'IA."

    Configuration:
        None.
    """

    code = "AI002"
    name = "undisclosed-ai-metadata"
    severity = Severity.WARNING
    scope = (SpanKind.TITLE, SpanKind.BODY)

    def check(self, ctx: Context):
        value = str(ctx.doc.meta.get("ai_generated", "")).strip()
        if not value or value.lower() in ("false", "no", "0", "none"):
            return
        if ctx.spans(SpanKind.DISCLOSURE):
            return
        anchor = next(iter(ctx.spans(*self.scope)), None) or ctx.seg.spans[0]
        yield self.finding(anchor.start, anchor.end,
                           f"metadata declares AI provenance ({value!r}) but the page shows no "
                           "AI-use disclosure",
                           evidence={"metadata": value},
                           suggestion="add a visible AI-use disclosure")
