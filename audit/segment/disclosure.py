"""AI-use disclosures read the way an editor reads them, in every language on every article.

A sentence discloses AI use when it has three things:
- an agent: AI, a model, a tool by name (IA, KI, ChatGPT, DeepL, "un outil d'IA", "a synthetic
  voice");
- an act of making linked to that agent: the act, then only linking words ("produite par un
  outil d'IA", "written with the help of AI"), or the agent as the subject a few words before
  ("Diese Zusammenfassung hat ein Sprachmodell geschrieben");
- this content as the object: a deictic noun ("cet article", "this story", "quest'articolo"),
  a demonstrative subject of any noun ("Dit hoofdstuk is automatisch vertaald"), a content
  noun or the act itself opening the sentence, maybe after a quantifier or a presentative
  ("Texte traduit par DeepL…", "Une partie des images…", "This is an AI-generated summary"),
  a short label with no other noun phrase ("Contenu généré par IA", "KI-generiert"), the
  author narrating a past act or one that names what it made ("I've used AI tools to…"), or
  the author's or the newsroom's request to an AI, an interview or a test of it ("j'ai demandé
  à Midjourney d'illustrer…", "Unsere Redaktion hat ChatGPT gefragt", "We put ChatGPT to the
  test"; not "we asked OpenAI for comment", not a person the AI words describe, «un expert en
  IA», nor a third party's request, "the students asked ChatGPT").
Bylines ("Von Klara Indernach (KI)", "Story by OpenAI ChatGPT"), image credits ("Illustration : Midjourney") and the
parts of a short line ("Josef Walter – erstellt mit KI-Unterstützung") and a label closing a
sentence in parentheses ("… (AI generated image)") are forms of their own. A credit or a byline
needs a named AI: "machine" or "automatisch" is an agent only with an act linked to it.
A statement is not a disclosure when it is negated ("aucun contenu n'a été généré par IA",
"not written by AI"), conditional or modal (policy: "si un article a été…", "articles may be
translated…"), a present passive said of content in general ("Some articles are drafted
with…"), quoted or a sample wording, or when the deictic noun is where something is said
("dans cet article, nous expliquons comment l'IA…"). Nor is a menu's or a list of topics'
section link ("Next | Société numérique | IA", "Schlagwörter: KI | ChatGPT"), a wording
listed under a lead-in announcing examples ("organizations use simple statements like:"), or
another article's headline under a related link's lead-in ("READ MORE: We asked ChatGPT…").

Cues are data: ``audit/lexicons/ai/<lang>.yml``. Every language is tried on every sentence,
the article's own first, so a German note on a French page is found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from audit import rx
from audit.lexicon import (CONJUNCTIONS, SENTENCE_SYMBOLS, AiCues, AiLexicon, get_ai_lexicon, get_lexicon,
                           lowered, lowered_matches, words_of, words_regex)
from audit.model import Disclosure

_SPLIT = rx.compile(r"(?<=[.!?…])(?<![\s(][A-Z]\.)\s+(?=\S)|\n+")  # not after an initial: "Michaël J. Pitz"
_TOKEN = rx.compile(r"\w+'|\w+(?:[-.]\w+)*")
_PREFIX = rx.compile(r"^[^:\n]{1,40}?\s?:\s+")  # "Note de la rédaction : ", "Hinweis: "
_BOUNDARY = rx.compile(r"[;:—()\[\]]|\s(?:mais|but|aber|ma|pero|mas|maar)\s", re.IGNORECASE)
_POSSESSIVE = rx.compile(r"\b[\w.-]+'s\b")  # "The Federal's AI-powered model"
_CREDIT_END = rx.compile(r"(?:(?:^|\s)[—–|©]|/)\s*(?P<credit>[^—–|/©]{2,80})$")  # "… — Dall-E und Firefly"
_INDEFINITE = rx.compile(r"(?:un|une|des|a|an|some|ein|eine|einen|einem|uno|una|um|uma|een)\b",
                         re.IGNORECASE)
_ACRONYM = rx.compile(r"(?:[A-Z]\.?){2,4}(?![A-Za-z])")  # IA, KI, AI, LLM, "KI-Zusammenfassung"; not "COMPUTER"
_AI_MARK = rx.compile(r"\((?-i:KI|AI|IA)\)\s*$")  # "Klara Indernach (KI)"
_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ("„", '"'), ("„", "”"), ('"', '"'))
MAX_LABEL_WORDS = 8
MAX_BARE_LABEL_WORDS = 6  # a label with no content noun: "KI-generiert", "Mit KI erstellt"
MAX_SENTENCE_CHARS = 600
MAX_BLOCK_WORDS = 60  # a longer block is a paragraph that may hold a disclosure, not one
MAX_PARTS_WORDS = 20  # a line of parts: "Josef Walter - erstellt mit KI-Unterstützung"
# Page zones whose lines are links to elsewhere (menus, share bars, related stories, sign-up
# boxes): a section link "IA" or a teaser there says nothing about this article.
MENU_ZONES = frozenset({"nav", "share", "related", "newsletter", "form"})


# A reading is a Disclosure with offsets in the text given and no place yet (``where``).
Reading = Disclosure


def _words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text)]


def _inside_quotes(text: str, start: int, end: int) -> bool:
    # A quotation around a phrase opens close to it; a window keeps this linear. Straight
    # quotes are counted from the window's start, so it begins at a line start when it can.
    lo = max(0, start - 300)
    line = text.rfind("\n", lo, start)
    lo = line + 1 if line >= 0 else lo
    text, start, end = text[lo:end + 300], start - lo, end - lo
    for opening, closing in _QUOTES:
        before = text[:start]
        if opening == closing:
            if before.count(opening) % 2 == 1 and opening in text[end:]:
                return True
        elif before.rfind(opening) > before.rfind(closing):
            return True  # closed later, or past the sentence: 'titular “Este artículo fue…'
    return False


def _linked(cues: AiCues, text: str, agent: re.Match[str], act: re.Match[str]) -> int | None:
    """How many words lie between an act and its agent, or None if they are not linked."""
    if act.start() < agent.end() and agent.start() < act.end():
        return 0  # "KI-generiert"
    if act.end() <= agent.start():  # "produite par un outil d'IA"
        gap = text[act.end():agent.start()]
        contrast = list(cues.contrast.finditer(gap))
        if contrast:  # "rédigé par moi, …, mais par ChatGPT"
            gap = gap[contrast[-1].end():]
        between = _co_act(cues, _words(_POSSESSIVE.sub(" ", cues.manner.sub(" ", gap))))
        unknown = [w for w in between if w not in cues.linkers and not _adverb(cues, w)
                   and w not in cues.possessive_words]
        # Two unknown words may describe the agent right before it: "door onze tijdelijke gratis AI-module".
        described = len(unknown) == 2 and between[-2:] == unknown and len(between) <= 6
        if unknown and _weak_noun(cues, agent):
            return None  # "written on a computer": a weak agent is the act's only by linking words
        return len(between) if len(between) <= 8 and (len(unknown) <= 1 or described) else None
    before = _words(text[max(0, agent.start() - 20):agent.start()])[-1:]
    if before and before[0] not in cues.linkers and _weak_noun(cues, agent):
        return None  # "am Computer geschrieben": where it was done, not who did it
    between_text = text[agent.end():act.start()]  # "l'IA a écrit", "hat ein Sprachmodell geschrieben"
    between = _words(between_text)
    if len(between) > 6 or re.search(r"[.;:!?]", between_text):
        return None
    if _agent_after(cues, text, act.end(), act.group()) is False:
        return None  # "generated by AI and fact-checked by our editors": the act has its own agent
    if _adverb(cues, agent.group().strip().lower().split()[-1]) and cues.agentive.search(between_text):
        return None  # "generated automatically by Automated Insights using data": an adverb
        # is no subject; the act after an agent of its own is that agent's
    return len(between)


def _co_act(cues: AiCues, between: list[str]) -> list[str]:
    """The words between an act and its agent, less a second act joined to the first, which
    shares its agent: "generado y editado por el motor de IA", "written and edited by AI"."""
    if len(between) >= 2 and cues.conjunction.fullmatch(between[0]) and \
            (any(p.fullmatch(between[1]) for _, p in cues.acts) or cues.review.fullmatch(between[1])
             or cues.participle_form.fullmatch(between[1])):
        return between[2:]
    return between


_LINK = rx.compile(r"\[([^\]\n]*)\]\([^)\s]*\)|<?https?://\S+")  # a tool's name as a link: its words
_STOP = rx.compile(r"[.;:!?]")
_INSTRUMENT_GAP = 6  # words between an act of making and the instrument it was done with


def _made_through(cues: AiCues, sentence: str, act: re.Match[str]) -> str | None:
    """The act of making an instrument linked to the agent serves: "This article was generated
    using newsletter-ai powered by claude-sonnet-4 LLM" (round 39b, r5), "created with a tool
    powered by GPT-4", "generado utilizando ChatGPT", "mit newsletter-ai erstellt, das ChatGPT
    verwendet": AI made it, "using" and "powered by" say how. The making act stands before the
    instrument, in its clause (not a purpose after it: "une équipe qui utilise l'IA pour rédiger
    une partie des articles" is the team's act). None when the instrument is help ("written with
    the help of AI": a person wrote it), help is said between ("written with the assistance of AI
    powered by…"), or the making act has an agent of its own ("written by our editors using a
    tool powered by AI") or a first-person subject ("We wrote this article using ChatGPT")."""
    if cues.instrument is None:
        return None
    used = cues.instrument.match(sentence, act.start())
    if used is None or used.end() != act.end():
        return None
    made = [(name, m) for name, m in _act_of(cues, sentence[:act.start()]) if name != "assisted"]
    if not made:
        return None
    name, m = made[-1]
    gap = _LINK.sub(lambda link: link.group(1) or " ", sentence[m.end():act.start()])
    if _STOP.search(gap) or len(_words(gap)) > _INSTRUMENT_GAP or _new_clause(cues, gap):
        return None  # "This article was written, and AI was used only to check spelling"
    if cues.deictic.search(gap) and not cues.agent.search(_clause_before(cues, sentence, m.start())) or \
            _person_subject(cues, sentence, m.start()):
        return None  # "Our reporter wrote this article using AI tools": the content is the act's
        # object, its subject (not AI) made it; a person subject wherever the content stands
        # ("This story: our reporter wrote it using AI tools")
    if any(n == "assisted" and not ((u := cues.instrument.match(gap, a.start())) and u.end() == a.end())
           for n, a in _act_of(cues, gap)):
        return None  # help said between: "written with the assistance of AI powered by…"
    if _agent_after(cues, sentence, m.end(), m.group()) is False:
        return None  # "written by our editors using…": the act is theirs
    if any(cues.first_person.fullmatch(w) for w in _words(sentence[:m.start()])[-3:]):
        return None  # "We wrote this article using ChatGPT": the writers' act, AI their tool
    return name


def _new_clause(cues: AiCues, gap: str) -> bool:
    """Does a new clause open between an act of making and an instrument? A joining word ("and",
    «et», "waarbij") or a comma with words after it that are not a relative on the tool: ", KI
    wurde…", ", l'IA ayant été…"; not ", das ChatGPT verwendet", nor a comma right before it."""
    words = _words(gap)
    if any(w in cues.clause_joins for w in words):
        return True
    comma = gap.rfind(",")
    after = _words(gap[comma + 1:]) if comma >= 0 else []
    return bool(after) and after[0] not in cues.relatives


def _clause_before(cues: AiCues, sentence: str, at: int) -> str:
    """The words of ``at``'s clause before it: from the last comma or joining word."""
    head = sentence[:at]
    cut = max(head.rfind(","), head.rfind(";"))
    joins = [m.end() for m in _TOKEN.finditer(head) if m.group().lower() in cues.clause_joins]
    return head[max([cut + 1] + joins):]


def _person_subject(cues: AiCues, sentence: str, at: int) -> bool:
    """Is the subject of the active verb at ``at`` a person of the newsroom, in its clause
    before it: "Our reporter wrote it…", «Ce texte, notre journaliste l'a rédigé…»? Not a
    passive's subject ("Our reporter's notes were transcribed by AI", what was made), nor one
    with an AI in it ("Our reporter's chatbot wrote…")."""
    if not cues.human_makers:
        return False
    clause = _clause_before(cues, sentence, at)
    clause = clause[clause.rfind(":") + 1:]  # "This story: our reporter wrote it"
    if cues.agent.search(clause) or any(w in cues.passive_auxiliaries for w in _words(clause)):
        return False
    return _names_person(cues, clause)


def _names_person(cues: AiCues, text: str) -> bool:
    """"our reporter", «notre journaliste», "Jane Doe": a person of the newsroom, any person's
    role, or a capitalised name."""
    roles = get_ai_lexicon().person_roles
    return any(w in cues.human_makers or w in roles for w in _words(text)) or \
        _FULL_NAME.search(text) is not None


_FULL_NAME = rx.compile(r"(?<!\w)[^\W\d_\p{Ll}]\p{Ll}+[ \t]+[^\W\d_\p{Ll}]\p{Ll}+(?!\w)")  # "Jane Doe"


def _writing_act(cues: AiCues, act: re.Match[str]) -> bool:
    """"written", «rédigé», "produced": an act of writing a text, which a person can do with an
    AI as a help (not "generated", «généré»: the AI's own making)."""
    words = _words(act.group())
    return bool(words) and words[-1] in cues.writing_acts


def _made_by_person(cues: AiCues, sentence: str, act: re.Match[str], agent: re.Match[str]) -> bool:
    """Did a person make what an act of making made, the AI linked to it their tool? An agent
    of the act's own before the AI ("written by our reporter with ChatGPT", «rédigé par notre
    journaliste avec l'IA»), or a person its subject (``_person_subject``). Not "written by AI
    with our reporter's notes", nor "generated using AI and reviewed by our staff" (the staff's
    act is another)."""
    if agent.start() >= act.end() and _agent_after(cues, sentence, act.end(), act.group()) is False and \
            _names_person(cues, sentence[act.end():agent.start()]):
        return True  # not "rédigé par l'IA", whose article _agent_after does not read past
    return _person_subject(cues, sentence, act.start())


def _weak_noun(cues: AiCues, agent: re.Match[str]) -> bool:
    """"a computer", "la machine": a weak agent that is a noun, not an adverb ("automatiquement")."""
    text = agent.group().strip()
    return cues.weak.fullmatch(text) is not None and not _adverb(cues, text.lower().split()[-1])


def _adverb(cues: AiCues, word: str) -> bool:
    """"entièrement", "originally", "teilweise": an adverb says how, it names no other thing."""
    return any(word.endswith(suffix) and len(word) > len(suffix) + 3 for suffix in cues.adverb_suffixes)


def _act_of(cues: AiCues, text: str) -> list[tuple[str, re.Match[str]]]:
    found = [(name, m) for name, pattern in cues.acts for m in pattern.finditer(text)]
    return found + [("generated", m) for m in _formed_acts(cues, text)
                    if not any(a.start() < m.end() and m.start() < a.end() for _, a in found)]


_SPACE = rx.compile(r"\s*")
_COMMA = rx.compile(r",\s*")
_CLAUSE_END = rx.compile(rf"\s*(?:[.,;:!?)]|$|(?:{CONJUNCTIONS})(?!\w))", re.IGNORECASE)


def _absolute_participle(sentence: str, core_at: int, lo: int, hi: int,
                         deictic: re.Match[str]) -> bool:
    """An act and its agent opening the sentence and closed by a comma right before the
    deictic: the participle's subject is the deictic ("Rewritten by AI, this article was
    reviewed…", "Réécrit par une IA, ce texte…"); not "remplacée par une IA capable de produire
    ces résumés" (the object of another verb)."""
    return not sentence[core_at:lo].strip(" \t\"'«“") and \
        re.fullmatch(r"[ \t]*,[ \t]*", sentence[hi:deictic.start()]) is not None


def _formed_only(cues: AiCues, sentence: str, act: re.Match[str]) -> bool:
    """Is ``act`` a participle known by its form alone, not a listed act?"""
    return not any(pattern.fullmatch(act.group()) for _, pattern in cues.acts) and \
        any(act.span() == m.span() for m in _formed_acts(cues, sentence))


def _formed_acts(cues: AiCues, text: str) -> list[re.Match[str]]:
    """Participles the lexicon does not list, known by their form and an agent after a
    preposition of agency: "pondu par une IA", "rielaborato e formattato da Gemini", "von KI
    überarbeitet"; not "pubblicata dal Comune". This content is still required."""
    if not cues.agentive.search(text):
        return []
    found = []
    for m in cues.participle_form.finditer(text):
        if cues.participle_after_agent:  # "… von einer KI überarbeitet." ends its clause
            by = list(cues.agentive.finditer(text, max(0, m.start() - 60), m.start()))
            linked = bool(by) and _CLAUSE_END.match(text, m.end()) is not None and \
                cues.agent.search(text[by[-1].end():m.start()]) is not None
        else:  # "formattato da Gemini"
            by = cues.agentive.match(text, _SPACE.match(text, m.end()).end())
            agent = cues.agent.search(text, by.end(), by.end() + 40) if by and by.start() > m.end() else None
            linked = agent is not None and all(w in cues.linkers for w in _words(text[by.end():agent.start()]))
        if linked:
            found.append(m)
    return found


def _negated(cues: AiCues, text: str, lo: int, hi: int, agent_at: int) -> bool:
    clause = max((m.end() for m in _BOUNDARY.finditer(text, 0, lo)), default=0)
    # A comma, then the author as a new subject, opens a clause: "on n'a pas su résister, on a demandé…".
    clause = max([clause] + [m.end() for m in _COMMA.finditer(text, 0, lo) if cues.first_person.match(text, m.end())])
    # The verb of making earlier in the clause, the AI linked by a bare preposition after its
    # object: the object's negative determiner negates it too («Ebenso erstellen wir keine
    # fotorealistischen Bilder mit KI»).
    start = lo - 30
    if start > clause and not re.search(r"[,;:]", text[clause:lo]):
        made = [m for _, m in _act_of(cues, text[clause:lo])
                if len(_words(text[clause + m.end():lo])) <= _INSTRUMENT_GAP + 2]
        start = min([start] + [clause + m.start() for m in made])
    for m in cues.negator.finditer(text, max(clause, start), hi):
        if not cues.contrast.search(text, m.end(), agent_at):
            return True  # not "pas par moi, mais par ChatGPT"
    return False


def _scope(cues: AiCues, text: str) -> str | None:
    """The part AI made, named in ``text``; not its input ("généré … à partir du flux audio":
    the audio was what it worked from, the text is what it made)."""
    text = _without_inputs(cues, text)
    return next((name for name, pattern in cues.scopes if pattern.search(text)), None)


_INPUT_WORD = rx.compile(r"\s*([^\s.,;:!?()\[\]«»“”\"]+)")
_INPUT_WORDS = 6


def _without_inputs(cues: AiCues, text: str) -> str:
    """``text`` with the phrases that name an AI's input blanked: the preposition ("à partir
    de", "from", "aus", "a partire da") and the words after it, up to a punctuation mark, an
    act or an agent ("aus dem Englischen übersetzt": the act is what was made), at most six;
    an act's word right after the preposition or an article is a noun, the input's ("à partir
    de la transcription audio")."""
    if not cues.inputs.search(text):
        return text
    parts, pos = [], 0
    for m in cues.inputs.finditer(text):
        if m.start() < pos:
            continue
        end, previous = m.end(), None
        for _ in range(_INPUT_WORDS):
            word = _INPUT_WORD.match(text, end)
            if word is None or cues.agent.match(text, word.start(1)):
                break
            if previous is not None and not cues.article.fullmatch(previous) and \
                    any(pattern.match(text, word.start(1)) for _, pattern in cues.acts):
                break
            end, previous = word.end(), word.group(1)
        parts.append(text[pos:m.start()] + " " * (end - m.start()))
        pos = end
    return "".join(parts) + text[pos:]


_SCOPE_ACT = {"image": "illustrated", "audio": "voiced", "translation": "translated",
              "summary": "summarised", "key points": "summarised"}


def _reviewed(cues: AiCues, text: str) -> bool:
    for m in cues.review.finditer(text):
        # "Fact-checked by Grok": the AI checked, no one reviewed it
        if not cues.negator.search(text, max(0, m.start() - 20), m.start()) and \
                not _agent_after(cues, text, m.end()):
            return True
    return False


def _agent_after(cues: AiCues, text: str, end: int, verb: str = "") -> bool | None:
    """After a verb ending at ``end``, its agent preposition ("by", "par"; or the verb's own
    last word: "relu par") and an AI right after it (True), or someone else (False); None: no
    agent preposition follows."""
    rest = text[end:end + 60]
    last = verb.split()[-1:]
    if last and cues.agentive.fullmatch(last[0]):
        at = 0
    elif (prep := cues.agentive.match(rest, len(rest) - len(rest.lstrip()))) is not None:
        at = prep.end()
    else:
        return None
    at += len(rest[at:]) - len(rest[at:].lstrip())
    return cues.agent.match(rest, at) is not None  # not "supervisé par l'équipe Axion-IA"


def _read(cues: AiCues, sentence: str, following: str) -> Reading | None:
    """The disclosure one language's cues see in a sentence (offsets within it)."""
    agents = [a for a in cues.agent.finditer(sentence)
              if not _describes(cues, sentence, a) and not _person(sentence, a)]
    if not agents:
        return None
    words = _words(sentence)
    core = sentence[_PREFIX.match(sentence).end():] if _PREFIX.match(sentence) else sentence
    core_at = len(sentence) - len(core)
    agent = agents[0]
    if _negated_agent(cues, sentence, agents):
        return None  # "… — sem uso de inteligência artificial"
    # The credited is the AI, not a person it describes: "By John Smith, AI reporter".
    credited = "," not in sentence[core_at:agent.start()]
    if (cues.byline.match(core) and credited or _AI_MARK.search(core)) and len(words) <= MAX_LABEL_WORDS:
        return _reading(cues, sentence, "byline", "generated", agent, following)
    if (_with_ai(cues, core, agents, core_at) or _name_with_help(cues, core, agents, core_at)) and \
            len(words) <= MAX_LABEL_WORDS:
        return _reading(cues, sentence, "byline", "assisted", agent, following)
    if _author_line(cues, sentence, core_at, agents) and credited and len(words) <= MAX_LABEL_WORDS + 2:
        return _reading(cues, sentence, "byline", "generated", agent, following)
    # A credit names an AI; "machine" or "automatisch" alone is one only as an act's agent.
    strong = [a for a in agents if not cues.weak.fullmatch(a.group().strip())]
    answered = _output_heading(cues, core, [a for a in strong if a.start() >= core_at], core_at)
    if answered is not None:
        return _reading(cues, sentence, "label", "generated", answered, following)
    if (shown := _presented_output(cues, sentence, core, core_at, strong)) is not None:
        return _reading(cues, sentence, "statement", "generated", shown, following)
    made = cues.made_noun.match(core)
    if made and agent in strong and not _prohibited(cues, core[made.end():]) and \
            not any(_negated_predicate(c, core, made.end(), noun=False) for c in get_ai_lexicon().cues):
        # «AI-generated images not allowed in the contest»: a negated predicate in any language
        # (the compound is English in every lexicon, its predicate too)
        # not "Computer-generated image of the stadium"
        # nor a rule of what such images may not be: "AI-generated images … will not be published as…"
        return _reading(cues, sentence, "caption", "illustrated", agent, following, scope="image")  # "AI-generated image of…"
    if core.lstrip().startswith("©") and strong:
        return _reading(cues, sentence, "caption", "illustrated", strong[0], following, scope="image")
    credit_end = _CREDIT_END.search(sentence) if not _menu_line(sentence) else None
    credited = [a for a in strong if credit_end and a.start() >= credit_end.start("credit")
                and not _ACRONYM.fullmatch(a.group().strip())]
    if credited and _only_agents(cues, credit_end.group("credit")) and len(words) <= 30:
        return _reading(cues, sentence, "caption", "illustrated", credited[0], following, scope="image")
    if (prompted := _prompt_line(cues, sentence, strong)) is not None:
        return _reading(cues, sentence, "caption", "generated", prompted, following)
    credit = cues.credit.match(sentence)
    named = next((a for a in strong if a.start() >= credit.end()), None) if credit else None
    if named and named.start() - credit.end() <= 40 and len(words) <= 14:  # the credited is the agent
        return _reading(cues, sentence, "caption", "illustrated", named, following, scope="image")
    bare_credit = cues.credit_bare.match(sentence)
    named = next((a for a in strong if bare_credit and a.start() == bare_credit.end()), None)
    if named and len(words) <= MAX_LABEL_WORDS and _CREDIT_AFTER.match(sentence, named.end()):
        # A caption's credit with no separator but a space, the generator right after the noun
        # and only another credit after it: "Beeld Midjourney/Fenna Schilling" (batch m, nl);
        # not "Beeld ChatGPT-gebruik" nor "Foto Midjourney maakt furore".
        return _reading(cues, sentence, "caption", "illustrated", named, following, scope="image")
    if (writer := _text_credit(cues, sentence, strong)) is not None and len(words) <= MAX_LABEL_WORDS:
        return _reading(cues, sentence, "byline", "generated", writer, following)
    # "I write stories about chatbots": the AI word after the act is what was made's topic
    pairs = [p for p in _pairs(cues, sentence, agents)
             if not (p[2].end() <= p[3].start() and _topic_before(cues, sentence[p[2].end():p[3].start()]))
             and not (p[3].end() <= p[2].start() and _UTTERANCE.search(sentence, p[3].end(), p[2].start()))]
    if not pairs and (offered := _offered(cues, sentence, strong)) is not None:
        return _reading(cues, sentence, "label", "translated", offered, following, scope="translation")
    if not pairs and (service := _presented_service(cues, core, core_at, agents)) is not None:
        return _reading(cues, sentence, "statement", *service, following)
    if not pairs:
        commission = _commissioned(cues, sentence, agents)
        if commission is None:
            return _noun_label(cues, core, agents, following) or \
                _prefix_label(cues, sentence, core_at, following)
        lo, agent = commission
        if _inside_quotes(sentence, lo, agent.end()) or _negated(cues, sentence, lo, agent.end(), agent.start()) or \
                cues.conditional.search(sentence, 0, agent.end()) or _reported_besides_answer(cues, sentence, agent) or \
                cues.modal.search(sentence, max(0, lo - 30), lo):
            return None
        act_name = next((name for name, _ in _act_of(cues, sentence[agent.end():])), "generated")
        return _reading(cues, sentence, "statement", "assisted" if act_name == "assisted" else act_name,
                        agent, following)
    _, act_name, act, agent = min(pairs, key=lambda p: p[0])
    lo, hi = min(act.start(), agent.start()), max(act.end(), agent.end())
    if _inside_quotes(sentence, lo, hi):
        return None
    if _compared(cues, sentence, lo):
        return None  # "my posts sound … like they were written by an AI": a likeness, no use
    if (announced := _announced(cues, sentence, core_at, pairs)) is not None:
        return _reading(cues, sentence, "label", "generated", announced, following)
    deictic = next((m for m in cues.deictic.finditer(sentence)
                    if (not cues.locative.search(sentence, max(0, m.start() - 20), m.start())
                        or _located_subject(cues, sentence, core_at, m, lo))
                    and not _anaphoric(cues, sentence, m) and not _named_before(sentence, m, hi)), None)
    if deictic and deictic.end() <= lo and cues.subordinator.search(sentence, deictic.end(), lo):
        deictic = None  # "cet article explique comment l'IA a écrit…"
    if deictic and deictic.end() <= lo and _topic_between(cues, sentence, deictic.end(), lo):
        deictic = None  # "Notre enquête sur les sites générés par IA": what it is about was made
    deictic = deictic or _demonstrative_subject(cues, sentence, core_at, act, agent) or \
        _pronoun_object(cues, sentence, act, agent) or _so_far(cues, sentence, core_at, act, agent) or \
        _upcoming(cues, sentence, core_at, act, agent)
    if deictic and deictic.end() <= lo and _others_practice(cues, sentence, deictic.end(), pairs):
        deictic = None  # "Ces faux sites sont dirigés par une personne qui utilise l'IA": hers
    if deictic and deictic.start() <= lo and hi <= deictic.end() and _placed_elsewhere(cues, sentence, deictic):
        return None  # "These AI-generated summaries are already visible on some USA Today articles"
    if deictic and cues.reader_post.search(deictic.group()):
        return None  # "Le commentaire suivant a été traduit automatiquement": a reader's post, not this article
    form = "statement"
    presented = cues.presentative.match(core)  # "This is an AI-generated summary"
    bare_at = core_at + (presented.end() if presented else 0)
    bare = cues.bare.match(sentence[bare_at:])
    if bare and bare.group("act") and (not cues.participle.search(bare.group("act").split()[0]) or
                                       bare.group("act").split()[0].lower() in cues.linkers):
        bare = None  # "Créer un résumé généré par IA" is a command, not a note; "Met hulp van AI
        # verkennen we…" opens on linking words ("Met" only ends as a participle does): the
        # sentence's own subject and verb come after them
    if bare and bare.group("opener") and not _opener(cues, sentence, bare_at + bare.end()):
        bare = None  # "Nous utilisons l'IA…", "Google utiliza…": a subject, not a label's noun
    if bare and bare.group("modifier") and bare.group("modifier").split()[0].lower() in cues.universals:
        bare = None  # "Tout contenu rédigé avec l'aide de l'IA doit être validé": a rule
    if bare and _words(sentence[bare_at + bare.end():])[:1] and \
            _words(sentence[bare_at + bare.end():])[0] in cues.relatives and \
            re.match(r"[ \t]*,?[ \t]*\w", sentence[bare_at + bare.end():]):
        bare = None  # "Articles that received substantive AI drafting carry…": a class of content
    if bare and len(_words(bare.group("adjectives") or "")) > 1 and _words(sentence[hi:]):
        bare = None  # two words before the noun make a label's line only when the act ends it
        # ("The latest local stories, summarized by AI"); "The viral fake photos, generated by
        # AI, were shared by …" is news about them
    if bare and bare.group("article") and _INDEFINITE.match(bare.group("article")) and not presented:
        bare = None  # "Un texte rédigé avec l'aide de l'IA … ne pose aucun problème": any text
    subject = deictic if deictic and (deictic.start() < act.start() or
                                      _absolute_participle(sentence, core_at, lo, hi, deictic)) else None
    if not (subject or bare) and _formed_only(cues, sentence, act):
        # A participle known only by its form ("threatened by AI", "durch KI ersetzt") tells
        # what was made only when this content is its subject, before it: not "remplacée par
        # une IA capable de produire ces résumés" (the object of another verb).
        return _noun_label(cues, core, agents, following) or _prefix_label(cues, sentence, core_at, following)
    if deictic:
        lo = min(lo, deictic.start())
    elif bare:
        first = min(min(p[2].start(), p[3].start()) for p in pairs)
        if not any(bare.group(g) for g in ("quantifier", "article", "modifier", "opener", "act")) and \
                not any(p[2].start() == first for p in pairs) and \
                _topic_of_noun(sentence[bare_at + bare.end():first]):
            return None  # "Image for Révolution IA dans les salles de rédaction": the act is the topic's
        if not any(bare.group(g) for g in ("quantifier", "article", "modifier", "opener", "act")) and \
                _noun_of_its_own(cues, sentence[bare_at + bare.end():first]):
            return None  # "Texte intégral de la proposition … les contenus générés par l'IA": theirs
        if (bare.group("article") or bare.group("modifier") or bare.group("opener")) and not _ends_with_act(cues, sentence, hi, following) and \
                not _predicate(cues, sentence, bare_at + bare.end(), min(act.start(), agent.start())):
            return None  # "L'immagine generata dall'IA pubblicata dal Comune ha acceso…"
        # All of them said made so is what the site's content is: "Tous les articles sur les
        # cépages sont recherchés, rédigés et traduits à l'aide de l'IA" (not "Some articles are…").
        # Such content, then what is done to it ("All content produced with AI assistance is
        # reviewed … before publication", round 27a, a site's AI policy): a rule.
        ruled = _rule_after(cues, _words(sentence[hi:])[:3])
        whole = bare.group("quantifier") and _words(bare.group("quantifier"))[0] in cues.universals and \
            not ruled
        if not whole and (_present_passive(cues, sentence[bare_at + bare.end():min(act.start(), agent.start())]) or
                          ruled):
            return None  # a rule or a feature: "Some articles are drafted…", "Articles translated with AI are labelled"
    elif (narrator := _narrator(cues, sentence, act_name, act, agent)) is not None:
        lo = min(lo, narrator)  # "As such I've used various AI tools to help put it together"
    elif (commission := _commissioned(cues, sentence, agents)) is not None:
        lo = min(lo, commission[0])  # "j'ai demandé à Midjourney d'illustrer…"
    elif (titled := _TITLED.match(sentence, core_at)) and any(titled.end() == p[2].start() for p in pairs) and \
            len(_words(sentence)) <= MAX_LABEL_WORDS + 4:
        form = "caption"  # "“Green City,” created by UnikoVB using Midjourney.": a work's title, then how it was made
    elif _noted(cues, sentence, act, agent):
        pass  # "Nota: La logica di parsing … sono state sviluppate con il supporto dell'IA"
    elif _warned(cues, sentence, hi):
        pass  # "Las traducciones realizadas con IA pueden contener errores."
    elif len(_words(core)) <= MAX_BARE_LABEL_WORDS and not re.search(r"[()\[\]>]", core) and \
            not _other_noun_phrase(cues, core, agent) and any(_participle_act(cues, p[2]) for p in pairs) and \
            not _headline_verb(cues, sentence, core_at, pairs):
        form = "label"
    else:  # "Resumen de IA": a noun label, its noun read as an act
        return _noun_label(cues, core, agents, following) or \
            _prefix_label(cues, sentence, core_at, following)
    if _negated(cues, sentence, lo, hi, agent.start()) or cues.conditional.search(sentence, 0, hi):
        return None
    if not deictic and _general(cues, sentence, act, agent, hi):
        return None  # "Summaries generated by AI help readers": what it is good for, in general
    if _modal_before(cues, sentence, act) or cues.reported.search(sentence):
        return None  # policy ("articles may be translated…"), or someone else's words
    if act.start() < core_at and any(p[2].start() >= core_at and _modal_before(cues, sentence, p[2])
                                     for p in pairs):
        return None  # "AI-Generated Content Disclaimer: Some of the content … may be generated
        # using AI": the lead-in names the note, what follows it says what was done
    if _sample(cues, sentence, lo):
        return None  # a wording a guide suggests: "Exemple de mention : « Cet article a été… »"
    if not deictic and _prohibited(cues, sentence[hi:]):
        return None  # a rule, not a note: "Conteúdos produzidos por IA … não podem ser publicados"
    if not deictic and _negated_predicate(cues, sentence, hi):
        return None  # a headline, not a label: «AI-generated stories not acceptable»
    if form == "statement" and not deictic and len(_words(core)) <= MAX_LABEL_WORDS and \
            not re.search(r"[.!?…]\s*$", core):
        form = "label"  # "Contenu généré par IA", "Texte traduit par DeepL"
    if not deictic and (form == "label" or bare) and _names_such_content(cues, core):
        return None  # "Voor AI-gegenereerde afbeeldingen", "Voz generada por IA detectada."
    # A bare preposition ("con IA", "mit KI") links, it names no act beside a verb.
    # An instrument an act of making was done with names that act ("generated using X powered by
    # Claude": generated, round 39b r5); help said still makes it "assisted".
    # A plain writing act a person did, the AI their tool, is help: "written by our reporter
    # with ChatGPT". Not when the AI made something itself (a "generate" verb: "generated by our
    # newsroom with ChatGPT", "produced by our team with AI-generated footage") nor when a more
    # specific act is said ("created by our team with an AI voice": voiced).
    helped = _scope(cues, sentence) not in _SCOPE_ACT and \
        all(_writing_act(cues, p[2]) for p in pairs if p[1] == "generated")
    named = [("assisted" if helped and p[1] == "generated" and _made_by_person(cues, sentence, p[2], p[3])
              else _made_through(cues, sentence, p[2]) or p[1], p[2]) for p in pairs]
    names = {n for n, a in named if a.group().strip() == a.group()} or {n for n, _ in named}
    act_name = next((name for name, _ in _act_of(cues, sentence) if name in
                     ("translated", "summarised", "voiced", "illustrated") and name in names), None)
    act_name = act_name or ("assisted" if "assisted" in names else "generated")
    return _reading(cues, sentence, form, act_name, agent, following)


# A connective opening the sentence, before its comma ("Again,", "Ainsi,", "Además,"): the
# content noun it is said of comes after it.
# A quotation opened after a colon or a comma: the words put to the AI, not the sentence's own
# ("I asked ChatGPT, “Can you write a column…?”": the act is the prompt's, the AI asked).
_UTTERANCE = rx.compile(r"[:,][ \t]*[«“„\"‘]")
_LEAD_WORD = rx.compile(r"[^\W\d_][\w-]*[ \t]*,[ \t]+")
_VERSION = rx.compile(r"[\d.]+|v\d[\w.]*", re.IGNORECASE)  # "ChatGPT 5.2", "v2"


def _output_heading(cues: AiCues, core: str, agents: list[re.Match[str]], core_at: int) -> re.Match[str] | None:
    """A short line introducing what an AI answered, which the page then shows: "La réponse
    de ChatGPT 5.2 :", "Het antwoord van de chatbot:", "Risponde il Foglio AI."; the AI
    named, not its maker ("La réponse d'OpenAI :" is a company's). The agent, or None."""
    line = core.strip()
    words = _words(line)
    output = cues.output.search(line)
    if output is None or not agents or len(words) > 8:
        return None
    agent = next((a for a in agents if a.start() - core_at >= output.end()), None)
    if agent is None or agent.group().strip().lower() in get_ai_lexicon().makers:
        return None
    at, end = agent.start() - core_at, agent.end() - core_at
    before, between = _words(line[:output.start()]), _words(line[output.end():at])
    after = line[end:].strip()
    introduces = after.endswith(":") or (not before and cues.output.fullmatch(output.group()) is not None
                                         and after.rstrip(".") == "")
    rest = after.rstrip(":. ").split()
    return agent if introduces and len(before) <= 3 and len(between) <= 3 and \
        sum(w not in cues.linkers and not cues.article.fullmatch(w) for w in before + between) <= 1 and \
        all(_VERSION.fullmatch(w) for w in rest) else None


_OPENING_CONJUNCTION = rx.compile(rf"\W*(?:{CONJUNCTIONS})[ \t]+", re.IGNORECASE)
MAX_ANNOUNCING_WORDS = 14
_ANSWER_REACH = 3  # words between the free relative and the AI, and after it ("a répondu")


def _presented_output(cues: AiCues, sentence: str, core: str, core_at: int,
                      strong: list[re.Match[str]]) -> re.Match[str] | None:
    """A presentative, a free relative, then an AI answering or making: "Voici ce que ChatGPT a
    répondu :", "Questo è quello che suggerisce ChatGPT per…", "Here is what ChatGPT came up
    with"; what it did is shown next. Not "This is what AI means for journalism" (no answer),
    "Voici ce que ChatGPT peut faire pour vous" (a modal), nor a maker's ("what OpenAI said")."""
    # After a conjunction opening the sentence too: "En dit is wat ChatGPT antwoordt.", "And
    # here is what the chatbot wrote" (the story's next step, its output shown).
    lead = _OPENING_CONJUNCTION.match(core)
    start = lead.end() if lead else 0
    presented = cues.presentative.match(core[start:])
    rel = cues.free_relative.match(core, start + presented.end()) if presented and cues.free_relative else None
    if rel is None:
        return None
    at = core_at + rel.end()
    agent = next((a for a in strong if a.start() >= at), None)
    if agent is None or agent.group().strip().lower() in get_ai_lexicon().makers:
        return None
    before = sentence[at:agent.start()]
    tail = re.match(r"[^.,;:!?()]*", sentence[agent.end():]).group()
    after = " ".join(tail.split()[:_ANSWER_REACH])
    window = f"{before} {after}"
    if len(_words(before)) > _ANSWER_REACH or re.search(r"[.,;:!?()]", before) or \
            cues.modal.search(window) or cues.negator.search(window) or cues.conditional.search(sentence) or \
            any(not at <= m.start() < agent.end() + len(tail) for m in cues.reported.finditer(sentence)):
        return None  # "C'est ce que l'IA a répondu aux chercheurs, selon l'étude": a story (the
        # AI's own answering verb is no one else's report: "Voici ce que nous a indiqué ChatGPT")
    # The answer given to someone else, a pronoun in reach: "Et voici ce que ChatGPT lui a
    # répondu.", «Y esto es lo que ChatGPT le respondió.» (a story's third person, told); not
    # the article right before the AI ("Ecco cosa gli strumenti…").
    spoken = f"{' '.join(_words(before)[:-1])} {after}"
    if cues.other_object.search(spoken):
        return None
    # An offer's verb answers only the asker: "Voici ce que nous a proposé ChatGPT", not "Voici
    # ce que propose ChatGPT Plus aux abonnés" (a product's offer, news).
    offered = cues.offer_verb.search(window) is not None and cues.asker_object.search(window) is not None
    return agent if cues.answer_verb.search(window) or offered or _act_of(cues, window) else None



def _announced(cues: AiCues, sentence: str, core_at: int, pairs: list) -> re.Match[str] | None:
    """A short line pointing at what an AI made, which the page shows next: "Confira abaixo
    todos os detalhes previstos pela IA:", "Below are the images generated by Midjourney:".
    It ends with a colon, says the content is on the page (here), then names it in a word or
    two ("not tips for spotting content generated by AI:") before a participle that an AI named
    after it made; no negation, condition, modal, report or sample. The agent, or None."""
    line = sentence.rstrip()
    if not line.endswith(":") or len(_words(line)) > MAX_ANNOUNCING_WORDS or ":" in line[core_at:-1]:
        return None
    here = cues.here_word.search(line, core_at)
    for _, _, act, agent in sorted(pairs, key=lambda p: p[0]):
        named = [w for w in _words(line[here.end():act.start()]) if w not in cues.linkers and w not in
                 cues.auxiliaries and w not in cues.universals and not cues.article.fullmatch(w)] if here else []
        if here is None or here.end() > act.start() or act.end() > agent.start() or len(named) > 2 or \
                not _participle_act(cues, act) and not _formed_only(cues, sentence, act) or \
                cues.weak.fullmatch(agent.group().strip()):
            continue
        if _negated(cues, sentence, here.start(), agent.end(), agent.start()) or cues.conditional.search(line) or \
                _modal_before(cues, sentence, act) or cues.reported.search(line) or _sample(cues, sentence, act.start()):
            return None
        return agent
    return None


def _prompt_line(cues: AiCues, sentence: str, strong: list[re.Match[str]]) -> re.Match[str] | None:
    """A line giving what a generator was asked, under what it made: "Prompt: «5 Menschen am
    See» generiert mit Adobe Firefly" (an act linked to the AI after the colon), "Prompt para
    crear la imagen en Copilot:" (the tool after a preposition of means before the colon);
    not "Prompts for ChatGPT:" (a guide's list) nor "Prompt: write a poem about ChatGPT"."""
    opened = cues.prompt_line.match(sentence) if cues.prompt_line else None
    colon = sentence.find(":")
    if opened is None or colon < 0 or not strong or len(_words(sentence)) > 40:
        return None
    for agent in strong:
        if agent.end() <= colon:
            before = _words(sentence[opened.end():agent.start()])
            if before and before[-1] in cues.prompt_means and len(before) <= 6:
                return agent
        elif any(colon + ag.start() == agent.start() and _participle_act(cues, act) and act.end() <= ag.start() for _, _, act, ag in
                 _pairs(cues, sentence[colon:], list(cues.agent.finditer(sentence[colon:])))):
            return agent
    return None


def _offered(cues: AiCues, sentence: str, strong: list[re.Match[str]]) -> re.Match[str] | None:
    """A machine translation offered to the reader: "Se proporciona el idioma español mediante
    traducción automática para su comodidad", "This page is machine translated for your
    convenience"; the agent names the translation, the courtesy says it is this page's."""
    if not cues.courtesy.search(sentence) or _inside_quotes(sentence, 0, len(sentence)) or \
            cues.conditional.search(sentence) or cues.reported.search(sentence):
        return None
    return next((a for a in strong if _scope(cues, a.group()) == "translation"
                 and not _negated(cues, sentence, a.start(), a.end(), a.start())), None)


def _presented_service(cues: AiCues, core: str, core_at: int,
                       agents: list[re.Match[str]]) -> tuple[str, re.Match[str]] | None:
    """This content presented as a service's output: "Dit is een automatische vertaling.",
    "Ceci est une traduction automatique du texte original": a presentative, then the agent
    whose own words name the act, then nothing but what it was made from. Not "Dit is geen
    automatische vertaling" (no agent right after) nor "C'est une traduction automatique qui…"
    (a clause says something else of it). The act's name and the agent, or None."""
    presented = cues.presentative.match(core)
    if presented is None:
        return None
    at = core_at + _SPACE.match(core, presented.end()).end()
    agent = next((a for a in agents if a.start() == at), None)
    if agent is None:
        return None
    act = next(((name, m) for name, m in _act_of(cues, agent.group())), None)
    rest = _words(core[agent.end() - core_at:])
    if act is None or re.search(r"[,;:(]", core[agent.end() - core_at:]):
        return None
    if len(rest) > 2 and rest[0] not in cues.owner_words:
        return None  # "C'est une traduction automatique qui a fait rire": said of another text
    return act[0], agent


def _pairs(cues: AiCues, sentence: str,
           agents: list[re.Match[str]]) -> list[tuple[int, str, re.Match[str], re.Match[str]]]:
    """Every act linked to an agent: (words between, act's name, act, agent)."""
    return [(n, name, act, ag) for name, act in _act_of(cues, sentence) for ag in agents
            if not _service(cues, act, ag) and (n := _linked(cues, sentence, ag, act)) is not None]


def _opener(cues: AiCues, sentence: str, end: int) -> bool:
    """A capitalised word before a participle act is a label's noun ("Gioco realizzato con
    l'aiuto di ChatGPT", "Briefing généré par IA"), unless it is a pronoun, an article or a
    quantifier ("Nous utilisons…", "Todo generado…")."""
    word = _words(sentence[:end])[-1:]
    closed = cues.article.fullmatch(word[0]) if word else None
    rest = sentence[end:end + 60].lstrip()
    for _ in range(2):  # "Podcast totalmente gerado por IA"
        adverb = re.match(r"([\w-]+)\s+", rest)
        if adverb and _adverb(cues, adverb.group(1).lower()):
            rest = rest[adverb.end():]
    act = _act_of(cues, rest)
    # A capitalised participle after the capitalised noun is the rest of a name ("Sports
    # Illustrated published…"), not the noun's act.
    return bool(word) and not closed and word[0] not in cues.universals and word[0] not in cues.auxiliaries and \
        not cues.first_person.fullmatch(word[0]) and not cues.subordinator.fullmatch(word[0]) and \
        any(a.start() == 0 and _participle_act(cues, a) and not a.group()[:1].isupper() for _, a in act)


_AND_AI = rx.compile(rf"\((?:{CONJUNCTIONS})\b[^()]{{0,40}}\)\s*$", re.IGNORECASE)


def _with_ai(cues: AiCues, core: str, agents: list[re.Match[str]], core_at: int) -> bool:
    """"Jonas Hoskyn (und auch ein bisschen ChatGPT)", "Redação (e também um pouquinho de
    ChatGPT)": a name, then AI added in parentheses after a conjunction."""
    m = _AND_AI.search(core)
    return m is not None and m.start() > 0 and not _other_noun_phrase(cues, core[:m.start()], agents[0]) and \
        any(a.start() >= core_at + m.start() for a in agents)


# A name: capitalised words or initials ("F. Henninot", "Marie-Claire Dubois"), then a comma.
_NAME_COMMA = rx.compile(r"^\W*(?:[A-ZÀ-ÖØ-Þ][\w.'-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w.'-]*\s*,\s*")


def _name_with_help(cues: AiCues, core: str, agents: list[re.Match[str]], core_at: int) -> bool:
    """"F. Henninot, avec l'aide d'une IA" (a credit line's part): a name, a comma, then help
    said of an AI that ends the line: the named made it with that help."""
    name = _NAME_COMMA.match(core)
    assisted = dict(cues.acts).get("assisted")
    if name is None or assisted is None:
        return False
    helped = assisted.match(core, name.end())
    return helped is not None and any(
        a.start() - core_at >= helped.end() and not core[a.end() - core_at:].strip(" .") and
        not cues.weak.fullmatch(a.group().strip()) for a in agents)


def _describes(cues: AiCues, sentence: str, agent: re.Match[str]) -> bool:
    """"AI-expert Ferry Hoes", "KI-Forscherin": an acronym joined to a noun it only describes."""
    text = agent.group().strip()
    head, dash, rest = text.partition("-")
    if not dash:
        m = re.match(r"-([\w-]+)", sentence[agent.end():])
        head, rest = text, m.group(1) if m else ""
    if rest and _ACRONYM.fullmatch(head):
        return rest.lower().startswith(cues.modified_nouns or ("\0",))
    # "former OpenAI employees", "AI safety company", "the Axios AI+ team": a name before a noun
    # it only describes
    after = _NEXT_WORD.match(sentence, agent.end())
    if after is not None and after.group(1).lower() in cues.modified_nouns:
        return True
    # A named product's name that ends on a group ("The Markup AI Desk") or stands after its
    # members ("the editors of MIT Technology Review AI"): people's work (review 7, item 8).
    name = text.split()
    if len(name) > 1 and name[-1].lower() in cues.modified_nouns:
        return True
    before = _MEMBERS_OF.search(sentence, 0, agent.start())
    if before is not None and before.group(1).lower() in cues.modified_nouns:
        return True
    # a name coordinated inside the group's ("the Reuters Institute AI and Journalism team")
    joined = _JOINED_NAME.match(sentence, agent.end())
    return joined is not None and joined.group(1).lower() in cues.modified_nouns


_JOINED_NAME = rx.compile(r"[ \t]+(?:and|&)(?:[ \t]+[\p{Lu}][\w-]*){1,3}[ \t]+([\w-]+)")
_MEMBERS_OF = rx.compile(r"(?<![\w-])([\w-]+)[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


_NEXT_WORD = rx.compile(r"\+?[ \t]+([\w-]+)")  # "AI+ team": the plus is the name's
_NAME_AFTER = rx.compile(r"(?:[ \t]+|-)([^\W\d_][\w'-]*)")  # "Claude Trébaul", "Claude-Henri"
_NAME_BEFORE = rx.compile(r"(?<![\w'.-])([\w'.-]+)([ \t]+|-)$")  # "Jean-Claude", "M. Claude"
_MAKER_WINDOW = 30


def _person(sentence: str, agent: re.Match[str]) -> bool:
    """A tool's name that is also a person's, read as the person's: a given name before a
    capitalised surname ("Créé en 1971 par Claude Trébaul", "Claude Monet") or joined to
    another ("Jean-Claude"), a surname after a capitalised given name ("Frédéric Mistral"; not
    after an article, "das Modell Mistral"), either after a title ("M. Claude"). Not when it
    reads as the tool: a version or a product word after it ("Claude 3.5", "Claude Sonnet",
    "Claude AI"), or its maker beside it ("Anthropic's Claude", "Claude d'Anthropic"); with no
    cue either way ("avec Claude") it stays the tool."""
    lex = get_ai_lexicon()
    name = agent.group().strip().lower()
    given, surname = name in lex.given_names, name in lex.surnames
    if not (given or surname):
        return False  # "Claude 3.5" is matched whole
    window = sentence[max(0, agent.start() - _MAKER_WINDOW):agent.end() + _MAKER_WINDOW].lower()
    # A maker in the genitive too: "Googles Bard", "Google's Bard".
    if any(re.search(rf"(?<!\w){re.escape(maker)}(?:['’]?s)?(?!\w)", window) for maker in lex.makers):
        return False
    after = _NAME_AFTER.match(sentence, agent.end())
    if after and after.group(1).lower() in lex.product_words:
        return False  # "Claude Code", "Mistral Large"
    if _apposed_role(lex, sentence, agent.end()):
        return True  # "créé par Claude, le nouveau chef du restaurant"
    if given and after and _surname(lex, after.group(1)):
        return True
    before = _NAME_BEFORE.search(sentence, 0, agent.start())
    if before is None:
        return False
    word, glue = before.group(1), before.group(2)
    if word.lower().rstrip(".") in lex.person_titles or word.lower() in lex.person_titles:
        return True  # "M. Claude", "Sig.ra Claude"
    # "Jean-Claude", "Frédéric Mistral": a capitalised word that is no small word, no maker
    # ("Google Bard") and no acronym ("Vertex AI Gemini").
    named = word[:1].isupper() and not word.isupper() and "." not in word and \
        word.lower().strip("'") not in lex.function_words and \
        re.sub(r"['’]?s$", "", word.lower()) not in lex.makers and word.lower() not in lex.makers
    if given:
        return named and glue == "-"
    previous = _words(sentence[:before.start()])[-1:]
    return named and not (previous and previous[0] in lex.articles)  # not "das Modell Mistral"


_APPOSITION = rx.compile(r"[ \t]*,[ \t]*((?:[^\W\d_][\w'’-]*[ \t]+){0,4}[^\W\d_][\w'’-]*)")


def _apposed_role(lex: AiLexicon, sentence: str, at: int) -> bool:
    """A person's role heading the phrase apposed to the name, within its first five words and
    before its first small word: "Claude, le nouveau chef du restaurant", "Claude, the
    restaurant's new chef" (person_roles); not "Claude, the chatbot our reporter used"."""
    apposition = _APPOSITION.match(sentence, at)
    if apposition is None:
        return False
    words = re.findall(r"[^\W\d_][\w-]*", apposition.group(1).lower())
    while words and words[0] in lex.articles:
        words.pop(0)
    for word in words:
        if word in lex.person_roles:
            return True
        if word in lex.function_words:
            return False
    return False


def _surname(lex: AiLexicon, word: str) -> bool:
    """A capitalised word after a given name that is a surname: not a product's word ("Claude
    Code"), a maker or a short acronym ("Gemini TTS"); a surname in capitals is ("Claude
    DUPONT")."""
    low = word.lower()
    return word[:1].isupper() and low not in lex.product_words and low not in lex.makers and \
        not (word.isupper() and len(word) <= 4) and low.strip("'") not in lex.function_words


def _located_subject(cues: AiCues, sentence: str, core_at: int, deictic: re.Match[str], lo: int) -> bool:
    """A noun placed in this content, the subject of the act: "APA citaties in dit document
    zijn gegenereerd … met behulp van ChatGPT", "Les images de cet article ont été générées…";
    not where something is said ("Dans cet article, nous expliquons comment l'IA a…")."""
    where = list(cues.locative.finditer(sentence, max(core_at, deictic.start() - 20), deictic.start()))
    if not where or deictic.end() > lo:
        return False
    lead = _LEAD_WORD.match(sentence, core_at)  # "Again, every single image in this article…"
    head = sentence[lead.end() if lead and lead.end() <= where[-1].start() else core_at:where[-1].start()]
    return bool(_words(head)) and len(_words(head)) <= 4 and not re.search(r"[,;:.!?]", head) and \
        not any(w in cues.auxiliaries or cues.first_person.fullmatch(w) for w in _words(head)) and \
        _predicate(cues, sentence, deictic.end(), lo)


def _others_practice(cues: AiCues, sentence: str, start: int, pairs: list) -> bool:
    """The act in the present, the verb of a relative clause whose antecedent is a noun phrase
    of its own after this content's noun: someone else's practice, a story about AI ("Ce site
    appartient à une société qui utilise l'IA pour produire des contenus en masse"). Not our
    own ("notre rédaction, qui utilise l'IA"), not content ("un résumé qui a été généré…"),
    not a past act ("un journaliste qui a utilisé l'IA": for this content), and not the agent
    that makes this content ("Cette newsletter est préparée par un outil qui utilise l'IA",
    "Ce blog est tenu par une passionnée qui utilise ChatGPT": its own tool or team; review 1
    R6). So "Ces faux sites … sont dirigés par une seule personne, qui utilise l'IA" (round
    37a r1) is read as a disclosure again: "faux", "souvent" say it is a story, no syntax."""
    act = min((p[2] for p in pairs), key=lambda m: m.start())
    lo = min(min(p[2].start(), p[3].start()) for p in pairs)
    if act.start() != lo or _participle_act(cues, act):
        return False  # the first act, in the present, opens what is said of AI
    gap = sentence[start:lo]
    tokens = list(_TOKEN.finditer(gap))
    rel = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].group().lower() in cues.relatives), None)
    if rel is None or len(tokens) - rel > 2 or re.search(r"[.;:!?]", gap[tokens[rel].end():]):
        return False  # the act is the relative's verb, an adverb at most between
    words = [t.group().lower() for t in tokens[:rel]]
    opened = next((i for i in range(len(words) - 1, -1, -1) if words[i] in cues.article_words), None)
    if opened is None:
        return False  # "Cet article, qui utilise…": this content is the antecedent
    if opened and cues.agentive.fullmatch(words[opened - 1]):
        return False  # "préparée par un outil qui utilise l'IA": the maker of this content
    antecedent = " ".join(words[opened:])
    return not any(w in cues.possessive_words or cues.first_person.fullmatch(w) for w in words[opened:]) and \
        not cues.content_noun.search(antecedent)


