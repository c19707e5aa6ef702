"""The literal prefilter (audit/literals.py): it may let through a text no pattern matches,
never hide one a pattern does."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.lexicon import (Sites, _text_stems, _whole, get_ai_lexicon, get_lexicon, get_publishers,
                           lowered)
from audit.literals import Prefilter, required
from tests.conftest import SEEDS

OUTIL = r"(un |l'|des )?(outils?|logiciels?) (d'|de )(?-i:IA)( générative)?"


def _may(prefilter: Prefilter, text: str) -> bool:
    low = lowered(text)
    return low is None or prefilter.may_match(low, _text_stems(text))


def test_every_required_part_must_be_there():
    pf = Prefilter([OUTIL])
    assert _may(pf, "Ce texte a été écrit avec un outil d'IA.")
    assert _may(pf, "des logiciels de IA générative")
    # A word of the pattern is not the pattern: the prefilter needs the rest too.
    assert not _may(pf, "Un outil de cuisine, des services en ligne.")
    assert not _may(pf, "L'IA progresse.")


def test_the_pattern_ends_are_word_boundaries():
    pf = Prefilter([r"(an |the )?(algorithms?|chatbots?|bots?|robots?)"])
    assert _may(pf, "Wir sind die Bots, die Uploadfilter verhindern!")
    assert _may(pf, "the chatbot said")
    assert not _may(pf, "Il a acheté des sabots.")  # "bots" inside a word is no match


def test_what_it_cannot_read_it_does_not_require():
    assert required(r"(a+)\1") == ()
    assert required(r"[a-z]+\d") == ()
    assert Prefilter([r"[a-z]+", OUTIL]).always
    # An optional part is not required; a required one after it is, a whole word.
    assert [[(lit.text, lit.key) for lit in c] for c in required(r"(très )?grand")] == \
        [[("grand", "grand")]]
    # A part whose end is not known ("gpt" then digits) is required as text, not as a word.
    assert [[(lit.text, lit.key) for lit in c] for c in required(r"gpt ?-?\d+")] == [[("gpt", None)]]


def test_short_literals_need_a_whole_word():
    pf = Prefilter([r"(?-i:AI)"])
    assert _may(pf, "Texte écrit par AI.")
    assert not _may(pf, "He said it again.")  # "ai" inside words


_PATTERNS = [p for d in get_ai_lexicon().docs.values() for p in d.get("agents", [])] + \
    list(get_ai_lexicon().tools)
_CONTEXT = st.text(alphabet="aéiks KIA-'., ()\n1ßı", max_size=6)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), pattern=st.sampled_from(_PATTERNS), before=_CONTEXT, after=_CONTEXT)
def test_a_text_an_agent_pattern_matches_always_passes(data, pattern, before, after):
    """Strings each agent pattern matches, drawn from the pattern itself, in random
    surroundings: whenever the pattern (as the lexicon compiles it) finds one, so does the
    prefilter, alone and as the lexicon's agent test."""
    found = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    text = before + found + after
    if _whole([pattern]).search(text):
        assert _may(Prefilter([pattern]), text), (pattern, text)
        assert get_ai_lexicon().may_name_agent(text), (pattern, text)


def test_the_lexicon_filter_is_built_from_every_agent_pattern():
    lex = get_ai_lexicon()
    assert len(lex.agent_filter.clauses) == len(_PATTERNS)
    assert not lex.agent_filter.always
    # "Google" alone is not "Google Translate": the sentence is not read at all.
    assert not lex.may_name_agent("Le service de Google est en panne.")
    assert lex.may_name_agent("Texte traduit avec Google Traduction.")


def test_a_symbol_a_sentence_is_read_past_does_not_hide_its_agent():
    """"ℹ" is a letter to re: "ℹAI" is one word in the block, but its sentence is read past
    the symbol ("AI-generated…"), so the block must pass the agent test as the sentence does."""
    from audit.segment.disclosure import find_disclosures

    assert get_ai_lexicon().may_name_agent("ℹAI-generated image of the president.")
    [reading] = find_disclosures("ℹAI-generated image of the president.")
    assert (reading.form, reading.scope) == ("caption", "image")


_RESIDUE = [p for d in get_ai_lexicon().docs.values() for p in d.get("residue", [])]
_FILLER = st.text(alphabet="aéiks KIA-'., ()\n1ßıİℹ①_", max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), agents=st.lists(st.sampled_from(_PATTERNS), max_size=3),
       residue=st.lists(st.sampled_from(_RESIDUE), max_size=2))
