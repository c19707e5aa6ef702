"""Datelines: a place (and its country or agency) with the day, a press release's opening or
closing line, a date in brackets or after a double dash; and the lines that say more, which
date nothing."""

from __future__ import annotations

import pytest

from audit.extract.dates import _place_dateline
from audit.pipeline import audit_document
from tests.blind_reading import date_test, published, read, repro
from tests.dates.texts import _STATEMENT


_DE_BODY = ("Mit einem Festkommers feierten die Sterner Bürger aus Linz am Rhein ihr 100-jähriges "
            "Bestehen.\n")

CAPGEMINI = ("Passer au contenu\n"
             "  • Chiffre d’affaires de 22 522 millions d’euros, en hausse de +2,4%\n"
             "  • Croissance à taux de change constants* de +4,4% sur l’année et de -0,2% au 4ème trimestre\n"
             "  • Taux de marge opérationnelle de 13,3%, en progression de 30 points de base\n"
             "  • Free cash-flow organique* de 1 963 millions d’euros\n\n")

_EN_BODY = ("GSK will acquire BELLUS for $14.75 per share in cash, representing a total equity value "
            "of approximately $2.0B (£1.9B).\n")

_CLARK = ("Clark County Board of Supervisors Discusses Printing Notices in County Newspapers\n{}\n"
          "-The Clark County Board of Supervisors had a lengthy discussion regarding the printing of "
          "county documents in county newspapers.\n")

_COLMAR = ("Colmar : Un garage de la gendarmerie dévasté par le feu\n{}\n\n"
           "Un incendie a détruit tôt samedi vers 0 h 30, un garage de la gendarmerie à Colmar.\n")

# the publication date each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
PUBLICATION_DATES = [
    pytest.param("100 Jahre Sterner Bürger: Ein Jubiläum voller Erinnerungen\n"
                 "Wie die Stadt in ihrer Pressemitteilung vom 06.10.2024 mitteilte, wird gefeiert.\n"
                 + _DE_BODY,
                 None,
                 id="dates_round30-press_release_in_a_sentence_dates_nothing"),
    # a press release's label, a wide gap, its dateline (26a fr25, capvalue)
    pytest.param("BIOSYNEX: RESULTATS ANNUELS 2022\n\nCommuniqué de presse    Strasbourg, 20 avril 2023\n\n"
                 "Le Conseil d’Administration de BIOSYNEX SA, réuni le 19 avril 2023 a arrêté les comptes de "
                 "l’exercice clos le 31 décembre 2022.\n",
                 "2023-04-20",
                 id="round26_head-press_release_datelines-0-round26a_fr25"),
    # the lede glued to the dateline's year, under the highlights' bullets (26a fr26, capgemini)
    pytest.param(CAPGEMINI + "Paris, le 14 février 2024Réuni le 13 février à Paris sous la présidence de Paul "
                 "Hermelin, le Conseil d’Administration de Capgemini SE a examiné et arrêté les comptes du "
                 "groupe pour l’exercice clos le 31 décembre 2023.\n",
                 "2024-02-14",
                 id="round26_head-press_release_datelines-1-round26a_fr26"),
    # negative: a year glued to a word in a sentence is no dateline
    pytest.param(CAPGEMINI + "Paris, ville hôte des Jeux de 2024Réunis en conseil, les actionnaires ont "
                 "examiné et arrêté les comptes du groupe pour l’exercice clos le 31 décembre 2023.\n",
                 None,
                 id="round26_head-press_release_datelines-2"),
    # negative: after the gap, an event's announcement, not a dateline
    pytest.param("BIOSYNEX: RESULTATS ANNUELS 2022\n\nCommuniqué de presse    Strasbourg, le 20 avril 2023 : "
                 "journée portes ouvertes\n\nLe Conseil d’Administration de BIOSYNEX SA, réuni le 19 avril "
                 "2023 a arrêté les comptes de l’exercice clos le 31 décembre 2022.\n",
                 None,
                 id="round26_head-press_release_datelines-3"),
    # the Board's meeting day in a line that says more, not the page's stamp
    pytest.param(_CLARK.format("Board meets Thursday, April 18th, 2019 -- 1:11 PM"),
                 None,
                 id="round32_titles_dates-a_double_dash_before_more_words_is_no_dateline"),
    # es02 (ideal.es): headline, caption, credit, byline and stamp run into one line
    pytest.param("La Guardia Civil abre expediente al agente detenido y le impide incorporarse a su nuevo "
                 "destino Un momento de los registros efectuados la pasada semana. / PEPE MARÍN Las medidas "
                 "cautelares del instituto armado adoptadas en este caso de blanqueo de capitales se "
                 "mantendrán hasta que haya una sentencia firme J. R. V. GRANADA. Martes, 16 abril 2019, "
                 "23:52\n\nEl guardia civil residente en Granada en situación de excedencia no podrá "
                 "incorporarse a su nuevo destino.\n",
                 "2019-04-16",
                 id="titles_round22-stamp_closing_a_run_in_line-0-es02"),
    # ideal.es again (2025): "Lunes, 6 de octubre 2025, 13:00" after the byline's place
    pytest.param("¿Por qué había tanta Policía hoy en el centro de Granada? Decenas de vehículos se situaban "
                 "esta mañana en las inmediaciones del Palacio de Congresos Rebeca Alcántara Granada. Lunes, "
                 "6 de octubre 2025, 13:00\n\nCualquiera que haya pasado esta mañana por las inmediaciones "
                 "del Palacio de Congresos se habrá visto sorprendido.\n",
                 "2025-10-06",
                 id="titles_round22-stamp_closing_a_run_in_line-1"),
    # negatives: a sentence's date with no weekday; a place and a country with no date after
    pytest.param("La Guardia Civil abre expediente al agente detenido. El juicio se celebró el 16 abril 2019, "
                 "a las 23:52\n\nEl guardia civil residente en Granada no podrá incorporarse.\n",
                 None,
                 id="titles_round22-stamp_closing_a_run_in_line-2"),
    pytest.param("Zokiki\n\nPétion-ville, HAITI, une ville où la nuit ne dort jamais – Malgré une offensive "
                 "lancée en 2012, le phénomène est loin d’être éradiqué.\n",
                 None,
                 id="titles_round22-stamp_closing_a_run_in_line-3"),
]


