"""Round 28's AI-disclosure verdicts (AI001), on the testers' repro texts, with negatives that
must stay silent."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from audit.segment.disclosure import find_disclosures
from audit.settings import Settings


def _ai001(text: str) -> list[str]:
    return [f.message for f in audit_article(text, "x.txt", Settings()).findings if f.rule == "AI001"]


# Round 28b r01 (en05, a real Richland Source recap): the tool signs in the first person.
_RICHLAND = ("Southern Local opened with a 30-8 advantage over South Central through the first "
             "quarter.\n\nI'm a helpful artificial intelligence tool that collects results for high "
             "school sports games. I write simple reports on those games so athletes and families "
             "can keep up with what's happening, even if our real sports journalists weren't at "
             "that game.\n")


def test_a_first_person_ai_byline_is_a_disclosure():
    got = _ai001(_RICHLAND)
    assert len(got) == 1 and "generated" in got[0] and "«I'm a helpful artificial intelligence tool" in got[0]


@pytest.mark.parametrize("text", [
    "I'm an AI tool. I write reports on local high school games.",
    "I am an automated writing tool, and I produce short stories on each game.",
])
def test_an_ai_naming_itself_and_what_it_writes(text):
    assert [d.act for d in find_disclosures(text, "en")] == ["generated"]


@pytest.mark.parametrize("text", [
    "I'm an AI researcher. I write reports on machine learning.",  # a person's trade
    "I'm a reporter who covers AI. I write columns for the paper.",
    "I'm an AI tool. I collect results.",  # makes no content
    "I'm an AI tool. I don't write reports.",
    # a quoted chatbot, reported speech, a chatbot's leftover (AI004's)
    "The chatbot told her: “I'm an AI assistant. I write stories for children.”",
    "“I'm an artificial intelligence tool. I write reports on games,” the bot said.",
    "I am an AI language model and I cannot write articles about real events.",
    "As an AI language model, I write articles on request.",
])
def test_other_first_person_ai_lines_stay_silent(text):
    assert find_disclosures(text, "en") == ()


# Round 28a (en05, goodloe.com): what the posts resemble, not how they were made.
def test_a_comparison_is_no_disclosure():
    text = ("Embracing AI\n\nRecently, I received feedback that my blog posts sometimes sound a bit "
            "stiff, a bit too much like they were written by an AI. At first, I was defensive.\n")
    assert _ai001(text) == []


@pytest.mark.parametrize("text, lang", [
    ("It reads as if this article was written by ChatGPT.", "en"),
    ("Mes textes sonnent comme si cet article avait été écrit par une IA.", "fr"),
    ("Der Text klingt, als ob dieser Artikel von einer KI geschrieben wurde.", "de"),
])
def test_other_comparisons_stay_silent(text, lang):
    assert find_disclosures(text, lang) == ()


@pytest.mark.parametrize("text", [
    # real page (round 28a en05), the same blog's own disclosure
    "This blog post was created with the assistance of AI tools ChatGPT and Midjourney.",
    "Like many outlets, this article was written with the help of AI.",  # "like" far from the act
])
def test_disclosures_beside_a_comparison_word_are_kept(text):
    assert len(find_disclosures(text, "en")) == 1


def test_like_as_a_verb_is_no_comparison():
    assert len(find_disclosures("We would like to say this article was written by AI.", "en")) == 1
