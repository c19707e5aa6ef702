"""Round 16's number verdicts: NUM003 on an ordinal anniversary beside its founding and a German
participle after words, NUM002 on a year in the subject and a change told between, NUM007 on a
bare amount in both places and on measure symbols, NUM001 at NUM006's scale, and a decimal
comma typed with a space."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None, name: str = "x.txt") -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, name, settings).findings if f.rule == code]


# Round 16a r03 (en) and r04 (fr): the ordinal of the subject's own anniversary, the founding
# in the same sentence.
_PILOT = ("Pilot Chemical marks 65 years\n\nPilot Chemical Co., founded in 1955, celebrated "
          "its {} on September 19, the company said.\n\nThe company today has 285 employees.\n")
_AMICALE = ("Une centaine de personnes étaient présentes samedi.\n\nL'amicale laïque, fondée en "
            "1979, a fêté {} samedi en présence du maire.\n\nLe repas a suivi.\n")
# Fondettes (fondettes.fr, 2016): "Créée en 1966 …, l'Aubrière", its fiftieth anniversary
_AUBRIERE = ("L'Aubrière a 50 ans\n\nCréée en 1966 sous le nom de « Maison des Jeunes et de la "
             "Culture », l'Aubrière a fêté son {} le samedi 27 février dans une salle noire "
             "de monde.\n")


def test_num003_reads_an_ordinal_anniversary_beside_the_founding():
    found = _rules(_PILOT.format("65th anniversary"), "NUM003", "2017-09-22")
    assert found and "gives 62" in found[0].message
    found = _rules(_AMICALE.format("son 50e anniversaire"), "NUM003", "2024-12-01")
    assert found and "gives 45" in found[0].message
    assert _rules(_AUBRIERE.format("45e anniversaire"), "NUM003", "2016-03-01")
    # right, and another event's anniversary: silent
    assert not _rules(_AUBRIERE.format("50e anniversaire"), "NUM003", "2016-03-01")
    assert not _rules(_PILOT.format("62nd anniversary"), "NUM003", "2017-09-22")
    assert not _rules(_AMICALE.format("le 50e anniversaire de la Libération"), "NUM003", "2024-12-01")


# Round 16b r11: the German participle after a place, or at the end of its clause.
_ZEPPELIN = ("Zeppelin-Konzern feiert sein {}-jähriges Bestehen\n\nAuf eine besondere "
             "Erfolgsgeschichte kann der 1960 in Friedrichshafen gegründete Zeppelin-Konzern "
             "dieses Jahr zurückblicken. Im Juli 1960 wurde Zeppelin unter dem Namen "
             "„Metallwerke Friedrichshafen“ gegründet und ins Handelsregister eingetragen.\n")


def test_num003_reads_a_german_founding_with_words_before_the_participle():
    found = _rules(_ZEPPELIN.format(70), "NUM003", "2020-02-15")
    assert found and "founded in 1960" in found[0].message
    assert not _rules(_ZEPPELIN.format(60), "NUM003", "2020-02-15")


# Round 16a r02: a year in the subject names its time, not another figure.
_VENDANGES = ("Vendanges 2011\n\nLa récolte {} de vins devrait atteindre 50 millions "
              "d'hectolitres, selon Agreste.\n\nLes vendanges ont commencé en août. La récolte "
              "{} de vins devrait atteindre 58,2 millions d'hectolitres, a indiqué Agreste.\n")
# Round 16b r02 (fr15, quebecmonde): the stores bought, then the group's after the deal.
_COUTU = ("La chaîne québécoise de pharmacies Jean Coutu a fait l’acquisition de 1 539 magasins "
          "du groupe américain Eckerd pour un montant de 2,4 milliards US. La taille du groupe "
          "triplera. Avec cette acquisition, le groupe Jean Coutu comptera 2 196 magasins, dont "
          "plus des trois quarts sont situés aux États-Unis.\n")
_VILLE = ("La ville compte 120 000 habitants, selon l'Insee. Le maire veut de nouveaux "
          "logements.{} Aujourd'hui, la ville compte 150 000 habitants.\n")


def test_num002_compares_same_thing_same_time_no_change_between():
    found = _rules(_VENDANGES.format(2011, 2011), "NUM002")
    assert found and "'58,2 millions' contradicts '50 millions'" in found[0].message
    assert not _rules(_VENDANGES.format(2011, 2012), "NUM002")  # two harvests
    assert not _rules(_COUTU, "NUM002")
    assert _rules(_VILLE.format(""), "NUM002")
    # the change told in the second figure's own sentence (review 2, item 5: a sentence
    # between them may tell another noun's change, "Les hospitalisations progressent encore.")
    assert not _rules(_VILLE.format("").replace("Aujourd'hui, la ville compte",
                                                "Avec l'annexion, la ville compte désormais"),
                      "NUM002")


# Round 16b r12 and r13 (mutations of real pages): a measure symbol and a bare amount.
_ACIGNE = ("---\ntitle: \"Acigné : il roulait avec plus de {}\"\ndate: 2019-03-17\n---\n\n"
           "On sait maintenant qu’il circulait avec un taux d’alcool de 4,39 g/l dans le sang "
           "(neuf fois le seuil autorisé par la Loi) !\n")
_GIVAUDAN = ("---\ntitle: \"Givaudan : le bénéfice net s'étoffe à {}\"\ndate: 2023-01-25\n---\n\n"
             "Durant la période sous revue, le chiffre d'affaires s'est accru de 6,5% à 7,1 "
             "milliards de francs, indique mercredi un communiqué. En revanche le bénéfice net "
             "s'est étoffé de 4,2% à 856 millions.\n")


def test_num007_reads_measure_symbols_and_bare_amounts_in_the_text():
    found = _rules(_ACIGNE.format("43,9 g/l"), "NUM007", name="x.md")
    assert found and "'4,39 g/l'" in found[0].message
    assert not _rules(_ACIGNE.format("4,39 g/l"), "NUM007", name="x.md")
    found = _rules(_GIVAUDAN.format("856 milliards"), "NUM007", name="x.md")
    assert found and "1,000 times less" in found[0].message
    assert not _rules(_GIVAUDAN.format("856 millions"), "NUM007", name="x.md")


# Round 16a r09 (fr): an English billion written "billions", its bracket right at 10^9.
_BILLION = ("Le commerce\n\nEn 2016, les échanges ont atteint 171,8 billions de dollars ({} "
            "milliards d'euros), selon la Commission.\n")


def test_num001_converts_a_french_billion_at_the_scale_num006_reads():
    findings = audit_article(_BILLION.format("152,7"), "x.txt",
                             Settings(published=dt.date(2017, 5, 23))).findings
    assert [f.rule for f in findings if f.rule.startswith("NUM")] == ["NUM006"]
    wrong = _rules(_BILLION.format("120"), "NUM001", "2017-05-23")
    assert wrong and "expected 153" in wrong[0].message and "billion EUR" in wrong[0].message


def _amounts(text: str, language: str = "fr") -> list[str]:
    return [q.text for q in find_quantities(text, [(0, len(text))], language)]


def test_a_decimal_comma_typed_with_a_space_invents_no_amount():
    # Round 16a r10 (fr13): "86, 717 milliards FCFA" is 86,717 milliards, not 717
    text = ("Un prêt d'un montant total de 132 200 000 Euros soit 86, 717 milliards FCFA "
            "conclu le 23 février 2022.")
    assert _amounts(text) == ["132 200 000 Euros"]
    # a year, a comma, then an amount; a list's last item
    assert _amounts("En 2019, 300 millions d'euros ont été investis.") == ["300 millions d'euros"]
    assert "250 euros" in _amounts("Les billets coûtent 100, 150 et 250 euros.")


def test_num002_a_change_in_the_first_statements_sentence_parts_them():
    bought = ("Le groupe Jean Coutu a racheté 1 539 magasins américains l'an dernier pour 2,4 "
              "milliards. {} Le groupe Jean Coutu compte{} 2 196 magasins, selon son rapport.\n")
    assert not _rules(bought.format("Les analystes saluent l'opération.", " désormais"), "NUM002")
    assert not _rules(bought.format("Les analystes saluent l'opération.", ""), "NUM002")
    # no change told: one thing, two values
    held = bought.replace("a racheté", "possède").replace(" l'an dernier pour 2,4 milliards", "")
    assert _rules(held.format("Les analystes saluent l'opération.", ""), "NUM002")
