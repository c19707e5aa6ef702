from __future__ import annotations

import functools
import re
import unicodedata

from audit.check import Context, Rule
from audit.extract.attributions import normalise_name
from audit.extract.citations import slug_title
from audit.lexicon import get_ai_lexicon, get_lexicon, get_publishers, normalise_publisher
from audit.model import Severity, SpanKind


def _names(publisher: str) -> list[str]:
    """Every name a publisher goes by, normalised: its aliases if it is a known one."""
    publishers = get_publishers()
    canonical = publishers.canonical.get(normalise_publisher(publisher))
    names = publishers.names.get(canonical, ()) if canonical else ()
    return [normalise_publisher(publisher), *names]


def _words(text: str, shortest: int = 4) -> set[str]:
    return {w for w in re.findall(rf"[^\W\d_]{{{shortest},}}", text.lower())}


class _Phrases:
    """Whether a normalised name stands in a normalised text as whole words: what
    f" {name} " in f" {text} " says, looked up in an index of the text's words instead of
    read through the text once per entry (quadratic on a long list)."""

    def __init__(self, text: str) -> None:
        self.padded = f" {text} "
        self.words = text.split(" ")
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.at.setdefault(word, []).append(i)
        self.known: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        found = self.known.get(name)
        if found is None:
            found = self.known[name] = self._find(name)
        return found

    def _find(self, name: str) -> bool:
        words = name.split(" ")
        if not name or "" in words:  # not a normalised name: read as written
            return f" {name} " in self.padded
        # Tried where its rarest word stands.
        k = min(range(len(words)), key=lambda i: len(self.at.get(words[i], ())))
        return any(self.words[p - k:p - k + len(words)] == words
                   for p in self.at.get(words[k], ()) if p >= k)


# A slug's inflections, longest first: "interpellees" and "interpellé" are one word, but
# "presidentielle" is not "président" nor "republicaines" "république" (review 3, item 10:
# six first letters let an unrelated article's slug pass).
_ENDINGS = ("ees", "es", "ee", "e", "s", "x")


def _stem(word: str) -> str:
    """A word without its accents and its inflection ("interpellees", "interpellé" →
    "interpell"): a slug's word and the body's."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    for ending in _ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            return bare[:-len(ending)]
    return bare


@functools.cache
def _function_words() -> frozenset[str]:
    """The lexicons' small words (stopwords, and the AI lexicons' linkers, pronouns,
    prepositions…): no slug word of a title's own."""
    return get_lexicon().all_stopwords | get_ai_lexicon().function_words


def _credit(citation) -> bool:
    """An outlet named alone, with no title or author, perhaps dated ("Source : Développement
    économique Canada, 21-06-2022.", its release of that day): the article's credit."""
    return bool(citation.publisher) and not (citation.title or citation.author)


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _initials(publisher: str) -> list[str]:
    """The acronyms a publisher may go by, from the first letters of its significant words,
    all of them or the leading ones, the tail often only qualifying the name: "DEC" for
    "Développement économique Canada (pour les régions du Québec)", "DEO" for
    "Diversification de l'économie de l'Ouest Canada". Three letters at least (two name too
    many things)."""
    words = [re.split(r"['’]", w)[-1] for w in re.findall(r"[^\W\d_][\w'’-]*", publisher)]
    words = [w for w in words if w and w.lower() not in _function_words()]
    if len(words) < 3 or any(w.isupper() and len(w) > 1 for w in words):
        return []  # too few words, or already holding an acronym ("AFP Canada")
    letters = _bare("".join(w[0] for w in words).upper())  # "économique": E, as acronyms write it
    return [letters[:k] for k in range(3, len(letters) + 1)]


_ACRONYM = re.compile(r"(?<![\w-])[^\W\d_a-z]{3,}(?![\w-])")


