"""Reader comments in HTML that the markup's comment zones miss or that the extractor keeps as
the article, on labelled pages of ../shared/eval/trafilatura (tests/data/comments/labels*.jsonl):
a forum's posts under the first (stamps, reply links), a comment's own body marked up as
"content" inside the thread, a reader quoting the article in the comment's text element."""

from __future__ import annotations

import functools
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from comment_labels import DATA, LABELS, load_labels  # noqa: E402

from audit.load import load  # noqa: E402
from audit.model import MAIN_KINDS, SpanKind  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.evaluation import labelled_pages  # noqa: E402


@functools.cache
def _pages() -> dict:
    if not DATA.exists():
        pytest.skip(f"the eval pages are missing: {DATA}")
    return {p.file: p for p in labelled_pages(DATA)}


@functools.cache
def _segmented(labels: str, page_id: str):
    label = next(lab for lab in load_labels(LABELS.parent / labels) if lab["id"] == page_id)
    doc = load(_pages()[label["file"]].html, "page.html")
    return doc, segment(doc)


def _kind_of(labels: str, page_id: str, words: str) -> SpanKind:
    doc, seg = _segmented(labels, page_id)
    at = doc.text.index(words)
    return next(s.kind for s in seg.spans if s.start <= at < s.end)


def test_forum_posts_under_the_first_are_comments():
    """XenForo, no comment zone: each post's date, a "Reply" link, the next date (the thread's
    shape, as pasted text reads it); the first post, the patch notes, stays the article."""
    page = ("labels_c.jsonl", "c-de-08")
    assert _kind_of(*page, "Unsere Entwickler haben Euer Feedback") is SpanKind.COMMENTS
    assert _kind_of(*page, "Es ist ja nett, dass die Systemmeldungen") is SpanKind.COMMENTS
    assert _kind_of(*page, "Lichtrunen von Pharaoh Okyris wurden entfernt.") in MAIN_KINDS


def test_stamped_answers_in_a_readers_voice_are_comments():
    """reddit: "39 points · 6 years ago" stamps over entries in a reader's voice, which the
    extractor keeps as the article; the question above them stays the article."""
    page = ("labels_b.jsonl", "b-en-03")
    assert _kind_of(*page, "I tend toward option 3 for my own work.") is SpanKind.COMMENTS
    assert _kind_of(*page, "I recommend option 1 for most cases.") is SpanKind.COMMENTS
    assert _kind_of(*page, "I've been looking around at Github") in MAIN_KINDS


def test_a_comments_own_body_inside_the_thread_is_the_thread():
    """lopinion.fr: the comment's text in an element whose class names content ("main")
    inside the comment's markup."""
    page = ("labels.jsonl", "fr-05")
    assert _kind_of(*page, "Ayant mouillé ma chemise") is SpanKind.COMMENTS
    assert _kind_of(*page, "Il semble très difficile, voire, impossible") is SpanKind.COMMENTS
    assert _kind_of(*page, "L’opinion publique, travaillée au corps") in MAIN_KINDS


@pytest.mark.parametrize("labels, page_id, words", [
    ("labels.jsonl", "en-01", "How do we know if Amazon/Jeffie Bezos"),
    ("labels_c.jsonl", "c-de-16", "„Der fundamentalistische Vater, der seinen"),
    ("labels_d.jsonl", "d-de-06", "„Und er hatte gelernt: Die von ihm verachteten"),
])
def test_a_reader_quoting_the_article_in_the_comment_text_element(labels, page_id, words):
    assert _kind_of(labels, page_id, words) is SpanKind.COMMENTS


def test_sidebar_dates_and_profile_dates_open_no_comment():
    """Dated events in the sidebar under the thread, a profile's "Mitglied seit" date: no
    comment of their own."""
    _, seg = _segmented("labels_b.jsonl", "b-de-04")
    assert not [c for c in seg.comments if c.text.strip() == "" and "2023" in (c.date or "")]
    _, seg = _segmented("labels_b.jsonl", "b-de-01")
    assert not [c for c in seg.comments if "Mitglied seit" in c.text or
                "Mitglied seit" in (c.author or "")]


def test_a_listicle_of_embedded_tweets_stays_the_article():
    """Each tweet's credit ("— Frank Thelen (@frank_thelen) 6. März 2018") is a stamp, its text
    in a reader's voice; the article's headings between them end each run."""
    page = next(p for p in _pages().values() if p.file.startswith("basicthinking.de.tweets"))
    doc = load(page.html, "page.html")
    seg = segment(doc)
    for words in ("Meine Mutter ist jederzeit", "Auf Twitter wird gern genörgelt"):
        at = doc.text.index(words)
        assert next(s.kind for s in seg.spans if s.start <= at < s.end) in MAIN_KINDS
