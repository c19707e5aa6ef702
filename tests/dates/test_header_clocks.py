"""A theme's header clock or date bar, an archive widget: the day the page was seen, not written;
the same format under the headline is the post's date."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import LEDE_FR, date_test, read, read_repro, repro


_STORY_dtb = ("Adama Siguiré : « Mon jugement était un procès d’humiliation et de dénigrement » "
              "(Interview)\n\nAdama Amadé Siguiré, « écrivain professionnel », fervent soutien de la "
              "transition, a accordé une interview à Minute.bf. Il appelle à l’unité des Burkinabè "
              "et revient sur son procès.\n\nMinute.bf : Comment se porte M Siguiré ?\n\n"
              "Adama Amadé Siguiré : Je me porte vraiment bien ; ma famille aussi va bien.\n")

# from tests/test_round18_seg.py

_LEDE_FR = ("Le conseil municipal a voté mardi le budget de la commune pour l'année prochaine, "
            "a indiqué le maire à l'issue de la séance.\n")


# the publication date each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
PUBLICATION_DATES = [
    pytest.param("lundi 14 octobre 2024\n\n" + _STORY_dtb,
                 "2024-10-14",
                 id="dates_theme_bar-a_date_line_over_the_headline_stays_read"),
    # review 31 item 5: a product's camel-case category tag beside the byline's date
    pytest.param("iOS 17.4 : Apple ouvre l'App Store aux boutiques alternatives en Europe\n\n"
                 "Par Julien Martin\n6 mars 2024\niPhone\n\nApple a déployé mardi soir la mise à jour "
                 "iOS 17.4, qui permet pour la première fois aux utilisateurs européens d'installer des "
                 "applications depuis des boutiques alternatives.\n",
                 "2024-03-06",
                 id="dates_theme_bar-a_product_tag_beside_the_byline_date_is_no_theme_bar-0"),
    pytest.param("Apple's new iPad Air gets the M3 chip\n\nBy Sarah Collins\nMarch 4, 2025\niPad\n\n"
                 "Apple on Tuesday announced a new iPad Air with the M3 chip, priced from $599, with "
                 "orders open today and deliveries next week.\n",
                 "2025-03-04",
                 id="dates_theme_bar-a_product_tag_beside_the_byline_date_is_no_theme_bar-1"),
    # «samedi, décembre 20, 2025» over the blog's slogan and breadcrumb, on a post of May 2024
    pytest.param(repro("round40a/r2_date"),
                 None,
                 id="round40_dates-header_clock_above_the_title_is_not_the_publication_date-round40a_r2_date"),
    pytest.param("Mittwoch, März 7, 2018\n\nMein Blog über Schönheit\n\nIm Test: ein Shampoo\n\n"
                 "Als ich neulich eine Anfrage erhielt, das Shampoo samt Spülung zu testen, war ich ein wenig "
                 "skeptisch, denn ich hatte schon viele Produkte ausprobiert.\n",
                 None,
                 id="round40_dates-header_clock_in_german_above_the_title"),
    # happyface313 (eval page): the theme prints the post's own date so under its headline
    pytest.param("Im Test: ein Shampoo\n\nMittwoch, März 7, 2018\n\nAls ich neulich eine Anfrage erhielt, "
                 "das Shampoo samt Spülung zu testen, war ich ein wenig skeptisch, denn ich hatte schon "
                 "viele Produkte ausprobiert.\n",
                 "2018-03-07",
                 id="round40_dates-the_same_format_under_the_title_is_the_posts_date"),
    # the language's own order with its weekday is a dateline, wherever it stands
    pytest.param("samedi 20 décembre 2025\n\nBudget de la médiathèque adopté\n\n" + LEDE_FR,
                 "2025-12-20",
                 id="round40_dates-a_french_dateline_in_french_order_above_the_title_is_still_read"),
    # presse-augsburg's tagDiv clock (eval page, dated there by its metadata): «Montag,
    # November 6, 2023» over the site's name and menu, on a story of 12 October 2023
    pytest.param("Montag, November 6, 2023\n\nPresse Augsburg – Nachrichten aus der Region\n\n"
                 "Startseite Lokales\n\nTarifverbund: Neue Preise ab Januar\n\nDer Augsburger "
                 "Verkehrsverbund hat am 12. Oktober 2023 neue Tarife beschlossen, die ab dem kommenden "
                 "Januar gelten sollen. Die Einzelfahrkarte wird um zehn Cent teurer.\n",
                 None,
                 id="round40_dates-a_clock_over_the_site_furniture_in_a_month_english_shares"),
    # the same shape, but the story tells a later day: the line cannot be the day it was seen
    pytest.param("samedi, décembre 20, 2025\n\nProverbe : éduquer une femme, c'est éduquer un "
                 "village.\n\nAccueil Blog\n\nCompte rendu du Conseil des ministres du 8 janvier 2026"
                 "\n\nLe Conseil des ministres s'est tenu à Ouagadougou, le jeudi 8 janvier 2026, en "
                 "séance ordinaire, sous la présidence du chef de l'État. Plusieurs décrets ont été adoptés.\n",
                 "2025-12-20",
                 id="round40_dates-a_clock_format_line_earlier_than_the_story_is_not_a_clock"),
    # round 42b r2 (en09_pajaronian): the header's today beside its weather ("62 F"), over the menu
    pytest.param(repro("round42b/r2"),
                 None,
                 id="round42_dates-a_header_widget_date_beside_the_weather-round42b_r2"),
    pytest.param("18 °C\nMarch 4, 2025\nSubscribe\n\nLibrary budget approved after long debate\n\n"
                 "The library board approved the budget on Tuesday night after a long debate over "
                 "opening hours and staff.\n\nThe mayor said work would start in the spring.\n",
                 None,
                 id="round42_dates-a_date_beside_a_celsius_weather_reading_is_the_visit_s"),
    # no weather: a bare date, or a date and its time, over the headline is the story's own
    pytest.param("March 4, 2025\n10:42\n\nLibrary budget approved after long debate\n\n"
                 "The library board approved the budget on Tuesday night after a long debate over "
                 "opening hours and staff.\n\nThe mayor said work would start in the spring.\n",
                 "2025-03-04",
                 id="round42_dates-a_date_and_its_time_over_the_headline_stay_read"),
]


test_the_publication_date_read = date_test(PUBLICATION_DATES)


# from tests/test_dates_round13.py
def test_archive_widget_outside_the_article():
    """An archive page's date widget outside <article> (hirschbergblog, round 13a): the story's
    dateline inside it dates the page; with no dateline inside, the widget's date stays."""
    page = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Trügerische "
            "Mehreinnahmen?</title></head><body>\n<nav><a href=\"/\">HirschbergBlog</a></nav>\n"
            "<p>Freitag, 23. Oktober 2020</p>\n<article><h1>Trügerische Mehreinnahmen?</h1>\n"
            "<p>{dateline}Der Hirschberger Gemeinderat stimmte der Jahresrechnung 2011 "
            "einstimmig zu. Die Mehreinnahmen von 1,6 Millionen Euro sollen in die Rücklage."
            "</p>\n<p>Von Sabine Prothmann</p></article></body></html>")
    dated = read(page.replace("{dateline}", "Hirschberg, 20. Juli 2012. (red/sap) "), "x.html")
    assert str(dated["published"]) == "2012-07-20"
    undated = read(page.replace("{dateline}", ""), "x.html")
    assert str(undated["published"]) == "2020-10-23"


