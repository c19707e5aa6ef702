"""Round 21's blind pages: a reader comment quoting the body word for word, titles taken from
furniture (a print link, a shortcode, an XBRL header) or cut (a heading's " - X"), dates and
prompts missed."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


# 21a r3: a comment repeating a body paragraph; trafilatura's verdict matches text, not places
_THREAD_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head>
<body><article><h1>{title}</h1>
<p>{lede}</p>
<p>{quoted}</p>
</article>
<section class="comments"><h2>{label}</h2>
<div class="comment"><p class="author">Marc_QC</p><p>{quoted}</p></div>
<div class="comment"><p class="author">Julie T.</p><p>{other}</p></div>
</section></body></html>"""


@pytest.mark.parametrize("page", [
    dict(lang="fr", title="Conquérantes, les entreprises québécoises", label="Commentaires",
         lede="Les entreprises québécoises sont bien plus nombreuses à faire des acquisitions à "
              "l’étranger que l’inverse, selon des données compilées par le Journal de Montréal.",
         quoted="Selon des sources bien informées, la Caisse aurait dépensé 200 milliards de "
                "dollars (150 milliards d’euros) en dix ans.",
         other="Bravo aux entrepreneurs d’ici."),
    dict(lang="en", title="Council approves the new library budget", label="Comments",
         lede="The city council voted on Tuesday to approve the budget of the new central library "
              "after a long debate about its cost and its opening hours.",
         quoted="The library will cost 12 million dollars and open its doors to readers in the "
                "spring of next year, the mayor said.",
         other="Great news for our kids."),
])
def test_a_comment_quoting_the_body_stays_a_comment(page):
    article = audit_document(_THREAD_PAGE.format(**page), "x.html")
    assert [c["text"] for c in article["comments"]] == [page["quoted"], page["other"]]
    body = [article["text"][s["start"]:s["end"]] for s in article["segments"] if s["kind"] == "body"]
    assert body.count(page["quoted"]) == 1  # the article's paragraph is still the body's


def test_a_comment_of_its_own_stays_a_comment():
    page = _THREAD_PAGE.replace("<div class=\"comment\"><p class=\"author\">Marc_QC</p><p>{quoted}</p></div>\n", "")
    article = audit_document(page.format(
        lang="en", title="Council approves the new library budget", label="Comments",
        lede="The city council voted on Tuesday to approve the budget of the new central library "
             "after a long debate about its cost and its opening hours.",
        quoted="The library will cost 12 million dollars and open its doors to readers in the "
               "spring of next year, the mayor said.",
        other="Great news for our kids."), "x.html")
    assert [c["text"] for c in article["comments"]] == ["Great news for our kids."]
    body = "".join(article["text"][s["start"]:s["end"]] for s in article["segments"] if s["kind"] == "body")
    assert "12 million dollars" in body
