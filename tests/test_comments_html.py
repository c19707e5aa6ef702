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


def _comments(labels: str, page_id: str) -> list:
    return list(_segmented(labels, page_id)[1].comments)


def test_a_name_glued_to_its_date_opens_the_comment():
    """Blogger prints the name and the date box side by side: "Rose worldMay 30, 2019 at
    6:22 PM" is a stamp, its comment the text under it."""
    comments = _comments("labels_b.jsonl", "b-en-05")
    rose = next(c for c in comments if c.author == "Rose world")
    assert rose.date == "May 30, 2019 at 6:22 PM"
    assert rose.text == "Wish to visit Vietnam one day."


def test_stamps_that_close_each_entry():
    """Stack Exchange signs each comment under its text ("– Vogel612", then the date): the
    first stamp follows prose and none follows the last, so each stamp closes an entry."""
    comments = _comments("labels_b.jsonl", "b-en-08")
    first = comments[0]
    assert first.text.startswith("maybe ausgeraubt is a bad example")
    assert (first.author, first.date) == ("Vogel612", "Feb 7, 2014 at 10:53")
    bill = comments[1]
    assert bill.text.startswith("What are you trying to stress") and bill.author == "Bill"


def test_name_over_the_text_and_the_stamp_under_it():
    """tichyseinblick.de: "Bummi" / text / "1 Stunde 51 Minuten her"; a moderation note over
    the thread is no comment's text, and an entry with no name line stays a comment."""
    comments = _comments("labels_d.jsonl", "d-de-06")
    bummi = next(c for c in comments if c.text.startswith("Ich sehe den Abzug"))
    assert (bummi.author, bummi.date) == ("Bummi", "1 Stunde 51 Minuten her")
    assert not any("Liebe Leser" in c.text or "moderiert" in c.text for c in comments)
    assert any(c.text.startswith("Danke, jetzt verstehe ich es endlich") for c in comments)


def test_a_thread_that_opens_with_its_date_stays_date_first():
    """The common order, name and date over the text (Blogger's, and WordPress's)."""
    comments = _comments("labels.jsonl", "fr-05")
    assert comments and all(not c.text.startswith(("Répondre", "Reply")) for c in comments)


def test_a_short_reply_is_not_the_next_readers_name():
    """"Amna March 26, 2018 at 1:09 pm Reply" names its reader on the stamp's line: the
    two-word "Thank you" under it, above the next such line, is Amna's text, not a name."""
    comments = _comments("labels_b.jsonl", "b-en-04")
    amna = next(c for c in comments if c.author == "Amna")
    assert (amna.date, amna.text.strip()) == ("March 26, 2018 at 1:09 pm", "Thank you")
    assert next(c for c in comments if c.author == "Jacinta").text.startswith("very informative")
    assert not any(c.author in ("Thank you", "The author is Megha M.") for c in comments)


def test_a_deadline_in_the_article_opens_no_thread():
    """mydealz-like deal page (eval page 0ac0531f): "Einsendeschluss: 03.11.2019 (Poststempel)"
    is a field of the article, its date no post's stamp; the readers' posts under it, stamped
    "18.10.2019, 16:18 Zum Antworten anmelden", stay the thread."""
    if not DATA.exists():
        pytest.skip(f"the eval pages are missing: {DATA}")
    doc = load((DATA / "html" / "0ac0531f1f0543f4a3f68159e5fd1875.html").read_bytes(), "page.html")
    seg = segment(doc)
    for words in ("Einsendeschluss: 03.11.2019", "Aktionszeitraum: 21.10.2019"):
        at = doc.text.index(words)
        assert next(s.kind for s in seg.spans if s.start <= at < s.end) is not SpanKind.COMMENTS
    assert len(seg.comments) >= 5


def test_a_field_date_and_a_stamp():
    from audit.segment.cues import is_field_date
    line = "Einsendeschluss: 03.11.2019 (Poststempel)"
    assert is_field_date(line, line.index("03"))
    line = "Teilnahmeschluss: 30. Juni 2024"
    assert is_field_date(line, line.index("30"))
    line = "Verfasst am: 12.03.2019, 14:22"  # phpBB's post header: a time, a stamp
    assert not is_field_date(line, line.index("12"))
    line = "Ben 19. Juni 2018 um 15:28 Uhr"
    assert not is_field_date(line, line.index("19"))


def test_a_signature_under_every_post_is_not_the_readers_text():
    """pocketpc.ch: "Mit der kostenlosen PocketPC.ch App von meinem HD7 T9292 aus
    geschrieben." and a vote count close every post: no reader's words."""
    comments = _comments("labels_d.jsonl", "d-de-04")
    post = next(c for c in comments if "Bekomme Versuch 1000" in c.text)
    assert "PocketPC.ch App" not in post.text
    assert post.text.rstrip().endswith("Hiiilfe!")
    # a line that ends a single comment stays its text
    assert any("Da gab's noch ein Backup" in c.text for c in comments)


def test_a_comment_s_text_inside_the_author_box_is_no_name():
    """Set d's literaturgefluester theme puts each comment's text and its signed stamp
    ("Kommentar von Margit Heumann — 2019-01-01 @ 00:39") inside "comment-author": a
    paragraph there is no name, so the stamp closes the text above it."""
    _, seg = _segmented("labels_d.jsonl", "d-de-13")
    assert [(c.author, c.text.split()[0]) for c in seg.comments] == [
        ("Margit Heumann", "Deinen"), ("jancak", "Ebenfalls")]
