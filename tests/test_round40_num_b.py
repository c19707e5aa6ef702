"""Round 40's number repros (helper num40b): NUM003 reads an age today in the sentence after the
birth's ("born on August 26, 1924. She is now 96 years old.", 40b r2), a place of birth between
the participle and the date and "now N years old" in apposition (40b m04), a bare year opening
its clause beside the elapsed time ("1965, vor 40 Jahren", "Vor 40 Jahren, 1965,", 40b r3),
and counts an anniversary to the publication year past a period's ends in its sentence
(«Vichy (juillet 1940-août 1944)», 40a r7). NUM002's count opening its clause stays unkeyed by
its noun's complement (40a r8, a strict xfail)."""
from __future__ import annotations

import pytest

from tests.blind_reading import codes, repro

from audit.pipeline import audit_document
from audit.settings import Settings


def _num(text: str, rule: str, published: str | None) -> list[str]:
    report = audit_document(text + "\n", "x.txt", published=published,
                            settings=Settings(all_languages=True))
    return [text[f["start"]:f["end"]] for f in report["findings"] if f["rule"] == rule]


_LEAD = "Mary celebrated her milestone birthday with friends and family at the village hall. "


# --- NUM003: an age today after a birth date (40b r2, m04) -----------------------------------

def test_r2_the_age_today_in_the_sentence_after_the_birth():
    found = [(rule, said) for rule, said in codes(repro("round40b/r2_age_now"), "x.md") if rule == "NUM003"]
    assert found == [("NUM003", "born on August 26, 1924. She is now 96 years old")]


@pytest.mark.parametrize("text, said", [
    (_LEAD + "Born in Wednesbury in 1924, Mary, now 96 years old, still lives in the village.",
     "Born in Wednesbury in 1924, Mary, now 96 years old,"),
    (_LEAD + "Mary, 96, born in Wednesbury in 1924, still lives in the village.",
     "Mary, 96, born in Wednesbury in 1924"),
    (_LEAD + "Mary was born in May 1924. She is now 96 years old.",
     "born in May 1924. She is now 96 years old"),
    ("Marie a fêté son anniversaire avec sa famille. Elle est née à Lyon le 3 mars 1924. "
     "Elle a aujourd'hui 96 ans.", "née à Lyon le 3 mars 1924. Elle a aujourd'hui 96 ans"),
    ("Marie a fêté son anniversaire avec sa famille. Marie Durand, 96 ans, née en Algérie en "
     "1924, vit toujours au village.", ", 96 ans, née en Algérie en 1924"),
])
def test_an_age_after_a_place_of_birth_or_in_the_next_sentence(text, said):
    assert _num(text, "NUM003", "2024-09-03") == [said]


@pytest.mark.parametrize("text", [
    # the right age
    _LEAD + "Mary was born on August 26, 1924. She is now 100 years old.",
    _LEAD + "Born in Wednesbury in 1924, Mary, now 100 years old, still lives in the village.",
    # the next sentence's pronoun another's: the participle's gender is not the pronoun's
    "Marie a fêté son anniversaire en famille. Elle est née à Lyon en 1924. Il a aujourd'hui 40 ans.",
    # a sentence between, or the age not opening the next sentence
    _LEAD + "Mary was born in 1924. The hall was full. She is now 96 years old.",
    _LEAD + "Mary was born in 1924. Her grandson says she is now 96 years old.",
    # an age at another time
    _LEAD + "Mary was born in 1924. She is now 96 years old when the war ends in the novel.",
])
def test_an_age_today_right_or_of_another_or_not_next_is_silent(text):
    assert _num(text, "NUM003", "2024-09-03") == []


# --- NUM003: a bare year beside "vor N Jahren" (40b r3) ---------------------------------------

def test_r3_a_bare_year_opening_its_clause_before_vor_n_jahren():
    found = [(rule, said) for rule, said in codes(repro("round40b/r3_german"), "x.md") if rule == "NUM003"]
    assert found == [("NUM003", "1965, vor 40 Jahren")]


_CLUB = {"de": "Die Ortsgruppe feierte am Sonntag ihr Jubiläum mit einer Messe. ",
         "fr": "Le club de randonnée a fêté dimanche son jubilé avec une messe. ",
         "en": "The hiking club celebrated its jubilee on Sunday with a service. ",
         "it": "Il club escursionistico ha festeggiato domenica il suo giubileo con una messa. ",
         "es": "El club de senderismo celebró el domingo su aniversario con una misa. "}


