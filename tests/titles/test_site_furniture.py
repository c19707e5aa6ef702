"""The headline under the site's own furniture: mastheads and taglines, logos, banners (cookies,
app stores, subscriptions), widgets (players, counters, weather), print views, promos,
disclaimers, template slots; a headline about such things stays."""

from __future__ import annotations

import pytest

from audit.lexicon import get_lexicon
from audit.pipeline import audit_document
from tests.blind_reading import (
    DATA, HEAD, LEDE, LEDE_FR, headline_test, input_title, kind_at, read, read_repro, repro, title,
)
from tests.titles.texts import _BUZZ, _LEDE_t34


SENEPLUS = (
    "SenePlus | La Une | l'actualité, sport, politique et plus au Sénégal\n18 juillet 2025\nVIDEO\n"
    "LE 20H DE LA RTS MARDI 22 OCTOBRE 2019AVEC CHEIKH TRAORE\n"
    "LES CONDUCTEURS DE FORAGES DÉCIDÉS À CONTRIBUER À ’’UNE RÉFORME INCLUSIVE’’\n"
    "Les membres de la Fédération nationale de conducteurs et gérants de forages du Sénégal ont "
    "entamé une réflexion devant aboutir à un mémorandum sur la réforme de l’hydraulique rurale.\n"
    "\"En tant qu’acteurs principaux, nous avons jugé utile de donner notre appréciation\", a déclaré "
    "mardi Cheikh Wagne, président de la Fédération.\n")

_WALDBURG = ("Gemeinde Waldburg (Druckversion)\nAutor: Gemeinde Waldburg\nArtikel vom 19.12.2014\n\n"
             "Aus der Gemeinderatssitzung vom 6. November 2014\n\n1. Baugesuche\nEinem Baugesuch auf "
             "Umnutzung einer bestehenden Gaststätte als Wohnung in Feld wurde das Einvernehmen "
             "erteilt.\nEinem Baugesuch auf Neubau einer Doppelgarage in der Breitenbergstraße wurde "
             "das Einvernehmen erteilt.\n")

_BANNER = (
    "Wir möchten auf unserer Webseite Cookies und pseudonyme Analysetechniken auch unserer "
    "Dienstleister verwenden, um diesen Internetauftritt möglichst benutzerfreundlich zu gestalten.\n\n"
    "Außerdem möchten wir und unsere Dienstleister damit die Besuche auf unserer Webseite auswerten "
    "(Webtracking), um unsere Webseite optimal auf Ihre Bedürfnisse anzupassen und um Ihnen auf "
    "unserer Webseite sowie auch auf Webseiten in verbundenen Werbenetzwerken möglichst interessante "
    "Angebote anzeigen zu können (Retargeting).\n\n"
    "Wenn Sie dieses Banner anklicken bzw. bestätigen, erklären Sie sich damit jederzeit widerruflich "
    "einverstanden (Art. 6 Abs.1 a DSGVO).\n\n"
    "Weitere Informationen, auch zu Ihrem jederzeitigen Widerrufsrecht, finden Sie in unseren "
    "Datenschutzhinweisen.\n\n| 00:00 Uhr\n\n")

_STORY_rt16 = ("Pkw prallt gegen Feuerwehrauto: zwei Verletzte\n\nSaarbrücken. Beim Zusammenstoß eines Pkw "
               "mit einem Feuerwehrauto sind gestern die Autofahrerin und der Fahrer des Löschfahrzeuges "
               "verletzt worden. Die Polizei geht davon aus, dass die Fahrerin Grün hatte.\n")

CS = "Banque en crise: Un nationalisation de Credit Suisse serait envisagée"

RNS = ("The latest Investing Matters Podcast with Jean Roche, Co-Manager of Schroder UK Mid Cap "
       "Investment Trust has just been released. Listen here.\n\nLess Ads, More Data, More Tools "
       "Register for FREE\n\nCompletion of Acquisition\n\n18 Dec 2009 09:04\n\nRNS Number : 3639E\n"
       "Acal PLC\n18 December 2009\n\nFOR IMMEDIATE RELEASE\n\nAcal plc (\"Acal\")\n\nCompletion of "
       "Acquisition\n\nHaving received all necessary approvals, Acal today announces the completion "
       "of its acquisition of Financiere BFI Optilas SAS for a consideration of €10 million payable "
       "in cash.\n")

_ROUEN = ("Perrine Binet\n02 32 76 84 24 / 07 64 67 18 05\nLouis Petit\n02 76 30 30 65\n"
          "Violences : déclaration conjointe des présidents des différents groupes politiques de la "
          "Métropole Rouen Normandie\n"
          "La mort du jeune Nahel lors d’un contrôle policier à Nanterre a heurté tout un peuple et "
          "nourri, au-delà de la tristesse et de la compassion, une immense colère.\n"
          "Les violences qui secouent la France depuis plusieurs jours sont intolérables. Les atteintes "
          "aux personnes et aux biens publics comme privés doivent cesser immédiatement.\n")

_LEDE_FR_tr13 = ("Le conseil a voté le budget à l'unanimité après un long débat sur les investissements "
                 "prévus pour les écoles et la voirie de la commune.\n")

_ALCUDIA = ("El ayuntamiento de Alcúdia presentó ayer una batería de inversiones para este año que "
            "ascienden a 7,6 millones de euros y que pretenden actuar en diferentes espacios del "
            "municipio.\n")

# from tests/test_round18_seg.py

_LEDE_EN = ("The county board voted on Tuesday to extend the program for another year, the "
            "sheriff said after the meeting.\n")


_LEDE_FR = ("Le conseil municipal a voté mardi le budget de la commune pour l'année prochaine, "
            "a indiqué le maire à l'issue de la séance.\n")


# from tests/test_round21_seg.py

_LEDE_FR_r21 = ("Le millésime 2017 restera dans les mémoires tant sur le plan de la précocité que des "
                "faibles rendements. Comment les vignerons et les caves ont-ils vécu ces vendanges ?\n")


