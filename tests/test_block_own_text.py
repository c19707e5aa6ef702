"""The block model's own-text features read each block's words lowercased with the block, at
once: the same features, bit for bit, as lowering word by word (the reading before)."""

import math
from collections import Counter

from audit.lexicon import get_lexicon, lowered
from audit.segment.blocks import (_CLAUSE_END, _DIGITS, _SAMPLE, _SENTENCE_END, _SYMBOL,
                                  _own_text)
from audit.segment.quality import stoplist_for


def _word_by_word(texts, link_shares):
    words = [t.split() if len(t) <= _SAMPLE else t[:_SAMPLE].split() for t in texts]
    opening = [w.lower() for ws in words for w in ws[:200]][:2000]
    is_stop = stoplist_for(opening).__contains__
    cue = get_lexicon().boilerplate.hits(texts, list(map(lowered, texts)))
    seen = Counter(texts)
    flat = []
    for text, ws, linked, boilerplate in zip(texts, words, link_shares, cue):
        n_words = (len(ws) if len(text) <= _SAMPLE else len(ws) * len(text) // _SAMPLE) or 1
        last = text[-1:]
        ends = last in _SENTENCE_END
        flat.extend((math.log1p(len(text)), math.log1p(n_words),
                     sum(map(is_stop, map(str.lower, ws[:200]))) / min(n_words, 200),
                     1.0 if ends else 0.0, 1.0 if last in _CLAUSE_END else 0.0,
                     1.0 if text[:1].isupper() else 0.0,
                     len(_DIGITS.findall(text, 0, 2000)) / (min(len(text), 2000) or 1),
                     1.0 if _SYMBOL.search(text, 0, 2000) else 0.0,
                     text.count(",", 0, _SAMPLE) / min(n_words, len(ws) or 1),
                     float(boilerplate), 1.0 if seen[text] > 1 else 0.0,
                     1.0 if ends and n_words >= 10 and linked < 0.5 else 0.0))
    return flat


def test_own_text_as_read_word_by_word():
    texts = [
        "Le conseil municipal a voté mardi le budget de la commune, en hausse de 3 % sur l'an "
        "dernier, sans augmenter les impôts locaux.",
        "THE MINISTER RESIGNED ON TUESDAY AFTER WEEKS OF PRESSURE, REUTERS REPORTED.",
        "Partager sur Facebook",
        # Greek capitals (a final sigma lowers by its neighbours), a dotted capital I that
        # lowers to two characters, the dotless i, a long s, titlecase digraphs
        "ΟΔΟΣ ΑΘΗΝΑΣ. ΣΑΣ 'ΟΣ' Σ",
        "İstanbul DİE Stadt ıst ſo ǅemal ǈubljana",
        "Partager sur Facebook",
        # past the sample: its words read from the first characters only
        "Der Rat hat den Haushalt beschlossen, und DIE Stadt zahlt. " * 400,
        "",
    ]
    shares = [0.0, 0.2, 1.0, 0.0, 0.6, 1.0, 0.0, 0.0]
    assert _own_text(texts, shares) == _word_by_word(texts, shares)
    assert _own_text(texts[:3], shares[:3]) != _own_text(texts[3:6], shares[3:6])
