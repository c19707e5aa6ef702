"""Stage 3: spans -> facts. Dates, quantities, conversions, citations, attributions, quotes."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from audit import rx
from audit.extract import rates
from audit.extract.attributions import (HEADER_BLOCKS, closing_credit,
                                       commitments as find_commitments,
                                       find_attributions, find_issue_headers,
                                       find_reprint_credits, meeting_presentations,
                                       passive_decisions, spoken_perfects, subject_verbs)
from audit.extract.citations import find_agency_credits, parse_sources, trailing_sources
from audit.extract.dates import find_dates, month_scan, parse_meta_date, period_ends, published_in_text
from audit.extract.numbers import NumberWords
from audit.extract.quantities import (find_conversions, find_glued, find_quantities,
                                      resolve_currencies, default_dollar, text_territory, then_cue, compared_cue,
                                      year_end_cue, target_year_cue, forecast_cue, past_year_cue, planned_cue,
                                      reported_clause_cue, last_year_cue)
from audit.extract.pagekind import (TextShape, draft_kind, page_kind, text_genre, text_shape,
                                    unread_open)
from audit.extract.provenance import find_page_disclosures, find_page_residue
from audit.extract.quotes import find_quotes, first_named, part_speaker, pronoun_speaker
from audit.lexicon import (UNREAD, blank, case_folded, detect_language_of, get_lexicon, lowered,
                            lowered_given, scan_ranges, words_of)
from audit.model import (Attribution, Citation, Conversion, DateMention, Disclosure, Document,
                         PartialDate, Quantity, Quote, Ranges, SpanKind)
from audit.segment import Segmentation
from audit.segment.cues import word_count
from audit.settings import Settings
from audit.urls import site_of

__all__ = ["Facts", "extract"]

_TEXT_KINDS = (SpanKind.TITLE, SpanKind.HEADING, SpanKind.BODY)
# A block shown again (a heading repeating the title, a caption printed twice) says less of
# the page's language than its prose: its words weigh half (round 18b).
REPEATED_WEIGHT = 0.5


# A period's header: a few words ending with the cue ("12 Months Ended", "For the Year Ended",
# "Exercice clos le"), on the day's line or alone on the line above.
_PERIOD_HEADER_WORDS = 10
_HEADER_STOP = rx.compile(r"[,;!?]|\.(?:\s|$)")
_COLUMN_NOTE = rx.compile(r"\([^()\n]*\)")
_WORD = rx.compile(r"[^\W\d_]{2,}")


def _period_header(text: str, m: DateMention, language: str | None) -> bool:
    """Whether the period's end ``m`` stands in a header, not a sentence: its line holds
    nothing after the day but other columns' days or a bracketed note ("(in millions)"), and
    the words before it, on its line or alone on the line above, are a header's few."""
    end = text.find("\n", m.end)
    rest = text[m.end:end if end >= 0 else len(text)]
    for d in reversed(find_dates(rest, language)):
        rest = rest[:d.start] + " " + rest[d.end:]
    rest = _COLUMN_NOTE.sub(" ", rest)
    if _WORD.search(rest) or _HEADER_STOP.search(rest):
        return False
    start = text.rfind("\n", 0, m.start) + 1
    head = text[start:m.start]
    if not head.strip() and start:
        head = text[text.rfind("\n", 0, start - 1) + 1:start - 1]
    return word_count(head) <= _PERIOD_HEADER_WORDS and not _HEADER_STOP.search(head)


