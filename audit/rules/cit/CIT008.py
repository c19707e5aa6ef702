from __future__ import annotations

import bisect
import re

from audit import rx
from audit.check import Context, Rule
from audit.extract import rates
from audit.extract.attributions import normalise_name
from audit.lexicon import get_lexicon, normalise_publisher
from audit.urls import site_of
from audit.model import LineBlocks, Severity, SpanKind



# "finalisé à 100 %", "al 100%", "zu 100 Prozent": completely, not a statistic.
_WHOLLY_BEFORE = ("à ", "a ", "al ", "zu ")


def _wholly(text: str, q) -> bool:
    return q.kind == "percent" and q.value == 100 and \
        text[max(0, q.start - 4):q.start].lower().endswith(_WHOLLY_BEFORE)


class CIT008(Rule):
    """A statistic with no attribution in its paragraph.

    What it checks:
        Percentages and amounts of money in body paragraphs ("le chômage a atteint 7,4 %",
        "a budget of $2.5 billion"; not one hedged as about: "about $3,000", "près de 5 %")
        when neither their paragraph nor the one before (with no
        heading between: a new section) names a
        source: no attribution, named or not ("selon l'Insee", "according to a new poll"), no
        speech verb ("said the ministry", "the survey reveals", "Bayer a finalement annoncé",
        "L'entreprise vient en effet d'annoncer", "Borussia Dortmund confirmed", "Thomson had
        unveiled plans", "les observateurs … annonçant", "énonce-t-il", "Le groupe publiera … mais il a déjà
        indiqué", "le maire a, au dernier conseil municipal, … évoqué"), nor what a body's
        meeting presented ("Présenté lors du dernier conseil municipal, le budget"), no speech's frame
        with a name ("Dans son discours inaugural, Jean-Michel Massé"), no link in the text. An agency or wire
        credit ("(RTTNews) - …", "Par La Presse Canadienne") sources every paragraph under it
        down to the next heading, except on the wire's own site ("(Reuters) -" on reuters.com
        is a dateline). A figure a named body decides in its own sentence is sourced too ("le
        National a accepté d'investir 99 millions", "Auneuil provisionne 1 007 809,37 €",
        "Thomson will buy Reuters for USD 17.23 billion", "Deel … il vient de s'offrir Hofy …
        pour plus de 100 millions de dollars", "Hoyt began with a $1 million commitment", "les guichets de Change Migros
        demandaient 1,0575 franc", "Instauré par le Wall Street
        Journal, le club … plus d'un milliard de dollars"; an amount alone as a sentence, by
        the next: "1007 809,37 €. C'est la somme qu'a provisionnée le conseil municipal"; after
        it, its paragraph's amounts that allot money: "… un budget additionnel de 23 317
        euros"), and
        so is a run of paragraphs that each give a figure after a sourced one (a lede "…,
        according to Downing Street." then a deal a paragraph). A figure inside a quotation
        over several paragraphs is its speaker's when a source stands in them, in the paragraph
        before it opens or the one after it closes ("LE FIGARO. « … Le cap des 10 milliards
        d'euros pourrait être atteint cette année. … »" then "Le Figaro."). A conversion's
        second amount ("1 milliard de dollars (890 M€)"; and its first when the second is an
        amount said before: "19,65 milliards FCFA (36 millions $)" under "La France offre 36
        millions de $"), the author's conversion of the amount
        just given, with a conversion's words and at a rate the two currencies have had ("134
        milliards de dollars …" then "Plus de 96 milliards d'euros au change !"), the headline
        repeated as a paragraph, and an amount a source gave above, said again further down
        ("la somme de 1,1 milliard de dollars" under another heading; written with two
        significant digits or more, so that it is the same amount, or after a demonstrative:
        "Ce nouveau contrat de 700 millions d'euros") are not new figures; nor
        is an amount of the first paragraph (a standfirst, a lede: it sums up the story) that
        a paragraph under it in its section gives again with a source in it ("…for up to 15
        billion euros." then "…for up to 15 billion euros ($16.06 billion), a source told
        Reuters"). Nor are figures that are no statistic: a limit the author sets for the
        article ("Nous optons pour 10 millions de livres comme limite ici", and that amount
        again as a bound: "… avec moins de 10 millions de livres"), a number word defined
        ("Le trilliard, c'est mille milliards de dollars"), a banknote's or a coin's face value
        ("on n'a plus de billet de 500 CHF", "a $100 bill"), the site's own subscription price
        ("profitez de notre abonnement illimité … pour 5 euros par mois"), the writer's own
        account in the first person plural ("nous avons accueilli un peu plus de 50% du
        public habituel") and the figures of a hypothesis
        ("Si le montant des dettes était de 400 000 000 €, alors…": its sentence's, and its
        paragraph's when the paragraph opens on it). One finding per paragraph, on its
        first such figure; one for a run of short lines (40 words or fewer: a table's rows, a
        list) that each give one, on the first, with how many.

    Why it matters:
        Figures are what readers quote and what fact-checkers check first; a figure with no
        source in sight cannot be traced.

    Example:
        Le chômage a atteint 7,4 % au dernier trimestre.

    Use instead:
        Le chômage a atteint 7,4 % au dernier trimestre, selon l'Insee.

    Configuration:
        Attribution cues, speech, announcement and decision verbs, limit, definition,
        conversion, denomination and hypothesis cues (own_limit_cues, definition_cues,
        conversion_cues, denomination_before, denomination_after, hypothesis_cues), and
        own_offer_cues, own_account_cues, commitment_before, commitment_after, demonstratives,
        meeting_cues, allocation_words in
        audit/lexicons/<lang>.yml.
    """

    code = "CIT008"
    name = "unsourced-figure"
    severity = Severity.INFO
    scope = (SpanKind.BODY,)
    # Opt-in: right 90 times of 185 on the blind rounds' pages, out of sample (rounds 4 to 11b:
    # fr 74 of 154, en 16 of 31), and each round's fixes moved the next round's figure little
    # (round 11: 5 of 30). README, "Precision on real pages".
    languages = ()
    page_kinds = ("news",)

    def check(self, ctx: Context):
        body = ctx.spans(*self.scope)
        # Links source a figure from the article's text, not from its menus.
        sourced = sorted([a.start for a in ctx.facts.attributions] +
                         [c.start for c in ctx.facts.citations if c.kind == "agency"] +
                         [s for s, _, _ in ctx.facts.body_links])
        # A conversion's second amount restates the first: "1 milliard de dollars (890 M€)".
        restated = {c.target.start for c in ctx.facts.conversions}
        converted = {c.source.start: _key(c.target) for c in ctx.facts.conversions
                     if _key(c.target) is not None}
        figures = sorted((q.start, n) for n, q in enumerate(ctx.facts.quantities)
                         if q.kind in ("percent", "money") and not q.approximate
                         and q.start not in restated and not _wholly(ctx.text, q))
        # No statistics: a limit the author sets, a number word defined, the author's own
        # conversion of the amount just given, a figure quoted from a credited speaker.
        exempt = _not_statistics(ctx, figures) | _own_conversions(ctx, figures, body) | \
            _quoted_and_credited(ctx, figures, body, sourced)
        # The writer's own account, in the first person plural, is its own source ("nous avons
        # accueilli un peu plus de 50% du public habituel", round 10a: a festival's own page).
        exempt |= _in_sentences(ctx, get_lexicon().own_account, figures)
        # A speech participle after its auxiliary, adverbs or asides between, whose subject is
        # named or a pronoun resuming a named one ("Le groupe publiera … mais il a déjà
        # indiqué que…", "Celui qui fait maire a, au dernier conseil municipal, … évoqué";
        # round 10): a source as a speech verb is.
        # And what a named body's meeting presented ("Présenté lors du dernier conseil
        # municipal, le budget …", round 10b): facts.spoken, facts.meetings.
        spoken = [s for s, _ in ctx.facts.spoken] + [s for s, _ in ctx.facts.meetings]
        if spoken:
            sourced = sorted(sourced + spoken)
        # Under the lede, a source that says who: named or not ("a source told Reuters"),
        # not a bare cue ("via 60 tours de table", round 6: no one).
        speakers = sorted([a.start for a in ctx.facts.attributions if a.named or a.vague] +
                          [c.start for c in ctx.facts.citations if c.kind == "agency"])
        exempt |= _lede_restated(ctx, figures, body, speakers)
        figures = [f for f in figures if f[0] not in exempt]
        # A named body's decisions, its subject maybe a pronoun resuming it ("Deel … il vient
        # de s'offrir Hofy … pour plus de 100 millions de dollars", round 10b), and the amounts
        # still figures here that a named body commits ("Hoyt began with a $1 million
        # commitment", round 10a): facts.decisions, facts.commitments.
        allotted = _in_sentences(ctx, get_lexicon().allocation, figures)
        kept = {f for f, _ in figures}
        decisions = sorted([s for s, _ in ctx.facts.decisions] +
                           [s for s in ctx.facts.commitments if s in kept])
        # A wire credit ("(RTTNews) - …", "Par La Presse Canadienne") signs the copy under
        # it: every paragraph down to the next heading is the agency's (round 7, nasdaq.com).
        # Not on the wire's own site: "LOS ANGELES (Reuters) -" on reuters.com is its dateline
        # (a film's budget there still wants a source; an eval page's label).
        own = _own_names(ctx.doc.meta.get("canonical") or "")
        credits = sorted([a.start for a in ctx.facts.attributions
                          if a.kind == "credit" and own.isdisjoint(_names(a.name))] +
                         [c.start for c in ctx.facts.citations
                          if c.kind == "agency" and own.isdisjoint(_names(c.raw))])
        # The figures a source stands by already (the lede's): said again lower down, under
        # headings even ("Alors que la somme de 1,1 milliard de dollars peut sembler
        # astronomique…", round 7), they are not new figures.
        stated: set[tuple[str | None, float]] = set()
        # Every amount a source gave, however round or hedged ("près de 700 millions
        # d'euros"): a demonstrative ties one said again to it ("Ce nouveau contrat de 700
        # millions d'euros", round 10a).
        given: set[tuple[str | None, float]] = set()
        money = sorted((q.start, n) for n, q in enumerate(ctx.facts.quantities) if q.kind == "money")
        titles = ctx.spans(SpanKind.TITLE)
        title = " ".join(ctx.text[titles[0].start:titles[0].end].split()) if len(titles) else None
        at = [f for f, _ in figures]
        heads = sorted(h.start for h in ctx.spans(SpanKind.HEADING))
        previous, chain, credited = None, False, False
        # The findings of consecutive rows of a table or lines of a list: (span, figure).
        run: list[tuple] = []
        rows = _Rows(ctx)
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
            adjacent = previous is not None and run and run[-1][0] is previous and \
                not _any_in(heads, previous.end, span.start)
            previous = span
            if run and not (adjacent and has_figure):
                yield self._run_finding(ctx, run)
                run = []
            if covered:  # hedged amounts too, in a paragraph with no other figure
                given.update(_amounts(ctx, money, span.start, span.end))
            if not has_figure:
                continue
            if covered:
                stated.update(_figures_in(ctx, figures, span.start, span.end))
                continue
            if title and " ".join(ctx.text[span.start:span.end].split()) == title:
                continue  # the headline again, as the page shows it under its <title>
            i = bisect.bisect_left(figures, (span.start, -1))
            # The first figure no decision in its sentence sources, and not said before
            # under a source. After a decided one, the paragraph's next figures that allot
            # money are that body's too: the items of a council's votes ("Les élus ont validé
            # les budgets supplémentaires, portant l'équilibre budgétaire à 93,2 millions
            # d'euros … Le projet VETSSE bénéficie d'un budget additionnel de 23 317 euros",
            # round 10b); not a valuation there ("valorisés à 10 milliards", round 7).
            decided = False
            while i < len(figures) and figures[i][0] < span.end:
                q = ctx.facts.quantities[figures[i][1]]
                key = _key(q)
                # a conversion is one amount: "19,65 milliards FCFA (36 millions $)" under a
                # "36 millions de $" said before
                if key in stated or converted.get(q.start) in stated or _tied(ctx, q, given) or \
                        decided and figures[i][0] in allotted:
                    i += 1
                elif decisions and _decided(ctx, decisions, span.start, span.end, q.start, q.end):
                    decided = True
                    if key is not None:
                        stated.add(key)
                    if q.kind == "money":
                        given.add((q.unit, round(q.value, 6)))
                    i += 1
                else:
                    break
            if i < len(figures) and figures[i][0] < span.end:
                q = ctx.facts.quantities[figures[i][1]]
                if run and not rows.joined(run[-1][0], span):
                    yield self._run_finding(ctx, run)
                    run = []
                run.append((span, q))
            elif run:
                yield self._run_finding(ctx, run)
                run = []
        if run:
            yield self._run_finding(ctx, run)

    def _run_finding(self, ctx: Context, run: list):
        """One finding for consecutive short lines that each give a figure with no source (a
        table's rows, a list of estimates), on the first figure."""
        q = run[0][1]
        shown = ctx.text[q.start:q.end]
        message = f"figure {shown!r} with no source in its paragraph"
        if len(run) > 1:
            message = (f"{len(run)} figures with no source on {len(run)} consecutive lines "
                       f"(a table or a list), the first {shown!r}")
        evidence = {"figure": shown, "kind": q.kind}
        if len(run) > 1:
            evidence["lines"] = len(run)
        return self.finding(q.start, q.end, message, evidence=evidence,
                            suggestion="say where the figure comes from")


