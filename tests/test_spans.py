"""Spans kept as columns: they read, filter, compare and travel as the tuple of Span objects
they replace (a megabyte of short lines is 166,000 spans)."""

from __future__ import annotations

import pickle

import pytest

from audit.extract import _ranges
from audit.load import load
from audit.model import Ranges, Span, SpanKind, Spans, offsets
from audit.segment import segment
from audit.segment.classify import classify_blocks
from audit.lexicon import fold
from tests.conftest import seed


@pytest.mark.parametrize("name, fmt", [("000", "txt"), ("003", "txt"), ("000", "md")])
def test_a_seeds_spans_are_the_span_objects_they_replace(name, fmt):
    text = seed(name).read_text(encoding="utf-8")
    doc = load(text if fmt == "txt" else "# Titre\n\n" + text, f"{name}.{fmt}")
    seg = segment(doc)
    kinds = classify_blocks(doc, fold(doc.text))
    made = tuple(Span(kind, start, end) for (start, end), kind in zip(offsets(doc.blocks), kinds))
    spans = seg.spans
    assert isinstance(spans, Spans) and len(spans) == len(made) > 10
    assert list(spans) == list(made) and spans == made and hash(spans) == hash(made)
    assert [spans[i] for i in range(-len(spans), len(spans))] == list(made) * 2
    assert list(spans[3:9]) == list(made[3:9]) and list(spans[::-2]) == list(made[::-2])
    assert list(offsets(spans)) == [(s.start, s.end) for s in made]
    for wanted in ([SpanKind.BODY], [SpanKind.SOURCES, SpanKind.COMMENTS], list(SpanKind), []):
        expected = [s for s in made if s.kind in wanted]
        assert list(seg.of_kind(*wanted)) == expected
        assert list(_ranges(seg, *wanted)) == [(s.start, s.end) for s in expected]
    assert pickle.loads(pickle.dumps(spans)) == spans  # a process pool sends results


def test_a_span_read_from_columns_is_a_span_like_any_other():
    spans = Spans.from_offsets([(0, 5), (6, 9)], [SpanKind.TITLE, SpanKind.BODY])
    span = spans[1]
    assert type(span) is Span and span == Span(SpanKind.BODY, 6, 9)
    assert hash(span) == hash(Span(SpanKind.BODY, 6, 9))
    with pytest.raises(AttributeError):
        span.start = 0  # frozen, as Span is
    with pytest.raises(IndexError):
        spans[2]
    assert not Spans.from_offsets([], []) and spans.of_kind(SpanKind.HEADING) == ()
    with pytest.raises(ValueError, match="2 offsets for 1 kinds"):
        Spans.from_offsets([(0, 5), (6, 9)], [SpanKind.TITLE])


def test_ranges_read_from_columns_index_slice_and_compare_as_a_list():
    ranges = Spans.from_offsets([(0, 5), (6, 9), (10, 12)], [SpanKind.BODY] * 3).ranges()
    assert isinstance(ranges, Ranges) and len(ranges) == 3
    assert ranges == [(0, 5), (6, 9), (10, 12)] and list(ranges[1:]) == [(6, 9), (10, 12)]
    assert ranges[-1] == (10, 12) and list(ranges) == list(ranges)  # iterated again, the same
