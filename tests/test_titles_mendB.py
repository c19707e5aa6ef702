"""Titles: the probes of review 1 (R2, R3) on the round-35 furniture shapes. A Title Case
headline of two to five words is a headline whether or not the body says its words again (the
"name the page never says again" rule was reverted); a headline opening with an alt text's words
("Image Of The Year: …", «Logo de la ville : …») is a headline; an alt text reads as a
description (no colon, not in Title Case)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import HEAD as _HEAD, LEDE as _LEDE

_DATA = Path(__file__).parent / "data" / "titles_mendB"

_HEADLINES = {
    "title_en_breaking_bad.txt": "Breaking Bad Returns",
    "title_en_sport.txt": "Super Bowl Preview",
    "title_en_fed.txt": "Fed Holds Steady",
    "title_en_obit.txt": "Remembering Dolores Huerta",
    "title_en_oppen.txt": "Christopher Nolan Interview",
    "num3_born_place_en.txt": "Local Veteran Celebrates Milestone Birthday",
    "title_fr_grand_debat.txt": "Le Grand Débat National",
    "title_fr_notre_dame.txt": "Notre-Dame de Paris",
    "title_fr_pas_echo.txt": "Les Bleus Éliminés",
    "title_es_name.txt": "El Ayuntamiento Aprueba Presupuestos",
    "title_it_caps_nodella2.txt": "Festa Della Repubblica",
    "title_en_alt.txt": "Image Of The Year: A Firefighter In The Smoke",
    "title_fr_logo.txt": "Logo de la ville : la polémique enfle",
}


@pytest.mark.parametrize("name", sorted(_HEADLINES))
def test_a_review_probes_headline_is_the_title(name):
    text = (_DATA / name).read_text(encoding="utf-8")
    assert audit_document(text, name)["title"] == _HEADLINES[name]


@pytest.mark.parametrize("alt", ["logo of the county library network",
                                 "Image of a reading room with empty shelves",
                                 "photo shows the new library building"])
def test_an_alt_text_that_describes_is_still_no_headline(alt):
    assert audit_document(f"Menu\n{alt}\n\n{_HEAD}\n\n{_LEDE}", "x.txt")["title"] == _HEAD


def test_a_section_repeated_from_the_crumb_trail_is_no_headline():
    # round 35b fr03: "Actualités Régionales" under "Accueil > … > Actualités Régionales > Alerte …"
    path = Path(__file__).parent / "data" / "blind_rounds" / "round35b" / "inputs" / "fr03_syndicat-cotesdurhone.txt"
    title = audit_document(path.read_text(encoding="utf-8"), path.name)["title"]
    assert title == "Alerte au démarchage de vendanges fraîches"
    # the trail's last crumb is the headline itself
    page = f"Accueil > Actualités > {_HEAD}\n\n{_HEAD}\n\n{_LEDE}"
    assert audit_document(page, "x.txt")["title"] == _HEAD