def _anaphoric(cues: AiCues, sentence: str, deictic: re.Match[str]) -> bool:
    """A demonstrative that points back at what the sentence named, not at this page: "ces
    mêmes résumés", "these same articles" (an employee "remplacée par une IA capable de
    produire ces mêmes résumés": hers)."""
    return any(w in cues.anaphoric for w in _words(deictic.group()))


def _named_before(sentence: str, deictic: re.Match[str], hi: int) -> bool:
    """A demonstrative after the act whose noun the sentence named before it points back at
    that: "the use of AI in writing texts, provided these texts serve…" (texts in general),
    not at this page."""
    if deictic.start() < hi:
        return False
    noun = _words(deictic.group())[-1:]
    if not noun:
        return False
    stem = noun[0].rstrip("s")
    return len(stem) >= 3 and any(w.rstrip("s") == stem for w in _words(sentence[:deictic.start()]))


def _text_credit(cues: AiCues, sentence: str, strong: list[re.Match[str]]) -> re.Match[str] | None:
    """The AI a text's credit names as its writer, right after it or after its maker only:
    "Story by OpenAI ChatGPT". Not "Story by Jane Doe about ChatGPT"."""
    credit = cues.text_credit.match(sentence)
    if credit is None:
        return None
    makers = get_ai_lexicon().makers
    named = [a for a in strong if a.start() >= credit.end() and
             all(w.lower().strip(",'’") in makers for w in sentence[credit.end():a.start()].split())]
    # The credit is the line (or its part): what follows it is another part's.
    if not named or sentence[named[-1].end():].strip(" ."):
        return None
    return named[-1]  # the tool, not its maker before it


