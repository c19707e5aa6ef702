"""Numbers, helper num42b: round 42a's mutation m4b, an amount stated twice in one sentence,
«de l'ordre de 2 milliards d'euros» then «de l'ordre de 2,6 milliards d'euros». NUM002 read a
whole figure before a scale word as rounded to half its unit («2 milliards» ±0,5 milliard, 25 %
of it, where «2 000 000 000» typed is ±5 %), and an approximation's 10 % on top let 30 % pass;
a scale word now rounds as its zeros typed would. The approximations and bounds the rule
promised still hold."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings
from tests.blind_reading import ROUNDS, codes, repro

SENTENCE = ("Le Comité ministériel restreint a confirmé que l'effort à faire sera bien {} pour "
            "limiter le déficit à 2,8% du PIB.")
PAGE = ("Budget: l'effort confirmé\n\n{}\n\nIl a par ailleurs été convenu que le véritable "
        "conclave débutera samedi.\n\n{}\n")

ENGLISH = ("The ministerial committee confirmed on Sunday that the savings to be made will be {} "
           "in the 2012 budget.")
PAGE_EN = ("Budget: the savings confirmed\n\n{}\n\nIt was also agreed that the real conclave "
           "will begin on Saturday.\n\n{}\n")


def _num002(text: str) -> list[str]:
    return [span for code, span in codes(text) if code == "NUM002"]


def _twice(first: str, second: str) -> str:
    return PAGE.format(SENTENCE.format(first), SENTENCE.format(second))


def _english(first: str, second: str) -> list[str]:
    """NUM002's findings on the English page, the rule selected by name (on for French only)."""
    text = PAGE_EN.format(ENGLISH.format(first), ENGLISH.format(second))
    settings = Settings(select=frozenset({"NUM002"}), explicit=frozenset({"NUM002"}))
    return [text[f.start:f.end] for f in audit_article(text, "x.txt", settings).findings
            if f.rule == "NUM002"]


def test_the_repro_fires():
    text = repro("round42a/r4_num002")
    assert _num002(text) == ["2,6 milliards d'euros"]


def test_the_mutation_without_the_approximation_still_fires():
    assert _num002(_twice("2 milliards d'euros", "2,6 milliards d'euros")) == ["2,6 milliards d'euros"]


@pytest.mark.parametrize(("first", "second"), [
    # the unmutated page: one figure, approximate once, then not (fr16, DH)
    ("de l'ordre de 2 milliards d'euros", "de l'ordre de 2 milliards d'euros"),
    ("de l'ordre de 2 milliards d'euros", "2 milliards d'euros"),
    # an approximation rounds: 10 % more than the written rounding
    ("environ 2 milliards d'euros", "2,1 milliards d'euros"),
    ("de l'ordre de 2 milliards d'euros", "de l'ordre de 2,3 milliards d'euros"),
    ("près de 2 milliards d'euros", "1,95 milliard d'euros"),
    # a bound the other value satisfies
    ("plus de 2 milliards d'euros", "2,6 milliards d'euros"),
    ("au moins 2 milliards d'euros", "de l'ordre de 2,6 milliards d'euros"),
    # a typed figure's rounding is unchanged: 2,04 rounds to 2
    ("2 milliards d'euros", "2,04 milliards d'euros"),
])
def test_rounding_approximations_and_bounds_stay_silent(first, second):
    assert _num002(_twice(first, second)) == []


def test_the_real_page_stays_silent():
    # fr16 states the effort «de l'ordre de 2 milliards» then «bien de 2 milliards», the
    # monitoring committee's «1,470 milliard» and «500 millions» in words of their own
    page = (ROUNDS / "round42a" / "inputs" / "fr16_dhnet.html").read_text(encoding="utf-8")
    assert _num002(page) == []


def test_in_english_selected_by_name():
    assert _english("about 2 billion euros", "about 2.6 billion euros") == ["2.6 billion euros"]
    assert _english("about 2 billion euros", "2.1 billion euros") == []
    assert _english("nearly 2 billion euros", "1.95 billion euros") == []
    assert _english("more than 2 billion euros", "2.6 billion euros") == []



# Review N2 of num42b: a milestone passed and a forecast or a target are no exact statements
# of the count, with a scale word as with typed zeros (which fired before num42b too).
_METRO = ("Métropole : la barre symbolique franchie\n\n{}\n\nLes élus saluent cette attractivité. "
          "La métropole compte {} d'habitants au dernier recensement, selon l'Insee.\n")


def _page(title: str, first: str, second: str) -> str:
    return f"{title}\n\n{first}\n\n{second}\n"


