"""Direct quotations in the body, whether they are full clauses, and whether a speaker is named
near them: a speech verb in the same sentence or the one before or after, a French incise
inside the quotation ("…, affirme-t-elle. …", "…, détaille Robert Angelozzi, juriste…"), a
lead-in line or clause ending with a colon, a name on the line after a quotation that is a
paragraph of its own (a testimonial: "…" / "Engadget"), a short credit closing the
quotation's paragraph ("« … » Proverbe russe."), or a named speaker's speech in its sentence
("« … » : … après le discours du général de Gaulle, sa formule est restée célèbre").

Not quotations: code (triple quotes), titles and terms announced as such ("intitulé «…»",
"a book called "…""), a quotation that is a whole heading-like line, and lists of quoted
example phrases (several paragraphs in a row that are each one quotation)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from audit import rx
from audit.lexicon import get_lexicon
from audit.model import Quote
from audit.segment.cues import word_count

# «…»: the words between the marks without the white space around them; written so that no
# run of spaces is read more than once ("«\s*([^«»]+?)\s*»" read the run after each word it
# tried: quadratic), matching what that pattern matched (tests/test_backtracking.py). The
# second branch is "«  »", whose quotation is its last space.
_QUOTE = rx.compile(r"«\s*+([^«»\s](?:[^«»]*[^«»\s])?)\s*»|«\s*(\s)»|“([^“”]+?)”|\"([^\"\n]+?)\"")
_CAPITAL_NEXT = rx.compile(r"\s+[\p{Lu}]")  # a new sentence right after the closing mark
# A name right after the closing mark and the word after it (a credit: "…,” Hayes vowed.").
_NAME_NEXT = rx.compile(r"\s+([\p{Lu}][\w'’-]+)(?:\s+([\p{Ll}]+))?")
_VERB_FORM = rx.compile(r"[\p{Ll}]{2,}(?:ed|[^s]s)")  # "vowed", "joked", "cautions"
_SENTENCE_END = rx.compile(r"[.!?…](?=\s+[\p{Lu}«“\"])")
_ANONYMOUS = rx.compile(r"\W*(?:un|une|des|certains|plusieurs|an?|some|one)\s+"
                        r"(?:responsable|source|proche|diplomate|officiel|observateur|expert|"
                        r"official|insider|person)", re.IGNORECASE)
# "…, affirme-t-elle.", "…, glisse-t-il", "…, soupire-t-on": the speaker inside the quotation.
_INCISE = rx.compile(r",\s*[\w'-]+-t-(?:il|elle|on|ils|elles)\b|,\s*[\w'-]+-(?:il|elle|ils|elles)\b",
                     re.IGNORECASE)
# "…sous un autre nom, détaille Robert Angelozzi, juriste à la FER Genève. La nouvelle…"
# (round 8, FER Genève): a verb, then a capitalised name of two words or more, closed by a
# comma or a full stop, inside the quotation. Group 1 is the verb: not a preposition or a
# clause word ("…, dans Le Monde,", "…, mais Jean Dupont…").
_NAMED_INCISE = rx.compile(r",\s*([\p{Ll}][\p{Ll}\-]{2,})\s+(?:(?:Me|M\.|Mme|Dr|Pr)\s+)?"
                           r"[\p{Lu}][\w'’-]+(?:\s+[\p{Lu}][\w'’-]+)+\s*[,.]")
_TITLE_CUE = rx.compile(r"(?:intitulée?s?|appelée?s?|baptisée?s?|nommée?s?|surnommée?s?|titrée?s?|"
                        r"slogan|hashtag|mot|terme|expression|formule|livre|roman|film|série|"
                        r"chanson|album|émission|pièce|titled|called|named|dubbed|entitled|"
                        r"slogan|term|phrase|word|words|book|novel|film|movie|series|song|album|"
                        r"show|headline|label)\s*(?::\s*)?$", re.IGNORECASE)
_NAME_LINE = rx.compile(r"^\W{0,3}[\p{Lu}][\w'.&-]*(?:\s+[\p{Lu}a-z][\w'.&-]*){0,5}\W{0,3}$")
_WORD = rx.compile(r"[\w'’-]+")


def _names(line: str) -> bool:
    """A name or credit line ("Engadget", "Proverbe russe.", "Le Monde"), not a short sentence
    opening on a function word ("Le pays reste mobilisé.", "The country remains mobilised.",
    the rule's own example): such a line is a name only when its other words are capitalised."""
    if not _NAME_LINE.match(line):
        return False
    words = _WORD.findall(line)
    if not words or words[0].lower() not in get_lexicon().all_stopwords:
        return True
    return all(w[:1].isupper() for w in words[1:] if len(w) > 3)


# The run of non-word characters that ends a text, read once: "[.!?…]\W*$" tried each
# full stop of a run of them and read the rest of the run each time.
_NON_WORD_TAIL = rx.compile(r"(?<!\W)\W*$")


def ends_sentence(text: str) -> bool:
    """The text ends with a full stop, a question or exclamation mark or an ellipsis, then
    nothing but non-word characters ("… fin. »", "Vraiment ?!")."""
    tail = _NON_WORD_TAIL.search(text).group()
    return "." in tail or "!" in tail or "?" in tail or "…" in tail


def _is_full_clause(quote: str) -> bool:
    """A sentence someone said, not a title, a term or a slogan: it ends like a sentence, or
    is long; and it is not in Title Case ("Superminds: The Surprising Power of People")."""
    words = quote.split()
    ends = ends_sentence(quote)
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words)
    if long_words >= 2 and capitalised >= 0.6 * long_words and not ends:
        return False
    if re.search(r"[/;=<>{}]|\w\.\w", quote):
        return False  # code, a path, a user-agent string
    return (ends and len(words) >= 4) or (quote[:1].isupper() and len(words) >= 5)


