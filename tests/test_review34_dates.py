"""Review 1 of session 34 (R7, R8): a dashed bracketed day on a British page read month first,
and a French notice's "Date :" (an event's day) read as the publication's. The reviewer's
probes (review1/t), and the round-35b repros the changes were made for."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _published(text: str) -> str | None:
    return audit_document(text, "x.txt")["published"]


# R7 (t/date_en_uk_bracket.txt): "(04-03-2016)" is 4 March on a British page, 3 April on an
# American one: an English page states neither, so the stamp is not read.
_UK_BRACKET = 'Council votes to close library (04-03-2016)\n\nCouncillors voted on Thursday to close the branch library in the town centre, despite a petition signed by 3,000 residents. The decision will save £120,000 a year.\n\nCampaigners said they would challenge it.\n'


def test_ambiguous_dashed_stamp_on_an_english_page_is_not_read():
    assert _published(_UK_BRACKET) is None


@pytest.mark.parametrize("text,expected", [
    # the page's own month-first day elsewhere states its order
    ("Weird National Briefs (03-04-2016)\nThe council met on 02/25/2016 and approved the plan. "
     "It takes effect in July.\n", "2016-03-04"),
    # a day-first one states the other
    ("Weird National Briefs (03-04-2016)\nThe council met on 25/02/2016 and approved the plan. "
     "It takes effect in July.\n", "2016-04-03"),
    # both orders on the page: no convention
    ("Weird National Briefs (03-04-2016)\nThe council met on 25/02/2016 and again on 02/26/2016. "
     "It takes effect in July.\n", None),
    ("Council Meeting Agenda Posted for Next Session (03-15-2016)\nThe agenda was posted on Friday.\n",
     "2016-03-15"),  # unambiguous by itself
])
def test_dashed_stamp_reads_the_pages_stated_order(text, expected):
    assert _published(text) == expected


# R8 (t/date_label_event_fr.txt): a blood drive's "Date :" under the notice's paragraph is the
# drive's day; English "Date:" is no French label.
_FR_EVENT = 'Don du sang à la salle des fêtes\n\nL’Établissement français du sang organise une nouvelle collecte dans la commune. Chaque don peut sauver trois vies, rappelle l’association locale.\n\nDate : mardi 18 mars 2025\n\nLa collecte dure une heure environ. Se munir d’une pièce d’identité.\n'


def test_french_notice_date_label_is_the_events():
    assert _published(_FR_EVENT) is None


# Not held: English and German event notices' days ("Date: …" / "Time: 7 p.m.", "Datum: …" /
# "Ort: …") are still read by the bare dateline under the label, as before the session.
@pytest.mark.parametrize("text", [
    # the label's line followed by an event's facts
    "Réunion publique sur le PLU\nDate : mardi 18 mars 2025\nLieu : salle des fêtes\n"
    "La mairie invite les habitants à débattre du plan local d'urbanisme. Entrée libre.\n",
])
def test_date_label_followed_by_an_events_facts_is_not_read(text):
    assert _published(text) is None
