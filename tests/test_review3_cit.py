"""Review 3 (of 09e0dec..2b00f05), CIT004 items 4, 5, 6, 7 and 11: the probe's text, a second
wording, and a negative that must keep its finding (or stay silent)."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT
from tests.attribution_reading import vague


def _rules(text: str, name: str = "page.txt") -> list[str]:
    # CIT004 in English is opt-in (README "Precision on real pages"): named, as --select does
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_witnesses_and_websites_with_an_owner_after_are_owned() -> None:
    # item 4: whoever gathered the accounts, or the sites listed, names them
    text = ("Nouvelle-Calédonie : nuit de violences à Nouméa\n\nPlusieurs commerces ont été incendiés "
            "dans la nuit de mardi à mercredi dans l'agglomération de Nouméa.\n\nSelon des "
            "témoignages recueillis par l'AFP, des groupes de jeunes ont érigé des barrages sur les "
            "principaux axes. Le haut-commissariat a annoncé un couvre-feu de 18 heures à 6 heures.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    assert vague("Selon des sites spécialisés comme Boursorama et Investing.com, la tendance "
                 "devrait se poursuivre jusqu'à l'été.") == []
    # leclairageguinee.info (with AFP): a broadcaster gathered them
    assert vague("Selon des témoignages recueillis par VOA Afrique, des assaillants ont d’abord "
                 "quadrillé le village samedi nuit.") == []
    # gathered by no one named, or by unnamed people: still vague
    assert vague("Selon des témoignages recueillis par des journalistes, la police a chargé.") == \
        ["Selon des témoignages"]
    assert vague("Selon certains témoignages, une patrouille de la gendarmerie est rentrée "
                 "mercredi vers 22 h.") == ["Selon certains témoignages"]


def test_results_anyone_can_see_are_the_writer_s_grounds() -> None:
    # item 5: public results, the first snow: the writer's own inference
    text = ("Le Stade Rennais termine l'année en trombe\n\nLes Rouge et Noir ont remporté leurs cinq "
            "derniers matchs de Ligue 1, dont trois à l'extérieur.\n\nAu regard des résultats de "
            "décembre, il semblerait que la méthode du nouvel entraîneur commence à porter ses "
            "fruits.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    assert vague("Compte tenu des premières chutes de neige, il semblerait que la saison soit "
                 "lancée pour de bon.") == []
    # results someone passes on, an autopsy's: someone's word again
    assert vague("Compte tenu des résultats transmis par le laboratoire, il semblerait que l'eau "
                 "soit polluée.") == ["il semblerait"]
    assert vague("Au regard des résultats de l'autopsie, il semblerait que la victime soit morte "
                 "sur le coup.") == ["il semblerait"]


def test_a_capitalised_time_word_is_a_name_s() -> None:
    # item 6: "Times", "Week" close a name, not a time adverbial
    text = ("Newspaper union reaches tentative deal\n\nThe union representing newsroom employees "
            "reached a tentative agreement on Tuesday after a 24-hour walkout last month.\n\nNew "
            "York Times officials said the deal would raise minimum salaries by 12 percent over "
            "three years. The union's members will vote on the contract next week.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    assert vague("Milan Fashion Week officials said the shows would be rescheduled for Saturday.") == []
    assert vague("The paper was sold. Sunday Times officials said the newsroom would move.") == []
    # a lower-case time word, a weekday, a sentence's first word: still no one's
    assert vague("Earlier this week officials said that the bridge would not reopen.") == ["officials said"]
    assert vague("On Monday officials said that the detour would stay in place.") == ["officials said"]
    assert vague("Today officials said the road would close.") == ["officials said"]


def test_a_counterfactual_conditional_is_no_hearsay() -> None:
    # item 7: what anyone would have said in her place
    text = ("Inondations : à Saint-Martin, les parents entre colère et soulagement\n\nL'école primaire "
            "de Saint-Martin a été fermée lundi après la crue de la rivière.\n\n« On nous a prévenus "
            "par SMS à 7 h 30 », raconte Sophie Le Gall, mère de deux enfants. À sa place, n'importe "
            "quel parent aurait dit à ses enfants de rester à la maison.\n\nLa mairie promet une "
            "réouverture jeudi.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    assert vague("S'il avait su, il aurait dit à ses joueurs de rester prudents.") == []
    assert vague("On aurait dit que le ciel allait nous tomber sur la tête.") == []
    # the conditional of hearsay stays vague (round 24b's repro)
    assert vague("Bouhazama aurait dit à ses joueurs de se calmer.") == ["aurait dit à"]
    assert vague("Il aurait dit à ses proches qu'il comptait démissionner.") == ["aurait dit à"]
    # a pronominal pluperfect is no condition
    assert vague("Le joueur, qui s'était emporté, aurait dit à l'arbitre de se taire.") == ["aurait dit à"]


def test_analysts_an_outlet_reached_stay_unnamed() -> None:
    # item 11: the outlet that contacted them is not their name; a poll's maker is
    text = ("Euro slides as traders brace for rate cut\n\nThe euro fell to its lowest level in six "
            "months on Wednesday as traders priced in a rate cut in June.\n\nAnalysts contacted by "
            "AFP said the European Central Bank was likely to move before the Federal Reserve. The "
            "single currency later recovered some of its losses.\n")
    assert vague(text) == ["Analysts contacted by AFP said"]
    assert "CIT004" in _rules(text)
    assert vague("Economists interviewed by Bloomberg said the central bank would hold rates.") == \
        ["Economists interviewed by Bloomberg said"]
    assert vague("Economists polled by Reuters said that inflation would ease to 2.7%.") == []
