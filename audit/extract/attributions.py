"""Who the body says its information comes from: named ("selon le Washington Post", "a
rapporté CNN") or vague ("selon des informations", "des informations ont émergé")."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import sys
from operator import attrgetter

from audit import rx
from audit.lexicon import (UNREAD, WordScan, _load_raw, caseless, get_lexicon, get_publishers, lowered_given,
                           lowered_matches, normalise_publisher, scan_ranges, words_regex)
from audit.model import Attribution

# A name may stand in guillemets, as the French press prints outlets' names ("les révélations
# du « Figaro »"), when they close on its capitalised words: not a quotation ("affirme « Nous
# allons… »").
_NAME = rx.compile(
    r"\s+(?:[«“]\s*(?=(?:[Ll][ea]\s+|[Ll]'|[Tt]he\s+)?[\p{Lu}][\w'&.-]*"
    r"(?:\s+(?:[\p{Lu}][\w'&.-]*|de|du|des|of|and|&)){0,4}\s*[»”]))?(?:(?:le|la|les|l'|the)\s*)?"
    r"((?:[\p{Lu}][\w'&.-]*)(?:\s+(?:[\p{Lu}][\w'&.-]*|of|de|du|des|for|on|and|&)(?=\s+[\p{Lu}]|\s*$|[\s,.;:)]))*)"
)
_TRAILING = rx.compile(r"(?:\s+(?:of|de|du|des|for|on|and|&))+$")
_SENTENCE_BREAK = rx.compile(r"(?<!\b[A-Z])\.\s")
_ARTICLE = rx.compile(r"\s+(?:le|la|les|l'|the)\s*", re.IGNORECASE)


def normalise_name(name: str) -> str:
    """A publisher's name for matching: its canonical name when known ("l'AFP" and "Agence
    France-Presse" are one), else without articles, case or punctuation."""
    publishers = get_publishers()
    norm = normalise_publisher(name)
    return normalise_publisher(publishers.canonical.get(norm, norm))


_ROLE_AFTER_CUE = rx.compile(r"(?:\s+[\w'-]+){1,4}")  # the words after "according to"
_TOKEN = rx.compile(r"[\w'’.-]+")
_INCISE = rx.compile(r"\w+-t-(?:il|elle|on)\b|\b\w+-(?:il|elle|ils|elles)\b", re.IGNORECASE)


def _speaker(words: list[str], lex, before: bool, complements: bool = False) -> str | None:
    """A named or identifiable speaker among a few words beside a speech verb (``words``
    nearest first). "des responsables" is no one in particular. ``complements``: a role after
    a preposition is its subject's complement, not the subject ("un ministre … proche du
    président nous a confirmé", round 13a: the minister speaks)."""
    for n, word in enumerate(words):
        bare = word.strip(".,;:'’")
        # The owner of the subject, a name after "d'": "la filiale sahélienne d'AQMI affirme"
        # (round 10a); not a role ("droit d'auteur"), nor "à l'AFP" (a recipient).
        owner = _OWNER.match(bare)
        if owner and owner.group(1)[:1].isupper() and owner.group(1).lower() not in lex.all_stopwords:
            return owner.group(1)
        if not bare:
            continue
        if bare[0].isupper() and bare.lower() not in lex.all_stopwords:
            return bare
        if lex.speaker.fullmatch(bare):
            det = words[n + 1] if before and n + 1 < len(words) else words[n - 1] if not before and n else ""
            if det.lower() in lex.indefinites:
                return None
            if complements and before and det.lower() in lex.prepositions:
                continue
            return bare
    return None


def _indefinite_subject(words: list[str], lex) -> bool:
    """Is the subject before a speech verb (``words`` nearest first) a role with an
    indefinite determiner ("des experts", "un responsable"): someone, no one in particular?"""
    for n, word in enumerate(words[:4]):
        bare = word.strip(".,;:'’")
        if bare and bare[0].isupper() and bare.lower() not in lex.all_stopwords:
            return False
        if lex.speaker.fullmatch(bare):
            return n + 1 < len(words) and words[n + 1].lower() in lex.indefinites
    return False


_OWNER = rx.compile(r"[dD]['’](.+)")
_OPENING_PHRASE = rx.compile(r"\s*([\w'’]+)(?:\s+[\w'’-]+){0,4}\s*,")  # "Dans son allocution,"


class _Breaks:
    """Where the sentences and lines of text[start:end] break (". ", "\\n"), found once and
    bisected: ``rfind`` from each coordinated verb back to its sentence's start was quadratic
    on a long paragraph without ". " (review item 16)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.dots = _positions(text, ". ", start, end)
        self.lines = _positions(text, "\n", start, end)

    def last(self, at: int) -> tuple[int, int]:
        """text.rfind(". ", start, at), text.rfind("\\n", start, at)."""
        i = bisect.bisect_right(self.dots, at - 2) - 1
        j = bisect.bisect_left(self.lines, at) - 1
        return (self.dots[i] if i >= 0 else -1), (self.lines[j] if j >= 0 else -1)


def _positions(text: str, what: str, start: int, end: int) -> list[int]:
    out, at = [], text.find(what, start, end)
    while at >= 0:
        out.append(at)
        at = text.find(what, at + 1, end)
    return out


def _sentence_subject(text: str, start: int, at: int, lex, breaks: _Breaks) -> str | None:
    """The subject a verb coordinated by "et" (``at``) shares with its sentence's first verb:
    "Alain Merly s'est associé à la satisfaction du maire … et a souligné l'importance"
    (round 9, fr15), "Dans son allocution, l'actuel président, Laurent Kerebel, a salué … et a
    redit" (fr07): the sentence's opening words, after a phrase that opens on a preposition."""
    dot, line = breaks.last(at)
    opening = max(dot + 2, line + 1, start)
    phrase = _OPENING_PHRASE.match(text, opening, at)
    if phrase and phrase.group(1).lower() in lex.prepositions:
        opening = phrase.end()
    words = _TOKEN.findall(text[opening:min(at, opening + 80)])[:4]
    return _speaker(words, lex, False)


def _antecedent(text: str, start: int, at: int, lex, breaks: _Breaks) -> str | None:
    """What "Cette dernière a indiqué" points back to: the speaker nearest the end of the
    sentence before (``at``: the verb): "confirmée par la police. Cette dernière a indiqué que
    deux personnes sont placées en garde à vue" (round 9, fr19): the police said it."""
    opening = max(breaks.last(at))
    if opening < start:
        return None
    previous = text[max(start, opening - 80):opening]
    words = list(reversed(_TOKEN.findall(_CLAUSE_BREAK.split(previous)[-1])))[:4]
    who = _speaker(words, lex, True)
    return who if who and who.lower() not in lex.pronouns else None


def _self_before(words: list[str], lex) -> bool:
    """Is the subject before a speech verb (``words`` nearest first) the author's own
    pronoun, before any name or role: "je l'ai récemment écrit", "j'ai écrit", "as I wrote"?"""
    for word in words[:4]:
        low = word.lower().replace("’", "'")
        if any(low == p or (p.endswith("'") and low.startswith(p)) for p in lex.self_pronouns):
            return True
        bare = word.strip(".,;:'’")
        if bare and ((bare[0].isupper() and bare.lower() not in lex.all_stopwords)
                     or lex.speaker.fullmatch(bare)):
            return False
    return False


# An aside between an inverted speech verb and its subject: ", avec beaucoup d'enthousiasme et de
# fierté," (round 9, fr07).
_ASIDE = rx.compile(r"\s*,[^,.;:!?«»“”\"\n]{1,60},")
_QUOTE_CLOSED = rx.compile(r"[”»\"]\s*,?\s*$")  # a quotation closes right before the verb
_QUOTE_COMMA = rx.compile(r",\s*")  # a vague source after a quotation: "…», a tempéré une source"
# An apostrophe glued to the verb is an elision ("Moi, j'estime"), not a closing quote.
_SPEAKER_FOLLOWS = rx.compile(r"[”»\",]\s*$|['’]\s+$|(?<!\w)['’]$|\bcomme\s+l'?\s*$|\bas\s*$", re.IGNORECASE)


def _speech(text: str, start: int, end: int, lex, low: str | None) -> list[Attribution]:
    """"Scott told CBS", "said Superintendent Robert Runcie", "officials said", "a-t-il
    déclaré": a speech verb with an identifiable speaker beside it. ``low``: the text
    lowercased (lexicon.lowered), searched by the faster pattern."""
    found = []
    breaks = None  # read once, when a verb needs its sentence's start
    verbs = lex.speech_verb.finditer(text, start, end) if low is None else \
        lex.speech_verb_lowered.finditer(low, start, end)
    for m in verbs:  # not "selon X": a cue, read by find_attributions (lexicon.CUE_WORDS)
        before = _TOKEN.findall(text[max(start, m.start() - 60):m.start()].split(".")[-1])[-4:]
        after = _TOKEN.findall(text[m.end():min(end, m.end() + 60)].split(".")[0])[:5]
        incise = _INCISE.match(text, m.start()) or _INCISE.search(text[m.start():m.end()])
        lead = text[max(start, m.start() - 12):m.start()]
        # "…”, a déclaré le directeur", "comme l'explique Evan Ellis": the speaker follows.
        follows = bool(_SPEAKER_FOLLOWS.search(lead))
        aside = _ASIDE.match(text, m.end(), end) if follows else None
        if aside:  # "…», a évoqué, avec beaucoup d'enthousiasme et de fierté, Jean-Luc Chauvin"
            after = _TOKEN.findall(text[aside.end():min(end, aside.end() + 60)].split(".")[0])[:5]
        first, second = (after, list(reversed(before))) if follows else (list(reversed(before)), after)
        # "m'affirme-t-on": "on" is no one (a hedge, lexicon vague_hedges).
        incise = incise and not incise.group().lower().endswith("-on")
        if incise:
            who = "(incise)"
        elif not follows and before and before[-1].lower() in lex.passive_auxiliaries:
            # "Fifty new cases were reported": a passive, its subject no speaker; its agent
            # after it is ("was announced by the mayor")
            if not after or after[0].lower() not in lex.passive_agent_words:
                continue
            who = _speaker(after[1:], lex, True)
        elif not follows and _self_before(first, lex):
            who = None  # "Comme je l'ai récemment écrit": the author, who cites no one
        elif not follows and _inferred(before, lex):
            who = None  # "…, ce qui montre une stratégie": the author's inference
        else:
            # A present participle's subject stands before it, its object after: "les
            # observateurs les plus prudents annonçant une croissance du PIB" (round 9).
            participle = not follows and lex.present_participle is not None and \
                lex.present_participle.fullmatch(m.group())
            who = _speaker(first, lex, not follows, complements=not follows)
            if not who and not follows and before and (before[-1].lower() in lex.coordinators or
                                                       (participle and before[-1].lower() in lex.gerund_particles)):
                breaks = breaks or _Breaks(text, start, end)
                who = _sentence_subject(text, start, m.start(), lex, breaks)
            if not who and not follows and lex.anaphoric_subject is not None and \
                    lex.anaphoric_subject.search(text, max(start, m.start() - 40), m.start()):
                breaks = breaks or _Breaks(text, start, end)
                who = _antecedent(text, start, m.start(), lex, breaks)
            if not who and not participle and not (follows and _QUOTE_CLOSED.search(lead)) and \
                    not (not follows and _indefinite_subject(first, lex)):
                # Not the quotation's words ("« C'est triste », lance"), nor the object's
                # when the subject is no one in particular ("Des experts jugent irréaliste
                # le projet Flying Whales": no "Flying" speaks).
                who = _speaker(second, lex, follows)
            if not follows and who and who.lower() not in lex.pronouns and lex.speaker.fullmatch(who):
                # "le ministre a salué", its holder named before: "Roland Lescure, le ministre
                # délégué chargé de l'Industrie, …" (round 13b, fr03) is that person.
                who = _holder(text, m.start(), who, lex) or who
            if m.group().lower() in lex.clause_speech_verbs and not follows \
                    and not (participle and (who or any(w.lower() in lex.participle_speakers for w in first))) \
                    and not lex.reported_after.match(text, m.end(), end) \
                    and not (m.group().lower() in lex.observation_verbs and lex.measured_change is not None
                             and lex.measured_change.match(text, m.end(), end)) \
                    and not (who and who[0].isupper() and lex.quotation_next.match(text, m.end(), end)):
                # "a salué des dirigeants", "des bannières annonçant 70 %": no speech; but a
                # named observer's measured change ("Dealroom a observé une baisse", round 13a)
                # and a named speaker whose words the next sentence quotes are.
                continue
        if who and who.lower() in lex.pronouns and m.group().lower() in lex.observation_verbs:
            who = None  # "il a constaté que de la fumée s'échappait": a witness saw it
        if who and follows:
            # A title and a person's name after it, an agency maybe before ("said FBI agent
            # John Smith", "said Superintendent Robert Runcie"): the person speaks, the
            # agency and title kept as their affiliation (the whole is the name).
            titled = _titled_person(lex).match(text, aside.end() if aside else m.end(), end)
            if titled is not None:
                found.append(Attribution(titled.group(1), False, m.start(), m.end(),
                                         text[m.start():m.end()], kind="speech"))
                continue
            # An outlet after its inverted verb is read whole, as after a quotation's
            # (_after_quotations): "Leurs enfants ont été placés, précise La Provence" (round
            # 22b, r13) names La Provence, no "Provence".
            name = _NAME.match(text, aside.end() if aside else m.end(), end)
            outlet = _named(text, m.start(), m.end(), name) if name else []
            if outlet and outlet[0].organisation:
                found.append(Attribution(outlet[0].name, False, m.start(), m.end(), text[m.start():m.end()],
                                         organisation=True, kind="speech"))
                continue
        found.append(Attribution(who or None, False, m.start(), m.end(), text[m.start():m.end()],
                                 kind="speech" if who else "verb"))
    return found


def _titled_person(lex) -> re.Pattern[str]:
    """Capitalised affiliation words (up to four), a title (official_titles,
    official_titles_qualified, speaker_roles), then a person's two or three capitalised
    names: "FBI agent John Smith", "Border Patrol agent Jane Doe"."""
    return _titled_person_pattern(tuple(sorted(lex.official_titles | lex.official_titles_qualified)),
                                  lex.speaker.pattern)


@functools.lru_cache(maxsize=4)
def _titled_person_pattern(titles: tuple[str, ...], roles: str) -> re.Pattern[str]:
    """_titled_person's pattern; ``roles``: lexicon.speaker's (case-blind)."""
    titles = [re.escape(t) for t in titles]
    return rx.compile(
        rf"\s+((?:[\p{{Lu}}][\w'’&.-]*\s+){{0,4}}(?i:(?:{'|'.join(titles)})(?!\w)|{roles})"
        rf"\s+[\p{{Lu}}][\p{{Ll}}][\w'’-]*(?:\s+[\p{{Lu}}][\w'’-]+){{1,2}})(?=[\s,.;:)]|$)")


_HOLDER_REACH = 4000  # characters read back for a role's named holder: the article so far
# A person's name, as the readers below ask for it: capitalised words (_CAPITALISED); two or
# more (_PERSON_NAME: a role's holder), or two or three on one line
# (_PERSON: a quotation's or an answer's speaker).
_CAPITALISED = r"[\p{Lu}][\w'’-]+"
_PERSON_NAME = rf"{_CAPITALISED}(?:\s+{_CAPITALISED})+"
_PERSON = rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{1,2}}"


@functools.lru_cache(maxsize=256)
def _holder_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role with a definite article ending a window; the role beside its holder's name."""
    articles = words_regex(list(get_lexicon().definite_articles))
    named = rx.compile(rf"({_PERSON_NAME})\s*,\s*(?i:{articles})\s*(?i:{re.escape(role)})(?!\w)"
                       rf"|(?<!\w)(?i:{articles})\s*(?i:{re.escape(role)})\s+({_PERSON_NAME})")
    definite = rx.compile(rf"(?<!\w)(?:{articles})\s*{re.escape(role)}(?!\w)([^.;:!?]{{0,60}})$", re.IGNORECASE)
    return definite, named


