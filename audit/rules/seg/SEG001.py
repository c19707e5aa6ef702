from __future__ import annotations

from collections import Counter

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class SEG001(Rule):
    """No article body was found.

    What it checks:
        That the segmenter found at least one body paragraph. A page that is all navigation,
        a login wall, an empty template or a page the segmenter could not read gets this
        finding instead of a silent pass.

    Why it matters:
        Every other check reads the body: an audit of an empty body says nothing, and a
        report that shows no findings would mislead.

    Example:
        <nav><a href="/">Accueil</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a></nav>
        <footer>© 2025 Le Journal. Mentions légales. Contact.</footer>

        (a saved page that holds only the site's menu and footer)

    Use instead:
        Save the article's own page, or paste its text.

    Configuration:
        None.
    """

    code = "SEG001"
    name = "empty-body"
    severity = Severity.ERROR
    scope = (SpanKind.BODY,)

    def check(self, ctx: Context):
        if ctx.spans(SpanKind.BODY) or not ctx.seg.spans:
            return
        counts = Counter(s.kind.value for s in ctx.seg.spans)
        anchor = (ctx.spans(SpanKind.TITLE) or ctx.seg.spans)[0]
        found = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        yield self.finding(anchor.start, anchor.end,
                           f"no article body found (the page has {found})",
                           evidence={"spans": dict(counts)},
                           suggestion="audit the article's own page or its text")
