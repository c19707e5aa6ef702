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


def _published(text: str):
    return audit_document(text, "x.txt")["published"]


def test_a_video_pages_upload_line_dates_it():
    # 21b (fr16_wideo): the upload day, then the view count, under the video's title
    text = ("Emile - Regardez la porte-parole de la Gendarmerie Nationale qui évoque les "
            "hypothèses\n\n2024-04-01 6,682\n\nToutes les pistes sont encore ouvertes, selon "
            "Marie-Laure Pezant, porte-parole de la Gendarmerie nationale.\n")
    assert _published(text) == "2024-04-01"
    # the count's word said, its thousands spaced
    assert _published(text.replace("2024-04-01 6,682", "2024-04-01 · 6 682 vues")) == "2024-04-01"
    assert _published(text.replace("2024-04-01 6,682", "2024-04-01 1.2K views")) == "2024-04-01"


def test_a_table_of_days_and_figures_is_no_upload_line():
    text = ("Fréquentation du musée en avril\n\n2024-04-01 6,682\n2024-04-02 7,104\n"
            "2024-04-03 5,930\n\nLa fréquentation a baissé en fin de semaine selon le musée, qui "
            "attribue la baisse à la pluie tombée sur la région.\n")
    assert _published(text) is None
