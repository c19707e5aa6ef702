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


# --- Review C of round 39: the "N, M" typo keyed on a decimal's shape, a past age ------------

def _values(text: str, language: str) -> list[float]:
    from audit.extract.quantities import find_quantities
    text += "\n"
    return [q.value for q in find_quantities(text, [(0, len(text))], language)]


@pytest.mark.parametrize("text,count", [
    # a clock time or "sur N" before the comma: the figure after it is a count of its own
    ("Vers 15 h 30, 45 pompiers sont intervenus pour éteindre le feu.", 45),
    ("À 7 h 45, 3 véhicules se sont percutés sur l'A7, faisant 2 blessés légers.", 3),
    ("A las 10:30, 12 bomberos llegaron al lugar del incendio, según informó el ayuntamiento.", 12),
    ("Alle 10:30, 12 vigili del fuoco erano già sul posto, ha riferito il comune.", 12),
    ("Sur 100, 12 ont finalement été retenus par le jury, a indiqué la direction mardi.", 12),
    ("Sur 300, 45 ont répondu au questionnaire, soit 15 % des personnes interrogées.", 45),
    ("Sur les 20 matches, l'équipe en a gagné 12. Sur ces 12, 8 l'ont été à domicile.", 8),
    ("Avec 3 victoires en 5 matches, l'équipe compte 9 points. Sur 5, 2 ont été joués dehors.", 2),
    ("À 15 h 30, 45 % des inscrits avaient voté.", 45),
    ("Sur 300, 45 % ont répondu.", 45),
])
def test_a_count_after_a_clock_time_or_sur_n_is_read(text, count):
    lang = "es" if "bomberos" in text else "it" if "vigili" in text else "fr"
    assert count in _values(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Le pays recevra une aide de 2, 5 millions de dollars, soit 2,3 millions d'euros.", "fr"),
    ("Le litre de gazole coûte désormais 1, 85 euro à la pompe.", "fr"),
    ("Au premier tour, sur 1 200 inscrits, 45, 3 % ont voté pour le maire sortant.", "fr"),
    ("En el primer trimestre, 12, 5 millones de euros de ventas.", "es"),
])
def test_a_spaced_decimal_before_a_scale_unit_or_currency_is_still_unread(text, lang):
    # neither "5 millions", "85 euro", "3 %" nor "5 millones" (nor the figure before the comma)
    assert not {5e6, 85, 3, 2, 1, 45, 12} & set(_values(text, lang))


@pytest.mark.parametrize("text", [
    "En 2010, la victime, un jeune homme de 25 ans, né en 1985, avait été retrouvée dans le canal.",
    "Au moment des faits, en 2010, il était un homme de 25 ans, né en 1985, sans casier judiciaire.",
    "Au moment des faits, en 2010, Jean Martin, 25 ans, né en 1985, n'avait pas de casier judiciaire.",
    "In 2020 he married Laura, 26, born in 1994, the daughter of a former senator.",
    "When the company was founded in 1999, its first chief executive, Mr Smith, 50, born in 1949, "
    "was already a veteran.",
    # the age at the time, no year named
    "À l'époque, Jean Martin, 25 ans, né en 1985, n'avait pas de casier judiciaire.",
    "Au moment des faits, un homme de 25 ans, né en 1985, sans casier judiciaire.",
    # "née" is no man's
    "L'épouse du suspect, un homme de 40 ans, née en 1995, a été entendue mardi par les enquêteurs.",
])
def test_an_age_told_at_another_year_or_of_another_person_is_silent(text):
    assert not _num(text + "\n", "NUM003", "2024-06-01")


@pytest.mark.parametrize("text", [
    # wrong at the sentence's year and at the telling's alike
    "En 2010, la victime, un jeune homme de 40 ans, né en 1985, avait été retrouvée.",
    "Arrivé en France en 2015, Moussa Diallo, 28 ans, né en 1985, vit à Lyon.",
    "In 2020 he married Laura, 40, born in 1994, the daughter of a former senator.",
])
def test_an_age_wrong_at_every_year_the_sentence_names_is_found(text):
    assert len(_num(text + "\n", "NUM003", "2024-06-01")) == 1
