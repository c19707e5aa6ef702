from __future__ import annotations

import functools

from audit.check import Context, Rule
from audit.extract.attributions import normalise_name
from audit.lexicon import get_publishers
from audit.model import Severity, SpanKind


@functools.cache
def _agencies() -> frozenset[str]:
    """The news agencies' names as normalise_name gives them."""
    return frozenset(normalise_name(a) for a in get_publishers().agencies)


def _credit_only(citations) -> bool:
    """The list is one outlet named alone, by its name or its address, with no title, author
    or date ("Source : www.cameroonweb.com" under a reprint): the whole text's credit, no list
    of the sources its body names. Two outlets ("Sources : Le Monde, Reuters") are a list."""
    return len(citations) == 1 and citations[0].kind == "outlet" and bool(citations[0].publisher) and \
        not (citations[0].title or citations[0].author or citations[0].date)


class CIT002(Rule):
    """The body names a source that the sources list lacks.

    What it checks:
        Each attribution in the body to a publication or organisation ("selon le Figaro", "a
        rapporté CNN", "according to the Health Ministry") against the publishers of the
        sources list, ignoring case, articles and punctuation ("le Washington Post" matches
        "The Washington Post"). People quoted by name are interviewees and are left out. Only
        when a sources list exists, and not under a credit alone: a news agency's ("Source :
        AFP"), or one outlet named alone by its name or address, no title, author or date (a
        reprint's "Source : www.cameroonweb.com"): the story is theirs, and so are the
        sources it names.

    Why it matters:
        A sources list that leaves out a source the text leans on is incomplete, and readers
        who rely on it miss where a claim came from.

    Example:
        Selon le Figaro, le maire a démissionné mardi soir après le vote du budget.

        Sources : Le Monde, Reuters.

    Use instead:
        Add Le Figaro to the sources list.

    Configuration:
        Attribution cues live in audit/lexicons/<lang>.yml under ``attribution_cues``.
    """

    code = "CIT002"
    name = "unlisted-attribution"
    severity = Severity.WARNING
    scope = (SpanKind.BODY,)
    languages = ("fr", "en")
    page_kinds = ("news", "personal")

    def check(self, ctx: Context):
        listed = [normalise_name(c.publisher or c.raw) for c in ctx.facts.citations]
        if not listed:
            return
        if all(c.kind != "entry" and not c.title and name in _agencies()
               for c, name in zip(ctx.facts.citations, listed)):
            return  # "Source : AFP" credits a wire story: its named sources are the agency's (round 11a)
        if _credit_only(ctx.facts.citations):
            return  # "Source : www.cameroonweb.com" credits a reprint: the body's named sources
            # are that outlet's, as an agency's are (round 17b, fr03)
        # One list for every finding's evidence, and each name looked up once: per finding,
        # a page naming one outlet 6,000 times beside 20,000 entries held a gigabyte.
        publishers = [c.publisher for c in ctx.facts.citations]
        known: dict[str, bool] = {}
        for attribution in ctx.facts.attributions:
            if attribution.vague or not attribution.name or not attribution.organisation:
                continue  # people quoted are interviewees, not entries of a sources list
            name = normalise_name(attribution.name)
            if name not in known:
                known[name] = any(name in entry or entry in name for entry in listed if entry)
            if known[name]:
                continue
            shown = ctx.text[attribution.start:attribution.end]
            yield self.finding(attribution.start, attribution.end,
                               f"{attribution.name!r} is named as a source but is not in the "
                               "sources list",
                               evidence={"source": attribution.name, "phrase": shown,
                                         "listed": publishers},
                               suggestion=f"add {attribution.name} to the sources list")
