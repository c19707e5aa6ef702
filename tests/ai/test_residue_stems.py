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

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from audit.lexicon import _OPTIONAL_GROUP, _residue_regex, _text_stems, fold, get_ai_lexicon
from audit.segment.evaluation import labelled_pages

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


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, len(_PATTERNS) - 1).flatmap(
    lambda i: st.from_regex(_residue_regex(_PATTERNS[i][1]))))
def test_a_pattern_s_own_matches_hold_one_of_its_stems(text: str) -> None:
    assume(get_ai_lexicon().residue.search(text) is not None)
    found, missed = _missed(text)
    assert found and missed == []