def _author_line(cues: AiCues, sentence: str, core_at: int, agents: list[re.Match[str]]) -> bool:
    """"Autor: Jarvis (Claude AI Assistant)", "Redazione AI": who wrote it names an AI."""
    if core_at and cues.author_label.match(sentence[:core_at]):
        return any(a.start() >= core_at for a in agents)  # "Autor: …", "Por: Bard, modelo de lenguaje…"
    head = sentence[:agents[0].start()]
    return agents[0].end() >= len(sentence.rstrip(" .")) and bool(head.strip()) and \
        bool(cues.author_label.match(head))


def _service(cues: AiCues, act: re.Match[str], agent: re.Match[str]) -> bool:
    """"Tradução automática", "machine translation": the act is a noun inside the agent's
    own words; it names a service, not what was done ("KI-generiert" is a participle)."""
    return agent.start() <= act.start() and act.end() <= agent.end() and not _participle_act(cues, act)


def _negated_agent(cues: AiCues, sentence: str, agents: list[re.Match[str]]) -> bool:
    """An AI named as absent anywhere in the sentence: "sans l'aide de l'IA", "ohne
    KI-Unterstützung", "when the AI is not available"; the act then belongs to other means."""
    for agent in agents:
        before = sentence[max(0, agent.start() - 30):agent.start()]
        near = list(cues.negator.finditer(before))
        if near and len(_words(before[near[-1].end():])) <= 3 and \
                all(w in cues.linkers for w in _words(before[near[-1].end():])) and \
                not re.search(r"[,;:.]", before[near[-1].end():]):
            return True
        after = sentence[agent.end():agent.end() + 25]
        m = cues.negator.search(after)
        between = _words(after[:m.start()]) if m else []
        # Not a second predicate: "traduit automatiquement et n'a pas été relu".
        if m and len(between) <= 1 and not re.search(r"[,;:.(]", after[:m.start()]) and \
                not any(cues.conjunction.fullmatch(w) for w in between):
            return True  # "la IA no está disponible", "l'IA n'a pas"
        off = cues.switched_off.search(sentence, agent.end(), agent.end() + 25)
        if off and len(_words(sentence[agent.end():off.start()])) <= 1 and \
                not re.search(r"[,;:.(]", sentence[agent.end():off.start()]):
            return True  # "with the AI options turned off"
    return False


