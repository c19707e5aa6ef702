"""The headline under a label: a rubric, a section or category name, a kicker, a tag, a byline's
label or a page type over the headline is no title, nor cut into it; a one-word headline the
page tells of, a headline opening with a rubric's word, stays."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings
from tests.blind_reading import (
    HEAD, LEDE, LEDE_FR, ROUNDS, headline_test, input_title, read, read_repro, repro, title,
)
from tests.titles.texts import _CRASH, _LEDE_t33, _LEDE_t34, _LEDE_tr33


HAITI = ("Haïti et Rep Dominicaine La traite et « l’esclavage déguisé » Une responsabilité partagée "
         "dans le crime (3 de 3)")

LEDE_DE = ("Bei einem spektakulären Verkehrsunfall am Ortsausgang von Ferndorf verletzten sich am "
           "Mittwochabend zwei Polizeibeamten.\n")

AS_FAR = ("L’AS FAR a remporté la Coupe du trône de football après sa victoire en finale face au "
          "Moghreb de Tétouan, ce samedi au Grand stade d’Agadir.\n")

_AI_BODY = ("\n\nAI drafting in newsrooms: three gates worth installing first\n\nStory selection, "
            "verification, and voice are precisely where tooling overreaches fastest.\n\nModels can "
            "scaffold outlines and timelines, yet humans still own fact chains.\n")

_LEDE_ES = ("La Secretaría de Economía informó ayer que entre el 1 de enero y el 15 de abril se "
            "anunciaron 93 proyectos de inversión del sector privado.\n\nEmpresas de Estados "
            "Unidos, Alemania y Argentina fueron las que más anuncios realizaron en el año.\n")

_ESRADIO = ("Menú\nSegún el nuevo alcalde, del pp\n\n"
            "Un ayuntamiento de Almería dejó sin pagar 58.000 euros en comidas y 1.800 en churros\n\n"
            "Según el nuevo alcalde, del PP, el ayuntamiento acumuló hasta 56.000 euros en facturas "
            "impagadas sólo en comidas y 1.800 euros de churros.\n")

_PAGES = ROUNDS

# fr11 (haitigrassrootswatch), the page as pasted: the lede's lines under the headline count
_ZOKIKI = (_PAGES / "round22a" / "inputs" / "fr11_haitigrassrootswatch.txt").read_text(encoding="utf-8")

_LEDE_tr30 = ("Deputies have arrested a suspect wanted for the murder of a Covington woman.\n\n"
              "Smith was taken into custody on Tuesday morning.\n")

_LEDE_PT = ("O Orçamento da Câmara do Funchal para 2020, no valor de 107,7 milhões de euros, foi "
            "hoje chumbado na Assembleia Municipal, mas as Grandes Opções do Plano foram aprovadas "
            "com os votos do PS e do JPP.\n")

# from tests/test_round19_seg.py

_LEDE_T = ("Depuis des années, une idée persiste : la traduction serait avant tout un problème "
           "technique, que les machines finiraient par résoudre seules.\n")


# from tests/test_review28_seg.py

_LEDE_FR = ("La présidente de la Commission européenne a présenté mercredi à Bruxelles un projet "
            "de taxe sur les grandes plateformes numériques, qui doit financer le remboursement du "
            "plan de relance. Les États membres en débattront au prochain Conseil européen, "
            "a-t-elle précisé devant les députés.\n\nLe texte prévoit un prélèvement de 3 % sur le "
            "chiffre d'affaires réalisé dans l'Union.\n")


# from tests/test_review29c_rv3a.py

# Item 8: a section's name with its article over a colon-led headline is a rubric
_QUIMPER = ("\n\nQuimper : la rue Kéréon fermée à la circulation jusqu'à la fin des travaux de "
            "voirie en mars\n\nLa rue Kéréon sera fermée à la circulation à partir de lundi et "
            "jusqu'à la fin du mois de mars, le temps du renouvellement des réseaux d'eau potable. "
            "Les commerces restent accessibles aux piétons.\n\nUne déviation est mise en place par "
            "le quai de l'Odet.\n")


# the headline each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
HEADLINES = [
    # Item 1: a rubric's one word in capitals is cut before a name or an adjective too
    pytest.param("SPORT Mbappé prolonge au Real Madrid jusqu'en 2030\n\nKylian Mbappé a prolongé son contrat "
                 "avec le Real Madrid, a annoncé le club mercredi. Le montant n'a pas été dévoilé.\n\n"
                 "Le joueur s'est dit heureux.\n",
                 "Mbappé prolonge au Real Madrid jusqu'en 2030",
                 id="review2_titles-a_one_word_rubric_before_a_name_or_an_adjective_is_cut-0"),
    pytest.param("ÉCONOMIE Renault va supprimer 4 000 emplois en France\n\nLe constructeur automobile a "
                 "annoncé vendredi un plan d'économies de deux milliards d'euros. Quatre sites sont "
                 "concernés.\n\nLes syndicats appellent à la grève.\n",
                 "Renault va supprimer 4 000 emplois en France",
                 id="review2_titles-a_one_word_rubric_before_a_name_or_an_adjective_is_cut-1"),
    pytest.param("POLITIQUE Violente passe d'armes entre le maire et l'opposition\n\nLe conseil municipal de "
                 "lundi soir a été marqué par de vifs échanges. Le maire a quitté la salle.\n\nLa séance a "
                 "été suspendue.\n",
                 "Violente passe d'armes entre le maire et l'opposition",
                 id="review2_titles-a_one_word_rubric_before_a_name_or_an_adjective_is_cut-2"),
    pytest.param("WORLD Biden meets Xi in San Francisco\n\nPresident Joe Biden met Chinese President Xi "
                 "Jinping on Wednesday for four hours of talks. Both sides called the meeting "
                 "constructive.\n\nTrade tensions remain.\n",
                 "Biden meets Xi in San Francisco",
                 id="review2_titles-a_one_word_rubric_before_a_name_or_an_adjective_is_cut-3"),
    # Item 4: a headline ending in a role word is no byline label
    pytest.param("Verhafteter Journalist\n\nEin deutscher Journalist ist in der Türkei festgenommen worden. "
                 "Das Auswärtige Amt bestätigte den Fall am Montag.\n\nDie Bundesregierung fordert seine "
                 "Freilassung.\n",
                 "Verhafteter Journalist",
                 id="review2_titles-a_headline_ending_in_a_role_word_stays-0"),
    pytest.param("Wanted Reporter\n\nA reporter who disappeared in Mexico last month has been found alive, "
                 "authorities said Tuesday. The journalist had been investigating local corruption.\n\n"
                 "Press freedom groups welcomed the news.\n",
                 "Wanted Reporter",
                 id="review2_titles-a_headline_ending_in_a_role_word_stays-1"),
    pytest.param("Le Journaliste\n\nLe film de Pierre Martin sort mercredi en salles. Il raconte l'histoire "
                 "d'un reporter de guerre revenu de Syrie.\n\nLa critique est enthousiaste.\n",
                 "Le Journaliste",
                 id="review2_titles-a_headline_ending_in_a_role_word_stays-2"),
    pytest.param("Staff Reporter\n\nThe county board voted on Tuesday to award the three-year contract "
                 "to the Tacoma firm, which will replace 1,200 street lights.\n\nWork starts in May.\n",
                 None,
                 id="review2_titles-a_byline_label_over_another_story_is_still_no_title"),
    # Item 5: a byline closes a run of short lines: a headline over it and its tags is no menu
    pytest.param("Hurricane Milton\n\nBy Staff\n\nWeather\n\nFlorida\n\nHurricane Milton made landfall near "
                 "Siesta Key on Wednesday night as a Category 3 storm, knocking out power to more than three "
                 "million customers.\n\nRecovery could take weeks.\n",
                 "Hurricane Milton",
                 id="review2_titles-a_short_headline_over_its_byline_and_tags_stays-0"),
    pytest.param("Brexit\n\nPar AFP\n\nLondres\n\nLe Parlement britannique a rejeté mardi soir l'accord de "
                 "sortie négocié par Theresa May. Le vote a été sans appel.\n\nBruxelles attend des "
                 "propositions.\n",
                 "Brexit",
                 id="review2_titles-a_short_headline_over_its_byline_and_tags_stays-1"),
    # a rubric in square brackets over the lede (23a fr16, infoflash): no headline
    pytest.param("Information (1/1)\n[RETOUR SUR IMAGES]\nSuccès retentissant pour cette 22e édition de "
                 "Festivaux qui s'est achevée jeudi soir sur un tonnerre d'applaudissements.\n",
                 None,
                 id="round23_titles-a_bracketed_rubric_is_no_title_round_23-0-round23a_fr16"),
    # negative: a headline opening with a bracketed tag stays
    pytest.param("[Vidéo] Le festival Festivaux fête sa 22e édition\nSuccès retentissant pour cette 22e "
                 "édition de Festivaux qui s'est achevée jeudi soir sur un tonnerre d'applaudissements.\n",
                 "[Vidéo] Le festival Festivaux fête sa 22e édition",
                 id="round23_titles-a_bracketed_rubric_is_no_title_round_23-1"),
    # a section label the page names again as its category (23b fr25, touthaiti)
    pytest.param("Diaspora\n" + HAITI + "\n- Détails\n- Catégorie : Diaspora\n- Publié le samedi 19 octobre "
                 "2013 15:43\nPar Leslie Péan, 16 octobre 2013 --- Cet article comporte trois parties. Les deux "
                 "premières traitent des responsabilités dominicaines.\n",
                 HAITI,
                 id="round23_titles-a_section_label_named_as_category_is_no_title_round_23-0-round23b_fr25"),
    # negative: a short headline over its lede, the category field naming another rubric
    pytest.param("Diaspora en fête\nLa diaspora haïtienne de Montréal a fêté samedi le cinquantième "
                 "anniversaire de son association, en présence de nombreux élus.\n- Catégorie : Culture\n",
                 "Diaspora en fête",
                 id="round23_titles-a_section_label_named_as_category_is_no_title_round_23-1"),
    # a site's section label over its latest story (24a de01, feuerwehr-kreuztal)
    pytest.param("Aktuelle Nachrichten\n\n" + LEDE_DE,
                 None,
                 id="round24_titles-a_section_label_is_no_title_round_24-0-round24a_de01"),
    # the same label on nonstopnews.de's news pages
    pytest.param("Aktuelle Meldungen\n(lg) Tödlicher Verkehrsunfall am Freitagnachmittag auf der Bundesstraße "
                 "B294 bei Seewald im Landkreis Freudenstadt. Gegen 14.35 Uhr kam es zu einem schweren "
                 "Zusammenstoß zweier Fahrzeuge.\n",
                 None,
                 id="round24_titles-a_section_label_is_no_title_round_24-1"),
    # negative: a headline opening with the words stays
    pytest.param("Aktuelle Nachrichten aus Ferndorf: zwei Polizisten bei Unfall verletzt\n\n" + LEDE_DE,
                 "Aktuelle Nachrichten aus Ferndorf: zwei Polizisten bei Unfall verletzt",
                 id="round24_titles-a_section_label_is_no_title_round_24-2"),
    # the page store's month tag before the headline (26a fr01)
    pytest.param(" date 2022-05 Ce qu’a dit le coach de l’AS FAR après le sacre (VIDEO)\n\n" + AS_FAR,
                 "Ce qu’a dit le coach de l’AS FAR après le sacre (VIDEO)",
                 id="round26_head-a_store_tag_is_not_in_the_title-0-round26a_fr01"),
    # to the day (26a it01, gazzetta)
    pytest.param(" date 2026-01-07 Queste le parole dell'allenatore nerazzurro dopo la vittoria\n\nL'allenatore "
                 "ha parlato ai microfoni dopo la partita di ieri sera, soddisfatto della prestazione della "
                 "squadra.\n",
                 "Queste le parole dell'allenatore nerazzurro dopo la vittoria",
                 id="round26_head-a_store_tag_is_not_in_the_title-1-round26a_it01"),
    # negative: a headline that opens with the word "Date" keeps it
    pytest.param("Date de la finale : l’AS FAR affrontera le Moghreb de Tétouan\n\n" + AS_FAR,
                 "Date de la finale : l’AS FAR affrontera le Moghreb de Tétouan",
                 id="round26_head-a_store_tag_is_not_in_the_title-2"),
    pytest.param("Why every story now says how many minutes you need\n\nNews sites print a reading time "
                 "over their stories, and readers say it helps them choose what to open.\n",
                 "Why every story now says how many minutes you need",
                 id="round32_titles_dates-a_headline_about_minutes_read_stays"),
    # 34a r4 ("Stadtbibliothek", a stray tag over the lede) is left: a one-word first line the lede
    # does not take up is also a real headline ("Coronavirus" over a Brexit lede, tests/test_spans.py;
    # round 27b's "Médiathèque"), so that rule was reverted at the session's end.
    pytest.param(f"Stadtbibliothek\n\n{_LEDE_t34}",
                 "Stadtbibliothek",
                 id="titles34-a_one_word_headline_the_lede_does_not_take_up_stays_the_title"),
    # fr08 (maisonderetraite): a rubric's three words over the headline
    pytest.param("Vie en Ehpad\n\nUne centenaire inspire la joie : un 106ème anniversaire mémorable pour une "
                 "résidente d’Ehpad à Saint-Brieuc\n\nSaint-Brieuc en fête : la douceur d’un 106ème "
                 "anniversaire en Ehpad. L’événement n’est pas passé inaperçu au sein de l’établissement : une "
                 "résidente a soufflé ses 106 bougies, entourée de multiples générations.\n",
                 "Une centenaire inspire la joie : un 106ème anniversaire mémorable pour une résidente "
                 "d’Ehpad à Saint-Brieuc",
                 id="titles_round22-rubric_of_three_words_over_headline-0-fr08"),
    # groupestratos (round 18a): "Levée de fonds" over its headline
    pytest.param("Levée de fonds\nEn août, 13 opérations ont permis aux startups françaises de lever plus de "
                 "30 millions d’euros\nLe mois d’août a marqué un frein majeur à l’investissement dans les "
                 "startups françaises. En dehors de l’été 2020, jamais le financement n’a été aussi faible sur "
                 "quatre semaines.\n",
                 "En août, 13 opérations ont permis aux startups françaises de lever plus de 30 millions "
                 "d’euros",
                 id="titles_round22-rubric_of_three_words_over_headline-1-round18a"),
    # negative: a heading over its text's first sentence stays the title (round 12a)
    pytest.param("L’Histoire du Club\n\nNotre club a tenu sa première assemblée générale le 21 novembre 1896!\n"
                 "Oui vous avez bien lu, notre club a 123 ans et est la plus ancienne association Drouaise.\n"
                 "Les 120 ans furent l’occasion d’un expo a la Chapelle de l’Hotel Dieu en grande rue que vous "
                 "pouvez retrouver a la rubrique revue de presse.\n",
                 "L’Histoire du Club",
                 id="titles_round22-rubric_of_three_words_over_headline-2-round12a"),
    pytest.param("article\n\n" + _LEDE_tr30, None, id="titles_round30-a_page_type_label_is_no_title"),
    pytest.param("Article 49.3 : le gouvernement engage sa responsabilité\n\n" +
                 ("La Première ministre a annoncé mardi qu'elle engageait la responsabilité du gouvernement "
                  "sur le projet de loi de finances devant l'Assemblée nationale.\n"),
                 "Article 49.3 : le gouvernement engage sa responsabilité",
                 id="titles_round30-a_headline_opening_with_the_word_stays"),
    pytest.param("Région | Par Marie Durand\n" + _LEDE_tr33,
                 None,
                 id="titles_round33-a_rubric_over_its_byline_is_no_title"),
    pytest.param("Senior Correspondent\nThe county board voted on Tuesday to award the three-year "
                 "contract to the Tacoma firm, which will replace 1,200 street lights.\n",
                 None,
                 id="titles_round33-a_column_byline_label_is_no_title"),
    pytest.param("Newspaper hires a new columnist for its sports pages\nThe county board voted on "
                 "Tuesday to award the three-year contract to the Tacoma firm, which will replace "
                 "1,200 street lights.\n",
                 "Newspaper hires a new columnist for its sports pages",
                 id="titles_round33-a_headline_naming_a_columnist_is_a_title"),
    # round 28a (pt01_destak): the text has no headline line
    pytest.param("Actualidade\n\n" + _LEDE_PT,
                 None,
                 id="titles_rubric-a_rubric_over_the_lede_is_no_title-round28a_pt01_destak"),
    # round 27b (en03_goperigon): "Sports" over the story's heading
    pytest.param("Sports\nHigh School Football Playoffs and Community Highlights\n\n"
                 "The Greeneville Greene Devils advanced to the third round of the playoffs on Friday "
                 "night after a 35-14 win over Elizabethton, coach Caine Ballard said after the game.\n",
                 "High School Football Playoffs and Community Highlights",
                 id="titles_rubric-a_rubric_over_the_headline_gives_way_to_it-round27b_en03_goperigon"),
    pytest.param("Médiathèque\n\nLa médiathèque municipale ouvrira ses portes le samedi matin à partir "
                 "du mois prochain, a annoncé la mairie dans son dernier bulletin d'information.\n",
                 "Médiathèque",
                 id="titles_rubric-a_short_headline_that_names_no_rubric_stays"),
    # from tests/test_round19_seg.py::test_round19_titles
    # Titles, 19a and 19b: furniture over the lede taken for the headline, a headline missed
    # 19a r_title_allcaps: a headline in capitals, two stops in it
    pytest.param("TEXTE ENTRANT, TEXTE SORTANT. L’IA S’EN CHARGE.\n\n" + _LEDE_T,
                 "TEXTE ENTRANT, TEXTE SORTANT. L’IA S’EN CHARGE.",
                 id="round19_seg-round19_titles-0"),
    pytest.param("INCENDIE À MARSEILLE. LES POMPIERS MOBILISÉS TOUTE LA NUIT.\n\n" + _LEDE_T,
                 "INCENDIE À MARSEILLE. LES POMPIERS MOBILISÉS TOUTE LA NUIT.",
                 id="round19_seg-round19_titles-1"),
    # 19a r_title_rubric: a rubric's label; a headline opening with "Dans" is one
    pytest.param("Dans : Ligue 1.\n\n" + _LEDE_T,
                 None,
                 id="round19_seg-round19_titles-2"),
    pytest.param("Dans les coulisses de la traduction automatique\n\n" + _LEDE_T,
                 "Dans les coulisses de la traduction automatique",
                 id="round19_seg-round19_titles-3"),
    # 19a r_title_figure: a key figure's qualifier and its figure; the headline saying it is one
    pytest.param("Près de\n5 mds CFP\n(40 millions d’euros)\n\n" + _LEDE_T,
                 None,
                 id="round19_seg-round19_titles-4"),
    pytest.param("Plus de\n300\nemplois créés\n\n" + _LEDE_T,
                 None,
                 id="round19_seg-round19_titles-5"),
    pytest.param("Près de 300 emplois créés à Nantes\n\n" + _LEDE_T,
                 "Près de 300 emplois créés à Nantes",
                 id="round19_seg-round19_titles-6"),
    # 19b r07: a byline naming no one
    pytest.param("Direto da redação\n\n" + _LEDE_T,
                 None,
                 id="round19_seg-round19_titles-7"),
    pytest.param("Da Redação\n\n" + _LEDE_T,
                 None,
                 id="round19_seg-round19_titles-8"),
    # 19b r08: a photo credit, its site's address in capitals
    pytest.param("VINCENT GRAETSCH www.FOTOSTUDIO-MERSEBURG.DE\n\n" + _LEDE_T,
                 None,
                 id="round19_seg-round19_titles-9"),
    # 19b r11: a breadcrumb without separators, then the headline
    pytest.param("Accueil Blog Page 18\nRupture prochaine de la coopération entre le Burkina "
                 "Faso et la Suède\n\n" + _LEDE_T,
                 "Rupture prochaine de la coopération entre le Burkina Faso et la Suède",
                 id="round19_seg-round19_titles-10"),
    pytest.param("Accueil des réfugiés : la ville de Nantes s'organise\n\n" + _LEDE_T,
                 "Accueil des réfugiés : la ville de Nantes s'organise",
                 id="round19_seg-round19_titles-11"),
    # from tests/test_round20_seg.py::test_a_rubric_alone_over_the_headline
    # 20a r09: a rubric's one word over the headline; a headline about archives is one
    pytest.param("Archives\n\nCyclone Dean - La région Guadeloupe prend la main\n\nAlors qu’une "
                 "délégation d’élus sera reçue à l’Elysée, le 29 août, le président du conseil "
                 "régional a annoncé la création d’un fonds de 20 millions d’euros.\n",
                 "Cyclone Dean - La région Guadeloupe prend la main",
                 id="round20_seg-a_rubric_alone_over_the_headline-0"),
    pytest.param("Archive\n\nCyclone Dean - La région Guadeloupe prend la main\n\nAlors qu’une "
                 "délégation d’élus sera reçue à l’Elysée, le 29 août, le président du conseil "
                 "régional a annoncé la création d’un fonds de 20 millions d’euros.\n",
                 "Cyclone Dean - La région Guadeloupe prend la main",
                 id="round20_seg-a_rubric_alone_over_the_headline-1"),
    pytest.param("Archives nationales : les fichiers de la préfecture ouverts au public\n\nAlors "
                 "qu’une délégation d’élus sera reçue à l’Elysée, le 29 août, le président du "
                 "conseil régional a annoncé la création d’un fonds de 20 millions d’euros.\n",
                 "Archives nationales : les fichiers de la préfecture ouverts au public",
                 id="round20_seg-a_rubric_alone_over_the_headline-2"),
    # from tests/test_review29b_rv2a.py::test_a_short_headline_over_its_standfirst_stays_the_title
    pytest.param("Net zero's reckoning\nHow Britain's promise to decarbonise by 2050 collided "
                 "with the cost of living crisis\nBy Jane Smith\n12 March 2024\nWhen the "
                 "government set its net zero target in law five years ago, few ministers "
                 "expected the bill to arrive so soon. Households now face higher energy costs "
                 "than at any time in a generation.\n",
                 "Net zero's reckoning",
                 id="review29b_rv2a-a_short_headline_over_its_standfirst_stays_the_title-0"),
    pytest.param("Le grand gâchis\nChaque année, des tonnes de nourriture finissent à la "
                 "poubelle dans les cantines scolaires du département\nPar Claire Martin\n12 "
                 "mars 2024\nDans les cantines du département, près d'un tiers des repas servis "
                 "finit à la poubelle, selon une étude publiée mardi par le conseil "
                 "départemental.\n",
                 "Le grand gâchis",
                 id="review29b_rv2a-a_short_headline_over_its_standfirst_stays_the_title-1"),
    pytest.param("The long goodbye\nWhy the last coal mine in the valley is closing after a "
                 "century and what comes next for its workers\nBy Jane Smith\n12 March 2024\nThe "
                 "last shift at the Aberpennar colliery clocked off on Friday, ending a century "
                 "of mining in the valley.\n",
                 "The long goodbye",
                 id="review29b_rv2a-a_short_headline_over_its_standfirst_stays_the_title-2"),
    # from tests/test_review29c_rv3a.py::test_an_article_led_headline_over_its_standfirst_stays
    # review 2's "Le grand gâchis" (the review29b_rv2a rows above) still holds: its standfirst
    # is no colon-led headline
    pytest.param("Le grand gâchis\nChaque année, des tonnes de nourriture finissent à la "
                 "poubelle dans les cantines scolaires du département\nPar Claire Martin\n12 "
                 "mars 2024\nDans les cantines du département, près d'un tiers des repas servis "
                 "finit à la poubelle, selon une étude publiée mardi par le conseil "
                 "départemental.\n",
                 "Le grand gâchis",
                 id="review29c_rv3a-an_article_led_headline_over_its_standfirst_stays"),
]


test_the_headline_picked = headline_test(HEADLINES)


# from tests/test_review2_titles.py
def test_a_rubric_word_opening_a_name_the_page_writes_again_stays():
    line = "NATIONAL Gallery reopens its east wing after two years of works"
    text = (f"{line}\n\nThe National Gallery said on Tuesday that visitors could see its "
            "Renaissance rooms again from Saturday, after a refit that cost 30 million pounds.\n\n"
            "Tickets are free.\n")
    assert title(text) == line


# from tests/test_round31_titles_dates.py
def test_a_tag_archive_s_label_is_no_title():
    body = ("Caro bollette, Imola spegne i lampioni: ecco dove e quando.\n\nOggi è stata pubblicata dal "
            "Comune di Imola l’ordinanza con i dettagli della riduzione dell’illuminazione pubblica.\n")
    assert read("Posts by tag: amministrazione\n\nCronaca 9 Dicembre 2022\n\n" + body)["title"] is None
    # a Jekyll tag page's heading
    text = ('Posts tagged "accessibility"\n\nThree ways to slice the same posts\n\nA blog is a '
            "time-ordered list of posts. That linear view is useful for the home page and the RSS feed. "
            "It is bad for discovery.\n")
    assert read(text)["title"] == "Three ways to slice the same posts"


# from tests/test_round32_titles_dates.py
def test_a_rubric_glued_to_its_read_time_is_no_title():
    # 32b r05 (en03_vibelynews)
    headline = "AI drafting in newsrooms: three gates worth installing first"
    assert read("Artificial intelligence5 min read" + _AI_BODY)["title"] == headline
    assert read("Data journalism · 12 min read" + _AI_BODY)["title"] == headline


# from tests/test_round38_titles.py
def test_a_one_word_kicker_over_the_headline_under_a_deck_date_and_byline():
    assert title(repro("round38b/r2")) == "SE: anuncios de inversión alcanzan los 36 mil mdd"
    # the whole page: a photo's caption and the reporter's role stand between too
    assert input_title("round38b/inputs/es01_eluniversal.txt") == \
        "SE: anuncios de inversión alcanzan los 36 mil mdd"
    # a one-word headline over its lede stays (a film's, a person's name)
    assert title("Oppenheimer\n\n" + LEDE) == "Oppenheimer"


def test_a_lower_case_word_alone_is_no_headline():
    assert title(repro("round38b/r3")) == \
        "Anuncios de inversión extranjera superan los 36 mil mdp en México"
    assert title("loader\n\n" + LEDE) is None
    assert title("spinner\n\n" + _LEDE_ES) is None


# from tests/test_round39_titles.py
def test_a_place_tag_is_no_headline():
    assert title(repro("round39a/r6")) is None
    assert input_title("round39a/inputs/fr02_francebleu.txt") is None
    assert title("Nairobi, Kenya\n\n" + LEDE) is None
    assert title("Zagreb, Kroatien\n\n" + LEDE) is None  # the page's language's name


# from tests/test_round40_titles.py
def test_a_one_word_headline_its_page_tells_of_stays():
    # said again in the fifth paragraph (round 27b fr08); under a date line, under a
    # landmark's label (round 29b fr11, round 32b fr25)
    assert input_title("round27b/inputs/fr08_villesolliespont.txt") == "Médiathèque"
    assert input_title("round29b/inputs/fr11_sdis60.txt") == "Incendie"
    assert input_title("round32b/inputs/fr25_regiongruyere.txt") == "Economie"


def test_a_one_word_headline_its_lede_tells_of_stays():
    lede = ("Brexit talks resumed in Brussels on Monday after a week of deadlock over the Irish "
            "border, negotiators said.\n\nBoth sides hope to reach a deal before the summit.\n")
    assert title(f"Brexit\n\n{lede}") == "Brexit"


@pytest.mark.xfail(strict=True, reason="«Wirtschaft: Fusionen: …»: a section's word before a "
                   "headline that has its own topic and colon; one colon or two is how many "
                   "headlines are written, no cue tells the site's label from the topic's")
def test_a_section_label_glued_before_the_headline_is_cut():
    assert input_title("round40b/inputs/de04_tagesspiegel.txt") == \
        "Fusionen: Zahl der europäischen Firmenehen nimmt zu"


# from tests/test_title26.py
def test_a_kicker_quoting_the_lede_is_no_title():
    assert title(_ESRADIO).startswith("Un ayuntamiento de Almería dejó sin pagar")
    found = [f for f in audit_article(_ESRADIO, "x.txt", Settings()).findings if f.rule == "NUM007"]
    assert found and "58.000" in found[0].message


def test_the_kicker_quoting_a_later_paragraph_on_the_pasted_page():
    # round 24a's page as a reader pastes it (scratch m08): a deck and a radio widget stand
    # between the headline and the paragraph the kicker quotes
    text = ("Menú\n\nSegún el nuevo alcalde, del pp\n\n"
            "Un ayuntamiento de Almería dejó sin pagar 58.000 euros en comidas y 1.800 en churros\n\n"
            "Los traspasos de poder están dejando sorpresas no sólo en las comunidades autónomas. "
            "En un pequeño pueblo almeriense el PP se ha encontrado con facturas insólitas.\n\n"
            "La tertulia de Luis. Entrevista a Cristóbal Rodríguez\n\n"
            "El audio empezará a sonar cuando acabe el anuncio\n\n"
            "El pueblo de Alhama, en Almería, tiene cuatro mil habitantes. Pero su modesto tamaño "
            "no ha impedido que el Ayuntamiento, socialista hasta el pasado 22-M, haya acumulado "
            "una deuda de 4.300.000 euros.\n\n"
            "Según el nuevo alcalde, del PP, el ayuntamiento del socialista Francisco Guill acumuló "
            "hasta 56.000 euros en facturas impagadas sólo en comidas y 1.800 euros de churros.\n")
    assert title(text).startswith("Un ayuntamiento de Almería dejó sin pagar")
    assert any(f.rule == "NUM007" for f in audit_article(text, "x.txt", Settings()).findings)


def test_a_french_kicker_quoting_the_lede_is_no_title():
    text = ("Selon le rapport de la chambre, à Lyon\n\n"
            "La métropole a laissé filer 12 millions d'euros de travaux sans appel d'offres\n\n"
            "Selon le rapport de la chambre, à Lyon, la métropole a engagé 12 millions d'euros de travaux "
            "sans mise en concurrence entre 2019 et 2022.\n")
    assert title(text).startswith("La métropole a laissé filer")


# from tests/test_titles33.py
def test_a_rubric_with_its_colon_stays_the_headlines():
    # the rubric a colon closes is the headline's own ("Sécurité : …"), not a breadcrumb
    head = "Le budget de la médiathèque adopté par le conseil"
    assert title(f"Culture : {head}\n\n{head}\n\n{_LEDE_t33}") == f"Culture : {head}"


# 30b: "FAITS DIVERS Violente collision sur la D603 près de Metz"
def test_a_rubric_in_capitals_before_the_headline_is_dropped():
    head = "Violente collision sur la départementale près de Nancy"
    lede = ("Deux voitures se sont heurtées mardi soir à la sortie du village, faisant trois "
            "blessés dont un grave.\n")
    assert title(f"FAITS DIVERS {head}\n\n{lede}") == head


def test_a_headline_opening_with_a_rubric_word_in_sentence_case_stays():
    head = "Politique locale : le maire présente son budget"
    assert title(f"{head}\n\n{_LEDE_t33}") == head


# Review 1, R9: a rubric's one word in capitals that opens a name stays the headline's
@pytest.mark.parametrize("line", ["NATIONAL Trust warns of record visitor numbers this summer",
                                  "WORLD Cup final tickets sold out within minutes",
                                  "NEWS Corp shares fall after quarterly results disappoint"])
def test_a_rubric_word_opening_a_name_stays(line):
    lede = ("The city council voted Tuesday night to approve the new library budget after a long "
            "debate over its cost and opening hours.\n")
    assert title(f"{line}\n\n{lede}") == line


def test_a_rubric_word_opening_a_french_name_stays():
    line = "SPORT Lisboa e Benfica remporte le derby face au Sporting"
    assert title(f"{line}\n\n{_CRASH}") == line


@pytest.mark.parametrize("line, expected", [
    ("POLITIQUE Le maire présente son budget devant le conseil", "Le maire présente son budget devant le conseil"),
    ("POLITIQUE L’État annonce un plan pour les écoles rurales", "L'État annonce un plan pour les écoles rurales")])
def test_a_one_word_rubric_before_a_sentence_s_first_word_is_dropped(line, expected):
    assert title(f"{line}\n\n{_CRASH}") == expected


# from tests/test_titles34.py
def test_a_one_word_headline_the_lede_takes_up_stays_the_title():
    lede = ("Un incendie s’est déclaré mardi soir dans un entrepôt de la zone artisanale. "
            "L’incendie a mobilisé trente pompiers pendant quatre heures.\n")
    assert title(f"Incendie\n\n{lede}") == "Incendie"


def test_a_one_word_headline_under_a_date_line_stays_the_title():
    # round 29b's "Le 10 mai 2022" / "Incendie": not the page's first line, not a stray label
    lede = ("Songeons : les pompiers sauvent leur centre de secours des flammes. Le feu s’est "
            "rapidement propagé à la haie mitoyenne.\n")
    assert title(f"Le 10 mai 2022\n\nIncendie\n\n{lede}") == "Incendie"


# from tests/test_titles35.py
def test_a_byline_label_alone_and_the_name_under_it_are_furniture():
    page = f"Written by\n\nNews Desk\n\n{HEAD}\n\n{LEDE}"
    assert title(page) == HEAD
    assert title(f"Autor\nPUBLISHED:\n\n{LEDE}") is None


# from tests/test_titles36.py
def test_kicker_headline_and_dek():
    page = (f"Culture\nBudget voté\nLes élus ont adopté le texte après six heures de discussions\n"
            f"{LEDE_FR}")
    assert title(page) == "Budget voté"
    # an agenda's entry: its name over its date and place is no headline under a rubric
    page = ("Musique\n\nJazz Nights\nDu 4 au 6 août, Marciac\n\nLe festival de jazz revient pour "
            "trois soirées en plein air avec des concerts gratuits sur la place.\n")
    assert title(page) != "Jazz Nights"


def test_a_quotation_over_an_unquoted_headline_is_its_kicker():
    head = "Les agriculteurs bloquent trois autoroutes autour de Lyon"
    page = (f"« On ne lâchera rien »\n{head}\nLes agriculteurs ont bloqué mardi trois autoroutes "
            "autour de Lyon pour protester contre la baisse des prix du lait.\n")
    assert title(page) == head
    # alone over the lede, a quoted headline stays
    quoted = "« Je ne démissionnerai pas »"
    assert title(f"{quoted}\n\nLe ministre a assuré mardi qu'il resterait en poste malgré les "
                 "critiques de l'opposition sur sa gestion du dossier.\n") == quoted


# from tests/test_titles_round22.py
def test_section_name_over_dashed_headline_the_lede_retells():
    # fr11 (haitigrassrootswatch): the site's section name, then "Topic - headline"
    out = read(_ZOKIKI)
    assert out["title"] == "Zokiki - Une « délinquance juvénile » imposée ?"
    assert out["published"] == "2012-11-06"  # the dateline's place, its country, the day


# from tests/test_titles_rubric.py
def test_a_rubric_under_the_post_s_stamp_is_no_title():
    # round 18a (es01_bandomovil), another site and language: no headline line, none expected
    text = ("• 2023-12-14 13:44:26\n    Info General\n\n\n    Ayer a las 19 h, con gran afluencia de "
            "público, tuvo lugar el pleno ordinario de diciembre de 2023.\n\n    Se debatieron los "
            "presupuestos para 2024 y el Equipo de Gobierno explicó haber realizado un presupuesto "
            "basado en los gastos reales que tiene el municipio.\n")
    got = audit_document(text, "x.txt")
    assert got["title"] is None and got["published"] == "2023-12-14"


# from tests/test_round18_seg.py

def test_second_line_of_a_label_is_not_the_title():
    # 18b r10: "Heureux événements" / "au Parc Zoologique de Paris", a listing's label
    assert read_repro("round18b", "r10_title_fragment_listing.txt")["title"] != "au Parc Zoologique de Paris"


# from tests/test_review28_seg.py

@pytest.mark.parametrize("rubric, headline", [
    # the reviewer's probe
    ("Europe", "von der Leyen veut taxer les géants du numérique"),
    ("Politique", "de Villepin lance son propre parti"),
    ("Italie", "di Maio quitte le Mouvement 5 étoiles"),
    ("Culture", "van Gogh au musée d'Orsay"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_opening_with_a_particle_under_a_rubric_is_the_title(rubric, headline, gap):
    assert title(f"{rubric}{gap}{headline}{gap}{_LEDE_FR}") == headline


def test_a_label_broken_in_two_is_still_no_title():
    # round 18b r10: "Heureux événements" / "au Parc Zoologique de Paris": names only, one phrase
    result = audit_document((ROUNDS / "round18b" / "repro" / "r10_title_fragment_listing.txt")
                            .read_text(encoding="utf-8"), "r10.txt")
    assert result["title"] is None
    assert title(f"Heureux événements\nau Parc Zoologique de Paris\n{_LEDE_FR}") is None


# from tests/test_review29b_rv2a.py

def test_a_bare_rubric_over_a_long_headline_is_still_dropped():
    # round 22b's page: "Vie en Ehpad" names a field bare
    text = ("Vie en Ehpad\n\nUne centenaire inspire la joie : un 106ème anniversaire mémorable pour "
            "une résidente d’Ehpad à Saint-Brieuc\n\nSaint-Brieuc en fête : la douceur d’un 106ème "
            "anniversaire en Ehpad. L’événement n’est pas passé inaperçu au sein de "
            "l’établissement : une résidente a soufflé ses 106 bougies.\n")
    assert title(text).startswith("Une centenaire inspire la joie")


# from tests/test_review29c_rv3a.py

@pytest.mark.parametrize("rubric", ["La vie locale", "Le grand format", "Les faits divers"])
def test_an_article_led_rubric_over_a_colon_headline_is_dropped(rubric):
    assert title(rubric + _QUIMPER).startswith("Quimper : la rue Kéréon")
