"""The inline boilerplate's phrases read as two (lexicon.LineOpened): those that open only at
a line's start, matched at each line's start, and the others; the split finds what the one
alternation of every phrase finds, span for span."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.extract import _inline_boilerplate
from audit.lexicon import (_AT_LINE_START, _collect, _group_end, _load_raw, _opens_lines_only,
                           _platform_credits, _text_first, get_lexicon, lowered)


def _phrases() -> list[str]:
    docs = _load_raw()
    return _collect(docs, "boilerplate_inline") + _platform_credits(docs)


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_the_line_opening_phrases_are_those_anchored_whole():
    assert _opens_lines_only(r"(?<![^\n])(?:continue reading|read more)(?=[ \t]*(?:\n|$))")
    # anchored in one branch only: the other opens anywhere
    assert not _opens_lines_only(r"(?<![^\n])also read|see also")
    # after a sentence's end as well as at a line's start
    assert not _opens_lines_only(r"(?:(?<![^\n])|(?<=[.!?] ))follow us")
    assert not _opens_lines_only(r"read more")
    opening = [p for p in _phrases() if _opens_lines_only(p)]
    assert len(opening) >= 40  # round 41's furniture and the older line-anchored phrases
    # anchored whole, or a group of anchored branches (the comment notices, tests/test_speed43x.py)
    assert all(p.startswith((_AT_LINE_START, "(?:" + _AT_LINE_START)) for p in opening)


def test_a_group_ends_past_its_classes_and_escapes():
    source = r"(?![^\n)]*(?:\)|[]()]x))rest"
    assert source[:_group_end(source, 0)] == r"(?![^\n)]*(?:\)|[]()]x))"
    assert _group_end("(?=abc", 0) == -1


def test_the_text_is_asked_before_the_line_wide_look_ahead():
    phrase = r"(?<![^\n])(?![^\n]*\bsaid\b)(?:the )?comments do not reflect"
    moved = _text_first(phrase)
    assert moved == r"(?=(?:(?:the )?comments do not reflect))(?![^\n]*\bsaid\b)(?:the )?comments do not reflect"
    before, after = re.compile(phrase), re.compile(_AT_LINE_START + moved)
    for text in ("comments do not reflect our views", "the comments do not reflect it, he said",
                 "x\nthe comments do not reflect", "our comments do not reflect"):
        assert _spans(before, text, 0, len(text)) == _spans(after, text, 0, len(text)), text
    # a group in the text is left where it is: a copy would number it twice
    assert _text_first(r"(?<![^\n])(?!no)(a)b") == r"(?!no)(a)b"
    assert _text_first(r"(?<![^\n])plain text") == "plain text"


def test_every_moved_phrase_matches_where_it_did_on_real_lines():
    lines = ["Comments are the opinions of our readers and do not reflect the views of the site.",
             "Les commentaires publiés n'engagent que leurs auteurs.",
             "Les commentaires ne reflètent pas l'avis de la rédaction, selon le directeur.",
             "Los comentarios no reflejan la opinión de este medio.",
             "I commenti non riflettono l'opinione della redazione, dice il direttore.",
             "Os comentários não refletem a opinião do jornal.",
             "Die Kommentare geben nicht die Meinung der Redaktion wieder, sagte er."]
    text = lowered("\n".join(lines))
    for phrase in (p for p in _phrases() if _opens_lines_only(p)):
        before = re.compile(phrase, re.IGNORECASE)
        after = re.compile(_AT_LINE_START + _text_first(phrase), re.IGNORECASE)
        assert _spans(before, text, 0, len(text)) == _spans(after, text, 0, len(text)), phrase


def _lines(text: str) -> list[tuple[int, int]]:
    at, ranges = 0, []
    for line in text.split("\n"):
        ranges.append((at, at + len(line)))
        at += len(line) + 1
    return ranges


def test_real_furniture_is_found_as_before_and_prose_is_not():
    text = ("The council met on Tuesday.\nContinue reading\nIt voted to read more of the report "
            "before it continue reading sessions.\nPowered by Disqus\n"
            "Comments do not reflect the views of the Daily Post, the editor said.")
    split = get_lexicon().boilerplate_inline_split
    low = lowered(text)
    found = [text[s:e] for s, e in _inline_boilerplate(text, _lines(text), low)]
    assert found == ["Continue reading", "Powered by Disqus"]
    for start, end in _lines(text):
        assert _spans(split.for_range(low, start, end), low, start, end) == \
            _spans(split.whole, low, start, end)
    # a line holding none of them is read without them
    start, end = _lines(text)[2]
    assert split.for_range(low, start, end) is split.rest


_FILLER = st.text(alphabet="aeT x,.«»\"\n1-[]=/", max_size=12)
_OPENING = [p for p in _phrases() if _opens_lines_only(p)]
_SAMPLES = ["continue reading", "read more »", "powered by disqus", "share", "related: ",
            "comments do not reflect the views of the site", "lire la suite", "tags", "donate now",
            "sigue leyendo", "mais notícias", "leggi tutto", "weiterlesen", "follow us on twitter",
            "get the news in your inbox", "the views of readers, he said", "\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(parts=st.lists(st.one_of(st.sampled_from(_SAMPLES), _FILLER), min_size=1, max_size=8),
       cut=st.integers(0, 40), lines=st.integers(1, 3))
def test_the_split_finds_what_the_whole_alternation_finds(parts, cut, lines):
    """Furniture and filler, on lines and paragraphs of lines, each range maybe cut in its
    first line: the pattern for_range picks finds the whole alternation's spans."""
    text = "".join(parts)
    low = lowered(text)
    if low is None:
        return
    split = get_lexicon().boilerplate_inline_split
    ranges = _lines(low)
    for i in range(0, len(ranges), lines):
        start, end = ranges[i][0], ranges[min(i + lines, len(ranges)) - 1][1]
        start = min(start + cut % 5, end)
        assert _spans(split.for_range(low, start, end), low, start, end) == \
            _spans(split.whole, low, start, end), (text, start, end)
