from __future__ import annotations

import bisect
import re

from audit import rx
from audit.check import Context, Rule
from audit.extract.attributions import normalise_name
from audit.lexicon import normalise_publisher
from audit.urls import site_of
from audit.model import Severity, SpanKind



# "finalisé à 100 %", "al 100%", "zu 100 Prozent": completely, not a statistic.
_WHOLLY_BEFORE = ("à ", "a ", "al ", "zu ")


def _wholly(text: str, q) -> bool:
    return q.kind == "percent" and q.value == 100 and \
        text[max(0, q.start - 4):q.start].lower().endswith(_WHOLLY_BEFORE)


class CIT008(Rule):
    """A statistic with no attribution in its paragraph.

    What it checks:
        Percentages and amounts of money in body paragraphs ("le chômage a atteint 7,4 %",
        "a budget of $2.5 billion") when neither their paragraph nor the one before (with no
        heading between: a new section) names a
        source: no attribution, named or not ("selon l'Insee", "according to a new poll"), no
        speech verb ("said the ministry", "the survey reveals", "Bayer a finalement annoncé",
        "L'entreprise vient en effet d'annoncer", "Borussia Dortmund confirmed", "Thomson had
        unveiled plans", "les observateurs … annonçant", "énonce-t-il"), no speech's frame
        with a name ("Dans son discours inaugural, Jean-Michel Massé"), no link in the text. An agency or wire
        credit ("(RTTNews) - …", "Par La Presse Canadienne") sources every paragraph under it
        down to the next heading, except on the wire's own site ("(Reuters) -" on reuters.com
        is a dateline). A figure a named body decides in its own sentence is sourced too ("le
        National a accepté d'investir 99 millions", "Auneuil provisionne 1 007 809,37 €",
        "Thomson will buy Reuters for USD 17.23 billion", "les guichets de Change Migros
        demandaient 1,0575 franc", "Instauré par le Wall Street
        Journal, le club … plus d'un milliard de dollars"; an amount alone as a sentence, by
        the next: "1007 809,37 €. C'est la somme qu'a provisionnée le conseil municipal"), and
        so is a run of paragraphs that each give a figure after a sourced one (a lede "…,
        according to Downing Street." then a deal a paragraph). A conversion's second amount
        ("1 milliard de dollars (890 M€)"), the headline repeated as a paragraph, and an
        amount a source gave above, said again further down ("la somme de 1,1 milliard de
        dollars" under another heading; written with two significant digits or more, so that
        it is the same amount) are not new figures. One finding per paragraph, on its first
        such figure.

    Why it matters:
        Figures are what readers quote and what fact-checkers check first; a figure with no
        source in sight cannot be traced.

    Example:
        Le chômage a atteint 7,4 % au dernier trimestre.

    Use instead:
        Le chômage a atteint 7,4 % au dernier trimestre, selon l'Insee.

    Configuration:
        Attribution cues, speech, announcement and decision verbs in
        audit/lexicons/<lang>.yml.
    """

    code = "CIT008"
    name = "unsourced-figure"
    severity = Severity.INFO
    scope = (SpanKind.BODY,)
    languages = ("fr", "en")
    page_kinds = ("news",)

    def check(self, ctx: Context):
        body = ctx.spans(*self.scope)
        # Links source a figure from the article's text, not from its menus.
        sourced = sorted([a.start for a in ctx.facts.attributions] +
                         [c.start for c in ctx.facts.citations if c.kind == "agency"] +
                         [s for s, _, _ in ctx.facts.body_links])
        # A conversion's second amount restates the first: "1 milliard de dollars (890 M€)".
        restated = {c.target.start for c in ctx.facts.conversions}
        figures = sorted((q.start, n) for n, q in enumerate(ctx.facts.quantities)
                         if q.kind in ("percent", "money") and not q.approximate
                         and q.start not in restated and not _wholly(ctx.text, q))
        decisions = sorted(s for s, _ in ctx.facts.decisions)
        # A wire credit ("(RTTNews) - …", "Par La Presse Canadienne") signs the copy under
        # it: every paragraph down to the next heading is the agency's (round 7, nasdaq.com).
        # Not on the wire's own site: "LOS ANGELES (Reuters) -" on reuters.com is its dateline
        # (a film's budget there still wants a source; an eval page's label).
        own = _own_name(ctx.doc.meta.get("canonical") or "")
        credits = sorted([a.start for a in ctx.facts.attributions
                          if a.kind == "credit" and own not in _names(a.name)] +
                         [c.start for c in ctx.facts.citations
                          if c.kind == "agency" and own not in _names(c.raw)])
        # The figures a source stands by already (the lede's): said again lower down, under
        # headings even ("Alors que la somme de 1,1 milliard de dollars peut sembler
        # astronomique…", round 7), they are not new figures.
        stated: set[tuple[str | None, float]] = set()
        titles = ctx.spans(SpanKind.TITLE)
        title = " ".join(ctx.text[titles[0].start:titles[0].end].split()) if len(titles) else None
        at = [f for f, _ in figures]
        heads = sorted(h.start for h in ctx.spans(SpanKind.HEADING))
        previous, chain, credited = None, False, False
        for span in body:
            has_figure = _any_in(at, span.start, span.end)
            sourced_here = _any_in(sourced, span.start, span.end)
            # The source may stand in the paragraph before ("The Deltapoll survey reveals…"),
            # or before a run of paragraphs that each give a figure: a list of the deals a
            # lede attributes ("…, according to Downing Street." then a deal a paragraph).
            # "Before" runs from the previous paragraph's start: a byline or a credit line
            # between the two ("Par La Presse Canadienne") stands before this one.
            # A heading between them opens another section: what the one before it sourced
            # stays there ("Rivian vient de confirmer…" over "Les 6 levées de fonds à retenir
            # cette semaine", then a tally of its own; round 6, presse-citron).
            floor = previous.start if previous is not None else 0
            if previous is not None and _any_in(heads, previous.end, span.start):
                floor = heads[bisect.bisect_left(heads, span.start) - 1]  # the heading's start
                chain = credited = False
            credited = credited or _any_in(credits, floor, span.end)
            covered = sourced_here or chain and has_figure or credited or \
                _any_in(sourced, floor, span.start)
            chain = sourced_here or covered and has_figure
            previous = span
            if not has_figure:
                continue
            if covered:
                stated.update(_figures_in(ctx, figures, span.start, span.end))
                continue
            if title and " ".join(ctx.text[span.start:span.end].split()) == title:
                continue  # the headline again, as the page shows it under its <title>
            i = bisect.bisect_left(figures, (span.start, -1))
            # The first figure no decision in its sentence sources, and not said before
            # under a source.
            while i < len(figures) and figures[i][0] < span.end:
                q = ctx.facts.quantities[figures[i][1]]
                key = _key(q)
                if key in stated:
                    i += 1
                elif decisions and _decided(ctx, decisions, span.start, span.end, q.start, q.end):
                    if key is not None:
                        stated.add(key)
                    i += 1
                else:
                    break
            if i < len(figures) and figures[i][0] < span.end:
                q = ctx.facts.quantities[figures[i][1]]
                shown = ctx.text[q.start:q.end]
                yield self.finding(q.start, q.end,
                                   f"figure {shown!r} with no source in its paragraph",
                                   evidence={"figure": shown, "kind": q.kind},
                                   suggestion="say where the figure comes from")


