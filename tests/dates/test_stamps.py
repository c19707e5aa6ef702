"""A post's stamp in its many forms: under a byline, in a date card split over lines, with an
update part, a short year, a dashed order the page's language decides, an icon's ligature."""

from __future__ import annotations

import pytest

from audit.extract.dates import _clock_stamp
from audit.pipeline import audit_document
from tests.blind_reading import article, date_test, published, read, repro, repro_named
from tests.dates.texts import _DE_LEDE
from tests.titles.texts import _HEAD, _LEDE_t34


_BODY = ("Il y a quelques jours, le maire James Chéron est venu s’enquérir de l’avancement des "
         "travaux en cours au Gymnase du Clos Dion. Le chantier doit s'achever à la rentrée.\n")

_FR_BODY_dr30 = ("Une camionnette frigorifique, qui circulait ce matin vers 9 h, sur la RD 603, n’a pu "
                 "éviter, semble-t-il, une voiture qui venait de sa droite.\n")

# R7 (t/date_en_uk_bracket.txt): "(04-03-2016)" is 4 March on a British page, 3 April on an
# American one: an English page states neither, so the stamp is not read.
_UK_BRACKET = 'Council votes to close library (04-03-2016)\n\nCouncillors voted on Thursday to close the branch library in the town centre, despite a petition signed by 3,000 residents. The decision will save £120,000 a year.\n\nCampaigners said they would challenge it.\n'

_MARKET = ("\n\nLe traditionnel marché de Noël de Colmar a ouvert ses portes vendredi soir, place des "
           "Dominicains. Plus de 150 exposants sont attendus jusqu'au 29 décembre.\n\nLes organisateurs "
           "espèrent accueillir près d'un million de visiteurs cette année, selon l'office de tourisme.\n")

_FR_BODY_rtd31 = ("En Côte d’Ivoire, la Banque nationale d’Investissement (BNI) vient de négocier l’obtention "
                  "d’un prêt de 100 millions d’euros auprès de la BEI. L’annonce a été faite le vendredi 17 "
                  "janvier dernier dans un communiqué.\n")

_FR_LEDE = "\nLa mairie a annoncé mardi la fermeture du pont pour travaux pendant trois semaines, selon le maire.\n"

_EN_LEDE = "\nBATON ROUGE, La. - Authorities have arrested a man who they say drove into a plant site.\n"

# from tests/test_round19_seg.py

_BODY_FR = ("\n\nWalmart se retrouve, pour la sixième année consécutive, au sommet du classement des "
            "500 plus grandes entreprises américaines, selon le magazine «Fortune».\n")


