"""Round 37's number findings (helper num37): a measure written as a compound adjective ("a
4,000-acre (2,000-hectare) farm", 37b r11) is a quantity, so NUM004 checks its conversion;
NUM003 reads an age at a death with no year (37a r2, r3): counted to the telling when the
death is the news (a day of the week in its sentence, or the press's age in apposition),
else only an age above the telling's is wrong; NUM002's first figure in an apposition's
relative clause (37a r4) stays a known miss."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _audit(text: str, published: str | None = None) -> dict:
    return audit_document(text, "x.txt", published=published)


def _found(text: str, rule: str, published: str | None = None) -> list[dict]:
    return [f for f in _audit(text, published)["findings"] if f["rule"] == rule]


def _repro(part: str, name: str) -> str:
    return (ROUNDS / part / "repro" / name).read_text(encoding="utf-8")


def _measures(text: str) -> list[tuple[str, str]]:
    return [(q["text"], q["unit"]) for q in _audit(text)["quantities"] if q["kind"] == "measure"]


# --- NUM004: the compound adjective (37b r11) -------------------------------------------------

@pytest.mark.parametrize("name", ["r11_num004_hyphen_en.txt", "r11b_num004_plain_en.txt"])
def test_a_wrong_conversion_is_flagged_hyphenated_or_not(name):
    (finding,) = _found(_repro("round37b", name), "NUM004")
    assert "expected 1,619 ha" in finding["message"]


def test_the_agency_s_own_right_conversion_passes():
    # AFP via the Manila Times (round 37b en09): 4,000 acres are 1,619 ha, "1,600" rounds it
    text = ("At the 4,000-acre (1,600-hectare) Tucker Farms in Venango, Nebraska, 'we were only "
            "able to harvest... around 500' acres, most of it wheat, said Rachel Tucker.")
    assert _measures(text)[:2] == [("4,000-acre", "acre"), ("1,600-hectare", "ha")]
    assert _found(text, "NUM004") == []


@pytest.mark.parametrize("text, expected", [
    ("The crew climbed a 12-foot wall at the end of the course.", ("12-foot", "ft")),
    ("The team ran a 10-mile stretch of the coast on Sunday.", ("10-mile", "mi")),
    ("Runners finished the 5-kilometre loop before noon.", ("5-kilometre", "km")),
    ("Its 500-metre-wide dish is made up of around 4,500 panels.", ("500-metre", "m")),
    ("She won the 50-km race for the second year running.", ("50-km", "km")),
    ("Police say he brandished a 3-inch folding knife at the officers.", ("3-inch", "in")),
    ("Der Landwirt bewirtschaftet einen 4.000-Hektar-Betrieb in Brandenburg.", ("4.000-Hektar", "ha")),
    ("Die 700-MW-Solarthermieanlage besteht aus drei Teilen.", ("700-MW", "mw")),
])
def test_a_measure_as_a_compound_adjective_is_read(text, expected):
    assert expected in _measures(text)


@pytest.mark.parametrize("text", [
    "A 10-year-old boy was hurt when the car left the road near the school.",
    "The club agreed a 10-year plan after the 3-2 win over its rivals.",
    "The COVID-19 crisis grounded F-16 jets and A-380 aircraft for months.",
    "Call 555-1234 or 01-45-67-89-10 for the details of the meeting.",
    "A 20-member panel will review the 24-hour shop's licence next week.",
])
def test_no_measure_in_ages_scores_names_or_numbers(text):
    assert _measures(text) == []


# --- NUM003: an age at a death with no year (37a r2, r3) --------------------------------------

@pytest.mark.parametrize("name, computed", [
    ("r2_num003_death_verb.txt", "gives 94"),  # 73 ans, née en 1920, in 2014
    ("r3_num003_age_at_death.txt", "gives 84"),  # 94 ans, né en 1934, in 2018
])
def test_an_age_at_a_death_told_as_news_is_counted_to_the_telling(name, computed):
    (finding,) = _found(_repro("round37a", name), "NUM003")
    assert computed in finding["message"]


@pytest.mark.parametrize("text, published", [
    # a death told by its day: the age at it is the age at the telling
    ("Yvette Lebon, née en 1920, est décédée mardi à Cannes à l'âge de 73 ans.", "2014-08-04"),
    ("The composer, born in 1918, died on Tuesday at the age of 72, his family said.", "2014-08-04"),
    # no day: a death of any year before the telling, so never older than the telling's age
    ("Yvette Lebon, née en 1920, est décédée à Cannes à l'âge de 99 ans.", "2014-08-04"),
    ("The composer, born in 1918, died at the age of 110, after a career of five decades.", "2014-08-04"),
])
def test_a_wrong_age_at_death_is_flagged(text, published):
    assert len(_found(text, "NUM003", published)) == 1


@pytest.mark.parametrize("text, published", [
    ("Yvette Lebon, 94 ans, née en 1920, s'est éteinte à Cannes.", "2014-08-04"),
    ("Yvette Lebon, 93 ans, née en 1920, s'est éteinte mardi à Cannes.", "2014-08-04"),
    ("Les obsèques de Charles Aznavour, né en 1924, décédé lundi à l'âge de 94 ans, ont été "
     "célébrées samedi.", "2018-10-06"),
    # a biography's death with no year nor day: an age at death below the telling's is right
    ("Victor Hugo, né en 1802, est mort à Paris à l'âge de 83 ans.", "2014-08-04"),
    ("Marie Curie, née le 7 novembre 1867 à Varsovie, est morte à Passy, âgée de 66 ans.", "2014-08-04"),
    ("The composer, born in 1918, died at the age of 72, after a career of five decades.", "2014-08-04"),
    # "à l'âge de" at another event than a death is no age today
    ("Yvette Lebon, née en 1920, a quitté la France à l'âge de 20 ans pour le Canada.", "2014-08-04"),
    # undated: an age at death is bounded by no year the text names
    ("Yvette Lebon, née en 1920, est décédée à l'âge de 20 ans. En 2014 une plaque a été posée.", None),
    # the death's year stated (session 34, R4; rules/cases/NUM003.yml has more)
    ("Marie Curie, née Skłodowska le 7 novembre 1867 à Varsovie, est morte en 1934, âgée de 66 "
     "ans.", "2024-07-04"),
])
def test_a_right_age_at_death_or_an_age_at_another_event_passes(text, published):
    assert _found(text, "NUM003", published) == []


# --- NUM002: the first figure in an apposition's relative clause (37a r4): a known miss -------
# The indefinite of "la résidence Henri-Malot, un foyer logements qui reçoit 80 résidents"
# unkeys its subject ("une étude de 38 cas": one of many). Keying the apposition was tried and
# left: two names with one class noun ("Paris, une ville qui compte …", "Lyon, une ville qui
# compte …") then contradicted each other, and the subject's words cannot say which name a
# class noun stands for.

def test_the_apposition_s_relative_clause_is_a_known_miss():
    assert _found(_repro("round37a", "r4_num002_relative_clause.txt"), "NUM002") == []


def test_two_names_apposed_one_class_noun_are_not_compared():
    text = ("Jean habite Paris, une ville qui compte 2 100 000 habitants. Marie habite Lyon, une "
            "ville qui compte 520 000 habitants.")
    assert _found(text, "NUM002") == []
