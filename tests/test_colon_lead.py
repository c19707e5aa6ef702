"""_colon_lead reads the clause before a quotation's colon as _CLAUSE_TAIL.search does."""

import random

from audit.extract.quotes import _CLAUSE_TAIL, _colon_lead
from audit.segment.cues import word_count


def _by_pattern(text, lo, start):
    m = _CLAUSE_TAIL.search(text, max(lo, start - 200), start)
    return m is not None and word_count(text[m.start():m.end()]) >= 3


def test_real_leads():
    text = "Le ministre a ajouté ce matin : « Nous ne céderons pas. »"
    assert _colon_lead(text, 0, text.index("«"))
    text = "Il dit: « Non. »"  # two words before the colon (French spacing makes ":" a third)
    assert not _colon_lead(text, 0, text.index("«"))
    text = "Fin de la phrase. Puis : « Oui. »"  # the clause starts after the full stop
    assert not _colon_lead(text, 0, text.index("«"))
    text = "Inspector Tate said: “Officers received a call.”"
    assert _colon_lead(text, 0, text.index("“"))


def test_same_as_pattern():
    rnd = random.Random(2)
    alphabet = list("ab c:.!\n«“\t\u00a0\u2028\x1c")
    for _ in range(30_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        lo = rnd.randint(0, len(text))
        start = rnd.randint(lo, len(text))
        assert _colon_lead(text, lo, start) == _by_pattern(text, lo, start), (text, lo, start)
    long = "mot " * 80 + ": "
    assert _colon_lead(long, 0, len(long)) == _by_pattern(long, 0, len(long))
