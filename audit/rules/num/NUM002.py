from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from audit import rx
from audit.check import Context, Rule
from audit.extract.numbers import find_number_words, parse_digits
from audit.extract.quantities import ROUNDING_SHARE, forecast_cue, last_match, then_age_cue
from audit.lexicon import get_lexicon, number_table, qualifier_words
from audit.model import Quantity, Severity, Span, SpanKind
from audit.segment.cues import word_count

_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@functools.cache
def _change() -> re.Pattern[str]:
    """A word telling that a count changed (numbers/qualifiers.yml, changes: "acquisition",
    "triplera", "augmenté"), in every language: a whole word, or a word's start where the
    entry ends in "*"."""
    forms = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
             for w in qualifier_words("changes")]
    return rx.compile(rf"(?<!\w)(?:{'|'.join(sorted(forms, key=lambda w: (-len(w), w)))})(?!\w)",
                      re.IGNORECASE)


def _alternation(words) -> str:
    """``words`` as a regex alternation of literals, the longer first, then in a fixed order (a
    set's iteration order changes with the hash seed, and the memo keys patterns by text)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _period() -> re.Pattern[str] | None:
    """A period said without a year (numbers/qualifiers.yml, period_nouns, period_marks,
    period_days): "l'année suivante", "la semaine dernière", "il y a deux semaines", "hier"."""
    nouns, marks, days = (_alternation(qualifier_words(key))
                          for key in ("period_nouns", "period_marks", "period_days"))
    if not nouns or not marks:
        return None
    noun = rf"(?:{nouns})s?"
    # after an elision too ("L'année suivante"); "ce mois-ci" is "ce mois"
    return rx.compile(rf"(?<!\w)(?:(?:{marks})\s+(?:[^\W\d_]+\s+|\d+\s+)?{noun}|{noun}\s+(?:{marks})"
                      rf"{'|' + days if days else ''})(?![\w'’])", re.IGNORECASE)


def _periods(sentence: str) -> set[str]:
    """The periods a sentence says: its years and its periods without a year."""
    found = set(_YEAR.findall(sentence))
    period = _period()
    if period is not None:
        found |= {" ".join(m.group().lower().split()) for m in period.finditer(sentence)}
    return found


def _two_periods(first: str, second: str) -> bool:
    """Whether two sentences each say a period and they differ ("En 2022, …" and "L'année
    suivante, …"; "La semaine dernière, …" and "Il y a deux semaines, …"): two times, so two
    quantities even of one counted subject. A period in only one of them says nothing of the
    other's time."""
    a, b = _periods(first), _periods(second)
    return bool(a) and bool(b) and a != b


def _tells_change(text: str, earlier: Quantity, q: Quantity) -> bool:
    """Whether the two figures' own sentences tell a change ("a racheté 1 539
    magasins", "Avec cette acquisition, le groupe comptera 2 196 magasins"): not a sentence
    between them, of another noun ("Les hospitalisations progressent encore."); a capital
    inside the sentence is a name ("Rose Mathew"), not the verb."""
    # the first one's whole sentence ("1 539 magasins rachetés"), the second one's up to it
    # ("compte désormais 2 196"; not "… 1 500 salariés en France depuis le rachat", numbers
    # q05: a date of the count, not a change between the two)
    end = _SENTENCE_END.search(text, earlier.end)
    for start, stop in ((_sentence_start(text, earlier), end.start() if end else len(text)),
                        (_sentence_start(text, q), q.start)):
        for m in _change().finditer(text, start, stop):
            if not m.group()[0].isupper() or not text[start:m.start()].strip():
                return True
    return False


_SENTENCE_END = rx.compile(r"[.!?\n]")
# Readings that change by the hour or the place: weather, scores, shares.
_VARYING = {"degré", "degree", "point", "pourcent", "percent", "fois", "time"}
_PER_GROUP = 8  # a noun stated more often than this is a list or a table, not one fact


def _content(words: str | None) -> set[str]:
    return {w for w in (words or "").split() if len(w) >= 4 and not w.isdigit()}


def _anchors(words: str | None) -> set[str]:
    """The figure counting a subject ("34" of "34 projets ont permis 1 563 emplois")."""
    return {w for w in (words or "").split() if w.isdigit()}


def _stem(word: str) -> str:
    """A subject word without its number and gender endings: "vols internationaux" and "le
    trafic international" share "international" (round 27a, fr17)."""
    if word.endswith("aux") and len(word) > 5:
        return word[:-3] + "al"
    word = word[:-1] if word.endswith(("s", "x")) and len(word) > 4 else word
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _share_subject(a: str | None, b: str | None) -> bool:
    """Whether two figures' subjects share a content word, up to its inflection, and the
    figure of a counted subject ("34 projets ont permis …"): "12 projets" are others."""
    if _anchors(a) != _anchors(b):
        return False
    return bool({_stem(w) for w in _content(a)} & {_stem(w) for w in _content(b)})


# Where a sentence ends before an amount, and a clause after it (_money_frame).
_FRAME_SENTENCE = rx.compile(r"[.!?\n()\[\]«»\"“”]")
_FRAME_END = rx.compile(r"[,;:.!?\n()\[\]«»\"“”]")
_CLAUSE_START = rx.compile(r"[,;:]")
_MONEY_FRAME_WORDS = 3
_FRAME_REACH = 300
# The frame's last word when it is «de» (or «d'»), and «qu'» left by an elided qualifier.
_DE_END = rx.compile(r"\s*(?<![\w'’])(?:de|d['’])\Z")
_QUE_END = rx.compile(r"(?<![\w'’])qu['’]\Z")


@dataclass(frozen=True, slots=True)
class _MoneyFrame:
    """The words an amount is said in, lowered: its sentence's before it ("le budget du projet
    atteint"), its clause's after it ("hors taxes"; none at a comma) and the basis words of the
    rest of its sentence ("(toutes taxes comprises)", ", options comprises": _basis)."""
    before: str
    after: str
    basis: str = ""


# The end of an amount's sentence after it (a point before a space, a line's end), and the
# next figure, whose words are its own.
_TAIL_END = rx.compile(r"[.!?](?=\s|\Z)|\n|\d")


def _tail(text: str, end: int) -> str:
    """The rest of an amount's sentence after it, lowered, up to the next figure."""
    stop = _TAIL_END.search(text, end)
    return " ".join(text[end:stop.start() if stop else len(text)].lower().split())


def _basis(text: str, end: int) -> str:
    """The basis words in the rest of an amount's sentence, past a comma or a parenthesis too
    («(hors taxes)», «, options comprises», «, en cumulé sur trois ans»; review N3): an amount
    with taxes and one without, a tranche and the total with options, are two figures."""
    cue = _scope_words("amount_bases")  # HT, «options comprises», «en cumulé», "including"
    return " ".join(m.group() for m in cue.finditer(_tail(text, end))) if cue is not None else ""


def _source(text: str, q: Quantity) -> str | None:
    """Whose figure an amount is, said after it in its sentence (", selon la métropole",
    "according to an independent audit", «, rétorque l'opposition»: the lexicon's cues and
    speech verbs), lowered; None when the sentence names none after it."""
    screen = get_lexicon().attribution_screen
    said = _tail(text, q.end)
    return said if screen is not None and screen.search(said) else None


def _money_frame(text: str, q: Quantity) -> _MoneyFrame | None:
    """An amount's frame: the words of its sentence before it and of its clause after it,
    lowered ("le budget du projet atteint", ""); None under three words before it, with no
    content word (a bracket's converted amount, a label's "Coût :"), in a sentence longer than
    the reach, or with a pronoun for the subject of its clause ("il a été transféré pour": each
    sentence's «il» is another player). Two amounts of one currency are one quantity only in
    the same frame: budgets and costs are often two true figures, an estimate and the total, a
    tranche and the whole, before and after a vote, each said in words of its own ("un coût
    estimé à" / "d'un coût total de"); on the 1,739 French reference pages, amounts sharing a
    subject word gave 39 contradictions, none right (README, Numbers). The whole sentence: the
    phrase opening it names which thing, place, source or time is meant («Pour le tramway, le
    coût total du projet s'élève à», «À Marseille,», «Selon la mairie,», «Initialement,»;
    review N of round 41)."""
    before = last_match(_FRAME_SENTENCE, text, max(0, q.start - _FRAME_REACH), q.start)
    if before is None and q.start > _FRAME_REACH:
        return None
    said = " ".join(text[before.end() if before else 0:q.start].lower().split())
    if q.qualifier and said.endswith(q.qualifier):
        # the figure's bound or approximation is no word of the frame, as a count's subject
        # skips it: «atteindra environ 50 millions» and «atteindra 62 millions» are compared
        # at the approximation's slack (the qualifier read in conflict())
        said = said[:-len(q.qualifier)].rstrip()
    # the «de» before the figure neither: «sera bien de l'ordre de 2 milliards», «sera bien de
    # 2,6 milliards»; «un coût d'environ 50 millions», «un coût de 62 millions»
    said = _DE_END.sub("", _QUE_END.sub("que", said))
    if len(said.split()) < _MONEY_FRAME_WORDS or not _content(said):
        return None
    clause = _CLAUSE_START.split(said)[-1].split()
    if clause and clause[0] in get_lexicon().pronouns:
        return None
    if (conditional := _scope_words("conditional_verbs")) is not None and conditional.search(said):
        return None  # a hypothesis's figure («Dans ce cas, le coût global serait de 50 M€»)
    after = _FRAME_END.search(text, q.end)
    stop = after.start() if after else len(text)
    return _MoneyFrame(said, " ".join(text[q.end:stop].lower().split()), _basis(text, stop))


def _key(q: Quantity) -> tuple[str, str | None, str] | None:
    """What is counted: the noun after a count ("habitants"), the unit and the place after a
    measure ("kilomètres de Caracas"); a figure with no subject before it is not compared (a
    count opening its clause keyed on what follows it, round 38a r8, was reverted twice: a
    day's, a week's or a subgroup's count, another round or match read as the total's
    contradiction, review N of round 39)."""
    if q.kind not in ("count", "measure") or not q.noun or not _content(q.subject):
        return None
    words = q.noun.split()
    while len(words) > 1 and words[0] in _before_noun():
        words = words[1:]  # "nouveaux cas" and "nouveaux décès": cases and deaths
    if words[0] in _before_noun():
        return None  # the adjective alone: its noun was not read
    head = words[0]
    if len(head) < 4 or q.unit in ("%", "degC", "degF") or head in _VARYING:
        return None
    return q.kind, q.unit, head if q.kind == "count" else " ".join(words)


@functools.cache
def _scope_words(key: str) -> re.Pattern[str] | None:
    """numbers/qualifiers.yml's ``key`` words as whole words (scope_updates, scope_others,
    amount_bases, conditional_verbs)."""
    words = qualifier_words(key)
    return rx.compile(rf"(?<![\w'’])(?:{_alternation(words)})(?![\w'’])", re.IGNORECASE) if words else None


@functools.cache
def _times() -> dict[str, re.Pattern[str]]:
    """The kinds of time a figure is said at, each a pattern whose match (or first group) is
    its value: a year, a weekday and a month by full name (lexicons, weekdays and months: not
    "mer", "sam", "may"), a time of day ("8h15", "vers 3 heures": qualifiers.yml,
    clock_words), an ordinal and an event's noun ("premier tour", "a second storm": scope_ordinals,
    scope_events) or a quarter's short name ("T1", "Q3": scope_short_periods)
    and a period of the publication's ("l'an dernier", "cette saison": period_*)."""
    lex = get_lexicon()
    names = {w for w in lex.weekdays | lex.month_names if len(w) >= 4 and w not in lex.all_stopwords}
    clock = _alternation(qualifier_words("clock_words"))
    times = {
        "year": _YEAR,
        "day": rx.compile(rf"(?<!\w)(?:{_alternation(names & lex.weekdays)})(?!\w)", re.IGNORECASE),
        "month": rx.compile(rf"(?<!\w)(?:{_alternation(names & lex.month_names)})(?!\w)", re.IGNORECASE),
        "clock": rx.compile(rf"(?<![\w.,:])\d{{1,2}}\s?(?:(?:h|:)\d{{2}}|(?:{clock}))(?!\w)", re.IGNORECASE),
        "ordinal": rx.compile(rf"(?<![\w'’])(?:(?i:(?:{_alternation(_ordinal_ranks())})"
                              rf"\s+(?:{_alternation(qualifier_words('scope_events'))}))"
                              rf"|(?:{_alternation(qualifier_words('scope_short_periods'))}))(?![\w'’-])"),
    }
    if _period() is not None:
        times["period"] = _period()
    return times


# A live blog's time stamp, alone on its line ("8h15", "11:30", "14 h 05").
_STAMP_LINE = rx.compile(r"^[ \t]*\d{1,2}\s?[h:.]\s?\d{2}[ \t]*$", re.MULTILINE)


@functools.cache
def _ordinal_ranks() -> dict[str, int]:
    """Each event ordinal lowered and its rank, every language's: "premier", "1er", "first",
    "1st" -> 1 (numbers/qualifiers.yml scope_ordinals, each language's ranks in order)."""
    return {w.lower(): rank for ranks in (number_table("qualifiers").get("scope_ordinals") or {}).values()
            for rank, words in enumerate(ranks, 1) for w in words}


def _time_values(said: str, kind: str) -> list[str]:
    """``said``'s times of ``kind``, in order, as compared: lower case, digits and letters only
    ("8 h 15" and "8h15"); an event's ordinal as its rank ("1er tour" and "premier tour")."""
    if kind == "ordinal":
        ranks = _ordinal_ranks()
        return [" ".join([str(ranks.get(words[0], words[0]))] + words[1:])
                for m in _times()[kind].finditer(said) for words in [m.group().lower().split()]]
    return ["".join(re.findall(r"[^\W_]+", m.group().lower())) if kind in ("clock", "year") else
            " ".join(m.group().lower().split()) for m in _times()[kind].finditer(said)]


class _When:
    """A figure's time and update scope: for each kind of time, the ones its sentence names,
    else (a year only) the last its paragraph names before it, else its section's heading's
    or a live blog's last time stamp's; and the update, other-one or shift marks its sentence
    says."""
    __slots__ = ("times", "marks")

    def __init__(self, times: dict[str, frozenset[str]], marks: frozenset[str]):
        self.times, self.marks = times, marks

    def apart(self, other: "_When") -> bool:
        """Whether two figures hold at different times or are not one count: their sentences'
        marks differ ("selon un premier bilan" and none; not "selon le dernier bilan" in both),
        or they name different times of one kind ("2022" and "2023", "samedi" and "dimanche",
        "8h15" and "11h30", "l'an dernier" and "cette année"). A time in one only, or of two
        kinds ("samedi" and "hier"), says nothing of the other's."""
        if self.marks != other.marks:
            return True
        return any(other.times.get(kind) and not values & other.times[kind]
                   for kind, values in self.times.items())


# The kinds of time a figure inherits from its paragraph before its sentence: a year and a
# period of the publication's ("l'an dernier", "le lendemain") hold over the sentences after
# them; a weekday, a month, a clock time or an event's ordinal only from a frame opening a
# sentence ("Samedi, …", "En juin, …"): inside a clause it is often when something else was
# said or done («réuni lundi soir», «coupé à 11 heures»), not when a commune's population or a
# bridge's length holds (review N of round 39).
_INHERITED = frozenset({"year", "period"})
# A sentence's frame: a short phrase opening it before a comma ("Samedi,", "En juin,", "Vers 3
# heures,").
_FRAME = rx.compile(r"(?:^|(?<=[.!?\n]))\s*([^\W_][^,.;:!?\n]{0,40}?),(?=\s)")
_SENTENCE = rx.compile(r"[^.!?\n]+")


def _when(text: str, q: Quantity, span: Span | None, headings: list[Span],
          stamps: list[re.Match[str]]) -> _When:
    """``span``: the figure's span; ``headings``: the page's headings and ``stamps`` its time
    stamp lines, in order."""
    sentence = _sentence_start(text, q)
    start = span.start if span is not None else sentence
    end = _SENTENCE_END.search(text, q.end)
    own, before = text[sentence:end.start() if end else len(text)], text[start:sentence]
    frames = " . ".join(m.group(1) for m in _FRAME.finditer(before))
    # the section's heading, and a live blog's last time stamp under it
    h = bisect.bisect_right([h.end for h in headings], start) - 1
    section = headings[h].start if h >= 0 else 0
    above = text[headings[h].start:headings[h].end] if h >= 0 else ""
    i = bisect.bisect_right([m.start() for m in stamps], start) - 1
    if i >= 0 and stamps[i].start() >= section:
        above += " " + stamps[i].group()
    times = {}
    for kind in _times():
        values = _time_values(own, kind) or \
            _time_values(before if kind in _INHERITED else frames, kind)[-1:] or _time_values(above, kind)
        if values:
            times[kind] = frozenset(values)
    # a time placed against the story's ("le lendemain", "l'année suivante"), in the paragraph
    shift = _scope_words("scope_shifts")
    marks = {" ".join(m.group().lower().split()) for m in
             (_period().finditer(before + own) if _period() is not None else ())
             if shift is not None and shift.search(m.group())}
    # another one of the kind in the figure's sentence only, an update there or in a sentence
    # of its paragraph that names the toll ("Le bilan a été revu à la hausse"): «Une autre
    # raison…», «le quartier voisin», "The council updated its strategy" before do not touch
    # a city's population
    tolls = _scope_words("scope_tolls")
    told = [own] + [m.group() for m in _SENTENCE.finditer(before)
                    if tolls is not None and tolls.search(m.group())]
    # a figure told "à l'époque" is a past one (review L of round 40, n2_j): never today's
    if then_age_cue().search(own.lower()):
        marks.add("then")
    # a forecast's or a target's figure («devrait accueillir 2,3 millions», "expects to
    # welcome"): never the same count as one stated as it is (review N2)
    if forecast_cue().search(text[sentence:q.start].lower()):
        marks.add("forecast")
    for key, said in (("scope_updates", told), ("scope_others", [own])):
        p = _scope_words(key)
        if p is not None:
            marks |= {" ".join(m.group().lower().split()) for part in said for m in p.finditer(part)}
    return _When(times, frozenset(marks))


@functools.cache
def _before_noun() -> frozenset[str]:
    """Adjectives before the noun they qualify (numbers/qualifiers.yml "before_noun"), every
    language, in the extractor's noun keys' form (no final "s"/"x")."""
    return frozenset(re.sub(r"(s|x)$", "", w.lower())
                     for w in qualifier_words("before_noun"))


# What joins a range's two ends ("5 to 7", «de 3 à 6», «entre 200 et 300», "3 sur 10").
_JOIN = r"(?:\s*[-–]\s*|\s+(?:to|à|au|and|et|or|ou|sur|out of|of|y|bis|a)\s+)"
_RANGE_JOIN = rx.compile(_JOIN, re.IGNORECASE)
# A first end the reader left unread, a bare figure before the join: "5 to 7 million visitors";
# after "of" a figure only ("3 of 10", not "one of 16 hospitals").
_BARE_BEFORE = rx.compile(rf"(?<![\w.,])(?:(\d+(?:[.,]\d+)*)(?=\s+of\s)|(\d+(?:[.,]\d+)*|[^\W\d_]+)(?!\s+of\s)){_JOIN}\Z",
                          re.IGNORECASE)
_WORD_BEFORE = rx.compile(r"([^\W\d_]+)\.?\s+\Z")
_RATE_AFTER = rx.compile(r"\s*(?:per|par|a|an|each|chaque|pour|/|by|sur)\s", re.IGNORECASE)
_WORD_AFTER = rx.compile(r"\s+(?:de\s+|d'|of\s+)?([^\W\d_][\w'-]*)")


def _plain_count(text: str, q: Quantity, prev: Quantity | None, nxt: Quantity | None,
                 language: str | None = None) -> bool:
    """A figure that states a total on its own: not one end of a range ("two to five
    degrees", "de 3 à 6 ans"), not a ratio ("3 sur 10"), not a rate ("462 cases per day": two
    rates are most often said of two conditions, a line, a station, a season, before and after
    works; review N of round 41), and followed by its own noun (not "30 days before": the noun
    is "days", which says nothing)."""
    if _in_range(text, q, prev, nxt, language):
        return False
    if q.kind == "count":
        word = _WORD_AFTER.match(text, q.end)
        if not word or not word.group(1).lower().startswith(q.noun.split()[0][:4]):
            return False
        if _RATE_AFTER.match(text, word.end()):
            return False
        diff = _difference_after()
        if diff and diff.match(text, word.end()):
            return False  # "335 personnes de plus qu'en 2008": a difference
    return True


def _in_range(text: str, q: Quantity, prev: Quantity | None, nxt: Quantity | None,
              language: str | None) -> bool:
    """Whether ``q`` is one end of a range with the figure before or after it, or the second
    end of one whose first the reader left unread ("5 to 7 million visitors", «entre 10 et 15
    employés»; not a date's day: "October 8 - 100 mile relay race")."""
    if prev is not None and _range(text, prev, q) or nxt is not None and _range(text, q, nxt):
        return True
    bare = _BARE_BEFORE.search(text, max(0, q.start - 30), q.start)
    if bare is None or prev is not None and prev.end > bare.start():
        return False  # none, or a word of the figure before ("$5 million to 12 projects")
    first = _bare_value(bare.group(1) or bare.group(2), language)
    day = _WORD_BEFORE.search(text, max(0, bare.start() - 20), bare.start())
    return first is not None and first < q.value / q.scale and \
        not (day and day.group(1).lower() in get_lexicon().months)


def _range(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether two figures are a range's two ends: only a join between them ("$5 to $7",
    "from $400,000 to $3 million"), the second the greater, one kind of figure in one unit
    (or a bare count first). Not an amount and what it goes to or grew to ("$2 million to 15
    projects", "grew 3% to 12 million euros"), nor a change by an amount and its result
    ("raise the minimum wage by $1 to $8.25": qualifiers.yml, change_by); a word after the
    join is no end ("raised another $2 million to launch it"; helper num43)."""
    if not _RANGE_JOIN.fullmatch(text, a.end, b.start) or a.value >= b.value:
        return False  # a range rises: «passant de 28 267 FCFA à 27 135 FCFA» is a change,
        # "80 M$ - 8,6 M$ attribués" two amounts
    if (a.kind, a.unit) != (b.kind, b.unit) and not (a.kind == "count" and a.unit is None):
        return False  # its first end may leave its unit to the second («de 540 millions à
        # 3,5 milliards d'euros», "35 bis 50 kg")
    by = _change_by()
    return by is None or not by.search(text, max(0, a.start - 12), a.start)


def _bare_value(said: str, language: str | None) -> float | None:
    """The value of the word before a join when it is a range's first end left unread: a
    figure, not a year ("grew in 2020 to 5 million"), or a number word of the page's language
    ("two to three million"; not a lone article, "one of")."""
    if said[:1].isdigit():
        return None if _YEAR.fullmatch(said) else parse_digits(said, language).value
    words = find_number_words(said, language or "fr")
    return float(words[0][2]) if len(words) == 1 and words[0][:2] == (0, len(said)) else None


@functools.cache
def _change_by() -> re.Pattern[str] | None:
    """The word before a change's amount ending its clause before the figure
    (numbers/qualifiers.yml, change_by: "by $1 to $8.25")."""
    words = qualifier_words("change_by")
    return rx.compile(rf"(?<![\w'’])(?:{_alternation(words)})\s+\Z", re.IGNORECASE) if words else None


@functools.cache
def _difference_after() -> re.Pattern[str] | None:
    """A difference's words after a count's noun (numbers/qualifiers.yml, difference_after)."""
    words = qualifier_words("difference_after")
    if not words:
        return None
    return rx.compile(rf"\s+(?:{_alternation(words)})(?!\w)", re.IGNORECASE)


# A part of the figure before it: "cinq ans de prison dont quatre fermes", "of which".
_PART_OF = rx.compile(r"(?:^|\W)(?:dont|of which|including|parmi (?:eux|elles|lesquels|lesquelles))"
                      r"\s+$", re.IGNORECASE)
_SENTENCE_BREAK = rx.compile(r"[.;:!?\n()\[\]«»\"]")


def _part_of_a_figure(text: str, q: Quantity, prev: Quantity | None) -> bool:
    """Whether ``q`` is a part of the figure just before it in its sentence: its value holds
    only of that whole (one defendant's "cinq ans … dont quatre fermes", another's "trois ans
    … dont deux fermes"), not a fact of its own to compare."""
    return prev is not None and q.start - prev.end <= 80 and \
        not _SENTENCE_BREAK.search(text, prev.end, q.start) and \
        bool(_PART_OF.search(text[prev.end:q.start]))


def _sentence_start(text: str, q: Quantity) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, max(0, q.start - 300), q.start)),
               default=max(0, q.start - 300))


