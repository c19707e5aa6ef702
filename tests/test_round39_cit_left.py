"""Round 39 (2026-12-07): the two gaps review 1 of round 38 left in CIT004's reading of
attributions. (1) Every quotation of a paragraph is read, each owned by its own speaker,
whatever its marks (“…”, «…», "…"), nested ones and one going on in the next paragraph too:
the curly and French path read only the first. (2) A described speaker reached through a
document of their words ("selon le bilan de son entourage") is as vague as standing alone,
while "selon le bilan de la préfecture" stays named. Shapes after real press wording
(guineetime.info on the 2015 Paris toll: two ministers quoted in turn, «Selon le dernier bilan
dont nous disposons…»; pressafrik.com «selon le bilan provisoire des sapeurs-pompiers»;
europe1.fr «Selon le dernier bilan dressé par le procureur de Paris»)."""

from __future__ import annotations

import pytest

from audit.extract.attributions import _paragraph_quotations
from tests.attribution_reading import read, vague


# -- (1) every quotation of a paragraph, its own speaker ------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the named speaker's second quotation is his, whatever the marks
    ("Une source proche du dossier a confié : « Rien n'est décidé. » Le ministre Jean Dupont "
     "a ajouté : « Selon des experts, la situation est grave. »",
     ["Une source proche du dossier"]),
    ("Une source proche du dossier a confié : “Rien n'est décidé.” Le ministre Jean Dupont "
     "a ajouté : “Selon des experts, la situation est grave.”",
     ["Une source proche du dossier"]),
    ("Jean Dupont a déclaré : « Nous ferons tout. » Puis il a ajouté : « Selon certains "
     "experts, la situation est grave. »", []),
    # negatives: the unnamed speaker's own quotation stays vague, first or second
    ("Le ministre Jean Dupont a déclaré : « Nous ferons tout. » Une source proche du dossier "
     "a ajouté : « Selon des sources internes, rien n'est décidé. »",
     ["Une source proche du dossier", "Selon des sources"]),
    ("Le ministre Jean Dupont a déclaré : “Nous ferons tout.” Une source proche du dossier "
     "a ajouté : “Selon des sources internes, rien n'est décidé.”",
     ["Une source proche du dossier", "Selon des sources"]),
    # a quotation nested in a named speaker's is his
    ("Jean Dupont a déclaré : « On m'a dit “ selon des sources policières, rien n'est "
     "décidé ” et je le crois. »", []),
    # an unnamed person's quotation naming someone inside stays vague (review 1, c2v)
    ("Un habitant raconte : « Selon des sources à la mairie, l'école fermera en juin. Le maire "
     "Jean Dupont a dit le contraire en réunion, mais personne ne le croit. »",
     ["Selon des sources"]),
])
def test_each_quotation_has_its_own_speaker(text, expected):
    assert vague(text) == expected


def test_quotation_going_on_in_the_next_paragraph():
    # French style: each paragraph of the quotation opens with «, only the last closes
    text = ("Jean Dupont a déclaré : « Nous ferons tout pour les familles.\n\n"
            "« Selon des sources policières, le bilan pourrait s'alourdir. »\n\n"
            "Selon des sources policières, douze personnes sont mortes.")
    found = [a for a in read(text) if a.vague]
    assert [a.text for a in found] == ["Selon des sources"]
    assert found[0].start > text.index("»")  # the one after the quotation closes


@pytest.mark.parametrize("paragraph,pairs,open_at", [
    ("« a » puis « b »", [(0, 4), (11, 15)], -1),
    ("« a “ b ” c »", [(0, 12), (4, 8)], -1),
    ('“a” and "b" and «c', [(0, 2), (8, 10)], 16),
    ("« a » et un 27” écran", [(0, 4)], -1),  # a closing mark with no opening is skipped
])
def test_paragraph_quotations(paragraph, pairs, open_at):
    assert _paragraph_quotations(paragraph, 0, len(paragraph)) == (pairs, open_at)


# -- (2) a described speaker through a document of their words ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Au moins 12 personnes sont mortes, selon le bilan de son entourage.",
     ["selon le bilan de son entourage"]),
    ("Au moins 12 personnes sont mortes, selon le bilan de l'entourage du ministre.",
     ["selon le bilan de l'entourage"]),
    ("La réunion est reportée, d'après un communiqué de son entourage.",
     ["d'après un communiqué de son entourage"]),
    ("Au moins 12 personnes sont mortes, selon les premières informations de son entourage.",
     ["selon les premières informations de son entourage"]),
    ("Au moins 12 personnes sont mortes, selon un dernier bilan de son entourage.",
     ["selon un dernier bilan de son entourage"]),
    ("Au moins 12 personnes sont mortes, selon les informations de la presse locale.",
     ["selon les informations de la presse locale"]),
    # negatives: a body or a person named after the document says whose
    ("Au moins 12 personnes sont mortes, selon le bilan de la préfecture.", []),
    ("Au moins 12 personnes sont mortes, d'après un communiqué du ministère de l'Intérieur.", []),
    ("Au moins 21 personnes sont mortes, selon le bilan provisoire des sapeurs-pompiers.", []),
    ("Selon un communiqué de la préfecture, la route est fermée.", []),
    ("D'après les informations de Jean Dupont, la route rouvrira lundi.", []),
    ("Selon le dernier bilan dressé par le procureur de Paris, les attaques ont fait 129 morts.", []),
    # as alone: the same phrase without the document reads the same
    ("Au moins 12 personnes sont mortes, selon son entourage.", ["selon son entourage"]),
    ("Selon le témoignage d'un habitant, les flammes ont éclaté vers 4 h.",
     ["Selon le témoignage d'un habitant"]),
])
def test_speaker_through_a_document(text, expected):
    assert vague(text) == expected


def test_a_document_word_then_a_role_adjective_is_no_source_preposition():
    """Round 34b fr04 (sgsb.fr, a real Gironde fires report): the document form merged with
    round 39's bare plural roles read after a cue ("auprès de diplomates") took «Selon les
    derniers chiffres» for a preposition and «officiels» for an unnamed speaker; the source is
    named after («communiqués vendredi par le préfet»), and a document reaches its author only
    through «de»."""
    text = ("Selon les derniers chiffres officiels communiqués vendredi par le préfet de la "
            "Gironde, 7.850 hectares sont touchés par les flammes.")
    assert vague(text) == []
    assert vague("Selon les derniers chiffres de son entourage, 7.850 hectares sont touchés.") != []
