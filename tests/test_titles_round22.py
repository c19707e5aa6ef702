"""Round 22 of the blind test (2026-12-06): headlines and dates the testers found missed or
wrong (verdicts22a r12, r13; verdicts22b r10), on the pages' real text, with negatives."""

from pathlib import Path

import pytest

from audit.pipeline import audit_document

_PAGES = Path(__file__).parent / "data" / "blind_rounds"
# fr11 (haitigrassrootswatch), the page as pasted: the lede's lines under the headline count
_ZOKIKI = (_PAGES / "round22a" / "inputs" / "fr11_haitigrassrootswatch.txt").read_text(encoding="utf-8")


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


def test_section_name_over_dashed_headline_the_lede_retells():
    # fr11 (haitigrassrootswatch): the site's section name, then "Topic - headline"
    out = _read(_ZOKIKI)
    assert out["title"] == "Zokiki - Une « délinquance juvénile » imposée ?"
    assert out["published"] == "2012-11-06"  # the dateline's place, its country, the day


def test_menu_of_dashed_items_is_no_headline():
    # negative: a menu's items, which the lede does not retell, stay furniture
    out = _read("Actualités\n\nAccueil - Contact - Archives\n\nLe conseil municipal a voté mardi "
                "le budget de la commune pour l'année prochaine, après un long débat.\n")
    assert out["title"] != "Accueil - Contact - Archives"


@pytest.mark.parametrize(("text", "title"), [
    # fr08 (maisonderetraite): a rubric's three words over the headline
    ("Vie en Ehpad\n\nUne centenaire inspire la joie : un 106ème anniversaire mémorable pour une "
     "résidente d’Ehpad à Saint-Brieuc\n\nSaint-Brieuc en fête : la douceur d’un 106ème "
     "anniversaire en Ehpad. L’événement n’est pas passé inaperçu au sein de l’établissement : une "
     "résidente a soufflé ses 106 bougies, entourée de multiples générations.\n",
     "Une centenaire inspire la joie : un 106ème anniversaire mémorable pour une résidente "
     "d’Ehpad à Saint-Brieuc"),
    # groupestratos (round 18a): "Levée de fonds" over its headline
    ("Levée de fonds\nEn août, 13 opérations ont permis aux startups françaises de lever plus de "
     "30 millions d’euros\nLe mois d’août a marqué un frein majeur à l’investissement dans les "
     "startups françaises. En dehors de l’été 2020, jamais le financement n’a été aussi faible sur "
     "quatre semaines.\n",
     "En août, 13 opérations ont permis aux startups françaises de lever plus de 30 millions "
     "d’euros"),
    # negative: a heading over its text's first sentence stays the title (round 12a)
    ("L’Histoire du Club\n\nNotre club a tenu sa première assemblée générale le 21 novembre 1896!\n"
     "Oui vous avez bien lu, notre club a 123 ans et est la plus ancienne association Drouaise.\n"
     "Les 120 ans furent l’occasion d’un expo a la Chapelle de l’Hotel Dieu en grande rue que vous "
     "pouvez retrouver a la rubrique revue de presse.\n", "L’Histoire du Club"),
])
def test_rubric_of_three_words_over_headline(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "published"), [
    # es02 (ideal.es): headline, caption, credit, byline and stamp run into one line
    ("La Guardia Civil abre expediente al agente detenido y le impide incorporarse a su nuevo "
     "destino Un momento de los registros efectuados la pasada semana. / PEPE MARÍN Las medidas "
     "cautelares del instituto armado adoptadas en este caso de blanqueo de capitales se "
     "mantendrán hasta que haya una sentencia firme J. R. V. GRANADA. Martes, 16 abril 2019, "
     "23:52\n\nEl guardia civil residente en Granada en situación de excedencia no podrá "
     "incorporarse a su nuevo destino.\n", "2019-04-16"),
    # ideal.es again (2025): "Lunes, 6 de octubre 2025, 13:00" after the byline's place
    ("¿Por qué había tanta Policía hoy en el centro de Granada? Decenas de vehículos se situaban "
     "esta mañana en las inmediaciones del Palacio de Congresos Rebeca Alcántara Granada. Lunes, "
     "6 de octubre 2025, 13:00\n\nCualquiera que haya pasado esta mañana por las inmediaciones "
     "del Palacio de Congresos se habrá visto sorprendido.\n", "2025-10-06"),
    # negatives: a sentence's date with no weekday; a place and a country with no date after
    ("La Guardia Civil abre expediente al agente detenido. El juicio se celebró el 16 abril 2019, "
     "a las 23:52\n\nEl guardia civil residente en Granada no podrá incorporarse.\n", None),
    ("Zokiki\n\nPétion-ville, HAITI, une ville où la nuit ne dort jamais – Malgré une offensive "
     "lancée en 2012, le phénomène est loin d’être éradiqué.\n", None),
])
def test_stamp_closing_a_run_in_line(text, published):
    assert _read(text)["published"] == published
