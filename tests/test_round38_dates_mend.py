"""Review 2 of round 38's dates (reviewer's probes, /tmp/s36/review2/p): a lede opening with an
event's day is no publication date (anniversaries, a disaster blog's lede, an agenda's entry),
and a byline laid out as a table row keeps its date. A wrong publication date is worse than
none: it drives NUM003's "years ago" arithmetic."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import codes


def _published(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["published"]


ANNIVERSARY_EN = (
    "Ten years on, Sandy Hook families still fight\n\n"
    "December 14, 2012: A gunman killed 20 children and six adults at Sandy Hook Elementary School "
    "in Newtown, Connecticut.\n\n")


@pytest.mark.parametrize("text", [
    # an anniversary piece (d03)
    ANNIVERSARY_EN + "A decade later, the families are still pressing Congress for tougher gun laws.\n",
    # Spanish, a chronology (d12)
    "Ataque en Nueva York: cronología\n\n11 de septiembre de 2001: dos aviones se estrellan contra las "
    "Torres Gemelas de Nueva York.\n\nVeinte años después, la ciudad recuerda a las víctimas.\n",
    # a disaster-medicine blog's lede, the form of a real one (r01)
    "Disaster medicine: what Fukushima taught hospitals\n\nMarch 11, 2011: The strongest earthquake "
    "ever recorded in Japan devastates the Tohoku coast, the tsunami that follows destroys whole towns "
    "and sets off a meltdown at the Fukushima Daiichi nuclear plant.\n\nHospitals along the coast lost "
    "power within the hour, and several had to be evacuated by helicopter.\n",
    # an agenda's one dated entry, the next opening with a range (d06)
    "Agenda culturel de la semaine\n\n14 février 2024 – Concert de la Saint-Valentin à la salle des "
    "fêtes, à 20 heures, entrée libre.\n\nDu 16 au 18 février, exposition de peinture à la médiathèque.\n",
])
def test_an_events_day_opening_the_lede_is_no_publication_date(text):
    assert _published(text) is None


def test_an_anniversary_lede_drives_no_num003():
    # d16: the lede's 2012 read as the publication year made "ten years ago" an error
    text = ANNIVERSARY_EN + (
        "The shooting in 2012, ten years ago, changed the gun debate. In 2022, the families won a $1.4 "
        "billion verdict against Alex Jones, and they are still pressing Congress for tougher gun laws.\n")
    assert _published(text) is None
    assert not [c for c in codes(text) if c[0] == "NUM003"]


_STORY_FR = ("\n\nLe PSG s'est imposé 2-1 dimanche soir sur la pelouse de Lyon grâce à un doublé de "
             "Kylian Mbappé.\n\nLes Parisiens comptent douze points d'avance.\n")


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
    assert _published(text, "x.md" if "|---|" in text else "x.txt") == "2024-03-04"


@pytest.mark.parametrize("text,day", [
    # a table of an event, its label two words, the second lower-case: the incident's start
    ("Fire at the old mill\n\n| Incident start | March 4, 2024 10:32 |\n| Duration | 2 hours |\n\n"
     "Firefighters were called to the old mill early on Monday morning after neighbours saw smoke.\n", None),
    # a results table and a lone row under it (d07): the match's day, not the page's
    ("Ligue 1 : le PSG s'impose à Lyon\n\nLe PSG s'est imposé 2-1 dimanche soir sur la pelouse de Lyon.\n\n"
     "| Journée | Date | Domicile | Score | Extérieur |\n|---|---|---|---|---|\n"
     "| 27 | 3 mars 2024 | Lyon | 1-2 | PSG |\n\n| Match | 3 mars 2024 |\n", None),
    # the publication's label in a table of facts (d14)
    ("Einsatzbericht der Feuerwehr\n\n| Datum | 6. Juli 2020 |\n| Einsatzort | Hauptstraße |\n\n"
     "Am frühen Sonntagmorgen wurde die Feuerwehr zu einem Brand in der Hauptstraße alarmiert.\n",
     "2020-07-06"),
])
def test_a_table_rows_label_still_dates_its_event(text, day):
    assert _published(text) == day
