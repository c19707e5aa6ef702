"""Review 7 (2026-12-06): a layout wrapper whose class names "commentary" or "discussion" is no
comment thread around the article (item 1); an article's own dated first-person entries are
no thread (item 2); a film's or a person's name over a photo credit is the headline (item 7).
The reviewer's probes (tests/data/review7), and negatives that must stay as they were."""

from pathlib import Path

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT

DATA = Path(__file__).parent / "data" / "review7"


def _page(name: str, settings=None) -> dict:
    return audit_document((DATA / name).read_text(encoding="utf-8"), name, settings=settings)


def _body(doc: dict) -> int:
    return sum(s["end"] - s["start"] for s in doc["segments"] if s["kind"] == "body")


def _codes(doc: dict) -> list[str]:
    return [f["rule"] for f in doc["findings"]]


# --- item 1: a wrapper around the article is no thread ---

def test_an_opinion_layouts_commentary_class_is_no_thread():
    doc = _page("h_en_commentary_text.html", OPT_IN_CIT)  # CIT004 in English is opt-in
    assert doc["title"] == "Why the county should not sell its water utility"
    assert not doc["comments"] and _body(doc) > 500
    assert "CIT004" in _codes(doc) and "SEG001" not in _codes(doc)


def test_a_discussion_wrapper_holding_the_article_and_its_h1_is_no_thread():
    doc = _page("h_en_discussion.html")
    assert doc["title"] == "Why the county should not sell its water utility"
    assert not doc["comments"]


def test_a_comment_list_after_the_article_is_still_the_thread():
    html = ("<html><body><article><h1>Council votes to close the pool</h1><p>The council voted 5 to 2 on "
            "Tuesday to close the municipal pool at the end of the summer, citing repair costs.</p>"
            "<p>The pool opened in 1968 and has been patched every year since.</p></article>"
            "<div id=\"comments\" class=\"comments-area\"><h1>2 Kommentare</h1><ol class=\"comment-list\">"
            "<li class=\"comment\"><div class=\"comment-author\">Ann</div><div class=\"comment-content\">"
            "<p>I learned to swim there and I will miss it terribly every summer.</p></div></li>"
            "</ol></div></body></html>")
    doc = audit_document(html, "x.html")
    assert doc["title"] == "Council votes to close the pool"
    assert any("I learned to swim there" in c["text"] for c in doc["comments"])


# --- item 2: a diary the article holds ---

def test_a_reporters_dated_notebook_in_the_article_stays_the_article():
    doc = _page("h_en_liveblog.html", OPT_IN_CIT)  # CIT004 in English is opt-in
    assert not doc["comments"] and _body(doc) > 1200
    assert "CIT004" in _codes(doc)  # "Sources say the defense will ask for a mistrial"


def test_a_war_diary_and_its_closing_paragraph_stay_the_article():
    doc = _page("h_fr_journal.html")
    assert not doc["comments"] and _body(doc) > 1500
    assert "Olena Kovalenko espère" in doc["text"]


# --- item 7: a short headline over a photo credit ---

def test_a_films_name_over_the_posters_credit_is_the_title():
    text = ("Oppenheimer\n© Universal Pictures\nChristopher Nolan signe avec ce film de trois heures une "
            "fresque ambitieuse sur le père de la bombe atomique. Cillian Murphy y campe un physicien "
            "tourmenté, partagé entre la fierté scientifique et la culpabilité.\n\nLe film, sorti mercredi "
            "dans 600 salles françaises, a attiré plus de 400 000 spectateurs dès son premier jour "
            "d'exploitation.\n")
    assert audit_document(text, "x.txt")["title"] == "Oppenheimer"


def test_a_persons_name_over_an_agency_credit_is_the_title():
    text = ("Jean-Paul Belmondo\n© AFP\nL'acteur, figure de la Nouvelle Vague et héros de dizaines de films "
            "d'action, est mort lundi à Paris à l'âge de 88 ans, a annoncé son avocat à l'AFP.\n\n"
            "Révélé en 1960 par « À bout de souffle » de Jean-Luc Godard, il avait tourné plus de 80 films.\n")
    assert audit_document(text, "x.txt")["title"] == "Jean-Paul Belmondo"


def test_a_keyword_over_the_credit_of_the_agency_that_signs_the_copy_is_no_title():
    # the dts shape with its dateline, not its closing credit (31a r01 has the closing credit)
    text = ("Rettungsdienst\n© über dts Nachrichtenagentur\nBerlin (dts Nachrichtenagentur) - Die Zahl der "
            "Rettungsdiensteinsätze in Deutschland ist im vergangenen Jahr um 4 Prozent gestiegen.\n")
    assert audit_document(text, "x.txt")["title"] is None