def _predicate(cues: AiCues, sentence: str, start: int, end: int) -> bool:
    """Between a subject and its act, an auxiliary and little else: the act is what the
    sentence says of it ("The cover image was generated using…", "Deze README is
    geschreven…"), not a participle naming it ("L'immagine generata dall'IA pubblicata…")."""
    if start > end:
        return False
    # A word or two between commas is an aside, not a clause: "Este release, inclusive, foi escrito…"
    gap = _COMMA_ASIDE.sub(" ", sentence[start:end])
    if re.search(r"[.;:!?,]", gap):
        return False
    for _, act in _act_of(cues, gap):  # "This grade and feedback were drafted with the help of"
        gap = gap[:act.start()] + " " * (act.end() - act.start()) + gap[act.end():]
    between = _words(gap)
    unknown = [w for w in between if w not in cues.auxiliaries and w not in cues.linkers]
    return len(between) <= 4 and len(unknown) <= 1 and any(w in cues.auxiliaries for w in between)


_COMMA_ASIDE = rx.compile(r"[ \t]*,[ \t]*[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?[ \t]*,")


_WORD = rx.compile(r"\w+")


def _placed_elsewhere(cues: AiCues, sentence: str, deictic: re.Match[str]) -> bool:
    """The made noun named inside the demonstrative ("These AI-generated summaries"), the
    sentence placing it on other content ("… are visible on some USA Today articles"): a
    practice reported, not this content; not "… appear at the top of this article"."""
    for word in _WORD.finditer(sentence, deictic.end()):
        if cues.locative.search(sentence, deictic.end(), word.end()) is None:
            continue  # not a preposition of place ending here
        noun = cues.content_noun.search(sentence, word.end(), word.end() + 40)
        if noun is None or re.search(r"[.;:!?,]", sentence[word.end():noun.start()]):
            continue
        if not any(d.start() <= noun.start() < d.end() for d in cues.deictic.finditer(sentence, word.start())):
            return True
    return False