# 21b it02: an audio player's unrendered WordPress shortcodes over the story
_LEDE_IT = ("ROMA – Un tenente colonnello dei Carabinieri e tre sottufficiali sono stati accoltellati "
            "nel pomeriggio a Roma da una persona che è stata arrestata.\n")


# 21a r9: the headline over its first section's heading, the lede echoing both
_LOCAL = ("Across America, local journalism — once the backbone of community life — has been on "
          "life support for more than a decade. Local reporting is also time-consuming, "
          "energy-intensive, and sometimes inefficient. Yet a surprising new player has entered "
          "the scene: artificial intelligence, and a rebirth of local news.\n")


_DATA = DATA / "round21"


# from tests/test_review28_seg.py

_LEDE_FR_rv28 = ("La présidente de la Commission européenne a présenté mercredi à Bruxelles un projet "
                 "de taxe sur les grandes plateformes numériques, qui doit financer le remboursement du "
                 "plan de relance. Les États membres en débattront au prochain Conseil européen, "
                 "a-t-elle précisé devant les députés.\n\nLe texte prévoit un prélèvement de 3 % sur le "
                 "chiffre d'affaires réalisé dans l'Union.\n")


_LEDE_EN_rv28 = ("The agency said on Tuesday that the new shots would be available to everyone over "
                 "the age of six months, and pharmacies expect high demand in the first weeks.\n\n"
                 "Officials urged people to book early.\n")


