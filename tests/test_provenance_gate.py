"""The AI-provenance detectors on real published sentences (tests/data/disclosures/*.jsonl,
tests/data/residue.jsonl, each with its source). Batches a, b, c (and items added for tuning)
are split by a hash: cues were chosen on the "dev" half and checked on the "test" half; the
floors below pin both as measured (README, "AI provenance"). The latest batch (HELDOUT_BATCH,
named by the lead once it lands) is collected by someone who never read the code, after the cues
were chosen: its floors are the lead's; the ones before (j, k, l) are tuning data now. tests/data/disclosure_pages.jsonl holds every sentence of the 990
shared eval pages that names an agent, each labelled by a person: what the reader meets on real
pages, mostly menus, tags and stories."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.lexicon import fold
from audit.segment.disclosure import find_disclosures, find_residue
from audit.segment.disclosure_eval import HELDOUT_BATCH, load_items, score, split_of

DATA = Path(__file__).parent / "data"
LANGUAGES = {"fr", "en", "de", "it", "es", "pt", "nl"}


@pytest.fixture(scope="module")
def items():
    return load_items(DATA / "disclosures")


def test_labelled_set_is_large_real_and_sourced(items):
    labels = Counter(i["label"] for i in items if i["split"] != "heldout")
    assert labels["disclosure"] >= 120 and labels["not"] >= labels["disclosure"]
    assert {i["lang"] for i in items if i["label"] == "disclosure"} == LANGUAGES
    assert all(i["source"] for i in items)
    constructed = sum(i.get("constructed", False) for i in items)
    assert constructed <= len(items) // 10  # mostly real wording
    kinds = {i["kind"] for i in items if i["label"] == "disclosure"}
    assert {"note", "label", "byline", "translation", "summary", "voice", "caption"} <= kinds
    assert {"story", "policy", "negation", "quoted"} <= {i["kind"] for i in items if i["label"] == "not"}
    assert len({i["text"] for i in items}) == len(items)


def test_held_out_disclosure_precision_and_recall(items):
    scores, _ = score([i for i in items if i["split"] == "test"])
    overall = scores["all"]
    # measured 0.895 with batch k's test half; 0.886 once batch l's (0.81 / 0.74 of it) joined,
    # lower for that, not since the reader changed; 0.888 after tuning on l's dev half
    # 0.885 / 0.590 once batch m's test half (0.80 / 0.29 of it) joined; 0.885 / 0.592 after
    # tuning on m's dev half; 0.887 / 0.566 once batch n's test half (of n's blind 0.85 / 0.21)
    # joined, lower for that, not since the reader changed; 0.883 / 0.557 once batch o's test half
    # (of o's blind 0.81 / 0.40) joined, and after ai49's readings (tuned on o's odd ids, n and m)
    assert overall.precision >= 0.88, overall
    # measured 0.60 once batch k's test half joined (0.63 before): lower since k, the blind
    # batch the reader found least of (0.29), joined it; 0.615 with l's test half; 0.566 with n's;
    # 0.557 with o's
    assert overall.recall >= 0.55, overall


# Floors of the held-out batch, recorded by the lead when it is scored (overall, and where the
# sentence alone decides). l's (0.80 / 0.78; 0.81 / 0.80) are its floors as a former blind batch.
# m, scored 2026-12-07 by the reading tuned on l's dev half (the reading before it scores the same):
# 0.806 / 0.345, and 0.871 / 0.500 where the sentence alone decides.
# n, scored 2026-12-07 by the reading tuned on m's dev half (the reading before it scores the same):
# 0.850 / 0.210, and 0.833 / 0.385 where the sentence alone decides.
# p (194 sentences, collected 2026-12-08 by someone who never read the code), scored by the
# reading before ai49 and after it: the same, 0.862 / 0.272, and 0.913 / 0.323 where the
# sentence alone decides.
HELDOUT_FLOORS: dict[str, tuple[tuple[float, float], tuple[float, float]]] = {
    "m": ((0.80, 0.34), (0.87, 0.50)), "n": ((0.85, 0.20), (0.83, 0.38)),
    "o": ((0.80, 0.40), (0.96, 0.54)),  # o measured 0.810 / 0.405, 0.970 / 0.542 (held out until 2026-12-08)
    "p": ((0.86, 0.27), (0.91, 0.32))}  # p measured 0.862 / 0.272, 0.913 / 0.323, before and after ai49


def test_heldout_batch_precision_and_recall(items):
    """The latest blind batch (HELDOUT_BATCH, ``*_<batch>.jsonl``), collected after the cues were
    chosen by people who never read the code, and never looked at while choosing them. Until its
    files land the split is empty; once they are there it must be whole, in every language, and
    score at least the floors measured when it was scored."""
    heldout = [i for i in items if i["split"] == "heldout"]
    assert all(i["batch"] == HELDOUT_BATCH for i in heldout)
    assert not any(i["batch"] == HELDOUT_BATCH for i in items if i["split"] != "heldout")
    if HELDOUT_BATCH is None or not sorted((DATA / "disclosures").glob(f"*_{HELDOUT_BATCH}.jsonl")):
        assert not heldout
        return  # not named or not landed yet
    assert len(heldout) >= 140 and {i["lang"] for i in heldout} == LANGUAGES
    if HELDOUT_BATCH not in HELDOUT_FLOORS:
        return  # landed, not scored yet
    (p_floor, r_floor), (p_alone, r_alone) = HELDOUT_FLOORS[HELDOUT_BATCH]
    overall = score(heldout)[0]["all"]
    assert overall.precision >= p_floor and overall.recall >= r_floor, overall
    alone = score([i for i in heldout if i.get("decidable") == "sentence"])[0]["all"]
    assert alone.precision >= p_alone and alone.recall >= r_alone, alone


# Blind batches already scored, now tuning data: better than their blind figures, never worse
# (batch j: 0.81 / 0.38 blind, 0.89 / 0.52 where the sentence alone decides; 0.86 / 0.49 and
# 0.94 / 0.69 once its dev half was tuned on; batch k: 0.78 / 0.29 blind, 0.81 / 0.34 where the
# sentence alone decides; 0.86 / 0.41 and 0.88 / 0.49 once its dev half was tuned on, its test
# half unchanged at 0.93 / 0.33; batch l: 0.81 / 0.78 blind, 0.83 / 0.81 where the sentence
# alone decides; 0.87 / 0.83 and 0.89 / 0.86 once its dev half was tuned on, its test half
# unchanged at 0.81 / 0.74; batch n: 0.85 / 0.21 blind, 0.83 / 0.38 where the sentence alone
# decides; 0.95 / 0.22 and 0.94 / 0.41 after ai47's readings, which never looked at it; batch o:
# 0.81 / 0.40 blind, 0.97 / 0.54 where the sentence alone decides; 0.81 / 0.42 and 0.97 / 0.56
# after ai49's readings, tuned on its odd ids, its even ids unchanged at 0.84 / 0.39; the review's
# mend dropped the interview title reading, twasbo's de-o-001 with it).
@pytest.mark.parametrize("batch, size, floors, decidable_floors", [
    ("j", 159, (0.85, 0.48), (0.93, 0.67)),
    ("k", 152, (0.85, 0.41), (0.88, 0.49)),
    ("l", 186, (0.87, 0.83), (0.89, 0.85)),
    ("n", 171, (0.94, 0.22), (0.94, 0.41)),
    ("o", 168, (0.81, 0.41), (0.97, 0.55)),
])
def test_former_blind_batch(items, batch, size, floors, decidable_floors):
    rows = [i for i in items if i["batch"] == batch]
    assert len(rows) == size and {i["split"] for i in rows} == {"dev", "test"}
    for subset, (p_floor, r_floor) in ((rows, floors), ([i for i in rows if i["decidable"] == "sentence"], decidable_floors)):
        s = score(subset)[0]["all"]
        assert s.precision >= p_floor and s.recall >= r_floor, (batch, s)


# Batch l's halves (2026-12-07): its dev half 0.82 / 0.82 when it joined, 0.93 / 0.91 after
# tuning on its errors; its test half, never looked at, 0.81 / 0.74 before and after.
@pytest.mark.parametrize("batch, split, floors", [
    ("l", "dev", (0.92, 0.90)),
    ("l", "test", (0.80, 0.74)),
])
def test_former_blind_batch_halves(items, batch, split, floors):
    s = score([i for i in items if i["batch"] == batch and i["split"] == split])[0]["all"]
    assert s.precision >= floors[0] and s.recall >= floors[1], (batch, split, s)


def test_real_page_sentences_naming_an_agent():
    """602 sentences of real pages that name an agent (KI, AI, machine, Bard…): the two that
    disclose find a reading, the menus, tags, credits and stories do not."""
    rows = [json.loads(line) for line in (DATA / "disclosure_pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 600 and all(r["url"] and r["label"] in ("disclosure", "not") for r in rows)
    fired = [(r["label"], r["text"]) for r in rows if find_disclosures(fold(r["text"]))]
    wrong = [text for label, text in fired if label == "not"]
    assert len(wrong) <= 2, wrong  # measured 0
    assert sum(label == "disclosure" for label, _ in fired) == sum(r["label"] == "disclosure" for r in rows)


def test_tuning_half_disclosure_precision_and_recall(items):
    scores, _ = score([i for i in items if i["split"] == "dev"])
    # measured 0.94 / 0.74 with batch j; 0.93 / 0.71 once batch k's dev half (0.62 / 0.24 of
    # it) joined, lower for that, not since the reader changed; 0.93 / 0.73 after tuning on it;
    # 0.92 / 0.74 once batch l's dev half (0.82 / 0.82 of it) joined, 0.93 / 0.745 after tuning on it
    # 0.927 / 0.718 once batch m's dev half (0.81 / 0.40 of it) joined, 0.927 / 0.721 after tuning on it;
    # 0.930 / 0.695 once batch n's dev half joined (n was held out until 2026-12-08);
    # 0.924 / 0.674 once batch o's dev half joined, 0.925 / 0.683 after ai49's readings
    assert scores["all"].precision >= 0.92 and scores["all"].recall >= 0.68, scores["all"]


def test_residue_on_real_leftovers():
    rows = [json.loads(line) for line in (DATA / "residue.jsonl").read_text(encoding="utf-8").splitlines()]
    by_split = {"dev": Counter(), "test": Counter()}
    for row in rows:
        hit = bool(find_residue(fold(row["text"])))
        positive = row["label"] == "residue"
        by_split[split_of(row["text"])][(positive, hit)] += 1
    for split, floors in (("dev", (0.9, 0.85)), ("test", (0.9, 0.55))):
        c = by_split[split]
        precision = c[(True, True)] / (c[(True, True)] + c[(False, True)])
        recall = c[(True, True)] / (c[(True, True)] + c[(True, False)])
        assert precision >= floors[0] and recall >= floors[1], (split, precision, recall)


def _residue_scores(rows) -> tuple[float, float]:
    c = Counter((row["label"] == "residue", bool(find_residue(fold(row["text"])))) for row in rows)
    tp, fp, fn = c[(True, True)], c[(False, True)], c[(True, False)]
    return tp / (tp + fp), tp / (tp + fn)


# Leftovers and look-alikes collected blind, in the seven languages
# (tests/data/PROTOCOL_residue_b.md; c was collected after b's changes, under b's protocol).
# Floors at the figures of the reader each batch was scored on blind: better, never worse.
@pytest.mark.parametrize("batch, size, floors, decidable_floors", [
    ("b", 99, (0.62, 0.27), (0.84, 0.33)),  # blind: 0.65 / 0.29, decidable 0.87 / 0.35
    ("c", 68, (0.52, 0.31), (0.82, 0.49)),  # blind: 0.55 / 0.34, decidable 0.85 / 0.52
])
def test_residue_on_blind_batches(batch, size, floors, decidable_floors):
    text = (DATA / f"residue_{batch}.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == size and all(not r["constructed"] and r["source"].startswith("http") for r in rows)
    for subset, (p_floor, r_floor) in ((rows, floors), ([r for r in rows if r["decidable"]], decidable_floors)):
        precision, recall = _residue_scores(subset)
        assert precision >= p_floor and recall >= r_floor, (batch, precision, recall)


def test_agent_prefilter_never_hides_an_agent(items):
    """The cheap word test before the cues lets through every sentence an agent pattern
    matches, on the labelled sentences and the leftovers."""
    from audit.lexicon import get_ai_lexicon

    lex = get_ai_lexicon()
    rows = [json.loads(line) for line in (DATA / "residue.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [fold(i["text"]) for i in items] + [fold(r["text"]) for r in rows] + ["l'I.A. a écrit"]
    hidden = [t for t in texts if any(c.agent.search(t) for c in lex.cues) and not lex.may_name_agent(t)]
    assert not hidden, hidden[:5]


def test_language_prefilter_never_hides_a_reading(items, monkeypatch):
    """Each language's cues are compiled only when a sentence has one of its act, credit or
    byline words; the readings are the same as with every language always tried."""
    from audit.lexicon import AiLexicon
    from audit.segment.disclosure import clear_cache, find_disclosures

    texts = [fold(i["text"]) for i in items]
    clear_cache()
    quick = [find_disclosures(t) for t in texts]
    monkeypatch.setattr(AiLexicon, "may_read", lambda self, language, text: True)
    clear_cache()
    assert [find_disclosures(t) for t in texts] == quick


def test_residue_prefilter_never_hides_a_leftover(monkeypatch):
    from audit.lexicon import AiLexicon, _residue_regex

    rows = [json.loads(line) for line in (DATA / "residue.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [fold(r["text"]) for r in rows]
    quick = [find_residue(t) for t in texts]
    # every leftover's own pattern tried on every text (each keeps its first-person test)
    monkeypatch.setattr(AiLexicon, "residue_for", lambda self, text, stems=None:
                        [_residue_regex(p) for _, p in self.residue_patterns])
    assert [find_residue(t) for t in texts] == quick


def test_leftovers_read_on_the_lowercased_text_are_those_the_case_insensitive_patterns_find():
    """find_residue looks for each leftover on the lowercased text (literals.matches); the spans
    are those of the case-insensitive patterns on the text itself, in every casing, on the
    labelled leftovers and look-alikes and on texts whose lowercasing moves no offset but
    folds "ı" and "ſ"."""
    from audit.lexicon import get_ai_lexicon
    from audit.segment.disclosure import _speaks_of_itself

    lex = get_ai_lexicon()
    rows = [json.loads(line) for name in ("residue.jsonl", "residue_b.jsonl", "residue_c.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    texts = [fold(r["text"]) for r in rows]
    texts += [t.upper() for t in texts] + [t.title() for t in texts] + \
        ["As an AI language model, I cannot browſe the ınternet.", "AS AN AI LANGUAGE MODEL"]

    def oracle(text):  # the reading before the lowercased one: each pattern on the text
        found = sorted(m.span() for residue in lex.residue_for(text) for m in residue.finditer(text)
                       if (speaker := lex.residue_speaker(residue)) is None
                       or _speaks_of_itself(text, m.start(), m.end(), speaker))
        kept = []
        for span in found:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept

    hits = 0
    for text in texts:
        if '"' in text or "«" in text or "“" in text:
            continue  # quotation marks: find_residue leaves quoted leftovers out on purpose
        assert find_residue(text) == oracle(text), text
        hits += bool(oracle(text))
    assert hits >= 100