def _names(publisher: str | None) -> set[str]:
    """A publisher's names as a site's would read: "AFP" is "afp" and "agencefrancepresse",
    "Thomson Reuters" "reuters"."""
    return {re.sub(r"\W+", "", name(publisher or "")) for name in (normalise_publisher, normalise_name)}


def _own_names(url: str) -> set[str]:
    """The names a page's own site reads as (as _names reads a credit's): its registered
    domain's name ("reuters" for www.reuters.com, "bbc" for news.bbc.co.uk), and the
    publisher's names when the publishers lexicon knows the domain ("lefigaro.fr" is Le
    Figaro's: "figaro", which "lefigaro" is not)."""
    site = site_of(url)
    if not site:
        return set()
    return {re.sub(r"\W+", "", site.split(".")[0])} | _names(site)


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


def _amounts(ctx: Context, money: list[tuple[int, int]], lo: int, hi: int
             ) -> list[tuple[str | None, float]]:
    """The amounts of money (any, hedged or round) in [lo, hi), as values."""
    quantities = ctx.facts.quantities
    return [(quantities[n].unit, round(quantities[n].value, 6)) for _, n in _between(money, lo, hi)]


_DEMONSTRATIVE_REACH = 40  # characters read before an amount for "Ce nouveau contrat de"


