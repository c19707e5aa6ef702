"""Round 18 of the blind verdicts (18a, 18b): who the body says the facts come from, on the
pages' own sentences; a negative beside each."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.attribution_reading import vague
from tests.conftest import OPT_IN_CIT


def _rules(text: str, name: str = "page.txt") -> list[str]:
    # CIT004 in English is opt-in (README "Precision on real pages"): named, as --select does
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_a_hedge_whose_sentence_says_again_a_source_named_before() -> None:
    # 18a r03: "the newspaper" is The Daily Advance, named in the paragraph before
    text = ("Quentin Jackson was sentenced on Wednesday, The Daily Advance of Elizabeth City "
            "reported.\n\nAfter filing his appeal, he was placed under a $5,000 unsecured bond "
            "and reportedly declined to comment when contacted by the newspaper.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    # French: "le quotidien" after a paper named before
    assert vague("Le ministre a démissionné, a indiqué Le Monde. Il aurait, dit-on, quitté "
                 "Paris, selon le quotidien.") == []
    # no paper named before: the newspaper is no one
    assert vague("After filing his appeal, he reportedly declined to comment when contacted "
                 "by the newspaper.") == ["reportedly"]
    assert vague("The newspaper reportedly paid the family for the interview.") == ["reportedly"]
    # the hedge alone, after a named source, stays vague
    assert vague("Quentin Jackson was sentenced on Wednesday, The Daily Advance reported. He "
                 "reportedly declined to comment.") == ["reportedly"]


def test_a_last_count_no_one_made() -> None:
    # 18b r03 (fr14, temoignages.re)
    text = ("Le 28 février dernier, l'île a été touchée par le passage du cyclone Garance, qui a "
            "causé de nombreux dégâts, faisant cinq morts et six blessés dont trois grièvement, "
            "selon un dernier bilan.")
    assert vague(text) == ["selon un dernier bilan"]
    assert "CIT004" in _rules(text)
    assert vague("D'après un nouveau bilan, douze personnes sont mortes.") == ["D'après un nouveau bilan"]
    # whose, said after it
    assert vague("Le cyclone a fait cinq morts, selon un dernier bilan de la préfecture.") == []
    assert vague("Le cyclone a fait cinq morts, selon un dernier bilan des pompiers.") == []
    # a count as a subject is no attribution
    assert vague("Le dernier bilan fait état de cinq morts.") == []
