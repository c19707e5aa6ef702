"""The segmenter's shortcuts of issue 12 give what the slower code gave: the line model's
feature columns written as the rows of one array (lines._Page.matrix) are the columns made
one by one, on every line of real pasted pages and on any lines; a reader's voice read
without the entry's language when it says no word of any language's voice
(classify._Classifier._in_voice)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.lexicon import detect_language, fold, get_lexicon
from audit.load import load
from audit.segment import lines as L
from audit.segment.classify import _PRONOUN, _QUOTED_SPAN, _Classifier, clean_texts
from audit.segment.evaluation import labelled_pages

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "trafilatura"
ROUNDS = ROOT / "tests" / "data" / "blind_rounds"


def _columns_one_by_one(page: L._Page, lo: int, hi: int) -> list[np.ndarray]:
    """The columns of FEATURES as _Page.columns made them before the matrix (issue 11)."""
    n, own = page.n, page.own
    out = [own[name][lo:hi].astype(float) for name in L.OWN]
    at = np.arange(lo, hi)
    for d in L._OFFSETS:
        inside = (at + d >= 0) & (at + d < n)
        for name in L._NEIGHBOUR:
            shifted = np.zeros(hi - lo)
            shifted[inside] = own[name][at[inside] + d]
            out.append(shifted)
    windows = {}
    for w in L._WINDOWS:
        first, last = np.maximum(at - w, 0), np.minimum(at + w + 1, n)
        windows[w] = (page.cum_good[last] - page.cum_good[first]) / (last - first)
        out.append(windows[w])
    position = at / n
    prose_before = page.cum_prose[lo:hi] / (page.cum_prose[-1] or 1.0)
    out += [position, prose_before]
    out += [np.full(hi - lo, value) for value in (math.log1p(n), page.sentences, page.short)]
    named = {"position": position, "prose_before": prose_before, "good_within_30": windows[30]}
    out += [(named[name] if name in named else own[name][lo:hi]) * (1 - page.short)
            for name in L._BY_PAGE]
    return out


def _same_matrix(texts: list[str]) -> None:
    page = L._Page(texts, L.default_model()._terms)
    n = len(texts)
    for lo, hi in {(0, n), (min(1, n), n), (0, max(n - 3, 0)), (n // 2, n)}:
        if lo >= hi:
            continue
        matrix = page.matrix(lo, hi)
        assert matrix.shape == (len(L.FEATURES), hi - lo)
        # bit for bit: the same floats, so the same scores and verdicts
        assert np.array_equal(matrix, np.array(_columns_one_by_one(page, lo, hi))), (lo, hi)


def _pasted_pages() -> list[list[str]]:
    pages = []
    texts = [p.flattened() for p in labelled_pages(EVAL)[::3]]
    texts += [path.read_text(encoding="utf-8", errors="replace")
              for path in sorted(ROUNDS.glob("round*/inputs/*.txt"))]
    for text in texts:
        doc = load(text, "page.txt")
        pages.append(clean_texts(doc.blocks, fold(doc.text)))
    return pages


def test_the_feature_matrix_is_the_columns_made_one_by_one_on_real_pages():
    pages = _pasted_pages()
    assert len(pages) >= 300
    model = L.default_model()
    for texts in pages:
        if not texts:
            continue
        _same_matrix(texts)
        # and the model's probabilities are those of the columns made one by one
        page = L._Page(texts, model._terms)
        old = model._scores(iter(_columns_one_by_one(page, 0, len(texts))), len(texts),
                            page.own.get("term_score"))
        assert np.array_equal(old, next(model._slices(texts, page)))


_LINE = st.one_of(st.sampled_from(["", "Accueil", "Le maire a voté le budget mardi soir.",
                                   "© 2019 Site | Impressum", "12 comments", "Lire aussi :"]),
                  st.text(max_size=40))


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_LINE, min_size=1, max_size=12))
def test_the_feature_matrix_is_the_columns_made_one_by_one_on_any_lines(texts):
    _same_matrix(texts)  # pages shorter than the neighbours' offsets too


def test_the_block_model_reads_rows_as_it_read_their_columns():
    from audit.segment.blocks import default_block_model

    model = default_block_model()
    rows = np.random.default_rng(43).normal(size=(50, len(model.features)))
    columns = [rows[:, j] for j in range(rows.shape[1])]
    assert model.probabilities_of_rows(rows) == model._scores(iter(columns), len(rows)).tolist()


def _voice_everywhere(lex, lines: list[str]) -> bool:
    """_in_voice's last step as it was: the entry's language read, then its voice's words."""
    text = _QUOTED_SPAN.sub(" ", " ".join(lines))
    voice = lex.thread_voice.get(detect_language(text) or "", frozenset())
    return any(lw in voice or lw.rstrip("'’") + "'" in voice
               for lw in map(str.lower, _PRONOUN.findall(text)))


ENTRIES = [
    ["Je pense que tu as raison, merci pour cet article."],
    ["Ich finde das Thema wirklich spannend und danke dir dafür."],
    ["Yo creo que el gobierno no tiene razón en esto."],
    ["I think you are right about the budget, thanks."],
    ["Le conseil municipal a voté le budget mardi soir."],  # no voice
    ["The council voted on the budget on Tuesday night."],
    ["Die Stadt hat den Haushalt am Dienstag beschlossen."],
    ["« Je suis venu » a dit le maire au conseil municipal."],  # the voice quoted only
    ["J'ai lu l'article hier, il est très clair pour moi."],
    ["ich mein du"],  # too short for a language: no voice
]


@pytest.fixture(scope="module")
def machine() -> _Classifier:
    doc = load("Un titre\nUne ligne de texte.", "page.txt")
    return _Classifier(doc, fold(doc.text), None)


def test_an_entry_in_no_language_s_voice_is_read_as_before(machine):
    lex = get_lexicon()
    assert all(words <= machine._any_voice for words in lex.thread_voice.values())
    verdicts = [machine._in_voice(lines) for lines in ENTRIES]
    assert verdicts == [_voice_everywhere(lex, lines) for lines in ENTRIES]
    assert verdicts[0] and verdicts[1] and not verdicts[4] and not verdicts[7]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["je", "j'", "ich", "du", "yo", "you", "I", "le", "der",
                                       "maire", "Stadt", "budget", "«", "»", "thanks", "merci",
                                       "the", "und", "el", "votre", "vote", "ton"]),
                      min_size=1, max_size=20))
def test_a_reader_s_voice_is_what_the_entry_s_language_says(machine, words):
    lines = [" ".join(words)]  # no "@" nor "…": _in_voice's first steps leave it to the voice
    assert machine._in_voice(lines) == _voice_everywhere(get_lexicon(), lines)
