"""A masthead's day beside a weather widget's reading on the line above or under it is the day
the page was seen, not the story's: laestrella.com.pa's «Ciudad de Panamá / +35°C / 27 de Abr
de 2022» over its section and headline (trafilatura's evaluation page laestrella.com.pa-laboral,
read since the CLDR months, dm47). Only above the title, where a masthead stands, and only a
reading with its scale (°C, °F, ℃): under the title a temperature beside the day is a weather
story's or a byline's neighbour, and a bare «30°» an angle or an ordinal (review of dm47). A
dateline split over two lines («Publié le / 12 mars 2021») is read as before."""

from __future__ import annotations

import pytest

from tests.blind_reading import HEAD, LEDE, LEDE_FR, published

_HEAD_FR = "Le conseil adopte le budget de la médiathèque"
_ES = ("Columnistas\nMultimedia\nVideos\ne-Paper\nCiudad de Panamá\n+35°C\n27 de Abr de 2022\nCultura\n"
       "El espacio físico, un agente que determina la dinámica en el entorno laboral\n"
       "Expertos coinciden en que el entorno incide de forma positiva o negativa en la salud mental "
       "de los trabajadores y remarcan la importancia de propiciar lugares de recreación.\n"
       "La oficina nunca será el reemplazo del hogar, pero existen principios que podrían considerar "
       "las empresas para que el espacio físico en el cual se desempeñan labores profesionales se "
       "sienta como una segunda casa, comentó la directora de mercadeo de la empresa.\n")


def test_a_masthead_day_under_a_weather_reading_dates_nothing():
    assert published(_ES) is None


def test_a_story_date_after_the_masthead_still_dates_the_page():
    text = _ES.replace("Cultura\n", "Cultura\nPor María Carrasquilla, 12 de marzo de 2021\n")
    assert published(text) == "2021-03-12"


@pytest.mark.parametrize(("lines", "expected"), [
    ("Sion\n12°C\nMardi 8 décembre 2026", None),
    ("Mardi 8 décembre 2026\n-3 °C", None),
    ("Mardi 8 décembre 2026\n3 à 8℃", None),  # a day's low and high, CLDR's sign
    ("Genève 24° / 31°C\nMardi 8 décembre 2026", None),
    # negatives: a bare «NN°» carries no scale (an angle, an ordinal); no widget beside
    ("Genève 24° / 31°\nMardi 8 décembre 2026", "2026-12-08"),
    ("Mardi 8 décembre 2026", "2026-12-08"),
])
def test_french_masthead_lines_above_the_title(lines, expected):
    assert published(f"{lines}\n\n{_HEAD_FR}\n\n{LEDE_FR}") == expected


@pytest.mark.parametrize(("lines", "expected"), [
    ("Publié le\n12 mars 2021", "2021-03-12"),  # a dateline split over two lines
    ("Publié le\n\n12 mars 2021 à 10h05", "2021-03-12"),
    ("12 mars 2021", "2021-03-12"),
    # under the title a reading beside the day is no masthead's: a heat wave's story (review
    # of dm47, w14), a line «-3 °C» or «Sion 12°C» beside the story's own date
    ("Mardi 19 juillet 2022\n42 °C", "2022-07-19"),
    ("Sion 12°C\n12 mars 2021", "2021-03-12"),
])
def test_french_lines_under_the_title(lines, expected):
    assert published(f"{_HEAD_FR}\n\n{lines}\n\n{LEDE_FR}") == expected


_LEDE_ES = ("El Ayuntamiento aprobó el martes el presupuesto de la biblioteca municipal tras un largo debate "
            "sobre los horarios de apertura y el personal.\n\nEl alcalde explicó que las obras comenzarán en "
            "primavera si se confirma la subvención del gobierno regional, que todavía debe pasar por el pleno.\n")
_LEDE_IT = ("Il consiglio comunale ha approvato martedì sera il bilancio della biblioteca dopo un lungo "
            "dibattito sugli orari di apertura e sul personale.\n\nIl sindaco ha spiegato che i lavori "
            "cominceranno in primavera se la Regione confermerà il finanziamento promesso ai comuni.\n")
_LEDE_PT = ("A câmara municipal aprovou na terça-feira o orçamento da biblioteca depois de um longo debate "
            "sobre os horários de abertura e o pessoal.\n\nO presidente da autarquia explicou que as obras vão "
            "começar na primavera se o apoio do Governo for confirmado pelos serviços do ministério.\n")
