"""Round 32's AI001 policy sentence, SEG002 furniture wordings and CIT004's timed toll (helper
r32ai): a negated rule about AI images is no caption, a subscribe prompt is known by its verb and
object as a sentence of its own (or glued to a form's word), a toll dated by its hour names no
one. The round's AI001 tests are in tests/ai/, its CIT004 test in tests/citations/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _found(text: str, rule: str, published: str | None = None) -> list[str]:
    result = audit_document(text, "x.txt", published=published)
    return [text[f["start"]:f["end"]] for f in result["findings"] if f["rule"] == rule]


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