# the publication date each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
PUBLICATION_DATES = [
    # not an icon's name: a line that says more than a date stays no dateline
    pytest.param(f"Le gymnase du Clos-Dion en cours de réhabilitation\n\nréunion 14 mars 2019\n\n{_BODY}",
                 None,
                 id="dates_round28-a_word_before_a_date_is_no_icon"),
    # "mis à jour" inside prose: no separator before it, the sentence stays no dateline
    pytest.param("Violente collision sur la D603 près de Metz\n\n"
                 "Le 16 octobre 2015 à 10:50 le plan de circulation de la commune a été mis à jour par les "
                 "services de la ville et de la préfecture.\n" + _FR_BODY_dr30,
                 None,
                 id="dates_round30-an_update_in_a_sentence_is_no_byline_part"),
    pytest.param("26.07.11 13:59 Uhr\n 162\n \n\nEU-Kommission: Chinesen dürfen Medion übernehmen\n"
                 "Die EU-Kommission hat die Übernahme des Elektronikhändlers Medion durch Lenovo genehmigt.\n",
                 "2011-07-26",
                 id="dates_round30-short_year_with_the_hour_alone_on_its_line"),
    # a version number or a score with an hour and words after it: not a stamp alone
    pytest.param("EU-Kommission: Chinesen dürfen Medion übernehmen\n"
                 "Version 26.07.11 13:59 Uhr veröffentlicht mit neuen Funktionen\n"
                 "Die EU-Kommission hat die Übernahme des Elektronikhändlers Medion durch Lenovo genehmigt.\n",
                 None,
                 id="dates_round30-short_year_with_more_words_is_no_dateline"),
    pytest.param(_UK_BRACKET,
                 None,
                 id="review34_dates-ambiguous_dashed_stamp_on_an_english_page_is_not_read"),
    # the page's own month-first day elsewhere states its order
    pytest.param("Weird National Briefs (03-04-2016)\nThe council met on 02/25/2016 and approved the plan. "
                 "It takes effect in July.\n",
                 "2016-03-04",
                 id="review34_dates-dashed_stamp_reads_the_pages_stated_order-0"),
    # a day-first one states the other
    pytest.param("Weird National Briefs (03-04-2016)\nThe council met on 25/02/2016 and approved the plan. "
                 "It takes effect in July.\n",
                 "2016-04-03",
                 id="review34_dates-dashed_stamp_reads_the_pages_stated_order-1"),
    # both orders on the page: no convention
    pytest.param("Weird National Briefs (03-04-2016)\nThe council met on 25/02/2016 and again on 02/26/2016. "
                 "It takes effect in July.\n",
                 None,
                 id="review34_dates-dashed_stamp_reads_the_pages_stated_order-2"),
    # unambiguous by itself
    pytest.param("Council Meeting Agenda Posted for Next Session (03-15-2016)\nThe agenda was posted on Friday.\n",
                 "2016-03-15",
                 id="review34_dates-dashed_stamp_reads_the_pages_stated_order-3"),
    pytest.param("Marché de Noël : le programme du week-end à Colmar\n\nSam.\n21\nnov.\n2025"
                 + _MARKET,
                 None,
                 id="review8_dates_ai-a_weekday_card_under_a_headline_stays_an_event_s_day"),
    # 35b r3 (en02): "Posted by / Wire Reports / … / Weird National Briefs (02-24-2016)"
    pytest.param(repro("round35b/r3_title"),
                 "2016-02-24",
                 id="round35_cit_dates-headline_bracketed_american_day_under_a_byline-round35b_r3_title"),
    # either order, and the page states none: an English page may be British (review 1 of
    # session 34, R7; tests/test_review34_dates.py)
    pytest.param("Weird National Briefs (03-04-2016)" + _EN_LEDE,
                 None,
                 id="round35_cit_dates-dashed_title_stamp-0"),
    # the first cannot be a month
    pytest.param("Les brèves du jour (24-03-2016)" + _FR_LEDE,
                 "2016-03-24",
                 id="round35_cit_dates-dashed_title_stamp-1"),
    # the second cannot
    pytest.param("Les brèves du jour (03-24-2016)" + _FR_LEDE,
                 "2016-03-24",
                 id="round35_cit_dates-dashed_title_stamp-2"),
    # either order on a French page
    pytest.param("Les brèves du jour (03-04-2016)" + _FR_LEDE,
                 None,
                 id="round35_cit_dates-dashed_title_stamp-3"),
    # a paragraph of the story (closed by its stop) over "16.11.25, 15:00 Uhr" dates its facts
    pytest.param("Baugerüst nach Verkehrsunfall eingestürzt\nRund 30 Helfer bauen eine Stützkonstruktion "
                 "zur Stabilisierung des beschädigten Gerüsts auf, Verletzte gab es keine.\n"
                 "16.11.25, 15:00 Uhr" + _DE_LEDE,
                 None,
                 id="round35_cit_dates-a_closed_paragraph_above_still_keeps_a_stamp_from_dating_the_page"),
    # 34a r7: a byline's date line with the article's address after it
    pytest.param(f"{_HEAD}\n\nJean Dupont\n\n6 août 2025 https://exemple.fr/article/3613196?ecd=WNL\n\n{_LEDE_t34}",
                 "2025-08-06",
                 id="titles34-a_date_line_with_its_address_after_it_dates_the_page"),
    # the address cut, a sentence's words are still before the date
    pytest.param(f"{_HEAD}\n\nLa commission régionale a rendu son rapport sur la salle le 6 août 2025 "
                 f"https://exemple.fr/rapport\n\n{_LEDE_t34}",
                 None,
                 id="titles34-a_date_in_a_sentence_with_a_link_does_not_date_the_page"),
    # urdupoint: a byline's name, handle and age before the day it stamps
    pytest.param("UK Supermarket Morrisons Shares Soar On £5.5bn Bid\n\n"
                 "Fahad Shabbir (@FahadShabbir) 19 seconds ago Mon 21st June 2021 | 01:10 PM\n\n"
                 "Shares in British supermarket chain Morrisons surged Monday after it rejected a takeover "
                 "approach as too low, the company said.\n",
                 "2021-06-21",
                 id="titles_round12-a_date_line_s_forms_round_12-0"),
    # an overblog post: the date, a comma, "Rédigé par" and the blog's handle
    pytest.param("Presse aidant....... Suivi de la crise syrienne par les éditoriaux du Monde.\n\n"
                 "3 Septembre 2013 , Rédigé par niduab Publié dans #Presse aidant\n\n"
                 "Le Libération d’hier, 2 septembre, changeait brutalement de ton, selon son éditorial.\n",
                 "2013-09-03",
                 id="titles_round12-a_date_line_s_forms_round_12-1"),
    # a reprint's header: the newspaper's name, then its issue's date on the next line
    pytest.param("Résumé Le Provencal\n\ndu 16 septembre 1976\n\nSOUTHAMPTON PAR K.O.\n\n"
                 "L'O.M. s'est bien battu, mais... (4-0)\n\nSOUTHEMPTON - Contrairement à ce que pourrait "
                 "faire croire le résultat l'O.M. n'a été ni écrasé ni ridicule hier soir à Southampton.\n",
                 "1976-09-16",
                 id="titles_round12-a_date_line_s_forms_round_12-2"),
    pytest.param("Revue de presse\n\nLe Monde du 12 mars 1976\n\nLe gouvernement a présenté hier son plan de "
                 "relance devant les députés, qui l'ont longuement débattu jusqu'au soir.\n",
                 "1976-03-12",
                 id="titles_round12-a_date_line_s_forms_round_12-3"),
    # negatives: a law's date over its text; a day of history and what others did that day
    pytest.param("La laïcité en France\n\nLoi du 9 décembre 1905\n\nLa République assure la liberté de "
                 "conscience et garantit le libre exercice des cultes sous les seules restrictions.\n",
                 None,
                 id="titles_round12-a_date_line_s_forms_round_12-4"),
    pytest.param("Histoire de la ville\n\n6 juin 1944, libérée par les Alliés\n\nLa ville a été libérée après "
                 "de longs combats qui ont duré plusieurs jours dans les rues du centre.\n",
                 None,
                 id="titles_round12-a_date_line_s_forms_round_12-5"),
    # a council's session, its date its meeting's (round 9a: rightly not taken)
    pytest.param("COMPTE RENDU DU CONSEIL MUNICIPAL DU 18 novembre 2019\n\nLe compte rendu de la séance du "
                 "02 septembre 2019 est adopté à l’unanimité par les conseillers présents ce soir.\n",
                 None,
                 id="titles_round12-a_date_line_s_forms_round_12-6-round9a"),
    pytest.param("REUNION DU CONSEIL MUNICIPAL\n\nDU 25 JUIN 2020\n\nLe conseil municipal s’est réuni en "
                 "séance ordinaire sous la présidence du maire pour examiner les points suivants.\n",
                 None,
                 id="titles_round12-a_date_line_s_forms_round_12-7"),
    pytest.param("Notes\n\nJane Doe (@janedoe) wrote about 1976 and more\n\nThe council met on Monday to "
                 "discuss the new budget and the plans for the town's schools and roads.\n",
                 None,
                 id="titles_round12-a_date_line_s_forms_round_12-8"),
    # from tests/test_round19_seg.py::test_site_name_glued_to_the_day
    # 19b r10: the site's name glued to the day (its logo's text run into the stamp)
    pytest.param("Les avantages et les inconvénients de l'utilisation de l'IA pour résumer les "
                 "articles.\n\nZNewsZNews09/06/2025" + _BODY_FR,
                 "2025-06-09",
                 id="round19_seg-site_name_glued_to_the_day-0"),
    # two words before the day, spaced: a label of something else, as before
    pytest.param("Les avantages et les inconvénients de l'utilisation de l'IA pour résumer les "
                 "articles.\n\nVoir aussi 09/06/2025" + _BODY_FR,
                 None,
                 id="round19_seg-site_name_glued_to_the_day-1"),
    # from tests/test_round21_seg.py::test_a_title_line_stamped_with_its_day
    # 21a r7: a blog's posting day in brackets at its title line's end
    pytest.param("Les USA attaquent les entreprises françaises avec des amendes (31/12/2014)\n\n"
                 "Ce lundi 22 décembre, le groupe industriel français Alstom a été condamné à "
                 "verser 772,29 millions de dollars, soit 630 millions d’euros.\n",
                 "2014-12-31",
                 id="round21_seg-a_title_line_stamped_with_its_day-0"),
    pytest.param("Municipales : la liste d'union déposée en préfecture (2020-02-14)\n\nCe lundi "
                 "22 décembre, le groupe industriel français Alstom a été condamné à verser "
                 "772,29 millions de dollars, soit 630 millions d’euros.\n",
                 "2020-02-14",
                 id="round21_seg-a_title_line_stamped_with_its_day-1"),
    # from tests/test_round21_seg.py::test_a_day_in_words_or_a_year_in_a_title_is_no_stamp
    pytest.param("Concert de Noël à la salle des fêtes (24 décembre 2014)\n\nLe groupe a annoncé "
                 "mardi un nouveau programme pour les habitants de la commune et des environs.\n",
                 None,
                 id="round21_seg-a_day_in_words_or_a_year_in_a_title_is_no_stamp-0"),
    pytest.param("Les chiffres du chômage (2014)\n\nLe groupe a annoncé mardi un nouveau "
                 "programme pour les habitants de la commune et des environs.\n",
                 None,
                 id="round21_seg-a_day_in_words_or_a_year_in_a_title_is_no_stamp-1"),
    # from tests/test_review29_rvseg.py::test_a_bylines_day_beats_a_bracketed_day_in_the_title
    # Item 3: an event's day in brackets at the title line's end is a fallback, after the byline.
    pytest.param("Concert de Noël de la chorale à l'église Saint-Martin (21/12/2024)\nPar Marie "
                 "Dupont, le 2 décembre 2024\n\nLa chorale paroissiale donnera son traditionnel "
                 "concert de Noël le 21 décembre à 20 heures en l'église Saint-Martin.\n",
                 "2024-12-02",
                 id="review29_rvseg-a_bylines_day_beats_a_bracketed_day_in_the_title-0"),
    pytest.param("Fête de la musique : trois scènes sur la place du marché (21/06/2025)\nPar "
                 "Jean Martin, le 3 juin 2025\n\nLa mairie a dévoilé mardi le programme de la "
                 "fête de la musique, qui réunira cette année une vingtaine de groupes.\n",
                 "2025-06-03",
                 id="review29_rvseg-a_bylines_day_beats_a_bracketed_day_in_the_title-1"),
    # from tests/test_review29_rvseg.py::test_a_bracketed_title_day_alone_still_dates_the_page
    pytest.param("Les USA attaquent les entreprises françaises avec des amendes (31/12/2014)\n\n"
                 "Ce lundi 22 décembre, le groupe industriel français Alstom a été condamné à "
                 "verser 772,29 millions de dollars.\n",
                 "2014-12-31",
                 id="review29_rvseg-a_bracketed_title_day_alone_still_dates_the_page"),
    # from tests/test_review29_rvseg.py::test_a_headline_ending_on_an_end_word_keeps_its_date_line
    # Item 4: a period's end is its header ("12 Months Ended"), not the verb closing a headline.
    pytest.param("Why Game of Thrones fans still hate the ending\nMarch 5, 2024\n\nFive years "
                 "after the finale, the town still argues about it.\n",
                 "2024-03-05",
                 id="review29_rvseg-a_headline_ending_on_an_end_word_keeps_its_date_line-0"),
    pytest.param("Dockers' strike gets a happy ending\nMarch 5, 2024\n\nFive years after the "
                 "finale, the town still argues about it.\n",
                 "2024-03-05",
                 id="review29_rvseg-a_headline_ending_on_an_end_word_keeps_its_date_line-1"),
    # a bulletin's own day: "situation" without a closing verb is no period's header
    pytest.param("Point de situation au\n15 janvier 2025\n\nFive years after the finale, the "
                 "town still argues about it.\n",
                 "2025-01-15",
                 id="review29_rvseg-a_headline_ending_on_an_end_word_keeps_its_date_line-2"),
    # from tests/test_review29_rvseg.py::test_an_upload_line_under_a_videos_title_dates_it
    pytest.param("Watch: the mayor explains the new budget\n2024-04-01 6,682\n\nThe mayor said "
                 "the budget would rise by 4 percent next year.\n",
                 "2024-04-01",
                 id="review29_rvseg-an_upload_line_under_a_videos_title_dates_it"),
]


