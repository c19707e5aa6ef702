"""The paywall prompts' screen (``extract._paywall_prompts``): only the lines where the screen
finds one of the strings every prompt spells out are read by the prompt pattern. The prompts
it finds are those the pattern finds reading every line, on the blind rounds' real pages that
hold a wall's words (their sources in each round's SOURCES.tsv) and on written prompts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import audit.extract as extract_stage
from audit.extract import _meeting
from audit.lexicon import get_lexicon
from audit.pipeline import audit_article
from audit.settings import Settings

_ROUNDS = Path(__file__).resolve().parent.parent / "data" / "blind_rounds"
# A wall's words in several languages: the pages worth reading both ways (reading all 2,900
# inputs twice would take minutes).
_WALL_WORDS = ("il vous reste", "weiterlesen", "weiterzulesen", "continue reading", "déjà abonné",
               "assinantes", "already a subscriber", "réservé aux abonnés", "abonnenten",
               "subscribers", "abonnés", "abbonati", "suscriptores")


def test_meeting_keeps_the_ranges_a_span_meets():
    ranges = [(0, 10), (11, 20), (21, 30), (40, 50)]
    assert _meeting(ranges, []) == []
    assert _meeting(ranges, [(2, 5)]) == [(0, 10)]
    assert _meeting(ranges, [(8, 13)]) == [(0, 10), (11, 20)]  # over a line break
    assert _meeting(ranges, [(10, 11)]) == []  # the break alone
    assert _meeting(ranges, [(30, 41)]) == [(40, 50)]  # from the gap into a range
    assert _meeting(ranges, [(31, 39), (49, 60)]) == [(40, 50)]
    assert _meeting(ranges, [(0, 1), (12, 13), (22, 23)]) == [(0, 10), (11, 20), (21, 30)]


def _prompts_both_ways(monkeypatch, name: str, data: str | bytes) -> tuple[list, list]:
    """The prompts found with the screen and without it (every line read) on one input."""
    calls = []
    original = extract_stage._paywall_prompts

    def kept(*args, **kwargs):
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(extract_stage, "_paywall_prompts", kept)
        audit_article(data, name, Settings())
    lexicon = get_lexicon()
    screened = [original(*args, **kwargs) for args, kwargs in calls]
    with monkeypatch.context() as patch:
        patch.setattr(extract_stage, "get_lexicon",
                      lambda: dataclasses.replace(lexicon, paywall_screen=None))
        unscreened = [original(*args, **kwargs) for args, kwargs in calls]
    return screened, unscreened


def _walled_inputs() -> list[Path]:
    found = []
    for path in sorted(_ROUNDS.glob("round*/inputs/*")):
        low = path.read_text(encoding="utf-8", errors="replace").lower()
        if any(word in low for word in _WALL_WORDS):
            found.append(path)
    return found


def test_the_screen_hides_no_prompt_on_real_pages(monkeypatch):
    paths = _walled_inputs()
    assert len(paths) >= 20
    with_prompts = 0
    for path in paths:
        screened, unscreened = _prompts_both_ways(monkeypatch, path.name, path.read_bytes())
        assert screened == unscreened, path
        with_prompts += any(screened)
    assert with_prompts >= 5  # the comparison reads pages that hold prompts


@pytest.mark.parametrize("text", [
    "Le maire a tranché hier soir.\nIl vous reste 80 % de cet article à lire.\nLa suite est réservée.\n",
    "Der Rat hat entschieden.\nRegistrieren und weiterlesen\nMehr zum Thema\n",
    "The council voted on Tuesday.\nThis article is for subscribers only. Already a subscriber? Log in\n",
    # a prompt's string cut by a line break: no line holds it, no prompt (both ways)
    "Le maire a tranché hier soir.\nIl vous\nreste 80 % de cet article à lire.\n",
])
def test_the_screen_reads_the_lines_a_prompt_stands_on(monkeypatch, text):
    screened, unscreened = _prompts_both_ways(monkeypatch, "page.txt", text)
    assert screened == unscreened
