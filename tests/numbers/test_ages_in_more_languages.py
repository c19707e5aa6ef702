"""NUM003: an age beside a year of birth in Spanish, Portuguese, Italian, German and Dutch
(session 46, issue 7): the present verb right after the birth's clause («nacida en 1923,
cumple 102 años») and the age in apposition right before the birth («Juana Pérez, 102 años,
nacida en 1923»), cues as lexicon data (anniversary born, age_celebrated, age_had, age_years);
a past celebration dated by its own year or a day of the telling in French and English.
The labelled set tests/data/numbers/ages_five_languages.jsonl holds real wording from the
search tool's pages corpus (centenarians, obituaries): cues chosen on its "dev" half, its
"held" half reported in the README."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings
from tests.numbers.reading import rules

_SET = Path(__file__).parent.parent / "data" / "numbers" / "ages_five_languages.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _num003(text: str, published: str | None = "2025-06-01") -> list[str]:
    return [f.message for f in rules("Titre\n\n" + text, "NUM003", published)]


_FAMILY = {
    "es": " Su familia está muy contenta con la fiesta que prepara el ayuntamiento.",
    "it": " La famiglia è molto contenta per la festa che organizza il comune.",
    "de": " Die Familie freut sich sehr über die Feier, die die Gemeinde organisiert hat.",
    "pt": " A família está muito contente com a festa que a câmara municipal organiza.",
    "nl": " De familie is erg blij met het feest dat de gemeente heeft georganiseerd voor haar.",
}


@pytest.mark.parametrize("lang, sentence, computed", [
    ("es", "La vecina del barrio, Juana Pérez, nacida en 1923, cumple 100 años este sábado en la residencia.", 102),
    ("es", "La vecina del barrio, Juana Pérez, 100 años, nacida en 1923, vive en la residencia de mayores.", 102),
    ("es", "La vecina, Juana Pérez, nacida el 3 de marzo de 1923, tiene 100 años y vive en la residencia.", 102),
    ("it", "La vicina di casa, Maria Rossi, nata nel 1923, compie 100 anni sabato nella casa di riposo.", 102),
    ("it", "Ad Agrigento nasceva Concetta La Rocca Fera, classe 1901, che oggi compie ben 120 anni!", 124),
    ("it", "La vicina di casa, Maria Rossi, 100 anni, nata a Roma nel 1923, vive nella casa di riposo.", 102),
    ("de", "Die Nachbarin Maria Müller, geboren 1923, feiert ihren 100. Geburtstag im Seniorenheim.", 102),
    ("de", "Die Nachbarin Maria Müller, geboren am 15. Juni 1923 in Berlin, wird heute 100 Jahre alt.", 102),
    ("pt", "A vizinha Maria Silva, nascida em 1923, completa 100 anos neste sábado no lar de idosos.", 102),
    ("pt", "A vizinha Maria Silva, nascida em 30 de janeiro de 1923, tem 100 anos e vive no lar.", 102),
    ("nl", "Mevrouw Jansen, geboren in 1923, viert haar 100ste verjaardag in het verzorgingshuis.", 102),
    ("nl", "Mevrouw Jansen, 100 jaar, geboren in 1923, woont in het verzorgingshuis.", 102),
])
def test_a_wrong_age_beside_a_birth_in_five_more_languages(lang, sentence, computed):
    found = _num003(sentence + _FAMILY[lang])
    assert len(found) == 1 and f"gives {computed}" in found[0]


@pytest.mark.parametrize("lang, sentence", [
    # the right age, a year of slack for the birthday still ahead
    ("es", "La vecina del barrio, Juana Pérez, nacida en 1923, cumple 102 años este sábado en la residencia."),
    ("it", "La vicina di casa, Maria Rossi, nata nel 1924, compie 100 anni sabato nella casa di riposo."),
    ("de", "Die Nachbarin Maria Müller, geboren am 15. Juni 1923, feiert heute ihren 102. Geburtstag."),
    ("pt", "A vizinha Maria Silva, nascida em Lisboa em 1923, completa 102 anos neste sábado no lar."),
    ("nl", "Mevrouw Jansen, geboren in 1923, viert haar 102de verjaardag in het verzorgingshuis."),
    # the past and the future: an age at another time
    ("es", "Dolores Ortiz, quien, nacida el 20 de enero de 1904, cumplió 100 años rodeada de sus dos hijas."),
    ("es", "La vecina, Juana Pérez, nacida en 1925, cumplirá 100 años en agosto."),
    ("it", "Italia Zingone Palma, classe 1915 che ieri ha festeggiato i suoi primi 100 anni."),
    ("de", "Die Nachbarin Maria Müller, geboren 1923, feierte ihren 100. Geburtstag im Seniorenheim."),
    # years of something else, a time elapsed, an age at another time
    ("es", "El vecino, Juan Pérez, nacido en 1950, cumple 40 años de casado con su esposa."),
    ("pt", "O senhor João, nascido em 1950, faz 40 anos que mora na mesma casa."),
    ("it", "Il signor Mario, nato nel 1950, ha 20 anni di esperienza come falegname."),
    ("es", "El vecino, Juan Pérez, nacido en 1925, tiene 18 años cuando estalla la guerra."),
    # an age at death: counted to the death's year
    ("es", "El actor, Juan Pérez, 78 años, nacido en 1923, murió en 2001 en Madrid."),
    ("it", "Il poeta Mario Rossi, 78 anni, nato nel 1923, è morto nel 2001 a Roma."),
    # a count that is no age ("wordt 3 keer", "wird 3 Mal", "wordt 3 jaar geschorst"): only
    # the forms with the age's own words ("Jahre alt", "jaar oud", "verjaardag") are read
    ("nl", "Jan Jansen, geboren in 1990, wordt 3 keer kampioen van Nederland."),
    ("nl", "Jan Jansen, geboren in 1990, wordt 3 jaar geschorst door de bond."),
    ("nl", "Jan Jansen, geboren in 1990, is 3 jaar geschorst door de bond."),
    ("de", "Thomas Müller, geboren 1989, wird 3 Mal Meister mit dem Verein."),
    # a birth that is another's, two sentences, an undated page
    ("es", "Ana tiene 100 años. Nacida en 1923 en Lugo, su hermana vive en Madrid."),
])
def test_a_right_age_or_another_time_stays_silent(lang, sentence):
    assert _num003(sentence + _FAMILY[lang]) == []


def test_an_age_at_a_dated_death_is_counted_to_it():
    found = _num003("El actor, Juan Pérez, 70 años, nacido en 1923, murió en 2001 en Madrid." + _FAMILY["es"])
    assert len(found) == 1 and "counted to 2001 (the year of death), gives 78" in found[0]


def test_an_undated_page_is_not_read():
    text = "Ad Agrigento nasceva Concetta La Rocca Fera, classe 1901, che oggi compie ben 109 anni!" + _FAMILY["it"]
    assert _num003(text, None) == []


@pytest.mark.parametrize("text, said", [
    ("Marcelle Dupont, née en 1923, a fêté ses 90 ans en 2023 à la résidence des Tilleuls.",
     "counted to 2023 (the year of the celebration), gives 100"),
    ("Mary Smith, born in 1923, turned 90 in 2023 at the care home in Leeds.",
     "counted to 2023 (the year of the celebration), gives 100"),
    ("Marcelle Dupont, née en 1923, a fêté samedi ses 100 ans à la résidence des Tilleuls.",
     "the celebration told then), gives 102"),
    ("Marcelle Dupont, née en 1923, a fêté ses 100 ans ce week-end à la résidence des Tilleuls.",
     "the celebration told then), gives 102"),
    ("Mary Smith, born in 1923, celebrated her 100th birthday on Sunday at the care home.",
     "the celebration told then), gives 102"),
    ("Jeanne et Louise Martin, nées en 1920, fêtent leurs 100 ans à la maison de retraite.",
     "(the publication year), gives 105"),
])
def test_a_past_celebration_dated_by_its_year_or_a_day_of_the_telling(text, said):
    found = _num003(text + " Sa famille était réunie autour d'elle. Her family was there.")
    assert len(found) == 1 and said in found[0]


@pytest.mark.parametrize("text", [
    "Marcelle Dupont, née en 1923, a fêté ses 100 ans en 2023 à la résidence des Tilleuls.",
    "Mary Smith, born in 1923, turned 100 in 2023 at the care home in Leeds.",
    "Né en 1920, il a fêté ses 20 ans dans un stalag en Poméranie.",
    "Né en 1920, il a fêté ses 20 ans un samedi dans un stalag en Poméranie.",
    "Né en 1920, il a fêté ses 21 ans samedi 3 mai 1941 dans un stalag.",
    "Marcel, né en 1940, a fêté samedi ses 60 ans de mariage avec Jeanne.",
    "Jeanne et Louise Martin, nées en 1920, ont fêté leurs 105 ans dimanche à la maison de retraite.",
    "Jean Martin, né en 1930, est décédé à 95 ans à son domicile.",
    "John Smith, born in 1925, turned 18 in the Navy and served in the Pacific.",
])
def test_a_past_celebration_right_or_undated_stays_silent(text):
    assert _num003(text + " Sa famille était réunie autour de lui. His family was there.") == []


@pytest.mark.parametrize("row", [r for r in _ROWS if r["truth"] == "right"], ids=lambda r: r["id"])
def test_the_labelled_set_right_ages_stay_silent(row):
    assert _num003(row["text"], row["published"]) == []


@pytest.mark.xfail(strict=True, reason="pt01 (rcn67.com.br, 28 January 2026): «que completa 105 anos "
                   "nesta sexta-feira. Nascida em 30 de janeiro de 1920, …» (106): the birth opens the "
                   "next sentence, which the forms do not read (most real pages of these languages say "
                   "the age and the birth in two sentences)")
def test_the_labelled_set_miss_in_two_sentences():
    row = next(r for r in _ROWS if r["id"] == "pt01")
    assert len(_num003(row["text"], row["published"])) == 1


def test_the_labelled_set_held_out_half():
    """The held-out half (14 sentences, 12 with a year of birth): no finding, no wrong one."""
    held = [r for r in _ROWS if r["split"] == "held"]
    assert len(held) == 14
    assert sum(bool(_num003(r["text"], r["published"])) for r in held) == 0


@pytest.mark.parametrize("sentence, noted", [
    ("Il giovane Mario Bianchi, nato nel 1995, di 16 anni, è stato fermato dai carabinieri.", True),
    ("La vicina di casa, Maria Rossi, nata nel 1923, compie 100 anni sabato nella casa di riposo.", False),
])
def test_the_note_on_unread_ages_leaves_out_a_sentence_read(sentence, noted):
    result = audit_article("Titolo\n\n" + sentence + _FAMILY["it"], "x.txt", Settings(published=dt.date(2025, 6, 1)))
    assert any("NUM003 read no age beside a birth year" in n for n in result.notes) is noted