# The last parenthesis before a figure in its sentence, the words after it no other figure:
# what the extractor reads past as an aside (quantities._subject).
_LAST_PAREN = rx.compile(r"\(([^()\n]*)\)[^()\n\d]*\Z")
# A parenthesis holding a clause: a relative or a conjunction opens it ("(où toute la
# population a été recensée…)", "(dont la rénovation…)"), or it is longer than a label.
_CLAUSE_WORDS = frozenset("où qui que qu dont lorsque quand which who whom whose where when that".split())
_LABEL_WORDS = 5


def _label(text: str, q: Quantity) -> str | None:
    """The label in brackets that qualifies the figure's subject ("demandeurs d'emploi
    (catégorie A)"), lowercased; None with no parenthesis, or with a clause in it."""
    m = _LAST_PAREN.search(text, _sentence_start(text, q), q.start)
    if m is None:
        return None
    words = re.findall(r"[^\W_]+", m.group(1).lower())
    if not words or len(words) > _LABEL_WORDS or _CLAUSE_WORDS & set(words):
        return None
    return " ".join(words)


def _sentence(text: str, q: Quantity) -> str:
    start = _sentence_start(text, q)
    end = _SENTENCE_END.search(text, q.end)
    return text[start:end.start() if end else len(text)]


_PROSE_WORDS = 8
# full stops between sentences inside a paragraph: a table row or a list's line has none
_SENTENCE_BREAKS = rx.compile(r"[^\W\d_]{3}[.!?] [^\W\d_]")
_SENTENCES = 2
# A shorter paragraph is prose when it is one sentence of its own: a capital first, a full
# stop last, no label's colon ("Aujourd'hui, la ville compte 150 000 habitants.", round 14a
# r10), not a list item nor a table row ("Population : 120 000 habitants.").
_SENTENCE_WORDS = 5
_ONE_SENTENCE = rx.compile(r"[^\W\d_][^:;!?\n]*[^.!?:;\n]\.", re.DOTALL)