def test_a_block_with_no_site_fails_the_block_test(data, agents, residue):
    """A page of agent names and leftovers drawn from their patterns, in random filler, cut
    into blocks at random places (inside words too): a block the page's sites rule out is one
    the block's own test rules out."""
    pieces = [data.draw(_FILLER)]
    for pattern in agents + residue:
        pieces += [data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True)),
                   data.draw(_FILLER)]
    text = "".join(pieces)
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=6)) + [0, len(text)]))
    lex = get_ai_lexicon()
    agent_sites, residue_sites = lex.sites(text)
    # Every block asked at once (the classifier and the extractors do): the same answers,
    # also for ranges out of order or overlapping.
    ranges = list(zip(cuts, cuts[1:])) + [tuple(sorted(data.draw(st.lists(
        st.integers(0, len(text)), min_size=2, max_size=2)))) for _ in range(3)]
    for sites in (agent_sites, residue_sites, Sites(text, None)):
        assert sites.holding(ranges) == bytes(sites.may_hold(s, e) for s, e in ranges)
    for start, end in zip(cuts, cuts[1:]):
        block = text[start:end]
        if not agent_sites.may_hold(start, end):
            assert not lex.may_name_agent(block), (text, block)
        if not residue_sites.may_hold(start, end):
            assert not lex.residue_for(block), (text, block)
        stems = residue_sites.stems_within(start, end)
        if stems is not None:  # the leftovers a block may hold, from its sites' words
            assert {p.pattern for p in lex.residue_for(block, stems)} == \
                {p.pattern for p in lex.residue_for(block)}, (text, block)


def test_sites_point_at_the_lines_that_may_name_an_agent():
    lex = get_ai_lexicon()
    page = "Le ministre a démissionné.\nTexte traduit par DeepL.\nIl pleut sur Paris.\n"
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", page)]
    sites, _ = lex.sites(page)
    assert [sites.may_hold(s, e) for s, e in lines] == [False, True, False]
    # A block that cuts a word is asked as before: "Deep" + "L." are one word on the page.
    cut = page.index("DeepL") + 4
    assert sites.may_hold(lines[1][0], cut) and sites.may_hold(cut, lines[1][1])
    # "ai" inside "maison" is no site; "As an AI language model" is a leftover's.
    assert not lex.sites("La maison.")[0].may_hold(0, 10)
    # A text dense in candidate words ("language language …", a page of "ChatGPT") keeps no
    # sites: they would cost more than the block tests they save, and hold 8 bytes each.
    # ("no no no …" was one until speed47: "no" is no leftover's stem, "como modelo de
    # lenguaje no" has rarer ones.)
    for dense in ("language " * 30_000, "ChatGPT " * 20_000, "xgpt " * 30_000):
        assert not any(sites.known for sites in lex.sites(dense))
    assert all(sites.known for sites in lex.sites(page))
    # ("Intro." was the first line until ai48: "intro" is now a hand-over's stem, «Voici une intro…»)
    text = "Salut.\nAs an AI language model, I cannot do that.\n"
    _, residue = lex.sites(text)
    assert not residue.may_hold(0, 6) and residue.may_hold(7, len(text) - 1)


def test_a_symbol_that_is_a_letter_to_re_keeps_a_leftover_word_whole():
    """"ℹ" is read as a space for agents ("ℹAI-generated…") but not for leftovers (a review
    found an AI004 the block test never gave). "[nameℹ]" is read as "[Namen]" is: the
    placeholder's word runs on, and its pattern ("\\[(name|…)[^\\]]{0,40}\\]") matches it; its
    "[" is its site since speed47's mend (the word "nameℹ" was no site of "name" before, so
    the block test gave nothing where the pattern matched)."""
    from audit.pipeline import audit_document

    for text in ("Written by [name\u2139] for the newspaper today, it says.\n",
                 "Read more about it here [link\u2139] in the text today.\n",
                 "Written by [name] for the paper today, it says.\n"):
        assert [f["rule"] for f in audit_document(text, "x.txt")["findings"]].count("AI004") == 1
    assert not [f for f in audit_document("Written by [the editor\u2139] today, it says.\n",
                                          "x.txt")["findings"] if f["rule"] == "AI004"]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), names=st.lists(st.sampled_from(
    ["AFP", "AP", "APA", "AP News", "Reuters", "dpa", "Agence France-Presse", "ANSA", "PA Media"]),
    max_size=4))
