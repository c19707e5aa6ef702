"""A title as compared across readings: the loader (does a Markdown body repeat its front
matter's title?) and the segmenter (which line is the title?) must agree on "the same title"."""

from __future__ import annotations

import functools
import re

from audit import rx
from audit.lexicon import fold, get_lexicon, get_publishers, normalise_publisher, words_of, words_regex

# A word of a site's name: capitalised ("Marburg-Biedenkopf"), or a linking word between
# such words; a number may close it ("DER SPIEGEL 52/2018"), not open it (" - 20. Januar").
# A firm's legal form after a comma closes it ("TRC-Sadovod S.E.N.C.R.L., s.r.l.", round 9b).
_NAME_WORD = (r"(?:[A-Z][\w.'&-]*|du|de|des|la|le|les|of|the|and|&|der|die|das|und|von|im"
              r"|am)")
_LEGAL_FORM = r"(?:,\s[a-z](?:\.[a-z])+\.?)?"
# An em dash is a headline's own as often as a site's separator ("… du Premier ministre — le
# défi majeur reste…", round 7): like " - ", it separates a site's name only when a name's
# shape follows it.
_SITE_SEPARATOR = rx.compile(
    r"\s[|«»·–›•]\s|\s[-/—]\s(?:[\w'&-]+(?:\.[\w-]+)*$|"  # "– jovelblog", "- speicherguide.de"
    rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,5}}(?:\s\d[\d/.]*)?{_LEGAL_FORM}$)")
# A quotation in guillemets: its "»" closes it, it separates nothing ("« Un chiffre
# imprononçable » : La Russie inflige…", round 7). Blanked, same length, before the search.
QUOTATION = rx.compile(r"«[^«»\n]*»")


def _site_separator(text: str) -> re.Match[str] | None:
    if "«" in text:
        text = QUOTATION.sub(lambda m: "\x00" * len(m.group()), text)
    match = _SITE_SEPARATOR.search(text)
    if match is not None and _series_part().fullmatch(text, match.start() + 3):
        return None  # the headline's own part of a series: "Carnet d'assises - Jour 9"
    if match is not None and text[match.start() + 1] == "/" and _alternative(text):
        return None  # two words a slash offers in turn: "100th Anniversary of a Town / City"
    if match is not None and _ORDINAL_PART.fullmatch(text, match.start() + 3):
        return None  # the heading's own round: "National 3 | 11e journée" (round 37a r15)
    if match is not None and _month_part().fullmatch(text, match.start() + 3):
        return None  # the headline's own month: "Gemeinderatsitzung – März 2021" (round 19b)
    if match is not None and _paired_heading().fullmatch(text):
        return None  # one heading of two paired words: "Questions - Réponses"
    if match is not None and _SENTENCE_AFTER.fullmatch(text, match.end()):
        return None  # a rubric, then the headline: "Amical | un exploit de l'équipe de …"
    return match


# After a separator, an ordinal and a word or three in lower case: a round, a day, a stage of
# the heading's own ("11e journée", "1er tour fédéral", "3rd round"); no site's name is so.
_ORDINAL_PART = rx.compile(r"\d{1,3}(?:e|er|re|ère|ème|è|th|st|nd|rd|º|ª|\.)\s+[\p{Ll}][\w'’-]*(?:\s+[\p{Ll}][\w'’-]*){0,2}\s*")


# After a separator, a phrase opening in lower case longer than a site's name (six words:
# _SITE_SEPARATOR's name) and with no separator of its own: the headline, after its rubric
# (round 25b: "Amical | un exploit de l’équipe de Victoire FM FC …" was cut to "Amical").
_SENTENCE_AFTER = rx.compile(r"[\p{Ll}][^\s|]*(?:\s+[^\s|]+){6,}\s*")


# A slash between two single words of letters, the line's end: "Town / City", "home /
# office", each the other's alternative, not a title and its site's name (round 20a).
_ALTERNATIVE = rx.compile(r"(?<![\w'’-])([^\W\d_][\p{Ll}]+) / ([^\W\d_][\p{Ll}]+)$")
_LONG_WORD = rx.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{4,}")  # title case capitalises these


def _alternative(text: str) -> bool:
    """The line ends with two words a slash offers in turn (_ALTERNATIVE), of one kind: both
    in lower case ("the home / office"), or both capitalised in a title-case line ("100th
    Anniversary of a Town / City", every long word capitalised). A known publisher after the
    slash, or a capitalised word closing a line in sentence case (a name: "Senate passes
    stopgap bill backed by Trump / Politico", review 28b item 12), is a site's name."""
    m = _ALTERNATIVE.search(text)
    if m is None or normalise_publisher(m[2]) in get_publishers().canonical:
        return False
    before, after = m[1], m[2]
    if before.islower() and after.islower():
        return True
    return before[0].isupper() and after[0].isupper() and \
        all(w[0].isupper() for w in _LONG_WORD.findall(text, 0, m.start()))


@functools.cache
def _paired_heading() -> re.Pattern[str]:
    """Two words every lexicon's paired_headings pairs, a dash or a slash between them."""
    pairs = "|".join(rf"{re.escape(a)}\s[-–—/]\s{re.escape(b)}" for a, b in words_of("paired_headings"))
    return rx.compile(rf"\s*(?:{pairs or '(?!)'})\s*", re.IGNORECASE)


@functools.cache
def _series_part() -> re.Pattern[str]:
    """A series' part, a word of every lexicon's part_words and its number ("Jour 9", "Part
    II", round 12a): the headline's, after its dash, not a site's name."""
    parts = words_regex(sorted(set(words_of("part_words"))))
    return rx.compile(rf"(?:{parts})\s+(?:\d{{1,3}}|[IVXLC]{{1,6}})\s*", re.IGNORECASE)


@functools.cache
def _month_part() -> re.Pattern[str]:
    """A month of any lexicon and its year, a day before it or not ("März 2021", "12 mars
    2024"): the date the headline names after its dash, never a site's name."""
    months = words_regex(sorted(get_lexicon().month_names))
    return rx.compile(rf"\s*(?:\d{{1,2}}\.?\s+)?(?:{months})\s+\d{{4}}\s*", re.IGNORECASE)


def has_site_name(text: str) -> bool:
    """A page <title> such as "Lexikon « Nalas Löwenseiten" or "Titre | Le Journal"."""
    return _site_separator(text) is not None


def without_site_name(text: str) -> str:
    """"Budget 2026 : le gouvernement revoit sa copie – Le Quotidien" -> the title alone;
    without the empty comments a script's rendering leaves between a <title>'s text nodes
    ("… des convictions"<!-- --> | Atlantico.fr", round 6)."""
    match = _site_separator(text)
    return _EMPTY_COMMENT.sub("", text[:match.start()] if match else text).strip()


_EMPTY_COMMENT = rx.compile(r"<!--\s*-->")


def clean_title(title: str | None) -> str:
    """A title compared without case, spacing or a " – Site name" suffix."""
    return " ".join(without_site_name(title).lower().split()) if title else ""


def title_key(text: str | None) -> str:
    """clean_title of the text folded as the segmenter reads it ("L’Amicale" is "L'Amicale")."""
    return clean_title(fold(text)) if text else ""
