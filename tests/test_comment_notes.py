"""A reader's comment carries its own note ("Le commentaire suivant a été traduit automatiquement
du ES.", swissinfo.ch in each of its languages): it says nothing about the article, so it is no
AI-use disclosure of the article (round-4 blind test, 2026-12-05: it became the article's AI001)."""

from __future__ import annotations

import pytest

from audit.segment.disclosure import is_disclosure_block


@pytest.mark.parametrize("note", [
    "Le commentaire suivant a été traduit automatiquement du ES.",
    "Der folgende Kommentar wurde automatisch aus ES übersetzt.",
    "El siguiente comentario ha sido traducido automáticamente de IT.",
    "Il seguente commento è stato tradotto automaticamente da DE.",
    "This comment has been automatically translated from DE.",
])
def test_a_note_about_a_reader_s_comment_is_no_disclosure_of_the_article(note):
    """Even where no thread is recognised around it, a note whose subject is a comment is that
    comment's, not the article's (round-4 test: it became the article's AI001)."""
    assert not is_disclosure_block(note)


@pytest.mark.parametrize("note", [
    "Der folgende Artikel wurde automatisch aus dem Englischen übersetzt.",
    "Cet article a été traduit automatiquement avec DeepL.",
])
def test_the_same_note_about_the_article_is_still_a_disclosure(note):
    assert is_disclosure_block(note)
