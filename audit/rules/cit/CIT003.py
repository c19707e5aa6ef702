from __future__ import annotations

import re

from audit.check import Context, Rule
from audit.model import Severity, SpanKind

# A site's address alone ("www.elwatan.com"): where a reprint was taken from, not a piece.
_SITE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def _site_credit(citations) -> bool:
    """The list is one site's address and nothing more ("Source : www.elwatan.com" under a
    reprint, round 16b): the whole text's credit, as an agency's is. A publication's name
    alone ("Source : Les Echos" under a summary, round 5) cites its article: still asked."""
    if len(citations) != 1:
        return False
    c = citations[0]
    return c.kind == "outlet" and not (c.title or c.author or c.date) and \
        bool(c.publisher) and _SITE.fullmatch(c.publisher.strip()) is not None


class CIT003(Rule):
    """A sources entry lacks a title or a date.

    What it checks:
        Every entry of the sources list, parsed into publisher, title (between « » or
        quotes), author and date. It fires when the title or the publication date is missing.

    Why it matters:
        "The Washington Post, rapports sur…" cannot be found again: a reader needs the piece's
        title and date to trace it.

    Example:
        Le Venezuela a demandé une aide militaire à la Russie, selon la presse américaine.

        Sources :
        - The Washington Post, rapports sur la demande d'aide militaire de Maduro.

    Use instead:
        The Washington Post, « Maduro sought Russian help », publié le 31 octobre 2025.

    Configuration:
        Publication cues ("publié le") live in audit/lexicons/<lang>.yml. News agency credits
        ("Sources : AFP", "Avec Reuters", a site's name: "Source: Reuters.com"; agencies in audit/lexicons/sources/publishers.yml)
        need no title or date unless --agency-credits-need-title-date, nor a list that is one
        site's address alone, a reprint's credit ("Source : www.elwatan.com"; a publication's
        name alone, "Source : Les Echos", cites its article and is asked). A reference written
        without quotes ("Authors. Title. Journal. 2005;161:303-6") has its longest part as
        title and its year as date.
    """

    code = "CIT003"
    name = "incomplete-citation"
    severity = Severity.WARNING
    scope = (SpanKind.SOURCES,)
    languages = ("fr", "en")
    page_kinds = ("news", "personal")

    def check(self, ctx: Context):
        site = ctx.settings.agency_credits_complete and _site_credit(ctx.facts.citations)
        for citation in ctx.facts.citations:
            if citation.kind == "agency" and ctx.settings.agency_credits_complete or site:
                continue  # "Sources : AFP", "Avec Reuters", a reprint's site: a credit, complete as it is
            missing = [field for field, value in (("title", citation.title), ("date", citation.date))
                       if value is None]
            if not missing:
                continue
            who = citation.publisher or citation.raw[:40]
            yield self.finding(citation.start, citation.end,
                               f"citation of {who!r} lacks {' and '.join(missing)}",
                               evidence={"publisher": citation.publisher, "missing": missing},
                               suggestion="give the cited piece's title and publication date")
