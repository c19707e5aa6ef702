"""Blind round 37 (2026-12-06): page furniture kept as body in four languages (37b r7-r10: a
related-links label, a comment form's login prompt, a comment call to action, an icon font's
ligature names), and dates missed (37b r5: a time in brackets after the dateline's date; 37b
r6: a clock stamp opening the post; 37a r7: a "Last modified" line, left unread by design).
The testers' repro texts, other real wordings of the same widgets, and negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.dates import _clock_stamp, _dateline
from audit.pipeline import audit_document

_ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _repro(name: str) -> tuple[str, str]:
    path = next((_ROUNDS / name.split("/")[0] / "repro").glob(name.split("/")[1] + "*"))
    return path.read_text(), path.name


# -- furniture out of the body ---------------------------------------------------------------


# -- dates ----------------------------------------------------------------------------------

def test_dateline_with_its_time_in_brackets():
    # 37b r5: "17 de junio de 2025 (21:06 WEST)", then "Actualizado el 18 de junio de 2025"
    text, name = _repro("round37b/r5_date_missed_es")
    assert str(audit_document(text, name)["published"]) == "2025-06-17"


@pytest.mark.parametrize("line,expected", [
    ("17 de junio de 2025 (21:06 WEST)", "2025-06-17"),
    ("June 17, 2025 (10:30 a.m.)", None),        # a bare hour in brackets: an event's as often
    ("June 17, 2025 (10:30 a.m. ET)", "2025-06-17"),
    ("17 de junio de 2025 (21:06 GMT+1)", "2025-06-17"),
    ("20 de julio de 2025 (21:00 h)", None),
    ("17.06.2025 (19:00 Uhr)", None),
    ("17 de junio de 2025 (EFE)", None),        # an agency's name is no time
    ("17 de junio de 2025 (1945)", None),       # nor a year in brackets
    ("Le débarquement du 6 juin 1944 (10:30)", None),
])
def test_time_in_brackets_after_a_dateline(line, expected):
    day = _dateline(line, "es", zoned=True)
    assert (str(day) if day else None) == expected


def test_clock_stamp_opening_a_post():
    # 37b r6: "Thu May 29 15:20:00 UTC 2025: Please provide the text …"
    text, name = _repro("round37b/r6_date_timestamp_en")
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


def test_last_modified_is_no_publication_date():
    # 37a r7: "13 Jui 2017" (juin or juillet) and "Last modified on mardi, 13 juin 2017 14:24":
    # an update's date is never the publication's (README, "The article's date"), even alone
    text, name = _repro("round37a/r7_date_last_modified")
    assert audit_document(text, name)["published"] is None


# -- review 2 (R5-R8): the same cues where they must not fire ----------------------------------

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
