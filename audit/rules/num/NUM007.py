from __future__ import annotations

import bisect
import functools
import re
import sys

from audit.check import Context, Rule
from audit.lexicon import number_table, qualifier_words
from audit.model import Quantity, Severity, SpanKind, columns
from audit.rules.num.NUM002 import _PART_OF, conflict

_KINDS = ("money", "count", "percent", "measure")
_DIGITS_MIN = 3  # "3 morts" and "4 morts" may be two tolls; "388,3" and "338,3" are one typed twice
# A headline figure a power of ten off the text's: another scale word ("£10m" over "£10
# billion", "Mio" over "Mrd": 10^3, 10^6, 10^9), or zeros typed once too often or too few ("50
# 000" over "500 000": 10, 100, 1000, the same scale word). Percentages have no scale.
_SCALE_KINDS = ("money", "count", "measure")
_SCALE_POWERS = (3, 6, 9)
_ZERO_POWERS = (1, 2, 3)
_LARGEST_POWER = 12  # a billion to a thousand, either way
_NEAR = 3.0  # a text figure within this factor of the headline's may be what it rounds or sums
# A scale word against typed digits ("10 million visitors" over "10,000 visitors on its
# busiest day"): a round figure of one significant digit a thousand times off is as often
# another figure of the same noun as a slip; from two ("12.5 million" over "12,500") it is not.
_TYPED_SIGNIFICANT_MIN = 2


_NUMBER = re.compile(r"\d[\d\s.,'’]*")  # the figure as written, its group separators and all


def _digits(q: Quantity) -> str:
    """The figure's digits as written, not the scale's or the unit's: "388,3 millions" ->
    "3883", "2 500 millions" -> "2500", "£50billion" -> "50", "un milliard" -> ""."""
    number = _NUMBER.search(q.text)
    return re.sub(r"\D", "", number.group()) if number else ""


