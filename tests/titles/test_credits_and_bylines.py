"""Lines about the story, not its headline: photo credits and captions, alt texts, bylines and
the names under them, authors' boxes and affiliations, addresses, identifiers, datelines and
place tags; a headline that names a photo, a brand or two names stays."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import (
    HEAD, LEDE, LEDE_FR, headline_test, input_title, kind_at, read, repro, title,
)
from tests.titles.texts import _DATELINE, _REPRO_A, _LEDE_tr33, _repro


# r11 (it02, Fanpage): a photo's credit alone over the lede
_CREDIT = ("Foto da polizia di Stato\n\nRientrava da una truffa, eseguita con l'ormai noto metodo "
           "del \"finto carabiniere\", ma è stato fermato per l'alta velocità con cui viaggiava "
           "sull'autostrada A1.\n")

# r14 (fr24, Cucuron): the <title> line, an image's caption, the headline repeating the first
_CAPTION = ("Une bonne nouvelle !!\n\naménagement de la place de l’Étang cucuron\n\nUne bonne "
            "nouvelle !\n\nLa Région Sud nous a informés du vote d’une subvention de 150 000 € dans "
            "le cadre de l’aménagement de la place de l’Étang.\n")

HOOKSIEL = ("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine anerkannt gute Einrichtung in "
            "Hooksiel. Das wurde auf der Jahreshauptversammlung wieder einmal deutlich.\n")

SIGUIRE = "Adama Siguiré : « Mon jugement était un procès d’humiliation » (Interview)"

LEDE_rh26 = ("Adama Amadé Siguiré a accordé une interview à Minute.bf, le 24 septembre 2024, et "
             "revient sur ses comparutions devant les tribunaux de Ouagadougou.\n")

# from tests/test_round17_seg.py

_QC = ("Le Québec s'attend à voir Ottawa financer de façon substantielle trois grands projets de "
       "transport en commun, a dit mardi le premier ministre Philippe Couillard.\n\nDeux de ces "
       "trois grands projets sont situés à Montréal.\n")


# from tests/test_review29b_rv2a.py

# Item 8: an Italian headline opening "Immagini dal …" is no photo credit
_LEDE_IT = ("\n\nLe immagini diffuse oggi dall'esercito ucraino mostrano la città di Bakhmut quasi "
            "completamente distrutta dopo mesi di combattimenti.\n")


# the headline each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
HEADLINES = [
    pytest.param(_CREDIT.replace("Foto da polizia di Stato", "Foto di gruppo per gli agenti della Stradale"),
                 "Foto di gruppo per gli agenti della Stradale",
                 id="round22_titles-a_headline_opening_with_foto_stays_the_title_round_22"),
    # negative: the first line repeated only far below, in the article, is no <title> line
    pytest.param("Travaux de la place de l’Étang\n\nLa Région Sud nous a informés du vote d’une "
                 "subvention de 150 000 € dans le cadre de l’aménagement de la place de l’Étang.\n",
                 "Travaux de la place de l’Étang",
                 id="round22_titles-a_first_line_not_shown_again_keeps_the_caption_rule_as_it_was_round_22"),
    # negative: "Foto" in a headline, no credit after a full stop
    pytest.param("Foto-Ausstellung im Rathaus: Hooksiel zeigt seine Geschichte\n" + HOOKSIEL,
                 "Foto-Ausstellung im Rathaus: Hooksiel zeigt seine Geschichte",
                 id="round23_titles-a_headline_with_a_photo_word_stays"),
    # a logo's image URL over the lede (24a fr23, intimeconviction): no headline
    pytest.param("http://www.la-croix.com/img/la-croix/commun/logo_lacroix_06.gif\n\nEn 1990, La Croix avait "
                 "mené une enquête inédite sur les cours d’assises. Vingt ans après, nous avons refait ce "
                 "travail.\n",
                 None,
                 id="round24_titles-an_address_alone_is_no_title_round_24-0-round24a_fr23"),
    # negative: a headline naming a site's address stays
    pytest.param("Le site www.assises-info.fr ferme ses portes après vingt ans\n\nEn 1990, La Croix avait "
                 "mené une enquête inédite sur les cours d’assises. Vingt ans après, nous avons refait ce "
                 "travail.\n",
                 "Le site www.assises-info.fr ferme ses portes après vingt ans",
                 id="round24_titles-an_address_alone_is_no_title_round_24-1"),
    # a theme's placeholder over the headline (26b fr11, minute.bf)
    pytest.param("lundi 14 octobre 2024\nspot_img\n\n" + SIGUIRE + "\n\n" + LEDE_rh26,
                 SIGUIRE,
                 id="round26_head-an_identifier_is_no_title-0-round26b_fr11"),
    # a logo's alt text in camel case over briefs with no headline (26a fr06)
    pytest.param("logoIC\nYaoundé - 06 mai 2024 -\n\nAu cours de l’année 2020, le projet d’alimentation en eau "
                 "va lancer les travaux d’approvisionnement de 60 villages camerounais en eau potable, "
                 "a-t-on appris.\n\nSelon l’OIBT, le Cameroun a exporté 9 330 tonnes de bois vers le "
                 "Royaume-Uni entre janvier et juin 2019.\n",
                 None,
                 id="round26_head-an_identifier_is_no_title-1-round26a_fr06"),
    # negative: a headline opening with a brand in camel case stays the title
    pytest.param("eBay rachète une plateforme de revente de billets\n\n" + LEDE_rh26,
                 "eBay rachète une plateforme de revente de billets",
                 id="round26_head-an_identifier_is_no_title-2"),
    # a blog's banner, its name and its own address (26b fr14, maitremo.fr)
    pytest.param("- Maître Mô - https://maitremo.fr -\n\nDernière s-CEA-nce\n\n8 h 20 : je passe récupérer "
                 "Eric au greffe correctionnel, et nous descendons ensemble en salle des délibérés.\n",
                 "Dernière s-CEA-nce",
                 id="round26_head-a_name_beside_its_address_is_no_title-0-round26b_fr14"),
    # negative: a headline beside another site's address keeps its words
    pytest.param("Le procès de Jean Dupont renvoyé - https://www.lemonde.fr\n\n8 h 20 : je passe récupérer "
                 "Eric au greffe correctionnel, et nous descendons ensemble en salle des délibérés.\n",
                 "Le procès de Jean Dupont renvoyé - https://www.lemonde.fr",
                 id="round26_head-a_name_beside_its_address_is_no_title-1"),
    # 31a r01 (de02_kledy, a dts item): "Rettungsdienst" over "© über dts Nachrichtenagentur"
    pytest.param("\nRettungsdienst\n© über dts Nachrichtenagentur\nInsgesamt habe die Polizei im ersten "
                 "Quartal 2015 rund 55.300 Unfälle erfasst, das waren 0,6 Prozent mehr als im entsprechenden "
                 "Vorjahreszeitraum.\n© dts Nachrichtenagentur\n",
                 None,
                 id="round31_titles_dates-a_keyword_caption_over_a_photo_credit_is_no_title-round31a_r01"),
    pytest.param("Journalists Jailed\n\nThree reporters were sentenced on Tuesday to five years in prison for "
                 "their coverage of the protests, their lawyers said.\n",
                 "Journalists Jailed",
                 id="round31_titles_dates-a_short_headline_over_prose_stays"),
    # Review 1, R1: a byline and dating lines in lower case under the headline are no wrapped
    # paragraph's prose (the probes' shape: a plain-text paste of a regional site)
    pytest.param("Le maire de Nancy démissionne\npar Jean Dupont\npublié le 12/03/2021 à 10h00\n"
                 "mis à jour le 12/03/2021 à 12h00\n\nLe maire de Nancy a annoncé mardi sa démission devant le "
                 "conseil municipal, invoquant des raisons de santé.\n",
                 "Le maire de Nancy démissionne",
                 id="titles33-a_headline_over_a_lower_case_byline_and_dates_stays-0"),
    pytest.param("Mayor of Springfield resigns\nby Jane Doe\nupdated 3:45 p.m. March 12, 2021\n"
                 "posted 10:00 a.m. March 12, 2021\n\nThe mayor of Springfield resigned on Tuesday, citing "
                 "health reasons.\n",
                 "Mayor of Springfield resigns",
                 id="titles33-a_headline_over_a_lower_case_byline_and_dates_stays-1"),
    # a reporter's name alone under its post's stamp is taken again since review 1 R2 reverted
    # the "name the page never says again" rule (tests/test_titles_mendB.py)
    pytest.param(f"{HEAD}\n\nMaria Delgado\n\n{LEDE}",
                 HEAD,
                 id="titles35-a_name_under_the_headline_stays_below_it"),
    # a person's, a film's name as the headline: the article is about it and names it again
    pytest.param("Gena Rowlands\n\nGena Rowlands, the star of many of her husband's films, died on "
                 "Wednesday at 94.\n\nRowlands was nominated twice for an Oscar.\n",
                 "Gena Rowlands",
                 id="titles35-a_name_the_text_takes_up_stays_the_headline"),
    # German capitalises every noun: "Neue Spielplätze Stadtpark" has a name's capitals
    pytest.param("Sperrung Hauptstraße\n\nWegen Bauarbeiten ist die Straße ab Montag für zwei Wochen "
                 "gesperrt. Die Umleitung führt über die Bahnhofstraße.\n\nDie Stadt bittet um Verständnis.\n",
                 "Sperrung Hauptstraße",
                 id="titles35-a_german_noun_phrase_is_no_name"),
    # The full suite after the merge: a picture caption of two sentences and a credit opening a
    # page ("… in January 2014. Has played 273 games, scoring 51 goals. Getty") was taken for a
    # two-sentence headline, and its year then bounded the conversion's window (NUM001 case
    # pass_undated_a_date_in_another_paragraph_only_bounds_the_window).
    pytest.param("£37.1m - Juan Mata (midfielder) from Chelsea in January 2014. Has played 273 games, "
                 "scoring 51 goals. Getty\n\nBorussia Dortmund confirmed on Thursday that they have agreed "
                 "a £73 million ($100.7m) deal in principle with Manchester United for their attacking "
                 "midfielder Jadon Sancho.\n",
                 None,
                 id="titles37-a_caption_with_a_credit_is_no_two_sentence_headline"),
    # lepartisan.info (round 4), The Conversation's article republished: the author's
    # affiliation over the standfirst; the text holds no headline
    pytest.param("15.01.2026 à 16:01\nSiwei Lyu, Professor of Computer Science and Engineering; Director, UB "
                 "Media Forensic Lab, University at Buffalo\n\nEn 2025, la génération de deepfakes a explosé : "
                 "visages, voix et mouvements du corps créés par des systèmes d’intelligence artificielle "
                 "deviennent indiscernables.\nAu cours de l’année 2025, les techniques de génération de "
                 "deepfakes ont connu une évolution spectaculaire.\n",
                 None,
                 id="titles_leftovers-an_author_s_affiliation_line_is_no_headline-0-round4"),
    # theconversation.com's French author line (the pages store), over a headline's lede
    pytest.param("Sylvie Pierre, maître de conférences en sciences de l’information et de la "
                 "communication/Centre de recherche sur les médiations, Université de Lorraine\n\nÉcrire pour "
                 "The Conversation participe de cette volonté de la diffusion pédagogique et de "
                 "l’accessibilité des résultats de mes recherches.\n",
                 None,
                 id="titles_leftovers-an_author_s_affiliation_line_is_no_headline-1"),
    # negative: a headline about an academic, a clause after the role
    pytest.param("Jean Dupont, professeur de lettres, prend la tête de l’université de Lille\n\nLe conseil "
                 "d’administration a élu mardi son nouveau président, qui succède à une juriste.\n",
                 "Jean Dupont, professeur de lettres, prend la tête de l’université de Lille",
                 id="titles_leftovers-an_author_s_affiliation_line_is_no_headline-2"),
    pytest.param("(c)Reuters Jean Martin\n\n" + _LEDE_tr33,
                 None,
                 id="titles_round33-a_photo_credit_glued_to_its_mark_is_no_title"),
    pytest.param("Budget adopté\n\nPar Marie Durand\n\n" + _LEDE_tr33,
                 "Budget adopté",
                 id="titles_round33-a_short_headline_over_a_byline_is_a_title"),
    # a lowercase line alone under it is its byline or date, not the sentence going on
    pytest.param("La piscine intercommunale rouvre ses portes\n\npar Marie Durand\n\n" + _LEDE_tr33,
                 "La piscine intercommunale rouvre ses portes",
                 id="titles_round33-a_headline_over_a_lowercase_byline_is_a_title"),
    # round 42b r1: a credit line naming the agent, no headline in its parts (round 24a en03)
    pytest.param(f"Written by ChatGPT | Edited by Jane Doe\n\n{LEDE}",
                 None,
                 id="round42_titles-a_credit_line_naming_the_agent_is_no_title-round42b_r1"),
    # from tests/test_round17_seg.py::test_furniture_is_no_title
    # 17a r05 (HuffPost Québec): a photo credit
    pytest.param("Vladone via Getty Images\n\n" + _QC,
                 None,
                 id="round17_seg-furniture_is_no_title-0"),
    pytest.param("Jean Dupont / Getty Images\n\n" + _QC,
                 None,
                 id="round17_seg-furniture_is_no_title-1"),
    # 17a r06 (Journal.lu): an audio player's button
    pytest.param("Écouter cet article\n\n" + _QC,
                 None,
                 id="round17_seg-furniture_is_no_title-2"),
    pytest.param("Listen to this article\n\n" + _QC,
                 None,
                 id="round17_seg-furniture_is_no_title-3"),
    # 17a r07 (L'Important): an agency's credit
    pytest.param("AFP PHOTO/JOEL SAGET\n\n" + _QC,
                 None,
                 id="round17_seg-furniture_is_no_title-4"),
    # a caption closed by the credit
    pytest.param("French lawyer Georges Kiejman poses in his office in Paris on November 14 , "
                 "2014 in Paris. AFP PHOTO / JOEL SAGET\n\n" + _QC,
                 None,
                 id="round17_seg-furniture_is_no_title-5"),
    # a headline about an agency or a picture agency stays one
    pytest.param("Getty Images rachète une banque d'images canadienne\n\n" + _QC,
                 "Getty Images rachète une banque d'images canadienne",
                 id="round17_seg-furniture_is_no_title-6"),
    # from tests/test_review29b_rv2a.py::test_an_italian_headline_opening_on_immagini_dal_stays_the_title
    pytest.param("Immagini dal fronte ucraino, la distruzione di Bakhmut vista dal drone"
                 + _LEDE_IT,
                 "Immagini dal fronte ucraino, la distruzione di Bakhmut vista dal drone",
                 id="review29b_rv2a-an_italian_headline_opening_on_immagini_dal_stays_the_title-0"),
    pytest.param("Foto dal satellite mostrano la città di Bakhmut rasa al suolo dopo mesi di "
                 "assedio" + _LEDE_IT,
                 "Foto dal satellite mostrano la città di Bakhmut rasa al suolo dopo mesi di "
                 "assedio",
                 id="review29b_rv2a-an_italian_headline_opening_on_immagini_dal_stays_the_title-1"),
    # from tests/test_review29b_rv2a.py::test_a_short_photo_credit_is_still_no_title
    pytest.param("Foto da polizia di Stato" + _LEDE_IT,
                 None,
                 id="review29b_rv2a-a_short_photo_credit_is_still_no_title-0"),
    pytest.param("Foto dall'ANSA" + _LEDE_IT,
                 None,
                 id="review29b_rv2a-a_short_photo_credit_is_still_no_title-1"),
    pytest.param("Immagine tratta dal profilo Facebook del sindaco" + _LEDE_IT,
                 None,
                 id="review29b_rv2a-a_short_photo_credit_is_still_no_title-2"),
    # from tests/test_review7.py::test_a_films_name_over_the_posters_credit_is_the_title
    pytest.param("Oppenheimer\n© Universal Pictures\nChristopher Nolan signe avec ce film de "
                 "trois heures une fresque ambitieuse sur le père de la bombe atomique. Cillian "
                 "Murphy y campe un physicien tourmenté, partagé entre la fierté scientifique et "
                 "la culpabilité.\n\nLe film, sorti mercredi dans 600 salles françaises, a "
                 "attiré plus de 400 000 spectateurs dès son premier jour d'exploitation.\n",
                 "Oppenheimer",
                 id="review7-a_films_name_over_the_posters_credit_is_the_title"),
    # from tests/test_review7.py::test_a_persons_name_over_an_agency_credit_is_the_title
    pytest.param("Jean-Paul Belmondo\n© AFP\nL'acteur, figure de la Nouvelle Vague et héros de "
                 "dizaines de films d'action, est mort lundi à Paris à l'âge de 88 ans, a "
                 "annoncé son avocat à l'AFP.\n\nRévélé en 1960 par « À bout de souffle » de "
                 "Jean-Luc Godard, il avait tourné plus de 80 films.\n",
                 "Jean-Paul Belmondo",
                 id="review7-a_persons_name_over_an_agency_credit_is_the_title"),
    # from tests/test_review7.py::test_a_keyword_over_the_credit_of_the_agency_that_signs_the_copy_is_no_title
    # the dts shape with its dateline, not its closing credit (31a r01 has the closing credit)
    pytest.param("Rettungsdienst\n© über dts Nachrichtenagentur\nBerlin (dts Nachrichtenagentur) "
                 "- Die Zahl der Rettungsdiensteinsätze in Deutschland ist im vergangenen Jahr "
                 "um 4 Prozent gestiegen.\n",
                 None,
                 id="review7-a_keyword_over_the_credit_of_the_agency_that_signs_the_copy_is_no_title"),
]


test_the_headline_picked = headline_test(HEADLINES)


# from tests/test_round22_titles.py
def test_a_dateline_alone_is_no_title_round_22():
    result = read(_DATELINE)
    assert result["title"] is None
    assert kind_at(result, _DATELINE, "EL PASO") == "boilerplate"
    # the wire's other forms of a place (KRWG's "SANTA FE, N.M. (AP) —" without its agency)
    assert read(_DATELINE.replace("EL PASO, Texas -", "SANTA FE, N.M. —"))["title"] is None
    assert read(_DATELINE.replace("EL PASO, Texas -", "CARSON CITY, Nev. –"))["title"] is None


def test_a_photo_credit_is_no_title_round_22():
    result = read(_CREDIT)
    assert result["title"] is None
    assert kind_at(result, _CREDIT, "Foto da") == "boilerplate"
    for credit in ("Foto tratta da Facebook", "Foto: Ansa", "Foto di repertorio"):
        assert read(_CREDIT.replace("Foto da polizia di Stato", credit))["title"] is None


def test_a_caption_between_the_title_line_and_its_repeat_is_no_title_round_22():
    result = read(_CAPTION)
    assert result["title"] == "Une bonne nouvelle !"
    assert kind_at(result, _CAPTION, "aménagement de la place") == "boilerplate"


# from tests/test_round23_titles.py
def test_a_caption_closed_by_its_credit_is_no_title_and_the_bracketed_dateline_dates_round_23():
    # 23a de03 (hooksiel-life): a photo's caption, then the lede's dateline with the day in brackets
    result = audit_document("Hobby Feuerwehr – das vereint die Mitglieder der Jugendfeuerwehr "
                            "Hooksiel. Foto: Feuerwehr\n" + HOOKSIEL, "x.txt")
    assert result["title"] is None
    assert result["published"] == "2024-02-14"


# from tests/test_round31_titles_dates.py
def test_an_author_box_s_image_text_is_no_title():
    # 31a r02 (fr24_ltdn); the guillemets' "»" is no breadcrumb's mark either
    text = ("Les imposteurs de l’IA : quand « journalistes » et « analystes » se mordent la queue\n\n"
            "Photo of author\n\nBy La rédaction\n\nIls se disent journalistes ou analystes. En réalité, ils "
            "sont devenus des opérateurs de machines, inondant l’espace médiatique d’articles générés "
            "par l’intelligence artificielle.\n")
    assert read(text)["title"] == ("Les imposteurs de l’IA : quand « journalistes » et « analystes » "
                                   "se mordent la queue")
    # tecmint.com's author box under its article
    text = ("Photo of author\n\nAaron Kili\n\nAaron Kili is a Linux and F.O.S.S enthusiast, an upcoming "
            "Linux SysAdmin, web developer, and currently a content creator for TecMint who loves working "
            "with computers and strongly believes in sharing knowledge.\n")
    assert read(text)["title"] != "Photo of author"


# from tests/test_round39_titles.py
def test_two_names_and_a_comma_are_a_headline_unless_a_country_closes_them():
    # review S of session 37, R3: a short headline of two names, or of a word and a name,
    # is a tag only when its last part names a country or a region
    for head, lede in (("Adieu, Bébel", LEDE_FR), ("Paris, Texas", LEDE),
                       ("Apple, Google Settle", LEDE), ("Merkel, Macron Agree", LEDE),
                       ("Danke, Jogi", LEDE), ("Gracias, Rafa", LEDE), ("Roma, Lazio", LEDE)):
        assert title(f"{head}\n\n{lede}") == head
    text = ("Adieu, Bébel\n\nJean-Paul Belmondo est mort lundi à Paris à l'âge de 88 ans, a annoncé "
            "son avocat. L'acteur avait tourné plus de 80 films en un demi-siècle de carrière.\n")
    assert title(text) == "Adieu, Bébel"


def test_a_title_case_headline_with_a_comma_stays():
    # the Manila Times's "US Fed pauses anew, signals cuts" in Title Case: the story says its
    # words in lower case ("signaled", "cuts"), a place's or a person's it does not
    head = "US Fed Pauses Anew, Signals Cuts"
    lede = ("The US Federal Reserve voted Wednesday to hold interest rates at a 22-year high for the "
            "third straight meeting but policymakers signaled they expect to make three rate cuts "
            "next year.\n")
    assert title(f"{head}\n\n{lede}") == head
    head = "Trump, Clinton Clash Over Trade"
    lede = "The two candidates clash again on trade in a debate watched by millions on Monday.\n"
    assert title(f"{head}\n\n{lede}") == head
    # a French headline with a comma has words in lower case: no pair of names
    head = "Besançon, la ville qui voulait sauver ses tramways"
    assert title(f"{head}\n\n{LEDE_FR}") == head


def test_a_credit_line_is_no_headline():
    assert title(repro("round39a/r7")) is None
    assert input_title("round39a/inputs/fr10_radiocanada.txt") != "Un texte de Catherine Paradis"
    for byline in ("Un reportage de Jean-François Bélanger", "Une chronique de Patrick Lagacé",
                   "Par Katy Romy"):
        assert title(f"{byline}\n\n{LEDE_FR}") is None
    assert title("By Jane Doe\n\n" + LEDE) is None
    # a headline opening so stays: no name closes it
    for head in ("Un texte de loi adopté par l'Assemblée nationale",
                 "Une analyse de Bercy conteste les chiffres du chômage"):
        assert title(f"{head}\n\n{LEDE_FR}") == head


def test_a_headline_over_a_lede_opening_on_a_lower_case_brand_stays():
    # review S of session 37, R4: the line under the headline closes a sentence and starts
    # another, but opens on a brand, no function word: the lede, not the headline's paragraph
    for head, lede in (
            ("Apple sales slump in China",
             "iPhone shipments in China fell 24% in the first six weeks of the year, according to "
             "Counterpoint Research. Huawei's sales rose 64% over the same period."),
            ("Grève des contrôleurs aériens : 500 vols annulés",
             "easyJet a annoncé l'annulation de 230 vols au départ de la France mardi. Air France "
             "prévoit de maintenir 80 % de ses vols moyen-courriers."),
            ("Online-Händler wächst kräftig",
             "eBay hat im zweiten Quartal seinen Umsatz um 8 Prozent auf 2,6 Milliarden Dollar "
             "gesteigert. Der Gewinn lag bei 400 Millionen Dollar."),
            ("Le Bon Coin lance la vente de voitures neuves",
             "leboncoin propose désormais des voitures neuves livrées à domicile, a annoncé mardi la "
             "plateforme. Une quarantaine de modèles sont disponibles au lancement.")):
        assert title(f"{head}\n{lede}\nLa suite du texte, sur une autre ligne.\n") == head


# from tests/test_titles35.py
def test_an_images_alt_text_is_no_headline():
    page = f"Menu\nlogo of the county library network\n\n{HEAD}\n\n{LEDE}"
    assert title(page) == HEAD
    de = ("Foto zeigt den neuen Spielplatz am Stadtpark\n\nDer neue Spielplatz am Stadtpark ist fertig\n\n"
          "Die Stadt hat am Montag den neuen Spielplatz eröffnet. Die Kinder des Viertels können ihn "
          "ab sofort nutzen.\n\nDer Bau hat zwei Jahre gedauert und kostete rund 300.000 Euro.\n")
    assert title(de) == "Der neue Spielplatz am Stadtpark ist fertig"


# from tests/test_titles37.py
def test_a_correspondents_dateline_is_no_headline():
    assert _repro(_REPRO_A, "r10_title_dateline.txt") is None
    head = "La médiathèque rouvrira au printemps"
    assert title(f"Le Caire, correspondance\n{head}\n\n{LEDE_FR}") == head
    assert title(f"De notre correspondant à Bruxelles\n{head}\n\n{LEDE_FR}") == head
    head = "La correspondance de Flaubert enfin publiée"
    assert title(f"{head}\n\n{LEDE_FR}") == head


def test_a_letters_title_is_no_correspondents_dateline():
    # review 2 R4: a person's correspondence, a film's title
    head = "Marcel Proust, correspondance"
    assert title(f"{head}\n\n{LEDE_FR}") == head
    head = "Victor Hugo, correspondance"
    assert title(f"{head}\nLes lettres inédites de l'exil\n\n{LEDE_FR}") == head
    head = "Les Correspondants"
    assert title(f"{head}\n\n{LEDE_FR}") == head
    # a place's dateline still goes
    head = "La médiathèque rouvrira au printemps"
    assert title(f"Rennes, correspondance\n{head}\n\n{LEDE_FR}") == head
    assert title(f"From our correspondent in Kyiv\n{head}\n\n{LEDE_FR}") == head


# from tests/test_titles_mendB.py
@pytest.mark.parametrize("alt", ["logo of the county library network",
                                 "Image of a reading room with empty shelves",
                                 "photo shows the new library building"])
def test_an_alt_text_that_describes_is_still_no_headline(alt):
    assert audit_document(f"Menu\n{alt}\n\n{HEAD}\n\n{LEDE}", "x.txt")["title"] == HEAD


# round 42b r1 (en16_73hats): a post's headline that carries its disclosure stays the title,
# and the disclosure is still read (AI001); a credit line names no headline (round 24a)
def test_round42b_r1_a_headline_carrying_its_disclosure_stays_the_title():
    result = read(repro("round42b/r1"))
    assert result["title"] == "The World Between Us"
    assert "AI001" in {f["rule"] for f in result["findings"]}
