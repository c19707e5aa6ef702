"""Round 21b's leftovers: a share counter on its own line taken for a heading; a video page's
upload line missed as the publication date."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document

_PAGE = ("<html><head><title>Conseil départemental 47 : prises de bec</title>"
         "<meta property=\"og:type\" content=\"article\"></head><body><article>"
         "<h1>Conseil départemental 47 : prises de bec</h1><p>Sans surprise, la crise budgétaire "
         "a souligné quelques tensions entre la majorité et son opposition.</p><p>{line}</p>"
         "<p>La présidente Sophie Borderie avait invité les chefs de groupe à une réunion "
         "préalable à la session du vendredi 25 octobre portant sur le budget.</p>"
         "</article></body></html>")


def _kinds(line: str) -> tuple[str | None, list[str]]:
    article = audit_document(_PAGE.format(line=line), "x.html")
    return article["title"], [s["kind"] for s in article["segments"]
                              if article["text"][s["start"]:s["end"]] == line]


# 21b (fr24_quidamhebdo): "0 Shares" on its own <p> was filed as a heading
@pytest.mark.parametrize("line", ["0 Shares", "3 Shares", "0 SHARES", "1.2K shares", "12 partages",
                                  "0 Partages", "1 234 partages", "Share 0"])
def test_a_share_counter_on_its_own_line_is_furniture(line):
    title, kinds = _kinds(line)
    assert title == "Conseil départemental 47 : prises de bec"
    assert kinds == ["boilerplate"]


@pytest.mark.parametrize("line", ["Les 12 partages de la succession", "3 shares of the company were sold"])
def test_a_line_about_shares_is_no_counter(line):
    assert _kinds(line)[1] != ["boilerplate"]
