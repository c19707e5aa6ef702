"""Round 15's number verdicts: NUM001 at the rate of the date the text gives an amount, NUM007
on a bare scale word in the headline, NUM003 on founding events and a founded body's acronym."""

from __future__ import annotations

import datetime as dt

from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


# Round 15a, fr06 (r01): the paragraph dates the amount; right at the end-2017 rate.
_FUSIONS = ("Dix grandes fusions-acquisitions qui ont marqué l'industrie française\n\n"
            "Dans les opérations de fusions-acquisitions, les entreprises françaises ont un "
            "appétit conséquent. En 2017, celles impliquant des groupes tricolores, que ce soit "
            "à la vente ou à l'achat, ont totalisé environ 246 milliards de dollars (environ {} "
            "milliards d'euros). Un chiffre en hausse de 50% par rapport à l'année précédente, "
            "selon les chiffres publiés à l'époque par Thomson Reuters.\n")


def test_num001_takes_the_rate_of_the_year_the_sentence_gives_the_amount():
    assert not _rules(_FUSIONS.format(204), "NUM001", "2020-02-17")
    wrong = _rules(_FUSIONS.format(180), "NUM001", "2020-02-17")
    assert wrong and "nor at the rates of '2017'" in wrong[0].message


_DEAL = "Deal history\n\nThe takeover was signed in March 2008.{}It was worth $2.5 billion, or " \
        "about €1.6 billion{}, according to the filing.\n"


def test_num001_a_date_before_at_the_time_in_the_paragraph_dates_the_conversion():
    assert not _rules(_DEAL.format(" ", " at the time"), "NUM001", "2020-02-17")
    # the date in another paragraph, no "at the time": the publication's rate, reported
    assert _rules(_DEAL.format("\n\n", ""), "NUM001", "2020-02-17")


# Round 15a m07 (r05, Le Courrier) and m08 (r06): a bare scale word in the headline, a
# preposition after it, is the text's money (the explain's promise).
_CORNAVIN = ("{} pour l’extension de Cornavin\n\nMardi soir, le Conseil municipal de la Ville "
             "de Genève, unanime, a accepté de débloquer 120 millions de francs à titre de "
             "participation aux dépenses pour l’extension en sous-sol de la gare de Cornavin.\n")
_DRONTEN = ("B en W moeten huiswerk overdoen: raad houdt vast aan 24,9 {} voor gemeentehuis\n\n"
            "DRONTEN - De gemeenteraad heeft in februari gesteld dat de verbouwing van het "
            "gemeentehuis ècht niet meer dan 24,9 miljoen euro mag kosten.\n")
# Le Dauphiné, 19 April 2018 (the headline's scale changed)
_DAUPHINE = ("Centre-ville : {} pour financer les travaux\n\nLundi 23 avril, le conseil "
             "municipal examinera une décision modificative du budget, voté le 5 mars, puisque "
             "la commune souhaite désormais investir 3,5 millions d’euros dans le centre-ville "
             "dès cette année.\n")


def test_num007_reads_a_bare_headline_amount_before_a_preposition_as_the_texts_money():
    found = _rules(_CORNAVIN.format("120 milliards"), "NUM007")
    assert found and "1,000 times less" in found[0].message
    assert _rules(_DRONTEN.format("miljard"), "NUM007")
    assert _rules(_DAUPHINE.format("3,5 milliards"), "NUM007")
    # the text's own figure, and a count of a noun ("de visiteurs"), stay silent
    assert not _rules(_CORNAVIN.format("120 millions"), "NUM007")
    assert not _rules(_DRONTEN.format("miljoen"), "NUM007")
    assert not _rules(_CORNAVIN.format("120 milliards de visiteurs"), "NUM007")


# Round 15a m04 (r07, an association's bulletin) and m06 (r08, a hospital's news).
_ASCR = ("{} fête ses {} ans\n\nLe 16 juin {} un groupe de jeunes de la commune, aujourd’hui "
         "grands-parents, se réunissaient pour créer une association.Ce sera l’Association "
         "Sportive Culturelle et Rurale à la fois foyer rural et MJC. Au fil des ans, "
         "l’association s’est développée et compte à ce jour 427 adhérents.\n")


def test_num003_a_founding_act_after_the_sentences_date_and_the_headlines_acronym():
    found = _rules(_ASCR.format("L’ASCR", 45, 1971), "NUM003", "2011-10-18")
    assert found and "founded in 1971" in found[0].message and "gives 40" in found[0].message
    assert _rules(_ASCR.format("L’ASCR", 40, 1976), "NUM003", "2011-10-18")  # m05
    assert not _rules(_ASCR.format("L’ASCR", 40, 1971), "NUM003", "2011-10-18")
    # another body's acronym: what was founded is not the headline's
    assert not _rules(_ASCR.format("L’USM", 45, 1971), "NUM003", "2011-10-18")


_DCMH = ("GREENSBURG - To kick off events celebrating Decatur County Memorial Hospital's {}th "
         "anniversary the hospital recently unveiled its newly constructed History Wall in their "
         "main lobby.\nTimed to mark 100 years after {} first {} in "
         "February 1932, the festive event offered DCMH's board members, medical staff and city "
         "leaders the first opportunity to see the wall.\n")
_REX = ("Le cinéma Le Rex fête ses 50 ans\n\n{} ouvrait ses portes en 1975 dans l'ancienne salle "
        "des fêtes de la commune. Depuis, il a accueilli des milliers de spectateurs.\n")


def test_num003_reads_an_opening_of_doors_as_the_founding():
    found = _rules(_DCMH.format(100, "the hospital", "opened its doors"), "NUM003", "2022-02-17")
    assert found and "gives 90" in found[0].message
    assert not _rules(_DCMH.format(90, "the hospital", "opened its doors"), "NUM003", "2022-02-17")
    # an opening of something ("opened a clinic") is no founding of the hospital
    assert not _rules(_DCMH.format(100, "the hospital", "opened a clinic"), "NUM003", "2022-02-17")
    # in the next sentence, an opening counts only for what the anniversary is of: the page's
    # own "the award winning facility" does not say it, "the new wing" is another thing
    for what in ("the award winning facility", "the new wing"):
        assert not _rules(_DCMH.format(100, what, "opened its doors"), "NUM003", "2022-02-17")
    assert _rules(_REX.format("Le cinéma"), "NUM003", "2020-05-02")
    # what opened is not what the headline celebrates
    assert not _rules(_REX.format("La nouvelle médiathèque"), "NUM003", "2020-05-02")
