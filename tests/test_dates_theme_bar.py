"""A theme's date bar (the day the page is seen, over or under the theme's identifier left
alone on its line) is no publication date (rounds 26a, 26b, 28b); a date line over the
headline with no such identifier beside it stays read."""

import pytest

from audit.pipeline import audit_document

_STORY = ("Adama Siguiré : « Mon jugement était un procès d’humiliation et de dénigrement » "
          "(Interview)\n\nAdama Amadé Siguiré, « écrivain professionnel », fervent soutien de la "
          "transition, a accordé une interview à Minute.bf. Il appelle à l’unité des Burkinabè "
          "et revient sur son procès.\n\nMinute.bf : Comment se porte M Siguiré ?\n\n"
          "Adama Amadé Siguiré : Je me porte vraiment bien ; ma famille aussi va bien.\n")


@pytest.mark.parametrize("bar", [
    "mercredi, octobre 1, 2025\nspot_img\n",  # round 28b r05 (fr17_newsducamer)
    "lundi 14 octobre 2024\nspot_img\n\n",  # round 26b (fr11_minutebf)
    "logoIC\nYaoundé - 06 mai 2024 -\n\n",  # round 26a (fr06_investiraucameroun)
])
def test_a_theme_s_date_bar_is_no_publication_date(bar):
    assert audit_document(bar + _STORY, "x.txt")["published"] is None


def test_a_date_line_over_the_headline_stays_read():
    assert audit_document("lundi 14 octobre 2024\n\n" + _STORY, "x.txt")["published"] == "2024-10-14"


@pytest.mark.parametrize("text, day", [
    # review 31 item 5: a product's camel-case category tag beside the byline's date
    ("iOS 17.4 : Apple ouvre l'App Store aux boutiques alternatives en Europe\n\n"
     "Par Julien Martin\n6 mars 2024\niPhone\n\nApple a déployé mardi soir la mise à jour "
     "iOS 17.4, qui permet pour la première fois aux utilisateurs européens d'installer des "
     "applications depuis des boutiques alternatives.\n", "2024-03-06"),
    ("Apple's new iPad Air gets the M3 chip\n\nBy Sarah Collins\nMarch 4, 2025\niPad\n\n"
     "Apple on Tuesday announced a new iPad Air with the M3 chip, priced from $599, with "
     "orders open today and deliveries next week.\n", "2025-03-04"),
])
def test_a_product_tag_beside_the_byline_date_is_no_theme_bar(text, day):
    assert audit_document(text, "x.txt")["published"] == day
