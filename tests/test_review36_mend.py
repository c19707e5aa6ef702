"""Review 2 of session 34 (round 36's number and furniture changes probed with realistic text):
the regressions it found, each probe the old code read right. NUM003 reads "les N ans de" only
of a person named right after it; NUM002's place key and NUM007's swapped digits are reverted;
SEG002 reads a prompt heading between HTML paragraphs only when the copy stops mid-sentence;
CIT004's "sources locales" not before a complement."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document
from tests.attribution_reading import vague

PROBES = Path(__file__).parent / "data" / "review36"


def _found(name: str, rule: str) -> list[dict]:
    path = PROBES / name
    data = path.read_bytes() if name.endswith(".html") else path.read_text(encoding="utf-8")
    result = audit_document(data, name)
    return [f for f in result["findings"] if f["rule"] == rule]


# R1: the years of a career, a reign, a death are no one's age
@pytest.mark.parametrize("name", ["num003_pages_clerc.html", "num003_carriere.html",
                                  "num003_regne.html", "num003_mort.html", "num003_ok.html"])
def test_years_of_a_career_or_a_reign_are_no_age(name):
    assert _found(name, "NUM003") == []


@pytest.mark.parametrize("text, found", [
    # a person: 100 years is not 2011 - 1921
    ("Nous avons fêté les 100 ans de Mme Laure Martin, née en 1921.", True),
    ("Le village a fêté les 100 ans de Laure Martin, née en 1921.", True),
    ("Le village a fêté les 100 ans de sœur Laure Martin, née en 1921.", True),
    # a span of time of the person's: no age
    ("Le public a fêté les 40 ans de mariage de Laure Martin, née en 1931.", False),
    ("On a célébré les 30 ans de service de Jean Martin, né en 1960.", False),
    ("On a célébré les 70 ans d'existence du club de Jean Martin, né en 1960.", False),
])
def test_only_a_person_right_after_the_years(text, found):
    result = audit_document(text, "x.txt", published="2011-04-15")
    assert bool([f for f in result["findings"] if f["rule"] == "NUM003"]) is found


# R3: one side naming the subject's place is still the same count
@pytest.mark.parametrize("name", ["num002_flins.txt", "num002_month2.txt"])
def test_a_place_on_one_side_is_still_compared(name):
    assert len(_found(name, "NUM002")) == 1


# R4: the headline's total is the text's two parts (350 + 180)
def test_swapped_digits_of_round_amounts_need_the_shared_word():
    assert _found("num007_swap_money.txt", "NUM007") == []


# R2: a badge or a promo box between the paragraphs of a whole article
@pytest.mark.parametrize("name", ["seg_pt_badge.html", "seg_pt_assine.html"])
def test_a_prompt_heading_in_a_whole_article_is_silent(name):
    assert _found(name, "SEG002") == []


# R5: energy sources, not news sources. The kind's complement is read after the match
# (lexicon vague_unless_kind): a look-ahead in the cue made the attribution screen read past
# each match and search every line.
@pytest.mark.parametrize("text, expected", [
    ("Selon les sources locales d'énergie recensées par l'Ademe, la commune pourrait "
     "couvrir 40 % de ses besoins.", []),
    ("Selon les sources régionales de financement, le budget est bouclé.", []),
    ("Selon les sources locales, le feu a pris dans la nuit.", ["Selon les sources locales"]),
    # a place or a body after "de" is where the source stands: still no one named
    ("Selon les sources locales de la région, dix civils ont été tués.", ["Selon les sources locales"]),
    ("Selon les sources sécuritaires de Beni, dix civils ont été tués.",
     ["Selon les sources sécuritaires"]),
    # news sources of a kind are still unnamed sources
    ("Selon les sources locales d’information, dix civils ont été tués.", ["Selon les sources locales"]),
    ("Selon les sources régionales de renseignement, l'attaque était préparée.",
     ["Selon les sources régionales"]),
])
def test_local_sources_before_a_complement(text, expected):
    assert vague(text) == expected


# Review 1 of the thirty-fifth session (R8): only a named resource makes a kind of source; a
# rank, a manner, a quantifier, a camp or a duty after "de" leaves the source vague.
@pytest.mark.parametrize("complement", [
    "d'habitude fiables", "de haut rang", "de confiance", "de garde", "d'ordinaire bien informées",
    "d'abord", "de part et d'autre", "de haut niveau", "de terrain", "de plusieurs villages",
    "d'état-major", "de chaque camp",
])
def test_sources_before_a_complement_that_names_no_resource(complement):
    found = vague(f"Selon les sources militaires {complement}, les rebelles ont pris la ville.")
    assert found == ["Selon les sources militaires"]


@pytest.mark.parametrize("resource", ["d'énergie", "de financement", "de revenus", "d'eau potable",
                                      "de données", "de pollution"])
def test_sources_of_a_named_resource(resource):
    assert vague(f"Selon les sources locales {resource} recensées par l'agence, la part progresse.") == []


def test_energy_sources_probe_page():
    assert _found("cit_sources_energie.txt", "CIT004") == []