def _in_prose(ctx: Context, q: Quantity, seen: dict[int, bool]) -> bool:
    """Tables, scores and lists repeat nouns with many values; only sentences are compared.
    ``seen``: each block's answer, by its start (a block read again per quantity was
    quadratic on one long paragraph)."""
    span = ctx.span_at(q.start)
    if span is None:
        return False
    if span.start not in seen:
        seen[span.start] = _prose_block(ctx.facts.folded[span.start:span.end].strip())
    return seen[span.start]


# A list's item, its mark first ("- 175 M$ octroyés à Tata Steel …", "• 2 167 000 $ remis à
# …": one project per item, round 21b): the items of one list are about different things and
# are not compared with each other; an item is still compared with the prose ("Ce qu'il faut
# retenir : • … 14 morts" over the body's "12 morts": the summary repeats the body's figures).
_LIST_ITEM = rx.compile(r"[-–—•*·▪◦►‣]\s")
_ITEM_LINE = rx.compile(r"[ \t]*([-–—•*·▪◦►‣])[ \t]")


def _list_run(text: str, at: int, runs: dict[int, int | None]) -> int | None:
    """The start of the list whose item holds ``at`` (its first item's line, blank lines
    between items allowed), or None outside a list and in an interview's dashes (a question's
    item ending with "?": each answer is its own speech, not a list's entry). ``runs``: the
    answers, by line start."""
    start = text.rfind("\n", 0, at) + 1
    if start in runs:
        return runs[start]
    first, dashes, asked, pos = None, True, False, start
    while True:
        end = text.find("\n", pos)
        line = text[pos:end if end >= 0 else len(text)]
        m = _ITEM_LINE.match(line)
        if m:
            first = pos
            dashes = dashes and m.group(1) in "-–—"
            asked = asked or line.rstrip().endswith("?")
        elif line.strip() or pos == start:
            break
        if pos == 0:
            break
        pos = text.rfind("\n", 0, pos - 1) + 1
    runs[start] = None if first is None or (dashes and asked) else first
    return runs[start]


