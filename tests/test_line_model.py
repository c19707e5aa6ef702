"""The plain-text line model: labels from snippets, its weights as data, drafts kept whole."""

from __future__ import annotations

import json

import pytest

from audit.load import load
from audit.model import MAIN_KINDS, SpanKind
from audit.segment import lines, segment
from audit.segment.lines import FEATURES, LineModel, default_model, line_features
from audit.segment.training import draft, example, line_labels
from tests import line_reference
from tests.conftest import run, seed

PAGE = """Accueil | Politique | Économie
Se connecter
Le Sénat adopte le budget après trois semaines de débats
Les sénateurs ont voté mardi soir le projet de loi de finances,
par 190 voix contre 140, après un débat long et tendu.
Partager sur Facebook
"""


def test_a_snippet_over_two_lines_labels_both_and_with_wins_over_without():
    doc = load(PAGE, "page.txt")
    labels = line_labels(doc.text, doc.blocks,
                         ["projet de loi de finances, par 190 voix"],
                         ["Partager sur Facebook", "Le Sénat adopte"])
    assert labels == [-1, -1, 0, 1, 1, 0]
    # The same line named by both lists is the article's.
    assert line_labels(doc.text, doc.blocks, ["Se connecter"], ["Se connecter"])[1] == 1


def test_every_line_gets_one_row_of_every_feature():
    rows = line_features([b.text for b in load(PAGE, "page.txt").blocks])
    assert len(rows) == 6 and {len(r) for r in rows} == {len(FEATURES)}


def test_shipped_model_round_trips_and_records_its_cross_validation_by_site():
    model = default_model()
    assert LineModel.from_dict(json.loads(model.to_json())) == model
    cv = model.trained["cross_validation"]
    assert cv["by"] == "site" and cv["folds"] == 5
    assert cv["all"]["f1"] >= 0.86 and cv["french"]["f1"] >= 0.87


def test_a_model_trained_on_other_features_is_refused_with_the_fix():
    data = json.loads(default_model().to_json())
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain it"):
        LineModel.from_dict(data)


def test_model_tells_prose_from_widget_lines_of_a_pasted_page():
    doc = load(seed("000").read_text(encoding="utf-8"), "000.txt")
    texts = [b.text for b in doc.blocks]
    odds = dict(zip(texts, default_model().probabilities(texts)))
    prose = [t for t in texts if t.startswith(("Pour comprendre", "Mais cette alliance"))]
    widgets = ["facebook icon twitter icon linkedin icon", "Copié!", "Subscribe", "Notify of",
               "Oldest Most Voted", "Plus de contenu"]
    assert len(prose) == 2 and all(odds[t] > 0.9 for t in prose)
    assert all(odds[t] < 0.2 for t in widgets), {t: odds[t] for t in widgets}


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_a_clean_draft_of_a_seed_keeps_every_line(prefix):
    """What a writer pastes before publishing: only the article, no furniture around it."""
    result = run(seed(prefix).read_text(encoding="utf-8"), "seed.txt")
    text = result.doc.text
    article = [text[s.start:s.end] for s in result.seg.spans
               if s.kind in (SpanKind.TITLE, SpanKind.HEADING, SpanKind.BODY)]
    doc = load("\n".join(article) + "\n", "draft.txt")
    kinds = [s.kind for s in segment(doc).spans]
    lost = [b.text for b, k in zip(doc.blocks, kinds) if k not in MAIN_KINDS]
    assert not lost


def test_draft_of_a_labelled_page_is_its_article_lines_all_positive():
    page = example("p", PAGE, ["Les sénateurs ont voté mardi soir"], ["Se connecter"])
    made = draft(page)
    assert made.text == "Les sénateurs ont voté mardi soir le projet de loi de finances,\n"
    assert made.labels == (1,)



def _same_as_line_by_line(texts: list[str]) -> None:
    """Every feature of every line equal to the line-by-line reading (tests/line_reference.py)
    up to float rounding, and so every probability."""
    import numpy as np

    ours, theirs = np.array(line_features(texts)), np.array(line_reference.rows(texts))
    assert ours.shape == theirs.shape == (len(texts), len(FEATURES))
    worst = np.abs(ours - theirs).max(axis=0)
    assert (worst <= 1e-12).all(), {FEATURES[j]: worst[j] for j in np.flatnonzero(worst > 1e-12)}
    model = default_model()
    expected = [line_reference.probability(model, row, terms)
                for row, terms in zip(theirs.tolist(), lines.line_terms(texts))]
    probabilities = model.probabilities(texts)
    assert np.abs(np.array(probabilities) - expected).max() <= 1e-9
    # The classifier's verdicts, made a slice at a time with no probability kept: the same.
    assert model.judge(texts) == [p >= model.threshold for p in probabilities]