def _topic_of_noun(gap: str) -> bool:
    """Between a label's noun and the AI word (no act before it), a preposition of what the
    noun is for or about, in any language (an English template's "Image for" before a French
    headline): the AI word is that phrase's topic ("Image for Révolution IA dans les salles de
    rédaction"), nothing is said made of the noun. Describing words before an act stay a
    label's ("Texte original en anglais traduit par DeepL", "Image for illustration purposes
    generated by AI")."""
    if re.search(r"[.;!?]", gap):
        return False
    return any(c.topic_preposition.search(gap) for c in get_ai_lexicon().cues)


def _noun_of_its_own(cues: AiCues, gap: str) -> bool:
    """Between a label's noun and the act, a noun phrase of its own right before the act, after
    a longer phrase: the act is said of that nearest noun ("Texte intégral de la proposition de
    loi visant à encadrer les contenus générés par l'IA": the contents are generated, not the
    text; review of d03ee24..203fa18, item 2). One complement alone stays the label's ("Résumé
    du texte généré par IA"); describing words without an article too ("Texte original en
    anglais traduit par DeepL")."""
    if re.search(r"[.;!?]", gap):
        return False
    words = _words(gap)
    opens = [bool(cues.article.fullmatch(w)) or w.lower() in cues.contracted_articles for w in words]
    last = next((k for k in range(len(words) - 1, -1, -1) if opens[k]), None)
    if last is None or len(words) - last - 1 > 3:  # the act may open with its noun ("les | images générées")
        return False
    return any(opens[:last]) or last >= 3


def _topic_between(cues: AiCues, sentence: str, start: int, end: int) -> bool:
    """A locative phrase between this content and the act, with no auxiliary after it: the act
    is said of the topic ("Notre enquête sur les sites d'information générés par IA"), not of
    the content ("Cet article sur l'IA a été rédigé avec ChatGPT")."""
    words = _words(sentence[start:end])
    # A locative right before the act opens no topic: "en utilisant des outils d'IA" (a gerund).
    places = [k for k, w in enumerate(words) if cues.locative.search(w) and k < len(words) - 1]
    return bool(places) and not any(w in cues.auxiliaries for w in words[places[0]:])


def _modal_before(cues: AiCues, sentence: str, act: re.Match[str]) -> bool:
    """"articles may be translated", "peuvent, dans certains cas, être écrits"."""
    for m in cues.modal.finditer(sentence, max(0, act.start() - 60), act.start()):
        if len(_words(sentence[m.end():act.start()])) <= 4:
            return True
    return False


def _sample(cues: AiCues, sentence: str, lo: int) -> bool:
    """A word that introduces a sample wording, then a colon or a quotation mark, before the
    act: "Examples include: 'This image…'", "con la frase ' - riassunto generato…'"."""
    return any(_SAMPLE_MARK.match(sentence, m.end()) for m in cues.sample.finditer(sentence, 0, lo))


_SAMPLE_MARK = rx.compile(r"[^.!?:«“„\"']{0,40}?[:«“„\"']")


def _general(cues: AiCues, sentence: str, act: re.Match[str], agent: re.Match[str], hi: int) -> bool:
    """A general claim of what AI or its output is good for, with no "this content" object:
    its predicate ("est utile pour", "can help", "permite") right after the agent as its
    subject ("l'IA (IA) est utile pour obtenir un premier jet", round 36a r3), or right after
    the act and its agent as the main verb of the noun they qualify ("Summaries generated by
    AI help readers"). Not after a comma or a relative: "Translated with DeepL, which helps
    us reach more readers" is a note, then a word on the tool."""
    spans = [(hi, len(sentence))]
    if agent.end() <= act.start():
        spans.append((agent.end(), act.end()))  # "L'IA permet de traduire…", "AI helps"
    for lo, end in spans:
        tail = re.sub(r"^\s*\([^()]{1,40}\)", " ", sentence[lo:end])  # "intelligence artificielle (IA) est…"
        m = cues.generic.search(tail)
        if m is None or re.search(r"[,;:()]", tail[:m.start()]):
            continue
        between = _words(tail[:m.start()])
        if len(between) <= 1 and not any(w in cues.relatives for w in between):
            return True
    return False


def _present_passive(cues: AiCues, gap: str) -> bool:
    """"are drafted", "wird … vorgelesen": what is done to such content in general, not
    what was done to this one ("ont été générés", "sind … erstellt worden")."""
    words = _words(gap)
    return any(w in cues.present_passive for w in words) and not any(w in cues.perfect for w in words)


def _rule_after(cues: AiCues, words: list[str]) -> bool:
    """After the act and its agent, the main verb of a content noun the act only qualifies:
    a present passive ("Articles translated with AI are labelled", "All content produced with
    AI assistance is reviewed"): what is done to such content, a rule. The singular is one
    only with a participle after it ("… is below" is no passive). A modal there says what
    must be done to it ("Content prepared with AI assistance should be reviewed by an
    editor", sachsuno.com's policy)."""
    if _present_passive(cues, " ".join(words[:2])) or any(cues.modal.fullmatch(w) for w in words[:2]):
        return True
    return any(w in cues.present_passive_singular and nxt not in cues.perfect and cues.participle.search(nxt)
               for w, nxt in zip(words[:2], words[1:3]))


def _demonstrative_subject(cues: AiCues, sentence: str, core_at: int, act: re.Match[str],
                           agent: re.Match[str]) -> re.Match[str] | None:
    """"Questa integrazione è stata sviluppata con l'ausilio dell'IA": a demonstrative
    subject of any noun, the act its predicate, is this content."""
    subject = cues.subject.match(sentence, core_at) or \
        (cues.subject_here.match(sentence, core_at) if cues.subject_here else None)
    if subject is None or agent.start() < subject.end():
        return None  # "Cette intelligence artificielle a été…": the agent is the subject
    gap = (subject.end(), min(act.start(), agent.start()))
    if not _predicate(cues, sentence, *gap) or _present_passive(cues, sentence[gap[0]:gap[1]]):
        return None  # "Ces commentaires sont générés automatiquement": how such things are made
    return subject


def _so_far(cues: AiCues, sentence: str, core_at: int, act: re.Match[str],
            agent: re.Match[str]) -> re.Match[str] | None:
    """"Até aqui foi o ChatGPT que produziu o texto!", "Bis hierhin hat ChatGPT den Text
    geschrieben": what the page said up to here, the agent the act's subject and a content
    noun its object right after it; not "Fin qui l'IA ha generato solo polemiche" (so far in
    time, nothing of this page made)."""
    opened = cues.so_far.match(sentence, core_at) if cues.so_far else None
    if opened is None or agent.start() > act.start():
        return None
    for noun in (cues.content_noun.search(sentence, act.end(), act.end() + 25),  # "produziu o texto"
                 cues.content_noun.search(sentence, agent.end(), act.start())):  # "ChatGPT den Text geschrieben"
        if noun and all(cues.article.fullmatch(w) or w in cues.linkers for w in
                        _words(sentence[act.end() if noun.start() >= act.end() else agent.end():noun.start()])):
            return opened
    return None


def _upcoming(cues: AiCues, sentence: str, core_at: int, act: re.Match[str],
              agent: re.Match[str]) -> re.Match[str] | None:
    """"Everything you are about to read was generated by AI", "Was Sie gleich lesen, wurde
    von einer KI geschrieben": a free relative for this content ahead is the subject, the act
    its predicate; not "Ce que vous allez lire sur l'IA…" (the agent is its topic) nor
    "Everything you read about AI is…" (what one reads anywhere)."""
    opened = cues.upcoming.match(sentence, core_at) if cues.upcoming else None
    if opened is None or agent.start() < opened.end():
        return None
    start = re.match(r"[ \t]*,?", sentence[opened.end():]).end() + opened.end()  # German: "Was Sie gleich lesen, wurde…"
    gap = (start, min(act.start(), agent.start()))
    if not _predicate(cues, sentence, *gap) or _present_passive(cues, sentence[gap[0]:gap[1]]):
        return None
    return opened


def _pronoun_object(cues: AiCues, sentence: str, act: re.Match[str],
                    agent: re.Match[str]) -> re.Match[str] | None:
    """"ChatGPT wrote this", "De computer schreef dit", "KI hat dies geschrieben": the agent
    the subject, a pronoun for this content the object, right after the act or before it."""
    if agent.end() > act.start():
        return None
    obj = cues.this_object.search(sentence, agent.end(), act.start()) or \
        cues.this_object.match(sentence, _SPACE.match(sentence, act.end()).end())
    if obj is None:
        return None
    return obj if obj.start() < act.start() or _CLAUSE_END.match(sentence, obj.end()) else None


def _noted(cues: AiCues, sentence: str, act: re.Match[str], agent: re.Match[str]) -> bool:
    """After a note's lead-in ("Nota:", "Disclaimer:", "Let op:"), a finished act said of the
    subject, whatever its noun: an auxiliary before a participle, no clause between."""
    note = cues.note.match(sentence)
    done = [a for _, a in _act_of(cues, sentence[:agent.end()]) if _participle_act(cues, a)]
    if note is None or not done:  # "sono state sviluppate con il supporto": the act is done
        return False
    gap = sentence[note.end():min(act.start(), agent.start())]
    words = _words(gap)
    return 0 < len(words) <= 14 and any(w in cues.auxiliaries for w in words) and \
        not _present_passive(cues, gap) and not cues.subordinator.search(gap) and \
        not re.search(r"[.;!?]", gap)


def _warned(cues: AiCues, sentence: str, hi: int) -> bool:
    """The act and its agent, then a warning that the result may be wrong: the banner over a
    machine translation or a generated summary ("… pueden contener errores")."""
    warning = cues.warning.search(sentence, hi)
    return warning is not None and len(_words(sentence[hi:warning.start()])) <= 3


_COMPARED_WORDS = 4  # "like [they were] written by", "als ob [dieser Artikel von einer] KI"


def _compared(cues: AiCues, sentence: str, lo: int) -> bool:
    """A comparison opens the clause of the act: "sound like they were written by an AI", "as
    if an AI wrote it"."""
    for m in cues.comparison.finditer(sentence, max(0, lo - 60), lo):
        gap = sentence[m.end():lo]
        if len(_words(gap)) <= _COMPARED_WORDS and not re.search(r"[.;:!?,]", gap):
            return True
    return False


def _self_disclosed(text: str, s: int, e: int, following: str,
                    language: str | None) -> Reading | None:
    """The writer naming itself an AI, then saying in that sentence or the next that it makes
    content: "I'm a helpful artificial intelligence tool that collects results for high school
    sports games. I write simple reports on those games" (an AI byline in the first person).
    Not a quoted chatbot, reported speech, or a chatbot's leftover ("As an AI language model")."""
    lex = get_ai_lexicon()
    sentence = text[s:e]
    for lang in _order(language):
        cues = lex.cues_of(lang)
        if cues.self_agent is None:
            continue
        found = cues.self_agent.search(sentence)
        if found is None:
            continue
        rest = sentence[found.end():]
        made = cues.self_made.search(rest) or cues.self_made.match(following.lstrip())
        if made is None:
            continue
        made_in = rest if made.string is rest else following
        if cues.reported.search(sentence) or _inside_quotes(text, s + found.start(), s + found.end()) or \
                _negated(cues, made_in, made.start(), made.end(), made.start()) or lex.residue.search(sentence) or \
                cues.modal.search(made_in, 0, made.end()) or cues.conditional.search(sentence, 0, found.start()):
            return None
        agent = next((a for a in cues.agent.finditer(sentence, found.start(), found.end())
                      if a.end() == found.end()), None)
        if agent is None or _describes(cues, sentence, agent) or _person(sentence, agent) or \
                cues.subordinator.search(sentence, found.start(), agent.start()):
            continue  # "I'm an AI researcher", "I'm a reporter who covers AI": a person
        return _reading(cues, sentence, "statement", "generated", agent, following)
    return None