class CIT007(Rule):
    """A sources-list entry that the article never refers to.

    What it checks:
        Each entry of the sources list against the title, headings and body: an entry is used
        when the text names its publisher (by any of its names: "l'AFP" is "Agence
        France-Presse", "DEC" is "Développement économique Canada", the initials of its
        significant words or of the leading ones), its author's surname, or most of its title's words (a bare link's slug words,
        "hurricanes-favored-golden-knights-stanley-cup-final", are its title, read without
        accents and inflection: "interpellees" is the body's "interpellé", not
        "presidentielle" the body's "président"). A credit is not
        asked: an agency's, or a list that is one outlet named alone ("Source : Les Echos"
        under the article, no title or author, perhaps its date), which backs the article as a whole.

    Why it matters:
        A source nobody can connect to a claim does not help a reader check anything; it may
        be left over from an earlier version, or the claim it backed was cut.

    Example:
        Le conseil municipal s'est réuni mardi soir pour voter les tarifs de la cantine.

        Sources :
        - Le Monde, « Le budget adopté », 5 mars 2025.

        (the body never mentions Le Monde, the budget's adoption or the piece)

    Use instead:
        Attribute the claim in the text ("selon Le Monde") or remove the entry.

    Configuration:
        Publisher names and aliases in audit/lexicons/sources/publishers.yml. On by default
        in English only: in French it was right 0 times of 5 out of sample over the blind
        rounds. ``--select CIT007`` runs it on every language, or ``CIT007 = ["en", "fr"]``
        under ``[tool.audit.languages]`` in the configuration.
    """

    code = "CIT007"
    name = "unused-source"
    severity = Severity.INFO
    scope = (SpanKind.SOURCES,)
    # Off in French: right 0 times of 5 out of sample over the blind rounds, 0 of 1 in sample
    # (bench/blind_rounds.py, table (a); README "Precision on real pages").
    languages = ("en",)
    page_kinds = ("news", "personal")

    def check(self, ctx: Context):
        spans = ctx.spans(SpanKind.TITLE, SpanKind.HEADING, SpanKind.BODY)
        citations = ctx.facts.citations
        # A lone outlet credits the article; a list of bare outlets is asked of each.
        entries = [c for c in citations if c.kind != "agency" and not (len(citations) == 1 and _credit(c))]
        if not spans or not entries:
            return  # most pages list no sources: the body is not normalised for nothing
        body = " ".join(ctx.facts.folded[s.start:s.end] for s in spans)  # cased: initials
        named = _Phrases(normalise_name(body))
        body_words, short_words = _words(body), _words(body, 3)
        body_stems = acronyms = None
        for citation in entries:
            if citation.publisher and any(name in named for name in _names(citation.publisher)):
                continue  # "l'AFP" in the text, "Agence France-Presse" in the list
            if citation.publisher and acronyms is None:
                acronyms = {_bare(m.group()) for m in _ACRONYM.finditer(body) if m.group().isupper()}
            if citation.publisher and acronyms.intersection(_initials(citation.publisher)):
                continue  # "le ministre responsable de DEC": the body names it by its initials
            if citation.author and citation.author.split()[-1].lower() in body_words:
                continue
            # A slug keeps its short names ("cup", "vcu", "psg"), which a title's case would show,
            # but not its function words: "what-we-know-about-the-…" is in any body.
            title_words = _words(citation.title) if citation.title else \
                _words(slug_title(citation), 3) - _function_words()
            if citation.title:
                hits = len(title_words & body_words)
            else:
                # A slug drops accents and keeps its own inflection: "interpellees" is the
                # body's "interpellé" (round 24a, fr15): read by stem.
                if body_stems is None:
                    body_stems = {_stem(w) for w in short_words}
                # one body word answers one slug word: "republicain", "republicaines" are one
                title_words = {_stem(w) for w in title_words}
                hits = len(title_words & body_stems)
            if title_words and hits >= max(2, len(title_words) // 2):
                continue
            who = citation.publisher or citation.raw[:40]
            yield self.finding(citation.start, citation.end,
                               f"the text never refers to the source {who!r}",
                               evidence={"publisher": citation.publisher, "title": citation.title},
                               suggestion="attribute the claim it supports, or remove the entry")
