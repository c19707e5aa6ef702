"""Where a story says it comes from: wire credits opening it, an agency's byline, a reprint's
credit closing it (round 7 of the blind verdicts; real text from the search tool's pages)."""

from __future__ import annotations

from audit.extract.attributions import find_attributions, find_reprint_credits
from audit.extract.citations import find_agency_credits


def _credits(text: str) -> list[str]:
    blocks, at = [], 0
    for part in text.split("\n\n"):
        blocks.append((at, at + len(part)))
        at += len(part) + 2
    return [a.name for a in find_attributions(text, blocks) if a.kind == "credit"]


def test_a_wire_credit_with_two_hyphens_after_a_date() -> None:
    # bloomberg.com via beritabiz.blogspot.com, 2009, and a blog's copy of a 2011 story
    assert _credits("May 8 (Bloomberg) -- European and Asian stocks and U.S. index futures rose.") \
        == ["Bloomberg"]
    assert _credits("Dec. 27 (Bloomberg) -- Sears Holdings Corp. tumbled the most in 8 1/2 years "
                    "after saying it will close as many as 120 stores.") == ["Bloomberg"]


def test_a_wire_credit_the_lexicon_does_not_know() -> None:
    # nasdaq.com (round 7): a newsroom's word in the name; a place in brackets is none
    assert _credits("(RTTNews) - French retail company Casino Group announced Monday the "
                    "acquisition of CBD Luxembourg Holding from GPA.") == ["RTTNews"]
    assert _credits("(Montréal) - Les gouvernements canadien et québécois ont confirmé samedi "
                    "l'octroi d'un contrat.") == []


def test_an_agency_byline_after_the_reporter_s_name() -> None:
    # levisurbain.ca (round 7); a picture's credit has no byline word before the name
    line = "Article de Helen Moka. La Presse Canadienne."
    assert [c.raw for c in find_agency_credits(line, line, [(0, len(line))])] == ["La Presse Canadienne"]
    line = "Graham Hughes / La Presse Canadienne"
    assert find_agency_credits(line, line, [(0, len(line))]) == []


def test_a_reprint_credit_closes_its_block() -> None:
    # abidjan.net (round 7); a blog's digest of wire stories ("Read more at Reuters Africa")
    text = "Tout le monde battait la mesure en frappant ses mains.... suite de l'article sur RFI"
    assert [a.name for a in find_reprint_credits(text, [(0, len(text))])] == ["RFI"]
    text = "Oil held steady above $68 a barrel on Friday.\n\nRead more at Reuters Africa"
    assert [a.name for a in find_reprint_credits(text, [(0, 45), (47, len(text))])] == ["Reuters Africa"]
    # a cue with more after the name is no credit
    text = "=> La suite de l'article sur lapresse.ca et sur le site du journal Le Soleil, demain."
    assert find_reprint_credits(text, [(0, len(text))]) == []


def test_an_inline_source_with_its_date_and_time_is_one_entry() -> None:
    # newssummedup (round 8): the comma inside "January 03, 2024" split one credit in two
    from audit.extract.citations import parse_sources

    text = "Source: Le Figaro January 03, 2024 00:50 UTC"
    found = parse_sources(text, text, [(0, len(text))], "en")
    assert [(c.publisher, c.date and c.date.first_day().isoformat()) for c in found] == \
        [("Le Figaro", "2024-01-03")]
    text = "Sources : Le Monde, 5 mars 2025; AFP"
    found = parse_sources(text, text, [(0, len(text))], "fr")
    assert [(c.publisher, c.date and c.date.first_day().isoformat()) for c in found] == \
        [("Le Monde", "2025-03-05"), ("AFP", None)]