@dataclass(frozen=True)
class Facts:
    folded: str
    language: str | None
    published: dt.date | None
    published_source: str | None  # "metadata", "text", "option" or None
    dates: tuple[DateMention, ...]  # in title, headings, body and sources
    quantities: tuple[Quantity, ...]
    conversions: tuple[Conversion, ...]
    citations: tuple[Citation, ...]
    attributions: tuple[Attribution, ...]
    quotes: tuple[Quote, ...]
    inline_boilerplate: tuple[tuple[int, int], ...]  # share/subscribe text inside body paragraphs
    # A paywall's prompt inside a body paragraph, or in pasted text on a line of its own after
    # the body began (the segmenter takes the line out): the text is cut there.
    paywall_prompts: tuple[tuple[int, int], ...] = ()
    author: str | None = None  # from metadata, else from a visible byline ("Par Claire Martin")
    disclosures: tuple[Disclosure, ...] = ()  # AI-use disclosures, visible or hidden
    residue: tuple[tuple[int, int], ...] = ()  # chatbot leftovers in the article's text
    page_kind: str = "article"  # article, wiki, forum, product, recipe, listing
    page_kind_reason: str = "default"
    # An HTML page whose markup leaves news open (og:type article, schema.org Article, none) in a
    # language the text model was not measured on: its kind is read as a draft's (draft_kind),
    # and an "article" runs the citation rules as text does (check/runner.py).
    kind_as_draft: bool = False
    rate_notes: tuple[str, ...] = ()  # conversions NUM001 cannot check, and why (no rate known)
    body_links: tuple[tuple[int, int, str], ...] = ()  # (start, end, href) in the paragraphs
    outbound: tuple[tuple[int, int, str], ...] = ()  # body links to other sites: cited by link
    # A named body's decision ("le National a accepté d'investir…"), or one whose subject is
    # a pronoun resuming a named body ("Deel … il vient de s'offrir Hofy"): the source of the
    # figures in its sentence (CIT008), not of anything else: (start, end) of each verb.
    decisions: tuple[tuple[int, int], ...] = ()
    titles: tuple[tuple[int, int], ...] = ()  # (start, end) of the title spans
    # The document's text and its body's ranges, for the readings only CIT008 asks for (below:
    # an opt-in rule, so they are read when it runs, not on every page).
    text: str = dataclasses.field(default="", repr=False, compare=False)
    body: Sequence[tuple[int, int]] = dataclasses.field(default=(), repr=False, compare=False)

    @functools.cached_property
    def commitments(self) -> tuple[int, ...]:
        """Starts of the amounts of money a named body commits ("Hoyt began with a $1 million
        commitment"): decisions of their sentence too (CIT008)."""
        return tuple(find_commitments(self.text, self.folded, self.quantities))

    @functools.cached_property
    def spoken(self) -> tuple[tuple[int, int], ...]:
        """A speech participle after its auxiliary, asides between, whose subject is named or
        a pronoun resuming a named one ("Le groupe publiera … mais il a déjà indiqué"): a
        source of the figures of its paragraph and the next (CIT008), not an attribution
        (CIT001 and CIT004 do not read it): (start, end) of each, in the body."""
        return tuple(spoken_perfects(self.text, self.folded, self.body))

    @functools.cached_property
    def meetings(self) -> tuple[tuple[int, int], ...]:
        """What a body's meeting presented ("Présenté lors du dernier conseil municipal, le
        budget"): a source as ``spoken`` is (CIT008)."""
        return tuple(meeting_presentations(self.folded, self.body))

    @property
    def visible_disclosures(self) -> list[Disclosure]:
        """Disclosures a reader takes as the article's: not in comments, not hidden."""
        return [d for d in self.disclosures if d.where not in ("comments", "hidden")]

    def latest_dated_mention(self, before: int | None = None) -> DateMention | None:
        """The latest date (month precision or better) the text mentions, for undated articles."""
        starts, latest = self._latest_so_far
        at = len(starts) if before is None else bisect.bisect_left(starts, before)
        return latest[at - 1] if at else None

    @functools.cached_property
    def _latest_so_far(self) -> tuple[list[int], list[DateMention]]:
        """The dated mentions' starts in order, and the latest mention up to each: one lookup
        per conversion, not a pass over every date (quadratic on a page of both)."""
        starts, latest, best = [], [], None
        # not a plan's date ("Les radars seront livrés en octobre 2016", round 30a r03): the
        # text was written before it, so it bounds nothing from below
        dated = [(m.start, i, m) for i, m in enumerate(self.dates)
                 if m.date.precision != "year" and not m.year_inferred
                 and not self.names_planned_date(m)]
        for start, i, m in sorted(dated, key=lambda d: d[:2]):
            # max() over the dates keeps the first of equals in their order: so does this
            if best is None or (m.date.last_day(), -i) > (best[1].date.last_day(), -best[0]):
                best = (i, m)
            starts.append(start)
            latest.append(best[1])
        return starts, latest

    def rate_basis(self, settings: Settings, at: int, h: rates.History | None = None,
                   current: bool = False, pair: tuple[str, str] | None = None
                   ) -> rates.Basis:
        """The day, window and reason a conversion at ``at`` is checked with (NUM001); ``h``,
        the rate history the article is checked with. Undated, a date in the title or a
        dateline opening the conversion's own paragraph ("PARIS, 12 mai 2011 –", "Nachtrag,
        19. August 2009:") dates it (a window of undated-window-days after it); any other
        date, in its sentence too, may tell of an older event ("Le contrat, signé le 12 mai
        2011, …" converted at today's rate; round 9: "from Chelsea in January 2014"), so it
        only bounds it from below; a year alone does so in its own sentence, or, when the
        text gives no date to the month, the latest year the page states (not a plan's), from
        the year before it. ``current`` ("aktuell rund Y"): the rate of the time of
        writing, the publication date's; undated, any day from the latest date the whole
        text gives, not a date of its paragraph (the event the sentence dates may be years
        older: "Im April 2000 …")."""
        if self.published:
            return rates.basis_for(self.published, None, settings.rate_window_days,
                                   settings.undated_window_days, h)
        close = None if current else self._dating_mention(at)
        latest = close or (None if current else self.latest_dated_mention(before=at)) \
            or self.latest_dated_mention()
        mention = (latest.date.first_day(), latest.text.strip()) if latest else None
        what = "the latest date the text gives"
        if not close and not current:
            # A year the conversion's own sentence gives ("arrivé en 2017, contre 222 M€ (310
            # millions de dollars)", round 22b) bounds it from below as a day would: the text
            # was written that year or after. Only its sentence's (told_dates: not a compared
            # year's): the page's other bare years are often plans ("d'ici 2030").
            # a year after the rate data's end is a plan's ("d'ici 2030"): it bounds nothing
            end = (h or rates.history()).end
            years = [m for m in self.told_dates(at)
                     if m.date.precision == "year" and m.date.first_day() <= end
                     and not self.names_future_year(m) and not self.names_planned_date(m)]
            year = min(years, key=lambda m: m.date.first_day(), default=None)
            if year is not None and (mention is None or year.date.first_day() > mention[0]):
                mention, what = (year.date.first_day(), year.text.strip()), "the year its sentence gives"
            elif mention is None:
                # No date to the month anywhere and no year in its sentence: the years the
                # page states (not a plan's or a forecast's) bound it too ("Pour les premiers
                # mois de 2025, … par rapport à … 2024" over "1 milliard de dollars (environ
                # 700 millions d'euros)", round 27b): from the year before the latest, as a
                # text may speak of next year's first months.
                page = [m for m in self.dates
                        if m.date.precision == "year" and not m.year_inferred
                        and m.date.first_day() <= end and not self.names_future_year(m)
                        and not self.names_planned_date(m)]
                latest_year = max(page, key=lambda m: m.date.first_day(), default=None)
                if latest_year is not None:
                    first = dt.date(latest_year.date.first_day().year - 1, 1, 1)
                    mention = (first, str(first.year))
                    what = f"the year before {latest_year.text.strip()!r}, the latest year the text gives"
        # a date older than the pair's rates bounds nothing (an event's date, not the page's)
        start = rates.series_start(*pair, h or rates.history()) if pair and not close else None
        return rates.basis_for(None, mention, settings.rate_window_days,
                               settings.undated_window_days if close else 0, h, start, what)

    def told_dates(self, at: int) -> list[DateMention]:
        """The dates the text gives the amount at ``at``, of a year before the publication's:
        any date of its sentence, before or after it ("En 2006, Google rachète YouTube pour
        1,65 milliard de dollars (1,3 milliard d'euros)", a historical present; "paid $19
        billion (about €13.8 billion) for WhatsApp in 2014"), but never one after a comparison
        in its clause ("en hausse de 20 % par rapport à celui de 2022", qualifiers.yml,
        compared: the compared figure's); or, when "à l'époque", "at the time" stands in its
        sentence (qualifiers.yml, then), the last date before the cue in the paragraph. The
        date's place against the clause decides, not the verb's tense: journalists tell the
        past in the present. An author may convert such an amount at that date's rate."""
        lines, closes, cues, clauses = self._told_marks
        k = bisect.bisect_left(lines, at)
        first = lines[k - 1] + 1 if k else 0
        j = bisect.bisect_left(closes, at)
        opening = max(first, closes[j - 1] + 1 if j else 0)
        seen = self._told_by_sentence
        last = lines[k] if k < len(lines) else len(self.folded)
        closing = min(last, closes[j] if j < len(closes) else last)
        starts, dates = self._dates_in_order
        if opening not in seen:  # the same for every amount of the sentence: once per sentence
            told = [m for m in dates[bisect.bisect_left(starts, opening):
                                     bisect.bisect_left(starts, closing)]
                    if not m.year_inferred and not self._compared(m, opening, clauses)]
            c = bisect.bisect_left(cues, opening)
            if c < len(cues) and cues[c] < closing:  # "…, or about €1.6 billion at the time"
                for i in range(bisect.bisect_left(starts, cues[c]) - 1, -1, -1):
                    m = dates[i]
                    if m.start < first:
                        break
                    if not m.year_inferred and not self._compared(m, first, clauses):
                        if m not in told:
                            told.append(m)
                        break
            # of an earlier year: within the publication's, the sentence's date is mostly the
            # event's and the rate of the day the author wrote is the one (a half-year's results
            # "entre le 1er avril et le 30 septembre 2015" published in November 2015)
            seen[opening] = [m for m in told
                             if not self.published or m.date.year < self.published.year]
        relative = self._last_years(at, first, opening, closing, clauses, any(
            not m.year_inferred for m in dates[bisect.bisect_left(starts, opening):
                                               bisect.bisect_left(starts, closing)])) \
            if self.published else []
        # A financial statement converts at its period's closing rate ("12 Months Ended
        # Dec. 31, 2024", round 21a en04): the period's end a header names dates every amount
        # under it.
        return list(seen[opening]) + relative + [m for m in self._period_ends
                                                 if m not in seen[opening] and m.end <= at]

    def _last_years(self, at: int, first: int, opening: int, closing: int,
                    clauses: list[int], dated: bool) -> list[DateMention]:
        """The year before the publication's where a relative year dates the amount at ``at``
        (qualifiers.yml, last_year): in the amount's own clause, before it or after it past
        its conversion's bracket ("$5 billion (€4.6 billion) last year", «avec un chiffre
        d'affaires de … l'an dernier»), or opening its sentence before a comma ("Last year,
        the group booked …"). No clause mark, clause join nor relative pronoun between them
        (review D of session 38: "Microsoft, which last year bought Activision, … $12
        billion", «Après une perte … l'an dernier, la start-up lève …», "$12 million (…) and
        last year it had lost money" tell another event's year); never an earlier sentence's
        («… racheté l'an dernier. Son nouveau propriétaire annonce …»: the year of another
        event), and never where the sentence names a year of its own (the relative year is
        then often that year's: "Nach Verlusten im Vorjahr setzte der Konzern 2019 …"). Not a
        compared figure's ("compared with last year")."""
        if dated:
            return []
        starts, cues = self._last_year_cues
        own = [(s, e) for s, e in cues[bisect.bisect_left(starts, opening):
                                       bisect.bisect_left(starts, closing)]
               if not self._clause_cut(e, at, opening if not self._lowered[opening:s].strip()
                                       else None) and (e <= at or not self._clause_cut(at, s))]
        year = self.published.year - 1
        told = [DateMention(PartialDate(year), s, e, self.folded[s:e]) for s, e in own]
        return [m for m in told if not self._compared(m, first, clauses)]

    def _clause_cut(self, start: int, end: int, fronted: int | None = None) -> bool:
        """Whether a clause ends between ``start`` and ``end`` (a cue and its amount): a
        clause mark, a clause join ("and", «et») or a relative pronoun («qui», "which") outside
        brackets (a conversion's bracket opens no clause). A fronted cue's own comma ("Last
        year, the group …") cuts nothing. Empty when ``start`` is after ``end``."""
        if start > end:
            return False
        between = _BRACKETED.sub(" ", self._lowered[start:end])
        if fronted is not None:
            between = re.sub(r"\A\s*,", " ", between)
        return _CLAUSE_CUT.search(between) is not None or (
            self._joins is not None and self._joins.search(between) is not None)

    @functools.cached_property
    def _joins(self) -> re.Pattern[str] | None:
        """The language's clause joins and relative pronouns (the AI lexicon's: "and", «et»,
        «qui», "which"), not those that are articles too (German "die", "der")."""
        from audit.lexicon import get_ai_lexicon
        ai = get_ai_lexicon()
        if not self.language or self.language not in ai.languages:
            return None
        cues = ai.cues_of(self.language)
        words = sorted((cues.clause_joins | cues.relatives) - ai.articles, key=len, reverse=True)
        if not words:
            return None
        alts = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?![\w'’])")
                        for w in words)
        return re.compile(rf"(?<![\w'’])(?:{alts})")

    @functools.cached_property
    def _last_year_cues(self) -> tuple[list[int], list[tuple[int, int]]]:
        found = [m.span() for m in last_year_cue().finditer(self._lowered)]
        return [s for s, _ in found], found

    def names_year_end(self, m: DateMention) -> bool:
        """Whether a year is written as its end ("en fin 2017", "end-2017", "Ende 2017";
        qualifiers.yml, year_end): its last days, not any day of it."""
        return m.date.precision == "year" and year_end_cue().search(
            self._lowered, max(0, m.start - 30), m.start) is not None

    def names_future_year(self, m: DateMention) -> bool:
        """Whether a year is a target's or a forecast's ("by 2020", "d'ici 2020" right before
        it; "could", "devrait" before it in its clause; qualifiers.yml, target_year and
        forecast): in the future of the writing, it bounds its date from nothing (review 2
        of session 29, item 1). Not a range's end ("from 2015 through 2019") nor a "by" year
        whose clause tells a past ("By 2019 the fund had already put …"; qualifiers.yml,
        past_year): a past bound."""
        _, closes, _, clauses = self._told_marks
        j = bisect.bisect_left(closes, m.start)
        floor = max(self.folded.rfind("\n", 0, m.start) + 1, closes[j - 1] + 1 if j else 0)
        cue = target_year_cue().search(self._lowered, max(0, m.start - 30), m.start)
        if cue:
            # a range's end ("from 2015 through 2019", "de 2015 jusqu'en 2019") or a past
            # told in the year's clause ("By 2019 the fund had already put …"): a past year
            if _YEAR_BEFORE.search(self._lowered, max(floor, cue.start() - 20), cue.start()):
                return False
            i = bisect.bisect_left(clauses, m.start)
            stop = min(clauses[i] if i < len(clauses) else len(self.folded),
                       closes[j] if j < len(closes) else len(self.folded))
            start = self._clause_start(m.start, floor, clauses)
            if not self._lowered[start:cue.start()].strip() and i + 1 < len(clauses) and \
                    self.folded[clauses[i]] == ",":
                # a fronted "By the end of 2019, it had invested …": the clause after it
                stop = min(clauses[i + 1], closes[j] if j < len(closes) else len(self.folded))
            return past_year_cue().search(self._lowered, start, stop) is None
        # the clause's start, past a conversion's bracket ("could reach $10 billion (800
        # billion yen) in 2020": the bracket opens no clause of the verb)
        i = bisect.bisect_left(clauses, m.start) - 1
        while i >= 0 and clauses[i] >= floor and self.folded[clauses[i]] == "(":
            i -= 1
        clause = max(floor, clauses[i] + 1 if i >= 0 else 0)
        if forecast_cue().search(self._lowered, clause, m.start) is not None:
            return True
        # or after it in its clause ("In 2020 the market could reach …"); a fronted year's
        # clause is the one after its comma ("En 2020, le marché pourrait atteindre …")
        end = closes[j] if j < len(closes) else len(self.folded)
        k = bisect.bisect_left(clauses, m.end)
        stop = min(clauses[k] if k < len(clauses) else end, end)
        if stop < end and self.folded[stop] == "," and not self._lowered[m.end:stop].strip() \
                and len(self._lowered[clause:m.start].split()) <= _FRONTED_WORDS:
            stop = min(clauses[k + 1] if k + 1 < len(clauses) else end, end)
        cue = forecast_cue().search(self._lowered, m.end, stop)
        # the year's own clause's verb only: a speech verb, a "that"/"que" or a past perfect
        # between them makes the forecast a report's, dated by the year ("In 2019 the company
        # said the merger could save …", "En 2019, le groupe a indiqué que … devrait")
        return cue is not None and not any(
            p.search(self._lowered, m.end, cue.start())
            for p in (get_lexicon().speech_verb_lowered, reported_clause_cue(), past_year_cue()))

    def names_planned_date(self, m: DateMention) -> bool:
        """Whether a date follows a plain future's or a plan's verb in its clause ("Les radars
        seront livrés en octobre 2016", "will be delivered in October 2016"; qualifiers.yml,
        planned), no reported clause's opening nor a past perfect between them ("will say
        that the deal, signed in May 2011, …" is no plan's date): a date in the future of
        the writing, it bounds its date from nothing (round 30a, r03)."""
        _, closes, _, clauses = self._told_marks
        j = bisect.bisect_left(closes, m.start)
        floor = max(self.folded.rfind("\n", 0, m.start) + 1, closes[j - 1] + 1 if j else 0)
        # the clause's start, past a conversion's bracket, as names_future_year reads it
        i = bisect.bisect_left(clauses, m.start) - 1
        while i >= 0 and clauses[i] >= floor and self.folded[clauses[i]] == "(":
            i -= 1
        clause = max(floor, clauses[i] + 1 if i >= 0 else 0)
        cue = None
        for cue in planned_cue().finditer(self._lowered, clause, m.start):
            pass  # the last one: the verb nearest the date governs it
        return cue is not None and not any(
            p.search(self._lowered, cue.end(), m.start)
            for p in (reported_clause_cue(), past_year_cue()))

    @functools.cached_property
    def _period_ends(self) -> list[DateMention]:
        # read from the whole text: a filing's period header is no body line; but a header's
        # only, not a sentence's ("The previous program, which ended Dec. 31, 2021, had …")
        return [m for m in period_ends(self.folded, self.language)
                if _period_header(self.folded, m, self.language)]

    @functools.cached_property
    def _told_by_sentence(self) -> dict[int, list[DateMention]]:
        return {}

    @functools.cached_property
    def _told_marks(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """The line ends, the sentence ends, the "then" cues' starts and the clause
        boundaries of the text, found once: told_dates bisects them per conversion (a pass
        over the paragraph per conversion is quadratic on a long one)."""
        t = self._lowered
        return ([i for i, ch in enumerate(t) if ch == "\n"],
                [m.start() for m in _SENTENCE_CLOSE.finditer(t)],
                [m.start() for m in then_cue().finditer(t)],
                [m.start() for m in _CLAUSE_MARK.finditer(t)])

    @functools.cached_property
    def _lowered(self) -> str:
        """The folded text lowered, same offsets (the cues of told_dates are lowercase and
        compiled without IGNORECASE): "İ" lowers to two characters, so it is taken as "I"
        first; never the unlowered text (review 2, item 1d: one "İstanbul" switched the
        capitalised cues off)."""
        return case_folded(self.folded.replace("İ", "I")) if "İ" in self.folded \
            else case_folded(self.folded)

    @functools.cached_property
    def _dates_in_order(self) -> tuple[list[int], list[DateMention]]:
        ordered = sorted(self.dates, key=lambda m: m.start)
        return [m.start for m in ordered], ordered

    def _clause_start(self, at: int, floor: int, clauses: list[int]) -> int:
        i = bisect.bisect_left(clauses, at)
        return max(floor, clauses[i - 1] + 1 if i else 0)

    def _compared(self, m: DateMention, floor: int, clauses: list[int]) -> bool:
        """Whether a comparison stands before the date in its clause ("par rapport à celui de
        2022", "compared with 2019")."""
        return compared_cue().search(self._lowered, self._clause_start(m.start, floor, clauses),
                                     m.start) is not None

    def _dating_mention(self, at: int) -> DateMention | None:
        """The latest date of the title or of a dateline opening the paragraph holding
        ``at``: a bisect over the datelines' starts, not a pass over every date per
        conversion (17 of 28 s on a 250 KB page of both, review of round 9)."""
        title, starts, lines = self._dating_mentions
        first = self.folded.rfind("\n", 0, at) + 1
        last = self.folded.find("\n", at)
        last = len(self.folded) if last < 0 else last
        i, j = bisect.bisect_left(starts, first), bisect.bisect_left(starts, last)
        close = [m for m in (title, *lines[i:j]) if m is not None]
        return max(close, key=lambda m: m.date.last_day(), default=None)

    @functools.cached_property
    def _dating_mentions(self) -> tuple[DateMention | None, list[int], list[DateMention]]:
        """The title's latest date, and the datelines (in order of their starts): a date
        at most a few words into its paragraph, nothing but a place or a label before it,
        a separator after it ("Berlin, 3. März 2024.", "Nachtrag, 19. August 2009:")."""
        title, lines = [], []
        for m in self.dates:
            if m.date.precision == "year" or m.year_inferred:
                continue
            if any(s <= m.start < e for s, e in self.titles):
                title.append(m)
            else:
                after = _DATELINE_AFTER.match(self.folded, m.end)
                first = self.folded.rfind("\n", 0, m.start) + 1
                before = _DATELINE_BEFORE.fullmatch(self.folded, first, m.start)
                # a full stop after it ends a sentence as well: only after a place's comma or
                # nothing ("Berlin, 3. März 2024.", not "Das Werk öffnete am 3. März 2011.")
                if after and before and (not after.group().strip().startswith(".")
                                         or "," in before.group() or not before.group().strip()):
                    lines.append(m)
        lines.sort(key=lambda m: m.start)
        latest = max(title, key=lambda m: m.date.last_day(), default=None)
        return latest, [m.start for m in lines], lines


_SENTENCE_CLOSE = re.compile(r"[.!?](?=\s)")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)\s*$")  # "from 2015" before "through"
_FRONTED_WORDS = 2  # "En 2020,", "In early 2030,": a year opening its sentence's clause
_CLAUSE_MARK = re.compile(r"[,;:](?=\s)|\(")  # where a clause opens ("3,5" opens none)
_CLAUSE_CUT = re.compile(r"[,;:](?=\s)")
_BRACKETED = re.compile(r"\([^()]*\)")

