"""Round 32's AI001 policy sentence, SEG002 furniture wordings and CIT004's timed toll (helper
r32ai): a negated rule about AI images is no caption, a subscribe prompt is known by its verb and
object as a sentence of its own (or glued to a form's word), a toll dated by its hour names no
one."""
from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures


def _found(text: str, rule: str, published: str | None = None) -> list[str]:
    result = audit_document(text, "x.txt", published=published)
    return [text[f["start"]:f["end"]] for f in result["findings"] if f["rule"] == rule]


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


# The brief's two standing wordings: both name this content, both disclose; an institution's
# practice does not ("we use AI to help our journalists").
@pytest.mark.parametrize("text, expected", [
    ("I used ChatGPT to draft parts of this report.", True),
    ("I use AI to help write this newsletter.", True),
    ("We use AI to help our journalists.", False),
])
def test_standing_first_person_disclosures(text, expected):
    assert bool(find_disclosures(fold(text), "en")) is expected


_LEDE = "AbbVie is set to acquire Shire in a deal worth $54.5 billion, the companies said.\n\n"
_MORE = "\n\nThe deal remains subject to regulatory approval.\n"


# 32b r02 (en01_pymnts): a form's checkbox value glued to the prompt, a prompt naming another
# publisher's newsletter, a registration wall's prompt
@pytest.mark.parametrize("line, phrase", [
    ("yesSubscribe to our daily newsletter, PYMNTS Today.", "Subscribe to our daily newsletter"),
    ("Want more news? Subscribe to CPI’s free daily newsletter for more headlines and updates on "
     "antitrust developments around the world.",
     "Subscribe to CPI’s free daily newsletter for more headlines and updates on antitrust "
     "developments around the world."),
    ("Complete the form to unlock this article and enjoy unlimited free access to all PYMNTS content.",
     "Complete the form to unlock this article"),
    # the same mechanisms in other words
    ("Shares of Shire rose 3% in London on the news. Subscribe to the Morning Brief newsletter for "
     "the day's top stories.",
     "Subscribe to the Morning Brief newsletter for the day's top stories."),
    ("checkedSubscribe to our weekly business newsletter", "Subscribe to our weekly business newsletter"),
])
def test_subscribe_prompts_in_the_body(line, phrase):
    assert _found(_LEDE + line + _MORE, "SEG002") == [phrase]


@pytest.mark.parametrize("line", [
    "The Financial Times launched a new daily newsletter on Monday, and readers can subscribe to "
    "the paper's newsletter from its website.",
    "The council said residents could subscribe to the town's weekly newsletter at the library.",
    "deGrasse Tyson said the mission would subscribe to no single theory.",
])
def test_a_story_about_a_newsletter_is_no_furniture(line):
    assert _found(_LEDE + line + _MORE, "SEG002") == []


_LEDE_PT = ("O vice-presidente da autarquia reconhece a questão, mas refere que “não temos condições "
            "para de imediato resolver tudo”, e promete obras no próximo ano.\n\n")


# 32b r03 (pt01_omirante): the subscription's pitch, the related box's heading and its loader
@pytest.mark.parametrize("line", [
    "Assine O Mirante e receba o jornal em casa",
    "Mais Notícias",
    "A carregar...",
    "Subscreva a nossa newsletter",  # the same pitch in other words
])
def test_portuguese_furniture_lines(line):
    text = _LEDE_PT + line + "\n\nA Câmara vai continuar a investir na recuperação do palácio.\n"
    assert _found(text, "SEG002") == [line]


def test_a_portuguese_story_about_subscriptions_is_no_furniture():
    text = _LEDE_PT + ("O jornal lançou uma nova newsletter e os leitores podem assinar o serviço "
                       "no site a partir de segunda-feira.\n")
    assert _found(text, "SEG002") == []


_BUS = "Un autocar s'est renversé mardi matin sur une bretelle d'autoroute à Mulhouse, faisant deux morts et 32 blessés, "


# 32a r8: a toll dated by its hour is as vague as "selon un dernier bilan"; whose, said after it, names it
@pytest.mark.parametrize("tail, vague", [
    ("selon un bilan à la mi-journée.", "selon un bilan à la mi-journée"),
    ("selon un bilan de 18 heures.", "selon un bilan de 18 heures"),
    ("selon un bilan à 16h GMT communiqué par la préfecture.", None),
    # a real page's owner after the hour (round 17b, fr18, newsassurancespro)
    ("selon un bilan établi à 09h GMT par EDF.", None),
    ("selon un bilan de 18 heures de la préfecture.", None),
    ("selon le bilan de la préfecture.", None),
])
def test_a_toll_dated_by_its_hour(tail, vague):
    found = _found("Accident d'un car à Mulhouse\n\n" + _BUS + tail + "\n", "CIT004")
    assert found == ([vague] if vague else [])
