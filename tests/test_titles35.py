"""Titles (issue 7), blind round 35: a byline's label alone and the name under it, an image's alt
text, a word said over and over, a dialog's close glyph before the headline (a name the page never
says again was reverted: review 1 R2)."""

from __future__ import annotations

from tests.blind_reading import HEAD as _HEAD, LEDE as _LEDE, title as _title


def test_a_name_under_the_headline_stays_below_it():
    # a reporter's name alone under its post's stamp is taken again since review 1 R2 reverted
    # the "name the page never says again" rule (tests/test_titles_mendB.py)
    assert _title(f"{_HEAD}\n\nMaria Delgado\n\n{_LEDE}") == _HEAD


def test_a_name_the_text_takes_up_stays_the_headline():
    # a person's, a film's name as the headline: the article is about it and names it again
    page = ("Gena Rowlands\n\nGena Rowlands, the star of many of her husband's films, died on "
            "Wednesday at 94.\n\nRowlands was nominated twice for an Oscar.\n")
    assert _title(page) == "Gena Rowlands"


def test_a_byline_label_alone_and_the_name_under_it_are_furniture():
    page = f"Written by\n\nNews Desk\n\n{_HEAD}\n\n{_LEDE}"
    assert _title(page) == _HEAD
    assert _title(f"Autor\nPUBLISHED:\n\n{_LEDE}") is None


def test_an_images_alt_text_is_no_headline():
    page = f"Menu\nlogo of the county library network\n\n{_HEAD}\n\n{_LEDE}"
    assert _title(page) == _HEAD
    de = ("Foto zeigt den neuen Spielplatz am Stadtpark\n\nDer neue Spielplatz am Stadtpark ist fertig\n\n"
          "Die Stadt hat am Montag den neuen Spielplatz eröffnet. Die Kinder des Viertels können ihn "
          "ab sofort nutzen.\n\nDer Bau hat zwei Jahre gedauert und kostete rund 300.000 Euro.\n")
    assert _title(de) == "Der neue Spielplatz am Stadtpark ist fertig"


def test_a_logo_named_in_a_headline_stays():
    head = "Le nouveau logo de la ville fait débat"
    page = (f"{head}\n\nLe conseil municipal a présenté mardi le nouveau logo de la ville, un dessin "
            "du beffroi en bleu.\n\nPlusieurs habitants ont critiqué son coût sur les réseaux sociaux.\n")
    assert _title(page) == head


def test_a_word_said_over_and_over_is_a_widgets():
    page = f"vidéo vidéo vidéo\n\n{_HEAD}\n\n{_LEDE}"
    assert _title(page) == _HEAD


def test_a_close_buttons_glyph_is_not_the_headlines():
    assert _title(f"✕ {_HEAD}\n\n{_LEDE}") == _HEAD


def test_a_german_noun_phrase_is_no_name():
    # German capitalises every noun: "Neue Spielplätze Stadtpark" has a name's capitals
    page = ("Sperrung Hauptstraße\n\nWegen Bauarbeiten ist die Straße ab Montag für zwei Wochen "
            "gesperrt. Die Umleitung führt über die Bahnhofstraße.\n\nDie Stadt bittet um Verständnis.\n")
    assert _title(page) == "Sperrung Hauptstraße"
