"""The month table the date readers share (audit/extract/months.py): each language's CLDR month
names (babel's wide and abbreviated, format and stand-alone, with and without the dot) over the
lexicons' months. An abbreviation the lexicons lack («mrt», «ott», «dic», «ago», «set», «out»,
«mär») is a word elsewhere: it is read on a page in its language, with a day and a year beside
it, never alone, in another language, or as an acronym without a day (round 46b, review of dm46)."""

from __future__ import annotations

import pytest

from audit.extract.dates import find_dates
from audit.extract.months import month_number, short_months
from tests.blind_reading import published

# A plain story's headline and first paragraphs in each language, under the stamp a test tries.
PAGES = {
    "nl": ("Gemeente keurt nieuwe begroting goed",
           "De gemeenteraad heeft dinsdag de nieuwe begroting voor de bibliotheek goedgekeurd na een "
           "lang debat over de openingstijden en het personeel.\n\nDe burgemeester zei dat het werk in "
           "het voorjaar zou beginnen als de subsidie van de provincie wordt bevestigd.\n"),
    "it": ("Il comune approva il nuovo bilancio",
           "Il consiglio comunale ha approvato martedì il nuovo bilancio della biblioteca dopo un lungo "
           "dibattito sugli orari di apertura e sul personale.\n\nIl sindaco ha detto che i lavori "
           "inizieranno in primavera se il contributo della regione sarà confermato.\n"),
    "es": ("El ayuntamiento aprueba el nuevo presupuesto",
           "El pleno municipal aprobó el martes el nuevo presupuesto de la biblioteca después de un "
           "largo debate sobre los horarios de apertura y el personal.\n\nEl alcalde dijo que las obras "
           "empezarán en primavera si se confirma la subvención de la comunidad.\n"),
    "pt": ("Câmara aprova novo orçamento",
           "A assembleia municipal aprovou na terça-feira o novo orçamento da biblioteca depois de um "
           "longo debate sobre os horários de abertura e os funcionários.\n\nO presidente da câmara "
           "disse que as obras começarão na primavera se o apoio do governo for confirmado.\n"),
    "de": ("Gemeinderat genehmigt neuen Haushalt",
           "Der Gemeinderat hat am Dienstag den neuen Haushalt der Bibliothek nach einer langen Debatte "
           "über die Öffnungszeiten und das Personal genehmigt.\n\nDer Bürgermeister sagte, die Arbeiten "
           "würden im Frühjahr beginnen, wenn der Zuschuss des Landes bestätigt wird.\n"),
    "fr": ("Le conseil adopte le budget",
           "Le conseil municipal a voté mardi soir le budget de la médiathèque après un long débat sur "
           "les horaires d'ouverture et le personnel.\n\nLe maire a précisé que les travaux "
           "commenceraient au printemps si la subvention de l'État est confirmée.\n"),
    "en": ("Library budget approved after long debate",
           "The county commission approved on Tuesday a new budget for the public library after a "
           "long debate on its opening hours and staff.\n\nThe chairman said the work would start "
           "in the spring if the state grant is confirmed.\n"),
}


def _page(language: str, line: str) -> str:
    head, lede = PAGES[language]
    return f"{head}\n\n{line}\n\n{lede}"


@pytest.mark.parametrize(("language", "line", "expected"), [
    ("nl", "12 mrt 2024 10:15", "2024-03-12"),  # round 46's stamps (dm46's strict xfails)
    ("nl", "7 mrt 2022", "2022-03-07"),
    ("it", "2 ott 2007, 10:59", "2007-10-02"),
    ("it", "12 OTT 2021 - 10:40", "2021-10-12"),  # a masthead's capitals, with the day
    ("es", "2 de dic. de 2007", "2007-12-02"),
    ("es", "5 ago 2019", "2019-08-05"),
    ("pt", "5 out. 2019 10:00", "2019-10-05"),
    ("de", "12. Mär 2019 10:05", "2019-03-12"),
    # the lexicons' abbreviations, read as before in every language
    ("fr", "3 févr. 2021", "2021-02-03"),
    ("de", "12 Okt. 2020", "2020-10-12"),
    ("pt", "2 de Nov de 2007", "2007-11-02"),
    # negatives: another language's abbreviation is no month on the page
    ("fr", "7 mrt 2022", None),
    ("en", "2 ott 2007, 10:59", None),
    ("en", "5 ago 2019", None),
])
def test_a_stamp_with_its_language_abbreviation(language, line, expected):
    assert published(_page(language, line)) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Hace 2 años ago 2019 fue otra cosa.", "es"),  # no day: "ago" beside a year only
    ("Ha vinto in 3 set, 6-4 6-3 7-5.", "it"),  # tennis's sets, no year
    ("Top 10 OTT 2021", "en"),  # an acronym on an English page
    ("Die Mär 2019 vom Sommermärchen", "de"),  # a tale: no day
    ("Ele ficou de fora 3 out 2019", "en"),  # Portuguese's "out" on an English page
    ("Il a vendu 5 mag 2019 exemplaires", "fr"),
    ("Le decathlon 3 2020 et la decima 5 2019", "it"),  # "dec" inside words
])
def test_abbreviations_without_day_or_in_another_language_are_no_months(text, language):
    assert not [m for m in find_dates(text, language) if m.date.month], text


def test_the_table_comes_from_cldr_per_language():
    # what CLDR adds to the lexicons' months, per language; French and English add nothing
    assert short_months("nl") == {"mrt": 3}
    assert short_months("de") == {"mär": 3}
    assert set(short_months("it")) >= {"gen", "mag", "giu", "lug", "ago", "set", "ott", "dic"}
    assert short_months("fr") == short_months("en") == {}
    assert short_months("xx") == {}
    assert month_number("Ott.", "it") == 10 and month_number("Févr.", "fr") == 2
