"""AI provenance facts: every disclosure the page shows (and hides), and chatbot leftovers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import compress

from audit.lexicon import Sites, get_ai_lexicon
from audit.model import Disclosure, Document, Span, SpanKind, Spans, offsets
from audit.segment import Segmentation
from audit.segment.classify import in_figcaption
from audit.segment.cues import CODE_FENCE
from audit.segment.disclosure import (MENU_ZONES, _inside_quotes, affirmed, announced, credited_by,
                                      own_title_byline, find_disclosures, find_residue, heads_policy, is_question, signed_by_tool)

# A title is the story's own ("ChatGPT a écrit ma thèse"), not a note about it.
_NOT_READ = (SpanKind.TITLE,)
_RESIDUE_KINDS = (SpanKind.TITLE, SpanKind.HEADING, SpanKind.BODY, SpanKind.DISCLOSURE,
                  SpanKind.SOURCES)


def _held(spans: Sequence[Span], sites: Sites) -> Iterator[Span]:
    """The spans where the sites may stand, in order: only those are made."""
    return (spans[i] for i in compress(range(len(spans)), sites.holding(offsets(spans))))


def _held_at(spans: Sequence[Span], sites: Sites) -> Iterator[tuple[int, Span]]:
    """As _held, with each span's index (its block's: spans and blocks are one to one)."""
    return ((i, spans[i]) for i in compress(range(len(spans)), sites.holding(offsets(spans))))


def _thread(spans: Sequence[Span]) -> tuple[int, int]:
    """From the first comment span's start to the last one's end ((0, -1): no thread). Read
    from a page's span columns (Spans.of_kind) where it has them: no span made of the others."""
    comments = spans.of_kind(SpanKind.COMMENTS) if isinstance(spans, Spans) else \
        [s for s in spans if s.kind is SpanKind.COMMENTS]
    return (comments[0].start, comments[-1].end) if len(comments) else (0, -1)


class _Texts(Sequence[str]):
    """The spans' folded texts, each made when read."""

    def __init__(self, seg: Segmentation) -> None:
        self._seg = seg

    def __len__(self) -> int:
        return len(self._seg.spans)

    def __getitem__(self, i):  # type: ignore[override]
        span = self._seg.spans[i]
        return self._seg.folded[span.start:span.end]


class _Tags(Sequence[str]):
    """The blocks' tags, each read when asked."""

    def __init__(self, blocks: Sequence) -> None:
        self._blocks = blocks

    def __len__(self) -> int:
        return len(self._blocks)

    def __getitem__(self, i):  # type: ignore[override]
        return self._blocks[i].tag


def find_page_disclosures(doc: Document, seg: Segmentation, language: str | None) -> list[Disclosure]:
    folded = seg.folded
    lex = get_ai_lexicon()
    found = []
    thread = _thread(seg.spans)
    blocks = doc.blocks if len(doc.blocks) == len(seg.spans) else None
    tags = _Tags(blocks) if blocks is not None else None
    texts = _Texts(seg)
    for i, span in _held_at(seg.spans, seg.agent_sites):
        title = span.kind in _NOT_READ
        if blocks is not None and blocks[i].zone in MENU_ZONES:
            continue  # a menu's section link ("IA"), a teaser: not a note on this article
        text = folded[span.start:span.end]
        # A block the segmenter read has its readings kept (none where it names no agent,
        # which is what may_name_agent tests first): 7 spans in 10 of the pasted pages.
        if (text, None) not in seg.readings and not lex.may_name_agent(text):
            continue  # no AI agent named in this span: nothing to read
        if thread[0] <= span.start and span.end <= thread[1] and \
                span.kind in (SpanKind.COMMENTS, SpanKind.BOILERPLATE):
            continue  # a reader's post or its note ("The following contribution has been
            # automatically translated from DE."): about that post, not this article
        readings = find_disclosures(text, readings=seg.readings)  # as the segmenter read it
        if any(r.language != language for r in readings):
            readings = find_disclosures(text, language, seg.readings)  # its language first
        if not readings and blocks is not None and (blocks[i].tag == "caption" or in_figcaption(doc, blocks[i])) and \
                (credit := credited_by(text, language)) is not None:
            readings = (credit,)  # "Un robot en train de peindre par Midjourney" under the image
        if readings and i and announced(texts, i, tags):
            continue  # a wording listed under "statements like:": an example, not this page's
        after = texts[i + 1] if i + 1 < len(texts) else ""
        if not readings and is_question(text) and affirmed(after):
            # A question answered yes in the block under it ("Was this article written with
            # AI?" / "Yes."): read with its answer, as within one block
            readings = tuple(r for r in find_disclosures(f"{text}\n{after}", language) if r.end <= len(text))
        if any(r.form == "label" for r in readings) and heads_policy(after):
            # "AI-assisted workflows" over "We may use AI tools to…": a policy's heading
            readings = tuple(r for r in readings if r.form != "label")
        if title:  # a headline about AI says nothing of this page; its own label does
            # ("AI: A Short Story (written by AI)")
            readings = tuple(r for r in readings if own_title_byline(text, r))
        for reading in readings:
            if span.kind is SpanKind.BOILERPLATE and reading.form == "label":
                continue  # a menu item ("Machine Translation"), not a label on this article
            start, end = span.start + reading.start, span.start + reading.end
            found.append(replace(reading, start=start, end=end, text=doc.text[start:end],
                                 where=span.kind.value))
    if not found:
        found.extend(_tool_byline(doc, seg, language))
    for hidden in doc.meta.get("hidden_ai_text", []):
        for reading in find_disclosures(hidden, language):
            # Not in the document text: no offsets to give.
            found.append(replace(reading, start=0, end=0, where="hidden"))
    return found


