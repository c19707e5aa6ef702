"""Round 39's number misses (helper num39): a figure of one or two digits after "N, " where a
comma is the decimal mark ("d'1, 5 milliard d'euros", 39a r1) is a decimal typed with a space,
read as neither figure, so it feeds no conversion verdict; NUM003 reads an age as a person's
"de N ans" right before the birth ("Un homme de 28 ans, né en 1985", 39a r11) and the AP
apposition "Blitzer, 75, born in 1949" (39b r7)."""
from __future__ import annotations

import pytest

from tests.blind_reading import codes, repro

from audit.pipeline import audit_document


def _num(text: str, rule: str, published: str | None = None, name: str = "x.txt") -> list[str]:
    return [f["message"] for f in audit_document(text, name, published=published)["findings"]
            if f["rule"] == rule]


# --- NUM001: a decimal comma typed with a space after it (39a r1) -----------------------------

def test_a_spaced_decimal_comma_feeds_no_conversion_verdict():
    assert not [c for c in codes(repro("round39a/r1_num001")) if c[0] == "NUM001"]
    # the same page's "16, 5 milliards": 25 M EUR is 16.4 bn XOF, "5 milliards" never read
    text = "Le budget atteint 25 millions d’euros, soit environ 16, 5 milliards de francs Cfa.\n"
    assert not _num(text, "NUM001", "2019-06-01")


def test_the_unspaced_control_is_still_read():
    assert not [c for c in codes(repro("round39a/r1b_control")) if c[0] == "NUM001"]
    wrong = ("Avec une contribution globale d’1,5 milliard d’euros, soit environ 500 milliards "
             "de francs Cfa, sur la période 2019-2023.\n")
    assert len(_num(wrong, "NUM001", "2019-06-01")) == 1


def test_a_spaced_decimal_is_read_as_neither_figure_even_when_wrong():
    # "1, 5" may be 1,5 or a list: no reading is trusted, so no verdict either way
    text = ("Avec une contribution globale d’1, 5 milliard d’euros, soit environ 500 milliards "
            "de francs Cfa, sur la période 2019-2023.\n")
    assert not _num(text, "NUM001", "2019-06-01")


def test_english_reads_the_figure_after_a_comma():
    # a comma is no English decimal mark: "March 3, 5 million dollars" is five million
    text = "On March 3, 5 million dollars, or about 4.2 million euros, were paid.\n"
    assert len(_num(text, "NUM001", "2019-06-01")) == 1


# --- NUM003: "un homme de 28 ans, né en 1985" (39a r11) ----------------------------------------

def test_a_persons_de_n_ans_beside_the_birth_is_an_age():
    assert [c for c in codes(repro("round39a/r11_num003")) if c[0] == "NUM003"] == []  # undated
    found = _num(repro("round39a/r11_num003"), "NUM003", "2023-04-07")
    assert len(found) == 1 and "gives 38" in found[0]
    assert len(_num(repro("round39a/r11b_control"), "NUM003", "2023-04-07")) == 1


@pytest.mark.parametrize("text", [
    "Une jeune femme de vingt-huit ans, née en 1985, a été blessée.",
    "Le jeune homme de 28 ans (né en 1985) a été interpellé.",
    "Une mère de famille de 28 ans, née en 1985, a disparu.",
])
def test_the_persons_noun_phrase_forms(text):
    assert len(_num(text + "\n", "NUM003", "2023-04-07")) == 1


@pytest.mark.parametrize("text", [
    # a span of time's noun, not a person's
    "Il a signé un contrat de 28 ans, né en 1985, le joueur est ravi.",
    "Condamné à une peine de 28 ans, né en 1985 à Dakar, l'homme a fait appel.",
    "Après 28 ans de carrière, né en 1960, il prend sa retraite.",
    "Au bout de 28 ans, né en 1985 à Dakar, il est revenu.",
    # the birth not right after the age: another's may be meant
    "Un homme de 28 ans qui vivait avec sa mère, née en 1960, a été arrêté.",
    # the right age
    "Un homme de 38 ans, né en 1985 au Sénégal, a perdu la vie.",
])
def test_de_n_ans_of_no_person_or_right_is_silent(text):
    assert not _num(text + "\n", "NUM003", "2023-04-07")


# --- NUM003: "Blitzer, 75, born in 1949" (39b r7) ----------------------------------------------

def test_an_ap_style_bare_age_beside_the_birth():
    found = _num(repro("round39b/r7_en_age"), "NUM003", name="r7.md")
    assert len(found) == 1 and "born in 1949" in found[0] and "gives 69" in found[0]
    right = "As David Blitzer, 69, born in 1949, chairman of the index committee, noted it.\n"
    assert not _num(right, "NUM003", "2018-03-27")


@pytest.mark.parametrize("text", [
    "Route 66, 1949, born in the desert, the road is famous.",
    "Chapter 7, 12, born in 1949, the story goes on.",
    "They won 3, 75, born in 1949 and more.",
    "The team scored in Chapter Seven, 12, born in 1949.",
    # not a French street number after its name ("Via Roma, 75")
    "Marie Martin, domiciliée Via Roma, 75, née en 1949, est venue.",
    # the bare age away from the birth: the apposition may be another's
    "Smith, 75, met the author, who was born in 1949, in Boston.",
])
def test_a_bare_number_after_a_word_is_no_age(text):
    assert not _num(text + "\n", "NUM003", "2018-03-27")
