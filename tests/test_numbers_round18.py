"""Round 18's number verdicts: NUM001 on amounts with an abbreviated scale beside an ISO code
("77 mlds EUR", "600 MEUR", "6,6 G$"); NUM003 on an anniversary whose sentence states its own
date, and on "fêter les 40 ans de leur association"; an obituary's age counted to the
publication date, not to a year the text mentions."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


def _read(text: str, language: str = "fr") -> list[tuple[str, str | None, float]]:
    return [(q.text, q.unit, q.value) for q in find_quantities(text, [(0, len(text))], language)]


# Round 18a r01 (AFP copy): "77 mlds EUR" beside "88 milliards de dollars" is money.
_IRAK = ("Au premier jour de la conférence, lundi, les responsables irakiens avaient chiffré les "
         "besoins de leur pays à 88 milliards de dollars ({}), dont 22 milliards USD ({}) à "
         "court terme.\n")


def test_num001_reads_an_abbreviated_scale_before_an_iso_code():
    found = _rules(_IRAK.format("77 mlds EUR", "14,3 mlds EUR"), "NUM001", "2018-02-14")
    assert [f.message.split(" is ")[0] for f in found] == ["77 mlds EUR", "14,3 mlds EUR"]
    # the right conversions stay silent
    assert not _rules(_IRAK.format("71 mlds EUR", "17,8 mlds EUR"), "NUM001", "2018-02-14")


def test_french_financial_abbreviations_are_money():
    # TotalEnergies' release (Business Wire, 2022-10-27): "un résultat net IFRS de 6,6 G$";
    # "MEUR" and "MdEUR", the ISO code glued to the scale, in French companies' releases
    assert _read("TotalEnergies affiche un résultat net IFRS de 6,6 G$, porté par son activité GNL") \
        == [("6,6 G$", "USD", 6.6e9)]
    assert _read("Le chiffre d'affaires atteint 600 MEUR, la dette 1,2 MdEUR.") == [
        ("600 MEUR", "EUR", 6e8), ("1,2 MdEUR", "EUR", 1.2e9)]


def test_an_abbreviated_scale_without_a_currency_stays_a_count():
    assert _read("Ils étaient 77 mlds de personnes.") == [("77", None, 77.0)]
    # a "G" is no billion without a currency, and a name holding a letter and a figure is no amount
    assert _read("La 5G couvre 3 G7 et M6 diffuse le match.") == []
    assert not _rules("La chaîne M6 a payé 5 millions de dollars au fonds Amundi EUR 2 (4 "
                      "millions d'euros).\n", "NUM001", "2018-02-14")


# Round 18b r02/r02b: the celebration's own date in the anniversary's sentence (after the noun,
# or a dateline) names the year counted to; the founding is the next sentence's.
_CONCORD = ("Concord auxiliary unit marks a century\n\n{} American Legion Auxiliary Unit 21 of "
            "Concord celebrated the {} anniversary of the founding of Unit 21 on Friday{}.\n"
            "On Feb. 2, 1925, 34 women met in the American Legion hall on Main Street and formed "
            "Unit 21.\n")


def test_num003_reads_the_founding_past_the_celebrations_own_date():
    for lead, tail in (("CONCORD —", ", Jan. 24, 2020"), ("CONCORD, Jan. 29, 2020 —", "")):
        found = _rules(_CONCORD.format(lead, "100th", tail), "NUM003", "2020-01-29")
        assert len(found) == 1 and "1925, counted to 2020 (the year the sentence names), gives 95" \
            in found[0].message
        assert not _rules(_CONCORD.format(lead, "95th", tail), "NUM003", "2020-01-29")
    # the control without a date still counts to the publication year
    found = _rules(_CONCORD.format("CONCORD —", "100th", ""), "NUM003", "2020-01-29")
    assert found and "counted to 2020 (the publication year)" in found[0].message


# fondettes.fr ("L'Aubrière a 50 ans !", 2016): the celebration's day in the sentence, the
# founding in the next; the count mutated from "cinquantième".
_AUBRIERE = ("L'association culturelle et d'animation de Fondettes fêtait son {} anniversaire le "
             "samedi 27 février 2016 dans une salle Jacques Villeret noire de monde.\n\nCréée en "
             "1966 sous le nom de « Maison des Jeunes et de la Culture » par Jean-Roux, Jean-Paul "
             "Leduc et d'autres Fondettois désireux de dynamiser la vie culturelle de la ville, "
             "l'Aubrière a su évoluer avec le temps.\n")


def test_num003_second_wording_celebration_day_in_the_sentence():
    found = _rules(_AUBRIERE.format("quarantième"), "NUM003", "2016-03-01")
    assert len(found) == 1 and "1966, counted to 2016" in found[0].message
    assert not _rules(_AUBRIERE.format("cinquantième"), "NUM003", "2016-03-01")


def test_num003_a_celebration_date_alone_dates_no_event():
    # the only date is the ceremony's and the next sentence states none: nothing to count
    assert not _rules("On June 6, 2019, leaders marked the 75th anniversary of D-Day in Normandy.\n"
                      "Veterans were honoured by the crowd.\n", "NUM003", "2019-06-07")


# Round 18a r08: "fêter les 40 ans de leur association, fondée en 1961", an article before the
# years and the owner's possessive after them, as "a fêté ses 40 ans" is read.
_ACS = ("La grande famille de l’ACS s’est réunie pendant deux jours pour fêter les 40 ans de leur "
        "association, fondée en 1961. Expositions et portes ouvertes ont marqué l’évènement.\n")


def test_num003_reads_the_years_of_a_possessive_owner():
    found = _rules(_ACS, "NUM003", "2012-06-01")
    assert len(found) == 1 and "founded in 1961, counted to 2012 (the publication year) gives 51" \
        in found[0].message
    assert not _rules(_ACS, "NUM003", "2001-06-01")
    # lapresse.tn's "Le CA fête les 99 ans de son existence" with the club's founding (1920)
    text = "Le CA, fondé en 1920, fête les 99 ans de son existence au milieu d’une crise sans précédent.\n"
    assert not _rules(text, "NUM003", "2019-05-01")
    found = _rules(text, "NUM003", "2022-05-01")
    assert found and "gives 102" in found[0].message


def test_num003_an_article_without_a_possessive_names_another_owner():
    # whose 40 years "les 40 ans du débarquement" are, the founded commune's they are not
    assert not _rules("La commune, fondée en 1961, a fêté les 40 ans du jumelage avec Ulm.\n",
                      "NUM003", "2012-06-01")


# Round 18a r07: an obituary's age is the telling's; undated, the latest year the text names
# (1965 here) is a biography's, not the year of writing.
_QUINCY = ("André Quincy, 79 ans, né en 1938, vient de nous quitter. Ce jeune instituteur qui en "
           "1965 s’est présenté aux municipales de Blanzy fut maire et conseiller général. Il fut "
           "le 1er président du Syndicat Intercommunal du Bassin Versant de la Bourbince "
           "(1996/2001).\n")
# generations-allauch.fr (2020-05-16), its age and birth year stated as the obituaries do
_POVINELLI = ("Roland Povinelli, 78 ans, né en 1941, nous a quittés. S’il conservait une nostalgie "
              "pour ce qu’il avait accompli durant 25 ans au Département ou lors de son mandat au "
              "Sénat entre 2008 et 2014, c’est ce qu’il avait réalisé à Allauch dont il tirait la "
              "plus grande fierté.\n")


def test_num003_counts_an_age_to_the_publication_only():
    assert not _rules(_QUINCY, "NUM003")
    assert not _rules(_QUINCY, "NUM003", "2017-06-01")
    found = _rules(_QUINCY, "NUM003", "2020-06-01")
    assert found and "born in 1938, counted to 2020 (the publication year) gives 82" in found[0].message
    assert not _rules(_POVINELLI, "NUM003")
    assert not _rules(_POVINELLI, "NUM003", "2020-05-16")
    assert _rules(_POVINELLI.replace("78 ans", "75 ans"), "NUM003", "2020-05-16")


# Review 28 item 8: "les N ans de leur X" counts X's years; X must be what was founded (a body
# the lexicon names, the owner's "existence", or the phrase the founding participle is said of).
_CLUNY = ("Samedi, les bénévoles sont venus fêter les 10 ans de leur installation rue Municipale, "
          "dans l'ancienne boutique que l'association, fondée en 1990 à Cluny, loue à la commune.\n")


def test_num003_the_years_of_another_thing_than_the_founded_one():
    assert not _rules(_CLUNY, "NUM003", "2024-06-10")
    # the same years said of the association itself are counted
    assert _rules(_CLUNY.replace("leur installation rue Municipale", "leur association"),
                  "NUM003", "2024-06-10")
    # a noun the lexicon does not name, with the participle said of it, is what was founded
    found = _rules("Ils ont fêté les 10 ans de leur boutique, ouverte en 2008 rue Centrale.\n",
                   "NUM003", "2024-06-10")
    assert found and "gives 16" in found[0].message


# Review 28 item 11: undated, the telling is in the latest past year the text names or later, so
# an age smaller than that year allows is wrong whenever it was written (a plan's 2032 is no
# such year); an older age is the telling's (_QUINCY, _POVINELLI above stay silent).
_MAIRE = ("Jean Martin, 42 ans, né en 1951, a été réélu dimanche maire de Saint-Vallier avec 61 % "
          "des voix.\nÉlu pour la première fois en 2014, il avait été reconduit en 2020. Il promet "
          "de rénover l'école primaire avant la fin du mandat en 2032.\n")


def test_num003_an_undated_age_below_the_latest_past_year():
    found = _rules(_MAIRE, "NUM003")
    assert len(found) == 1 and "born in 1951, counted to 2020" in found[0].message \
        and "gives at least 68" in found[0].message
    # the birthday and a year of slack: 67 in a text naming 2020 may be told in 2020
    assert not _rules(_MAIRE.replace("42 ans", "67 ans"), "NUM003")
    assert not _rules(_MAIRE.replace("42 ans", "74 ans"), "NUM003")
    # dated, it is counted to the publication year as before
    assert not _rules(_MAIRE.replace("42 ans", "69 ans"), "NUM003", "2020-06-01")


def test_num003_what_is_yet_to_come_is_read_from_the_settings_day():
    # The run's day is a setting (the command line sets it once a run), so an undated audit is
    # a function of its settings: the plan's 2032 is no year of telling in 2026, it is in 2033.
    def run(today: dt.date) -> list:
        return [f for f in audit_article(_MAIRE, "x.txt", Settings(today=today)).findings
                if f.rule == "NUM003"]
    assert "counted to 2020" in run(dt.date(2026, 12, 6))[0].message
    assert "counted to 2032" in run(dt.date(2033, 1, 1))[0].message
    assert "counted to 2014" in run(dt.date(2019, 1, 1))[0].message