def _one_slip(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` typed with one slip: a digit changed, two neighbours swapped, or
    one digit added or dropped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short
                                               for i in range(len(long)))


def _bounded_agree(q: Quantity, b: Quantity) -> bool:
    """A headline's bound or approximation the text's figure satisfies ("Mehr als 100
    deutsche Mittelständler" over "109 deutsche Firmen", "près de 100" over "97"): no slip of
    it. The headline's own only: an exact "150 morts" over the text's "au moins 120 morts"
    states a figure the text never gives (review item 6). Not beyond a factor of three:
    "Plus de 20M $" over "20 932 737 millions" is a scale slip still."""
    if (q.qualifier or "").lower() in _below() and \
            b.value - q.value > max(q.precision, b.precision) * (1 + 1e-9):
        return False  # "Casi 156.700" is under 156,700: the text's "165.700" is above it
    return bool(q.bound or q.approximate) and not conflict(q, b) \
        and 0 < min(q.value, b.value) and max(q.value, b.value) <= _NEAR * min(q.value, b.value)


@functools.cache
def _below() -> frozenset[str]:
    """Approximations from below, every language (numbers/qualifiers.yml, below: "almost")."""
    return frozenset(w.lower() for w in qualifier_words("below"))


def _said(q: Quantity) -> str:
    """A figure with its bound or approximation words: "'plus de 100'"."""
    return repr(f"{q.qualifier} {q.text}" if q.qualifier else q.text)


def _states(b: Quantity, value: float, precision: float) -> bool:
    """Whether ``b`` states ``value`` (written to ``precision``), or the headline rounds it."""
    return abs(b.value - value) <= max(b.precision, precision) * (1 + 1e-9) + 1e-12


def _billion_as_trillion(q: Quantity) -> bool:
    """A French or German "billion" (10^12): NUM006's case, where "billion" may mean milliard."""
    return q.scale == 1e12 and "billion" in q.text.lower()


def _typed_zeros(a: str, b: str, power: int, decimals: int = 0) -> bool:
    """Whether digits ``b`` are digits ``a`` (of a figure ``power`` powers of ten smaller, with
    ``decimals`` decimals) with zeros more at the end ("50000", "500000"), or ``a``'s decimal
    mark read as a thousands separator: the same integer part, its decimals padded with zeros
    to a group of three (the Spanish "7,3 millones" -> "7.300 millones", round 44b es06). Not
    any other run of zeros: "1,5" and "150", "2,5" and "250" are a part and a whole as often
    (review N44)."""
    if b == a + "0" * power:
        return True
    return power == 3 and 0 < decimals < 3 and b == a + "0" * (3 - decimals)


def _bare_amount(q: Quantity) -> bool:
    """A headline's "132 millions", "32 Millionen": a scale word and no noun nor unit after
    it, an amount whose currency the headline leaves out."""
    return q.kind == "count" and q.noun is None and q.scale >= 1e6


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _bare_in_currency(b: Quantity, unit: str | None, ends: list[int], money: list[Quantity]) -> bool:
    """A text's bare amount ("dont près de 30 milliards en faveur de …") whose sentence states
    money in ``unit`` ("plus de 45 milliards de dollars"): that currency's amount, left
    unnamed as a bare headline's is. ``ends``: the text's sentence ends, in order."""
    if not _bare_amount(b) or unit is None:
        return False
    i = bisect.bisect_left(ends, b.start)
    lo, hi = (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else sys.maxsize)
    return any(m.unit == unit and lo <= m.start < hi for m in money)


_OF = re.compile(r"\s+(?:de|of|di|von)\s*$|\s*d['’]\s*$", re.IGNORECASE)


def _money_named(text: str, headline: set[str], q: Quantity, b: Quantity, language: str | None) -> bool:
    """A headline's count under a scale word ("7,3 millones de multa") whose noun the text
    says right before its money, a preposition between ("una multa de 7.300 millones de
    dólares", round 44b r2f), said with another word of the headline ("automotriz"): the money
    the headline names by what it pays. Not a noun said further off ("los visitantes gastaron
    7.000 millones de euros"), nor another's fine ("4,2 millones de multa a la eléctrica" over
    "la multa de 420 millones de euros a Telefónica", review N44: the noun alone says no more
    than that both are fines)."""
    if not (q.kind == "count" and q.noun and q.scale >= 1e6 and b.kind == "money"):
        return False
    if not _said_of_headline(text, headline - _words(q.noun, language), q, b, language):
        return False
    before = text[max(0, b.start - 40):b.start]
    of = _OF.search(before)
    if of is None:
        return False
    word = re.search(r"([^\W\d_]+)\Z", before[:of.start()])
    return word is not None and word.group(1).lower() in q.noun.lower().split()


def _same_noun(q: Quantity, b: Quantity) -> bool:
    """Counts of one thing: their nouns share a word ("3 morts" and "30 blessés" are two)."""
    return bool(set((q.noun or "").split()) & set((b.noun or "").split()))


def _significant(q: Quantity) -> str:
    """The figure's significant digits as written: "22,2 Mio." and "22,2 Milliarden" -> "222"."""
    return _digits(q).strip("0")


def _round(q: Quantity, b: Quantity) -> bool:
    """Both figures of two significant digits or fewer ("100", "150", "120"): their digits
    alone say little that they are one figure typed twice."""
    return len(_significant(q)) <= 2 and len(_significant(b)) <= 2


def _round_pair(q: Quantity, b: Quantity) -> bool:
    """Two round figures of one significant digit, and not the same one, that may be a total
    and a part: the text's at most half the headline's ("400 appareils" over Lion's "200"), or
    of other things (their nouns differ). "800 millions d'euros" over "900 millions d'euros",
    one grant, are still compared (review 28 item 12)."""
    a, c = _significant(q), _significant(b)
    if not (len(a) <= 1 and len(c) <= 1 and a != c):
        return False
    return 0 < b.value <= q.value / 2 or bool(q.noun and b.noun and q.noun != b.noun)


def _scale_slip(q: Quantity, b: Quantity) -> int | None:
    """The power of ten (signed: the text's figure is 10^k times the headline's) by which the
    headline's ``q`` is the text's ``b`` with another scale word or typed zeros, or None."""
    if q.value <= 0 or b.value <= 0:
        return None
    for power in range(1, _LARGEST_POWER + 1):
        for k in (power, -power):
            factor = 10.0 ** k
            if not _states(b, q.value * factor, q.precision * factor):
                continue
            # Another scale word: a power the scales make, or any other when the digits
            # moved with it ("4 milliards" over "400 millions": the same significant digits).
            if b.scale != q.scale and (power in _SCALE_POWERS
                                       or _significant(q) and _significant(q) == _significant(b)):
                return k
            # A scale word typed after a figure already written in full ("20 932 737 millions
            # de dollars" under "20M $", round 14): its digits alone are the headline's, and
            # count as many units as the scale word, which never holds a figure that large.
            if k > 0 and b.scale > 1 and 10.0 ** k == b.scale and b.value / b.scale >= b.scale:
                return k
            if power in _ZERO_POWERS and b.scale == q.scale:
                (short, long), small = ((_digits(q), _digits(b)), q) if k > 0 else ((_digits(b), _digits(q)), b)
                if short and _typed_zeros(short, long, power, small.decimals):
                    return k
    return None


_WORD = re.compile(r"[^\W\d_]{4,}")
_REACH_BEFORE, _REACH_AFTER = 80, 40  # the words around a text figure that say what it counts
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _around(text: str, q: Quantity, language: str | None) -> set[str]:
    """The words of ``q``'s own clause near it, by their stems (_words): "Et surtout Jeff Bezos
    (3 milliards d'euros de pertes)" -> jeff, bezos, surtout, pert."""
    lo, hi = max(0, q.start - _REACH_BEFORE), min(len(text), q.end + _REACH_AFTER)
    before = _SENTENCE_END.split(text[lo:q.start])[-1]
    after = _SENTENCE_END.split(text[q.end:hi])[0]
    return _words(before + " " + after, language)


def _headline_words(text: str, start: int, end: int, q: Quantity, language: str | None) -> set[str]:
    """The words of the headline (``text[start:end]``) around its figure ``q``, by their stems."""
    return _words(text[start:q.start] + " " + text[q.end:end], language)


def _words(text: str, language: str | None) -> set[str]:
    """The words of ``text`` by their stems: each lowercased, less the longest of its
    language's inflection endings that leaves a stem of five letters or more
    (numbers/qualifiers.yml, word_endings), so a headline's "devolve" is the text's "vai
    devolver" (round 45b m11) and "returns" its "returned"; another verb stays another. A
    shorter stem keeps the whole word: with four letters, nouns and names matched the
    headline's verb («cobra»/«cobre», «porte»/«porter», «Conto»/«Conte», «parte»/«partido»,
    "lead"/"leading", review N45), so «paga»/«pagou», «multa»/«multó» are not matched."""
    endings = _endings(language)
    stems = set()
    for word in _WORD.findall(text):
        word = word.lower()
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN:
                word = word[:-len(ending)]
                break
        stems.add(word)
    return stems


_STEM_MIN = 5


@functools.cache
def _endings(language: str | None) -> tuple[str, ...]:
    """The inflection endings of ``language``'s words, longest first."""
    table = number_table("qualifiers").get("word_endings") or {}
    return tuple(sorted(table.get(language) or (), key=lambda e: (-len(e), e)))


def _said_of_headline(text: str, headline: set[str], q: Quantity, b: Quantity, language: str | None) -> bool:
    """Whether the text figure ``b`` is said with a word of the ``headline`` around ``q`` (not
    the figures' own scale and currency words): "Philips … régler 1,1 milliard de dollars …
    dans l'affaire" under "Philips va régler 11 milliards de dollars dans l'affaire"; not a
    part introduced as one ("dont 3,5 milliards")."""
    if _PART_OF.search(text, max(0, b.start - 40), b.start):
        return False  # "34 milliards … votés, dont 3,5 milliards pour 2022": a part of a total
    own = _words(q.text + " " + b.text, language)
    return bool((headline - own) & (_around(text, b, language) - own))


def _closest(text: str, start: int, end: int, q: Quantity,
             found: list[tuple[Quantity, int]], language: str | None) -> tuple[Quantity, int] | None:
    """Of the text's figures the headline's may be a slip of (each with its power of ten), the
    one of the same thing: the most words shared with the headline around it ("Jeff Bezos (3
    milliards d'euros de pertes)" under "Jeff Bezos a perdu 3 millions d'euros", not "Mark
    Zuckerberg (2,5 milliards d'euros de pertes)"), then the nearest in value, then the first."""
    if not found:
        return None
    headline = _headline_words(text, start, end, q, language)

    def rank(item: tuple[int, tuple[Quantity, int]]):
        i, (b, k) = item
        return (-len(headline & _around(text, b, language)), abs(b.value / (q.value * 10.0 ** k) - 1), i)

    return min(enumerate(found), key=rank)[1]


class NUM007(Rule):
    """A figure in the headline that the text states with another value.

    What it checks:
        A figure of the title (an amount of money, a count, a percentage, a measure) that
        the text never states, when the text states a figure of the same kind, unit and
        scale that differs from it by one typing slip: a digit changed, two neighbouring
        digits swapped, a digit added or dropped, the decimal mark moved ("388,3 millions
        de dollars" in the headline, "338,3 millions de dollars" in the text); not the only
        significant digit of two round figures ("400 appareils commandés" over a buyer's
        "200 appareils": a total and a part as often as a slip; only when the text's is at
        most half the headline's or counts something else, so "800 millions d'euros" over
        "900 millions d'euros" is still one). Two figures of two significant digits or
        fewer are the same quantity only when the text's counts the headline's noun or is
        said with a word of the headline ("près de 100 millions d'euros de primes" for the
        Bayern over what Real "a permis d'économiser plus de 150 millions d'euros" is
        another quantity; "150 morts" over "au moins 120 morts" is one). A headline
        that rounds the text's figure ("38,4 %" for "38,45 %") states it, and a bound or
        an approximation states the text's figures that satisfy it within a factor of three
        ("Mehr als 100 deutsche Mittelständler" over "109 deutsche Firmen"; "more than 100"
        over "10" is still compared; "almost", "casi", "presque" say the value is under the
        figure: "Casi 156.700" over the text's "165.700" is compared; numbers/qualifiers.yml,
        below). Figures of one or
        two digits are left out: "3 morts" and "4 morts" may be two tolls; but for the same
        two digits under one scale word, the decimal mark moved ("11 milliards de dollars"
        over "1,1 milliard de dollars"), when the text's figure is said with a word of the
        headline ("Philips … régler"; a word in any of its forms, compared by its stem,
        numbers/qualifiers.yml word_endings: "Câmara devolve mais R$ 27 milhões" over "vai
        devolver R$ 2.7 milhões", not "vai receber"; a stem of five letters or more, not
        «cobra» over «cobre» nor «Conto» over «Conte») and not introduced as a part ("dont 3,5 milliards"): a
        plan's tranche said of its own use ("1,5 milliard d'euros iront à la rénovation"
        under "un plan de 15 milliards") is a part, not a slip. A figure glued
        to the word before it, a kicker stored with no space ("Zahl des Tages15,9
        Milliarden"), is read as an amount only (a scale word, a currency, a percent sign):
        "COVID19", "G20", "iPhone15 Pro" name things. Also an amount, a
        count or a measure that the text states a power of ten away: another scale word
        ("£10m" over "£10 billion", "millions" over "milliards", "Mio" over "Mrd"; or
        the digits moved with it, "4 milliards" over "400 millions") or zeros
        typed too often or too few ("150 jobs" over "15,000 jobs"), or the decimal mark read
        as a thousands separator under one scale word ("7,3 millones" over "7.300 millones de
        dólares"; not "1,5" over "150", a part and a whole as often), of any size; counts of
        the same noun only, a headline's count whose noun the text says right before its
        money, with another word of the headline, read as that money ("7,3 millones de multa
        para la automotriz" over "La automotriz aceptó pagar una multa de 7.300 millones de
        dólares"; not another's fine), a headline's bare "132 millions" read as the text's money or
        its bare amount ("856 milliards" over "le bénéfice s'est étoffé à 856 millions."; a
        preposition after it opens no noun: "120 milliards pour l'extension", "24,9 miljard
        voor gemeentehuis"; numbers/qualifiers.yml, bare_after), and the text's bare amount
        read as the headline's money when its sentence states money in that currency ("30
        millions de dollars" over "plus de 45 milliards de dollars …, dont près de 30
        milliards"). Not
        when the text states a figure within a factor of three of the headline's (a total
        and a part: the headline may state or round it), unless the headline's own digits,
        two significant or more, are the other scale's and none of the near figures' ("22,2
        Mio. USD" over "22,2 Milliarden USD" and a "36 Mio. USD" gain), nor a French
        "billion" (NUM006; nor a headline figure the text states with a French "billion":
        "275 milliards FCFA" over "275 billions FCFA" is NUM006's),
        nor a scale word against typed digits of one significant digit ("10 million
        visitors" over "10,000 visitors on its busiest day": another figure as often).
        Of several such figures, the finding quotes the one of the same thing: the most
        words of the headline around it ("Jeff Bezos (3 milliards d'euros de pertes)" under
        "Jeff Bezos a perdu 3 millions d'euros", not Mark Zuckerberg's "2,5 milliards"),
        then the nearest in value.

    Why it matters:
        The headline is what most readers see and what is shared; a slip there is the
        article's most visible error, and its own text shows it.

    Example:
        Un immigré gagne 388,3 millions de dollars à la loterie

        Le jackpot de 338,3 millions de dollars a été remporté mardi.

    Use instead:
        The text's figure in the headline: "Un immigré gagne 338,3 millions de dollars".

    Configuration:
        None.
    """

    code = "NUM007"
    name = "headline-figure"
    severity = Severity.WARNING
    scope = (SpanKind.TITLE,)

    def check(self, ctx: Context):
        titles = ctx.spans(SpanKind.TITLE)
        if not titles:
            return
        start, end = titles[0].start, titles[0].end
        language = ctx.facts.language
        # By bisection in the spans' starts (in order, apart): every quantity against every
        # span was quadratic on a pasted table of many short lines.
        starts, ends = columns(ctx.spans(SpanKind.BODY, SpanKind.HEADING))

        def inside(at: int) -> bool:
            i = bisect.bisect_right(starts, at) - 1
            while i >= 0 and starts[i] == ends[i]:  # an empty span holds nothing
                i -= 1
            return i >= 0 and at < ends[i]

        in_body = [q for q in ctx.facts.quantities if q.kind in _KINDS and inside(q.start)]
        money = [b for b in in_body if b.kind == "money"]
        # per currency, the text's bare amounts whose sentence states money in it
        units = {q.unit for q in ctx.facts.quantities if q.kind == "money" and start <= q.start < end}
        stops = [m.start() for m in _SENTENCE_END.finditer(ctx.text)] if units else []
        bare_money = {u: [b for b in in_body if _bare_in_currency(b, u, stops, money)] for u in units}
        for q in ctx.facts.quantities:
            if not (start <= q.start < end) or q.kind not in _KINDS:
                continue
            digits = _digits(q)
            named = _headline_words(ctx.text, start, end, q, language) if q.kind == "count" and q.noun else set()
            alike = [b for b in in_body if (b.kind, b.unit) == (q.kind, q.unit) or
                     (_bare_amount(q) and (b.kind == "money" or _bare_amount(b))) or
                     (q.kind == "money" and b in bare_money.get(q.unit, ())) or
                     _money_named(ctx.text, named, q, b, language)]
            # Stated in the text, or rounded there ("38,4 %" over "38,45 %"); a French
            # "billion" states the headline's milliards too: NUM006 says which is meant.
            if any(_states(b, q.value, q.precision) or _billion_as_trillion(b)
                   and _states(b, q.value * 1e3, q.precision * 1e3) for b in alike):
                continue
            # the text's figures a headline bound or approximation fits are no slips of it
            against = [b for b in alike if not _bounded_agree(q, b)]
            scaled = self._scaled(q, alike, against, ctx.text, start, end, language)
            if scaled is not None:
                yield scaled
                continue
            same = [b for b in against if b.scale == q.scale]
            if len(digits) < _DIGITS_MIN:
                # two digits: only the decimal mark moved under one scale word ("11 milliards
                # de dollars" over "1,1 milliard de dollars", round 29a r10), a digit for
                # digit match said of the headline's thing: a word of the headline around it
                # ("Philips … régler"); a tenth of a plan said of its own use ("1,5 milliard
                # d'euros iront à la rénovation" under "un plan de 15 milliards") is a part
                moved: list[tuple[Quantity, int]] = []
                if len(digits) == _DIGITS_MIN - 1 and q.scale > 1:
                    headline = _headline_words(ctx.text, start, end, q, language)
                    moved = [(b, 0) for b in same if _digits(b) == digits and b.decimals != q.decimals
                             and _said_of_headline(ctx.text, headline, q, b, language)]
                found = _closest(ctx.text, start, end, q, moved, language)
                if found is not None:
                    yield self.finding(
                        q.start, q.end, f"the headline says {_said(q)}, the text {_said(found[0])}",
                        evidence={"headline": q.text, "text": found[0].text, "text_start": found[0].start},
                        suggestion="check which figure is right and state it the same way in both")
                continue
            # A slip: one digit, or the decimal mark moved ("12,5 %" over "1,25 %"); not the
            # only significant digit of two round figures that may be a total and a part
            # ("400 appareils" over Lion's "200 appareils": _round_pair).
            # Two round figures (two significant digits or fewer, "près de 100" and "plus de
            # 150") are one digit apart as often as not: the same quantity only when the
            # text's counts the headline's noun or is said with a word of the headline
            # (round 31b fr14: Bayern's bonuses over what Real saved on a transfer).
            headline = _headline_words(ctx.text, start, end, q, language)
            found = _closest(ctx.text, start, end, q, [
                (b, 0) for b in same if (_one_slip(digits, _digits(b)) or _digits(b) == digits)
                and not _round_pair(q, b)
                and (not _round(q, b) or _same_noun(q, b) or _said_of_headline(ctx.text, headline, q, b, language))], language)
            if found is not None:
                slip = found[0]
                yield self.finding(
                    q.start, q.end,
                    f"the headline says {_said(q)}, the text {_said(slip)}",
                    evidence={"headline": q.text, "text": slip.text, "text_start": slip.start},
                    suggestion="check which figure is right and state it the same way in both")

    def _scaled(self, q: Quantity, alike: list[Quantity], against: list[Quantity], text: str,
                start: int, end: int, language: str | None):
        """The finding for a headline figure the text states a power of ten away, when the text
        states nothing near the headline's magnitude (a total beside a part, "£10m now, £10bn
        by 2030", is two figures, and the headline may state either)."""
        if q.kind not in _SCALE_KINDS or _billion_as_trillion(q):
            return None
        near = [b for b in alike if q.value / _NEAR <= b.value <= q.value * _NEAR]
        # A figure near the headline's may be what it states; unless the headline's own
        # digits, two significant or more, stand in the text at another scale and in none of
        # the near figures (round 9: "22,2 Mio. USD" over "22,2 Milliarden USD" and a net
        # gain of "36 Mio. USD").
        own = _significant(q)
        if near and (len(own) < _TYPED_SIGNIFICANT_MIN or any(_significant(b) == own for b in near)):
            return None
        slips = []
        for b in against:
            # two bare amounts ("856 milliards" over "s'est étoffé de 4,2% à 856 millions.")
            # are the same money left unnamed, as a bare headline's over the text's money
            if _billion_as_trillion(b) or (b.kind == "count" and not _same_noun(q, b)
                                           and not (_bare_amount(q) and _bare_amount(b))
                                           and not (q.kind == "money" and _bare_amount(b))):
                continue
            if near and _significant(b) != own:
                continue
            k = _scale_slip(q, b)
            if k is None:
                continue
            # typed digits, the other figure with a scale word ("trois milliards" is words)
            typed = _digits(q) if q.scale == 1 else _digits(b) if b.scale == 1 else ""
            if q.scale != b.scale and typed and len(typed.strip("0")) < _TYPED_SIGNIFICANT_MIN:
                continue
            slips.append((b, k))
        found = _closest(text, start, end, q, slips, language)
        if found is not None:
            b, k = found
            return self.finding(
                q.start, q.end,
                f"the headline says {_said(q)}, the text {b.text!r}: "
                f"the text's is {10 ** abs(k):,} times {'more' if k > 0 else 'less'}",
                evidence={"headline": q.text, "text": b.text, "text_start": b.start,
                          "factor": 10 ** k if k > 0 else 10.0 ** k},
                suggestion="check which scale is right and state it the same way in both")
        return None
