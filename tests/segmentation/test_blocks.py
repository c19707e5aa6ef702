"""Blocks the furniture cues must leave to the article: rankings and numbered sections it announces
are its body and headings; a most-read box under it stays furniture. Each block comes from a
round's file, named above it. The cases that read one segment's kind on one text are rows of
``SEGMENT_KINDS``, each id naming its old file, test and case."""

from __future__ import annotations

import pytest

from tests.blind_reading import repro
from tests.segmentation.reading import line_kinds, segment_kind_test, segment_kinds


# from tests/test_round37_seg.py

@pytest.mark.parametrize("text,heading", [
    # R8 (review 2 r1-r3): a ranking story's subheadings, prose under each
    ("Biblioteca civica, ecco la classifica dei prestiti del 2024\n\nIl consiglio comunale ha approvato "
     "martedì il bilancio della biblioteca civica dopo un lungo dibattito.\n\nI più letti\n\nIn testa alla "
     "classifica dei prestiti c'è il nuovo romanzo di Elena Ferrante, seguito dal giallo di Maurizio de "
     "Giovanni.\n\nI meno letti\n\nIn fondo alla classifica restano i manuali tecnici e le guide turistiche.\n",
     "I più letti"),
    ("Audiencias: el fútbol arrasa en la televisión en mayo\n\nEl ayuntamiento aprobó el martes el presupuesto "
     "tras un largo debate sobre los horarios.\n\nLo más visto\n\nLa final de la Copa del Rey fue el programa "
     "más visto del mes con más de seis millones de espectadores y una cuota del 40 por ciento.\n\nLo menos "
     "visto\n\nLos programas culturales quedaron por debajo del tres por ciento de cuota.\n", "Lo más visto"),
    ("Biblioteca divulga os livros mais requisitados de 2024\n\nA câmara municipal aprovou na terça-feira o "
     "orçamento da biblioteca após um longo debate.\n\nOs mais lidos\n\nNo topo da lista está o novo romance "
     "de José Luís Peixoto, seguido por um policial.\n\nOs menos lidos\n\nNo fim da lista ficam os manuais "
     "técnicos e os guias turísticos.\n", "Os mais lidos"),
])
def test_a_ranking_subheading_is_no_related_label(text, heading):
    assert line_kinds(text)[heading] == "heading"


# from tests/test_round39_seg.py

def test_a_ranking_the_article_announces_is_body():
    kinds = segment_kinds(repro("round39b/r8b_en_numbered_list_dropped_fullpage"))
    items = ["1. Finland", "2. Norway", "7. United Kingdom", "9. Spain", "10. United States"]
    assert [kinds[i] for i in items] == ["body"] * len(items)


def test_numbered_sections_stay_headings():
    text = ("Annual report of the association\n\nThe association met on Tuesday to review the year and "
            "vote on the budget for the coming season, as follows:\n\n1. Introduction\n\nThe chairman "
            "opened the meeting and welcomed the members who had travelled from the other towns of the "
            "region.\n\n2. Budget\n\nThe treasurer presented the accounts, which show a small surplus "
            "thanks to the summer fair and the new members.\n\n3. Elections\n\nThe members elected a new "
            "secretary after the former one stepped down for health reasons last spring.\n")
    kinds = segment_kinds(text)
    assert [kinds[h] for h in ("1. Introduction", "2. Budget", "3. Elections")] == ["heading"] * 3


# the kind of one segment of each text; the id names the old test it came from (file, test,
# case)
SEGMENT_KINDS = [
    # from tests/test_round39_seg.py::test_a_most_read_box_under_the_article_stays_furniture
    pytest.param("Stanford report ranks the U.S. near the bottom\n\nThe U.S. has long been "
                 "heralded as a land of opportunity, a place where anyone can succeed regardless "
                 "of the class they were born into.\n\nThe report assessed poverty levels, "
                 "income and wealth inequality, economic mobility and unemployment in ten "
                 "developed countries.\n\nMost read\n\n1. Police search for suspect after "
                 "shooting downtown\n2. Five things to know before the market opens\n3. The best "
                 "cheap flights for the holidays\n4. Why mortgage rates keep climbing\n",
                 "1. Police search for suspect after shooting downtown",
                 "boilerplate",
                 id="round39_seg-a_most_read_box_under_the_article_stays_furniture"),
]

test_the_segment_kind_read = segment_kind_test(SEGMENT_KINDS)
