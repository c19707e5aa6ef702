"""Session 32 (left32b): CIT004's unnamed sources who tell or told someone ("Police sources
tell CBS2 the gun jammed"), described by up to three words after a count, on real sentences."""

from __future__ import annotations

import pytest

from tests.attribution_reading import vague

VAGUE = [
    (["sources tell"], "Police sources tell CBS2 the gun jammed.", "CBS2 New York"),
    (["sources told"], "Fingerprint and DNA tests on the items are ongoing, law enforcement "
     "sources told ABC News.", "wsbradio.com (ABC), UnitedHealthcare CEO shooting"),
    (["Sources told"], "Sources told CNN that they believe the gun used by the suspect to shoot "
     "and injure 10 people on a Brooklyn subway jammed.", "radaronline.com 2022"),
    (["Sources previously told"], "Sources previously told CNN that a suspect was in custody, "
     "but both Boston police and the FBI denied that any arrests had been made.",
     "CNN, Boston Marathon bombing"),
    (["two law enforcement sources tell"], "The Baton Rouge police shooter has been identified "
     "as 29-year-old Gavin Long, two law enforcement sources tell CNN.", "gantnews.com (CNN)"),
    (["another law enforcement source tells"], "But another law enforcement source tells CBS 2 "
     "there are issues using these military rifles.", "chicago.cbslocal.com 2018"),
    (["A federal law enforcement source told"], "A federal law enforcement source told CNN's "
     "John King that investigators had made progress.", "CNN, Boston Marathon bombing"),
    (["Sources close to"], "Sources close to the family told CNN he was armed.", "placed, as before"),
]


@pytest.mark.parametrize("expected,text,where", VAGUE)
def test_sources_who_tell(expected, text, where) -> None:
    assert vague(text) == expected, where


def test_no_sources_speaking() -> None:
    # a ministry whose name ends in "Resources", sources of something, a record's report
    assert vague("The Department of Natural Resources said the lake was closed.") == []
    assert vague("Sources of funding tell a different story.") == []
    assert vague("Reports told of a fire at the plant.") == []
    # a preposition among the words before "source": no source speaks
    assert vague("A statement from the source said the plant was closed.") == []


def _cit005(text: str) -> list[str]:
    from audit.pipeline import audit_article
    from audit.settings import Settings
    select = frozenset({"CIT005"})
    result = audit_article(text, "case.txt", Settings(select=select, explicit=select))
    return [result.doc.text[f.start:f.end] for f in result.findings if f.rule == "CIT005"]


_BUDGET_QUOTE = ("“Our office is presenting a cautiously optimistic general fund budget, which "
                 "includes increases for most general fund offices and departments.”\n\n"
                 "The budget takes effect in January.\n")


def test_a_body_of_commissioners_names_no_speaker() -> None:
    # round 31a r07: capitals ending on a body's plural noun are a group, no person to quote
    assert _cit005("Logan County Commissioners approved an $18.2 million annual budget "
                   "Tuesday.\n\n" + _BUDGET_QUOTE) == [_BUDGET_QUOTE.split("\n")[0]]
    assert _cit005("The Tulsa Public Schools Trustees approved an $18.2 million annual budget "
                   "Tuesday.\n\n" + _BUDGET_QUOTE) == [_BUDGET_QUOTE.split("\n")[0]]


def test_a_person_named_after_the_body_still_speaks() -> None:
    # a name after the plural is a person ("Commissioners Kelly Snell, Will Jones", county
    # minutes, lawsdocbox.com); a surname ending in -s is no group noun ("Chris Evans")
    assert _cit005("Present were County Judge Scott Felton and Commissioners Kelly Snell and "
                   "Will Jones.\n\n" + _BUDGET_QUOTE) == []
    assert _cit005("Chris Evans approved an $18.2 million annual budget Tuesday.\n\n"
                   + _BUDGET_QUOTE) == []
