"""What is no disclosure of this page though it names AI and an act: a menu's section link
("IA"), a sample wording listed under a lead-in ("statements like:"), a heading naming a kind
of disclaimer over a policy ("may be generated"), a demonstrative pointing back at texts in
general. Blind round 11b (fr08_next, en06_sipoch) and real wordings found beside them."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_article
from audit.segment.disclosure import find_disclosures
from audit.settings import Settings

_ARTICLE = ('<article><h1>Une rumeur relayée par les médias</h1><p>De nombreux médias ont relayé une '
            'rumeur sur le contrôle technique annuel des voitures de plus de dix ans, a indiqué le '
            'ministère des Transports.</p></article><footer><p>Mentions légales</p></footer>')


def _html(menu: str, head: str = "") -> str:
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Une rumeur relayée '
            f'par les médias</title><meta property="og:type" content="article">{head}</head>'
            f'<body>{menu}{_ARTICLE}</body></html>')


def _rules(text: str, name: str) -> list[tuple[str, str]]:
    result = audit_article(text.encode(), name, Settings())
    return [(f.rule, result.doc.text[f.start:f.end]) for f in result.findings if f.rule.startswith("AI")]


def _read(text: str, language: str | None = None):
    return [(d.act, d.form) for d in find_disclosures(fold(text), language)]


_NEXT_NAV = ('<nav><a href="/">Next</a> | <a href="/societe/">Société numérique</a> | '
             '<a href="/ia/">IA</a></nav>')
# secretele.com's menu (WordPress "menu-item" list, a category link "IA"), outside <nav>
_SECRETELE_MENU = ('<div class="cb-menu"><ul><li class="menu-item"><a href="https://secretele.com/author">'
                   'Autori</a></li><li class="menu-item"><a href="https://secretele.com/category/ia">IA'
                   '</a></li></ul></div>')


@pytest.mark.parametrize("menu", [_NEXT_NAV, _SECRETELE_MENU])
def test_a_menu_s_section_link_is_no_disclosure(menu):
    assert _rules(_html(menu), "a.html") == []


def test_a_menu_link_does_not_hide_undisclosed_ai_from_ai002():
    meta = '<meta name="ai-generated" content="true">'
    assert [r for r, _ in _rules(_html(_NEXT_NAV, meta), "a.html")] == ["AI002"]
    tech = _NEXT_NAV.replace('<a href="/ia/">IA</a>', '<a href="/tech/">Tech</a>')
    assert [r for r, _ in _rules(_html(tech, meta), "a.html")] == ["AI002"]


def test_a_disclosure_under_the_menu_is_still_the_article_s():
    note = "<p>Cet article a été rédigé avec l'aide de l'IA.</p>"
    html = _html(_NEXT_NAV).replace("</article>", note + "</article>")
    assert _rules(html, "a.html") == [("AI001", "Cet article a été rédigé avec l'aide de l'IA.")]


@pytest.mark.parametrize("line", [
    "Next | Société numérique | IA",  # fr08_next's menu pasted as text
    "Notícias | NerdList | Quizzes | IA",  # a Brazilian site's menu (DnNerds)
    "Recursos | IA | Recorrência | Demo",  # a site footer menu
])
def test_a_menu_line_of_plain_text_is_no_credit(line):
    assert _read(line) == []


@pytest.mark.parametrize("line", [
    "Challenges / Midjourney",
    "Roboter verkauft Zeitschriften an einem Kiosk in Italien — Dall-E und Adobe Firefly",
    "Illustration: KI · NurEine",
])
def test_a_credit_naming_an_ai_is_still_one(line):
    assert _read(line) == [("illustrated", "caption")]


def test_a_bare_acronym_after_a_separator_is_no_credit():
    # A section link, or a site's name then its rubric: a credit names the tool.
    assert _read("Société numérique | IA") == []


SIPOCH = """An AI content disclosure policy is a formal guideline that explains when and how organizations reveal the use of AI in content creation.
To disclose, organizations use simple statements like:
- This article was written with assistance from AI tools.
- Portions of this content were generated using AI and reviewed by a human editor.
"""
# A publishers' guide (Use of AI Disclosure Statements), its example unquoted.
GUIDE = """Consider the following AI Disclosure template:
Examples:
In this work, I have used ChatGPT to review the entire manuscript for grammar and styling errors. I reviewed, edited, and take responsibility for all outputs of the tools used in this work.
"""


@pytest.mark.parametrize("text", [SIPOCH, GUIDE])
def test_wordings_a_lead_in_announces_are_samples(text):
    assert _rules(text, "a.txt") == []


def test_a_list_under_a_note_s_lead_in_is_still_a_disclosure():
    text = SIPOCH.replace("To disclose, organizations use simple statements like:", "Transparency note:") \
        .replace("An AI content disclosure policy is a formal guideline that explains when and how "
                 "organizations reveal the use of AI in content creation.",
                 "The council voted the budget on Tuesday, the mayor said.")
    assert [r for r, _ in _rules(text, "a.txt")] == ["AI001", "AI001"]


def test_samples_in_an_html_list():
    html = ("<html><body><article><h1>AI disclosure policies</h1><p>An AI content disclosure policy is a "
            "formal guideline that explains when and how organizations reveal the use of AI.</p>"
            "<p>To disclose, organizations use simple statements like:</p><ul>"
            "<li>This article was written with assistance from AI tools.</li>"
            "<li>Portions of this content were generated using AI and reviewed by a human editor.</li>"
            "</ul></article></body></html>")
    assert _rules(html, "a.html") == []


def test_with_assistance_is_assisted():
    assert _read("This article was written with assistance from AI tools.") == [("assisted", "statement")]
    assert _read("This article was written with AI assistance.") == [("assisted", "statement")]
    assert _read("The company offers AI assistance to customers.") == []


def test_a_disclaimer_s_heading_over_a_policy_is_none():
    # en06_sipoch: the heading names the kind of note; what follows says "may be generated".
    assert _read('AI-Generated Content Disclaimer: "Some of the content on this website may be '
                 'generated using artificial intelligence algorithms.') == []
    # en-008 (mensresearch.ai): what follows the heading says what was done.
    assert _read("AI-generated content disclosure: Research summaries on this site are produced by AI "
                 "(Claude Sonnet 4.6 by Anthropic) from peer-reviewed sources.") == [("summarised", "statement")]


def test_a_demonstrative_naming_again_what_the_sentence_named_is_not_this_page():
    assert _read("- The AI Act stipulates a disclosure requirement for the use of AI in writing texts, "
                 "provided these texts serve to inform the public about matters of public interest.") == []
    assert _read("Written with the help of AI, this text was reviewed by our editors.") == [("assisted", "statement")]


@pytest.mark.parametrize("line", [
    "Schlagwörter: KI | ChatGPT",
    "Tags: ChatGPT / Midjourney",
    "Mots-clés : intelligence artificielle, ChatGPT",
])
def test_a_list_of_the_page_s_topics_is_no_credit(line):
    assert _read(line) == []


def test_a_credit_or_a_note_after_a_lead_in_is_still_one():
    assert _read("Illustration: KI · NurEine") == [("illustrated", "caption")]
    assert _read("Hinweis: Dieser Text wurde mit KI erstellt.") == [("generated", "statement")]