def _tool_byline(doc: Document, seg: Segmentation, language: str | None) -> list[Disclosure]:
    """A line above the body that is only an AI tool's name signs the story ("LedeAI", round
    18a), whatever the segmenter took it for (that page's title); a tool the body names again
    is what the page is about, not who wrote it."""
    folded = seg.folded
    first = next((s.start for s in seg.spans if s.kind is SpanKind.BODY), None)
    if first is None:
        return []
    rest = folded[first:].lower()
    for span in seg.spans:
        if span.start >= first:
            break
        text = folded[span.start:span.end]
        reading = signed_by_tool(text, language) if len(text) <= 40 else None
        if reading is not None and reading.text.lower() not in rest:
            start = span.start + reading.start
            end = span.start + reading.end
            return [replace(reading, start=start, end=end, text=doc.text[start:end],
                            where=span.kind.value)]
    return []


# A generator's unfilled slot: capitals joined by underscores in double brackets or braces
# ("The Jones [[WINNING_TEAM_MASCOT]] defeated…", a LedeAI story, round 23a en02). Case is
# the cue, so not a lexicon phrase (those are read lowered); a wiki link ("[[Paris]]",
# "[[New York]]") has neither the capitals nor the underscore.
_PLACEHOLDER = re.compile(r"\[\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]\]|\{\{[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\}\}")


_FENCE = re.compile(CODE_FENCE)  # alone on its line (fullmatch)
_FENCE_LINES = re.compile(rf"^{_FENCE.pattern}$", re.MULTILINE)
# The languages a chatbot names when it hands a whole article over in a code block.
_DOCUMENT_FENCES = frozenset({"", "html", "markdown", "md", "text", "txt", "plaintext", "plain"})
_CODE_CHARS = re.compile(r"[<>{}=;$#\\|]")
MIN_PROSE_WORDS = 8
MIN_SENTENCE_WORDS = 4
_LINE = re.compile(r"[^\n]+")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_PROSE_TAG = re.compile(r"</?(?:p|h[1-6])(?:[ \t][^<>\n]*)?>", re.IGNORECASE)
_HEADING_MARK = re.compile(r"[ \t]*#{1,6}[ \t]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]*[ \t]*$")
MAX_HEADLINE_WORDS = 20


def _prose_line(line: str, sentence: bool = True) -> bool:
    """A sentence of words, not code: "In a significant ruling, a former officer…", "Die
    Polizei sucht ihn noch." (a capital, four words and a full stop), the paragraph of an
    HTML fence ("<p>On Sunday evening there was…</p>": a paragraph's or heading's tags are not
    counted, any other tag makes it markup), not "<div class=\"note\">" nor "pip install audit". Without ``sentence`` only the long line
    counts (under a block's close, where a short line may be a page's furniture)."""
    line = _PROSE_TAG.sub(" ", line).strip()
    if _TAG.search(line) or len(_CODE_CHARS.findall(line)) > 1:
        return False
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= MIN_PROSE_WORDS or sentence and (
        len(words) >= MIN_SENTENCE_WORDS and line[:1].isupper() and _SENTENCE_END.search(line) is not None)


def _headline_line(line: str) -> bool:
    """A headline a chatbot puts first in its block ("Police shoot during chase in Cologne",
    "# Police shoot…", "<h1>Police shoot…</h1>"): words, no code, not a fence, no comma or
    colon closing it (a letter's "Dear Hiring Manager,", a lead-in "Forwarding this from the
    city:")."""
    line = _HEADING_MARK.sub("", line, count=1) if _HEADING_MARK.match(line) else line
    line = _PROSE_TAG.sub(" ", line).strip()
    words = re.findall(r"[^\W\d_]{2,}", line)
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not _CODE_CHARS.search(line) and \
        _FENCE.fullmatch(line) is None and not line.endswith((",", ":", ";"))


def _prose_under(text: str, opened: int, at: int) -> bool:
    """Prose opens the block under a fence: at once, or under the block's headline."""
    under = []
    for m in _LINE.finditer(text, opened):
        if m.group().strip():
            if _FENCE.fullmatch(m.group()) is not None or m.start() < at:
                break  # the block closes (or the line is no article's)
            under.append(m.group())
            if len(under) == 2:
                break
    return bool(under) and (_prose_line(under[0]) or
                            (len(under) == 2 and _headline_line(under[0]) and _prose_line(under[1])))