test_the_publication_date_read = date_test(PUBLICATION_DATES)


# from tests/test_dates_round30.py
def test_press_release_line_at_the_start():
    text = ("Pressemitteilung vom 06.10.2024\n100 Jahre Sterner Bürger: Ein Jubiläum voller "
            "Erinnerungen\n" + _DE_BODY)
    assert published(text) == "2024-10-06"
    text = ("Presseinformation vom 12. März 2023\nStadtwerke erweitern Ladenetz\n" + _DE_BODY)
    assert published(text) == "2023-03-12"


# from tests/test_review8_dates_ai.py
def test_a_two_word_town_and_its_country_sign_a_statement() -> None:
    assert published(_STATEMENT + "Porto Novo, Bénin, le 14 décembre 2025\n") == "2025-12-14"  # probe date5
    assert published(_STATEMENT + "La Rochelle, Charente-Maritime, le 14 décembre 2025\n") == "2025-12-14"


# from tests/test_round23_titles.py
@pytest.mark.parametrize(("line", "day"), [
    ("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine anerkannt gute Einrichtung.", "2024-02-14"),
    ("Wilhelmshaven (3.5.2023) – Der Rat der Stadt hat am Abend den Haushalt beschlossen.", "2023-05-03"),
    # negatives: a party or an agency in the brackets, no day
    ("Berlin (dpa) – Die Bundesregierung hat am Mittwoch den Haushalt beschlossen.", None),
    ("Merkel (CDU) – Die Kanzlerin hat am Mittwoch den Haushalt verteidigt.", None),
])
def test_a_bracketed_day_after_the_place(line, day):
    from audit.extract.dates import _bracketed_dateline
    got = _bracketed_dateline(line, "de")
    assert (got.isoformat() if got else None) == day