# A dateline: up to four words before the date (a place, "Nachtrag,", "Paris, le"), no
# sentence's end among them; a separator after it, not the comma of a sentence going on
# ("Le 7 août 2025, le département…" tells of an event).
_DATELINE_BEFORE = re.compile(r"\W*(?:[^\W\d_][\w'’-]*,?\s+){0,4}")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[:–—|/(]|-\s|\.(?:\s|$)|$)", re.MULTILINE)


def _body_links(doc: Document, body: Ranges) -> tuple[tuple[int, int, str], ...]:
    """The links inside the body's paragraphs, not in the page's menus."""
    if not doc.links or not len(body):
        return ()
    starts, ends = body.columns()
    return tuple((start, end, href) for start, end, href in doc.links
                 if (i := bisect.bisect_right(starts, start) - 1) >= 0 and end <= ends[i])


def _outbound(doc: Document, body_links: tuple[tuple[int, int, str], ...]
              ) -> tuple[tuple[int, int, str], ...]:
    """The body's links to another site than the page's own: sources cited by link. The
    page's own site is its canonical URL's; an HTML page without one: the site most of its
    links go to (its menus). A Markdown file links its own site by relative paths, which are
    not web links here."""
    if not body_links:
        return ()
    own = site_of(doc.meta.get("canonical") or "")
    if not own and doc.format == "html":
        own = Counter(site_of(href) for _, _, href in doc.links).most_common(1)[0][0]
    return tuple(link for link in body_links if site_of(link[2]) not in (own, ""))


