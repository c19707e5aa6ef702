"""Reader comments against a person's labels, comment by comment: five sets of pages of
../shared/eval/trafilatura (tests/data/comments/labels*.jsonl; `python bench/comment_labels.py
--labels FILE` prints the table). The floors pin the figures measured in the README
("Comments"); every set has been seen while the comment cues were written, so they guard
against regressions; the out-of-sample figures are the README's first scores of b-f."""

from __future__ import annotations

import functools
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from comment_labels import DATA, LABELS, Tally, load_labels, score_page  # noqa: E402

from audit.segment.evaluation import labelled_pages  # noqa: E402


SETS = {  # labels file: (F1 floor, share of comment text left in the main text), per form
    "labels.jsonl": {"html": (0.91, 0.01), "text": (0.86, 0.05)},
    # Labelled later by helpers who never read the code; each scored once before any change
    # for it (README), then tuned on: these floors guard what was learnt from them.
    # Pasted text's leak rose with the line model's vocabulary (2026-12-06: b 8.5 -> 10.8 %,
    # d 20.4 -> 27.4 %; comment F1 unchanged): comment lines outside a thread we recognise,
    # which the additive model dropped as furniture, are now kept as prose. A trade against
    # +0.010 main-text F1 out of fold, stated in the README; these caps stop it growing.
    # d's two threads that were not found (a label "Kommentare ( 56 )" over a polite login
    # prompt; German months in WordPress's "März 7, 2018") are found since: d's leak 2.0 %,
    # F1 0.79 pasted, 0.80 HTML. b's leak was a reddit thread and a Q&A page's answers with no
    # label and no reply link: stamped entries in a reader's voice open a thread since
    # (classify._stamped_run; chosen on a and c): b 10.9 -> 0.8 %, F1 0.79 -> 0.86 pasted.
    # HTML's leak (a 4.8, b 12.2, c 10.0, d 6.7 %) was comments the markup's zones miss or
    # the extractor keeps: a forum's or reddit's stamped posts, a comment's body marked up as
    # "content", a reader quoting the article in the comment's text element. Read since as
    # pasted text reads them (classify._stamped_thread; chosen on a and c): a 0.1, b 1.1,
    # c 0.4, d 1.0 %; F1 a 0.91, b 0.72 -> 0.76, c 0.85 -> 0.87, d 0.80 -> 0.82.
    # Then how a thread is split (comments.py; chosen on a and c, b and d held out): a name
    # glued to its date in HTML, stamps that close each entry (Stack Exchange), a stamp that
    # names its reader takes no name from above, a signature under every post is no text;
    # posts the extractor dropped inside a stamped thread, no deadline field as a stamp.
    # F1 html / text: a 0.91 / 0.84, b 0.91 / 0.89, c 0.89 / 0.87, d 0.83 / 0.81.
    # With trafilatura asked on fewer pages (blocks.BAND 0.3, issue 12), d's HTML F1 is 0.813.
    # e (2026-12-06): first score, before any change, F1 0.78 / 0.76 (leak 0.2 / 0.1 %, the
    # scorer taking the nearest first words: 7.8 / 7.4 % before, readers opening with the
    # article's words). Then (chosen on a-d): a short text under a stamp is no name of the next
    # reader, a thread's running number no text, "Comment by Name — date" a signed stamp, a
    # paragraph in the author's box no name: a 0.92 / 0.85, b 0.91 / 0.91, c 0.89 / 0.87,
    # d 0.82 / 0.83, e 0.94 / 0.93.
    "labels_b.jsonl": {"html": (0.93, 0.02), "text": (0.90, 0.02)},
    "labels_c.jsonl": {"html": (0.88, 0.01), "text": (0.87, 0.01)},
    "labels_d.jsonl": {"html": (0.82, 0.015), "text": (0.85, 0.015)},
    "labels_e.jsonl": {"html": (0.94, 0.005), "text": (0.92, 0.005)},
    # f (2026-12-06, cmtf): the eval pages' last threads in none of a-e (gormulus, netzpolitik,
    # cubadebate's Spanish "dijo:" thread, five short ones) and 13 pages without one (six
    # English), labelled from each comment's markup, checked in the page. First score, before
    # any change: HTML 0.91 (leak 0.3 %), pasted 0.83 (leak 7.8 %). Then (chosen on f, a-e
    # held to no drop): the reply form's text box label opens no thread, a "/ Responder" after
    # its separator is a reply link, "Name dijo:" over a dated post opens the thread, a stamp
    # closes a thread the form ends, a badge glued to a stamp's day ("Autor11. Dezember"):
    # a 0.92 / 0.86, b 0.94 / 0.91, c 0.89 / 0.88, d 0.83 / 0.85, e 0.94 / 0.93, f 0.96 / 0.94.
    "labels_f.jsonl": {"html": (0.95, 0.005), "text": (0.93, 0.005)},
}


@functools.cache
def _pages() -> dict:
    assert DATA.exists(), f"the eval pages are missing: {DATA}"
    return {p.file: p for p in labelled_pages(DATA)}


@functools.cache
def _tally(name: str, form: str) -> Tally:
    pages = _pages()
    tally = Tally()
    for label in load_labels(LABELS.parent / name):
        page = pages[label["file"]]
        data, file = (page.html, "page.html") if form == "html" else (page.flattened(), "page.txt")
        score_page(data, file, label, tally)
    return tally


@pytest.mark.parametrize("name", list(SETS))
def test_the_set(name):
    labels = load_labels(LABELS.parent / name)
    assert "de" in {lab["lang"] for lab in labels}
    assert sum(len(lab["comments"]) for lab in labels) >= 130
    assert sum(not lab["comments"] for lab in labels) >= 5  # pages where any comment is wrong
    assert all(lab["url"] and lab["file"] for lab in labels)


@pytest.mark.parametrize("name", list(SETS))
def test_every_label_is_found_in_the_page(name):
    # Labelled on this form; one of c's ends on a line the loader reads differently.
    assert len(_tally(name, "text").missing) <= (1 if name == "labels_c.jsonl" else 0)
    if name == "labels.jsonl":
        assert len(_tally(name, "html").missing) <= 2  # lines joined differently


@pytest.mark.parametrize("name, form", [(n, f) for n in SETS for f in ("html", "text")])
def test_comment_f1_and_text_left_in_the_body(name, form):
    tally = _tally(name, form)
    f1, leak = SETS[name][form]
    assert tally.f1 >= f1, (tally.precision, tally.recall)
    assert tally.chars_in_main / tally.chars < leak