_MODIFIER = rx.compile(r"[^,;:.!?()«»“”\"]*")  # the role's own words after it, up to a comma
_WORD = rx.compile(r"[\w'’-]+")


def _holder(text: str, at: int, role: str, lex) -> str | None:
    """The person a definite role before ``at`` (a verb) stands for: the last one the text
    named with that role before it, apposed ("Roland Lescure, le ministre délégué …") or after
    it ("le ministre Roland Lescure"). None: the role is never named, or not definite here."""
    definite, named = _holder_patterns(role.lower())
    here = definite.search(text, max(0, at - 80), at)
    if not here:
        return None  # "un ministre", "son ministre": not the one named
    # The role's modifiers here ("le ministre ukrainien") must be the named one's too
    # ("Gérald Darmanin, le ministre de l'Intérieur" is not him; review 26, item 7).
    wanted = {w.lower() for w in _WORD.findall(_MODIFIER.match(here.group(1)).group())}
    last = None
    for found in named.finditer(text, max(0, at - _HOLDER_REACH), at):
        own = text[found.end():found.end() + 80] if found.group(1) else ""
        if wanted <= {w.lower() for w in _WORD.findall(_MODIFIER.match(own).group())}:
            last = found
    return (last.group(1) or last.group(2)) if last else None


def _inferred(before: list[str], lex) -> bool:
    """Do the words right before a verb (text order) make its subject the author's inference:
    "ce qui montre", "cela montre"?"""
    low = [w.lower() for w in before]
    return any(tuple(low[-len(seq):]) == seq for seq in lex.inference_subjects if len(seq) <= len(low))


_SPACES = rx.compile(r"\s*")
_SUBJECT_REACH = 6  # words between a described subject and its speech verb: its complement
_CLOSES = rx.compile(r"\s*(?:[,.;:!?)»”\"…]|$)")  # an inverted subject closes its incise
_CUE_REACH = 72  # where a source preposition before a described speaker may start ("selon un nouveau bilan provisoire de")
_VARIATION_REACH = 60  # "varient fortement selon": the words before a cue that make it "depending on"


def _depending_on(text: str, start: int, at: int, lex) -> bool:
    """Does a variation word stand right before ``at`` (a cue): "varie selon les médias",
    "diffèrent selon la presse": "depending on", not "according to" (review of round 7)."""
    return lex.variation_before is not None and \
        lex.variation_before.search(text, max(start, at - _VARIATION_REACH), at) is not None


class _Mentions:
    """The words of the vague attributions read so far, in text order: what "la source"
    again may point back to ("…, explique une source proche du dossier. Cette attitude,
    relève la source, …", lorientlejour, round 7). Each attribution is read once."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def add(self, phrase: str) -> None:
        self.words.update(_stem(w) for w in _TOKEN.findall(phrase))

    def __contains__(self, word: str) -> bool:
        return _stem(word) in self.words


def _stem(word: str) -> str:
    return word.lower().rstrip("s")  # "sources" is "source" again


_SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?\s+")


def _study_named_before(text: str, start: int, at: int, lex) -> bool:
    """A study named by its makers' body in this sentence before ``at`` or in the sentence
    before it ("Une étude de l'université de Montréal paraît. Des chercheurs estiment que…"):
    the class of commentators is its team (review of cit46)."""
    if lex.study_named is None:
        return False
    head = text[max(start, at - 600):at]
    ends = [e.end() for e in _SENTENCE_END.finditer(head)]
    if len(ends) >= 2:
        head = head[ends[-2]:]
    return lex.study_named.search(head) is not None


def _unnamed_speakers(text: str, start: int, end: int, lex, before: list[Attribution],
                      mentions: _Mentions) -> list[Attribution]:
    """A speaker described by rank or role and no name, beside a speech verb: after
    "selon" ("« Un phénomène », selon l'un de ses anciens agents traitants"), after the verb
    in an incise ("…du tribunal, insiste la source"), or as the subject of a verb that
    introduces speech ("Un haut responsable résume la situation : « … »", "Un avocat impliqué
    dans l'affaire a déclaré à TASS que…"; round 7). Vague: these name no one. ``before``:
    this range's vague phrases, sorted; ``mentions``: the words of the vague phrases and
    described speakers before, where "la source" again finds what it points back to."""
    found = []
    read = 0  # the phrases of ``before`` added to ``mentions``
    for m in lex.unnamed_speaker.finditer(text, start, end):  # read once a screened block
        if lex.apposed_name.match(text, m.end(), end):
            continue  # named after all: "un responsable du Hamas, Oussama Hamdan,"
        if _named_co_subject(text, start, m.start(), m.end(), end, lex):
            continue  # one of a subject with a named person: "Me Jean-Paul Lorenzi, et son entourage"
        while read < len(before) and before[read].start < m.start():
            mentions.add(before[read].text)
            read += 1
        again = m.group("again") is not None
        if not again:
            mentions.add(m.group())  # "Une source haut placée à Moscou a commenté…", read or not
        witness = m.groupdict().get("witness") is not None
        if witness and lex.interviewer_after is not None and lex.interviewer_after.match(text, m.end(), end):
            continue  # "selon un témoin interrogé par l'AFP": a vox pop, its interviewer named
        if m.groupdict().get("commentators") is not None and (
                (lex.commentators_named is not None and lex.commentators_named.match(text, m.end(), end)) or
                (lex.commentators_polled_by is not None and
                 lex.commentators_polled_by.match(text, m.end(), end)) or
                _study_named_before(text, start, m.start(), lex)):
            continue  # "des chercheurs du CNRS", "des experts interrogés par l'AFP": whose they are
        if again and not (lex.said_again.match(text, m.end(), end) or
                          (_CLOSES.match(text, m.end(), end) and
                           _TOKEN.findall(m.group())[-1] in mentions)):
            continue  # a source of something, or a spring: "Cette eau, explique la source, est…"
        # "agent", "cadre" with no body after them name a thing as often ("un agent
        # pathogène explique"): read after a source preposition or closing an incise only.
        bare = m.group("bare") is not None
        head = text[max(start, m.start() - _CUE_REACH):m.start()]
        # Bare, "la source" is read after a verb in an incise only: "classé … selon la
        # source" sorts by source (sciencesetavenir.fr, an eval page).
        cue = None if again else lex.source_preposition_before.search(head)
        learnt = None if again or cue else _learned_from(text, start, m.start(), lex)
        if cue or learnt:
            at = learnt.start() if learnt else m.start() - len(head) + cue.start()
            if not _depending_on(text, start, at, lex):
                stop = _described_end(text, m.end(), end, lex)
                found.append(Attribution(None, True, at, stop, text[at:stop]))
            continue
        if witness:
            # A resident beside a verb is a vox pop ("…», lance une habitante"); several as
            # the subject of a verb that reports a clause source a fact ("Des témoins ont
            # raconté que…", "Some witnesses said he…"), as "selon des témoins" does, unless
            # told to a named newsroom ("ont raconté à l'AFP que", "told Reuters that").
            if _TOKEN.findall(m.group())[-1].lower().endswith(("s", "x")):
                stop = _verb_after(text, m.end(), end, lex)
                if stop is not None and stop.group().lower() not in lex.question_verbs and \
                        _agrees(text, m, stop, lex) and \
                        not (lex.interviewer_addressee is not None and
                             lex.interviewer_addressee.match(text, stop.end(), end)) and \
                        _reports_clause(text, m.start(), stop.end(), end, lex):
                    found.append(Attribution(None, True, m.start(), stop.end(), text[m.start():stop.end()]))
            continue
        if m.groupdict().get("officials") is not None and _said_whose(text, start, m.start(), lex):
            continue  # "Brookline Police officials", "the officials": whose they are is said
        if _recorded(text, start, m.start(), end, lex):
            continue  # "In the video, an officer says, « … »": an event narrated, no source
        verb = _verb_before(text, start, m.start(), lex)
        if verb is not None and lex.polled_by is not None and lex.polled_by.match(text, m.end(), end):
            continue  # "…, disent les experts interrogés par l'AFP": who polled them says whose
        if verb is not None and not (bare and _CLOSES.match(text, m.end(), end) is None):
            stop = m.end() if again else _described_end(text, m.end(), end, lex)
            found.append(Attribution(None, True, verb, stop, text[verb:stop]))
            continue
        if again or bare or m.group("cue") is not None:
            continue  # "un autre" is read after "selon" or a verb only
        stop = _verb_after(text, m.end(), end, lex)
        if stop is not None and stop.group().lower() in lex.question_verbs:
            stop = _after_anonymity(text, stop, end, lex)
            if stop is None:
                continue  # "a reporter asked Montoya-Lewis, « … »": a question sources nothing
        if stop is not None and not _agrees(text, m, stop, lex):
            continue  # "Le syndicat des policiers a déclaré": the verb is the union's
        if stop is not None and _self_addressed(text, m.end(), stop, end, lex):
            continue  # "Le suspect se dit qu'ils devront prouver…": a thought, told to oneself
        if stop is not None and (_introduces_speech(text, start, m.start(), stop, end, lex)
                                 or stop.group().lower() in lex.stance_verbs
                                 or _reports_figure(text, stop, end, lex)):
            found.append(Attribution(None, True, m.start(), stop.end(), text[m.start():stop.end()]))
    return found


_DESCRIPTIONS_READ = 3  # "une source de sécurité malienne proche du dossier": a few parts at most


def _described_end(text: str, at: int, end: int, lex) -> int:
    """Where the description of the speaker ending at ``at`` ends: its proximity, place and
    kind read after it ("selon une source| du Quai d'Orsay", "une source| proche de ce
    dossier"), so the finding shows the whole of what the text says of the source."""
    if lex.speaker_description is None:
        return at
    for read in range(_DESCRIPTIONS_READ):
        more = lex.speaker_description.match(text, at, end)
        if more is None or more.end() == at:
            break
        if read and _WHERE_TOLD.match(text, more.start()):
            break  # "une source au ministère| à la sortie du conseil": a second «à» is the scene
        at = more.end()
    return at


_WHERE_TOLD = re.compile(r"\s+(?:à|au|aux)\b", re.IGNORECASE)


def _agrees(text: str, m, stop, lex) -> bool:
    """Can a plural described subject opened by a contracted article ("des policiers") govern
    the verb read at ``stop``? Not a singular one: in "Le syndicat des policiers a déclaré que…"
    "des" is "de les", the complement of the noun before, and the union speaks. Number is the
    finite verb's: the auxiliary when there is one ("ont dit", "nous ont dit", "avaient écrit"),
    so every word from the subject to the verb's end is read, not the participle alone."""
    first = _TOKEN.match(m.group())
    if first is None or first.group().lower() not in lex.contracted_articles:
        return True
    return any(t.lower().endswith(lex.plural_verb_endings)
               for t in _TOKEN.findall(text[m.end():stop.end()]))


_LEARNING_REACH = 90  # "selon ce qu'a appris l'Agence France-Presse mardi auprès de "
_FIRST_WORD = rx.compile(r"\w+['’]|\w+\s+")


def _learned_from(text: str, start: int, at: int, lex) -> re.Match[str] | None:
    """The inverted incise that learnt it from the described speaker at ``at``: "a-t-on appris
    auprès de plusieurs sources", "selon ce qu'a appris l'AFP auprès d'un proche". Its
    preposition may be the speaker's first word, the indefinite article dropped after it:
    "auprès de hauts responsables", "auprès d'anciens conseillers"; not "auprès des
    enquêteurs" (the definite article)."""
    if lex.source_learning_before is None:
        return None
    end = _SENTENCE_BREAK.search(text, at)
    if end is not None and text[end.start()] == "?":
        return None  # "Qu'a-t-on appris auprès de proches ?": a question asks, it cites no one
    lo = max(start, at - _LEARNING_REACH)
    first = _FIRST_WORD.match(text, at)
    for stop in (at, first.end()) if first else (at,):
        cue = lex.source_learning_before.search(text, lo, stop)
        if cue is not None:
            return cue
    return None


_SENTENCE_BREAK = rx.compile(r"[.!?…\n](?=[\s\"”»]|$)")


_CO_NAME_BEFORE = rx.compile(rf"({_PERSON_NAME})\s*,?\s+([\w'’]+)\s+$")
_CO_NAME_AFTER = rx.compile(rf"\s*,?\s+([\w'’]+)\s+{_PERSON_NAME}")


def _named_co_subject(text: str, start: int, at: int, stop: int, end: int, lex) -> bool:
    """Is the described speaker at text[at:stop] joined by a coordinator to a person's name
    ("Son avocat, Me Jean-Paul Lorenzi, et son entourage ont indiqué", "son entourage et Me
    Lorenzi ont indiqué")? The subject names someone who speaks for it (review of
    5b42900..9909290, item 11)."""
    before = _CO_NAME_BEFORE.search(text, max(start, at - 80), at)
    if before is not None and before.group(2).lower() in lex.coordinators:
        return True
    after = _CO_NAME_AFTER.match(text, stop, end)
    return after is not None and after.group(1).lower() in lex.coordinators


def _recorded(text: str, start: int, at: int, end: int, lex) -> bool:
    """Does the sentence of the speaker at ``at`` narrate a recording ("In the video, an
    officer says", "the footage shows", "can be heard")? Its speech is the event reported."""
    if lex.recorded_speech is None:
        return False
    lo = max(start, at - 200)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, at)]
    lo = breaks[-1] if breaks else lo
    after = _SENTENCE_BREAK.search(text, at, min(end, at + 300))
    return lex.recorded_speech.search(text, lo, after.end() if after else min(end, at + 300)) is not None


_LINKER = rx.compile(r"\s*,?\s*(?:(?:but|and|mais|et)\s+)?")


def _after_anonymity(text: str, verb: re.Match[str], end: int, lex) -> re.Match[str] | None:
    """The speech verb after a question verb that asks for anonymity ("asked not to be
    identified but said…", "a demandé à ne pas être nommé mais a affirmé…"); None when the
    question verb asks a question."""
    if lex.anonymity_request is None:
        return None
    ask = lex.anonymity_request.match(text, verb.end(), end)
    if ask is None:
        return None
    return lex.speech_verb.match(text, _LINKER.match(text, ask.end()).end())


def _said_whose(text: str, start: int, at: int, lex) -> bool:
    """Does the word before a bare plural role at ``at`` say whose it is: a name (a capital
    not opening the sentence: "Brookline Police officials"), a pointer or a genitive ("the
    officials", "the city's officials") or an institution ("federal officials")?"""
    read_past = False
    for _ in range(3):  # a lower-case description between: "The energy experts noted" (nytimes)
        if _SENTENCE_END_BEFORE.search(text, max(start, at - 3), at) or at <= start:
            return False
        word = _DESCRIBING_WORD.search(text, max(start, at - 40), at)
        if word is None:
            return False
        low = word.group(1).lower()
        if low in lex.officials_nationalities:
            # "US intelligence officials", "American officials": where they serve, read past
            at = word.start(1)
            read_past = True
            continue
        # a capitalised word inside the sentence is a name's, even a time word's: "New York Times
        # officials", "Milan Fashion Week officials" (review 3, item 6); a weekday or a month is
        # a time whatever its case ("On Monday officials")
        if word.group(1)[0].isupper() and low not in lex.weekdays and low not in lex.month_names \
                and not _SENTENCE_END_BEFORE.search(text, max(start, word.start(1) - 3), word.start(1)) \
                and word.start(1) > start:
            return not _place_name(text, start, word.start(1), lex)
        # a time said before the role ("Earlier this week officials", "On Monday officials")
        if low in lex.role_adverbials or low in lex.weekdays or low in lex.month_names:
            return False
        if low in lex.described_role_pointers and read_past:
            # the pointer opens an adverbial, not the role's phrase: "After the inspection officials"
            before = _DESCRIBING_WORD.search(text, max(start, word.start(1) - 40), word.start(1))
            if before is not None and before.group(1).lower() in lex.role_adverbials and \
                    not _SENTENCE_END_BEFORE.search(text, max(start, word.start(1) - 3), word.start(1)):
                return False
        # an institution's word, the last of a coordination ("state and federal officials")
        if word.group(1)[0].isupper() or low in lex.described_role_pointers or \
                low in lex.officials_institutions or low.endswith(("'s", "’s", "s'", "s’")):
            return True
        if low in lex.described_role_openers or low in lex.all_stopwords:
            return False  # "some experts", "and officials": no one said whose
        at = word.start(1)
        read_past = True
    return False