def _ranges(seg: Segmentation, *kinds: SpanKind) -> Ranges:
    """(start, end) of the spans of these kinds, in order: read from the spans' columns."""
    return seg.of_kind(*kinds).ranges()


def _masked(text: str, ranges: Ranges) -> str:
    """The text with everything outside ``ranges`` (in order, apart) blanked: same offsets,
    no stray matches. Many ranges (a megabyte of short lines is 166,000) are masked as code
    points in numpy; a page's few hundred by slices, which costs less than numpy's setup."""
    if len(ranges) < _MASK_IN_NUMPY_FROM:
        parts, pos = [], 0
        for start, end in ranges:
            parts.append(" " * (start - pos))
            parts.append(text[start:end])
            pos = end
        parts.append(" " * (len(text) - pos))
        return "".join(parts)
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    starts, ends = (np.frombuffer(c, dtype=np.int64) for c in ranges.columns())
    edges = np.zeros(len(points) + 1, dtype=np.int8)
    np.add.at(edges, starts, 1)
    np.add.at(edges, ends, -1)
    points[np.cumsum(edges[:-1]) == 0] = ord(" ")
    return points.tobytes().decode("utf-32-le", "surrogatepass")


_MASK_IN_NUMPY_FROM = 2000  # ranges


def _dateline_windows(folded: str, seg: Segmentation, lines: Ranges, article: int = -1
                      ) -> tuple[tuple[int, ...], tuple[int, ...], int]:
    """Where else than the first lines a byline or dateline is read: from the title's line,
    and over the lines before the article's first paragraph (a dateline under 25 menu lines:
    "February 5, 2015 / 7:11 AM"); the lines that may close the article with an agency's
    dated credit: its last body line and the two after it ("AFP du 30 Octobre 2017"); and the
    first line read (the page's header above the title is read last; so is all that stands
    above ``article``, the offset where the <article> or <main> holding the title opens)."""
    starts = lines.columns()[0]
    windows = []
    titles = _ranges(seg, SpanKind.TITLE)
    above: list[int] = []
    top = 0
    if len(titles):
        at = bisect.bisect_left(starts, titles[0][0])
        # The site's header above its menu dates the visit, not the article ("Fr.,
        # 11.07.2025" over the tagline and menu, "Mo., 28. Oktober 2024, 12:30 Uhr" over the
        # headline; round 8): read it last, each line alone; so under a long menu too (a
        # masthead's today far above the headline, round 11a).
        top = max(at - _DATELINE_ABOVE_TITLE, 0)
        if 0 <= article <= titles[0][0]:
            # An archive's date widget outside the article ("Freitag, 23. Oktober 2020" over
            # a story of 2012, round 13a) dates the visit: the article's own lines first.
            top = max(top, min(bisect.bisect_left(starts, article), at))
        windows.append(at + 1)  # the title is no dateline
        # The lines just above it may be ("La France" / "26.08.2024 16:18" / the headline,
        # under a ticker of ten lines: round 8, lavirgule.news), each alone and read last: a
        # teaser's date may stand there too, above a headline whose byline is under it.
        above = [-n - 1 for n in range(max(at - _DATELINE_ABOVE_TITLE, 0), at)]
    body = _ranges(seg, SpanKind.BODY)
    for n, (start, end) in enumerate(body):
        if n == _FIRST_PARAGRAPH_WITHIN:
            break
        if word_count(folded[start:end]) >= _PARAGRAPH_WORDS:
            windows.append(max(bisect.bisect_left(starts, start) - _DATELINE_BEFORE_PARAGRAPH, top))
            break
    windows.extend(above)
    windows.extend(-n - 1 for n in range(top))
    closing: tuple[int, ...] = ()
    if len(body):
        last = bisect.bisect_left(starts, body[len(body) - 1][0])
        closing = tuple(range(last, min(last + 3, len(lines))))
    return tuple(windows), closing, top


# The article's first paragraph: the first body span of 20 words or more among the first 200
# (a tag or a caption read as body is not it); a dateline stands in the 12 lines before it.
_PARAGRAPH_WORDS = 20
_FIRST_PARAGRAPH_WITHIN = 200
_DATELINE_BEFORE_PARAGRAPH = 12
_DATELINE_ABOVE_TITLE = 2


