"""Who the body says its information comes from: named ("selon le Washington Post", "a
rapporté CNN") or vague ("selon des informations", "des informations ont émergé")."""

from __future__ import annotations

import re

from audit.lexicon import get_lexicon
from audit.model import Attribution

_NAME = re.compile(
    r"\s+(?:(?:le|la|les|l'|the)\s*)?"
    r"((?:[A-ZÀ-Ý][\w'&.-]*)(?:\s+(?:[A-ZÀ-Ý][\w'&.-]*|of|de|du|des|for|on|and|&)(?=\s+[A-ZÀ-Ý]|\s*$|[\s,.;:)]))*)"
)
_TRAILING = re.compile(r"(?:\s+(?:of|de|du|des|for|on|and|&))+$")
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])\.\s")
_ARTICLE = re.compile(r"\s+(?:le|la|les|l'|the)\s*", re.IGNORECASE)
# Words that make a name a publication or an organisation rather than a person.
_ORGANISATION = re.compile(
    r"\b(?:post|times|monde|figaro|journal|news|reuters|afp|ap|bbc|cnn|cnbc|tribune|herald|"
    r"gazette|agence|presse|press|guardian|telegraph|bloomberg|parisien|libération|express|"
    r"observateur|échos|echos|magazine|radio|tv|télévision|institut|institute|ministère|ministry|"
    r"office|agency|bureau|department|database|université|university|council|conseil|"
    r"commission|fondation|foundation|insee|onu|un|otan|nato|who|oms|fmi|imf)\b", re.IGNORECASE)


def normalise_name(name: str) -> str:
    """Compare publishers without articles, case or punctuation: "The Washington Post"."""
    name = re.sub(r"^(?:the|le|la|les|l')\s*", "", name.strip().lower())
    return re.sub(r"[^\w]+", " ", name).strip()


def find_attributions(text: str, ranges: list[tuple[int, int]]) -> list[Attribution]:
    lex = get_lexicon()
    found: list[Attribution] = []
    for start, end in ranges:
        for m in lex.vague_attribution.finditer(text, start, end):
            found.append(Attribution(None, True, m.start(), m.end(), m.group()))
        for m in lex.attribution_cue.finditer(text, start, end):
            if any(a.start <= m.start() < a.end for a in found):
                continue
            name = _NAME.match(text, m.end(), end)
            if not name:
                continue
            value = _SENTENCE_BREAK.split(name.group(1))[0]
            value = _TRAILING.sub("", value).rstrip(".,")
            if len(value) < 2:
                continue
            stop = name.start(1) + len(value)
            organisation = bool(_ARTICLE.match(text, m.end()) or _ORGANISATION.search(value))
            found.append(Attribution(value, False, m.start(), stop, text[m.start():stop],
                                     organisation=organisation))
    return sorted(found, key=lambda a: a.start)