# from tests/test_dates_theme_bar.py
@pytest.mark.parametrize("bar", [
    "mercredi, octobre 1, 2025\nspot_img\n",  # round 28b r05 (fr17_newsducamer)
    "lundi 14 octobre 2024\nspot_img\n\n",  # round 26b (fr11_minutebf)
    "logoIC\nYaoundé - 06 mai 2024 -\n\n",  # round 26a (fr06_investiraucameroun)
])
def test_a_theme_s_date_bar_is_no_publication_date(bar):
    assert audit_document(bar + _STORY_dtb, "x.txt")["published"] is None


# from tests/test_round18_seg.py

def test_a_date_above_the_breadcrumb_is_the_site_s_today_not_the_article_s():
    # 18a r05: tagline, "Samedi 27 Juillet 2024" over an empty weather widget, then
    # "Accueil > Actualité > <the headline>" and the headline: no publication date
    result = read_repro("round18a", "r05_title_tagline_date_widget.txt")
    assert result["title"] == "Hommage à Maurice Reynaud"
    assert result["published"] is None


def test_a_date_under_the_headline_still_dates_the_article():
    text = ("Commune de Coucouron\n\nSur le plateau ardéchois, Rhône Alpes\n\n"
            "Accueil > Actualité > Hommage à Maurice Reynaud\n\nHommage à Maurice Reynaud\n\n"
            "Samedi 27 Juillet 2024\n\n" + _LEDE_FR)
    result = audit_document(text, "x.txt")
    assert result["title"] == "Hommage à Maurice Reynaud"
    assert result["published"] == "2024-07-27"


# from tests/test_review28_seg.py

def test_a_cued_date_above_the_breadcrumb_dates_the_article():
    # the reviewer's probe: "Publié le 12 mars 2024" between the site's name and the breadcrumb
    text = ("Le Journal de Saône-et-Loire\nPublié le 12 mars 2024\n"
            "Accueil > Faits divers > Un incendie ravage un entrepôt à Mâcon\n"
            "Un incendie ravage un entrepôt à Mâcon\n"
            "Un violent incendie a détruit dans la nuit de lundi à mardi un entrepôt de la zone "
            "industrielle sud de Mâcon. Une quarantaine de pompiers ont été mobilisés et aucun "
            "blessé n'est à déplorer, selon la préfecture.\n"
            "L'origine du sinistre reste inconnue, une enquête a été ouverte.\n")
    result = audit_document(text, "x.txt")
    assert result["title"] == "Un incendie ravage un entrepôt à Mâcon"
    assert result["published"] == "2024-03-12"
    # the site's today, a bare date above the breadcrumb (round 18a r05), still dates nothing
    bare = audit_document(text.replace("Publié le 12 mars 2024", "Mardi 12 mars 2024"), "x.txt")
    assert bare["published"] is None
