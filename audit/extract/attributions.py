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
            value = _TRAILING.sub("", name.group(1)).rstrip(".,")
            if len(value) < 2:
                continue
            stop = name.start(1) + len(value)
            found.append(Attribution(value, False, m.start(), stop, text[m.start():stop]))
    return sorted(found, key=lambda a: a.start)
