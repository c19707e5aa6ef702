"""Round 30a r06 (2026-12-06): an app's promotion left as a body paragraph ("Download the FOX 5
Atlanta app for breaking news and weather alerts.", en04_fox5atlanta) is page furniture
(SEG002); a story's sentence about an app stays silent."""

import pytest

from audit.pipeline import audit_document

_HEADS = {
    "en": ("Suspect arrested in Covington murder\n\nDeputies have arrested a suspect wanted for the "
           "murder of a Covington woman.\n\nSmith was taken into custody on Tuesday morning.\n\n"),
    "fr": ("Un suspect arrêté à Rennes\n\nLes gendarmes ont arrêté un suspect recherché pour le "
           "meurtre d'une habitante.\n\nIl a été placé en garde à vue mardi matin.\n\n"),
    "de": ("Verdächtiger in Köln festgenommen\n\nDie Polizei hat einen Verdächtigen wegen Mordes an "
           "einer Frau festgenommen.\n\nEr wurde am Dienstagmorgen in Gewahrsam genommen.\n\n"),
}


def _seg002(lang: str, line: str) -> list[str]:
    found = audit_document(_HEADS[lang] + line + "\n", "x.txt")["findings"]
    return [f["evidence"]["phrase"] for f in found if f["rule"] == "SEG002"]


@pytest.mark.parametrize("lang,line", [
    ("en", "Download the FOX 5 Atlanta app for breaking news and weather alerts."),  # the repro
    ("en", "Download the WSB-TV News app for breaking news alerts."),
    ("fr", "Téléchargez l'application Ouest-France pour ne rien manquer de l'actualité."),
    ("de", "Laden Sie jetzt die kostenlose FOCUS-Online-App herunter."),
])
def test_app_promotion_line_is_furniture(lang, line):
    assert _seg002(lang, line) == [line]


@pytest.mark.parametrize("lang,line", [
    ("en", "Download the app to report potholes, the mayor said on Tuesday."),
    # thehindu.com (pages store): an administration's call to install an alert app, a sentence
    ("en", "All workers, frontline staff, line departments and public are urged to download the "
           "TNalert App for timely information ahead of the northeast monsoons."),
    ("fr", "Téléchargez l'application TousAntiCovid, a insisté le ministre devant les députés."),
    ("de", "Laden Sie die App herunter, sagte der Bürgermeister am Dienstag."),
])
def test_a_sentence_about_an_app_stays_silent(lang, line):
    assert _seg002(lang, line) == []
