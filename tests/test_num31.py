"""Round 31 (numbers): NUM002 reads a clause's subject past a parenthesis before the figure
(31b r06); NUM003 reads an organisation's "Nth birthday" (31b r07) and a year before the
founding noun ("the town's 1880 founding", 31b r09)."""

from __future__ import annotations

import datetime as dt

from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# 31b r06: fr01_mayottehebdo's wording, the parenthesis kept
_CENSUS = ("Datant de 2017, le dernier recensement exhaustif (où toute la population a été "
           "recensée à un instant T) a dénombré 256.500 personnes.\n\nLe maire a inauguré une école "
           "jeudi.\n\nLe recensement de 2017 avait pourtant dénombré 265.500 personnes.\n")


def test_a_parenthesis_before_the_figure_is_an_aside():
    found = _rules(_CENSUS, "NUM002")
    # the first figure's subject read past the aside
    assert [f.evidence["first"] for f in found] == ["256.500"]
    assert "of 'dernier recensement exhaustif'" in found[0].message
    # another wording: a place in brackets between the subject and its verb
    town = ("Une commune qui grandit\n\nLa commune (Haute-Savoie, canton de Thônes) compte 3 200 "
            "habitants selon la mairie.\n\nLe maire l'a rappelé jeudi.\n\nLa commune compte "
            "3 900 habitants selon le dernier bulletin.\n")
    assert len(_rules(town, "NUM002")) == 1


def test_the_aside_s_words_are_not_the_subject():
    # the parenthesis names the town, the figure is the department's: two subjects
    text = ("Une commune qui grandit\n\nLa commune compte 3 200 habitants selon la mairie.\n\n"
            "Le département (dont la commune fait partie) compte 800 000 habitants.\n")
    assert not _rules(text, "NUM002")
    # the same count with its parenthesis: one value, nothing to say
    assert not _rules(_CENSUS.replace("265.500", "256.500"), "NUM002")

