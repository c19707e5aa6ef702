"""Round 32 of the blind test (2026-12-06): stated dates the reader missed (32a r2, r3) and
titles taken from a rubric glued to a read time, a landmark's label, an app store's banner, or
missed for a headline glued to its cut deck (32b r05, r06, r07; 32a r6), on the testers' repro
texts, with negatives that must stay as they were."""

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


# --- dates ---

_CLARK = ("Clark County Board of Supervisors Discusses Printing Notices in County Newspapers\n{}\n"
          "-The Clark County Board of Supervisors had a lengthy discussion regarding the printing of "
          "county documents in county newspapers.\n")


def test_a_dateline_with_a_double_dash_before_its_time():
    # 32a r2 (en04_cwbradio): weekday, ordinal day, "--", the time
    assert _read(_CLARK.format("Thursday, April 18th, 2019 -- 1:11 PM"))["published"] == "2019-04-18"
    assert _read(_CLARK.format("April 18, 2019 -- 1:11 PM"))["published"] == "2019-04-18"


def test_a_double_dash_before_more_words_is_no_dateline():
    # the Board's meeting day in a line that says more, not the page's stamp
    assert _read(_CLARK.format("Board meets Thursday, April 18th, 2019 -- 1:11 PM"))["published"] is None


_COLMAR = ("Colmar : Un garage de la gendarmerie dévasté par le feu\n{}\n\n"
           "Un incendie a détruit tôt samedi vers 0 h 30, un garage de la gendarmerie à Colmar.\n")


def test_a_dateline_in_brackets_under_the_headline():
    # 32a r3 (fr25_cettesemaine): "(Le 22 mars 2010)", the line wholly in brackets
    assert _read(_COLMAR.format("(Le 22 mars 2010)"))["published"] == "2010-03-22"
    assert _read(_COLMAR.format("[22 mars 2010]"))["published"] == "2010-03-22"


def test_a_bracketed_line_that_says_more_is_no_dateline():
    assert _read(_COLMAR.format("(Le débarquement du 6 juin 1944)"))["published"] is None
    assert _read(_COLMAR.format("(Photo prise le 22 mars 2010 par un lecteur)"))["published"] is None
    # an event's day under its headline (review 8: "Fête de la musique : le programme à Quimper")
    assert _read(_COLMAR.format("(Samedi 21 juin 2025)"))["published"] is None


# --- titles ---

_AI_BODY = ("\n\nAI drafting in newsrooms: three gates worth installing first\n\nStory selection, "
            "verification, and voice are precisely where tooling overreaches fastest.\n\nModels can "
            "scaffold outlines and timelines, yet humans still own fact chains.\n")


def test_a_rubric_glued_to_its_read_time_is_no_title():
    # 32b r05 (en03_vibelynews)
    headline = "AI drafting in newsrooms: three gates worth installing first"
    assert _read("Artificial intelligence5 min read" + _AI_BODY)["title"] == headline
    assert _read("Data journalism · 12 min read" + _AI_BODY)["title"] == headline


def test_a_headline_about_minutes_read_stays():
    text = ("Why every story now says how many minutes you need\n\nNews sites print a reading time "
            "over their stories, and readers say it helps them choose what to open.\n")
    assert _read(text)["title"] == "Why every story now says how many minutes you need"


def test_a_page_s_landmark_labels_are_no_title():
    # 32b r06 (fr25_regiongruyere): "En-tête" / "Contenu" over the rubric
    text = ("En-tête\n\nContenu\n\nEconomie\n\nLongtemps arc-boutée sur elle-même, la Gruyère a vécu des "
            "siècles durant grâce à son agriculture. En 1898, l’implantation de la chocolaterie de Broc "
            "ouvrit l’ère de l’industrialisation.\n")
    assert _read(text)["title"] == "Economie"


def test_an_app_store_banner_is_no_title():
    # 32b r07 (fr17_mapnews, a portal's teasers under the banners)
    text = ("×\nMAPNEWS Télécharger l'application sur Google Play\n \nMAPNEWS Télécharger l'application "
            "sur App Store\n \nAller au contenu principal\nAccueil\n\nSa Majesté le Roi a reçu, mardi au "
            "Palais Royal de Casablanca, un dignitaire étranger ...\nLire la suite\n")
    assert _read(text)["title"] is None


def test_a_headline_about_an_app_stays():
    text = ("Télécharger l'application de la mairie sur Google Play ? Les élus disent non\n\nLe conseil "
            "municipal a rejeté mardi le projet d’application mobile présenté par l’opposition, jugé "
            "trop coûteux.\n")
    assert _read(text)["title"] == ("Télécharger l'application de la mairie sur Google Play ? Les élus "
                                    "disent non")


_BACHAR = ("Bachar aurait dénoncé ses sources ! Le procureur a indiqué qu'une enquête a été menée "
           "concernant les déclarations diffamatoires publiées par le blogue\n"
           "Le procureur de la République Abdou Ismael a tenu ce vendredi une conférence de presse au "
           "Parquet concernant l'affaire \"Bachar\".\n"
           "La principale révélation porte sur les résultats de l'enquête menée par la gendarmerie sur "
           "Abdousalami Ibrahim Mpingu alias Bachar, récemment expulsé de Tanzanie et \"placé en "
           "détention provisoire pour des faits d'escroquerie\"\n"
           "Le procureur a indiqué qu'une enquête a été menée concernant les déclarations diffamatoires "
           "publiées par le blogueur sur Facebook.\n")


def test_a_headline_glued_to_its_cut_deck():
    # 32a r6 (fr01_habarizacomores): the first line, the headline then its deck cut short
    assert _read(_BACHAR)["title"] == "Bachar aurait dénoncé ses sources !"


def test_a_first_sentence_closed_is_no_glued_deck():
    # the line's second sentence closed by its mark: a lede's two sentences, no title
    text = _BACHAR.replace("par le blogue\n", "par le blogueur.\n", 1)
    assert _read(text)["title"] != "Bachar aurait dénoncé ses sources !"


_ROUEN = ("Perrine Binet\n02 32 76 84 24 / 07 64 67 18 05\nLouis Petit\n02 76 30 30 65\n"
          "Violences : déclaration conjointe des présidents des différents groupes politiques de la "
          "Métropole Rouen Normandie\n"
          "La mort du jeune Nahel lors d’un contrôle policier à Nanterre a heurté tout un peuple et "
          "nourri, au-delà de la tristesse et de la compassion, une immense colère.\n"
          "Les violences qui secouent la France depuis plusieurs jours sont intolérables. Les atteintes "
          "aux personnes et aux biens publics comme privés doivent cesser immédiatement.\n")


def test_a_press_room_s_blurb_about_the_page_is_no_prose():
    # 32b r08 (fr10_metropolerouen): the listing's blurb over the press contacts and the statement
    headline = ("Violences : déclaration conjointe des présidents des différents groupes politiques de "
                "la Métropole Rouen Normandie")
    blurb = "Retrouvez dans cette page l'ensemble des dossiers de presse de la Métropole Rouen Normandie.\n"
    assert _read(blurb + _ROUEN)["title"] == headline
    blurb = "Retrouvez sur cette page tous les communiqués de presse de la Ville de Rouen.\n"
    assert _read(blurb + _ROUEN)["title"] == headline


def test_a_lede_that_points_elsewhere_stays_prose():
    text = ("Retrouvez dans notre dossier les réactions des élus de la Métropole après la mort du jeune "
            "Nahel, tué lors d’un contrôle policier à Nanterre.\n\nLes maires ont appelé au calme mardi "
            "soir.\n")
    assert _read(text)["title"] is None