# The fence's backticks lost in the copy, its language kept alone on the line ("markdown" over
# a news story, a closing "```" under it: round 45b de03): the wrapper when the page holds no
# other fence than that closing one.
_LANGUAGE_ALONE = re.compile(r"[ \t]*(?:markdown|html|plaintext)[ \t]*", re.IGNORECASE)


def _wrapping_fence(seg: Segmentation) -> list[tuple[int, int]]:
    """A code fence opening the article, prose under it: a chatbot handed the article over in
    a code block and it was pasted with its fence ("“`html" over a news story, round 36b
    en07), over the article's headline or under it (round 45b). The opening is reported, its
    closing goes with it. A tech post's code sample ("```python" then code, or a fence
    mid-text) is no leftover."""
    spans = sorted(seg.of_kind(*_RESIDUE_KINDS), key=lambda s: s.start)
    if not spans:
        return []
    text, at = seg.folded, spans[0].start
    lines = []  # the line before the article (a lone fence is often classed furniture), its first two
    before = text[:at].rstrip()
    if before:
        lines.append((before.rfind("\n") + 1, len(before)))
    for m in _LINE.finditer(text, at, spans[-1].end):
        if m.group().strip():
            lines.append((m.start(), m.end()))
            if len(lines) == 3:
                break
    above = []  # the content over the fence: none, or the article's headline alone
    for line in lines:
        if len(above) > 1 or above and not _headline_line(above[0]):
            break  # a lead-in ("Forwarding this from the city:") or prose: the fence is mid-text
        shown = text[line[0]:line[1]]
        first = _FENCE.fullmatch(text, *line)
        if first is not None:
            language = first.group("lang").lower()
            if language not in _DOCUMENT_FENCES or \
                    len(_FENCE_LINES.findall(text, 0, line[0])) % 2:  # a sample's close
                above.append(shown)
                continue
        elif (language := _LANGUAGE_ALONE.fullmatch(text, *line)) is not None:
            language = language.group().strip().lower()
            closes = list(_FENCE_LINES.finditer(text, line[1]))
            if len(closes) != 1 or closes[0].group("lang"):  # one bare closing fence, under it
                above.append(shown)
                continue
        else:
            above.append(shown)
            continue
        if _names_language(text, above, line[1], at, language):
            break  # "How to write a paragraph in HTML" over a sample: a tutorial's
        if _prose_under(text, line[1], at) and not _closed_above_prose(text, spans, line[1]):
            return [(line[0] + len(shown) - len(shown.lstrip()), line[0] + len(shown.rstrip()))]
        above.append(shown)
    return []


_LANGUAGE_WORD = {"html": "html", "markdown": "markdown", "md": "markdown"}


def _names_language(text: str, above: list[str], opened: int, at: int, language: str) -> bool:
    """The fence's language is the topic: its name ("HTML", "Markdown") in the headline over
    the fence or in the first line under it ("HTML" alone, then "What is HTML and why…")."""
    word = _LANGUAGE_WORD.get(language)
    if word is None:
        return False
    under = next((m.group() for m in _LINE.finditer(text, opened) if m.group().strip()), "")
    return any(re.search(rf"\b{word}\b", line, re.IGNORECASE) for line in [*above, under])


def _closed_above_prose(text: str, spans: Sequence[Span], opened: int) -> bool:
    """The block closes and the article's prose goes on under it: a quoted notice or an
    error message over a how-to, not a wrapper (review 1 R9). A chatbot's wrapper closes at
    the article's end, or never."""
    close = _FENCE_LINES.search(text, opened + 1)
    if close is None:
        return False
    return any(_prose_line(m.group(), sentence=False) for span in spans if span.end > close.end()
               for m in _LINE.finditer(text, max(span.start, close.end()), span.end))


def find_page_residue(seg: Segmentation) -> list[tuple[int, int]]:
    """Chatbot leftovers in the article's own text (not in comments or page furniture), and
    a template's unfilled placeholders there."""
    found = _wrapping_fence(seg)
    for span in seg.of_kind(*_RESIDUE_KINDS):
        text = seg.folded[span.start:span.end]
        if "[[" in text or "{{" in text:
            found.extend((span.start + m.start(), span.start + m.end())
                         for m in _PLACEHOLDER.finditer(text)
                         if not _inside_quotes(text, m.start(), m.end()))
    sites = seg.residue_sites
    for span in _held(seg.of_kind(*_RESIDUE_KINDS), sites):  # the spans with a word one needs
        found.extend((span.start + s, span.start + e)
                     for s, e in find_residue(seg.folded[span.start:span.end],
                                              sites.stems_within(span.start, span.end)))
    return sorted(found)