# from tests/test_round31_titles_dates.py
def test_year_first_dotted_dateline_with_its_time():
    # 31a r04 (an investing.com copy): the dateline under the headline dates the page, so NUM001
    # can check the conversion at that day's rate
    text = ("4 big deal reports: Prometheus stock jumps 70% on Merck buyout | Pro Recap\n"
            "2023.04.23 10:31\n© Reuters.\nBy Davit Kirakosyan\n" + _EN_BODY)
    result = read(text)
    assert result["published"] == "2023-04-23"
    assert any(f["rule"] == "NUM001" for f in result["findings"])
    # slashes, the same order
    assert read("Markets rally on rate hopes\n2023/04/23 10:31\n" + _EN_BODY)["published"] == "2023-04-23"


def test_a_version_number_or_a_label_before_is_no_dateline():
    assert read("Release notes\n2.0.23\n" + _EN_BODY)["published"] is None
    assert read("Release notes\nVersion 2023.04.1\n" + _EN_BODY)["published"] is None
    assert read("Release notes\nBuild 2023.04.23 10:31\n" + _EN_BODY)["published"] is None


def test_a_release_s_closing_dateline_over_its_signature():
    # 31a r05 (fr20, a UEMOA press release): "Ouagadougou, le 04 avril 2025" over the signature
    text = ("UEMOA: vers la tenue d’une réunion des ministres de l’élevage\n\nCOMMUNIQUE DE PRESSE\n\n"
            "La Commission de l’UEMOA organise le 09 avril 2025 à Ouagadougou la réunion des "
            "Ministres chargés de l’élevage.\n\nOuagadougou, le 04 avril 2025\n\n"
            "La Direction de la Communication\n")
    assert read(text)["published"] == "2025-04-04"
    # the dateline as the text's last line
    text = ("Communiqué du conseil municipal\n\nLe conseil municipal se réunira en séance publique "
            "le 15 mai 2024 à la mairie pour voter le budget de la commune.\n\nFait à Nantes, le 3 mai 2024\n")
    assert read(text)["published"] == "2024-05-03"


# from tests/test_round32_titles_dates.py
def test_a_dateline_with_a_double_dash_before_its_time():
    # 32a r2 (en04_cwbradio): weekday, ordinal day, "--", the time
    assert read(_CLARK.format("Thursday, April 18th, 2019 -- 1:11 PM"))["published"] == "2019-04-18"
    assert read(_CLARK.format("April 18, 2019 -- 1:11 PM"))["published"] == "2019-04-18"


def test_a_dateline_in_brackets_under_the_headline():
    # 32a r3 (fr25_cettesemaine): "(Le 22 mars 2010)", the line wholly in brackets
    assert read(_COLMAR.format("(Le 22 mars 2010)"))["published"] == "2010-03-22"
    assert read(_COLMAR.format("[22 mars 2010]"))["published"] == "2010-03-22"


def test_a_bracketed_line_that_says_more_is_no_dateline():
    assert read(_COLMAR.format("(Le débarquement du 6 juin 1944)"))["published"] is None
    assert read(_COLMAR.format("(Photo prise le 22 mars 2010 par un lecteur)"))["published"] is None
    # an event's day under its headline (review 8: "Fête de la musique : le programme à Quimper")
    assert read(_COLMAR.format("(Samedi 21 juin 2025)"))["published"] is None


# from tests/test_round36_cit_dates.py
def test_agency_dateline_glued_credit_is_read():
    # 36a r11 (fr10, AIB)
    result = audit_document(repro("round36a/r11_date"), "x.txt")
    assert result["published"] == "2023-01-27"


@pytest.mark.parametrize("line,expected", [
    ("Dakar, 3 mars 2021 (APS) - Le président a parlé.", "2021-03-03"),
    ("Rabat, 3 mars 2021 (MAP)-Le roi a parlé.", "2021-03-03"),
    ("Bruxelles, 3 mars 2021 (Belga) - Le roi a parlé.", "2021-03-03"),
    # a bracket that is no credit, and a bare dash glued
    ("Nice, le 14 juillet 2016 (Ce soir-là) - Rien.", None),
    ("Nice, le 14 juillet 2016 (photo) - Rien.", None),
    ("Nice, le 14 juillet 2016-Rien.", None),
])
def test_agency_dateline(line, expected):
    day = _place_dateline(line, "fr")
    assert (day.isoformat() if day else None) == expected
