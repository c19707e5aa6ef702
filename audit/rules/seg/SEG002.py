from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class SEG002(Rule):
    """Share, subscribe or navigation text remains inside a body paragraph.

    What it checks:
        Body paragraphs for the page furniture that extractors and copy-paste leave inside
        them: "Partager sur Facebook", "Abonnez-vous à notre newsletter", "Lire aussi :",
        "Share on Twitter", "Subscribe to our newsletter".

    Why it matters:
        Such text is not the article: it skews counts, quotes and numbers, and in a CMS it
        means a widget was pasted into the copy.

    Example:
        Le ministre a démissionné mardi. Partager sur Facebook Lire aussi : la crise.

    Use instead:
        Le ministre a démissionné mardi.

    Configuration:
        Phrases live in audit/lexicons/<lang>.yml under ``boilerplate_inline``.
    """

    code = "SEG002"
    name = "boilerplate-in-body"
    severity = Severity.WARNING
    scope = (SpanKind.BODY,)

    def check(self, ctx: Context):
        for start, end in ctx.facts.inline_boilerplate:
            phrase = ctx.text[start:end]
            yield self.finding(start, end, f"page furniture inside the body: «{phrase}»",
                               evidence={"phrase": phrase},
                               suggestion="remove it from the article text")
