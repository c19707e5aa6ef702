"""Days that are not the publication's: an event's, a notice's, an anniversary's, a law's, a date
in a sentence."""

from __future__ import annotations

import pytest

from tests.blind_reading import LEDE_FR, codes, date_test, published, read
from tests.dates.texts import _STATEMENT


# R8 (t/date_label_event_fr.txt): a blood drive's "Date :" under the notice's paragraph is the
# drive's day; English "Date:" is no French label.
_FR_EVENT = 'Don du sang à la salle des fêtes\n\nL’Établissement français du sang organise une nouvelle collecte dans la commune. Chaque don peut sauver trois vies, rappelle l’association locale.\n\nDate : mardi 18 mars 2025\n\nLa collecte dure une heure environ. Se munir d’une pièce d’identité.\n'

ANNIVERSARY_EN = (
    "Ten years on, Sandy Hook families still fight\n\n"
    "December 14, 2012: A gunman killed 20 children and six adults at Sandy Hook Elementary School "
    "in Newtown, Connecticut.\n\n")

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