def test_feature_columns_equal_the_line_by_line_reading_on_every_script():
    """The columns are counted for all lines at once, characters classed by a table and above
    it one by one: letters above the table ("İ" lowercases to two characters, "ı", "ſ", final
    sigma), digits of other scripts, emoji, a lone surrogate, an empty line, a line with a line
    feed inside, trailing white space, a line longer than the word sample."""
    texts = ["İSTANBUL'da 3 kişi, dedi.", "", "ΣΟΦΙΑ ΣΟΦΙΑΣ «Ναι»", "日本語のテキスト。٣٤",
             "😀 Emoji line, www.example.org", "Le chat de la voisine est sur le toit.",
             "x" * (lines._SAMPLE + 10) + " Fin, de la phrase.", "\ud800 broken", "12:30 | Menu",
             "Fin. ", "deux lignes\nen une", "Auguſt and ıt: http", "Il a dit : « non »  ",
             "Partager sur Facebook", "Partager sur Facebook"]
    _same_as_line_by_line(texts)


def test_a_long_page_runs_the_piece_and_slice_paths_alike():
    """More lines than are scored at once (8,192) and more characters than are classed and
    counted at once (2^18), so every piece boundary is crossed."""
    words = ["Le", "conseil", "a", "voté", "la", "loi", "de", "finances", "mardi", "soir", "et"]
    texts = [" ".join(words[(i + k) % len(words)] for k in range(i % 9 + 1)) + f" {i}."
             for i in range(9_000)]
    texts.insert(4_000, "mot " * (lines._PIECE // 4 + 100))
    assert len(texts) > lines._SLICE and max(map(len, texts)) > lines._PIECE
    assert sum(min(len(t), lines._SAMPLE) for t in texts) > lines._PIECE  # the words too
    _same_as_line_by_line(texts)


def test_columns_made_a_chunk_of_lines_at_a_time_are_the_same_at_any_chunk_size(monkeypatch):
    """A chunk's lines are counted together, so chunks must not change a column: lines end
    chunks at 3 lines or 40 characters here (16,384 lines or 1 MB shipped). The page's
    language is read across chunks: its first lines hold no word, then Dutch, then French."""
    import numpy as np

    texts = ["12:30", "—", ""] + \
        [f"De gemeenteraad heeft het plan {i} aangenomen." for i in range(400)] + \
        ["İSTANBUL'da 3 kişi, dedi.", "x" * (lines._SAMPLE + 10) + " Fin, de la phrase.",
         "Partager sur Facebook", "Partager sur Facebook"] + \
        [f"Le conseil a voté la loi de finances {i} et le budget." for i in range(300)]
    whole = list(lines.feature_columns(texts))
    monkeypatch.setattr(lines, "_CHUNK_LINES", 3)
    monkeypatch.setattr(lines, "_CHUNK_CHARS", 40)
    chunked = list(lines.feature_columns(texts))
    assert all(np.array_equal(a, b) for a, b in zip(whole, chunked, strict=True))
    _same_as_line_by_line(texts)


def _stoplist_as_before(words: list[str]) -> frozenset[str]:
    """stoplist_for as it read every list against every distinct word."""
    from collections import Counter

    from audit.segment.quality import _stoplists

    counts = Counter(words[:2000])
    return max(_stoplists().values(), key=lambda stop: sum(counts[w] for w in stop.intersection(counts)))


@pytest.mark.parametrize("words", [
    [], ["xyz", "123", ""], ["de"], ["a"], ["de", "a", "la"], ["the", "de"], ["de", "the"],
    "le chat de la voisine est sur le toit et il dort".split(),
    "w i z na do się że nie to jest".split(), "İstanbul'da ıt ſo ςας σας".split(),
    ["the"] * 1999 + ["de"] * 3000, ["xyz"] * 2000 + ["der", "die", "das"],
    ["about"] * 5 + ["afin", "ainsi", "alors"], ["afin", "ainsi", "alors"] + ["about"] * 5,
])
def test_the_stoplist_is_the_one_that_covers_most_of_the_first_words(words):
    from audit.segment.quality import stoplist_for

    assert stoplist_for(words) is _stoplist_as_before(words)


@pytest.mark.parametrize("texts", [
    ["İSTANBUL'da 3 kişi, dedi.", "", "ΣΟΦΙΑ ΣΟΦΙΑΣ «Ναι» τέλος", "Auguſt and ıt: http_x a_b",
     "日本語のテキスト。٣٤ x²y 😀é\u0301", "\ud800 broken", "  ", "mot " * 100],
    ["x" * 70_000 + " fin", "" , "a-b c'd 3e f_g"]])
def test_a_page_s_words_read_from_the_class_bits_are_the_regex_s(texts):
    from audit.segment.lines import _WORD, _Lines, _words_of

    for lowered in (False, True):
        page = _Lines.of(texts)
        page = page.lowered() if lowered else page
        assert _words_of(page, 0, len(page.text)) == _WORD.findall(page.text)
        assert _words_of(page, 3, 40) == _WORD.findall(page.text, 3, 40)


def test_every_line_end_and_address_is_read_as_line_by_line():
    """Each character a line may end with (sentence, clause, quote), before white space or
    not, and addresses anywhere in a line, one or several."""
    ends = ".!?…:;,»”\"')"
    texts = [f"Une ligne qui finit par {c}" + " " * (k % 2) for k, c in enumerate(ends)]
    texts += ["http://a.fr et https://b.fr", "voir www.x.org", "wwww.y", "http sans deux-points",
              "HTTPS://MAJ.FR", "le web", "…", ")"]
    _same_as_line_by_line(texts)


@pytest.mark.parametrize("texts", [
    ["İSTANBUL'da 3 kişi, dedi.", "", "ΟΔΟΣ\u2003ΣΟΦΙΑΣ", "Auguſt\x1cand\x1fıt", "x² ① Ⅻ no digit",
     "٣ arabic-indic", "３ fullwidth", "\u00a0lead and trail\u3000", "a\u200bb c", "12:30"],
    ["mot " * 6000, "deux " * 30_000 + "fin 7", "court", "x" * 25_000, "y " * 60_000 + "z"]])
def test_the_words_and_digits_the_model_counts_are_the_classifier_s(texts):
    """judge_lines counts each line's words and whether it may hold a digit on its way: its
    words are word_count's, including lines past the word sample and the split piece, and
    re finds a digit only in a line it marks (str.isdigit: "²", "①" but not "Ⅻ")."""
    import re

    from audit.segment.classify import _digits_in
    from audit.segment.cues import word_count

    judged = default_model().judge_lines(texts)
    assert list(judged.words) == [word_count(t) for t in texts] == [len(t.split()) for t in texts]
    digits = [re.search(r"\d", t) is not None for t in texts]
    assert all(judged.digits[i] for i, found in enumerate(digits) if found)
    assert _digits_in(texts, judged.digits) == bytes(digits)
    assert len(judged.verdicts) == len(judged.boilerplate) == len(texts)


def test_the_page_s_stoplist_is_read_from_its_first_2000_words():
    """English words alone, then French ones to the 2000th word, then English again: the
    first 2000 words are French's, so its list counts the stopwords (the line reference)."""
    texts = [" ".join(["about"] * 10)] * 90 + [" ".join(["afin"] * 10)] * 100 + \
        [" ".join(["about"] * 11 + ["afin"])] * 400
    _same_as_line_by_line(texts)


def test_lowercasing_a_character_to_one_keeps_it_a_letter_or_not():
    """_Lines.lowered keeps the page's letters (_WORDCHAR) instead of reading the lowered
    text's again: right only if no character lowercased to one changes that class."""
    from audit.segment.lines import _WORDCHAR, _class_of, _Lines

    changed = [c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) < 0xE000 and
               len(c.lower()) == 1 and _class_of(c) & _WORDCHAR != _class_of(c.lower()) & _WORDCHAR]
    assert changed == []
    texts = ["ΣΟΦΙΑΣ Auguſt ıt", "İSTANBUL", "Ǆemal ǅ x²"]
    for page in (_Lines.of(texts[:1]), _Lines.of(texts)):  # kept, then lowered line by line
        lower = page.lowered()
        assert (lower.classes == _Lines.of(lower.text.split("\n")[:-1]).classes & _WORDCHAR).all()


def test_lowercasing_a_character_to_one_keeps_its_token_class():
    """_Terms.chunk reads the lowered text's digits, white space and other characters from
    the page's class bits: right only if lowercasing a character to one keeps each of them
    (re's \\d, \\s and "_" on the lowered character, as _TOKEN reads it)."""
    import re

    token_class = re.compile(r"(\d)|(\s)|(_)|([^\W\d_])")

    def kind(c: str) -> int | None:
        m = token_class.match(c)
        return m.lastindex if m else None

    changed = [c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) < 0xE000 and
               len(c.lower()) == 1 and kind(c) != kind(c.lower())]
    assert changed == []


