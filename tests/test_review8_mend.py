"""Review 8 (session 32), items 8, 9, 10: fixes of review 7 that went too far, each with the
reviewer's probe, a second wording and the negatives review 7 kept quiet."""

from __future__ import annotations

import datetime as dt

from audit.pipeline import audit_article
from audit.settings import Settings
from tests.attribution_reading import vague


def _rules(text: str, code: str, published: str) -> list:
    settings = Settings(published=dt.date.fromisoformat(published))
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# --- item 8: CIT004 en, a listener written "the Herald", or a reporter's "me"/"us" before a clause

def test_sources_telling_the_paper_or_the_reporter_stay_vague() -> None:
    assert vague("Mayor Tom Reyes has met with party donors in recent weeks to discuss a possible run "
                 "for governor. Two sources tell the Herald the mayor could announce his decision "
                 "before the end of the month.") == ["Two sources tell"]
    assert vague("The Chicago Bears are finalizing a deal with their top candidate for defensive "
                 "coordinator. Sources tell me the contract could be signed as soon as Tuesday.") == ["Sources tell"]
    assert vague("Sources tell us that the plant will close by the end of the year.") == ["Sources tell"]
    assert vague("Two sources tell us Ford will cut 500 jobs at the plant.") == ["Two sources tell"]


def test_records_that_tell_us_stay_no_informants() -> None:
    assert vague("Primary sources tell us far more about daily life in the hospitals than official "
                 "reports do, Hale said.") == []
    assert vague("Those sources tell a story of a town that rebuilt itself within a year.") == []
    assert vague("Archival sources tell us much about the port's trade.") == []


# --- item 9: NUM003, a centenary prepared for a near date falls now

def test_a_centenary_prepared_for_this_weekend_is_counted_to_now() -> None:
    en = ("Rovers prepare for a party a century in the making\n\nFounded in 1930, Millbrook Rovers are "
          "preparing for their centenary celebrations this weekend, with a parade through the town "
          "centre and a match against former players.\n")
    fr = ("Le Stade quimpérois prépare sa fête\n\nFondé en 1930, le Stade quimpérois prépare son "
          "centenaire ce week-end, avec un défilé dans le centre-ville et un match de gala.\n")
    sat = ("Le club fête ses cent ans\n\nFondé en 1930, l'US Concarneau s'apprête à fêter son "
           "centenaire samedi au stade Guy-Piriou.\n")
    for text in (en, fr, sat):
        assert [(f.evidence["computed"], f.evidence["reference_year"])
                for f in _rules(text, "NUM003", "2025-05-16")] == [(95, 2025)], text


def test_a_centenary_prepared_with_no_near_date_stays_unsaid() -> None:
    for text in ("Le FC Saint-Lô prépare son centenaire\n\nLe club de football de Saint-Lô, fondé en "
                 "1930, prépare son centenaire : un comité d'anciens joueurs s'est réuni mardi.\n",
                 "A school turns the page\n\nLincoln Elementary School, which opened in 1930, has "
                 "formed a committee to plan its centennial celebration.\n"):
        assert not _rules(text, "NUM003", "2025-05-16"), text


# --- item 10: CIT004 fr, backstage hearsay with no "que" after a verb of saying

def test_backstage_murmured_names_are_hearsay() -> None:
    assert vague("Le maire sortant n'a toujours pas annoncé s'il briguerait un troisième mandat. En "
                 "coulisses, on murmure déjà le nom de son premier adjoint pour lui succéder.") == \
        ["En coulisses, on murmure"]
    assert vague("En coulisses, on évoque le nom de l'ancien sélectionneur pour reprendre l'équipe.") == \
        ["En coulisses, on évoque"]
    assert vague("En coulisses, on chuchote déjà une arrivée de l'ailier en janvier.") == \
        ["En coulisses, on chuchote"]


def test_backstage_work_described_stays_silent() -> None:
    for line in ("En coulisses, on glisse les derniers costumes sur les épaules des comédiens.",
                 "En coulisses, on entend les musiciens accorder leurs guitares.",
                 "En coulisses, on assure le spectacle jusqu'au dernier rappel."):
        assert vague(line) == [], line
