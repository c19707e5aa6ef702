"""Round 18 of the blind verdicts (18b): how far an HTML sources list runs, with a second
wording and a negative beside each."""

from __future__ import annotations

from pathlib import Path

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT

_HEAD = ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
         '<meta property="og:type" content="article"><script type="application/ld+json">'
         '{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",'
         '"datePublished":"2019-03-15"}}</script></head><body><article><h1>{title}</h1>')


def _findings(html: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["message"]) for f in audit_document(html, "page.html", settings=OPT_IN_CIT)["findings"]]


def _page(lang: str, title: str, body: str, tail: str = "") -> str:
    return _HEAD.format(lang=lang, title=title) + body + "</article>" + tail + "</body></html>"


def test_an_html_sources_list_ends_at_a_comment_label_and_the_footer() -> None:
    # 18b r05 (mutation of fr10_mirastnews): the comment box's label and the <footer>'s
    # copyright line were read as two more sources entries (CIT003 + CIT007 each)
    repro = Path(__file__).parent / "data" / "blind_rounds" / "round18b" / "repro" / "r05_sources_list_swallows_following_paragraphs.html"
    found = _findings(repro.read_text(encoding="utf-8"))
    assert not any("Votre commentaire" in m or "MIRASTNEWS" in m for _, m in found)
    # the same in English: a comment form's label, a copyright footer
    body = ("<p>LONDON – The council approved the new budget of 2 billion pounds on Thursday, "
            "according to the Guardian.</p><p>Sources:</p>"
            "<p>- The Guardian, “Council approves budget”, published 14 March 2019.</p>"
            "<p>Your comment</p>")
    found = _findings(_page("en", "Council approves budget", body, "<footer><p>Daily Post © 2019</p></footer>"))
    assert not any("Your comment" in m or "Daily Post" in m for _, m in found)
    assert "CIT007" not in [r for r, _ in found]


def test_an_html_sources_list_still_takes_its_entries() -> None:
    # negative: the entries of the list, and an entry that lacks its date, are still read
    body = ("<p>NAIROBI – La France a signé jeudi au Kenya des contrats d’une valeur supérieure "
            "à 2 milliards d’euros, selon China Daily et Le Monde.</p><p>Sources :</p>"
            "<p>- China Daily, « France signs deals worth over 2 billion euros in Kenya », publié le 14 mars 2019.</p>"
            "<p>- Le Monde, « La France au Kenya »</p>")
    found = _findings(_page("fr", "La France signe des contrats au Kenya", body,
                            "<footer><p>MIRASTNEWS © 2019</p></footer>"))
    assert any(r == "CIT003" and "'Le Monde'" in m for r, m in found)
    assert not any("MIRASTNEWS" in m for _, m in found)


def test_a_one_line_source_paragraph_in_html_is_read_as_in_plain_text() -> None:
    # 18b r01 (fr10_mirastnews): "Source : China Daily" alone in its <p> stayed body in HTML
    repro = Path(__file__).parent / "data" / "blind_rounds" / "round18b" / "repro" / "r01_html_single_source_line.html"
    found = _findings(repro.read_text(encoding="utf-8"))
    assert ("CIT003", "citation of 'China Daily' lacks title and date") in found
    text = ("La France signe des contrats au Kenya\n\nNAIROBI – La France a signé jeudi au Kenya des "
            "contrats d’infrastructure d’une valeur supérieure à 2 milliards d’euros.\n\nSource : China Daily\n")
    plain = [(f["rule"], f["message"]) for f in audit_document(text, "page.txt", published="2019-03-15",
                                                                   settings=OPT_IN_CIT)["findings"]]
    assert ("CIT003", "citation of 'China Daily' lacks title and date") in plain
    # the same in English
    body = ("<p>LONDON – The council approved the new budget of 2 billion pounds on Thursday "
            "after a three-hour debate.</p><p>Source: The Guardian</p>")
    assert ("CIT003", "citation of 'The Guardian' lacks title and date") in _findings(_page("en", "Council approves budget", body))


def test_a_source_line_in_a_caption_is_a_picture_credit() -> None:
    # negative: under a picture, "Source : AFP" credits the picture, not the story
    body = ("<p>NAIROBI – La France a signé jeudi au Kenya des contrats d’infrastructure d’une valeur "
            "supérieure à 2 milliards d’euros.</p><figure><img src='a.jpg'><figcaption>Source : AFP</figcaption></figure>")
    assert not any("AFP" in m for _, m in _findings(_page("fr", "La France signe des contrats au Kenya", body)))


def test_a_chart_s_source_line_is_no_sources_list() -> None:
    # negative from the eval pages (bbc.com 52241221): a data graphic's "Source:" under its figures
    body = ("<p>WASHINGTON – African Americans are dying of Covid-19 at higher rates, according to "
            "the Associated Press, which counted the deaths in several states this week.</p>"
            "<div><ul><li><p><strong>13%</strong><span>of the US population is African American</span></p></li>"
            "<li><p><strong>68%</strong><span>of coronavirus deaths in Chicago were African American</span></p></li></ul>"
            "<span>Source: CDC, Chicago Department of Public Health</span></div>")
    assert _findings(_page("en", "Coronavirus deaths by race", body)) == []
