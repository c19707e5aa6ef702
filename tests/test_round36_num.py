"""Round 36's number findings (helper num36): NUM001's expected amount said with the scale word
of the amount as written ("13.9 billion", never a "trillion" the text did not mean) and the
German "umgerechnet" form read on a page whose language is not detected, with "rund", "ca.";
NUM002's place key and NUM007's swapped digits were reverted (review 2: known misses); NUM003 reads a person's years celebrated beside
the birth ("fêter les 100 ans de Mme X, née en 1905"); NUM007 compares a headline's "almost"
figure with a text figure above it."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document

ROUND36 = Path(__file__).parent / "data" / "blind_rounds"


def _found(text: str, rule: str, published: str | None = None, name: str = "x.txt") -> list[dict]:
    result = audit_document(text, name, published=published)
    return [f for f in result["findings"] if f["rule"] == rule]


def _repro(part: str, name: str) -> str:
    return (ROUND36 / part / "repro" / name).read_text(encoding="utf-8")


# --- NUM001: the expected amount's scale word (36b r2) -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # not detected as any language: "billion" is read at 10^12 (French last) on both sides
    (_repro("round36b", "r2_num001_message_trillion.txt"), "expected 13.9 billion EUR"),
    ("Facebook paid $19 billion (16.5 billion euros) for WhatsApp, the company said on "
     "Wednesday in a statement to its investors and the press.", "expected 13.9 billion EUR"),
    ("Facebook a payé 19 milliards de dollars (16,5 milliards d'euros) pour racheter WhatsApp, "
     "a annoncé l'entreprise mercredi dans un communiqué.", "expected 13.9 billion EUR"),
    ("Facebook zahlte 19 Milliarden US-Dollar, umgerechnet 16,5 Milliarden Euro, für den "
     "Nachrichtendienst WhatsApp, wie das Unternehmen am Mittwoch mitteilte.",
     "expected 13.9 billion EUR"),
    ("La société a payé 19 millions de dollars (16,5 millions d'euros) pour racheter la "
     "start-up, a annoncé l'entreprise mercredi dans un communiqué.", "expected 13.9 million EUR"),
    ("The company paid $19 thousand (16.5 thousand euros) for the domain, the founder said on "
     "Wednesday in a statement to the press.", "expected 13.9 thousand EUR"),
    # a French "billion" is 10^12: an English trillion
    ("Le pays doit 19 billions de dollars (16,5 billions d'euros) à ses créanciers, a annoncé "
     "le ministère mercredi dans un communiqué officiel.", "expected 13.9 trillion EUR"),
])
def test_the_expected_amount_has_the_scale_word_of_the_amount_written(text, expected):
    (finding,) = _found(text, "NUM001", "2014-02-20")
    assert expected in finding["message"]
    assert finding["suggestion"] == "about " + expected.split("expected ")[1]


# --- NUM001: "umgerechnet" (36b r1) -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    _repro("round36b", "r1_umgerechnet_not_read.txt"),  # language not detected
    "Facebook zahlte 19 Milliarden US-Dollar, umgerechnet rund 16,5 Milliarden Euro.",
    "Facebook zahlte 19 Milliarden US-Dollar, umgerechnet ca. 16,5 Milliarden Euro.",
    "Im Februar 2014 übernahm der Internetriese Facebook den Nachrichtendienst WhatsApp für 19 "
    "Milliarden US-Dollar, umgerechnet ca. 16,5 Milliarden Euro, dies war der bislang größte "
    "Einkauf des Facebook-Gründers Marc Zuckerberg.",  # detected German (36b m03)
])
def test_umgerechnet_is_read_whatever_the_detected_language(text):
    (finding,) = _found(text, "NUM001", "2014-02-20")
    assert "16,5 Milliarden Euro is 19.0% above 19 Milliarden US-Dollar" in finding["message"]


@pytest.mark.parametrize("text", [
    "Facebook zahlte 19 Milliarden US-Dollar, umgerechnet 13,9 Milliarden Euro.",  # right
    "Facebook zahlte 19 Milliarden US-Dollar, umgerechnet rund 14 Milliarden Euro.",
    # a bound: "mehr als" is not read on an undetected page, so the pair is not either
    "Facebook zahlte 19 Milliarden US-Dollar, umgerechnet mehr als 12 Milliarden Euro.",
    # per year against per month: no rate the pair has had
    "Er verdient 120.000 Dollar im Jahr, umgerechnet 9.200 Euro im Monat.",
])
def test_umgerechnet_right_or_not_a_conversion_is_silent(text):
    assert _found(text, "NUM001", "2014-02-20") == []


# --- NUM002: a count of a named place (36a r1): a known miss ----------------------------------
# The place key (a count of a named place compared only with that place) was reverted (review 2,
# R3): one side naming the subject's own place ("1 200 salariés à Flins" and "2 100 salariés" of
# one factory) is a real contradiction it lost, and "en Mars" read as a place.

def test_a_site_s_count_against_the_programme_s_is_a_known_miss():
    assert len(_found(_repro("round36a", "r1_num002_part_vs_programme.txt"), "NUM002")) == 1


@pytest.mark.parametrize("text", [
    # the same place both times: one quantity
    "Le groupe emploie 1 200 salariés en France, selon la direction du groupe.\n\n"
    "Au total, le groupe emploie 1 500 salariés en France, a précisé la direction du groupe.\n",
    # no place either time (rules/cases/NUM002.yml has more)
    "La ville compte 120 000 habitants, selon le dernier recensement publié par l'Insee.\n\n"
    "Le maire l'a rappelé devant le conseil municipal : la ville compte 150 000 habitants.\n",
])
def test_counts_of_one_place_or_none_are_still_compared(text):
    assert len(_found(text, "NUM002")) == 1


# --- NUM003: a person's years celebrated beside the birth (36a r8) ----------------------------

# 36a r8 is a known miss since review 2 (R1): only a person right after "ans de" is read, and
# the repro's «les 100 ans de notre première centenaire: Mme …» puts a noun between.
@pytest.mark.parametrize("published", [None, "2011-04-15"])
def test_the_years_celebrated_of_a_person_born_in_a_year_known_miss(published):
    assert _found(_repro("round36a", "r8_num003_miss_feter_les_ans_nee_en.txt"), "NUM003",
                  published) == []


@pytest.mark.parametrize("text, found", [
    ("Nous avons célébré les 90 ans de Mme Jeanne Martin, née en 1915.", True),
    ("The residents gathered to celebrate the 100th birthday of Jane Doe, born in 1905.", True),
    ("The residents gathered to celebrate the 100th birthday of Jane Doe, born in 1911.", False),
    ("Nous avons fêté les 100 ans de Mme Laure Martin, née en 1911.", False),
    # the party's year, not the telling's
    ("En 2005, nous avons fêté les 100 ans de Mme Laure Martin, née en 1905.", False),
    # another's birth: a figure or an agent between
    ("Nous avons fêté les 100 ans de l'association, créée en 1905 par Jean Martin, né en 1880.", False),
    ("Nous avons fêté les 100 ans de l'association fondée par Jean Martin, né en 1880.", False),
])
def test_a_celebrated_age_is_the_person_s_of_that_year(text, found):
    assert bool(_found(text, "NUM003", "2011-04-15")) is found


# --- NUM007: "almost" under the text's figure; swapped digits (36b r10, 36a r9) ----------------

def test_almost_is_not_satisfied_by_a_figure_above_it():
    (finding,) = _found(_repro("round36b", "r10_headline_casi_slip.txt"), "NUM007")
    assert "'casi 156.700', the text '165.700'" in finding["message"]
    text = ("Almost 156,700 people wait to see a specialist\n\n"
            "The waiting list grew to 165,700 people, the health department said.\n")
    assert len(_found(text, "NUM007")) == 1


@pytest.mark.parametrize("text", [
    # below the figure: what "casi" says
    "Casi 166.000 personas esperan una consulta con el especialista\n\n"
    "La lista de espera creció hasta las 165.700 personas, según la Consejería.\n",
    # "environ" either side
    "Environ 156 700 patients attendent une consultation\n\n"
    "La liste d'attente atteint 165 700 patients, selon l'agence régionale.\n",
])
def test_an_approximation_the_text_satisfies_is_silent(text):
    assert _found(text, "NUM007") == []


# Swapped digits of two round amounts are no slip by themselves (review 2, R4, reverted: the
# headline's "530 millions" may be the text's "350 millions" plus "180 millions"): 36a r9b, no
# word of the headline near the text's figure, is a known miss.
def test_two_swapped_digits_of_a_round_amount_are_a_known_miss():
    assert _found((ROUND36 / "round36a" / "repro" / "r9b_full_page.html").read_bytes(),
                  "NUM007", name="r9b_full_page.html") == []