def _publication(doc: Document, folded: str, seg: Segmentation, language: str | None,
                 settings: Settings, low: str | None = UNREAD) -> tuple[dt.date | None, str | None]:
    meta_date = parse_meta_date(doc.meta.get("published"))
    if meta_date:
        return meta_date, "metadata"
    # A byline or dateline of the article, not the dates of its sources or comments.
    lines = _ranges(seg, *(k for k in SpanKind if k not in (SpanKind.SOURCES, SpanKind.COMMENTS)))
    if seg.related:  # a teaser's date in an "A lire aussi" box (round 9b, zoomjapon)
        teasers = _teaser_dates(folded, lines, seg.related, language)
        lines = _without_lines(lines, teasers)
    # a home page's header: the site's today (round 14b, SenePlus)
    lines = _without_lines(lines, seg.visit_dated)
    windows, closing, top = _dateline_windows(folded, seg, lines, _article_start(doc, seg))
    titles = _ranges(seg, SpanKind.TITLE)
    heading = bisect.bisect_left(lines.columns()[0], titles[0][0]) if len(titles) else 0
    text_date = published_in_text(folded, lines, language, low, windows, closing, top, heading,
                                  doc.meta.get("territory"))
    if text_date:
        return text_date, "text"
    if settings.published:
        return settings.published, "option"
    return None, None


def _without_lines(lines: Ranges, starts) -> Ranges:
    """``lines`` but those that open at one of ``starts``."""
    if not starts:
        return lines
    kept = [(s, e) for s, e in lines if s not in starts]
    return Ranges(array("q", (s for s, _ in kept)), array("q", (e for _, e in kept)))


def _article_start(doc: Document, seg: Segmentation) -> int:
    """Where the run of blocks in the HTML article zone (<article>, <main>, an article body's
    class: Block.zone "main") that holds the title opens, or -1 (no such zone, or plain text)."""
    if doc.format != "html":
        return -1
    titles = _ranges(seg, SpanKind.TITLE)
    if not len(titles):
        return -1
    first = -1
    for block in doc.blocks:
        if block.zone != "main":
            first = -1
        elif first < 0:
            first = block.start
        if block.end > titles[0][0]:
            return first
    return -1


def _teaser_dates(folded: str, lines: Ranges, related: frozenset[int],
                  language: str | None) -> set[int]:
    """The starts of the lines of a related-links box that date its teasers: a date to the day
    within TEASER_SPAN lines of the box's header or of the box's date before it ("A lire
    aussi" / a headline / "1 octobre 2015" / a headline / "1 février 2013"). In pasted text the
    box lasts up to the next prose, so a date further on is the article's own furniture
    ("Mehr zum Thema", teasers, "Artikel Drucken", "VERÖFFENTLICHT AM 07.06.2019"; a menu's
    "Most read" over the byline's "Published: 22:00 GMT, 26 September 2020")."""
    dropped: set[int] = set()
    last = -1  # the line of the box's header or of its last teaser's date; -1: out of a box
    for n, (start, end) in enumerate(lines):
        if start not in related:
            last = -1
            continue
        if last < 0 and (n == 0 or lines[n - 1][0] not in related):
            last = n  # the box's first line: its header
        if last < 0 or n - last > TEASER_SPAN or not any(map(str.isdigit, folded[start:end])):
            continue
        if any(m.date.precision == "day" for m in find_dates(folded[start:end], language)):
            dropped.add(start)
            last = n
    return dropped


TEASER_SPAN = 4  # lines: a teaser's headline, its date, a byline, a count


def _closing_blocks(seg: Segmentation, body: Ranges) -> list[tuple[int, int]]:
    """The article's last body block and the few blocks of body or furniture after it, where a
    reprint's credit stands ("Read the original article on…" is furniture)."""
    if not len(body):
        return []
    last = body[len(body) - 1][0]
    blocks = _ranges(seg, SpanKind.BODY, SpanKind.BOILERPLATE)
    at = bisect.bisect_left(blocks.columns()[0], last)
    return [blocks[i] for i in range(at, min(len(blocks), at + 1 + _CLOSING_FURNITURE))]


_CLOSING_FURNITURE = 3


def _opening_blocks(seg: Segmentation, body: Ranges) -> list[tuple[int, int]]:
    """The blocks above the article's first body block, furniture and headings included, where
    a reprint's header stands ("Le Provencal / du 16 septembre 1976"; find_issue_headers
    reads the last few)."""
    if not len(body):
        return []
    first = body[0][0]
    blocks = _ranges(seg, SpanKind.BODY, SpanKind.BOILERPLATE, SpanKind.HEADING, SpanKind.TITLE)
    at = bisect.bisect_left(blocks.columns()[0], first)
    return [blocks[i] for i in range(max(0, at - HEADER_BLOCKS), at)]


def extract(doc: Document, seg: Segmentation, settings: Settings) -> Facts:
    folded = seg.folded
    low = lowered(folded)  # read once for the extractors that search the whole text
    text_ranges = _ranges(seg, *_TEXT_KINDS)
    body = _ranges(seg, SpanKind.BODY)
    language = doc.meta.get("language") or detect_language_of((folded[s:e] for s, e in text_ranges),
                                                                      repeated=REPEATED_WEIGHT)
    published, source = _publication(doc, folded, seg, language, settings, low)
    fallback_year = published.year if published else None
    dated_text = _masked(folded, _ranges(seg, *_TEXT_KINDS, SpanKind.SOURCES))
    # Number words read once, for the dates and for the quantities of the text's ranges.
    words = NumberWords(dated_text, language or "fr", lowered(dated_text), month_scan())
    dates = find_dates(dated_text, language, fallback_year, words)
    attributions = find_attributions(folded, body, low)
    closing = _closing_blocks(seg, body)
    credits = find_reprint_credits(folded, closing) + \
        find_issue_headers(folded, _opening_blocks(seg, body))
    credited = {a.start for a in attributions}
    credits += [a for a in closing_credit(folded, closing) if a.start not in credited]
    if credits:
        attributions = sorted(attributions + credits, key=lambda a: a.start)
    # A credit ("(Reuters) -") names where the story comes from, not who speaks in it; a
    # pronoun ("explique-t-il") names whoever the text named before it, if anyone.
    named_from = first_named(folded, body, attributions)
    speaking = [a for a in attributions if a.kind != "credit" and
                not (pronoun_speaker(a) and a.start < named_from)]
    quotes = find_quotes(folded, body, [a.start for a in speaking if a.named and not part_speaker(folded, a)],
                         ((a.start, a.start + len(a.text.split(None, 1)[0]) if a.kind == "cue"
                           else a.end) for a in speaking if not a.vague),
                         [(a.start, a.end) for a in attributions if a.vague], named_from)
    # The page from its title to its body's end: minutes' short lines ("Pouvoirs :") and a
    # release's dateline read as boilerplate; what stands before the title (a menu) and after
    # the body (a footer's "Contact presse") is the site's.
    top = min((s for s, _ in _ranges(seg, SpanKind.TITLE)), default=0)
    extent = [(top, max((e for _, e in body), default=len(folded)))]
    paywall = tuple(_paywall_prompts(doc, seg, folded, low))
    furniture = tuple(_furniture_lines(folded, seg, body, low,
                                       cut=_first_cut(paywall, body) if doc.format != "html" else -1))
    as_draft = False
    if settings.page_kind != "auto":
        kind, kind_reason = settings.page_kind, "the page-kind setting"
    else:
        # og:type article is what nearly every CMS emits, news or blog: where the text model
        # cannot read the language, generic markup does not overrule the text, read as the
        # same text pasted is (round 29b, r08: 63 of 65 such blind-round pages were news).
        # Text and Markdown are the newsroom's drafts, read as articles, unless their set
        # formulas say minutes or a press release (measured: bench/page_kinds_blind.py), or
        # their French narration speaks in the first person (bench/page_kinds_fr.py)
        def shape() -> TextShape:
            return text_shape(folded, body, language, attributions, quotes, doc.blocks,
                              doc.meta.get("canonical") or "", furniture)

        def genre() -> tuple[str, str] | None:
            return text_genre(folded, extent, language)

        unread = doc.format == "html" and unread_open(doc.meta, language)
        read = page_kind if doc.format == "html" and not unread else draft_kind
        kind, kind_reason = read(doc.meta, shape, language, genre=genre)
        as_draft = unread and kind == "article"
        if as_draft:
            kind_reason += "; its markup leaves news open and no text model reads " \
                           f"{language or 'its language'}: read as its text pasted would be"
    quantities = find_quantities(folded, text_ranges, language,
                                 taken=[(m.start, m.end) for m in dates], low=low, words=words,
                                 fixed=_ranges(seg, SpanKind.TITLE, SpanKind.HEADING))
    glued = find_glued(folded, _ranges(seg, SpanKind.TITLE), language)
    if glued:  # "Zahl des Tages15,9 Milliarden": a kicker glued to the headline's figure
        quantities = sorted(quantities + glued, key=lambda q: q.start)
    territory, located = doc.meta.get("territory"), None
    if not territory and any(default_dollar(q) for q in quantities):
        # no country in the metadata: the one the text says it is written in ("/CNW/")
        territory, located = text_territory(folded) or (None, None)
    quantities, currency_notes = resolve_currencies(quantities, territory, published,
                                                  folded, located)
    conversions = find_conversions(folded, quantities, language)
    shown = blank(doc.text, doc.markup) if doc.markup else doc.text  # as a reader sees it
    facts = Facts(
        folded=folded,
        language=language,
        published=published,
        published_source=source,
        dates=tuple(dates),
        titles=tuple(_ranges(seg, SpanKind.TITLE)),
        quantities=tuple(quantities),
        conversions=tuple(conversions),
        citations=tuple(sorted(parse_sources(shown, folded,
                                             sorted([*_ranges(seg, SpanKind.SOURCES),
                                                     *trailing_sources(folded, _ranges(seg, SpanKind.BODY))]),
                                             language, doc.links)
                        # A byline the segmenter takes for a heading ("Par AGEFI - Dow
                        # Jones", round 9) credits the story; "EFE EFE" there is a picture's.
                        + find_agency_credits(shown, folded,
                                              _ranges(seg, SpanKind.BODY, SpanKind.BOILERPLATE),
                                              _ranges(seg, SpanKind.HEADING)),
                               key=lambda c: c.start)),
        attributions=tuple(attributions),
        quotes=tuple(quotes),
        inline_boilerplate=furniture,
        paywall_prompts=paywall,
        author=doc.meta.get("author") or _byline_author(doc.text, seg),
        disclosures=tuple(find_page_disclosures(doc, seg, language)),
        residue=tuple(find_page_residue(seg)),
        page_kind=kind,
        page_kind_reason=kind_reason,
        kind_as_draft=as_draft,
        body_links=(linked := _body_links(doc, body)),
        outbound=_outbound(doc, linked),
        decisions=tuple(sorted([(s, e) for s, e, _ in subject_verbs(folded, low, body,
                                                                    get_lexicon().decision,
                                                                    resumed=doc.text)]
                               + passive_decisions(folded, low, body))),
        text=doc.text,
        body=body,
    )
    notes = tuple(currency_notes) + _rate_notes(facts, settings)
    return dataclasses.replace(facts, rate_notes=notes) if notes else facts