def _narrator(cues: AiCues, sentence: str, act_name: str, act: re.Match[str],
              agent: re.Match[str]) -> int | None:
    """Where the author, as the subject, opens the statement: of a past act ("I've used",
    "j'ai utilisé", "ho usato", "ich habe … mit ChatGPT übersetzt"), or of a present one
    that names what it made ("j'utilise l'IA pour mes articles", "I use AI to aid me in
    writing"); not "we use AI to help our journalists" (a practice) nor "I asked it to…"."""
    lo, hi = min(act.start(), agent.start()), max(act.end(), agent.end())
    if agent.end() <= act.start():  # "con il supporto dell'IA, ho sviluppato uno script"
        m = cues.first_person.search(sentence, agent.end(), act.start())
        if m and _participle_act(cues, act) and not cues.subordinator.search(sentence, agent.end(), act.start()):
            return m.start()
    for m in cues.first_person.finditer(sentence, max(0, act.start() - 1), act.end()):
        if m.start() >= act.start() and m.end() <= act.end() and _makes(cues, sentence[hi:]):
            return m.start()  # "Usei inteligência artificial para me ajudar a rever o texto"
    for m in cues.first_person.finditer(sentence, max(0, lo - 60), lo):
        gap = sentence[m.end():lo]
        words = _words(gap)
        if len(words) > 5 or re.search(r"[.;:!?,]", gap) or cues.subordinator.search(gap):
            continue
        before = _words(sentence[max(0, m.start() - 6):m.start()])
        if before and before[-1] in cues.relatives and \
                any(w not in cues.auxiliaries and not _adverb(cues, w) for w in words):
            continue  # "un contenu que je publie a été créé avec l'IA": the author is the
            # subject of the relative clause's own verb, the act's is the noun (round 31a r03)
        # A past act: right after the subject ("I used") or after an auxiliary ("j'ai utilisé").
        # "Deshalb haben wir … erstellt": the auxiliary may come before the subject.
        inverted = any(w in cues.auxiliaries for w in _words(sentence[max(0, m.start() - 12):m.start()])[-1:])
        past = _participle_act(cues, act) and (not words or inverted or any(w in cues.auxiliaries for w in words))
        # "J'ai utilisé ChatGPT pour m'aider à comprendre le problème": a use, for making nothing.
        past = past and (act_name != "assisted" or _makes(cues, sentence[hi:]))
        # "we use AI to help our journalists" is a practice; "j'utilise l'IA pour mes articles" a note.
        present = len(words) <= 1 and _names_content(cues, sentence[hi:]) and \
            m.group().lower() not in cues.plural_first_person
        if past or present:
            return m.start()
    return None


def _topic_before(cues: AiCues, gap: str) -> bool:
    """Between the act and the AI word, a preposition of what was made's subject right before
    the AI word, one word (an article) at most between: "stories about chatbots", "des
    articles sur l'IA" (the AI is the topic, not the maker; "I'm a reporter who covers AI. I
    write stories about chatbots.", review of round 28's AI001)."""
    if re.search(r"[.;:!?]", gap):
        return False
    # A word (what was made) must stand before the preposition: right after the act it names
    # the tool the thing was made on ("générée sur Midjourney", "created on Midjourney",
    # review 31 item 1), no topic.
    return any(len(_words(gap[m.end():])) <= 1 and _words(gap[:m.start()])
               for m in cues.topic_preposition.finditer(gap))


def _commissioned(cues: AiCues, sentence: str,
                  agents: list[re.Match[str]]) -> tuple[int, re.Match[str]] | None:
    """The author asking an AI for what the page shows: a first-person request, then the AI
    it is addressed to ("j'ai demandé à Midjourney d'illustrer…", "so I asked ChatGPT, “…”",
    "abbiamo chiesto a ChatGPT una previsione"), or in German and Dutch the AI between the
    subject and the participle ("Wir haben ChatGPT gebeten"). Where the request starts, and its
    addressee; not a press inquiry ("we asked OpenAI for comment")."""
    makers = get_ai_lexicon().makers
    # The author's or the newsroom's own interview with an AI is a request too, its answers
    # the page ("Ecco la nostra intervista a ChatGPT", "our conversation with the chatbot").
    # Not another's ("Le Monde's interview with ChatGPT", "This interview with ChatGPT,
    # published by the Guardian": a demonstrative points at any interview told), nor one with
    # a person the AI words describe ("our interview with an AI researcher"). A heading
    # "Interview with ChatGPT" is not read: it cannot tell whose interview it is.
    for request in [*cues.request.finditer(sentence), *cues.interview.finditer(sentence)]:
        agent = next((a for a in agents if a.start() >= request.end()), None)
        # A maker asked for nothing made is a press inquiry: "we asked OpenAI about the outage"
        # (not "j'ai demandé à Mistral AI de rédiger l'introduction").
        if agent and (agent.group().strip().lower() not in makers or _makes(cues, sentence[agent.end():])) and \
                _addressed(cues, sentence[request.end():agent.start()]) and \
                not _person_asked(cues, sentence[request.end():agent.start()], sentence[agent.end():]) and \
                not cues.inquiry.search(sentence, agent.end(), agent.end() + 40):
            return request.start(), agent
    for request in cues.request.finditer(sentence) if cues.request_addressee else ():
        # The addressee first, the request right after it: "al ChatGPT le pedimos que
        # imagine…"; not "lo subí a NotebookLM y le pedí…" (where it was put, then a request).
        agent = next((a for a in reversed(agents) if a.end() <= request.start()), None)
        if agent and agent.group().strip().lower() not in get_ai_lexicon().makers and cues.request_addressee.search(sentence, max(0, agent.start() - 12), agent.start()) and \
                not sentence[agent.end():request.start()].strip() and \
                not cues.inquiry.search(sentence, request.end(), request.end() + 40):
            return max(0, agent.start() - 12), agent
    means = cues.request_means.match(sentence) if cues.request_means else None
    for request in cues.request.finditer(sentence) if means else ():
        # The AI named as the means opening the sentence, the request right after it, asking
        # for content: "Usando la feature deep search di Google ho chiesto di fare un articolo".
        agent = next((a for a in reversed(agents) if a.end() <= request.start()), None)
        if agent and agent.start() >= means.end() and _addressed(cues, sentence[means.end():agent.start()]) and \
                re.fullmatch(r"[\s,]*", sentence[agent.end():request.start()]) and \
                _makes(cues, sentence[request.end():]) and \
                not cues.inquiry.search(sentence, request.end(), request.end() + 40):
            return means.start(), agent
    for agent in agents:
        # The participle closes the clause: what it was asked about may stand between
        # ("Wir haben … ChatGPT zum aktuellen Meisterschaftsrennen der Kreisliga A2 befragt").
        done = cues.request_done.search(sentence, agent.end(), agent.end() + 100)
        # The author or the newsroom asks ("Unsere Redaktion hat ChatGPT gefragt"), no one else.
        person = sorted([*cues.first_person.finditer(sentence, max(0, agent.start() - 30), agent.start()),
                         *cues.newsroom_asker.finditer(sentence, max(0, agent.start() - 30), agent.start())],
                        key=lambda m: m.end())
        if done and person and _addressed(cues, sentence[person[-1].end():agent.start()]) and \
                not _person_asked(cues, sentence[person[-1].end():agent.start()],
                                  sentence[agent.end():done.start()]) and \
                _same_clause(cues, sentence[agent.end():done.start()]) and \
                not cues.inquiry.search(sentence, agent.end(), done.end() + 40):
            return person[-1].start(), agent
    return None


def _reported_besides_answer(cues: AiCues, sentence: str, agent: re.Match[str]) -> bool:
    """A reporting word in the sentence that is not the asked AI's answer: after the request, a
    free relative and a few words before it say what the AI said ("We asked an AI chatbot … –
    and this is what it said", «… et voici ce qu'elle a dit»), no one else's report."""
    for m in cues.reported.finditer(sentence):
        gap = sentence[max(agent.end(), m.start() - 30):m.start()]
        relative = cues.free_relative.search(gap) if cues.free_relative and m.start() > agent.end() else None
        if relative is None or len(_words(gap[relative.end():])) > 2:
            return True
    return False


_CONJUNCTION = rx.compile(rf"(?<!\w)(?:{CONJUNCTIONS})(?!\w)", re.IGNORECASE)


def _same_clause(cues: AiCues, gap: str) -> bool:
    """Up to ten words of one clause between an addressee and its request's participle: no
    punctuation, conjunction or subordinator ("Wir haben ChatGPT benutzt und die Leser gefragt")."""
    return len(_words(gap)) <= 10 and not re.search(r"[.,;:!?()\[\]«»“”\"]", gap) and \
        not cues.subordinator.search(gap) and not _CONJUNCTION.search(gap)


def _person_asked(cues: AiCues, gap: str, tail: str = "") -> bool:
    """The AI is not the head of the phrase asked: a person the AI words after it only describe
    («nous avons interrogé un expert en intelligence artificielle»); a noun, then "of/de/di/da"
    and the AI ("the creators of the AI chatbot", «a los creadores de ChatGPT», «des
    enseignants sur l'usage de ChatGPT», "the head of AI at Meta"); or the AI word modifying
    the noun after it (``tail``: "a chatbot designer", "the Galaxy AI camera features")."""
    words = _words(gap)
    roles = get_ai_lexicon().person_roles  # «à un ami qui utilise ChatGPT»
    if any(w in cues.addressee_heads or w in roles for w in words):
        return True
    if re.match(r"['’]s\b", tail):
        return True  # the AI's own: "Interview with ChatGPT's creator", "we asked ChatGPT's makers"
    stop = get_lexicon().all_stopwords
    while words and words[-1] in stop and words[-1] not in cues.of_words:
        words.pop()  # the article before the AI: "of the", "di una"
    if words and words[-1] in cues.of_words and any(w not in stop for w in words[:-1]) and \
            not (len(words) > 1 and words[-2] in cues.tool_heads):  # «au logiciel d'IA»: the AI asked
        return True
    # The AI word after a determiner, then a noun it modifies: not a name ("ChatGPT about…"),
    # an AI ("an AI chatbot what…"), a topic ("the AI about…") or a clause ("the AI whether…").
    after = re.match(r"[ \t]+([^\W\d_][\w-]*)", tail)
    return bool((any(w in stop for w in words) or cues.article.search(gap)) and after and after.group(1).islower() and
                after.group(1) not in stop and not cues.agent.match(tail, after.start(1)) and
                not cues.topic_preposition.match(tail, after.start(1)) and
                not cues.subordinator.match(tail, after.start(1)))


def _addressed(cues: AiCues, gap: str) -> bool:
    """A few words and no clause between a request and its addressee: "à une", "for help
    from", "ad un", "une série de questions à l'"."""
    words = _words(gap)
    return len(words) <= 7 and sum(w not in cues.linkers for w in words) <= 3 and \
        not re.search(r"[.;:!?()\[\]]", gap) and not cues.subordinator.search(gap)


def _makes(cues: AiCues, tail: str) -> bool:
    """"… to help put it together", "… pour rédiger", "… per le immagini": the use made something."""
    return _names_content(cues, tail) or bool(_act_of(cues, tail)) or bool(cues.scopes and _scope(cues, tail))


def _names_content(cues: AiCues, tail: str) -> bool:
    """"… pour mes articles", "… to aid me in writing": the use is for making content."""
    return bool(cues.content_noun.search(tail)) or any(
        name in ("generated", "translated", "summarised", "illustrated") for name, _ in _act_of(cues, tail))


def _participle_act(cues: AiCues, act: re.Match[str]) -> bool:
    """A label says what was done ("KI-generiert", "Mit KI erstellt"), it gives no order
    ("Create smart machines") and names no service ("Machine Translation")."""
    return any(cues.participle.search(word) for word in act.group().split())  # "illustration générée"


def _prohibited(cues: AiCues, tail: str) -> bool:
    """A negated modal: "não podem ser publicados", "ne peuvent pas", "dürfen nicht"."""
    for m in cues.modal.finditer(tail):
        near = tail[max(0, m.start() - 15):m.end() + 15]
        if cues.negator.search(near) and not _caveat(cues, m, tail):
            return True
    return False


def _caveat(cues: AiCues, modal: re.Match[str], tail: str) -> bool:
    """A negated modal of likelihood before an active verb: "which may not depict actual
    events" (review 8 item 6) says what the content may be, no rule; "may not be used",
    "will not be published" (a passive, or a modal of will) are rules."""
    if modal.group().strip().lower() not in cues.epistemic_modals:
        return False
    after = [w for w in _words(tail[modal.end():])[:5] if not cues.negator.fullmatch(w)]
    return not (len(after) > 1 and after[0] in cues.passive_infinitives and cues.participle.search(after[1]))


_MENU_SPLIT = rx.compile(r"\s+[|›»>/]\s+")
_MENU_PART_WORDS = 4


def _menu_line(line: str) -> bool:
    """A menu or a breadcrumb: three short parts or more between separators and nothing
    else ("Next | Société numérique | IA", "Accueil > Tech > IA"); its last part is a section
    link, not a credit ("Challenges / Midjourney" is two parts)."""
    parts = _MENU_SPLIT.split(line.strip())
    return len(parts) >= 3 and ":" not in line and \
        all(0 < len(p.split()) <= _MENU_PART_WORDS for p in parts)


def _only_agents(cues: AiCues, text: str) -> bool:
    """A credit that names only AI tools: "Dall-E und Adobe Firefly", "Midjourney/KI"."""
    rest = cues.agent.sub(" ", text)
    return rest != text and all(w in cues.linkers or len(w) <= 3 for w in _words(rest))


def _ends_with_act(cues: AiCues, sentence: str, hi: int, following: str) -> bool:
    """With no deictic word, the act must be what the sentence says of its content: little
    follows the agent but a review ("…par l'IA et vérifiés par la rédaction"), not another
    predicate ("L'immagine generata dall'IA pubblicata dal Comune ha acceso un dibattito")."""
    tail = sentence[hi:]
    first = _words(tail)[:1]
    # "… et vérifiés par la rédaction", "… with the blog post title as the prompt"; not an
    # auxiliary, which opens the sentence's own predicate ("Les articles générés par l'IA ont
    # un ton neutre": said of such articles, not of this one)
    joined = bool(first) and (first[0] in cues.linkers and first[0] not in cues.auxiliaries
                              or cues.conjunction.fullmatch(first[0]) is not None)
    if _reviewed(cues, tail):
        return True
    if first and first[0] in cues.relatives:
        return False  # "un texte généré par IA qui a fait polémique": said of another text
    return len(_words(tail)) <= 4 or tail.lstrip().startswith("(") or joined


def _names_such_content(cues: AiCues, core: str) -> bool:
    """A short line that names AI-made content as what something is for or what is found, not
    as itself: a preposition of purpose or topic opening it with no verb of its own ("OpenAI -
    Voor AI-gegenereerde afbeeldingen", a product's menu), or a verb of detection (`detection`
    in each language: "Voz generada por IA detectada.", "Identifique música criada com
    Inteligência Artificial.", a detector's strings)."""
    words = _words(core)
    if words and cues.topic_preposition.fullmatch(words[0]) and \
            not any(w in cues.auxiliaries for w in words) and "," not in core:
        return True
    return cues.detection.search(core) is not None


def _noun_label(cues: AiCues, core: str, agents: list[re.Match[str]], following: str) -> Reading | None:
    """"Resumen de IA", "KI-Zusammenfassung", "AI summary": a content noun and an AI named by
    an acronym or a tool, nothing else. A plain word ("Machine Translation") is a menu item."""
    words = _words(core)
    if not 1 <= len(words) <= 4 or re.search(r"[.!?…:;,]", core.rstrip(".")):
        return None
    agent = next((a for a in agents if cues.tool.fullmatch(a.group().strip())
                  or _ACRONYM.match(a.group().strip())), None)
    scope = _scope(cues, core)
    rest = cues.agent.sub(" ", core)
    if agent is None or scope is None or _other_noun_phrase(cues, core, agent):
        return None
    if len(_words(rest)) > 2:
        return None
    return _reading(cues, core, "label", _SCOPE_ACT.get(scope, "generated"), agent, following,
                    scope=scope)


