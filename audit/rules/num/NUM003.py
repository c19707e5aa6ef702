from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re

from audit import rx
from audit.check import Context, Rule
from audit.extract.numbers import number_words_pattern, to_int
from audit.extract.quantities import qualifiers, then_age_words, then_words
from audit.lexicon import _lowered_pattern, case_folded, get_lexicon, lowered, lowered_matches, words_regex
from audit.literals import required
from audit.model import Quantity, Severity, SpanKind, columns

_YEAR = r"(1[89]\d{2}|20\d{2})"


@functools.cache
def _bounds() -> dict[str, str]:
    """The words that bound an elapsed time or an age, every language's, and their sense:
    "lower" ("plus de 80 ans"), "upper" ("less than"), "approaching" ("près de", "nearly")
    (numbers/qualifiers.yml, durations)."""
    return {word: sense for sense, by_language in qualifiers()["durations"].items()
            for words in by_language.values() for word in words}


@functools.cache
def _qualifier() -> str:
    """The optional bound before a count, its first group: "plus de ", "nearly "."""
    return rf"((?:{words_regex(list(_bounds()))})\s+)?"


# After the count of a celebration: its years, or an ordinal ending and the anniversary noun
# with no complement after it (the subject's own anniversary) and no year of its own.
_YEARS_OR_OWN = (r"(?:\s+(?:ans|bougies|printemps|années|years)\b"
                 # "its 150th birthday" (round 31b r07): a body's only, _its_birthday asks
                 r"|(?<=\d)(?:e|ème|eme|è|th|st|nd|rd)\s+(?:anniversaire|anniversary|birthday)\b"
                 r"(?!\s+(?:de|du|des|d['’]|of)(?:\b|(?<=['’])))"
                 # "marked its 50th anniversary in 2017": counted to that year, which the
                 # ordinal's own reading does ("the year the sentence names")
                 r"(?!,?\s+(?:en|in)\s+\d{4}\b))")
# Before that count: a possessive, or for years only an optional "the" ("celebrated the 40
# years"); an ordinal anniversary is the subject's own only with its possessive ("son 50e
# anniversaire", "its 65th anniversary"): "celebrated the 80th anniversary" is another
# event's, named before (review 2, item 2: D-Day's, under "Founded in 1995, the choir").
_OWNER = (r"(?:(?:ses|son|leurs|its|their|his|her)\s+"
          # "fêter les 40 ans de leur association, fondée en 1961" (round 18a): the article
          # when a possessive names the owner after the years
          r"|les\s+(?=[^.;]{1,40}?\bans\s+(?:de|d['’])\s*(?:(?:leur|son|sa|notre|votre)\s"
          # or a proper noun ("fêté les 60 ans d'Abtey, fondée en 1952", round 22a):
          # _owner_founded asks the participle right after it
          r"|(?-i:[\p{Lu}])))"
          r"|(?:the\s+)?(?!\d+(?:e|ème|eme|è|th|st|nd|rd)\s+(?:anniversaire|anniversary|birthday)\b))")
# A birthday is a body's with "its" only: "celebrated her 50th birthday at the bakery opened
# in 2001" is a person's, whose birth the founding is not.
_BIRTHDAY = rx.compile(r"\d(?:th|st|nd|rd)\s+birthday\b", re.IGNORECASE)
_ITS_BIRTHDAY = rx.compile(r"\bits\s+\d+(?:th|st|nd|rd)\s+birthday\b", re.IGNORECASE)


def _its_birthday(m: re.Match[str]) -> bool:
    """Whether a "celebrated" match's birthday, if it is one, is a body's ("its 150th")."""
    return _BIRTHDAY.search(m.group()) is None or _ITS_BIRTHDAY.search(m.group()) is not None


# The owner the "les" branch names after the years, and the participle of the founding: "les 10
# ans de leur installation …, l'association, fondée en 1990" counts an installation's years, not
# the association's (review 28 item 8).
_LES_OWNER = rx.compile(r"\bles\s+[^.;]{1,40}?\bans\s+(?:de|d['’])\s*(?:(?:leur|son|sa|notre|votre)"
                        r"\s+([^\W\d_][\w'’-]*)|(?-i:([\p{Lu}][\w'’-]*)))", re.IGNORECASE)
_FOUNDED_PARTICIPLE = rx.compile(r"\b(?:créée?s?|fondée?s?|lancée?s?|ouverte?s?|founded|created"
                                 r"|established|launched|opened)\s+(?:en|in)\s+\d{4}", re.IGNORECASE)


def _owner_founded(m: re.Match[str], text: str, words: dict) -> bool:
    """Whether "les N ans de leur X" counts the years of what the sentence's participle
    founded: X a body the lexicon names or the owner's own life ("existence"), or a word of the
    phrase the participle is said of ("de leur boutique, ouverte en 2014"; the phrase between
    its commas)."""
    own = _LES_OWNER.search(text, m.start(), m.end())
    if own is None:
        return True  # a possessive before the count: "a fêté ses 50 ans"
    if own.group(1) is None:
        # A name owns the years only with the participle right after it: "les 60 ans
        # d'Abtey, fondée en 1952"; "les 10 ans de Marie, dans l'association fondée en 2000" not.
        founded = _FOUNDED_PARTICIPLE.search(text, own.end(), m.end())
        return founded is not None and not text[own.end():founded.start()].strip(" ,")
    noun = own.group(1).lower()
    if noun in {w.lower() for w in (words.get("bodies") or []) + (words.get("own_years_nouns") or [])}:
        return True
    founded = _FOUNDED_PARTICIPLE.search(text, m.start(), m.end())
    if founded is None:
        return False
    if founded.start() > own.end():
        between = text[own.end():founded.start()]
        if not between.strip(" ,"):
            return True  # the participle right after the owner: said of it
    else:
        between = text[max(0, founded.start() - 80):founded.start()]
    thing = re.split(r"[,;()]", between.rstrip(" ,"))[-1]
    return noun in re.findall(r"[^\W\d_][\w'’-]*", thing.lower())


# Between the celebration's verb and a possessive, a time adverb of one to three words, commas
# and all: "fête ce samedi son 50e anniversaire", "celebrated on Saturday its 50th" (round 17a).
_WHEN = r"(?:(?:[\s,]+[^\W\d][\w'’-]*){1,3}?,?(?=\s+(?:ses|son|leurs|its|their|his|her)\s))?"


# The languages the "celebrated" form below reads (its verbs and participles are French and
# English); the others pair the lexicon's celebration and founding in a sentence.
_CELEBRATED_LANGUAGES = ("fr", "en")


# The languages whose ages beside a birth year the "age" form reads ("âgé de 16 ans, né en
# 1995", "aged 16, born in 1995"). Italian ages were read and reverted (review 8: one person's
# age tied to the next person's birth year); a page in another language says so in its notes.
AGE_LANGUAGES = ("fr", "en")


@functools.cache
def _age_words(language: str) -> re.Pattern[str] | None:
    years = (get_lexicon().anniversary.get(language) or {}).get("years")
    return rx.compile(rf"\b\d{{1,3}}\s+(?:{words_regex(list(years))})\b", re.IGNORECASE) if years else None


@functools.cache
def _birth_year(language: str) -> re.Pattern[str] | None:
    births = (get_lexicon().anniversary.get(language) or {}).get("births")
    # A plain word's capitals in small letters ("Jahrgang"), the same to IGNORECASE: so the
    # pattern has a twin on lowered text (lexicon.lowered_matches), which ages_unread searches.
    births = births and [b.lower() if _PLAIN_WORDS.fullmatch(b) else b for b in births]
    return rx.compile(rf"\b(?:{'|'.join(births)})\s+(?:(?:del|de|in|im)\s+)?{_YEAR}\b", re.IGNORECASE) \
        if births else None


_PLAIN_WORDS = rx.compile(r"[A-Za-z ]+")  # ASCII letters and spaces: no escape, class or group


def ages_unread(text: str, language: str | None) -> bool:
    """Whether a page states an age beside a year of birth in one sentence ("nato nel 1995, di
    16 anni"), which NUM003 reads in French and English but not in its language, save the
    verb right after the birth's clause and the age apposed before it ("nata nel 1923, compie
    102 anni", "Maria Rossi, 102 anni, nata nel 1923": age_told, age_apposed). Not any count
    of years with any year ("Un uomo di 45 anni … aperta nel 1964", "festeggia 50 anni")."""
    base = (language or "").split("-")[0].lower()
    if not base or base in AGE_LANGUAGES:
        return False
    words, birth = _age_words(base), _birth_year(base)
    # The birth pattern opens with \b and ignores case: tried at every position of the page
    # (a sixth of the rules' time); its twin on the lowered text skips to where it may open.
    if words is None or birth is None or next(lowered_matches(birth, text, lowered(text)), None) is None:
        return False  # most pages state no birth: no sentence to cut
    read = [p for p in ((_cues(base) or {}).get(k) for k in ("age_told", "age_apposed")) if p is not None]
    return any(words.search(s) and birth.search(s) and not any(p.search(s) for p in read)
               for s in _SENTENCE_CUT.split(text))


# Sentences, roughly: a full stop, "!", "?" or a line break ends one ("nel 2008." is no abbreviation).
_SENTENCE_CUT = rx.compile(r"(?<=[.!?])\s+|\n+")


# The preposition before a birth's year, "the year" too: "née en l'an 1872" (round 38a r10).
_YEAR_WORDS = r"en\s+(?:l['’]an\s+)?|in\s+(?:the\s+year\s+)?"
# The age at an event: only at a death is it an age the birth year checks.
_AT_AGE = r"à l['’]âge de|at the age of"
_AT_AGE_RX = rx.compile(rf"\b(?:{_AT_AGE})\s", re.IGNORECASE)


def _age_person(language: str) -> str:
    """A person's noun phrase, the article first ("un homme", "la jeune femme", "un policier",
    "une ancienne infirmière"): a person's noun (lexicon anniversary "age_persons"), one word
    in small letters before it; never a genitive's ("le fils du boulanger de 60 ans, né en",
    "de l'éleveur"): «né(e)» is then the head's. A language with no such list matches nothing."""
    persons = (get_lexicon().anniversary.get(language) or {}).get("age_persons")
    if not persons:
        return "(?!)"
    # an adjective before the noun: "une ancienne infirmière", "un jeune policier"
    adjective = (r"(?:(?!(?:de|du|des|d['’]|et|ou|à|en|la|le|les)\b)"
                 r"(?-i:[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ-]*)\s+)?")
    # the article's gender is the participle's: "un homme de 40 ans, née en 1995" is another's
    return (rf"(?<![\w'’])(?<!\bde\s)(?:(?:un|le|ce|cet|au)(?=\s[^,(.;]{{0,80}}[,(]\s*né\b)"
            rf"|(?:une|la|cette)(?=\s[^,(.;]{{0,80}}[,(]\s*née\b)|l['’])\s*"
            rf"(?<=[\s'’]){adjective}(?:{words_regex(list(persons))})(?:\s+de\s+famille)?")


@functools.cache
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    words = number_words_pattern(language)
    num = rf"(\d+|{words.pattern})" if words else r"(\d+)"
    qual = _qualifier()
    flags = re.IGNORECASE
    # the founding's month before its year: "Lancé en août 2012, …, qui a fêté ses 8 ans"
    # (round 20b fr18); every lexicon's month names
    month = rf"(?:(?:{words_regex(list(get_lexicon().months))})\s+)?"
    return {
        "ago": rx.compile(_ago(qual, num), flags),
        # "de 1999 à 2013, soit 14 ans" / "from 1999 to 2013, 14 years"
        "span": rx.compile(rf"(?:de|entre|from|between)\s+{_YEAR}\s+(?:à|et|to|and)\s+{_YEAR}\s*(?:,\s*)?"
                           rf"(?:soit|pendant|durant|or|for)\s+{qual}{num}\s+(?:ans|années|years)", flags),
        # "depuis 1999, soit 26 ans" / "depuis vingt ans, depuis 2005" / "since 2001, for 24 years"
        "since": rx.compile(rf"(?:depuis|since)\s+{_YEAR}\s*(?:,\s*)?(?:soit\s+|c'est-à-dire\s+|or\s+)?"
                            rf"(?:depuis\s+|for\s+)?{qual}{num}\s+(?:ans|années|years)\b"
                            rf"|(?:depuis|for)\s+{qual}{num}\s+(?:ans|années|years)\s*(?:[,(]\s*)?"
                            rf"(?:soit\s+|c'est-à-dire\s+|that is\s+)?(?:depuis|since)\s+{_YEAR}", flags),
        # An age beside a birth year in one sentence: "Jean Martin, 74 ans, né en 1951",
        # "née en 1980, âgée de 45 ans", "the 74-year-old, born in 1951". Only an age in
        # apposition or after "âgé de"/"aged" counts: "né en 1951, il a dirigé pendant 30 ans"
        # states no age.
        # A person's years celebrated, then the birth: "fêter les 100 ans de Mme X, née en
        # 1905", "célébrer les 90 ans de", "celebrate the 100th birthday of Jane Doe, born in
        # 1915" (round 36a r8): the same age, said by the party. Only a person right after
        # "ans de" (a title, or a first name and a name): "les 50 ans de carrière de Julien
        # Clerc, né en 1947", "de règne", "de la mort de" count no age (review 2, R1).
        # "à l'âge de 94 ans", "at the age of 94": an age at some event, read only beside
        # a death in the sentence (round 37a r3), never "parti à l'âge de 20 ans".
        "age": rx.compile(rf"(?:(?:âgée?s? de|aged|{_AT_AGE})\s+{num}(?:\s+ans)?|[,(]\s*{_NOW}{num}(?:(?:\s+|(?<=\d))ans|\s+years\s+old)\s*[,)]"
                          rf"|\b{num}-year-old"
                          rf"|\b(?:fêt|célébr|celebrat)[a-zéè]*\s+(?:les\s+|the\s+)?{num}"
                          rf"(?:\s+ans\s+(?:de|d['’])(?=\s*{_CELEBRATED})|(?<=\d)(?:th|st|nd|rd)\s+birthday\s+of(?=\s*[^\W\d_]))"
                          rf")[^.;]{{0,80}}?\b(?:née?|born)\s+{_BIRTH_NAME}{_BIRTH_PLACE}"
                          rf"(?:le\s+\d{{1,2}}(?:er)?\s+[^\W\d]+\s+|on\s+[A-Za-z]+\s+\d{{1,2}},\s+|"
                          rf"{_YEAR_WORDS})?(?:[^\W\d]+\s+)?{_YEAR}"
                          rf"|\b(?:née?|born)\s+{_BIRTH_NAME}{_BIRTH_PLACE}(?:le\s+\d{{1,2}}(?:er)?\s+[^\W\d]+\s+|"
                          rf"on\s+[A-Za-z]+\s+\d{{1,2}},\s+|{_YEAR_WORDS})?(?:[^\W\d]+\s+)?{_YEAR}"
                          rf"[^.;]{{0,80}}?(?:(?:âgée?s? de|aged|{_AT_AGE})\s+{num}(?:\s+ans)?"
                          rf"|[,(]\s*{_NOW}{num}(?:(?:\s+|(?<=\d))ans|\s+years\s+old)\s*[,)]|\b{num}-year-old)"
                          # Right before the birth, a person's noun and "de N ans" ("Un homme de
                          # 28 ans, né en 1985", round 39a r11; not "un contrat de 28 ans"), or a
                          # name and a bare age, AP style ("Blitzer, 75, born in 1949", round 39b
                          # r7; not "Chapter 7, 12," nor "won 3, 75,")
                          rf"|(?:{_age_person(language)}\s+de\s+{num}\s+ans"
                          rf"|(?<![\w'’])(?!{words.pattern if words else '(?!)'})(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+),"
                          rf"\s+(\d{{1,3}})(?=\s*,\s*born\b))\s*[,(]\s*"
                          rf"(?:née?|born)\s+{_BIRTH_NAME}{_BIRTH_PLACE}(?:le\s+\d{{1,2}}(?:er)?\s+[^\W\d]+\s+|"
                          rf"on\s+[A-Za-z]+\s+\d{{1,2}},\s+|{_YEAR_WORDS})?(?:[^\W\d]+\s+)?{_YEAR}", flags),
        # A celebration beside a founding year in one sentence: "le comité des fêtes, créé en
        # 1969, a fêté ses 50 ans", "a soufflé ses 50 bougies … fondée en 1965", "celebrated
        # 50 years … founded in 1974" (round 5: 7 of 10 anniversary articles stated theirs so).
        # Or the ordinal of its own anniversary: "fondée en 1979, a fêté son 50e anniversaire",
        # "founded in 1955, celebrated its 65th anniversary" (not "the 50th anniversary of the
        # Moon landing": another event's).
        "celebrated": rx.compile(
            rf"(?:fêt|célébr|souffl|celebrat|mark)[a-zéè]*{_WHEN}\s+{_OWNER}"
            rf"{qual}{num}{_YEARS_OR_OWN}[^.;]{{0,120}}?"
            rf"\b(?:créée?s?|fondée?s?|lancée?s?|ouverte?s?|founded|created|established|launched|opened)"
            rf"\s+(?:en|in)\s+{month}{_YEAR}"
            rf"|\b(?:créée?s?|fondée?s?|lancée?s?|ouverte?s?|founded|created|established|launched|opened)"
            rf"\s+(?:en|in)\s+{month}{_YEAR}[^.;]{{0,120}}?(?:fêt|célébr|souffl|celebrat|mark)[a-zéè]*{_WHEN}\s+"
            rf"{_OWNER}{qual}{num}{_YEARS_OR_OWN}",
            flags),
        # After an ordinal ("80e", "quatre-vingtième", "XXe", read by the extractor): "…
        # anniversaire de ... (fondée en|de) 1945", a day and month before the year too ("de
        # la libération de la ville en septembre 1944", round 34a r2)
        "anniversary": rx.compile(rf"{_before_noun(language)}(?:anniversaire|anniversary)"
                                  rf"[^.;]{{0,80}}?(?:en|in|de|of|depuis|since|\()\s*"
                                  rf"(?:\d{{1,2}}(?:er|\.)?\s+(?=(?:{words_regex(list(get_lexicon().months))})\s))?"
                                  rf"{month}{_YEAR}", flags),
    }


@functools.cache
def _ago_forms() -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
    """How long ago, in each lexicon language (lexicon "ago"): "il y a 80 ans", "80 years ago",
    "vor 80 Jahren", "hace 80 años", "80 anni fa", "80 jaar geleden", "há 80 anos", "80 anos
    atrás" as patterns ({qual} and {num}: the bound's and the number's groups); the words
    after the count ("ans", "years ago"); what stands before a year ("en 1945", "le 27
    janvier 1945", "on June 6, 1944", "am 8. Mai 1945", "el 8 de mayo de 1945", "em 1945");
    and after the elapsed time, the year's preposition ("il y a 70 ans, le 6 juin 1944")."""
    forms, tails, before, after, ranges = [], [], set(), set(), set()
    for words in get_lexicon().ago.values():
        for form in words["forms"]:
            tokens = form.split()
            forms.append(r"\s+".join("{qual}{num}" if t == "N" else re.escape(t) for t in tokens))
            tails.append(tuple(tokens[tokens.index("N") + 1:]))
        before.update(words["before_year"])
        after.update(words["after"])
        ranges.update(words.get("day_range") or ())
    # "anos atrás" is "anos" read on: the shorter tail is the one every form reaches
    tails = sorted({t for t in tails if t and not any(o != t and t[:len(o)] == o for o in tails)},
                   key=lambda t: (-len(" ".join(t)), t))
    before_year = (rf"(?:(?:{words_regex(sorted(before))})\s+"
                   r"|\d{1,2}(?:er|\.)?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?|[^\W\d]+\s+\d{1,2},\s+"
                   r"|[^\W\d]+\s+)")  # the last: "juin 1944", "März 1945"
    # a month alone too ("il y a 6 ans, en juin 2014"): a month's name, not any word ("il y
    # a dix ans, en moyenne 2000 visiteurs")
    months = words_regex(sorted(get_lexicon().months))
    # "soit" before the date and its weekday ("il y a 90 ans, soit le dimanche 20 avril
    # 1924", round 26a) restate the same day; so does the weekday alone before the day
    # ("Il y a douze ans, mardi 11 septembre 2001", round 28a)
    weekdays = words_regex(sorted(get_lexicon().weekdays))
    weekday = rf"(?:{weekdays})\.?,?\s+(?=\d|[^\W\d]+\s+\d)"
    # a range of days ("du 7 au 13 décembre 1974", lexicon "day_range"): the last day and the
    # month must follow, the year is the range's
    day_range = "|".join(r"\s+".join(r"\d{1,2}(?:er)?" if t == "D" else re.escape(t) for t in r.split())
                         for r in sorted(ranges))
    day_range = (rf"|(?:{day_range})\s+(?=\d{{1,2}}(?:er)?\s+(?:{months})\s)" if day_range else "")
    after_elapsed = (rf"\s*,?\s*(?:soit\s+|c'est-à-dire\s+|that is\s+)?"
                     rf"(?:(?:{words_regex(sorted(after))})\s+(?:{weekday})?"
                     rf"|(?={weekday}(?:\d|(?:{months})\s)){weekday}{day_range})"
                     r"(?:\d{1,2}(?:er|\.)?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?|[^\W\d]+\s+\d{1,2},\s+"
                     rf"|(?:{months})\s+(?:de\s+)?)?")
    return tuple(forms), tuple(" ".join(t) for t in tails), before_year, after_elapsed


