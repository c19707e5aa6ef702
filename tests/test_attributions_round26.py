"""Round 26 of the blind verdicts (26a, 26b): CIT004's unnamed sources the reader missed,
each on the page's own sentence, with a second real wording where one was found and a
negative that stays silent."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.attribution_reading import vague
from tests.conftest import OPT_IN_CIT


def _cit004(text: str) -> list[str]:
    return [f["evidence"]["phrase"] for f in audit_document(text, "page.txt", settings=OPT_IN_CIT)["findings"]
            if f["rule"] == "CIT004"]


def test_reports_no_one_is_said_to_have_made() -> None:
    # 26b r04/r04b: the phrase before and after its clause
    assert _cit004("Council delays vote\n\nAccording to reports, the city council will delay "
                   "the vote on the new budget. The council meets again next month.\n") == \
        ["According to reports,"]
    assert vague("The city council will delay the vote on the new budget, according to "
                 "reports. Mayor Jane Smith did not comment on Tuesday.") == ["according to reports."]
    # oasesnews.com (2020, London attack)
    assert vague("According to reports, he fantasised about carrying out a terror attack with "
                 "a blade or with acid while riding a moped.") == ["According to reports,"]
    # whose reports is said
    assert vague("The council will delay the vote, according to reports in The Times.") == []
    assert vague("According to reports by the BBC, the council will delay the vote.") == []


def test_sources_placed_by_what_they_know() -> None:
    # 26a r01 (en03_hurumedia)
    assert vague("Sources with knowledge of the meeting’s proceedings said the government will "
                 "undertake a density mapping of the country.") == ["Sources with knowledge of"]
    assert vague("Two people with direct knowledge of the talks said the deal was close.") == \
        ["Two people with direct knowledge of"]
    # knowledge that is no one's source
    assert vague("Students with knowledge of French are welcome to apply.") == []


def test_a_study_no_one_is_said_to_have_made() -> None:
    # 26a r07 (en05_completeaitraining)
    assert vague("According to a study, roughly 9% of published copy shows AI "
                 "fingerprints.") == ["According to a study,"]
    assert vague("AI now writes a measurable slice of the news. One study of 1,500 U.S. "
                 "newspapers found roughly 9% of published copy shows AI fingerprints.") == \
        ["One study of 1,500 U.S. newspapers found"]
    assert vague("A new study found that sleep matters.") == ["A new study found"]
    # a finding's verb reports a share, not anything found
    assert vague("One study of the site found three wells.") == []
    # the maker, a venue or a name says whose
    assert vague("According to a study by the Pew Research Center, roughly 9% of copy shows AI "
                 "fingerprints.") == []
    assert vague("A study of 1,500 U.S. newspapers by the University of Maryland found roughly "
                 "9% of copy is AI-written.") == []
    assert vague("One study published in Science found that sleep matters.") == []
    assert vague("A Pew study found roughly 9% of copy is AI-written.") == []
    # bare "one study" points back to the one named before (thelist.com)
    assert vague("A study published in The Journal of Nutrition showed a benefit. While one "
                 "study found that taking a multivitamin may help, more research is needed.") == []


def test_someones_circle_as_the_source() -> None:
    # 26b r01 (fr08_upday)
    assert vague("L'espoir d'une nationalisation s'est évaporé après une rencontre jeudi des "
                 "syndicats avec le ministre délégué à l'Industrie. Son entourage a déclaré que "
                 "le site ne serait pas démantelé.") == ["Son entourage a déclaré"]
    # HuffPost (round 7, 12_huffpostfr_lachens)
    assert vague("La comédienne Catherine Lachens est décédée à l’âge de 78 ans, a annoncé son "
                 "entourage à l’AFP.") == ["a annoncé son entourage"]
    assert vague("Selon son entourage, le président ne se représentera pas.") == \
        ["Selon son entourage"]
    assert vague("Dans l'entourage du ministre, on assure que la décision est prise.") == \
        ["Dans l'entourage du ministre, on assure"]
    # the circle doing, not saying
    assert vague("Le ministre est arrivé avec son entourage et a visité l'usine pendant deux "
                 "heures.") == []
    assert vague("Son entourage l'a convaincu de renoncer au voyage prévu en mai.") == []
