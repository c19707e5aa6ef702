"""The column shortcuts of the hot paths give what the plain Python they replace gave: typed
records built by their own __init__, spans selected and texts masked in numpy, lines
lowercased and counted at once, attributions read from the lowercased text."""

from __future__ import annotations

import dataclasses
import inspect
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import model
from audit.extract import _masked, attributions
from audit.lexicon import Sites, lowered
from audit.model import Attribution, Block, LineBlocks, Quantity, Ranges, Spans, SpanKind, record
from audit.segment.cues import _CHUNK, lowered_texts, word_count, word_counts
from audit.segment.evaluation import labelled_pages
from tests.conftest import line_ranges

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "trafilatura"

# Every typed record of the model but the two with a mutable default (a dict of metadata).
RECORDS = [cls for cls in vars(model).values() if isinstance(cls, type) and
           dataclasses.is_dataclass(cls) and cls not in (model.Document, model.Finding)]


def _plain_twin(cls: type) -> type:
    """The same fields as dataclass(frozen=True, slots=True) makes them."""
    return dataclasses.make_dataclass(cls.__name__, [(f.name, f.type, dataclasses.field(default=f.default))
                                                     if f.default is not dataclasses.MISSING
                                                     else (f.name, f.type) for f in dataclasses.fields(cls)],
                                      frozen=True, slots=True)


def test_records_take_the_arguments_a_frozen_dataclass_takes():
    assert {Block, Attribution, Quantity, model.Span} <= set(RECORDS)
    for cls in RECORDS:
        own = inspect.signature(cls.__init__)
        twin = inspect.signature(_plain_twin(cls).__init__)
        assert [(p.name, p.default, p.kind) for p in own.parameters.values()] == \
            [(p.name, p.default, p.kind) for p in twin.parameters.values()], cls.__name__


def test_a_record_is_frozen_and_equal_to_what_its_fields_say():
    a = Attribution(None, False, 3, 8, "selon", kind="verb")
    assert a == Attribution(name=None, vague=False, start=3, end=8, text="selon", kind="verb")
    assert hash(a) == hash(dataclasses.replace(a)) and a.organisation is False
    assert dataclasses.astuple(a) == (None, False, 3, 8, "selon", False, "verb")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 0
    with pytest.raises(TypeError):
        Attribution(None, False, 3)  # end and text are required
    with pytest.raises(TypeError):
        Attribution(None, False, 3, 8, "selon", colour="red")
    q = Quantity(1.0, "EUR", "money", 0, 2, "1 €")
    assert (q.precision, q.scale, q.noun) == (0.0, 1.0, None)

    with pytest.raises(TypeError, match="plain defaults"):
        @record
        class Bad:
            items: list = dataclasses.field(default_factory=list)


spans_st = st.lists(st.tuples(st.sampled_from(list(SpanKind)), st.integers(0, 3), st.integers(0, 3)),
                    max_size=40)


@pytest.mark.parametrize("numpy_from", [0, 2000])  # numpy's selection, and a page's
def test_spans_of_some_kinds_are_those_a_filter_keeps(numpy_from, monkeypatch):
    monkeypatch.setattr(model, "_SELECT_IN_NUMPY_FROM", numpy_from)
    _spans_of_some_kinds()


@given(rows=spans_st, wanted=st.sets(st.sampled_from(list(SpanKind))))
@settings(max_examples=200, deadline=None)
def _spans_of_some_kinds(rows, wanted):
    offsets, at = [], 0
    for _, gap, length in rows:
        offsets.append((at + gap, at + gap + length))
        at += gap + length
    spans = Spans.from_offsets(offsets, [kind for kind, _, _ in rows])
    kept = spans.of_kind(*wanted)
    assert list(kept) == [s for s in spans if s.kind in wanted]
    assert list(kept.ranges()) == [(s.start, s.end) for s in spans if s.kind in wanted]
    assert Spans.from_offsets(Ranges(*spans.columns()), [s.kind for s in spans]) == spans


