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
    assert _found("Selon 62 % des personnes sondées, le gouvernement doit démissionner.") == []
    # review of r47a, probes3 (sentences from 20minutes.fr's Ifop/Elabe poll stories, changed)
    assert _found("Selon un sondage Elabe pour BFMTV, 54 % des sondés jugent la réforme injuste.") == []
    assert _found("Les résultats de l'enquête d'opinion sont nets : la majorité des répondants se disent "
                  "inquiets.") == []


@pytest.mark.xfail(strict=True, reason=(
    "a poll named in the sentence before, with no share before the sample: the poll-word path "
    "(«sondage», «étude», «panel», «CSA»… in the sentence or the one before) was removed after the "
    "review of r47a: those words have other senses («l'étude du dossier», the CSA regulator, a panel "
    "of experts) and a reporter's vox pop follows a poll's figure as often, 12 wrong silences"))
def test_a_polls_sample_after_its_poll_named_with_no_share():
    assert _found("Un sondage Ifop a été publié lundi. Des personnes interrogées se disent inquiètes pour "
                  "leur pouvoir d'achat.") == []


def test_interviewees_with_no_share_and_no_poll_stay_vague():
    # round 27b fr16's shapes; a police inquiry is no poll
    assert _found("Selon plusieurs personnes interrogées, le syndicat verrouille le sujet.") != []
    assert _found("Absolument toutes les personnes interrogées ont dénoncé, en off, le « verrou » du "
                  "syndicat.") != []
    assert _found("Dans le cadre de l'enquête, plusieurs personnes interrogées ont affirmé avoir vu le "
                  "suspect.") != []


# Review of r47a (P1): a poll word nearby, in another sense or before a reporter's own vox pop, does
# not make interviewees a poll's sample: each fired on main and must still fire.
@pytest.mark.parametrize("text", [
    "Le CSA a sanctionné la chaîne la semaine dernière. Selon des personnes interrogées, la direction était "
    "prévenue depuis des mois.",
    "La BVA de Lyon a fermé ses portes en mars. Des salariés interrogés affirment que la direction savait "
    "depuis un an.",
    "Une étude de l'Insee montre que le chômage recule. Selon des habitants interrogés, les usines du bassin "
    "ferment pourtant une à une.",
    "Le panel d'experts rendra son avis en juin. Selon des parents interrogés, la réforme des rythmes "
    "scolaires est déjà abandonnée.",
    "Le questionnaire de la police a été envoyé aux témoins. Selon des personnes interrogées, le suspect "
    "était connu du quartier.",
    "Selon des parents interrogés à la sortie de l'école, les études de leurs enfants pâtissent de la grève.",
    "Selon des électeurs interrogés sur le marché, les sondages ne reflètent pas l'ambiance du terrain.",
    "Le panel de la conférence a débattu deux heures. Des habitants interrogés affirment que la réunion était "
    "verrouillée.",
    "Le lycée prépare les élèves aux études supérieures. Des élèves interrogés affirment que les professeurs "
    "manquent depuis la rentrée.",
    "La réforme est rejetée par 62 % des Français, selon un sondage Ifop publié jeudi.\n\nDans les rues de "
    "Lille, des habitants interrogés affirment que la mesure ne changera rien.",
    "Le juge a ordonné un panel de contrôle. Selon des employés interrogés, les cadences ont doublé.",
    "L'étude du dossier a pris trois mois. Selon des clients interrogés, l'agence n'a jamais répondu.",
])
def test_interviewees_near_a_poll_word_stay_vague(text):
    assert _found(text) != []


@pytest.mark.xfail(strict=True, reason=(
    "review of r47a (P3): the outlet named after the press as a whole («notamment dans Le Soir») "
    "should credit the hedge; a look-ahead past the hedge in the lexicon makes the attribution "
    "screen search line by line (tests/test_lexicon.py), and _hedges_named knows only named "
    "attributions, which «dans Le Soir» is not"))
def test_apprend_on_from_the_press_then_the_outlet_named():
    assert _found("Le directeur général quittera ses fonctions en juin, apprend-on dans la presse belge, "
                  "notamment dans Le Soir.") == []


def test_apprend_on_from_the_national_press():
    assert _found("Le directeur général quittera ses fonctions en juin, apprend-on dans la presse belge.") == [
        "apprend-on dans la presse belge"]
    assert _found("Le club serait sur le point de recruter un nouvel entraîneur, apprend-on dans la presse "
                  "sportive.") == ["apprend-on dans la presse"]