@pytest.mark.parametrize("text", [
    # a threshold passed is a lower bound, like «plus de» (i2, i4, i5, i2d, i2c)
    _METRO.format("La métropole a dépassé la barre des 2 millions d'habitants, selon l'Insee.", "2,2 millions"),
    _METRO.format("La métropole a franchi le cap des 1 million d'habitants, selon l'Insee.", "1,2 million"),
    _METRO.format("La métropole a dépassé la barre des 2 millions d'habitants, selon l'Insee.", "2,8 millions"),
    _METRO.format("La métropole a dépassé la barre des 200 000 habitants, selon l'Insee.", "220 000"),
    _page("Festival : une affluence historique",
          "Le festival a dépassé les 1 million de visiteurs, selon les organisateurs.",
          "Un succès pour la nouvelle direction. Le festival a accueilli 1,2 million de visiteurs "
          "en dix jours, selon les organisateurs."),
    # a milestone said after the figure (c8)
    _page("Médias : le quotidien gagne des abonnés",
          "Le quotidien revendique 1 million d'abonnés numériques, un seuil franchi en début d'année.",
          "Le directeur de la publication s'en félicite. Le quotidien revendique 1,08 million "
          "d'abonnés numériques, selon les chiffres de l'ACPM."),
    # a forecast, a projection, a target (c12, c15, c2, c2b, c13)
    _page("Tourisme : la saison s'annonce bonne",
          "Le parc d'attractions a accueilli 2 millions de visiteurs, selon son directeur.",
          "Avec l'ouverture de la nouvelle zone, le parc d'attractions devrait accueillir 2,3 "
          "millions de visiteurs, espère la direction."),
    _page("Tourisme : la saison s'annonce bonne",
          "Le parc d'attractions a accueilli 200 000 visiteurs, selon son directeur.",
          "Avec l'ouverture de la nouvelle zone, le parc d'attractions devrait accueillir 230 000 "
          "visiteurs, espère la direction."),
    _page("Démographie : la région gagne des habitants",
          "La région compte 3 millions d'habitants aujourd'hui, selon l'Insee.",
          "Les projections sont optimistes. D'ici 2050, la région compterait 3,4 millions "
          "d'habitants, selon le scénario central."),
    _page("Démographie : la région gagne des habitants",
          "La région compte 3 millions d'habitants aujourd'hui, selon l'Insee.",
          "Les projections sont optimistes. D'ici 2050, la région compterait 4,5 millions "
          "d'habitants, selon le scénario central."),
    _page("Vélo : la ville mise sur la petite reine",
          "La ville compte 1 million de déplacements à vélo par an, selon la mairie.",
          "L'objectif est ambitieux : la ville compte atteindre 1,5 million de déplacements à vélo "
          "par an d'ici la fin du mandat."),
])
def test_a_milestone_passed_or_a_forecast_is_no_stated_count(text):
    assert _num002(text) == []


def test_in_english_a_milestone_or_a_forecast_selected_by_name():
    settings = Settings(select=frozenset({"NUM002"}), explicit=frozenset({"NUM002"}))

    def found(text: str) -> list[str]:
        return [text[f.start:f.end] for f in audit_article(text, "x.txt", settings).findings
                if f.rule == "NUM002"]

    assert found(_page("Theme park expects record season",
                       "The theme park welcomed 2 million visitors last season, its director said.",
                       "With the opening of a new area, the theme park expects to welcome 2.3 "
                       "million visitors, the management said.")) == []
    assert found(_page("Census: the region keeps growing",
                       "The region passed the 2 million mark, with 2 million residents counted.",
                       "The region has topped 2 million residents. The region has 2.3 million "
                       "residents, the office said.")) == []
    # the same statements, neither a milestone nor a forecast, conflict (e6)
    assert found(_page("Census: the region keeps growing",
                       "The region has 3 million residents, according to figures released on "
                       "Wednesday by the statistics office.",
                       "Coastal counties account for most of the growth. The region has 3.3 "
                       "million residents, up 20,000 from 2020.")) == ["3.3 million"]


@pytest.mark.parametrize(("text", "span"), [
    # the same statements, no milestone nor forecast: still wanted (b4, e3, b3, a3)
    (_page("Métropole : un cap franchi",
           "La métropole lyonnaise compte 1 million d'habitants, selon les données de l'Insee "
           "publiées jeudi.",
           "Les élus se sont félicités de cette attractivité. La métropole lyonnaise compte 1,4 "
           "million d'habitants, précise l'Insee dans son communiqué."), "1,4 million"),
    (_page("Métropole : un cap franchi",
           "La métropole lyonnaise compte environ 1 million d'habitants, selon les données de "
           "l'Insee publiées jeudi.",
           "Les élus se sont félicités de cette attractivité. La métropole lyonnaise compte 1,3 "
           "million d'habitants, précise l'Insee dans son communiqué."), "1,3 million"),
    (_page("Démographie : la Bretagne attire toujours",
           "La Bretagne compte 3 millions d'habitants, rappelle l'Insee dans sa dernière étude "
           "publiée mardi.",
           "Selon l'étude, la Bretagne compte 3,4 millions d'habitants, en tenant compte de la "
           "Loire-Atlantique historique."), "3,4 millions"),
    (_page("Festival : une fréquentation record",
           "Les organisateurs du festival se félicitent d'une édition exceptionnelle. Le festival "
           "a accueilli 1 million de visiteurs en quatre jours, selon le bilan dressé dimanche soir.",
           "« Nous n'avions jamais connu une telle affluence », a réagi le directeur. Au total, le "
           "festival a accueilli 1,3 million de visiteurs, en comptant les concerts gratuits de la "
           "place centrale."), "1,3 million"),
    # a milestone fallen under is an upper bound: a count above it conflicts
    (_METRO.format("La métropole est passée sous la barre des 2 millions d'habitants, selon "
                   "l'Insee.", "2,4 millions"), "2,4 millions"),
    # an apposition that is no milestone leaves the figure as stated
    (_page("Médias : le quotidien gagne des abonnés",
           "Le quotidien revendique 1 million d'abonnés numériques, un chiffre publié en début "
           "d'année.",
           "Le directeur de la publication s'en félicite. Le quotidien revendique 1,3 million "
           "d'abonnés numériques, selon les chiffres de l'ACPM."), "1,3 million"),
])
def test_the_same_statements_without_them_still_fire(text, span):
    assert _num002(text) == [span]