test_the_publication_date_read = date_test(PUBLICATION_DATES)


# from tests/test_dates_round13.py
@pytest.mark.parametrize(("text", "published"), [
    # insee: "Paru le" glued to its day, or not (round 13a); insee's label doubled (the store)
    ("Quatre agriculteurs sur dix ont un conjoint salarié\n\nParu le19/09/2017\n\nEn 2013, "
     "37 000 exploitants agricoles exercent dans les Pays de la Loire.\n", "2017-09-19"),
    ("Quatre agriculteurs sur dix ont un conjoint salarié\n\nParu le 19/09/2017\n\nEn 2013, "
     "37 000 exploitants agricoles exercent dans les Pays de la Loire.\n", "2017-09-19"),
    ("Informations rapides\nNo 209\nParu le :Paru le26/08/2020\nProchaine parution le : "
     "26/04/2024 à 08:45\n\nEn août 2020, la confiance des ménages dans la situation économique "
     "est stable : l'indicateur synthétique reste à 94, sous sa moyenne de longue période.\n",
     "2020-08-26"),
    # a post's stamp on a line pasted with the page's share bar (volcreole, round 13b)
    ("Catastrophes naturelles : ces événements marquants\n\n   Article posté par Missyna alna "
     "le 08 Juin 2010 à 11:58  S'abonner au Flux Rss Actualités: Partager cet article sur "
     "Facebook Partager cet article sur Twitter Partager cet article sur Myspace Partager cet "
     "article sur Viadeo\n\nUn sujet regroupant les faits visant surtout à mettre en avant "
     "l'après évènement.\n", "2010-06-08"),
    # a press release's dateline without an agency (globenewswire, round 13a; Ipsos, the store)
    ("Agfa cède Consumer Imaging\n\nMortsel, le 19 août 2004 - Agfa-Gevaert annonce la "
     "conclusion d'un accord de cession pour un prix de 175,5 millions d'euros.\n", "2004-08-19"),
    ("Ipsos : une belle performance dans un marché en croissance\n\nParis, le 18 mars 2008. - Le "
     "marché des études s'est bien développé en 2007. Il s'établit à environ 27 milliards de "
     "dollars, en progression de 6% hors effets de change.\n", "2008-03-18"),
    # the publication's signature closing the article (atelier.bnpparibas, round 13a)
    ("La firme annonce un bénéfice net de 58 millions d'euros.\n\nLe groupe prévoit de revenir "
     "à l'équilibre opérationnel d'ici la fin 2005.\n\n(Atelier groupe BNP Paribas- "
     "08/09/2005)\n", "2005-09-08"),
    # negatives: a source's date in brackets; a place and a day of history in a sentence; a
    # weekday's date over the lede is the widget's or the byline's, read as before
    ("La firme annonce un bénéfice net de 58 millions d'euros.\n\nLe groupe prévoit de revenir "
     "à l'équilibre opérationnel d'ici la fin 2005.\n\n(Source : Les Echos, 08/09/2005)\n", None),
    ("Histoire de la ville\n\nParis, le 14 juillet 1789 - La foule prend la Bastille après des "
     "heures de combats devant la forteresse.\n", None),
    ("Le livre de l'année\n\nUn roman paru le 5 mai 2019 chez Gallimard a reçu hier le prix des "
     "lecteurs de la ville, devant six autres ouvrages de la sélection qui avaient tous été "
     "remarqués par le jury.\n", None),
    # review 26 item 1: "paru", "posté" in a short sentence date a book or a post, not the page
    ("Le roman de l'été\n\nSon premier roman, paru le 12 mars 2019 chez Gallimard, a été traduit "
     "en dix langues.\n\nLes droits d'adaptation au cinéma ont été cédés jeudi.\n", None),
    ("Un titre\n\nUn message posté le 3 mars 2019 sur Facebook a refait surface.\n\nLe reste du "
     "texte est ici.\n", None),
    # ... but a post's header opening its line still does (a forum template's "posté le : … par")
    ("Nouvelles du club\n\nposté le : 14/03/2008 par Admin\n\nLe club a tenu son assemblée "
     "générale samedi.\n", "2008-03-14"),
    # review 26 item 2: a feature's lede opening on a place and a past day, a full stop after it
    ("Nice, le 14 juillet 2016. Ce soir-là, un camion a foncé dans la foule sur la promenade des "
     "Anglais. Neuf ans plus tard, les familles des victimes attendent toujours.\n\nLe musée "
     "Masséna célèbre cette année le 50e anniversaire de sa fondation en 1975.\n", None),
    ("Un titre\n\nKyiv, Feb. 24, 2022. The first missiles struck before dawn.\n\nMore text "
     "here.\n", None),
])
def test_publication_dates(text, published):
    got = read(text)["published"]
    assert (str(got) if got else None) == published


