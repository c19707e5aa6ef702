"""Round 24's AI-disclosure verdicts (AI001), on the testers' repro texts, with negatives that
must stay silent."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from audit.segment.disclosure import find_disclosures
from audit.settings import Settings


def _ai001(text: str) -> list[str]:
    return [f.message for f in audit_article(text, "x.txt", Settings()).findings if f.rule == "AI001"]


# Round 24a r04 (en03, aiartoutlet): the text's credit and the images' on one line.
_CREDITS = ("Story by OpenAI ChatGPT | Images by Midjourney | AIRendition\n\nThere was once an AI "
            "named Ada, who spent her days processing data and completing tasks for her human "
            "creators.\n")


def test_a_story_credit_naming_an_ai_is_a_byline():
    got = _ai001(_CREDITS)
    assert len(got) == 2 and "«Story by OpenAI ChatGPT»" in got[0] and "image" in got[1]


@pytest.mark.parametrize("line, agents", [
    ("Story by OpenAI ChatGPT", ["ChatGPT"]),
    # the parts the other way round: each its own credit
    ("Images by Midjourney | Story by ChatGPT", ["Midjourney", "ChatGPT"]),
    ("Texte par ChatGPT | Illustration : Midjourney", ["ChatGPT", "Midjourney"]),
])
def test_each_part_of_a_credit_line_is_read(line, agents):
    assert [d.agent for d in find_disclosures(line, "en")] == agents


@pytest.mark.parametrize("line", [
    "Story by Jane Doe about ChatGPT",  # a person's story about the tool
    "Story by Jane Doe | Photos by Reuters",
    "The story of ChatGPT",
    "Story by Jane Doe, ChatGPT expert",
])
def test_a_credit_of_a_person_stays_silent(line):
    assert find_disclosures(line, "en") == ()


# Round 24a r05 (en04, call2action): the title's label.
def test_a_byline_in_parentheses_closing_a_title():
    got = _ai001("AI: A Short Story (written by AI)\n\nResearchers have been working on the secret "
                 "government-funded project for a long time.\n")
    assert len(got) == 1 and "«written by AI»" in got[0]


@pytest.mark.parametrize("line", [
    "He read us a poem (written by ChatGPT).",  # closing a sentence: what he read
    "The app lists songs (not written by AI)",  # negated
    "Our policy: no article is ever published (written by AI or not) without review",
])
def test_a_parenthesis_closing_a_sentence_is_no_label(line):
    assert find_disclosures(line, "en") == ()
