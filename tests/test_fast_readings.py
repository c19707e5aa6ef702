"""Faster readings of the text against the slower ones they replaced, kept here as references:
the same answers on tricky inputs (case mappings that change length or need context, letters
re counts that str does not, words cut by symbols), drawn at random and from the seeds."""

from __future__ import annotations

import itertools
import re
from array import array

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import lexicon
from audit.lexicon import _WORD, case_folded, get_ai_lexicon, lowered, words_regex
from tests.conftest import SEEDS

# Letters whose case mapping is odd ("İ" lowers to two characters, "ſ" and "ı" are "s" and "i"
# to re, "Σ" lowers by context), symbols re counts as letters, digits, "_", agent words.
_TRICKY = "aeiks İıſΣσςℹ①²_-'.,\n1ßéÆ"
_WORDS = ["chatgpt", "ChatGPT", "ai", "AI", "no", "gpt", "a.i.", "deepl", "language", "model",
          "modèle", "ΣΑΣ", "İstanbul", "ſtrange", "intelligence", "künstliche", "bot", "bots"]
_TEXT = st.lists(st.one_of(st.text(alphabet=_TRICKY, max_size=4), st.sampled_from(_WORDS)),
                 max_size=30).map("".join)


def _seed_texts() -> list[str]:
    return [lexicon.fold(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


# --- the references -----------------------------------------------------------------------

def _old_text_stems(text: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _WORD.finditer(case_folded(text)):
        word = m.group()
        out.update((word[:6], word[:5]) if len(word) > 5 else (word[:6],))
    return frozenset(out)


def _old_stem_sites(low: str, *key_sets: frozenset[str]) -> list[array] | None:
    scan = re.compile(r"[\W\d_](?=" + words_regex([k for k in frozenset().union(*key_sets)
                                                   if _WORD.fullmatch(k)]) + ")")
    found = [array("q") for _ in key_sets]
    starts = itertools.chain([0] if re.match(r"[^\W\d_]", low) else [],
                             (m.end() for m in scan.finditer(low)))
    budget = len(low) // 40 + 1000
    for n, at in enumerate(starts):
        if n > budget:
            return None
        word = _WORD.match(low, at)
        if word is None:
            continue
        stems = (word.group()[:6], word.group()[:5]) if len(word.group()) > 5 else (word.group()[:6],)
        for keys, out in zip(key_sets, found):
            if not keys.isdisjoint(stems):
                out.append(at)
    return found


def _old_literal_sites(low: str, keyless: re.Pattern[str]) -> list[int] | None:
    starts: list[int] = []
    budget = len(low) // 40 + 1000
    m = keyless.search(low)
    while m:
        if len(starts) > budget:
            return None
        starts.append(m.start())
        m = keyless.search(low, m.start() + 1)
    return starts


def _marks(text: str) -> frozenset[str]:
    """The marks a text holds, stems of themselves since speed47's mend (a placeholder's "[")."""
    return frozenset(mark for mark in lexicon._MARKS if mark in text)


# --- the comparisons ------------------------------------------------------------------------

_KEYS = (frozenset({"ai", "no", "chatgp", "model", "modèl", "langua", "ıa", "σας", "gpt", "a",
                    "deepl", "bot", "bots", "i̇st", "intell", "x1"}),
         frozenset({"no", "langua", "σας", "model", "strang", "bo"}))


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=_TEXT)
def test_stems_and_sites_read_as_before(text):
    assert lexicon._text_stems.__wrapped__(text) == _old_text_stems(text) | _marks(text)
    low = case_folded(text)
    assert lexicon._stem_sites(low, *_KEYS) == _old_stem_sites(low, *_KEYS)
    assert lexicon._stem_sites(low, _KEYS[1]) == _old_stem_sites(low, _KEYS[1])


def test_stems_and_sites_read_as_before_on_the_seeds_and_the_lexicon():
    lex = get_ai_lexicon()
    keys = (lex.agent_filter.keys, frozenset(lex._residue_by_stem))
    keyless = lex.agent_filter.keyless
    for text in _seed_texts() + ["", "a", "AI", "ai ai", "x" * 3 + " chatgpt"]:
        low = lowered(text)
        if low is None:
            continue
        assert lexicon._text_stems.__wrapped__(text) == _old_text_stems(text) | _marks(text)
        assert lexicon._stem_sites(low, *keys) == _old_stem_sites(low, *keys)
        assert lexicon._literal_sites(low, lex.agent_filter.keyless_texts) == \
            _old_literal_sites(low, keyless)


def test_dense_sites_give_up_where_they_did():
    """A text of more sites than the budget keeps none, as before; one just under keeps them."""
    keys = (frozenset({"no"}),)
    for n in range(1070, 1100):  # a site in each 3 characters
        low = " ".join(["no"] * n)
        assert (lexicon._stem_sites(low, *keys) is None) == (_old_stem_sites(low, *keys) is None), n
    literals = ("a.i.", "gpt", "pt")
    keyless = re.compile("|".join(map(re.escape, literals)))
    for n, tail in itertools.product(range(515, 540), ("", "a.i.")):  # "gpt" and "pt": two sites in 4 characters
        low = "gpt " * n + tail
        assert lexicon._literal_sites(low, literals) == _old_literal_sites(low, keyless), n
    # Literals that open alike ("gp" in "gpt") share their sites: each is counted once.
    literals = ("gpt", "gp")
    keyless = re.compile("|".join(map(re.escape, literals)))
    for n in range(1100, 1125):
        low = "gpt " * n
        assert lexicon._literal_sites(low, literals) == _old_literal_sites(low, keyless), n


def test_overlapping_literals_are_each_a_site():
    literals = ("a.i.", "i.a.", "gpt", "ll")
    keyless = re.compile("|".join(map(re.escape, literals)))
    for low in ("ka.i.a.i. xgpt", "a.i.a.i.a.", "gptgpt", "", "dalll"):
        assert lexicon._literal_sites(low, literals) == _old_literal_sites(low, keyless)


# --- date and ordinal patterns rewritten to open with a class -------------------------------

_OLD_DATES = {
    "iso": r"(\d{4})(?<![\d-]\d{4})-(\d{2})-(\d{2})(?![\d])",
    "numeric": r"(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])",
    "dmy": r"(\d(?<!\w\d)\d?|1(?<!\w1)er|p(?<!\wp)remier)(\.?)\s+(?:de\s+)?({months})\.?"
           r"(?:\s+(?:de\s+)?\[?(\d{{4}})\]?)?(?!\w)",
    # a full stop after the year ends a sentence ("am 10.1.2023."), round 7
    "dotted": r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|[.,]\d)",
}
_OLD_ROMAN = r"([IVX]{{1,7}}){suffix}(?![\w-])"
# Digits of other scripts are \d too ("٣", "३"); "1er" and "premier" open a day, "İ" and "ſ"
# are odd letters, "I", "V" and "X" Roman numerals.
_DATE_TEXT = st.lists(st.one_of(
    st.text(alphabet="0123456789٣३-/ .,[]İıſ_a", max_size=6),
    st.sampled_from(["1er", "premier", "2024-05-01", "12/03/2024", "1 janvier", "31 mars 2024",
                     "27. januar 2020", "12 de marzo de 2021", "07.05.2020", "1.2.2020.4",
                     "x1er mai", "Ier", "XXe", "IVth", "XIVe", "VIIIIIIIe", "-XXe", "mai", " ",
                     "p mai", "per mai", "2er mai", "premier mai", "ppremier mai", "p1 mai", "1remier mai"])),
    max_size=20).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=_DATE_TEXT)
