"""Round 12 of the blind test (2026-12-06): headlines and dates the testers found missed or
wrong, on their repro texts, with a negative each."""

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


@pytest.mark.parametrize(("text", "published"), [
    # urdupoint: a byline's name, handle and age before the day it stamps
    ("UK Supermarket Morrisons Shares Soar On £5.5bn Bid\n\n"
     "Fahad Shabbir (@FahadShabbir) 19 seconds ago Mon 21st June 2021 | 01:10 PM\n\n"
     "Shares in British supermarket chain Morrisons surged Monday after it rejected a takeover "
     "approach as too low, the company said.\n", "2021-06-21"),
    # an overblog post: the date, a comma, "Rédigé par" and the blog's handle
    ("Presse aidant....... Suivi de la crise syrienne par les éditoriaux du Monde.\n\n"
     "3 Septembre 2013 , Rédigé par niduab Publié dans #Presse aidant\n\n"
     "Le Libération d’hier, 2 septembre, changeait brutalement de ton, selon son éditorial.\n",
     "2013-09-03"),
    # a reprint's header: the newspaper's name, then its issue's date on the next line
    ("Résumé Le Provencal\n\ndu 16 septembre 1976\n\nSOUTHAMPTON PAR K.O.\n\n"
     "L'O.M. s'est bien battu, mais... (4-0)\n\nSOUTHEMPTON - Contrairement à ce que pourrait "
     "faire croire le résultat l'O.M. n'a été ni écrasé ni ridicule hier soir à Southampton.\n",
     "1976-09-16"),
    ("Revue de presse\n\nLe Monde du 12 mars 1976\n\nLe gouvernement a présenté hier son plan de "
     "relance devant les députés, qui l'ont longuement débattu jusqu'au soir.\n", "1976-03-12"),
    # negatives: a law's date over its text; a day of history and what others did that day
    ("La laïcité en France\n\nLoi du 9 décembre 1905\n\nLa République assure la liberté de "
     "conscience et garantit le libre exercice des cultes sous les seules restrictions.\n", None),
    ("Histoire de la ville\n\n6 juin 1944, libérée par les Alliés\n\nLa ville a été libérée après "
     "de longs combats qui ont duré plusieurs jours dans les rues du centre.\n", None),
    ("Notes\n\nJane Doe (@janedoe) wrote about 1976 and more\n\nThe council met on Monday to "
     "discuss the new budget and the plans for the town's schools and roads.\n", None),
])
def test_a_date_line_s_forms_round_12(text, published):
    assert _read(text)["published"] == published