def _rate_notes(facts: Facts, settings: Settings) -> tuple[str, ...]:
    """Money conversions that no ECB rate can check: said, never guessed."""
    notes = []
    money = [conv for conv in facts.conversions if conv.kind == "money"]
    h = rates.history() if money else None
    for conv in money:
        basis = facts.rate_basis(settings, conv.start, h, conv.current,
                                 (conv.source.unit, conv.target.unit))
        window = rates.rates_around(conv.source.unit, conv.target.unit, basis.day, basis.first,
                                    basis.last, h)
        if window.unknown:
            note = (f"NUM001: {facts.folded[conv.start:conv.end]!r} not checked: "
                    f"{window.unknown}")
            if note not in notes:
                notes.append(note)
    return tuple(notes)


_BYLINE = rx.compile(r"^(?:par|by|von|por|di)\s+((?:[\p{Lu}][\w'.-]+)(?:\s+(?:[\p{Lu}][\w'.-]+|de|van|von|et|and|und)){0,5})",
                     re.IGNORECASE)


# Opened only where white space starts: inside a run of spaces "\s+" read the rest of the run
# from each of its positions.
_TRAILING_PARTICLE = rx.compile(r"(?<!\s)\s+(?:et|and|und|de|van|von)$")


def _byline_author(text: str, seg: Segmentation) -> str | None:
    """"Par Claire Martin, publié le …", "By Jane Porter 12 March 2025": who signed it."""
    for span in seg.spans[:40]:  # a byline sits near the top
        if span.kind in (SpanKind.SOURCES, SpanKind.COMMENTS):
            continue
        line = text[span.start:span.end]
        match = _BYLINE.match(line)
        if match and word_count(line) <= 16 and match.group(1)[0].isupper():
            return _TRAILING_PARTICLE.sub("", match.group(1))
    return None


def _paywall_prompts(doc: Document, seg: Segmentation, text: str,
                     low: str | None = UNREAD) -> list[tuple[int, int]]:
    """A paywall's prompt in a body paragraph; in pasted text (plain text, Markdown), also on
    a furniture line after the first body paragraph: every line there is the copy the editor
    has, cut at the prompt. An HTML page's paywall box is the site's chrome, shown whether or
    not the text is whole. A page the screen finds none of the prompts' strings in holds none
    (most); else each line is read as _inline_boilerplate reads its cue: the case-sensitive twin
    on the lowered text, where a search of its run finds an opening (the caseless pattern,
    opening with (?<!\\w), was tried at every position of every line: 0.5 ms a pasted page)."""
    body = _ranges(seg, SpanKind.BODY)
    low = lowered_given(text, low)
    lex = get_lexicon()
    if not body:
        return []
    lines = list(body)
    if doc.format != "html":
        lines += [(s, e) for s, e in _ranges(seg, SpanKind.BOILERPLATE) if s >= body[0][0]]
    elif text[body[-1][0]:body[-1][1]].rstrip()[-1:].isalnum():
        # A short prompt between two body paragraphs read as a heading ("EXCLUSIVO / ASSINE JÁ",
        # round 36b, r13), when the copy stops mid-sentence: the text after it is really cut.
        # Not in a whole article: a badge or a promo box ("Exclusivo para assinantes", "Assine
        # já") sits between complete paragraphs (review 2, R2).
        lines += [(s, e) for s, e in _ranges(seg, SpanKind.HEADING) if body[0][0] <= s and e <= body[-1][1]]
    lines.sort()  # scan_ranges reads ranges in order; the prompts are sorted below anyway
    # Screened from the first line to the last one's end: an HTML page's footer and the
    # blocks after its body are no line read (0.29 -> 0.18 ms an HTML page). Every prompt
    # holds one of the screen's strings, so only the lines where the screen finds one are
    # read (the whole prompt pattern over every line of a page the screen passed was 5 ms).
    if low is not None and lex.paywall_screen is not None:
        lines = _meeting(lines, lex.paywall_screen.spans(low, lines[0][0], max(e for _, e in lines)))
        if not lines:
            return []
    pattern, text_read = (lex.paywall_prompt, text) if low is None else (lex.paywall_prompt_lowered, low)
    return sorted(m.span() for start, end in itertools.compress(lines, scan_ranges(pattern, text_read, lines))
                  for m in _unquoted(pattern, text_read, text, start, end)
                  if not _reported_prompt(text_read, start, end, m))