# from tests/test_dates_round28.py
def test_icon_ligature_glued_to_the_date_line():
    # Material Icons' calendar icon kept as its name, glued to the day (round 28b r09, fr26)
    for line in ("event14 mars 2019", "event 14 mars 2019"):
        text = f"Le gymnase du Clos-Dion en cours de réhabilitation\n\n{line}\n\n{_BODY}"
        assert audit_document(text, "x.txt")["published"] == "2019-03-14"


# from tests/test_dates_round30.py
def test_byline_with_an_update_part_after_a_bar():
    # the update's part and the reading time make the line long; the publication's part is short
    text = ("FAITS DIVERS Violente collision sur la D603 près de Metz\n\n"
            "D.-A.D. - 16 oct. 2015 à 10:50 | mis à jour le 18 oct. 2015 à 13:55 - Temps de lecture :\n"
            + _FR_BODY_dr30)
    assert published(text) == "2015-10-16"
    # a name instead of initials, the update after a dash
    text = ("Violente collision sur la D603 près de Metz\n\n"
            "Par Jean-Marc Toussaint - 3 mars 2021 à 18:04 - mis à jour le 4 mars 2021 à 08:12 - Temps de lecture : 2 min\n"
            + _FR_BODY_dr30)
    assert published(text) == "2021-03-03"


