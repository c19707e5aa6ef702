"""Round 28's number verdicts (num28), on the testers' repro texts, with negatives that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# Round 28b r02/r03 (real page fr13's form): French "milles" and the bracketed "mi" are miles.
@pytest.mark.parametrize("text, expected", [
    ("La course serpente sur 3 470 kilomètres (2 656 milles).\n", "2,156 milles"),
    ("Le parcours fait 3470 km (2656 mi).\n", "2,156 mi"),
    ("Le parcours fait 3470 km (environ 2656 mi.)\n", "2,156 mi"),
])
def test_num004_reads_milles_and_bracketed_mi(text, expected):
    found = _rules(text, "NUM004")
    assert len(found) == 1 and expected in found[0].message


@pytest.mark.parametrize("text", [
    "La course serpente sur 3 470 kilomètres (2 156 milles).\n",
    "Le parcours fait 3470 km (2156 mi).\n",
    # "milles" at sea are nautical: either factor is accepted
    "Le navire était à 185 kilomètres (100 milles) des côtes.\n",
    "Le navire a parcouru 100 milles nautiques (185 km).\n",
    # "mi" outside a bracket it closes: a prefix, or Brazilian millions
    "Le parcours fait 3470 km (2656 mi-temps comprises).\n",
    "Le club a couru 3470 km (R$ 46 mi).\n",
])
def test_num004_right_or_other_milles_and_mi_stay_silent(text):
    assert not _rules(text, "NUM004")
