"""NUM003's count-noun reading ("its centennial", "is turning 100") runs only on a page whose
lowering the count screen finds something in: every match of "count_noun" holds a match of
the screen, and a page with neither a count noun nor a turning verb is not read."""

import random

from audit.lexicon import lowered
from audit.rules.num.NUM003 import _cues

_FILLER = ["The school", "opened in 1931", "and", "will", "celebrate", "with a picnic", "on Friday",
           "Son", "fête", "le club", "prépare", "en 2024", ",", ".", "\n", "ITS", "Leur"]
_HELD = ["its centennial", "Its CENTENNIAL", "their bicentenary", "is turning 100.",
         "Is Turning 75 this year", "turned 50 years old,", "will turn 120 next",
         "son centenaire", "Leur Cinquantenaire", "son tricentenaire."]


def _screened(language, text):
    low = lowered(text)
    return low is None or _cues(language)["count_screen"].search(low) is not None


def test_every_count_noun_match_passes_the_screen():
    rng = random.Random(12)
    for _ in range(3000):
        words = rng.choices(_FILLER, k=rng.randint(1, 12))
        words.insert(rng.randint(0, len(words)), rng.choice(_HELD))
        text = " ".join(words)
        for language in ("en", "fr"):
            if _cues(language)["count_noun"].search(text):
                assert _screened(language, text), (language, text)


def test_a_page_without_count_words_is_not_read():
    text = ("The school, which opened in 1931, will hold a picnic on Friday. "
            "Le club fête ses 100 ans ce week-end.\n") * 20
    assert not _screened("en", text)
    assert not _screened("fr", text)
    # the words alone, with no number after the verb: "turns out" is no count
    assert not _screened("en", "It turns out the centre is new.")
    assert _screened("en", "The centre is turning 100 on Monday.")
