"""Round 46: a chatbot's hand-over of any part of a text it wrote (a conclusion, a summary, an
introduction…) with its self-description is AI004 in every supported language (46b it04); a
reporter's "Here is a summary of the ruling" is not. A Markdown table's row naming a model is
no image caption (46b pt01, AI001); a front-matter caption is the lead image's caption (46a fr26)."""

from __future__ import annotations

import pytest

from audit.load.markdown import load_markdown
from audit.segment.disclosure import find_residue

from tests.blind_reading import ROUNDS
from tests.citations.reading import ai_rule_messages, ai_rule_spans

REPRO_B = ROUNDS / "round46b" / "repro"
REPRO_A = ROUNDS / "round46a" / "repro"


def _rules(path) -> list[str]:
    return [rule for rule, _ in ai_rule_messages(path.read_text(encoding="utf-8"), path.name)]


@pytest.mark.parametrize("name", ["r01b_it_handover_oneline.md", "r01c_it_handover_oneline_colon.md",
                                  "r01d_en_handover_oneline.md", "r01e_it_handover_seo.md",
                                  "r01f_it_handover_style.md"])
def test_a_chatbots_handover_of_a_texts_part_is_a_leftover_r46(name):
    assert _rules(REPRO_B / name) == ["AI004"]


@pytest.mark.xfail(strict=True, reason="it04 as published: the hand-over is hard-wrapped over two "
                   "lines («…dalla prospettiva di un esperto\\nGIS e di pianificazione urbana.») and the "
                   "Markdown page is cut into one span a line; a hand-over is read within its line, "
                   "which here ends without its full stop")
def test_the_wrapped_handover_of_it04_is_a_leftover():
    assert _rules(REPRO_B / "r01a_it_handover_wrapped.md") == ["AI004"]


@pytest.mark.parametrize("line", [
    # real chatbot output pasted into repositories (search corpus `code`; find_string ids)
    "Voici une synthèse structurée et priorisée des nouvelles fonctionnalités identifiées lors de nos "
    "échanges, intégrée à la vision globale du projet Kistaverk.",  # id 6741487436
    "Voici une synthèse structurée et actionnable pour finaliser l'étape 4 (découpage en "
    "sous-domaines) et préparer l'étape 5.",  # id 66857126309, cut
    # the same shapes in the other languages
    "Certo! Ecco una sintesi orientata all'azione, dal punto di vista di un esperto:",
    "Sure! Here's an actionable summary, from the perspective of an expert:",
    "Hier ist eine handlungsorientierte Zusammenfassung aus Sicht eines Experten:",
    "¡Claro! Aquí tienes un resumen orientado a la acción, desde la perspectiva de un experto:",
    "Claro! Aqui está uma conclusão do ponto de vista de um especialista:",
    "Natuurlijk! Hier is een actiegerichte samenvatting, vanuit het perspectief van een expert:",
])
def test_handovers_of_a_texts_parts_in_every_language(line):
    assert find_residue(line)


@pytest.mark.parametrize("line", [
    "Ecco i consigli degli esperti.",
    "Voici la conclusion du rapport :",
    "Here is a summary of the ruling:",
    "Here is the full list of structured settlements:",
    "Voici la liste des produits structurés :",
    "Here is a translation of the letter, as requested by many readers:",
    "Le juge a tranché. Voici une synthèse du jugement, du point de vue d'un expert.",
    "Hier ist die Zusammenfassung des Urteils:",
    "Aquí tiene el resumen de la sentencia:",
])
def test_an_articles_own_here_is_stays_silent_r46(line):
    assert find_residue(line) == []


@pytest.mark.parametrize("name", ["r02a_pt_table_gemini_first.md", "r02b_pt_table_gemini_second.md",
                                  "r02c_pt_table_claude_first.md", "r02d_en_table_gemini_first.md"])
def test_a_table_row_naming_a_model_is_no_caption_r46(name):
    assert _rules(REPRO_B / name) == []


def test_a_credit_line_of_parts_is_still_read():
    assert [r for r, _ in ai_rule_messages("Le marché\n\nPhoto : John Doe | Midjourney\n\nTexte.")] == ["AI001"]


def test_a_caption_in_the_body_is_read_r46():
    assert _rules(REPRO_A / "r05b_caption_body.txt") == ["AI001"]


def test_a_front_matter_caption_is_read_as_a_caption_r46():
    # fr26: `fig-caption: Illustration générée par IA`, printed under the lead image by the theme
    text = (REPRO_A / "r05a_figcaption_fm.md").read_text(encoding="utf-8")
    assert ai_rule_spans(text, "r05a.md") == [("AI001", "Illustration générée par IA")]
    assert "AI001" in _rules(ROUNDS / "round46a" / "inputs" / "fr26_vibecoding.md")


def test_the_front_matter_caption_points_at_its_value():
    doc = load_markdown(_NESTED, name="x.md", encoding="utf-8")
    at = doc.text.index("Un robot")
    assert (doc.source_line(at), doc.source_column(at)) == (5, 13)  # "  caption: \"Un robot…"
    at = doc.text.index("Le texte")
    assert doc.source_line(at) == 8  # the body's lines still count right
    assert [b.tag for b in doc.blocks if b.text.startswith("Un robot")] == ["figcaption"]


def test_a_nested_caption_credited_to_a_generator_is_read():
    # "par Midjourney" closing a caption is read only in a caption: the front matter's is one
    assert [r for r, _ in ai_rule_messages(_NESTED, "x.md")] == ["AI001"]
    plain = _NESTED.replace('  caption: "Un robot en train de peindre par Midjourney"\n', "")
    assert ai_rule_messages(plain + "\nUn robot en train de peindre par Midjourney\n", "x.md") == []


@pytest.mark.parametrize("key", ["description", "summary", "image_alt"])
def test_other_front_matter_keys_stay_metadata(key):
    text = f'---\ntitle: "Le marché"\n{key}: Illustration générée par IA\n---\n\nLe texte de l\'article.\n'
    assert ai_rule_messages(text, "x.md") == []


_NESTED = ('---\ntitle: "Le marché"\nimage:\n  src: a.jpg\n'
           '  caption: "Un robot en train de peindre par Midjourney"\n---\n\n'
           "Le texte de l'article commence ici. Il parle du marché.\n")
