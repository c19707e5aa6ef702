"""AI004, assistant residue: a code fence a chatbot wrapped the article in is a leftover; a tech
post's code fences or a closed block over the article are not (round 36b r3)."""

from __future__ import annotations

import pytest

from audit.segment.disclosure import find_residue

from tests.blind_reading import ROUNDS
from tests.citations.reading import ai_rule_messages
from tests.numbers.reading import rules as _rules


# from tests/test_provenance_round36.py
def test_a_code_fence_wrapping_the_article_is_a_leftover():
    text = (ROUNDS / "round36b" / "repro" / "r3_title_code_fence.txt").read_text(encoding="utf-8")
    assert ai_rule_messages(text) == [("AI004", "chatbot leftover in the text: «“`html»")]
    plain = ("```\nLe conseil municipal a voté lundi soir le budget de la commune pour 2025 après "
             "un long débat.\nLes élus ont adopté le texte à la majorité.\n```\n")
    assert ai_rule_messages(plain) == [("AI004", "chatbot leftover in the text: «```»")]


@pytest.mark.parametrize("text", [
    # a code sample mid-text
    "How to center a div\nCentering a div is easy once you know the flexbox rules.\n```html\n"
    "<div class=\"wrap\">\n  <p>Hello</p>\n</div>\n```\nThis snippet shows the wrapper element.\n",
    # a post opening with its code sample
    "```html\n<div class=\"wrap\"><p>Hello</p></div>\n```\nThis snippet shows the wrapper element "
    "and the paragraph inside it, centered.\n",
    # a programming language's block, whatever follows it
    "```python\nThis line reads like prose for a moment, a comment of many words here.\nprint(1)\n```\n",
    # a sample's closing fence right before the prose
    "Intro\n```bash\nls -la\n```\nThe command above lists every file of the folder with its size and owner.\n",
])
def test_a_tech_posts_code_fences_are_no_leftover(text):
    assert ai_rule_messages(text, "x.md") == []


@pytest.mark.parametrize("text", [
    # review 1 R9: a short block that closes, the article's prose under it
    "```\nDear customers, our branch will be closed on Monday because of the public holiday and "
    "will reopen on Tuesday at nine.\n```\n\nThat was the notice taped to the door of the bank on "
    "Friday, which surprised many customers who had planned to visit.\n\nThe bank said the closure "
    "had been announced on its website.\n",
    "```text\nError: connection refused while trying to reach the database server on port 5432 from "
    "the application container\n```\n\nIf you see this message when starting the app, the database "
    "is probably not running yet. Start it with docker compose and try again.\n\nThe fix took us an "
    "afternoon to find.\n",
    "```\nThe following tutorial explains how to configure your router so that every device on your "
    "home network receives an address automatically.\n```\n\nFirst, open the admin page of your "
    "router in a browser and log in with the password printed on the sticker.\n\nThen go to the "
    "DHCP section and enable the server.\n",
])
def test_a_closed_block_over_the_article_is_no_leftover(text):
    assert ai_rule_messages(text, "x.md") == []


def test_a_wrapper_closing_at_the_end_is_a_leftover():
    text = ("```html\nIn a significant ruling on Tuesday, a former police officer was sentenced to five "
            "years in prison for assault.\n\nThe judge said the officer had abused his position of "
            "trust.\n```\n")
    assert ai_rule_messages(text, "x.md") == [("AI004", "chatbot leftover in the text: «```html»")]


# from tests/test_round25_fix25a.py

def _residue(text: str) -> list[str]:
    return [text[s:e] for s, e in find_residue(text)]


# 25a r01 (fr21, a blog on ChatGPT): a writer describes the chatbot in the third person.
_THIRD_PERSON = ("Intelligent, oui ! Mais parfait, non !\n\nOn peut tout faire avec ChatGPT, ou "
                 "presque parce qu'il y a des choses qu'il ne peut pas faire en tant qu'IA.\n")


def test_an_assistants_role_in_the_third_person_is_no_leftover():
    assert _rules(_THIRD_PERSON, "AI004") == []
    assert _residue("ChatGPT, as an AI language model, predicts the next word.") == []


def test_an_assistant_naming_its_role_of_itself_is_one():
    assert _residue("En tant qu'IA, je ne peux pas donner d'avis médical.") == ["En tant qu'IA"]
    assert _residue("Je ne peux pas faire cela en tant qu'IA.") == ["en tant qu'IA"]
    # the labelled English leftovers (rounds 4-22): the assistant says "I"
    assert _residue("As an AI language model, I cannot write an article about") == ["As an AI language model"]
    assert _residue("as an AI language model, my purpose is to assist") == ["as an AI language model"]


# Round 45b (r08*): a chatbot's block holds the headline first, or opens under it; its
# paragraphs are short sentences or an HTML fence's <p>; the fence's backticks lost in the copy
# leave its language alone on a line over the article (de03, mittelhessen.app).
R45B = ROUNDS / "round45b" / "repro"


@pytest.mark.parametrize(("name", "fence"), [
    ("r08_de_fence_tail.txt", "markdown"),  # the real de03 page's head and tail
    ("r08c_de_fence_full_control.txt", "```markdown"),
    ("r08d_de_fence_after_title.txt", "```markdown"),
    ("r08e_en_fence_control.txt", "```markdown"),
    ("r08f_en_fence_plain.txt", "```"),
    ("r08g_en_fence_never_closed.txt", "```markdown"),
    ("r08h_en_fence.md", "```markdown"),
    ("r08i_en_fence_html.txt", "```html"),
])
def test_a_fence_over_or_under_the_headline_is_a_leftover(name, fence):
    text = (R45B / name).read_text(encoding="utf-8")
    assert ai_rule_messages(text, name) == [("AI004", f"chatbot leftover in the text: «{fence}»")]


@pytest.mark.parametrize("text", [
    # a tech post's sample right under its headline: code, not prose
    "How to center a div\n\n```html\n<div class=\"wrap\">\n  <p>Hello</p>\n</div>\n```\n",
    # a sample under a headline, closed, the post's prose under it
    "Install the tool\n\n```\npip install audit\n```\n\nThe command above installs the tool and all of "
    "its dependencies in the active environment.\n",
    # a fence mid-text
    "Police shoot during chase in Cologne\n\nOn Sunday evening there was a large police operation in "
    "Cologne. A man tried to steal a car.\n\n```markdown\nThe police are still looking for him.\n```\n",
    # a headline then a block of code with a heading-like comment
    "```python\n# Read the file\nwith open(path) as f:\n    data = f.read()\n```\n",
    # the language alone over an article, but no lost block's closing under it
    "Markdown\n\nWriting With Markdown\n\nMarkdown is a comfortable format for code-heavy writing. "
    "You can write prose, links, lists and quotes.\n",
    # the language alone, and a sample that opens and closes further down
    "markdown\n\nHeadings in Markdown\n\nA heading starts with a hash sign and a space, as below.\n\n"
    "```\n# Title\n```\n",
])
def test_a_tech_posts_samples_stay_silent_r45(text):
    assert ai_rule_messages(text, "x.txt") == []


@pytest.mark.xfail(strict=True, reason="de03 as published: the lost block closes and the page's "
                   "author box and poll go on under it as body prose (\"Wie sollten Polizeibeamte Ihrer "
                   "Meinung nach …\"); the close is read as a quoted block's, not the article's end")
def test_the_real_de03_page_shows_its_lost_fence():
    text = (ROUNDS / "round45b" / "inputs" / "de03_mittelhessen.txt").read_text(encoding="utf-8")
    assert "AI004" in [rule for rule, _ in ai_rule_messages(text, "de03.txt")]