def _meeting(ranges: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges (in order, apart) that one of ``spans`` (in order, apart) meets."""
    starts = [start for start, _ in ranges]
    kept = bytearray(len(ranges))
    for start, end in spans:
        i = bisect.bisect_right(starts, start) - 1  # the last range opening at or before it
        if i < 0 or start >= ranges[i][1]:
            i += 1
        while i < len(ranges) and ranges[i][0] < end:
            kept[i] = 1
            i += 1
    return list(itertools.compress(ranges, kept))


# Around a prompt in its sentence: a clause after a comma goes on with the sentence ("…, publisher
# Ann Lee said", "…, explique la notice", "…, and you will need your number"), a condition opens
# it ("If it looks like you are not a member yet, staff will help", review 1 of session 34, R6):
# prose about a wall, not the wall's own prompt, which stands as its own sentence or line.
_SENTENCE_END = rx.compile(r"[.!?…](?=\s|$)")
_PROMPT_TAIL = rx.compile(r"[^,;]*[,;]\s*\w+(?:\W+\w+){2}")
_PROMPT_CONDITION = rx.compile(r"(?:^|\W)(?:if|si|when|quand|lorsque)\s", re.IGNORECASE)


def _reported_prompt(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Whether a prompt found on a line stands inside a longer sentence of prose: a clause
    after it (three words or more past a comma) or a condition before it in its sentence."""
    opening = max((e.end() for e in _SENTENCE_END.finditer(text, start, m.start())), default=start)
    closing = _SENTENCE_END.search(text, m.end(), end)
    tail = text[m.end():closing.start() if closing else end]
    return bool(_PROMPT_TAIL.match(tail)) or bool(_PROMPT_CONDITION.search(text, opening, m.start()))


_QUOTE_MARKS = rx.compile(r"[«»“”\"]")


class _Quotes:
    """The quotation marks of one line, found once: whether a position stands inside a
    quotation opened on its line, "la mention « Il vous reste 80 % de cet article à lire »
    apparaît" (review 26, item 8) naming a prompt, not printing one. A line of a thousand
    matches (unrendered shortcodes, review 29 item 5) is read once, not once per match."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start = text, start
        self.marks = [(m.start(), m[0]) for m in _QUOTE_MARKS.finditer(text, start, end)]
        self.positions = [at for at, _ in self.marks]
        self.straight = list(itertools.accumulate((mark == '"' for _, mark in self.marks), initial=0))

    def __call__(self, at: int) -> bool:
        k = bisect.bisect_left(self.positions, at)
        if not k:
            return False
        where, mark = self.marks[k - 1]
        # A straight mark right after a word closes something: an HTML attribute's debris
        # ('class="fb_share_link">Partager sur Facebook', round 8) opens no quotation.
        return mark in "«“" or (mark == '"' and self.straight[k] % 2 == 1 and
                                not (where > self.start and self.text[where - 1].isalnum()))


def _unquoted(pattern: re.Pattern[str], read: str, text: str, start: int, end: int):
    """The matches of ``pattern`` in ``read`` on the line from start to end that stand in no
    quotation of ``text`` (_Quotes; ``read`` is ``text`` or its lowered twin)."""
    quotes = None
    for m in pattern.finditer(read, start, end):
        quotes = quotes or _Quotes(text, start, end)
        if not quotes(m.start()):
            yield m


# A form's word glued to the prompt after it, the line's start: a checkbox's value left before
# its label ("yesSubscribe to our daily newsletter, PYMNTS Today.", round 32b, pymnts).
_GLUED_HEAD = rx.compile(r"[ \t]*[a-z]{2,12}(?=[A-Z][a-z])")


# A bracketed label before one headline ("[RELATED: …]", "[Video: unclear]"): the lexicon's
# widget labels are read on lowered text, so the case is asked here.
_ONE_HEADLINE = rx.compile(r"\[(?P<label>[^\[\]:=\n]{2,40}): [^\[\]\n|•]*\]")


def _editors_bracket(text: str, start: int, end: int) -> bool:
    """Whether a bracket found as a links widget with one headline is an editor's note: its
    label in sentence case ("[Video: unclear]", "[Related: see sidebar]"); a widget's label is
    in capitals ("[RELATED: Deputies search for suspect in Pine Hills shooting]")."""
    m = _ONE_HEADLINE.fullmatch(text, start, end)
    return m is not None and not m.group("label").isupper()


# A label's colon, then the rest of its line in lower case: a sentence or a subhead the label
# opens ("Related: both storms drew their strength …", "Related: serving sizes and how they are
# set", review of round 39), not a link's title ("Related: Rich are paying more in taxes …").
_LABEL_OVER_LOWER = rx.compile(r"[ \t]*[\p{Ll}]")


def _label_over_prose(text: str, start: int, end: int) -> bool:
    """Whether a label found opening its line is followed by lower-case words on it."""
    return text[start:end].rstrip().endswith(":") and (start == 0 or text[start - 1] == "\n") and \
        _LABEL_OVER_LOWER.match(text, end) is not None


# A label naming the outlet's own piece ("Notre commentaire:"): a link's only when a headline
# follows its colon. The headline opens with a capital; it runs to its line's end with no stop,
# or into an embedded post (an emoji or a hashtag: "… sans nouvel élan 🔴 #Remaniement"), or
# into the next sentence with none between: the headline has no auxiliary verb, and the next
# sentence opens on its subject's names and one ("… sans nouvel élan Jacqueline Gourault est
# nommée", round 40a r6b). A proper noun after any word is no such seam: prose names people
# after its verbs and nouns ("nous avons suivi Jean Dupont dans …", "confirme Gérald Darmanin à
# Beauvau": 23 % of 6,404 real French paragraphs were read as headlines so, review S). A
# sentence closed first ("Notre enquête : Les habitants ont témoigné.") is the article's.
# French only: the label is fr.yml's.
_OWN_PIECE = rx.compile(r"(?:notre|nos)\s", re.IGNORECASE)
_TITLE_RUN = rx.compile(r"[ \t]*[\p{Lu}«\"“][^\n.!?…]*")
_GLUE = rx.compile(r"(?<![\w'’-])([\p{Ll}][\p{Ll}'’-]{2,}) (?=[#\u2600-\u27bf\U0001f000-\U0001faff]"
                   r"|(?:[\p{Lu}][\w'’-]*[ \t]+){1,3}(?:est|sont|a|ont|était|étaient|avait|avaient|sera"
                   r"|seront|va|vont)[ \t])")
_AUXILIARY = rx.compile(r"(?<![\w'’-])(?:est|sont|a|ont|était|étaient|avait|avaient|sera|seront|va"
                        r"|vont)(?![\w'’-])", re.IGNORECASE)
# A noun an article or a number opens, its clause's piece since the last comma: a name after it
# is its apposition, the sentence's subject going on ("Le président Donald Trump a annoncé",
# "27,75 milliards FCFA sont accordés"), no headline's end ("… sans nouvel élan").
_DETERMINED = rx.compile(r"(?<![\w'’-])(?:(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses"
                         r"|leur|leurs|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos)(?![\w'’-])|l['’]|\d)",
                         re.IGNORECASE)


@functools.cache
def _unfinished_ends() -> frozenset[str]:
    """Every lexicon's words no headline ends with (segment.classify's, an article, "au")."""
    return frozenset(w.lower() for w in words_of("unfinished_ends"))


def _own_piece_over_prose(text: str, start: int, end: int) -> bool:
    """Whether a label naming the outlet's own piece is followed by prose, not a headline."""
    if not _OWN_PIECE.match(text, start) or not text[start:end].rstrip().endswith(":"):
        return False
    run = _TITLE_RUN.match(text, end)
    if run is None:
        return True
    if run.end() == len(text) or text[run.end()] == "\n":
        # a headline alone on its line; not a line that leads into what follows ("… de :") or
        # is cut short where it wraps ("… par le président du")
        last = run.group().rstrip()
        return last.endswith(":") or last.rsplit(None, 1)[-1].lower() in _unfinished_ends()
    stops = get_lexicon().all_stopwords
    return not any(m.group(1).lower() not in stops and (not text[m.end()].isupper() or (
        not _AUXILIARY.search(text, run.start(), m.start()) and
        not _DETERMINED.search(text, max(run.start(), text.rfind(",", run.start(), m.start()) + 1), m.end())))
        for m in _GLUE.finditer(text, run.start(), run.end()))


def _furniture_lines(text: str, seg: Segmentation, body: Ranges,
                     low: str | None = UNREAD, cut: int | None = -1) -> list[tuple[int, int]]:
    """The body's furniture (_inline_boilerplate), and a line inside the article read as a
    heading that is one of the phrases whole, no stop closing it ("Get a weekly recap of the
    latest fashion trends and insights", «Bitte beachten Sie unsere Diskussionsregeln, die
    Netiquette» between two paragraphs; task seg44): a heading that only holds a phrase is a
    heading."""
    found = _inline_boilerplate(text, body, low)
    if not body:
        return found
    if cut != -1:  # pasted text, its copy cut at a paywall's prompt maybe
        found = sorted(found + _furniture_between(text, seg, body, low, cut))
    inner = [(s, e) for s, e in _ranges(seg, SpanKind.HEADING) if body[0][0] < s and e <= body[-1][1]]
    if not inner:
        return found
    text, low = _undecorated(text, low, inner)
    whole = [(s, e) for s, e in _inline_boilerplate(text, inner, low)
             if any(s <= a and text[e:b].strip(_HEADING_TAIL) == "" for a, b in _stripped(text, inner, s))]
    return sorted(found + whole) if whole else found


