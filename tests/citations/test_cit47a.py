"""CIT004 after round 47a (issue 7, session 47): the trades of money as unnamed speakers after a
speech verb or «selon» («», affirme un banquier romand», fr09 Le Temps), and the inverted hedge
«apprend-on» after a comma, from the press as a whole («…, apprend-t-on dans la presse
dominicale»). Negatives are real wording: «Qu'apprend-on dans ce texte ?» is a question on
exercise sheets in the code corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.attributions import find_attributions
from tests.citations.reading import rules

REPRO = Path(__file__).parent.parent / "data" / "blind_rounds" / "round47a" / "repro"


def _found(sentence: str) -> list[str]:
    return [a.text for a in find_attributions(sentence, [(0, len(sentence))]) if a.vague]


@pytest.mark.parametrize("name, expected", [
    ("r02b_banquier_affirme.txt", True),      # «», affirme un banquier romand.»
    ("r02g_banquier_anonymat.txt", True),     # «», affirme un banquier genevois qui a requis l'anonymat»
    ("r02f_responsable_control.txt", True),
    ("r02c_apprendton_presse.txt", True),     # «apprend-t-on dans la presse dominicale»
    ("r02d_apprendon_presse.txt", True),
    ("r02e_selon_presse.txt", True),
    ("r02h_apprendon_sources.txt", True),
    pytest.param("r02a_banquier_tempete.txt", True, marks=pytest.mark.xfail(strict=True, reason=(
        "«Il faut dire non! tempête un banquier romand. Il est faux…»»: the incise stands inside a "
        "quotation that closes two sentences later, so it reads as the quotation's words; the same "
        "shape with «un responsable syndical» is silent too"))),
])
def test_round_47a_repros(name, expected):
    text = (REPRO / name).read_text(encoding="utf-8")
    assert ("CIT004" in rules(text, name)) is expected, name


def test_a_banker_unnamed_after_a_speech_verb_or_selon():
    assert _found("«Il faut dire non!», affirme un banquier romand.") == ["affirme un banquier"]
    assert _found("Selon un banquier genevois, le secret bancaire est mort.") == ["Selon un banquier"]
    assert _found("«Le marché a paniqué», confie un trader parisien.") == ["confie un trader"]


def test_a_banker_named_or_credited_or_no_speech_stays_silent():
    assert _found("«Il faut dire non!», affirme un banquier de l'UBS.") == []
    assert _found("«Il faut dire non!», affirme un banquier romand, Jean Dupont.") == []
    assert _found("Un banquier, Jean Dupont, affirme que le secret est mort.") == []
    assert _found("Un banquier a été arrêté à Genève.") == []
    # a vox pop stays one: shopkeepers speak of their own experience (review 2 of round 20)
    assert _found("« Il faut dire non », lance un commerçant.") == []


def test_apprend_on_from_the_press():
    assert _found("Le secret est mort, apprend-t-on dans la presse dominicale.") == [
        "apprend-t-on dans la presse dominicale"]


def test_apprend_on_with_its_source_or_as_a_question_stays_silent():
    assert _found("Le secret est mort, apprend-on dans Le Monde.") == []
    assert _found("Le secret est mort, apprend-on auprès de l'Association suisse des banquiers.") == []
    assert _found("Qu'apprend-on dans ce texte sur la prévision des éruptions volcaniques ?") == []
    assert _found("Des banquiers redoutent de quitter leur pays, comme on l'apprend en classe.") == []



# -- a poll's sample (round 47a fr01, blogdumoderateur: «79% des personnes interrogées se disent
# irritées par la publicité à la radio», the CSA survey's respondents) --------------------------

@pytest.mark.parametrize("name, expected", [
    ("r04a_pct_interrogees.txt", False),   # its share before it: «79% des»
    ("r04c_csa_same_sentence.txt", False),  # «Selon l’étude de l’institut CSA, 79% des…»
    ("r04b_nopct.txt", True),               # no share, no poll said: interviewees no one names
])
def test_round_47a_poll_repros(name, expected):
    text = (REPRO / name).read_text(encoding="utf-8")
    assert ("CIT004" in rules(text, name)) is expected, name


def test_a_polls_sample_with_its_share_or_its_poll_is_a_result():
    # 20minutes.fr/france/144080-20070307-francais-aiment-les-sondages-selon-sondeurs (pages corpus)
    assert _found("Ainsi, 62 % des personnes interrogées estiment que le nombre de sondages publiés dans "
                  "les médias est suffisant, et 59 % considèrent qu'ils reflètent bien l'opinion publique.") == []
    assert _found("Un sondage Ifop a été publié lundi. Des personnes interrogées se disent inquiètes pour "
                  "leur pouvoir d'achat.") == []
    assert _found("Selon 62 % des personnes sondées, le gouvernement doit démissionner.") == []


def test_interviewees_with_no_share_and_no_poll_stay_vague():
    # round 27b fr16's shapes; a police inquiry is no poll
    assert _found("Selon plusieurs personnes interrogées, le syndicat verrouille le sujet.") != []
    assert _found("Absolument toutes les personnes interrogées ont dénoncé, en off, le « verrou » du "
                  "syndicat.") != []
    assert _found("Dans le cadre de l'enquête, plusieurs personnes interrogées ont affirmé avoir vu le "
                  "suspect.") != []
