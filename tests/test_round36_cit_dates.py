"""Blind round 36 (2026-12-06): CIT004 on a source said again after a document named by its
publisher's name past a number's sign (36a r2), three unnamed attributions it missed (36a r4,
r5; r6 left alone by design), furniture SEG002 missed (36b r11-r13) and an agency's dateline
unread (36a r11). The tester's repro texts, and negatives for what each cue must not catch. The round's date tests are in tests/dates/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.attribution_reading import vague
from tests.blind_reading import codes as _codes, repro as _repro


# -- CIT004 ----------------------------------------------------------------------------------

def test_source_again_after_a_numbered_bulletin_of_a_named_publisher():
    # 36a r2 (fr21): "le bulletin … N°31 du Système d'Information …", then "Selon cette source"
    text = _repro("round36a/r2_cit004")
    assert vague(text) == []
    assert not [c for c in _codes(text) if c[0] == "CIT004"]


@pytest.mark.parametrize("text,expected", [
    ("Selon le rapport n°12 de l'Insee, le chômage recule. Selon cette source, il baisse encore.", []),
    ("Selon le bulletin N°4 du ministère, les prix montent. Selon cette source, ils baissent.",
     ["Selon cette source"]),  # the ministry is no one named
    ("Selon des sources proches du dossier, le prix recule. Selon cette source, il baisse.",
     ["Selon des sources proches du dossier", "Selon cette source"]),
])
def test_source_again(text, expected):
    assert vague(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 36a r4 (fr18)
    (None, ["selon les sources locales"]),
    ("Selon les sources régionales, le feu a pris dans la nuit.", ["Selon les sources régionales"]),
    ("D'après la source locale, le feu a pris dans la nuit.", ["D'après la source locale"]),
    # a supply, and the sources whose are said
    ("L'eau provient de la source locale du village.", []),
    ("Selon les sources de l'Insee, le chômage recule.", []),
])
def test_sources_described_by_their_place(text, expected):
    assert vague(text if text is not None else _repro("round36a/r4_cit004")) == expected


@pytest.mark.parametrize("text,expected", [
    (None, ["on rapporte que"]),  # 36a r5 (fr27): "L'on rapporte que…"
    ("On rapporte que trois personnes sont mortes.", ["On rapporte que"]),
    # the sentence names the source
    ("Dans Le Monde du 3 mai, on rapporte que l'usine ferme.", []),
    # not a reported clause
    ("On rapporte les chaises dans la salle.", []),
])
def test_it_is_reported(text, expected):
    assert vague(text if text is not None else _repro("round36a/r5_cit004")) == expected


def test_the_newsrooms_own_information_stays_alone():
    # 36a r6 (fr25): "selon nos informations" is the outlet's own reporting under its name, as
    # explain CIT004 says; "selon nos sources" is people it will not name
    assert vague(_repro("round36a/r6_cit004")) == []
    assert vague("Le ministre partira, selon nos sources.") == ["selon nos sources"]


# -- SEG002 ----------------------------------------------------------------------------------

def test_video_widget_and_correction_link_are_furniture():
    # 36b r11 (abc13)
    found = [c for c in _codes(_repro("round36b/r11_seg002")) if c[0] == "SEG002"]
    assert found == [("SEG002", "EMBED More News Videos"), ("SEG002", "Report a correction or")]


def test_search_box_control_is_furniture():
    # 36b r12: the line is page furniture, outside the body (title36's boilerplate words), so
    # there is no body paragraph for SEG002 to report
    result = audit_document(_repro("round36b/r12_seg002"), "x.txt")
    kinds = [s["kind"] for s in result["segments"]
             if result["text"][s["start"]:s["end"]].strip() == "Close this search box."]
    assert kinds == ["boilerplate"]
    assert not [f for f in result["findings"] if f["rule"] == "SEG002"]


def test_portuguese_paywall_call_between_paragraphs():
    # 36b r13: "EXCLUSIVO / ASSINE JÁ", the second read as a heading in the copy's flow
    found = [c for c in _codes(_repro("round36b/r13_seg002"), "x.html") if c[0] == "SEG002"]
    assert found == [("SEG002", "ASSINE JÁ")]


@pytest.mark.parametrize("text", [
    "Viewers can embed more videos from the station on their own sites, the manager said.",
    "Readers who spot an error can report a correction or a typo to the desk by email.",
    "She tried to close this search box but the page froze, she said.",
    "O jornal pediu aos leitores: assine já o abaixo-assinado contra a obra.",
    "O conteúdo exclusivo para assinantes cresceu 20 % este ano, disse o diretor.",
])
def test_prose_about_widgets_is_not_furniture(text):
    body = "O tribunal decidiu ontem sobre o caso da estrada nacional.\n\n" + text + \
        "\n\nA decisão foi anunciada pelo juiz do tribunal de Leiria esta tarde."
    assert not [c for c in _codes(body) if c[0] == "SEG002"]