def _masked_reference(text: str, ranges) -> str:
    """The masking as a loop of slices (before it was made in numpy)."""
    parts, pos = [], 0
    for start, end in ranges:
        parts.append(" " * (start - pos))
        parts.append(text[start:end])
        pos = end
    parts.append(" " * (len(text) - pos))
    return "".join(parts)


@pytest.mark.parametrize("numpy_from", [0, 2000])  # numpy's masking, and a page's
def test_masking_keeps_the_ranges_and_blanks_the_rest(numpy_from, monkeypatch):
    import audit.extract

    monkeypatch.setattr(audit.extract, "_MASK_IN_NUMPY_FROM", numpy_from)
    _masking()


@given(text=st.text(st.characters(blacklist_categories=()), max_size=60),
       cuts=st.lists(st.integers(0, 60), max_size=12))
@settings(max_examples=300, deadline=None)
def _masking(text, cuts):
    points = sorted({min(c, len(text)) for c in cuts})
    ranges = list(zip(points[0::2], points[1::2]))  # in order and apart; some touch
    columns = Spans.from_offsets(ranges, [SpanKind.BODY] * len(ranges)).ranges()
    masked = _masked(text, columns)
    assert masked == _masked_reference(text, ranges) and len(masked) == len(text)


def test_masking_keeps_astral_characters_and_lone_surrogates(monkeypatch):
    import audit.extract

    text = "a😀b\udcffc\n" * 3
    ranges = Ranges(array("q", [1, 9]), array("q", [4, 12]))
    monkeypatch.setattr(audit.extract, "_MASK_IN_NUMPY_FROM", 0)
    assert _masked(text, ranges) == _masked_reference(text, list(ranges))


LINES = ["ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ", "Σ", "ΑΣ.", "'Σ'", "İstanbul", "DIŞ ıſ", "Straße", "ǅemal", "x\u0345Σ",
         "ΑΣ\u00adΒ", "a", "Ligne", "ÉTÉ à PARIS"]


@pytest.mark.parametrize("lines", [LINES, [line for line in LINES if "İ" not in line]])
def test_lines_cut_from_the_text_lowered_are_each_line_lowered(lines):
    text = "\n".join(f"  {line}\u00a0" if i % 2 else line for i, line in enumerate(lines * 3))
    from audit.load.text import line_blocks

    blocks = line_blocks(text)
    texts = [text[s:e].strip() for s, e in blocks.offsets()]
    assert isinstance(blocks, LineBlocks)
    assert lowered_texts(blocks, text, texts) == [lowered(t) for t in texts]
    assert lowered_texts(list(blocks), text, texts) == [lowered(t) for t in texts]
    # A folded text may blank what edges a line (same offsets): the line's text is stripped.
    edged = "\n".join(f"x{line}x" for line in lines)
    folded = edged.replace("x", " ")
    blocks = line_blocks(edged)
    texts = [folded[s:e].strip() for s, e in blocks.offsets()]
    assert lowered_texts(blocks, folded, texts) == [lowered(t) for t in texts]


def test_word_counts_are_each_text_s_word_count():
    texts = ["", "un", " deux  mots ", "trois\u00a0mots\tici", "x " * (_CHUNK // 2 + 10)]
    assert list(word_counts(texts)) == list(map(word_count, texts))
    assert list(word_counts(texts[:4])) == [0, 1, 2, 3]


def test_holding_reads_columns_as_it_reads_pairs():
    text = "un mot Reuters\nautre ligne\nxReuters\nReutersy fin\n" * 50
    starts = [i for i in range(len(text)) if text.startswith("Reuters", i)]
    sites = Sites(text, array("q", starts))
    spans = Spans.from_offsets([(m, m + 5) for m in range(0, len(text) - 5, 7)],
                               [SpanKind.BODY] * len(range(0, len(text) - 5, 7)))
    pairs = list(spans.ranges())
    assert sites.holding(spans.ranges()) == sites.holding(iter(pairs)) == \
        bytes(sites.may_hold(s, e) for s, e in pairs)
    assert sites.holding(model.offsets(spans)) == sites.holding(iter(pairs))


def test_attributions_read_in_lowercased_text_are_those_read_in_the_text():
    """Words after a cue are read once per distinct window in the lowercased text
    (attributions._after_cue); the text as it is gives the same attributions."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts.append("Selon des responsables, oui. Selon lequel rien. Selon le ministre, non. "
                 "According to county officials, yes. According to a new poll, no. "
                 "selon selon selon selon selon. D'après lui, c'est fini. Selon elle.")
    if EVAL.exists():
        texts += [p.flattened() for p in labelled_pages(EVAL)[::7]]
    found = 0
    for text in texts:
        ranges = line_ranges(text)
        read_low = attributions.find_attributions(text, ranges)
        assert read_low == attributions.find_attributions(text, ranges, lowered(text))
        assert read_low == attributions.find_attributions(text, ranges, None)  # the text as it is
        found += sum(a.kind == "cue" and a.name is not None for a in read_low)
    assert found > 5


PATTERNS = [r"ab", r"(?<!\w)ab+", r"a|bc", r"[ab]", r"b\b", r"a(?=b)", r"(?<=a)b", r"x?", r"a$",
            r"^a", r"(?:ab|b)c?"]


@pytest.mark.parametrize("source, past", [
    (r"abc", False), (r"a\b", True), (r"(?<!\w)x(?:y|z)+", False), (r"x(?=y)", True),
    (r"x(?!\w)", True), (r"x$", True), (r"^x", False), (r"(?<=a\b)x", True), (r"(a)\1", False),
    (r"(a)?(?(1)b|c)", True), (r"\d|un|deux", False), (r"x\Z", True), (r"a*", True),
    (r"(?<=a)", True), (r"x{2}", False), (r"x{0,2}", True), (r"(?>ab)+", False)])
def test_what_reads_past_its_match(source, past):
    from audit.literals import reads_past_end

    assert reads_past_end(source) is past


@given(text=st.text("ab c\n", max_size=40), cuts=st.lists(st.integers(0, 40), max_size=10),
       source=st.sampled_from(PATTERNS))
@settings(max_examples=400, deadline=None)
def test_a_whole_text_scan_finds_every_range_a_search_in_it_finds(text, cuts, source):
    import re

    from audit.lexicon import scan_ranges
    from audit.literals import reads_past_end

    points = sorted({min(c, len(text)) for c in cuts})
    ranges = list(zip(points[0::2], points[1::2]))
    pattern = re.compile(source)
    each = bytes(pattern.search(text, s, e) is not None for s, e in ranges)
    scanned = scan_ranges(pattern, text, ranges)
    assert len(scanned) == len(ranges)
    assert all(s >= e for s, e in zip(scanned, each))  # a screen: may say more, never less
    if reads_past_end(source) or source == "[ab]":  # searched range by range, or one character
        assert scanned == each
    columns = Spans.from_offsets(ranges, [SpanKind.BODY] * len(ranges)).ranges()
    assert scan_ranges(pattern, text, columns) == scanned


def test_a_scan_of_short_lines_searches_the_text_not_each_line():
    from audit.lexicon import scan_ranges

    text = "Ligne\n" * 1000 + "selon lui\n" + "Ligne\n" * 1000
    ranges = [(i * 6, i * 6 + 5) for i in range(1000)] + [(6000, 6009)] + \
        [(6010 + i * 6, 6015 + i * 6) for i in range(1000)]

    import re

    compiled, calls = re.compile("selon"), []

    class Counting:
        pattern, flags = compiled.pattern, compiled.flags

        def search(self, *args):
            calls.append(args)
            return compiled.search(*args)

    held = scan_ranges(Counting(), text, ranges)
    assert held.count(1) == 1 and held[1000] == 1 and len(calls) == 2


def _revise_reference(first: list[str]) -> list[str]:
    """jusText's context revision as it was written, each near-good line looking for its
    neighbours (quadratic on a run of them): the classes before _main_cluster."""
    from audit.segment.quality import BAD, GOOD, NEAR, SHORT

    def neighbour(classes, i, step):
        i += step
        while 0 <= i < len(classes):
            if classes[i] not in (SHORT, NEAR):
                return classes[i]
            i += step
        return BAD

    if GOOD not in first:
        first = [GOOD if cls == NEAR else cls for cls in first]
    revised = list(first)
    for i, cls in enumerate(first):
        if cls == NEAR:
            prev, nxt = neighbour(revised, i, -1), neighbour(revised, i, 1)
            revised[i] = BAD if prev == nxt == BAD else GOOD
        elif cls == SHORT:
            revised[i] = BAD
    for i, cls in enumerate(first):
        if cls == SHORT and 0 < i < len(first) - 1 and revised[i - 1] == revised[i + 1] == GOOD \
                and first[i - 1] != SHORT and first[i + 1] != SHORT:
            revised[i] = GOOD
    return revised


@given(st.lists(st.sampled_from(["short", "bad", "near", "good"]), max_size=60))
@settings(max_examples=500, deadline=None)
def test_the_context_revision_is_jusText_s(first):
    from audit.segment import quality

    assert {quality.SHORT, quality.BAD, quality.NEAR, quality.GOOD} == {"short", "bad", "near", "good"}
    seen = []
    real = quality._main_cluster
    try:
        quality._main_cluster = lambda texts, classes: seen.append(classes) or classes
        quality.revise(["x"] * len(first), list(first))
    finally:
        quality._main_cluster = real
    assert seen == [_revise_reference(list(first))]


def test_the_publication_line_is_found_among_the_lines_a_scan_keeps(monkeypatch):
    from audit.extract import dates

    lines = ["Le Journal", "Par Claire Martin, publié le 14 octobre 2025 à 6 h 00", "Texte."]
    texts = ["\n".join(lines), "Titre\nPUBLISHED January 5, 2026\nBody.", "Publiée le 3 mai 2024",
             "Ligne\n" * 300 + "Mis en ligne le 2 février 2023\n", "Rien ici.\nNi là.",
             "İSTANBUL\nPUBLİÉ le 3 mai 2024"]  # "İ" lowercases to two characters
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if EVAL.exists():
        texts += [p.flattened() for p in labelled_pages(EVAL)[::9]]
    found = []
    for text in texts:
        ranges = Ranges(*(array("q", column) for column in zip(*line_ranges(text))))
        scanned = dates.published_in_text(text, ranges, "fr")
        with monkeypatch.context() as m:
            m.setattr(dates, "scan_ranges", lambda pattern, text, ranges: b"\x01" * len(ranges))
            assert scanned == dates.published_in_text(text, ranges, "fr")
        found.append(scanned)
    assert [str(d) for d in found[:6]] == ["2025-10-14", "2026-01-05", "2024-05-03", "2023-02-02", "None",
                                           "2024-05-03"]


def _suppressions_reference(findings, suppressions):
    """Every finding against every directive (quadratic: 10,000 of each took minutes)."""
    from audit.check.runner import _silences

    kept, used = [], set()
    for f in findings:
        hits = [i for i, s in enumerate(suppressions) if _silences(s, f)]
        used.update(hits)
        if not hits:
            kept.append(f)
    return kept, frozenset(used)


RULES = [("CIT001", "no-sources"), ("CIT004", "vague-attribution"), ("NUM001", "currency-conversion"),
         ("AI001", "missing-disclosure")]
SELECTORS = [(), ("CIT",), ("CIT004",), ("num001",), ("currency-conversion",), ("ALL",), ("AI", "NUM")]


@given(found=st.lists(st.tuples(st.sampled_from(RULES), st.integers(0, 30), st.integers(0, 4)), max_size=25),
       directives=st.lists(st.tuples(st.sampled_from(SELECTORS), st.integers(0, 30), st.integers(0, 12)),
                           max_size=12))
@settings(max_examples=500, deadline=None)
def test_suppressions_silence_what_each_pair_says(found, directives):
    from audit.check.runner import apply_suppressions
    from audit.model import Finding, Severity, Suppression

    findings = [Finding(rule, name, Severity.WARNING, "m", start, start + width)
                for (rule, name), start, width in found]
    suppressions = tuple(Suppression("disable", codes, None, start, start + width, 1, start)
                         for codes, start, width in directives)
    assert apply_suppressions(findings, suppressions) == _suppressions_reference(findings, suppressions)


def _home_reference(f, spans):
    end = max(f.end, f.start + 1)
    overlapping = [i for i, s in enumerate(spans) if s.start < end and s.end > f.start]
    if overlapping:
        return overlapping[-1]
    after = [i for i, s in enumerate(spans) if s.start >= f.start]
    return after[0] if after else (len(spans) - 1 if spans else None)


@given(cuts=st.lists(st.integers(0, 40), max_size=16),
       found=st.lists(st.tuples(st.integers(0, 42), st.integers(0, 8)), max_size=12))
@settings(max_examples=400, deadline=None)
def test_a_finding_s_card_and_marks_are_in_the_spans_each_span_would_say(cuts, found):
    from audit.model import Finding, Severity
    from audit.report.html import Item, _home, _inside

    points = sorted(set(cuts))
    spans = [model.Span(SpanKind.BODY, a, b) for a, b in zip(points[0::2], points[1::2])]
    starts, ends = model.columns(spans)
    items = [Item(n, Finding("CIT001", "no-sources", Severity.WARNING, "m", s, s + w), 1, (), None, None)
             for n, (s, w) in enumerate(found, 1)]
    assert [_home(i.f, starts, ends) for i in items] == [_home_reference(i.f, spans) for i in items]
    inside = _inside(items, starts, ends)
    assert [inside.get(k, []) for k in range(len(spans))] == \
        [[i for i in items if i.f.start < s.end and i.f.end > s.start] for s in spans]


def _resolve_reference(found, block_starts, block_ends, text_length):
    """Directive ranges as resolved before: each enable looked at every open disable."""
    out, open_ranges = [], []

    def start_of(index):
        return block_starts[index] if index < len(block_starts) else text_length

    for directive, index, line, anchor in found:
        if directive.verb == "ignore":
            end = block_ends[index] if index < len(block_ends) else text_length
            out.append(model.Suppression("ignore", directive.codes, directive.reason, start_of(index), end,
                                         line, anchor))
        elif directive.verb == "disable":
            open_ranges.append((directive, start_of(index), line, anchor))
        else:
            keep = []
            for d, start, d_line, d_anchor in open_ranges:
                if not directive.codes or set(d.codes) <= set(directive.codes):
                    out.append(model.Suppression("disable", d.codes, d.reason, start, start_of(index),
                                                 d_line, d_anchor))
                else:
                    keep.append((d, start, d_line, d_anchor))
            open_ranges = keep
    for d, start, d_line, d_anchor in open_ranges:
        out.append(model.Suppression("disable", d.codes, d.reason, start, text_length, d_line, d_anchor))
    return tuple(sorted(out, key=lambda s: (s.start, s.line)))


@given(steps=st.lists(st.tuples(st.sampled_from(["ignore", "disable", "enable"]),
                                st.sampled_from([(), ("CIT",), ("CIT001",), ("NUM001", "CIT")]),
                                st.integers(0, 6), st.integers(1, 3)), max_size=20))
@settings(max_examples=400, deadline=None)
def test_directives_resolve_to_the_ranges_each_enable_would_close(steps):
    from audit.load.directives import Directive, resolve

    found, line = [], 1
    for n, (verb, codes, index, same_line) in enumerate(steps):
        line += same_line == 1  # some directives share a line (HTML comments side by side)
        found.append((Directive(verb, codes, f"r{n}"), index, line, n))
    starts, ends = [0, 10, 20, 30], [5, 15, 25, 35]
    assert resolve(found, starts, ends, 40) == _resolve_reference(found, starts, ends, 40)


def test_directive_lines_and_finding_lines_are_counted_as_the_text_says():
    from audit.load import load
    from audit.model import line_col

    text = "Titre\n\naudit: ignore[CIT001]\nUn texte.\n\naudit: disable[NUM]\n" + "ligne\n" * 40 + \
        "audit: enable[NUM]\nfin\n"
    doc = load(text, "a.txt")
    assert [s.line for s in doc.suppressions] == [3, 6]
    for offset in range(0, len(doc.text), 7):
        assert line_col(doc.text, offset)[0] == doc.text.count("\n", 0, offset) + 1


def _covers_reference(output: str, block: str) -> bool:
    """trafilatura's output asked as before: a short block searched for in the whole output."""
    from audit.load.extractor import _SHINGLE, _tokens

    stream = _tokens(output)
    joined = f" {' '.join(stream)} "
    lines = "\n" + "\n".join(" ".join(_tokens(line)) for line in output.splitlines()) + "\n"
    tokens = _tokens(block)
    if not tokens:
        return False
    if len(tokens) < _SHINGLE:
        return len(tokens) > 1 and f" {' '.join(tokens)} " in joined or \
            len(tokens) == 1 and f"\n{tokens[0]}\n" in lines
    shingles = set(zip(stream, stream[1:], stream[2:], stream[3:]))
    grams = list(zip(tokens, tokens[1:], tokens[2:], tokens[3:]))
    return len(shingles.intersection(grams)) >= 0.5 * len(set(grams))


@given(output=st.text("ab A\n\u2028\x1c.", max_size=40), blocks=st.lists(st.text("ab A\n.", max_size=12), max_size=8))
@settings(max_examples=400, deadline=None)
def test_a_block_is_in_the_extractor_s_output_as_a_search_of_it_says(output, blocks):
    from audit.load.extractor import _Index

    index = _Index(output)
    assert [index.covers(b) for b in blocks] == [_covers_reference(output, b) for b in blocks]


def _undated_reference(entries):
    """Undated threads as read before: a reader's further paragraphs added one by one."""
    from audit.model import Comment
    from audit.segment.comments import _is_name
    from audit.segment.cues import clean, plain, without_says, word_count

    comments, author = [], None
    for block in entries:
        text = plain(block)
        if _is_name(block, clean(block)):
            author = block
        elif author is not None:
            comments.append(Comment(without_says(plain(author)).strip(), None, text, author.start, block.end))
            author = None
        elif comments and comments[-1].author is not None:
            last = comments[-1]
            comments[-1] = Comment(last.author, None, f"{last.text}\n{text}", last.start, block.end)
        elif word_count(text) >= 5:
            comments.append(Comment(None, None, text, block.start, block.end))
    return comments


@given(st.lists(st.sampled_from(["Marie Dupont", "Jean", "Très bon article, merci pour ces infos.",
                                 "Je ne suis pas d'accord avec vous sur ce point.", "Oui", "Paul Martin dit :"]),
                max_size=14))
@settings(max_examples=200, deadline=None)
def test_an_undated_thread_reads_as_it_did_paragraph_by_paragraph(lines):
    from audit.load import load
    from audit.segment.comments import _undated

    doc = load("\n".join(["Commentaires", *lines]), "thread.txt")
    blocks = list(doc.blocks)
    assert _undated(blocks) == _undated_reference(blocks)


def test_an_article_reads_each_disclosure_block_once(monkeypatch):
    """The segmenter and the extractor share the article's readings (Segmentation.readings),
    not only a cache of the process, which a page of more disclosures than it holds runs
    through and empties (here a cache of two blocks)."""
    import functools
    from collections import Counter

    from audit.pipeline import audit_article
    from audit.segment import disclosure
    from audit.settings import Settings

    calls: Counter = Counter()
    real = disclosure._find_disclosures
    monkeypatch.setattr(disclosure, "_find_disclosures",
                        lambda text, language: calls.update([(text, language)]) or real(text, language))
    monkeypatch.setattr(disclosure, "_cached_disclosures", functools.lru_cache(maxsize=2)(
        lambda text, language: tuple(disclosure._find_disclosures(text, language))))
    text = "Titre de l'article\n" + "Le ministre a démissionné mardi, selon Le Monde. " * 6 + "\n" + \
        "".join(f"Ce contenu a été créé avec l'aide de l'IA. ({i})\n" for i in range(40))
    result = audit_article(text, "a.txt", Settings())
    assert len(result.facts.disclosures) == 40
    assert calls and max(calls.values()) == 1 and result.seg.readings == {}


def _directive_reference(text):
    """Directives as read before, by lazy groups (cubic in a run of spaces)."""
    import re

    from audit.load.directives import Directive

    match = re.match(r"^\s*(?:<!--\s*)?audit\s*:\s*(ignore|disable|enable)\b\s*(?:\[([^\]]*)\])?(.*?)"
                     r"\s*(?:-->)?\s*$", text, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    verb, codes, rest = match.group(1).lower(), match.group(2) or "", match.group(3)
    reason = None
    found = re.match(r"""^\s*reason\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|(.+?))\s*$""", rest, re.DOTALL) \
        if rest.strip() else None
    if found:
        reason = next((g for g in found.groups() if g is not None), "").strip() or None
    return Directive(verb, tuple(c.strip() for c in re.split(r"[,\s]+", codes) if c.strip()), reason)


@given(st.lists(st.sampled_from(["audit", ": ", "ignore", "disable", "[CIT001]", "reason", "=", ":",
                                 '"', "'", " ", "  ", "\n", "-->", "<!-- ", "-", ">", "taux", "x"]),
                max_size=14))
@settings(max_examples=1000, deadline=None)
def test_a_directive_reads_as_the_lazy_patterns_read_it(parts):
    from audit.load.directives import parse_directive

    for text in ("".join(parts), "audit: ignore[NUM001] " + "".join(parts), "<!-- audit: disable " + "".join(parts)):
        assert parse_directive(text) == _directive_reference(text)


@pytest.mark.parametrize("text", [
    "<!-- audit: disable[CIT] reason=taux du jour -->", "<!-- audit: ignore reason=\"taux\" -->  \n",
    "audit: ignore[NUM001] reason='a b'  ", "audit: ignore reason=\"a\" suite -->", "audit: enable -->-->",
    "audit: ignore reason=a --->", "audit: ignore reason=  -->", "audit: ignore[X]reason:x\n\n",
    "audit: ignore reason=taux" + " " * 50 + "du jour -->", "AUDIT : Disable [a, b] reason = c"])
def test_directives_as_written_read_as_before(text):
    from audit.load.directives import parse_directive

    assert parse_directive(text) == _directive_reference(text) is not None


def _split_entries_reference(text, offset):
    """Sources split as before, on copies of the text before and after each separator."""
    import re

    from audit.extract.citations import _ABBREV

    spans, depth, start, in_straight = [], 0, 0, False
    for i, ch in enumerate(text):
        if ch in "«“":
            depth += 1
        elif ch in "»”":
            depth = max(0, depth - 1)
        elif ch == '"':
            in_straight = not in_straight
        elif ch in ".;" and depth == 0 and not in_straight:
            if re.match(r"\s+[A-ZÀ-Ý«“\"]", text[i + 1:]) and not (ch == "." and _ABBREV.search(text[:i])):
                spans.append((start, i + 1))
                start = i + 1
    spans.append((start, len(text)))
    return [(offset + s + len(text[s:e]) - len(text[s:e].lstrip()), offset + s + len(text[s:e].rstrip()))
            for s, e in spans if text[s:e].strip()]


@given(st.lists(st.sampled_from(["Le Monde", ". ", "; ", ".", "Dr", "Ltd", "p", " Titre", "«", "»", '"',
                                 "\n", " ", "A", "x", "2024", "St", "éd", "É"]), max_size=20))
@settings(max_examples=1000, deadline=None)
def test_sources_split_into_the_entries_a_reading_of_copies_gave(parts):
    from audit.extract.citations import split_entries

    text = "".join(parts)
    assert split_entries(text, 7) == _split_entries_reference(text, 7)


def _english_sense_reference(q, others):
    """NUM006's reading as before: every French billion against every amount."""
    written = q.value / q.scale
    for other in others:
        if other is q or other.kind != "money":
            continue
        if other.scale == 1e9 and abs(other.value / other.scale - written) < 1e-9:
            return other
        ratio = other.value / q.value if q.value else 0
        if abs(q.start - other.start) < 80 and 0.3e-3 <= ratio <= 3e-3:
            return other
    return None


@given(st.lists(st.tuples(st.sampled_from([1.5, 2.0, 920.0, 1.0, 0.0015]), st.sampled_from([1e12, 1e9, 1e6, 1.0]),
                          st.sampled_from(["money", "count"]), st.integers(0, 300)), max_size=12))
@settings(max_examples=500, deadline=None)
def test_an_english_billion_is_found_as_reading_every_amount_found_it(rows):
    from audit.rules.num.NUM006 import _english_sense

    quantities = sorted((Quantity(figure * scale, "EUR", kind, start, start + 5, "x", scale=scale)
                         for figure, scale, kind, start in rows), key=lambda q: q.start)
    for q in quantities:
        assert _english_sense(q, quantities) is _english_sense_reference(q, quantities)


def test_unlisted_sources_share_one_list_of_what_is_listed():
    """CIT002 on a page naming an unlisted outlet again and again: a finding each time, each
    showing the list, held once (a copy per finding was a gigabyte on a long page)."""
    from audit.pipeline import audit_article
    from audit.settings import Settings

    body = "".join(f"Le ministre a démissionné mardi {i}, selon Le Figaro, après des semaines de pression.\n"
                   for i in range(30))
    text = "Titre de l'article\n" + body + "Sources :\n" + \
        "".join(f"Journal{i}, « Titre numéro {i} », 12 mars 2024\n" for i in range(20))
    result = audit_article(text, "a.txt", Settings())
    found = [f for f in result.findings if f.rule == "CIT002"]
    assert len(found) == 30 and all("Figaro" in f.evidence["source"] for f in found)
    assert found[0].evidence["listed"] == [c.publisher for c in result.facts.citations]
    assert len({id(f.evidence["listed"]) for f in found}) == 1


@given(st.lists(st.sampled_from(["le", "monde", "afp", "x", "monde le", ""]), max_size=14),
       st.lists(st.sampled_from(["le", "monde", "afp", "x", "y", "", " ", "le monde", "monde  le"]), max_size=4))
@settings(max_examples=1000, deadline=None)
def test_a_name_is_in_the_text_as_a_search_of_the_padded_text_says(text_words, name_words):
    """CIT007's word index answers what " name " in " text " answered, normalised or not."""
    from audit.rules.cit.CIT007 import _Phrases

    text = " ".join(w for w in text_words if w)
    name = " ".join(name_words)
    assert (name in _Phrases(text)) == (f" {name} " in f" {text} ")


def _first_link_reference(links, start, end):
    return next((href for s, e, href in links if s < end and start < e), None)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 25)), max_size=15),
       st.integers(0, 80), st.integers(0, 30))
@settings(max_examples=1000, deadline=None)
def test_a_citation_s_link_is_the_first_in_page_order_that_overlaps_it(spans, start, length):
    from audit.extract.citations import _Links

    links = tuple((s, s + n, f"https://example.org/{i}") for i, (s, n) in enumerate(spans))
    assert _Links(links).first(start, start + length) == _first_link_reference(links, start, start + length)
