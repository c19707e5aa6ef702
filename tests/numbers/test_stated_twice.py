"""A quantity stated twice with two values (NUM002): the same frame, scope and subject on
both sides, and the many ways two figures are not the same quantity."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings

from tests.blind_reading import DATA, ROUNDS, codes, probe_findings, repro
from tests.conftest import OPT_IN_CIT
from tests.numbers.reading import (findings_test, found as _found, messages as _messages, repro_file
                                   as _repro, rules as _rules, selected as _selected, spans as
                                   _spans)
from tests.numbers.texts import PROBES, _DIR_nrv41, _probe, _read_nrv41, _rule, _run


# --- from tests/test_num002_review39.py
# NUM002's scope, review N of round 39 (tests/data/review39_num002, the reviewer's probes): the
# update, other-one and shift marks read in a figure's own sentence (an update also in a sentence
# of its paragraph that names the toll, a shift in its paragraph); an ordinal only before an
# event's noun ("second tour", "Q3"; not «Premier ministre», «premier adjoint», "first private
# employer"); a weekday, a month or a clock time inherited from the paragraph only from a frame
# opening a sentence ("Samedi, …"); and no count keyed without a subject before it (a day's, a
# week's, a subgroup's or another match's count is no contradiction of a total).

_DIR_n002rv39 = DATA / "review39_num002"



# a city's population, a school's roll, a stadium's capacity: a mark, an ordinal or a time said
# of something else in the paragraph leaves the two values a contradiction (the old finding)
_FIRES = {
    "L1_premier_ministre_ordinal.txt": "45 000",
    "L2_une_autre_raison.txt": "150 000",
    "L3c_months_commune.txt": "4 100",
    "L4_weekdays_said.txt": "310",
    "L4b_weekdays_commune.txt": "4 100",
    "L6b_en_updated.txt": "150,000",
    "L7_voisin_context.txt": "820",
    "L8_first_time.txt": "120 000",
    "L9_mise_a_jour.txt": "55",
    "L11_en_another.txt": "150,000",
    "L12_es_otro.txt": "150.000",
    "L13_second_main.txt": "9,6 millions",
    "L15_premier_employeur.txt": "1 600",
    "L16_es_primer_segundo.txt": "1.600",
    "L17_en_first_second.txt": "1,600",
    "L18_it_altro.txt": "150.000",
    "L19_de_erste.txt": "1.600",
    # «selon le dernier bilan» on both sides: one state of the count, not two updates
    "P1_dernier_bilan_both.txt": "118",
    # a bridge's length: the ribbon cut at 11 h, the first cars at 15 h
    "P4_clock_stative.txt": "520 mètres",
    # the reviewer's debatable ones, as the old code read them: firefighters at 3 h and 9 h,
    # one fire's toll on two days (two sources, one fire)
    "L10_clock_context.txt": "120",
    "P3_old_subj_weekday_same_event.txt": "9",
}


@pytest.mark.parametrize("name, second", sorted(_FIRES.items()))
def test_a_mark_or_time_said_of_something_else_keeps_the_contradiction(name, second):
    assert _num002(_DIR_n002rv39 / name) == [second]


_SILENT_n002rv39 = sorted(p.name for p in _DIR_n002rv39.glob("*.txt") if p.name not in _FIRES)


@pytest.mark.parametrize("name", _SILENT_n002rv39)
def test_parts_periods_rounds_and_other_events_are_no_contradiction(name):
    # F*, E8: a day's, a week's, a subgroup's count, a second round, a return match (no subject
    # before the count: not compared); E2, E3: «au T1» / «au T3», "in Q1" / "in Q3"; L5, P5: a
    # hall's capacity two years apart (the year holds over its paragraph); real pages
    assert _num002(_DIR_n002rv39 / name) == []


# --- from tests/test_num002_scope.py
# NUM002's time and update scope (review 1 of round 38, the NUM002 section): two counts of one
# thing at two times, places or updates are no contradiction. The times, update words and other
# ones of the kind read in a figure's sentence and its paragraph before it, the heading over it
# and a live blog's time stamp (numbers/qualifiers.yml, scope_updates, scope_others,
# scope_shifts, clock_words; weekdays and months) tell them apart; the same scope with two values
# still fires. The reviewer's probes are in tests/data/review38_num002 (R4*, n4*), with the
# subject form the old rule already misread (n4e_subj, n4j_subj, n4x_subj).

_DIR_n002scope = DATA / "review38_num002"


def _num002(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    report = audit_document(text, path.name, settings=Settings(all_languages=True))
    return [text[f["start"]:f["end"]] for f in report["findings"] if f["rule"] == "NUM002"]


_SILENT_n002scope = sorted(p.name for p in _DIR_n002scope.glob("*.txt") if not p.name.startswith("pos_"))


@pytest.mark.parametrize("name", _SILENT_n002scope)
def test_two_times_places_or_updates_are_no_contradiction(name):
    assert _num002(_DIR_n002scope / name) == []


@pytest.mark.parametrize("name, second", [
    # one year, one day, one live-blog stamp in both: two values of one count
    ("pos_same_year_subj.txt", "140"),
    ("pos_same_day_subj.txt", "9"),
    # a date beside the publication's period ("samedi" and "hier") may be one day (round 32a fr25)
    ("pos_samedi_hier.txt", "huit"),
])
def test_the_same_scope_with_two_values_fires(name, second):
    assert _num002(_DIR_n002scope / name) == [second]


@pytest.mark.xfail(strict=True, reason="the keying of a count opening its clause (no subject "
                   "before it) on what follows its noun is reverted (review N of round 39: a day's, a "
                   "week's, a subgroup's count, another round or match read as the total's contradiction)")
@pytest.mark.parametrize("name, second", [
    ("pos_same_stamp.txt", "70"),
    # a lede's toll and a scene's of the same words: a time in one only says nothing of the other
    ("pos_lede_and_scene.txt", "25"),
])
def test_the_same_scope_of_counts_opening_their_clause_fires(name, second):
    assert _num002(_DIR_n002scope / name) == [second]


@pytest.mark.xfail(strict=True, reason="38a r8: a count opening its clause is not compared (its "
                   "keying reverted again, review N of round 39)")
def test_a_count_opening_its_clause_is_compared_by_what_follows_n002scope():
    # 38a r8: «Au total, 132 personnes sont mortes dans le tremblement de terre» then «… 118 …»
    found = [(rule, said) for rule, said in codes(repro("round38a/r8_num002")) if rule == "NUM002"]
    assert found == [("NUM002", "118")]


# --- from tests/test_num29.py
# Round 29 (numbers): NUM002 reads a counted subject with its figure ("34 projets ont ainsi
# permis 2 563 emplois") and a paragraph whose last sentence lost its full stop; a difference
# ("25 000 personnes de plus qu'en 2008") is no total. NUM003 reads a range of days after "il y
# a N ans" ("du 7 au 13 décembre 1974").

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
    page = (ROUNDS / "round29b" / "inputs" / "fr20_mediaphore.html").read_bytes()
    assert not _rules(page, "NUM002", name="fr20_mediaphore.html")


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


# --- from tests/test_num31.py
# Round 31 (numbers): NUM002 reads a clause's subject past a parenthesis before the figure
# (31b r06); NUM003 reads an organisation's "Nth birthday" (31b r07) and a year before the
# founding noun ("the town's 1880 founding", 31b r09).

# 31b r06: fr01_mayottehebdo's wording, the parenthesis kept
_CENSUS = ("Datant de 2017, le dernier recensement exhaustif (où toute la population a été "
           "recensée à un instant T) a dénombré 256.500 personnes.\n\nLe maire a inauguré une école "
           "jeudi.\n\nLe recensement de 2017 avait pourtant dénombré 265.500 personnes.\n")


def test_a_parenthesis_before_the_figure_is_an_aside():
    found = _rules(_CENSUS, "NUM002")
    # the first figure's subject read past the aside
    assert [f.evidence["first"] for f in found] == ["256.500"]
    assert "of 'dernier recensement exhaustif'" in found[0].message
    # another wording: a place in brackets between the subject and its verb
    town = ("Une commune qui grandit\n\nLa commune (Haute-Savoie, canton de Thônes) compte 3 200 "
            "habitants selon la mairie.\n\nLe maire l'a rappelé jeudi.\n\nLa commune compte "
            "3 900 habitants selon le dernier bulletin.\n")
    assert len(_rules(town, "NUM002")) == 1


def test_the_aside_s_words_are_not_the_subject():
    # the parenthesis names the town, the figure is the department's: two subjects
    text = ("Une commune qui grandit\n\nLa commune compte 3 200 habitants selon la mairie.\n\n"
            "Le département (dont la commune fait partie) compte 800 000 habitants.\n")
    assert not _rules(text, "NUM002")
    # the same count with its parenthesis: one value, nothing to say
    assert not _rules(_CENSUS.replace("265.500", "256.500"), "NUM002")


# --- from tests/test_num_leftovers15.py
# Leftovers of rounds 11-14 on numbers and titles, each on the real page it was seen on.

def test_num002_two_peseta_amounts_are_not_one_quantity():
    # Round 11a es01 (El País, 1997): last year's budget "fue sólo de 653 millones de
    # pesetas" and "sólo en estas labores se gastarán 600 millones de pesetas" are two
    # amounts: pesetas are money (not a counted noun) and "sólo" names neither.
    page = ROUNDS / "round11a" / "inputs" / "es01_elpais.md"
    r = _run(page.read_bytes(), page.name, ["NUM002"], all_languages=True)
    assert not [f for f in r.findings if f.rule == "NUM002"]
    amounts = [q for q in r.facts.quantities if "pesetas" in q.text]
    assert [(q.kind, q.unit) for q in amounts] == [("money", "ESP")] * 3


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


# --- money: the sentence's own opening phrase tells the two amounts apart --------------------
@pytest.mark.parametrize("name", [
    "m01_two_cities.txt", "m01b_two_cities.txt", "m02_two_projects.txt", "m03_two_sources.txt",
    "m11_revised.txt", "m12_tranche_pronoun.txt", "m13_init_final.txt", "m15_countries.txt",
    "m17_gross_net.txt", "e02_en_money.txt",
    # a pronoun for the subject: another player, another painting each time
    "m07_auction.txt", "m18_transfers.txt",
    # what held in the review, kept
    "m04_tranches.txt", "m05_ht_ttc.txt", "m06_years_paragraphs.txt", "m08_voted_executed.txt",
    "m09_years_headings.md", "m10_same_restated.txt", "m14_later.txt", "m16_same_sentence.txt",
    "m19_two_years_same_para_no_year.txt", "p01_vierzon_apcp.txt", "p02_vierzon_simple.txt",
    "p03_besancon.txt",
])
def test_money_of_two_things_left_alone(name):
    assert _num002(_DIR_nrv41 / name) == []


# --- rates per a period: not compared (two conditions, most often) ---------------------------
@pytest.mark.parametrize("name", [
    "r01_before_after.txt", "r01b_before_after.txt", "r02_two_lines.txt", "r03_weekend.txt",
    "r06_two_stations.txt", "r08_two_directions.txt", "r09_two_years_rate.txt", "p06_tours.txt",
    "e01_en_rates.txt", "e03_en_a_day_after.txt",
    "r04_avg_max.txt", "r04b_avg_max.txt", "r05_forecast.txt", "r07_two_colon.txt",
    "p04_montpellier_lines.txt", "p05_montpellier_slash.txt",
])
def test_rates_of_two_conditions_left_alone(name):
    assert _num002(_DIR_nrv41 / name) == []


def test_a_period_phrase_that_is_no_rate_is_not_named_one():
    # «950 trains à l'heure» is on time, "am Tag der Wahl" a day: no "per hour" / "per day"
    for name in ("f01_fr_a_lheure.txt", "d02_de_am_tag.txt"):
        report = _read_nrv41(name)
        assert not any(" per " in f["message"] for f in report["findings"] if f["rule"] == "NUM002")


# --- from tests/test_numbers_round16.py
# Round 16's number verdicts: NUM003 on an ordinal anniversary beside its founding and a German
# participle after words, NUM002 on a year in the subject and a change told between, NUM007 on a
# bare amount in both places and on measure symbols, NUM001 at NUM006's scale, and a decimal
# comma typed with a space.

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


def test_num002_a_change_in_the_first_statements_sentence_parts_them():
    bought = ("Le groupe Jean Coutu a racheté 1 539 magasins américains l'an dernier pour 2,4 "
              "milliards. {} Le groupe Jean Coutu compte{} 2 196 magasins, selon son rapport.\n")
    assert not _rules(bought.format("Les analystes saluent l'opération.", " désormais"), "NUM002")
    assert not _rules(bought.format("Les analystes saluent l'opération.", ""), "NUM002")
    # no change told: one thing, two values
    held = bought.replace("a racheté", "possède").replace(" l'an dernier pour 2,4 milliards", "")
    assert _rules(held.format("Les analystes saluent l'opération.", ""), "NUM002")


# --- from tests/test_numbers_round21.py (its number tests)
# Round 21's number and citation verdicts, on the testers' repro texts, with negatives that must
# stay.

# Round 21b (fr09_magazinemci): two list items, two projects, their jobs compared as one count.
_PROJECTS = ("Québec annonce des investissements\n\nPlusieurs projets d’investissements ont été annoncés :\n"
             "- 175 M$ octroyés à Tata Steel Minerals Canada pour un projet de mine de fer. Ce projet, "
             "évalué à 1,5 G$, entraînera la création de 550 emplois.\n"
             "- 2 167 000 $ remis à l’entreprise Marquis Imprimeurs pour la modernisation de ses "
             "installations. La création de 30 emplois est liée à ce projet, évalué à 6,2 M$.\n")


@pytest.mark.parametrize("mark", ["-", "•", "–"])
def test_num002_does_not_compare_list_items(mark):
    assert not _rules(_PROJECTS.replace("\n- ", f"\n{mark} "), "NUM002")


def test_num002_still_compares_two_sentences_of_prose():
    prose = _PROJECTS.replace("\n- ", "\n")
    assert len(_rules(prose, "NUM002")) == 1
    text = ("Une ville\n\nLa ville compte 120 000 habitants, selon l'Insee, qui publie ses chiffres "
            "chaque année.\n\nAujourd'hui, la ville compte 150 000 habitants, selon la mairie.\n")
    assert len(_rules(text, "NUM002")) == 1


# --- from tests/test_numbers_round24.py
# Round 24's number verdicts, on the testers' repro texts, with negatives that must stay.

# Round 24b r05 (fr05 mutated): two maxima of one hall's capacity that differ.
_HALL = ("Couleuvre inaugure sa salle\n\nLa nouvelle salle socio-culturelle pourra accueillir "
         "jusqu'à 250 personnes, a indiqué le maire.\n\nLa grande salle traversante pourra "
         "accueillir jusqu'à {} personnes, l'espace dispose également d'une scène centrale.\n")


def test_num002_two_maxima_that_differ():
    # the same room's maximum stated twice (review 3 of session 29, item 3: the repro's two
    # sentences are of two rooms, "la nouvelle salle" and "la grande salle traversante")
    same = _HALL.replace("La nouvelle salle socio-culturelle", "La grande salle traversante")
    assert len(_rules(same.format(350), "NUM002")) == 1


# --- from tests/test_numbers_round27.py
# Round 27's number verdicts (num27), on the testers' repro texts, with negatives that must stay.

# Round 27a r05 (a mutation of fr17): the subjects compared up to their inflection.
def test_num002_compares_subject_words_up_to_their_inflection():
    text = ("Aéroport de Bordeaux\n\nLes vols internationaux ont transporté 455.000 passagers dans "
            "le mois.\n\nLe trafic international a transporté 545.000 passagers, soit le record "
            "de l'année.\n")
    found = _rules(text, "NUM002")
    assert len(found) == 1 and "545.000" in found[0].message


def test_num002_another_subject_stays_silent():
    text = ("Aéroport de Bordeaux\n\nLes vols nationaux ont transporté 455.000 passagers dans "
            "le mois.\n\nLe trafic international a transporté 545.000 passagers, soit le record "
            "de l'année.\n")
    assert _rules(text, "NUM002") == []


# --- from tests/test_review29_num.py
# Review 29 (numbers): a city's compound ("Toronto-based") is no Canadian dateline; only a
# reporting period's header ("12 Months Ended / Dec. 31, 2024") dates a filing's amounts, not a
# sentence's "which ended Dec. 31, 2021"; a summary's bullet is compared with the body's prose.

# Item 8: a summary's bullet against the body it sums up
_FIRE = ("Incendie à Marseille : le bilan s'alourdit\n\nCe qu'il faut retenir\n"
         "• Le bilan de l'incendie s'élève à 14 morts, selon la préfecture.\n"
         "• Plus de 200 pompiers ont été mobilisés toute la nuit.\n\n"
         "Le bilan de l'incendie qui a ravagé un immeuble du centre-ville de Marseille dans la nuit "
         "de samedi à dimanche s'élève à 12 morts, a annoncé la préfecture des Bouches-du-Rhône "
         "dimanche matin.\n\nLes secours ont travaillé jusqu'à l'aube pour évacuer les habitants des "
         "immeubles voisins.\n")


def test_num002_compares_a_summary_bullet_with_the_body():
    assert len(_rules(_FIRE, "NUM002")) == 1
    text = ("Une ville en plein essor\n\nL'essentiel\n"
            "- La ville compte 150 000 habitants, selon la mairie, qui publie ses chiffres.\n"
            "- Deux nouveaux quartiers sortiront de terre d'ici 2030.\n\n"
            "La ville compte 120 000 habitants, selon la mairie, qui publie ses chiffres chaque "
            "année au printemps.\n")
    assert len(_rules(text, "NUM002")) == 1


def test_num002_still_skips_two_items_of_one_list():
    text = _FIRE.replace("• Plus de 200 pompiers ont été mobilisés toute la nuit.",
                         "• Le bilan de l'incendie voisin s'élève à 3 morts, selon la préfecture.")
    assert not _rules(text[:text.index("Le bilan de l'incendie qui")], "NUM002")


def test_num002_an_interviews_dashes_are_no_list():
    # a French interview opens each question and answer with "– ": the answers are compared
    text = ("Entretien avec la maire\n\n– Combien d'habitants compte la ville aujourd'hui ?\n"
            "– La ville compte 120 000 habitants, selon les derniers chiffres de l'Insee.\n"
            "– Et vos projets pour les quartiers nord ?\n"
            "– La ville compte 150 000 habitants, selon l'Insee, et il faut les loger.\n")
    assert len(_rules(text, "NUM002")) == 1
    assert not _rules(text.replace(" ?\n", ".\n"), "NUM002")  # no question: a list's items


# --- from tests/test_review2_num.py
# Review 2 of fc4bdcd..6dcc61d, numbers side (items 1, 2 and 5, and the notes on "86, 717"
# and the German gap before "gegründet"): NUM001's told dates by their place in the amount's
# sentence, not by a tense list; NUM003's ordinal anniversary only with a possessive; NUM002's
# change words as words, in the two figures' own sentences.

# Item 5: a change word between the two figures, of another noun, or a name
def test_num002_a_change_between_the_figures_does_not_part_them():
    found = _probe("n2c.txt", "NUM002")  # "Les hospitalisations progressent encore."
    assert found and "'250' contradicts '300'" in found[0].message
    # "Relief worker Rose Mathew said": a name, not "rose"; the control with "Anu"
    assert _probe("n2en.txt", "NUM002") and _probe("n2en_ctrl.txt", "NUM002")


def test_num002_a_change_in_a_figures_own_sentence_still_parts_them():
    text = (PROBES / "n2c.txt").read_text(encoding="utf-8")
    # the second figure's own sentence tells the change: two times
    assert not _selected(text.replace("Selon l'OMS, l'épidémie de grippe a fait 250 morts",
                                   "Selon l'OMS, l'épidémie de grippe a désormais fait 250 morts"),
                      "NUM002")
    # "Désormais" opening the sentence is the word, not a name
    assert not _selected(text.replace("Selon l'OMS, l'épidémie", "Désormais, l'épidémie"), "NUM002")


# --- from tests/test_round37_num.py
# Round 37's number findings (helper num37): a measure written as a compound adjective ("a
# 4,000-acre (2,000-hectare) farm", 37b r11) is a quantity, so NUM004 checks its conversion;
# NUM003 reads an age at a death with no year (37a r2, r3): counted to the telling when the
# death is the news (a day of the week in its sentence, or the press's age in apposition),
# else only an age above the telling's is wrong; NUM002's first figure in an apposition's
# relative clause (37a r4) stays a known miss.

def test_two_names_apposed_one_class_noun_are_not_compared():
    text = ("Jean habite Paris, une ville qui compte 2 100 000 habitants. Marie habite Lyon, une "
            "ville qui compte 520 000 habitants.")
    assert _found(text, "NUM002") == []


# --- from tests/test_round38_num.py
# Round 38's number misses (helper num38, narrowed by mendN after review 1): NUM002's count
# opening its clause ("Au total, 132 personnes sont mortes dans le tremblement de terre", 38a r8)
# keyed on what follows its noun, back with each figure's time and update scope read in its
# paragraph before it (session 39, tests/test_num002_scope.py) and two paragraphs that each set a
# scene before their count kept apart; NUM003 reads a
# short complement between the year and the elapsed time ("en 2011 sur la plateforme, il y a 15
# ans", 38a r9) when the elapsed time closes its clause, and "née en l'an 1872" (38a r10); the
# centenarian of two sentences stays a known miss.

# --- NUM002: the count as its clause's subject (38a r8) ---------------------------------------
_TOLL = "Au total, {} personnes sont mortes dans le tremblement de terre{}.\n\n"


@pytest.mark.xfail(strict=True, reason="38a r8: a count opening its clause is not compared (its "
                   "keying reverted again, review N of round 39: a day's, a week's, a subgroup's count, "
                   "another round or match read as the total's contradiction)")
def test_a_count_opening_its_clause_is_compared_by_what_follows_r38():
    found = [(rule, said) for rule, said in codes(repro("round38a/r8_num002")) if rule == "NUM002"]
    assert found == [("NUM002", "118")]
    # a bound and an approximation before the figure are no subject either
    text = ("Au moins 132 personnes sont mortes dans le tremblement de terre, selon l'AFP.\n\n"
            "Le séisme a frappé vendredi soir. Près de 90 personnes sont mortes dans le "
            "tremblement de terre.\n")
    assert len(_messages(text, "NUM002")) == 1


def test_a_verb_alone_says_too_little():
    text = "Au total, 132 personnes sont mortes.\n\nLe séisme a frappé vendredi. Au total, 118 personnes sont mortes.\n"
    assert not _messages(text, "NUM002")


def test_the_section_and_the_paragraph_name_the_place():
    # two quakes under their headings, the same words after each figure
    md = ("# Deux séismes meurtriers\n\n## Au Maroc\n\n" + _TOLL.format("2 900", ", selon les autorités")
          + "## En Turquie\n\n" + _TOLL.format("50 000", ", selon le gouvernement"))
    assert not _messages(md, "NUM002", name="x.md")
    # round 34b fr04 (sgsb.fr): "Au total, 11 300 personnes ont été évacuées depuis mardi" for both
    # fires, then "… 10 000 …" in the paragraph of La Teste-de-Buch: that town's count
    text = ("Les incendies continuent ce vendredi à La Teste-de-Buch et à Landiras. Au total, 11 300 "
            "personnes ont été évacuées depuis mardi. Cinq refuges ont été ouverts.\n\n"
            "3 150 hectares à La Teste-de-Buch. Dans le détail, 3150 hectares ont brûlé à La "
            "Teste-de-Buch. Au total, 10 000 personnes ont été évacuées depuis mardi. Un "
            "restaurant a brûlé.\n")
    assert not _messages(text, "NUM002")


# review 1's probes: the time or place that tells two counts apart stands in the sentence before
_APART = [
    ("En 2022, les pluies ont ravagé le nord du pays. Au total, 85 personnes sont mortes dans les "
     "inondations.\n\nEn 2023, la catastrophe s'est répétée dans le sud. Au total, 140 personnes sont "
     "mortes dans les inondations.\n"),
    ("Samedi, plusieurs collisions ont eu lieu sur l'autoroute. Au total, 12 personnes ont été blessées "
     "dans les accidents de la route.\n\nDimanche, la série noire a continué. Au total, 9 personnes "
     "ont été blessées dans les accidents de la route.\n"),
    ("En juillet, les plages ont été prises d'assaut. 23 personnes sont mortes par noyade sur le "
     "littoral.\n\nEn août, la canicule a aggravé la situation. 35 personnes sont mortes par noyade "
     "sur le littoral.\n"),
    ("Les flammes ont parcouru des milliers d'hectares dans le département. Au total, 300 pompiers sont "
     "mobilisés sur le terrain depuis dimanche.\n\nLe feu reste actif dans le département voisin. Au "
     "total, 450 pompiers sont mobilisés sur le terrain depuis dimanche.\n"),
    ("Le séisme a frappé la province vers 3 heures du matin. Au total, 50 personnes sont mortes dans le "
     "séisme, selon un premier bilan communiqué à l'aube.\n\nLe bilan a ensuite été revu à la hausse. "
     "Au total, 70 personnes sont mortes dans le séisme, selon le dernier bilan.\n"),
    ("Last week, the first storm hit the north coast. In total, 14 people were injured in the storm."
     "\n\nThis week, a second storm hit the south coast. In total, 9 people were injured in the "
     "storm.\n"),
    ("Mercredi, les rafales ont dépassé 150 km/h sur le littoral. Au total, 80 000 foyers étaient "
     "privés d'électricité dans la région.\n\nJeudi, le vent a faibli. Au total, 25 000 foyers "
     "étaient privés d'électricité dans la région.\n"),
    ("El sábado la tormenta golpeó la costa norte. 14 personas resultaron heridas en la tormenta.\n\n"
     "El domingo una segunda tormenta golpeó el sur. 9 personas resultaron heridas en la tormenta.\n"),
]


@pytest.mark.parametrize("text", _APART)
def test_two_times_places_or_updates_before_the_counts_are_no_contradiction(text):
    assert not _messages(text, "NUM002", settings=Settings(all_languages=True))


# --- from tests/test_round40_num.py
# Round 40's number leftovers (helper num40, mended after review L): NUM003 reads "de N ans"
# right before a birth after a person's noun (lexicon anniversary "age_persons", widened; an open
# noun read spans and things: review L); its past-age cues are the qualifiers' "then" list NUM001
# reads opening the sentence, its "then_age" subset anywhere; NUM002 compares an event's ordinal by its rank («1er tour» and «premier
# tour»); a figure opening a bracket is said of the noun phrase before it (39a r10).

# --- NUM002: an event's ordinal by its rank (real wording: affiches-parisiennes.com, «ont élu
# leur maire au 1er tour», «dès le premier tour»; «le taux de participation pour le premier tour»)
def _two_rounds(first: str, second: str) -> str:
    return (f"Municipales : les résultats\n\nLa commune a compté 12 400 votants au {first}, selon "
            f"la préfecture.\n\nLes résultats officiels ont été publiés par la préfecture. La "
            f"commune a compté 14 900 votants au {second}, selon la mairie.")


@pytest.mark.parametrize("first, second", [
    ("1er tour", "premier tour"), ("premier tour", "1er tour"), ("second tour", "deuxième tour"),
    ("2e tour", "second tour"), ("1er tour", "1er tour"),
])
def test_one_round_in_digits_and_in_words_is_one_event(first, second):
    assert _spans(_two_rounds(first, second), "NUM002", None) == ["14 900"]


# --- NUM002: a figure opening a bracket (39a r10) ---------------------------------------------
def test_a_figure_in_brackets_is_said_of_the_noun_before_it():
    text = ("Le festival se tient à Carhaix (7 400 habitants), dans le centre de la Bretagne.\n\n"
            "Les organisateurs ont présenté le programme lundi. Carhaix compte 8 900 habitants, "
            "selon l'Insee.")
    assert _spans(text, "NUM002", None) == ["8 900"]
    assert _spans(text.replace("8 900", "7 400"), "NUM002", None) == []


@pytest.mark.xfail(strict=True, reason="the bracket's subject is read now ('vieilles charrues "
                   "carhaix' both), but the sentence tells a change («globalement à la hausse», "
                   "'+12%'): NUM002 compares no figure of a sentence that tells a change (a before "
                   "or an after value), and which figure the rise is said of is not read")
def test_round39a_r10_a_figure_in_brackets_beside_a_change():
    assert [c for c in codes(repro("round39a/r10_num002_figure_in_parenthesis")) if c[0] == "NUM002"]


def test_round39a_r10_without_the_change_word_is_found():
    text = repro("round39a/r10_num002_figure_in_parenthesis").replace("globalement à la hausse",
                                                                     "globalement bons")
    assert _spans(text, "NUM002", None) == ["310.000"]
    assert [c for c in codes(repro("round39a/r10b_control_prose")) if c[0] == "NUM002"]


def test_review_l_a_bracket_after_head_de_name_pairs_with_the_head():
    text = ("L'agglomération compte 210 000 habitants, selon l'Insee.\n\nLes élus de "
            "l'agglomération de Brest (250 000 habitants) ont voté le plan de mobilité lundi soir.")
    assert _spans(text, "NUM002", "2024-06-01") == ["250 000"]


def test_review_l_a_figure_told_at_the_time_pairs_with_no_time_mark_only_if_both_have_it():
    text = ("Autrefois, Carhaix comptait 6 000 habitants à l'époque.\n\nLes foires ont fermé. "
            "Carhaix comptait 7 000 habitants à l'époque, selon l'historien.")
    assert _spans(text, "NUM002", "2024-06-01") == ["7 000"]


@pytest.mark.xfail(strict=True, reason="a past year in one sentence and none in the other says "
                   "nothing of the undated one (NUM002's time scope): it is not read as today's "
                   "(review L n2_m, old and new alike)")
def test_review_l_a_figure_under_a_past_year_is_not_todays():
    text = ("Carhaix compte 8 900 habitants, selon le dernier recensement de l'Insee.\n\nEn 1960, "
            "la ville de Carhaix comptait 6 000 habitants et vivait de ses foires.")
    assert _spans(text, "NUM002", "2024-06-01") == []


# --- from tests/test_round40_num_b.py
# Round 40's number repros (helper num40b): NUM003 reads an age today in the sentence after the
# birth's ("born on August 26, 1924. She is now 96 years old.", 40b r2), a place of birth between
# the participle and the date and "now N years old" in apposition (40b m04), a bare year opening
# its clause beside the elapsed time ("1965, vor 40 Jahren", "Vor 40 Jahren, 1965,", 40b r3),
# and counts an anniversary to the publication year past a period's ends in its sentence
# («Vichy (juillet 1940-août 1944)», 40a r7). NUM002's count opening its clause stays unkeyed by
# its noun's complement (40a r8, a strict xfail).

# --- NUM002: a count opening its clause, its noun's complement (40a r8) -----------------------
@pytest.mark.xfail(strict=True, reason="40a r8: a count opening its clause is keyed by nothing after "
                   "it; its predicate says which of them («42 000 électeurs de cet archipel ont voté "
                   "avant midi» are a part of the 175 000), so a complement after the noun names the "
                   "place, not the set (keyed by a demonstrative complement: 0 findings on 3,704 "
                   "reference audits; by any complement: 1, wrong, two circonscriptions)")
def test_r8_a_count_opening_its_clause_keyed_by_its_nouns_complement():
    found = [(rule, said) for rule, said in codes(repro("round40a/r8_num002")) if rule == "NUM002"]
    assert found == [("NUM002", "210 000")]


def test_a_part_said_by_its_predicate_is_no_contradiction():
    text = ("Près de 175 000 électeurs de cet archipel ont jusqu’à 18 h pour voter dimanche. "
            "À midi, 42 000 électeurs de cet archipel avaient déjà voté, selon le haut-commissariat.")
    assert _spans(text, "NUM002", None) == []


# --- from tests/test_round41_num.py
# Blind round 41's numbers (helper num41): a scale word hard-wrapped onto the next line belongs
# to its figure (41b r1, a Reuters brief: "($26.69" / "million)"), read by the quantity reader
# over a single line break so every rule sees the same amount; NUM002 compared two rates of one
# thing per the same period («24 trains par jour» / «28 trains par jour», 41a r2: reverted after
# review N, a known miss; a rate is still never compared with a total nor with another period's),
# and compares two amounts of one currency said in the same words before and after them (41a
# r1), never an estimate against a total (41a m3b).

# --- NUM002: a rate per a period (41a r2) --------------------------------------------------
@pytest.mark.xfail(strict=True, reason="rates per a period are not compared (reverted after review "
                   "N of round 41: two rates are most often of two conditions, a line, a station, "
                   "a season, before and after works; compared only in the same whole-sentence "
                   "frame, «Au total, la SNCF va supprimer» is not «La SNCF va supprimer»)")
def test_r2_rates_per_the_same_period_compared():
    assert _rule(repro("round41a/r2_num002"), "NUM002") == ["28"]


@pytest.mark.parametrize("second", [
    "Au total, la SNCF va supprimer 28 trains jusqu’en juillet.",  # a total, not a rate
    "Au total, la SNCF va supprimer 28 trains par semaine jusqu’en juillet.",  # another period
    "Au total, la SNCF va supprimer 24 trains chaque jour jusqu’en juillet.",  # the same rate
])
def test_rate_not_compared_with_a_total_or_another_period(second):
    text = f"La SNCF va supprimer 24 trains par jour jusqu’en juillet.\n\n{second}\n"
    assert _rule(text, "NUM002") == []


def test_rates_of_two_scopes_left_alone():
    # aeronautique.ma's own wording: three classes of airports, each a range of passengers a year
    text = ("Trafic en hausse dans les aéroports européens\n\n"
            "Les plateformes de moyenne capacité (5 à 10 millions de voyageurs par an) ont accueilli "
            "plus de voyageurs en juin dernier, par rapport au même mois un an plus tôt.\n\n"
            "Les plus grands aéroports européens (+ de 25 millions de voyageurs par an) enregistrent "
            "la deuxième meilleure performance (+3%). Les sites aéroportuaires recevant de 10 à 25 "
            "millions de voyageurs par an (+2,9%) arrivent ensuite.\n")
    assert _rule(text, "NUM002") == []


def test_rates_in_two_seasons_left_alone():
    text = ("Les urgences débordées\n\nLe service des urgences accueille 120 patients par jour en "
            "hiver, selon la direction de l'hôpital.\n\nEn été, le service des urgences accueille 80 "
            "patients par jour, a précisé la direction.\n")
    assert _rule(text, "NUM002") == []


# --- NUM002: money in the same words (41a r1, m3b) -------------------------------------------
def test_r1_money_in_the_same_words_compared():
    assert _rule(repro("round41a/r1_num002"), "NUM002") == ["560 millions d’euros"]


# --- from tests/test_round34_ai_num.py (its number tests)
# Round 34's AI001 and number findings (helper num34): "générée automatiquement" said of a
# table of contents names no AI; NUM003 reads an event's month before its year and an Italian
# body's ordinal anniversary beside its founding, and says on the page when an Italian age is not
# read; NUM002 shows a contradiction against the statement said with the figure's own words.

# 34b r9: the statement with the figure's verb and time word, not the capacity
def test_contradiction_shown_against_the_statement_said_alike():
    text = ("L’école actuelle a été prévue pour 56 enfants. Aujourd’hui elle accueille 76 enfants en 2016.\n\n"
            "Le chantier commencera en été. Rappelons que l’école accueille aujourd’hui 96 enfants.\n")
    (finding,) = _found(text, "NUM002")
    assert "'76'" in finding["message"] and "'56'" not in finding["message"]


def test_contradiction_keeps_its_anchor_when_no_other_is_closer():
    text = ("La ville compte 120 000 habitants, selon l'Insee. Le maire a inauguré la place.\n\n"
            "Aujourd'hui, la ville compte 150 000 habitants.\n")
    (finding,) = _found(text, "NUM002")
    assert "'120 000'" in finding["message"]


# --- from tests/test_review32.py (its number tests)
# Review of round 31's changes (session 32, items 1-6): what the new mechanisms read wrong
# on ordinary wordings, each with the sentence that showed it and a negative.

# item 3: a label in brackets qualifying the subject keeps two subsets apart
def test_two_labels_in_brackets_are_two_subjects():
    dares = ("Chômage : légère baisse au troisième trimestre\n\nEn France métropolitaine, le nombre "
             "de demandeurs d'emploi (catégorie A) atteint 2 950 000 personnes au troisième trimestre, "
             "selon la Dares. Le nombre de demandeurs d'emploi (catégories A, B et C) dépasse "
             "5 100 000 personnes.\n\nSur un an, le nombre d'inscrits baisse de 1,2 %.\n")
    assert not _rules(dares, "NUM002", "2025-05-12")
    # the same label in both: one subject, the contradiction still said
    same = dares.replace("(catégories A, B et C)", "(catégorie A)")
    assert len(_rules(same, "NUM002", "2025-05-12")) == 1



# the findings of a rule each text gives, counted: (text, rule, publication date, count,
# every language's rules on); each id names the old file, test and case, and the repro
FINDINGS = [
    # from tests/test_numbers_round24.py
    pytest.param(_HALL.format(350),
                 "NUM002", None, 0, False,
                 id="numbers_round24-num002_the_maxima_of_two_rooms_are_two_facts"),
    # from tests/test_numbers_round24.py, test_num002_bounds_that_agree
    # the same maximum twice
    pytest.param(_HALL.format(250),
                 "NUM002", None, 0, False,
                 id="numbers_round24-num002_bounds_that_agree-0"),
    # a value under the maximum
    pytest.param(_HALL.replace("jusqu'à {}", "{}").format(240),
                 "NUM002", None, 0, False,
                 id="numbers_round24-num002_bounds_that_agree-1"),
    # loose bounds the same way both hold of a value past them
    pytest.param(_HALL.replace("jusqu'à", "moins de").format(350),
                 "NUM002", None, 0, False,
                 id="numbers_round24-num002_bounds_that_agree-2"),
    pytest.param(_HALL.replace("jusqu'à", "plus de").format(350),
                 "NUM002", None, 0, False,
                 id="numbers_round24-num002_bounds_that_agree-3"),
    # from tests/test_round36_num.py
    # NUM002: a count of a named place (36a r1): a known miss
    # The place key (a count of a named place compared only with that place) was reverted (review 2,
    # R3): one side naming the subject's own place ("1 200 salariés à Flins" and "2 100 salariés" of
    # one factory) is a real contradiction it lost, and "en Mars" read as a place.
    pytest.param(_repro("round36a", "r1_num002_part_vs_programme.txt"),
                 "NUM002", None, 1, False,
                 id="round36_num-a_site_s_count_against_the_programme_s_is_a_known_miss-round36a_r1_num002_part_vs_programme"),
    # from tests/test_round36_num.py, test_counts_of_one_place_or_none_are_still_compared
    # the same place both times: one quantity
    # no place either time (rules/cases/NUM002.yml has more)
    pytest.param("Le groupe emploie 1 200 salariés en France, selon la direction du groupe.\n\n"
                 "Au total, le groupe emploie 1 500 salariés en France, a précisé la direction du groupe.\n",
                 "NUM002", None, 1, False,
                 id="round36_num-counts_of_one_place_or_none_are_still_compared-0"),
    pytest.param("La ville compte 120 000 habitants, selon le dernier recensement publié par l'Insee.\n\n"
                 "Le maire l'a rappelé devant le conseil municipal : la ville compte 150 000 habitants.\n",
                 "NUM002", None, 1, False,
                 id="round36_num-counts_of_one_place_or_none_are_still_compared-1"),
    # from tests/test_round37_num.py
    # NUM002: the first figure in an apposition's relative clause (37a r4): a known miss
    # The indefinite of "la résidence Henri-Malot, un foyer logements qui reçoit 80 résidents"
    # unkeys its subject ("une étude de 38 cas": one of many). Keying the apposition was tried and
    # left: two names with one class noun ("Paris, une ville qui compte …", "Lyon, une ville qui
    # compte …") then contradicted each other, and the subject's words cannot say which name a
    # class noun stands for.
    pytest.param(_repro("round37a", "r4_num002_relative_clause.txt"),
                 "NUM002", None, 0, False,
                 id="round37_num-the_apposition_s_relative_clause_is_a_known_miss-round37a_r4_num002_relative_clause"),
    # from tests/test_round38_num.py, test_a_count_opening_its_clause_is_not_paired_with_another_event
    # what follows differs: another event, another place, a verb alone
    pytest.param(_TOLL.format(132, "") + "Au total, 118 personnes sont mortes dans les inondations.\n",
                 "NUM002", None, 0, False,
                 id="round38_num-a_count_opening_its_clause_is_not_paired_with_another_event-0"),
    pytest.param(_TOLL.format(132, "") + "Au total, 118 personnes sont mortes dans le tremblement de terre de 2015 au Népal.\n",
                 "NUM002", None, 0, False,
                 id="round38_num-a_count_opening_its_clause_is_not_paired_with_another_event-1"),
    # a place or a year before the figure: a subject of its own
    pytest.param(_TOLL.format(132, "") + "Au Maroc, 118 personnes sont mortes dans le tremblement de terre.\n",
                 "NUM002", None, 0, False,
                 id="round38_num-a_count_opening_its_clause_is_not_paired_with_another_event-2"),
    pytest.param(_TOLL.format(132, "") + "En 2015, 118 personnes sont mortes dans le tremblement de terre.\n",
                 "NUM002", None, 0, False,
                 id="round38_num-a_count_opening_its_clause_is_not_paired_with_another_event-3"),
    # a time in one sentence only, after the clause: another toll
    pytest.param(_TOLL.format(132, "") + "Au total, 118 personnes sont mortes dans le tremblement de terre, l'an dernier.\n",
                 "NUM002", None, 0, False,
                 id="round38_num-a_count_opening_its_clause_is_not_paired_with_another_event-4"),
    # from tests/test_round40_num.py, test_two_rounds_are_two_events
    pytest.param(_two_rounds("premier tour", "second tour") + "\n",
                 "NUM002", None, 0, True,
                 id="round40_num-two_rounds_are_two_events-0"),
    pytest.param(_two_rounds("1er tour", "2e tour") + "\n",
                 "NUM002", None, 0, True,
                 id="round40_num-two_rounds_are_two_events-1"),
    pytest.param(_two_rounds("premier tour", "2e tour") + "\n",
                 "NUM002", None, 0, True,
                 id="round40_num-two_rounds_are_two_events-2"),
    pytest.param(_two_rounds("1er tour", "deuxième tour") + "\n",
                 "NUM002", None, 0, True,
                 id="round40_num-two_rounds_are_two_events-3"),
    # from tests/test_round40_num.py, test_brackets_of_list_items_or_an_indefinite_are_not_one_thing
    # a list's items, each its bracket (round 20a fr03, round 32b fr11)
    pytest.param(("Plusieurs festivals ont battu leur record : la Nuit de l'Erdre (54.000 festivaliers), le "
                 "Dubcamp (29.000 festivaliers) et L'ère de Rock (2.700 festivaliers).") + "\n",
                 "NUM002", None, 0, True,
                 id="round40_num-brackets_of_list_items_or_an_indefinite_are_not_one_thing-0"),
    pytest.param("Il devance les Vieilles Charrues (278 000 participants) et Solidays (202 786 participants).\n",
                 "NUM002", None, 0, True,
                 id="round40_num-brackets_of_list_items_or_an_indefinite_are_not_one_thing-1"),
    # an indefinite: one of many
    pytest.param(("Le festival a lieu dans un village (400 habitants) du Finistère.\n\nLes organisateurs ont "
                 "présenté le programme lundi. Le village compte 900 habitants.") + "\n",
                 "NUM002", None, 0, True,
                 id="round40_num-brackets_of_list_items_or_an_indefinite_are_not_one_thing-2"),
    # from tests/test_round40_num.py, test_review_l_a_bracket_after_head_de_name_is_the_heads
    # the bracket's figure is the head noun's (the agglomeration), not its complement's town
    pytest.param(("Brest compte 140 000 habitants, selon le dernier recensement de l'Insee.\n\nLes élus de "
                 "l'agglomération de Brest (210 000 habitants) ont voté le plan de mobilité lundi soir.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_bracket_after_head_de_name_is_the_heads-0"),
    pytest.param(("Carhaix compte 8 900 habitants, selon le dernier recensement de l'Insee.\n\nLe conseil a validé "
                 "lundi le budget du pays de Carhaix (16 000 habitants), qui regroupe onze communes.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_bracket_after_head_de_name_is_the_heads-1"),
    pytest.param(("Le projet concerne la métropole de Lyon (1 400 000 habitants), selon le préfet.\n\nLyon compte "
                 "520 000 habitants, rappelle la mairie.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_bracket_after_head_de_name_is_the_heads-2"),
    pytest.param(("Carhaix compte 8 900 habitants, selon le dernier recensement de l'Insee.\n\nDans les années 1960, "
                 "la sous-préfecture de Carhaix (6 000 habitants à l'époque) vivait de ses foires.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_bracket_after_head_de_name_is_the_heads-3"),
    pytest.param(("Carhaix compte 8 900 habitants, selon le dernier recensement de l'Insee.\n\nEn 1960, "
                 "la sous-préfecture de Carhaix (6 000 habitants à l'époque) vivait de ses foires.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_bracket_after_head_de_name_is_the_heads-4"),
    # from tests/test_round40_num.py, test_review_l_a_figure_told_at_the_time_is_not_todays
    # a figure told «à l'époque» is a past one, in a bracket or in prose (n2_k, n2_m)
    pytest.param(("Carhaix compte 8 900 habitants, selon le dernier recensement de l'Insee.\n\nAutrefois, Carhaix "
                 "(6 000 habitants à l'époque) vivait de ses foires aux chevaux.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_figure_told_at_the_time_is_not_todays-0"),
    pytest.param(("Carhaix compte 8 900 habitants, selon le dernier recensement de l'Insee.\n\nAutrefois, Carhaix "
                 "comptait 6 000 habitants à l'époque et vivait de ses foires.") + "\n",
                 "NUM002", "2024-06-01", 0, True,
                 id="round40_num-review_l_a_figure_told_at_the_time_is_not_todays-1"),
]

test_the_findings_counted = findings_test(FINDINGS)


# from tests/test_review29c_rv3c.py

def _rules_rv29c3(text: str, code: str) -> list:
    return [f for f in audit_article(text, "x.txt", OPT_IN_CIT).findings if f.rule == code]


# Item 3: a capacity is given per setup or room; only the same one's two maxima contradict
_STADE = ("Le nouveau stade sera livré en 2026\n\n"
          "{} le stade pourra accueillir jusqu'à 32 000 spectateurs, a précisé le président du "
          "club.\n\n{} le stade pourra accueillir jusqu'à 45 000 spectateurs.\n")


@pytest.mark.parametrize("text", [
    _STADE.format("Pour les matchs,", "En configuration concert,"),
    # a second wording: the setup after the figure (20minutes.fr: "En configuration normale …")
    ("Le nouveau stade\n\nLe club a présenté mardi les plans de son futur stade, qui sera "
     "livré à la fin de l'été selon la mairie.\n\nLe stade pourra accueillir jusqu'à 32 000 "
     "spectateurs, a précisé le président du club.\n\nLe stade pourra accueillir jusqu'à 45 000 "
     "spectateurs en configuration concert.\n"),
    ("La nouvelle salle des fêtes inaugurée\n\nLa grande salle pourra accueillir jusqu'à 400 "
     "personnes, a indiqué le maire.\n\nLa petite salle pourra accueillir jusqu'à 80 personnes, "
     "pour les réunions des associations.\n"),
])
def test_num002_maxima_of_two_setups_or_rooms_do_not_contradict(text):
    assert _rules_rv29c3(text, "NUM002") == []


def test_num002_one_setup_s_two_maxima_still_contradict():
    # negative of the above: the same words, two values
    assert len(_rules_rv29c3(_STADE.format("Pour les matchs,", "Pour les matchs,"), "NUM002")) == 1


# from tests/test_review36_mend.py

# R3: one side naming the subject's place is still the same count
@pytest.mark.parametrize("name", ["num002_flins.txt", "num002_month2.txt"])
def test_a_place_on_one_side_is_still_compared(name):
    assert len(probe_findings("review36", name, "NUM002")) == 1


# from tests/test_round25_fix25a.py

# 25b r06 (a mutation of fr10, radiorva): "des" before the figure is "de les".
_PUPILS = ("L'heure de la rentrée a sonné!\n\nAprès les 860 000 enseignants hier, c'est au tour "
           "des 12,4 millions d'élèves de faire leur cartable aujourd'hui.\n\nAprès les 860 000 "
           "enseignants hier, c'est au tour des 14,2 millions d'élèves, de la maternelle à la "
           "terminale, de faire leur cartable aujourd'hui.\n")


def test_num002_reads_a_count_after_a_contracted_definite():
    found = _rules(_PUPILS, "NUM002")
    assert len(found) == 1 and "14,2 millions" in found[0].message


def test_an_indefinite_before_the_figure_still_names_no_one_thing():
    text = ("Les essais\n\nUne étude a porté sur des 38 patients du service.\n\nUne autre étude a "
            "porté sur des 45 patients du service.\n")
    assert _rules(text, "NUM002") == []
