"""Numbers, helper num43 (issue 7). Real wording, its page named in each case.

1. NUM002 compares two amounts only in the same frame, the whole sentence before each; the
   frame held the amount's approximation or bound («atteindra environ 50 millions» against
   «atteindra 62 millions»), so an amount qualified on one side only was never compared. The
   qualifier and the «de» before the figure are now no words of the frame (as a count's
   subject skips them), and the reader reads a qualifier after an elided «de» or «que» («un
   chiffre d'affaires d'environ 4 milliards», «d'au moins 120 postes»).
2. NUM002 read "to", «à», "and" before any word as a range ("raised another $2 million to
   launch it"): a range's two ends are now only a join between two figures of one kind and
   unit, the second the greater, not a change by an amount and its result ("by $1 to $8.25"),
   or a bare figure first ("5 to 7 million visitors"), not a date's day.
3. Review N2's milestones: a verb alone ("passed", «franchi») is a milestone before a round
   figure only ("had passed 31 bills" is the count); «un record» after a figure is the figure
   itself, no threshold passed.
"""
from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from audit.rules.num import NUM002 as num002
from audit.settings import Settings
from tests.blind_reading import codes

_BY_NAME = Settings(select=frozenset({"NUM002"}), explicit=frozenset({"NUM002"}))


def _num002(text: str) -> list[str]:
    return [span for code, span in codes(text) if code == "NUM002"]


def _english(text: str) -> list[str]:
    """NUM002's findings, the rule selected by name (on for French only)."""
    return [text[f.start:f.end] for f in audit_article(text, "x.txt", _BY_NAME).findings
            if f.rule == "NUM002"]


def _page(title: str, first: str, second: str,
          between: str = "Les élus de l'opposition dénoncent un manque de transparence et "
                         "demandent des comptes.") -> str:
    return f"{title}\n\n{first}\n\n{between}\n\n{second}\n"


def _quantity(sentence: str, shown: str):
    facts = audit_article(f"Titre de la page\n\n{sentence}\n", "x.txt", Settings()).facts
    return next(q for q in facts.quantities if q.text == shown)


# 1. An amount approximate on one side only.

_EIFFAGE = ("Eiffage a annoncé ce lundi 26 août avoir remporté un contrat de {} auprès du "
            "ministère de l'Intérieur pour bâtir et entretenir « un ensemble tertiaire » à "
            "Saint-Ouen-sur-Seine, en Seine-Saint-Denis, indique l'entreprise dans un "
            "communiqué.")  # round10a fr02_batiweb
_BUT = ("Le Comité ministériel restreint qui s'est réuni dimanche a confirmé que l'effort à "
        "faire sera bien {} pour limiter le déficit du budget 2012 à 2,8% du PIB.")  # round42a fr16
_BUT_EN = "The total bill for the project came in at {}."  # round38b en04_nola
_CONFORAMA = ("Une union donnant naissance au plus grand groupe omnicanal de la distribution de "
              "meubles en France, avec près de 500 magasins et un chiffre d'affaires annuel {}.")
# round12a fr08_agefi


@pytest.mark.parametrize(("sentence", "first", "second", "span"), [
    (_EIFFAGE, "de près de 700 millions d'euros", "de 840 millions d'euros", "840 millions d'euros"),
    (_EIFFAGE, "de 840 millions d'euros", "de près de 700 millions d'euros", "700 millions d'euros"),
    # round 42a's m4b with the approximation on one side only
    (_BUT, "de l'ordre de 2 milliards d'euros", "de 2,6 milliards d'euros", "2,6 milliards d'euros"),
    (_CONFORAMA, "d'environ 4 milliards d'euros", "de 5 milliards d'euros", "5 milliards d'euros"),
])
def test_an_amount_approximate_on_one_side_is_compared(sentence, first, second, span):
    text = _page("Budget : les chiffres du projet", sentence.format(first), sentence.format(second))
    assert _num002(text) == [span]


@pytest.mark.parametrize(("sentence", "first", "second"), [
    # within the approximation's 10 % and the rounding
    (_EIFFAGE, "de près de 700 millions d'euros", "de 720 millions d'euros"),
    (_BUT, "de l'ordre de 2 milliards d'euros", "de 2,1 milliards d'euros"),
    (_BUT, "de l'ordre de 2 milliards d'euros", "de 2 milliards d'euros"),  # fr16 itself
    (_CONFORAMA, "d'environ 4 milliards d'euros", "de 4,2 milliards d'euros"),
    # a bound the other value satisfies
    (_EIFFAGE, "de plus de 700 millions d'euros", "de 840 millions d'euros"),
])
def test_within_the_approximation_or_the_bound_stays_silent(sentence, first, second):
    text = _page("Budget : les chiffres du projet", sentence.format(first), sentence.format(second))
    assert _num002(text) == []


