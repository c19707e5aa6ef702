"""Session 30 (helper head27): round 27's titles taken from a page's furniture: a skip link glued
to the site's name, a menu shown twice, a numbered breadcrumb and a button's link (27a en06), ">>"
related-story links and a caption closed by its credit's bar (27a fr18), a forum's breadcrumb
trail (27b fr23), a search box's placeholders (27b en03)."""

from __future__ import annotations

from audit.pipeline import audit_document


def _title(text: str):
    return audit_document(text, "x.txt")["title"]


_LOCALMOCO = ("Skip to content\nSkip to content LocalMoCo\nNews Towns Directory Events About\n"
              "List your business →\nNews Towns Directory Events About Search\n"
              "  1. Home /\n  2. Legal /\n  3. AI Policy\n\nLEGAL\n\nAI Policy\n\nOur position\n\n"
              "LocalMoCo is a community publication. The trust we earn depends on readers knowing "
              "where our content comes from and how we produce it. This page describes how we use "
              "AI tools and where we draw the line.\n")


def test_skip_link_menu_twice_and_numbered_crumb_are_no_title():
    assert _title(_LOCALMOCO) == "AI Policy"


def test_skip_link_glued_to_a_menu_word():
    # Squarespace's "Skip to Content Home …" (a pasted site's first line, seen in the wild)
    text = ("Skip to Content Home\nThree Bridges Electric wins the county's lighting contract\n\n"
            "The county board voted on Tuesday to award the three-year contract to the Tacoma firm, "
            "which will replace 1,200 street lights.\n")
    assert _title(text) == "Three Bridges Electric wins the county's lighting contract"


def test_a_headline_its_lede_repeats_longer_is_no_menu():
    text = ("City Council Approves Budget\n\nCity Council Approves Budget after two months of "
            "delay, with cuts to every department.\n\nThe vote was 3 to 2.\n")
    assert _title(text) == "City Council Approves Budget"


_COURRIER = (">>Orages en France : une femme décédée à Rouen, gros dégâts pour l'agriculture\n"
             ">>La France touchée par de violents orages, une victime à Rouen\n"
             "Trente-sept départements français sont placés en vigilance orange pour des risques "
             "d'orages. |\nPhoto : AFP/VNA/CVN |\n"
             "De forts orages sont attendus en soirée du Sud-Ouest au Centre-Est, ainsi que sur le "
             "Grand-Est, indique Météo France.\n")


def test_related_links_and_a_barred_caption_are_no_title():
    assert _title(_COURRIER) is None


def test_a_headline_closed_by_a_bar_stays():
    text = ("Orages en France : une victime à Rouen |\n\n"
            "De forts orages sont attendus en soirée du Sud-Ouest au Centre-Est, ainsi que sur le "
            "Grand-Est, indique Météo France.\n")
    assert _title(text) == "Orages en France : une victime à Rouen |"  # no full stop before the bar


def test_forum_breadcrumb_trail_is_no_title():
    text = ("HomeDiagramsDatabaseMapsForum About\n\n"
            "Go Back   SkyscraperPage Forum > Regional Sections > Canada > Québec\n\n"
            "Old Posted Feb 19, 2019, 3:35 AM\n\nCorridor d’écomobilité à l’UQAC\n\n"
            "L’entreprise Excavation L.M.R. de Jonquière a obtenu la semaine dernière le contrat "
            "pour la phase 1 des travaux.\n")
    assert _title(text) == "Corridor d’écomobilité à l’UQAC"
    # a second trail ("Home > News > Local > …", Drupal's) and a headline with one mark stays
    text2 = text.replace("Go Back   SkyscraperPage Forum > Regional Sections > Canada > Québec",
                         "Home > News > Local > Saguenay")
    assert _title(text2) == "Corridor d’écomobilité à l’UQAC"
    one = ("Paris > Lyon : le TGV le plus rapide de France\n\n"
           "La SNCF a annoncé mardi un nouveau record de vitesse entre les deux villes.\n")
    assert _title(one) == "Paris > Lyon : le TGV le plus rapide de France"


def test_search_box_placeholders_are_furniture():
    text = ("Search or enter article URL...Enter keyword or article URL...\n"
            "High School Football Playoffs and Community Highlights\n\n"
            "As the high school football season progresses, various regions are seeing significant "
            "playoff activity and standout performances.\n")
    assert _title(text) == "High School Football Playoffs and Community Highlights"
    text2 = text.replace("Search or enter article URL...Enter keyword or article URL...",
                         "Enter keywords...")
    assert _title(text2) == "High School Football Playoffs and Community Highlights"
    hiker = ("Search continues for missing hiker...\n\n"
             "Rescue teams returned to the mountain on Sunday, the sheriff's office said.\n")
    assert _title(hiker) == "Search continues for missing hiker..."