def _prose_block(block: str) -> bool:
    item = _LIST_ITEM.match(block)
    if item:  # the item's sentence, its mark aside
        block = block[item.end():].lstrip()
    words = word_count(block)
    if words >= _PROSE_WORDS:
        # a paragraph of sentences whose last one lost its full stop (round 29a, fr12:
        # "… Pour les cinq années passées, près de 6 500 emplois ont été créés ou maintenus")
        return block[-1:] in ".!?»”\"…" or len(_SENTENCE_BREAKS.findall(block)) >= _SENTENCES
    return words >= _SENTENCE_WORDS and block[:1].isupper() and \
        _ONE_SENTENCE.fullmatch(block) is not None and block.count(". ") == 0


@functools.cache
def _maxima() -> frozenset[str]:
    """The bound phrases that state a maximum (numbers/qualifiers.yml, maxima), every language."""
    return frozenset(qualifier_words("maxima"))


_FRAME_WORD = rx.compile(r"[^\W\d_]{4,}")
_CLAUSE_END = rx.compile(r"[,;.!?\n(]")


@functools.cache
def _now_lead() -> re.Pattern[str] | None:
    """A time adverb opening a sentence (numbers/qualifiers.yml, now_adverbs), not "now that"."""
    words = list(qualifier_words("now_adverbs"))
    if not words:
        return None
    return rx.compile(rf"\s*(?:{_alternation(words)})(?![\w'’])(?!\s*(?:que|qu['’]|that)\b),?\s*", re.IGNORECASE)


