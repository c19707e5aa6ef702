from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind
from audit.segment.cues import disclosure_match


class AI001(Rule):
    """The article carries a visible AI-use disclosure.

    What it checks:
        Disclosure spans, and body paragraphs, for a statement that AI helped make the
        content ("Ce contenu a été créé avec l'aide de l'IA.", "This article was written with
        the help of AI"), in French, English, Spanish, German and Italian.

    Why it matters:
        Newsroom policies and the EU AI Act ask that AI-assisted content says so. The finding
        records the phrase and its language so a report can list which articles disclose.

    Example:
        Ce contenu a été créé avec l'aide de l'IA.

    Use instead:
        Nothing to change: this is information. Silence it with --ignore AI001.

    Configuration:
        Disclosure wordings live in audit/lexicons/<lang>.yml under ``disclosure``.
    """

    code = "AI001"
    name = "ai-disclosure"
    severity = Severity.INFO
    scope = (SpanKind.DISCLOSURE, SpanKind.BODY)

    def check(self, ctx: Context):
        for span in ctx.spans(*self.scope):
            found = disclosure_match(ctx.facts.folded[span.start:span.end])
            if not found:
                continue
            language, match = found
            start, end = span.start + match.start(), span.start + match.end()
            phrase = ctx.text[start:end]
            yield self.finding(start, end, f"AI-use disclosure ({language}): «{phrase}»",
                               evidence={"phrase": phrase, "language": language,
                                         "span": span.kind.value})