@functools.cache
def _ago_anaphoric() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """"But that was 63 years ago", "C'était il y a 63 ans", "Das war vor 63 Jahren": an
    elapsed time whose event is the sentence before (lexicon "ago", "anaphora"), one pattern a
    form, with its language; groups: the bound, the count."""
    out = []
    for language, words in get_lexicon().ago.items():
        if not words.get("anaphora"):
            continue
        num_words = number_words_pattern(language)
        num = rf"(\d+|{num_words.pattern})" if num_words else r"(\d+)"
        forms = [r"\s+".join("{qual}{num}" if t == "N" else re.escape(t) for t in form.split())
                 for form in words["forms"]]
        for form in forms:
            out.append((language, rx.compile(rf"(?<!\w)(?:{words_regex(list(words['anaphora']))})\s+"
                                             rf"{form.format(qual=_qualifier(), num=num)}(?!\w)",
                                             re.IGNORECASE)))
    return tuple(out)


@functools.cache
def _ago_screens() -> tuple[re.Pattern[str] | None, ...]:
    """For each _ago_anaphoric pattern, one on the lowered text that finds one of the strings
    each of its matches spells (literals.required: "that was", "this was"), or None: a span
    holding none holds no match. The patterns open with a look-behind and ignore case, so re
    tries each at every position of every span that holds "ago" (0.6 ms a pasted page)."""
    out = []
    for _, pattern in _ago_anaphoric():
        clauses = required(pattern.pattern)
        texts = sorted({lit.text for lit in clauses[0]}) if clauses else []
        out.append(rx.compile(words_regex(texts, caseless=False)) if all(texts) and texts else None)
    return tuple(out)
# Words before the anaphora in its sentence: "But that was 63 years ago" (one word at most).
_LEADING_WORDS = 1
# "that was N years ago" names the event closing the sentence before: its year at most this
# many words from that sentence's end ("made its debut in 1954 in Detroit.")
_CLOSING_WORDS = 2


@functools.cache
def _ago_words(key: str) -> tuple[str, ...]:
    """The words of one key under "ago", every lexicon language's together, sorted (a cue
    such as "apposed" or "duration" reads the same in whatever language the text is)."""
    return tuple(sorted(w for by_language in get_lexicon().ago.values() for w in by_language.get(key, ())))


@functools.cache
def _apposed() -> str:
    """A date's apposition whose relative clause the elapsed time closes: "April 1, 1921, the
    date when Price City officially became incorporated 100 years ago" (lexicon "ago",
    "apposed"; one clause, no figure nor sentence end in it)."""
    words = _ago_words("apposed")
    if not words:
        return ""
    return rf"(?:(?:{words_regex(words)})\s+[^.;!?\d]{{1,{_APPOSED_REACH}}}?\s*,?\s+)?"


@functools.cache
def _relative() -> str:
    """A date to the day, then its own relative clause whose one-word verb the elapsed time
    follows: "l'armistice du 11 novembre 1918 qui mettait il y a 90 ans un terme" (lexicon
    "ago", "relative"). The day names the event ("du 11 novembre 1918"), and a verb of one
    word is that event's: "inauguré en 1920 qui a été restauré il y a 10 ans" (a year alone,
    an auxiliary) tells of a later event. "" when no lexicon has the cue."""
    words = _ago_words("relative")
    if not words:
        return ""
    return rf"\s*,?\s+(?:{words_regex(words)})\s+[^\W\d][\w'’-]*\s+"


_APPOSED_REACH = 80  # the relative clause's characters
_COMPLEMENT_WORDS = 4  # the words of a complement after its preposition


@functools.cache
def _complement() -> str:
    """A short complement between the year and its elapsed time: "ses débuts en 2011 sur la
    plateforme, il y a 15 ans", "in 2011 on the platform, 15 years ago" (lexicon "ago",
    "complement"; round 38a r9). A preposition, then a few words, none a figure nor one that
    opens a clause of its own ("complement_stops": "où", "et", "which"), closed by a comma:
    an apposition of the year's event, not another event's time."""
    preps, stops = _ago_words("complement"), _ago_words("complement_stops")
    if not preps:
        return ""
    word = (rf"(?!(?:{words_regex(stops)})(?!\w))[^\W\d][^\W\d'’-]*(?:['’-][^\W\d]+)*"
            if stops else r"[^\W\d][^\W\d'’-]*(?:['’-][^\W\d]+)*")
    return (rf"\s+(?:{words_regex(preps)})\s+(?:{word}\s+){{0,{_COMPLEMENT_WORDS - 1}}}"
            rf"{word}(?=\s*,)")


@functools.cache
def _next_clause() -> tuple[str, str]:
    """After the elapsed time, the words that make it another clause's (lexicon "ago"): a
    duration's "que" ("Né en 1980, il y a 20 ans qu'il dirige": how long, not when) and a
    subject pronoun opening a clause ("il y a dix ans il a ouvert", "20 years ago she moved").
    As look-aheads: the duration's, and the subject's right after the elapsed time."""
    def alternation(key: str) -> str:
        words = _ago_words(key)
        # a word elided before a vowel ("qu'", "j'") ends at its apostrophe
        return rf"(?:{words_regex(words)})(?:(?<=['’])|(?!\w))" if words else ""
    return alternation("duration"), alternation("subjects")


# A bare year in comma-joined apposition with the elapsed time, no preposition: "1965, vor 40
# Jahren, wurde der Verein gegründet" (German writes the year so, round 40b r3), "1965, il y a 40
# ans,", opening a line or a sentence and closed by its comma; or after the elapsed time between
# commas, "Vor 40 Jahren, 1965, wurde …". Not after a colon, a quote mark or a bracket, nor beside
# a figure for the present time in the sentence: "Il y a 20 ans, 1850 ; aujourd'hui, 2300", "1850
# il y a 20 ans, 2300 aujourd'hui" are counts at two times (review N2 of round 40).
_CLAUSE_OPENS = r"(?:(?<![^\n])|(?<=[.!?]\s))"


@functools.cache
def _now_figure() -> str:
    """A figure beside the present time in the rest of the sentence (lexicon ago "now"):
    "aujourd'hui, 2300", "heute sind es 2300", "2300 today"."""
    now = words_regex(sorted({w for words in get_lexicon().ago.values() for w in words.get("now", ())}))
    return (rf"(?![^.!?\n]*?(?:(?<!\w)(?:{now})(?!\w)\W{{0,3}}(?:[^\W\d]+\s+){{0,3}}\d"
            rf"|\d[\d\s.,]*\s+(?:{now})(?!\w)))")


def _bare_year_after() -> str:
    """After the elapsed time, the bare year between commas: "Vor 40 Jahren, 1965, wurde …"."""
    return rf"\s*,\s*(?=(?:1[89]\d{{2}}|20\d{{2}})\s*,{_now_figure()})"


def _ago(qual: str, num: str) -> str:
    """"fondée en 1945, il y a 80 ans", "Le 27 janvier 1945, il y a 70 ans", "Il y a 70 ans, le 6
    juin 1944", "founded in 1945, 80 years ago": each form's groups named apart (yearK, qualK,
    numK), as re allows a name once."""
    forms = []
    elapsed_forms, _, before_year, after_elapsed = _ago_forms()
    apposed = _apposed()
    relative = _relative()
    complement = _complement()
    duration, subject = _next_clause()
    # the elapsed time must close the year's clause: not a duration, not a clause's opening;
    # past a complement, not before a comma and a subject either ("Formé en 2005 au centre de
    # Clairefontaine, il y a dix ans, il signait": the contract's time, review 1 of round 38)
    closes = (rf"(?!\s+{duration})" if duration else "") + (rf"(?!\s+{subject})" if subject else "")
    months = words_regex(sorted(get_lexicon().months))
    for k, elapsed in enumerate(elapsed_forms):
        def named(n: int, text: str = elapsed) -> str:
            return text.format(qual=qual.replace("(", f"(?P<qual{n}>", 1),
                               num=num.replace("(", f"(?P<num{n}>", 1))
        year = _YEAR.replace("(", f"(?P<year{2 * k}>", 1)
        between, past = "", ""
        if complement:
            between = rf"(?P<comp{k}>{complement})?"
            past = rf"(?(comp{k})(?!\s*,\s*{subject}))" if subject else ""
        # the bare year (group barK) closed by its comma, no figure for today after it
        forms.append(rf"(?:{before_year}|(?P<bare{k}>{_CLAUSE_OPENS})){year}(?(bare{k}),{_now_figure()})"
                     rf"{between}\s*(?:,\s*)?{apposed}(?:soit\s+|c'est-à-dire\s+|also\s+)?"
                     rf"{named(2 * k)}{closes}{past}")
        year = _YEAR.replace("(", f"(?P<year{2 * k + 1}>", 1)
        forms.append(rf"{named(2 * k + 1)}(?:{after_elapsed}|{_bare_year_after()}){year}")
        if relative:  # "du 11 novembre 1918 qui mettait il y a 90 ans" (groups yearrK, …)
            year = _YEAR.replace("(", f"(?P<yearr{k}>", 1)
            forms.append(rf"(?:\d{{1,2}}(?:er|\.)?\s+(?:de\s+)?(?:{months})\s+(?:de\s+)?"
                         rf"|(?:{months})\s+\d{{1,2}},\s+){year}{relative}"
                         + elapsed.format(qual=qual.replace("(", f"(?P<qualr{k}>", 1),
                                          num=num.replace("(", f"(?P<numr{k}>", 1)))
    return "|".join(forms)


@functools.cache
def _ago_tail() -> re.Pattern[str]:
    """Every "ago" form holds one of these words (the form's words after the count); the
    forms open in many ways (a date, a month, a preposition, a number), which re would try
    at every position of a span. Each branch opens with its letter, then the word-start
    test: "dans", "sans" are no tails."""
    branches = (re.escape(t[0]) + rf"(?<!\w{re.escape(t[0])})" +
                r"\s+".join(re.escape(w) for w in t[1:].split(" ")) for t in _ago_forms()[1])
    return rx.compile(rf"(?:{'|'.join(branches)})(?!\w)", re.IGNORECASE)


_WORD_START = rx.compile(r"(?<!\w)\w")
# characters before the tail word a form may open at (or after it, its year), past a date's
# apposition too ("April 1, 1921, the date when … 100 years ago")
_AGO_REACH = 80 + _APPOSED_REACH
_A_YEAR = rx.compile(r"(?:1[89]|20)\d\d")


def _ago_matches(pattern: re.Pattern[str], text: str, span) -> list[re.Match[str]]:
    """The "ago" forms of a span, leftmost first and not overlapping: the pattern matched at
    each word start a little before each tail word, not tried at every position."""
    found: list[re.Match[str]] = []
    for tail in _ago_tail().finditer(text, span.start, span.end):
        if found and tail.start() < found[-1].end():
            continue
        lo = max(span.start, tail.start() - _AGO_REACH, found[-1].end() if found else 0)
        if not _A_YEAR.search(text, lo, min(span.end, tail.end() + _AGO_REACH)):
            continue  # every form states a year
        for start in _WORD_START.finditer(text, lo, tail.start()):
            m = pattern.match(text, start.start(), span.end)
            if m and m.end() >= tail.end():
                found.append(m)
                break
    return found


def _ago_groups(m: re.Match[str]) -> tuple[str, str | None, str]:
    """(year, bound, number) of the form that matched."""
    found = {name: value for name, value in m.groupdict().items() if value is not None}
    k = next(name[4:] for name in found if name.startswith("year"))
    return found[f"year{k}"], found.get(f"qual{k}"), found[f"num{k}"]


@functools.cache
def _needs() -> dict[str, tuple[str, ...]]:
    """Per kind of statement, the words one of which it holds: for "ago", the first word of
    each form's tail (lexicon "ago")."""
    return {"ago": tuple(sorted({t.split()[0].lower() for t in _ago_forms()[1]})),
            "since": ("ans", "année", "year"), "span": ("ans", "année", "year"),
            # "anniv", and every lexicon's anniversary nouns ("aniversario", "Jubiläum")
            "anniversary": tuple(sorted({"anniv", *(n.lower() for cues in get_lexicon().anniversary.values()
                                                    for n in cues.get("nouns") or ())})),
            # "né", "born", and every lexicon's birth participles ("nata", "geboren")
            "age": tuple(sorted({"né", "born", *(b.lower() for cues in get_lexicon().anniversary.values()
                                                for b in cues.get("born") or ())})),
            "celebrated": ("ans", "anniv", "birthday", "bougies", "printemps", "years"),
            # the last word of every lexicon's "of_founding" forms ("création", "d'existence")
            "of_founding": tuple(sorted({f.split()[-1].lower() for cues in get_lexicon().anniversary.values()
                                         for f in cues.get("of_founding") or ()}))}


def _kinds_held(text: str, spans: list) -> dict[int, set[str]]:
    """Span index -> the kinds of _needs() whose word the span's lowercased text holds (spans
    in text order; one holding none is left out): each word looked for once in the whole
    text, not in every span (a megabyte of short lines is 166,000 spans)."""
    needs = _needs()
    # lower() itself, which keeps "ı" and "ſ"; without them it is case_folded's, which check()
    # has read for this text already (case_folded keeps it).
    low = text.lower() if "ı" in text or "ſ" in text else case_folded(text)
    if len(low) != len(text):  # "İ" lowercases to two characters: offsets would move
        found = ((i, {kind for kind, words in needs.items()
                      if any(w in text[s.start:s.end].lower() for w in words)})
                 for i, s in enumerate(spans))
        return {i: kinds for i, kinds in found if kinds}
    held: dict[int, set[str]] = {}
    starts, ends = columns(spans)
    if not spans:
        return held
    # Each word looked for once for all the kinds that need it ("ans": four), and past the end
    # of a span that holds it: "ans" stands in every French "dans" and "sans"; only between
    # the first span's start and the last one's end (not a page's menus and footer).
    lo, hi = starts[0], ends[-1]
    for word, kinds in _kinds_needing().items():
        at = low.find(word, lo, hi)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at + len(word) <= ends[i]:
                held.setdefault(i, set()).update(kinds)
                at = low.find(word, ends[i], hi)  # a later span opens past this one's end
            else:
                at = low.find(word, at + 1, hi)
    return held


@functools.cache
def _kinds_needing() -> dict[str, tuple[str, ...]]:
    """_needs() read the other way: each word, the kinds one of whose words it is. A word that
    holds another word of the same kinds or more ("anniversary", "anniversaire" hold "anniv")
    is left out: a span holding it holds that one, found for the same kinds (a search of the
    page each)."""
    kinds: dict[str, list[str]] = {}
    for kind, words in _needs().items():
        for word in words:
            kinds.setdefault(word, []).append(kind)
    return {word: tuple(k) for word, k in kinds.items()
            if not any(other != word and other in word and set(k) <= set(theirs)
                       for other, theirs in kinds.items())}


def _party_dated(text: str, lo: int, m: re.Match[str], year: int | None) -> bool:
    """Whether the sentence of a celebrated age ("fêter les 100 ans de") names a year before
    it other than ``year``, the one counted to: the party's ("En 2005, nous avons fêté …" in
    a text of 2011), so the age is not counted to the telling."""
    start = max((c.end() for c in _SENTENCE_CUT.finditer(text, lo, m.start())), default=lo)
    # between the years and the birth, another figure or an agent: the birth may be another's
    # ("les 100 ans de l'association, créée en 1905 par Jean Martin, né en 1880")
    born = re.search(r"\b(?:née?|born)\s", text[m.end(4):m.end()], re.IGNORECASE)
    gap = text[m.end(4):m.end(4) + born.start()] if born else ""
    if re.search(r"\d|\b(?:par|by)\b", gap[10:], re.IGNORECASE):
        return True
    return any(int(y) != year for y in re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text[start:m.start()]))


# A death in the sentence of an age beside a birth: "née … en 1867, est morte en 1934, âgée de
# 66 ans", "born … 1918, died in 1990 aged 72" (review 1 of session 34, R4): the age is the
# age at death. The year within a few words after the death word is the one counted to.
# The death's year after the verb, across a full date's day: "s'est éteinte le 12 mars 1993",
# "est mort le dimanche 1er mai 1994", "died on March 12, 1993" (review 1, R1).
# An execution is a death too: "un résistant de 20 ans, né en 1924, fusillé par les nazis" (review
# L of round 40, n3_c).
_DEATH = rx.compile(r"\b(?:morte?s?|décédée?s?|décès|s['’]est éteinte?|fusillée?s?|exécutée?s?|"
                    r"guillotinée?s?|died|passed away|death|executed|"
                    r"gestorben|starb|verstorben|murió|falleció|fallecid[oa]|mort[oa]|morì|"
                    r"decedut[oa]|scompars[oa]|morreu|faleceu|falecid[oa]|overleden|overleed|stierf)\b"
                    r"(?P<when>(?:[^.;!?\d]|(?<!\d)\d{1,2}(?!\d)){0,30}"
                    r"(?P<year>(?:1[5-9]|20)\d\d)(?!\d))?",
                    re.IGNORECASE)


def _death_year(text: str, lo: int, m: re.Match[str]) -> int | None:
    """The year of a death named in the sentence of an age beside a birth year, 0 for a
    death with no year there, None for no death: an obituary's age is not the age today."""
    died = _DEATH.search(_sentence_of(text, lo, m))
    if died is None:
        return None
    return int(died.group("year")) if died.group("year") else 0


def _sentence_of(text: str, lo: int, m: re.Match[str]) -> str:
    start = max((c.end() for c in _SENTENCE_CUT.finditer(text, lo, m.start())), default=lo)
    cut = _SENTENCE_CUT.search(text, m.end())
    return text[start:cut.start() if cut else len(text)]


# The time of the facts, no year said: an age told then is not the age today.
@functools.cache
def _then() -> re.Pattern[str]:
    """The time of the facts said, every language's: numbers/qualifiers.yml then (the list
    NUM001 dates a conversion by) opening the sentence, as its frame ("À cette époque, un
    policier de 25 ans"); its subset then_age anywhere ("… 25 ans, né en 1985, à l'époque").
    "At that time", «à cette date» later in it date another clause's facts (review L, n3_e)."""
    frame = words_regex(list(then_words()))
    anywhere = words_regex(list(then_age_words()))
    return rx.compile(rf"\A[\s«\"“'‘]*(?:{frame})(?!\w)|(?<!\w)(?:{anywhere})(?!\w)", re.IGNORECASE)


_A_YEAR = rx.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _told_then(text: str, lo: int, m: re.Match[str], stated: int, born: int) -> bool:
    """Whether an age beside a birth year may be told at another time than the telling (review
    C of round 39): right at a year its sentence names besides the birth's ("En 2010, la
    victime, un jeune homme de 25 ans, né en 1985", "In 2020 he married Laura, 26, born in
    1994"), or the sentence at the time of the facts ("à l'époque", "au moment des faits").
    An age wrong at every year named is still wrong."""
    start = max((c.end() for c in _SENTENCE_CUT.finditer(text, lo, m.start())), default=lo)
    cut = _SENTENCE_CUT.search(text, m.end())
    end = cut.start() if cut else len(text)
    if _then().search(text[start:end]):
        return True
    years = [int(y.group()) for y in _A_YEAR.finditer(text, start, end)
             if not m.start() <= y.start() < m.end()]
    return any(_consistent(stated, y - born, "age", 0) for y in years if y > born)


