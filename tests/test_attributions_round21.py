"""Round 21 of the blind verdicts (21b): a hedge that goes on with the account the sentence
before gives; a negative beside each."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.attribution_reading import vague
from tests.conftest import OPT_IN_CIT


def _rules(text: str, name: str = "page.txt") -> list[str]:
    # CIT004 in English is opt-in (README "Precision on real pages"): named, as --select does
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_a_hedge_after_a_named_account_in_its_paragraph() -> None:
    # 21b (en03_unfspinnaker): "reportedly" goes on with what the report states
    text = ("Police beat: Student arrested near garage\n\nThe report states that the officers "
            "advised the student it was not safe to enter. The report then states that the "
            "student continued to yell. The student then reportedly entered the garage and was "
            "taken into custody.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    # a named speaker's account
    assert vague("Sheriff John Hale said that the man drove to the bank at noon. He reportedly waited "
                 "there for an hour.") == []
    # no account before it: the hedge names no one
    assert vague("The student continued to yell. The student then reportedly entered the "
                 "garage.") == ["reportedly"]
    # the account is in the paragraph before: this paragraph's hedge is its own
    assert vague("The report states that the student continued to yell.\n\nThe student then "
                 "reportedly entered the garage.") == ["reportedly"]
    # a credit closing its sentence ends its account there (round 18a)
    assert vague("Quentin Jackson was sentenced on Wednesday, The Daily Advance reported. He "
                 "reportedly declined to comment.") == ["reportedly"]
