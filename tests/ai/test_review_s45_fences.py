"""Review S45 of AI004's code-fence leftovers (tests/data/review_s45). A chatbot's wrapper opens
the article (or sits right under its headline), its paragraphs are prose (an HTML fence's <p>
and <h1> read as text, any other tag as markup) and it closes at the article's end or never. A
tutorial's sample stays silent: its language named in the headline («How to write a paragraph
in HTML», «HTML» alone then «What is HTML…»), a line under its close («That's it!»), a lead-in
over it («Forwarding this from the city:»), a letter's salutation under the fence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.citations.reading import ai_rule_messages

PROBES = Path(__file__).resolve().parents[1] / "data" / "review_s45"


def _ai004(name: str) -> list[str]:
    text = (PROBES / name).read_text(encoding="utf-8")
    return [message for rule, message in ai_rule_messages(text, name) if rule == "AI004"]


@pytest.mark.parametrize(("name", "fence"), [
    ("a03_fire_html_fence_p.txt", "```html"),
    ("a26_fire_html_h1_in_fence.txt", "```html"),  # the headline in <h1> inside the fence
])
def test_an_html_wrapper_with_its_headline_in_h1_is_a_leftover(name, fence):
    assert _ai004(name) == [f"chatbot leftover in the text: «{fence}»"]


@pytest.mark.parametrize("name", [
    "a18_quiet_template_post.txt",  # a cover letter's template: "Dear Hiring Manager," under the fence
    "a19_quiet_markdown_topic_single_fence.txt",  # «Markdown» the topic, one bare fence at the end
    "a22_quiet_notice_codeblock.md",  # a fence under a lead-in "Forwarding this from the city:"
    "a23_quiet_html_tutorial_short_tail.md",  # a <p> sample under "How to … in HTML", "That's it!"
    "a24_quiet_html_tutorial_no_tail.md",  # the same, nothing under the close
    "a27_quiet_html_topic_single_fence.txt",  # «HTML» the topic, an opening "```html" as last line
])
def test_a_tutorials_sample_stays_silent(name):
    assert _ai004(name) == []


@pytest.mark.xfail(strict=True, reason="an error message in a fence under a how-to's headline, one "
                   "7-word line under its close (\"Add your user to the docker group.\"): a close "
                   "counts as a sample's under 8 words of prose, since a wrapper's page may end in a "
                   "short line (round 45b r08 \"Ende des Artikels.\"); main fired on it too")
def test_an_error_sample_with_a_short_tail():
    assert _ai004("a25_quiet_error_post.md") == []
