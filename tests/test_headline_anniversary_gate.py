"""NUM007 and NUM003 on labelled real text (tests/data/numbers/headline_pairs.jsonl and
anniversaries.jsonl; bench/headline_anniversary_checks.py prints the table): the figures of the
README ("Numbers") kept. The held-out part was scored once, after the rules were written; its
one false alarm (ah001, the older "anniversaire … en 2004" form reading a later year as the
event's) is pinned here as known, not fixed, so that the held-out set stays untuned. Round 9's
held-out passages (held_out_r9: six as published in fr, en, it, de, three changed copies) were
scored once: no false alarm, none of the three copies found (forms not read)."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from headline_anniversary_checks import SETS, load, score, table  # noqa: E402

ITEMS = {rule: load(path) for rule, path in SETS.items()}


@pytest.mark.parametrize("rule", sorted(SETS))
def test_the_set_is_real_labelled_and_split(rule):
    items = ITEMS[rule]
    assert len({i["id"] for i in items}) == len(items)
    assert all(i["source"].startswith("http") and i["rule"] == rule for i in items)
    originals = [i for i in items if i["mutation"] is None]
    assert all(not i["expect"] for i in originals)  # as published: right
    assert all(i["expect"] for i in items if i["mutation"])  # the count or scale changed
    # round 9 held out the passages it collected after its NUM003 forms were written
    # (both splits present: a set that lost one would pass a subset test)
    assert {"tuned", "held_out"} <= {i["split"] for i in items} <= {"tuned", "held_out", "held_out_r9"}
    languages = Counter(i["lang"] for i in originals)
    assert languages["fr"] >= 10 and languages["en"] >= 10, languages


def test_num007_pairs_that_agree_are_thirty_at_least():
    tuned = [i for i in ITEMS["NUM007"] if i["split"] == "tuned" and i["mutation"] is None]
    assert len(tuned) >= 30
    assert {i["lang"] for i in tuned} >= {"fr", "en", "de"}


KNOWN_FALSE_ALARMS = {"ah001"}  # held out: see the module's docstring
RECALL = {("NUM007", "tuned"): 0.90, ("NUM007", "held_out"): 0.61,
          ("NUM003", "tuned"): 0.59, ("NUM003", "held_out"): 0.30}


@pytest.mark.parametrize("rule", sorted(SETS))
def test_no_new_false_alarm_and_the_recall_measured(rule):
    scores, wrong = score(ITEMS[rule])
    print("\n" + table(scores))
    false_alarms = {item["id"] for item, _ in wrong if not item["expect"]}
    assert false_alarms <= KNOWN_FALSE_ALARMS, false_alarms
    assert not {i for i in false_alarms if not i.startswith("ah")}  # none on the tuned part
    for split in ("tuned", "held_out"):
        assert scores[(rule, split)].recall >= RECALL[(rule, split)], table(scores)


def test_the_anniversary_noun_is_looked_for_only_where_its_lowered_screen_finds_it():
    # NUM003 reads a Roman numeral before the anniversary noun ("el XXV Aniversario") only
    # in a text whose lowered form holds the noun (the noun's pattern opens with white
    # space, tried at every position of a page): on the labelled passages, in capitals too,
    # the screen finds the noun wherever the pattern does.
    from audit.lexicon import lowered
    from audit.rules.num.NUM003 import _cues

    texts = [i["text"] for i in ITEMS["NUM003"]]
    texts += [t.upper() for t in texts]
    matched = 0
    for language in ("fr", "en", "de", "it", "es"):
        cues = _cues(language)
        if cues is None:
            continue
        for text in texts:
            low = lowered(text)
            if low is None:
                continue
            found = cues["noun"].search(text) is not None
            assert found <= (cues["noun_screen"].search(low) is not None)
            matched += found
    assert matched >= 20


def test_a_year_count_is_read_only_where_the_noun_screen_finds_the_noun():
    # NUM003 reads the count joined to the noun by a year word ("its 50-year anniversary")
    # only in a text whose lowered form may hold the noun (_holds_noun; the count's pattern
    # opens with a look-behind, tried at every position of a page): on the labelled passages,
    # in capitals too, and on the pages' wordings, every count it reads is read with the screen.
    from audit.lexicon import lowered
    from audit.rules.num.NUM003 import _cues, _holds_noun, _year_counts

    texts = [i["text"] for i in ITEMS["NUM003"]]
    texts += ["Celebrating its 50-year anniversary, Moraine Valley was established in 1957.",
              "Our 10 Year Anniversary sale starts today.", "THE 25-YEAR-ANNIVERSARY GALA"]
    texts += [t.upper() for t in texts]
    read = 0
    for language in ("fr", "en", "de", "it", "es"):
        cues = _cues(language)
        if cues is None:
            continue
        for text in texts:
            counts = _year_counts(text, cues)
            assert not counts or _holds_noun(text, cues, lowered(text))
            read += len(counts)
    assert read >= 4
    # a count before a year word with no noun after it is no rank, and the screen passes it by
    en = _cues("en")
    text = "The 50-year mortgage was signed in 1957."
    assert not _holds_noun(text, en, lowered(text)) and _year_counts(text, en) == []


def test_the_kinds_a_span_holds_are_read_once_a_word_as_kind_by_kind():
    # _kinds_held looks for each word once for every kind that needs it, and past the end of
    # a span that holds it: the same spans and kinds as each kind's words looked for at every
    # occurrence, on the labelled passages as pasted pages' lines.
    import bisect

    from audit.model import Span, SpanKind
    from audit.rules.num.NUM003 import _kinds_held, _needs

    def kind_by_kind(text, spans):
        low, held = text.lower(), {}
        starts, ends = [s.start for s in spans], [s.end for s in spans]
        for kind, words in _needs().items():
            for word in words:
                at = low.find(word)
                while at >= 0:
                    i = bisect.bisect_right(starts, at) - 1
                    if i >= 0 and at + len(word) <= ends[i]:
                        held.setdefault(i, set()).add(kind)
                    at = low.find(word, at + 1)
        return held

    texts = [i["text"] for i in ITEMS["NUM003"]]
    texts.append("Il y a 50 ans, dans la salle, sans bruit : les anniversaires des années "
                 "passées.\nBorn in 1950, the club celebrated 70 years; its anniversary year.\n"
                 "Fondée en 1968, l'association existe depuis. Née en 1950.")
    compared = 0
    for text in texts:
        # a span a line, and a span cut inside a word ("da|ns") to test the ends
        spans, at = [], 0
        for line in text.split("\n"):
            spans.append(Span(SpanKind.BODY, at, at + len(line)))
            at += len(line) + 1
        cut = [Span(SpanKind.BODY, 0, 18), Span(SpanKind.BODY, 18, len(text))]
        for chosen in (spans, cut):
            expected = kind_by_kind(text, chosen)
            assert _kinds_held(text, chosen) == expected
            compared += bool(expected)
    assert compared >= 20
