from __future__ import annotations

import datetime as dt
import re

from audit.check import Context, Rule
from audit.extract import rates
from audit.extract.quantities import bare_dollar, near_openings
from audit.model import Conversion, Quantity, Severity, SpanKind
from audit.rules.num.NUM006 import _Amounts, _english_sense, _french_billion

NEAR_MARGIN = 0.10  # "un peu plus de", "just over": the true value is within 10 % of the figure

# "$" alone is the US dollar to the extractor (the local dollar on a page written for Canada,
# Australia…: quantities.resolve_currencies), but Québec writes "125 millions $" for Canadian
# dollars: on a page that says no country, where the US dollar does not fit a stated conversion
# and the Canadian dollar does, the text may be right. Not the word "dollars", which the French press mostly means as the US
# dollar; not in English, where reading "$" as any of the dollars Canada, Australia and New
# Zealand write so hid wrong conversions of the labelled set (tests/data/numbers).
_OTHER_DOLLARS = {"fr": ("CAD",)}


def _near(qualifier: str | None) -> bool:
    return bool(qualifier) and qualifier.startswith(near_openings())


def verdict(stated: float, low: float, high: float, tolerance: float, bound: str | None,
            near: bool) -> bool:
    """Whether ``stated`` agrees with an expected value in [low, high]: a plain or approximate
    figure within the tolerance; a lower bound ("plus de") that the expected value can reach; an
    upper bound ("moins de") it can stay under; a near bound ("un peu plus de") both."""
    lo, hi = low * (1 - tolerance), high * (1 + tolerance)
    if bound == "lower":
        return stated <= hi and (not near or stated * (1 + NEAR_MARGIN + tolerance) >= low)
    if bound == "upper":
        return stated >= lo and (not near or stated * (1 - NEAR_MARGIN - tolerance) <= high)
    return lo <= stated <= hi


def _bound(conv: Conversion) -> tuple[str | None, str | None]:
    """The target's bound, checked as a bound ("plus de X, soit au moins Y" too); a bound on the
    source only ("plus de X (Y)") leaves Y the conversion of X."""
    target = conv.target
    return (target.bound, target.qualifier) if target.bound else (None, None)


