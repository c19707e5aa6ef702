"""The chatbot leftovers' stems (AiLexicon.residue_patterns, lexicon._residue_stems) are words
each pattern requires, read from its clauses (literals.required with its look-arounds), not
every word of its optional parts and alternatives (issue 12: 569 stems where 202 were). The
screen must never skip a text a pattern matches: wherever one matches, the lines holding the
match have one of its stems (residue_for picks it) and the page's leftover sites put one
there (Sites.may_hold), on the residue sets, every eval page pasted, every blind-round text
input and the patterns' own matches (hypothesis); a pattern given one of its optional words
as its stem fails it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from audit.lexicon import _OPTIONAL_GROUP, _residue_regex, _text_stems, fold, get_ai_lexicon
from audit.segment.evaluation import labelled_pages

from tests.citations.reading import ai_rule_messages

ROOT = Path(__file__).resolve().parent.parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "trafilatura"
ROUNDS = ROOT / "tests" / "data" / "blind_rounds"


def _residue_texts() -> list[str]:
    """The residue sets' sentences and the blind rounds' repro pages (46b's hand-overs)."""
    return [json.loads(line)["text"] for path in sorted((ROOT / "tests" / "data").glob("residue*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] + \
        [path.read_text(encoding="utf-8", errors="replace") for path in sorted(ROUNDS.glob("round*/repro/*"))
         if path.is_file()]


def _missed(text: str, patterns=None) -> tuple[int, list[tuple[str, str]]]:
    """(how many matches there are, those whose lines hold none of their pattern's stems or
    no leftover site)."""
    lex = get_ai_lexicon()
    patterns = lex.residue_patterns if patterns is None else patterns
    if lex.residue.search(text) is None:  # no leftover matches anywhere (the leftmost would)
        return 0, []
    _, sites = lex.sites(text)
    found, missed = 0, []
    for need, pattern in patterns:
        for m in _residue_regex(pattern).finditer(text):
            found += 1
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            lines = text[start:len(text) if end < 0 else end]
            if need.isdisjoint(_text_stems(lines)) or \
                    patterns is lex.residue_patterns and not sites.may_hold(start, start + len(lines)):
                missed.append((pattern[:60], m.group()))
    return found, missed


def test_every_leftover_of_the_residue_sets_has_a_stem_of_its_pattern() -> None:
    texts = _residue_texts()
    assert len(texts) > 250
    results = [_missed(fold(text)) for text in texts]
    assert sum(n for n, _ in results) > 150
    assert [m for _, missed in results for m in missed] == []


def test_every_leftover_of_the_eval_pages_and_blind_rounds_has_a_stem_of_its_pattern() -> None:
    texts = [fold(p.flattened()) for p in labelled_pages(EVAL)] if EVAL.exists() else []
    texts += [fold(path.read_text(encoding="utf-8", errors="replace"))
              for path in sorted(ROUNDS.glob("round*/inputs/*.txt"))]
    assert len(texts) >= 2000
    results = [_missed(text) for text in texts]
    assert sum(n for n, _ in results) > 10
    assert [m for _, missed in results for m in missed] == []


def test_the_stems_are_fewer_than_every_word_of_the_patterns() -> None:
    lex = get_ai_lexicon()
    assert len(lex._residue_by_stem) < 250  # 569 before
    handovers = [need for need, p in lex.residue_patterns if "(?=" in p and "(?<![^\\n])" in p]
    assert handovers and max(map(len, handovers)) <= 32  # 94 before


def test_an_optional_word_as_a_stem_misses_a_leftover() -> None:
    """The check above can fail: each pattern that has optional words given their stems
    alone (as a pattern's every word once made them stems) misses leftovers of the sets."""
    lex = get_ai_lexicon()
    wrong = []
    for need, pattern in lex.residue_patterns:
        optional = {w[:6] for group in _OPTIONAL_GROUP.findall(pattern)
                    for w in re.findall(r"(?<!\\)[^\W\d_]{2,}", group.lower())}
        wrong.append((frozenset(optional) or need, pattern))
    missed = [m for text in _residue_texts() for m in _missed(fold(text), tuple(wrong))[1]]
    assert len(missed) > 10


_PATTERNS = get_ai_lexicon().residue_patterns
# The placeholders ("\\[(name|datum|link|…)[^\\]]{0,40}\\]"): their words may run on.
_PLACEHOLDERS = [i for i, (_, pattern) in enumerate(_PATTERNS) if pattern.startswith("\\[")]


# Derandomized (a fixed seed: the suite is the same run to run); with a random one, seeds 1-20
# passed once the placeholders' stems were "[" (5 and 6 had failed on "[nomeA]").
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck),
          derandomize=True, database=None)
@given(st.integers(0, len(_PATTERNS) - 1).flatmap(
    lambda i: st.from_regex(_residue_regex(_PATTERNS[i][1]))))
def test_a_pattern_s_own_matches_hold_one_of_its_stems(text: str) -> None:
    assume(get_ai_lexicon().residue.search(text) is not None)
    found, missed = _missed(text)
    assert found and missed == []


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck),
          derandomize=True, database=None)
@given(st.sampled_from(_PLACEHOLDERS).flatmap(
    lambda i: st.from_regex(_residue_regex(_PATTERNS[i][1]))))
def test_a_placeholder_s_own_matches_hold_one_of_its_stems(text: str) -> None:
    """The placeholders' words as stems ("name", "link", "nome") missed these on main: a
    word of the text that runs on ("[nomeA]") is known by its own first letters."""
    found, missed = _missed(text)
    assert found and missed == []


def test_a_placeholder_whose_words_are_short_is_known_by_its_bracket() -> None:
    """"[name", "[link", "[nome" have no whole word, nor five letters a text's word opens
    with; Spanish's words all have five ("[fecha", "[nombre"): they stay its stems."""
    stems = [sorted(_PATTERNS[i][0]) for i in _PLACEHOLDERS]
    assert stems.count(["["]) == 6
    assert [s for s in stems if s != ["["]] == [["enlace", "fecha", "insert", "nombre"]]


# The review's probes (2026-12-08, probes4): placeholders whose word runs on, which the
# placeholders' words as stems skipped on main and the branch alike; and a text with none.
@pytest.mark.parametrize("text, found", [
    ("The council meets on Monday.\n\nBest regards,\nJohn Smith\n[Address]\n[Dates TBD]",
     ["[Address]", "[Dates TBD]"]),
    ("Der Rat tagt am Montag.\n\nMit freundlichen Grüßen\n[Namen]\n[Linkedin-Profil]",
     ["[Namen]", "[Linkedin-Profil]"]),
    ("De raad vergadert maandag.\n\nMet vriendelijke groet,\n[Naamloze afzender]\n[Links naar bronnen]",
     ["[Naamloze afzender]", "[Links naar bronnen]"]),
    ("Il consiglio si riunisce lunedì.\n\nCordiali saluti,\n[Nomeazienda]\n[Date da definire]",
     ["[Nomeazienda]", "[Date da definire]"]),
    ("Le conseil se réunit lundi.\n\nCordialement,\n[Liens vers les sources]\n[Dates à confirmer]",
     ["[Liens vers les sources]", "[Dates à confirmer]"]),
    # a bracket is no placeholder by itself: a citation mark, a link, an editor's insertion
    ("Der Rat tagt am Montag.[1] Mehr im [Linkverzeichnis](https://example.org/links).\n"
     "Er [der Bürgermeister] stimmte zu.", []),
])
def test_a_placeholder_whose_word_runs_on_is_a_leftover(text: str, found: list[str]) -> None:
    assert ai_rule_messages(text) == [("AI004", f"chatbot leftover in the text: «{f}»") for f in found]
    assert _missed(fold(text))[1] == []


# The review's probes x02, x03: matches of the shipped patterns whose whole words main's
# stems ("ai", "assist") did not hold; the branch's ("an", "als") do.
@pytest.mark.parametrize("text, found", [
    ("I 'm an A.I. model, says the bot.\n\nThe council voted.", "I 'm an A.I. model"),
    ("Als AIassistent kan ik dat niet.\n\nDe raad stemde.", "Als AIassistent"),
])
def test_a_leftover_with_no_whole_word_of_main_s_stems_is_found(text: str, found: str) -> None:
    assert ai_rule_messages(text) == [("AI004", f"chatbot leftover in the text: «{found}»")]
