"""Patterns rewritten so that a run of white space or punctuation is read once (issue #10):
each is compared with the pattern it replaced, kept here as the reference, on every string of
a small alphabet up to a length and on random longer ones. The time they take on long runs is
measured by bench/regex_growth.py and bench/hunt/matrix.py, not here."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from audit.extract import citations, quotes
from audit.segment import cues

OLD_QUOTE = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+?)”|\"([^\"\n]+?)\"")
OLD_QUOTED = re.compile(r"«\s*(.+?)\s*»|“\s*(.+?)\s*”|\"\s*(.+?)\s*\"")
OLD_ENDS = re.compile(r"[.!?…]\W*$")
OLD_SAYS = re.compile(r"\s*(says|sagt|schreibt|dit|a dit|écrit|dice|scrive)\s*:?\s*$", re.IGNORECASE)
OLD_NAME_THEN_DATE = re.compile(r"^\s*(.{2,60}?)\s+[/|–—-]\s+(.+?)\s*$")


def _signature(match: re.Match[str] | None) -> tuple | None:
    """Where the match is and where its (first non-empty) group is: what the callers read."""
    if match is None:
        return None
    index = next((i for i, g in enumerate(match.groups(), start=1) if g is not None), None)
    return match.span(), (match.span(index) if index else None)


def _strings(alphabet: str, longest: int, randoms: int, seed: int = 0):
    for n in range(longest + 1):
        yield from ("".join(t) for t in itertools.product(alphabet, repeat=n))
    rng = random.Random(seed)
    for _ in range(randoms):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))


MARKS = "«»“”\" \na."


def test_quote_pattern_matches_what_the_old_one_matched():
    checked = 0
    for text in _strings(MARKS, 5, 30_000):
        assert _signature(quotes._QUOTE.search(text)) == _signature(OLD_QUOTE.search(text)), text
        assert [_signature(m) for m in quotes._QUOTE.finditer(text)] == \
            [_signature(m) for m in OLD_QUOTE.finditer(text)], text
        assert _signature(quotes._QUOTE.fullmatch(text)) == _signature(OLD_QUOTE.fullmatch(text)), text
        checked += 1
    assert checked > 90_000  # every string of up to 5 marks, and random longer ones


def test_quoted_title_is_what_the_old_pattern_found_within_bounds():
    rng = random.Random(1)
    for text in _strings(MARKS + "\t", 5, 30_000, seed=2):
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        assert _signature(citations._quoted(text, pos, end)) == _signature(OLD_QUOTED.search(text, pos, end)), \
            (text, pos, end)
        assert _signature(citations._quoted(text)) == _signature(OLD_QUOTED.search(text)), text


def test_quoted_title_on_real_entries():
    entry = "Le Monde, « Le  gouvernement  démissionne », 12 mars 2024, par Jean Dupont"
    found = citations._quoted(entry)
    assert entry[slice(*citations._group_span(found))] == "Le  gouvernement  démissionne"
    assert citations._quoted("Reuters, 12 mars 2024 « sans fin") is None
    citation = citations.parse_citation(entry, entry, 0, len(entry), None)
    assert citation.title == "Le  gouvernement  démissionne" and citation.author == "Jean Dupont"


def test_ends_sentence_is_the_old_test():
    for text in _strings(".!?…a »\n", 5, 20_000, seed=3):
        assert quotes.ends_sentence(text) == bool(OLD_ENDS.search(text)), text
    assert quotes.ends_sentence("C'est important. »") and not quotes.ends_sentence("Le titre »")


@pytest.mark.parametrize("text", ["Bardizbanian dit :", "Anna says", "Jean a dit", "Jean  DIT  :  ",
                                  "Jeandit", "Karl schreibt:", "dit", "  dit", "Jean", ""])
def test_without_says_on_names(text):
    assert cues.without_says(text) == OLD_SAYS.sub("", text)


def test_without_says_is_the_old_substitution():
    for text in _strings("dit a:\n", 6, 20_000, seed=4):
        assert cues.without_says(text) == OLD_SAYS.sub("", text), text


def test_without_says_screens_out_only_lines_it_would_leave():
    """without_says returns a line whose end is no speech word's end as it is, unread: on
    every casing re takes for those letters ("ſ" is an "s" to it), the old substitution."""
    for text in _strings("sSaYtTdiIeEſé :\n", 4, 40_000, seed=6):
        for line in (text, "Jean " + text, text + " dit", "Anna sagt" + text):
            assert cues.without_says(line) == OLD_SAYS.sub("", line), line
    for word in ("says", "sagt", "schreibt", "dit", "a dit", "écrit", "dice", "scrive", "ſays"):
        for cased in (word, word.upper(), word.title()):
            for line in (f"Anna {cased}", f"Anna {cased} :", f"Anna {cased}:\n", f"Anna{cased}",
                         f"Anna {cased}s", f"{cased} ::"):
                assert cues.without_says(line) == OLD_SAYS.sub("", line), line


def test_a_line_with_no_separator_is_no_name_then_date():
    """is_comment_date tries _NAME_THEN_DATE only on a line holding a separator."""
    for text in _strings("ab -/|–\n1 ", 6, 20_000, seed=7):
        assert cues._SEPARATOR.search(text) or not cues._NAME_THEN_DATE.match(text.rstrip()), text


def test_name_then_date_is_the_old_split():
    # Its callers hand it lines without white space at their ends.
    for text in {t.strip() for t in _strings("ab -/\n1", 6, 30_000, seed=5)}:
        old = OLD_NAME_THEN_DATE.match(text)
        new = cues._NAME_THEN_DATE.match(text.rstrip())
        assert (old and old.groups()) == (new and new.groups()), text
    parted = cues._NAME_THEN_DATE.match("Karsten Dörre / 22.04.2020")
    assert parted.groups() == ("Karsten Dörre", "22.04.2020")


def _rewritten_pairs():
    """Each pattern rewritten so that a run of spaces is not split between two "\\s*" around
    an optional mark, with the source it had, rebuilt by undoing the rewrite."""
    from audit.extract import _TRAILING_PARTICLE
    from audit.lexicon import get_ai_lexicon, get_lexicon
    from audit.rules.num import NUM003

    undo = [("(?::\\s*)?", ":?\\s*"), ("(?:,\\s*)?", ",?\\s*"), ("(?:[,(]\\s*)?", "[,(]?\\s*"),
            ("(?:\\s*:\\s+|\\s+)", "\\s*:?\\s+"), ("(?:\\s*,\\s+|\\s+)", "\\s*,?\\s+"),
            ("(?:credit\\s*)?:", "(?:credit)?\\s*:"), ("(?<!\\s)\\s+", "\\s+")]

    def old(pattern: re.Pattern[str]) -> re.Pattern[str]:
        source = pattern.pattern
        for new, before in undo:
            source = source.replace(new, before)
        assert source != pattern.pattern
        return re.compile(source, pattern.flags)

    lex = get_lexicon()
    ai = get_ai_lexicon()
    patterns = {f"byline {lang}": ai.cues_of(lang).byline for lang in ai.languages}
    patterns |= {"profile_label": lex.profile_label,
                "trailing particle": _TRAILING_PARTICLE, "title cue": quotes._TITLE_CUE}
    for language in ("fr", "en"):
        patterns |= {f"NUM003 {language} {name}": p for name, p in NUM003._patterns(language).items()
                     if name in ("ago", "span", "since")}
    boilerplate = lex.boilerplate
    for branch in boilerplate._args[1]:
        if "credit\\s*)?:" in branch or "(?::\\s*)?" in branch:
            patterns[f"boilerplate {branch[:30]}"] = re.compile(
                f"{boilerplate._args[0]}(?:{branch}){boilerplate._args[2]}", re.IGNORECASE)
    return [(name, p, old(p)) for name, p in patterns.items()]


@pytest.mark.parametrize("name,new,old", _rewritten_pairs(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_rewritten_pattern_matches_what_it_matched(name, new, old):
    words = ["by", "par", "x", "photo", "credit", "1999", "2010", "ans", "years", "ago", "il y a", "et",
             "auteur", "titled", "soit", "depuis", "25", "de", "à"]
    written = ["Par Jean Dupont", "By:  Jane Porter", "by  : x", "Photo credit :  AFP", "photo   : AFP",
               "fondée en 1945,  il y a 80 ans", "in 1999 ,  25 years ago", "depuis 1999 ,  soit 26 ans",
               "de 1999 à 2010,  soit 11 ans", "since 2001, for 24 years", "depuis 25 ans ,  depuis 1999",
               "depuis 25 ans (depuis 1999", "Updated :  12 March", "zuletzt aktualisiert :  12.3.2024",
               "a book titled  :", "Jean Dupont  et", "Von:  Hans", "Di  Mario", "Por : Ana", "Door  Jan",
               "Member since :  ", "registriert seit:", "joined  "]
    rng = random.Random(6)
    randoms = ("".join(rng.choice(words + [" ", "  ", ":", ",", "(", "\n"]) for _ in range(rng.randint(0, 9)))
               for _ in range(20_000))
    found = 0
    for text in [*written, *(t.lower() for t in written), *randoms]:
        assert _signature(new.search(text)) == _signature(old.search(text)), text
        assert _signature(new.match(text)) == _signature(old.match(text)), text
        assert new.sub("", text) == old.sub("", text), text
        found += new.search(text) is not None
    assert found, "no text exercised a match"


def test_the_rewritten_patterns_still_read_real_wording():
    """What each rewritten pattern is for, with the runs of spaces it no longer splits."""
    from audit.extract import _TRAILING_PARTICLE
    from audit.lexicon import get_ai_lexicon, get_lexicon
    from audit.rules.num import NUM003

    fr, en = NUM003._patterns("fr"), NUM003._patterns("en")
    assert fr["since"].search("depuis 25 ans (depuis 1999") and fr["since"].search("depuis 1999 ,  soit 26 ans")
    assert fr["since"].search("depuis 25 ans,   depuis 1999") and en["ago"].search("in 1999 ,  25 years ago")
    assert fr["span"].search("de 1999 à 2010,  soit 11 ans") and fr["ago"].search("fondée en 1945 , il y a 80 ans")
    assert get_ai_lexicon().cues_of("fr").byline.match("Par :  Jean Dupont")
    assert get_ai_lexicon().cues_of("en").byline.match("By   Jane Porter")
    lex = get_lexicon()
    for line in ("photo credit :  afp", "photos   : afp", "updated :  12 march 2024", "updated 12 march 2024"):
        assert lex.boilerplate.matches(line), line
    assert lex.profile_label.search("member since :  ") and quotes._TITLE_CUE.search("a book titled  :")
    assert _TRAILING_PARTICLE.sub("", "Jean Dupont  et") == "Jean Dupont"


def test_line_cues_read_as_before_with_their_open_ends_possessive():
    """The line cues (boilerplate, headers, comment widgets…) take a branch's closing ".{0,N}"
    and the tail of marks possessively: the same verdict as before on the shared eval pages'
    labelled snippets (most of the boilerplate ones are such lines) and on lines made to end
    each cue every way, with marks, words or a long run of spaces after it."""
    import json
    from pathlib import Path

    from audit.lexicon import LinePattern, _collect, _labels_alone, _load_raw, get_lexicon, lowered

    def before(key: str) -> LinePattern:  # as _line built it, from the lexicons' own words
        extra = _labels_alone(_load_raw()) if key == "related_headers" else []  # seg44's labels
        return LinePattern(r"^\s*[{±+•›»▸►▶▾▼]?\s*", _collect(_load_raw(), key) + extra,
                           r"[\s.!:…↓↑→←»›▾▴▼▲}]*$", lead="{±+•›»▸►▶▾▼")

    evaldata = Path(__file__).resolve().parents[2] / "shared" / "eval" / "trafilatura" / "evaldata.json"
    snippets = [s for entry in json.loads(evaldata.read_text(encoding="utf-8")).values()
                for s in entry.get("with", []) + entry.get("without", [])] if evaldata.exists() else []
    made = [f"{cue}{after}" for cue in ("lire aussi :", "read more:", "photo credit:", "mehr zum thema",
                                        "updated 12 march 2024", "commentaires (3)", "newsletter abonnieren")
            for after in ("", " ", " la réforme", " …", " ↓", " " * 300 + "fin", " " * 300 + ".", "\n")]
    lex = get_lexicon()
    cues = {"boilerplate": lex.boilerplate, "related_headers": lex.related_header,
            "comments_headers": lex.comments_header, "sources_headers": lex.sources_header,
            "comment_widgets": lex.comment_widget, "comment_forms": lex.comment_form,
            "comment_dates": lex.comment_date}
    lines = [line.strip() for text in snippets[:20_000] + made for line in text.splitlines() if line.strip()]
    lows = [lowered(line) for line in lines]
    found = 0
    for key, cue in cues.items():
        old = before(key)
        assert old._args != cue._args  # the rewrite is in force
        assert cue.hits(lines, lows) == old.hits(lines, lows), key
        assert [cue.matches(line) for line in made] == [old.matches(line) for line in made], key
        found += sum(cue.hits(lines, lows))
    assert len(snippets) > 1000 and found > 100