def test_a_pages_terms_by_class_bits_equal_line_by_line_on_other_scripts():
    """Tokens found from the class bits: digits of other scripts ("٣") and digits that are
    letters to re ("²", "½"), "_" (no token), a circled capital lowercased ("Ⓐ"), emoji,
    a lone surrogate, symbols above the class table, the same as line_terms's."""
    import numpy as np

    texts = ["Prix : ٣٤ € _x_ ½ x² — Ⓐ ok", "😀😀 «Citation» \ud800 a_b 12ab34", "", "   ",
             "ΣΟΦΙΑΣ ς №5 ‰ ™", "snake_case 3_000 _", "ⓐⒶ"]
    terms = sorted({t for ts in lines.line_terms(texts) for t in ts})
    weights = tuple((t, (i % 7 - 3) / 4) for i, t in enumerate(terms) if i % 3)
    expected = [sum(dict(weights).get(t, 0.0) for t in ts) for ts in lines.line_terms(texts)]
    assert np.abs(lines._Page(texts, lines._Terms(weights)).own["term_score"] - expected).max() < 1e-12


def test_a_lines_terms_weigh_once_each_read_from_the_page_at_once_as_line_by_line(monkeypatch):
    """The terms' weights summed for all lines at once (the lowered lines joined, a chunk at
    a time) are line_terms's line by line: a word twice on a line counts once, numbers read
    as "0", the bigram and the neighbours' first tokens cross chunks, a line with a line feed
    inside is read on its own; a shipped vocabulary reads furniture's words by name."""
    import numpy as np

    texts = ["Newsletter abonnieren", "Newsletter Newsletter 2024 | ©", "", "x" * (lines._SAMPLE + 5) + " mehr",
             "Der Rat hat am 12. Mai beschlossen, sagte sie.", "deux lignes\nen une", "İSTANBUL ½ x²"]
    assert lines.line_terms(texts)[1] == {"w:newsletter", "w:0", "w:|", "w:©", "b:newsletter newsletter",
                                         "p:newsletter", "n:"}
    terms = sorted({t for ts in lines.line_terms(texts) for t in ts})
    weights = tuple((t, (i % 7 - 3) / 4) for i, t in enumerate(terms) if i % 5)
    expected = [sum(dict(weights).get(t, 0.0) for t in ts) for ts in lines.line_terms(texts)]
    assert np.abs(lines._Page(texts, lines._Terms(weights)).own["term_score"] - expected).max() < 1e-12
    monkeypatch.setattr(lines, "_CHUNK_LINES", 2)
    assert np.abs(lines._Page(texts, lines._Terms(weights)).own["term_score"] - expected).max() < 1e-12
    shipped = dict(default_model().terms)
    assert shipped["w:newsletter"] < 0 < shipped["w:sagte"]


@pytest.mark.parametrize("texts", [["", "a", "deux mots", "", "x" * 300, "fin."], ["seule ligne"],
                                   ["a", ""], ["mot " * 70_000, "b", ""]])
def test_a_page_in_one_piece_is_counted_as_piece_by_piece(texts, monkeypatch):
    """The one reduceat a page of up to _PIECE characters is counted by against the loop over
    pieces (_PIECE made small: every line its own piece, runs of lines, one long line)."""
    import numpy as np

    from audit.segment.lines import _ALPHA, _SPACE, _Lines

    page = _Lines.of(texts)
    masks = [page.has(_ALPHA), page.has(_SPACE), np.ones(len(page.text), dtype=bool)]
    fast = [page.count(m) for m in masks]
    for piece in (1, 7, 64):
        monkeypatch.setattr(lines, "_PIECE", piece)
        for m, counted in zip(masks, fast):
            slow = page.count(m)
            assert slow.dtype == counted.dtype and np.array_equal(slow, counted)
