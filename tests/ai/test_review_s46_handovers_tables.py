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
    "Certo! Ecco una sintesi strutturata e orientata all'azione, scritta dal punto di vista di un esperto:",
    "Sure! Here's a structured, actionable summary, written from the perspective of an expert:",
    "Hier ist eine strukturierte, handlungsorientierte Zusammenfassung aus Sicht eines Experten:",
    "¡Claro! Aquí tienes un resumen estructurado y orientado a la acción:",
    "Claro! Aqui está uma conclusão escrita do ponto de vista de um especialista:",
    "Natuurlijk! Hier is een gestructureerde, actiegerichte samenvatting, vanuit het perspectief van een expert:",
    # review of ai48 (/tmp/s46/review_ai48, p/ and q/): framings of the output itself
    "Voici une conclusion structurée et orientée action, rédigée du point de vue d'un expert en sécurité routière :",
    "Voici une courte introduction, optimisée pour le SEO :",  # a short adjective before the noun
    "Voici l'introduction réécrite, optimisée pour le SEO :",  # «l'» with no space
    "Voici un résumé de l'article, dans un style journalistique :",
    "Voici une proposition de conclusion, prête à publier :",
    "Sure! Here is a structured, action-oriented conclusion written from the perspective of a road safety expert:",
    "Here's a concise summary of the article, optimized for SEO:",
    "Certainly! Here's a revised introduction in a professional tone:",
    "Gerne! Hier ist eine strukturierte, handlungsorientierte Zusammenfassung aus Sicht eines Experten:",
    "Hier ist ein Entwurf für die Einleitung, suchmaschinenoptimiert:",
    "¡Claro! Aquí tienes una conclusión estructurada y orientada a la acción, desde la perspectiva de un "
    "experto en seguridad vial:",
    "Aquí tienes un resumen del artículo con un tono periodístico:",
    "Aquí tienes una breve introducción optimizada para SEO:",
    "Ecco una conclusione strutturata e orientata all'azione, elaborata dalla prospettiva di un esperto di "
    "sicurezza stradale:",
    "Ecco una conclusione strutturata, elaborata dalla prospettiva di un esperto di sicurezza stradale:",
    "Ecco una breve introduzione, ottimizzata per i motori di ricerca:",
    "Certo! Ecco un riassunto dell'articolo in stile giornalistico:",
    "Claro! Aqui está uma conclusão estruturada e orientada para a ação, do ponto de vista de um especialista:",
    "Aqui está um resumo do artigo em tom jornalístico:",
    "Natuurlijk! Hier is een gestructureerde, actiegerichte samenvatting vanuit het perspectief van een expert:",
    "Hier is een herschreven versie in een journalistieke stijl:",
])
def test_handovers_of_a_texts_parts_in_every_language(line):
    assert find_residue(line)


def test_the_it04_handover_on_one_line_is_a_leftover():
    line = ("Ecco una conclusione strutturata e orientata all'azione, elaborata dalla prospettiva di un "
            "esperto GIS e di pianificazione urbana.")
    assert find_residue(line)


@pytest.mark.xfail(strict=True, reason="a list, an overview or a breakdown is what an article announces "
                   "all the time («Voici la liste des meilleurs outils SEO», \"Here's a breakdown of "
                   "Google's latest SEO update\"): those nouns are no hand-over, so these chatbot lines "
                   "are missed (review ai48 f07, f22)")
@pytest.mark.parametrize("line", [
    "Here is an actionable list of recommendations based on the information you provided:",
    "Here is a comprehensive, SEO-friendly overview of the topic:",
])
def test_a_handed_over_list_or_overview_is_missed(line):
    assert find_residue(line)


@pytest.mark.xfail(strict=True, reason="\"here are\" and plural nouns are not read: \"Here are the "
                   "introductions of the finalists:\" would need telling apart too (review ai48 f09)")
def test_handed_over_plural_options_are_missed():
    assert find_residue("Here are three possible introductions, optimized for SEO:")


@pytest.mark.parametrize("line", [
    # review of ai48: an article's own announcements, the list's topic no framing of an output
    "Voici la liste priorisée des chantiers retenus par la commune :",
    "Voici le plan d'action du gouvernement, orienté résultats :",
    "Voici la synthèse issue de nos échanges avec les riverains :",
    "Voici la liste des meilleurs outils SEO pour 2025 :",
    "Voici l'analyse du point de vue d'un expert en sécurité routière :",
    "Voici une synthèse des principales mesures :",
    "Here's a breakdown of Google's latest SEO update:",
    "Here is a list of actionable steps homeowners can take to prepare for hurricane season.",
    "Here is the full list of actionable recommendations from the task force:",
    "Here's an analysis from the perspective of an expert in road safety:",
    "Here is an overview of what we know so far:",
    "Hier ist eine Liste der besten SEO-Tools:",
    "Hier ist eine Zusammenfassung der handlungsorientierten Empfehlungen des Rates:",
    "Hier ist eine Übersicht der wichtigsten Punkte:",
    "Aquí está la lista de herramientas SEO que recomienda Google:",
    "Aquí está el análisis desde el punto de vista de un experto en seguridad vial:",
    "Ecco l'elenco delle misure orientate ai risultati approvate dal consiglio:",
    "Ecco l'analisi dal punto di vista di un esperto di sicurezza stradale:",
    "Aqui está a análise do ponto de vista de um especialista em segurança:",
    "Aqui está a lista das melhores ferramentas de SEO:",
    "Hier is de lijst met SEO-tips van Google:",
    "Hier is een overzicht van de belangrijkste maatregelen:",
    # the topic word next to a text part's noun is no framing either
    "Voici une synthèse du rapport sur le SEO local :",
    "Here is a summary of the actionable steps the council approved:",
    "Voici le résumé du jugement, du point de vue d'un expert :",
])
def test_an_articles_announcement_stays_silent_review_ai48(line):
    assert find_residue(line) == []


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


def test_a_credit_row_in_table_form_is_still_read():
    # review ai48 m/t04: only a bare model name's cell is no agent; the row's credit is read
    text = ("Le marché\n\n| Texte : Marie Dupont | Illustration générée par IA | Édition : Paul Martin |"
            "\n\nLe texte de l'article.\n")
    assert ai_rule_spans(text, "t04.md") == [("AI001", "Illustration générée par IA")]


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