def test_agency_credits_read_every_block_that_may_hold_one(data, names):
    """Only blocks where an agency's name may start are read for credits: a block the scan
    rules out holds no name, so the credit reader could find nothing in it. Names overlap
    ("AP" in "APA", "AP News"), sit across block edges and glue to words ("avecAFP")."""
    from audit.extract.citations import find_agency_credits

    filler = st.text(alphabet="avec (l')\n,.–AP ", max_size=6)
    text = "".join(data.draw(filler) + name for name in names) + data.draw(filler)
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=6)) + [0, len(text)]))
    blocks = list(zip(cuts, cuts[1:]))
    starts = [m.start() for m in get_publishers().agency_start.finditer(text)]
    held = Sites(text, starts).holding(blocks)
    for (start, end), may in zip(blocks, held):
        if not may:
            block = text[start:end]
            assert not any(n in block for n in names), (text, start, end)
            assert not get_publishers().agency_name.search(block), (text, start, end)
    # Read all at once, a block's credits are the ones it gives alone.
    together = find_agency_credits(text, text, blocks)
    assert together == [c for b in blocks for c in find_agency_credits(text, text, [b])]


# --- first_chars: what a match may open with ---------------------------------------------

@pytest.mark.parametrize("pattern, expected", [
    (r"(lire|voir) aussi", ("lv", False)),
    (r"\(?(photo|image)s?\s*:", ("(ip", False)),
    (r"(?:x)?y", ("xy", False)),
    (r"(?=b)bc", ("b", False)),  # a look-ahead reads no character: what follows opens the match
    (r"[a-c]|zz", ("abcz", False)),
    (r"(\d+|eine?) (sekunden|minuten)", ("e", True)),
    (r"a*", None),  # may match ""
    (r"(x|)", None),
    (r"$", None),
    (r".{0,80}newsletter", None),  # any character
    (r"[^a]b", None),
    (r"\w+", None),
    (r"(?i:a)b", None),  # case-insensitive: "A" too
    (r"(?i)ab", None),
    (r"(a)\1", ("a", False)),
])
def test_first_chars_lists_what_a_match_may_open_with(pattern: str, expected) -> None:
    from audit.literals import first_chars

    assert first_chars(pattern) == expected


def test_first_chars_reads_digits_as_re_does() -> None:
    """A branch opening with \\d may open with any character re takes for a digit: those
    str.isdecimal takes, in every script."""
    from audit.literals import first_chars, opens_with

    opens = first_chars(r"\d+ (comments?|kommentare)")
    assert opens is not None
    digits = {c for c in map(chr, range(0x110000)) if re.match(r"\d", c)}
    assert digits == {c for c in map(chr, range(0x110000)) if opens_with(opens, c)}
    assert "٣" in digits and not opens_with(opens, "x")


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_match_opens_with_one_of_the_first_chars(data) -> None:
    """On random patterns from pieces the lexicons use, every match found opens with a
    character first_chars lists (it may list more)."""
    from audit.literals import first_chars, opens_with

    pieces = ["a", "b", "(a|b)", "[bc]", "c?", "(?:ab)*", r"\d", " ", "x{0,2}", r"\s*", "(?=a)",
              r"\b", "é", r"[\d.]"]
    pattern = "".join(data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=5)))
    text = data.draw(st.text(alphabet="abcxé 1٣.", max_size=8))
    opens = first_chars(pattern)
    for start in range(len(text) + 1):
        m = re.compile(pattern).match(text, start)
        if m is not None and opens is not None:
            assert m.end() > start and opens_with(opens, text[start]), (pattern, text, start)


# --- skipping: the same match starts, found by a search re can skip through ------------------

