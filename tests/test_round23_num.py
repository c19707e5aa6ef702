"""Round 23 number items, each on the real text it was seen on."""

from __future__ import annotations

from audit.pipeline import audit_article
from audit.settings import Settings

_HEAD = '---\ntitle: "Crédit bancaire au Sénégal"\ndate: 2018-03-31\n---\n\n'
# Round 23b fr12 (skynetblogs, a BCEAO figure, 2018-03-31)
_FR12 = ("Le total des crédits alloués à l’économie par le système bancaire {when} s’est élevé "
         "à 4027 milliards FCFA (environ {usd} milliards de dollars), a indiqué le directeur "
         "national de la BCEAO.")


def _codes(text: str, name: str, code: str, **kw) -> list[str]:
    r = audit_article(text, name, Settings(select=frozenset({code}), explicit=frozenset({code}),
                                           **kw))
    assert r.ok, r.error
    return [f.message for f in r.findings if f.rule == code]


def test_num001_year_end_is_december_not_any_day_of_the_year():
    # "en fin 2017" names the year's end: 6,443 bn USD is 15 % low at the page's date and
    # ~12 % low at December 2017's rates; only January 2017's rates (EUR/USD 1.04) gave it
    found = _codes(_HEAD + _FR12.format(when="en fin 2017", usd="6,443"), "fr12.md", "NUM001")
    assert len(found) == 1 and "'2017' (its end)" in found[0]
    assert _codes(_HEAD + _FR12.format(when="à la fin de 2017", usd="6,443"), "a.md", "NUM001")


def test_num001_year_end_stays_silent_at_decembers_rate_and_a_bare_year_keeps_every_day():
    # converted at December 2017's rate (EUR/USD ~1.19): right
    assert not _codes(_HEAD + _FR12.format(when="en fin 2017", usd="7,3"), "b.md", "NUM001")
    # a bare year still admits any day of it (an author may convert at that year's rates)
    assert not _codes(_HEAD + _FR12.format(when="en 2017", usd="6,443"), "c.md", "NUM001")


def test_ai004_unfilled_template_placeholder_is_residue():
    # Round 23a en02 (a LedeAI story, published so): the generator's slots left unfilled
    from pathlib import Path
    page = Path(__file__).parent / "data" / "blind_rounds" / "round23a" / "inputs" / "en02_floridatoday.html"
    found = _codes(page.read_text(encoding="utf-8"), page.name, "AI004")
    assert any("[[WINNING_TEAM_MASCOT]]" in m for m in found)
    assert any("[[LOSING_TEAM_MASCOT]]" in m for m in found)
    assert _codes("The Westside {{HOME_TEAM_NAME}} beat the visitors 21-7 on Friday night.",
                  "b.txt", "AI004")


def test_ai004_wiki_links_and_lowercase_code_slots_stay_silent():
    text = ("The editors wrote [[Paris]] and [[New York City]] in the wiki source, and the "
            "template prints {{user_name}} where the reader's name goes.")
    assert not _codes(text, "a.txt", "AI004")


_AVIS = "---\ntitle: Avis\ndate: 2010-03-21\n---\n\n{}\n"


def test_num003_reads_an_elided_italian_tens_word():
    # Round 23a r06 (it01 edv24, mutated to words): "cinquant’anni" is cinquanta anni
    found = _codes(_AVIS.format("Si celebreranno i cinquant’anni della fondazione, avvenuta il "
                                "19 ottobre 1970."), "a.md", "NUM003")
    assert len(found) == 1 and "50 years" in found[0]
    # "quarant’anni della fondazione", right for 1970 counted to 2010
    assert not _codes(_AVIS.format("Si celebreranno i quarant’anni della fondazione, avvenuta il "
                                   "19 ottobre 1970."), "b.md", "NUM003")


def test_elided_tens_words_read_with_their_vowel():
    from audit.extract.numbers import find_number_words, to_int
    # usarci.it: "Sono trascorsi cinquant’anni da quel lontano otto marzo 1965";
    # uteportogruarese.it: "in questi vent’anni hanno continuato"
    assert [v for *_, v in find_number_words("Sono trascorsi cinquant’anni da quel lontano otto "
                                             "marzo 1965", "it")] == [50, 8]
    assert [v for *_, v in find_number_words("in questi vent’anni e trent'anni", "it")] == [20, 30]
    assert to_int("cinquant", "it") == 50 and to_int("un", "fr") is None


def test_num003_german_and_italian_body_celebration_beside_its_founding():
    # Round 23a r04 (de, published 2016): 1881 → 2016 is 135 years, not 145
    de = "Die Feuerwehr wurde 1881 gegründet und feiert in diesem Jahr ihr {}-jähriges Jubiläum."
    found = _codes(de.format(145), "a.txt", "NUM003", published=_date(2016, 9, 30))
    assert len(found) == 1 and "founded in 1881" in found[0] and "gives 135" in found[0]
    assert not _codes(de.format(135), "b.txt", "NUM003", published=_date(2016, 9, 30))
    # Round 23a r05 (it01 edv24, 2010): "i 50 anni dell’Avis, fondata il 19 ottobre 1970"
    it = "Si celebreranno i {} anni dell’Avis, fondata il 19 ottobre 1970."
    assert _codes(_AVIS.format(it.format(50)), "c.md", "NUM003")
    assert not _codes(_AVIS.format(it.format(40)), "d.md", "NUM003")


def test_num003_body_celebration_of_a_founder_or_a_tenure_stays_silent():
    pub = _date(2010, 3, 21)
    for text in ("Mario Rossi, che ha fondato la ditta nel 1970, festeggia i suoi 50 anni.",
                 "Il nonno, che ha fondato la ditta nel 1970, festeggia i suoi 80 anni.",
                 "Der Verein wurde 1974 gegründet und sein Wirt feiert 20 Jahre im Amt."):
        assert not _codes(text, "e.txt", "NUM003", published=pub), text


def _date(*ymd):
    import datetime as dt
    return dt.date(*ymd)


def test_num007_bare_text_amount_in_the_headlines_currency():
    # Round 23b fr06 (nigertribune), headline mutated to "millions" (r06): the text's "près de
    # 30 milliards" is dollars, its sentence's "plus de 45 milliards de dollars"
    from pathlib import Path
    page = Path(__file__).parent / "data" / "blind_rounds" / "round23b" / "inputs" / "fr06_nigertribune.txt"
    text = page.read_text(encoding="utf-8")
    assert not _codes(text, page.name, "NUM007")  # the real headline: "plus de 30 milliards"
    wrong = text.replace("plus de 30 milliards de dollars engagés", "30 millions de dollars engagés", 1)
    found = _codes(wrong, page.name, "NUM007")
    assert len(found) == 1 and "'30 milliards'" in found[0] and "1,000 times more" in found[0]


def test_num007_bare_text_amount_of_another_currency_or_sentence_stays_silent():
    head = "Banque mondiale : 30 millions de dollars engagés en Afrique subsaharienne\n\n"
    for body in ("La Banque a débloqué plus de 45 milliards d'euros, dont près de 30 milliards "
                 "en faveur de pays d'Afrique subsaharienne, a indiqué son vice-président.",
                 "La Banque a débloqué plus de 45 milliards de dollars. Le pays compte près de "
                 "30 milliards en dettes diverses, a indiqué son vice-président."):
        assert not _codes(head + body, "a.txt", "NUM007"), body
