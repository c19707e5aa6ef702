"""Screens that skip a pattern tried at every position (opening with a look-behind, ignoring
case) where no string it spells stands: each must pass every range the pattern matches in
(checked here on real and recased text) and rule out the ranges that hold none of its
strings. The screened code gives the same reading as before: the dump of the reference
audits and of the 990 eval pages pasted was the same, line for line."""

from __future__ import annotations

from audit.extract.dates import _dateline
from audit.lexicon import get_lexicon, lowered, scan_ranges
from audit.rules.num.NUM003 import _ago_anaphoric, _ago_screens

# Lines with a described speaker, an anaphoric elapsed time, and lines with neither.
_LINES = [
    "« Un phénomène », selon l'un de ses anciens agents traitants.",
    "Un haut responsable résume la situation : « Rien n'est joué. »",
    "De l'aveu d'un officier de permanence, la nuit fut calme.",
    "Some witnesses said he left before midnight.",
    "A senior Boeing executive told Reuters the plan was dead.",
    "Cette eau, explique la source, est pure.",
    "The bridge made its debut in 1954. But that was 63 years ago.",
    "C'était il y a 63 ans, jour pour jour.",
    "Cela se passait il y a vingt ans.",
    "Das war vor 63 Jahren.",
    "Eso fue hace 20 años.",
    "Isso foi há 20 anos.",
    "Dat was 20 jaar geleden.",
    "Le conseil municipal a voté le budget mardi soir.",
    "The council voted on the budget on Tuesday night.",
    "",
]


def _ranges(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.lower()]


def test_the_described_speaker_screen_passes_every_range_with_a_match() -> None:
    lex = get_lexicon()
    screen = lex.unnamed_speaker_screen
    assert screen is not None
    for text in _variants("\n".join(_LINES)):
        low = lowered(text)
        ranges = _ranges(text)
        held = scan_ranges(screen.pattern, low, ranges)
        matched = [lex.unnamed_speaker.search(text, s, e) is not None for s, e in ranges]
        assert sum(matched) >= 5
        assert all(h for h, m in zip(held, matched) if m)


def test_the_described_speaker_screen_rules_out_a_range_with_no_role() -> None:
    lex = get_lexicon()
    text = "Le conseil municipal a voté le budget mardi soir.\nThe council voted on Tuesday night."
    assert scan_ranges(lex.unnamed_speaker_screen.pattern, lowered(text), _ranges(text)) == b"\0\0"


def test_the_elapsed_time_screens_pass_every_span_with_a_match() -> None:
    pairs = list(zip(_ago_anaphoric(), _ago_screens()))
    assert all(screen is not None for _, screen in pairs)
    found = 0
    for text in _variants("\n".join(_LINES)):
        low = lowered(text)
        for s, e in _ranges(text):
            for (_, pattern), screen in pairs:
                if pattern.search(text, s, e) is not None:
                    found += 1
                    assert screen.search(low, s, e) is not None, text[s:e]
    assert found >= 4 * 7


def test_the_elapsed_time_screens_rule_out_a_line_without_the_anaphora() -> None:
    text = "The bridge opened 63 years ago. Il y a 63 ans, le pont ouvrait."
    low = lowered(text)
    assert all(screen.search(low) is None for screen in _ago_screens())


def test_a_dateline_needs_a_digit() -> None:
    assert _dateline("Le 22 mars 2010", "fr") is not None
    assert _dateline("Mardi vingt-deux mars deux mille dix", "fr") is None
    assert _dateline("Tuesday, April twenty-third | Back issues", "en") is None


def test_word_count_columns_as_read_line_by_line():
    """The classifier's count columns (_within: in numpy on the line model's arrays of counts)
    are the per-line tests they replace, on both kinds of array and on plain counts."""
    import random
    from array import array

    from audit.segment.classify import DATELINE_MAX_WORDS, _may_head, _within

    rng = random.Random(12)
    words = [rng.choice([0, 1, 2, 3, 5, 6, 7, 13, 14, 15, 40]) for _ in range(500)]
    following = [rng.choice([0, 1, 11, 12, 13, 300]) for _ in range(500)]
    for counts in (array("i", words), words, iter(words)):
        assert _within(counts, 1, DATELINE_MAX_WORDS) == bytes(0 < w <= DATELINE_MAX_WORDS for w in words)
    assert _within(array("q", following), 12) == bytes(f >= 12 for f in following)
    heads = bytes(a & b for a, b in zip(_within(array("i", words), 1, 14), _within(array("q", following), 12)))
    assert heads == bytes(map(_may_head, words, following)) and 0 < sum(heads) < 500
    assert _within(array("i"), 1, 3) == _within([], 1, 3) == b""
