"""Property tests (hypothesis): an amount written in any supported form reads back to its
value; the extractor never crashes and every span it gives lies inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.extract.quantities import find_conversions, find_quantities
from audit.lexicon import fold

BUDGET = settings(max_examples=200, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])
SPACES = (" ", "\u00a0", "\u202f")


def _group(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


@st.composite
def figures(draw):
    """(language, written figure, value): French and English digit forms."""
    whole = draw(st.integers(min_value=0, max_value=999_999_999))
    decimals = draw(st.integers(min_value=0, max_value=2))
    frac = draw(st.integers(min_value=0, max_value=10 ** decimals - 1)) if decimals else 0
    frac_text = f"{frac:0{decimals}d}" if decimals else ""
    value = whole + (frac / 10 ** decimals if decimals else 0)
    style = draw(st.sampled_from(["fr-space", "fr-dot", "en", "plain"]))
    if style == "fr-space":
        text = _group(whole, draw(st.sampled_from(SPACES))) + (f",{frac_text}" if decimals else "")
        return "fr", text, value
    if style == "fr-dot":
        text = _group(whole, ".") + (f",{frac_text}" if decimals else "")
        if whole < 1000 and not decimals:
            text = str(whole)
        return "fr", text, value
    if style == "en":
        return "en", _group(whole, ",") + (f".{frac_text}" if decimals else ""), value
    return "fr", str(whole) + (f",{frac_text}" if decimals else ""), value


MONEY = {
    "fr": [("{n} euros", "EUR", 1), ("{n} €", "EUR", 1), ("{n} millions de dollars", "USD", 1e6),
           ("{n} milliards de francs suisses", "CHF", 1e9), ("{n} M€", "EUR", 1e6),
           ("{n} Md€", "EUR", 1e9), ("{n} livres sterling", "GBP", 1), ("{n} k$", "USD", 1e3),
           ("{n} millions de yens", "JPY", 1e6), ("USD {n}", "USD", 1)],
    "en": [("${n}", "USD", 1), ("${n}bn", "USD", 1e9), ("€{n}m", "EUR", 1e6), ("£{n}", "GBP", 1),
           ("{n} million euros", "EUR", 1e6), ("{n} billion dollars", "USD", 1e9),
           ("US${n}", "USD", 1), ("{n} Swiss francs", "CHF", 1), ("EUR {n} million", "EUR", 1e6)],
}


@BUDGET
@given(figures(), st.data())
def test_any_amount_reads_back_to_its_value(figure, data):
    language, written, value = figure
    template, code, scale = data.draw(st.sampled_from(MONEY[language]))
    amount = template.format(n=written)
    text = fold(f"Le montant atteint {amount}, selon le rapport." if language == "fr"
                else f"The amount reached {amount}, the report said.")
    found = [q for q in find_quantities(text, [(0, len(text))], language) if q.kind == "money"]
    assert len(found) == 1, (amount, [(q.text, q.value, q.unit) for q in found])
    q = found[0]
    assert q.unit == code, (amount, q.unit)
    assert q.value == pytest.approx(value * scale, rel=1e-9), (amount, q.value)
    assert q.text.strip() == fold(amount).strip(), (amount, q.text)
    assert q.precision > 0


@BUDGET
@given(figures(), st.sampled_from(["(", "[environ ", ", soit ", ", soit près de ",
                                   ", l'équivalent de "]))
def test_a_conversion_pairs_the_two_amounts(figure, bridge):
    language, written, value = figure
    text = fold(f"Le prix atteint {written} millions de dollars {bridge}42,7 millions d'euros"
                f"{')' if bridge == '(' else ']' if bridge.startswith('[') else ''}.")
    quantities = find_quantities(text, [(0, len(text))], language)
    (conversion,) = find_conversions(text, quantities, language)
    assert conversion.source.value == pytest.approx(value * 1e6, rel=1e-9)
    assert conversion.target.value == pytest.approx(42.7e6)


NOISY = st.lists(st.sampled_from(list("0123456789 ,.\u00a0\u202f-$€£¥%°CFkmM()[]") +
                                 ["millions", " de ", "dollars", "euros", "soit", "environ",
                                  "plus de", "km", "miles", "habitants", "\n", "k$", "bn", "un",
                                  "vingt", "mille", "é"]),
                 max_size=120).map("".join)


@BUDGET
@given(st.one_of(NOISY, st.text(max_size=300)), st.sampled_from(["fr", "en", "es", None]))
def test_the_extractor_never_crashes_and_spans_lie_inside_the_text(raw, language):
    text = fold(raw)
    quantities = find_quantities(text, [(0, len(text))], language)
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.precision >= 0
    for c in find_conversions(text, quantities, language):
        assert 0 <= c.start <= c.source.start < c.target.end <= c.end <= len(text)


_DATE_WORDS = ["janvier", "mai", "May", "march", "März", "dezember", "Sept.", "of", "de", "1er",
               "premier", "5", "12", "31st", "2025", "[2024]", ",", ".", "İ", "maio", "aprıl"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@example([("May", " "), ("5", ""), (",", " "), ("2025", " "), ("mai", " "), ("2024", "")])
@given(st.lists(st.tuples(st.sampled_from(_DATE_WORDS), st.sampled_from(["", " ", "  ", "\n", "-"])),
                max_size=14))
def test_month_patterns_read_at_the_month_names_find_what_a_scan_finds(parts):
    """The patterns that open with a month name are matched only where the month pattern
    found one (one scan of the page, not three): the same matches as each pattern's own scan."""
    from audit.extract.dates import _matches_at, _patterns
    from audit.lexicon import lowered

    text = "".join(w + sep for w, sep in parts)
    low = lowered(text)
    p = _patterns(caseless=low is None)
    scanned = text if low is None else low
    months = [m.start() for m in p["m"].finditer(scanned)]
    for name in ("mdy", "my"):
        assert [m.span() for m in _matches_at(p[name], scanned, months)] == \
            [m.span() for m in p[name].finditer(scanned)], (name, text)
    if text == "May 5, 2025 mai 2024":  # the example: both patterns find their date
        assert [len(_matches_at(p[n], scanned, months)) for n in ("mdy", "my")] == [1, 1]


