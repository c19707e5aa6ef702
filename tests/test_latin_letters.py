"""Capitals beyond Latin-1 (Ł, Š, Œ, Ș) start names as É does: "[A-ZÀ-Ý]" classes missed them,
so "selon l'Œuvre d'Orient" named no source and a speaker line "Łukasz Kowalski" was no
speaker. Patterns write \\p{Lu} and \\p{Ll} inside a class (audit/rx.py)."""

from __future__ import annotations

import re

import pytest

from audit import rx
from audit.pipeline import audit_document


def test_classes_hold_each_case_of_latin_letters():
    upper, lower = rx.compile(r"^[\p{Lu}]+$"), rx.compile(r"^[\p{Ll}]+$")
    assert upper.match("AÉŁŠŒȘŽÞ") and lower.match("aéłšœșžþß")
    for char in "×÷ł1_ «":
        assert not upper.match(char)
    for char in "×÷Ł1_ »":
        assert not lower.match(char)


def test_a_bad_escape_outside_the_cases_is_still_an_error():
    with pytest.raises(re.error):
        rx.compile(r"\p{Xx}")


def _rules(text: str) -> list[str]:
    return sorted(f["rule"] for f in audit_document(text.encode(), "a.txt")["findings"])


def test_a_source_whose_name_opens_on_oe_is_named():
    # The association's own description (fr.wikipedia.org/wiki/Œuvre_d'Orient), as a story cites it.
    text = ("L'association fête ses 168 ans\n\n"
            "Engagée au service des chrétiens d'Orient, elle intervient dans 23 pays, principalement "
            "au Proche-Orient, selon l'Œuvre d'Orient, qui publie chaque année son rapport.\n")
    assert "CIT001" not in _rules(text)


def test_a_speaker_line_opening_on_l_stroke_names_the_quotation():
    text = ("Le club fête ses succès\n\n"
            "« La jeunesse est l'espérance d'un peuple. L'éducation est au cœur de nos "
            "préoccupations, le principal défi à relever. »\n"
            "Łukasz Kowalski\n")
    assert "CIT005" not in _rules(text)
