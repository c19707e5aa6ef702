"""Round 25's verdicts on numbers, AI004 and attribution (25a, 25b), on the testers' repro
texts, with a second wording and a negative that must stay silent."""

from __future__ import annotations

import datetime as dt

from audit.extract.quantities import find_quantities
from audit.pipeline import audit_article
from audit.segment.disclosure import find_residue
from audit.settings import Settings
from tests.attribution_reading import vague


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


def _residue(text: str) -> list[str]:
    return [text[s:e] for s, e in find_residue(text)]


# 25a r01 (fr21, a blog on ChatGPT): a writer describes the chatbot in the third person.
_THIRD_PERSON = ("Intelligent, oui ! Mais parfait, non !\n\nOn peut tout faire avec ChatGPT, ou "
                 "presque parce qu'il y a des choses qu'il ne peut pas faire en tant qu'IA.\n")


def test_an_assistants_role_in_the_third_person_is_no_leftover():
    assert _rules(_THIRD_PERSON, "AI004") == []
    assert _residue("ChatGPT, as an AI language model, predicts the next word.") == []


def test_an_assistant_naming_its_role_of_itself_is_one():
    assert _residue("En tant qu'IA, je ne peux pas donner d'avis médical.") == ["En tant qu'IA"]
    assert _residue("Je ne peux pas faire cela en tant qu'IA.") == ["en tant qu'IA"]
    # the labelled English leftovers (rounds 4-22): the assistant says "I"
    assert _residue("As an AI language model, I cannot write an article about") == ["As an AI language model"]
    assert _residue("as an AI language model, my purpose is to assist") == ["as an AI language model"]


# 25a r02 (a mutation of a real Italian brief): the dollar's country follows it.
_CAD_IT = ("Campari ha acquisito per 185,6 milioni di dollari canadesi (pari a 150,5 milioni di "
           "euro) la Forty Creek, a marzo 2014.")


def test_num001_reads_an_italian_countrys_dollar():
    found = _rules(_CAD_IT, "NUM001", "2014-03-20")
    assert len(found) == 1 and "EUR/CAD" in found[0].message
    units = [(q.text, q.unit) for q in find_quantities(_CAD_IT, [(0, len(_CAD_IT))], "it")]
    assert ("185,6 milioni di dollari canadesi", "CAD") in units


def test_a_bare_italian_dollar_is_still_the_us_one():
    text = "La società ha raccolto 40 milioni di dollari."
    assert [q.unit for q in find_quantities(text, [(0, len(text))], "it")] == ["USD"]


# 25a r03 (fr09, a real Casablanca page with its second currency swapped): "pas moins de"
# states the amount; it is no threshold.
_CASABLANCA = ("Investissements: Casablanca plus forte en 2012\n\nEn 2012, le grand Casablanca a "
               "drainé pas moins de 24,5 milliards de dirhams d'investissement dans des secteurs où "
               "l'immobilier n'est plus prédominant.\n\nLa capitale économique retrouve son "
               "attractivité. En effet, en 2012 la capitale a enregistré 24,5 milliards d'euros pour "
               "180 projets d'investissements agréés par la Commission régionale.\n")


def test_num005_reads_an_emphatic_lower_bound_as_the_amount():
    found = _rules(_CASABLANCA, "NUM005")
    assert len(found) == 1 and "24,5 milliards d'euros" in found[0].message


def test_num005_leaves_two_thresholds_alone():
    text = ("Le marché\n\nLe secteur a attiré plus de 2,5 milliards d'euros en 2012.\n\nAux "
            "États-Unis, il a dépassé plus de 2,5 milliards de dollars.\n")
    assert _rules(text, "NUM005") == []


# 25b r01 (fr11, newsly): the release's passive agent names the source.
def test_a_release_participle_and_its_agent_name_the_source():
    assert vague("Son cadet, 16 ans, s'est rendu à Dax cette semaine, d'après les dernières "
                 "informations divulguées par le journal quotidien local Sud-Ouest.") == []
    assert vague("Le suspect a été arrêté, selon les premières informations recueillies par "
                 "Le Parisien.") == []
    # an indefinite agent names no one
    assert vague("Il s'est rendu à Dax, d'après les dernières informations divulguées par des "
                 "sources locales.") != []


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