_PIECES = ["vingt-cinq", "quatre-vingt-dixième", "XXe", "IIIrd", "fünfundzwanzigsten", "deux",
           "Ligne", "ſept", "İki", "duecentocinquantamila", "seventy-fifth", "3", "١٢", "2 500",
           "mille", "VIIe siècle", "MILLIONS", "une", "et", "x", "ΣΟΦΙΑ"]


@BUDGET
@given(st.data(), st.sampled_from(["fr", "en", "de", "it", "es", "pt", None]))
def test_ranges_the_screen_rules_out_hold_no_quantity(data, language):
    """find_quantities reads only the ranges where a digit, a number word, an ordinal word or
    a Roman capital stands (numbers.figure_screen): the same quantities as reading them all,
    with ranges cut anywhere, inside words too, and text lower() lengthens ("İ")."""
    from unittest import mock

    import audit.extract.quantities as quantities

    words = data.draw(st.lists(st.sampled_from(_PIECES) | st.text(alphabet="aeiouIVX -\n,.", max_size=5),
                               max_size=8))
    text = fold(" ".join(words))
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=6)) + [0, len(text)]))
    ranges = list(zip(cuts, cuts[1:]))
    screened = find_quantities(text, ranges, language)
    with mock.patch.object(quantities, "figure_screen", lambda language: _EVERYWHERE), \
            mock.patch.object(quantities, "_ROMAN_LETTER", _EVERYWHERE):
        assert find_quantities(text, ranges, language) == screened


_EVERYWHERE = __import__("re").compile("")  # finds the empty string in any range