def _death_is_news(text: str, lo: int, m: re.Match[str], language: str) -> bool:
    """Whether a death with no year is the news told (round 37a r2, r3): the age in
    apposition, the press's age at the telling ("Yvette Lebon, 73 ans, née en 1920, s'est
    éteinte"), or a day told beside the death word ("s'est éteinte mardi", "décédé hier",
    "died on Tuesday"). Not where the sentence has a time of its own ("Il y a dix ans, …",
    "Ten years ago", "en 1994", review 1 R2), nor a weekday of no date ("est mort un mardi de
    novembre", R3): an age "âgée de", "à l'âge de" is then a biography's, at a death of any year."""
    sentence = _sentence_of(text, lo, m)
    if _TIME_SHIFT.search(sentence) or any(y.group(1) not in m.group() for y in _IN_YEAR.finditer(sentence)):
        return False
    if not _AT_AGE_RX.search(m.group()) and not re.search(r"\b(?:âgée?s? de|aged)\s", m.group(), re.IGNORECASE):
        return True
    days = get_lexicon().news_days.get(language) or frozenset()
    for died in _DEATH.finditer(sentence):
        words = re.findall(r"[^\W\d_]+", sentence[died.end():])[:5]
        for before, word in zip(["", *words], words):
            if word.lower() in days:
                if before.lower() not in _SOME_DAY:
                    return True
                break
    return False


# A time of the sentence's own: "il y a dix ans", "ten years ago", "en 1994", "in 1994".
_TIME_SHIFT = rx.compile(r"\bil y a\s+(?:[^\W\d_]+[\s-]+|\d+\s+){1,4}?(?:ans|années|décennies)\b"
                         r"|\b(?:years?|decades?)\s+ago\b|\bvoilà\s+\S+\s+ans\b", re.IGNORECASE)
_IN_YEAR = rx.compile(r"\b(?:en|in)\s+(?:[^\W\d_]+\s+)?((?:1[5-9]|20)\d\d)\b", re.IGNORECASE)
# "un mardi de novembre", "every Tuesday": a weekday of no date
_SOME_DAY = frozenset({"un", "une", "a", "an", "chaque", "every", "each", "tous", "les"})
_SOME_DAY_BEFORE = rx.compile(rf"\b(?:{'|'.join(sorted(_SOME_DAY))})\s+[^\W\d]+\W*\Z", re.IGNORECASE)


def _at_age_of_death(text: str, lo: int, m: re.Match[str]) -> bool:
    """Whether "à l'âge de N ans", "at the age of N" is the death's own complement and the
    birth year its subject's (review 1, R4): "X, né en 1934, décédé lundi à l'âge de 94 ans",
    "Né en 1920, il est mort à Paris à l'âge de 73 ans". Not an age at another event ("il
    s'installe à Paris à l'âge de 20 ans et il est mort en 2001", "sa mère, morte en 1925, et
    entre à l'usine à l'âge de 14 ans"), nor the birth of a complement's person ("la fille du
    sculpteur Paul Martin (né en 1950), est décédée lundi à l'âge de 44 ans")."""
    sentence = _sentence_of(text, lo, m)
    at = _AT_AGE_RX.search(sentence)
    if at is None:
        return False
    died = [d for d in _DEATH.finditer(sentence, 0, at.start())]
    if not died or _OTHER_CLAUSE.search(sentence, died[-1].end(), at.start()) \
            or at.start() - died[-1].end() > 60:
        return False
    born = [b for b in _BORN.finditer(sentence, 0, died[-1].start())]
    if not born:
        return False
    between = sentence[born[-1].end():died[-1].start()]
    if re.fullmatch(r"\s*,\s*", between):
        return True  # two appositions of one name: "Aznavour, né en 1934, décédé lundi"
    if not _SUBJECT_BETWEEN.fullmatch(between):
        return False
    head = re.split(r"[,(:–—]|\s-\s", sentence[:born[-1].start()].rstrip(" ,("))[-1]
    return not re.search(r"\b(?:de|du|des|of)\b|\bd['’]", head, re.IGNORECASE)


_OTHER_CLAUSE = rx.compile(r"\b(?:et|and|puis|then|mais|but|qui|who|which|où|where|quand|when|lorsque|"
                           r"après avoir|après être|avant de|(?:after|before)\s+[a-z]+ing)\b", re.IGNORECASE)
_BORN = rx.compile(r"\b(?:née?s?|born)\b[^.;()]{0,40}?\b(?:1[5-9]|20)\d\d\b"
                   r"(?:\s+(?:à|au|en|in|at)\s+[A-ZÉ][\w'’-]*(?:\s+[A-ZÉ][\w'’-]*)*)?")
# between the birth and the death: the subject's pronoun, an auxiliary
_SUBJECT_BETWEEN = rx.compile(r"\s*[,)]?\s*,?\s*(?:(?:il|elle|he|she)\s+)?"
                              r"(?:(?:est|s['’]est|a|has|had|was)\s+)?", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class _Told:
    """An undated elapsed time that fits: the years of telling ``first``..``last`` it fits."""

    start: int
    end: int
    stated: int
    year: int
    qualifier: str | None
    basis: str
    first: int
    last: int


def _years(told: _Told) -> str:
    """The years a statement may be told in, as the message says them: "2021" or "2019-2021"."""
    return f"{told.first}" if told.first == told.last else f"{told.first}-{told.last}"


def _consistent(stated: int, actual: int, qualifier: str | None, slack: int) -> bool:
    q = (qualifier or "").strip().lower()
    sense = _bounds().get(q)
    if sense == "lower":
        return actual >= stated
    if sense == "upper":
        return actual <= stated
    if q == "age":  # the birthday may not have come yet this year
        return actual - 1 - slack <= stated <= actual
    if sense == "approaching":
        return stated - 2 - slack <= actual <= stated + slack
    return abs(actual - stated) <= slack


def _month_dated(m: re.Match[str], dates: "_Dates", published
                 ) -> tuple[float, float, str, int, str] | None:
    """An "ago" statement's event dated to the month or the day ("il y a 4 ans, en juin
    2014"), with a publication date: the years elapsed from it to that day, as a range (a
    month's days when the day is not stated), how to say it, and the whole years and the
    time elapsed ("2 years 9 months"); None otherwise."""
    if published is None:
        return None
    found = {name: value for name, value in m.groupdict().items() if value is not None}
    k = next(name[4:] for name in found if name.startswith("year"))
    at = m.start(f"year{k}")
    mention = next((d for d in dates.within(max(0, at - 30), at + 1)
                    if d.start <= at < d.end and d.date.precision != "year"), None)
    if mention is None:
        return None
    first, last = mention.date.first_day(), mention.date.last_day()
    if first > published:
        return None
    low, high = (published - last).days / 365.25, (published - first).days / 365.25
    years, elapsed = _years_months(published, first, last)
    return low, high, (f"{mention.text.strip()!r} to {published.isoformat()} (the publication "
                       f"date) is {elapsed}"), years, elapsed


def _years_months(published, first, last) -> tuple[int, str]:
    """The whole years elapsed, and the years and months said."""
    months = (published.year - first.year) * 12 + published.month - first.month
    if last == first and published.day < first.day:
        months -= 1
    years, rest = divmod(max(months, 0), 12)
    return years, f"{years} years {rest} months" if rest else f"{years} years"


def _consistent_span(stated: int, low: float, high: float, qualifier: str | None) -> bool:
    """Whether ``stated`` years fits an elapsed time between ``low`` and ``high`` years: less
    than a year from it either way (rounded up or down); a bound in its sense."""
    sense = _bounds().get((qualifier or "").strip().lower())
    if sense == "lower":
        return high >= stated
    if sense == "upper":
        return low <= stated
    if sense == "approaching":
        return stated - 2 <= high and low <= stated + 1
    return low - 1 < stated < high + 1


# Where a sentence ends: a full stop (or "!", "?", "…") before a space, or a line's end; not
# the dot of a short capitalised abbreviation ("Mount St. Helens", "M. Dupont", "Gen.").
_SENTENCE_END = rx.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.(?=[\s»”\"')\]]*(?:\s|$))"
                           r"|[!?…]+(?=[\s»”\"')\]]*(?:\s|$))|\n")
_QUOTE_CLOSE = rx.compile(r"[»”\"]")
# A date at most this many years before the year counted to is the celebration's ("the 75th
# anniversary of D-Day … June 6, 2019"), read in an article of that year or of the next two.
_CELEBRATION_NEAR = 2
# A year right after "anniversaire" with "en"/"in" ("le 70e anniversaire, en 2013,", "their
# 25-year anniversary in 2019") dates the celebration, not the event.
_APPOSITION = rx.compile(r"\s*,?\s*(?:en|in)\s+")


_PHRASE_END = rx.compile(r"[,;:()]")  # where a phrase ends
# A complement after the anniversary's noun: the anniversary of what it names, not the
# subject's own ("50th anniversary of the flood"), unless its own founding's ("of its founding").
_OF_AFTER = rx.compile(r"\s+(?:de|du|des|d['’]|of|di|del|della|dell['’]|von)(?:\b|(?<=['’]))", re.IGNORECASE)
# A date in apposition after an anniversary's noun phrase: ", le 12 mai 2018,", ", Thursday,
# June 6, 2019," (at most two words before it, and its phrase closed after it).
_APPOSED_BEFORE = rx.compile(r"[\s,]*(?:[^\W\d]+[\s,]+){0,2}")
_APPOSED_AFTER = rx.compile(r"\s*(?:[,;.)]|$)")


def _celebration_date(mention, published) -> bool:
    """A date to the day at most _CELEBRATION_NEAR years before the publication (or in the
    year after it): in an anniversary's sentence, the celebration's own."""
    return published is not None and bool(mention.date.day) and \
        published.year - _CELEBRATION_NEAR <= mention.date.year <= published.year + 1


def _apposed_date(text: str, at: int, hi: int, dates: "_Dates", rank: int, to: int | None):
    """The date in apposition right after the noun phrase that starts at ``at`` (it ends at
    the first comma): the celebration's date, as a year there is ("le 70e anniversaire, en
    2013,"); or None. "du 50e anniversaire de l'association, le 12 mai 2018, le maire …".
    After a participle, a date further back than half the ``rank`` from the year ``to`` is
    the event's: "il 60° anniversario dell'autonomia, conquistata il 2 maggio 1975" (but "le
    50e anniversaire, célébré le 12 mai 2018," in 2025 is the ceremony's)."""
    comma = text.find(",", at, hi)
    if comma < 0 or _PHRASE_END.search(text, at, comma):
        return None
    found = dates.within(comma, min(hi, comma + 40))
    if not found:
        return None
    date = found[0]
    if _APPOSED_BEFORE.fullmatch(text, comma, date.start) and _APPOSED_AFTER.match(text, date.end, hi):
        lex = get_lexicon()
        if all(w.lower() in lex.all_stopwords or w.lower() in lex.weekdays
               for w in _CONTENT_OR_SHORT.findall(text, comma, date.start)):
            return date  # function words or a weekday before it: "le", "Thursday"
        if to is None or date.date.year > to - rank / 2:
            return date
    return None


# A span of years stated as a dashed range: "(1973-2023)", "1973 – 2023" (not a date's
# "2023-01-16" nor a range of three: "1973-2023-…").
_YEAR_RANGE = rx.compile(rf"(?<![\d/.–-]){_YEAR}\s*[-–—]\s*{_YEAR}(?![\d/–-]|\.\d)")


@functools.cache
def _celebration_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A celebration's verb or noun (lexicon anniversary, "celebrate", "nouns": "celebrating",
    "fête", "anniversary") and a count of its years, its number first group ("50 years",
    "50 ans", "50-jähriges Jubiläum", "50th anniversary")."""
    lex = get_lexicon().anniversary.get(language) or {}
    celebrate, years, nouns = lex.get("celebrate") or (), lex.get("years") or (), lex.get("nouns") or ()
    if not celebrate or not years:
        return None
    words = number_words_pattern(language)
    num = rf"(\d{{1,3}}|{words.pattern})" if words else r"(\d{1,3})"
    cue = rx.compile(rf"(?<![\w'’])(?:{words_regex(list(celebrate) + list(nouns))})(?![\w'’])", re.IGNORECASE)
    count = rx.compile(rf"(?<![\w'’.,]){num}(?:\s*-?\s*(?:{words_regex(list(years))})"
                       rf"|(?:e|ème|th|st|nd|rd|°|º|\.)?\s+(?:{words_regex(list(nouns))}))(?![\w'’])"
                       if nouns else rf"(?<![\w'’.,]){num}\s*-?\s*(?:{words_regex(list(years))})(?![\w'’])",
                       re.IGNORECASE)
    return cue, count


def celebrated_spans(text: str, language: str, spans) -> list[re.Match[str]]:
    """The dashed ranges of years a sentence says are celebrated, its count of years their
    length: "is celebrating 50 years … “The First 50 Years (1973-2023)”", "fête ses 50 ans
    (1973-2023)" (round 41b m03). Undated, the range's end is the telling's year: a
    celebration is told in its year. Not a range of another length ("celebrating 100 years
    since the birth of X (1920-1990)": a lifetime), nor one in a sentence that celebrates
    nothing (a reign's "(1952-2022)", seasons' "2019-2023"). ``spans``: where to look."""
    cues = _celebration_cues(language)
    if cues is None:
        return []
    cue, count = cues
    found = []
    for span in spans:
        for m in _YEAR_RANGE.finditer(text, span.start, span.end):
            first, last = int(m.group(1)), int(m.group(2))
            if last <= first:
                continue
            lo, hi = _sentence(text, m.start(), span.start, span.end)
            if cue.search(text, lo, hi) is None:
                continue
            if any(to_int(c.group(1), language) == last - first for c in count.finditer(text, lo, hi)):
                found.append(m)
    return found


@functools.cache
def _celebrating_now(language: str) -> re.Pattern[str] | None:
    """A celebration's present forms (lexicon anniversary "celebrate_now": "is celebrating",
    «fête», "feiert", «festeggia»): told in its year, unlike «a fêté», "celebrated" (told
    later) or «fêtera», "will celebrate" (before it)."""
    now = (get_lexicon().anniversary.get(language) or {}).get("celebrate_now") or ()
    return rx.compile(rf"(?<![\w'’])(?:{words_regex(list(now))})(?![\w'’])", re.IGNORECASE) \
        if now else None


def telling_span(text: str, language: str, spans, now: int) -> re.Match[str] | None:
    """Undated, the celebrated span whose end is the year of telling: the page's only span of
    years celebrated (a page of several jubilees dates none: "is celebrating its 40th
    anniversary (1984-2024)" and "marked its 50th anniversary (1960-2010)", review N of round
    42), in a sentence celebrating it now ("is celebrating 50 years … (1973-2023)"), and not
    yet to come (now: this year)."""
    found = celebrated_spans(text, language, spans)
    if len({(m.group(1), m.group(2)) for m in found}) != 1 or int(found[0].group(2)) > now:
        return None
    present = _celebrating_now(language)
    for m in found:
        lo, hi = _sentence(text, m.start(), 0, len(text))
        if present is not None and present.search(text, lo, hi):
            return m
    return None


@functools.lru_cache(maxsize=2)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the text's sentence ends, found once: a search from each
    anniversary to the next end re-reads a long line once per match (a line of 200 KB: 54 s)."""
    found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def _sentence(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding ``pos``, within [lo, hi) (its span); a start further back than 600
    characters is the span's."""
    starts, ends = _sentence_ends(text)
    k = bisect.bisect_right(ends, pos) - 1  # the last end at or before pos
    start = ends[k] if k >= 0 and starts[k] >= max(lo, pos - 600) else lo
    k = bisect.bisect_left(starts, pos)  # the first end from pos on
    return start, ends[k] if k < len(starts) and ends[k] <= hi else hi


@functools.lru_cache(maxsize=4)
def _all_matches(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int], list[re.Match[str]]]:
    """The pattern's matches in the whole text, found once (their starts, ends, matches): a
    search of each count's sentence re-reads a long line once per count (a line of 200 KB of
    "les 40 ans d'existence": 61 s)."""
    found = list(pattern.finditer(text))
    return [m.start() for m in found], [m.end() for m in found], found


def _matches_within(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The pattern's matches (as found in the whole text) that lie in [lo, hi)."""
    starts, ends, found = _all_matches(pattern, text)
    return found[bisect.bisect_left(starts, lo):bisect.bisect_right(ends, hi)]


def _before_noun(language: str) -> str:
    """What parts a rank from the anniversary noun: spaces, or a year word between ("the 50th
    year anniversary", "50th-year anniversary": lexicon "year_words")."""
    years = (get_lexicon().anniversary.get(language) or {}).get("year_words")
    filler = rf"(?:(?:{words_regex(list(years))})(?:\s+|-))?" if years else ""
    return rf"(?:\s+|-(?={filler}[^\W\d_]))" + filler if filler else r"\s+"


@functools.cache
def _cues(language: str) -> dict[str, re.Pattern[str]] | None:
    """The language's anniversary cues (lexicon "anniversary") as patterns, or None."""
    words = get_lexicon().anniversary.get(language)
    if not words:
        return None
    num_words = number_words_pattern(language)
    num = rf"(\d+|{num_words.pattern})" if num_words else r"(\d+)"
    qual = _qualifier()
    flags = re.IGNORECASE
    # A key a language leaves out never matches ("elapsed" in German: "50 Jahre nach" dates
    # nothing by itself).
    w = lambda key: words_regex(list(words[key])) if words.get(key) else "(?!)"  # noqa: E731
    month = words_regex(list(get_lexicon().months))  # every lexicon's month names
    adverbs = w('elapsed_adverbs')
    of = r"(?:de|du|des|d['’]|of|di|del|della|dell['’])"
    # the founding noun ending its phrase where the lexicon lists what may follow it (en: not
    # "1990 founding member")
    after_year_head = rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{w('founded_after_year_then')})\b)" \
        if words.get("founded_after_year_then") else ""
    # "la naissance du Comité": a word that is also a person's birth founds only a body the
    # lexicon names, after an article or none ("de l'Association", "du club"), or a name in
    # capitals ("du FCL"); never "la naissance de Marie".
    body = (rf"(?=\s*(?:(?:{w('body_articles')})(?:\s+|(?<=['’]))|(?<=['’]))?"
            rf"(?:(?:{w('bodies')})(?!\w)|(?-i:[A-Z]{{2,}})(?!\w)))")
    # a birth's place and date: "nata a Roma nel 1923", "geboren am 15. Juni 1922", "nacida
    # el 3 de marzo de 1923", "née à Lyon le 3 mars 1924" (place prepositions: lexicon
    # "place_prepositions", French and English's by default)
    place = _birth_place(words.get("place_prepositions"))
    place_after = _place_after(words.get("place_prepositions"))
    birth_date = (rf"(?:(?:{w('year_prepositions')})\s+)?(?:\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?)?"
                  rf"(?:(?:{month})\s+(?:\d{{1,2}},\s+|de\s+|del\s+)?)?")
    founding_of = (rf"(?:(?:{w('founding')})\s+{of}\b"
                   rf"|(?:{w('founding_of_body')})\s+{of}(?:\b|(?<=['’])){body})")
    return {
        # after an ordinal: "75e anniversaire", "the 50th anniversary"
        # "the 50th year anniversary", "50th-year anniversary" (lexicon "year_words")
        "noun": rx.compile(rf"{_before_noun(language)}(?:{w('nouns')})\b", flags),
        # "its 50-year anniversary", "50 year anniversary": the count, read as the rank
        "year_count": rx.compile(rf"(?<![\w.,])(\d{{1,3}})(?=(?:\s+|-)(?:{w('year_words')})"
                                 rf"(?:\s+|-)(?:{w('nouns')})\b)", flags),
        # what every "noun" match holds, on the lowered text: re skips to its first letter
        # ("noun" opens with white space, tried at every position of a page: 0.12 ms)
        "noun_screen": _lowered_pattern(rf"(?:{w('nouns')})\b"),
        # "fondée en (février) 1967", "founded in 1974", "créé le 3 mars 1950"; "la création de
        # l'Amicale dès 1962" (what was founded: "thing")
        # German puts the year before the participle: "der am 3. Februar 1974 gegründet wurde",
        # "der 1974 gegründete Verein" ("founded_after_year"; "year_after": its year), and a
        # few words between, the verb last: "der 1960 in Friedrichshafen gegründete Konzern",
        # "Im Juli 1960 wurde Zeppelin unter dem Namen „…“ gegründet" (no other figure between),
        # opened by a preposition of the attribute or the founding's own auxiliary
        # ("founded_gap_openers"): not "Seit 1995 leitet er den von seinem Großvater
        # gegründeten Betrieb", another verb's year
        "founded": rx.compile(rf"\b(?:(?:{w('founded')})|(?:{w('founded_events')})|{founding_of}"
                              rf"(?P<thing>[^.;!?,]{{0,60}}?))\s+(?:{w('year_prepositions')})\s+(?:\d{{1,2}}(?:er|\.)?\s+)?"
                              rf"(?:(?:{month})\s+(?:\d{{1,2}},\s+)?)?(?P<year>{_YEAR[1:-1]})\b"
                              rf"|\b(?:(?:{w('year_prepositions')})\s+(?:\d{{1,2}}\.\s+)?(?:(?:{month})\s+)?)?"
                              rf"(?P<year_after>{_YEAR[1:-1]})(?:\s+(?:{w('founded_gap_openers')})(?:\s+[^\s\d.;:!?,]+){{0,7}}?)?"
                              rf"\s+(?:{w('founded_after_year')})\b{after_year_head}"
                              # the year opening the sentence, the founding after it: "En 1968,
                              # était déclarée en préfecture la création du Comité des fêtes"
                              rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:{w('year_prepositions')})\s+(?:\d{{1,2}}(?:er|\.)?\s+)?"
                              rf"(?:(?:{month})\s+)?(?P<year_first>{_YEAR[1:-1]})\s*,[^.;!?]{{0,80}}?"
                              rf"\b{founding_of}"
                              rf"(?P<thing_after>[^.;!?,]{{0,60}})"
                              # the date opening the sentence, a founding act later in it: "Le 16
                              # juin 1971 un groupe de jeunes … se réunissaient pour créer une
                              # association" (what follows the act was founded)
                              rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:{w('year_prepositions')})\s+(?:\d{{1,2}}(?:er|\.)?\s+)?"
                              rf"(?:(?:{month})\s+)?(?P<year_act>{_YEAR[1:-1]})\b[^.;!?]{{0,120}}?"
                              rf"(?<!\w)(?:{w('founding_acts')})\s+(?P<act_thing>(?:{w('indefinites')})\s+"
                              rf"(?:{w('bodies')})(?!\w)[^.;!?,]{{0,60}})"
                              # a birth participle opening the sentence, said of the body it
                              # agrees with after its phrase: "Née en 1944 par la volonté de
                              # donateurs locaux, l'association …" (a person's birth otherwise)
                              rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:{w('born')})\s+(?:{w('year_prepositions')})\s+"
                              rf"(?:\d{{1,2}}(?:er|\.)?\s+)?(?:(?:{month})\s+(?:\d{{1,2}},\s+)?)?"
                              rf"(?P<year_born>{_YEAR[1:-1]})\b[^.;!?\d]{{0,100}}?,\s*(?P<born_thing>"
                              rf"(?:{w('body_articles')})(?:\s+|(?<=['’]))(?:{w('bodies')})(?!\w)[^.;!?,]{{0,60}})",
                              flags | re.MULTILINE),
        # an opening or a birth told as the founding ("opened its doors"): weaker than
        # "founded", so in another sentence it counts only for what the count is about
        "founded_event": rx.compile(rf"\b(?:{w('founded_events')})\b", flags),
        # what opened: the clause's first article, the words after it ("after the hospital
        # first opened its doors"); a new thing, a preposition's complement ("le bâtiment des
        # urgences du CHU"), an adverb before the verb ("first")
        "determiner": rx.compile(rf"(?<!\w)(?:{w('body_articles')})(?:\s+|(?<=['’]))", flags),
        "new": rx.compile(rf"(?<!\w)(?:{w('new_words')})(?!\w)", flags),
        "adverbs": rx.compile(rf"(?:\s+(?:{w('event_adverbs')}))+\s*$", flags),
        "complement": rx.compile(rf"\s(?:{of}|à|au|aux|at|in|on)(?:\s|(?<=['’]))", flags),
        "head_final": bool(words.get("head_final")),
        # before a founding participle: its subject is the founder ("qui a fondé en 1950 la …")
        "active": rx.compile(rf"(?<!\w)(?:{w('active_auxiliaries')})\s+$", flags),
        "anaphora": rx.compile(rf"\s+(?:{w('anaphora')})\b", flags),
        # a headline's celebration: "fête ses 50 ans", "celebrates 50 years"
        # "feiert sein 50-jähriges Jubiläum": the count joined to its noun by a hyphen
        "celebrate": rx.compile(rf"\b(?:{w('celebrate')})\s+(?:(?:{w('possessives')})\s+)?{qual}{num}"
                                rf"(?:(?:\s+|-)(?:{w('years')})|(?:{w('ordinal_years')}))\b", flags),
        # in a body sentence, a few words of when between the verb and the possessive: "feiert
        # in diesem Jahr ihr 145-jähriges Jubiläum" (the possessive then required)
        "celebrate_when": rx.compile(rf"\b(?:{w('celebrate')})(?:\s+[^\W\d][\w'’-]*){{0,3}}?\s+"
                                     rf"(?:{w('possessives')})\s+{qual}{num}"
                                     rf"(?:(?:\s+|-)(?:{w('years')})|(?:{w('ordinal_years')}))\b", flags),
        # a nominal headline: "La fête des 40 ans du Club" (the body right after the years)
        "celebration": rx.compile(rf"(?<!\w)(?:{w('celebration_nouns')})\s+{qual}{num}\s+"
                                  rf"(?:{w('years')})(?=\s+{of}(?:\b|(?<=['’])){body})", flags),
        # a kicker opening the headline: "100 ans ! L'éternelle jeunesse du Comité des Fêtes"
        # (round 28a), the exclamation marking the count as the celebration
        "kicker": rx.compile(rf"\s*{qual}{num}\s+(?:{w('years')})\s*!", flags),
        # a celebration whose noun holds its count after a possessive ("its centennial", "son
        # centenaire"), or the subject turning the count ("is turning 100"): groups noun, number
        "count_noun": rx.compile(rf"(?<!\w)(?:{w('count_possessives')})\s+(?P<noun>{w('count_nouns')})(?!\w)"
                                 rf"|(?<!\w)(?:{w('turning')})\s+(?P<number>\d{{2,3}})"
                                 rf"(?=(?:\s+years?(?:\s+old)?)?\s*(?:[.,;!?]|$|\s+(?:this|next|on|in)\b))",
                                 flags | re.MULTILINE)
        if words.get("count_nouns") else None,
        "count_values": {k.lower(): int(v) for k, v in (words.get("count_nouns") or {}).items()},
        # what every "count_noun" match holds, on the lowered text: "count_noun" opens with a
        # look-behind, tried at every position of the headline and the body (0.4 ms a page)
        "count_screen": _lowered_pattern(rf"(?:{w('count_nouns')})|(?:{w('turning')})\s+\d"),
        # a celebration still prepared right before the count ("prépare déjà son centenaire",
        # "to plan its centennial"), or said next year after it
        "count_planning": rx.compile(rf"(?<!\w)(?:{w('count_planning')})(?!\w)(?:\s+[^\s.;!?]+){{0,4}}\s+\Z", flags),
        "count_next_year": rx.compile(rf"[^.;!?]{{0,60}}?(?<!\w)(?:{w('count_next_year')})(?!\w)", flags),
        # in the count's own clause: "prépare son centenaire : un comité s'est réuni mardi" is not
        "count_now": rx.compile(rf"[^.;:,!?]{{0,40}}?(?<!\w)(?:{w('count_now')})(?!\w)", flags)
        if words.get("count_now") else None,
        # what may open an apposition holding the founding of the subject before it
        "apposition": rx.compile(rf"\s*(?:(?:{w('apposition_openers')})\s+)*\Z", flags),
        "count_relative": rx.compile(rf",\s*(?:{w('count_relatives')})(?!\w)", flags),
        # a year said right after the count: the celebration's ("its centennial in 2024")
        "count_year": rx.compile(rf"[^.;!?\d]{{0,40}}?\b(?:{w('year_prepositions')})\s+{_YEAR}\b", flags),
        # "il y aura 75 ans le 6 juin que", "cela fait 40 ans jour pour jour que", "it has been
        # 40 years since": the link right after the count (adverbs and the day between), not
        # across a comma ("Il y a dix ans, alors que …" states when, not how long since)
        "elapsed": rx.compile(rf"\b(?:{w('elapsed')})\s+(?:(?:{adverbs})\s+)?{qual}{num}\s+(?:ans|années|years)"
                              rf"(?:\s+(?:{adverbs}))*(?:\s+(?:[^\W\d]{{1,3}}\s+)?\d{{1,2}}(?:er)?\s+(?:{month}))?"
                              rf"(?:\s+(?:{adverbs}))*\s+(?:{w('links')})(?:(?<=['’])|(?!\w))", flags),
        # in the clause after the link, what ends its own words: punctuation or another clause
        "clause_stop": rx.compile(rf"[,;:()«»“”\"–—]|(?<!\w)(?:{w('clause_openers')})(?:(?<=['’])|(?!\w))", flags),
        # what follows a count that is not the body's age: "ses 20 ans de mise en circulation",
        # "50 years of service" (but "ses 50 ans d'existence")
        # (German capitalises its nouns: "feiert 50 Jahre Konzerte", years of concerts)
        "of_what": rx.compile(rf"\s+(?!(?:{w('existence')})\b)(?:{w('after_count')})(?:(?<=['’])|(?!\w))"
                              + (r"|\s+(?-i:[^\W\d_](?<=[A-ZÄÖÜ]))" if words.get("nouns_capitalised") else ""),
                              flags),
        "existence": rx.compile(rf"\s+(?:{w('existence')})\b", flags),
        "that_day": rx.compile(rf"\b(?:{w('that_day')})\s+{_YEAR}\b", flags),
        # after the noun, the anniversary of the subject's own founding: "le cinquième
        # anniversaire de son lancement", "the fifth anniversary of its founding" (lexicon "own_founding")
        "own_founding": rx.compile(rf"\s+(?:{w('own_founding')})(?!\w)", flags),
        # "les 50 ans de la création", "gli 85 anni della fondazione": groups bound, number
        "of_founding": _around_count(words.get("of_founding"), rf"{qual}{num}", flags),
        # "née le 25 mars 1898 – elle a donc 123 ans": groups year, number
        "age_now": rx.compile(rf"\b(?P<born>{w('born')})\s+{_BIRTH_NAME}{_BIRTH_PLACE}(?:(?:{w('year_prepositions')})\s+)?"
                              rf"(?:\d{{1,2}}(?:er)?\s+)?(?:(?:{month})\s+(?:\d{{1,2}},\s+)?)?"
                              rf"(?P<year>{_YEAR[1:-1]})\b[^.;]{{0,80}}?"
                              # or the next sentence opening with it: "Mary was born on August 26,
                              # 1924. She is now 96 years old." (round 40b r2)
                              rf"(?:\.\s+)?"
                              rf"{_around_count(words.get('age_now'), num, name='who').pattern}"
                              rf"(?!\s+(?:{w('age_not_before')})(?:(?<=['’])|(?!\w)))", flags)
        if words.get("born") and words.get("age_now") else None,
        # An age told with a verb right after the birth's clause, by the one born: "qui est née
        # en 1923, fête ses 102 ans", "Née en 1923, Marcelle Dupont fête ses 100 ans" (round
        # 45a r3; the present only, review N45); a celebration's verb
        # (age_celebrated) after a pronoun or a name maybe, the bare "a N ans" (age_had) only
        # right after the comma ("Né en 1920, il a 20 ans." is a biography's present).
        "age_told": rx.compile(rf"\b(?P<born>{w('born')})\s+{_BIRTH_NAME}{place}{birth_date}"
                               rf"(?P<year>{_YEAR[1:-1]})\b{place_after},\s+"
                               rf"(?:(?:(?P<subject>{_SUBJECT})\s+)?"
                               rf"{_around_count(words.get('age_celebrated'), num.replace('(', '(?P<celebrated>', 1), name='verb').pattern}"
                               # a celebration's place may follow ("à la résidence"), not its
                               # year ("en 1943") nor a clause of another time ("quand")
                               rf"(?!\s+(?:{w('age_not_before')})\s+\d|\s+(?:{w('age_then')})(?:(?<=['’])|(?!\w))"
                               # nor the years of something else ("ses 60 ans de mariage")
                               rf"|\s+(?:{w('age_span')})(?:(?<=['’])|(?!\w)))"
                               rf"|{_around_count(words.get('age_had'), num.replace('(', '(?P<had>', 1)).pattern}"
                               rf"(?!\s+(?:{w('age_not_before')})(?:(?<=['’])|(?!\w)))"
                               # a celebration in the past (age_celebrated_past), read with its
                               # own year ("a fêté ses 100 ans en 2023") or a day of the
                               # telling after it (age_recent: "a fêté ses 102 ans samedi")
                               rf"|{_around_count(_with_recent(words), num.replace('(', '(?P<past>', 1), name='verb_past').pattern}"
                               rf"(?!\s+(?:{w('age_span')})(?:(?<=['’])|(?!\w)))"
                               rf"(?:\s+(?:{w('age_event_prepositions')})\s+(?P<event>{_YEAR[1:-1]})\b"
                               rf"|(?P<recent>,?(?:\s+[^\W\d][\w'’-]*){{0,2}}?\s+(?:{w('age_recent')})(?!\w)))?)", flags)
        if words.get("born") and (words.get("age_celebrated") or words.get("age_had")) else None,
        # a day of the telling (age_recent: "samedi", "hier", "ce week-end")
        "age_recent": rx.compile(rf"(?<!\w)(?:{w('age_recent')})(?!\w)", flags),
        # An age in apposition right before the birth's, in the languages the "age" form does
        # not read: "Maria Rossi, 102 anni, nata nel 1923", "Juana Pérez, 102 años, nacida en
        # 1923" (lexicon "age_years": the age's noun)
        "age_apposed": rx.compile(rf"(?:(?<=[,(])|(?<=[,(]\s))(?P<age>\d{{1,3}})\s+(?:{w('age_years')})\s*[,)]\s*"
                                  rf"(?P<born>{w('born')})\s+{_BIRTH_NAME}{place}{birth_date}"
                                  rf"(?P<year>{_YEAR[1:-1]})\b", flags)
        if words.get("born") and words.get("age_years") else None,
        # the degree sign written for "º" before the noun: "il 60° anniversario"
        "degree_ordinal": rx.compile(rf"(?<![\d.,])(\d{{1,3}})°(?=\s+(?:{w('nouns')})\b)", flags),
    }


