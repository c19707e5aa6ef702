"""Session 32 leftovers: CIT004's unnamed sources after "told" and a recipient with no "that",
and a titled person named after an agency ("said FBI agent John Smith"), on real sentences."""

from __future__ import annotations

from tests.attribution_reading import named, vague


def test_told_a_recipient_then_a_clause_without_that() -> None:
    # Gilroy shooting, CBS via ozarksfirst.com (session 31 note)
    assert vague("There was no early word on a possible motive. Witnesses told CBS San "
                 "Francisco the gunman appeared to be firing at random.") == ["Witnesses told"]
    # Empire State Building shooting (NBC News copy, world-destruction-666.blogspot.com)
    assert vague("Johnson's victim was not officially identified, but a law enforcement "
                 "official told NBC News he was Steven Ercolino, a vice president at Hazan "
                 "Import.") == ["a law enforcement official told"]
    assert vague("Witnesses told police the gunman wore a mask.") == ["Witnesses told"]
    # an object, no clause: nothing reported
    assert vague("Witnesses told police the story of the night.") == []
    assert vague("Witnesses told CBS News the details.") == []


def test_titled_person_after_an_agency_is_the_speaker() -> None:
    assert named('"We are still investigating the scene," said FBI agent John Smith.') == \
        ["FBI agent John Smith"]
    # AP via dailystar.com.lb (Naco border shooting)
    assert named("The shooting occurred after an alarm was triggered, and the agents went to "
                 "investigate, said Cochise County Sheriff's spokeswoman Carol Capas.") == \
        ["Cochise County Sheriff's spokeswoman Carol Capas"]
    # the officials of an AP lede are named by the agent in the next sentence
    assert vague("A man who robbed a bank in Tulsa was arrested Tuesday, officials said. The man "
                 "had fled on foot, said FBI agent John Smith.") == []
    # a private trade's title stays no official: the lede's officials stay unnamed
    assert vague("A man was arrested Tuesday, officials said. He had fled on foot, said defense "
                 "attorney Mark Delgado.") == ["officials said"]
