"""Round 29 (numbers): NUM002 reads a counted subject with its figure ("34 projets ont ainsi
permis 2 563 emplois") and a paragraph whose last sentence lost its full stop; a difference
("25 000 personnes de plus qu'en 2008") is no total. NUM003 reads a range of days after "il y
a N ans" ("du 7 au 13 décembre 1974")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from audit.pipeline import audit_article
from audit.settings import Settings

_ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _rules(text: str | bytes, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


# round 29a r04: fr12 (lepetitsolognot) with the tester's second 2018 sentence
_JOBS = ("Les capitaux étrangers contribuent à l’économie régionale\n\n"
         "Rien que pour l’année 2018, 34 projets se sont concrétisés et ainsi 1 563 emplois créés "
         "ou maintenus.\n\nEn 2018, 34 projets ont ainsi permis 2 563 emplois créés ou maintenus.\n")


def test_a_counted_subject_with_its_figure_pairs_two_counts():
    found = _rules(_JOBS, "NUM002")
    assert [f.evidence["first"] for f in found] == ["1 563"]
    # the page's own paragraph: no full stop after its last sentence, still prose
    para = ("Les capitaux étrangers\n\nL’enquête tient compte du nombre de projets. Rien que pour "
            "l’année 2018, 34 projets se sont concrétisés et ainsi 1 563 emplois créés ou maintenus. "
            "En 2018, 34 projets ont ainsi permis 2 563 emplois créés ou maintenus. Onze nationalités "
            "sont concernées. Pour les cinq années passées, près de 6 500 emplois ont été créés ou "
            "maintenus\n")
    assert len(_rules(para, "NUM002")) == 1


def test_other_counted_subjects_lists_and_real_sector_counts_stay_silent():
    # another figure of projects: other projects
    assert not _rules(_JOBS.replace("En 2018, 34 projets", "En 2018, 12 projets"), "NUM002")
    # a list of figures has no one subject
    assert not _rules("Bilan\n\nL'accident a fait 3 morts et 12 blessés selon la préfecture. Le bilan "
                      "définitif fait état de 3 morts et 15 blessés.\n", "NUM002")
    # entreprises-et-decideurs.fr / lesiteinfo.com's wordings: sectors and years, each its own
    text = ("L’attractivité de la France\n\nL’industrie n’est pas en reste avec 320 projets (11 295 "
            "emplois), même si c’est moins qu’en 2017, qui avait enregistré 343 décisions ayant "
            "engendré 16 123 postes. En 2018, 320 projets industriels ont été recensés, représentant "
            "11295 emplois créés ou maintenus. En 2018, 129 projets ont permis 2 793 emplois créés.\n")
    assert not _rules(text, "NUM002")


def test_a_difference_is_no_total():
    # round 29b fr20 (mediaphore): two regions' growths in one unpunctuated paragraph
    page = (_ROUNDS / "round29b" / "inputs" / "fr20_mediaphore.html").read_bytes()
    assert not _rules(page, "NUM002", name="fr20_mediaphore.html")


_RANGE = ("---\ntitle: \"Il y a 45 ans : Ce qu’il s’est passé du 7 au 13 décembre 1974\"\n"
          "date: 2014-12-07\n---\n\n"
          "Il y a 45 ans, du 7 au 13 décembre 1974, les majorettes péageoises parcouraient l’Europe.\n")


def test_a_range_of_days_after_the_elapsed_time_is_read():
    found = _rules(_RANGE.encode(), "NUM003", name="x.md")
    assert len(found) == 1 and "45" in found[0].message
    assert _rules(_RANGE.replace(", du 7 au 13 décembre", ", en décembre").encode(), "NUM003", name="x.md")
    # the right count, the first day a "1er", and a range of no year: silent
    assert not _rules(_RANGE.replace("45 ans,", "40 ans,").encode(), "NUM003", name="x.md")
    assert not _rules(_RANGE.replace("45 ans, du 7", "40 ans, du 1er").encode(), "NUM003", name="x.md")
    assert not _rules(("---\ntitle: Foire\ndate: 2014-12-07\n---\n\nIl y a 3 ans, du 5 au 12 "
                       "novembre, la foire a eu lieu en 2011.\n").encode(), "NUM003", name="x.md")
    # the real page says 40: silent
    page = (_ROUNDS / "round29b" / "inputs" / "fr19_romanshistorique.md").read_bytes()
    assert not _rules(page, "NUM003", name="fr19_romanshistorique.md")


def test_a_two_digit_headline_figure_with_its_decimal_mark_moved():
    # round 29a r10: Reuters' Philips story (fr21) with the headline's "1,1" typed "11"
    text = ("Philips va régler 11 milliards de dollars dans l’affaire des respirateurs\n\n"
            "AMSTERDAM (Reuters) – Philips a déclaré lundi avoir accepté de régler 1,1 milliard de "
            "dollars aux Etats-Unis dans l’affaire liée au rappel mondial de ventilateurs.\n\n"
            "« Ce règlement est nettement inférieur aux attentes de 2 à 4 milliards de dollars et, "
            "dans le pire des cas, jusqu’à 10 milliards de dollars », ont déclaré les analystes.\n")
    found = _rules(text, "NUM007")
    assert [f.evidence["text"] for f in found] == ["1,1 milliard de dollars"]
    # the same figure in the text, or two digits with no scale word: silent
    assert not _rules(text.replace("régler 1,1 milliard", "régler 11 milliards"), "NUM007")
    assert not _rules("Le chômage à 12 %\n\nLe taux de chômage a atteint 1,2 % de plus qu'en "
                      "janvier, selon l'institut, qui publie ses chiffres chaque mois.\n", "NUM007")


# session 31 review, item 2: one counted subject in two periods, a year or not
_PERIODS = ("Le fonds régional pour l'emploi dresse son bilan\n\n"
            "Le fonds régional d'aide à l'innovation a publié mardi son bilan annuel. En 2022, 34 "
            "projets ont permis de créer 2 563 emplois dans la région.\n\n"
            "L'année suivante, 34 projets ont permis de créer 1 870 emplois, une baisse que le "
            "fonds explique par la hausse des taux d'intérêt.\n")
_WEEKS = ("Grippe : l'épidémie ralentit en Bretagne\n\n"
          "L'épidémie de grippe ralentit en Bretagne, selon le bulletin publié mercredi par Santé "
          "publique France. La semaine dernière, 3 hôpitaux ont accueilli 412 patients aux urgences "
          "pour un syndrome grippal.\n\n"
          "Il y a deux semaines, ces 3 hôpitaux avaient accueilli 655 patients, au plus fort de "
          "l'épidémie.\n")


def test_a_counted_subject_in_two_periods_is_two_quantities():
    assert not _rules(_PERIODS, "NUM002")
    assert not _rules(_WEEKS, "NUM002")
    # latribune.fr's wording (AFII, 2007): "… 39.998 emplois créés ou maintenus contre 30.146
    # un an plus tôt", told as two sentences of one counted subject
    text = ("Investissements étrangers : un record\n\n"
            "L'agence a publié son bilan annuel. Cette année, 665 projets ont permis de créer ou "
            "maintenir 39 998 emplois en France.\n\n"
            "Un an plus tôt, 665 projets avaient permis de créer ou maintenir 30 146 emplois, selon "
            "l'agence.\n")
    assert not _rules(text, "NUM002")
    # the same period in both, or a period in one only: still one quantity
    assert len(_rules(_WEEKS.replace("Il y a deux semaines, ces 3 hôpitaux avaient",
                                     "Selon l'agence, la semaine dernière, ces 3 hôpitaux ont"),
                      "NUM002")) == 1
    assert len(_rules(_WEEKS.replace("Il y a deux semaines, ces 3 hôpitaux avaient",
                                     "Selon l'agence, ces 3 hôpitaux ont"), "NUM002")) == 1


def test_a_tenth_of_a_headline_amount_said_of_its_own_use_is_a_part():
    # session 31 review, item 7: a plan's tranche, no word of the headline around it
    text = ("Hôpital : un plan de 15 milliards d'euros sur cinq ans\n\n"
            "Le gouvernement a présenté mercredi son plan d'investissement pour l'hôpital public, qui "
            "s'étalera sur cinq ans et sera financé par la Caisse des dépôts.\n\n"
            "Dès l'an prochain, 1,5 milliard d'euros iront à la rénovation des services d'urgence, a "
            "précisé le ministre de la Santé lors d'une conférence de presse.\n\n"
            "Les syndicats jugent le montant insuffisant.\n")
    assert not _rules(text, "NUM007")
    # nosdeputes.fr's wording (France 2030): a part introduced as one, words of the headline
    # around it
    text = ("France 2030 : 35 milliards d'euros d'autorisations d'engagement votés\n\n"
            "Les députés ont voté les autorisations d'engagement du plan : 34 milliards d'euros "
            "d'autorisations d'engagement ont été votés, dont 3,5 milliards pour 2022.\n")
    assert not _rules(text, "NUM007")