# The name given at birth between the participle and the date: "née Moureau le 2 août 1920",
# "born Jane Doe on March 3, 1920" (round 35a r3): one to three capitalised words, a particle
# before one ("née de Brissac"); a place ("née à Paris") opens with a preposition, no name.
# A person named right after "les N ans de": a title or kin word, or two capitalised words (a first
# name and a name), never a lower-case noun of a span of time ("carrière", "règne", "la mort").
_CELEBRATED = (r"(?:(?:Mmes?|Mlles?|M\.|Madame|Mademoiselle|Monsieur|Dr|sœur|soeur|frère|père|mère|"
               r"doyenne|doyen|tante|oncle|grand-mère|grand-père)\s|"
               r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+\s+(?-i:[A-ZÀ-ÖØ-Þ]))")
_BIRTH_NAME = (r"(?:(?:(?:de|du|d'|d’|van|von)\s*)?(?-i:[^\W\d_](?<=[A-ZÀ-ÖØ-Þ]))[\w'’-]*\s+){0,3}")
# The place of birth between the participle and the date: "born in Wednesbury in 1924", "née à
# Lyon le 3 mars 1950", "né en Algérie en 1950" (round 40b m04): a preposition and one to three
# capitalised words; "born in May 1924" reads the month so, the same year after it.
# A place's name: up to three capitalised words ("Saint-Malo", "La Roche sur Yon").
_PLACE_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*){0,2}"


def _birth_place(prepositions=None) -> str:
    """A birth's place before its date ("née à Lyon le 3 mars"), with a language's prepositions
    ("nata a Roma", "nascida em Lisboa"; French and English's by default)."""
    alt = words_regex(list(prepositions)) if prepositions else "à|au|aux|en|in|at"
    return rf"(?:(?:{alt})\s+{_PLACE_NAME},?\s+)?"


def _place_after(prepositions=None) -> str:
    """The place of birth after its year ("née en 1923 à Nantes, fête …", "geboren 1923 in
    Berlin"), with a language's prepositions."""
    alt = words_regex(list(prepositions)) if prepositions else "à|au|en|in|at"
    return rf"(?:\s+(?:{alt})\s+{_PLACE_NAME})?"


_BIRTH_PLACE = _birth_place()


# Who celebrates after a fronted birth's clause: a pronoun (born_pronoun says which) or one to
# three capitalised words, a name ("Née en 1923, Marcelle Dupont fête ses 100 ans").
_SUBJECT = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+){0,2}|ils|elles|il|elle|they|he|she"


# No one's age is over this ("Das Haus …, geboren 1923, ist 300 Jahre alt"); an age this many
# years or more under the one a birth year gives is years of something else or another's
# (review num46: «cumple 25 años como párroco», «Il figlio di X, nato nel 1923, compie 70 anni»).
_OLDEST = 130  # the oldest on record lived to 122: a claim of 123 is checked (a rule case), 300 is no one's age
_FAR_BELOW = 15
# A birth's clause apposed to the name in a complement, right before it: «Il figlio di
# Giuseppe Bianchi, nato nel 1923», "The son of John Smith, born in 1930" (the name's birth,
# not the subject's: review num46); particles inside the name ("van Piet de Vries").
_OF_NAME = rx.compile(r"(?<!\w)(?:of|de|du|des|di|del|della|da|do|dos|von|vom|van)\s+"
                      r"(?:(?:de|van|der|von|da|di|del|dos|le|la)\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
                      r"(?:\s+(?:(?:de|van|der|von|da|di|del|dos|le|la)\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+){0,3}"
                      r"\s*,\s*\Z", re.IGNORECASE)


def _with_recent(words: dict) -> list[str]:
    """The past celebration's forms (lexicon anniversary age_celebrated_past), a form's "W"
    standing for a day of the telling or nothing: "a fêté W ses N ans" is "a fêté ses N ans"
    and "a fêté samedi ses N ans" (age_recent)."""
    forms = []
    for form in words.get("age_celebrated_past") or ():
        if " W " not in form:
            forms.append(form)
            continue
        forms.append(form.replace(" W ", " "))
        forms += [form.replace(" W ", f" {day} ") for day in words.get("age_recent") or ()]
    return forms


# An age in apposition said of today: "Mary, now 96 years old," (round 40b m04).
_NOW = r"(?:now\s+)?"


def _around_count(forms, count: str, flags=re.IGNORECASE, name: str | None = None) -> re.Pattern[str]:
    """Forms around a count ("les N ans de la création") as one pattern: the words before N
    (group ``name``, if given), ``count``, the words after (never matches when there are none)."""
    if not forms:
        return rx.compile("(?!)")
    before = words_regex([f.split(" N")[0] for f in forms])
    tails = [f.split(" N ")[1] for f in forms if " N " in f]
    after = words_regex(tails) if tails else "(?!)"
    # a tail joined to the count: an ordinal's ending or point ("feiert ihren N. Geburtstag",
    # "viert haar Nste verjaardag"), its words after a space
    joined = [f.split(" N", 1)[1] for f in forms if " N" in f and not f.endswith(" N") and " N " not in f]
    attached = "|" + "|".join(rf"{re.escape(t.split(' ', 1)[0])}\s+(?:{words_regex([t.split(' ', 1)[1]])})"
                              for t in joined if " " in t) if joined else ""
    opening = f"(?P<{name}>" if name else "(?:"
    # A form may end on its count ("turned N"): then no word, no digit after it.
    bare = r"|(?![.,]?\d)(?!\w)" if any(f.endswith(" N") for f in forms) else ""
    # the count's last vowel elided before the years ("i cinquant’anni della fondazione")
    return rx.compile(rf"(?<!\w){opening}{before})\s+{count}(?:(?:(?:\s+|['’](?=\w))(?:{after}){attached})"
                      rf"(?!\w){bare})", flags)


