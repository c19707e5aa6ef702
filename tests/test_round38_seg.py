"""Blind round 38 (2026-12-07), outside French: page furniture kept as body (38b r1: skip links
with their access key's hint and a print label, the first taken as the title; r6: "ALSO READ:";
r7: a paywall's notice and a print label; r8: a follow prompt; r9: a newsletter's pitch and a
channel's prompt), and dates (r6: a bare dateline opening the lede missed; r5: a call-out
table's start read as the publication's). The testers' repro texts, other real wordings of the
same widgets in the other languages, and negatives."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import repro


def _published(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["published"]


# -- furniture out of the body ---------------------------------------------------------------


# -- SEG002 ---------------------------------------------------------------------------------


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a known miss: a day opening the lede before a colon is as "
                   "often an event's (an anniversary's, a disaster's, an agenda's entry: review 2's "
                   "d03, d12, d16, r01, d06, tests/test_round38_dates_mend.py) as the page's; the rule "
                   "that read it was reverted, a wrong publication date being worse than none")
def test_round38_bare_dateline_opening_the_lede():
    assert _published(repro("round38b/r6_date-missed_also-read_en")) == "2014-12-28"


@pytest.mark.parametrize("text", [
    # a timeline: each entry opens so, none is the page's day
    "March 3, 2020: The first case of the virus was confirmed in the state by health officials today.\n\n"
    "March 10, 2020: The governor declared a state of emergency and closed all the schools for weeks.\n\n"
    "March 20, 2020: A stay at home order took effect across the state for all of its residents.\n",
    # a day of history, before the web's years
    "June 6, 1944: Allied troops landed on the beaches of Normandy in the largest seaborne invasion in history.\n",
    # a full stop after the day: a feature's opening
    "December 28, 2014. Markets opened lower on Monday as neither the bulls nor the bears can gin up support.\n",
])
def test_round38_bare_dateline_negatives(text):
    assert _published(text) is None


def test_round38_event_table_row_is_no_publication_date():
    assert _published(repro("round38b/r5_date_event-table_de")) is None


@pytest.mark.parametrize("text,day", [
    # the publication's own label in the row's first cell
    ("Einsatzbericht Brand\n\nVeröffentlicht | 5. Juli 2020 |\n\nEin Brand ereignete sich am 5. Juli "
     "tief in der Nacht in der Ortsmitte.\n", "2020-07-05"),
    # a byline's bar before its day, no table (round 32b, pymnts)
    ("UK: Terms of Shire takeover deal revealed\n\n|  July 21, 2014\n\nUS-based pharmaceutical "
     "conglomerate AbbVie is set to acquire UK rival Shire in a deal worth $54.5 billion.\n", "2014-07-21"),
])
def test_round38_dated_rows_still_read(text, day):
    assert _published(text) == day
