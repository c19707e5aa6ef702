"""Labelled dates: "Publication :", "Paru le", a datum label, a site generator's field (reST
docinfo, Pelican), a table row's label; a modified field, a fact box's or a date label under
prose does not date the page."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document

from tests.blind_reading import LEDE_FR, date_test, probe, published, read, repro, repro_named
from tests.dates.texts import _DE_LEDE
from tests.titles.texts import _LEDE_tr33


_STORY_FR = ("\n\nLe PSG s'est imposé 2-1 dimanche soir sur la pelouse de Lyon grâce à un doublé de "
             "Kylian Mbappé.\n\nLes Parisiens comptent douze points d'avance.\n")

# --- review D, R6: a header clock stands apart from the headline ---------------------------
_BODY_FR = "Le conseil municipal adopte le budget de la médiathèque\n\nRéuni vendredi soir, le " \
    "conseil municipal a adopté à l'unanimité le budget de la future médiathèque, dont les " \
    "travaux doivent commencer au printemps. Le maire a salué « un projet attendu depuis dix " \
    "ans par les habitants ».\n"

# from tests/test_round20_seg.py

_DIGEST_BODY = ("\n\nVente de 26 000 T de ferrailles : Usage de fausse signature et de faux cachet d’un Ministre\n\n"
                "Quatre individus ont été déférés au parquet du Tribunal de Première instance d’Antananarivo, hier.\n")


# from tests/test_round39_seg.py

_STORY_FR_r39 = ("\n\nSur 650 services en France, un sur dix accueille moins de 10.000 patients par an et se "
                 "retrouve menacé de disparition.\n")


# from tests/test_review28b_seg.py

_BODY_FR_rv28b = ("Le chèque énergie sera versé automatiquement à 5,6 millions de foyers, a annoncé jeudi le "
                  "ministère de la Transition écologique, qui prévoit aussi une revalorisation de MaPrimeRénov'.\n"
                  "Le tarif réglementé de l'électricité doit par ailleurs baisser de 9 % au 1er février, selon la "
                  "Commission de régulation de l'énergie.\n")


_BODY_EN = ("The energy cheque will be paid automatically to 5.6 million households, the ministry said on "
            "Thursday.\nRegulated electricity prices are also due to fall by 9 percent on February 1, the "
            "regulator said.\n")


# the publication date each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
PUBLICATION_DATES = [
    # Item 7: a label's date in a box of other facts is a book's or report's, not the page's
    pytest.param("Critique : « Le Silence des forêts », un premier roman puissant\n\nÉditeur : Actes Sud\n"
                 "Date de publication : 4 janvier 2023\nPages : 320\n\nCe premier roman raconte l'histoire d'un "
                 "garde forestier dans les Vosges. L'écriture est sobre et juste.\n",
                 None,
                 id="review2_titles-a_fact_boxs_publication_date_does_not_date_the_page-0"),
    pytest.param("Un premier roman remarqué\n\nTitre : La Maison du lac\nAuteur : Marie Durand\nPublication : "
                 "15 janvier 2019\nÉditeur : Gallimard\n\nCe premier roman raconte l'histoire d'une famille "
                 "bretonne sur trois générations. L'autrice, née en 1980, vit à Rennes.\n",
                 None,
                 id="review2_titles-a_fact_boxs_publication_date_does_not_date_the_page-1"),
    pytest.param("Le rapport de la Cour des comptes critique la gestion des hôpitaux\nPublication : "
                 "7 avril 2014\n\nLe rapport, très attendu, pointe des dérives budgétaires importantes. "
                 "Les syndicats ont réagi vivement.\n",
                 "2014-04-07",
                 id="review2_titles-a_publication_label_under_the_headline_still_dates_the_page"),
    # 35b r9 (de03): the dek has no closing stop, so it is no paragraph above the stamp
    pytest.param(repro("round35b/r9_date"),
                 "2025-11-16",
                 id="round35_cit_dates-stamp_under_an_open_dek_and_a_datum_label-round35b_r9_date"),
    # the hour in words after the day ("15 Uhr") kept the bare dateline from reading it
    pytest.param("Baugerüst nach Verkehrsunfall eingestürzt\nDatum: Sonntag, 16. November 2025, 15 Uhr" + _DE_LEDE,
                 "2025-11-16",
                 id="round35_cit_dates-date_label_in_the_head-0"),
    pytest.param("Council approves new budget\nDate: March 5, 2024\nThe council approved the budget on Tuesday "
                 "after a long debate. It takes effect in July.\n",
                 "2024-03-05",
                 id="round35_cit_dates-date_label_in_the_head-1"),
    # far down the page, a meeting's day
    pytest.param("Council approves new budget\nThe council approved the budget on Tuesday after a long debate. "
                 "It takes effect in July.\n" + "".join(f"Item {k}\n" for k in range(14)) +
                 "Next meeting\nDate: March 5, 2024\nAll residents are welcome to attend the meeting.\n",
                 None,
                 id="round35_cit_dates-date_label_in_the_head-2"),
    # a table of an event, its label two words, the second lower-case: the incident's start
    pytest.param("Fire at the old mill\n\n| Incident start | March 4, 2024 10:32 |\n| Duration | 2 hours |\n\n"
                 "Firefighters were called to the old mill early on Monday morning after neighbours saw smoke.\n",
                 None,
                 id="round38_dates_mend-a_table_rows_label_still_dates_its_event-0"),
    # a results table and a lone row under it (d07): the match's day, not the page's
    pytest.param("Ligue 1 : le PSG s'impose à Lyon\n\nLe PSG s'est imposé 2-1 dimanche soir sur la pelouse de Lyon.\n\n"
                 "| Journée | Date | Domicile | Score | Extérieur |\n|---|---|---|---|---|\n"
                 "| 27 | 3 mars 2024 | Lyon | 1-2 | PSG |\n\n| Match | 3 mars 2024 |\n",
                 None,
                 id="round38_dates_mend-a_table_rows_label_still_dates_its_event-1"),
    # the publication's label in a table of facts (d14)
    pytest.param("Einsatzbericht der Feuerwehr\n\n| Datum | 6. Juli 2020 |\n| Einsatzort | Hauptstraße |\n\n"
                 "Am frühen Sonntagmorgen wurde die Feuerwehr zu einem Brand in der Hauptstraße alarmiert.\n",
                 "2020-07-06",
                 id="round38_dates_mend-a_table_rows_label_still_dates_its_event-2"),
    pytest.param(repro("round40a/r3_date"),
                 "2021-11-01",
                 id="round40_dates-rst_docinfo_date_under_the_title-round40a_r3_date"),
    pytest.param("Les perles\n==========\n\n:modified: 2022-03-01\n:author: tarek\n\n" + LEDE_FR,
                 None,
                 id="round40_dates-a_modified_field_is_no_publication_date"),
    pytest.param("Les perles\n==========\n\n" + LEDE_FR + "\n:date: 2021-11-01\n",
                 None,
                 id="round40_dates-a_date_field_under_prose_is_not_read"),
    pytest.param("# Les perles de l'Appariteur\n\nPublié le 3 février 2022\n\n:date: 2021-11-01\n\n" + LEDE_FR,
                 "2022-02-03",
                 id="round40_dates-a_published_line_over_a_docinfo_date_is_the_pages"),
    pytest.param("- Détails\n- Publication : 7 avril 2014\n" + _LEDE_tr33,
                 "2014-04-07",
                 id="titles_round33-a_publication_label_dates_the_page"),
    pytest.param("Le rapport annuel\n\nLa commission a annoncé la date de sa publication : le 7 avril "
                 "2014, selon son président, qui a présenté les grandes lignes du document.\n",
                 None,
                 id="titles_round33-publication_in_a_sentence_dates_nothing"),
    # from tests/test_round38_seg.py::test_round38_event_table_row_is_no_publication_date
    pytest.param(repro("round38b/r5_date_event-table_de"),
                 None,
                 id="round38_seg-round38_event_table_row_is_no_publication_date"),
    # from tests/test_round38_seg.py::test_round38_dated_rows_still_read
    # the publication's own label in the row's first cell
    pytest.param("Einsatzbericht Brand\n\nVeröffentlicht | 5. Juli 2020 |\n\nEin Brand ereignete "
                 "sich am 5. Juli tief in der Nacht in der Ortsmitte.\n",
                 "2020-07-05",
                 id="round38_seg-round38_dated_rows_still_read-0"),
    # a byline's bar before its day, no table (round 32b, pymnts)
    pytest.param("UK: Terms of Shire takeover deal revealed\n\n|  July 21, 2014\n\nUS-based "
                 "pharmaceutical conglomerate AbbVie is set to acquire UK rival Shire in a deal "
                 "worth $54.5 billion.\n",
                 "2014-07-21",
                 id="round38_seg-round38_dated_rows_still_read-1"),
    # from tests/test_round39_seg.py::test_a_reposts_article_du_header
    pytest.param(repro("round39a/r5_date_article_du"),
                 "2015-08-31",
                 id="round39_seg-a_reposts_article_du_header-0"),
    pytest.param("Article Le Figaro\n\nLE FIGARO – ARTICLE DU 31 AOÛT 2015 : « HOPITAL » PAR "
                 "GUILLAUME GUICHARD" + _STORY_FR_r39,
                 "2015-08-31",
                 id="round39_seg-a_reposts_article_du_header-1"),
    # a related link under the headline has the header's shape with neither a source's name nor
    # capitals (review of round 39, d20): it dates the linked story, not the page
    pytest.param("Article Le Figaro\n\nArticle du 31 août 2015 : l'hôpital en crise"
                 + _STORY_FR_r39,
                 None,
                 id="round39_seg-a_reposts_article_du_header-2"),
    pytest.param(probe("review39_seg", "d20_fr_article_du_related"),
                 None,
                 id="round39_seg-a_reposts_article_du_header-3"),
    # a source's date in a sentence, an event's label, a label before another thing
    pytest.param("Urgences\n\nUn article du 31 août 2015 : le Figaro révélait la crise."
                 + _STORY_FR_r39,
                 None,
                 id="round39_seg-a_reposts_article_du_header-4"),
    pytest.param("Urgences\n\nConférence du 31 août 2015 : l'hôpital en crise" + _STORY_FR_r39,
                 None,
                 id="round39_seg-a_reposts_article_du_header-5"),
    pytest.param("Urgences\n\nArticle du code de la santé : 31 août 2015" + _STORY_FR_r39,
                 None,
                 id="round39_seg-a_reposts_article_du_header-6"),
    # from tests/test_review28b_seg.py::test_a_subhead_or_an_adjective_names_no_digest
    # item 8: the reviewer's probes (a subhead under the headline; "nouvelles" before a noun)
    pytest.param("Énergie : ce qui change au 1er janvier pour les ménages\nLes nouvelles aides "
                 "du 1er janvier 2025\n" + _BODY_FR_rv28b,
                 None,
                 id="review28b_seg-a_subhead_or_an_adjective_names_no_digest-0"),
    pytest.param("Les nouvelles règles du 1er juillet 2025 : ce qui change pour les "
                 "automobilistes\n" + _BODY_FR_rv28b,
                 None,
                 id="review28b_seg-a_subhead_or_an_adjective_names_no_digest-1"),
    pytest.param("Les nouvelles aides du 1er janvier 2025\n" + _BODY_FR_rv28b,
                 None,
                 id="review28b_seg-a_subhead_or_an_adjective_names_no_digest-2"),
    pytest.param("Energy bills: what changes for households\nThe news of January 1, 2025\n"
                 + _BODY_EN,
                 None,
                 id="review28b_seg-a_subhead_or_an_adjective_names_no_digest-3"),
    # a digest's name as a subhead: its day is no publication's
    pytest.param("Énergie : ce qui change au 1er janvier pour les ménages\nRevue de presse du "
                 "lundi 3 mai 2021\n" + _BODY_FR_rv28b,
                 None,
                 id="review28b_seg-a_subhead_or_an_adjective_names_no_digest-4"),
    # from tests/test_review28b_seg.py::test_a_digest_s_title_still_dates_it
    # the page's title naming a digest still dates it (round 20b r11 and its forms)
    pytest.param("Les actualités Malgaches du Samedi 06 Avril 2019" + _DIGEST_BODY,
                 "2019-04-06",
                 id="review28b_seg-a_digest_s_title_still_dates_it-0"),
    pytest.param("Les nouvelles du lundi 3 mars 2025" + _DIGEST_BODY,
                 "2025-03-03",
                 id="review28b_seg-a_digest_s_title_still_dates_it-1"),
    pytest.param("Revue de presse du lundi 3 mai 2021" + _DIGEST_BODY,
                 "2021-05-03",
                 id="review28b_seg-a_digest_s_title_still_dates_it-2"),
    # from tests/test_review29_rvseg.py::test_a_period_header_still_is_no_publication_date
    pytest.param("Segment information\nYear Ended\nDecember 31, 2024\n\nRevenue rose in every "
                 "segment.\n",
                 None,
                 id="review29_rvseg-a_period_header_still_is_no_publication_date-0"),
    pytest.param("Comptes annuels\nComptes arrêtés au\n31 décembre 2023\n\nLe chiffre d'affaires "
                 "a progressé.\n",
                 None,
                 id="review29_rvseg-a_period_header_still_is_no_publication_date-1"),
]


test_the_publication_date_read = date_test(PUBLICATION_DATES)


# from tests/test_round31_titles_dates.py
def test_a_rubric_glued_before_its_post_s_date():
    # 31b r12 (sabatosera.it): "Cronaca 9 Dicembre 2022"; the same site's "Cronaca 28 Settembre 2021"
    body = ("Caro bollette, Imola spegne i lampioni: ecco dove e quando.\n\nOggi è stata pubblicata dal "
            "Comune di Imola l’ordinanza con i dettagli della riduzione dell’illuminazione pubblica.\n")
    assert read("Posts by tag: amministrazione\n\nCronaca 9 Dicembre 2022\n\n" + body)["published"] == "2022-12-09"
    assert read("Cronaca 28 Settembre 2021\n\n" + body)["published"] == "2021-09-28"


def test_a_word_that_is_no_rubric_before_a_date_stays_unread():
    body = ("Oggi è stata pubblicata dal Comune di Imola l’ordinanza con i dettagli della riduzione "
            "dell’illuminazione pubblica stradale.\n")
    assert read("Caro bollette a Imola\n\nScadenza 9 Dicembre 2022\n\n" + body)["published"] is None


# from tests/test_round38_dates_mend.py
@pytest.mark.parametrize("text", [
    "Le PSG s'impose à Lyon\n\n| Jean Dupont | 4 mars 2024 |" + _STORY_FR,       # d08
    "Le PSG s'impose à Lyon\n\nRédaction | 4 mars 2024 |" + _STORY_FR,            # d09
    "Le PSG s'impose à Lyon\n\n| Par Jean Dupont | 4 mars 2024 |" + _STORY_FR,    # d19
    "Le PSG s'impose à Lyon\n\n| Auteur | Date |\n|---|---|\n| Jean Dupont | 4 mars 2024 |" + _STORY_FR,  # d15
    "City council approves library budget\n\n| By Jane Smith | March 4, 2024 |\n\nThe city council "
    "approved on Tuesday a new budget for the public library after a long debate on opening hours.\n\n"
    "The vote was 7 to 2.\n",                                                      # d20
])
def test_a_byline_laid_out_as_a_table_row_keeps_its_date(text):
    assert published(text, "x.md" if "|---|" in text else "x.txt") == "2024-03-04"


# from tests/test_round40_dates.py
def test_pelican_date_field_beside_its_siblings():
    text = "Title: Mon billet\nDate: 2010-12-03 10:20\nCategory: Python\n\n" + LEDE_FR
    assert published(text, "x.md") == "2010-12-03"


@pytest.mark.parametrize("line, day", [("Samedi, décembre 20, 2025", "2025-12-20"),
                                       ("jeudi, juin 5, 2025", "2025-06-05"),
                                       ("sábado, diciembre 20, 2025", "2025-12-20"),
                                       ("Samstag, Dezember 20, 2025", "2025-12-20")])
def test_the_posts_line_straight_over_its_headline_is_its_date(line, day):
    # a theme's entry-meta over its entry-title, nothing between: the post's own date
    assert published(line + "\n\n" + _BODY_FR) == day


# from tests/test_round19_seg.py

# 19b r12: front matter's date to the month only: said so, not "no publication date"
def test_front_matter_month_is_a_date_not_understood():
    result = read("---\ntitle: \"VGE, costards, LBD\"\ndate: 2020-12\n---\n\nLe conseil municipal "
                   "a duré 7h30, a indiqué la mairie.\n", "x.md")
    assert result["published"] is None
    assert any(n.startswith("publication date not understood (metadata: '2020-12'")
               for n in result["notes"])
    assert not any(n.startswith("no publication date") for n in result["notes"])


# from tests/test_round20_seg.py

# 20b r11: a news digest's title names the day it sums up (a constructed second wording of the
# same form); an event's day in a heading is the event's, no publication date
@pytest.mark.parametrize("top, day", [
    ("Les actualités Malgaches du Samedi 06 Avril 2019", "2019-04-06"),
    ("Revue de presse du lundi 3 mai 2021", "2021-05-03"),
    ("La manifestation du samedi 6 avril 2019", None),
    ("Les quotidiens du 26 Apr 2024", None),
])
def test_a_digest_s_title_dates_it(top, day):
    published = audit_document(top + _DIGEST_BODY, "x.txt")["published"]
    assert (str(published) if published else None) == day


# from tests/test_round37_seg.py

def test_last_modified_is_no_publication_date():
    # 37a r7: "13 Jui 2017" (juin or juillet) and "Last modified on mardi, 13 juin 2017 14:24":
    # an update's date is never the publication's (README, "The article's date"), even alone
    text, name = repro_named("round37a/r7_date_last_modified")
    assert audit_document(text, name)["published"] is None
