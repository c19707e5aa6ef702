"""Round 37's AI001 verdicts (helper ai37): a third party's present practice, told in a
relative clause after this content's noun, is a story about AI; a blog's "mes posts" are its
content; a caption closed by "par/by/von/via" and an image generator's name credits the
image to it."""
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
def test_r1_story_about_fake_sites_is_no_disclosure():
    assert _ai001((_REPRO / "r1_ai001_story_about_ai.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("text, lang", [
    ("Ces faux sites web d'actualités sont souvent dirigés par une seule personne, qui utilise "
     "l'IA dans l'espoir de générer des revenus publicitaires.", "fr"),
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
])
def test_own_disclosures_still_read(text, act):
    (reading,) = find_disclosures(fold(text), "fr")
    assert reading.act == act


# 37a r5 (fr38, a personal blog): its own statement and an image's credit.
def test_r5_blog_images_are_disclosed():
    found = _ai001((_REPRO / "r5_ai001_blog_images.txt").read_text(encoding="utf-8"))
    assert [(f["evidence"]["act"], f["evidence"]["scope"], f["evidence"]["form"]) for f in found] == \
        [("illustrated", "image", "statement"), ("illustrated", "image", "caption")]


@pytest.mark.parametrize("text, lang", [
    ("Un robot en train de peindre par Midjourney", "fr"),
    ("A cat astronaut floating in space by Midjourney", "en"),
    # a repository's README (find_string "by DALL-E"): the logo's credit
    ("Alternate logo of Limopola in text by DALL-E 3", "en"),
    ("Portrait of a woman via Stable Diffusion", "en"),
    ("Ein Roboter beim Malen von Midjourney", "de"),
])
def test_caption_credited_to_an_image_generator(text, lang):
    (reading,) = find_disclosures(fold(text), lang)
    assert (reading.form, reading.act, reading.scope) == ("caption", "illustrated", "image")


@pytest.mark.parametrize("text, lang", [
    ("Midjourney lance une nouvelle version", "fr"),
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