# from tests/test_review8_dates_ai.py
def test_a_split_date_card_under_a_headline_dates_the_post() -> None:
    assert published("Le marché de Noël ouvre ses portes à Colmar\n\n21\nnov.\n2025" + _MARKET) \
        == "2025-11-21"  # review 8 probe date1
    assert published("Marché de Noël : Colmar attend un million de visiteurs\n\n05\ndéc.\n2025" + _MARKET) \
        == "2025-12-05"


# from tests/test_round31_titles_dates.py
def test_a_date_stamp_split_over_lines():
    # 31a r06 (forumrsesn.org): "mer." / "22" / "janv." / "2025", as pasted from its boxes
    result = read("mer.\n22\njanv.\n2025\n" + _FR_BODY_rtd31.replace("100 millions d’euros",
                                                                "100 millions d’euros (122,7 millions $)"))
    assert result["published"] == "2025-01-22"
    assert any(f["rule"] == "NUM001" for f in result["findings"])
    # the same page's other item, another day
    assert read("jeu.\n23\njanv.\n2025\n" + _FR_BODY_rtd31)["published"] == "2025-01-23"


def test_numbers_one_a_line_are_no_date():
    assert read("12\n45\n2025\n" + _FR_BODY_rtd31)["published"] is None
    assert read("Résultats\n3\n17\n2024\n" + _FR_BODY_rtd31)["published"] is None


