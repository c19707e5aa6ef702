"""Task r47a: a subscribe or donate plea as a button's first-person label («Pour soutenir Mediapart
je m’abonne», round 47a fr10, between the lede and the body, repro r03a; glued to the paragraph's
end, r03c) is SEG002's, as «Abonnez-vous» is (r03b). The plea's support clause before it and the
line closed after it: a reader's «je m'abonne à ce journal depuis vingt ans» goes on and stays
silent, and so do a quotation and a bare «Je soutiens la démarche…»."""

from __future__ import annotations

import pytest

from tests.blind_reading import read, repro


def _seg002(text: str) -> list[str]:
    return [text[f["start"]:f["end"]] for f in read(text)["findings"] if f["rule"] == "SEG002"]


@pytest.mark.parametrize(("name", "phrase"), [
    ("round47a/r03a", "Pour soutenir Mediapart je m’abonne"),  # alone on its line
    ("round47a/r03c", "Pour soutenir Mediapart je m’abonne"),  # glued to the paragraph's end
    ("round47a/r03b", "Abonnez-vous pour lire la suite"),      # control
])
def test_a_first_person_subscribe_plea_is_seg002s(name, phrase):
    assert phrase in _seg002(repro(name))


@pytest.mark.parametrize("line", [
    "Je m’abonne à ce journal depuis vingt ans et je ne l'ai jamais regretté, même quand il m'a agacé.",
    "« Pour soutenir Mediapart, je m’abonne depuis 2010 », raconte une lectrice.",
    "Je soutiens la démarche des agriculteurs, a déclaré le maire.",
])
def test_a_readers_or_a_speakers_words_stay_silent(line):
    text = repro("round47a/r03a").replace("Pour soutenir Mediapart je m’abonne", line)
    assert _seg002(text) == []


# Review of r47a (P2): a button's label has no final period and names no one's own; a person's answer
# to an interview's question, or a portrait's words, is no furniture.
@pytest.mark.parametrize("lines", [
    "Que faites-vous concrètement pour la presse indépendante ?\n\nPour soutenir les journaux locaux, je m'abonne.",
    "Vous donnez à des associations ?\n\nPour soutenir la recherche sur le cancer, je fais un don.",
    "Julie, 42 ans, infirmière à Nantes. Pour soutenir les grévistes, je fais un don.",
    "Pour soutenir son club, je m’abonne",
])
def test_a_persons_answer_is_no_button_label(lines):
    text = repro("round47a/r03a").replace("Pour soutenir Mediapart je m’abonne", lines)
    assert _seg002(text) == []


@pytest.mark.parametrize("lines, phrase", [
    ("Les journalistes ont enquêté pendant deux ans sur ce système.\n\nPour soutenir Mediapart, je m'abonne",
     "Pour soutenir Mediapart, je m'abonne"),
    ("Le village résiste encore et toujours à la coopération. Pour soutenir Reporterre, je fais un don",
     "Pour soutenir Reporterre, je fais un don"),
])
def test_a_button_label_naming_the_outlet_stays_seg002s(lines, phrase):
    text = repro("round47a/r03a").replace("Pour soutenir Mediapart je m’abonne", lines)
    assert phrase in _seg002(text)