# the headline each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
HEADLINES = [
    # Item 2: a brand's one-word headline the lede takes up is no logo
    pytest.param("McDonald's\n\nMcDonald's said on Tuesday that it would close 200 restaurants in the United "
                 "States this year. The company reported a drop in quarterly sales.\n\nShares fell 3% in "
                 "early trading.\n",
                 "McDonald's",
                 id="review2_titles-a_brand_headline_the_lede_takes_up_stays-0"),
    pytest.param("YouTube\n\nYouTube hat am Dienstag neue Regeln für Kommentare angekündigt. Nutzer sollen "
                 "künftig stärker vor Beleidigungen geschützt werden.\n\nDas Unternehmen reagiert damit auf "
                 "Kritik aus der Politik.\n",
                 "YouTube",
                 id="review2_titles-a_brand_headline_the_lede_takes_up_stays-1"),
    pytest.param("ChatGPT\n\nOpenAI a annoncé jeudi une nouvelle version de ChatGPT, son assistant "
                 "conversationnel, disponible gratuitement pour tous les utilisateurs.\n\nLa société "
                 "revendique 200 millions d'utilisateurs hebdomadaires.\n",
                 "ChatGPT",
                 id="review2_titles-a_brand_headline_the_lede_takes_up_stays-2"),
    # round 18a en05: the generator's name over a box score
    pytest.param("LedeAI\n\nThe Scott County Cardinals defeated the Madison Southern Eagles 51-7 in a "
                 "Kentucky high school football game on Friday.\n\nScott County drew first blood by "
                 "forging a 20-0 margin over Madison Southern after the first quarter.\n",
                 None,
                 id="review2_titles-a_logo_name_the_lede_does_not_take_up_is_still_no_title-round18a_en05"),
    # negative: "Druckversion" inside a headline's words, no header in brackets
    pytest.param("Warum die Druckversion der Zeitung teurer wird\n\nDer Verlag erhöht zum 1. Januar den "
                 "Preis der gedruckten Ausgabe um 20 Cent, wie die Geschäftsführung am Montag mitteilte. "
                 "Gründe seien die Papier- und Energiekosten.\n",
                 "Warum die Druckversion der Zeitung teurer wird",
                 id="round16_titles-a_headline_naming_the_print_edition_stays_the_title_round_16"),
    # negative: a story's paragraph after a line naming cookies, no banner's closing line under
    # it: the story has begun, the short line further down is a heading
    pytest.param("Die Bäckerei verkauft seit Montag wieder Cookies nach dem alten Rezept der Gründerin.\n\n"
                 "Die Nachfrage sei so groß gewesen, dass die Inhaberin das Rezept aus dem Archiv geholt "
                 "habe, sagte sie am Dienstag vor Kunden und Nachbarn in der Altstadt.\n\n"
                 "Am Samstag will sie zudem einen Stand auf dem Wochenmarkt eröffnen, wie sie ankündigte.\n\n"
                 "Ein Rezept aus dem Jahr 1952\n\n"
                 "Das Rezept stammt aus einem Heft, das die Gründerin in der Nachkriegszeit angelegt hatte "
                 "und das seitdem im Keller der Bäckerei lag.\n",
                 None,
                 id="round16_titles-prose_after_a_cookie_line_with_no_closing_line_ends_the_search_round_16"),
    # one separator: the site's name and its tagline, the tagline alone under it (round 12's shape)
    pytest.param("Senexalaat - Opinions, Idées et Débats des Sénégalais\nOpinions, Idées et Débats des "
                 "Sénégalais\n\nLa dette publique du Sénégal atteint un record\n\nLe ministre des Finances "
                 "a présenté mardi les chiffres de la dette publique, qui dépasse désormais les prévisions "
                 "du budget voté l'an dernier par l'Assemblée nationale.\n",
                 "La dette publique du Sénégal atteint un record",
                 id="round22_titles-a_site_s_name_and_tagline_shown_again_stay_furniture_round_22-round12"),
    # 32b r07 (fr17_mapnews, a portal's teasers under the banners)
    pytest.param("×\nMAPNEWS Télécharger l'application sur Google Play\n \nMAPNEWS Télécharger l'application "
                 "sur App Store\n \nAller au contenu principal\nAccueil\n\nSa Majesté le Roi a reçu, mardi au "
                 "Palais Royal de Casablanca, un dignitaire étranger ...\nLire la suite\n",
                 None,
                 id="round32_titles_dates-an_app_store_banner_is_no_title-round32b_r07"),
    pytest.param("Télécharger l'application de la mairie sur Google Play ? Les élus disent non\n\nLe conseil "
                 "municipal a rejeté mardi le projet d’application mobile présenté par l’opposition, jugé "
                 "trop coûteux.\n",
                 "Télécharger l'application de la mairie sur Google Play ? Les élus "
                 "disent non",
                 id="round32_titles_dates-a_headline_about_an_app_stays"),
    pytest.param("Retrouvez dans notre dossier les réactions des élus de la Métropole après la mort du jeune "
                 "Nahel, tué lors d’un contrôle policier à Nanterre.\n\nLes maires ont appelé au calme mardi "
                 "soir.\n",
                 None,
                 id="round32_titles_dates-a_lede_that_points_elsewhere_stays_prose"),
    pytest.param(repro("round40b/r5"),
                 "Prisión para el camionero que arrolló a seis personas en un control antidroga en la AP-4",
                 id="round40_titles-a_weather_widget_over_a_long_headline_is_no_headline-round40b_r5"),
    pytest.param(f"vidéo vidéo vidéo\n\n{HEAD}\n\n{LEDE}",
                 HEAD,
                 id="titles35-a_word_said_over_and_over_is_a_widgets"),
    pytest.param(f"Cookie policy\nPreferenze\nRivista Srl - Via Roma 1 00100 Roma - P. IVA 01234567890\n"
                 f"Menu\n{HEAD}\n{LEDE}",
                 HEAD,
                 id="titles36-a_publishers_vat_line_is_furniture"),
    # the site's address and tagline over a widget and a long headline of two clauses
    pytest.param("LeFaso.net, l'actualité Burkinabé sur le net\nProverbe du Jour : “Vous n’empêcherez pas "
                 "les oiseaux de malheur de survoler votre tête.” Proverbe chinois\n\nDisparition de 400 "
                 "millions FCFA au niveau du Fonds d’entretien routier : « une mesure disciplinaire a été "
                 "prise », affirme Eric Bougouma, ministre des infrastructures\n\nPublié le jeudi 18 mai 2017 "
                 "à 00h30min\n\nSelon Eric Bougouma, le Fonds d’entretien routier a été appelé à payer plus "
                 "de 401 millions FCFA à la Société générale Burkina Faso.\n",
                 "Disparition de 400 millions FCFA au niveau du Fonds d’entretien routier : « une mesure "
                 "disciplinaire a été prise », affirme Eric Bougouma, ministre des infrastructures",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-0"),
    # the site's name and tagline, the tagline shown again under it
    pytest.param("Senexalaat - Opinions, Idées et Débats des Sénégalais\nOpinions, Idées et Débats des "
                 "Sénégalais\n\nReponse Aux Cfa-exit : Gardons-nous De Jeter L’enfant Avec L’eau Du Bain\n\n"
                 "La question de la souveraineté monétaire des Etats africains membres de la Zone Franc est "
                 "un débat récurrent et souvent biaisé, parce qu’à sens unique et à charge.\n",
                 "Reponse Aux Cfa-exit : Gardons-nous De Jeter L’enfant Avec L’eau Du Bain",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-1"),
    # the site's name and address: no headline follows it in this cut
    pytest.param("Village de la Justice www.village-justice.com\n\nQuel est le rôle de l’avocat avant, pendant "
                 "et après le procès devant la cour d’assises ? Avi Bitton plaide depuis 15 ans devant les "
                 "cours d’assises dans des affaires de meurtres.\n",
                 None,
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-2"),
    # a forum quote's elision
    pytest.param("Citation :\n[...]\nOui, mais lors du procès, il ne l'a pas demandée. D'autre part, je précise "
                 "que même si l'avocat de la partie n'a pas à se prononcer, c'est lui qui plaide en premier.\n",
                 None,
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-3"),
    # a press review's source labels
    pytest.param("L’Economiste\nAMO/indépendants: L’immatriculation démarre. La couverture médicale des "
                 "travailleurs non salariés entame sa phase opérationnelle.\nAujourd’hui Le Maroc\n"
                 "L’Intérieur prépare un modèle pour les transports en commun. Dernièrement, le Maroc s’est "
                 "engagé dans un processus de diagnostic.\n",
                 None,
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-4"),
    # a rubric over a headline of three words
    pytest.param("Côté foot\n\n100 ans d’existence\n\nRares sont les clubs pouvant se targuer d’avoir cent ans "
                 "d’histoire derrière eux. L’Avenir Foot Lozère, le Stade Pontivyen et l’USR Pertuis fêteront "
                 "tous les trois leur centenaire cette année.\n",
                 "100 ans d’existence",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-5"),
    # negatives: a headline opening with a firm's address; one closing with a site's name in a
    # sentence; a title and its site, the title shown again over the lede; a short headline
    # over its lede with no second label below
    pytest.param("Amazon.com : les ventes bondissent de 20 % au premier trimestre\n\nLe géant du commerce en "
                 "ligne a publié jeudi des résultats supérieurs aux attentes des analystes, portés par le "
                 "cloud.\n",
                 "Amazon.com : les ventes bondissent de 20 % au premier trimestre",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-6"),
    pytest.param("Les internautes plébiscitent Leboncoin.fr\n\nLe site de petites annonces a attiré plus de "
                 "vingt millions de visiteurs le mois dernier, selon une étude publiée mardi.\n",
                 "Les internautes plébiscitent Leboncoin.fr",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-7"),
    pytest.param("Budget 2026 - Le gouvernement revoit sa copie\nLe gouvernement revoit sa copie\n\nLe "
                 "gouvernement a présenté mardi une nouvelle version de son budget, revue après les critiques "
                 "des députés de la majorité.\n",
                 "Budget 2026 - Le gouvernement revoit sa copie",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-8"),
    pytest.param("Brexit chaos\n\nThe government faced another defeat in the Commons on Tuesday as members "
                 "voted against the plan.\n\nThe vote came after a long debate that lasted late into the "
                 "night.\n",
                 "Brexit chaos",
                 id="titles_round12-a_headline_under_the_site_s_furniture_round_12-9"),
    # a feed's refresh banner and its reader view's label over the item's heading
    pytest.param("Lese-Ansicht\n\nEs gibt neue verfügbare Artikel. Klicken Sie, um die Seite zu "
                 "aktualisieren.\n\nLe Liban mise sur le FMI pour sortir de l’impasse\n\nLe Premier ministre "
                 "libanais, Nawaf Salam, a discuté avec une délégation du Fonds monétaire international (FMI) "
                 "d’un projet de loi portant sur la situation des banques.\n",
                 "Le Liban mise sur le FMI pour sortir de l’impasse",
                 id="titles_round12-furniture_over_the_headline_round_12-0"),
    # an image agency's credit over the lede: no headline
    pytest.param("Google Images\nBut the firm the wire service has tapped to do the automating told BI Tuesday "
                 "that it produced 300 million pieces of content last year.\n\nDurham, North Carolina-based "
                 "Automated Insights specializes in producing marketing, sales and personalized financial "
                 "reports.\n",
                 None,
                 id="titles_round12-furniture_over_the_headline_round_12-1"),
    # a blog platform's bar over the post's headline
    pytest.param("Overblog Suivre ce blog\nEditer l'article Administration Créer mon blog\n\nLa crise "
                 "syrienne vue par les éditoriaux du Monde\n\nDe retour d’une semaine de vacances dans le sud "
                 "du pays, je n’ai guère eu le temps de lire les rares journaux achetés ni le site du Monde.\n",
                 "La crise syrienne vue par les éditoriaux du Monde",
                 id="titles_round12-furniture_over_the_headline_round_12-2"),
    # negative: a headline about images
    pytest.param("Google Images adds a new search tool\n\nThe company said on Tuesday that its image search "
                 "would let users find the source of a picture in a few clicks.\n",
                 "Google Images adds a new search tool",
                 id="titles_round12-furniture_over_the_headline_round_12-3"),
    # a site's field left empty before a bar (sportquick, round 13b)
    pytest.param("Happy Birthday : |\nToulon et Toulouse ont provisoirement pris les commandes du Top 14 "
                 "après leurs victoires bonifiées samedi, respectivement contre Agen (53-23) et Oyonnax "
                 "(27-3).\nLe RCT (32 pts) est à égalité avec Toulouse.\n",
                 None,
                 id="titles_round13-furniture_is_no_headline-0-round13b"),
    # a label over a speech's transcript (vie-publique, round 13b; a second speech's page)
    pytest.param("Texte intégral\nAvant d'entrer dans le vif des sujets, j'aimerais vous témoigner, à vous "
                 "et aux élus locaux que vous représentez, mon soutien et ma solidarité face aux événements "
                 "des derniers jours.\nLe monde est en train de changer.\n",
                 None,
                 id="titles_round13-furniture_is_no_headline-1-round13b"),
    # a checker's credit over the headline (Grokipedia, round 13b; a second article of the site)
    pytest.param("Fact-checked by Grok 2 weeks ago\n\nAutomated journalism\n\nAutomated journalism is the "
                 "application of algorithms and software to automate the production of news content.\n",
                 "Automated journalism",
                 id="titles_round13-furniture_is_no_headline-2-round13b"),
    pytest.param("Fact-checked by Grok 3 months ago\n\nReliability of Grokipedia\n\nGrokipedia's reliability "
                 "encompasses the accuracy, verifiability, and impartiality of its AI-generated articles, "
                 "produced by xAI's large language models without human curation or editing.\n",
                 "Reliability of Grokipedia",
                 id="titles_round13-furniture_is_no_headline-3"),
    # a video box's label run into its clip's teaser (butfootballclub, round 13a)
    pytest.param("Zapping But! Football Club Rea Madrid : top 10 des meilleurs buteurs de l'histoire\n\n"
                 "Officialisé hier, le transfert d'Aurélien Tchouaméni est désormais effectif. Le milieu de "
                 "terrain est arrivé en provenance de l'AS Monaco moyennant 80 M€ plus 20 M€ de variables.\n",
                 None,
                 id="titles_round13-furniture_is_no_headline-4-round13a"),
    # a byline with the journalist's role (guineenews, round 13a)
    pytest.param("Du Haitao, journaliste au Quotidien du Peuple, guineenews.org\n\nSelon les statistiques "
                 "douanières, au cours des 10 premiers mois de cette année, la valeur totale des échanges "
                 "de la Chine s’est montée à 25 050 milliards de yuans.\n",
                 None,
                 id="titles_round13-furniture_is_no_headline-5-round13a"),
    # an author index's label: the first item's headline, or none (apsactu, round 13a)
    pytest.param("Auteur/autrice : Djiby Sene\n\n  • SENEGAL-NECROLOGIE / Linguère : décès de Bocar "
                 "Coulibaly, ancien sous-préfet de Sagatta Djoloff\n\n    Linguère, 30 oct (APS) – Bocar "
                 "Coulibaly, ancien sous-préfet, est décédé ce mercredi.\n",
                 "SENEGAL-NECROLOGIE / Linguère : décès de Bocar Coulibaly, ancien sous-préfet de Sagatta "
                 "Djoloff",
                 id="titles_round13-furniture_is_no_headline-6-round13a"),
    # a news app's promotion over the headline (inkl, round 13a)
    pytest.param("Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
                 "Birmingham Post\nBusiness\nJon Robinson\n\nRio Ferdinand, Mike Ashley and the maker of "
                 "Hollyoaks: The 17 latest North West deals\n\nHousehold names such as Rio Ferdinand and "
                 "Mike Ashley have been involved in a series of high-profile deals across the North West "
                 "over the last week.\n",
                 "Rio Ferdinand, Mike Ashley and the maker of Hollyoaks: The 17 latest North West deals",
                 id="titles_round13-furniture_is_no_headline-7-round13a"),
    # round 29a (es01_diariodemallorca): the logo's text, the masthead, a paywall's label
    pytest.param("Diario de Mallorca\n\nDiario de Mallorca\n\nContenido exclusivo para suscriptores "
                 "digitales\n\nEl ayuntamiento de Alcúdia invierte 7,6 millones de euros en 20 proyectos "
                 "de mejora urbana\n\n" + _ALCUDIA,
                 "El ayuntamiento de Alcúdia invierte 7,6 millones de euros en 20 proyectos de mejora urbana",
                 id="titles_round29-a_masthead_printed_twice_gives_way_to_the_headline-round29a_es01_diariodemallorca"),
    # round 19a (fr16_lenouveaugabon), another site and language: no headline line, none expected
    pytest.param("Le Nouveau Gabon\n\nLe Nouveau Gabon\n\nDésormais, les entrepreneurs gabonais intéressés "
                 "par le fonds de 7 milliards de FCFA récemment mis en place par l’Etat peuvent faire des "
                 "demandes de financement auprès de trois établissements de microfinance.\n\nAprès "
                 "réception des dossiers, ces établissements auront 72 heures pour traiter les demandes.\n",
                 None,
                 id="titles_round29-a_masthead_printed_twice_over_the_lede_is_no_title-round19a_fr16_lenouveaugabon"),
    pytest.param("Collegeleden benoemd\n\nCollegeleden benoemd\n\nDe gemeenteraad van Houten heeft "
                 "donderdagavond de nieuwe wethouders benoemd en de coalitie presenteerde haar "
                 "programma voor de komende vier jaar.\n",
                 "Collegeleden benoemd",
                 id="titles_round29-a_headline_with_words_of_its_own_shown_twice_stays"),
    # round 29b (fr07_tv5monde): the page's text has no headline line
    pytest.param("TV5 JWPlayer Field\n\nA un mois de la présidentielle, une manifestation de l'opposition "
                 "a été réprimée à coup de gaz lacrymogènes. Deux membres de l'opposition ont été "
                 "arrêtés.\n",
                 None,
                 id="titles_round29-a_video_player_s_label_is_no_title-round29b_fr07_tv5monde"),
    pytest.param("Choosing a Video Player for Your Newsroom\n\nMost newsrooms now embed their clips with an "
                 "off-the-shelf player, and the choice decides how fast the page loads on a phone, the "
                 "vendors said on Tuesday.\n",
                 "Choosing a Video Player for Your Newsroom",
                 id="titles_round29-a_headline_about_video_players_stays"),
    # round 42a r5: a brand's lower-case first letter goes on with no notice's sentence
    pytest.param("Nous utilisons des cookies pour mesurer l’audience de ce site et personnaliser les "
                 "contenus\neBay supprime 1 000 postes en France\n\n" + LEDE_FR,
                 "eBay supprime 1 000 postes en France",
                 id="round42_titles-a_camel_case_headline_under_a_notice_stays-round42a_r5"),
    pytest.param(repro("round42a/r5"),
                 "« Le footballeur marocain local, un talent potentiel qui doit faire plus d’efforts »",
                 id="round42_titles-the_quoted_headline_under_the_cookie_banner-round42a_r5",
                 marks=pytest.mark.xfail(strict=True, reason="with the banner gone the scores menu («MATCHS 26 "
                 "Résultats Classements Options») is taken over the wholly quoted headline under "
                 "it; the full page takes its numbered breadcrumb («2. // Interview Denis Lavagne»)")),
    # from tests/test_round18_seg.py::test_other_furniture_wordings_are_not_the_title
    # other wordings of the same furniture
    pytest.param("< Back to blog\n\nCounty Extends Jail Program\n\n" + _LEDE_EN,
                 "County Extends Jail Program",
                 id="round18_seg-other_furniture_wordings_are_not_the_title-0"),
    pytest.param("Was this article helpful?\n\nCounty Extends Jail Program\n\n" + _LEDE_EN,
                 "County Extends Jail Program",
                 id="round18_seg-other_furniture_wordings_are_not_the_title-1"),
    pytest.param("‹ Retour aux actualités\n\nLe budget communal voté\n\n" + _LEDE_FR,
                 "Le budget communal voté",
                 id="round18_seg-other_furniture_wordings_are_not_the_title-2"),
    pytest.param("Dernière mise à jour le 21/03/2024 à 09h15\n\nLe budget communal voté\n\n"
                 + _LEDE_FR,
                 "Le budget communal voté",
                 id="round18_seg-other_furniture_wordings_are_not_the_title-3"),
    # from tests/test_round18_seg.py::test_headlines_like_furniture_stay_the_title
    # negatives: headlines that open like furniture stay the title
    pytest.param("Back to the future: the county reopens its old jail\n\n" + _LEDE_EN,
                 "Back to the future: the county reopens its old jail",
                 id="round18_seg-headlines_like_furniture_stay_the_title-0"),
    pytest.param("1. Le budget communal voté\n\n" + _LEDE_FR,
                 "1. Le budget communal voté",
                 id="round18_seg-headlines_like_furniture_stay_the_title-1"),
    pytest.param("Avez-vous trouvé un logement ? La commune aide les étudiants\n\n" + _LEDE_FR,
                 "Avez-vous trouvé un logement ? La commune aide les étudiants",
                 id="round18_seg-headlines_like_furniture_stay_the_title-2"),
    pytest.param("iPhone sales fall for the third quarter\n\n" + _LEDE_EN,
                 "iPhone sales fall for the third quarter",
                 id="round18_seg-headlines_like_furniture_stay_the_title-3"),
    # a first line in lower case under nothing is a headline (rounds 11a, 12a)
    pytest.param("la BAD débourse 275 milliards de FCFA pour des projets d’aménagement\n\n"
                 + _LEDE_FR,
                 "la BAD débourse 275 milliards de FCFA pour des projets d’aménagement",
                 id="round18_seg-headlines_like_furniture_stay_the_title-4"),
    pytest.param("des signes de frémissement aux États-Unis\n\n" + _LEDE_FR,
                 "des signes de frémissement aux États-Unis",
                 id="round18_seg-headlines_like_furniture_stay_the_title-5"),
    # from tests/test_round21_seg.py::test_a_print_link_is_no_title
    # 21b fr10: a print link and its icon's label over the headline; en: the same link's wording
    pytest.param("Retour\n\nimprimer l'article Imprimer\n\névénement\n\nPRÉCOCES, PEU "
                 "ABONDANTES... Des vendanges hors normes\n\n" + _LEDE_FR_r21,
                 "PRÉCOCES, PEU ABONDANTES... Des vendanges hors normes",
                 id="round21_seg-a_print_link_is_no_title-0"),
    pytest.param("Retour\n\nImprimer cet article\n\névénement\n\nPRÉCOCES, PEU ABONDANTES... Des "
                 "vendanges hors normes\n\n" + _LEDE_FR_r21,
                 "PRÉCOCES, PEU ABONDANTES... Des vendanges hors normes",
                 id="round21_seg-a_print_link_is_no_title-1"),
    pytest.param("Retour\n\nPrint this article Print\n\névénement\n\nPRÉCOCES, PEU ABONDANTES... "
                 "Des vendanges hors normes\n\n" + _LEDE_FR_r21,
                 "PRÉCOCES, PEU ABONDANTES... Des vendanges hors normes",
                 id="round21_seg-a_print_link_is_no_title-2"),
    pytest.param("Retour\n\nPrint article\n\névénement\n\nPRÉCOCES, PEU ABONDANTES... Des "
                 "vendanges hors normes\n\n" + _LEDE_FR_r21,
                 "PRÉCOCES, PEU ABONDANTES... Des vendanges hors normes",
                 id="round21_seg-a_print_link_is_no_title-3"),
    # from tests/test_round21_seg.py::test_a_headline_about_printing_stays_the_title
    pytest.param("Imprimer l'article de loi sur papier recyclé : la mairie montre l'exemple\n\n"
                 + _LEDE_FR_r21,
                 "Imprimer l'article de loi sur papier recyclé : la mairie montre l'exemple",
                 id="round21_seg-a_headline_about_printing_stays_the_title"),
    # from tests/test_round21_seg.py::test_a_tagline_over_the_headline_is_still_passed_over
    pytest.param("Your Trusted Voice Since 1902\n\nLocal News Is Time And Energy Intensive\n\n"
                 + _LOCAL,
                 "Local News Is Time And Energy Intensive",
                 id="round21_seg-a_tagline_over_the_headline_is_still_passed_over"),
    # from tests/test_round21_seg.py::test_an_xbrl_file_header_is_no_title
    # 21a r10: an SEC viewer's XBRL file header over the note
    pytest.param((_DATA / "en04_xbrl_head.txt").read_text(encoding="utf-8"),
                 "Subsequent events",
                 id="round21_seg-an_xbrl_file_header_is_no_title"),
    # from tests/test_review28_seg.py::test_a_headline_opening_with_an_update_cue_is_the_title
    # the reviewer's probe, and other headlines opening with an update's cue
    pytest.param("Mise à jour Windows 11 : Microsoft corrige enfin le bug des imprimantes\n"
                 + _LEDE_FR_rv28,
                 "Mise à jour Windows 11 : Microsoft corrige enfin le bug des imprimantes",
                 id="review28_seg-a_headline_opening_with_an_update_cue_is_the_title-0"),
    pytest.param("Actualisé 2 fois par an, le guide Michelin change de formule\n" + _LEDE_FR_rv28,
                 "Actualisé 2 fois par an, le guide Michelin change de formule",
                 id="review28_seg-a_headline_opening_with_an_update_cue_is_the_title-1"),
    pytest.param("Updated COVID-19 boosters approved for fall 2024\n" + _LEDE_EN_rv28,
                 "Updated COVID-19 boosters approved for fall 2024",
                 id="review28_seg-a_headline_opening_with_an_update_cue_is_the_title-2"),
    # from tests/test_review28_seg.py::test_an_update_stamp_is_still_not_the_title
    # an update's cue with its day or hour right after it stays furniture
    pytest.param("Dernière mise à jour à 09h15 le 21/03\n\nLe budget communal voté\n\n"
                 + _LEDE_FR_rv28,
                 "Le budget communal voté",
                 id="review28_seg-an_update_stamp_is_still_not_the_title-0"),
    pytest.param("Mis à jour le mardi 5 mars 2024 à 10h\n\nLe budget communal voté\n\n"
                 + _LEDE_FR_rv28,
                 "Le budget communal voté",
                 id="review28_seg-an_update_stamp_is_still_not_the_title-1"),
    pytest.param("Updated: Mar. 5, 2024\n\nCounty Extends Jail Program\n\n" + _LEDE_EN_rv28,
                 "County Extends Jail Program",
                 id="review28_seg-an_update_stamp_is_still_not_the_title-2"),
    # from tests/test_review29c_rv3a.py::test_the_ad_free_headline_stays_the_title
    pytest.param("Ad-free Netflix costs more, yet more households sign up\n\nNetflix said on "
                 "Tuesday that subscriptions to its ad-free plans rose by 4 million in the "
                 "quarter, even after the company raised their price in January.\n\nThe company "
                 "did not say how many customers chose the cheaper plan with ads.\n",
                 "Ad-free Netflix costs more, yet more households sign up",
                 id="review29c_rv3a-the_ad_free_headline_stays_the_title"),
]


test_the_headline_picked = headline_test(HEADLINES)


# from tests/test_round14_titles.py
def test_a_home_page_s_header_gives_no_title_and_no_date_round_14():
    result = read(SENEPLUS)
    assert result["title"] is None
    assert result["published"] is None


def test_an_article_s_title_line_and_date_under_it_stay():
    # negative: an article's <title> line with its site's name, its date line under it
    text = ("Les conducteurs de forages veulent une réforme inclusive | SenePlus\n18 juillet 2025\n"
            "Les conducteurs de forages veulent une réforme inclusive\nLes membres de la Fédération "
            "nationale de conducteurs et gérants de forages du Sénégal ont entamé une réflexion "
            "devant aboutir à un mémorandum sur la réforme de l’hydraulique rurale.\n")
    result = read(text)
    assert result["title"] == "Les conducteurs de forages veulent une réforme inclusive"
    assert result["published"] == "2025-07-18"


# from tests/test_round16_titles.py
def test_a_hit_counter_s_text_is_furniture_and_the_cut_headline_under_it_the_title_round_16():
    # 16a r06 (buzzday): "web statistic" is a hit counter's image text, not the title
    result = read(_BUZZ)
    assert kind_at(result, _BUZZ, "web statistic") == "boilerplate"
    assert result["title"] == ("Accident mortel d’un conducteur de 96 ans : le projet de loi qui "
                               "divise les autorités…")
    # the counter's other wording
    other = _BUZZ.replace("web statistic", "Web Analytics Made Easy - StatCounter")
    assert read(other)["title"].startswith("Accident mortel")


@pytest.mark.parametrize(("text", "title"), [
    # 16a r07: a print view's header over the story's heading
    (_WALDBURG, "Aus der Gemeinderatssitzung vom 6. November 2014"),
    # the English print view's header
    (_WALDBURG.replace("Gemeinde Waldburg (Druckversion)", "Town of Waldburg (Print version)"),
     "Aus der Gemeinderatssitzung vom 6. November 2014"),
])
def test_a_print_view_s_header_is_no_headline_round_16(text, title):
    result = read(text)
    assert result["title"] == title
    assert result["published"] == "2014-12-19"


def test_a_cookie_banner_s_paragraphs_do_not_end_the_headline_s_search_round_16():
    # 16b r14 (saarbruecker-zeitung): three paragraphs of a banner up to its closing line
    assert read(_BANNER + _STORY_rt16)["title"] == "Pkw prallt gegen Feuerwehrauto: zwei Verletzte"
    # an English banner of two paragraphs closing with its policy line
    banner = ("We use cookies and similar technologies to improve your experience on our website "
              "and to show you personalised content.\n\nBy clicking accept you agree to the storing "
              "of data on your device to enhance site navigation and analyse site usage for our "
              "partners in advertising networks.\n\nPrivacy policy\n\n")
    story = ("Car crashes into fire engine on bridge, two hurt\n\nSaarbrücken. A car collided with a "
             "fire engine on the Wilhelm-Heinrich bridge yesterday, injuring both drivers, police "
             "said on Tuesday.\n")
    assert read(banner + story)["title"] == "Car crashes into fire engine on bridge, two hurt"


# from tests/test_round24_titles.py
@pytest.mark.parametrize(("text", "expected"), [
    # an aggregator's country label over its disclaimer (24b fr26, theworldnews)
    ("Switzerland\nThis article was added by the user . TheWorldNews is not responsible for the "
     "content of the platform.\n\n" + CS + "\n\nLes négociations pendant le weekend sur l’avenir "
     "de Credit Suisse se déroulaient après plusieurs jours de vives tensions pour le numéro deux "
     "bancaire helvétique.\n", CS),
])
def test_an_aggregator_disclaimer_is_furniture_round_24(text, expected):
    assert title(text) == expected
    # negative: a sentence on a user's addition is no disclaimer
    assert not get_lexicon().boilerplate.matches(
        "The article was added by the user to the archive, the company said.")


def test_site_promos_over_an_rns_heading_round_24():
    # lse.co.uk's podcast teaser and sign-up banner over the RNS's heading (24a en01)
    assert title(RNS) == "Completion of Acquisition"
    lex = get_lexicon()
    assert lex.boilerplate.matches("Less Ads, More Data, More Tools Register for FREE")
    assert lex.boilerplate.matches("Sign up for free")
    # negatives: the article's own sentences
    assert not lex.boilerplate.matches("Residents can register for free at the town library.")
    assert not lex.boilerplate.matches("Listen here, the minister told reporters on Monday.")


# from tests/test_round32_titles_dates.py
def test_a_press_room_s_blurb_about_the_page_is_no_prose():
    # 32b r08 (fr10_metropolerouen): the listing's blurb over the press contacts and the statement
    headline = ("Violences : déclaration conjointe des présidents des différents groupes politiques de "
                "la Métropole Rouen Normandie")
    blurb = "Retrouvez dans cette page l'ensemble des dossiers de presse de la Métropole Rouen Normandie.\n"
    assert read(blurb + _ROUEN)["title"] == headline
    blurb = "Retrouvez sur cette page tous les communiqués de presse de la Ville de Rouen.\n"
    assert read(blurb + _ROUEN)["title"] == headline


# from tests/test_round38_titles.py
def test_a_posts_title_under_its_date_is_the_headline_not_the_blogs_tagline():
    assert title(repro("round38a/r6")) == "Lesdins fête sa Centenaire"
    assert input_title("round38a/inputs/fr23_lesdinois_blog.txt") == "Lesdins fête sa Centenaire"
    # two papers' headlines of one story, each over its date: the page's own stays (round 32a)
    assert input_title("round32a/inputs/fr25_cettesemaine.txt") == \
        "Colmar : Un garage de la gendarmerie dévasté par le feu"
    # a headline over its date and a shorter heading the lede echoes as much stays
    head = "Le conseil vote le budget de la médiathèque après un long débat"
    assert title(f"{head}\n\n12 mars 2024\n\nUn budget voté\n\n{LEDE_FR}") == head


# from tests/test_titles34.py
# 34b r4: a subscription promo with its template's slot unfilled
def test_a_line_with_an_unfilled_template_slot_is_no_headline():
    promo = "Support Local Journalism Your membership makes our reporting possible. {{featured_button_text}}"
    assert title(f"{promo}\n\n{_LEDE_t34}") is None


def test_braces_in_a_headline_are_not_a_slot():
    head = "Le conseil vote {enfin} le budget de la salle des fêtes"
    assert title(f"{head}\n\n{_LEDE_t34}") == head


# from tests/test_titles35.py
def test_a_logo_named_in_a_headline_stays():
    head = "Le nouveau logo de la ville fait débat"
    page = (f"{head}\n\nLe conseil municipal a présenté mardi le nouveau logo de la ville, un dessin "
            "du beffroi en bleu.\n\nPlusieurs habitants ont critiqué son coût sur les réseaux sociaux.\n")
    assert title(page) == head


# from tests/test_titles_round13.py
def test_second_wordings_of_furniture():
    # the same video box over another clip (butfootballclub, 2022, the pages store)
    zapping = read("Zapping But! Football Club Top 10 : les footballeurs les plus suivis sur "
                   "les réseaux sociaux\n\nLa petite blague de Raphaël Varane sur Adil Rami\n\n"
                   "C'est ce qu'on appelle une dédicace... Ce dimanche, alors qu'il était en "
                   "conférence de presse à Doha, Raphaël Varane a vu l'une de ses réponses être "
                   "interrompue par l'alarme incendie de l'hôtel des Bleus.\n")
    assert not (zapping["title"] or "").startswith("Zapping")
    # vie-publique's speech page: the label under the speech's header (the pages store)
    speech = read("Déclaration de M. Jean-Pierre Jouyet, secrétaire d'Etat aux affaires "
                  "européennes, à Paris le 28 août 2008.\n\nPrononcé le\n\nIntervenant(s) : "
                  "\n\nTexte intégral\n\nMonsieur le Ministre,\nCher Günter,\nTout d'abord je "
                  "souhaite exprimer notre solidarité, notre sympathie à mon ami Günter Gloser "
                  "à la suite de la mort de soldats allemands en Afghanistan.\n")
    assert speech["title"] != "Texte intégral"
    # a byline with its role under the headline (chinatoday, the pages store)
    byline = read("Des « grands » journalistes interviewent une petite journaliste\nZeng Ping, "
                  "journaliste de La Chine au présent\n« Je suis très contente de pouvoir "
                  "participer aux interviews du XVIIe Congrès. En tant qu'élève, nous devons "
                  "aussi suivre de près l'éducation du pays... » Le soir du 13 octobre, Wu Ziman "
                  "est entourée par des « grands » journalistes.\n")
    assert byline["title"] == "Des « grands » journalistes interviewent une petite journaliste"


@pytest.mark.parametrize("title", [
    # a headline about a journalist: the role's clause goes on past the outlet
    "Jean Dupont, journaliste au Monde, condamné pour diffamation",
    # a headline cut before its site's name keeps its bar (round 5, mavillelemans)
    "L’association Générations mouvement prépare son jubilé... |",
    # a headline on a zapping says what of
    "Zapping : les temps forts de la semaine au conseil municipal",
])
def test_headlines_stay(title):
    assert read(f"{title}\n\n{_LEDE_FR_tr13}")["title"] == title


# round 42a r5 (fr15_sofoot): a cookie banner broken over three lines is boilerplate whole; its
# second line («et des données associées …») was the title
def test_round42a_r5_a_cookie_banner_s_broken_lines_are_boilerplate():
    text = repro("round42a/r5")
    result = read(text)
    assert kind_at(result, text, "et des données associées") == "boilerplate"
    assert kind_at(result, text, ". Gérer les paramètres") == "boilerplate"
    assert not result["title"].startswith("et des données")


# from tests/test_round18_seg.py

@pytest.mark.parametrize("round_, name, title", [
    # 18a r04a: a back link over the headline
    ("round18a", "r04a_title_backlink.txt", "Realignment Update – Longer Sentences in County Jails"),
    # 18a r04b: numbered skip links, the first one a cue's, the others items of its list
    ("round18a", "r04b_title_skiplinks.txt", "1,9 milliard de dollars contre la grippe aviaire"),
    # 18b r07: an update's timestamp line over the lede, no headline
    ("round18b", "r07_title_timestamp_line.txt", None),
    # 18b r08: an engagement prompt over the headline
    ("round18b", "r08_title_engagement_prompt.txt", "Brèves économiques africaines"),
])
def test_furniture_is_not_the_title(round_, name, title):
    assert read_repro(round_, name)["title"] == title


# from tests/test_round21_seg.py

def test_a_shortcode_line_is_no_title():
    line = "[label style=”important”]Ascolta l’articolo[/label][audiotube id=”PQuhfDzVauA” tiny=”yes”]"
    article = audit_document(f"{line}\n{_LEDE_IT}", "x.txt")
    assert article["title"] is None
    assert article["segments"][0]["kind"] == "boilerplate"


# from tests/test_review2_seg.py

@pytest.mark.parametrize(("text", "title"), [
    # item 4 (aside_en.txt, aside.txt): an update note in brackets over the headline
    ("(This story has been updated with a statement from the council.)\n\nBristol council approves "
     "new clean air zone charges\n\nCouncillors in Bristol voted on Tuesday to extend the clean air "
     "zone to vans and minibuses from next spring.\n\nThe council said the change would cut nitrogen "
     "dioxide levels near schools.\n", "Bristol council approves new clean air zone charges"),
    ("(Cet article a été mis à jour le 4 mars à 18 h avec la réaction du maire.)\n\nIncendie à Rezé : "
     "une famille relogée en urgence\n\nUn incendie s'est déclaré lundi soir dans un immeuble de la "
     "rue Jean-Jaurès, à Rezé. Une famille de cinq personnes a été relogée par la mairie.\n\nLes "
     "pompiers sont intervenus pendant deux heures. L'origine du feu reste inconnue.\n",
     "Incendie à Rezé : une famille relogée en urgence"),
    # a rubric over the note: the note does not end the headline's search either
    ("Faits divers\n(Cet article a été mis à jour le 4 mars à 18 h avec la réaction du maire.)\n"
     "Incendie à Rezé : une famille relogée en urgence\nUn incendie s'est déclaré lundi soir dans un "
     "immeuble de la rue Jean-Jaurès, à Rezé. Une famille de cinq personnes a été relogée par la "
     "mairie.\n", "Incendie à Rezé : une famille relogée en urgence"),
])
def test_an_aside_over_the_headline_is_skipped(text, title):
    audit = read(text)
    assert audit["title"] == title
    note = next(s for s in audit["segments"] if audit["text"][s["start"]:s["end"]].startswith("("))
    assert note["kind"] == "boilerplate"
