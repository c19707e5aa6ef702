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
    # made a column at a time: the rows as the loop over blocks made them, bit for bit
    assert _own_text(texts, shares).ravel().tolist() == _word_by_word(texts, shares)
    assert _own_text(texts[:3], shares[:3]).tolist() != _own_text(texts[3:6], shares[3:6]).tolist()


def test_one_block_reading_for_the_model_and_the_classifier():
    """segment() reads an HTML page's blocks once (BlockReading) for the block model and the
    classifier: the classifier takes the cue's bulk verdicts, a byte a block, where it asked
    each block it read; the same kinds, title and boxes as reading them itself."""
    from dataclasses import replace
    from pathlib import Path

    from audit.lexicon import fold
    from audit.load import load
    from audit.model import Block
    from audit.segment.blocks import block_features, first_opinion
    from audit.segment.classify import classify_page
    from audit.segment.cues import BlockReading, clean

    rounds = Path(__file__).parent / "data" / "blind_rounds"
    pages = sorted(rounds.glob("round*/inputs/*.html"))[:12]
    assert len(pages) >= 8
    boilerplate = get_lexicon().boilerplate
    marked = 0
    for page in pages:
        doc = load(page.read_bytes(), page.name)
        folded = fold(doc.text)
        read = BlockReading(doc.blocks, folded)
        assert read.texts == [clean(b, folded) for b in doc.blocks]
        assert read.lows == [lowered(t) for t in read.texts]
        assert list(read.boilerplate) == [boilerplate.matches(t, low)
                                          for t, low in zip(read.texts, read.lows)]
        marked += sum(read.boilerplate)
        assert (block_features(doc, folded, read) == block_features(doc, folded)).all()
        # judged by the block model (the classifier asks the cue of blocks one by one), and not
        # judged (the line model reads the blocks as lines)
        judged = replace(doc, blocks=tuple(map(Block.judged, doc.blocks,
                                               first_opinion(doc, "own", folded=folded))))
        for blocks in (judged, doc):
            assert classify_page(blocks, folded, read=read) == classify_page(blocks, folded)
    assert marked > 0  # the cue marks some of their blocks: the verdicts are compared on both
