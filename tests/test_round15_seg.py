"""Round 15's blind pages (15a, 15b): titles, publication dates, boilerplate and AI labels
read on the testers' repro texts, with negatives that must stay."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


@pytest.mark.parametrize(("text", "published"), [
    # a Dutch dateline on a French page: a place, a weekday, the day (15a, bytesnews)
    ("Le magazine Elle a utilisé l'IA pour rédiger des articles, révèle VRT Nieuws\n"
     "amsterdam, maandag, 30 juni 2025.\nVRT Nieuws a révélé que plus de la moitié des articles "
     "en ligne de l’édition flamande d’Elle ont été rédigés par une IA depuis mars 2025.\n",
     "2025-06-30"),
    ("Commission adopts new rules\nBrussels, Tuesday, 4 June 2024\nThe Commission today adopted "
     "new rules on the sale of electricity across the single market.\n", "2024-06-04"),
    # the day's article and a weekday under the headline (15a, asmontchatlyon)
    ("Les U17(1) victorieux, le mot des coachs\nLe dimanche 27 mars 2011\nScore final : 3-2 "
     "(1-1 mi temps)\nAprès la victoire à Pontcharra 3-0, l'équipe a gagné face à une solide "
     "équipe du FC Vaulx en Velin.\n", "2011-03-27"),
    # the day's article, then the byline (15b, qonto)
    ("Levées de fonds : une embellie sous conditions\n\nLe 19 octobre 2021 par Maïlys Tokarski\n\n"
     "408 millions d’euros pour Contentsquare, selon Les Echos.\n", "2021-10-19"),
    # negatives: an event's day in the lede's sentence, an event announced after a colon, a day
    # after an article that is not one's
    ("Les U17(1) victorieux\nLe dimanche 27 mars 2011, l'équipe a gagné face à une solide équipe "
     "du FC Vaulx en Velin.\n", None),
    ("Portes ouvertes au collège\nLe samedi 12 mars 2022 : journée portes ouvertes\nLes familles "
     "pourront visiter les salles de classe.\n", None),
    ("Un beau souvenir\nUn dimanche 27 mars 2011\nNous étions partis tôt vers la montagne.\n", None),
])
def test_datelines_round_15(text, published):
    assert _read(text)["published"] == published
