"""Round 23 number items, each on the real text it was seen on.
Its number tests are in tests/numbers/."""

from __future__ import annotations

from tests.blind_reading import DATA
from tests.numbers.texts import _codes


def test_ai004_unfilled_template_placeholder_is_residue():
    # Round 23a en02 (a LedeAI story, published so): the generator's slots left unfilled
    from pathlib import Path
    page = DATA / "blind_rounds" / "round23a" / "inputs" / "en02_floridatoday.html"
    found = _codes(page.read_text(encoding="utf-8"), page.name, "AI004")
    assert any("[[WINNING_TEAM_MASCOT]]" in m for m in found)
    assert any("[[LOSING_TEAM_MASCOT]]" in m for m in found)
    assert _codes("The Westside {{HOME_TEAM_NAME}} beat the visitors 21-7 on Friday night.",
                  "b.txt", "AI004")


def test_ai004_wiki_links_and_lowercase_code_slots_stay_silent():
    text = ("The editors wrote [[Paris]] and [[New York City]] in the wiki source, and the "
            "template prints {{user_name}} where the reader's name goes.")
    assert not _codes(text, "a.txt", "AI004")