def _prefix_label(cues: AiCues, sentence: str, core_at: int, following: str) -> Reading | None:
    """"AI-generated content disclosure: Research summaries…": the lead-in is the label."""
    if not core_at:
        return None
    prefix = sentence[:core_at].rstrip(" :")
    reading = _read(cues, prefix, following) if ":" not in prefix else None
    return reading if reading and reading.form == "label" else None


_HEAD_PART = rx.compile(r"^.*[—–|:/(]")  # a label's lead-in, up to its last separator


def _headline_verb(cues: AiCues, sentence: str, core_at: int, pairs: list) -> bool:
    """A subject and its verb before an agent glued to its act: a headline about AI-made
    content ("Mississippi publication unintentionally releases AI-generated article", "CNET
    Pauses AI-Written Stories"), not a label ("Partly AI-generated", "Die Erzählerstimme ist
    KI-generiert"). Headlines drop their articles and may capitalise every word, so two words
    that are no auxiliary, article, linking word, quantifier or adverb, after the line's last
    separator, are taken for a subject and its verb. Only before such a compound: elsewhere
    an adjective follows its noun ("Escena ficticia generada con IA")."""
    glued = [min(act.start(), agent.start()) for _, _, act, agent in pairs
             if agent.start() < act.start() and (sentence[agent.end():act.start()] in ("-", "") or
                                                 act.start() < agent.end())]
    if not glued:
        return False
    words = _words(_HEAD_PART.sub("", sentence[core_at:min(glued)]))
    named = [w for w in words if w not in cues.auxiliaries and w not in cues.linkers and
             w not in cues.universals and not cues.article.fullmatch(w) and not _adverb(cues, w)]
    return len(named) >= 2


_TITLED = rx.compile(r"\W*?[“\"«„][^“”\"«»„\n]{1,60}[”\"»“][ \t]*,?[ \t]*")  # a work's title in quotes, opening a caption
_CREDIT_AFTER = rx.compile(r"\s*(?:$|[/|,;&]\s*\S)")  # the credit's end, or another credit after it
_PREDICATE_GAP = rx.compile(r"[ \t]+[^\W\d_][\w-]*[ \t]+(?=\w)")  # the noun the compound qualifies


def _negated_predicate(cues: AiCues, sentence: str, hi: int, noun: bool = True) -> bool:
    """The compound's noun, then a negated predicate of it: «AI-generated stories not
    acceptable» (round 45b r03, an editorial's headline) says something of such content; a
    label may say it was not reviewed ("KI-generierter Text, nicht redaktionell geprüft").
    ``noun``: the noun is still to come after ``hi`` (else ``hi`` ends it: "AI-generated
    images| not allowed in the contest")."""
    gap = (_PREDICATE_GAP if noun else _SPACE).match(sentence, hi)
    if gap is None or not (negator := cues.negator.match(sentence, gap.end())):
        return False
    if not noun and not cues.rule_predicate.match(sentence, _SPACE.match(sentence, negator.end()).end()):
        return False  # a rule's predicate only ("not allowed", «nicht zugelassen»); not what the
        # image is or shows: "AI-generated image not a photograph", "not depicting real events"
    return not cues.review.search(sentence, negator.end())


def _other_noun_phrase(cues: AiCues, sentence: str, agent: re.Match[str]) -> bool:
    """A label has no noun phrase of its own ("ChatGPT écrit des articles" is a headline,
    "Contenu généré par l'IA" a label): no article or pronoun but before the agent or a
    linking word ("avec l'aide de l'IA")."""
    for m in cues.article.finditer(sentence):
        if agent.start() <= m.end() + 1 and m.start() < agent.end():
            continue
        after = _words(sentence[m.end():m.end() + 30])[:1]
        if not after or after[0] not in cues.linkers:
            return True
    return bool(cues.subordinator.match(sentence.lstrip()))


def _reading(cues: AiCues, sentence: str, form: str, act: str, agent: re.Match[str],
             following: str, scope: str | None = None) -> Reading:
    scope = scope or _scope(cues, sentence)
    if act == "generated" and scope in _SCOPE_ACT:
        act = _SCOPE_ACT[scope]
    lead = len(sentence) - len(sentence.lstrip())
    return Reading(start=lead, end=len(sentence.rstrip()), text=sentence.strip(), where="",
                   language=cues.language, form=form,
                   act=act, agent=agent.group().strip(), scope=scope,
                   review=_reviewed(cues, sentence) or _reviewed(cues, following))


def _order(language: str | None) -> list[str]:
    """Every language, the article's own first."""
    return sorted(get_ai_lexicon().languages, key=lambda lang: lang != language)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(_past_symbols(text, s, e), e) for s, e in spans if text[s:e].strip()]