def _sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around [start, end) inside the block [lo, hi), ignoring ends inside quotes."""
    left = max(lo, start - _WINDOW)
    # The lookahead must see the quote; a sentence is looked for in a bounded window only.
    for m in _SENTENCE_END.finditer(text, max(lo, start - _WINDOW), min(hi, start + 2)):
        if m.end() <= start:
            left = m.end()
    right_match = _SENTENCE_END.search(text, end, min(hi, end + _WINDOW))
    return left, right_match.end() if right_match else min(hi, end + _WINDOW)


# "Shanna Challenger has trapped goats… “They would…”": a person introduced, then quoted.
_CAPITALISED_PAIR = rx.compile(r"\b([\p{Lu}][\w'’-]+)\s+(?:[\p{Lu}]\.\s+)?[\p{Lu}][\w'’-]{2,}")


def _named_incise(quote: str) -> bool:
    lex = get_lexicon()
    closed = lex.prepositions | lex.clause_words | lex.all_stopwords
    return any(m.group(1) not in closed for m in _NAMED_INCISE.finditer(quote))


# How far from a quotation its speech noun and owner are read ("» : soixante-quinze ans jour
# pour jour après le discours du général de Gaulle", round 8: 70 characters).
_OWNER_REACH = 250


class _Owners:
    """Where a block names a speaker through their speech ("après le discours du général de
    Gaulle, sa formule est restée célèbre", round 8): the block read once, when a quotation
    first asks; searching each quotation's sentence on both sides made a line of many
    quotations and no sentence end quadratic (review item 17)."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        owner = get_lexicon().quote_owner
        self.spans = [] if owner is None else [(m.start(), m.end()) for m in owner.finditer(text, lo, hi)]
        self.starts = [a for a, _ in self.spans]

    def within(self, a: int, b: int) -> bool:
        """Does a speech's owner stand in [a, b)?"""
        i = bisect.bisect_left(self.starts, a)
        return i < len(self.spans) and self.spans[i][1] <= b


def _credit_next(text: str, at: int, end: int) -> bool:
    """A capitalised word after a quotation's closing comma that is its credit, not a new
    sentence: a surname the text gave before in a full name ("Mayor Linda Hayes … “We are not
    going anywhere,” Hayes vowed."), or a name a verb form follows ("…,” Patel joked."; review
    of round 19, item 9). Not a sentence opener ("…,” The vote followed…")."""
    m = _NAME_NEXT.match(text, at, end)
    if m is None or m.group(1).lower() in get_lexicon().all_stopwords:
        return False
    if m.group(2) and _VERB_FORM.fullmatch(m.group(2)):
        return True
    return rx.compile(rf"[\p{{Lu}}][\w'’.-]+\s+{re.escape(m.group(1))}(?!\w)").search(text, 0, at) is not None


def _person_in(sentence: str) -> bool:
    lex = get_lexicon()
    stop = lex.all_stopwords
    at = 0
    while (m := _CAPITALISED_PAIR.search(sentence, at)) is not None:
        at = m.end()
        # A quantifier before capitals ending on a plural opens a group, not a name: "Most
        # Senate Republicans said", "All Blacks said" (review 3); a name may follow ("All
        # Blacks coach Scott Robertson").
        if lex.part_opening is not None and (part := lex.part_opening.match(sentence, m.start())):
            run = _CAPITAL_RUN.match(sentence, part.end())
            if run is not None and _plural(run.group(0).split()[-1]):
                # Capitals joined by "and" are a group only when each is a plural: "Both
                # Democrats and Republicans", not "Both Collins and Murkowski" (review of
                # 5b42900..9909290, item 8: a surname may end in -s).
                runs = [run]
                while (joined := _JOINED_RUN.match(sentence, runs[-1].end())) is not None:
                    runs.append(joined)
                if _plural_group([r.group(r.lastindex or 0) for r in runs]):
                    at = runs[-1].end()
                    continue
                return True
        # Capitals ending on a body's plural noun name a group, no person: "Logan County
        # Commissioners approved…" (round 31a, r07); a name after it is one ("County
        # Commissioners Chairman John Smith": the run ends on "Smith").
        run = _CAPITAL_RUN.match(sentence, m.start())
        if run.group(0).split()[-1].lower() in lex.group_nouns:
            at = run.end()
            continue
        if m.group(1).lower() not in stop:
            return True
    return False


_CAPITAL_RUN = rx.compile(r"[\p{Lu}][\w'’-]*(?:\s+[\p{Lu}][\w'’-]*)*")
_JOINERS = ("and", "or", "&")  # "Democrats and Republicans", "Collins & Murkowski"
_JOINED_RUN = rx.compile(rf",?\s+(?:{'|'.join(_JOINERS)})\s+([\p{{Lu}}][\w'’-]*(?:\s+[\p{{Lu}}][\w'’-]*)*)")


def _plural_group(names: list[str]) -> bool:
    """Capitals joined by "and" are a group only when each ends on a plural: "Democrats and
    Republicans", not "Collins and Murkowski" (a surname may end in -s)."""
    return all(_plural(name.split()[-1]) for name in names)


def _plural(word: str) -> bool:
    """A capitalised word read as a plural noun ("Republicans", "Blacks"), not "Ross", "Trump's"."""
    low = word.lower()
    return len(low) > 3 and low.endswith(("s", "x")) and not low.endswith(("'s", "’s", "ss"))


_LAST_SENTENCE = rx.compile(r"(?:^|(?<=[.!?…])\s+)(?=\S)(?:(?![.!?…]\s).)*$", re.DOTALL)


def _neighbours(text: str, s: int, e: int, lo: int, hi: int,
                prev_block: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Where the sentence before lies (in this block, else at the end of the previous one),
    and the sentence after: (start, end) ranges of ``text``."""
    a, b = max(lo, s - _WINDOW), s
    block_start = lo
    if not text[a:b].strip() and prev_block:
        a, b = max(prev_block[0], prev_block[1] - _WINDOW), prev_block[1]
        block_start = prev_block[0]
    last = _LAST_SENTENCE.search(text, a, b)
    if last is None and a == block_start and text[a:b].strip():
        # The block's first sentence: "^" holds at the string's start only, not at a block's.
        before = (a, b)
    else:
        before = (last.start(), b) if last else (b, b)
    after_end = _SENTENCE_END.search(text, e, min(hi, e + _WINDOW))
    return [before, (e, after_end.end() if after_end else min(hi, e + _WINDOW))]


class _Verbs:
    """Speech verbs and attribution cues of the body (found once, by the attribution
    extractor), but those whose speaker is anonymous ("a déclaré un responsable") unless
    ``anonymous`` (vague attributions): a quotation asks of ranges around it, in linear time
    overall."""

    def __init__(self, text: str, verbs: Iterable[tuple[int, int]], anonymous: bool = False) -> None:
        # Read when a quotation first asks: a body without quotations never reads them (a
        # megabyte of "selon" is 166,000 of them).
        self._text, self._verbs, self._anonymous = text, verbs, anonymous
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def within(self, a: int, b: int) -> bool:
        if self.starts is None:
            kept = [(s, e) for s, e in sorted(self._verbs)
                    if self._anonymous or not _ANONYMOUS.match(self._text, e, e + 80)]
            self.starts, self.ends, self._verbs = [s for s, _ in kept], [e for _, e in kept], ()
        i = bisect.bisect_left(self.starts, a)
        return i < len(self.starts) and self.ends[i] <= b

    def leading(self, a: int, b: int) -> bool:
        """A verb in [a, b] that gives no speech of its own: no reported clause after it."""
        if not self.within(a, b):
            return False
        after = get_lexicon().reported_clause_after
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.starts) and self.ends[i] <= b:
            if not after.match(self._text, self.ends[i], b):
                return True
            i += 1
        return False


def _speaker_nearby(speakers: list[int], blocks: list[tuple[int, int]], n: int) -> bool:
    lo = blocks[max(0, n - NEARBY_BEFORE)][0]
    hi = blocks[min(len(blocks) - 1, n + NEARBY_AFTER)][1]
    i = bisect.bisect_left(speakers, lo)
    return i < len(speakers) and speakers[i] < hi


_IMAGINED = rx.compile(r"(?:wonder(?:ing|ed)?|thinking|think|as if to say|ask(?:ing)? (?:yourself|themselves)|"
                       r"se demander|se dire|en pensant|penser|comme pour dire|on se dit)\W{0,5}$",
                       re.IGNORECASE)
NEARBY_BEFORE, NEARBY_AFTER = 3, 1
_WINDOW = 600  # characters around a quotation where its sentence is looked for: linear time


# The clause before a colon that introduces a quotation: "Il ajoute :".
_CLAUSE_TAIL = rx.compile(r"[^.!?…:«»“”\n]*:\s*$")


_CLAUSE_ENDS = ".!?…:«»“”\n"  # the characters _CLAUSE_TAIL's clause holds none of


def _colon_lead(text: str, lo: int, start: int) -> bool:
    """The quotation follows a colon in its paragraph, after a clause of three words or more.
    What ``_CLAUSE_TAIL.search`` of the 200 characters before it finds (re tried it at each
    of them, each reading on to the colon: 36 µs a quotation): the colon closing them but
    white space, and the clause back from it to the last character that ends one."""
    head = text[max(lo, start - 200):start].rstrip()  # str's white space is re's \s
    if not head.endswith(":"):
        return False
    colon = len(head) - 1
    return word_count(head[max(head.rfind(c, 0, colon) for c in _CLAUSE_ENDS) + 1:]) >= 3


_MARK = rx.compile(r"[«“\"]")  # every quotation _QUOTE reads opens with one of them


def _marked(text: str, blocks: list[tuple[int, int]]) -> list[bool]:
    """Which blocks hold a quotation mark: one scan of the text for the blocks in order, not
    a slice of each (a page of many short lines has 166,000 blocks a megabyte)."""
    marks = _MARK.finditer(text)
    mark = next(marks, None)
    out = []
    for lo, hi in blocks:
        while mark is not None and mark.start() < lo:
            mark = next(marks, None)
        out.append(mark is not None and mark.start() < hi)
    return out


_SUBJECT_REACH = 60  # characters read back from a speech verb for its subject


def part_speaker(text: str, a) -> bool:
    """Is ``a``'s speaker a part of a group, its sentence opening on a quantifier ("Most
    council members said Friday that…", round 23b)? No one person: a quotation in another
    sentence is not theirs."""
    lex = get_lexicon()
    if lex.part_opening is None:
        return False
    head = text[max(0, a.start - _SUBJECT_REACH):a.start]
    opening = max(head.rfind(c) for c in ".!?…\n:") + 1
    quantifier = lex.part_opening.match(head, opening)
    if quantifier is None:
        return False
    # The quantifier governs the verb's subject only when the words between are that plural
    # noun phrase: not an opening apposition or adverbial ("Plusieurs fois champion du monde,
    # Teddy Riner a expliqué"), not a person named ("All Blacks coach Scott Robertson said");
    # review 2 of round 23, item 5.
    subject = head[quantifier.end():].split()
    if len(subject) > _PART_SUBJECT_WORDS or any(w.endswith((",", ";", "—", "–")) for w in subject):
        return False
    return not _names_a_person(subject, lex) and not _joined_names(subject)


def _names_a_person(subject: list[str], lex) -> bool:
    """Do the words between a quantifier and its verb end on a person's name? Capitals after a
    role noun are one ("All Blacks coach Scott Robertson"); capitals right after the quantifier
    or a small word ending on a plural are a group's ("Most Senate Republicans", "Many House
    Democrats": review 3)."""
    n = len(subject)
    while n and subject[n - 1][:1].isupper():
        n -= 1
    name = subject[n:]
    if len(name) < 2:
        return False
    if n and subject[n - 1].lower() not in lex.all_stopwords:
        return True  # a role noun before the capitals: a person's title
    return not _plural(name[-1])


def _joined_names(subject: list[str]) -> bool:
    """Are the words capitals joined by "and", one of them no plural: "Collins and
    Murkowski" are two people, "Democrats and Republicans" two groups (review, item 8)."""
    parts, part = [], []
    for w in subject:
        if w.lower() in _JOINERS:
            parts.append(part)
            part = []
        else:
            part.append(w.rstrip(","))
    parts.append(part)
    if len(parts) < 2 or not all(p and all(w[:1].isupper() for w in p) for p in parts):
        return False
    return not _plural_group([" ".join(p) for p in parts])


_PART_SUBJECT_WORDS = 5  # "Most of the city's council members"


def pronoun_speaker(a) -> bool:
    """An attribution whose speaker is a pronoun: "explique-t-il", "il a ajouté"."""
    return a.name is not None and (a.name == "(incise)" or a.name.lower() in get_lexicon().pronouns)


def first_named(text: str, blocks: list[tuple[int, int]], attributions) -> int:
    """Where the body first names someone a pronoun may point back to: a named speaker, not
    a pronoun one, or two capitalised words ("Jean Dupont", "Daniel Teissier"); the text's
    end if none. Before it "« … », explique-t-il" has no one to point back to (round 12b)."""
    at = min((a.start for a in attributions if a.named and a.kind != "credit" and not pronoun_speaker(a)),
             default=len(text))
    for lo, hi in blocks:
        if lo >= at:
            break
        if _person_in(text[lo:min(hi, at)]):
            return lo
    return at


def find_quotes(text: str, blocks: list[tuple[int, int]], speakers: list[int] = (),
                verbs: Iterable[tuple[int, int]] = (),
                vague: Iterable[tuple[int, int]] = (), named_from: int = 0) -> list[Quote]:
    """Quotes in body ``blocks`` (ordered) of the folded ``text``. ``speakers``: offsets of
    named attributions ("selon X", "said Superintendent Runcie", "a-t-il ajouté"); a quotation
    with one in its paragraph, the two before it or the one after is attributed: the press
    names a speaker once and quotes them over several paragraphs. ``verbs``: (start, end) of
    every speech verb and cue, named speaker or not ("…», a déclaré un responsable").
    ``vague``: (start, end) of vague attributions; one in the quotation's sentence is its
    speaker ("…», a tempéré une source proche du dossier"), unnamed: CIT004 reports it.
    ``named_from``: where the text first names anyone: a pronoun incise inside a quotation
    before it ("…, explique-t-il. …") names no one."""
    speakers = sorted(speakers)
    verbs = _Verbs(text, verbs)
    vague = _Verbs(text, vague, anonymous=True)
    quotes: list[Quote] = []
    previous_end = previous_start = None
    marked = _marked(text, blocks)
    whole = [has and bool(_QUOTE.fullmatch(text[lo:hi].strip().rstrip(".!?…")))
             for has, (lo, hi) in zip(marked, blocks)]
    for n, (lo, hi) in enumerate(blocks):
        if not marked[n]:  # no quotation mark, no quotation: the state moves on
            previous_start, previous_end = lo, hi
            continue
        # The previous paragraph ends with a colon: "Il ajoute :". (Only it is read: linear time.)
        lead_in = n > 0 and text[blocks[n - 1][0]:previous_end].rstrip().endswith(":")
        # Press convention: a paragraph that opens with a quotation right after a paragraph
        # whose quotation was attributed continues the same speaker.
        previous_attributed = bool(quotes) and previous_end is not None and \
            quotes[-1].start >= (previous_start or 0) and quotes[-1].attributed
        previous_start = lo
        prev_block = blocks[n - 1] if n else None
        next_block = blocks[n + 1] if n + 1 < len(blocks) else None
        example_list = whole[n] and ((n and whole[n - 1]) or (next_block and whole[n + 1]))
        matches = list(_QUOTE.finditer(text, lo, hi))
        owners = _Owners(text, lo, hi)
        # Quotations one after the other with nothing between: examples, not speech.
        run = {i for i in range(len(matches) - 1)
               if not text[matches[i].end():matches[i + 1].start()].strip()}
        run |= {i + 1 for i in run}
        for i, m in enumerate(matches):
            inner = next(g for g in m.groups() if g is not None)
            if text[m.start() - 1:m.start()] == '"' or text[m.end():m.end() + 1] == '"':
                continue  # code: """docstring"""
            s, e = _sentence_bounds(text, m.start(), m.end(), lo, hi)
            around = _neighbours(text, s, e, lo, hi, prev_block)
            starts_block = i == 0 and not text[lo:m.start()].strip()
            is_whole = whole[n] and len(matches) == 1
            lead = text[max(lo, m.start() - 40):m.start()]
            titled = bool(_TITLE_CUE.search(lead) or _IMAGINED.search(lead))
            # French typography may close the sentence after the guillemet ("… existent ».",
            # round 6, vosgesinfo): a paragraph that is a quotation and its full stop is speech.
            heading_like = is_whole and not ends_sentence(inner) and \
                not ends_sentence(text[m.start():hi].rstrip())
            full = _is_full_clause(inner) and not (titled or heading_like or example_list or i in run)
            testimonial = is_whole and next_block is not None and \
                _names(text[next_block[0]:next_block[1]].strip()) and \
                word_count(text[next_block[0]:next_block[1]]) <= 6
            # A colon right before it in its paragraph ("…n'a commis aucun délit: «Le cas…»",
            # round 8): the lead-in line's convention ("Il ajoute :"), not after a lone word
            # ("Résultat : «…»").
            colon = not starts_block and _colon_lead(text, lo, m.start())
            # A short credit closes its paragraph: "« Pour devenir centenaire… » Proverbe
            # russe." (round 8), as a testimonial's name line does.
            tail = text[m.end():hi].strip()
            credited = i == len(matches) - 1 and ends_sentence(inner) and bool(tail) and word_count(tail) <= 4 \
                and _names(tail)
            # A quotation opening its paragraph that closes on a comma, no speech verb after it
            # in its sentence: the credit that comma announces is missing ("…a deficit,” The
            # vote followed…", round 19a): the paragraph before does not lend it its speaker.
            dangling = starts_block and inner.rstrip().endswith(",") and not verbs.within(m.end(), e) \
                and bool(_CAPITAL_NEXT.match(text, m.end(), hi)) and not _person_in(text[m.end():e]) \
                and not _credit_next(text, m.end(), hi)
            # (a name after it is the credit, verb or none: "…,” Augusto Reyes, Director of…")
            if dangling:
                around = [around[1]]
            # The paragraph before lends its last sentence's speech verb as a lead-in ("…,
            # the mayor said Friday." then "“…”"), not one whose reported clause gives the
            # speech in full ("Most council members said Friday that they expect…", round 23b).
            attributed = (not dangling and _speaker_nearby(speakers, blocks, n)) or \
                (bool(_INCISE.search(inner)) and m.start() >= named_from) \
                or owners.within(max(s, m.start() - _OWNER_REACH), m.start()) \
                or owners.within(m.end(), min(e, m.end() + _OWNER_REACH)) \
                or _named_incise(inner) or bool(colon) or credited \
                or testimonial or ((lead_in or (previous_attributed and not dangling)) and starts_block) \
                or verbs.within(s, m.start()) or verbs.within(m.end(), e) \
                or vague.within(s, m.start()) or vague.within(m.end(), e) \
                or any(verbs.within(a, b) if a >= lo else verbs.leading(a, b) for a, b in around) \
                or (not dangling and _person_in(text[around[0][0]:around[0][1]]))  # the sentence before
            quotes.append(Quote(inner, m.start(), m.end(), full, attributed))
        previous_end = hi
    return quotes
