"""Round 18 of the blind verdicts: what the sources reader takes for a sources entry."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT


def _findings(text: str, name: str = "page.txt") -> list[tuple[str, str]]:
    doc = audit_document(text, name, settings=OPT_IN_CIT)
    return [(f["rule"], f["message"]) for f in doc["findings"]]


def test_a_credit_closing_a_paragraphs_last_line() -> None:
    # 18a r02: "Source : Le Figaro" after the paragraph's final sentence, as on its own line
    text = ("Les riverains ont soumis leur pétition à 2500 signatures au préfet, sans réponse. Ils "
            "s’adressent maintenant au ministre pour s’opposer à ce projet, pas encore validé par "
            "les autorités. Source : Le Figaro\n")
    assert ("CIT003", "citation of 'Le Figaro' lacks title and date") in _findings(text)
    # several names, the agency's credit needing nothing
    text2 = ("Cette affaire a fait l'objet d'un non-lieu prononcé par le tribunal correctionnel de "
             "Paris le 12 janvier 2025. Source : Le Monde, AFP.\n")
    assert [m for r, m in _findings(text2) if r == "CIT003"] == \
        ["citation of 'Le Monde' lacks title and date"]
    # "source" inside the sentence is no credit
    text3 = ("Les riverains s’inquiètent pour la source : elle alimente tout le village depuis des "
             "siècles et le projet la menace.\n")
    assert not [r for r, _ in _findings(text3) if r == "CIT003"]


def test_a_source_line_between_the_headline_and_the_body_labels_the_whole_page() -> None:
    # 18b r06 (fr09_milnz): an aggregator's feed-origin label over a reposted release
    text = ("Le canton de Genève met en lumière son écosystème d’innovation à AI for Good\n\n"
            "Source: Switzerland – Canton Government of Geneva in French\n\n"
            "A l’occasion du sommet mondial “AI for Good” organisé par l’Union internationale des "
            "télécommunications (UIT) du 8 au 11 juillet à Genève, le canton réunira sur un stand "
            "collectif des acteurs publics, privés, académiques et de la société civile.\n")
    assert not [r for r, _ in _findings(text) if r == "CIT003"]
    # the same label closing the article is a sources entry
    moved = ("Le canton de Genève met en lumière son écosystème d’innovation à AI for Good\n\n"
             "A l’occasion du sommet mondial “AI for Good” organisé par l’Union internationale des "
             "télécommunications (UIT) du 8 au 11 juillet à Genève, le canton réunira sur un stand "
             "collectif des acteurs publics, privés, académiques et de la société civile.\n\n"
             "Source : Le Figaro\n")
    assert ("CIT003", "citation of 'Le Figaro' lacks title and date") in _findings(moved)
    # an agency's credit in that place is still read as one
    wire = ("Le ministre quitte le gouvernement\n\nSource : AFP\n\nLe ministre de l'Intérieur a "
            "annoncé mardi sa démission, après trois ans au gouvernement et une série de "
            "polémiques sur la sécurité.\n")
    assert [(c["publisher"], c["kind"]) for c in audit_document(wire, "page.txt")["citations"]] \
        == [("AFP", "agency")]


def test_a_line_above_the_body_that_is_only_an_ai_products_name_signs_the_story() -> None:
    # 18a r04c (en05, courier-journal.com): the byline "LedeAI" is the page's only AI statement
    story = ("The Scott County Cardinals defeated the Madison Southern Eagles 51-7 in a Kentucky "
             "high school football game on Friday.\n\nThe Cardinals opened a colossal 34-0 gap "
             "over the Eagles at halftime.\n")
    ai = lambda text: [f["message"] for f in audit_document(text, "page.txt")["findings"]
                       if f["rule"] == "AI001"]
    assert ai("LedeAI\n\n" + story) == ["AI-use disclosure (en, generated): «LedeAI»"]
    assert ai("Lede AI\n\n" + story) == ["AI-use disclosure (en, generated): «Lede AI»"]
    # a company named "…AI" in the text, a maker heading its own news, a tool that may be the
    # page's subject, and a tool the body names again: no byline
    assert ai("Scott County wins\n\nThe Cardinals won, LedeAI said on Friday in a statement "
              "about its new product for newsrooms.\n") == []
    assert ai("OpenAI\n\nThe company said on Friday that it had raised six billion dollars from "
              "its investors in a new round.\n") == []
    assert ai("Perplexity\n\nThe startup said on Friday that it had raised six billion dollars "
              "from investors in a new round of funding.\n") == []
    assert ai("Lede AI\n\nLede AI, a startup that writes sports stories, said on Friday that it "
              "had raised money from investors.\n") == []
