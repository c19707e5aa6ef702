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


# --- Review 1 (R1-R5): the probes of this round's change ---------------------------------------

_WIRE_FR = "Title: Hommage\n\nPARIS, 12 mars 2024 (AFP) - {}\n\n« Nous sommes tristes », a déclaré le maire.\n"
_WIRE_EN = "Title: Tribute\n\nNEW YORK, March 12, 2024 (AP) — {}\n\n\"We are sad,\" the mayor said.\n"


@pytest.mark.parametrize("sentence", [
    # R1: the death's year after a full date
    "La chanteuse Yvette Lebon, 73 ans, née en 1920, s'est éteinte le 12 mars 1993 à Paris, il y a "
    "tout juste trente et un ans.",
    "Ayrton Senna, né en 1960, est mort le dimanche 1er mai 1994 à l'âge de 34 ans sur le circuit d'Imola.",
    # R2: a sentence with a time of its own is no news
    "Il y a dix ans jour pour jour, Jean Dupont, 64 ans, né en 1950, est mort dans un accident de la "
    "route près de Lyon.",
    # R3: a weekday of no date is no news
    "Le peintre Jean Dupont, né en 1900, est mort un mardi de novembre à l'âge de 45 ans, dans la misère.",
    # R4: another person's birth, another event's age
    "Marie, la fille du sculpteur Paul Martin (né en 1950), est décédée lundi à l'âge de 44 ans des "
    "suites d'une longue maladie.",
    "Né en 1920, il perd sa mère, morte en 1925, et entre à l'usine à l'âge de 14 ans.",
    "Né en 1930 à Lyon, il part pour Paris à l'âge de 20 ans et y meurt en 2001. Né en 1930 à Lyon, il "
    "s'installe à Paris à l'âge de 20 ans et il est mort en 2001.",
    # held before (review 1, (2))
    "Victor Hugo, né en 1802, est mort à 83 ans à Paris. Victor Hugo, né en 1802, est mort à Paris à "
    "l'âge de 83 ans.",
    "Jean Dupont, né en 1931, est décédé hier à l'âge de 92 ans, a annoncé sa famille.",
    "Jean Dupont, 92 ans, né en 1931, s'est éteint mardi dans son sommeil, a annoncé sa famille.",
])
def test_review1_french_deaths_give_no_false_age(sentence):
    assert _found(_WIRE_FR.format(sentence), "NUM003") == []


@pytest.mark.parametrize("sentence", [
    "Ten years ago, the 64-year-old singer, born in 1950, died in a plane crash in Nevada.",
    "The daughter of sculptor Paul Martin (born in 1950) died on Monday at the age of 44 after a long illness.",
    "Born in 1920, he lost his mother, who died in 1925, and went to work at the age of 14.",
    "Born in 1930 in Ohio, he left for New York at the age of 20 and died there in 2001.",
    "The singer John Smith, born in 1920, died on March 12, 1993, at the age of 73 in New York.",
    "Smith died Tuesday at 81. He was born in 1943 in Ohio. Smith, born in 1943, died Tuesday at the age of 81.",
])
def test_review1_english_deaths_give_no_false_age(sentence):
    assert _found(_WIRE_EN.format(sentence), "NUM003") == []


@pytest.mark.parametrize("sentence, computed", [
    # R1: the year of the date after the death verb is the death's, a wrong age still wrong
    ("La chanteuse Yvette Lebon, 83 ans, née en 1920, s'est éteinte le 12 mars 1993 à Paris.", "gives 73"),
    ("The singer John Smith, born in 1920, died on March 12, 1993, at the age of 83 in New York.", "gives 73"),
    # R3: the day told beside the verb is the news
    ("Jean Dupont, né en 1931, est décédé mardi dernier à l'âge de 72 ans.", "gives 93"),
    ("Smith, born in 1943, died at his home on Tuesday at the age of 61.", "gives 81"),
])
def test_review1_a_wrong_age_at_a_dated_or_told_death_is_flagged(sentence, computed):
    wire = _WIRE_EN if sentence.isascii() else _WIRE_FR
    (finding,) = _found(wire.format(sentence), "NUM003")
    assert computed in finding["message"]


# --- R5: feet and inches, and "m" after a hyphen ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The 2.06-metre (6-foot-9) forward signed a three-year deal on Tuesday, the club said.",
    "Diallo, who stands 2.11 m (6-foot-11), signed a two-year deal on Tuesday, the club said.",
    "Diallo, who stands 2.06 m (6 ft 9 in), signed a two-year deal on Tuesday, the club said.",
    "His brother stands 2.06 metres (6 feet 9 inches) and plays as a centre.",
    "The 6-foot-8 (2.03-metre) forward averaged 20 points last season.",
])
def test_review1_feet_and_inches_are_no_length_of_feet_alone(text):
    assert _found(text, "NUM004") == []
    assert not any(u == "ft" for _, u in _measures(text))


@pytest.mark.parametrize("text", [
    "The club agreed a 25-m euro deal on Tuesday. He signed a 5-m contract.",
])
def test_review1_m_after_a_hyphen_is_no_metre(text):
    assert not any(u == "m" for _, u in _measures(text))


def test_review1_a_wrong_compound_conversion_is_still_flagged():
    (finding,) = _found("A 5-mile (3-km) run was held on Sunday.", "NUM004")
    assert "mile" in finding["message"]