_HEADING_TAIL = " \t.!:…»›→"


def _furniture_between(text: str, seg: Segmentation, body: Ranges,
                       low: str | None = UNREAD, cut: int | None = None) -> list[tuple[int, int]]:
    """In pasted text (plain text, Markdown), a furniture line inside the article opening with
    one of the phrases («Leggi anche: Ancona, il bando periferie», «Lesen Sie auch: …»,
    «SUSCRÍBETE gratis al Boletín …», round 45b r09b, m10c, r01): the segmenter leaves it out of
    the body, but it is in the copy the editor has, as a paywall's prompt there is. Inside: after
    a body paragraph, the article's prose going on under it (a paragraph of sentences among the
    next two of the body; not a page's tail, "Tags:" over its labels), before the copy is cut at
    a paywall's prompt (the box's lines are that prompt's); not a read-more link alone ("Lire
    la suite", "Continue Reading": a teaser ends there, another piece follows). An HTML page's
    box between paragraphs is the site's chrome."""
    end = body[-1][0] if cut is None else min(body[-1][0], cut)
    alone = get_lexicon().read_more_alone  # a teaser's link: what follows is another piece
    starts = [s for s, _ in body]

    def prose_under(at: int) -> bool:
        i = bisect.bisect_left(starts, at)
        under = [text[a:b] for a, b in body[i:i + 2]]
        if i == len(body) - 1 and not text[at:body[i][0]].strip() and _cut_copy(text, *body[i]):
            return True  # the copy's last paragraph, cut mid-sentence where the paste stops; a
            # line between (a related teaser's headline over its cut excerpt) is another piece's
        return any(_article_prose(p) for p in under) or (  # short news paragraphs, quotes
            len(under) == 2 and all(_PROSE_END.search(p) for p in under) and
            _article_prose(" ".join(under)))

    inner = [(s, e) for s, e in _ranges(seg, SpanKind.BOILERPLATE) if body[0][1] <= s and e <= end
             and (alone is None or alone.fullmatch(text, s, e) is None) and prose_under(e)]
    if not inner:
        return []
    text, low = _undecorated(text, low, inner)
    return [(s, e) for s, e in _inline_boilerplate(text, inner, low)
            if any(s == a for a, _ in _stripped(text, inner, s))]


# Markdown's decoration before a line's words ("- Read more: …", "> …", "**Lesen Sie auch:** …",
# its marks blanked in the folded text): the phrases that open a line open after it.
_DECORATION = rx.compile(r"(?:[ \t]+|[-*+•>](?=[ \t])|\*\*|__)+")


def _undecorated(text: str, low: str | None, ranges: list[tuple[int, int]]) -> tuple[str, str | None]:
    """``text`` and its lowered copy with each range's leading decoration masked by line
    breaks of its length (the offsets hold)."""
    marks = [(s, m.end()) for s, e in ranges if (m := _DECORATION.match(text, s, e)) is not None]
    if not marks:
        return text, low
    low = lowered_given(text, low)
    for s, e in marks:
        text = text[:s] + "\n" * (e - s) + text[e:]
        if low is not None:
            low = low[:s] + "\n" * (e - s) + low[e:]
    return text, low


def _first_cut(paywall: Sequence[tuple[int, int]], body: Ranges) -> int | None:
    """Where a paywall's prompt cuts the pasted copy: the first prompt after the article
    starts (one over the headline cuts nothing)."""
    return next((s for s, _ in paywall if body and s > body[0][0]), None)


_PROSE_WORD = rx.compile(r"[^\W\d_]{2,}")
# A sentence's stop closing the paragraph, an agency's bracketed credit maybe after it: "… a
# ouvert une enquête. (comm/nxp)", "(sda/awp/ats)", "(mat/ats)" (round 46a m10: Swiss and African
# wire copy closes almost every story so): letters with slashes between, or an agency's capitals
# («(AFP)»); not a teaser's «(1/3)», «(vidéo)», «(photos)» (round 46 review).
_PROSE_END = rx.compile(r"[.!?…][\"'”»)]*(?:[ \t]+\((?:[a-z]{2,8}(?:/[a-z]{2,8})+|[A-Z]{2,6})\))?\s*$")


def _article_prose(paragraph: str) -> bool:
    """A paragraph of the article's sentences: eight words or more closed by a stop."""
    return len(_PROSE_WORD.findall(paragraph)) >= 8 and _PROSE_END.search(paragraph) is not None


# A headline or a teaser's title ends bare too ("UK pledges USD 6.2 billion in grants to
# businesses after announcing COVID-19 lockdown", 13 words), seldom past twenty words.
_MIN_CUT_WORDS = 20


def _cut_copy(text: str, start: int, end: int) -> bool:
    """Whether the paragraph from start to end is the pasted copy cut mid-sentence: the text
    ends with it, on a letter, twenty words or more in it ("… and that the works would start
    in", round 46b r03e: a stored page's opening is cut so), half its words or more in lower case
    (a footer menu's run of capitalised items, «Accueil Actualité Suisse Monde …», is none)."""
    paragraph = text[start:end].rstrip()
    words = _PROSE_WORD.findall(paragraph)
    return not text[end:].strip() and paragraph[-1:].isalpha() and len(words) >= _MIN_CUT_WORDS and \
        sum(w[0].islower() for w in words) * 2 >= len(words)  # a sentence, not a menu's capitals


def _stripped(text: str, ranges: list[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """The range holding ``at``, without its white space around."""
    out = []
    for s, e in ranges:
        if s <= at < e:
            chunk = text[s:e]
            out.append((s + len(chunk) - len(chunk.lstrip()), e - len(chunk) + len(chunk.rstrip())))
    return out


def _inline_boilerplate(text: str, ranges: list[tuple[int, int]],
                        low: str | None = UNREAD) -> list[tuple[int, int]]:
    low = lowered_given(text, low)
    found = [(s, e) for s, e in _inline_boilerplate_spans(text, ranges, low)
             if not _editors_bracket(text, s, e) and not _label_over_prose(text, s, e)
             and not _own_piece_over_prose(text, s, e)]
    starts = {s for s, _ in found}
    for start, end in ranges:
        glued = _GLUED_HEAD.match(text, start, end)
        if glued is None or glued.end() in starts:
            continue
        # Read from the capital on as a line of its own: the phrases open after no letter.
        for s, e in _inline_boilerplate_spans(text[glued.end():end], [(0, end - glued.end())],
                                              None if low is None else low[glued.end():end]):
            if s == 0:
                found.append((glued.end(), glued.end() + e))
    return sorted(found) if len(found) > len(starts) else found


def _inline_boilerplate_spans(text: str, ranges: list[tuple[int, int]],
                              low: str | None) -> list[tuple[int, int]]:
    lex = get_lexicon()
    pattern, text = (lex.boilerplate_inline, text) if low is None else \
        (lex.boilerplate_inline_lowered, low)
    # A prompt inside a quotation is named, not printed: 'told visitors to "follow us on
    # Facebook and Instagram"' (a scam page's words).
    screen = lex.boilerplate_inline_screen
    if low is not None and screen is not None:
        # A line holding none of the strings the phrases spell may match only the phrases the
        # screen cannot speak for (a shortcode): a scan of the runs of lines each, not one
        # search a line (the whole pattern reads past a match: 0.45 ms a pasted page).
        read = scan_ranges(screen.pattern, low, ranges)
        unread = lex.boilerplate_inline_unread
        rest = scan_ranges(unread, low, ranges)
        split = lex.boilerplate_inline_split.for_range
        return [m.span() for (start, end), whole, other in zip(ranges, read, rest) if whole or other
                for m in _unquoted(split(low, start, end) if whole else unread, low, low, start, end)]
    return [m.span() for start, end in itertools.compress(ranges, scan_ranges(pattern, text, ranges))
            for m in _unquoted(pattern, text, text, start, end)]