# from tests/test_round37_seg.py

def test_clock_stamp_opening_a_post():
    # 37b r6: "Thu May 29 15:20:00 UTC 2025: Please provide the text …"
    text, name = repro_named("round37b/r6_date_timestamp_en")
    assert str(audit_document(text, name)["published"]) == "2025-05-29"


@pytest.mark.parametrize("line,expected", [
    ("Thu May 29 15:20:00 UTC 2025: Please provide the text", "2025-05-29"),
    ("Sat May 17 23:50:00 UTC 2025: Please provide the text", "2025-05-17"),  # round 13a, en06
    ("Thu May 29 15:20:00 2025", "2025-05-29"),     # C's asctime: no zone
    ("Fri May 29 15:20:00 UTC 2025: x", None),      # the weekday is not the date's: no clock's
    ("Thu May 29 2025", None),                       # no time to the second
    ("The log read Thu May 29 15:20:00 UTC 2025", None),  # not opening the line
])
def test_clock_stamp_shapes(line, expected):
    day = _clock_stamp(line)
    assert (str(day) if day else None) == expected


@pytest.mark.parametrize("text,expected", [
    # the zoned time in brackets under the headline, above the prose: the page's stamp
    ("Webinaire sur la transition énergétique\n\n3 juin 2025 (14h00 CET)\n\nLa chambre de commerce organise "
     "un webinaire gratuit pour les artisans qui souhaitent rénover leurs locaux.\n", "2025-06-03"),
    # a clock stamp as the first line under the headline
    ("Server notes\n\nMon Jan 15 09:00:00 UTC 2018: rebooted the build host after the kernel update.\n\n"
     "The backup ran at night and finished before the team came in.\n", "2018-01-15"),
])
def test_a_stamp_above_the_prose_still_dates_the_page(text, expected):
    assert str(audit_document(text, "page.txt")["published"]) == expected