def _place_name(text: str, start: int, at: int, lex) -> bool:
    """Is the name ending before ``at`` a place's, a preposition before it ("In Boston
    officials said", "Across New England officials"): where they spoke, not whose they are."""
    for _ in range(5):  # the name's words, then the word before them
        if at <= start or _SENTENCE_END_BEFORE.search(text, max(start, at - 3), at):
            return False
        word = _DESCRIBING_WORD.search(text, max(start, at - 40), at)
        if word is None:
            return False
        if word.group(1).lower() in lex.role_place_prepositions:
            return True
        if not word.group(1)[0].isupper():
            return False
        at = word.start(1)
    return False


_DESCRIBING_WORD = rx.compile(r"([\w'’-]+)\s+$")
_SENTENCE_END_BEFORE = rx.compile(r"(?:^|[.!?…:\n][\"”»)]?)\s*$")
# A clause's start reads as the sentence's: "Sales will keep falling, Nissan executive said."
_CLAUSE_START_BEFORE = rx.compile(r"(?:[,;(—–][\"”»]?|[\"”»])\s*$")


def _description_start(text: str, start: int, at: int, lex, plural: bool = False) -> int | None:
    """Where the description of the role at ``at`` starts, read back at most three words
    within its sentence: at an opener ("a senior Boeing executive") or the sentence's or the
    clause's start ("Deutsche Post DHL board member said", "…, Nissan executive said"); None
    when a pointer or a genitive says which one ("The board member", "The company's chief
    executive") or the words run on past three ("… and the EU executive"). A ``plural`` role
    is vague after an opener only ("two executives"): bare ("Executives told analysts") it is
    the company of the story speaking."""
    for _ in range(4):
        if _SENTENCE_END_BEFORE.search(text, max(start, at - 3), at) or at <= start \
                or _CLAUSE_START_BEFORE.search(text, max(start, at - 3), at):
            return None if plural else at
        word = _DESCRIBING_WORD.search(text, max(start, at - 40), at)
        if word is None:
            return None
        low = word.group(1).lower()
        if low in lex.described_role_pointers or low.endswith(("'s", "’s", "s'", "s’")):
            return None
        if low in lex.described_role_openers:
            return word.start(1)
        at = word.start(1)
    return None


def _reports_figure(text: str, verb: re.Match[str], end: int, lex) -> bool:
    """Is ``verb`` one that reports a figure ("a confirmé") with a toll or a count after it
    ("Un responsable sécuritaire a confirmé le bilan de 9 morts"), not any object ("Un joueur
    a confirmé tout son potentiel")?"""
    return lex.figure_object is not None and verb.group().lower() in lex.figure_stance_verbs \
        and lex.figure_object.match(text, verb.end(), end) is not None


def _reports_clause(text: str, subject: int, stop: int, end: int, lex) -> bool:
    """Does the speech verb ending at ``stop`` report a clause or a quotation after it ("ont
    raconté que…", "said he…"), not only close an incise ("…», lance une habitante") nor take
    an object ("ont témoigné de leur colère")?"""
    if lex.speech_follows.match(text, stop, end) is not None:
        return True
    verb = (text[max(subject, stop - 40):stop].split() or [""])[-1].lower()
    return verb in lex.self_reporting_verbs or (
        verb in lex.recipient_speech_verbs and lex.recipient_clause is not None
        and lex.recipient_clause.match(text, stop, end) is not None)


_WORD = rx.compile(r"[\w'’-]+")


def _self_addressed(text: str, subject_end: int, verb: re.Match[str], end: int, lex) -> bool:
    """Is «se dire» followed by a reported clause, a thought told to oneself ("Le suspect se dit
    qu'ils devront prouver…", "s'est alors dit qu'", "s'est dit, à juste titre, qu'")? The
    adverbs between are read past (lexicon self_address_gap); a colon or a quotation after it
    is no thought ("s'est dit « très sceptique »")."""
    if lex.self_address_clause is None or not lex.self_address_clause.match(text, verb.end(), end):
        return False
    words = [w for w in _WORD.findall(text[max(subject_end, verb.start() - 40):verb.start()].lower())
             if w not in lex.self_address_gap] + [verb.group().lower()]
    said = " ".join(words)
    return any(said == v or said.endswith(" " + v) for v in lex.self_address_verbs)


def _introduces_speech(text: str, start: int, subject: int, verb: re.Match[str], end: int, lex) -> bool:
    """Does the speech verb ``verb``, whose described subject starts at
    ``subject``, introduce speech: a reported clause, a colon or a quotation after it ("Un
    membre de l'équipe affirme que…", "Un haut responsable résume la situation : « … »"), an
    infinitive of the speaker's own claim after a verb of declaring ("a déclaré être très
    sceptique", lexicon infinitive_claim_verbs; not a telling of what one lived or felt: "Un
    policier raconte avoir été pris à partie", "Un proche confie ne pas comprendre"), or
    an incise ("« … », un responsable a déclaré.")? "Un cadre réglementaire précise les
    obligations", "Un agent pathogène explique la mortalité": a verb and its object."""
    stop = verb.end()
    if _reports_clause(text, subject, stop, end, lex):
        return True  # "Officials said no one was hurt": no "that" in English
    if lex.reported_infinitive is not None and verb.group().lower() in lex.infinitive_claim_verbs and \
            lex.reported_infinitive.match(text, stop, end):
        return True  # "Un responsable américain a déclaré être très sceptique": his own claim
    return lex.incise_before.search(text, max(start, subject - 4), subject) is not None and \
        _CLOSES.match(text, stop, end) is not None


def _verb_before(text: str, start: int, at: int, lex) -> int | None:
    """Where the speech verb of an incise ends right before ``at`` (time words, a recipient
    between: "…, a indiqué lundi à l'AFP un haut responsable") starts."""
    window = text[max(start, at - 80):at]
    for v in lex.speech_verb.finditer(window):
        gap = window[v.end():]
        if _speech_gap(lex, gap) and lex.incise_before.search(window, 0, v.start()):
            return at - len(window) + v.start()
    # Right after a quotation and its comma any verb is one of saying, the quotation makes it
    # speech: "« … », a tempéré un fonctionnaire", "« … », relevait un fonctionnaire familier
    # de la Côte d'Ivoire" (round 12a); not a participle ("», prompting an official to…").
    for v in _marked(_QUOTE_INVERSION, window, _CLOSING_MARKS):
        verb = v.group(3)
        if verb.lower() in lex.all_stopwords or (lex.present_participle is not None and
                                                 lex.present_participle.fullmatch(verb)):
            continue
        if _speech_gap(lex, window[v.end():]):
            return at - len(window) + _verb_start(v)
    inverted = _inverted_after_opener(window, lex)
    return None if inverted is None else at - len(window) + inverted


def _inverted_after_opener(window: str, lex) -> int | None:
    """Where a comparison or a free relative starts whose speech verb, right after it, has
    its subject at the window's end: "Comme l'a très justement rappelé un jour ", "ce
    qu'annonçaient " (no comma before the verb: the opener makes the inversion)."""
    if lex.inversion_opener is None:
        return None
    for o in reversed(list(lex.inversion_opener.finditer(window))):
        verb = lex.speech_verb.match(window, o.end())
        if verb is None and (token := _TOKEN.match(window, o.end())) is not None:
            verb = _adverbed_perfect(window, token, len(window), lex)
        if verb is not None and _speech_gap(lex, window[verb.end():]):
            return o.start()
    return None


def _speech_gap(lex, gap: str) -> bool:
    """Only time words or a recipient between a speech verb and its inverted subject."""
    return bool(lex.speech_gap.fullmatch(gap)) if lex.speech_gap is not None else gap.isspace()


_MARK_COMMA = rx.compile(r"[»”\"]\s*,\s*")


def _verb_start(m: re.Match[str]) -> int:
    """Where the verb of a _QUOTE_INVERSION match starts, its auxiliary or pronoun first."""
    return _MARK_COMMA.match(m.group()).end() + m.start()


def _verb_after(text: str, at: int, end: int, lex) -> re.Match[str] | None:
    """The speech verb a described subject at ``at`` governs: after its complement
    ("impliqué dans l'affaire"), within its clause, no new subject between; a relative clause
    between commas describes the subject ("Another senior official, who asked not to be named
    because…, said"): its verb is the relative's, read past."""
    words = []
    last = at  # where the word before ends
    limit = min(end, at + 80)
    pos = at
    while True:
        token = _TOKEN.search(text, pos, limit)
        if token is None:
            return None
        pos = token.end()
        gap = text[last:token.start()]
        if gap.strip() == "," and (token.group().lower() in lex.incidental_relatives
                                   or token.group().lower() in lex.incidental_participles):
            close = _RELATIVE_END.match(text, token.end(), end)
            if close is None:
                return None
            last = pos = close.end()
            limit = min(end, pos + 80)
            continue
        if gap.strip():
            return None  # punctuation: another clause
        last = token.end()
        verb = lex.speech_verb.match(text, token.start()) or _adverbed_perfect(text, token, end, lex) \
            or (None if _verbed(words) else _slipped_perfect(text, token, end, lex))
        if verb is not None:
            return verb
        word = token.group().lower()
        if word in lex.object_clitics and lex.speech_verb.match(text, _SPACES.match(text, token.end()).end()):
            continue  # the reporter told: "un ministre … nous a confirmé" (round 13a); not "leur client"
        bare = word.split("'")[0] + "'" if "'" in word[:-1] else word
        previous = words[-1].group().lower() if words else ""
        if word in lex.clause_words or bare in lex.clause_words or word in lex.pronouns:
            return None  # another clause, or its own subject ("Un responsable de l'équipe, il a dit")
        if word.endswith(".") and len(word) > 2:
            return None  # the sentence ends ("M." does not)
        if (word in lex.determiners or bare in lex.determiners) and previous not in lex.prepositions \
                and word not in lex.prepositions:
            # a new subject: "Un avocat a vu le ministre a déclaré" is two clauses; a
            # contracted article ("du", "des") is the complement going on: "Un agent des
            # douanes du Beach a également parlé à l'AFP" (round 16b, fr03)
            return None
        words.append(token)
        if len(words) > _SUBJECT_REACH:
            return None


_RELATIVE_END = rx.compile(r"[^.;:!?«»“”\"\n,]{1,160},\s*")


# A speech verb read across an adverb is an rx.Found: read as a match of it is.
_Spoken = rx.Found


@functools.cache
def _adverb_gap() -> re.Pattern[str]:
    """One or two adverbs (lexicon adverbs) between an auxiliary and its participle."""
    adverbs = "|".join(d["adverbs"] for d in _load_raw() if d.get("adverbs")) or "(?!)"
    return rx.compile(rf"(?:\s+(?:{adverbs})){{1,2}}\s+", re.IGNORECASE)


def _adverbed_perfect(text: str, token: re.Match[str], end: int, lex) -> _Spoken | None:
    """A speech verb whose auxiliary (``token``) stands apart from its participle by an adverb
    or two: "Un agent des douanes du Beach a également parlé à l'AFP de « 3000 personnes »"
    (round 16b, fr03) reads as "a parlé à"."""
    gap = _adverb_gap().match(text, token.end(), end)
    if gap is None:
        return None
    aux = token.group()
    joined = f"{aux} {text[gap.end():min(end, gap.end() + 60)]}"
    verb = lex.speech_verb.match(joined)
    if verb is None or verb.end() <= len(aux) + 1:
        return None
    stop = gap.end() + verb.end() - len(aux) - 1
    return _Spoken(token.start(), stop, f"{aux} {text[gap.end():stop]}")


@functools.cache
def _auxiliary_words() -> frozenset[str]:
    return frozenset(w.lower() for d in _load_raw() for w in d.get("auxiliaries", []))


def _verbed(words: list[re.Match[str]]) -> bool:
    """Has the clause a verb already ("Un responsable n'a rien a expliquer")? Then a second
    "a" before an infinitive is "à" unaccented, no slipped perfect."""
    aux = _auxiliary_words()
    return any(w.group().lower().split("'")[-1].split("’")[-1] in aux for w in words)


@functools.cache
def _slips() -> tuple[tuple[str, str], ...]:
    return tuple((right, wrong) for d in _load_raw() for right, wrong in d.get("participle_slips", []))


_NEXT_TOKEN = rx.compile(r"\s+([\w'’-]+)")


def _slipped_perfect(text: str, token: re.Match[str], end: int, lex) -> _Spoken | None:
    """A described subject's perfect written with its infinitive's ending (lexicon
    participle_slips): "un responsable syndicale a souligner que…" (round 16b, fr24) reads as
    "a souligné". Only here, after the subject: "A noter" opening a line is "À noter"."""
    word = _NEXT_TOKEN.match(text, token.end(), end)
    if word is None:
        return None
    participle = word.group(1)
    for right, wrong in _slips():
        if participle.lower().endswith(wrong) and \
                lex.speech_verb.fullmatch(f"{token.group()} {participle[:-len(wrong)]}{right}"):
            return _Spoken(token.start(), word.end(), text[token.start():word.end()])
    return None


