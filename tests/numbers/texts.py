"""The texts several number test modules read, and the ones their old round files still read."""

from __future__ import annotations

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article, audit_document
from audit.settings import Settings

from tests.blind_reading import DATA, codes
from tests.numbers.reading import selected as _selected


# --- from tests/test_num_leftovers15.py
# Leftovers of rounds 11-14 on numbers and titles, each on the real page it was seen on.

def _run(text: str | bytes, name: str = "case.txt", codes=(), **kw):
    codes = frozenset(codes)
    r = audit_article(text, name, Settings(select=codes, explicit=codes, **kw))
    assert r.ok, r.error
    return r


# --- from tests/test_num_review41.py
# Round 41's numbers after review N (tests/data/review41_num, the reviewer's probes): two
# amounts of one currency are one quantity only when the whole sentence up to the amount is said
# in the same words, with no pronoun for its subject (the phrase opening the sentence names which
# thing is meant: «Pour le tramway,», «À Marseille,», «Selon la mairie,»; «il a été transféré pour»
# points at another player each time); rates per a period are not compared (reverted: they are
# most often said of two conditions, lines, stations, directions, seasons, before and after);
# and a scale word opening the next line is the figure's only after a hard wrap of a long body
# line, lower case (any case in German), never from a title or heading, a list item or a fact-box
# line, nor after a year, a day after its month or a label's number ("Top 14", "Table 2").

_DIR_nrv41 = DATA / "review41_num"


def _read_nrv41(name: str) -> dict:
    text = (_DIR_nrv41 / name).read_text(encoding="utf-8")
    return audit_document(text, name, settings=Settings(all_languages=True))


# --- from tests/test_numbers_round18.py
# Round 18's number verdicts: NUM001 on amounts with an abbreviated scale beside an ISO code
# ("77 mlds EUR", "600 MEUR", "6,6 G$"); NUM003 on an anniversary whose sentence states its own
# date, and on "fêter les 40 ans de leur association"; an obituary's age counted to the
# publication date, not to a year the text mentions.

def _read_r18(text: str, language: str = "fr") -> list[tuple[str, str | None, float]]:
    return [(q.text, q.unit, q.value) for q in find_quantities(text, [(0, len(text))], language)]


# --- from tests/test_numbers_round19.py
# Round 19's number verdicts: Brazilian scale abbreviations ("R$ 46 mi", "US$ 3 bi") read as
# scales, so NUM007 compares like with like.

def _read_r19(text: str, language: str = "pt") -> list[tuple[str, str | None, float]]:
    return [(q.text, q.unit, q.value) for q in find_quantities(text, [(0, len(text))], language)]


# --- from tests/test_numbers_round21.py
# Round 21's number and citation verdicts, on the testers' repro texts, with negatives that must
# stay.

# Round 21b (es01_portalpolitico): Latin American Spanish groups thousands by a comma.
def _values_r21(text: str) -> list[float]:
    return [q["value"] for q in audit_document(text, "x.md")["quantities"]]


# --- from tests/test_review2_num.py
# Review 2 of fc4bdcd..6dcc61d, numbers side (items 1, 2 and 5, and the notes on "86, 717"
# and the German gap before "gegründet"): NUM001's told dates by their place in the amount's
# sentence, not by a tense list; NUM003's ordinal anniversary only with a possessive; NUM002's
# change words as words, in the two figures' own sentences.

PROBES = DATA / "review2"


def _probe(name: str, code: str, published: str | None = None) -> list:
    return _selected((PROBES / name).read_text(encoding="utf-8"), code, published)


# --- from tests/test_round23_num.py
# Round 23 number items, each on the real text it was seen on.

def _codes(text: str, name: str, code: str, **kw) -> list[str]:
    r = audit_article(text, name, Settings(select=frozenset({code}), explicit=frozenset({code}),
                                           **kw))
    assert r.ok, r.error
    return [f.message for f in r.findings if f.rule == code]


# --- from tests/test_round37_num.py
# Round 37's number findings (helper num37): a measure written as a compound adjective ("a
# 4,000-acre (2,000-hectare) farm", 37b r11) is a quantity, so NUM004 checks its conversion;
# NUM003 reads an age at a death with no year (37a r2, r3): counted to the telling when the
# death is the news (a day of the week in its sentence, or the press's age in apposition),
# else only an age above the telling's is wrong; NUM002's first figure in an apposition's
# relative clause (37a r4) stays a known miss.

def _audit(text: str, published: str | None = None) -> dict:
    return audit_document(text, "x.txt", published=published)


def _measures(text: str) -> list[tuple[str, str]]:
    return [(q["text"], q["unit"]) for q in _audit(text)["quantities"] if q["kind"] == "measure"]


# --- from tests/test_round41_num.py
# Blind round 41's numbers (helper num41): a scale word hard-wrapped onto the next line belongs
# to its figure (41b r1, a Reuters brief: "($26.69" / "million)"), read by the quantity reader
# over a single line break so every rule sees the same amount; NUM002 compared two rates of one
# thing per the same period («24 trains par jour» / «28 trains par jour», 41a r2: reverted after
# review N, a known miss; a rate is still never compared with a total nor with another period's),
# and compares two amounts of one currency said in the same words before and after them (41a
# r1), never an estimate against a total (41a m3b).

def _rule(text: str, rule: str) -> list[str]:
    return [span for code, span in codes(text) if code == rule]
