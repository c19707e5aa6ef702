"""Days that are not the page's: a masthead's clock and a date beside a search box (the site's
today, round 44a fr26, 44b es05), a life's span under an obituary's name (44b en12)."""

from __future__ import annotations

import pytest

from tests.blind_reading import DATA, LEDE, LEDE_FR, ROUNDS, published, repro

_ES_STORY = ("Amazon compra iRobot, empresa fabricante de aspiradora Roomba\n\nEl gigante del comercio "
             "electrónico Amazon anunció este viernes que ha acordado comprar por 1.700 millones de "
             "dólares la empresa iRobot, fabricante de la aspiradora Roomba.\n\nEn la nota, las empresas "
             "destacaron su intención de colaborar para crear innovaciones.\n")
_OBITUARY = ("The banker Pendarell Hugh (Pen) Kent CBE died on 30 December 2013, aged 76. Born in Marlow, "
             "he was educated at Charterhouse and Oxford.\n")


def _input(name: str) -> str | None:
    path = ROUNDS / name
    return published(path.read_text(encoding="utf-8"), path.name)


def test_a_masthead_s_clock_is_the_visit_s_day_round_44a_fr26():
    assert _input("round44a/inputs/fr26_seneweb.txt") is None
    assert published("Samedi 27 avril 2024 à Dakar\n\nLe budget de la médiathèque adopté\n\n" + LEDE_FR) is None
    # a bare day over the headline is as often the story's own
    assert published("Samedi 27 avril 2024\n\nLe budget de la médiathèque adopté\n\n" + LEDE_FR) == "2024-04-27"


def test_a_day_beside_a_search_box_is_the_visit_s_round_44b_es05():
    assert _input("round44b/inputs/es05_meganoticias.txt") is None
    assert published("Buscar\n\n05 de Noviembre del 2024\n\nTecnología\n\n" + _ES_STORY) is None
    # under a rubric alone it is the story's; so is a date right over the headline, its byline's
    # (btv.de's "Suchen" / "03.02.2022" / the title, an eval page)
    assert published("Tecnología\n\n05 de Noviembre del 2024\n\n" + _ES_STORY) == "2024-11-05"
    assert published("Buscar\n\n05 de Noviembre del 2024\n\n" + _ES_STORY) == "2024-11-05"


def test_a_life_s_span_is_no_publication_day_round_44b_en12():
    assert _input("round44b/inputs/en12_oxfordtoday.txt") is None
    assert published("Pendarell Kent\n\n18 August 1937 – 30 December 2013\n\n" + _OBITUARY) is None
    assert published("Pendarell Kent\n\n30 December 2013\n\n" + _OBITUARY) == "2013-12-30"


def _d44(name: str) -> str:
    return (DATA / "reviewD44" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["s02_fr", "s03_en", "s05_de", "s08_fr"])
def test_a_date_over_its_byline_under_a_search_box_is_the_story_s_review_d44(name):
    # «Rechercher» / «12 mars 2024» / «Par Jean Dupont» / the title: the byline makes the date
    # the story's dateline block, whatever the search box over it
    assert published(_d44(name)) == "2024-03-12"


@pytest.mark.parametrize("name", ["s01_fr", "s07_es", "s10_it"])
def test_a_date_over_a_rubric_under_a_search_box_is_the_visit_s_review_d44(name):
    assert published(_d44(name)) is None