class NUM001(Rule):
    """A stated currency conversion is off the ECB reference rate.

    What it checks:
        An amount restated in another currency, in the forms the press uses: "50 millions de
        dollars [environ 42,7 millions d'euros]", "5,2 M$ (4,4 M€)", "X, soit (environ | près
        de | plus de | un peu moins de | l'équivalent de) Y", "$5bn, or about €4.6bn",
        "£3.5m (US$4.4m)", with up to three words of X's noun and the time they end on
        between X and its bracket, a year or a date to it ("3 millions de dollars d'amende
        (2,5 millions d'euros)", "107 000 € en 2019 (soit environ 145 000 dollars)", "$5m in
        March 2019 (€4.6m)": money only, and read only when Y/X is within a factor 2 of the
        rates the pair has had, as "omgerekend" below), agency style "£5.5-billion ($7.6-billion, 6.4-billion-euro)" (every
        amount a bracket lists by commas is X converted), a list restated as a list, leg
        by leg in order ("10.000, 5.000 et 1.000 yens, soit 57, 29 et 6 euros", "¥10,000,
        ¥5,000 and ¥1,000, or €57, €29 and €6"; lists of different lengths are not read;
        not Y per person or per unit of time, "lo que equivale a 300 dólares por habitante",
        "(el equivalente a 24 dólares diarios)", "das entspricht 12 Dollar pro Einwohner":
        numbers/qualifiers.yml, per_unit),
        "29 miljard euro kwijt, omgerekend 34 miljard dollar" (up to four
        words before "omgerekend", "umgerechnet", an approximation after it, "umgerechnet
        rund", "ca."; read whatever language the page is detected in, these words being no
        other language's: a short German text is often not detected; this form and an "aktuell" bracket, below,
        also restate an amount per period or give today's price, so they are read only when
        Y/X is within a factor 2 of the rates the pair has had over the ECB data: not
        "120.000 Dollar im Jahr, umgerechnet 9.200 Euro im Monat", "1 Dollar (aktuell 4
        Euro)"). Any two currencies the European Central Bank publishes, through the
        euro (GBP to CHF, USD to JPY), or a currency fixed by law to one it publishes, through
        that parity (francs CFA "FCFA", 655.957 to the euro; francs CFP, comoriens, escudos
        cap-verdiens, marks convertibles; the euro area's former currencies at their
        irrevocable rates, "15 francs français", "200.000 D-Mark", "500 pesetas", "100.000 Nederlandse
        gulden": numbers/pegs.yml; the finding says the parity),
        against its reference rates from the article's date
        (the last published rate on or before it: weekends and holidays have none). The
        tolerance is the setting (1 %) plus half a unit of the last digit the article wrote
        ("42,7" ±0.05; trailing zeros are rounding, by at most 5 %: "170 millions" ±5
        millions) plus the rate's own movement over ±7 days around the date. The source is
        the amount stated, even with a decimal before a scale word ("$1.5 billion (€1.36
        billion)" is 3.8 % off: wire copy converts the printed figure). "plus de Y" is a lower bound, "moins de Y" an upper bound, checked as bounds;
        "un peu plus de Y" must also be within 10 % of Y, and so must "un peu moins de Y",
        "just under Y", German "knapp Y" and Dutch "krap Y" (just under Y). The finding states the expected
        value (in English, with the scale word of the amount as written: "13.9 billion" for
        "milliards", "Milliarden", "billion"; on a page whose language is not detected, the
        English sense of a "billion" the text writes, not a "trillion"), the rate and its date (with no publication date, the window's rate nearest the
        one stated: how far the conversion is from any rate the window allows), the window
        and the tolerance. An amount the text dates
        in a year before the publication's (within it, the day of writing's rate is the one),
        by a date of its sentence, before or after it ("En 2017, … ont totalisé 246
        milliards de dollars (environ 204 milliards d'euros)", "En 2006, Google rachète
        YouTube …", "paid $19 billion … for WhatsApp in 2014"; never a date after "par
        rapport à", "compared with" in its clause) or, with "à l'époque", "at the time",
        "damals" in its sentence, the last date before the cue in its paragraph, or the end
        of a reporting period the page names ("12 Months Ended Dec. 31, 2024": a filing
        converts at its closing rate; lexicon dateline_cues, period_end), or with a
        publication date a relative year, the year before it ("im vergangenen Jahr", "last
        year", "l'an dernier"; qualifiers.yml, last_year), in the amount's own clause (no
        clause mark, join or relative pronoun between them) and a sentence naming no year
        (numbers/qualifiers.yml, then, compared), may have been converted at that date's rates: any day of a year's (of its December, with the rate window around it, when the year is named as its end: "en fin 2017", "end-2017", "Ende 2017"; qualifiers.yml, year_end), a month's or a day's with the rate window around it; it
        is reported only if those do not give it either, and the finding says so; not an
        "aktuell" bracket (below). With no publication date,
        a date in the title or a dateline opening the conversion's paragraph ("PARIS, 12 mai
        2011 –", "Nachtrag, 19. August 2009:") dates it: the rates of the
        undated-window-days after it are used. Any other date the text gives, in the
        conversion's sentence too ("Le contrat, signé le 12 mai 2011, portait sur …": authors
        convert at the rate of their day), may tell of an older event (a picture caption's
        "January 2014" over a story of 2021), so it only bounds the article from below: the conversion is reported if no day's rate from it to
        the end of the rate data gives it (a year alone bounds so only in the conversion's own
        sentence: "arrivé en 2017, contre 222 M€ (310 millions de dollars)", from 1 January; with
        no date to the month in the whole text, the latest year it states, not a plan's or a
        forecast's, from 1 January of the year before it: "Pour les premiers mois de 2025 …"
        may be written in 2024); a date older than the pair's rate series ("Créée en
        septembre 1960") bounds nothing, every rate of the series is tried. The finding says which. A bracket that opens with
        "aktuell", "derzeit", "currently", "actuellement", "attualmente", "actualmente" ("199
        Milliarden Dollar (aktuell rund 178 Milliarden Euro)", a deal of 2000 in a text of
        2016) states the rate of the time of writing: the publication date's, as any
        conversion; with no publication date, any rate from the latest date the whole text
        gives to the end of the data, not a date of its paragraph (the event's). Not "heute"
        or "today", which also state today's money (inflation), and not a bracket that goes on
        after Y ("aktuell 178 Milliarden Euro wert": a value now). A date after the rate data ends, a currency the ECB does not
        publish (bolivar, hryvnia) or a series that stopped (rouble, March 2022) is said in
        the article's notes, never guessed; so is a name that stands for several currencies
        ("francs", "couronnes", "pesos" alone), unless the article names one of them elsewhere
        ("francs suisses", "CHF") or the page's country has one (lang="fr-CH", og:locale, a
        .ch site), which the notes say. "$" and "dollars" alone are the US dollar, but a
        bare "$" on a page written for a country of another dollar (lang="fr-CA", a .ca
        or .au site, or with no country in its metadata a text that says where it is
        written: "MONTRÉAL, le 12 avril 2024 /CNW/", "LÉVIS (Québec),", "5 M$ CA") is that
        dollar, which the notes say; and on a page that says no country, a conversion in French with a bare "$" that the US dollar does not fit and
        the Canadian dollar does (Québec writes "125 millions $") is not reported. With no date
        at all in the article, a conversion is reported only if no day's rate in the ECB's
        data gives it. A French "billion" (10^12) that the article shows is meant as an
        English one (NUM006: "171,8 billions de dollars (152,7 milliards d'euros)") is
        converted at 10^9: NUM006 reports the word, and the rate is checked as meant.

    Why it matters:
        Conversions are where slips hide: a wrong rate, an outdated rate, a swapped currency,
        a bound that points the wrong way.

    Example:
        La prime atteint 1 million de francs suisses, soit un peu plus de 2 millions d'euros.
        (in 2024: one franc bought about 1.05 euros, not 2)

    Use instead:
        La prime atteint 1 million de francs suisses, soit un peu plus d'un million d'euros.

    Configuration:
        conversion-tolerance (default 0.01); rate-window-days (default 7);
        undated-window-days (default 90: after a dateline of the conversion's paragraph or a
        date of the title); --published YYYY-MM-DD. `audit rates update` fetches newer ECB rates into the
        user cache.
    """

    code = "NUM001"
    name = "currency-conversion"
    severity = Severity.ERROR
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def check(self, ctx: Context):
        money = [conv for conv in ctx.facts.conversions if conv.kind == "money"]
        h = rates.history() if money else None  # one history for the article's conversions
        index = None
        for conv in money:
            if ctx.facts.language == "fr" and (_french_billion(conv.source) or _french_billion(conv.target)):
                # "171,8 billions de dollars (152,7 milliards d'euros)": NUM006 reports the
                # English billion the article shows; the amount is checked at that scale
                index = index or _Amounts(ctx.facts.quantities)
                conv = _at_english_scale(conv, ctx.facts.quantities, index)
            basis = ctx.facts.rate_basis(ctx.settings, conv.start, h, conv.current,
                                         (conv.source.unit, conv.target.unit))
            src, dst = conv.source.unit, conv.target.unit
            if conv.loose and conv.source.value and not rates.plausible(
                    src, dst, conv.target.value / conv.source.value, h):
                continue  # "120.000 Dollar im Jahr, umgerechnet 9.200 Euro im Monat"
            window = rates.rates_around(src, dst, basis.day, basis.first, basis.last, h)
            if window.unknown:
                continue  # in the notes (Facts.rate_notes)
            target = conv.target
            rounding = target.precision / target.value if target.value else 0.0
            tolerance = ctx.settings.conversion_tolerance + rounding
            low, high = conv.source.value * window.low, conv.source.value * window.high
            bound, qualifier = _bound(conv)
            if verdict(target.value, low, high, tolerance, bound, _near(qualifier)):
                continue
            if _fits_another_dollar(conv, ctx.facts, basis, h, tolerance, bound,
                                    _near(qualifier)):
                continue
            # "aktuell rund Y" states today's rate, whatever year the sentence gives
            told = [] if conv.current else ctx.facts.told_dates(conv.start)
            if any(_fits_told(conv, m, ctx.settings.rate_window_days, h, tolerance, bound,
                              _near(qualifier), ctx.facts.names_year_end(m)) for m in told):
                continue  # "En 2017, … 246 milliards de dollars (environ 204 milliards d'euros)"
            ref, nearest = window.reference, ""
            if not basis.dated and conv.source.value and window.rates:
                # Undated, any rate of the range may be the author's: the distance is to the
                # one nearest the rate stated, not to the range's last (round 26b r13)
                stated = target.value / conv.source.value
                ref = min(window.rates, key=lambda r: abs(r.value - stated))
                nearest = ", the nearest in the range"
            expected = conv.source.value * ref.value
            off = target.value / expected - 1
            kind = {"lower": "a lower bound", "upper": "an upper bound"}.get(bound, "")
            yield self.finding(
                conv.start, conv.end,
                f"{target.text}{f' ({qualifier}: {kind})' if bound else ''} is {abs(off):.1%} "
                f"{'below' if off < 0 else 'above'} {conv.source.text} converted at {basis.why}: "
                f"expected {_figure(expected, target, ctx.facts.language)} {dst} at {_rate(ref.value)} {dst}/{src} "
                f"({ref.date.isoformat()}{_parities(src, dst)}{nearest}); rates {_rate(window.low)}-"
                f"{_rate(window.high)} from {basis.first.isoformat()} to "
                f"{basis.last.isoformat()}; tolerance "
                f"{ctx.settings.conversion_tolerance:.1%} + {rounding:.1%} for the rounding"
                + (f"; nor at the rates of {', '.join(repr(m.text.strip()) + (' (its end)' if ctx.facts.names_year_end(m) else '') for m in told)}, "
                   "the date its sentence or paragraph gives" if told else ""),
                evidence={"source": conv.source.text, "target": target.text,
                          "expected": round(expected, 2), "stated": target.value,
                          "expected_range": [round(low, 2), round(high, 2)],
                          "rate": round(ref.value, 6), "rate_date": ref.date.isoformat(),
                          "window": [basis.first.isoformat(), basis.last.isoformat()],
                          "rate_range": [round(window.low, 6), round(window.high, 6)],
                          "bound": bound, "deviation": round(off, 4),
                          "tolerance": round(tolerance, 4), "dated": basis.dated},
                suggestion=f"about {_figure(expected, target, ctx.facts.language)} {dst}")