@pytest.mark.parametrize("lang, sentence, said", [
    ("de", "Vor 40 Jahren, 1965, wurde der Verein von zwölf Wanderfreunden gegründet.", "Vor 40 Jahren, 1965"),
    ("fr", "1965, il y a 40 ans, l'association était fondée par douze amis du village.", "1965, il y a 40 ans"),
    ("fr", "Il y a 40 ans, 1965, l'association était fondée par douze amis du village.", "Il y a 40 ans, 1965"),
    ("en", "1965, 40 years ago, was the year the club was founded by twelve friends.", "1965, 40 years ago"),
    ("en", "40 years ago, 1965, the club was founded by twelve friends.", "40 years ago, 1965"),
    ("it", "1965, 40 anni fa, il club veniva fondato da dodici amici del paese.", "1965, 40 anni fa"),
    ("es", "1965, hace 40 años, el club fue fundado por doce amigos del pueblo.", "1965, hace 40 años"),
    ("es", "Hace 40 años, 1965, el club fue fundado por doce amigos del pueblo.", "Hace 40 años, 1965"),
])
def test_a_bare_year_beside_the_elapsed_time_in_each_language(lang, sentence, said):
    assert _num(_CLUB[lang] + sentence, "NUM003", "2015-03-29") == [said]


@pytest.mark.parametrize("lang, sentence", [
    # the right count
    ("de", "1965, vor 50 Jahren, wurde der Verein von zwölf Wanderfreunden gegründet."),
    ("de", "Vor 50 Jahren, 1965, wurde der Verein von zwölf Wanderfreunden gegründet."),
    # a count, not a year: a noun after it, or the figure inside its clause
    ("de", "Der Verein hatte 1965 Mitglieder, vor 40 Jahren waren es noch weniger Wanderfreunde."),
    ("de", "Vor 40 Jahren, 1965 Mitglieder zählte der Verein damals, heute sind es mehr."),
    ("fr", "Il y a 40 ans, 1965 personnes habitaient le village et le club n'existait pas."),
    ("en", "The club counted 1965 members, 40 years ago, when it was the largest in the county."),
])
def test_a_year_rightly_counted_or_a_count_beside_the_elapsed_time_is_silent(lang, sentence):
    assert _num(_CLUB[lang] + sentence, "NUM003", "2015-03-29") == []


# --- NUM003: an anniversary past a period's ends in its sentence (40a r7) ----------------------

def test_r7_an_anniversary_counted_past_a_period_in_its_sentence():
    assert _num(repro("round40a/r7_num003").strip(), "NUM003", "2018-11-09") == ["90e anniversaire"]


@pytest.mark.parametrize("text, said", [
    ("The Vichy regime (July 1940 to August 1944) is reviled, and France celebrates on Sunday the "
     "90th anniversary of the armistice of November 11, 1918.", "90th anniversary"),
    # a year alone before the ordinal is still the celebration's
    ("En 2008, la France célébrait le 100e anniversaire de l’armistice du 11 novembre 1918.",
     "100e anniversaire"),
])
def test_a_period_is_no_celebrations_year_a_year_alone_is(text, said):
    assert _num(text, "NUM003", "2018-11-09") == [said]


def test_a_de_a_period_in_apposition_counts_as_before():
    # «de … à» opens a clause's time as often as another thing's span (review N2 of round 40:
    # «Du 5 juin 2014 au 21 août 2014, … le 70e anniversaire»): its two years, later than the
    # event, leave the celebration's year unsaid, silent as before round 40
    text = ("Le régime de Vichy, de 1940 à 1944, est honni, et la France célèbre dimanche le 90e "
            "anniversaire de l’armistice du 11 novembre 1918.")
    assert _num(text, "NUM003", "2018-11-09") == []


def test_the_right_anniversary_past_a_period_is_silent():
    text = ("Le régime de Vichy (juillet 1940-août 1944) est honni, et la France célèbre dimanche le "
            "100e anniversaire de l’armistice du 11 novembre 1918.")
    assert _num(text, "NUM003", "2018-11-09") == []


# --- NUM002: a count opening its clause, its noun's complement (40a r8) -----------------------

@pytest.mark.xfail(strict=True, reason="40a r8: a count opening its clause is keyed by nothing after "
                   "it; its predicate says which of them («42 000 électeurs de cet archipel ont voté "
                   "avant midi» are a part of the 175 000), so a complement after the noun names the "
                   "place, not the set (keyed by a demonstrative complement: 0 findings on 3,704 "
                   "reference audits; by any complement: 1, wrong, two circonscriptions)")
def test_r8_a_count_opening_its_clause_keyed_by_its_nouns_complement():
    found = [(rule, said) for rule, said in codes(repro("round40a/r8_num002")) if rule == "NUM002"]
    assert found == [("NUM002", "210 000")]


def test_a_part_said_by_its_predicate_is_no_contradiction():
    text = ("Près de 175 000 électeurs de cet archipel ont jusqu’à 18 h pour voter dimanche. "
            "À midi, 42 000 électeurs de cet archipel avaient déjà voté, selon le haut-commissariat.")
    assert _num(text, "NUM002", None) == []


# --- Review N2 of round 40 (mendN2): the probes the change got wrong ----------------------------

