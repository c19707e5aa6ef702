"""Review C of round 39, item A2: one stray opening mark inside a quotation (a forgotten
closing ”, an autocorrected “…“ pair) left the outer «…» unclosed for cit2's pairing, so every
» after it was skipped, the named speaker's quotation ran to the paragraph's end and into the
next paragraph opening with «, and vague attributions there were lost. A closing mark of the
outer kind closes the outer quotation, an unclosed inner one ending with it; a quotation goes
on in the next paragraph only when its own paragraph ends open. The reviewer's probes
(/tmp/s37/reviewC/p/c02b-c02f), the old code's findings."""

from __future__ import annotations

import pytest

from audit.extract.attributions import _paragraph_quotations
from tests.attribution_reading import vague
from tests.blind_reading import codes


@pytest.mark.parametrize("text,expected", [
    # c02b: a forgotten ” before the closing »
    ("Le maire Jean Dupont a déclaré : « On m'a dit “ qu'il fallait attendre », a-t-il ajouté. "
     "Selon des sources policières, l'enquête avance pourtant.", ["Selon des sources"]),
    # c02c: a stray “ with no closing at all
    ("Le maire Jean Dupont a déclaré : « Les “ experts en ont parlé longtemps. » Selon des "
     "sources policières, l'enquête avance pourtant.", ["Selon des sources"]),
    # c02e: the inner closing typed as »: the first » closes the quotation
    ("Le maire Jean Dupont a déclaré : « Le “Grand Paris » est une chance. » Selon des sources "
     "policières, l'enquête avance.", ["Selon des sources"]),
    # c02f: an autocorrected “…“ pair, and a next paragraph with its own unnamed speaker
    ("Le maire Jean Dupont a dénoncé : « Ils parlent de “sabotage“, c'est faux. » Selon des "
     "sources policières, l'enquête avance pourtant.\n\n« Selon des sources proches du dossier, "
     "le maire était prévenu », confie un enquêteur.",
     ["Selon des sources", "Selon des sources proches du dossier", "confie un enquêteur"]),
    # c02d: the next paragraph's quotation is not carried over from a closed one
    ("Le maire Jean Dupont a déclaré : « Il a parlé de “ sabotage ». Il n'en dira pas plus.\n\n"
     "« Selon des sources policières, l'enquête avance », confie un enquêteur.",
     ["Selon des sources", "confie un enquêteur"]),
    # negatives: inside the quotation, unclosed inner mark or not, the vague phrase is his
    ("Le maire Jean Dupont a déclaré : « On m'a dit “ qu'il fallait attendre, et selon des "
     "sources internes, rien n'est décidé », a-t-il ajouté.", []),
    ("Le maire Jean Dupont a déclaré : « Les “ experts, selon des sources internes, en ont "
     "parlé. » Il est parti.", []),
])
def test_stray_inner_mark_does_not_hold_the_quotation_open(text, expected):
    assert vague(text) == expected


def test_quotation_ending_open_still_goes_on():
    # French style, an unclosed inner mark too: the paragraph really ends open
    text = ("Jean Dupont a déclaré : « Nous ferons tout, “ pour les familles.\n\n"
            "« Selon des sources policières, le bilan pourrait s'alourdir. »\n\n"
            "Selon des sources policières, douze personnes sont mortes.")
    found = vague(text)
    assert found == ["Selon des sources"]


@pytest.mark.parametrize("paragraph,pairs,open_at", [
    ("« a “ b » c", [(0, 8), (4, 8)], -1),  # the stray “ ends with its outer »
    ("« a “ b “ c » d", [(0, 12), (4, 12), (8, 12)], -1),
    ("« a “ b", [], 0),  # both open: the outer one is carried
    ("« a » “ b", [(0, 4)], 6),  # an opening after the closed one ends the paragraph open
    ("« a « b » c »", [(0, 12), (4, 8)], -1),  # same-mark nesting as before
])
def test_paragraph_quotations_pop_down(paragraph, pairs, open_at):
    assert _paragraph_quotations(paragraph, 0, len(paragraph)) == (pairs, open_at)


@pytest.mark.parametrize("probe,expected", [
    ("c02b", [("CIT004", "Selon des sources")]),
    ("c02c", [("CIT004", "Selon des sources")]),
    ("c02d", [("CIT004", "Selon des sources"), ("CIT004", "confie un enquêteur")]),
    ("c02e", [("CIT004", "Selon des sources")]),
    ("c02f", [("CIT004", "Selon des sources"), ("CIT004", "Selon des sources proches du dossier"),
              ("CIT004", "confie un enquêteur")]),
])
def test_reviewer_probes_whole_page(probe, expected):
    texts = {
        "c02b": "Le maire Jean Dupont a déclaré : « On m'a dit “ qu'il fallait attendre », a-t-il "
                "ajouté. Selon des sources policières, l'enquête avance pourtant.",
        "c02c": "Le maire Jean Dupont a déclaré : « Les “ experts en ont parlé longtemps. » Selon des "
                "sources policières, l'enquête avance pourtant.",
        "c02d": "Le maire Jean Dupont a déclaré : « Il a parlé de “ sabotage ». Il n'en dira pas "
                "plus.\n\n« Selon des sources policières, l'enquête avance », confie un enquêteur.",
        "c02e": "Le maire Jean Dupont a déclaré : « Le “Grand Paris » est une chance. » Selon des "
                "sources policières, l'enquête avance.",
        "c02f": "Le maire Jean Dupont a dénoncé : « Ils parlent de “sabotage“, c'est faux. » Selon "
                "des sources policières, l'enquête avance pourtant.\n\n« Selon des sources proches "
                "du dossier, le maire était prévenu », confie un enquêteur.",
    }
    text = "Crise au conseil\n\n" + texts[probe] + "\n"
    assert [c for c in codes(text) if c[0] == "CIT004"] == expected