def _fits_another_dollar(conv: Conversion, facts, basis, h, tolerance: float,
                         bound: str | None, near: bool) -> bool:
    """Whether a bare "$" side, read as another dollar the language's press writes so, makes
    the conversion right."""
    for side in ("source", "target"):
        if not bare_dollar(getattr(conv, side)):
            continue
        for code in _OTHER_DOLLARS.get(facts.language or "", ()):
            src = code if side == "source" else conv.source.unit
            dst = code if side == "target" else conv.target.unit
            window = rates.rates_around(src, dst, basis.day, basis.first, basis.last, h)
            if not window.unknown and verdict(conv.target.value, conv.source.value * window.low,
                                              conv.source.value * window.high, tolerance, bound,
                                              near):
                return True
    return False


def _fits_told(conv: Conversion, told, window_days: int, h, tolerance: float,
               bound: str | None, near: bool, year_end: bool = False) -> bool:
    """Whether the rates of a date the text gives the amount make the conversion right: a
    year's, any day of that year; a month's or a day's, with the rate window around it; a
    year's end ("en fin 2017"), December's with the window around it, not January's."""
    date = told.date
    first, last = date.first_day(), date.last_day()
    if year_end:
        first = dt.date(date.year, 12, 1)
    if date.precision != "year" or year_end:
        first, last = (rates._shift(first, -window_days), rates._shift(last, window_days))
    window = rates.rates_around(conv.source.unit, conv.target.unit, date.last_day(), first,
                                last, h)
    return not window.unknown and verdict(conv.target.value, conv.source.value * window.low,
                                          conv.source.value * window.high, tolerance, bound,
                                          near)