_CONTENT = rx.compile(r"[^\W\d_]{4,}")
_CONTENT_OR_SHORT = rx.compile(r"[^\W\d_]+")
# A clause's subject in apposition before a founding ("que le club, fondé en 1984, …") is
# at most this many words; more, and the founding may be its object's ("que la famille
# exploite ce domaine, fondé en 1890").
_SUBJECT_WORDS = 3
# What a participle right after a noun phrase founded: at most this many words before it
# ("per tutta la vita nella falegnameria fondata", "l'association des commerçants a été fondée").
_THING_WORDS = 5
# A headline's subject that is a person's name: two or three capitalised words, none a small
# word of a language ("Der Chor", "Le FCL" are not): "Mario Rossi compie 90 anni" is a birthday.
_PERSON = rx.compile(r"(?:[^\W\d_](?<=[A-ZÀ-ÖØ-Þ])[\w'’-]+\s+){1,2}[^\W\d_](?<=[A-ZÀ-ÖØ-Þ])[\w'’-]+")


def _no_stopword(words: str) -> bool:
    """A name's words, none of them a stopword: "Mario Rossi", not "Le Club"."""
    return not {w.lower() for w in words.split()} & get_lexicon().all_stopwords


# A name in capitals is a content word however short: "Le FCL fête ses 50 ans" over "Créé en
# 1961, le FCL …" (round 9).
_ACRONYM = rx.compile(r"(?<!\w)[^\W\d_]{2,3}(?!\w)")


def _content_words(text: str) -> set[str]:
    stop = get_lexicon().all_stopwords
    acronyms = (m.group() for m in _ACRONYM.finditer(text) if m.group().isupper())
    return {w for w in (m.group().lower() for m in _CONTENT.finditer(text)) if w not in stop} | \
        {w.lower() for w in acronyms}


# An inflection a word takes in the body but not in the headline ("des Vereins" under "Der
# Verein feiert …"): the same word.
_INFLECTIONS = ("s", "es", "n", "en", "e")


def _named_words(text: str) -> set[str]:
    """The words of a noun phrase that are no small word of a language, short ones too ("du
    bar", "le FCL")."""
    stop = get_lexicon().all_stopwords
    return {w for w in (m.group().lower() for m in _CONTENT_OR_SHORT.finditer(text))
            if len(w) >= 3 and w not in stop}


# A name of capitalised words, small ones between ("Association Sportive Culturelle et Rurale")
_NAME_RUN = rx.compile(r"(?<![\w])[^\W\d_](?<=[A-ZÀ-ÖØ-Þ])[\w-]+(?:\s+(?:[^\W\d_](?<=[a-zß-ÿ])[\w]{0,2}\s+)?"
                       r"[^\W\d_](?<=[A-ZÀ-ÖØ-Þ])[\w-]+)+")


def _founding_of_subject(text: str, f: re.Match[str], lo: int, at: int, cues: dict) -> bool:
    """Whether the founding ``f`` in the sentence from ``lo`` is that of the subject celebrating
    at ``at``: not inside an apposition about someone else ("Marie Lefèvre, résidente de
    l'Ehpad ouvert en 1992, a fêté son centenaire"), and no person's relative between it and
    the count ("…, a rendu hommage à René Bastide, qui a fêté son centenaire")."""
    comma = text.rfind(",", lo, f.start())
    if comma >= 0 and "," in text[f.end():at] and \
            not cues["apposition"].match(text[comma + 1:f.start()]):
        return False  # an apposition opened by other words than the founding's
    rel = cues["count_relative"].search(text, f.end(), at)
    return rel is None or not text[f.end():rel.start()].strip(" ,")


def _spelled_out(text: str, words: set[str]) -> set[str]:
    """The words of the names the text spells out whose capitals' initials are one of
    ``words`` written in capitals in the text ("ASCR": "Association Sportive Culturelle et
    Rurale"): what an acronym of the headline names, to compare with what was founded."""
    names = _names_by_initials(text)
    out: set[str] = set()
    # only a word some name's initials spell is looked for in capitals: one scan of the text's
    # names, not one of the whole text a word (a club almanac's many celebrations)
    for w in words:
        if w in names and 2 <= len(w) <= 8 and re.search(rf"(?<!\w){re.escape(w.upper())}(?!\w)", text):
            out |= names[w]
    return out


@functools.lru_cache(maxsize=4)
def _names_by_initials(text: str) -> dict[str, set[str]]:
    """The words of each name of capitalised words in the text, by its capitals' initials
    lowercased ("asccr": the words of "Association Sportive Culturelle et Rurale")."""
    names: dict[str, set[str]] = {}
    for m in _NAME_RUN.finditer(text):
        capitals = [w for w in m.group().split() if w[0].isupper()]
        names.setdefault("".join(w[0] for w in capitals).lower(), set()).update(w.lower() for w in capitals)
    return names


def _weak_founding(m: re.Match[str], cues: dict) -> bool:
    """Whether a "founded" match is an opening ("opened its doors") or a founding act after a
    date ("pour créer une association"): a founding of what the count is about only when what
    it names is that."""
    return m.group("act_thing") is not None or bool(cues["founded_event"].match(m.string, m.start()))


def _opened(text: str, f: re.Match[str], lo: int, cues: dict) -> str:
    """The head of what an opening ``f`` tells of, from the subject before it in its clause:
    "the hospital" (after "…years after the hospital first"), "cinéma" (of "Le cinéma Le
    Rex"), a name whole ("St Mary's Hospital"); "" for a new thing ("le nouveau bâtiment"),
    or a part whose owner stands before it ("The hospital's maternity unit"). The head is
    the noun before any complement ("le bâtiment des urgences du CHU": "bâtiment"), the
    phrase's last word in English ("the cancer centre": "centre")."""
    clause = re.split(r"[,;:()]", text[lo:f.start()])[-1]
    # the subject opens the last clause: "As an homage to the price of admission when the
    # museum opened its doors" (not "price"); but "Le cinéma Le Rex, qui ouvrait": the one before
    openers = [o for o in cues["clause_stop"].finditer(clause) if clause[o.end():].strip()]
    if openers:
        clause = clause[openers[-1].end():]
    det = cues["determiner"].search(clause)
    subject = clause[det.end():] if det else clause
    adverbs = cues["adverbs"].search(subject)
    subject = subject[:adverbs.start()] if adverbs else subject
    if cues["new"].search(subject):
        return ""
    complement = cues["complement"].search(subject)
    words = (subject[:complement.start()] if complement else subject).split()
    if not words:
        return ""
    if any(w.endswith(("'s", "’s")) and nxt[:1].islower() for w, nxt in zip(words, words[1:])):
        return ""  # "The hospital's maternity unit": a part of the hospital
    if words[0][:1].isupper():
        return " ".join(w.removesuffix("'s").removesuffix("’s") for w in words)  # a name whole
    return words[-1] if cues["head_final"] else words[0]


def _share_a_word(a: set[str], b: set[str]) -> bool:
    """Whether two sets of content words share one, up to a short ending added to it."""
    if a & b:
        return True
    def forms(words: set[str]) -> set[str]:
        return {w[:-len(end)] for w in words for end in _INFLECTIONS
                if w.endswith(end) and len(w) - len(end) >= 4}
    return bool(forms(a) & b or forms(b) & a)


def _founding_year(m: re.Match[str]) -> int:
    """The year of a "founded" match: after the participle ("fondée en 1967") or before it
    ("1974 gegründet")."""
    return int(m.group("year") or m.group("year_after") or m.group("year_first")
               or m.group("year_act") or m.group("year_born"))


# A Roman numeral in capitals ending right before the anniversary noun ("el XXV Aniversario",
# "il XXV anniversario"); elsewhere "XXV" may be a name's or a title's.
_ROMAN_BEFORE = rx.compile(r"(?<![\w.-])([IVXLC]{1,7})$")


def _holds_noun(text: str, cues: dict, low: str | None) -> bool:
    """Whether the text may hold an anniversary noun (``low``: lowered(text)); every match of
    the forms read before one ("XXV Aniversario", "50-year anniversary") holds one."""
    return low is None or bool(cues["noun_screen"].search(low))


def _roman_ordinals(text: str, cues: dict) -> list[Quantity]:
    """"el XXV Aniversario": a Roman numeral with no ordinal ending read as a rank before the
    anniversary noun only (one with an ending, "XXVe", the extractor reads everywhere)."""
    from audit.extract.numbers import roman_value

    found = []
    for noun in cues["noun"].finditer(text):
        m = _ROMAN_BEFORE.search(text, max(0, noun.start() - 8), noun.start())
        value = roman_value(m.group(1)) if m else None
        if value:
            found.append(Quantity(value=float(value), unit=None, kind="ordinal", start=m.start(1),
                                  end=m.end(1), text=m.group(1)))
    return found


def _degree_ordinals(text: str, cues: dict) -> list[Quantity]:
    """"il 60° anniversario": the degree sign typed for the ordinal indicator "º", read as a
    rank before the anniversary noun only (elsewhere "60°" is an angle or a temperature)."""
    return [Quantity(value=float(m.group(1)), unit=None, kind="ordinal", start=m.start(),
                     end=m.end(), text=m.group()) for m in cues["degree_ordinal"].finditer(text)]


def _year_counts(text: str, cues: dict) -> list[Quantity]:
    """"its 50-year anniversary": a count joined to the anniversary noun by a year word,
    read as its rank there only (elsewhere "50-year" is a span)."""
    return [Quantity(value=float(m.group(1)), unit=None, kind="ordinal", start=m.start(1),
                     end=m.end(1), text=m.group(1)) for m in cues["year_count"].finditer(text)]