def test_date_and_roman_patterns_match_as_before(text):
    from audit.extract import dates, numbers
    from audit.lexicon import get_lexicon

    months = words_regex(list(get_lexicon().months))
    new = dates._patterns(caseless=False)
    low = text.lower()
    for name, source in _OLD_DATES.items():
        old = re.compile(source.format(months=months) if name == "dmy" else source)
        assert _spans(new[name], low) == _spans(old, low), name
    old = re.compile(_OLD_ROMAN.format(suffix=numbers.ORDINAL_SUFFIX))
    assert _spans(numbers._ROMAN_ORDINAL, text) == _spans(old, text)


def test_the_page_lowered_once_is_what_each_extractor_read():
    """extract() lowers the page once and hands it to the extractors that search it whole:
    what they find is what they found lowering it themselves, and what they find in the text
    as it is (None: a text lower() lengthens, "İ")."""
    from audit.extract import _inline_boilerplate, find_quantities, published_in_text
    from audit.extract.attributions import find_attributions

    texts = _seed_texts() + ["Publié le 3 mai 2024. Selon İbrahim, 30 ΣΟΦΙΑ ſelon lui. Partager"]
    for text in texts:
        ranges = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        low = lowered(text)
        for given in (low, None):
            assert find_quantities(text, ranges, "fr", low=given) == find_quantities(text, ranges, "fr")
            assert published_in_text(text, ranges, "fr", given) == published_in_text(text, ranges, "fr")
            assert _inline_boilerplate(text, ranges, given) == _inline_boilerplate(text, ranges)
            assert find_attributions(text, ranges, given) == find_attributions(text, ranges)

