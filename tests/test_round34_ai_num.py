"""Round 34's AI001 and number findings (helper num34): "générée automatiquement" said of a
table of contents names no AI; NUM003 reads an event's month before its year and an Italian
body's ordinal anniversary beside its founding, and says on the page when an Italian age is not
read; NUM002 shows a contradiction against the statement said with the figure's own words."""
from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures


def _found(text: str, rule: str, published: str | None = None) -> list[dict]:
    result = audit_document(text, "x.txt", published=published)
    return [f for f in result["findings"] if f["rule"] == rule]


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


# 34a r2: a month (or a day and month) before the event's year
@pytest.mark.parametrize("event, fires", [
    ("Le 80e anniversaire de la libération de la ville en septembre 1944", True),
    ("Le 80e anniversaire de la libération de la ville en 1944", True),
    ("Le 70e anniversaire de la libération de la ville en septembre 1944", False),
    ("Le 80e anniversaire de la libération de la ville, en septembre 2014,", False),  # the ceremony's
])
def test_anniversary_with_the_month_before_the_year(event, fires):
    text = f"Publié le 15 septembre 2014\n\n{event} a débuté jeudi par une cérémonie.\n"
    assert bool(_found(text, "NUM003")) is fires


def test_anniversary_with_a_month_in_english():
    text = "The town marked the 80th anniversary of its liberation in September 1944 on Thursday.\n"
    assert _found(text, "NUM003", published="2014-09-15")


# 34b r3b: an Italian body's own ordinal anniversary beside its founding year
_IT = "Pubblicato il 6 marzo 2024\n\nLa notizia del giorno in paese e nella provincia intera.\n\n{}\n"


@pytest.mark.parametrize("sentence, fires", [
    ("Fondata nel 1938, l’associazione festeggia quest’anno il suo 90° anniversario.", True),
    ("Fondata nel 1938, l’associazione festeggia quest’anno il suo 86° anniversario.", False),
    ("Fondata nel 1938, l’associazione festeggia quest’anno i suoi 90 anni.", True),
    ("Fondata nel 1938, la banda ha suonato per 90 anni.", False),
    ("Sposati nel 1964, Mario e Lucia festeggiano il loro 90° anniversario di matrimonio.", False),
    ("Fondata nel 1938, la ditta festeggia il suo 90° anniversario di matrimonio del titolare.", False),
])
def test_italian_ordinal_anniversary_beside_founding(sentence, fires):
    assert bool(_found(_IT.format(sentence), "NUM003")) is fires


# 34b r3: Italian ages are not read (reverted in review 8); the page says so, and nothing fires.
# Review 2 of rounds 33/34 (item 13): said only of an age beside a year of birth in a sentence.
@pytest.mark.parametrize("sentence", [
    "I carabinieri hanno arrestato un giovane del luogo, nato nel 1995, di 16 anni.",
    "Luca Bianchi, nato nel 2008, ha 16 anni e ha vinto ieri i campionati regionali.",
    "Il centravanti, classe 2001, a 23 anni è già capitano.",
])
def test_italian_ages_are_noted_not_checked(sentence):
    result = audit_document(_IT.format(sentence), "x.txt")
    assert not [f for f in result["findings"] if f["rule"] == "NUM003"]
    assert any("NUM003 read no age" in note for note in result["notes"])


@pytest.mark.parametrize("sentence", [
    "Condannato nel 2010 a 16 anni di carcere, è uscito ieri.",
    "Vive a Roma da 16 anni, dal 2008.",
    "Un uomo di 45 anni è rimasto ferito. La strada, aperta nel 1964, resta chiusa.",
    "Il circolo, fondato nel 1974, festeggia 50 anni.",
    "Un uomo di 45 anni è rimasto ferito. Il fratello, nato nel 1970, era con lui.",
])
def test_no_age_note_without_a_year_of_birth_beside_the_age(sentence):
    result = audit_document(_IT.format(sentence), "x.txt")
    assert not [f for f in result["findings"] if f["rule"] == "NUM003"]
    assert not any("NUM003 read no age" in note for note in result["notes"])


def test_no_age_note_on_french_or_without_a_count_of_years():
    french = "Publié le 12 novembre 2015\n\nUn jeune homme, né en 1995, âgé de 16 ans, a été arrêté.\n"
    assert not any("NUM003 read no age" in n for n in audit_document(french, "x.txt")["notes"])
    plain = _IT.format("Il sindaco ha inaugurato la piazza nel 2015.")
    assert not any("NUM003 read no age" in n for n in audit_document(plain, "x.txt")["notes"])


# 34b r9: the statement with the figure's verb and time word, not the capacity
def test_contradiction_shown_against_the_statement_said_alike():
    text = ("L’école actuelle a été prévue pour 56 enfants. Aujourd’hui elle accueille 76 enfants en 2016.\n\n"
            "Le chantier commencera en été. Rappelons que l’école accueille aujourd’hui 96 enfants.\n")
    (finding,) = _found(text, "NUM002")
    assert "'76'" in finding["message"] and "'56'" not in finding["message"]


def test_contradiction_keeps_its_anchor_when_no_other_is_closer():
    text = ("La ville compte 120 000 habitants, selon l'Insee. Le maire a inauguré la place.\n\n"
            "Aujourd'hui, la ville compte 150 000 habitants.\n")
    (finding,) = _found(text, "NUM002")
    assert "'120 000'" in finding["message"]
