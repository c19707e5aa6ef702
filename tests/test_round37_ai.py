"""Round 37's AI001 verdicts (helper ai37, mended after review 1): a third party's present
practice, told in a relative clause after this content's noun, is a story about AI, unless
the clause's antecedent is the agent that makes this content ("préparée par un outil qui
utilise l'IA": its own tool, review 1 R6); a blog's "mes posts" are its content; an image's
caption (a <figcaption> by structure) closed by the page language's credit word and an image
generator's name credits the image to it, a pasted line does not (headlines, R7)."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures

_REPRO = Path(__file__).parent / "data" / "blind_rounds" / "round37a" / "repro"


def _ai001(text: str) -> list[dict]:
    return [f for f in audit_document(text, "x.txt")["findings"] if f["rule"] == "AI001"]


# 37a r1 (fr27, France 24 via Boursorama): the fake sites' owner uses AI, not this article.
# A known miss since review 1 (R6): "dirigés par une seule personne, qui utilise l'IA" has the
# shape of this content's own maker ("Cette newsletter est préparée par un outil qui utilise
# l'IA"); what makes it a story ("faux", "souvent": other sites in general) is no syntax.
@pytest.mark.xfail(strict=True, reason="37a r1: the agent of the sites' making uses AI, read as this "
                   "content's own maker (review 1 R6 reverted that reading)")
def test_r1_story_about_fake_sites_is_no_disclosure():
    assert _ai001((_REPRO / "r1_ai001_story_about_ai.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("text, lang", [
    pytest.param("Ces faux sites web d'actualités sont souvent dirigés par une seule personne, qui "
                 "utilise l'IA dans l'espoir de générer des revenus publicitaires.", "fr",
                 marks=pytest.mark.xfail(strict=True, reason="37a r1, a known miss (review 1 R6)")),
    # review 1 c7: the same shape as its own maker's (c8 below), other sites by "ces … sites" only
    pytest.param("Ces sites sont gérés par une agence qui utilise l'IA pour produire des textes en masse.",
                 "fr", marks=pytest.mark.xfail(strict=True, reason="the maker's shape (review 1 R6)")),
    ("Ce site appartient à une société qui utilise l'IA pour produire des contenus en masse.", "fr"),
    # https://dispatch.iotexec.com/2024/03/17/lintelligence-artificielle-generative-une-menace-pour-linformation-fiable
    ("Certains de ces sites utilisent l’IA pour véhiculer de fausses informations, trompant ainsi "
     "des décideurs et des internautes.", "fr"),
    # http://www.puisonsensemble.org/enquete-sur-google-le-regne-des-sites-generes-par-ia_7154736.html
    ("En réalité, derrière cette apparente rédaction, se cache une seule personne exploitant "
     "l’intelligence artificielle.", "fr"),
    # http://markseton.co.uk/2022/12/21/ai-image-generation-with-midjourney/
    ("One company at the forefront of this technology is Midjourney, which uses AI to generate "
     "high-quality, photo-realistic images.", "en"),
])
def test_third_party_practice_is_a_story(text, lang):
    assert find_disclosures(fold(text), lang) == ()


@pytest.mark.parametrize("text, act", [
    ("Nous utilisons l'IA pour résumer cet article.", "summarised"),  # the newsroom, this content
    ("Cet article a été rédigé par notre rédaction, qui utilise l'IA pour le traduire.", "translated"),
    ("Cet article a été rédigé par un journaliste qui a utilisé l'IA.", "assisted"),  # a past act
    ("Cette page présente un résumé qui a été généré par l'IA.", "summarised"),  # content antecedent
    ("Cet article, qui a été traduit par DeepL, a été relu par la rédaction.", "translated"),
    ("Texte traduit par DeepL.", "translated"),  # a label, its object implicit
    # review 1 R6 (c1, b2, c8, c9): the relative's antecedent is the agent that makes this
    # content, its own tool or team
    ("Cette newsletter est préparée par un outil qui utilise l'IA.", "assisted"),
    ("Cette newsletter est préparée par un outil qui utilise l'IA, puis relue par la rédaction.", "assisted"),
    ("Ce site est géré par une petite équipe qui utilise l'IA pour rédiger une partie des articles.", "assisted"),
    ("Ce blog est tenu par une passionnée qui utilise ChatGPT pour corriger ses textes.", "assisted"),
])
def test_own_disclosures_still_read(text, act):
    (reading,) = find_disclosures(fold(text), "fr")
    assert reading.act == act


# 37a r5 (fr38, a personal blog): its own statement is read. The image's credit under it
# ("Un robot en train de peindre par Midjourney") is a caption by structure only (a
# <figcaption>); pasted, it is a short line like a headline ("Le rachat de la start-up par
# Midjourney", review 1 R7) and is not read.
def test_r5_blog_images_are_disclosed():
    found = _ai001((_REPRO / "r5_ai001_blog_images.txt").read_text(encoding="utf-8"))
    assert [(f["evidence"]["act"], f["evidence"]["scope"], f["evidence"]["form"]) for f in found] == \
        [("illustrated", "image", "statement")]


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
    assert _ai001(text) == []


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