def test_a_bound_the_other_value_breaks_fires():
    text = _page("Budget : les chiffres du projet", _EIFFAGE.format("de plus de 700 millions d'euros"),
                 _EIFFAGE.format("de 600 millions d'euros"))
    assert _num002(text) == ["600 millions d'euros"]


def test_other_words_around_the_amount_stay_apart():
    # the frame is still the whole sentence: another contract is another amount
    other = _EIFFAGE.replace("un contrat de", "un second contrat de")
    text = _page("Budget : les chiffres du projet", _EIFFAGE.format("de près de 700 millions d'euros"),
                 other.format("de 840 millions d'euros"))
    assert _num002(text) == []


def test_in_english_selected_by_name():
    text = _page("Project costs", _BUT_EN.format("around $9 million"), _BUT_EN.format("$12 million"),
                 "The foundation self-financed the bulk of the cost, its director said.")
    assert _english(text) == ["$12 million"]
    text = _page("Project costs", _BUT_EN.format("around $9 million"), _BUT_EN.format("$9.5 million"),
                 "The foundation self-financed the bulk of the cost, its director said.")
    assert _english(text) == []


@pytest.mark.parametrize(("sentence", "shown", "qualifier", "bound", "approximate"), [
    (_CONFORAMA.format("d'environ 4 milliards d'euros"), "4 milliards d'euros", "environ", None, True),
    # round16a fr11_lanticapitaliste
    ("Nobel Plastiques a annoncé un PSE pour son usine de Vitry-le-François avec la suppression "
     "envisagée d'au moins 120 postes sur 277.", "120", "au moins", "lower", False),
    # round27a fr11_journalintegration
    ("Huit des seize projets de ce portefeuille sont réalisés au Cameroun pour un montant d'un "
     "peu plus de 72 milliards de francs CFA.", "72 milliards de francs CFA", "un peu plus de",
     "lower", False),
    # no qualifier after the elision: «d'ici», «d'un»
    ("La région prévoit d'ici 2030 un budget d'un montant de 72 millions d'euros.",
     "72 millions d'euros", None, None, False),
])
def test_a_qualifier_after_an_elided_de_is_read(sentence, shown, qualifier, bound, approximate):
    q = _quantity(sentence, shown)
    assert (q.qualifier, q.bound, q.approximate) == (qualifier, bound, approximate)


# 2. "to" is a range only in a range's shape.

def _ends(sentence: str) -> list[str]:
    """The figures NUM002 reads as one end of a range in ``sentence``."""
    result = audit_article(f"Title of the page\n\n{sentence}\n", "x.txt", _BY_NAME)
    text, qs, language = result.facts.folded, result.facts.quantities, result.facts.language
    return [q.text for n, q in enumerate(qs)
            if num002._in_range(text, q, qs[n - 1] if n else None,
                                qs[n + 1] if n + 1 < len(qs) else None, language)]


@pytest.mark.parametrize(("sentence", "ends"), [
    # a range's shapes
    ("The 7-2 vote raised funding for the new Office of Accountability and Transparency from "
     "the original $400,000 to $3 million in the fiscal 2021 budget.",  # round14a en01
     ["$400,000", "$3 million"]),
    ("The budget relies on $11 million to $12 million from the city's reserve fund to balance "
     "the budget.", ["$11 million", "$12 million"]),  # round11a en03_buffalonews
    ("Norovirus causes 56,000 to 71,000 hospitalizations and 570 to 800 deaths every year, "
     "according to the CDC.", ["71,000", "800"]),  # round36b en13_beckershospitalreview
    ("Entre 10 et 15 employés d'Excavation L.M.R. seront mobilisés sur ce chantier.",
     ["15"]),  # round27b fr23_skyscraperpage
    # not a range: "to" before a verb, "by" an amount then its result
    ("Hoyt began with a $1 million commitment and a local campaign raised another $2 million to "
     "launch it.", []),  # round10a en05_binghamtonhomepage
    ("New Jersey residents voted to raise the state's minimum wage by $1 to $8.25 per hour.",
     []),  # round38b en15_fox13now
    ("Ce projet mobilise déjà un investissement de 70 M€ sur trois ans.", []),  # round13b fr03
    # an amount and what it goes to, what it grew to: two kinds of figure
    ("The council allocated $2 million to 15 projects, officials said.", []),  # constructed
    ("Revenue grew 3% to 12 million euros in the quarter.", []),  # constructed
    # a date's day, a lone article, a figure falling: no range's first end
    ("• October 8 - 100 mile relay race to benefit the Speranza House.",
     []),  # round15a en03_greensburgdailynews
    ("According to the Ohio Department of Health, there have been 8 cases of the disease "
     "documented between May 12 and May 31 and 1 death.", []),  # round36b en11_contagionlive
    ("The Turkish Friendship Hospital is one of 16 hospitals that have shut down amid the war, "
     "according to the Health Ministry in Gaza.", []),  # eval theintercept.com-Gaza
])
def test_a_range_is_read_in_a_range_shape_only(sentence, ends):
    assert _ends(sentence) == ends