def _overlaps(spans: list[Attribution], ends: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of ``spans`` (sorted, apart; ``ends`` their ends)? The
    first whose end passes ``start`` is the only one that may (log time, not a scan)."""
    i = bisect.bisect_right(ends, start)
    return i < len(spans) and spans[i].start < end


def _covered(spans: list[tuple[int, int]], at: int) -> bool:
    """Is ``at`` inside one of ``spans`` (sorted by start, not overlapping)?"""
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _titled(text: str, start: int, end: int, lex) -> bool:
    """Whether the vague phrase text[start:end] names its trade by a capitalised title noun
    after its first word ("Selon La Presse"): a publication, not the press at large."""
    if not lex.title_nouns:
        return False
    return any(w[0].isupper() and not w.isupper() and w.lower() in lex.title_nouns
               for w in text[start:end].split()[1:])


# A phrase's last word going on past it (its entries have no lookahead: attribution_screen).
_WORD_GOES_ON = rx.compile(r"\w|-\w")


def find_attributions(text: str, ranges: list[tuple[int, int]],
                      low: str | None = UNREAD) -> list[Attribution]:
    """``low``: lexicon.lowered(text), when the caller has it."""
    lex = get_lexicon()
    low = lowered_given(text, low)
    found: list[Attribution] = []
    body = ranges  # the screen below is for the phrases, cues and verbs read range by range
    mentions = _Mentions()  # the vague attributions' words so far ("la source" again)
    if low is not None and lex.attribution_screen is not None and ranges:
        # Only the blocks where a phrase, a cue or a speech verb may stand, found by a scan of
        # the whole text (a megabyte of short lines is 166,000 blocks, three searches each below).
        hits = scan_ranges(lex.attribution_screen, low, ranges)
        quoted = scan_ranges(lex.quoted_comma_screen, low, ranges)
        ranges = list(itertools.compress(ranges, map(max, hits, quoted)))
    # The ranges where a described speaker may stand (each byte 1: unscreened).
    described = scan_ranges(lex.unnamed_speaker_screen.pattern, low, ranges) \
        if low is not None and lex.unnamed_speaker_screen is not None else b"\1" * len(ranges)
    for (start, end), may_describe in zip(ranges, described):
        here: list[Attribution] = []  # this range's: every check below is local, linear time
        phrases = lex.vague_attribution.finditer(text, start, end) if low is None else \
            lex.vague_attribution_lowered.finditer(low, start, end)
        for m in phrases:
            if _depending_on(text, start, m.start(), lex):
                continue  # "varie selon les médias"
            if lex.vague_unless_owned is not None and lex.vague_unless_owned.fullmatch(text, m.start(), m.end()):
                if _WORD_GOES_ON.match(text, m.end(), end):
                    continue  # "pour de nombreux experts-comptables": the class word is cut short
                if lex.owner_after is not None and lex.owner_after.match(text, m.end(), end):
                    continue  # "Selon les premières informations du Parisien": the cue reads whose
            if lex.vague_wanting_listener is not None and lex.vague_listener is not None and \
                    lex.vague_wanting_listener.fullmatch(text, m.start(), m.end()) and \
                    not lex.vague_listener.match(text, m.end(), end):
                continue  # "Those sources tell a story": records, no one told
            if lex.vague_unless_kind is not None and lex.kind_complement is not None and \
                    lex.vague_unless_kind.fullmatch(text, m.start(), m.end()) and \
                    lex.kind_complement.match(text, m.end(), end):
                continue  # "selon les sources locales d'énergie": a kind of source, no one's
            if _titled(text, m.start(), m.end(), lex):
                continue  # "Selon La Presse": a title, the cue reads it as a name
            lead = _QUOTE_COMMA.match(text, m.start(), m.end())
            s = lead.end() if lead else m.start()
            if lex.described_role is not None and lex.described_role.fullmatch(text, m.start(), m.end()):
                plural = lex.described_role_plural is not None and \
                    lex.described_role_plural.fullmatch(text, m.start(), m.end()) is not None
                s = _description_start(text, start, m.start(), lex, plural)
                if s is None:
                    continue  # "The board member said", "The EU executive said": one known
            here.append(Attribution(None, True, s, m.end(), text[s:m.end()]))
        if lex.unnamed_speaker is not None:
            if may_describe:
                # The phrases are one pattern's matches: sorted, apart, their ends sorted too.
                ends = [a.end for a in here]
                phrases_read = list(here)
                here.extend(a for a in _unnamed_speakers(text, start, end, lex, phrases_read, mentions)
                            if not _overlaps(phrases_read, ends, a.start, a.end))
            here.sort(key=attrgetter("start"))
        vague = [(a.start, a.end) for a in here]
        cues = lex.attribution_cue.finditer(text, start, end) if low is None else \
            lex.attribution_cue_lowered.finditer(low, start, end)
        for m in cues:
            if vague and _covered(vague, m.start()):
                continue
            if _depending_on(text, start, m.start(), lex):
                continue  # "les tarifs varient selon les régions"
            here.extend(_cued(text, m, end, lex, low))
        for a in here:
            if a.vague:
                mentions.add(a.text)
        speech = _speech(text, start, end, lex, low)
        if not speech:
            found.extend(here)
            continue
        cued = sorted((a.start, a.end) for a in here if a.kind != "verb")
        speech = [a for a in speech if not _covered(cued, a.start)]
        # A verb right after a vague subject is its speech, not the object's after it: "Une
        # source gouvernementale a affirmé à Mosaique FM" (round 20b, fr01) is no Mosaique
        # speaking, and "La même source" after it points back to the vague one.
        subjects = {a.end for a in here if a.vague}
        speech = [a for a in speech if a.kind != "speech" or
                  not any(e < a.start and text[e:a.start].isspace() for e in subjects)]
        spoken = {a.start for a in speech}
        # An unnamed cue ("affirme que…") gives way to the same verb read with its speaker.
        found.extend(a for a in here if not (a.kind == "verb" and a.start in spoken))
        found.extend(speech)
    if body:
        starts = [s for s, _ in body]  # once: a page's ranges are thousands (0.05 ms a list)
        found.extend(_outlets(text, low, body, lex, starts))
        found.extend(_passive_agents(text, low, body, lex, starts))
        # An unnamed cue ("a révélé", kind verb) gives way to the same verb read with its named
        # subject: "VRT Nieuws a révélé que" (round 15a, r13).
        taken = sorted((a.start, a.end) for a in found if a.kind != "verb")
        announced = [Attribution(who, False, s, e, text[s:e], kind="speech")
                     for s, e, who in subject_verbs(text, low, body, lex.announcement, starts)
                     if not _covered(taken, s) and not _covered(taken, e - 1)]
        if announced:
            spans = sorted((a.start, a.end) for a in announced)
            found = [a for a in found if a.kind != "verb" or not _covered(spans, a.start)]
            found.extend(announced)
        taken = sorted((a.start, a.end) for a in found)
        # A name that looks into a subject ("Le quotidien Les Echos se penche sur…"): not a
        # role ("le gouvernement se penche sur" is no source), nor an indefinite ("Certains").
        found.extend(Attribution(who, False, s, e, text[s:e], kind="study")
                     for s, e, who in subject_verbs(text, low, body, lex.study, starts)
                     if who[0].isupper() and who.lower() not in lex.indefinites
                     and not lex.speaker.fullmatch(who)
                     and not _covered(taken, s) and not _covered(taken, e - 1))
        # A named subject putting out a document ("les notaires publient des statistiques"),
        # and a name forecasting a measured change ("la Banque de France prévoit … un
        # rebond"): not "la mairie diffuse un film", nor a plan ("le gouvernement prévoit de").
        if lex.publication_object is not None:
            found.extend(Attribution(who, False, s, e, text[s:e], kind="speech")
                         for s, e, who in subject_verbs(text, low, body, lex.publication, starts)
                         if lex.publication_object.match(text, e)
                         and not _covered(taken, s) and not _covered(taken, e - 1))
        if lex.forecast_object is not None:
            found.extend(Attribution(who, False, s, e, text[s:e], kind="speech")
                         for s, e, who in subject_verbs(text, low, body, lex.forecast, starts)
                         if who[0].isupper() and who.lower() not in lex.indefinites
                         and lex.forecast_object.match(text, e)
                         and not _covered(taken, s) and not _covered(taken, e - 1))
        found.extend(_lead_credits(text, body, starts))
        found.extend(closing_credit(text, body))
        found.extend(_interview_answers(text, body))
        taken = sorted((a.start, a.end) for a in found)
        found.extend(a for a in _quote_credits(text, body) if not _covered(taken, a.start))
        # A speech verb whose speaker _speech did not read ("», se félicite l'Elysée") gives
        # way to the inversion's subject.
        taken = sorted((a.start, a.end) for a in found if a.kind != "verb")
        inverted = [a for a in _after_quotations(text, body, lex, starts) if not _covered(taken, a.start)]
        if inverted:
            found = [a for a in found if a.kind != "verb" or
                     not any(b.start < a.end and a.start < b.end for b in inverted)]
            found.extend(inverted)
        taken = sorted((a.start, a.end) for a in found if a.kind != "verb")
        found.extend(a for a in _quote_incises(text, body, lex, starts) if not _covered(taken, a.start))
        found.extend(_views(text, low, body, lex, starts))
        found.extend(_documents(text, low, body, lex, starts))
        found.extend(_framed(text, low, body, lex, starts))
        taken = sorted((a.start, a.end) for a in found)
        found.extend(a for a in _split_speech(text, low, body, lex, starts)
                     if not _covered(taken, a.start) and not _covered(taken, a.end - 1))
    found.sort(key=attrgetter("start"))
    if lex.officials_bodies_before and any(a.vague for a in found):
        found = _officials_of_body_before(text, found, lex)
    if lex.officials_named_next is not None and any(a.vague for a in found):
        found = _officials_named_next(text, found, lex)
    if lex.anaphoric_source is not None:
        found = _resolve_anaphors(found, lex, text)
    if lex.vague_hedge is not None and any(a.vague for a in found):
        found = _hedges_named(text, found, lex)
    if lex.poll_sample is not None and any(a.vague for a in found):
        found = _poll_results(text, found, lex)
    if lex.credited_vague is not None and any(a.vague for a in found):
        found = _findings_credited(text, found, lex)
    if body and any(a.vague for a in found):
        found = _quoted_by_name(text, body, found)
    if any(a.vague for a in found):
        found = _referenced(text, found)
    return found


# A numbered reference, or a run of them: "[9][10][13]", "[4, 7]", "[2–5]"; not a year
# ("[2020]"), "[sic]" or "[…]".
_NUMBERED_REFERENCE = rx.compile(r"\[\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\](?:\s*\[\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\])*")
_REFERENCE_AFTER_STOP = rx.compile(r"[.!?]?[\"”’»)]*\s?\[\d")


# A reference closes a clause: glued to the word or the stop before it ("trust.[4]",
# "Smith[3] said"), or with a stop, a clause's mark or the line's end after it ("doubt
# instead [9][10][13]."). A list's markers stand before the items they number ("three parts:
# [1] new buses, [2] longer hours", review 1, R6).
_GLUED_BEFORE = rx.compile(r"[\w.,;!?\"”’»)]\Z")
_CLAUSE_AFTER = rx.compile(r"[ \t]*(?:[.,;:!?)\"”’»]|\n|\Z)")


def _closes_clause(text: str, start: int, end: int) -> bool:
    """Whether the bracket at ``start``-``end`` reads as a reference, not a list's marker."""
    return bool(_GLUED_BEFORE.search(text, max(0, start - 1), start)) or bool(_CLAUSE_AFTER.match(text, end))


def _referenced(text: str, found: list[Attribution]) -> list[Attribution]:
    """A vague phrase whose sentence carries numbered references ("some research and
    practical reports indicate that … [9][10][13].", round 33b r3): the references name its
    sources, as a credit in the sentence would; after its full stop too ("….[3]")."""
    out = []
    for a in found:
        if a.vague:
            _, closing = _sentence(text, a.start, a.end)
            if _REFERENCE_AFTER_STOP.match(text, closing):
                closing = text.find("]", closing) + 1
            ref = next((m for m in _NUMBERED_REFERENCE.finditer(text, a.end, closing)
                        if _closes_clause(text, m.start(), m.end())), None)
            if ref is not None:
                a = dataclasses.replace(a, name=ref.group(), vague=False)
        out.append(a)
    return out


_BODY_BEFORE_REACH = 200  # the sentence right before, a paragraph break maybe between
_SENTENCE_CLOSED = rx.compile(r"[.!?][\s\"”’»]*\Z")  # what lies between closes a sentence


def _last_word(name: str) -> str:
    return name.split()[-1].lower()


def _officials_of_body_before(text: str, found: list[Attribution], lex) -> list[Attribution]:
    """Bare "Officials say" opening the sentence right after one a body speaks in ("The Sioux
    County Sheriff's Office says … Officials say the driver…", round 27a, r04): that body's
    officials, as "Authorities say" there is read; not after a person ("Smith said …")."""
    out: list[Attribution] = []
    for i, a in enumerate(found):
        prev = found[i - 1] if i else None
        if a.vague and prev is not None and not prev.vague and prev.kind == "speech" and prev.name \
                and a.text in lex.officials_bare_leads and 0 < a.start - prev.end <= _BODY_BEFORE_REACH \
                and text.count("\n\n", prev.end, a.start) <= 1 \
                and _SENTENCE_CLOSED.search(text, prev.end, a.start) \
                and _last_word(prev.name) in lex.officials_bodies_before | lex.officials_institutions:
            continue
        out.append(a)
    return out


# A sentence's end: a stop, then a capital or a quotation; not an initial's or a short
# abbreviation's ("U.S. Attorney", "St. Paul"), nor "a.m. in" (lower case after it).
_NEXT_SENTENCE_END = rx.compile(r"(?<!\b[^\W\d_])(?<!\b[\p{Lu}][\p{Ll}])[.!?][\"”’»)]*\s+(?=[\p{Lu}\"“«])|(?<=[^.!?\s])[\"”’»)]*[ \t]*\n\s*")
_ISSUER_END = rx.compile(r"[,;:\n]|\.\s*$")
_NEXT_REACH = 600  # characters after the officials where the next sentence's credit may stand


_WORD_BEFORE = rx.compile(r"([\w.'’&-]+)\s+\Z")
# The capitalised words right before a name, its title maybe ("Sheriff John Mina said": the
# speaker read is "Mina").
_TITLE_RUN_BEFORE = rx.compile(r"((?:[\p{Lu}][\w.'’&-]*[ \t]+){1,4})\Z")


def _official_title_run(run: str, lex, lead: str = "") -> bool:
    """Whether the capitalised words before a speaker's name give him an office: an
    official's title ("Sheriff", "Orange County Sheriff"), a public office ("Mayor",
    "Governor", "Superintendent"), or a body's head after the body's word ("Police Chief",
    "County Commissioner", "City Manager", "School Board President"), or a ranked head
    ("Deputy Chief"). A private holder's role is no office: "Acme Security CEO",
    "Publix Store Manager", "Campaign Manager", "Fraternal Order of Police President" (``lead``,
    the word before the run, is "of"), "Head Coach" (review 1, R3)."""
    words = [w.strip(".,’'").lower() for w in run.split()]
    if set(words) & (lex.official_titles | lex.public_offices):
        return True
    bodies = (lex.officials_institutions | lex.officials_bodies_before) - lex.private_bodies
    return any(i and (w in lex.body_heads and words[i - 1] in bodies and _public_body([lead.lower(), *words[:i]], lex) or
                      w in lex.ranked_heads and words[i - 1] in lex.ranks) for i, w in enumerate(words))


def _public_body(before: list[str], lex) -> bool:
    """Whether the body word closing ``before`` names a public body: not one inside a private
    body's name ("Fraternal Order of Police", "Friends of the Library") nor a private
    qualifier's ("Student Council", "Booster Club")."""
    return "of" not in before and (len(before) < 2 or before[-2] not in lex.private_title_qualifiers)


def _official_name(name: str, lex, text: str = "", near: tuple[int, int] = (0, 0)) -> bool:
    """Whether ``name`` holds an office's or an official body's word. A title a private trade
    holds too ("attorney", "agent") is an office's only after a capitalised qualifier, in the
    name ("U.S. Attorney Beth Drake") or right before it in ``text`` near ``near`` ("said FBI
    agent …"), that is not a private one ("defense attorney Mark Delgado": his lawyer)."""
    words = [w.strip(".,") for w in name.split()]
    low = {w.lower() for w in words}
    if low & lex.official_name_words:
        return True
    if text:
        # The speaker read short of the title before it ("Sheriff John Mina said", round 33b
        # r1): the title is said all the same.
        lo, hi = max(0, near[0] - 120), min(len(text), near[1] + 120)
        at = text.find(name, lo, hi)
        run = _TITLE_RUN_BEFORE.search(text, max(lo, at - 80), at) if at > 0 else None
        lead = _WORD_BEFORE.search(text, max(0, run.start(1) - 40), run.start(1)) if run else None
        if run and _official_title_run(run.group(1), lex, lead.group(1) if lead else ""):
            return True
    for i, w in enumerate(words):
        if w.lower() not in lex.official_titles_qualified:
            continue
        before = words[i - 1] if i else None
        if before is None and text:
            lo, hi = max(0, near[0] - 120), min(len(text), near[1] + 120)
            at = text.find(name, lo, hi)
            m = _WORD_BEFORE.search(text, lo, at) if at >= 0 else None
            before = m.group(1) if m else None
        if before and before[0].isupper() and before.lower().strip(".,") not in lex.private_title_qualifiers:
            return True
    return False


def _officials_named_next(text: str, found: list[Attribution], lex) -> list[Attribution]:
    """Unnamed officials whom the very next sentence names (the AP lede: "…, officials said
    Thursday. … was indicted Tuesday, according to a news release from U.S. Attorney Beth
    Drake", round 29a, r01): a document credited to a capitalised issuer, or a speaker named
    with an office's word ("said South Metro Fire Department Chief Mark Juelfs"). Two
    sentences on, or a paragraph further, the officials stay unnamed."""
    return [_named_next(text, a, found, lex) for a in found]


def _named_next(text: str, a: Attribution, found: list[Attribution], lex) -> Attribution:
    """``a`` named by the next sentence (_officials_named_next), if it is vague officials
    whom that sentence names; else ``a`` as it is."""
    if not a.vague or not lex.officials_named_next.fullmatch(a.text):
        return a
    hi = min(len(text), a.end + _NEXT_REACH)
    ends = [m.start() for m in _NEXT_SENTENCE_END.finditer(text, a.end, hi)]
    if not ends:
        return a
    second = ends[1] if len(ends) > 1 else None
    if text.count("\n\n", a.end, ends[0] if second is None else second) > 1:
        return a
    stop = hi if second is None else second
    doc = lex.official_document_credit.search(text, a.end, stop) \
        if lex.official_document_credit is not None else None
    if doc is not None:
        # the issuer, up to its clause's or sentence's end ("U.S. Attorney Beth Drake")
        at = doc.end() - 1
        close = _NEXT_SENTENCE_END.search(text, at, stop)
        name = _ISSUER_END.split(text[at:close.start() if close else stop], 1)[0].rstrip(" .")
        # the officials' body or one of its officials, not a newspaper's report
        if _official_name(name, lex):
            return dataclasses.replace(a, name=name, vague=False)
        return a
    credit = next((b for b in found if b.named and a.end <= b.start < stop
                   and _official_name(b.name, lex, text, (b.start, b.end))), None)
    if credit is not None:
        return dataclasses.replace(a, name=credit.name, vague=False)
    return a


def _credits(text: str, finding: Attribution, b: Attribution, closing: int) -> bool:
    """Does ``b`` credit the finding in its sentence: a cue anywhere ("according to the
    Maricopa County report"), or a speaker closing the sentence after a comma ("…, the team
    wrote in The Lancet."), not a verb inside what was found ("…found 9% of published copy
    shows AI fingerprints, with…": round 26a, en05)?"""
    if b.kind == "cue":
        return True
    return b.kind == "speech" and b.start > finding.end and "," in text[finding.end:b.start] \
        and not any(c in text[b.end:closing] for c in ",;:")


_CAPITALISED_RUN = rx.compile(rf"{_CAPITALISED}(?:\s+{_CAPITALISED})*")


def _findings_credited(text: str, found: list[Attribution], lex) -> list[Attribution]:
    """A study's, a report's or a finding's vague phrase whose source is named all the same:
    right after its comma ("According to a study, published Tuesday in JAMA Pediatrics,"), in
    its sentence ("officials found 0.2% …, according to the Maricopa County report"), or, a
    sentence-final "according to reports.", by the outlets that reported it in the sentence
    before, in its paragraph ("The Wall Street Journal and Bloomberg reported … . …, according
    to reports.")."""
    out = []
    for a in found:
        if a.vague and lex.credited_vague.fullmatch(a.text):
            opening, closing = _sentence(text, a.start, a.end)
            named = None
            after = lex.credit_after_comma.match(text, a.end, closing) \
                if a.text.rstrip().endswith(",") and lex.credit_after_comma is not None else None
            if after is not None:
                named = _CAPITALISED_RUN.match(text, after.end() - 1, closing)
                name = named.group() if named else None
            else:
                credit = next((b for b in found if b.named and b is not a
                               and opening <= b.start < closing and _credits(text, a, b, closing)), None)
                if credit is None and lex.reports_back is not None and lex.reports_back.fullmatch(a.text) \
                        and opening >= 2 and text[opening - 1] != "\n":
                    before, _ = _sentence(text, opening - 1, opening - 1)
                    credit = next((b for b in found if b.named and b.kind == "speech"
                                   and before <= b.start < opening
                                   and b.text.lower() in lex.outlet_report_verbs), None)
                named = credit
                name = credit.name if credit else None
            if named is not None:
                a = dataclasses.replace(a, name=name, vague=False,
                                        organisation=getattr(named, "organisation", True))
        out.append(a)
    return out


_OPENING_MARKS = {"“": "”", "«": "»"}
_CURLY_MARK = rx.compile(r"[“”«»]")
_LEAD_TO_QUOTE = rx.compile(r"\s*[:,]?\s*$")  # "Inspector Tate said: “"
_INCISE_LEAD = rx.compile(r"\s*,\s*")  # "», " before the verb of an incise after a quotation


def _paragraph_quotations(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int]:
    """(opening, closing) of every quotation of the paragraph [lo, hi), whatever its marks
    (“…”, «…», "…"), in the order they open, nested ones after the one holding them
    (« … “ … ” … »); and where an opening mark left unclosed stands (-1 if none), the
    French and English press convention of a quotation going on in the next paragraphs.
    Curly and French marks open and close with different signs and pair as nested; a
    closing mark with no matching opening is skipped (a typo or an apostrophe-like ”). A
    closing mark closes the deepest open quotation of its kind, any unclosed one inside it
    ending there too: a stray “ (a forgotten ”, an autocorrected “…“) does not hold the
    outer «…» open to the paragraph's end (review C of round 39, A2)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _CURLY_MARK.finditer(text, lo, hi):
        mark = m.group()
        if mark in _OPENING_MARKS:
            stack.append((mark, m.start()))
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1)
                      if _OPENING_MARKS[stack[d][0]] == mark), -1)
        while depth >= 0 and len(stack) > depth:
            pairs.append((stack.pop()[1], m.start()))
    pairs.extend(_straight_quotations(text, lo, hi))
    pairs.sort()
    return pairs, stack[0][1] if stack else -1


def _quotations_of(text: str, body: list[tuple[int, int]], found: list[Attribution]
                   ) -> list[tuple[int, int, Attribution]]:
    """(start, end, speaker) of the quotations a named speaker opens in their paragraph
    ("Inspector Tate said: “Officers received…"), every one of them, each with its own
    speaker («Jean Dupont a déclaré : « … ». Une source proche du dossier a ajouté : « … »»:
    the second is not Jean Dupont's), continued over the paragraphs that open with the
    same mark until one closes it (the press convention: each paragraph opens with “, only
    the last closes; round 11b, en01)."""
    named = [a for a in found if a.named and a.kind not in ("verb", "credit")]
    if not named:
        return []
    spans = []
    n = 0
    while n < len(body):
        lo, hi = body[n]
        n += 1
        pairs, at = _paragraph_quotations(text, lo, hi)
        if at >= 0 and not (n < len(body) and _carried_on(text, body[n], text[at])):
            if (close := _closed_after(text, pairs, at, hi, found)) >= 0:
                pairs, at = [*pairs, (at, close)], -1
        spans.extend((start, close, owner) for start, close in pairs
                     if (owner := _quotation_owner(text, named, lo, start, close)) is not None)
        if at < 0 or (owner := _quotation_owner(text, named, lo, at, -1)) is None:
            continue
        mark, closing = text[at], _OPENING_MARKS[text[at]]
        end = hi
        while n < len(body) and _carried_on(text, body[n], mark):
            lo2, hi2 = body[n]
            n += 1
            close = text.find(closing, lo2, hi2)
            if close >= 0:
                end = close
                break
            end = hi2
        spans.append((at, end, owner))
    return spans


def _carried_on(text: str, paragraph: tuple[int, int], mark: str) -> bool:
    """Does the paragraph carry on a quotation opened with ``mark`` before it: it opens with
    the same mark (the press convention), or with a dialogue dash inside «…» («— Nous allons
    donc…, a-t-il ajouté. »), the French convention of a dialogue going on."""
    head = text[paragraph[0]:paragraph[1]].lstrip()
    return head.startswith(mark) or (mark == "«" and head[:1] in _DIALOGUE_DASHES)


_DIALOGUE_DASHES = frozenset("—–")


def _closed_after(text: str, pairs: list[tuple[int, int]], at: int, hi: int,
                  found: list[Attribution]) -> int:
    """Where a quotation its paragraph leaves open (and the next paragraph does not carry on)
    ends: the last closing mark of its kind after it that closed a quotation opened inside it,
    when that mark can close both (French writes one » for »»): it ends the sentence or the
    paragraph, or a speaker's incise follows it. One of the two openings was stray: a
    forgotten » before a speaker's incise and a new « («« Je me souviens…, nous confie
    Fabrice, un peu nostalgique. « La course … minuit ».», round 28a fr25), or a doubled one
    («« la Charente-Maritime a été « très touchée » … mais « on devrait descendre …
    100.000″, selon … 30.000 en Sarthe ».», round 30b fr14). A mark the sentence's words go
    on after closed only the inner quotation («… parle d'une « situation critique » sur les
    quais. …»): the final » was forgotten, the quotation runs to the paragraph's end (the
    reviewer's q_b). -1: none."""
    mark = text[at]
    close = max((close for start, close in pairs if start > at and text[start] == mark), default=-1)
    if close < 0:
        return -1
    rest = text[close + 1:hi]
    after = rest.lstrip()
    if not after or after[0] in ".!?…" or _CLOSING_AFTER.match(after):
        return close
    gap = len(rest) - len(after)
    if after[0] == "," and any(a.kind == "speech" and close < a.start <= close + 1 + gap + 3 for a in found):
        return close  # «… « situation critique », a-t-il déclaré. D'après…»
    return -1


_CLOSING_AFTER = rx.compile(r"[»”\"]\s*(?:$|[.!?…])")


def _quotation_owner(text: str, named: list[Attribution], lo: int, at: int, close: int
                     ) -> Attribution | None:
    """The named speaker of the quotation opening at ``at`` (closing at ``close``, -1 when not
    in its paragraph) in the paragraph from ``lo``: the one whose words lead to it ("Inspector
    Tate said: “"), or, closed, the one in an incise inside it ("« …, explique Daniel
    Teissier, son président. Mais on dit que… »", round 12a) or right after it ("« … », a
    déclaré Jean Dupont")."""
    # The speaker is credited outside the quotation, never by a name it mentions (review 1
    # of round 38: "A source … said: "Officials familiar…"" read "said" with the quotation's
    # first word; «Un habitant raconte : "… Le maire Jean Dupont a dit le contraire…"»): a
    # lead-in's name stands before the mark, one inside is an incise's, its verb after a comma.
    owner = next((a for a in reversed(named) if lo <= a.start and a.end <= at
                  and _LEAD_TO_QUOTE.match(text[a.end:at])
                  and a.name.lower() in text[lo:at].lower()), None)
    if owner is None and close >= 0:
        owner = next((a for a in named if a.kind == "speech" and
                      (at < a.start and a.end <= close and _INCISE_BEFORE.search(text, at, a.start) or
                       close < a.start and _INCISE_LEAD.fullmatch(text, close + 1, a.start))), None)
    return owner


_INCISE_BEFORE = rx.compile(r",\s*$")  # "…, explique Daniel Teissier": an incise's comma


# A straight double quotation: opening before a word, closing after one (a space between in
# French typography: " Trente ans, une génération ", round 10a, fr15_hautanjou), in its paragraph.
_STRAIGHT = rx.compile(r'(?<![\w"])"[ \t]?(?=[^\s"])[^"\n]*?[^\s"][ \t]?"(?![\w"])')


def _straight_quotations(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(opening, closing) of the straight double quotations of the paragraph [lo, hi), read
    only when every mark in it pairs so (round 38a, r3: «"…. …. …", explique Cyril Durand»):
    one mark opens and closes, so a stray one or an inch mark (a 27" screen) would pair the
    wrong way and swallow the text between; and no quotation is followed across paragraphs."""
    marks = text.count('"', lo, hi)
    if not marks or marks % 2:
        return []
    pairs = [(m.start(), m.end() - 1) for m in _STRAIGHT.finditer(text, lo, hi)]
    return pairs if 2 * len(pairs) == marks else []


def _quoted_by_name(text: str, body: list[tuple[int, int]], found: list[Attribution]
                    ) -> list[Attribution]:
    """A vague phrase inside a named speaker's quotation is that speaker's ("Inspector Tate
    said: “… the suspect who is believed to be linked…"): the article names its source."""
    spans = _quotations_of(text, body, found)
    if not spans:
        return found
    out = []
    for a in found:
        if a.vague:
            owner = next((o for s, e, o in spans if s < a.start and a.end <= e), None)
            if owner is not None:
                a = dataclasses.replace(a, name=owner.name, vague=False, organisation=owner.organisation)
        out.append(a)
    return out


_SENTENCE_END = rx.compile(r"[.!?](?=\s)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the last full stop (or line break) before
    it to the next one after it."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
                  text.rfind("! ", 0, start)) + 1
    closing = _SENTENCE_END.search(text, end)
    return opening, closing.start() if closing else len(text)


def _hedges_named(text: str, found: list[Attribution], lex) -> list[Attribution]:
    """A hedge ("on apprend que", "reportedly") whose sentence names a source is that source's:
    no longer vague; one whose sentence has a described source ("De sources bien informées,
    on apprend que") is that source's, reported once. Its sentence's named attributions, or a publication's issue it cites
    ("dans Le Carillon du 7 septembre 1977, on apprend que…"), which is then found too, or a
    source named before and said again by what it is ("the newspaper", "l'agence")."""
    out, issues = [], []
    for a in found:
        if a.vague and lex.vague_hedge.fullmatch(a.text):
            opening, closing = _sentence(text, a.start, a.end)
            named = next((b for b in found if b.named and b.kind != "verb"
                          and opening <= b.start < closing), None)
            if named is None and lex.issue_cue is not None:
                for cue in lex.issue_cue.finditer(text, opening, closing):
                    name = _NAME.match(text, cue.end(), closing)
                    cited = name and _named(text, cue.start(), cue.end(), name)
                    if cited and lex.issue_date.match(text, cited[0].end, closing):
                        named = dataclasses.replace(cited[0], organisation=True, kind="cue")
                        issues.append(named)
                        break
            if named is None and _described_source(text, opening, closing, a, lex):
                # "…reportedly declined to comment when contacted by the newspaper" (round
                # 18a): the paper the text named before.
                named = next((b for b in reversed(found) if b.named and b.kind != "verb"
                              and b.end <= opening), None)
            if named is None and lex.continuing_hedge is not None and lex.continuing_hedge.fullmatch(a.text):
                named = _account_before(text, opening, a.start, found, lex)
            if (named is None and lex.inferred_hedge is not None and lex.inferred_hedge.fullmatch(a.text)
                    and lex.inference_grounds.search(text, opening, closing)):
                # "De mémoire de festival, il semblerait bien que cette année soit un
                # millésimé, … au regard du nombre de festivaliers" (round 23a, fr16): the
                # writer infers from grounds it gives; no one's word is passed on.
                continue
            if (named is None and lex.reader_hedge is not None
                    and lex.reader_hedge.fullmatch(text, opening, a.end)):
                # "…a accepté d'en présenter les premiers acquis. Où on apprend que…" (round
                # 28b, r04): the reader learns it from the text itself, the interview.
                continue
            if (named is None and lex.counterfactual_hedge is not None and lex.counterfactual_hedge.match(a.text)
                    and lex.counterfactual_frame.search(text, max(opening, a.start - 160), a.start)):
                # "À sa place, n'importe quel parent aurait dit à ses enfants…" (review 3, item
                # 7): what one would have said, no one's word passed on.
                continue
            if (named is None and lex.answered_hedge is not None and lex.answered_hedge.fullmatch(a.text)
                    and _answers_request(text, _sentence_before(text, opening), a, lex)):
                # "Il a fallu ma demande d'éclaircissements … Le projet a évolué m'explique-t-on"
                # (round 35a, a councillor's blog): the answer to the writer's own request, from
                # the one she asked; her exchange, no word passed on.
                continue
            if named is not None:
                a = dataclasses.replace(a, name=named.name, vague=False, organisation=named.organisation)
            elif any(b.vague and b is not a and opening <= b.start < closing
                     and not lex.vague_hedge.fullmatch(b.text) for b in found):
                # "De sources bien informées, on apprend que…" (round 8): the hedge tells how
                # the described source's fact is learnt; one vague attribution, reported once.
                continue
        out.append(a)
    return sorted(out + issues, key=attrgetter("start")) if issues else out


# After a hedge that answers the writer, its clause ends: "m'explique-t-on." / "(…)"; words
# after it place "on" elsewhere ("me glisse-t-on dans son entourage", "m'affirme-t-on pourtant
# au ministère", review 1 of session 34).
_HEDGE_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?()\[\]«»\"“”—–…]|$)")


def _answers_request(text: str, lo: int, a: Attribution, lex) -> bool:
    """Whether the writer's own request, between ``lo`` and the hedge, is what the hedge
    answers: a request not said to be unanswered, and a hedge that ends its clause."""
    request = lex.own_request.search(text, lo, a.start)
    if request is None or not _HEDGE_CLAUSE_END.match(text, a.end):
        return False
    return lex.unanswered_request is None or not lex.unanswered_request.search(text, request.start(), a.start)


_SHARE_REACH = 60  # "près de 79 % des", "les trois quarts des": the share's words before the sample


def _poll_results(text: str, found: list[Attribution], lex) -> list[Attribution]:
    """A poll's sample said to say something ("79% des personnes interrogées se disent irritées",
    round 47a fr01) is the poll's result, not an unnamed speaker: its share right before it. A
    poll only named nearby does not do it (review of r47a: «études», «panel», «CSA» the regulator
    have other senses, and a reporter's vox pop follows a poll's figure as often); without a share
    they stay interviewees no one names ("Selon plusieurs personnes interrogées, le syndicat…")."""
    out = []
    for a in found:
        if a.vague and lex.poll_sample.search(a.text):
            opening, _ = _sentence(text, a.start, a.end)
            if lex.poll_share.search(text[max(opening, a.start - _SHARE_REACH):a.start]):
                continue
        out.append(a)
    return out


def _sentence_before(text: str, opening: int) -> int:
    """Where the sentence before the one opening at ``opening`` opens, over a paragraph break
    (a sentence opening its paragraph answers the last one of the paragraph before)."""
    at = opening
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return _sentence(text, at - 1, at)[0] if at > 0 else opening


def _account_before(text: str, opening: int, hedge_start: int, found: list[Attribution],
                    lex) -> Attribution | None:
    """The named source whose account the sentence before, in the same paragraph, tells in a
    reported clause ("The report then states that the student continued to yell. The student
    then reportedly entered the garage", round 21b): a hedge right after it goes on with that
    account. Not a credit that closes its sentence ("…, The Daily Advance reported. He
    reportedly declined to comment", round 18a): its account ends there."""
    if opening < 2 or text[opening - 1] == "\n":
        return None  # the hedge opens its paragraph: no account before it there
    before, _ = _sentence(text, opening - 1, opening - 1)
    account = next((b for b in reversed(found) if b.named and b.kind in ("speech", "cue")
                    and before <= b.start < opening and lex.reported_after.match(text, b.end)), None)
    if account is None:
        return None
    # The hedge's sentence goes on with that account, not with a story of its own ("…said that
    # negotiators would meet again. Beijing reportedly plans…", review of d03ee24..203fa18,
    # item 9): a continuing adverb before the hedge, or a subject that takes the reported
    # clause's up, a pronoun or a noun of it ("that the student continued… The student then").
    words = [w.lower() for w in _WORD.findall(text, opening, hedge_start)]
    if any(w in lex.continuing_adverbs for w in words):
        return account
    head = next((w for w in reversed(words) if w not in lex.continuing_adverbs), None)
    if head is None or len(words) > 6:
        return None
    clause = {w.lower() for w in _WORD.findall(text, account.end, opening)}
    return account if head in lex.pronouns or head in clause else None


def _described_source(text: str, opening: int, closing: int, hedge: Attribution, lex) -> bool:
    """A source said again by what it is, in the hedge's sentence, as the source: after a
    source cue ("when contacted by the newspaper", "selon le quotidien"), after an inverted
    speech verb ("a indiqué le quotidien"), or the subject of a speech verb, the hedge maybe
    between ("the newspaper reportedly said"). Not "The agency reportedly plans to dismiss…"
    (review of round 19, item 7): the agency does, no one is said to say it."""
    if lex.source_description is None:
        return False
    for m in lex.source_description.finditer(text, opening, closing):
        before = text[max(opening, m.start() - 40):m.start()]
        if lex.source_description_cue is not None and lex.source_description_cue.search(before):
            return True
        if any(not before[v.end():].strip() for v in lex.speech_verb.finditer(before)):
            return True
        at = m.end() + len(text[m.end():closing]) - len(text[m.end():closing].lstrip())
        if at == hedge.start:  # "the newspaper reportedly said"
            at = hedge.end + len(text[hedge.end:closing]) - len(text[hedge.end:closing].lstrip())
        if lex.speech_verb.match(text, at, closing):
            return True
    return False


def _resolve_anaphors(found: list[Attribution], lex, text: str) -> list[Attribution]:
    """"selon la même source", "auprès des mêmes sources": the source of the attribution
    before it (``found`` in order). Named there, it is named here; vague, or none, it stays
    vague ("selon ces mêmes sources" with no antecedent in the text). After a source said
    again, the source again is that one, not a named one between them ("…, said the source. …
    Der Spiegel, which first reported the plans, said. … said the source.", round 9a). A
    named relay and the unnamed source it cites in one sentence: the source again is the
    cited one, the one its words call so ("Se référant à une source proche de ce dossier, El
    Khabar a révélé que… La même source a également indiqué…", round 43a, fr05)."""
    out, last, again, cited = [], None, None, None
    for a in found:
        if a.vague and lex.anaphoric_source.search(a.text):
            before = again or last
            if before is not None and before.named and cited is not None and \
                    _sentence(text, cited.start, cited.end) == _sentence(text, before.start, before.end) and \
                    _content_stems(cited.text) & _content_stems(a.text):
                before = cited
            if before is not None and before.named:
                a = dataclasses.replace(a, name=before.name, vague=False, organisation=before.organisation)
            again = a
        elif a.kind != "verb":
            if a.vague:
                cited = a
            last = a
        out.append(a)
    return out


_CONTENT_WORD = 5  # letters: "source", "sources", "témoin"; not "la", "une", "même"


def _content_stems(phrase: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(phrase) if len(w) >= _CONTENT_WORD}


# "« la France va accueillir le monde », se félicite l'Elysée": any verb right after a
# quotation and its comma, then its subject, inverted (CIT004 reads the unnamed ones: "…», a
# tempéré une source proche du dossier"). Opens on a closing mark: re skips to one.
# Groups: the reflexive pronoun, the auxiliary, the verb.
_QUOTE_INVERSION = rx.compile(r"[»”\"]\s*,\s*(?:(se|s'|s’)\s*)?(?:(est|a|ont|avait|avaient)\s+)?"
                              r"(?:[\p{Ll}]+ment\s+)?([\p{Ll}][\p{Ll}-]{2,})(?=\s)")
_NEXT_WORD = rx.compile(r"\s+([\p{Ll}][\p{Ll}-]{2,})(?=\s)")


def _says(lex, verb: str) -> bool:
    """A verb of saying, alone or after its auxiliary ("déclaré": "a déclaré")."""
    return bool(lex.speech_verb.fullmatch(verb) or lex.speech_verb.fullmatch(f"a {verb}"))




_CLOSING_MARKS = "»”\""


def _marked(pattern: re.Pattern[str], text: str, marks: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens on one of ``marks`` and holds no
    other mark: its match at each mark, found by str.find (re stops at every character to
    test it against a class: 0.04 ms a page)."""
    at = []
    for mark in marks:
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
    return [m for m in map(pattern.match, itertools.repeat(text), sorted(at)) if m]


def _after_quotations(text: str, ranges: list[tuple[int, int]], lex, starts: list[int]
                      ) -> list[Attribution]:
    """The named or identifiable subject of a verb right after a quotation (``starts``: the
    ranges' starts)."""
    found = []
    for m in _marked(_QUOTE_INVERSION, text, _CLOSING_MARKS):
        within = _range_of(starts, ranges, m.start(), m.end())
        if within is None or m.group(3) in lex.all_stopwords:  # "», mais Paris refuse"
            continue
        # A verb of saying ("a ajouté", "avait alors déclaré", "poursuit") or a reflexive one
        # ("se félicite"), not a title's participle ("« Intouchables », réalisé par…") nor a
        # clause (", prompting X").
        start, end = m.span(3)
        # A participle after its auxiliary right after a quotation speaks by its place: "«…»,
        # a soutenu le président du Conseil du trésor, Sam Hamad" (round 15b, fr08).
        placed = m.group(2) and lex.spoken_participle.fullmatch(m.group(3))
        if not (m.group(1) or placed or _says(lex, m.group(3))):
            adverbed = _NEXT_WORD.match(text, end)  # an adverb first: "avait alors déclaré"
            if adverbed is None or not _says(lex, adverbed.group(1)):
                continue
            start, end = adverbed.span(1)
        if lex.agent_after.match(text, end):  # "« Intouchables », réalisé par …"
            continue
        verb = text[start:end]
        name = _NAME.match(text, end, within[1])
        if name:
            found.extend(dataclasses.replace(a, kind="speech")
                         for a in _named(text, start, end, name))
            continue
        after = _TOKEN.findall(text[end:min(within[1], end + 60)].split(".")[0])[:3]
        who = _speaker(after, lex, False)
        if who and who.lower() not in lex.pronouns:
            found.append(Attribution(who, False, start, end, verb, kind="speech"))
    return found


_QUOTATION = rx.compile(r"«[^«»]+»|“[^“”]+”")
# "« Cela prouve que le Stade français reste attractif, souriait Thomas Savare, avant
# d'ajouter … »" (round 11b, fr26): a verb, then a name of two capitalised words or more,
# closed by a comma or a full stop, inside the quotation: its speaker.
_NAMED_INCISE = rx.compile(r",\s*([\p{Ll}][\p{Ll}-]{2,})\s+((?:(?:Me|M\.|Mme|Dr|Pr)\s+)?"
                           r"[\p{Lu}][\w'’-]+(?:\s+[\p{Lu}][\w'’-]+)+)\s*[,.]")


def _quote_incises(text: str, ranges: list[tuple[int, int]], lex, starts: list[int]
                   ) -> list[Attribution]:
    """The named speaker of an incise inside a quotation ("…, souriait Thomas Savare, …»"):
    any verb there tells who speaks, not a preposition or a clause word ("…, dans Le Monde,",
    "…, mais Jean Dupont…"), nor a role ("…, président Jean Dupont,")."""
    found = []
    closed = lex.prepositions | lex.clause_words | lex.all_stopwords
    for q in _marked(_QUOTATION, text, "«“"):
        if _range_of(starts, ranges, q.start(), q.end()) is None:
            continue
        for m in _NAMED_INCISE.finditer(text, q.start(), q.end()):
            verb = m.group(1)
            if verb.lower() in closed or lex.speaker.fullmatch(verb):
                continue
            found.append(Attribution(m.group(2), False, m.start(1), m.end(2), text[m.start(1):m.end(2)],
                                     kind="speech"))
    return found


# "Pour son responsable Denis Gautier-Sauvagnac l'argent a servi…": a view_cues word opening
# a sentence, a role, then a name, gives that person's view. Without the role a place reads
# as a person ("Pour Los Angeles, les Jeux…"; the session's review): not read.
_VIEW_ROLE = rx.compile(r"\s+(?:(?:le|la|les|son|sa|ses|leur|leurs)\s+|l')?((?:[\p{Ll}][\w-]*\s+){0,3}?)(?=[\p{Lu}])")
_SENTENCE_OPEN = frozenset(".!?…:»\n") | {""}  # what a sentence's first word follows, a dash or bullet between


def _views(text: str, low: str | None, ranges: list[tuple[int, int]], lex, starts: list[int]
           ) -> list[Attribution]:
    found = []
    if lex.view_cue is None:
        return found
    # The cue opens a sentence: written with its capital, which re finds in the text as it
    # is ("pour" in lower case is on every line of French).
    for cue_start, cue_end in lex.view_cue.spans(text):
        within = _range_of(starts, ranges, cue_start, cue_end)
        if within is None:
            continue
        end = within[1]
        before = text[max(0, cue_start - 8):cue_start].rstrip(" \t_—–•*-")
        if before[-1:] not in _SENTENCE_OPEN or not before and cue_start > 8:
            continue
        role = _VIEW_ROLE.match(text, cue_end, end)
        if role is None or not text[role.end() - 1].isspace():
            continue
        name = _NAME.match(text, role.end() - 1, end)
        if not name:
            continue
        described = any(lex.speaker.fullmatch(w) and w not in lex.pronouns
                        for w in role.group(1).split())
        if not described:
            continue  # "Pour Noël", "Pour Los Angeles, les Jeux…": a place's name reads as a person's
        found.extend(_named(text, cue_start, cue_end, name))
    return found


def _in_ranges(ranges: list[tuple[int, int]], pattern: re.Pattern[str], text: str,
               low: str | None, starts: list[int]) -> list[tuple[re.Match[str], int, int]]:
    """``pattern``'s matches (written for lowercased text, searched in the whole text at
    once: linear time however many ranges) that stand inside one of ``ranges``, each with
    its range. ``low``: lexicon.lowered(text); None, the text is read case-insensitively."""
    matches = pattern.finditer(low) if low is not None else caseless(pattern.pattern).finditer(text)
    return [(m, *r) for m in matches if (r := _range_of(starts, ranges, m.start(), m.end()))]


def _range_of(starts: list[int], ranges: list[tuple[int, int]], start: int, end: int
              ) -> tuple[int, int] | None:
    """The range of ``ranges`` (``starts``: their starts) that [start, end) stands in."""
    i = bisect.bisect_right(starts, start) - 1
    return ranges[i] if i >= 0 and end <= ranges[i][1] else None


_CLAUSE_BREAK = rx.compile(r"[\n,;:.!?()«»\"“”]")
_ELISION = rx.compile(r"^(?:l|d|qu)'", re.IGNORECASE)
_POSSESSIVE = rx.compile(r"'s$")
_APPOSITION = rx.compile(r"\s*(?:la|le|les|l'|un|une|the|a|an)\b", re.IGNORECASE)  # a noun phrase
_APPOSITION_REACH = 200
_APPOSED_NAME = rx.compile(r"\s*[\p{Lu}][\w'’&.-]*(?:\s+(?:[\p{Lu}][\w'’&.-]*|&)){0,3}\s*")


def subject_verbs(text: str, low: str | None, ranges: list[tuple[int, int]],
                  pattern: WordScan, starts: list[int] | None = None,
                  resumed: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, subject) of ``pattern``'s verbs (lexicon.announcement, .decision) in
    ``ranges`` whose subject, the word or two right before them in their clause, is a name
    ("Bayer a finalement annoncé", "l'Assemblée a voté", "the Corporation's claim") or a
    speaker role ("le groupe a annoncé"); "une enquête a révélé" has none, nor a pronoun,
    unless ``resumed`` (the text unfolded) is given: then a pronoun opening the clause
    stands for the named subject it resumes (subject_of: "Deel … il vient de s'offrir
    Hofy")."""
    lex = get_lexicon()
    found = []
    if starts is None:
        starts = [s for s, _ in ranges]
    for start, end in pattern.spans(text, low):
        within = _range_of(starts, ranges, start, end)
        if within is None:
            continue
        before = text[max(0, start - 60):start]
        clause = _CLAUSE_BREAK.split(before)[-1]
        if not clause.strip() and before.rstrip().endswith(","):
            # "Tracfin, la cellule de lutte contre le blanchiment du ministère de l'Economie et
            # des Finances, aurait … signalé": the subject stands before its apposition.
            parts = _CLAUSE_BREAK.split(text[max(0, start - _APPOSITION_REACH):start])
            if len(parts) >= 3 and _APPOSITION.match(parts[-2]) and \
                    text[start - len(parts[-1]) - len(parts[-2]) - 2] == ",":
                clause = parts[-3]
            elif len(parts) >= 2 and _APPOSED_NAME.fullmatch(parts[-2]):
                # "Le numéro un mondial du LBO, Blackstone, a dévoilé" (round 11a, fr03): the
                # name apposed to the subject.
                clause = parts[-2]
        tokens = _TOKEN.findall(clause)
        if tokens and tokens[-1].lower() in lex.object_relatives:
            # "la somme qu'a provisionnée le conseil municipal": the subject follows the verb
            after = _TOKEN.findall(_CLAUSE_BREAK.split(text[end:min(within[1], end + 60)])[0])[:4]
            who = _speaker(after, lex, False)
            if who and who.lower() not in lex.pronouns:
                found.append((start, end, who))
            continue
        words = [_POSSESSIVE.sub("", _ELISION.sub("", w)) for w in tokens[-2:]]
        who = _speaker(list(reversed(words)), lex, True)
        if who and who.lower() not in lex.pronouns:  # "Il a confirmé son talent": who?
            found.append((start, end, who))
        elif resumed is not None:
            own = _TOKEN.findall(_CLAUSE_BREAK.split(text[max(within[0], start - 60):start])[-1])
            if own and own[-1].lower() in lex.pronouns and \
                    (who := subject_of(resumed, within[0], start)):
                found.append((start, end, who))
    return found


# A person's name after "par": two capitalised words or more, not a body's after an article
# ("par le ministre d'Etat, … Ferdinand Ngoh Ngoh": the name, not "Secrétaire général").
@functools.cache
def _signatory() -> re.Pattern[str]:
    # one fixed-width look-behind an article (lexicon definite_articles): "l'" joins its word
    after = "".join(rf"(?<!\b{re.escape(a)}{'' if a[-1] in _APOSTROPHES else ' '})"
                    for a in sorted(set(get_lexicon().definite_articles)))
    return rx.compile(rf"{after}(?<![\w'’-]){_CAPITALISED}(?: {_CAPITALISED})+")


_APOSTROPHES = "'’"


def _documents(text: str, low: str | None, ranges: list[tuple[int, int]], lex,
               starts: list[int]) -> list[Attribution]:
    """A numbered article of a named legal text: "conformément au 1 de l'article 1650 du Code
    Général des Impôts (CGI)" (round 9, fr26): the document the text follows is its source; a
    document's named signatory ("une correspondance signée … par … Ferdinand Ngoh Ngoh", round
    13a): its author is."""
    found = []
    if lex.document_cue is None:
        return found
    for m in lowered_matches(lex.document_cue, text, low):  # skipped through on lowered text
        if _range_of(starts, ranges, m.start(), m.end()) is None:
            continue
        group = "document" if m.group("document") is not None else "signatory"
        name, begin = m.group(group).rstrip(), m.start(group)
        if group == "signatory":  # the first run of capitalised words within 120 characters
            run = _signatory().search(name, 0, 120 + 60)
            if run is None or run.start() > 120:
                continue
            name, begin = run.group(), begin + run.start()
        stop = begin + len(name)
        found.append(Attribution(name, False, m.start(), stop, text[m.start():stop],
                                 organisation=group == "document"))
    return found


def _framed(text: str, low: str | None, ranges: list[tuple[int, int]], lex,
            starts: list[int]) -> list[Attribution]:
    """A speech's frame opening a sentence, then its speaker's name: "Dans son discours
    inaugural, Jean-Michel Massé a eu l'occasion de remercier… La facture totale s'élève à
    1 550 000 € HT" (round 9, fr16): what follows is what the named speaker said."""
    found = []
    if lex.speech_frame is None:
        return found
    for m in lowered_matches(lex.speech_frame, text, low):
        within = _range_of(starts, ranges, m.start(), m.end())
        if within is None:
            continue
        name = _NAME.match(text, m.end(), within[1])
        if name and len(name.group(1).split()) >= 2:  # a person's name: "Jean-Michel Massé"
            found.extend(dataclasses.replace(a, kind="speech") for a in _named(text, m.start(), m.end(), name))
    return found


def _split_speech(text: str, low: str | None, ranges: list[tuple[int, int]], lex,
                  starts: list[int]) -> list[Attribution]:
    """A speech verb whose auxiliary stands apart from its participle, asides between: "Celui
    qui fait maire a, au dernier conseil municipal, une fois de plus, évoqué la situation … :
    « … »" (round 10b, fr19); its subject, the words before the auxiliary in their clause."""
    found = []
    for m in lowered_matches(lex.split_auxiliary, text, low):
        within = _range_of(starts, ranges, m.start(), m.end())
        verb = m.group("participle")
        if within is None or not _says(lex, verb):
            continue
        if f"a {verb}".lower() in lex.clause_speech_verbs and \
                not lex.reported_after.match(text, m.end(), within[1]):
            continue  # "a, ce jour-là, salué des dirigeants": no speech
        clause = _CLAUSE_BREAK.split(text[max(within[0], m.start() - 60):m.start()])[-1]
        who = _speaker(list(reversed(_TOKEN.findall(clause)[-4:])), lex, True)
        if who and who.lower() in lex.pronouns:
            who = None
        found.append(Attribution(who, False, m.start(), m.end(), text[m.start():m.end()],
                                 kind="speech" if who else "verb"))
    return found


def _outlets(text: str, low: str | None, ranges: list[tuple[int, int]], lex,
             starts: list[int]) -> list[Attribution]:
    """"ce renseignement du média anglophone The Information", "un article du journal Le
    Monde": an outlet the text takes its information from, when a name follows."""
    found = []
    for start, stop in (lex.outlet_cue.spans(low) if low is not None else
                        lex.outlet_cue.spans(text, ignore_case=True)):
        within = _range_of(starts, ranges, start, stop)
        if within is None:
            continue
        if lex.subscription_before is not None and \
                lex.subscription_before.search(text, max(within[0], start - 30), start):
            continue  # "Pour recevoir la newsletter du Magazine Décideurs": the site's own box
        end = within[1]
        name = _NAME.match(text, stop, end) or _later_name(text, start, stop, end)
        if name:
            found.extend(dataclasses.replace(a, organisation=True)
                         for a in _named(text, start, stop, name))
    return found


def _passive_agents(text: str, low: str | None, ranges: list[tuple[int, int]],
                    lex, starts: list[int], scan: WordScan | None = None) -> list[Attribution]:
    """"(un contrat) annoncé jeudi dernier par Jim Carr, ministre fédéral", "the deal,
    announced on Monday by Boeing": a passive's agent, when a name, is the source. ``scan``:
    the participles read (lexicon.passive_agent by default)."""
    found = []
    for start, stop in (scan or lex.passive_agent).spans(text, low):
        within = _range_of(starts, ranges, start, stop)
        name = within and (_NAME.match(text, stop, within[1]) or _HANDLE.match(text, stop, within[1]))
        if name:
            found.extend(_named(text, start, stop, name))
    return found


# A social account's handle as a passive's agent: "partagé … par @AlexSofamous" (round 9a).
_HANDLE = rx.compile(r"\s+(@[A-Za-z0-9_]{2,30})(?![\w@.])")


def passive_decisions(text: str, low: str | None, ranges: list[tuple[int, int]]
                      ) -> list[tuple[int, int]]:
    """(start, end) of a decision's participle whose agent is a name: "Instauré par le Wall
    Street Journal, le « The Billion-dollar start-up club » … celles qui ont réussi à lever
    plus d'un milliard de dollars" (round 7), "une aide de 300 euros votée par le conseil
    municipal". The figures of its sentence are that body's (CIT008)."""
    lex = get_lexicon()
    starts = [s for s, _ in ranges]
    return [(a.start, a.end) for a in _passive_agents(text, low, ranges, lex, starts,
                                                      lex.passive_decision)]


# "(CercleFinance.com) - Le chiffre d'affaires…", "PARIS (Reuters) - …": a wire credit
# opening a paragraph, which sources it as "selon" would. Bloomberg's is "--", after a date
# maybe: "May 10 (Bloomberg) -- European stocks gained…" (round 7, bloomberg.com).
_LEAD_CREDIT = rx.compile(r"\(([^()\n]{2,40})\)\s*(?:[-–—]|--)\s")
_DATELINE = rx.compile(r"\W*(?:[\p{Lu}][\p{Lu}'’. -]+(?:,[^()\n]{0,30})?|[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})?\s*$")
_SITE_NAME = rx.compile(r"\w\.[a-z]{2,4}\b")


def closing_credit(text: str, ranges: list[tuple[int, int]]) -> list[Attribution]:
    """The last of ``ranges`` (the body's, or its last block and the furniture after it: a
    short line alone reads as furniture, "TF1" under a forum's paste, round 14a), a site's or a publisher's name alone ("Figaro.fr" under a
    reprint, round 6, bladi.net): the credit of what it reprints. A word or two of furniture
    may follow it ("Haut", a link back to the top, on that page). An agency's name alone is
    a picture's credit (citations.find_agency_credits)."""
    publishers = get_publishers()
    for start, end in reversed(ranges[-_CLOSING_BLOCKS:]):
        if end - start > 60:
            return []
        line = text[start:end].strip()
        words = line.split()
        if not line or len(words) > 4:
            return []
        known = publishers.canonical.get(normalise_publisher(line))
        if line[0].isupper() and ((_SITE_NAME.search(line) and len(words) == 1) or
                                  (known is not None and known not in publishers.agencies)):
            at = text.index(line, start)
            return [Attribution(line, False, at, at + len(line), line, organisation=True,
                                kind="credit")]
        if len(words) > 2:
            return []
    return []


# An interview's answer, its speaker's name as its label: "Quelles ont été les levées de fonds
# marquantes de 2023 ?" / "Lucie Texier : On a observé…" (round 8, an interview). A first name
# and a name or two, a colon, a sentence; only right after a question (not "Paris : la ville…").
_ANSWER_LABEL = rx.compile(rf"(?m)^[ \t]*({_PERSON})[ \t]*:[ \t]+[\p{{Lu}}«\"“]")


def _interview_answers(text: str, ranges: list[tuple[int, int]]) -> list[Attribution]:
    found = []
    for start, end in ranges:
        for m in _ANSWER_LABEL.finditer(text, start, end):
            if text[max(0, m.start() - 300):m.start()].rstrip().endswith("?"):
                name = m.group(1)
                found.append(Attribution(name, False, m.start(1), m.end(1), name, kind="speech"))
    return found


# A quotation's speaker named around it, no verb: its name closing it on its line, then a
# role, a date or the line's end ("…. » Caroline Proulx, ministre du Tourisme", round 14a,
# fr16; "…“, "The Dark Side of the Moon" de ChatGPT”, Alain Goudey, 16/03/2023", fr25), or
# opening its paragraph before a colon, a role in brackets maybe ("Ronan O'Gara (manager de
# La Rochelle, …): "…"", round 14b, fr13). A person's name: two or three capitalised words.
_QUOTE_CLOSING_NAME = rx.compile(rf"(?:[»”]|(?<=\S)\")[ \t]*,?[ \t]*({_PERSON})"
                                 rf"(?=[ \t]*,[ \t]*[\p{{Ll}}\d]|[ \t]*\.?[ \t]*(?:\n|$))")
# A colon after the quotation, then its speaker's name and verb: "« … C'est un changement de
# paradigme » : Matthieu Stéfani introduisait ainsi La Rentrée 100 % Finance" (round 15b, fr13).
_QUOTE_COLON_NAME = rx.compile(rf"(?:[»”]|(?<=\S)\")[ \t]*:[ \t]*({_PERSON})(?=[ \t]+[\p{{Ll}}])")
_NAME_BEFORE_QUOTE = rx.compile(rf"(?m)^[ \t]*({_PERSON})[ \t]*(?:\([^()\n]{{1,120}}\))?[ \t]*:[ \t]*[«“\"]")
# What makes the marks a quotation, not a scare-quoted word ("le militant « antifasciste »
# Antonin Bernanos", round 11a) nor a headline ("Kako Nubukpo : « Le sommet … qui fâchent »"
# under "À Lire", round 14a): a sentence inside it, its end before a closing mark or the next
# (a mark just before a closing name: "…appropriée.“, "The Dark Side…" de ChatGPT”, Alain Goudey").
_QUOTED_SENTENCE = rx.compile(r"[.!?…][ \t]*(?:[»”\"“]|[ \t]+[\p{Lu}«“\"])")
_QUOTE_CLOSED_SENTENCE = rx.compile(r"[.!?…][ \t]*[»”\"“]")
_QUOTE_REACH = 300  # characters read back from the closing mark for the quotation's sentence end


# Each match of _QUOTE_CLOSING_NAME holds one of these marks, each of _NAME_BEFORE_QUOTE one
# of "«“\"": a range without one is not read by them (both were tried at every position of
# every body range, 0.18 ms a page).
_QUOTE_MARK = rx.compile(r"[«»“”\"]")


def _quote_credits(text: str, ranges: list[tuple[int, int]]) -> list[Attribution]:
    lex = get_lexicon()
    found = []
    marked = _QUOTE_MARK.search
    for start, end in ranges:
        if marked(text, start, end) is None:
            continue
        for pattern in (_QUOTE_CLOSING_NAME, _QUOTE_COLON_NAME, _NAME_BEFORE_QUOTE):
            for m in pattern.finditer(text, start, end):
                name = m.group(1)
                first = name.split()[0].lower()
                if first in lex.determiners or first in lex.prepositions or first in lex.clause_words:
                    continue  # a place or a sentence: "» La Rochelle, elle, attend"
                if pattern is _QUOTE_COLON_NAME:  # a sentence inside: "… business. C'est …"
                    said = _QUOTED_SENTENCE.search(text, max(start, m.start() - _QUOTE_REACH), m.start() + 1)
                elif pattern is _QUOTE_CLOSING_NAME:  # a sentence closed by a mark just before
                    said = _QUOTE_CLOSED_SENTENCE.search(text, max(start, m.start() - _QUOTE_REACH),
                                                         m.start() + 1)
                else:
                    said = _QUOTED_SENTENCE.search(text, m.end() - 1, end)
                if not said:
                    continue
                found.append(Attribution(name, False, m.start(1), m.end(1), name, kind="speech"))
    return found


_CLOSING_BLOCKS = 3  # the credit, and up to two short lines of furniture after it
_SITE_AFTER = rx.compile(r"\s+((?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})\b")
_BLOCK_CLOSE = rx.compile(r"[\s.!»”\")\]]*")
_CREDIT_REACH = 160  # where a reprint's credit may start: the closing characters of its block


def find_reprint_credits(text: str, ranges: list[tuple[int, int]]) -> list[Attribution]:
    """A reprint's credit closing one of ``ranges`` (the article's last blocks, furniture
    included), a cue then where the article comes from and nothing more: "…. suite de
    l'article sur RFI", "=> La suite de l'article sur lapresse.ca.", "Read the original
    article on The Conversation" (round 7)."""
    cue = get_lexicon().reprint_cue
    found = []
    if cue is None:
        return found
    for start, end in ranges:
        for m in cue.finditer(text, max(start, end - _CREDIT_REACH), end):
            name = _SITE_AFTER.match(text, m.end(), end) or _NAME.match(text, m.end(), end)
            if name is None or _BLOCK_CLOSE.match(text, name.end(1), end).end() != end:
                continue
            found.append(Attribution(name.group(1), False, m.start(), name.end(1),
                                     text[m.start():name.end(1)], organisation=True, kind="credit"))
    return found


# A reprint's header over the text it reproduces: a publication's name, maybe after one word
# ("Résumé"), and its issue's full date: "Résumé Le Provencal / du 16 septembre 1976" (round
# 12b, om1899.com's archive of 1976 match reports). The name opens on a definite article and
# capitalised words, as a paper's does; the issue cue and a month the lexicon knows follow.
_ISSUE_HEADER = rx.compile(r"(?:[\p{Lu}][\p{Ll}]+\s+)?((?:Le|La|Les|L['’])\s*[\p{Lu}][\w'’-]+(?:\s+[\p{Lu}][\w'’-]+){0,2})")
_YEAR_END = rx.compile(r"\s+\d{4}\s*")
HEADER_BLOCKS = 6  # the lines above the article's text where a reprint's header stands


def find_issue_headers(text: str, blocks: list[tuple[int, int]]) -> list[Attribution]:
    """The publication whose issue a header above the text names (``blocks``: the blocks before
    the body's first paragraph, in order): the credit of what the page reprints."""
    lex = get_lexicon()
    found = []
    tail = list(blocks[-HEADER_BLOCKS:])
    for (s1, e1), after in zip(tail, tail[1:] + [None]):
        for lo, hi in ((s1, e1), (s1, after[1])) if after else ((s1, e1),):  # one line, or two
            line = " ".join(text[lo:hi].split())
            m = _ISSUE_HEADER.match(line)
            issue = m and lex.issue_date.match(line, m.end())
            if issue and _YEAR_END.fullmatch(line, issue.end()):
                at = text.index(m.group(1).split()[0], lo)
                end = at + len(text[at:hi].split("\n")[0].rstrip())
                found.append(Attribution(m.group(1), False, at, end, text[at:end], organisation=True,
                                         kind="credit"))
                return found
    return found


def _lead_credits(text: str, ranges: list[tuple[int, int]], starts: list[int]) -> list[Attribution]:
    """A credit opening its paragraph, after a dateline maybe, that names a publisher the
    lexicon knows or a site: "(Paris) -" is a place."""
    found = []
    for m, start, _ in _in_ranges(ranges, _LEAD_CREDIT, text, text, starts):  # a case-blind pattern
        name = m.group(1).strip()
        if not _DATELINE.match(text, start, m.start()):
            continue
        if normalise_publisher(name) in get_publishers().canonical or _SITE_NAME.search(name) \
                or get_publishers().newsroom.search(name):  # "(RTTNews) -"; not "(Paris) -"
            found.append(Attribution(name, False, m.start(1), m.end(1), name, organisation=True,
                                     kind="credit"))
    return found


_INDEFINITE_BEFORE = rx.compile(r"\b(?:des|some|certains|plusieurs|un|une|a|an)\s+(?:[\w'-]+\s+)?$", re.I)


def _span(match: re.Match[str] | None, at: int = 0) -> tuple[int, int] | None:
    return None if match is None else (match.start() - at, match.end() - at)


def _role_end(window: str, role: tuple[int, int] | None) -> int | None:
    """Where the speaker role found at ``role`` in ``window`` (the words after a cue) ends,
    unless an indefinite stands before it ("selon des responsables"): no one in particular."""
    if role and not _INDEFINITE_BEFORE.search(window[:role[0]]):
        return role[1]
    return None


@functools.lru_cache(maxsize=4096)
def _after_cue(window: str) -> int | None:
    """What a cue's window says, read in lowercased text from its second character (the
    first is the cue's last, read by the look-arounds as in place): -1, a relative pronoun
    (no attribution); the end of a speaker role, counted in the window; or None, no speaker.
    The same few words after a cue are read once ("selon des sources", a megabyte of "selon")."""
    if get_lexicon().relative.match(window, 1):
        return -1
    return _role_end(window[1:], _span(get_lexicon().speaker_lowered.search(window, 1), 1))


def _cued(text: str, m: re.Match[str], end: int, lex, low: str | None) -> list[Attribution]:
    """The source after a cue: a name ("selon le Washington Post"), a role ("according to
    county officials"), or no one named ("according to a new poll"). ``low``: the text
    lowercased (lexicon.lowered), where the role is looked for by the faster pattern."""
    cue_start, cue_end = m.span()
    name = _NAME.match(text, cue_end, end)
    if not name:
        window = _ROLE_AFTER_CUE.match(text, cue_end, end)
        if window is None:
            return [Attribution(None, False, cue_start, cue_end, sys.intern(text[cue_start:cue_end]),
                                kind="verb")]
        lo, hi = window.span()
        # The window opens with white space and ends a word, so the look-arounds at its
        # edges see what they would in the window alone.
        if low is not None:
            role_end = _after_cue(low[lo - 1:hi])  # lo > 0: the window follows a cue
        elif lex.relative.match(text, lo, hi):
            role_end = -1
        else:
            role_end = _role_end(window.group(), _span(lex.speaker.search(window.group())))
        if role_end == -1:
            return []
        if role_end is not None:
            stop = cue_end + role_end
            return [Attribution(text[cue_end:stop].strip(), False, cue_start, stop, text[cue_start:stop])]
        data = lex.institution_data and lex.institution_data.match(text, cue_end, end)
        if data:  # "Selon les statistiques douanières": the customs' data (round 13a)
            stop = data.end()
            return [Attribution(text[cue_end:stop].strip(), False, cue_start, stop, text[cue_start:stop],
                                organisation=True)]
        later = _later_name(text, cue_start, cue_end, end) or \
            lex.apposed_role.match(text, cue_end, end) or _authors(text, m.group(), cue_end, end, lex)
        if later is not None:
            return _named(text, cue_start, cue_end, later)
        # One string per cue word, not per occurrence: a page may hold thousands.
        return [Attribution(None, False, cue_start, cue_end, sys.intern(text[cue_start:cue_end]),
                            kind="verb")]
    return _named(text, cue_start, cue_end, name)


def _authors(text: str, cue: str, cue_end: int, end: int, lex) -> re.Match[str] | None:
    """The authors' name of the document a source preposition cites, in the clause after it:
    "D'après l'annuaire de 1932, rédigé par le président Théophile ROUSSET et …" (round 8);
    _NAME's match. A verb cue's object is not a document cited ("a révélé le rapport, signé
    par …")."""
    if lex.authored_by is None or lex.cue_preposition.search(cue) is None:
        return None
    clause = _CLAUSE.match(text, cue_end, end)
    by = clause and lex.authored_by.match(text, clause.end(), end)
    return _NAME.match(text, by.end(), end) if by else None


def _named(text: str, cue_start: int, cue_end: int, name: re.Match[str]) -> list[Attribution]:
    """The attribution of a cue to the name ``name`` (_NAME's match) reads."""
    value = _SENTENCE_BREAK.split(name.group(1))[0]
    value = _TRAILING.sub("", value).rstrip(".,")
    if len(value) < 2:
        return []
    stop = name.start(1) + len(value)
    if " " not in value and _OF_LOWER.match(text, stop):
        # A head noun whose name goes on in lower case: "selon la Société des rédacteurs du
        # Monde" (round 11a, fr06) is the whole name, or none ("Société" names no one).
        whole = _NAME_GOES_ON.match(text, stop)
        if whole is None:
            return []
        stop = whole.end()
        value = text[name.start(1):stop]
    lex = get_lexicon()
    # A person's office, capitalised as titles are ("la Directrice des Opérations"), names a
    # person, no publisher (round 22a, r06).
    kind = _TOKEN.findall(text[max(cue_end, name.start() - 40):name.start(1)].lower())
    organisation = value.split()[0].lower() not in lex.holder_roles and \
        bool(_ARTICLE.match(text, name.start()) or lex.organisation.search(value)
             or kind and kind[-1] in lex.organisation_kinds)  # "selon le cabinet EY"
    return [Attribution(value, False, cue_start, stop, text[cue_start:stop], organisation=organisation)]


_OF_LOWER = rx.compile(r"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\p{Ll}]")
# ... then lower-case words, up to five, and capitalised ones that close the name.
_NAME_GOES_ON = rx.compile(r"(?:\s+(?:d['’]|l['’])?[\p{Ll}][\w'’-]*){1,5}?\s+(?:[dl]['’])?[\p{Lu}][\w'&.-]*"
                           r"(?:\s+[\p{Lu}][\w'&.-]*)*")
# The cue's clause: what follows it up to a punctuation mark, at most this far.
_CLAUSE = rx.compile(r"[^\n,.;:!?«»\"“”()\[\]]{1,60}")
# A name right after its complement's elision or space: "de l'UEFA", "de la FIFA".
_GLUED_NAME = rx.compile(r"\s*((?:[\p{Lu}][\w'&.-]*)(?:\s+[\p{Lu}][\w'&.-]*){0,3})")
# A capital after a space, or glued to an elided article: "Selon des chiffres de l'Insee" (round
# 16b, fr04: "Selon cette même source" after it points back to the Insee).
_CAPITAL = rx.compile(r"\s(?=[\p{Lu}])|(?<=\s[lLdD]['’])(?=[\p{Lu}])")


# A cue that is a preposition ("selon", "according to", "cité par", "publié dans";
# lexicon.cue_preposition) introduces its source, maybe after a description; a verb ("a
# rapporté", "révèle") has its object there ("a révélé le caractère … de Caracas"; its
# openers: lexicon.object_openers), so only a time between it and an inverted subject.
_VERB_GAP_WORDS = 3


def _later_name(text: str, cue_start: int, cue_end: int, end: int) -> re.Match[str] | None:
    """A name a few words after a cue, in its clause: "selon le site Next", "selon un article
    du 3 octobre 2025 du média Next", "a rapporté ce dimanche Bild am Sonntag", "according to
    a new report by the Pew Research Center", "révèle une étude de la FIFA" (a document's
    author, lexicon document_subjects); not a month or a day ("on Monday")."""
    clause = _CLAUSE.match(text, cue_end, end)
    if clause is None:
        return None
    lex = get_lexicon()
    preposition = lex.cue_preposition.search(text, cue_start, cue_end) is not None
    document = not preposition and lex.document_subject is not None and \
        lex.document_subject.match(text, cue_end, clause.end())
    if document:  # the verb's inverted subject: "révèle une étude de la FIFA"
        return _GLUED_NAME.match(text, document.end(), clause.end())
    for gap in _CAPITAL.finditer(text, clause.start(), clause.end()):
        name = _NAME.match(text, gap.start(), clause.end()) if gap.group() else \
            _GLUED_NAME.match(text, gap.start(), clause.end())
        word = name.group(1).split()[0].lower().rstrip(".") if name else ""
        if not name or word in lex.months or word in lex.weekdays:
            continue
        if len(_TRAILING.sub("", name.group(1)).rstrip(".,")) < 2:
            # A capital that names nothing, a number's sign: "le bulletin des céréales N°31 du
            # SIMA" (round 36a, r2) is the SIMA's, read on past "N".
            continue
        if not preposition:
            between = _TOKEN.findall(text[cue_end:gap.start()].lower())
            if len(between) > _VERB_GAP_WORDS or lex.object_openers.intersection(between):
                return None
        return name
    return None


# Who speaks or decides in a sentence whose subject is a pronoun: the named subject it resumes
# (CIT008's sources: spoken perfects, resumed decisions, commitments).
_SENTENCE_STOP = rx.compile(r"[.!?…](?=\s+[\p{Lu}«“\"(])")
_SENTENCE_REACH = 600  # characters read back for a sentence's start: linear time
_OPENER_WORDS = 8  # the words of a sentence's opening read for its subject ("Le fournisseur de services de paie Deel")


def sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, not before ``lo`` (its paragraph's start) and
    at most _SENTENCE_REACH characters back; a line break starts one too."""
    start = lo
    for m in _SENTENCE_STOP.finditer(text, max(lo, at - _SENTENCE_REACH), at):
        start = m.end()
    line = text.rfind("\n", start, at)
    return line + 1 if line >= 0 else start


def opener(text: str, start: int, stop: int) -> str | None:
    """The named subject or speaker role opening the sentence at ``start`` (read up to
    ``stop``), an opening phrase after a preposition skipped ("En 2006, Yahoo …"); not a
    pronoun."""
    lex = get_lexicon()
    head = text[start:stop]
    comma = head.find(",")
    words = _TOKEN.findall(head[:comma]) if comma > 0 else []
    if words and words[0].lower() in lex.prepositions:
        start += comma + 1
    who = _speaker(_TOKEN.findall(text[start:min(stop, start + 120)])[:_OPENER_WORDS], lex, False)
    return who if who and who.lower() not in lex.pronouns else None


def subject_of(text: str, lo: int, at: int) -> str | None:
    """The named subject or speaker role of the verb at ``at`` in the paragraph from ``lo``:
    the word or two before it in its clause ("Celui qui fait maire a … évoqué"), or, for a
    pronoun there, the subject it resumes: its sentence's ("Le groupe publiera … mais il a
    déjà indiqué") or, when the pronoun opens its sentence (after an opening phrase maybe),
    the sentence before's ("Deel enchaîne les rachats. Après avoir acquis deux sociétés cette
    année, il vient de s'offrir Hofy"). None for the author's own pronoun or no one."""
    lex = get_lexicon()
    clause = _CLAUSE_BREAK.split(text[max(lo, at - 60):at])[-1]
    tokens = _TOKEN.findall(clause)
    who = _speaker(list(reversed(tokens[-2:])), lex, True)
    if not who or who.lower() in lex.self_pronouns:
        return None
    if who.lower() not in lex.pronouns:
        return who
    if len(tokens) > 2 or tokens[-1].lower() != who.lower():
        return None  # "il" not the subject right before the verb
    start = sentence_start(text, lo, at)
    head = text[start:at - len(clause)].strip()
    if len(tokens) > 1 or head and (head.count(",") != 1 or not head.endswith(",")):
        return opener(text, start, at)  # "mais il", "…, et il": the sentence's subject
    if start <= lo:
        return None
    return opener(text, sentence_start(text, lo, start - 1), start)


def spoken_perfects(text: str, folded: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of speech participles after their auxiliary, adverbs or asides between
    (lexicon.spoken_perfect, on ``folded``), whose subject is named or a pronoun resuming a
    named one (subject_of, on ``text``): "Le groupe publiera … mais il a déjà indiqué que…"."""
    pattern = get_lexicon().spoken_perfect
    if pattern is None:
        return []
    return [m.span() for start, end in ranges for m in pattern.finditer(folded, start, end)
            if subject_of(text, start, m.start())]


def meeting_presentations(folded: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of what a body's meeting presented or voted (lexicon.meeting): "Présenté
    lors du dernier conseil municipal, le budget …"."""
    pattern = get_lexicon().meeting
    if pattern is None:
        return []
    return [m.span() for start, end in ranges for m in pattern.finditer(folded, start, end)]


_COMMITMENT_REACH = 30  # characters read before an amount for "une offre de"


def commitments(text: str, folded: str, quantities) -> list[int]:
    """Starts of amounts of money a body commits, the commitment's noun beside them ("a $1
    million commitment", "une offre de 1 milliard"), in a sentence a named body or a speaker
    role opens ("Hoyt began with…")."""
    lex = get_lexicon()
    before, after = lex.commitment_before, lex.commitment_after
    if before is None and after is None:
        return []
    out = []
    for q in quantities:
        if q.kind != "money":
            continue
        s = q.start
        if before is not None and before.search(folded, max(0, s - _COMMITMENT_REACH), s) or \
                after is not None and after.match(folded, q.end):
            if opener(text, sentence_start(folded, max(0, s - _SENTENCE_REACH), s), s):
                out.append(s)
    return out