def _at_english_scale(conv: Conversion, quantities, index) -> Conversion:
    """``conv`` with each French "billion" NUM006 reads as an English one (the article shows
    it: the same figure in "milliards", a conversion a thousand times smaller) at 10^9."""
    from dataclasses import replace

    def english(q: Quantity) -> Quantity:
        if not _french_billion(q) or _english_sense(q, quantities, index) is None:
            return q
        return replace(q, value=q.value * 1e-3, scale=1e9, precision=q.precision * 1e-3)

    return replace(conv, source=english(conv.source), target=english(conv.target))


def _rate(value: float) -> str:
    # four decimals, or four significant digits for a small rate (0.001891 USD per franc CFA)
    return f"{value:.4f}" if value >= 0.1 else f"{value:.4g}"


def _parities(*codes: str) -> str:
    """The fixed parity a pegged side was read through (numbers/pegs.yml)."""
    said = [p for p in map(rates.parity, codes) if p]
    return "".join(f"; {p}" for p in said)


_ENGLISH_WORDS = {1e3: " thousand", 1e5: " lakh", 1e6: " million", 1e7: " crore", 1e9: " billion",
                  1e12: " trillion"}


def _figure(value: float, target: Quantity, language: str | None) -> str:
    """``value`` as the target amount is written, with the English word of its scale: "13.9
    billion" for "milliards", "Milliarden", "billion" (en) alike. On a page whose language is
    not detected a written "billion" is read at 10^12 (French last, quantities._langs): both
    sides at that scale, the check holds, but the word is the writer's ("19 billion" -> "13.9
    billion"), not a "trillion" the text never meant (round 36b r2)."""
    scale = target.scale
    written = value / scale
    digits = 0 if written >= 100 else 1 if written >= 10 else 2
    word = _ENGLISH_WORDS.get(scale, "")
    if language is None and (said := _english_scale(target.text)) is not None:
        word = _ENGLISH_WORDS.get(said, word)
    return f"{written:,.{digits}f}{word}"


def _english_scale(text: str) -> float | None:
    """The English value of the scale word ``text`` writes ("16.5 billion euros": 10^9), if it
    writes one English has."""
    from audit.lexicon import number_table
    english = {k.lower(): float(v) for k, v in number_table("qualifiers")["scales"]["en"].items()}
    words = re.findall(r"[^\W\d_]+", text.lower())
    for pair in zip(words, words[1:]):  # "lakh crore" before "lakh"
        if " ".join(pair) in english:
            return english[" ".join(pair)]
    return next((english[w] for w in words if w in english), None)