def test_an_amount_before_to_and_a_verb_is_compared():
    # round10a en05 said twice with another amount: the first was a range's end before
    first = ("Hoyt began with a $1 million commitment and a local campaign raised another {} to "
             "launch it.")
    text = _page("Community foundation turns 20", first.format("$2 million"), first.format("$3 million"),
                 "Like 720 community foundations across the country, it pools donations.")
    assert _english(text) == ["$3 million"]


def test_a_change_by_an_amount_and_its_result():
    # round38b en15: the wage after the rise is a statement, not a range's end
    said = "New Jersey residents voted to raise the state's minimum wage by $1 to {} per hour."
    text = _page("Minimum wage rises in 13 states", said.format("$8.25"), said.format("$8.75"),
                 "Workers in 13 states and four cities will see increases to the minimum wage.")
    assert _english(text) == ["$8.75"]


def test_two_ranges_are_not_compared():
    said = "The budget relies on {} from the city's reserve fund to balance the budget."
    text = _page("City budget approved", said.format("$11 million to $12 million"),
                 said.format("$12 million to $14 million"),
                 "The council approved the budget on Tuesday night.")
    assert _english(text) == []


# 3. Milestones passed.

@pytest.mark.parametrize(("sentence", "shown", "bound"), [
    # a count of the things passed (yankton.net, 2023-04-03, the `pages` corpus)
    ("At this point in time in the prior 2021, 90-day long session, the Legislature had passed "
     "31 bills with 16 signed into law by the governor.", "31", None),
    ("Les coureurs ont franchi 3 cols dans la journée.", "3", None),  # constructed
    # a round figure passed is a milestone (eval bbc.com.52241221, round12a fr22_lejournaldugers)
    ("New data on Thursday showed unemployment claims had topped 6 million for the second week "
     "in a row.", "6 million", "lower"),
    ("La population française a augmenté et dépassé la barre des 66 millions d'habitants.",
     "66 millions", "lower"),
    ("Le quotidien a franchi 100 000 abonnés numériques.", "100 000", "lower"),  # constructed
])
def test_a_milestone_verb_bounds_a_round_figure_only(sentence, shown, bound):
    assert _quantity(sentence, shown).bound == bound


_CHOOSE = ("Au total, les 28 projets annoncés devraient générer la création de {}, dont 40 % "
           "sont situés dans des villes de moins de 20.000 habitants.")  # round13b fr04_regionsmagazine


def test_a_record_is_the_figure_itself():
    text = _page("Choose France : des investissements record", _CHOOSE.format("8.000 emplois, un record"),
                 _CHOOSE.format("9.500 emplois"),
                 "Le ministre s'en est félicité lors de sa visite à Lyon.")
    assert _num002(text) == ["9.500"]
    # a threshold passed after the figure still bounds it (review N2)
    text = _page("Choose France : des investissements record",
                 _CHOOSE.format("8.000 emplois, un seuil franchi pour la première fois"),
                 _CHOOSE.format("9.500 emplois"),
                 "Le ministre s'en est félicité lors de sa visite à Lyon.")
    assert _num002(text) == []


# 4. Review N3 (helper mendN3): what follows an amount up to its sentence's end is of its frame,
# and a milestone verb that cannot take a count of things done bounds any figure.

_COST = "Le coût du projet s'élève à {}"
_STADIUM = "The new stadium will cost {}"