_SKIP_PIECES = ["a", "b", "(a|b)", "[bc]", "c?", "(?:ab)*", r"\d", " ", r"\s*", "(?=a)", r"\b",
                "é", r"(?<!\w)", r"a(?<!\wa)", r"(?!b)", "(?:x|y)", "(?=(?:ab|c))", r"(\d)\d?"]


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_skipping_search_finds_the_same_starts(data) -> None:
    """On random patterns from pieces the screens use, and random cuts of random texts, the
    rewritten pattern's search and finditer find a match where, and only where, the pattern's
    own does (at the same start); matches() gives finditer's matches."""
    from audit.literals import matches, skipping

    pieces = data.draw(st.lists(st.sampled_from(_SKIP_PIECES), min_size=1, max_size=5))
    joined = "".join(pieces)
    pattern = re.compile(joined if data.draw(st.booleans()) else f"(?:{joined})|(?<!\\w)xy")
    text = data.draw(st.text(alphabet="abcxyé 1٣.\n", max_size=12))
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    fast = skipping(pattern)
    m, n = pattern.search(text, pos, endpos), fast.search(text, pos, endpos)
    assert (m and m.start()) == (n and n.start()), (pattern.pattern, text, pos, endpos)
    if all(m.end() == m.start() for m in pattern.finditer(text)):  # zero width: every start
        assert [m.start() for m in pattern.finditer(text)] == [m.start() for m in fast.finditer(text)]
    if all(m.end() > m.start() for m in pattern.finditer(text, pos, endpos)):  # none empty
        assert [m.span() for m in matches(pattern, text, pos, endpos)] == \
            [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_the_screens_are_rewritten_and_find_the_same_starts_on_real_text() -> None:
    """The screens scan_ranges searches, and the agency-name sites, open with a group or a
    look-around: each is rewritten to open with a class of characters (the word-start test
    first where every branch opens at a word start), and finds the same starts on real text."""
    from audit.extract.dates import _byline_cues
    from audit.extract.numbers import figure_screen
    from audit.literals import _at_word_start, _P, skipping

    lex = get_lexicon()
    screens = {"attributions": lex.attribution_screen, "boilerplate": lex.boilerplate_inline_lowered,
               "figures": figure_screen("fr"), "agencies": get_publishers().agency_start}
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for name, screen in screens.items():
        fast = skipping(screen)
        assert fast is not screen and fast.pattern.startswith("["), name
        for text in texts + [t.lower() for t in texts]:
            assert [m.start() for m in re.finditer(f"(?=(?:{screen.pattern}))", text)] == \
                [m.start() for m in re.finditer(f"(?=(?:{fast.pattern}))", text)], name
    cue_word = _byline_cues()[2]
    assert skipping(cue_word) is cue_word  # re skips through its branches already
    word_start = {name: _at_word_start(_P.parse(s.pattern).data) for name, s in screens.items()}
    assert word_start == {"attributions": True, "boilerplate": True, "figures": False,
                          "agencies": False}
    assert "(?<!\\w)" in skipping(lex.attribution_screen).pattern[:60]


@pytest.mark.parametrize("pattern, at_start", [
    (r"(?<!\w)(?:ab|cd)", True), (r"a(?<!\wa)b|c(?<!\wc)d", True), (r"(?:a(?<!\wa)b)", True),
    (r"(?<!\w)ab|cd", False), (r"a(?<!\wb)b", False), (r"(?<!\d)ab", False), (r"\bab", False),
    (r"(?<=\w)ab", False), (r"(?:(?<!\w)a|(?<!\w)b)c", True)])
def test_a_pattern_opens_at_a_word_start_when_every_branch_does(pattern, at_start) -> None:
    from audit.literals import _at_word_start, _P

    assert _at_word_start(_P.parse(pattern).data) is at_start


def _sites_read_twice(text: str) -> tuple[list[int], list[int]] | None:
    """AiLexicon.sites as it read a page with symbols: agents in the text with its symbols
    as spaces, leftovers in the text as it is, a scan each."""
    from audit.lexicon import _MARKS, SENTENCE_SYMBOLS, _literal_sites, _stem_sites, lowered

    lex = get_ai_lexicon()
    low, spaced = lowered(text), lowered(SENTENCE_SYMBOLS.sub(" ", text))
    [agents] = _stem_sites(spaced, lex.agent_filter.keys)
    [residue] = _stem_sites(low, frozenset(lex._residue_by_stem))
    keyless = lex.agent_filter.keyless_texts
    literals = _literal_sites(spaced, keyless) if keyless else []
    marks = _literal_sites(low, [key for key in lex._residue_by_stem if key in _MARKS])  # "["
    return sorted([*agents, *literals]), sorted([*residue, *marks])


@pytest.mark.parametrize("text", [
    "✅ Texte traduit par DeepL ➡️ lire la suite 👍 As an AI language model, I cannot.\n",
    "Résumé\u200d généré par ChatGPT\ufe0f.\n[name] ✨ Certainly! Here is\n",
    "ℹAI-generated image. Written by [name\u2139] today.\n",  # a symbol re reads as a letter
    "① ChatGPT ②\n", "ΑΣ\u200dΒ ΟΔΟΣ\ufe0f ChatGPT ⚡\n",  # final sigma beside a symbol
    "\u2126 Claude \u212a Gemini Å\n", "\u2126ChatGPT et \u212aClaude ✅\n",  # "ωchatgpt"
    "ChatGPT" + " ✅" * 3000 + " AI\n",
])
def test_a_page_with_symbols_has_the_sites_two_scans_found(text):
    """One scan serves agents and leftovers when the symbols are no letters and lower() keeps
    them; else two, as before: the same sites either way."""
    agents, residue = get_ai_lexicon().sites(text)
    assert agents.known and residue.known
    assert (list(agents._starts), list(residue._starts)) == _sites_read_twice(text)


# --- the inline boilerplate's screen (SEG002) ----------------------------------------------

def _inline_phrases() -> list[str]:
    from audit.lexicon import _collect, _load_raw

    return _collect(_load_raw(), "boilerplate_inline")


def _drawable(phrase: str):
    try:
        strategy = st.from_regex(re.compile(phrase, re.IGNORECASE), fullmatch=True)
        strategy.validate()
    except Exception:  # look-arounds, possessive repeats: hypothesis cannot draw them
        return None
    return strategy


_INLINE = [(p, s) for p in _inline_phrases() if (s := _drawable(p)) is not None]
_FILLER = st.text(alphabet="aeT x,.«»\"\n1-[]=/", max_size=12)


def test_most_inline_phrases_are_drawn_and_one_is_unread():
    phrases = _inline_phrases()
    assert len(_INLINE) >= 0.8 * len(phrases)
    lex = get_lexicon()
    assert lex.boilerplate_inline_screen is not None
    assert lex.boilerplate_inline_unread.search("[gallery ids=\"1,2\"]")  # the shortcode: no literal


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_inline_screen_hides_no_boilerplate_phrase(data):
    """Strings drawn from the phrases (two, one maybe a shortcode), in random filler and
    lines: the lines the screen passes and the unread phrases on the others find every
    match the whole pattern finds on every line, the same."""
    import audit.extract as extract
    from audit.lexicon import lowered

    picks = data.draw(st.lists(st.sampled_from(_INLINE), min_size=1, max_size=2))
    parts = [data.draw(_FILLER)]
    for _, strategy in picks:
        parts += [data.draw(strategy), data.draw(_FILLER)]
    if data.draw(st.booleans()):
        parts.insert(1, '[caption id="7"]')
    text = "".join(parts)
    at, ranges = 0, []
    for line in text.split("\n"):
        ranges.append((at, at + len(line)))
        at += len(line) + 1
    low = lowered(text)
    # Every line searched, no screen; a text whose lowering changes its length ("İ") is read
    # by the case-insensitive pattern, as _inline_boilerplate reads it.
    whole, read = (get_lexicon().boilerplate_inline_lowered, low) if low is not None else \
        (get_lexicon().boilerplate_inline, text)
    # An editor's bracket in sentence case ("[Video: unclear]") is dropped after the reading,
    # by its case, and so is a label over lower-case words or over prose (the outlet's piece,
    # "Notre enquête : le …"): the screen is not what drops them.
    expected = [m.span() for start, end in ranges
                for m in extract._unquoted(whole, read, read, start, end)
                if not extract._editors_bracket(text, *m.span()) and not extract._label_over_prose(text, *m.span())
                and not extract._own_piece_over_prose(text, *m.span())]
    # A line opening with a form's word glued to a prompt ("yesSubscribe…", round 32b) is also
    # read from the capital on, as a line of its own: a phrase opening right there counts.
    starts = {s for s, _ in expected}
    for start, end in ranges:
        glued = extract._GLUED_HEAD.match(text, start, end)
        if glued is not None and glued.end() not in starts:
            part = read[glued.end():end]
            expected += [(glued.end() + m.start(), glued.end() + m.end())
                         for m in extract._unquoted(whole, part, part, 0, len(part)) if m.start() == 0]
    expected.sort()
    assert extract._inline_boilerplate(text, ranges, low) == expected, text