_LEDE_DE = ("Der Gemeinderat hat am Dienstagabend den Haushalt der Stadtbibliothek nach einer langen Debatte "
            "über die Öffnungszeiten und das Personal beschlossen.\n\nDer Bürgermeister sagte, die Arbeiten "
            "würden im Frühjahr beginnen, wenn der Zuschuss des Landes bestätigt werde.\n")
_LEDE_NL = ("De gemeenteraad heeft dinsdagavond de begroting van de bibliotheek goedgekeurd na een lang debat "
            "over de openingstijden en het personeel.\n\nDe burgemeester zei dat de werkzaamheden in het "
            "voorjaar beginnen als de subsidie van de provincie wordt bevestigd door het college.\n")
_HEAD_ES = "El Ayuntamiento aprueba el presupuesto de la biblioteca"
_HEAD_IT = "Il Comune approva il bilancio della biblioteca"
_HEAD_PT = "Câmara aprova orçamento da biblioteca municipal"


@pytest.mark.parametrize(("text", "expected"), [
    # the review of dm47's probes: the story's date under the title stays the publication date
    (f"{_HEAD_ES}\n\nPor María Pérez\n14 de marzo de 2022\nMadrid 18°C\n\n{_LEDE_ES}", "2022-03-14"),  # w02
    (f"{_HEAD_ES}\n\nPor Juan López\n14/03/2022 08:15\nMadrid 18°C\n\n{_LEDE_ES}", "2022-03-14"),  # w11
    (f"{HEAD}\n\nBy Jane Doe\nMarch 12, 2021\nDublin 12°C\n\n{LEDE}", "2021-03-12"),  # w16
    ("Gemeinderat beschließt Haushalt der Bibliothek\n\nBerlin -3 °C\n12. Januar 2021\nvon Hans Müller"
     f"\n\n{_LEDE_DE}", "2021-01-12"),  # w05
    (f"{_HEAD_IT}\n\nRoma, 14 luglio 2022\n40°C\n\n{_LEDE_IT}", "2022-07-14"),  # w09, a weather story
    (f"{_HEAD_ES}\n\n14 de julio de 2022\nCórdoba 44,5 °C\nSevilla 43 °C\nBadajoz 42 °C\n\n{_LEDE_ES}",
     "2022-07-14"),  # w13
    ("Gemeenteraad keurt begroting bibliotheek goed\n\n7 maart 2022\n12°\n\n" + _LEDE_NL, "2022-03-07"),  # w07
    (f"{_HEAD_PT}\n\n14 de março de 2022\nInclinação 30°\n\n{_LEDE_PT}", "2022-03-14"),  # w10, an angle
    (f"{HEAD}\n\nMarch 12, 2021\nSlope 30°\n\n{LEDE}", "2021-03-12"),  # w15
    ("Serie A, la Juventus vince a Bergamo\n\nGiornata 34°\nDomenica 12 maggio 2019\n\n" + _LEDE_IT,
     "2019-05-12"),  # o01, an ordinal
    ("Il Comune festeggia l'anniversario\n\nAnniversario 30°\n10 luglio 2017\n\n" + _LEDE_IT,
     "2017-07-10"),  # o02
    (f"{_HEAD_IT}\n\nPubblicato il 14 marzo 2022\nMilano 12°C\n\n{_LEDE_IT}", "2022-03-14"),  # w03
    (f"{_HEAD_ES}\n\n14 de marzo de 2022\n180 °C\n\n{_LEDE_ES}", "2022-03-14"),  # w08
    # a masthead above the title: the day the page was seen (w17), as read with no widget (w17c)
    (f"Dublin 12°C\nTuesday 12 March 2021\n\n{HEAD}\n\n{LEDE}", None),
    (f"Tuesday 12 March 2021\n\n{HEAD}\n\n{LEDE}", "2021-03-12"),
])
def test_review_probes(text, expected):
    assert published(text) == expected


def test_a_temperature_in_prose_beside_a_dateline_is_no_widget():
    text = (f"{HEAD}\n\nMarch 12, 2021\nIt was 35 °C in the shade when the commission met on "
            f"Tuesday to vote the library's budget.\n\n{LEDE}")
    assert published(text) == "2021-03-12"