@pytest.mark.parametrize(("first", "second"), [
    # a source after a comma (A6): a reported disagreement, each true as attributed
    (_COST.format("près de 700 millions d'euros, selon la métropole."),
     _COST.format("840 millions d'euros, selon l'opposition.")),
    (_COST.format("700 millions d'euros, selon la métropole."),
     _COST.format("840 millions d'euros, selon l'opposition.")),
    (_COST.format("près de 700 millions d'euros, affirme la métropole."),
     _COST.format("840 millions d'euros, rétorque l'opposition.")),
    (_COST.format("700 millions d'euros, affirme la métropole."),
     _COST.format("840 millions d'euros, rétorque l'opposition.")),
    # a tax or scope qualifier after a comma or in a parenthesis (A1-A4)
    (_COST.format("près de 700 millions d'euros (hors taxes)."),
     _COST.format("840 millions d'euros (toutes taxes comprises).")),
    (_COST.format("700 millions d'euros (hors taxes)."),
     _COST.format("840 millions d'euros (toutes taxes comprises).")),
    (_COST.format("près de 700 millions d'euros, hors taxes."),
     _COST.format("840 millions d'euros, toutes taxes comprises.")),
    (_COST.format("700 millions d'euros, hors taxes."),
     _COST.format("840 millions d'euros, toutes taxes comprises.")),
    ("Le contrat signé avec Naval Group porte sur près de 700 millions d'euros.",
     "Le contrat signé avec Naval Group porte sur 840 millions d'euros, options comprises."),
    ("Le contrat signé avec Naval Group porte sur 700 millions d'euros.",
     "Le contrat signé avec Naval Group porte sur 840 millions d'euros, options comprises."),
    ("La mesure coûtera à l'État près de 700 millions d'euros.",
     "La mesure coûtera à l'État 2,1 milliards d'euros, en cumulé sur trois ans."),
    ("La mesure coûtera à l'État 700 millions d'euros.",
     "La mesure coûtera à l'État 2,1 milliards d'euros, en cumulé sur trois ans."),
    # two hypotheses in the conditional (A5, veritebeynac.fr «Le vrai coût de Beynac», mutated)
    ("Dans ce cas, le coût global serait de l'ordre de 40 M€ : 23,2 M€ de travaux commandés.",
     "Dans ce cas, le coût global serait de 50 M€ : 23,2 M€ de travaux commandés."),
    ("Dans ce cas, le coût global serait de 40 M€ : 23,2 M€ de travaux commandés.",
     "Dans ce cas, le coût global serait de 50 M€ : 23,2 M€ de travaux commandés."),
])
def test_a_source_a_scope_or_a_hypothesis_after_the_amount_keeps_it_apart(first, second):
    assert _num002(_page("Tramway", first, second)) == []


@pytest.mark.parametrize(("first", "second"), [
    (_STADIUM.format("about $700 million, according to the team."),
     _STADIUM.format("$840 million, according to an independent audit.")),
    (_STADIUM.format("$700 million, according to the team."),
     _STADIUM.format("$840 million, according to an independent audit.")),
    (_STADIUM.format("about $700 million (before financing costs)."),
     _STADIUM.format("$840 million (including financing costs).")),
])
def test_a_source_or_a_scope_after_the_amount_in_english(first, second):
    assert _english(_page("Stadium", first, second, "The move comes after months of debate.")) == []


def test_the_same_source_or_scope_both_times_is_compared():
    # the mechanism keys on what follows, it does not silence it: one source, two figures
    text = _page("Tramway", _COST.format("près de 700 millions d'euros, selon la métropole."),
                 _COST.format("840 millions d'euros, selon la métropole."))
    assert _num002(text) == ["840 millions d'euros"]
    text = _page("Tramway", _COST.format("700 millions d'euros (hors taxes)."),
                 _COST.format("840 millions d'euros (hors taxes)."))
    assert _num002(text) == ["840 millions d'euros"]


def test_the_message_quotes_the_approximate_side_with_its_qualifier():
    text = _page("Bridge repairs", "The bridge repairs are expected to cost about $7 million.",
                 "The bridge repairs are expected to cost $12 million.", "The move comes after months of debate.")
    found = [f for f in audit_article(text, "x.txt", _BY_NAME).findings if f.rule == "NUM002"]
    assert len(found) == 1 and "'about $7 million'" in found[0].message
    text = _page("Tramway", _COST.format("près de 700 millions d'euros."), _COST.format("840 millions d'euros."))
    found = [f for f in audit_article(text, "x.txt", Settings()).findings if f.rule == "NUM002"]
    assert len(found) == 1 and "près de 700 millions d'euros" in found[0].message


@pytest.mark.parametrize(("sentence", "shown"), [
    ("La pétition lancée par les parents d'élèves a dépassé 1 234 signatures.", "1 234"),  # B1
    ("Le bilan a dépassé 37 morts dans la nuit de mardi à mercredi.", "37"),  # B2
    ("The death toll passed 37 deaths on Tuesday, officials said.", "37"),
    ("Sales have topped 1,234 units this year.", "1,234"),
])
def test_a_milestone_verb_bounds_a_figure_whatever_its_roundness(sentence, shown):
    assert _quantity(sentence, shown).bound == "lower"


@pytest.mark.parametrize(("first", "second"), [
    ("La pétition lancée par les parents d'élèves a dépassé 1 234 signatures.",
     "La pétition lancée par les parents d'élèves a recueilli 2 000 signatures."),
    ("Le bilan a dépassé 37 morts dans la nuit de mardi à mercredi.",
     "Le bilan s'établit à 45 morts mercredi soir, selon la protection civile."),
])
def test_a_milestone_passed_then_a_higher_count_stays_silent(first, second):
    assert _num002(_page("Pétition", first, second)) == []
