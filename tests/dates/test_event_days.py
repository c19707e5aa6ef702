"""Days that are not the publication's: an event's, a notice's, an anniversary's, a law's, a date
in a sentence."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document

from tests.blind_reading import LEDE_FR, article, codes, date_test, probe, published, read
from tests.dates.texts import _STATEMENT


# R8 (t/date_label_event_fr.txt): a blood drive's "Date :" under the notice's paragraph is the
# drive's day; English "Date:" is no French label.
_FR_EVENT = 'Don du sang à la salle des fêtes\n\nL’Établissement français du sang organise une nouvelle collecte dans la commune. Chaque don peut sauver trois vies, rappelle l’association locale.\n\nDate : mardi 18 mars 2025\n\nLa collecte dure une heure environ. Se munir d’une pièce d’identité.\n'

ANNIVERSARY_EN = (
    "Ten years on, Sandy Hook families still fight\n\n"
    "December 14, 2012: A gunman killed 20 children and six adults at Sandy Hook Elementary School "
    "in Newtown, Connecticut.\n\n")

# from tests/test_round39_seg.py

_NL_LEDE = (" In de gemeente Rotterdam onderhandelen zes raadsfracties over een nieuw college van "
            "burgemeester en wethouders.\n")


# from tests/test_review27_seg.py

_CHRONO = ("Affaire des assistants du FN : les dates clés\n\nRetour sur huit ans de procédure dans "
           "l'affaire des assistants parlementaires européens du Front national.\n\nLe 9 mars 2015\n"
           "Le président du Parlement européen, Martin Schulz, saisit l'Office européen de lutte "
           "antifraude (Olaf) au sujet de vingt assistants parlementaires.\n\nLe 5 décembre 2016\n"
           "Le parquet de Paris ouvre une information judiciaire pour abus de confiance.\n\n"
           "Le 30 juin 2017\nMarine Le Pen est mise en examen pour abus de confiance.\n")


# from tests/test_review7_mend.py

_CONCERT = ("Un concert de gospel au profit des Restos du cœur\n\nLa chorale Voices of Joy, qui réunit une "
            "quarantaine de chanteurs amateurs de la région, donnera un concert au profit des Restos du "
            "cœur. L'an dernier, la soirée avait permis de récolter 3 200 euros.\n\nEntrée : 10 euros, "
            "gratuit pour les moins de 12 ans.\n\n")


# the publication date each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
PUBLICATION_DATES = [
    pytest.param(_FR_EVENT, None, id="review34_dates-french_notice_date_label_is_the_events"),
    # Not held: English and German event notices' days ("Date: …" / "Time: 7 p.m.", "Datum: …" /
    # "Ort: …") are still read by the bare dateline under the label, as before the session.
    # the label's line followed by an event's facts
    pytest.param("Réunion publique sur le PLU\nDate : mardi 18 mars 2025\nLieu : salle des fêtes\n"
                 "La mairie invite les habitants à débattre du plan local d'urbanisme. Entrée libre.\n",
                 None,
                 id="review34_dates-date_label_followed_by_an_events_facts_is_not_read-0"),
    pytest.param(_STATEMENT + "Salle des fêtes, Porto Novo, le 14 décembre 2025\n",
                 None,
                 id="review8_dates_ai-a_venue_before_its_town_stays_an_event_s_day"),
    # an anniversary piece (d03)
    pytest.param(ANNIVERSARY_EN + "A decade later, the families are still pressing Congress for tougher gun laws.\n",
                 None,
                 id="round38_dates_mend-an_events_day_opening_the_lede_is_no_publication_date-0"),
    # Spanish, a chronology (d12)
    pytest.param("Ataque en Nueva York: cronología\n\n11 de septiembre de 2001: dos aviones se estrellan contra las "
                 "Torres Gemelas de Nueva York.\n\nVeinte años después, la ciudad recuerda a las víctimas.\n",
                 None,
                 id="round38_dates_mend-an_events_day_opening_the_lede_is_no_publication_date-1"),
    # a disaster-medicine blog's lede, the form of a real one (r01)
    pytest.param("Disaster medicine: what Fukushima taught hospitals\n\nMarch 11, 2011: The strongest earthquake "
                 "ever recorded in Japan devastates the Tohoku coast, the tsunami that follows destroys whole towns "
                 "and sets off a meltdown at the Fukushima Daiichi nuclear plant.\n\nHospitals along the coast lost "
                 "power within the hour, and several had to be evacuated by helicopter.\n",
                 None,
                 id="round38_dates_mend-an_events_day_opening_the_lede_is_no_publication_date-2-r01"),
    # an agenda's one dated entry, the next opening with a range (d06)
    pytest.param("Agenda culturel de la semaine\n\n14 février 2024 – Concert de la Saint-Valentin à la salle des "
                 "fêtes, à 20 heures, entrée libre.\n\nDu 16 au 18 février, exposition de peinture à la médiathèque.\n",
                 None,
                 id="round38_dates_mend-an_events_day_opening_the_lede_is_no_publication_date-3"),
    # review 1 of session 34, R8: «Date : mardi 18 mars 2025» over «Lieu :» is a meeting's day
    pytest.param("Don du sang à la salle des fêtes\n\nDate : mardi 18 mars 2025\nLieu : salle des fêtes\n\n" + LEDE_FR,
                 None,
                 id="round40_dates-a_notices_date_label_beside_its_place_is_an_events"),
    pytest.param("Mercredi 5 juin 2024\n\nTitle: Fête de la musique au parc\nDate: 21 juin 2024\n"
                 "Category: Agenda\n\nFête de la musique : trois scènes au parc municipal\n\n" + LEDE_FR,
                 "2024-06-05",
                 id="round40_dates-an_event_boxs_date_field_under_a_dateline_is_the_events"),
    # from tests/test_round38_seg.py::test_round38_bare_dateline_negatives
    # a timeline: each entry opens so, none is the page's day
    pytest.param("March 3, 2020: The first case of the virus was confirmed in the state by "
                 "health officials today.\n\nMarch 10, 2020: The governor declared a state of "
                 "emergency and closed all the schools for weeks.\n\nMarch 20, 2020: A stay at "
                 "home order took effect across the state for all of its residents.\n",
                 None,
                 id="round38_seg-round38_bare_dateline_negatives-0"),
    # a day of history, before the web's years
    pytest.param("June 6, 1944: Allied troops landed on the beaches of Normandy in the largest "
                 "seaborne invasion in history.\n",
                 None,
                 id="round38_seg-round38_bare_dateline_negatives-1"),
    # a full stop after the day: a feature's opening
    pytest.param("December 28, 2014. Markets opened lower on Monday as neither the bulls nor the "
                 "bears can gin up support.\n",
                 None,
                 id="round38_seg-round38_bare_dateline_negatives-2"),
    # from tests/test_round39_seg.py::test_a_weekdays_dateline_in_capitals_opening_the_lede
    # an event's day opening a story is in lower case; a colon announces an event
    pytest.param("Hoeveel wethouders\n\nVrijdag 8 juni 2018. Die dag veranderde alles." + _NL_LEDE,
                 None,
                 id="round39_seg-a_weekdays_dateline_in_capitals_opening_the_lede-0"),
    pytest.param("Fête de la musique\n\nSAMEDI 21 JUIN 2025 : fête de la musique dans le "
                 "centre-ville avec une vingtaine de groupes et des stands.\n",
                 None,
                 id="round39_seg-a_weekdays_dateline_in_capitals_opening_the_lede-1"),
    pytest.param("Hoeveel wethouders\n\nVRIJDAG 8 JUNI. In de gemeente Rotterdam onderhandelen "
                 "zes fracties.\n",
                 None,
                 id="round39_seg-a_weekdays_dateline_in_capitals_opening_the_lede-2"),
    # under the story's prose it is an agenda's entry
    pytest.param("Open dag\n\nDe brandweer van Rotterdam opent haar kazerne voor het publiek, "
                 "zoals elk jaar in juni, met demonstraties en een kinderhoek.\n\nZATERDAG 9 "
                 "JUNI 2018. Open dag bij de kazerne van 10 tot 16 uur.\n",
                 None,
                 id="round39_seg-a_weekdays_dateline_in_capitals_opening_the_lede-3"),
    # from tests/test_review2_seg.py::test_key_dates_under_the_headline_are_still_a_timeline
    # negative: three day lines over prose, the first right under the headline
    pytest.param("Affaire des assistants du FN : les dates clés\n\nLe 9 mars 2015\nLe président "
                 "du Parlement européen saisit l'Olaf au sujet de vingt assistants "
                 "parlementaires.\n\nLe 5 décembre 2016\nLe parquet de Paris ouvre une "
                 "information judiciaire pour abus de confiance.\n\nLe 30 juin 2017\nMarine Le "
                 "Pen est mise en examen pour abus de confiance.\n",
                 None,
                 id="review2_seg-key_dates_under_the_headline_are_still_a_timeline"),
    # from tests/test_review29_rvseg.py::test_a_day_and_a_figure_in_a_data_box_date_nothing
    # Item 13: a bare count after a day is a view count only on a video page.
    pytest.param("Bitcoin : le cours repasse sous les 60 000 dollars\n2021-11-10 68 789\n\nLe "
                 "cours a perdu plus de 10 % cette semaine et s'éloigne de son record "
                 "historique, atteint en novembre 2021.\n",
                 None,
                 id="review29_rvseg-a_day_and_a_figure_in_a_data_box_date_nothing-0"),
    pytest.param("Or : l'once atteint un nouveau record\n2024-04-01 2,265\n\nLe cours a perdu "
                 "plus de 10 % cette semaine et s'éloigne de son record historique, atteint en "
                 "novembre 2021.\n",
                 None,
                 id="review29_rvseg-a_day_and_a_figure_in_a_data_box_date_nothing-1"),
    # from tests/test_review7_mend.py::test_an_event_s_date_card_under_its_headline_dates_nothing
    pytest.param("Fête de la Saint-Jean : feu, bal et guinguette au bord du lac\nSam.\n21\njuin\n"
                 "2025\nLe comité des fêtes de Saint-Alban organise sa traditionnelle Fête de la "
                 "Saint-Jean au bord du lac. Au programme : marché de producteurs à partir de 17 "
                 "heures, bal populaire et grand feu à la tombée de la nuit.\n\nL'entrée est "
                 "gratuite. Les bénévoles attendent plus de 2 000 visiteurs, comme l'an "
                 "dernier.\n",
                 None,
                 id="review7_mend-an_event_s_date_card_under_its_headline_dates_nothing"),
]


test_the_publication_date_read = date_test(PUBLICATION_DATES)


# from tests/test_round31_titles_dates.py
def test_an_event_s_date_in_a_closing_sentence_dates_nothing():
    text = ("UEMOA: vers la tenue d’une réunion des ministres de l’élevage\n\n"
            "La Commission de l’UEMOA organise une réunion des Ministres chargés de l’élevage, "
            "qui examinera le programme régional de santé animale.\n\n"
            "Rendez-vous à Ouagadougou, le 12 mai 2025, pour la réunion des ministres.\n")
    assert read(text)["published"] is None
    # a place's day with prose under it: that paragraph's event, not a signature
    text = ("Réunion des ministres de l’élevage\n\nOuagadougou, le 12 mai 2025\n\n"
            "Les ministres chargés de l’élevage de l’Union se réuniront pour examiner le programme "
            "régional de santé animale et le financement des campagnes de vaccination du bétail.\n"
            "La Commission a invité les partenaires techniques et financiers à participer aux "
            "travaux de la réunion qui durera deux jours entiers.\n")
    assert read(text)["published"] == "2025-05-12"  # a dateline under the headline, as before


# from tests/test_round38_dates_mend.py
def test_an_anniversary_lede_drives_no_num003():
    # d16: the lede's 2012 read as the publication year made "ten years ago" an error
    text = ANNIVERSARY_EN + (
        "The shooting in 2012, ten years ago, changed the gun debate. In 2022, the families won a $1.4 "
        "billion verdict against Alex Jones, and they are still pressing Congress for tougher gun laws.\n")
    assert published(text) is None
    assert not [c for c in codes(text) if c[0] == "NUM003"]


# from tests/test_round37_seg.py

@pytest.mark.parametrize("text", [
    # R5: an event's date and hour under the lede, with or without a zone (review 2 e1, d3, e2, e3)
    "Gran concierto de verano en la plaza mayor\n\nLa banda municipal ofrecerá su tradicional concierto de "
    "verano con un programa dedicado a la zarzuela y a las bandas sonoras del cine.\n\nConcierto: 20 de julio "
    "de 2025 (21:00 h)\n\nLa entrada será libre hasta completar el aforo, según informó el ayuntamiento en un "
    "comunicado.\n",
    "La biblioteca reabrirá en primavera\n\nEl ayuntamiento aprobó el martes el presupuesto de la biblioteca "
    "municipal tras un largo debate sobre los horarios y el personal.\n\nEl alcalde dijo que las obras "
    "comenzarán en primavera si se confirma la subvención regional.\n\n20 de julio de 2025 (21:00 CEST)\n\n"
    "El concierto tendrá lugar en la plaza mayor con entrada libre.\n",
    "Webinaire sur la transition énergétique\n\nLa chambre de commerce organise un webinaire gratuit pour les "
    "artisans qui souhaitent rénover leurs locaux et réduire leur facture.\n\n3 juin 2025 (14h00 CET)\n\n"
    "L'inscription est obligatoire sur le site de la chambre de commerce avant la fin du mois de mai.\n",
    "Die Bibliothek öffnet im Frühjahr\n\nDer Gemeinderat hat am Dienstagabend den Haushalt für die "
    "Stadtbibliothek nach einer langen Debatte über Öffnungszeiten und Personal beschlossen.\n\nDer "
    "Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen.\n\nTermin: 17.06.2025 (19:00 Uhr)\n\n"
    "Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich, teilte die Stadt mit.\n",
    # R6: a log quoted after a lead-in closed by a colon, the line under it or a blank line down (k9, d8)
    "How to read a crash log\n\nWhen the kernel panics, the first line looks like this:\nMon Jan 15 09:00:00 "
    "UTC 2018: kernel panic - not syncing\n\nThe date is the machine's clock, which may be wrong after a "
    "power cut, so check the NTP status first.\n",
    "How to read a crash log\n\nWhen the kernel panics, the first line looks like this:\n\nMon Jan 15 "
    "09:00:00 UTC 2018: kernel panic - not syncing\n\nThe date is the machine's clock, which may be wrong "
    "after a power cut, so check the NTP status first.\n",
])
def test_an_event_or_a_log_below_the_prose_dates_no_page(text):
    assert audit_document(text, "page.txt")["published"] is None


# from tests/test_round39_seg.py

@pytest.mark.parametrize("name", ["d01_fr_retro_capitals", "d02_fr_agenda_capitals", "d03_nl_weekly_capitals",
                                  "d05_es_retro_capitals", "d06_en_retro_capitals", "d07_fr_retro_capitals_age",
                                  "d08_en_retro_capitals_age", "d09_fr_capitals_colon_event",
                                  "d30_fr_capitals_retro_num003", "r06_fr_devoir_semaine"])
def test_a_past_days_capitals_opening_dates_no_page(name):
    text = probe("review39_seg", name)
    assert published(text) is None
    assert not [c for c in codes(text) if c[0] == "NUM003"]


# from tests/test_review27_seg.py

@pytest.mark.parametrize("text", [
    # item 2: a timeline's date headings (chrono.txt, chrono3.txt)
    _CHRONO,
    _CHRONO + "\nSources :\n- Le Monde, « Procès des assistants du FN : ce qu'il faut savoir », "
              "30 septembre 2024\n",
    # a day the lines under it tell again (chrono2.txt)
    "Mort de Nahel : un an après, Nanterre se souvient\n\nLe mardi 27 juin 2023\nIl y a un an, "
    "le 27 juin 2023, Nahel, 17 ans, était tué par un policier lors d'un contrôle routier à "
    "Nanterre. La ville s'était embrasée pendant cinq nuits.\n\nJeudi, une marche blanche partira "
    "de la préfecture à 14 heures.\n",
    # a chronology's weekday headings (news.vice.com/fr, "Charlie Hebdo, Hyper Cacher : une
    # chronologie", published a year later)
    "Charlie Hebdo, Hyper Cacher : une chronologie des attaques et de leurs suites en 2015\n\n"
    "Un an après l'attaque de la rédaction de Charlie Hebdo, nous publions une chronologie "
    "revenant sur les attaques elles-mêmes et listant les événements qui ont suivi.\n\n"
    "Mercredi 7 janvier 2015\n\nVers 11h30, les deux frères Chérif et Saïd Kouachi s'introduisent "
    "dans les locaux de Charlie Hebdo et tuent 11 personnes au fusil d'assaut.\n\n"
    "Jeudi 8 janvier 2015\n\nAmedy Coulibaly tue une policière municipale à Montrouge.\n",
])
def test_timeline_headings_no_publication_date(text):
    audit = read(text)
    assert audit["published"] is None
    assert not [f for f in audit["findings"] if f["rule"] == "CIT006"]


# from tests/test_review29c_rv3a.py

def test_a_title_line_event_day_before_a_colon_still_dates_nothing():
    text = ("Nuit Blanche (05/10/2024) – Au programme :\n\nLa Ville de Paris a dévoilé vendredi le "
            "programme de la prochaine Nuit Blanche, qui se tiendra dans tout Paris.\n")
    assert article(text).facts.published is None


# from tests/test_review7_mend.py

def test_a_venue_s_closing_line_dates_nothing() -> None:
    assert published(_CONCERT + "Église Saint-Martin, Villeneuve, le 14 décembre 2025\n") is None
    assert published(_CONCERT + "Théâtre municipal, Nancy, le 14 décembre 2025\n") is None
