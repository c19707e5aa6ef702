"""Blind round 38 (2026-12-07): CIT004 on a count whose participle's agent stands past a date
(38a r2), on a hedge inside a multi-sentence quotation in straight double quotes (38a r3), and a
miss on counted sources as the subject of an imperfect speech verb (38a r1). The tester's repro
texts, and negatives for what each cue must not catch."""

from __future__ import annotations

import pytest

from audit.extract.attributions import _straight_quotations
from tests.attribution_reading import vague
from tests.blind_reading import codes as _codes, repro as _repro


def _cit004(text: str) -> list[str]:
    return [span for rule, span in _codes(text) if rule == "CIT004"]


# -- a count's agent past a date or a place (r2) ---------------------------------------------

_TOLL = "Au moins 132 personnes sont mortes, selon un nouveau bilan provisoire "


def test_count_given_on_a_date_by_named_authorities():
    # 38a r2 (fr08, France 24): "… communiqué samedi 4 novembre par les autorités népalaises"
    assert _cit004(_repro("round38a/r2_cit004")) == []


@pytest.mark.parametrize("rest", [
    "communiqué le 4 novembre par les autorités népalaises.",
    "communiqué dans la nuit par les autorités népalaises.",
    "publié dans la nuit de vendredi à samedi par la préfecture.",
    "communiqué en fin de journée par le ministère de l'Intérieur.",
    "communiqué samedi à Saint-Denis par la préfecture.",
    "transmis jeudi soir par les pompiers.",
])
def test_count_named_by_its_agent_past_a_time_or_place(rest):
    assert vague(_TOLL + rest) == []


@pytest.mark.parametrize("rest,expected", [
    ("publié samedi 4 novembre.", ["selon un nouveau bilan provisoire"]),
    # the agent is no one named, and the count is vague with it
    ("communiqué samedi 4 novembre par des sources locales.",
     ["selon un nouveau bilan provisoire", "par des sources locales"]),
    # "par" past a comma is no agent of the count's participle
    ("publié samedi, en hausse par rapport à la veille.", ["selon un nouveau bilan provisoire"]),
])
def test_count_still_vague_with_no_agent_named(rest, expected):
    assert [v.replace(" provisoire", "") for v in vague(_TOLL + rest)] == \
        [e.replace(" provisoire", "") for e in expected]


def test_a_date_between_a_speech_verb_and_its_described_source():
    # the same time words stand between an incise's verb and its subject
    # ("a déclaré lundi à l'AFP un haut responsable" was read before)
    assert vague("Le suspect a été relâché, a indiqué samedi 4 novembre à l'AFP un haut "
                 "responsable.") == ["a indiqué samedi 4 novembre à l'AFP un haut responsable"]
    assert vague("Le suspect a été relâché, a indiqué dans la nuit à l'AFP un haut "
                 "responsable.") == ["a indiqué dans la nuit à l'AFP un haut responsable"]
    # a named one after the same words
    assert vague("Le suspect a été relâché, a indiqué samedi 4 novembre à l'AFP le procureur "
                 "Jean Dupont.") == []


# -- a hedge in a straight-quoted quotation a named speaker closes (r3) ----------------------

def test_hedge_inside_a_multi_sentence_straight_quotation():
    # 38a r3 (fr27, TF1 Info): "\"… il semblerait qu'il y ait un poids lourd… . … . …\",
    # explique Cyril Durand, dépanneur."
    assert _cit004(_repro("round38a/r3_cit004")) == []


@pytest.mark.parametrize("text", [
    # led in by the named speaker, French spaced marks
    'Le maire Jean Dupont a déclaré : " Le chantier avance. Il semblerait que le coût double. '
    'Nous verrons bien. "',
    '"Le chantier avance. Il semblerait que le coût double. Nous verrons", explique Jean Dupont.',
])
def test_hedge_is_the_named_speakers(text):
    assert _cit004(text) == []


@pytest.mark.parametrize("text", [
    # the hedge stands outside the quotation
    '"Le chantier avance. Nous verrons", explique Jean Dupont. Il semblerait que le coût '
    'double. Le maire ne dit rien.',
    # an inch mark leaves the paragraph's straight marks unpaired: nothing is swallowed
    'Un écran 27" a été posé en mairie. Il semblerait que le coût double. "Le chantier avance. '
    'Nous verrons", explique Jean Dupont.',
    # a quotation the paragraph does not close is not followed into the next one
    '"Le chantier avance. Il semblerait que le coût double. Nous verrons.\n\n'
    'Le maire ne dit rien", explique Jean Dupont.',
    # no one named closes it
    '"Le chantier avance. Il semblerait que le coût double. Nous verrons", explique-t-on.',
])
def test_hedge_outside_a_named_straight_quotation_stays_vague(text):
    assert "il semblerait" in [v.lower() for v in vague(text)]


@pytest.mark.parametrize("paragraph,quotes", [
    ('Il dit "oui" puis "non".', ['"oui"', '"non"']),
    ('" Trente ans, une génération ", reconnaît le maire.', ['" Trente ans, une génération "']),
    ('Un écran 27" et un écran 32" ont été posés, "enfin", dit-il.', []),  # inch marks
    ('Il dit "oui. Puis rien.', []),  # unbalanced
])
def test_straight_quotations_pair_only_when_every_mark_does(paragraph, quotes):
    pairs = _straight_quotations(paragraph, 0, len(paragraph))
    assert [paragraph[a:b + 1] for a, b in pairs] == quotes


# -- counted sources as the subject of an imperfect speech verb (r1) -------------------------

def test_several_sources_told_the_agency():
    # 38a r1 (fr14, AFP): "Plusieurs sources indiquaient depuis lundi à l'AFP que…": the AFP is
    # the outlet told, not the source
    assert _cit004(_repro("round38a/r1_cit004")) == ["Plusieurs sources indiquaient"]


@pytest.mark.parametrize("text,expected", [
    ("Deux sources proches du dossier précisaient mardi soir à Reuters que l'accord était imminent.",
     ["Deux sources proches du dossier"]),
    ("Des sources indiquaient que la garde à vue serait levée.", ["Des sources indiquaient"]),
    ("Trois sources déclaraient à l'AFP que le ministre partirait.", ["Trois sources déclaraient"]),
    # sources of something, a credit line, a named subject, no reported clause
    ("Plusieurs sources d'énergie indiquaient une hausse de la production.", []),
    ("Sources : AFP, Reuters.", []),
    ("Des sources lumineuses indiquaient la sortie de secours aux spectateurs.", []),
    ("Les enquêteurs de la police judiciaire précisaient que le suspect avait été interpellé.", []),
    ("Les panneaux indiquaient que la route était fermée depuis lundi.", []),
])
def test_counted_sources_as_subject(text, expected):
    assert vague(text) == expected
