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


# 31b r07: an organisation's "Nth birthday" beside its founding
_BIRTHDAY = "Millbury celebrates 150 years\n\nThe village, founded in 1884, celebrated its 150th birthday on Saturday.\n"


def test_a_body_s_birthday_is_its_anniversary():
    found = _rules(_BIRTHDAY, "NUM003", "2024-09-10")
    assert [(f.evidence["stated"], f.evidence["computed"]) for f in found] == [(150, 140)]
    # scotscoop.com's Redwood City, established in 1867, 150 in 2017: right, and one off
    redwood = ("Redwood City ends its festivities\n\nEstablished in 1867, Redwood City celebrated its "
               "{}th birthday on Dec. 3 with a look into the past.\n")
    assert not _rules(redwood.format(150), "NUM003", "2017-12-05")
    assert [f.evidence["computed"] for f in _rules(redwood.format(160), "NUM003", "2017-12-05")] == [150]
    # French: its candles, blown or celebrated
    for verb in ("a fêté", "a soufflé"):
        text = f"Un village en fête\n\nLe village, fondé en 1884, {verb} ses 150 bougies samedi.\n"
        assert len(_rules(text, "NUM003", "2024-09-10")) == 1


def test_a_person_s_birthday_is_no_founding_s():
    for sentence in ("Jane celebrated her 50th birthday at the bakery she opened in 2001.",
                     "Jane, born in 1974, celebrated her 50th birthday at the bakery opened in 2001.",
                     "The village celebrated the 150th birthday of its founder, founded in 1884 by him."):
        assert not _rules(f"A party\n\n{sentence}\n", "NUM003", "2024-09-10"), sentence


# 31b r09: en01_thesunchronicle's wording, the founding's year before its noun
_NORFOLK = ("Norfolk celebrates big birthday Saturday\n\nThe actual 150th anniversary of the town’s "
            "1880 founding was Feb. 23, 2020, and the events were postponed.\n")


def test_a_year_before_the_founding_noun_counts_to_the_sentence_s_date():
    found = _rules(_NORFOLK, "NUM003", "2021-09-15")
    assert [(f.evidence["computed"], f.evidence["reference_year"]) for f in found] == [(140, 2020)]
    # the year after the noun counts to the sentence's date too, not the publication's
    after = _NORFOLK.replace("town’s 1880 founding", "town’s founding in 1880")
    assert [(f.evidence["computed"], f.evidence["reference_year"])
            for f in _rules(after, "NUM003", "2021-09-15")] == [(140, 2020)]
    # bismarcktribune.com's Bismarck, founded in 1872, 150 in 2022: right, and ten years off
    bismarck = ("It's party time for Bismarck\n\nThe city marks the 150th anniversary of its {} "
                "founding with a parade on May 13.\n")
    assert not _rules(bismarck.format(1872), "NUM003", "2022-04-30")
    assert [f.evidence["computed"] for f in _rules(bismarck.format(1882), "NUM003", "2022-04-30")] == [140]
    # «sa création en 1950» was read already
    text = "Une fête\n\nLe 150e anniversaire de sa création en 1950 a été fêté le 23 février 2020.\n"
    assert [f.evidence["computed"] for f in _rules(text, "NUM003", "2021-09-10")] == [70]
