"""Leftovers of rounds 11-14 on numbers and titles, each on the real page it was seen on."""

from __future__ import annotations

from pathlib import Path

from audit.pipeline import audit_article
from audit.settings import Settings

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _run(text: str | bytes, name: str = "case.txt", codes=(), **kw):
    codes = frozenset(codes)
    r = audit_article(text, name, Settings(select=codes, explicit=codes, **kw))
    assert r.ok, r.error
    return r


def test_num002_two_peseta_amounts_are_not_one_quantity():
    # Round 11a es01 (El País, 1997): last year's budget "fue sólo de 653 millones de
    # pesetas" and "sólo en estas labores se gastarán 600 millones de pesetas" are two
    # amounts: pesetas are money (not a counted noun) and "sólo" names neither.
    page = ROUNDS / "round11a" / "inputs" / "es01_elpais.md"
    r = _run(page.read_bytes(), page.name, ["NUM002"], all_languages=True)
    assert not [f for f in r.findings if f.rule == "NUM002"]
    amounts = [q for q in r.facts.quantities if "pesetas" in q.text]
    assert [(q.kind, q.unit) for q in amounts] == [("money", "ESP")] * 3
