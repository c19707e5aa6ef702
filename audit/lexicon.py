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
    disclosure: re.Pattern[str]  # one alternation; the group name gives the language
    ai_words: frozenset[str]  # single words; multi-word ones are matched as substrings
    ai_phrases: tuple[str, ...]
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
        disclosure=re.compile("|".join(f"(?P<{d['language']}_{n}>{p})" for d in docs
                                       for n, p in enumerate(d.get("disclosure", []))), flags),
        ai_words=frozenset(w for w in words("ai_words") if " " not in w),
        ai_phrases=tuple(w for w in words("ai_words") if " " in w),
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
        vague_attribution=re.compile(_alternation(words("vague_attribution")), flags),
        attribution_cue=re.compile(rf"\b(?:{_words(words('attribution_cues'))})\b", flags),
        speech_verb=re.compile(rf"(?<!\w)(?:{_words(words('speech_verbs'))})(?!\w)", flags),
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