@functools.cache
def _change_told() -> re.Pattern[str] | None:
    """A change told (numbers/qualifiers.yml, change_told: "travaux", "rénov…", "since"):
    a leading "Aujourd'hui," after it is the contrast with before it."""
    words = list(qualifier_words("change_told"))
    if not words:
        return None
    return rx.compile(rf"(?<![\w'’])(?:{_alternation(words)})", re.IGNORECASE)


def _frame(text: str, q: Quantity, now: bool = True) -> frozenset[str]:
    """The words a figure is said with: its sentence up to it and its own clause after it
    ("Pour les matchs, le stade pourra accueillir jusqu'à 32 000 spectateurs", not the ", a
    précisé le président" after it); past a time adverb opening it ("Aujourd'hui,"): when
    the statement holds, not what it is of."""
    end = _CLAUSE_END.search(text, q.end)
    start = _sentence_start(text, q)
    lead = _now_lead().match(text, start) if _now_lead() and now else None
    if lead is not None and lead.end() < q.start:
        start = lead.end()
    said = text[start:q.start] + " " + text[q.end:end.start() if end else len(text)]
    return frozenset(w.lower() for w in _FRAME_WORD.findall(said))


def same_maximum(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether two maxima are of one setup: a capacity is given per configuration, room or day
    ("Pour les matchs … jusqu'à 32 000" and "En configuration concert … jusqu'à 45 000", "La
    grande salle … jusqu'à 400" and "La petite salle … jusqu'à 80"), so only maxima said with
    the same words (the same subject, no frame of its own in either sentence) are compared."""
    if a.qualifier not in _maxima() or b.qualifier not in _maxima():
        return True
    # a change told between them ("Les travaux … ont commencé en juin. / Aujourd'hui, …"):
    # the leading time adverb is the contrast with before it, a frame of its own
    first, last = sorted((a, b), key=lambda q: q.start)
    changed = _change_told() is not None and \
        _change_told().search(text, first.end, last.start) is not None
    return _frame(text, a, not changed) == _frame(text, b, not changed)


def _rounding(q: Quantity) -> float:
    """A figure's rounding as compared: its precision, and for a whole figure before a scale
    word ("2 milliards") at most ROUNDING_SHARE of it, as its zeros typed would be ("2 000 000
    000" is ±100 millions, "20 milliards" ±1 milliard): not ±0.5 milliard, 25 % of it, that
    with an approximation's 10 % let «de l'ordre de 2 milliards» and «de l'ordre de 2,6
    milliards» of one sentence both hold (round 42a, m4b)."""
    if q.scale > 1 and not q.decimals:
        return min(q.precision, ROUNDING_SHARE * abs(q.value))
    return q.precision


@functools.cache
def _milestone_after() -> re.Pattern[str] | None:
    """An apposition calling the figure before it a milestone (numbers/qualifiers.yml,
    milestone_after: «, un seuil franchi», ", a milestone")."""
    words = qualifier_words("milestone_after")
    return rx.compile(rf"[^,.;:!?\n]{{0,40}},\s*(?:{_alternation(words)})(?![\w'’-])",
                      re.IGNORECASE) if words else None


def _as_said(text: str, q: Quantity) -> Quantity:
    """``q``, a lower bound when its sentence calls it a milestone passed right after it («1
    million d'abonnés, un seuil franchi»): at least the figure, like "plus de" (review N2)."""
    p = _milestone_after()
    if q.bound or p is None or p.match(text, q.end) is None:
        return q
    return dataclasses.replace(q, bound="lower")


def _shown(text: str, q: Quantity) -> str:
    """A figure as the message quotes it: with its approximation or bound ("about $7 million",
    «près de 700 millions d'euros»), the words a reader checks it against (review N3)."""
    if not q.qualifier:
        return q.text
    at = text.lower().rfind(q.qualifier, max(0, q.start - len(q.qualifier) - 12), q.start)
    return q.text if at < 0 else " ".join(text[at:q.end].split())


def conflict(a: Quantity, b: Quantity) -> bool:
    """Whether two statements of one quantity cannot both be true: values further apart than
    their rounding (10 % more when either is approximate); a value under a lower bound or over
    an upper bound; an upper bound under a lower one; two maxima ("jusqu'à", "up to") that
    differ. Other bounds the same way never conflict."""
    slack = _rounding(a) + _rounding(b)
    if a.approximate or b.approximate:
        slack += 0.1 * max(a.value, b.value)
    if a.bound and b.bound:
        if a.bound == b.bound:
            # Two maxima of one thing ("jusqu'à 250" and "jusqu'à 350 personnes") are two
            # values of it; other bounds the same way both hold of a value past them.
            return a.qualifier in _maxima() and b.qualifier in _maxima() and \
                abs(a.value - b.value) > slack
        lower, upper = (a, b) if a.bound == "lower" else (b, a)
        return upper.value + slack < lower.value
    if a.bound or b.bound:
        bound, value = (a, b) if a.bound else (b, a)
        return value.value + slack < bound.value if bound.bound == "lower" else \
            value.value - slack > bound.value
    return abs(a.value - b.value) > slack


def _closest(text: str, q: Quantity, found: Quantity, said: list[Quantity]) -> Quantity:
    """The earlier statement a contradiction is shown against: the one found, or another of the
    same thing at the same time said with more of the figure's own words (its verb and time
    word: "Aujourd'hui elle accueille 76 enfants" for "l'école accueille aujourd'hui 96
    enfants", not "a été prévue pour 56 enfants", round 34b r9), when it contradicts too."""
    own = _frame(text, q, now=False)
    best, most = found, len(own & _frame(text, found, now=False))
    for earlier in said:
        shared = len(own & _frame(text, earlier, now=False))
        if shared > most and conflict(earlier, q) and same_maximum(text, earlier, q):
            best, most = earlier, shared
    return best


class NUM002(Rule):
    """The same quantity is stated twice with different values.

    What it checks:
        One thing counted or measured twice in an article with values that cannot both be
        true: "La ville compte 120 000 habitants." … "la ville compte 150 000 habitants".
        One end of a range is no statement ("de 3 à 6 ans", "$11 million to $12 million",
        «entre 10 et 15 employés»): two figures of one kind and unit, the second the greater,
        with only a join between them; not "raised $2 million to launch it", "grew 3% to 12
        million euros", "by $1 to $8.25".
        Two statements are of one thing when they count the same noun ("habitants") or measure
        the same unit of the same place ("kilomètres de Caracas") and what the figure is said
        of, the words before it in its clause (a parenthesis between aside: "le dernier
        recensement (où toute la population …) a dénombré"; a figure opening a bracket, the
        noun phrase before it: "à Carhaix (7 400 habitants)", its head before a name
        its complement: «l'agglomération de Brest (210 000 habitants)»), shares a content word ("ville"; not a participle after the
        noun: "les 28 projets annoncés" and "les 88 projets annoncés" of two summits); a counted
        subject with a verb between ("34 projets ont permis 2 563 emplois") is said with its
        figure, and "12 projets" are others. A rate ("24 trains par jour") is not compared:
        two rates are most often of two conditions (a line, a station, a season, before and
        after works). Two amounts of one currency are of one thing when said in the same words
        around them, the whole sentence before (three words at least, no pronoun for its
        subject; the amount's approximation or bound and the «de» before it aside: «un contrat
        de près de 700 millions» and «un contrat de 840 millions» are compared), the clause
        after, and the basis words of the rest of the sentence ("(hors taxes)", ", options
        comprises"); two amounts each followed by another source («, selon la métropole» /
        «, selon l'opposition») are apart; an amount in the conditional
        («serait de 50 M€») is a hypothesis, not compared ("Le budget du projet atteint 475 millions d'euros." …
        "Le budget du projet atteint 560 millions d'euros"): "un coût estimé à" and "d'un coût
        total de" are two figures, and so are «Pour le tramway, le coût total s'élève à» and
        «Pour le pont, le coût total s'élève à». Any two figures are apart when their scopes
        differ: the time each is said at, of each kind (a year, a weekday, a month, a time of
        day, an ordinal before an event's noun by its rank, "premier tour" / "second tour" («1er
        tour» and «premier tour» one), "T1" / "T3", a
        period of the publication's, "l'an dernier" / "cette année"), its sentence's, else (a
        year or a period) the last its paragraph names before it or (the others) the last a
        frame opening one of its sentences names ("Samedi, …"), else its heading's or a live
        blog's time stamp's; or when their marks differ: an update in its sentence or in a
        sentence of its paragraph naming the toll ("selon un premier bilan", "Le bilan a été
        revu à la hausse": numbers/qualifiers.yml, scope_updates, scope_tolls), another one of
        the kind in its sentence ("le département voisin": scope_others) or a time placed
        against one told before in its paragraph ("le lendemain": scope_shifts), a past
        time in its sentence («à l'époque»: then_age). A time in one
        figure's scope only says nothing of the other's. A difference ("335 personnes de plus qu'en
        2008": numbers/qualifiers.yml, difference_after) is no total. Values may
        differ by their rounding ("120 000" is ±5 000, "2 milliards" ±100 millions: at most 5 % of a
        figure), approximate ones by 10 % more; "plus
        de 300" is a bound that 350 satisfies, and so is a milestone passed ("a dépassé la barre
        des 2 millions", "1 million d'abonnés, un seuil franchi": qualifiers.yml bounds,
        milestone_after); a figure after a forecast word in its sentence ("devrait accueillir",
        "compte atteindre": qualifiers.yml forecast) is apart from a stated one; "jusqu'à 250" and "jusqu'à 350" two maxima
        that cannot both be true (numbers/qualifiers.yml, maxima) when said with the same
        words up to them and in their clause ("La salle pourra accueillir jusqu'à …"): not
        of two rooms ("la grande salle", "la petite salle") nor setups ("en configuration
        concert", "pour les matchs"), each its own maximum; sentences that name different years are about
        different times, and so are two that each say a period and differ ("En 2022, 34
        projets …" and "L'année suivante, 34 projets …"; "La semaine dernière" and "Il y a
        deux semaines": numbers/qualifiers.yml, period_nouns, period_marks, period_days), and
        two of which one's own sentence tells a change ("… a
        fait l'acquisition de 1 539 magasins … Avec cette acquisition, le groupe comptera 2
        196 magasins", "a racheté 1 539 magasins. Le groupe en compte désormais 2 196":
        numbers/qualifiers.yml, changes; not a sentence between them, of another noun); a
        part of the figure before it ("cinq ans de prison dont quatre
        fermes") holds only of that whole and is not compared. Only body sentences are compared: not quotations, comments or tables
        (a paragraph ends with a full stop or holds two sentence breaks; one under eight
        words only when it is one sentence of its own: a capital first, a full stop last, no
        label's colon). A list's item (a paragraph opened by a
        list's mark, "- ", "• ", "– ") is compared with the prose, never with an item of its
        own list (one project per item); an interview's dashed questions and answers are no
        list.

    Why it matters:
        Two values for one fact mean at least one is wrong.

    Example:
        La ville compte 120 000 habitants, selon l'Insee. […] Aujourd'hui, la ville compte
        150 000 habitants.

    Use instead:
        One value, stated the same way each time, or the dates that tell the two apart.

    Configuration:
        None.
    """

    code = "NUM002"
    name = "inconsistent-quantity"
    severity = Severity.WARNING
    # On for French: no false alarm on the labelled sentences (tests/data/numbers) nor on the
    # real pages (README, "Numbers"); English pages gave false alarms before subjects were read.
    languages = ("fr",)
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def check(self, ctx: Context):
        text = ctx.facts.folded
        quotes = sorted((q.start, q.end) for q in ctx.facts.quotes)
        starts = [s for s, _ in quotes]
        groups: dict[tuple, list[Quantity]] = defaultdict(list)
        quantities = ctx.facts.quantities
        prose: dict[int, bool] = {}
        runs: dict[int, int | None] = {}
        listed: dict[int, int | None] = {}
        whens: dict[int, _When] = {}
        stamps = list(_STAMP_LINE.finditer(text))
        headings = sorted(ctx.spans(SpanKind.HEADING), key=lambda h: h.end)

        def when_of(x: Quantity) -> _When:  # read only for a figure with an earlier one to meet
            if x.start not in whens:
                whens[x.start] = _when(text, x, ctx.span_at(x.start), headings, stamps)
            return whens[x.start]

        for n, q in enumerate(quantities):
            q = _as_said(text, q)
            key = _key(q)
            if q.kind == "money" and q.unit:  # an amount: one currency, one frame
                key = ("money", q.unit, frame) if (frame := _money_frame(text, q)) else None
            if key is None or len(groups[key]) > _PER_GROUP:
                continue
            prev = quantities[n - 1] if n else None
            if not _plain_count(text, q, prev,
                                quantities[n + 1] if n + 1 < len(quantities) else None, ctx.facts.language):
                continue
            if _part_of_a_figure(text, q, prev):
                continue
            i = bisect.bisect_right(starts, q.start) - 1
            if i >= 0 and q.start < quotes[i][1]:
                continue  # a quotation speaks for its own time and speaker
            if not _in_prose(ctx, q, prose):
                continue
            listed[q.start] = run = _list_run(text, q.start, runs)
            found = None
            said: list[Quantity] = []  # the earlier statements of this key at the same time
            for earlier in groups[key]:
                labels = _label(text, earlier), _label(text, q)
                if None not in labels and labels[0] != labels[1]:
                    continue  # "(catégorie A)" and "(catégories A, B et C)": two subsets
                if run is not None and listed.get(earlier.start) == run:
                    continue  # two items of one list: two projects, two things
                se, sq = _sentence(text, earlier), _sentence(text, q)
                if not (_YEAR.search(se) and _YEAR.search(sq)) and _two_periods(se, sq):
                    continue  # "En 2022, 34 projets …" and "L'année suivante, 34 projets …"
                if when_of(earlier).apart(when_of(q)):
                    continue  # "En 2022, les pluies … 85 morts." and "En 2023, … 140 morts.";
                    # "selon un premier bilan" and "le bilan a été revu à la hausse"
                if key[0] == "money" and None not in (sources := (_source(text, earlier), _source(text, q))) \
                        and sources[0] != sources[1]:
                    continue  # «…, selon la métropole» and «…, selon l'opposition»: a disagreement
                    # reported, each figure true as attributed (review N3)
                if _tells_change(text, earlier, q):
                    continue  # "… 1 539 magasins. La taille du groupe triplera. Avec cette
                    # acquisition, le groupe comptera 2 196 magasins": before and after; "a
                    # racheté 1 539 magasins": what changed hands, not what the group holds
                said.append(earlier)
                if found is None and (key[0] == "money" or _share_subject(earlier.subject, q.subject)) and \
                        conflict(earlier, q) and same_maximum(text, earlier, q):
                    found = earlier
            if found is not None:
                earlier = _closest(text, q, found, said)
                told = f"in the same words ({key[2].before!r})" if key[0] == "money" else \
                    f"for the same {key[2]!r} of {earlier.subject!r}"
                yield self.finding(
                    q.start, q.end,
                    f"{_shown(text, q)!r} contradicts {_shown(text, earlier)!r} stated earlier {told}",
                    evidence={"first": earlier.text, "first_start": earlier.start,
                              "value": q.value, "earlier_value": earlier.value,
                              "subject": q.subject},
                    suggestion="state one value, or say why they differ")
            groups[key].append(q)