def _past_symbols(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin, past leading emoji and symbols ("ℹ️ Resumen…", "💡
    AI-samenvatting"): "ℹ" counts as a letter to a regex. "©" is kept: it opens a credit."""
    while start < end and text[start] != "©" and \
            (text[start].isspace() or SENTENCE_SYMBOLS.match(text[start])):
        start += 1
    return start


def find_disclosures(text: str, language: str | None = None,
                     readings: Readings | None = None) -> tuple[Reading, ...]:
    """Disclosures in a block of folded text, each a sentence (offsets within ``text``).
    ``readings``: the article's memo of them (Segmentation.readings), which the segmenter
    fills and the extractor reads: the process's cache of short blocks (the same labels on
    many pages) alone, 4,096 blocks read in order twice, missed every block of a page of more
    disclosures than that."""
    if readings is not None:
        found = readings.get((text, language))
        if found is None:
            found = readings[text, language] = find_disclosures(text, language)
        return found
    if len(text) <= _CACHED_CHARS:
        return _cached_disclosures(text, language)
    return tuple(_find_disclosures(text, language))


# The readings of one article's blocks: (block text, language) -> its disclosures.
Readings = dict[tuple[str, str | None], tuple["Reading", ...]]


_CACHED_CHARS = 1000


@functools.lru_cache(maxsize=4096)
def _cached_disclosures(text: str, language: str | None) -> tuple[Reading, ...]:
    return tuple(_find_disclosures(text, language))


def clear_cache() -> None:
    """Forget the cached readings (tests that change the lexicon's behaviour)."""
    _cached_disclosures.cache_clear()
    _read_alone.cache_clear()


def _read_beside(sentence: str, following: str, language: str | None) -> Reading | None:
    """_read_any(sentence, following, language), the sentence read once whatever follows it:
    the sentence after a disclosure only says whether it was reviewed ("Relu par la
    rédaction."), and the same label stands beside other text again and again (under each
    image; a megabyte of labelled lines took 9 s)."""
    reading = _read_alone(sentence, language)
    if reading is None or reading.review or not following or \
            not _reviewed(get_ai_lexicon().cues_of(reading.language), following):
        return reading
    return replace(reading, review=True)


@functools.lru_cache(maxsize=4096)
def _read_alone(sentence: str, language: str | None) -> Reading | None:
    if not get_ai_lexicon().may_name_agent(sentence):
        return None
    return _read_any(sentence, "", language)


_LIST_ITEM = rx.compile(r"\s*(?:[-–—•*·▪►✓]|\d{1,2}[.)])\s+\S")
MAX_SAMPLES = 12  # items a lead-in may announce


def is_list_item(line: str) -> bool:
    """A line of a list: "- This article was…", "• …", "2) …"."""
    return _LIST_ITEM.match(line) is not None


def introduces_samples(line: str) -> bool:
    """A lead-in announcing sample wordings on the lines after it: "organizations use
    simple statements like:", "Voici quelques exemples :"; any language's sample cue, then a
    colon closing the line."""
    line = line.rstrip()
    return line.endswith(":") and any(c.sample.search(line) for c in get_ai_lexicon().cues)


def under_samples(lines: Sequence[str], n: int, items: Sequence[bool] | None = None) -> bool:
    """Is ``lines[n]`` one of the wordings a lead-in announces: the line right after it, or
    an item of the list under it? ``items``: which lines are list items (read from their
    bullets if not given)."""
    item = (lambda j: items[j]) if items is not None else (lambda j: is_list_item(lines[j]))
    j = n - 1
    while j >= 0 and n - j <= MAX_SAMPLES and item(j) and not introduces_samples(lines[j]):
        j -= 1
    return j >= 0 and introduces_samples(lines[j]) and (j == n - 1 or item(n))


def _in_example(lines: Sequence[str], n: int, items: Sequence[bool]) -> bool:
    """Is ``lines[n]`` part of an example of several paragraphs a lead-in announces ("They
    sent us an example of what their reports will now look like:", then another outlet's
    story: its headline, its paragraphs, its credit line)? Prose lines, no list, up to the
    lead-in, at most MAX_SAMPLES lines up."""
    j = n - 1
    while j >= 0 and n - j <= MAX_SAMPLES and not items[j] and not introduces_samples(lines[j]):
        j -= 1
    return j >= 0 and n - j <= MAX_SAMPLES and introduces_samples(lines[j]) and not items[n]


_PROSE_END = rx.compile(r"[.!?…][»”\"]?(?:\s|$)")


def _prose(text: str) -> bool:
    """A paragraph of the article's own text: six words or more, a sentence closed in it."""
    return len(text.split()) >= 6 and _PROSE_END.search(text) is not None


def announced(texts: Sequence[str], i: int, tags: Sequence[str] | None = None) -> bool:
    """Is block ``i`` of a page a sample wording a lead-in above it announces ("statements
    like:" and the list under it), or a line of an example it announces that the article's
    own prose resumes after (another outlet's story and its credit line: an article's own
    note opens or closes it, it does not sit between an example and the text that goes on)?
    ``tags``: the blocks' HTML tags, if any ("li": an item)."""
    lo = max(0, i - MAX_SAMPLES - 1)
    lines = [texts[j] for j in range(lo, i + 1)]
    items = [bool(tags) and tags[j] == "li" or is_list_item(texts[j]) for j in range(lo, i + 1)]
    if under_samples(lines, len(lines) - 1, items):
        return True
    resumed = i + 1 < len(texts) and _prose(texts[i + 1])
    return resumed and _in_example(lines, len(lines) - 1, items)


_QUESTION = rx.compile(r"[?？][\s»”\"')\]]*$")


def is_question(sentence: str) -> bool:
    """A sentence closed by a question mark."""
    return _QUESTION.search(sentence) is not None


_QUOTED_QUESTION = rx.compile(r"(?P<lead>[^«“„\"‘\n]*?\w)[ \t]*[:,][ \t]*[«“„\"‘][^«“„\"‘»”\n]+[?？][ \t]*[»”\"’“]?[\s)\]]*$")  # "? »" ends the sentence before its closing mark


def quoted_question(sentence: str) -> bool:
    """A question quoted after the sentence's own words, its colon or comma: the sentence
    says a question was put ("I asked ChatGPT, “Can you write a column…?”", «Wir haben ChatGPT
    folgende Frage gestellt: "Was sind die besten Urlaubsländer?"»), it asks none."""
    quoted = _QUOTED_QUESTION.match(sentence)
    return quoted is not None and len(_words(quoted.group("lead"))) >= 2


def affirmed(answer: str) -> bool:
    """Does ``answer`` open with a yes in any language ("Yes, …", "Oui.", "Ja,")?"""
    return any(c.affirmative is not None and c.affirmative.match(answer) for c in get_ai_lexicon().cues)


def heads_policy(following: str) -> bool:
    """Is ``following``, the block under a label, a policy about AI use: its first sentence
    names an AI after a modal or a condition ("AI-assisted workflows" over "We may use AI
    tools to help with tasks such as summarization…", round 17b)? A label heading that text
    names a practice the page describes, not this content's making."""
    spans = _sentences(following)
    if not spans:
        return False
    first = following[spans[0][0]:spans[0][1]]
    lex = get_ai_lexicon()
    if not lex.may_name_agent(first):
        return False
    for cues in lex.cues:
        agent = next((a for a in cues.agent.finditer(first) if not _person(first, a)), None)
        if agent is not None and (cues.modal.search(first, 0, agent.start()) or
                                  cues.conditional.search(first, 0, agent.start())):
            return True
    return False


def _find_disclosures(text: str, language: str | None) -> list[Reading]:
    lex = get_ai_lexicon()
    if not lex.may_name_agent(text):
        return []
    found = []
    sentences = _sentences(text)
    lines: list[str] | None = None
    colon = text.find(":")  # a colon before a sentence: not text[:s] copied per sentence
    for n, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        if e - s > MAX_SENTENCE_CHARS:
            continue  # a run-on "sentence" of a page dump is no disclosure
        if n and 0 <= colon < s:
            lines = lines or [text[a:b] for a, b in sentences]
            if under_samples(lines, n):
                continue  # "statements like:\n- This article was written with…": an example
        following = text[sentences[n + 1][0]:sentences[n + 1][1]] if n + 1 < len(sentences) else ""
        if is_question(sentence) and not quoted_question(sentence) and not affirmed(following):
            continue  # "Have I used generative AI to write any of my articles?" states no use;
            # its answer decides ("No, I have not."; a "Yes" keeps it)
        reading = _read_beside(sentence, following, language) or \
            _self_disclosed(text, s, e, following, language)
        if reading and _teaser(sentence):
            continue  # "READ MORE: We asked ChatGPT to write…", "ALSO READ | …": another article's headline
        if reading and _SEGMENT.search(sentence):
            # A line of parts: each part may credit its own ("Story by OpenAI ChatGPT | Images
            # by Midjourney", the text's and the images'); read apart when more than one does.
            apart = _parts_read(sentence, following, language)
            if len(apart) > 1:
                found.extend(replace(r, start=s + r.start, end=s + r.end) for r in apart)
                continue
        if reading:
            found.append(replace(reading, start=s + reading.start, end=s + reading.end))
    return found


@functools.cache
def _related_label() -> re.Pattern[str]:
    """A related link's label and its colon opening a sentence ("Leia também:", lexicon
    related_link_labels, as SEG002 reads it)."""
    return rx.compile(rf"\s*[•›»▸►▶*-]?\s*(?:{words_regex(list(words_of('related_link_labels')))})\s*[:|]",
                      re.IGNORECASE)


def _teaser(sentence: str) -> bool:
    """A related link's lead-in opening the sentence, the headline of another article after
    it: "READ MORE: We asked ChatGPT…", «LEIA TAMBÉM: Esta coluna foi escrita por IA», «Lire
    aussi : …», «Lesen Sie auch: …». The lead-ins are SEG002's: an inline boilerplate phrase
    ending on its colon or dash at the sentence's start, or a related link label."""
    text = sentence.lstrip(" \t•›»▸►▶*-")
    lead = get_lexicon().boilerplate_inline.match(text)
    if lead is not None and lead.group().rstrip()[-1:] in (":", "–", "—", "-"):
        return True
    return _related_label().match(sentence) is not None


def _parts_read(sentence: str, following: str, language: str | None) -> list[Reading]:
    """The readings of each part of a line of parts, read alone (offsets in the line)."""
    found, pos = [], 0
    for cut, resume in [*((m.start(), m.end()) for m in _SEGMENT.finditer(sentence)), (len(sentence),) * 2]:
        reading = _read_beside(sentence[pos:cut], following, language) if cut > pos else None
        if reading:
            found.append(replace(reading, start=pos + reading.start, end=pos + reading.end))
        pos = resume
    return found


# A label in parentheses closing a sentence: "… (AI generated image)", "(Traduzido pelo Google Tradutor)".
_ASIDE = rx.compile(r"\((?P<label>[^()]{3,60})\)\W*$")
# A short line of parts: "Josef Walter - erstellt mit KI-Unterstützung", "Autor: S.B. | …".
_SEGMENT = rx.compile(r"\s[|—·•-]\s")
# A Markdown table's row: a bar, then two cells closed by bars at least ("| Gemini 3 Pro | #1 |").
_TABLE_ROW = rx.compile(r"[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$")


def _read_any(sentence: str, following: str, language: str | None) -> Reading | None:
    """The first language's reading of a sentence, or else of one of its parts."""
    lex = get_ai_lexicon()
    if ":" in sentence and any(c.topic_list.match(sentence) for c in lex.cues):
        return None  # "Schlagwörter: KI | ChatGPT": the page's topics, tags not a note
    for lang in _order(language):
        if lex.may_read(lang, sentence):
            reading = _read(lex.cues_of(lang), sentence, following)
            if reading:
                return None if _denied_elsewhere(sentence, lang) or \
                    _made_unnamed(lex.cues_of(lang), sentence, reading) else reading
    aside = _ASIDE.search(sentence)  # "… restore attention capacity (AI generated image)"
    if aside and not _inside_quotes(sentence, aside.start(), aside.end()):
        for lang in _order(language):
            part = aside.group("label")
            reading = _read(lex.cues_of(lang), part, following) if lex.may_read(lang, part) else None
            if reading and (reading.form in ("label", "caption") or
                            reading.form == "byline" and _headed(sentence, aside)) and \
                    not _made_unnamed(lex.cues_of(lang), sentence, reading):
                at = aside.start("label")
                return replace(reading, start=at + reading.start, end=at + reading.end)
        if (credit := _image_credit(sentence, aside, language)) is not None:
            return credit
    pos = 0
    parts = [(m.start(), m.end()) for m in _SEGMENT.finditer(sentence)]
    # A long sentence's dashes set off clauses, not parts of a line; a dot or a bar between
    # parts is no prose's ("D'après une idée d'André Delalande · inerWeb — F. Henninot, avec
    # l'aide d'une IA · voix de synthèse · CC BY-NC-ND", a credit line of 21 words).
    dotted = any(sentence[a:b].strip() in "|·•" for a, b in parts)
    if not parts or len(_words(sentence)) > MAX_PARTS_WORDS * (2 if dotted else 1):
        return None
    table = _TABLE_ROW.match(sentence) is not None
    for cut, resume in [*parts, (len(sentence), len(sentence))]:
        part = sentence[pos:cut]
        if lex.may_name_agent(part) and len(_words(part)) >= 2:
            for lang in _order(language):
                reading = _read(lex.cues_of(lang), part, following) if lex.may_read(lang, part) else None
                if reading and not _inside_quotes(sentence, pos, pos + len(part)) and \
                        not _sample(lex.cues_of(lang), sentence, pos) and \
                        not (table and _bare_name(part, reading.agent)):
                    return replace(reading, start=pos + reading.start, end=pos + reading.end)
        pos = resume
    return None


def _bare_name(cell: str, agent: str) -> bool:
    """A table's cell that is a model's name alone, its version after it ("| Gemini 3 Pro |",
    round 46b r02): a benchmark's row, no credit's agent. Not a cell that says what the agent
    did ("| Illustration générée par IA |"), read as any credit line's part."""
    cell = cell.strip(" \t|")
    if ":" in cell or not cell.casefold().startswith(agent.casefold()):
        return False
    return all(w[0].isdigit() or w[0].isupper() for w in cell[len(agent):].split())


MIN_CAPTION_WORDS = 5
MIN_CREDIT_WORDS, MAX_CREDIT_WORDS = 2, 16  # what an image credited "par Midjourney" shows
MAX_HEAD_WORDS = 10


def _headed(sentence: str, aside: re.Match[str]) -> bool:
    """A byline in parentheses closing a heading line: "AI: A Short Story (written by AI)"
    labels the piece it heads. Not one closing a sentence ("He read us a poem (written by
    ChatGPT)."): nothing after the parenthesis, no sentence's end before it, a short head."""
    head = sentence[:aside.start()]
    return sentence.rstrip().endswith(")") and not any(c in head for c in ".!?") and \
        0 < len(_words(head)) <= MAX_HEAD_WORDS


def _image_credit(sentence: str, aside: re.Match[str], language: str | None) -> Reading | None:
    """A caption line closed by an image generator's name alone in parentheses, with no full
    stop after it and no other AI named: "Houston: Vehicles on the road will be autonomous,
    and greenery will be everywhere (Midjourney)". Not "Le marché est dominé par un acteur
    (Midjourney).", a sentence, nor "an image generator (Midjourney)", which names one."""
    lex = get_ai_lexicon()
    label = aside.group("label").strip()
    if lex.image_generators is None or not lex.image_generators.fullmatch(label) or \
            not sentence.rstrip().endswith(")") or len(_words(sentence[:aside.start()])) < MIN_CAPTION_WORDS:
        return None  # "Art Production (Midjourney)", a heading: what it was used for
    cues = lex.cues_of(_order(language)[0])
    if any(lex.cues_of(lang).agent.search(sentence, 0, aside.start()) for lang in lex.languages):
        return None
    agent = cues.agent.search(sentence, aside.start("label"))
    if agent is None:
        return None
    return _reading(cues, sentence, "caption", "illustrated", agent, "", scope="image")


def credited_by(text: str, language: str | None) -> Reading | None:
    """An image's caption (a <figcaption>: the caller knows it by structure) closed by the page
    language's credit word and an image generator's name alone, with no sentence's end and no
    other AI named: "Un robot en train de peindre par Midjourney", "A cat astronaut by DALL-E",
    "… via Stable Diffusion" (round 37a r5). Only a caption: a pasted line of this shape is as
    often a headline or a teaser ("Le rachat de la start-up par Midjourney", "Hands-on with the
    new V6 model by Midjourney", review 1 R7). Only the page's language and its credit words:
    German "von" is also "of" ("Die neue Version von Midjourney"), Italian "da" "from". Not "Le
    marché est dominé par Midjourney": a participle before the word makes it a sentence's act,
    read as one (or not) by _read."""
    lex = get_ai_lexicon()
    sentence = text.strip()
    if lex.image_generators is None or language not in lex.languages or \
            re.search(r"[.!?:;]\s*$", sentence):
        return None
    cues = lex.cues_of(language)
    if cues.caption_credit is None:
        return None
    m = rx.compile(rf"\s(?P<by>[\w']+)\s+(?:(?:l'|le|la|the)\s*)?(?P<tool>{lex.image_generators.pattern})\W*$",
                   re.IGNORECASE).search(sentence)
    if m is None or not cues.caption_credit.fullmatch(m.group("by")):
        return None
    head = sentence[:m.start()]
    words = _words(head)
    if not MIN_CREDIT_WORDS <= len(words) <= MAX_CREDIT_WORDS or re.search(r"[.!?;:]", head) or \
            any(not c.weak.fullmatch(a.group().strip()) for c in map(lex.cues_of, lex.languages)
                for a in c.agent.finditer(head)):
        return None  # another AI named: not this credit alone ("un robot" is what it shows)
    if cues.participle_form.fullmatch(words[-1]):
        return None  # "dominé par Midjourney": a sentence's act
    agent = cues.agent.search(sentence, m.start("tool"))
    if agent is None:
        return None
    reading = _reading(cues, sentence, "caption", "illustrated", agent, "", scope="image")
    at = text.find(sentence)
    return replace(reading, start=at + reading.start, end=at + reading.end)


def _made_unnamed(cues: AiCues, sentence: str, reading: Reading) -> bool:
    """"Table des matières (générée automatiquement)", "automatically generated index": a weak
    agent ("automatiquement", "automatisch", "a computer") made a navigation element a page's
    software builds (a table of contents, an index, a menu) and names no AI: not a disclosure.
    What was made must be named so: a bare footer "Automatisch generiert." under a match
    report, "Dieser Spielbericht…", "Ce compte rendu…" disclose the report (the robot-journalism
    footers of BFV or AP; review 2 of rounds 33/34). A machine translation or summary is an
    AI's act whatever its object ("Traduit automatiquement"), so only the bare "generated"."""
    agent = reading.agent.lower()
    how = _adverb(cues, agent.split()[-1]) or cues.manner.fullmatch(agent) is not None or \
        agent in cues.linkers  # "automatisch": a manner word; "a robot", "de computer" are agents
    if reading.act != "generated" or not how or cues.weak.fullmatch(agent) is None:
        return False
    rest = cues.navigation.sub(" ", sentence)
    return rest != sentence and cues.content_noun.search(rest) is None and \
        cues.this_object.search(rest) is None


def _denied_elsewhere(sentence: str, reader: str) -> bool:
    """Another language's negation of the act: "Este texto no fue escrito por una IA" reads
    as a Portuguese note (its negator is "não"); the Spanish cues see the "no"."""
    lex = get_ai_lexicon()
    own = lex.cues_of(reader)
    original = sentence
    for lang in lex.languages:
        if lang == reader or not lex.may_read(lang, original):
            continue
        cues = lex.cues_of(lang)
        # The reader's own small word right before the AI is no negation: Portuguese "no Nano
        # Banana" (em + o) is not Spanish "no" (but "Este texto no fue escrito…" is).
        starts = {a.start() for a in cues.agent.finditer(original)}
        sentence = cues.negator.sub(
            lambda m: " " * len(m.group()) if (m.group().lower() in own.linkers or own.locative.fullmatch(m.group()))
            and m.end() + len(original[m.end():]) - len(original[m.end():].lstrip(" ")) in starts else m.group(),
            original)
        agents = [a for a in cues.agent.finditer(sentence)
                  if not _describes(cues, sentence, a) and not _person(sentence, a)]
        if not agents:
            continue
        if _negated_agent(cues, sentence, agents):
            return True
        made = cues.made_noun.match(sentence)
        if made and _prohibited(cues, sentence[made.end():]):
            return True  # "AI-generated images … will not be published as…": a rule, read as a caption elsewhere
        pairs = _pairs(cues, sentence, agents)
        if pairs:
            _, _, act, agent = min(pairs, key=lambda p: p[0])
            lo, hi = min(act.start(), agent.start()), max(act.end(), agent.end())
            if _negated(cues, sentence, max(0, lo - 30), hi, agent.start()):
                return True
    return False


_NAMED_AI = rx.compile(r"(?:(?-i:AI)|\.ai)$")  # "LedeAI", "Lede AI", "jasper.ai"


def signed_by_tool(text: str, language: str | None = None) -> Reading | None:
    """A line that is only an AI tool's name that says it is one ("LedeAI" over a
    machine-written sports story, round 18a; "Jasper.ai"; byline_tools): read as its byline, by the caller,
    where a byline stands (above the body). Not "Perplexity" or "ChatGPT" alone: a page about
    the tool or its maker is headed so too; nor a maker ("OpenAI")."""
    lex = get_ai_lexicon()
    name = text.strip()
    if not _NAMED_AI.search(name) or len(name.split()) > 2 or name.lower() in lex.makers \
            or not lex.may_name_agent(name):
        return None
    if lex.byline_tools is None or not lex.byline_tools.fullmatch(name):
        # only a tool that writes copy signs it: "Unite.AI" above its headline is a news
        # site's masthead (review of round 19, item 2)
        return None
    for lang in _order(language):
        cues = lex.cues_of(lang)
        agent = cues.agent.fullmatch(name)
        if agent is not None and not cues.weak.fullmatch(name) and not _person(name, agent):
            return _reading(cues, name, "byline", "generated", agent, "")
    return None


def is_disclosure_block(text: str, language: str | None = None,
                        readings: Readings | None = None) -> bool:
    """A short block that is itself a disclosure (a note, a label, a byline, a credit); not a
    heading that a byline in parentheses closes ("AI: A Short Story (written by AI)"): the
    heading stays the page's title, its label read there."""
    if len(text) > 50 * MAX_BLOCK_WORDS or len(text.split()) > MAX_BLOCK_WORDS:
        return False
    found = find_disclosures(text, language, readings)
    return bool(found) and not all(closing_byline(text, r) for r in found)


def closing_byline(text: str, reading: Reading) -> bool:
    """Whether ``reading`` is a byline in parentheses closing ``text``: "(written by AI)"."""
    return reading.form == "byline" and reading.start > 0 and text[reading.start - 1] == "(" \
        and text[reading.end:].strip() == ")"


_QUOTE_CLOSED = re.compile(r'["”»’\'*_]\s*\($')


def own_title_byline(text: str, reading: Reading) -> bool:
    """Whether a headline's closing byline labels the page itself ("AI: A Short Story
    (written by AI)"), not a work the page reviews or names: a review's label before it
    ("Review: Death of an Author (written by AI)", lexicon review_heads) or a quoted title
    right before it ("… “Death of an Author” (written by AI)") makes it that work's
    (review 3 of session 29, item 13)."""
    if not closing_byline(text, reading):
        return False
    lex = get_ai_lexicon()
    if any(lex.cues_of(lang).review_head.match(text) for lang in lex.languages):
        return False
    return _QUOTE_CLOSED.search(text[:reading.start]) is None


_SENTENCE_END = re.compile(r"[.!?\n]")


def _speaks_of_itself(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """Does the sentence around ``text[start:end]`` hold a first-person word? An assistant
    names its role of itself ("En tant qu'IA, je ne peux pas…"); a writer's "ce qu'il ne peut
    pas faire en tant qu'IA" describes a chatbot in the third person."""
    before = max(text.rfind(c, 0, start) for c in ".!?\n") + 1  # _SENTENCE_END's last, not a scan from 0
    after = _SENTENCE_END.search(text, end)
    return bool(words.search(text, before, after.start() if after else len(text)))


def find_residue(text: str, stems: Iterable[str] | None = None) -> list[tuple[int, int]]:
    """Chatbot leftovers ("As an AI language model", "Souhaitez-vous que je…"), unquoted.
    ``stems``: the text's words' stems that anchor a leftover, when known (else read)."""
    lex = get_ai_lexicon()
    found: list[tuple[int, int]] = []
    low = lowered(text)  # each leftover's openings looked for there: nine times faster
    for residue in lex.residue_for(text, stems):
        speaker = lex.residue_speaker(residue)
        found.extend(m.span() for m in lowered_matches(residue, text, low)
                     if not _inside_quotes(text, m.start(), m.end())
                     and (speaker is None or _speaks_of_itself(text, m.start(), m.end(), speaker)))
    # Patterns are tried one by one: keep the first of overlapping matches, as one regex would.
    kept: list[tuple[int, int]] = []
    for span in sorted(found):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
