"""Session 31 (helper cit31): a glossary line in a box headed "Sources" defines a word and
cites no one; a citation of the same "X : …" shape names a publisher, a title or a date."""

from __future__ import annotations

from audit.extract.citations import _defines_term, parse_sources


def _entries(line: str) -> list[str]:
    """The citations the sources reader takes from one line of a sources box."""
    return [c.raw for c in parse_sources(line, line, [(0, len(line))], "fr")]


def test_a_definition_under_sources_is_no_citation() -> None:
    # legrandcontinent.eu (eval page heran): the notes box's only line
    assert _defines_term("En stock\xa0: ensemble de la population recensée à un moment donné")
    assert _entries("En stock\xa0: ensemble de la population recensée à un moment donné") == []
    assert _defines_term("Solde migratoire : différence entre le nombre de personnes entrées et sorties")


def test_a_citation_of_the_same_shape_stays_an_entry() -> None:
    # a publisher named, a quoted title, a date: each makes it a citation
    assert not _defines_term("Le Monde : la population immigrée en France selon le recensement")
    assert not _defines_term("OCDE : perspectives des migrations internationales dans le monde")
    assert not _defines_term("Insee : « Estimations de population », janvier 2024")
    assert not _defines_term("Reuters : ensemble des dépêches publiées sur le sujet")
    line = "Le Monde : la population immigrée en France selon le recensement"
    assert _entries(line) == [line]