# from tests/test_round39_seg.py

def test_folhas_glued_abbreviated_month():
    assert published(repro("round39b/r1_pt_date_abbrev_month"), "x.html") == "2018-12-21"


# from tests/test_review29b_rv2a.py

# Item 2: the title line's event day is a fallback, the byline dates the page
@pytest.mark.parametrize("text, day", [
    ("Nuit Blanche (05/10/2024) – Le programme complet de la soirée\n\n"
     "Par Claire Martin, le 20 septembre 2024\n\n"
     "La Ville de Paris a dévoilé vendredi le programme de la prochaine Nuit Blanche, qui se "
     "tiendra le samedi 5 octobre de 19 heures à 7 heures du matin.\n", "2024-09-20"),
    ("Fête de la musique à Rennes. Samedi 21 juin 2025 à 18h30\n\n"
     "Par Claire Martin, le 10 juin 2025\n\n"
     "La Ville de Rennes a dévoilé mardi le programme de la Fête de la musique, qui débutera le "
     "samedi 21 juin à 18h30 place de la Mairie.\n", "2025-06-10"),
])
def test_a_title_line_event_day_does_not_beat_the_byline(text, day):
    assert str(article(text).facts.published) == day


def test_with_no_byline_the_title_line_day_still_dates_the_page():
    text = ("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine anerkannt gute Einrichtung in "
            "Hooksiel. Das wurde auf der Jahreshauptversammlung wieder einmal deutlich.\n\n"
            "Der Vorstand dankte allen Helfern.\n")
    assert str(article(text).facts.published) == "2024-02-14"


# from tests/test_review7_mend.py

def test_a_split_stamp_opening_an_entry_or_under_a_byline_dates_it() -> None:
    body = ("En Côte d’Ivoire, la Banque nationale d’Investissement (BNI) vient de négocier l’obtention "
            "d’un prêt de 100 millions d’euros auprès de la BEI.\n")
    assert published("mer.\n22\njanv.\n2025\n" + body) == "2025-01-22"  # 31a r06
    assert published("Un prêt de la BEI pour la BNI\nPar Awa Diallo\nmer.\n22\njanv.\n2025\n" + body) \
        == "2025-01-22"
