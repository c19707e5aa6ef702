"""AI credits, bylines and captions: a story credit or byline naming an AI, an AI image's caption
and its caveats, a menu or a topics line that is no credit, first-person AI lines."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures
from tests.blind_reading import ROUNDS
from tests.citations.reading import (
    ai001_findings, ai001_messages, ai_rule_spans, disclosure_forms, messages,
)


# from tests/test_disclosure_menus_samples.py
_ARTICLE = ('<article><h1>Une rumeur relayée par les médias</h1><p>De nombreux médias ont relayé une '
            'rumeur sur le contrôle technique annuel des voitures de plus de dix ans, a indiqué le '
            'ministère des Transports.</p></article><footer><p>Mentions légales</p></footer>')


def _html(menu: str, head: str = "") -> str:
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Une rumeur relayée '
            f'par les médias</title><meta property="og:type" content="article">{head}</head>'
            f'<body>{menu}{_ARTICLE}</body></html>')


_NEXT_NAV = ('<nav><a href="/">Next</a> | <a href="/societe/">Société numérique</a> | '
             '<a href="/ia/">IA</a></nav>')


# secretele.com's menu (WordPress "menu-item" list, a category link "IA"), outside <nav>
_SECRETELE_MENU = ('<div class="cb-menu"><ul><li class="menu-item"><a href="https://secretele.com/author">'
                   'Autori</a></li><li class="menu-item"><a href="https://secretele.com/category/ia">IA'
                   '</a></li></ul></div>')


# from tests/test_disclosure_round24.py
# Round 24a r04 (en03, aiartoutlet): the text's credit and the images' on one line.
_CREDITS = ("Story by OpenAI ChatGPT | Images by Midjourney | AIRendition\n\nThere was once an AI "
            "named Ada, who spent her days processing data and completing tasks for her human "
            "creators.\n")


# from tests/test_disclosure_round28.py
# Round 28b r01 (en05, a real Richland Source recap): the tool signs in the first person.
_RICHLAND = ("Southern Local opened with a 30-8 advantage over South Central through the first "
             "quarter.\n\nI'm a helpful artificial intelligence tool that collects results for high "
             "school sports games. I write simple reports on those games so athletes and families "
             "can keep up with what's happening, even if our real sports journalists weren't at "
             "that game.\n")


# from tests/test_review8_dates_ai.py
_STORM = ("Storm batters the coast\n\nBy Jane Miller\n\nMarch 12, 2025\n\nHeavy rain and high winds hit the "
          "coast on Tuesday, cutting power to thousands of homes.\n\n")


# from tests/test_round37_ai.py
_REPRO = ROUNDS / "round37a" / "repro"


_HEAD = ("<html lang='{lang}'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
         "<p>{lede}</p><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
         "<p>{tail}</p></article></body></html>")


_LEDES = {
    "fr": ("Un grand marché", "Le marché de l'intelligence artificielle générative continue de croître, "
           "selon les analystes du cabinet Gartner interrogés mardi à Paris.",
           "Les investisseurs restent prudents face à ces annonces, a indiqué le ministère."),
    "en": ("AI image tools face new lawsuits", "Artists on Tuesday filed a new lawsuit against several "
           "AI companies in a federal court in San Francisco, their lawyer said.",
           "The companies did not respond to requests for comment on Tuesday."),
    "de": ("Neue KI-Modelle im Test", "Der Markt für generative Bilder wächst weiter, sagte ein Sprecher "
           "des Branchenverbands Bitkom am Dienstag in Berlin.",
           "Die Anleger bleiben vorsichtig, sagte ein Analyst der Commerzbank am Dienstag."),
}


def _captioned(caption: str, lang: str) -> list[tuple[str, str, str]]:
    title, lede, tail = _LEDES[lang]
    html = _HEAD.format(lang=lang, title=title, lede=lede, caption=caption, tail=tail)
    return [(f["evidence"]["form"], f["evidence"]["act"], f["evidence"]["scope"])
            for f in audit_document(html, "page.html")["findings"] if f["rule"] == "AI001"]


# from tests/test_citations_round18.py
def test_a_line_above_the_body_that_is_only_an_ai_products_name_signs_the_story() -> None:
    # 18a r04c (en05, courier-journal.com): the byline "LedeAI" is the page's only AI statement
    story = ("The Scott County Cardinals defeated the Madison Southern Eagles 51-7 in a Kentucky "
             "high school football game on Friday.\n\nThe Cardinals opened a colossal 34-0 gap "
             "over the Eagles at halftime.\n")
    ai = lambda text: [f["message"] for f in audit_document(text, "page.txt")["findings"]
                       if f["rule"] == "AI001"]
    assert ai("LedeAI\n\n" + story) == ["AI-use disclosure (en, generated): «LedeAI»"]
    assert ai("Lede AI\n\n" + story) == ["AI-use disclosure (en, generated): «Lede AI»"]
    # a company named "…AI" in the text, a maker heading its own news, a tool that may be the
    # page's subject, and a tool the body names again: no byline
    assert ai("Scott County wins\n\nThe Cardinals won, LedeAI said on Friday in a statement "
              "about its new product for newsrooms.\n") == []
    assert ai("OpenAI\n\nThe company said on Friday that it had raised six billion dollars from "
              "its investors in a new round.\n") == []
    assert ai("Perplexity\n\nThe startup said on Friday that it had raised six billion dollars "
              "from investors in a new round of funding.\n") == []
    assert ai("Lede AI\n\nLede AI, a startup that writes sports stories, said on Friday that it "
              "had raised money from investors.\n") == []


# from tests/test_disclosure_menus_samples.py
@pytest.mark.parametrize("menu", [_NEXT_NAV, _SECRETELE_MENU])
def test_a_menu_s_section_link_is_no_disclosure(menu):
    assert ai_rule_spans(_html(menu), "a.html") == []


def test_a_menu_link_does_not_hide_undisclosed_ai_from_ai002():
    meta = '<meta name="ai-generated" content="true">'
    assert [r for r, _ in ai_rule_spans(_html(_NEXT_NAV, meta), "a.html")] == ["AI002"]
    tech = _NEXT_NAV.replace('<a href="/ia/">IA</a>', '<a href="/tech/">Tech</a>')
    assert [r for r, _ in ai_rule_spans(_html(tech, meta), "a.html")] == ["AI002"]


def test_a_disclosure_under_the_menu_is_still_the_article_s():
    note = "<p>Cet article a été rédigé avec l'aide de l'IA.</p>"
    html = _html(_NEXT_NAV).replace("</article>", note + "</article>")
    assert ai_rule_spans(html, "a.html") == [("AI001", "Cet article a été rédigé avec l'aide de l'IA.")]


@pytest.mark.parametrize("line", [
    "Next | Société numérique | IA",  # fr08_next's menu pasted as text
    "Notícias | NerdList | Quizzes | IA",  # a Brazilian site's menu (DnNerds)
    "Recursos | IA | Recorrência | Demo",  # a site footer menu
])
def test_a_menu_line_of_plain_text_is_no_credit(line):
    assert disclosure_forms(line) == []


@pytest.mark.parametrize("line", [
    "Challenges / Midjourney",
    "Roboter verkauft Zeitschriften an einem Kiosk in Italien — Dall-E und Adobe Firefly",
    "Illustration: KI · NurEine",
])
def test_a_credit_naming_an_ai_is_still_one(line):
    assert disclosure_forms(line) == [("illustrated", "caption")]


def test_a_bare_acronym_after_a_separator_is_no_credit():
    # A section link, or a site's name then its rubric: a credit names the tool.
    assert disclosure_forms("Société numérique | IA") == []


@pytest.mark.parametrize("line", [
    "Schlagwörter: KI | ChatGPT",
    "Tags: ChatGPT / Midjourney",
    "Mots-clés : intelligence artificielle, ChatGPT",
])
def test_a_list_of_the_page_s_topics_is_no_credit(line):
    assert disclosure_forms(line) == []


# from tests/test_disclosure_round24.py
def test_a_story_credit_naming_an_ai_is_a_byline():
    got = ai001_messages(_CREDITS)
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
    got = ai001_messages("AI: A Short Story (written by AI)\n\nResearchers have been working on the secret "
                         "government-funded project for a long time.\n")
    assert len(got) == 1 and "«written by AI»" in got[0]


@pytest.mark.parametrize("line", [
    "He read us a poem (written by ChatGPT).",  # closing a sentence: what he read
    "The app lists songs (not written by AI)",  # negated
    "Our policy: no article is ever published (written by AI or not) without review",
])
def test_a_parenthesis_closing_a_sentence_is_no_label(line):
    assert find_disclosures(line, "en") == ()


# from tests/test_disclosure_round28.py
def test_a_first_person_ai_byline_is_a_disclosure():
    got = ai001_messages(_RICHLAND)
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


# from tests/test_provenance_round36.py
@pytest.mark.parametrize("lang,text,act", [
    # review 1 R1: a sentence-opening preposition naming where the content is (the picture,
    # the audio version, this article) opens the commonest caption form of a disclosure
    ("es", "En la imagen, ilustración generada por inteligencia artificial.", "illustrated"),
    ("es", "En la foto, imagen creada con inteligencia artificial.", "illustrated"),
    ("es", "En este artículo, el texto fue traducido con DeepL.", "translated"),
    ("it", "In foto, immagine generata con l’intelligenza artificiale.", "illustrated"),
    ("fr", "En version audio, voix générée par IA.", "voiced"),
    ("fr", "En illustration, une image générée par Midjourney.", "illustrated"),
])
def test_a_caption_opening_with_a_preposition_is_a_disclosure(lang, text, act):
    assert [d.act for d in find_disclosures(text, lang)] == [act]


# from tests/test_review8_dates_ai.py
def test_an_ai_image_caveat_is_a_disclosure() -> None:
    for line in ("AI-generated image of the flooded harbour, which may not depict actual events.",  # probe ai3
                 "AI-generated illustration of the summit, which might not reflect what the venue looks like.",
                 "Image générée par IA du port inondé, qui pourrait ne pas refléter la réalité."):
        assert messages(_STORM + line + "\n\nThe harbour master spoke on Tuesday.\n", "AI001"), line


def test_a_passive_after_a_negated_modal_stays_a_rule() -> None:
    for line in ("AI-generated images will not be published as news photos.",
                 "AI-generated images may not be used to depict real people.",
                 "Les images générées par IA ne peuvent pas être publiées sans mention."):
        assert messages(_STORM + line + "\n\nThe harbour master spoke on Tuesday.\n", "AI001") == [], line


# from tests/test_round32_ai_seg_cit.py
# 32b r01 (en04_pwshub, a newsroom's image policy): a negated future rule, not a caption
@pytest.mark.parametrize("text", [
    "AI-generated images, audio, or video will not be published as authentic documentation of real events.",
    "AI-generated images must not be used to depict real people.",  # the same rule, another modal
])
def test_a_rule_forbidding_ai_images_is_no_caption(text):
    assert find_disclosures(fold(text), "en") == ()


@pytest.mark.parametrize("text", [
    "AI-generated image of the mayor.",
    "AI-generated image of what the city could look like in 2050.",  # a modal inside the caption
])
def test_an_ai_image_caption_still_reads(text):
    (reading,) = find_disclosures(fold(text), "en")
    assert reading.form == "caption" and reading.scope == "image"


# from tests/test_round37_ai.py
# 37a r5 (fr38, a personal blog): its own statement is read. The image's credit under it
# ("Un robot en train de peindre par Midjourney") is a caption by structure only (a
# <figcaption>); pasted, it is a short line like a headline ("Le rachat de la start-up par
# Midjourney", review 1 R7) and is not read.
def test_r5_blog_images_are_disclosed():
    found = ai001_findings((_REPRO / "r5_ai001_blog_images.txt").read_text(encoding="utf-8"))
    assert [(f["evidence"]["act"], f["evidence"]["scope"], f["evidence"]["form"]) for f in found] == \
        [("illustrated", "image", "statement")]


@pytest.mark.parametrize("caption, lang", [
    ("Un robot en train de peindre par Midjourney", "fr"),
    ("A cat astronaut floating in space by Midjourney", "en"),
    # a repository's README (find_string "by DALL-E"): the logo's credit
    ("Alternate logo of Limopola in text by DALL-E 3", "en"),
    ("Portrait of a woman via Stable Diffusion", "en"),
])
def test_caption_credited_to_an_image_generator(caption, lang):
    assert _captioned(caption, lang) == [("caption", "illustrated", "image")]


@pytest.mark.parametrize("caption, lang", [
    ("Die neue Version von Midjourney", "de"),  # "von": "of" as well, no credit word alone
    ("Ein Roboter beim Malen von Midjourney", "de"),
    ("Un robot en train de peindre par Midjourney", "en"),  # another language's credit word
    ("Le marché est dominé par Midjourney", "fr"),  # a participle: a sentence's act
])
def test_caption_credit_needs_the_page_language_s_credit_word(caption, lang):
    assert _captioned(caption, lang) == []


# review 1 R7: headlines, teasers and link lines on pages about AI tools, not captions.
@pytest.mark.parametrize("line, lang", [
    ("Die neue Version von Midjourney", "de"),
    ("Le rachat de la start-up par Midjourney", "fr"),
    ("Le rachat de la start-up française par Midjourney", "fr"),
    ("A compra da startup pelo Midjourney", "pt"),
    ("La causa intentata contro la startup da Midjourney", "it"),
    ("Tutte le novità annunciate oggi da Midjourney", "it"),
    ("The 10 most viral images this week by Midjourney", "en"),
    ("Hands-on with the new V6 model by Midjourney", "en"),
    ("Everything you need to know about prompts via Midjourney", "en"),
])
def test_headlines_naming_an_image_generator_are_no_credit(line, lang):
    text = f"Neue Modelle\n\nDer Markt wächst weiter, sagte ein Sprecher am Dienstag.\n\n{line}\n\nEnde.\n"
    assert find_disclosures(fold(line), lang) == ()
    assert ai001_findings(text) == []


@pytest.mark.parametrize("text, lang", [
    ("Midjourney lance une nouvelle version", "fr"),
    ("Un robot en train de peindre par Midjourney", "fr"),  # a pasted line: no caption by structure
    ("Le marché est dominé par Midjourney", "fr"),  # a participle: a sentence's act
    ("Une nouvelle version publiée par Midjourney", "fr"),
    ("Be inspired and always stay creative with this app powered by Dall-E", "en"),
    ("generation logo et stock photo basique attaques par Midjourney et DALL-E", "fr"),
    ("© 2025 KalaSetu by DALL-Eminators", "en"),
    ("Le modèle génère une image par Midjourney.", "fr"),  # a sentence's end
    ("Les posts générés par l'IA inondent les réseaux sociaux.", "fr"),  # posts in general
])
def test_stories_about_image_generators_stay_silent(text, lang):
    assert find_disclosures(fold(text), lang) == ()


# from tests/test_left31.py

def test_a_french_illustration_credit_keeps_its_language_and_review():
    text = ("Le conseil municipal adopte son budget\n\nLe conseil municipal de Montbrison a adopté "
            "lundi soir son budget primitif pour 2025, marqué par une hausse des dépenses "
            "d'investissement consacrées aux écoles et à la voirie.\n\nLe maire, Christophe "
            "Bazile, a présenté les grandes lignes du document devant une salle comble.\n\n\n"
            "Illustration réalisée sur Midjourney par la rédaction.\n")
    found = [f["message"] for f in audit_document(text, "x.txt")["findings"] if f["rule"] == "AI001"]
    assert len(found) == 1 and "(fr, illustrated (image), human review stated)" in found[0]