@pytest.mark.parametrize("text, published", [
    # across a sentence end, the birth's subject a kin, a thing or a common noun: the next
    # sentence's pronoun may be another (the profiled person, a dislocated subject)
    ("Margaret Ellis ran the corner shop in Wednesbury for four decades. Her first son was born in "
     "1968. She is now 81 years old and still serves customers on Saturdays.", "2024-06-01"),
    ("Tom Baker moved to the town as a teenager. His mother was born in Ireland in 1930. He is now "
     "60 years old and runs the family garage.", "2024-06-01"),
    ("Her horse, Thunder, was born in 2001. She is now 45 years old and still rides every morning.",
     "2024-06-01"),
    ("When the baby girl enters first grade, her mommy will be 70 and her daddy 64. The girl was "
     "born in California in 1996. She is now 63 years old, the oldest woman on record to give "
     "birth.", "1997-04-28"),
    ("Jeanne Martin a tenu la boulangerie du bourg pendant quarante ans. Sa fille est née en 1975. "
     "Elle a aujourd'hui 78 ans et vit toujours au-dessus de la boutique.", "2024-06-01"),
    ("Sa petite-fille Léa est née à Nantes en 2015. Elle a aujourd'hui 85 ans et garde l'enfant le "
     "mercredi.", "2024-06-01"),
    ("Paul Le Gall reprend la ferme. Son fils est né à Brest en 2010. Il a aujourd'hui 52 ans et "
     "songe à la retraite.", "2024-06-01"),
    ("Marie Curie est née à Varsovie en 1867. Elle a aujourd'hui 40 ans, cette fondation qui porte "
     "son nom.", "2024-06-01"),
])
def test_n2_an_age_today_past_a_sentence_end_only_of_a_named_or_pronoun_subject(text, published):
    assert _num(text, "NUM003", published) == []


@pytest.mark.parametrize("text, said", [
    # the birth's subject a name or a pronoun: the next sentence's pronoun takes it up
    ("Mary Smith was born in Leeds in 1924. She is now 96 years old.",
     "born in Leeds in 1924. She is now 96 years old"),
    ("Marie a fêté son anniversaire. Elle est née à Lyon en 1924. Elle a aujourd'hui 96 ans.",
     "née à Lyon en 1924. Elle a aujourd'hui 96 ans"),
])
def test_n2_an_age_today_past_a_sentence_end_of_a_name_or_pronoun_still_read(text, said):
    assert _num(text, "NUM003", "2024-09-03") == [said]


@pytest.mark.parametrize("text", [
    # a count beside the elapsed time, with a figure for another time: no year
    "Les inscrits au club ? Il y a 20 ans, 1850 ; aujourd'hui, 2300.",
    "¿Los socios? Hace diez años, 1850; hoy, 2300.",
    "Gli iscritti? Dieci anni fa, 1850; oggi, 2300.",
    "Die Mitglieder? Vor zehn Jahren, 1850; heute, 2300.",
    "Le club a gagné des adhérents : 1850 il y a 20 ans, 2300 aujourd'hui.",
    "Der Verein wächst. Mitglieder: 1850 vor 20 Jahren, heute 2300.",
    "Le prix du terrain (1990 il y a 30 ans) a triplé.",
    "Mitglieder: 1850 vor 20 Jahren, heute 2300.",
    "Population : 1850 il y a 30 ans, 2300 aujourd'hui.",
    "Membership has grown: 1850 10 years ago, 2300 today.",
    "Gli iscritti: 1850 dieci anni fa, 2300 oggi.",
    "«1850 il y a vingt ans, 2300 aujourd'hui», se félicite le président.",
    "Il y a 20 ans, 1850, aujourd'hui, 2300 : le club a gagné des adhérents.",
])
def test_n2_a_count_beside_the_elapsed_time_is_no_year(text):
    assert _num(text, "NUM003", "2024-06-01") == []


@pytest.mark.parametrize("text, published, said", [
    # a «du … au» / "from … to" period before the ordinal is the celebration's own time
    ("Du 5 juin 2014 au 21 août 2014, la Normandie a célébré avec faste et émotion le 70e "
     "anniversaire du Débarquement du 6 juin 1944.", "2016-03-01", None),
    ("Du 5 juin 2014 au 8 juin 2014, les cérémonies du 70e anniversaire du Débarquement du 6 juin "
     "1944 ont réuni des milliers de vétérans.", "2024-06-01", None),
    ("From June 5, 2014 to June 8, 2014, ceremonies for the 70th anniversary of D-Day (June 6, "
     "1944) drew thousands of veterans.", "2024-06-01", None),
    # a period in brackets after a noun is another thing's span: counted past it
    ("Sous le régime de Vichy (juillet 1940-août 1944), la ville fut occupée ; elle célèbre dimanche "
     "le 70e anniversaire de l’armistice du 11 novembre 1918.", "2018-11-09", "70e anniversaire"),
])
def test_n2_a_from_to_period_is_the_celebrations_time(text, published, said):
    assert _num(text, "NUM003", published) == ([said] if said else [])
