"""A masthead's day beside a weather widget's reading on the line above or under it is the day
the page was seen, not the story's: laestrella.com.pa's «Ciudad de Panamá / +35°C / 27 de Abr
de 2022» over its section and headline (trafilatura's evaluation page laestrella.com.pa-laboral,
read since the CLDR months, dm47). A dateline split over two lines («Publié le / 12 mars 2021»)
is read as before."""

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
    ("Mardi 8 décembre 2026\n3 à 8℃", None),  # a day's low and high, CLDR's sign (thejournal.ie)
    ("Genève 24° / 31°\nMardi 8 décembre 2026", None),
    ("Publié le\n12 mars 2021", "2021-03-12"),  # a dateline split over two lines
    ("Publié le\n\n12 mars 2021 à 10h05", "2021-03-12"),
    # negatives: a temperature in the lede's sentence is no widget; a date with no widget beside
    ("12 mars 2021", "2021-03-12"),
])
def test_french_lines(lines, expected):
    assert published(f"{_HEAD_FR}\n\n{lines}\n\n{LEDE_FR}") == expected


def test_a_temperature_in_prose_beside_a_dateline_is_no_widget():
    text = (f"{HEAD}\n\nMarch 12, 2021\nIt was 35 °C in the shade when the commission met on "
            f"Tuesday to vote the library's budget.\n\n{LEDE}")
    assert published(text) == "2021-03-12"