@pytest.mark.parametrize("language", ["fr", "en", "es", "de", "it", None])
def test_the_word_tries_after_a_figure_match_as_the_flat_alternations(monkeypatch, language) -> None:
    """The scale, currency-name and unit words after a figure are read by tries of their
    lowercased letters (_caseless_trie): on every word in four casings, alone, followed by a
    letter, a space or an "s", and behind "de"/"d'", each pattern matches the same span with
    the same groups as the flat, longest-first alternation it replaced."""
    from audit.extract import quantities

    new = quantities._lexicon(language)
    monkeypatch.setattr(quantities, "_caseless_trie", lambda words: f"(?:{quantities._alt(words)})")
    old = quantities._lexicon.__wrapped__(language)
    assert old.tail.pattern != new.tail.pattern
    words = list(new.scales) + list(new.units) + list(new.currencies)
    tried = 0
    for word in words:
        for cased in {word, word.upper(), word.title(), word.capitalize()}:
            for text in (f" {cased}", f"{cased}x", f" {cased} x", f" {cased}s", f" de {cased}",
                         f" d'{cased}.", f" millions de {cased}", f" {cased}\u00a0000"):
                for a, b in ((old.tail, new.tail), (old.tail_no_scale, new.tail_no_scale)):
                    m, n = a.match(text), b.match(text)
                    assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), \
                        (language, text)
                    tried += 1
    assert tried > 5_000


_WORD_PIECES = ["vingt", "quatre-vingt", "et", "un", "cent", "mille", "deux", "zwei", "hundert",
                "zweihundertfünfzig", "eins", "und", "twenty", "one", "cinquanta", "duecento",
                "mai", "May", "janvier", "Juni", "août", "x", "İ", "ΣΟΦΙΑ", "3"]
_SEPARATORS = ["", " ", "-", "\n", ".", "'", "_", "é", "2"]


@BUDGET
@example([("vingt", "-"), ("deux", " "), ("mai", "")], "fr")  # a run at the text's start
@given(st.lists(st.tuples(st.sampled_from(_WORD_PIECES), st.sampled_from(_SEPARATORS)), max_size=12),
       st.sampled_from(["fr", "en", "de", "it", "es"]))
def test_word_start_scans_find_the_plain_patterns_matches(parts, language):
    """lexicon.word_start_scan opens a character before the word: read by word_start_spans,
    it finds every match the plain pattern finds, at the text's start too."""
    from audit.extract import dates, numbers
    from audit.lexicon import lowered, word_start_spans

    text = "".join(w + sep for w, sep in parts)
    low = lowered(text)
    if low is None:
        return
    for plain, scan in ((numbers.number_words_pattern(language, True), numbers._number_words_scan(language)),
                        (dates._patterns(False)["m"], dates._patterns(False)["m_scan"])):
        assert word_start_spans(plain, scan, low) == [m.span() for m in plain.finditer(low)], text


@BUDGET
@example([("vingt", " "), ("cinq", "")], [0, 5, 10], "fr")  # a run crosses the ranges' edge
@example([("x", ""), ("vingt", "")], [0, 1, 6], "fr")  # a letter before the range's start
@example([("vingt", ""), ("x", "")], [0, 5, 6], "fr")  # a letter after its end
@given(st.lists(st.tuples(st.sampled_from(_WORD_PIECES), st.sampled_from(_SEPARATORS)), max_size=12),
       st.lists(st.integers(0, 200), max_size=8), st.sampled_from(["fr", "en", "de", "it", "es", None]))
def test_number_words_of_the_page_are_those_each_range_reads(parts, cuts, language):
    """numbers.NumberWords.within gives what find_number_words reads in the range alone, or
    None; find_quantities reading them finds the same quantities. The ranges are read in a
    text with all else blanked, as the extractor's dates read them."""
    from audit.extract import _masked
    from audit.extract.numbers import NumberWords, find_number_words
    from audit.lexicon import lowered

    text = fold("".join(w + sep for w, sep in parts))
    bounds = sorted({min(c, len(text)) for c in cuts})
    for ranges in (list(zip(bounds[::2], bounds[1::2])), list(zip(bounds, bounds[1:]))):  # apart, side by side
        masked = _masked(text, ranges)
        words = NumberWords(masked, language or "fr", lowered(masked))
        for start, end in ranges:
            within = words.within(start, end)
            if within is not None:
                assert within == [(start + s, start + e, v)
                                  for s, e, v in find_number_words(text[start:end], language or "fr")]
        assert find_quantities(text, ranges, language, words=words) == \
            find_quantities(text, ranges, language), (text, ranges)
