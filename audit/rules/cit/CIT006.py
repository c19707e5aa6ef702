from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class CIT006(Rule):
    """A cited source is dated after the article's publication date.

    What it checks:
        Each sources entry's date, at its precision (a month-only date is late only if the
        whole month is after), against the article's publication date (metadata, a "Publié
        le" line, or --published). Without a publication date the rule cannot run, and the
        article's notes say so.

    Why it matters:
        An article cannot cite what was published after it: the date or the citation is
        wrong, or the article was silently updated.

    Example:
        Publié le 4 janvier 2026

        Le budget de la ville a été adopté, selon Le Monde.

        Sources :
        - Le Monde, « Le budget adopté », publié le 5 janvier 2026.

    Use instead:
        Correct the citation's date, or state the update ("Mis à jour le 6 janvier 2026").

    Configuration:
        --published YYYY-MM-DD when the article carries no date.
    """

    code = "CIT006"
    name = "citation-chronology"
    severity = Severity.ERROR
    scope = (SpanKind.SOURCES,)
    page_kinds = ("news", "personal")

    def check(self, ctx: Context):
        published = ctx.facts.published
        if published is None:
            return
        for citation in ctx.facts.citations:
            if citation.date is None or citation.date.first_day() <= published:
                continue
            yield self.finding(citation.start, citation.end,
                               f"source dated {citation.date.iso()} is after the article's "
                               f"publication date {published.isoformat()}",
                               evidence={"source_date": citation.date.iso(),
                                         "precision": citation.date.precision,
                                         "published": published.isoformat(),
                                         "published_from": ctx.facts.published_source})
