"""Blind round 36 (2026-12-06): CIT004 on a source said again after a document named by its
publisher's name past a number's sign (36a r2), three unnamed attributions it missed (36a r4,
r5; r6 left alone by design), furniture SEG002 missed (36b r11-r13) and an agency's dateline
unread (36a r11). The tester's repro texts, and negatives for what each cue must not catch. The round's date tests are
in tests/dates/, its CIT004 tests in tests/citations/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import codes as _codes, repro as _repro


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
