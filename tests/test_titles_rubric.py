"""A news site's section name alone on its line (lexicon rubric_labels) is the rubric over the
story, never its headline (rounds 18a, 27b, 28a); a short headline that is no section's name
stays the title."""

from audit.pipeline import audit_document

_LEDE_PT = ("O Orçamento da Câmara do Funchal para 2020, no valor de 107,7 milhões de euros, foi "
            "hoje chumbado na Assembleia Municipal, mas as Grandes Opções do Plano foram aprovadas "
            "com os votos do PS e do JPP.\n")


def test_a_rubric_over_the_lede_is_no_title():
    # round 28a (pt01_destak): the text has no headline line
    assert audit_document("Actualidade\n\n" + _LEDE_PT, "x.txt")["title"] is None


def test_a_rubric_over_the_headline_gives_way_to_it():
    # round 27b (en03_goperigon): "Sports" over the story's heading
    text = ("Sports\nHigh School Football Playoffs and Community Highlights\n\n"
            "The Greeneville Greene Devils advanced to the third round of the playoffs on Friday "
            "night after a 35-14 win over Elizabethton, coach Caine Ballard said after the game.\n")
    assert audit_document(text, "x.txt")["title"] == "High School Football Playoffs and Community Highlights"


def test_a_short_headline_that_names_no_rubric_stays():
    text = ("Médiathèque\n\nLa médiathèque municipale ouvrira ses portes le samedi matin à partir "
            "du mois prochain, a annoncé la mairie dans son dernier bulletin d'information.\n")
    assert audit_document(text, "x.txt")["title"] == "Médiathèque"


def test_a_rubric_under_the_post_s_stamp_is_no_title():
    # round 18a (es01_bandomovil), another site and language: no headline line, none expected
    text = ("• 2023-12-14 13:44:26\n    Info General\n\n\n    Ayer a las 19 h, con gran afluencia de "
            "público, tuvo lugar el pleno ordinario de diciembre de 2023.\n\n    Se debatieron los "
            "presupuestos para 2024 y el Equipo de Gobierno explicó haber realizado un presupuesto "
            "basado en los gastos reales que tiene el municipio.\n")
    got = audit_document(text, "x.txt")
    assert got["title"] is None and got["published"] == "2023-12-14"
