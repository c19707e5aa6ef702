"""Round 34's AI001 and number findings (helper num34): "générée automatiquement" said of a
table of contents names no AI; NUM003 reads an event's month before its year and an Italian
body's ordinal anniversary beside its founding, and says on the page when an Italian age is not
read; NUM002 shows a contradiction against the statement said with the figure's own words.
Its number tests are in tests/numbers/."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.segment.disclosure import find_disclosures

from tests.numbers.reading import found as _found


# 34a r1 (fr22): a TOC plugin's label; the real sentences are from the pages corpus.
@pytest.mark.parametrize("text, lang", [
    ("Table des matières (générée automatiquement)", "fr"),
    ("Table of contents (automatically generated)", "en"),
    ("Inhaltsverzeichnis (automatisch erstellt)", "de"),
    ("Index généré automatiquement", "fr"),
    # https://kb.justrelate.com/structure-of-an-automatically-generated-table-of-contents-45a7d2140830451a
    ("In the preview you can check at any time the way an automatically generated table of contents looks.", "en"),
    # http://feloy.free.fr/doc2book/html/c392.html
    ("La table des matières est généralement créée automatiquement par le système de présentation.", "fr"),
    # https://editored.de/so-erstellst-du-schnell-ein-automatisches-inhaltsverzeichnis-in-word
    ("Dieser Screenshot zeigt ein automatisch erstelltes Inhaltsverzeichnis in Word.", "de"),
])
def test_automatically_made_furniture_names_no_ai(text, lang):
    assert find_disclosures(fold(text), lang) == ()


@pytest.mark.parametrize("text, lang, act", [
    ("Texte généré automatiquement", "fr", "generated"),  # a content noun: text a model writes
    ("Cet article a été généré automatiquement.", "fr", "generated"),
    ("Résumé (généré automatiquement)", "fr", "summarised"),
    ("Article traduit automatiquement", "fr", "translated"),  # machine translation stays read
    ("Sommaire (traduit automatiquement)", "fr", "translated"),
    ("Dieser Artikel wurde automatisch übersetzt.", "de", "translated"),
    ("Available transcripts are automatically generated.", "en", "generated"),
])
def test_automatically_made_content_still_reads(text, lang, act):
    (reading,) = find_disclosures(fold(text), lang)
    assert reading.act == act


# review 2 of rounds 33/34 (items 8, 9): only a navigation element made so names no AI; a
# robot report's own note, its compound noun ("Spielbericht") or "compte rendu" included, and a
# bare footer under the report disclose it (the BFV's and AP's robot reports carry such notes,
# sueddeutsche.de and poynter.org in the pages corpus)
_MATCH = "Kreisliga: TSV gewinnt 2:0\n\nDer TSV Musterstadt hat am Sonntag mit 2:0 gewonnen. Die Tore fielen in der zweiten Halbzeit.\n\n{}\n"


@pytest.mark.parametrize("note", [
    "Dieser Spielbericht wurde automatisch generiert.",
    "Dieser Wetterbericht wurde automatisch erstellt.",
    "Dieser Spielbericht wurde automatisch auf Basis der Spieldaten erstellt.",
    "Ce compte rendu a été généré automatiquement à partir des données de la Ligue.",
    "Automatisch generiert.",
    "Généré automatiquement.",
    "Automatically generated.",
])
def test_a_robot_reports_note_is_a_disclosure(note):
    assert len(_found(_MATCH.format(note), "AI001")) == 1


@pytest.mark.parametrize("text, lang", [
    ("Sitemap (automatically generated)", "en"),
    ("Le glossaire est généré automatiquement à partir des fiches.", "fr"),
])
def test_other_navigation_made_automatically_names_no_ai(text, lang):
    assert find_disclosures(fold(text), lang) == ()


def test_the_toc_page_has_no_ai001():
    text = ("Écriture AI VS Écriture Humaine - Partie 1\n\nTable des matières (générée automatiquement)\n"
            "  • Segment 1 : Introduction et contexte\n  • Segment 2 : Corps approfondi et comparaison\n\n"
            "Vous êtes assis devant votre clavier aujourd'hui, en pleine réflexion.\n")
    assert _found(text, "AI001") == []