def _names(publisher: str | None) -> set[str]:
    """A publisher's names as a site's would read: "AFP" is "afp" and "agencefrancepresse",
    "Thomson Reuters" "reuters"."""
    return {re.sub(r"\W+", "", name(publisher or "")) for name in (normalise_publisher, normalise_name)}


def _own_name(url: str) -> str | None:
    """The name a page's own site reads as: "reuters" for www.reuters.com."""
    site = site_of(url)
    return re.sub(r"\W+", "", site.split(".")[0]) if site else None


def _key(q) -> tuple[str | None, float] | None:
    """An amount of money as a value: "1,1 milliard de dollars" and "1.1 billion dollars" are
    one. Only an amount written precisely enough to be the same one: a round "$2 billion"
    commitment is not the "$2 billion fundraise" a paragraph before (business-standard.com),
    nor is "7 %" of one thing that of another."""
    if q.kind != "money":
        return None
    digits = f"{q.value / (q.scale or 1):.10g}".split("e")[0].replace(".", "").replace("-", "")
    return (q.unit, round(q.value, 6)) if len(digits.strip("0")) >= _PRECISE_DIGITS else None


_PRECISE_DIGITS = 2  # significant digits as written: "1,1 milliard", "133 millions", "$1,499.99"


def _figures_in(ctx: Context, figures: list[tuple[int, int]], lo: int, hi: int
                ) -> list[tuple[str | None, float]]:
    """The amounts of the figures in [lo, hi)."""
    i = bisect.bisect_left(figures, (lo, -1))
    out = []
    while i < len(figures) and figures[i][0] < hi:
        key = _key(ctx.facts.quantities[figures[i][1]])
        if key is not None:
            out.append(key)
        i += 1
    return out


_SENTENCE_END = rx.compile(r"[.!?…](?=\s+[\p{Lu}«“\"(])")
_WINDOW = 600  # characters read either side of a figure for its sentence: linear time


def _decided(ctx: Context, decisions: list[int], lo: int, hi: int, at: int, stop: int) -> bool:
    """Does the sentence around the figure [at, stop) in the paragraph [lo, hi) hold a
    decision? A sentence that is the figure alone ("1007 809,37 €. C'est la somme qu'a
    provisionnée le conseil municipal", round 6) is told by the next one."""
    lo, hi = max(lo, at - _WINDOW), min(hi, at + _WINDOW)
    start = end = None
    ends = _SENTENCE_END.finditer(ctx.text, lo, hi)
    for m in ends:
        if m.end() <= at:
            start = m.end()
        else:
            end = m.end()
            break
    if end is not None and not _LETTERS.search(ctx.text, start or lo, at) and \
            not _LETTERS.search(ctx.text, stop, end):
        end = next(ends, None)
        end = end.end() if end else hi
    return _any_in(decisions, start or lo, end or hi)


_LETTERS = rx.compile(r"[^\W\d_]{2}")


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi
