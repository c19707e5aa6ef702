"""NUM003's words looked for in the page lowered (_kinds_held): the page's case_folded
lowering, kept from check(), when it holds no "ı" or "ſ" (then it is lower()'s); lower()'s
itself otherwise, whose "ı" is no "i"."""

import audit.lexicon as lexicon
from audit.model import Span, SpanKind
from audit.rules.num.NUM003 import _kinds_held, _needs


def _reference(text, spans):
    found = {}
    for i, s in enumerate(spans):
        kinds = {kind for kind, words in _needs().items()
                 if any(w in text[s.start:s.end].lower() for w in words)}
        if kinds:
            found[i] = kinds
    return found


def _spans(text):
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append(Span(SpanKind.BODY, at, at + len(line)))
        at += len(line) + 1
    return spans


def test_same_kinds_as_each_span_lowered():
    texts = [
        "Il y a 75 ans, le 25 août 1944, la ville était libérée.\nLe 75e anniversaire de sa libération.\n" * 30,
        "The company celebrates its 50-year anniversary this year.\nIt was founded 50 years ago.\n" * 30,
        "Kırk yıl önce, il y a quarante ANS, Şehir.\nCeremony for the ANNIVERSARY.\n" * 30,  # "ı"
    ]
    for text in texts:
        lexicon.case_folded(text)  # as check() reads it first
        assert _kinds_held(text, _spans(text)) == _reference(text, _spans(text))
