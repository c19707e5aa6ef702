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