# Across a sentence end, the next sentence's pronoun takes up the birth's subject only when that
# is the person: a name or a pronoun right before the participle and its auxiliary ("Mary Smith
# was born …. She is now 96"), not a kin, a thing or a common noun ("Her first son was born …
# She is now 81", «Sa fille est née …», "The girl was born …": review N2 of round 40).
_BIRTH_SUBJECT = rx.compile(
    r"\s*(?:(?:she|he|elle|il)"
    r"|(?!(?:the|an?|her|his|their|its|my|our|your|this|that|l[ae]s?|l|une?|sa|son|ses|leurs?|mon|ma"
    r"|notre|votre|cet?|cette)(?:\s|['’]))"
    r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*(?:\s+(?:(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*|de|du|d['’]|van|von|der)){0,3})"
    r"\s+(?:(?:was|is|has been|had been|est|était|fut|a été)\s+)?",
    re.IGNORECASE)
# A subject dislocated after the age ("Elle a aujourd'hui 40 ans, cette fondation qui porte son
# nom"): a demonstrative's noun, not the person born.
_DISLOCATED = rx.compile(r"\s*,\s*(?:ce|cet|cette|ces|this|that|these|those)\s", re.IGNORECASE)


# Between two dates, what makes them a period's ends: a dash, "à", "au", "to", "until" ("juillet
# 1940-août 1944", "de 1940 à 1944", "from 1940 to 1944", "dal 1940 al 1944", "von 1940 bis 1944").
_RANGE_LINK = rx.compile(r"\s*[-–—]\s*|\s+(?:à|au|to|until|till|through|al|a|bis|hasta)\s+", re.IGNORECASE)
# What opens a period as the clause's time ("Du 5 juin 2014 au 21 août 2014, la Normandie a
# célébré …", "From June 5, 2014 to …"): a celebration's own time, not another event's span.
_RANGE_OPENS = rx.compile(r"(?<!\w)(?:du|de|des|dès|from|between|dal|dall['’]|dai|vom|von|desde|del|entre)\s+$",
                          re.IGNORECASE)


def _points(text: str, mentions: list) -> list:
    """The dates of ``mentions`` (in text order) that are no end of another thing's period: a
    day or a year a celebration may be at. Another thing's period: one in brackets (after a
    noun: «Vichy (juillet 1940-août 1944)») or a bare dashed range; a period opened by «du»,
    "from" («Du 5 juin 2014 au 21 août 2014, … le 70e anniversaire») is the clause's own time
    and counts (review N2 of round 40)."""
    ends = set()
    for a, b in zip(mentions, mentions[1:]):
        link = _RANGE_LINK.fullmatch(text, a.end, b.start)
        if not link:
            continue
        bracketed = (text[max(0, a.start - 2):a.start].rstrip().endswith("(")
                     and text[b.end:b.end + 2].lstrip().startswith(")"))
        dashed = not link.group().strip().isalpha()
        opened = _RANGE_OPENS.search(text, max(0, a.start - 12), a.start)
        if bracketed or (dashed and not opened):
            ends |= {id(a), id(b)}
    return [d for d in mentions if id(d) not in ends]


class _Dates:
    """The text's dates with a stated year, in text order, found by offset."""

    def __init__(self, mentions) -> None:
        self.mentions = sorted((m for m in mentions if not m.year_inferred), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, lo: int, hi: int) -> list:
        return self.mentions[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


class NUM003(Rule):
    """An anniversary or an elapsed time does not add up with the years stated.

    What it checks:
        "en 1999, il y a 20 ans", "le 27 janvier 1945, il y a 70 ans", "il y a 70 ans, le 6
        juin 1944", "il y a 6 ans, en juin 2014" (and "80 years ago", "vor 80 Jahren", "hace 80 años", "80 anni fa", "80 jaar
        geleden", "há 80 anos", "80 anos atrás"; a bare year opening a line or a sentence, closed
        by its comma, "1965, vor 40 Jahren", or between commas after it, "Vor 40 Jahren, 1965,"
        (not "1965 Mitglieder", nor after a colon or a quote mark, nor beside a figure for today:
        "Il y a 20 ans, 1850 ; aujourd'hui, 2300", lexicon ago "now"); past a date's apposition whose relative
        clause the elapsed time closes: "April 1, 1921, the date when Price City officially
        became incorporated 100 years ago"; past a short complement closed by a comma, a
        preposition and a few words with no figure nor clause: "ses débuts en 2011 sur la
        plateforme, il y a 15 ans", "in 2011 on the platform, 15 years ago"; not an elapsed
        time that opens the next clause, "il y a 20 ans qu'il dirige", "il y a dix ans il a
        ouvert", "20 years ago she moved", nor after a complement "…, il y a dix ans, il signait"),
        "depuis 2005, soit 20 ans", "de 1999 à 2013, soit 12 ans",
        "le 70e anniversaire de la fondation en 1945" (a day and month before the year too,
        "de la libération en septembre 1944"; or "soixante-dixième", "XXe", and a
        Roman numeral in capitals right before the noun: "il XXV anniversario", "el XXV
        Aniversario"; "year" between, "its 50th year anniversary", and the count it joins,
        "its 50-year anniversary": lexicon "year_words"; not "its 50th year" alone, the year
        after 49), and an
        age beside a birth year, in French and English only (an Italian "nato nel 1995, di
        16 anni" is not read, and the page's notes say so; "Jean Martin, 74 ans, né en 1951", "(49ans, né en 1955)"; "aged 74", "74-year-old",
        "Mary, now 96 years old,"; a place of birth, a preposition and up to three capitalised
        words, before its date: "born in Wednesbury in 1924", "née à Lyon le 3 mars 1924";
        right before the birth, a person's noun and its years, "Un homme de 28 ans, né en 1985",
        "une ancienne infirmière" (lexicon anniversary "age_persons": not "un contrat de 28 ans",
        "un mariage de 50 ans"; not a genitive's, "le fils du boulanger de 60 ans, né"), or a name and a bare
        age, "Blitzer, 75, born in 1949" (not "Chapter 7, 12,");
        a year of slack for the birthday; counted to the telling's year, the publication's; undated, only an age smaller than the latest past year the text names allows, a year of slack besides: an obituary's age is told later; a death in
        its sentence counts it to the death's year ("est morte en 1934, âgée de 66 ans", "s'est
        éteinte le 12 mars 1993"), one with no year to the telling's when the death is the
        news (a day told beside the death word, "décédé lundi", "hier", or the age in
        apposition: "Yvette Lebon, 73 ans, née en 1920, s'est éteinte"; not with a time of the
        sentence's own, "il y a dix ans", "en 1994", nor "un mardi de novembre"), else only an
        age above the telling's is wrong ("décédé à l'âge de 94 ans" of a man born in 1934,
        told in 2018); "à l'âge de", "at the age of" only as the death's own complement beside
        its subject's birth ("Aznavour, né en 1934, décédé lundi à l'âge de 94 ans"; not "la
        fille de Paul Martin (né en 1950), est décédée …", nor "il s'installe à Paris à l'âge
        de 20 ans et il est mort en 2001"), dated; with a
        publication date, an age today after a birth
        date, "née le 25 mars 1898 – elle a donc 113 ans", "aujourd'hui", "she is now 74
        years old" (or opening the next sentence when the birth's subject is a name or a
        pronoun: "Mary was born on August 26, 1924. She is now 96 years old.", not "Her son was
        born …", «Sa fille est née …», "The girl was born …"; not before a demonstrative's
        subject, «…, cette fondation»), the pronoun the participle's: not "née … il a donc", nor "… ans quand";
        or an age told with a verb right after the birth's clause, by the one born: a
        celebration's in the present ("qui est née en 1923, fête ses 102 ans", "Née en 1923,
        Marcelle Dupont souffle ses 102 bougies", "born in 1923, turns 102"; lexicon
        anniversary age_celebrated; twins' plural, «nées en 1920, fêtent leurs 105 ans»; the
        past only when something dates it, its own year, «née en 1923, elle a fêté ses 100
        ans en 2023», "turned 90 in 2023" (counted to it), or a day of the telling, «a fêté
        samedi ses 102 ans», «… ses 102 ans ce week-end», "turned 102 on Saturday"
        (age_celebrated_past, age_recent: counted to the publication year; not «un samedi»,
        nor with another year in the sentence), never undated, «il a fêté ses 20 ans dans un
        stalag», "turned 18 in the Navy"; not the future, "fêtera ses 103 ans"; a place may follow, not
        a year or a clause of another time, "turns 18 when", nor the years of something else,
        "fête ses 60 ans de mariage", age_span) or the bare
        "a 102 ans", "is 102 years old" right after the comma (age_had; "Né en 1920, il a 20
        ans." is a biography's present), a year of slack for the birthday; in Spanish,
        Portuguese, Italian, German and Dutch too, the present forms and an age in apposition
        right before the birth («nacida en 1923, cumple 102 años», «classe 1901, che oggi compie
        109 anni», «geboren am 15. Juni 1923, feiert ihren 102. Geburtstag», «nascida em 1923,
        completa 102 anos», «geboren in 1923, viert haar 102de verjaardag»; «Maria Rossi, 102
        anni, nata nel 1923», age_years: counted to a death's year in the sentence, else to the
        publication's); never years in a role, in prison or more than someone («cumple 25 años
        como párroco», «compie 30 anni alla guida del giornale», «ha 30 anni più della moglie»,
        «ist 40 Jahre alt gewesen, als»: age_span, age_not_before), an age over 130, one 15
        years or more under the birth's (another's years), nor a birth apposed to a
        complement's name («Il figlio di Giuseppe Bianchi, nato nel 1923, compie oggi 70
        anni»); a celebration's present may tell the birthday to come («compie 101 anni a
        gennaio», told in December);
        the name given at birth may stand between the participle and the date, up to three
        capitalised words: "née Moureau le 2 août 1920", "born Mary Jane Doe on March 3,
        1920"; or the years a party celebrates of the person
        before the birth, "fêter les 100 ans de Mme X, née en 1905", "celebrate the 100th
        birthday of Jane Doe, born in 1905", a title or a first name and a name right after
        "ans de" (not "les 50 ans de carrière de", "de règne", "de la mort de"): not with another figure or "par", "by" between,
        another's birth, nor a year before it in the sentence other than the one counted to,
        the party's), a celebration beside a founding year in one
        sentence ("créé en 1969, a fêté ses 40 ans", "fêter les 40 ans de leur association, fondée
        en 1961" (the article with the owner's possessive after the years), "founded in 1974,
        celebrated 40 years",
        "fondée en 1979, a fêté son 50e anniversaire", "celebrated its 65th anniversary",
        "its 150th birthday" (a body's: not "her 50th birthday"), not "… of the Moon landing"; a time adverb before the possessive, "fête ce samedi son 50e
        anniversaire"; only with a publication date), with numbers in digits or words ("vingt-cinq"). With a
        publication date, also: the
        headline's "L'amicale fête ses 50 ans" ("celebrates its 50th anniversary", "holds
        50-year anniversary celebration", not "marks 50th anniversary of the flood"; with no
        verb, "La fête des 40 ans du Club", a body after the years) with the one
        founding year the text states ("fondée en 1967", "la création de l'amicale dès 1962",
        "En 1968, était déclarée … la création du Comité"; "la naissance du Comité", a
        word that is also a person's birth, only before a body the lexicon names, never "la
        naissance de Marie"; a birth participle opening the sentence and said of the body
        it agrees with, "Née en 1944 par la volonté de donateurs, l'association", never
        "Née en 1944 à Lyon, Marie Dupont"),
        what was founded sharing a word with the headline (not a founder's: "Marcel Durand
        fête ses 100 ans" over "qui a fondé en 1950 la boulangerie"), and no preposition
        after the count ("ses 20 ans de mise en circulation", "marks 25 years in the Premier
        League": a tenure); "le 75e anniversaire du
        débarquement" with the event's date to the day or a founding in its sentence or the
        next (its year before the noun too, "the town's 1880 founding"; "… Revivez … celle du 6 juin 1944"; "le 80e anniversaire de ce jour": the
        sentence before; a founding before the ordinal when the noun is the subject's own
        founding's, "créé en 2012, … le cinquième anniversaire de son lancement", "of its
        founding", however near the year), counted to a year the sentence names before the ordinal or beside
        the noun (not a period's ends in brackets or a bare dashed range, "Vichy (juillet 1940-août 1944)";
        a «du … au», "from … to" period is the ceremony's own time; "le 70e anniversaire, en 2013,", "lors du 50e anniversaire de
        l'association, le 12 mai 2018,", "their 25-year anniversary in 2019" date the ceremony), else to the
        publication year; a date at most two years before it is the ceremony's own ("the 75th
        anniversary of D-Day … June 6, 2019", a dateline, "… on Friday, Jan. 24, 2020": the
        year counted to, the founding then read in the next sentence; after "the 150th
        anniversary of the town's founding in 1880 was Feb. 23, 2020" too); "il y aura 75 ans le 6 juin que …", "cela fait
        40 ans que", "voilà 40 ans que", "it has been 40 years since" (the link right after
        the count: "Il y a dix ans, alors que …" is no elapsed time) with the year the
        clause's own words state ("que l'euro a été lancé en 1999"; "que le club, fondé en
        1984,"; not "…, racheté en 1990"), before a closing quotation mark, or when the
        sentence states none, a date to the day, a founding or "en ce jour de 1944" in the
        next; "But that was 63 years ago" ("c'était il y a", "das war vor") opening a sentence
        that states no year, with the one year of the sentence before, closing it ("made its
        debut in 1954."; not "In 2010, X published a book about …": "that" names the event
        the sentence ends on). In Italian and German,
        the headline's "celebra 25 anni di attività", "compie 50 anni", "feiert sein
        50-jähriges Bestehen" with the one founding year the text states ("costituita il 12
        aprile 1994", "der am 3. Februar 1974 gegründet wurde", "der 1960 in Friedrichshafen
        gegründete Zeppelin-Konzern"; a word of the headline in what
        was founded, "des Vereins" under "Verein" too: not "Mario Rossi … nella falegnameria
        fondata nel 1950"); not a person's name as the headline's subject ("Mario Rossi compie
        90 anni", "Hans Meier feiert 80 Jahre": a birthday), nor a German noun after the count
        ("feiert 50 Jahre Konzerte"); and a body sentence's "feiert in diesem Jahr ihr
        145-jähriges Jubiläum", "si celebreranno i 50 anni dell'Avis", "festeggia quest'anno
        il suo 90° anniversario" (not "… di matrimonio") beside the one founding
        year of that sentence ("wurde 1881 gegründet", "fondata il 19 ottobre 1970"; not a
        founder's "che ha fondato", nor a sentence opening on a person's name). Not "50 Jahre nach", "a 50 anni da",
        whose year counted to may be any of the story's. With a publication date, "gli 85 anni
        della fondazione", "les 50 ans de la création", "les 40 ans d'existence du club" with
        the founding's date in the sentence or the next ("Era il 5 agosto del 1933"; the next
        sentence's founding only of what the count is about: "… du club. Créé en 1979, ce
        club", not "… du bar. Le groupe a été fondé en 1990"); a founding before the count is
        the founding ("Créé en 1985, le club fête les 40 ans de …"), another year before it the
        one counted to ("Au début de l'été 2025, … les 40 ans d'existence"), to the day when the day is stated (the exact
        years, or one more while the day is still ahead); "il 60° anniversario" (the degree
        sign typed for "º"), whose date after a participle ("conquistata il 2 maggio 1975") is
        the event's. In Spanish, the ordinal anniversary only ("el XXV Aniversario de
        los Ayuntamientos Democráticos" over "El 3 de abril de 1979 se celebraron …"). A name in capitals is a headline's word ("Le FCL fête ses 50 ans" over
        "Créé en 1971 par …, le FCL"), and so is the name it stands for where the text spells
        it out ("L’ASCR fête ses 45 ans" over "…pour créer une association. Ce sera
        l’Association Sportive Culturelle et Rurale"). A founding is also an opening or a birth
        ("first opened its doors in February 1932", "ouvrait ses portes en 1975", "a vu le
        jour en 1971"; not "opened a clinic", nor a new thing's or a part's opening: "le
        nouveau bâtiment des urgences du CHU", "the hospital's maternity unit"; what opened is
        the head noun of its subject), or a founding act's purpose and a body after a date
        opening its sentence ("Le 16 juin 1971 un groupe de jeunes … se réunissaient pour
        créer une association"; not "En 2010, les bénévoles ont créé une épicerie"): lexicon
        "founded_events", "founding_acts"; in another sentence either counts only for what
        the count is about. The cues are data in each lexicon ("anniversary", "ago"; the bounds in
        numbers/qualifiers.yml, "durations"). Elapsed times and
        anniversaries count from the article's publication year; without one, from the
        latest year the text mentions, or, for a count from its first year, the end of a
        dashed span of years whose sentence celebrates its length now, when later and past
        ("is celebrating 50 years … (1973-2023)": 2023; not a lifetime's or a reign's, nor
        «a fêté», «fêtera», nor on a page of several jubilees), and the finding says so. "plus de"/"moins de" are
        bounds; a year of slack allows for the month. Undated, an elapsed time ("100 years ago in
        1921", "depuis 1999, soit 26 ans") is told in the latest past year the text names or
        later, and no later than the run's day: wrong only when no year between them gives
        the count ("100 years ago in 1921" beside "since 1926" is right; "3 years ago in 1921"
        beside it, or "150 years ago in 1921", is not); one page is written in one year, so
        the years each such statement allows must meet ("10 years ago in 2010" and "3 years
        ago in 2012" do not: the second is reported). The run's day is the upper bound, so an
        undated page's finding may change with the day it is audited. When the month is stated ("il y a 4
        ans, en juin 2014") and the article has a publication date, the time elapsed to that
        day is counted instead (2 years 9 months on 3 March 2017: "2" or "3", not "4").

    Why it matters:
        Date arithmetic is easy to get wrong and easy for readers to check.

    Example:
        Fondée en 1999, il y a trente ans, l'entreprise est toujours dans la famille.
        (published in 2025)

    Use instead:
        Fondée en 1999, il y a vingt-six ans, l'entreprise…

    Configuration:
        --published YYYY-MM-DD sets the reference year.
    """

    code = "NUM003"
    name = "date-arithmetic"
    severity = Severity.ERROR
    scope = (SpanKind.BODY, SpanKind.HEADING)

    def _reference_year(self, ctx: Context) -> tuple[int | None, str]:
        if ctx.facts.published:
            return ctx.facts.published.year, "the publication year"
        years = [m.date.year for m in ctx.facts.dates if not m.year_inferred]
        if not years:
            return None, ""
        return max(years), "the latest year the text mentions (no publication date)"

    @staticmethod
    def _count_to(year: int, ref_year: int | None, ref_why: str,
                  telling: re.Match[str] | None) -> tuple[int | None, str]:
        """The year a statement counting from ``year`` counts to: undated, the end of the
        span the page celebrates now when the statement counts from its first year and it is
        later ("is celebrating 50 years … (1973-2023)" dates "in 1973, 60 years ago": 2023; not
        "opened in 1938, 86 years ago" beside "50 years of Bond (1962-2012)": another's
        years, review N of round 42 R4); else ``ref_year``."""
        if telling is not None and year == int(telling.group(1)) and \
                int(telling.group(2)) > (ref_year or 0):
            return int(telling.group(2)), (f"the end of the celebrated years {telling.group()!r},"
                                           " no publication date")
        return ref_year, ref_why

    @staticmethod
    def _past_year(ctx: Context) -> int | None:
        """Undated, the latest year the text names that is not yet to come (a plan's "avant la
        fin du mandat en 2032" is no year of telling): the telling is in it or later."""
        now = (ctx.settings.today or dt.date.today()).year
        years = [m.date.year for m in ctx.facts.dates if not m.year_inferred and m.date.year <= now]
        return max(years) if years else None

    def _undated_age(self, ctx: Context, m: re.Match[str], language: str, past_year: int | None):
        """An age beside a birth year with no publication date: wrong only when the person was
        already older in the latest past year the text names ("Jean Martin, 42 ans, né en 1951
        … élu en 2014"), a year of slack besides the birthday's; an older age is the telling's
        (an obituary's "79 ans, né en 1938" under a biography's 1965)."""
        result = self._evaluate("age", m, language, past_year)
        if result is None:
            return None
        stated, actual, _, basis = result
        if actual <= 0 or stated >= actual - 2:
            return None
        return self.finding(m.start(), m.end(),
                            f"{ctx.text[m.start():m.end()]!r} states {stated} years but {basis}, "
                            f"counted to {past_year} (the latest past year the text names, no "
                            f"publication date: told then or later) gives at least {actual - 1}",
                            evidence={"stated": stated, "computed": actual - 1,
                                      "reference_year": past_year, "qualifier": "age"})

    def _undated_elapsed(self, ctx: Context, start: int, m: re.Match[str], kind: str,
                         language: str, past_year: int | None):
        """An elapsed time with no publication date ("100 years ago in 1921", "depuis 1999,
        soit 26 ans"): told in the latest past year the text names or later, and no later
        than the run's day; wrong only when no year of telling between them gives the count
        (round 44b en08: "100 years ago in 1921" beside "since 1926" is 2021's, not 1926's)."""
        told = self._evaluate(kind, m, language, 0)  # (stated, minus the year counted from, …)
        if told is None or past_year is None:
            return None
        stated, year, qualifier, basis = told[0], -told[1], told[2], told[3]
        now = (ctx.settings.today or dt.date.today()).year
        low, high = max(past_year - year, 0), now - year
        if high < 0:
            return None
        fits = [year + actual for actual in range(low, high + 1) if _consistent(stated, actual, qualifier, 1)]
        if fits:
            return _Told(start, m.end(), stated, year, qualifier, basis, fits[0], fits[-1])
        if stated < low:
            to, why, gives = past_year, "the latest past year the text names, no publication " \
                "date: told then or later", f"at least {low}"
        else:
            to, why, gives = now, "this year: told no later", f"at most {high}"
        return self.finding(start, m.end(),
                            f"{ctx.text[start:m.end()]!r} states {stated} years but {basis}, "
                            f"counted to {to} ({why}) gives {gives}",
                            evidence={"stated": stated, "computed": to - year, "reference_year": to,
                                      "qualifier": qualifier})

    def check(self, ctx: Context):
        """One finding a fact: a body statement of the count the headline states, from and to
        the same years (round 44b m04: «celebra 25 anni di attività» in the headline and in
        the lede), is said in the headline's finding, not again."""
        findings = list(self._statements(ctx))
        titles = ctx.spans(SpanKind.TITLE)

        def fact(f):
            e = f.evidence
            return e.get("stated"), e.get("computed"), e.get("reference_year")

        headline: dict = {}
        for f in findings:
            if f.evidence.get("stated") and any(t.start <= f.start < t.end for t in titles):
                headline.setdefault(fact(f), f)
        again: dict[int, list] = {}
        for f in findings:
            first = headline.get(fact(f))
            if first is not None and first is not f:
                again.setdefault(id(first), []).append(f)
        for f in findings:
            if headline.get(fact(f)) not in (None, f):
                continue
            repeats = again.get(id(f))
            if repeats:
                said = ", ".join(repr(ctx.text[r.start:r.end]) for r in repeats)
                f = dataclasses.replace(f, message=f"{f.message} (the text says it too: {said})")
            yield f

    def _statements(self, ctx: Context):
        language = ctx.facts.language or "fr"
        patterns = _patterns(language)
        cues = _cues(language)
        text = ctx.facts.folded
        # undated, the span the page celebrates now dates the statements from its first year
        telling = None if ctx.facts.published else telling_span(
            text, language, ctx.spans(SpanKind.TITLE, *self.scope),
            (ctx.settings.today or dt.date.today()).year)
        ref_year, ref_why = self._reference_year(ctx)
        past_year = self._past_year(ctx)
        ordinals = [q for q in ctx.facts.quantities if q.kind == "ordinal"]  # sorted by start
        low = lowered(text)
        if cues is not None:
            # The Roman numerals and year counts before the anniversary noun, in a text that may
            # hold one (_holds_noun): the year count's pattern opens with a look-behind, tried at
            # every position of a page (0.15-0.25 ms), and most pages hold no anniversary.
            extra = (_degree_ordinals(text, cues) if "°" in text else []) + \
                (_roman_ordinals(text, cues) + _year_counts(text, cues)
                 if _holds_noun(text, cues, low) else [])
            if extra:
                ordinals = sorted(ordinals + extra, key=lambda q: q.start)
        # The headline too, for an anniversary whose date the lede states ("…pour le 75e
        # anniversaire de sa libération" over "Le 25 août 1944 les troupes alliées…").
        spans = ctx.spans(SpanKind.TITLE, *self.scope)
        held = _kinds_held(text, spans)
        dates = _Dates(ctx.facts.dates)
        said: set[int] = set()  # the starts of the statements already flagged
        windows: list[_Told] = []  # undated elapsed times: the years each may be told in
        if cues is not None and ctx.facts.published:
            for finding in self._headline(ctx, text, cues, dates, ordinals):
                said.add(finding.start)
                yield finding
        if cues is not None and cues["count_noun"] is not None and \
                (low is None or cues["count_screen"].search(low)):
            for finding in self._count_nouns(ctx, text, cues):
                said.add(finding.start)
                yield finding
        for i in sorted(held):  # the spans holding a word some form needs, in text order
            span = spans[i]
            for kind, pattern in patterns.items():
                # A word each form needs, looked for first: the patterns try every position.
                if kind not in held[i] or (span.kind == SpanKind.TITLE and kind != "anniversary"):
                    continue
                if kind == "celebrated" and not ctx.facts.published:
                    # "a fêté ses 50 ans" needs the day it was written
                    continue
                if kind == "anniversary":
                    for finding in self._anniversaries(ctx, text, spans, i, ordinals, pattern, cues,
                                                       dates, ref_year, ref_why, telling):
                        if finding.start not in said:
                            said.add(finding.start)
                            yield finding
                    continue
                for start, m, rank in self._matches(kind, pattern, text, span, ordinals, low):
                    if kind == "celebrated" and (not _owner_founded(
                            m, text, get_lexicon().anniversary.get(language) or {})
                            or not _its_birthday(m)):
                        continue
                    if kind == "age" and m.group(4) and _party_dated(
                            text, span.start, m, ref_year if ctx.facts.published else past_year):
                        continue  # "En 2005, nous avons fêté les 100 ans de …": that year's age
                    if kind == "age" and _AT_AGE_RX.search(m.group()) and (
                            not ctx.facts.published or _death_year(text, span.start, m) is None
                            or not _at_age_of_death(text, span.start, m)):
                        continue  # "parti à l'âge de 20 ans": an age at another event; undated,
                        # a death's age is bounded by no telling's year from below
                    if kind == "age" and not ctx.facts.published:
                        # An obituary's "79 ans, né en 1938" is not told in the latest year it
                        # names, but not before it: a lower bound of the age (review 28 item 11)
                        finding = self._undated_age(ctx, m, language, past_year)
                        if finding is not None:
                            said.add(finding.start)
                            yield finding
                        continue
                    count_to, count_why = ref_year, ref_why
                    if telling is not None and kind != "span":
                        told = self._evaluate(kind, m, language, 0, rank)  # 0 - the year counted from
                        if told is not None:
                            count_to, count_why = self._count_to(-told[1], ref_year, ref_why, telling)
                    if kind in ("ago", "since") and not ctx.facts.published and count_why == ref_why:
                        # undated: the latest year the text names bounds the telling from below
                        finding = self._undated_elapsed(ctx, start, m, kind, language, past_year)
                        if isinstance(finding, _Told):
                            windows.append(finding)
                        elif finding is not None:
                            said.add(start)
                            yield finding
                        continue
                    at_most = False  # only an age above the one counted is wrong
                    if kind == "age":
                        died = _death_year(text, span.start, m)
                        if died == 0:
                            # A death with no year: the news told (counted to the telling),
                            # else a death of any year before it: no age at death above the
                            # telling's ("né en 1934, décédé à l'âge de 94 ans" in 2018).
                            at_most = not _death_is_news(text, span.start, m, language)
                            count_why = f"{count_why}, the death told then" if not at_most \
                                else f"{count_why}: the death is no later"
                        elif died is not None:
                            count_to, count_why = died, "the year of death"
                    result = self._evaluate(kind, m, language, count_to, rank)
                    if result is None:
                        continue
                    stated, actual, qualifier, basis = result
                    if kind == "age" and died is None and \
                            _told_then(text, span.start, m, stated, count_to - actual):
                        continue
                    if kind != "span" and actual <= 0 and not ctx.facts.published:
                        # Undated, the latest year the text gives is the event's own ("made its
                        # debut in 1954, 53 years ago", round 8): nothing to count to.
                        continue
                    slack = 0 if kind in ("span", "age") else 1
                    dated = _month_dated(m, dates, ctx.facts.published) if kind == "ago" else None
                    if dated is not None:
                        # the month stated: the time elapsed to the publication day, not the
                        # years' difference with a year of slack for the unknown month
                        low_years, high_years, said_as, years, elapsed = dated
                        if _consistent_span(stated, low_years, high_years, qualifier):
                            continue
                        said.add(start)
                        yield self.finding(start, m.end(),
                                           f"{ctx.text[start:m.end()]!r} states {stated} years "
                                           f"but {said_as}",
                                           evidence={"stated": stated, "computed": years,
                                                     "elapsed": elapsed,
                                                     "published": ctx.facts.published.isoformat(),
                                                     "qualifier": qualifier})
                        continue
                    if _consistent(stated, actual, qualifier, slack) or at_most and stated <= actual:
                        continue
                    why = basis if kind == "span" else f"{basis}, counted to {count_to} ({count_why})"
                    said.add(start)
                    yield self.finding(start, m.end(),
                                       f"{ctx.text[start:m.end()]!r} states {stated} years "
                                       f"but {why} gives {actual}",
                                       evidence={"stated": stated, "computed": actual,
                                                 "reference_year": ref_year if kind != "span" else None,
                                                 "qualifier": qualifier})
            if cues is not None and ctx.facts.published and held[i] & {"ago", "since"} and \
                    span.kind != SpanKind.TITLE:
                for finding in self._elapsed(ctx, text, spans, i, cues, dates, language):
                    if finding.start not in said:
                        yield finding
            if cues is not None and ctx.facts.published and span.kind != SpanKind.TITLE:
                if "age" in held[i] and cues["age_now"] is not None:
                    for finding in self._age_now(ctx, text, span, cues, language):
                        if finding.start not in said:
                            said.add(finding.start)
                            yield finding
                if "age" in held[i] and cues["age_told"] is not None:
                    for finding in self._age_told(ctx, text, span, cues, language):
                        if finding.start not in said:
                            said.add(finding.start)
                            yield finding
                if "age" in held[i] and cues["age_apposed"] is not None:
                    for finding in self._age_apposed(ctx, text, span, cues):
                        if finding.start not in said:
                            said.add(finding.start)
                            yield finding
                if language not in _CELEBRATED_LANGUAGES:
                    for finding in self._celebrated_with_founding(ctx, text, span, cues, language):
                        if finding.start not in said:
                            said.add(finding.start)
                            yield finding
                if "of_founding" in held[i]:
                    for finding in self._of_founding(ctx, text, spans, i, cues, dates, language):
                        if finding.start not in said:
                            said.add(finding.start)
                            yield finding
            if ctx.facts.published and "ago" in held[i] and span.kind != SpanKind.TITLE:
                for finding in self._ago_before(ctx, text, spans, i, dates, language, low):
                    if finding.start not in said:
                        said.add(finding.start)
                        yield finding
        yield from self._told_apart(ctx, windows)

    def _told_apart(self, ctx: Context, windows: "list[_Told]"):
        """A page has one year of writing: the undated elapsed times that each fit some year
        between the latest the text names and today must fit one together ("opened 10 years
        ago in 2010 … went up 3 years ago in 2012": 2019-2021 and 2014-2016; review N44). The
        statement that leaves no common year is reported, against the ones before it."""
        lo, hi, before = None, None, []
        for w in sorted(windows, key=lambda w: w.start):
            if lo is not None and (w.last < lo or w.first > hi):
                other = next((b for b in before if w.last < b.first or w.first > b.last), before[-1])
                said, told = _years(other), _years(w)
                yield self.finding(
                    w.start, w.end,
                    f"{ctx.text[w.start:w.end]!r} states {w.stated} years from {w.year}: told in "
                    f"{told}, while {ctx.text[other.start:other.end]!r} earlier is told in {said} "
                    f"(no publication date; one page is written in one year)",
                    evidence={"stated": w.stated, "computed": lo - w.year if w.last < lo else hi - w.year,
                              "reference_year": lo if w.last < lo else hi, "qualifier": w.qualifier,
                              "other": ctx.text[other.start:other.end]})
                continue  # the contradicted statement does not narrow the years further
            lo = w.first if lo is None else max(lo, w.first)
            hi = w.last if hi is None else min(hi, w.last)
            before.append(w)

    def _celebrated_with_founding(self, ctx: Context, text: str, span, cues: dict, language: str):
        """In the languages the "celebrated" form does not read, a body sentence's celebration
        ("feiert in diesem Jahr ihr 145-jähriges Jubiläum", "si celebreranno i 50 anni
        dell'Avis") beside the one founding year its sentence states ("wurde 1881
        gegründet", "fondata il 19 ottobre 1970"), counted to the publication year as the
        headline's is; not a tenure ("feiert 40 Jahre im Amt") or a person's birthday."""
        year = ctx.facts.published.year
        for pattern in (cues["celebrate"], cues["celebrate_when"]):
            for m in pattern.finditer(text, span.start, span.end):
                if cues["of_what"].match(text, m.end(), span.end) and \
                        not cues["existence"].match(text, m.end(), span.end):
                    continue  # "feiert 40 Jahre im Amt": a tenure
                lo, hi = _sentence(text, m.start(), span.start, span.end)
                opening = _PERSON.match(text, lo)
                if opening and _no_stopword(opening.group()):
                    continue  # "Mario Rossi, che ha fondato la ditta nel 1970, festeggia …": his
                # a founder's act ("che ha fondato", cues "active") founds no subject's years
                years = {_founding_year(f) for f in _matches_within(cues["founded"], text, lo, hi)
                         if not cues["active"].search(text, lo, f.start())}
                if len(years) != 1:
                    continue
                event = years.pop()
                stated = to_int(m.group(2), language)
                if stated is None or event >= year - 1:
                    continue
                actual = year - event
                if _consistent(stated, actual, m.group(1), 1):
                    continue
                yield self.finding(m.start(), m.end(),
                                   f"{ctx.text[m.start():m.end()]!r} states {stated} years but "
                                   f"founded in {event}, counted to {year} (the publication "
                                   f"year), gives {actual}",
                                   evidence={"stated": stated, "computed": actual,
                                             "reference_year": year, "qualifier": m.group(1)})

    def _age_told(self, ctx: Context, text: str, span, cues: dict, language: str):
        """"Marcelle, née en 1923, fête ses 102 ans": an age told by a verb right after the
        birth's clause (age_told), counted to the publication year (a year of slack for the
        birthday: "fête ses 100 ans" in January of the year after); a pronoun of the other
        gender ("née en 1923, il fête ses 102 ans") is another person's."""
        year = ctx.facts.published.year
        pairs = {tuple(p.split()) for p in get_lexicon().anniversary[language].get("born_pronoun", ())}
        pronouns = {who for _, who in pairs}
        recent = cues["age_recent"]
        for m in cues["age_told"].finditer(text, span.start, span.end):
            subject = (m.group("subject") or "").lower()
            if subject in pronouns and (m.group("born").lower(), subject) not in pairs:
                continue
            if _death_year(text, span.start, m) is not None:
                continue  # "née en 1898, morte en 1990, a …": no age today
            if _OF_NAME.search(text, max(span.start, m.start() - 80), m.start()):
                continue  # "Il figlio di Giuseppe Bianchi, nato nel 1923, compie …": the name's birth, the son's age
            groups = m.groupdict()  # a language's forms: some may have none
            count = groups.get("celebrated") or groups.get("had") or groups.get("past")
            to, why = year, "the publication year"
            if groups.get("past") is not None:
                told = self._past_celebration(text, span, m, recent, year)
                if told is None:
                    continue  # "il a fêté ses 20 ans dans un stalag": a biography's past
                to, why = told
            found = self._age_against_birth(ctx, m, int(m.group("year")), to_int(count, language), to, why,
                                            ahead=groups.get("celebrated") is not None)
            if found is not None:
                yield found

    @staticmethod
    def _past_celebration(text: str, span, m: re.Match[str], recent: re.Pattern[str], year: int):
        """The year a past celebration of an age right after a birth's clause counts to, and
        why: its own year ("née en 1923, elle a fêté ses 100 ans en 2023"), or the
        publication's when a day of the telling dates it ("a fêté samedi ses 102 ans", "…
        ses 102 ans hier"; not "un samedi", and not with another year in the sentence: "a
        fêté ses 20 ans samedi 3 mai 1941"); None when nothing dates it ("il a fêté ses 20 ans
        dans un stalag": a biography's past)."""
        if m.group("event") is not None:
            return int(m.group("event")), "the year of the celebration"
        said = m.group("recent") or recent.search(m.group("verb_past")) and m.group("verb_past")
        if not said or _SOME_DAY_BEFORE.search(said):
            return None  # nothing dates it, or "un samedi": a biography's past
        if {y.group() for y in _A_YEAR.finditer(_sentence_of(text, span.start, m))} - {m.group("year")}:
            return None  # "a fêté ses 20 ans samedi 3 mai 1941": the sentence's own year
        return year, "the publication year, the celebration told then"

    def _age_apposed(self, ctx: Context, text: str, span, cues: dict):
        """"Maria Rossi, 102 anni, nata nel 1923": an age in apposition right before the birth
        (age_apposed), counted to the publication year (the press's age at the telling, a
        death with no year told too: "Juana Pérez, 95 años, nacida en 1929, falleció ayer"), or
        to the year of a death in the sentence ("…, murió en 2001"); not at a year the sentence
        names besides, or at the time of the facts (_told_then)."""
        for m in cues["age_apposed"].finditer(text, span.start, span.end):
            stated, born = int(m.group("age")), int(m.group("year"))
            died = _death_year(text, span.start, m)
            if died:
                year, why = died, "the year of death"
            else:
                year, why = ctx.facts.published.year, "the publication year"
                if _told_then(text, span.start, m, stated, born):
                    continue
            found = self._age_against_birth(ctx, m, born, stated, year, why)
            if found is not None:
                yield found

    def _age_against_birth(self, ctx: Context, m, born: int, stated: int | None, year: int,
                           why: str = "the publication year", ahead: bool = False):
        """The finding of an age stated at m that a birth year and the year counted to
        (``why``: the publication's) contradict (a year of slack for the birthday; ``ahead``, a
        celebration's present, a year to come too: «compie 101 anni a gennaio» told in
        December), or None. Not an age over _OLDEST, nor one _FAR_BELOW years or more under
        the computed one: years of something else («cumple 25 años como párroco») or of
        another person («Il figlio di Giuseppe Bianchi, nato nel 1923, compie oggi 70 anni»);
        a typo or a wrong year is a few years off (review num46)."""
        if stated is None or born >= year or stated > _OLDEST:
            return None  # "Das Haus …, ist 300 Jahre alt": no one's age
        actual = year - born
        if _consistent(stated, actual, "age", 0) or (ahead and stated == actual + 1):
            return None  # "compie 101 anni a gennaio", told in December: the birthday to come
        if stated <= actual - _FAR_BELOW:
            return None  # "cumple 25 años como párroco", "Il figlio di X, nato nel 1923, compie 70 anni": other years
        return self.finding(m.start(), m.end(),
                            f"{ctx.text[m.start():m.end()]!r} states {stated} years but born in "
                            f"{born}, counted to {year} ({why}), gives {actual}",
                            evidence={"stated": stated, "computed": actual,
                                      "reference_year": year, "qualifier": "age"})

    def _age_now(self, ctx: Context, text: str, span, cues: dict, language: str):
        """"Elle est née le 25 mars 1898 – elle a donc 123 ans": an age today ("donc",
        "aujourd'hui", "now") after a birth date in its sentence, counted to the publication
        year (a year of slack for the birthday); not an age at another time ("il a donc 20
        ans quand …", "… en 1940")."""
        year = ctx.facts.published.year
        pairs = {tuple(p.split()) for p in get_lexicon().anniversary[language].get("born_pronoun", ())}
        for m in cues["age_now"].finditer(text, span.start, span.end):
            if (m.group("born").lower(), m.group("who").split()[0].lower()) not in pairs:
                continue  # "Marie, née en 1950, … il a donc 40 ans": another person's age
            if _death_year(text, span.start, m) is not None:
                continue  # "née … en 1898, morte en 1990 – elle avait donc …": not an age today
            if _DISLOCATED.match(text, m.end()):
                continue  # "Elle a aujourd'hui 40 ans, cette fondation qui …": the pronoun's noun after
            if "." in text[m.end("year"):m.start("who")] and not _BIRTH_SUBJECT.fullmatch(
                    text, max((c.end() for c in _SENTENCE_CUT.finditer(text, span.start, m.start())),
                              default=span.start), m.start()):
                continue  # "Her first son was born in 1968. She is now 81": she may be another
            stated = to_int(m.group(m.re.groupindex["who"] + 1), language)
            found = self._age_against_birth(ctx, m, int(m.group("year")), stated, year)
            if found is not None:
                yield found

    def _of_founding(self, ctx: Context, text: str, spans, i: int, cues: dict, dates: "_Dates",
                     language: str):
        """"Ricorrono oggi gli 85 anni della fondazione di Sabaudia. Era il 5 agosto del 1933":
        a count of years since a founding, with the founding's date to the day, a founding
        participle or "ce jour de" in its sentence after it, a founding participle before it
        ("Créé en 1985, le club fête les 40 ans de …"), or (when the sentence states no year
        after the count) in the next, whose founding counts only when what it founded shares a
        word with what the count is about ("les 10 ans d'existence du bar" over "Le groupe a
        été fondé en 1990": not it); counted to the one later year the sentence names before
        the count, else to the publication year, as for "le 75e anniversaire"."""
        span = spans[i]
        for m in cues["of_founding"].finditer(text, span.start, span.end):
            stated = to_int(m.group(2), language)
            if stated is None:
                continue
            lo, hi = _sentence(text, m.start(), span.start, span.end)
            event, where = self._event_year(text, m.end(), hi, cues, dates), (m.end(), hi)
            # A founding before the count is the founding ("Créé en 1985, le club fête les 40
            # ans de …"); another year there is the one it counts to ("En 2025, les 40 ans …"),
            # and the next sentence may still state the founding.
            before = {_founding_year(f) for f in _matches_within(cues["founded"], text, lo, m.start())}
            if event is None and before:
                if len(before) > 1:
                    continue
                event, where = before.pop(), (lo, m.start())
            if event is None and not dates.within(m.end(), hi):
                after = self._next_sentence(ctx, text, spans, i, hi)
                if after is not None:
                    event, where = self._next_founding(text, after[0], after[1],
                                                       self._counted(text, m, lo, hi), cues, dates), after
            if event is None:
                continue
            later = {d.date.year for d in dates.within(lo, m.start())} - set(range(0, event + 2))
            if len(later) > 1:
                continue
            to, why = (later.pop(), "the year the sentence names") if later else \
                (ctx.facts.published.year, "the publication year")
            if to - event <= _CELEBRATION_NEAR:
                continue  # a date this close to the celebration is its own
            actual, slack = to - event, 1
            day = next((d.date for d in dates.within(*where) if d.date.day and d.date.year == event), None)
            if not later and day is not None and not m.group(1):
                # The day is known and so is the publication's: the years elapsed are exact,
                # or one more when the day is still ahead ("Ricorrono oggi gli 85 anni …
                # Era il 5 agosto del 1933", published 5 August 2019: 86).
                published = ctx.facts.published
                ahead = (published.month, published.day) < (day.month, day.day)
                actual -= ahead
                slack = 0
                if stated == actual + ahead:
                    continue
            if _consistent(stated, actual, m.group(1), slack):
                continue
            yield self.finding(m.start(), m.end(),
                               f"{ctx.text[m.start():m.end()]!r} states {stated} years but {event}, "
                               f"counted to {to} ({why}), gives {actual}",
                               evidence={"stated": stated, "computed": actual,
                                         "reference_year": to, "qualifier": m.group(1)})

    @staticmethod
    def _counted(text: str, m: re.Match[str], lo: int, hi: int) -> set[str]:
        """The content words of what a count of years is about: its complement ("les 10 ans
        d'existence du bar"), up to the phrase's end; with none, the sentence before the count
        ("Le Club de l'Avenir a fêté ses 50 ans d'existence")."""
        stop = _PHRASE_END.search(text, m.end(), hi)
        after = " ".join(text[m.end():stop.start() if stop else hi].split()[:_THING_WORDS])
        return _named_words(after) or _named_words(text[lo:m.start()])

    def _next_founding(self, text: str, lo: int, hi: int, about: set[str], cues: dict,
                       dates: "_Dates") -> int | None:
        """The event year the next sentence [lo, hi) states for a count about ``about``: a
        founding there only of what the count is about ("…les 40 ans d'existence du club. Créé
        en 1979, ce club…"; not "…du bar. Le groupe a été fondé en 1990"); with no founding, a
        date to the day or "en ce jour de" (as _event_year)."""
        founded = _matches_within(cues["founded"], text, lo, hi)
        if not founded:
            return self._event_year(text, lo, hi, cues, dates)
        years = {_founding_year(f) for f in founded
                 if _share_a_word(about, _named_words(self._founded_thing(text, f, lo, hi, cues)))}
        return years.pop() if len(years) == 1 else None

    def _next_sentence(self, ctx: Context, text: str, spans, i: int, end: int) -> tuple[int, int] | None:
        """The sentence after the one ending at ``end`` in span ``i``: in the same span, or the
        first of the next body span (a heading between is skipped)."""
        span = spans[i]
        rest = end
        while rest < span.end and text[rest].isspace():
            rest += 1
        if rest < span.end:
            return _sentence(text, rest, span.start, span.end)
        for j in range(i + 1, min(i + 3, len(spans))):
            if spans[j].kind == SpanKind.BODY:
                return _sentence(text, spans[j].start, spans[j].start, spans[j].end)
        return None

    def _previous_sentence(self, ctx: Context, text: str, spans, i: int, start: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``start`` in span ``i``: in the same span,
        or the last of the body span before (a heading between is skipped)."""
        span = spans[i]
        back = start
        while back > span.start and text[back - 1].isspace():
            back -= 1
        if back > span.start:
            return _sentence(text, back - 1, span.start, span.end)
        for j in range(i - 1, max(i - 3, -1), -1):
            if spans[j].kind == SpanKind.BODY and spans[j].end > spans[j].start:
                return _sentence(text, spans[j].end - 1, spans[j].start, spans[j].end)
        return None

    def _event_year(self, text: str, lo: int, hi: int, cues: dict, dates: "_Dates",
                    skip=None, about: set[str] | None = None, own=frozenset()) -> int | None:
        """The year of a dated event or a founding in [lo, hi): a date to the day ("6 juin
        1944", "June 6, 1944"), "fondée en 1967", "en ce jour de 1944"; one year, or None.
        ``skip``: a date that is not the event's (the celebration's own). ``about``: the words
        of what is counted, when [lo, hi) is another sentence: an opening there ("opened its
        doors") counts only when what opened shares one of them. ``own``: the ids of the
        celebration's own dates."""
        years = {m.date.year for m in dates.within(lo, hi)
                 if m.date.day and m is not skip and id(m) not in own}
        years |= {_founding_year(m) for m in _matches_within(cues["founded"], text, lo, hi)
                  if about is None or not _weak_founding(m, cues)
                  or _share_a_word(about, _named_words(self._founded_thing(text, m, lo, hi, cues)))}
        years |= {int(m.group(1)) for m in _matches_within(cues["that_day"], text, lo, hi)}
        return years.pop() if len(years) == 1 else None

    def _anniversaries(self, ctx: Context, text: str, spans, i: int, ordinals: list,
                       pattern: re.Pattern[str], cues: dict | None, dates: "_Dates",
                       ref_year: int | None, ref_why: str, telling: re.Match[str] | None = None):
        """"le 70e anniversaire de la victoire de 1945" (a year after the noun, as before); and,
        with the language's cues, "le 75e anniversaire du débarquement … le 6 juin 1944" (a
        date to the day, or a founding, in the sentence) or "…pour le 70e anniversaire du
        Débarquement. Revivez … celle du 6 juin 1944" (in the next sentence, when the sentence
        states no year; the sentence before for "le 80e anniversaire de ce jour"). The count
        goes to a later year the sentence names before the ordinal ("A l'aube du 6 juin 2014,
        … le 70e anniversaire") or beside the noun ("le 70e anniversaire, en 2013,"), else to
        the reference year (the publication year for the new forms). A date at most two years
        before the year counted to is the celebration's own."""
        span = spans[i]
        k = bisect.bisect_left(ordinals, span.start, key=lambda q: q.start)
        while k < len(ordinals) and ordinals[k].end <= span.end:
            q, k = ordinals[k], k + 1
            lo, hi = _sentence(text, q.start, span.start, span.end)
            m = pattern.match(text, q.end, span.end)
            noun = cues["noun"].match(text, q.end, span.end) if cues is not None else None
            named = set()  # the celebration's year, when the sentence names it
            if m and noun and _APPOSITION.fullmatch(text, noun.end(), m.start(1)):
                named.add(int(m.group(1)))  # "Pour le 70e anniversaire, en 2013, …"
                m = None
            event = end = None
            founded = False  # the event is a founding year the sentence states before the ordinal
            if m:
                event, end, needs_date = int(m.group(1)), m.end(), False
                # a date to the day after it near the publication is the celebration's own:
                # "the 150th anniversary of the town's founding in 1880 was Feb. 23, 2020"
                # (round 31b r09) counts to 2020, not to the publication's 2021
                named |= {d.date.year for d in dates.within(m.end(), hi)
                          if _celebration_date(d, ctx.facts.published)}
            elif noun is not None:
                apposed = _apposed_date(text, noun.end(), hi, dates, int(q.value),
                                        ctx.facts.published.year if ctx.facts.published else ref_year)
                if apposed is not None:  # "Lors du 50e anniversaire de l'association, le 12 mai 2018,"
                    named.add(apposed.date.year)
                # A date of the sentence near the publication is the celebration's own, wherever
                # it stands ("… of Unit 21 on Friday, Jan. 24, 2020", a dateline "CONCORD, Jan.
                # 29, 2020 —"): the year counted to, never the event's, and no reason to leave
                # the next sentence's founding unread.
                own = {id(d) for d in dates.within(lo, hi) if _celebration_date(d, ctx.facts.published)}
                named |= {d.date.year for d in dates.within(lo, hi) if id(d) in own}
                event = self._event_year(text, noun.end(), hi, cues, dates, skip=apposed, own=own)
                end, needs_date = noun.end(), True
                if event is None and cues["own_founding"].match(text, noun.end(), hi):
                    # "Le Club, créé en 2012, …, célèbre le cinquième anniversaire de son
                    # lancement" (round 14a): the founding before the ordinal is the event's,
                    # never the celebration's, however near.
                    years = {_founding_year(f) for f in cues["founded"].finditer(text, lo, q.start)}
                    if len(years) == 1:
                        event, founded = years.pop(), True
                if event is None and all(id(d) in own for d in dates.within(lo, hi)):
                    # "…le 80e anniversaire de ce jour historique": the sentence before dates it
                    other = self._previous_sentence(ctx, text, spans, i, lo) if \
                        cues["anaphora"].match(text, noun.end(), hi) else \
                        self._next_sentence(ctx, text, spans, i, hi)
                    if other is not None:
                        # an opening there only of what the anniversary is of ("The new wing
                        # opened its doors in 2015" is not the hospital's founding)
                        about = self._counted(text, noun, lo, hi) | _named_words(text[lo:q.start])
                        event = self._event_year(text, other[0], other[1], cues, dates, about=about)
            if event is None:
                continue
            # before the ordinal ("A l'aube du 6 juin 2014, … le 70e anniversaire") or in
            # apposition after the noun; a year further on may be another event's
            # (not a period's ends: "Vichy (juillet 1940-août 1944) …, le 90e anniversaire de
            # l'armistice du 11 novembre 1918", round 40a r7)
            named |= {d.date.year for d in _points(text, dates.within(lo, q.start))}
            later = {year for year in named if year > event + 1}
            if len(later) > 1:
                continue  # which of them the celebration is, the sentence does not say
            if later:
                to, why = later.pop(), "the year the sentence names"
            elif needs_date and not ctx.facts.published:
                continue
            elif self._count_to(event, ref_year, ref_why, telling)[0] is None:
                continue
            else:
                to, why = self._count_to(event, ref_year, ref_why, telling)
            if to - event <= _CELEBRATION_NEAR and not founded:
                continue  # a date this close to the celebration is its own, not the event's
            stated, actual = int(q.value), to - event
            if _consistent(stated, actual, None, 1):
                continue
            yield self.finding(q.start, end,
                               f"{ctx.text[q.start:end]!r} states {stated} years but {event}, "
                               f"counted to {to} ({why}), gives {actual}",
                               evidence={"stated": stated, "computed": actual,
                                         "reference_year": to, "qualifier": None})

    def _elapsed(self, ctx: Context, text: str, spans, i: int, cues: dict, dates: "_Dates",
                 language: str):
        """"il y aura 75 ans le 6 juin que … 1944", "cela fait 40 ans que le club, fondé en
        1984, …", "it has been 40 years since … in 1984": the first year after "que"/"since"
        in the sentence, before a closing quotation mark (a quotation's own time may follow);
        or, when the sentence states none, a dated event or a founding in the next sentence
        ("… À l'aube, en ce jour de 1944, …"). Counted to the publication year."""
        span = spans[i]
        year = ctx.facts.published.year
        for m in cues["elapsed"].finditer(text, span.start, span.end):
            lo, hi = _sentence(text, m.start(), span.start, span.end)
            quote = _QUOTE_CLOSE.search(text, m.end(), hi)
            clause_end = quote.start() if quote else hi
            stated = to_int(m.group(2), language)
            if stated is None:
                continue
            event = self._clause_year(text, m.end(), clause_end, cues, dates)
            if event is None and not dates.within(lo, hi):
                after = self._next_sentence(ctx, text, spans, i, hi)
                if after is not None:
                    event = self._event_year(text, after[0], after[1], cues, dates)
            found = self._elapsed_finding(ctx, m, stated, event, year)
            if found is not None:
                yield found

    def _ago_before(self, ctx: Context, text: str, spans, i: int, dates: "_Dates", language: str,
                    low: str | None = None):
        """"…made its debut in 1954. But that was 63 years ago": an elapsed time opening its
        sentence with "that was" (lexicon "ago", "anaphora"), in a sentence that states no year,
        counted from the year closing the sentence before (its last few words: "that" names
        that event), to the publication year. ``low``: lowered(text), for the screens."""
        span = spans[i]
        year = ctx.facts.published.year
        for (form_language, pattern), screen in zip(_ago_anaphoric(), _ago_screens()):
            if low is not None and screen is not None and screen.search(low, span.start, span.end) is None:
                continue
            for m in pattern.finditer(text, span.start, span.end):
                lo, hi = _sentence(text, m.start(), span.start, span.end)
                if len(_CONTENT_OR_SHORT.findall(text, lo, m.start())) > _LEADING_WORDS or \
                        _A_YEAR.search(text, lo, hi):
                    continue
                before = self._previous_sentence(ctx, text, spans, i, lo)
                if before is None:
                    continue
                # "that" names the event that closes the sentence before ("made its debut in
                # 1954."), not a year earlier in it ("In 2010, X published a book about the
                # bridge's opening."): a year at most _CLOSING_WORDS words from its end
                mentions = list(dates.within(before[0], before[1]))
                if not mentions or len(_CONTENT_OR_SHORT.findall(
                        text, mentions[-1].end, before[1])) > _CLOSING_WORDS:
                    continue
                years = {d.date.year for d in mentions}
                if len(years) != 1:
                    continue  # which of them "that" is, the text does not say
                stated = to_int(m.group(2), form_language)
                if stated is None:
                    continue
                found = self._elapsed_finding(ctx, m, stated, years.pop(), year,
                                              ", the year the sentence before states")
                if found is not None:
                    yield found

    def _elapsed_finding(self, ctx: Context, m: re.Match[str], stated: int, event: int | None,
                         year: int, whose: str = ""):
        """The finding for an elapsed time ``m`` (its qualifier in group 1) stating ``stated``
        years from ``event`` to the publication ``year``, or None when they agree."""
        if event is None or event >= year - 1:
            return None
        actual = year - event
        if _consistent(stated, actual, m.group(1), 1):
            return None
        return self.finding(m.start(), m.end(),
                            f"{ctx.text[m.start():m.end()]!r} states {stated} years but {event}"
                            f"{whose}, counted to {year} (the publication year), gives {actual}",
                            evidence={"stated": stated, "computed": actual,
                                      "reference_year": year, "qualifier": m.group(1)})

    def _clause_year(self, text: str, lo: int, hi: int, cues: dict, dates: "_Dates") -> int | None:
        """The year the clause after "que"/"since" (from ``lo``) is dated by: a date or a year
        in its own words, before punctuation or a word that opens another clause ("que l'euro
        a été lancé en 1999"), or a founding in apposition to its subject ("que le club,
        fondé en 1984, …"). One year, or None: a year further on dates something else ("que
        la famille exploite ce domaine, racheté en 1990", "que je vis ici et …, même en 2003")."""
        stop = cues["clause_stop"].search(text, lo, hi)
        own = stop.start() if stop else hi
        years = {d.date.year for d in dates.within(lo, own)}
        if not years and stop and text[stop.start()] == "," and \
                len(_CONTENT_OR_SHORT.findall(text, lo, own)) <= _SUBJECT_WORDS:
            after = stop.end()
            while after < hi and text[after].isspace():
                after += 1
            founded = cues["founded"].match(text, after, hi)
            if founded and founded.group("thing") is None and founded.group("year_first") is None \
                    and founded.group("year_act") is None and founded.group("year_born") is None:
                years.add(_founding_year(founded))
        return years.pop() if len(years) == 1 else None

    def _founded_thing(self, text: str, f: re.Match[str], lo: int, hi: int, cues: dict) -> str:
        """The words naming what a founding ``f`` in the sentence [lo, hi) founded: "la création
        de l'Amicale laïque dès 1962" -> "l'Amicale laïque"; with an auxiliary before ("qui a
        fondé en 1950 la boulangerie du village,"), the clause after the year; else ("Le
        comité, créé en 1922, …", "Créé en 1971 par Claude Trébaul, le FCL …") the sentence
        without the participle's phrase, whose agent founded it."""
        if f.group("thing") is not None:
            return f.group("thing")
        if f.group("thing_after") is not None:
            return f.group("thing_after")
        if f.group("act_thing") is not None:
            return f.group("act_thing")
        if f.group("born_thing") is not None:
            return f.group("born_thing")
        if cues["founded_event"].match(text, f.start()):
            return _opened(text, f, lo, cues)
        stop = _PHRASE_END.search(text, f.end(), hi)
        if cues["active"].search(text[max(lo, f.start() - 24):f.start()]):
            return text[f.end():stop.start() if stop else hi]
        before = text[lo:f.start()]
        if not _named_words(before):  # "Créé en 1971 par X, le FCL …": the main clause's
            # (but "Le bar a été fondé": short words that are no small words name it)
            return text[stop.end() if stop else hi:hi]
        if before.rstrip().endswith(","):  # "Le comité, créé en 1922, …": the noun apposed to
            return before
        # Right after a noun phrase: "… ha lavorato nella falegnameria fondata nel 1950" (not
        # the sentence's subject, who works there: review of round 9), "le club a été fondé",
        # "der 1960 gegründeten Schreinerei" (German: the noun after the participle too).
        near = " ".join(before.split()[-_THING_WORDS:])
        return near + " " + (text[f.end():stop.start() if stop else hi] if f.group("year_after") else "")

    def _headline(self, ctx: Context, text: str, cues: dict, dates: "_Dates", ordinals: list):
        """The headline's "L'amicale fête ses 50 ans" (or "celebrates its 50th anniversary")
        with the founding year the text states ("fondée en 1967"): one year only, what was
        founded sharing a word with the headline (another body's founding is not it, nor a
        founder's: "Marcel Durand fête ses 100 ans" over "Marcel Durand, qui a fondé en 1950
        la boulangerie"). Not a count followed by a preposition: "ses 20 ans de mise en
        circulation", "marks 25 years in the Premier League" (a tenure). Counted to the
        publication year."""
        titles = ctx.spans(SpanKind.TITLE)
        if not titles:
            return
        title = titles[0]
        stated = start = end = None
        m = cues["celebrate"].search(text, title.start, title.end)
        if m and cues["of_what"].match(text, m.end(), title.end):
            return  # "L'euro célèbre ses 20 ans de mise en circulation": not since a founding
        if m and not cues["existence"].match(text, m.end(), title.end) and \
                _PERSON.fullmatch(text[title.start:m.start()].strip()) and \
                _no_stopword(text[title.start:m.start()]):
            return  # "Mario Rossi compie 90 anni", "Hans Meier feiert 80 Jahre": a birthday
        if m is None:  # "La fête des 40 ans du Club": no verb, the body after the years
            m = cues["celebration"].search(text, title.start, title.end) or \
                cues["kicker"].match(text, title.start, title.end)
        if m:
            stated = to_int(m.group(2), ctx.facts.language or "fr")
            start, end, qualifier = m.start(), m.end(), m.group(1)
        else:
            # the extractor's ordinals and those read before the noun only: "holds 50-year
            # anniversary celebration" (a year count, round 17a), "XXV Aniversario"
            for q in ordinals:
                if title.start <= q.start < title.end:
                    noun = cues["noun"].match(text, q.end, title.end)
                    if noun and _OF_AFTER.match(text, noun.end(), title.end) and \
                            not cues["own_founding"].match(text, noun.end(), title.end):
                        continue  # "marks 50th anniversary of the flood": another event's
                    if noun:
                        stated, start, end, qualifier = int(q.value), q.start, noun.end(), None
                        break
        if stated is None:
            return
        words = _content_words(text[title.start:start]) or _content_words(text[end:title.end])
        words |= _spelled_out(text, words)  # "L’ASCR" and "l’Association Sportive … et Rurale"
        founded: dict[int, list[set[str]]] = {}
        for f in cues["founded"].finditer(text):
            span = ctx.span_at(f.start())
            if span is not None and span.kind == SpanKind.BODY:
                lo, hi = _sentence(text, f.start(), span.start, span.end)
                founded.setdefault(_founding_year(f), []).append(
                    _content_words(self._founded_thing(text, f, lo, hi, cues)))
        if len(founded) != 1:
            return
        (event, sentences), = founded.items()
        if not any(_share_a_word(words, sentence) for sentence in sentences):
            return
        year = ctx.facts.published.year
        actual = year - event
        if event >= year - 1 or _consistent(stated, actual, qualifier, 1):
            return
        yield self.finding(start, end,
                           f"the headline's {ctx.text[start:end]!r} states {stated} years but "
                           f"founded in {event}, counted to {year} (the publication year), "
                           f"gives {actual}",
                           evidence={"stated": stated, "computed": actual,
                                     "reference_year": year, "qualifier": qualifier})

    @staticmethod
    def _foundings(ctx: Context, text: str, cues: dict) -> list:
        """The body's founding statements, each with its sentence's bounds."""
        foundings = []
        for f in cues["founded"].finditer(text):
            span = ctx.span_at(f.start())
            if span is not None and span.kind == SpanKind.BODY:
                lo, hi = _sentence(text, f.start(), span.start, span.end)
                foundings.append((f, lo, hi))
        return foundings

    def _count_nouns(self, ctx: Context, text: str, cues: dict):
        """A celebration whose noun holds the count ("will celebrate its centennial", "son
        centenaire") or a subject turning it ("St. Patrick School is turning 100."), in the
        headline or the body, beside the founding year of the same subject: in its sentence
        ("The school, which opened in 1931, will kick off its centennial celebration"), or the
        text's one founding year whose sentence shares a word with it ("CCS first opened its
        doors in 1924 as … Pease Christian School" under "Community Christian School will
        celebrate its centennial"). Counted to the year said right after the count, else the
        publication's; with neither, when the celebration is is unknown: silent."""
        foundings = None  # read at the first count: the founding scan tries every position
        things = None
        for span in ctx.spans(SpanKind.TITLE, SpanKind.BODY):
            for m in cues["count_noun"].finditer(text, span.start, span.end):
                if foundings is None:
                    foundings = self._foundings(ctx, text, cues)
                    years = {_founding_year(f) for f, _, _ in foundings}
                if m.group("noun") is not None:
                    if _OF_AFTER.match(text, m.end(), span.end) and \
                            not cues["own_founding"].match(text, m.end(), span.end):
                        continue  # "its centenary of the Armistice": another event's
                    stated = cues["count_values"].get(m.group("noun").lower())
                else:
                    stated = int(m.group("number"))
                if not stated:
                    continue
                lo, hi = (span.start, span.end) if span.kind == SpanKind.TITLE else \
                    _sentence(text, m.start(), span.start, span.end)
                if cues["count_planning"].search(text, max(lo, m.start() - 80), m.start()) and \
                        not (cues["count_now"] and cues["count_now"].match(text, m.end(), hi)):
                    continue  # "prépare son centenaire": when it falls is not said ("ce week-end" says now)
                said = cues["count_year"].match(text, m.end(), hi)
                if said is not None and not any(f.start() <= said.start(1) < f.end() for f, _, _ in foundings):
                    year, why = int(said.group(1)), "the year said with it"
                elif ctx.facts.published and cues["count_next_year"].match(text, m.end(), hi):
                    year, why = ctx.facts.published.year + 1, "the year after the publication's"
                elif ctx.facts.published:
                    year, why = ctx.facts.published.year, "the publication year"
                else:
                    continue
                # in its sentence, before it, a participle too: "The school, which opened in 1931,"
                own = [f for f, flo, _ in foundings if flo == lo and f.start() < m.start()] or \
                    list(_FOUNDED_PARTICIPLE.finditer(text, lo, m.start()))
                if own:
                    if not _founding_of_subject(text, own[-1], lo, m.start(), cues):
                        continue  # a person's centenary beside the home's opening year
                    event = int(re.search(r"\d{4}", own[-1].group()[-4:]).group()) \
                        if own[-1].re is _FOUNDED_PARTICIPLE else _founding_year(own[-1])
                elif len(years) == 1:
                    words = _content_words(text[lo:m.start()])
                    words |= _spelled_out(text, words)
                    # an acronym either side spelled out: "CCS" founded, "Community Christian
                    # School" celebrates (each founding's words read once a text)
                    if things is None:
                        things = [(thing := _content_words(self._founded_thing(text, f, flo, fhi, cues)))
                                  | _spelled_out(text, thing) for f, flo, fhi in foundings]
                    if not any(_share_a_word(words, thing) for thing in things):
                        continue  # another body's founding
                    event, = years
                else:
                    continue  # which founding is this subject's is not said
                actual = year - event
                if event >= year - 1 or _consistent(stated, actual, None, 1):
                    continue
                yield self.finding(m.start(), m.end(),
                                   f"{ctx.text[m.start():m.end()]!r} states {stated} years but founded "
                                   f"in {event}, counted to {year} ({why}), gives {actual}",
                                   evidence={"stated": stated, "computed": actual,
                                             "reference_year": year, "qualifier": None})

    @staticmethod
    def _matches(kind: str, pattern: re.Pattern[str], text: str, span, ordinals: list,
                 low: str | None = None):
        """(start, match, rank) of each statement of this kind in the span. An anniversary
        follows an ordinal (its rank) the extractor read in digits, words or Roman numerals.
        The others are looked for in ``low``, the text lowercased (lexicon.lowered), when the
        check has it: re skips there to where they may open (lexicon.lowered_matches)."""
        if kind == "ago":
            yield from ((m.start(), m, None) for m in _ago_matches(pattern, text, span))
            return
        if kind != "anniversary":
            yield from ((m.start(), m, None)
                        for m in lowered_matches(pattern, text, low, span.start, span.end))
            return
        i = bisect.bisect_left(ordinals, span.start, key=lambda q: q.start)
        while i < len(ordinals) and ordinals[i].end <= span.end:
            q, i = ordinals[i], i + 1
            m = pattern.match(text, q.end, span.end)
            if m:
                yield q.start, m, int(q.value)

    def _evaluate(self, kind: str, m: re.Match[str], language: str, ref_year: int | None,
                  rank: int | None = None):
        g = m.groups()
        if kind == "span":
            start, end, qualifier, n = int(g[0]), int(g[1]), g[2], to_int(g[3], language)
            return (n, end - start, qualifier, f"{start} to {end}") if n is not None else None
        if ref_year is None:
            return None
        if kind == "ago":
            year, qualifier, n = _ago_groups(m)
            n = to_int(n, language)
            return (n, ref_year - int(year), qualifier, f"{year}") if n is not None else None
        if kind == "since":
            year, qualifier, n = (g[0], g[1], g[2]) if g[0] else (g[5], g[3], g[4])
            n = to_int(n, language)
            return (n, ref_year - int(year), qualifier, f"since {year}") if n is not None else None
        if kind == "age":
            # Groups: four age forms then the year (age first), or the year then three forms,
            # or two forms right before the birth then its year.
            ages = [x for x in (g[:4] if g[4] else g[6:9] if g[5] else g[9:11]) if x]
            year = g[4] or g[5] or g[11]
            n = to_int(ages[0], language) if ages else None
            return (n, ref_year - int(year), "age", f"born in {year}") if n is not None else None
        if kind == "celebrated":
            # Groups: bound, number, year (celebration first), or year, bound, number.
            qualifier, n, year = (g[0], g[1], g[2]) if g[2] else (g[4], g[5], g[3])
            n = to_int(n, language)
            return (n, ref_year - int(year), qualifier, f"founded in {year}") if n is not None else None
        return rank, ref_year - int(g[0]), None, g[0]
