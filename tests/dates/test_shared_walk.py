"""The month names and the number words found in one walk of a text's word starts (issue 12:
NumberWords' ``also``, lexicon.SharedScan.read) are what each scan finds walking the text
alone (lexicon.word_start_spans), on every eval page pasted, every blind-round input and
any text made of their words (hypothesis); and the dates are the same either way."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract import dates as D
from audit.extract.numbers import NumberWords, _number_word_runs
from audit.lexicon import fold, get_lexicon, lowered, word_start_spans
from audit.segment.evaluation import labelled_pages

ROOT = Path(__file__).resolve().parent.parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "trafilatura"
ROUNDS = ROOT / "tests" / "data" / "blind_rounds"
LANGUAGES = sorted(get_lexicon().number_words)


def _apart(text: str, low: str, language: str) -> tuple[list, list]:
    """The month names' spans and the number-word runs, each scan walking the text alone."""
    m, m_scan = D.month_scan()
    return word_start_spans(m, m_scan, low), _number_word_runs(text, language, low)


def _same(text: str, languages: list[str] = LANGUAGES) -> int:
    low = lowered(text)
    if low is None:
        return 0
    found = 0
    for language in languages:
        months, runs = _apart(text, low, language)
        words = NumberWords(text, language, low, D.month_scan())
        assert words.also_spans == months, language
        assert words.found == NumberWords(text, language, low).found, language
        assert [(s, e) for s, e in _runs_of(words)] == runs, language
        found += len(months) + len(runs)
    return found


def _runs_of(words: NumberWords) -> list[tuple[int, int]]:
    return list(zip(words._run_starts, words._run_ends))


def test_one_walk_finds_each_scan_s_own_spans_on_real_pages() -> None:
    texts = [fold(p.flattened()) for p in labelled_pages(EVAL)] if EVAL.exists() else []
    texts += [fold(path.read_text(encoding="utf-8", errors="replace"))
              for path in sorted(ROUNDS.glob("round*/inputs/*.txt"))]
    assert len(texts) >= 2000
    assert sum(_same(text) for text in texts) > 10000


_PIECES = ["janvier", "mai", "mars", "march", "may", "sept.", "september", "août", "juni", "one",
           "two", "vingt", "cinq", "vingt-cinq", "twenty", "-", "one-", "et", "un", "dreiundzwanzig",
           "hundred", "mille", "1er", "5", "2020", " ", "  ", "\n", ",", ".", "'", "l'", "a", "x",
           "é", "İ", "ß", "_", "de"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(LANGUAGES))
def test_one_walk_finds_each_scan_s_own_spans_on_any_text(pieces: list[str], language: str) -> None:
    text = "".join(pieces)
    _same(text, [language])
    assert D.find_dates(text, language) == _dates_apart(text, language)


def _dates_apart(text: str, language: str) -> list:
    """find_dates with the number words read without the months (each scan walking alone)."""
    low = lowered(text)
    return D.find_dates(text, language, None, NumberWords(text, language, low))