def _tied(ctx: Context, q, given: set[tuple[str | None, float]]) -> bool:
    """Is the amount one a source gave above, said again after a demonstrative ("Ce nouveau
    contrat de 700 millions d'euros")? Then it is that amount, however round."""
    pattern = get_lexicon().demonstrative_before
    return q.kind == "money" and pattern is not None and (q.unit, round(q.value, 6)) in given and \
        pattern.search(ctx.facts.folded, max(0, q.start - _DEMONSTRATIVE_REACH), q.start) is not None


def _figures_in(ctx: Context, figures: list[tuple[int, int]], lo: int, hi: int
                ) -> list[tuple[str | None, float]]:
    """The amounts of the figures in [lo, hi)."""
    keys = (_key(ctx.facts.quantities[n]) for _, n in _between(figures, lo, hi))
    return [key for key in keys if key is not None]


def _between(figures: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The figures ((start, index), in order) that start in [lo, hi)."""
    return figures[bisect.bisect_left(figures, (lo, -1)):bisect.bisect_left(figures, (hi, -1))]


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
_ROW_WORDS = 40  # a line this short may be a table's row or a list's item, not a paragraph
_LIST_TAGS = frozenset({"li", "td", "th", "tr", "dd", "dt"})
_SENTENCE_CLOSE = rx.compile(r"[.!?…][\s\"'»”)\]]*$")


class _Rows:
    """Whether two body spans, one right under the other, are rows of one table or lines of
    one list: both short, and both list items or table cells in the markup, or lines with no
    blank line between in plain text, or neither a sentence ("Une cave … 307 000 €"). Short
    paragraphs of prose, each a sentence, are not (wire copy, a caption over its paragraph)."""

    def __init__(self, ctx: Context) -> None:
        self.text, blocks = ctx.text, ctx.doc.blocks
        self.plain = ctx.doc.format == "text"
        self.tags: dict[int, str] = {} if isinstance(blocks, LineBlocks) else \
            {b.start: b.tag for b in blocks if b.tag in _LIST_TAGS}

    def short(self, span) -> bool:
        return self.text.count(" ", span.start, span.end) < _ROW_WORDS  # words, about

    def sentence(self, span) -> bool:
        return _SENTENCE_CLOSE.search(self.text, max(span.start, span.end - 8), span.end) is not None

    def joined(self, above, below) -> bool:
        if not (self.short(above) and self.short(below)):
            return False
        return (above.start in self.tags and below.start in self.tags) or \
            (self.plain and "\n\n" not in self.text[above.end:below.start].replace(" ", "")) or \
            not (self.sentence(above) or self.sentence(below))


def _sentence(text: str, at: int, stop: int) -> tuple[int, int]:
    """The sentence around [at, stop), read at most _WINDOW characters either side."""
    lo, hi = max(0, at - _WINDOW), min(len(text), stop + _WINDOW)
    start, end = lo, hi
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= stop:
            end = m.end()
            break
    line = text.rfind("\n", start, at)  # a paragraph's break ends a sentence too
    start = line + 1 if line >= 0 else start
    line = text.find("\n", stop, end)
    return start, line if line >= 0 else end


def _in_sentences(ctx: Context, pattern, figures: list[tuple[int, int]]) -> set[int]:
    """The starts of the figures ((start, index in facts.quantities)) whose sentence the
    pattern matches (on folded text)."""
    if pattern is None:
        return set()
    folded, out = ctx.facts.folded, set()
    # Each figure's sentence searched, not the whole text: a page has a few figures, and the
    # patterns open on common words ("nous", "le").
    sentences: dict[tuple[int, int], bool] = {}
    for start, n in figures:
        span = _sentence(folded, start, ctx.facts.quantities[n].end)
        if span not in sentences:
            sentences[span] = pattern.search(folded, *span) is not None
        if sentences[span]:
            out.add(start)
    return out


def _not_statistics(ctx: Context, figures: list[tuple[int, int]]) -> set[int]:
    """Figures that are no statistic: a number word defined ("Le trilliard, c'est mille
    milliards de dollars"), a limit the author sets for the article ("Nous optons pour 10
    millions de livres comme limite ici"), and that amount again as a bound ("… avec moins de 10
    millions de livres", above or below it)."""
    lex = get_lexicon()
    out = _in_sentences(ctx, lex.definition, figures) | _denominations(ctx, figures) | \
        _hypotheses(ctx, figures) | _in_sentences(ctx, lex.own_offer, figures)
    limits = _in_sentences(ctx, lex.own_limit, figures)
    if limits:
        quantities = ctx.facts.quantities
        values = {(quantities[n].unit, quantities[n].value) for s, n in figures if s in limits}
        out |= limits | {s for s, n in figures if quantities[n].bound
                         and (quantities[n].unit, quantities[n].value) in values}
    return out


_DENOMINATION_REACH = 30  # characters read before an amount for "billet de"
_HIGHEST_NOTE = 10_000  # a face value: "a $100 bill", not "a $1.2 trillion bill" (a law)


def _denominations(ctx: Context, figures: list[tuple[int, int]]) -> set[int]:
    """Amounts that are a banknote's or a coin's face value ("on n'a plus de billet de 500
    CHF", "a $100 bill"): written as a whole number, no scale word, no greater than a note."""
    lex = get_lexicon()
    before, after = lex.denomination_before, lex.denomination_after
    if before is None and after is None:
        return set()
    folded, out = ctx.facts.folded, set()
    for s, n in figures:
        q = ctx.facts.quantities[n]
        if q.kind != "money" or q.scale != 1 or q.decimals or q.value > _HIGHEST_NOTE:
            continue
        if before is not None and before.search(folded, max(0, s - _DENOMINATION_REACH), s) or \
                after is not None and after.match(folded, q.end):
            out.add(s)
    return out


def _hypotheses(ctx: Context, figures: list[tuple[int, int]]) -> set[int]:
    """Figures a hypothesis supposes ("Si le montant des dettes était de 400 000 000 €,
    alors…"): those of its sentence, and all of its paragraph's when the paragraph opens on it
    (the reckoning that follows: "C'est seulement 0,18% des sommes dues")."""
    pattern = get_lexicon().hypothesis
    if pattern is None or not figures:
        return set()
    out = _in_sentences(ctx, pattern, figures)
    if not out:
        return out
    folded = ctx.facts.folded
    for span in ctx.spans(SpanKind.BODY):
        if pattern.match(folded, span.start, span.end):
            out.update(s for s, _ in _between(figures, span.start, span.end))
    return out


def _lede_restated(ctx: Context, figures: list[tuple[int, int]], body, sourced: list[int]) -> set[int]:
    """The amounts of the first paragraph (the standfirst or lede, which sums up the story)
    that a paragraph under it in its section restates with a source (``sourced``) in it: "…for up to 15
    billion euros." then "…for up to 15 billion euros ($16.06 billion), a source told Reuters"
    (round 9a, devdiscourse). Amounts written precisely enough to be the same (_key)."""
    if len(body) < 2 or not figures:
        return set()
    lede = body[0]
    heads = [h.start for h in ctx.spans(SpanKind.HEADING) if h.start >= lede.end]
    stop = min(heads) if heads else len(ctx.text)
    quantities = ctx.facts.quantities
    starts = [span.start for span in body]
    below: set[tuple[str | None, float]] = set()
    for q in quantities:  # one pass: a span's quantities found by its start
        if q.kind != "money" or not lede.end <= q.start < stop:
            continue
        span = body[bisect.bisect_right(starts, q.start) - 1]
        if q.start < span.end and _any_in(sourced, span.start, span.end) and \
                (key := _key(q)) is not None:
            below.add(key)
    if not below:
        return set()
    return {s for s, n in _between(figures, lede.start, lede.end) if _key(quantities[n]) in below}


def _own_conversions(ctx: Context, figures: list[tuple[int, int]], body) -> set[int]:
    """Amounts the author converts from the amount just before, in another currency, with a
    conversion's words next to them ("… 134 milliards de dollars d'obligations … Plus de 96
    milliards d'euros au change !"): covered by that amount's verdict. The two must be at a
    rate the two currencies have had (ECB history), so that it is the same amount."""
    cue = get_lexicon().conversion_cue
    if cue is None:
        return set()
    quantities, folded, out = ctx.facts.quantities, ctx.facts.folded, set()
    money = [(s, n) for s, n in figures if quantities[n].kind == "money"]
    starts = [span.start for span in body]
    for k in range(1, len(money)):
        q, before = quantities[money[k][1]], quantities[money[k - 1][1]]
        if before.unit == q.unit or not _next_to(cue, folded, q):
            continue
        # the amount just before stands in this paragraph or the one before
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and before.start >= (starts[i - 1] if i else 0) and _plausible(before, q):
            out.add(q.start)
    return out


def _next_to(cue, folded: str, q) -> bool:
    """A conversion's words right after the amount or right before it ("umgerechnet 178 Mrd")."""
    after = cue.search(folded, q.end, q.end + _CUE_REACH)
    if after and not folded[q.end:after.start()].strip(" ,"):
        return True
    return any(not folded[m.end():q.start].strip(" ,:")
               for m in cue.finditer(folded, max(0, q.start - _CUE_REACH), q.start))


_CUE_REACH = 40


def _plausible(source, target) -> bool:
    """Could the two amounts be one at a rate their currencies have had (ECB reference rates
    since 1999, a fifth either way for a rounded figure or an older rate)?"""
    low, high = _range(source.unit), _range(target.unit)
    if low is None or high is None or not source.value or not target.value:
        return False
    ratio = target.value / source.value  # units of target per unit of source
    return high[0] / low[1] * 0.8 <= ratio <= high[1] / low[0] * 1.25


def _range(code: str | None) -> tuple[float, float] | None:
    """The lowest and highest euro rate a currency has had: (1, 1) for the euro."""
    if code == "EUR":
        return 1.0, 1.0
    h = rates.history()
    if code not in h.currencies:
        return None
    values = h.series(code)[1]
    return (min(values), max(values)) if values else None


def _quoted_and_credited(ctx: Context, figures: list[tuple[int, int]], body, sourced: list[int]) -> set[int]:
    """Figures inside a quotation whose speaker is named: a quotation over several paragraphs
    ("LE FIGARO. « En cinq ans … Le cap des 10 milliards d'euros pourrait être atteint cette
    année. … »" then "Le Figaro."), with a source in its paragraphs, the one before its opening
    or the one after its close."""
    if "«" not in ctx.text or not figures:
        return set()
    starts, out = [span.start for span in body], set()
    for m_start, m_end in _quotations(ctx.text):
        first = bisect.bisect_right(starts, m_start) - 1
        last = bisect.bisect_right(starts, m_end - 1) - 1
        if last < 0 or first == last:
            continue  # a quotation in one paragraph: its paragraph's source is read already
        # opened above the first paragraph (in the title line of a pasted text) or in one
        lo = min(m_start, starts[max(0, first - 1)])
        hi = body[last + 1].end if last + 1 < len(body) else body[last].end
        if _any_in(sourced, lo, hi):
            out.update(s for s, _ in _between(figures, m_start, m_end))
    return out


def _quotations(text: str):
    """(start, end) of each outermost quotation in guillemets, those nested in it counted («
    … «start-up nation» … »); one longer than _QUOTE_REACH is a stray mark, not a quotation."""
    depth, start = 0, 0
    for m in _GUILLEMET.finditer(text):
        if m.group() == "«":
            if depth == 0 or m.start() - start > _QUOTE_REACH:
                depth, start = 0, m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and m.end() - start <= _QUOTE_REACH:
                yield start, m.end()


_GUILLEMET = rx.compile(r"[«»]")
_QUOTE_REACH = 3000


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi
