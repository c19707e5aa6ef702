"""Language cues kept as data (``audit/lexicons/*.yml``), loaded once and compiled.

Adding a language is adding a file; the engine grows only for a new kind of check.
The compiled lexicon is immutable reference data, so caching it keeps auditing pure.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

# Same-length folding so that offsets found on the folded text index the original.
_FOLD = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u00a0", " "), ("\u202f", " "),
         ("\u2009", " "), ("\u2007", " "), ("\u2013", "-"), ("\u2011", "-"))


def fold(text: str) -> str:
    """Fold typographic apostrophes, dashes and no-break spaces; keeps every offset."""
    for char, plain in _FOLD:  # str.replace is many times faster than str.translate here
        if char in text:
            text = text.replace(char, plain)
    return text


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _words(words: list[str]) -> str:
    # Longest first so "a-t-il ajouté" wins over "ajouté".
    ordered = sorted({w for w in words}, key=len, reverse=True)
    return _alternation([re.escape(w) for w in ordered])


def _line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_alternation(patterns)})[\s.!:…]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    languages: tuple[str, ...]
    stopwords: dict[str, frozenset[str]]
    all_stopwords: frozenset[str]
    distinctive_stopwords: dict[str, frozenset[str]]  # those no other language shares
    sources_header: re.Pattern[str]
    sources_inline: re.Pattern[str]
    comments_header: re.Pattern[str]
    related_header: re.Pattern[str]
    boilerplate: re.Pattern[str]
    boilerplate_inline: re.Pattern[str]  # share/subscribe text left inside a paragraph
    comment_widget: re.Pattern[str]
    comment_form: re.Pattern[str]  # the reply form under a thread: "Leave a Reply"
    comment_date: re.Pattern[str]
    comment_stamp: re.Pattern[str]  # a comment date anywhere in a line ("Ben 19. Juni 2018 um 15:28")
    vague_attribution: re.Pattern[str]
    attribution_cue: re.Pattern[str]
    speech_verb: re.Pattern[str]
    speaker: re.Pattern[str]  # a speaker beside a speech verb: a role or a pronoun
    speech_languages: frozenset[str]  # languages whose lexicon names speakers (speaker_roles)
    publication_cue: re.Pattern[str]
    approximate: re.Pattern[str]
    qualifier: re.Pattern[str]
    scales: dict[str, float]
    currencies: dict[str, str]
    units: dict[str, str]
    months: dict[str, int]
    month_names: frozenset[str]  # full names only; abbreviations like "sept" are words too
    weekdays: frozenset[str]
    number_words: dict[str, frozenset[str]]


def _load_raw() -> list[dict[str, Any]]:
    folder = resources.files("audit") / "lexicons"
    docs = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            docs.append(yaml.safe_load(entry.read_text(encoding="utf-8")))
    return docs


def _collect(docs: list[dict[str, Any]], key: str) -> list[Any]:
    return [item for doc in docs for item in doc.get(key, [])]


def _merged(docs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for doc in docs:
        out.update(doc.get(key, {}) or {})
    return out


def _months(docs: list[dict[str, Any]]) -> dict[str, int]:
    months: dict[str, int] = {}
    for doc in docs:
        for number, name in enumerate(doc.get("months", []), start=1):
            months[name] = number
        months.update(doc.get("month_variants", {}) or {})
    return months


@functools.cache
def get_lexicon() -> Lexicon:
    docs = _load_raw()
    words = functools.partial(_collect, docs)
    stopwords = {d["language"]: frozenset(d.get("stopwords", [])) for d in docs}
    flags = re.IGNORECASE
    return Lexicon(
        languages=tuple(d["language"] for d in docs),
        stopwords=stopwords,
        all_stopwords=frozenset().union(*stopwords.values()),
        distinctive_stopwords={lang: frozenset(w for w in words if sum(w in other for other in
                                                                        stopwords.values()) == 1)
                               for lang, words in stopwords.items()},
        sources_header=_line(words("sources_headers")),
        sources_inline=re.compile(rf"^\s*(?:{_alternation([d['sources_inline'] for d in docs if 'sources_inline' in d])})", flags),
        comments_header=_line(words("comments_headers")),
        related_header=_line(words("related_headers")),
        boilerplate=_line(words("boilerplate")),
        boilerplate_inline=re.compile(_alternation(words("boilerplate_inline")), flags),
        comment_widget=_line(words("comment_widgets")),
        comment_form=_line(words("comment_forms")),
        comment_date=_line(words("comment_dates")),
        comment_stamp=re.compile(rf"(?<!\w)(?:{_alternation(words('comment_dates'))})(?!\w)", flags),
        vague_attribution=re.compile(rf"(?<!\w)(?:{_alternation(words('vague_attribution'))})", flags),
        attribution_cue=re.compile(rf"\b(?:{_words(words('attribution_cues'))})\b", flags),
        speech_verb=re.compile(rf"(?<!\w)(?:{_words(words('speech_verbs'))})(?!\w)", flags),
        speaker=re.compile(rf"(?<!\w)(?:{_alternation(words('speaker_roles') + words('speaker_pronouns'))})(?!\w)", flags),
        speech_languages=frozenset(d["language"] for d in docs if d.get("speaker_roles")),
        publication_cue=re.compile(rf"\b(?:{_words(words('publication_cues'))})\s*$", flags),
        approximate=re.compile(rf"(?<!\w)(?:{_words(words('approximate'))})(?!\w)", flags),
        qualifier=re.compile(rf"(?<!\w)(?:{_words(words('qualifiers'))})(?!\w)", flags),
        scales={k.lower(): float(v) for k, v in _merged(docs, "scales").items()},
        currencies={k.lower(): v for k, v in _merged(docs, "currencies").items()},
        units={k.lower(): v for k, v in _merged(docs, "units").items()},
        months=_months(docs),
        month_names=frozenset(m for d in docs for m in d.get("months", [])),
        weekdays=frozenset(w for d in docs for w in d.get("weekdays", [])),
        number_words={d["language"]: frozenset(d.get("number_words", [])) for d in docs
                      if d.get("number_words")},
    )


def detect_language(text: str) -> str | None:
    """The lexicon language whose stopwords are most frequent; None if too little text."""
    lex = get_lexicon()
    tokens = re.findall(r"[^\W\d_]+", text.lower())[:3000]
    if len(tokens) < 5:
        return None
    # Words several languages share ("de", "en", "a") say nothing about which one this is.
    scores = {lang: sum(t in words for t in tokens)
              for lang, words in lex.distinctive_stopwords.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 1 else None


# AI provenance cues: lexicons/ai/<lang>.yml, one file a language, plus tools.yml (tool names
# in every language). Read by audit/segment/disclosure.py.
_ACTS = ("translated", "summarised", "voiced", "illustrated", "generated", "assisted")


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


def _whole(patterns: list[str]) -> re.Pattern[str]:
    # A cue ending with an apostrophe ("l'", "n'") is followed by its word.
    return re.compile(rf"(?<!\w)(?:{_any(patterns)})(?:(?<=')|(?!\w))", re.IGNORECASE)


@dataclass(frozen=True)
class AiCues:
    """One language's compiled cues of AI provenance."""

    language: str
    agent: re.Pattern[str]
    acts: tuple[tuple[str, re.Pattern[str]], ...]  # (act, pattern), most specific first
    any_act: re.Pattern[str]
    deictic: re.Pattern[str]  # "cet article", "this story", "quest'articolo"
    bare: re.Pattern[str]  # a content noun or an act opening the sentence: "Texte traduit…"
    participle: re.Pattern[str]  # how a participle ends: "Traduit par…", not "Créer un résumé"
    tool: re.Pattern[str]  # an AI tool by name: ChatGPT, DeepL, Midjourney
    made_noun: re.Pattern[str]  # "AI-generated image", "KI-generiertes Bild" opening a caption
    conjunction: re.Pattern[str]
    locative: re.Pattern[str]  # "dans" right before "cet article"
    negator: re.Pattern[str]
    contrast: re.Pattern[str]  # "pas par moi, mais par ChatGPT": the negation is of another
    conditional: re.Pattern[str]
    modal: re.Pattern[str]
    reported: re.Pattern[str]  # "According to Hernandez, …": someone else's words
    subordinator: re.Pattern[str]
    article: re.Pattern[str]
    linkers: frozenset[str]
    review: re.Pattern[str]
    scopes: tuple[tuple[str, re.Pattern[str]], ...]
    byline: re.Pattern[str]
    credit: re.Pattern[str]
    residue: re.Pattern[str]


@dataclass(frozen=True)
class AiLexicon:
    cues: tuple[AiCues, ...]
    any_agent: re.Pattern[str]  # every language's agents and tools: a cheap first test
    residue: re.Pattern[str]  # every language's chatbot leftovers


def _ai_cues(doc: dict[str, Any], tools: list[str]) -> AiCues:
    acts = doc.get("acts", {})
    dets = _any(doc.get("determiners", []))
    content = _any(doc.get("content", []))
    act_any = _any([p for name in _ACTS for p in acts.get(name, [])])
    return AiCues(
        language=doc["language"],
        agent=_whole(doc.get("agents", []) + tools),
        acts=tuple((name, _whole(acts[name])) for name in _ACTS if acts.get(name)),
        any_act=_whole([act_any]),
        # "cet article", "nos articles", "the images below"
        deictic=re.compile(rf"(?<!\w)(?:(?:{dets})(?:(?<=')|\s+)(?:[\w'-]+\s+){{0,2}}?"
                           rf"|(?:{_any(doc.get('possessives', []))})\s+(?:[\w'-]+\s+)?)(?:{content})(?!\w)"
                           rf"|(?<!\w)(?:{content})\s+(?:[\w'-]+\s+)?(?:{_any(doc.get('here', []))})(?!\w)",
                           re.IGNORECASE),
        # "Texte traduit…", "Les points clés ont été…", "Rédigé avec…"; not "L'article de CNET".
        bare=re.compile(rf"^\W*(?:(?:and|et|und|e|y|en|ou|or|oder)\s+)?(?:(?P<article>(?:{_any(doc.get('articles', []))})(?:(?<=')|\s+)(?:[\w-]+\s+)?)?"
                        rf"(?:{_any(doc.get('bare', []))})(?!\w)(?!\s+(?:{_any(doc.get('owners', []))})(?:(?<=')|\b))"
                        rf"|(?P<act>{act_any})(?!\w))", re.IGNORECASE),
        made_noun=re.compile(rf"^\W*(?:{_any(doc.get('agents', []) + tools)})[- ](?:{act_any})\w*\s+(?:[\w-]+\s+)?"
                             rf"\w*(?:{_any(doc.get('credits', []) + ['images?', 'photos?', 'illustrations?', 'afbeeldingen?', 'bild(?:er)?', 'immagin[ei]', 'imagen(?:es)?', 'imagens?'])})(?!\w)",
                             re.IGNORECASE),
        conjunction=re.compile(r"et|and|und|e|y|en|puis|then|dann|poi|luego|depois|daarna", re.IGNORECASE),
        tool=_whole(tools),
        participle=re.compile(rf"(?:{_any(doc.get('participles', []))})$", re.IGNORECASE),
        locative=re.compile(rf"(?<!\w)(?:{_any(doc.get('locatives', []))})\s*$", re.IGNORECASE),
        negator=_whole(doc.get("negators", [])),
        contrast=_whole(doc.get("contrasts", [])),
        conditional=_whole(doc.get("conditionals", [])),
        modal=_whole(doc.get("modals", [])),
        reported=_whole(doc.get("reported", [])),
        subordinator=_whole(doc.get("subordinators", [])),
        article=_whole(doc.get("articles", [])),
        linkers=frozenset(w.lower() for w in doc.get("linkers", [])),
        review=_whole(doc.get("review", [])),
        scopes=tuple((name, _whole(patterns)) for name, patterns in (doc.get("scopes") or {}).items()),
        byline=re.compile(rf"^\W*(?:{_any(doc.get('bylines', []))})\s+\S", re.IGNORECASE),
        # "Illustration : Midjourney", "AI art by Midjourney"
        credit=re.compile(rf"^\W*(?:{_any(doc.get('credits', []))})\s*(?:[:/|©]|-\s|(?:{_any(doc.get('bylines', []))})\s)",
                          re.IGNORECASE),
        residue=_whole(doc.get("residue", [])),
    )


@functools.cache
def get_ai_lexicon() -> AiLexicon:
    folder = resources.files("audit") / "lexicons" / "ai"
    docs, tools = [], []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
        if "language" in data:
            docs.append(data)
        tools.extend(data.get("tools", []))
    cues = tuple(_ai_cues(d, tools) for d in docs)
    return AiLexicon(
        cues=cues,
        any_agent=_whole([p for d in docs for p in d.get("agents", [])] + tools),
        residue=_whole([p for d in docs for p in d.get("residue", [])]),
    )


@dataclass(frozen=True)
class Publishers:
    canonical: dict[str, str]  # normalised name or alias -> canonical name
    agencies: frozenset[str]  # canonical names of news agencies
    agency_name: re.Pattern[str]  # any agency name or alias, as written


def normalise_publisher(name: str) -> str:
    """Compare publishers without articles, case or punctuation: "The Washington Post"."""
    name = re.sub(r"^(?:the|le|la|les|l'|l’)\s*", "", name.strip().lower())
    return re.sub(r"[^\w]+", " ", name).strip()


@functools.cache
def get_publishers() -> Publishers:
    path = resources.files("audit") / "lexicons" / "sources" / "publishers.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["publishers"]
    canonical, agencies, names = {}, set(), []
    for name, entry in data.items():
        entry = entry or {}
        for alias in [name, *entry.get("aliases", [])]:
            canonical[normalise_publisher(alias)] = name
            names.append(alias)
        if entry.get("agency"):
            agencies.add(name)
    agency_names = [n for n in names if canonical[normalise_publisher(n)] in agencies]
    return Publishers(canonical=canonical, agencies=frozenset(agencies),
                      agency_name=re.compile(rf"(?<!\w)(?:{_words(agency_names)})(?!\w)"))
