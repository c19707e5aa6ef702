"""Round 40's citation leftovers. (1) AI001: a making act whose doer is a person of the
newsroom, wherever that person stands (the subject before the act with the content as a
pronoun, «Ce texte, notre journaliste l'a rédigé avec ChatGPT»; the act's own agent after it,
«rédigé par notre journaliste avec l'IA»), makes the AI linked to it a help: "assisted", not
"generated". (2) A quotation its paragraph leaves open, the next paragraph not carrying it on,
ends at the last closing mark of its kind that closed a quotation opened inside it: one of the
two openings was stray (round 28a fr25, round 30b fr14, round 13b fr23, real paragraphs)."""

from __future__ import annotations

import pytest

from audit.extract.attributions import _quotations_of, find_attributions
from audit.lexicon import fold
from audit.segment.disclosure import find_disclosures
from tests.attribution_reading import vague
from tests.blind_reading import ROUNDS


def _acts(text: str, lang: str) -> list[str]:
    return [r.act for r in find_disclosures(fold(text), lang)]


# -- (1) AI001: a person made it, AI their tool ---------------------------------------------

@pytest.mark.parametrize("text,lang", [
    # the act's own agent, then the AI (the task's forms; no real wording of it was found)
    ("This story was written by our reporter with ChatGPT.", "en"),
    ("This story was written by our reporter with AI tools.", "en"),
    ("Ce texte a été rédigé par notre journaliste avec l'IA.", "fr"),
    ("Ce texte a été rédigé par notre journaliste avec des outils d'IA.", "fr"),
    # the person the subject, the content a pronoun or before a colon or comma
    ("This story: our reporter wrote it using AI tools.", "en"),
    ("This article, our reporter wrote it using ChatGPT.", "en"),
    ("Ce texte, notre journaliste l'a rédigé avec ChatGPT.", "fr"),
    # already assisted: kept
    ("Notre journaliste a rédigé cet article à l'aide d'outils d'IA.", "fr"),
    ("The reporter used AI to help write this story.", "en"),
    # real wordings (souslepaillasson.com, kaleidocreative.com): a writer's own help
    ("Je rédige mes articles avec l’aide de l’intelligence artificielle, en particulier ChatGPT.", "fr"),
    ("Written in collaboration with artificial intelligence (ChatGPT-4). Edited by a human.", "en"),
])
def test_a_person_made_it_ai_assisted(text, lang):
    assert _acts(text, lang) == ["assisted"]


@pytest.mark.parametrize("text,lang", [
    # AI made it; the staff's act (reviewing, editing) is another
    ("This article was generated using AI and reviewed by our staff.", "en"),
    ("Cet article a été généré par IA et relu par notre rédaction.", "fr"),
    ("Ce texte a été rédigé par l'IA et relu par notre journaliste.", "fr"),
    ("This story was written by ChatGPT and edited by our reporter.", "en"),
    # the person is not the doer: in the AI's input, or the AI the subject
    ("This article was written by AI with our reporter's notes.", "en"),
    ("ChatGPT wrote this article using our reporting notes.", "en"),
    ("Our team's AI tool wrote this article.", "en"),
    # a passive's subject is what was made
    ("Our reporter's notes for this article were transcribed by AI.", "en"),
    ("Cet article a été rédigé avec ChatGPT.", "fr"),
    # real wording (pulseaugur.com): a summary's credit
    ("Summary written by gemini-2.5-flash-lite from 1 source.", "en"),
])
def test_ai_made_it_stays_generated(text, lang):
    assert _acts(text, lang) in (["generated"], ["summarised"])


@pytest.mark.parametrize("text", [
    # real stories about others' use (futureproof.university, thetimes.co.uk): no disclosure
    "He confessed to using AI to generate content for the reading list, without verifying the recommendations.",
    "A friend fed a council committee paper into ChatGPT and asked it to write a news story based upon "
    "the contents, which he then sent to our local paper.",
    # "the story" is no content of this page: still nothing (the task's sentence)
    "Our reporter wrote the story using AI tools.",
])
def test_others_use_is_no_disclosure(text):
    assert _acts(text, "en") == []


# -- (2) a stray or doubled guillemet -------------------------------------------------------

def _paragraph(path: str, opening: str) -> tuple[str, int, int]:
    text = (ROUNDS / path).read_text(encoding="utf-8")
    at = text.index(opening)
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return text, lo, len(text) if hi < 0 else hi


