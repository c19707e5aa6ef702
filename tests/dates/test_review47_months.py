"""The review of dm47's probes for the CLDR month abbreviations (audit/extract/months.py), all 27
right: a language's abbreviation dates its own page's publication line between a day and a year
(«2 de dic. de 2007», «12 ott 2021», «15 out 2020», «7 mrt. 2022», «12. Mär 2019»), and never a
body sentence's event, a tennis «set», a Portuguese «out», an English «ago», a month with no day,
nor another language's page. Made-up pages shaped on real layouts (the reviewer's probes d, n, g
in /tmp/s47/review_dm47)."""

from __future__ import annotations

import pytest

from tests.blind_reading import HEAD, LEDE, LEDE_FR, published

_PAGES = {
    "es": ("El Ayuntamiento aprueba el presupuesto de la biblioteca",
           "El Ayuntamiento aprobó el martes el presupuesto de la biblioteca municipal tras un largo debate "
           "sobre los horarios de apertura y el personal.\n\nEl alcalde explicó que las obras comenzarán en "
           "primavera si se confirma la subvención del gobierno regional, que todavía debe pasar por el pleno.\n"),
    "it": ("Il Comune approva il bilancio della biblioteca",
           "Il consiglio comunale ha approvato martedì sera il bilancio della biblioteca dopo un lungo "
           "dibattito sugli orari di apertura e sul personale.\n\nIl sindaco ha spiegato che i lavori "
           "cominceranno in primavera se la Regione confermerà il finanziamento promesso ai comuni della "
           "provincia.\n"),
    "pt": ("Câmara aprova orçamento da biblioteca municipal",
           "A câmara municipal aprovou na terça-feira o orçamento da biblioteca depois de um longo debate "
           "sobre os horários de abertura e o pessoal.\n\nO presidente da autarquia explicou que as obras vão "
           "começar na primavera se o apoio do Governo for confirmado pelos serviços do ministério.\n"),
    "nl": ("Gemeenteraad keurt begroting bibliotheek goed",
           "De gemeenteraad heeft dinsdagavond de begroting van de bibliotheek goedgekeurd na een lang debat "
           "over de openingstijden en het personeel.\n\nDe burgemeester zei dat de werkzaamheden in het "
           "voorjaar beginnen als de subsidie van de provincie wordt bevestigd door het college.\n"),
    "de": ("Gemeinderat beschließt Haushalt der Bibliothek",
           "Der Gemeinderat hat am Dienstagabend den Haushalt der Stadtbibliothek nach einer langen Debatte "
           "über die Öffnungszeiten und das Personal beschlossen.\n\nDer Bürgermeister sagte, die Arbeiten "
           "würden im Frühjahr beginnen, wenn der Zuschuss des Landes bestätigt werde, was noch aussteht.\n"),
    "en": (HEAD, LEDE),
    "fr": ("Le conseil adopte le budget de la médiathèque", LEDE_FR),
}


def _page(language: str, line: str, tail: str = "") -> str:
    head, lede = _PAGES[language]
    return f"{head}\n\n{line}\n\n{lede}" + (f"\n{tail}\n" if tail else "")


@pytest.mark.parametrize(("language", "line", "expected"), [
    ("es", "Por Redacción | 2 de dic. de 2007", "2007-12-02"),  # d01
    ("es", "Publicado: 14 ene. 2021 18:05 CET", "2021-01-14"),  # d03
    ("it", "di Marco Rossi · 12 ott 2021, 08:15", "2021-10-12"),  # d04
    ("it", "Pubblicato il: 03 giu 2020", "2020-06-03"),  # d05
    ("pt", "Lusa | 15 out 2020, 12:31", "2020-10-15"),  # d07
    ("pt", "Publicado em 8 fev 2022 às 18h40", "2022-02-08"),  # d08
    ("de", "Veröffentlicht am 12. Mär 2019, 17:10 Uhr", "2019-03-12"),  # d10
    ("it", "Roma, 21 set 2023", "2023-09-21"),  # d12
    ("es", "lunes, 27 abr 2020", "2020-04-27"),  # d13
    ("it", "15 gen. 2024", "2024-01-15"),  # d14
    ("es", "2 DIC 2007", "2007-12-02"),  # d15
    ("de", "12. Mär. 2019", "2019-03-12"),  # g01
    ("nl", "7 mrt. 2022", "2022-03-07"),  # g02
    ("it", "5 mag 2020", "2020-05-05"),  # g03
    ("es", "14 de ene de 2021", "2021-01-14"),  # g04
    ("pt", "27 de abr. de 2022", "2022-04-27"),  # g05
    ("it", "5 ago 2019", "2019-08-05"),  # g06
    # negatives: English «ago» (n06), an Italian abbreviation on a French page (n10)
    ("en", "Posted 5 ago 2019 by admin", None),
    ("fr", "Paris, 12 ott 2021", None),
])
def test_an_abbreviated_month_on_its_language_s_page(language, line, expected):
    assert published(_page(language, line)) == expected


@pytest.mark.parametrize(("language", "line", "tail", "expected"), [
    # the body's abbreviated dates never take the publication line's place (n01, n07)
    ("es", "Publicado el 3 de marzo de 2022", "La inauguración, prevista para el 12 ago 2023, dependerá "
     "del calendario de obras.", "2022-03-03"),
    ("es", "Publicado el 3 de marzo de 2022", "El último informe, fechado el 5 dic 2021, recogía ya el "
     "déficit.", "2022-03-03"),
    # a tennis «set» (n02, n09), a Portuguese «out» (n03), «ago» quoted in English (n04)
    ("it", "Roma, 18 maggio 2021", "Sinner ha vinto il terzo set 6-4 e chiude il 2021 con 3 set 2021 vinti "
     "al tie-break nel torneo.", "2021-05-18"),
    ("pt", "Lisboa, 4 de março de 2021", "No ténis, o português venceu por 2 set 2021 a zero, diz a "
     "federação.", "2021-03-04"),
    ("pt", "Lisboa, 4 de março de 2021", "O clube perdeu 2 out 2021 jogos em casa e deitou fora o "
     "campeonato.", "2021-03-04"),
    ("es", "Publicado el 3 de marzo de 2022", 'Un usuario escribió en inglés: "posted 2 years ago 2019 '
     'edition".', "2022-03-03"),
    # no day (n05, n08)
    ("it", "Roma, 18 maggio 2021", "La mostra resterà aperta dal 12 giu al 3 lug con ingresso gratuito.",
     "2021-05-18"),
    ("nl", "Amsterdam, 4 maart 2021", "De cijfers over mrt 2021 volgen later.", "2021-03-04"),
])
def test_a_body_s_abbreviated_words_leave_the_publication_line(language, line, tail, expected):
    assert published(_page(language, line, tail)) == expected
