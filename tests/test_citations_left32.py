"""Session 32: under "Sources", "X : lower-case words" with no year is a glossary's definition
or a body's title; the cut on shape evidence both ways (the term a body's name, the words
after it defining it or not)."""

from __future__ import annotations

from audit.extract.citations import _defines_term, parse_sources


def _entries(line: str) -> list[str]:
    return [c.raw for c in parse_sources(line, line, [(0, len(line))], "fr")]


def test_a_body_then_a_title_is_a_source() -> None:
    # the trade noted last session: the World Bank's indicators, no year
    line = "Banque mondiale : indicateurs du développement dans le monde"
    assert not _defines_term(line)
    assert _entries(line) == [line]
    assert not _defines_term("Agence internationale de l'énergie : perspectives énergétiques mondiales à long terme")


def test_a_body_then_its_definition_is_a_glossary_line() -> None:
    # a glossary's body terms, defined by a class noun, a relative or a participle of function
    assert _defines_term("Banque centrale : institution chargée de la politique monétaire d'un pays")
    assert _defines_term("Agence de notation : organisme qui évalue la solvabilité des emprunteurs")
    # beobank.be's glossary ("Notation financière"): no body, a definition
    assert _defines_term("Notation financière : une notation financière ou score de crédit est une évaluation du risque")
    # legrandcontinent.eu (session 31) unchanged
    assert _defines_term("En stock\xa0: ensemble de la population recensée à un moment donné")
    assert _entries("En stock\xa0: ensemble de la population recensée à un moment donné") == []