def test_doubled_opening_before_a_speaker_ends_at_the_last_closing():
    # round 13b fr23: «« Il nous faut … Europe”, a expliqué le président Laurent Wauquiez,
    # « C'est le sens … d'acheter chez nous ».» (the first closed by a wrong mark)
    text, lo, hi = _paragraph("round13b/inputs/fr23_regionsfrance.txt", "« Il nous faut créer")
    found = find_attributions(text, [(lo, hi)])
    spans = _quotations_of(text, [(lo, hi)], found)
    assert [(text[s:s + 14], text[e - 10:e + 1], o.name) for s, e, o in spans] == \
        [("« Il nous faut", "chez nous »", "président")]


@pytest.mark.parametrize("text,expected", [
    # round 30b fr14's form: a doubled « inside, the inner closed by ″; the quotation ends at
    # its last », the vague phrase after it is found
    ("Le maire Jean Dupont a déclaré : « La Charente-Maritime a été « très touchée » avec 140.000 "
     "clients privés de courant, mais « on devrait descendre assez vite sous les 100.000″, et 30.000 "
     "en Sarthe ». Selon des sources policières, l'enquête avance.", ["Selon des sources"]),
    # round 28a fr25's form: a forgotten », then a new « after the speaker's words
    ("Le maire Jean Dupont a déclaré : « Je me souviens de l'événement que c'était. « La course "
     "cycliste attirait du monde ». Selon des sources policières, la fête reviendra.", ["Selon des sources"]),
    # negatives: a vague phrase inside stays the speaker's; a next paragraph opening with «
    # still carries the quotation on (the press convention)
    ("Le maire Jean Dupont a déclaré : « Je me souviens, selon des témoins, de l'événement. « La "
     "course attirait du monde ». Il est parti.", []),
    ("Jean Dupont a déclaré : « Nous ferons tout « pour les familles ».\n\n« Selon des sources "
     "policières, le bilan pourrait s'alourdir. »", []),
])
def test_stray_guillemet_ends_at_the_last_closing(text, expected):
    assert vague(text) == expected


# -- review L of round 40: what the two changes must not take --------------------------------

@pytest.mark.parametrize("text,lang,act", [
    # a more specific act is kept: the AI voiced, the person only made the version
    ("This audio version was created by our team with an AI voice.", "en", "voiced"),
    # the AI made the footage ("AI-generated"): the person's producing does not make it help
    ("This video was produced by our team with AI-generated footage.", "en", "generated"),
    # the act's verb is "generate": the AI's own making, whoever is named
    ("This article was generated by our newsroom with ChatGPT.", "en", "generated"),
    ("Ce texte, notre équipe l'a généré avec l'intelligence artificielle.", "fr", "generated"),
])
def test_a_person_named_keeps_a_specific_or_generate_act(text, lang, act):
    assert _acts(text, lang) == [act]


@pytest.mark.parametrize("text", [
    # the writer forgot the final »: the inner quotation closed mid-sentence, the speaker's
    # words go on to the paragraph's end (review L, q_b)
    "Michaël Quernez a déclaré : « Le rapport de la préfecture parle d'une « situation critique » "
    "sur les quais. D'après certains experts, la digue ne tiendra pas une nouvelle tempête, et selon "
    "des sources proches du dossier, l'État refuse de financer les travaux\n\nLes commerçants ont "
    "commencé à déménager leurs stocks dans l'après-midi.",
    # the quotation goes on in a dialogue paragraph opened by a dash (review L, q_c)
    "Michaël Quernez a déclaré : « Le rapport de la préfecture parle d'une « situation critique » "
    "sur les quais. D'après certains experts, la digue ne tiendra pas une nouvelle tempête, et selon "
    "des sources proches du dossier, l'État refuse de financer les travaux.\n\n— Nous allons donc "
    "lancer nous-mêmes un appel d'offres dès cet été, a-t-il ajouté. »\n\nLes commerçants ont "
    "commencé à déménager leurs stocks dans l'après-midi.",
    # the dash paragraph itself holds the speaker's vague words
    "Michaël Quernez a déclaré : « Le rapport parle d'une situation critique.\n\n— Selon certains "
    "experts, la digue ne tiendra pas, a-t-il ajouté. »",
])
def test_an_open_quotation_the_words_go_on_after_is_kept(text):
    assert vague(text) == []


@pytest.mark.parametrize("text,expected", [
    # an inner closing mark a speaker's incise follows closed both: the narration after is not quoted
    ("Le maire Jean Dupont a déclaré : « Le rapport parle d'une « situation critique », a-t-il "
     "déclaré. Selon des sources policières, l'enquête avance.", ["Selon des sources"]),
    # a dash paragraph after a closed quotation carries nothing on
    ("Jean Dupont a déclaré : « Nous ferons tout. »\n\n— Selon des sources policières, le bilan "
     "pourrait s'alourdir.", ["Selon des sources"]),
])
def test_an_open_quotation_closed_before_narration(text, expected):
    assert vague(text) == expected
