"""The comment notices that open at a line's start in each of their branches (alone on the
line, or after the comment form's sentences) read with the line-opening phrases
(lexicon.LineOpened's ``lines``), each branch's first words asked before its look-ahead over
the line: the split finds what the one alternation of every phrase finds, span for span, on
every line of the eval pages' pasted text and of the blind rounds' inputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.extract import _inline_boilerplate
from audit.lexicon import (_AT_LINE_START, _collect, _line_branches, _load_raw, _lowered_pattern,
                           _opens_lines_only, _platform_credits, _text_first, _top_level_branches,
                           get_lexicon, lowered)

ROOT = Path(__file__).resolve().parent.parent


def _phrases() -> list[str]:
    docs = _load_raw()
    return _collect(docs, "boilerplate_inline") + _platform_credits(docs)


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def _lines(text: str) -> list[tuple[int, int]]:
    at, ranges = 0, []
    for line in text.split("\n"):
        ranges.append((at, at + len(line)))
        at += len(line) + 1
    return ranges


def test_a_group_of_anchored_branches_opens_lines_only():
    assert _line_branches(r"(?:(?<![^\n])comments are moderated|(?<![^\n])[a-z][^.\n]*\. comments)") == \
        [r"(?<![^\n])comments are moderated", r"(?<![^\n])[a-z][^.\n]*\. comments"]
    assert _opens_lines_only(r"(?:(?<![^\n])a|(?<![^\n])b)")
    # one branch opens anywhere; the group does not span the phrase; one branch only
    assert not _opens_lines_only(r"(?:(?<![^\n])a|b)")
    assert not _opens_lines_only(r"(?:(?<![^\n])a|(?<![^\n])b)c")
    assert not _opens_lines_only(r"(?:(?<![^\n])|(?<=[.!?] ))follow us")
    assert _line_branches(r"(?:(?<![^\n])a)") is None
    # the comment notices of six languages are such groups
    grouped = [p for p in _phrases() if _opens_lines_only(p) and not p.startswith(_AT_LINE_START)]
    assert len(grouped) >= 6


def test_branches_are_cut_outside_classes_groups_and_escapes():
    assert _top_level_branches(r"a[|]b|(c|d)\|e|f") == [r"a[|]b", r"(c|d)\|e", "f"]
    assert _top_level_branches(r"[]|]x|y") == [r"[]|]x", "y"]
    assert _top_level_branches("plain") == ["plain"]


def test_each_branch_asks_its_text_first():
    phrase = r"(?:(?<![^\n])(?![^\n]*\bsaid\b)comments are moderated|(?<![^\n])(?:[a-z][^.\n]*\. )comments)"
    assert _text_first(phrase) == \
        r"(?:(?=(?:comments are moderated))(?![^\n]*\bsaid\b)comments are moderated|(?:[a-z][^.\n]*\. )comments)"
    before, after = re.compile(phrase), re.compile(_AT_LINE_START + _text_first(phrase))
    for text in ("comments are moderated", "comments are moderated, he said",
                 "fill in the form. comments", "x\ncomments are moderated", "our comments are moderated"):
        assert bool(before.match(text)) == bool(after.match(text)), text


_NOTICES = [
    "Comments are moderated and will appear after approval.",
    "Your email address will not be published. Required fields are marked. Comments are moderated before publication.",
    "Los comentarios están moderados y pueden tardar en aparecer.",
    "Tu correo electrónico no será publicado. Los campos obligatorios están marcados. Los comentarios son moderados.",
    "Les commentaires sont modérés avant publication.",
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués. Les commentaires sont modérés.",
    "I commenti sono moderati prima della pubblicazione.",
    "Os comentários são moderados antes de serem publicados.",
    "Kommentare werden vor der Veröffentlichung moderiert.",
    "Die Kommentare geben nicht die Meinung der Redaktion wieder.",
    "Los comentarios están moderados, dijo el editor.",
    "The council said comments are moderated by staff.",
    "Le conseil municipal a voté le budget mardi soir.",
]


def test_real_notices_are_found_as_before():
    text = "\n".join(_NOTICES)
    low = lowered(text)
    split = get_lexicon().boilerplate_inline_split
    found = [text[s:e] for s, e in _inline_boilerplate(text, _lines(text), low)]
    assert "Comments are moderated and will appear after approval." in found
    assert "Les commentaires sont modérés avant publication." in found
    assert not any("council" in f or "dijo" in f or "budget" in f for f in found)
    for start, end in _lines(text):
        assert _spans(split.for_range(low, start, end), low, start, end) == \
            _spans(split.whole, low, start, end)


def _corpus() -> list[str]:
    from audit.segment.evaluation import labelled_pages

    texts = [p.flattened() for p in labelled_pages(ROOT.parent / "shared" / "eval" / "trafilatura")]
    for path in sorted((ROOT / "tests" / "data" / "blind_rounds").glob("round*/**/*")):
        if path.is_file() and path.suffix in (".txt", ".md"):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


@pytest.mark.skipif(not (ROOT.parent / "shared" / "eval" / "trafilatura").is_dir(),
                    reason="the labelled eval pages (../shared) are not here")
def test_the_split_finds_what_the_whole_finds_on_every_real_line():
    """Each line of the eval pages as pasted and of the blind rounds' text inputs, and each
    paragraph of three lines: where for_range picks ``rest``, none of the grouped notices
    matches in the range (so ``rest`` finds what the whole alternation finds: a branch that
    matches nowhere changes no match); where one does, it picks the whole alternation."""
    split = get_lexicon().boilerplate_inline_split
    grouped = [p for p in _phrases() if _opens_lines_only(p) and not p.startswith(_AT_LINE_START)]
    notices = _lowered_pattern(rf"(?<!\w)(?:{'|'.join(grouped)})")
    ranges = found = 0
    for text in ["\n".join(_NOTICES), *_corpus()]:  # the real pages hold none of the notices
        low = lowered(text)
        if low is None:
            continue
        lines = _lines(low)
        for i, (start, end) in enumerate(lines):
            for stop in (end, lines[min(i + 2, len(lines) - 1)][1]):
                held = notices.search(low, start, stop) is not None
                assert not held or split.for_range(low, start, stop) is split.whole, \
                    text[start:stop][:200]
                ranges += 1
                found += held
    assert ranges > 100000 and found >= 6
