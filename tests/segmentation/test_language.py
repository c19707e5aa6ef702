"""The page's language, read before its segments: Portuguese news told from its neighbours, short texts
and web addresses kept theirs, a block the page repeats (a caption printed twice) weighing less
than its prose. Each block comes from a round's file, named above it."""

from __future__ import annotations

import pytest

from audit.lexicon import detect_language, detect_language_of

from tests.blind_reading import read_repro


# from tests/test_round17_seg.py

_PT = ("Com um aporte financeiro superior a R$ 35 milhões, o prefeito José Ronaldo de Carvalho, "
       "lançou, na manhã desta quinta-feira, 7, mais um pacote de obras nas áreas de infraestrura, "
       "educação, saúde, esporte e lazer. Todas as obras elencadas neste novo pacote, de acordo o "
       "prefeito José Ronaldo, atendem a reivindicações de lideranças políticas e comunitárias, "
       "obedecendo a um rigoroso critério de prioridades. Seguindo este princípio, dezenas de "
       "bairros serão contemplados com obras de pavimentação, implantação de postos de saúde e "
       "praças de esporte e lazer na sede e nos distritos.")


def test_portuguese_news_text_detected():
    # 17a r08 (Blog da Feira): "na", "um" and the fused "neste" are Portuguese's own
    assert detect_language(_PT) == "pt"
    assert detect_language(open("tests/data/blind_rounds/round17a/inputs/pt01_blogdafeira.txt",
                                encoding="utf-8").read()) == "pt"


@pytest.mark.parametrize(("text", "language"), [
    # short texts of the neighbouring languages stay theirs
    ("Le maire a présenté le budget de la commune devant le conseil municipal, qui l'a adopté.", "fr"),
    ("El alcalde presentó el presupuesto municipal ante el pleno, que lo aprobó por mayoría.", "es"),
    ("Il sindaco ha presentato il bilancio del comune al consiglio, che lo ha approvato.", "it"),
    ("Der Bürgermeister hat den Haushalt um zehn Uhr dem Gemeinderat vorgestellt.", "de"),
    # a web address's ".com" is no Portuguese word
    ("Accueil www.volcreole.com Le site de référence :: Connexion :: Profil :: Membres :: Forum", None),
])
def test_short_texts_not_portuguese(text, language):
    assert detect_language(text) == language


# from tests/test_round18_seg.py

def test_an_english_caption_printed_twice_does_not_make_a_french_page_english():
    # 18b r09: the French lede and an English photo caption shown twice in one block
    result = read_repro("round18b", "r09_french_article_english_caption_language.txt")
    assert result["language"] == "fr"


def test_repeated_blocks_weigh_less_but_prose_still_decides():
    caption = ("The new team poses for the photographer after the oath ceremony during a plenary "
               "session of the parliament in Brussels. ")
    french = ("Le gouvernement a été formé jeudi soir, après plus de 600 jours de négociations, "
              "selon les partis qui ont signé l'accord de la majorité dans la région.")
    assert detect_language_of([french, caption * 2], repeated=0.5) == "fr"
    # an English article stays English when its own paragraphs repeat a phrase
    # (three paragraphs: with "on", "a", "was" also French's, German's, Dutch's, two English
    # ones of 28 words no longer outweigh a 27-word French sentence; 26a lang26)
    english = ["The council voted on the budget on Tuesday, the mayor said, and the vote was "
               "close.", "The council voted on the budget on Tuesday, the mayor said again.",
               "The opposition said that it would appeal the decision in court."]
    assert detect_language_of(english + [french], repeated=0.5) == "en"
    # unweighted, the verdict is the joined text's, as before
    assert detect_language_of([french, caption * 2]) == "en"
