"""NUM003 after review 26: sentence bounds found once per text (item 9) and the
"of_founding" screen derived from the lexicon (item 10). The time on long lines is measured
by bench, not here: these check that the faster reading is the same reading."""

from __future__ import annotations

import random

from audit.lexicon import get_lexicon
from audit.rules.num import NUM003


def _old_sentence(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The search per call that _sentence replaced (quadratic on a long line)."""
    start = lo
    for m in NUM003._SENTENCE_END.finditer(text, max(lo, pos - 600), pos):
        start = m.end()
    end = NUM003._SENTENCE_END.search(text, pos, hi)
    return start, end.end() if end else hi


def test_sentence_bounds_found_once_are_the_same_as_searched_each_time():
    rng = random.Random(26)
    pieces = ["le club", " ", ". ", "! ", "St. ", "M. ", "\n", "» ", "2019", "x" * 300, "a", "?"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for pos in range(lo, hi):
            if text[pos - 1:pos] in (" ", "\n", "") or pos == lo:  # a word's start, as callers pass
                assert NUM003._sentence(text, pos, lo, hi) == _old_sentence(text, pos, lo, hi), \
                    (text, pos, lo, hi)


def test_of_founding_screen_holds_a_word_of_every_lexicon_form():
    screen = NUM003._needs()["of_founding"]
    for cues in get_lexicon().anniversary.values():
        for form in cues.get("of_founding") or ():
            text = form.replace(" N ", " 40 ")
            assert any(word in text.lower() for word in screen), form
