"""Round 21's number and citation verdicts, on the testers' repro texts, with negatives that must
stay.
Its number tests are in tests/numbers/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document


# Round 21a r2 (en06): an image library named as the picture's "Source:" is a photo credit.
_CREDITED = ("Local News Is Experiencing a Rebirth As AI Steps In To Fill Void Left By Disappearing "
             "Reporters\n\nSource: Squarespace/ Unsplash\n\nLocal News Is Time And Energy Intensive\n\n"
             "Across America, local journalism has been on life support for more than a decade. "
             "Shrinking newsroom budgets hollowed out small-town newspapers.\n\n{credit}\n\nAI Tools At "
             "Scale\n\nAI tools can now sift through public data, social posts, and press releases to "
             "instantly generate news briefs.\n")


@pytest.mark.parametrize("credit", ["Source: Squarespace/ Unsplash", "Photo credit: Jane Doe/Unsplash",
                                    "Image source: Pexels", "Crédit photo : Pixabay"])
def test_an_image_library_source_is_no_citation(credit):
    d = audit_document(_CREDITED.format(credit=credit), "x.txt")
    assert not d["citations"]
    assert not [f for f in d["findings"] if f["rule"] in ("CIT003", "CIT007")]


def test_a_news_source_line_stays_a_citation():
    d = audit_document(_CREDITED.format(credit="Source: Reuters"), "x.txt")
    assert any(c["publisher"] == "Reuters" for c in d["citations"])


# Review of d03ee24..203fa18, item 14: a news agency's data line under a chart is its source;
# the agency is a picture's credit only under a photo's cue.
_CHART = ("Oil prices jump after OPEC+ surprise cut\n\nBrent crude rose more than 6% on Monday after "
          "OPEC+ announced a surprise output cut of about 1.16 million barrels per day, according "
          "to LSEG data.\n\nChart: Brent crude futures, dollars per barrel, January to April 2023\n\n"
          "{line}\n")


@pytest.mark.parametrize("line", ["Source: Reuters/LSEG Datastream", "Source: Reuters/Ipsos poll"])
def test_a_news_agency_data_line_stays_a_citation(line):
    d = audit_document(_CHART.format(line=line), "x.txt")
    assert any((c["publisher"] or "").startswith("Reuters/") for c in d["citations"]), d["citations"]


@pytest.mark.parametrize("line", ["Photo credit: REUTERS/Brendan McDermid",
                                  "Image source: Reuters/Kevin Lamarque"])
def test_a_news_agency_photo_credit_is_no_citation(line):
    d = audit_document(_CHART.format(line=line), "x.txt")
    assert not d["citations"]
