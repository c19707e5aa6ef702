"""The page-kind note shows the text score with enough decimals to tell it from the threshold.

Round 42b (en08_abcnews) read "score 0.85 < 0.85": its 0.848 rounded to the threshold it missed.
"""
import pytest

from audit.extract.pagekind import _shown


@pytest.mark.parametrize("p, threshold, shown", [
    (0.8497, 0.85, "0.8497"),      # just under: more decimals, never "0.85 < 0.85"
    (0.849999999, 0.85, "0.849999"),  # rounding would reach the threshold: cut, not rounded
    (0.8503, 0.85, "0.8503"),      # just over
    (0.85, 0.85, "0.85"),          # on it
    (0.56, 0.85, "0.56"),          # far: two decimals as before
    (0.9, 0.85, "0.90"),
])
def test_score_never_reads_as_the_threshold(p, threshold, shown):
    assert _shown(p, threshold) == shown
    if p < threshold:
        assert float(_shown(p, threshold)) < threshold
