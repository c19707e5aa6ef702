"""Session 30 (helper title26): a kicker over the headline that quotes the opening clause of a
paragraph under it is no title (round 24a's esradio page: the kicker hid the headline, so NUM007 missed a
58.000 / 56.000 euros slip)."""

from __future__ import annotations

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings

_ESRADIO = ("Menú\nSegún el nuevo alcalde, del pp\n\n"
            "Un ayuntamiento de Almería dejó sin pagar 58.000 euros en comidas y 1.800 en churros\n\n"
            "Según el nuevo alcalde, del PP, el ayuntamiento acumuló hasta 56.000 euros en facturas "
            "impagadas sólo en comidas y 1.800 euros de churros.\n")


def _title(text: str):
    return audit_document(text, "x.txt")["title"]


def test_a_kicker_quoting_the_lede_is_no_title():
    assert _title(_ESRADIO).startswith("Un ayuntamiento de Almería dejó sin pagar")
    found = [f for f in audit_article(_ESRADIO, "x.txt", Settings()).findings if f.rule == "NUM007"]
    assert found and "58.000" in found[0].message


def test_the_kicker_quoting_a_later_paragraph_on_the_pasted_page():
    # round 24a's page as a reader pastes it (scratch m08): a deck and a radio widget stand
    # between the headline and the paragraph the kicker quotes
    text = ("Menú\n\nSegún el nuevo alcalde, del pp\n\n"
            "Un ayuntamiento de Almería dejó sin pagar 58.000 euros en comidas y 1.800 en churros\n\n"
            "Los traspasos de poder están dejando sorpresas no sólo en las comunidades autónomas. "
            "En un pequeño pueblo almeriense el PP se ha encontrado con facturas insólitas.\n\n"
            "La tertulia de Luis. Entrevista a Cristóbal Rodríguez\n\n"
            "El audio empezará a sonar cuando acabe el anuncio\n\n"
            "El pueblo de Alhama, en Almería, tiene cuatro mil habitantes. Pero su modesto tamaño "
            "no ha impedido que el Ayuntamiento, socialista hasta el pasado 22-M, haya acumulado "
            "una deuda de 4.300.000 euros.\n\n"
            "Según el nuevo alcalde, del PP, el ayuntamiento del socialista Francisco Guill acumuló "
            "hasta 56.000 euros en facturas impagadas sólo en comidas y 1.800 euros de churros.\n")
    assert _title(text).startswith("Un ayuntamiento de Almería dejó sin pagar")
    assert any(f.rule == "NUM007" for f in audit_article(text, "x.txt", Settings()).findings)


def test_a_french_kicker_quoting_the_lede_is_no_title():
    text = ("Selon le rapport de la chambre, à Lyon\n\n"
            "La métropole a laissé filer 12 millions d'euros de travaux sans appel d'offres\n\n"
            "Selon le rapport de la chambre, à Lyon, la métropole a engagé 12 millions d'euros de travaux "
            "sans mise en concurrence entre 2019 et 2022.\n")
    assert _title(text).startswith("La métropole a laissé filer")


def test_a_headline_whose_clause_opens_the_lede_stays():
    # no headline-shaped line between: the line is the headline, the lede echoes it
    text = ("Selon l'Insee, le chômage recule au troisième trimestre\n\n"
            "Selon l'Insee, le taux de chômage a reculé de 0,2 point au troisième trimestre, à "
            "7,2 % de la population active.\n")
    assert _title(text) == "Selon l'Insee, le chômage recule au troisième trimestre"


def test_a_headline_over_its_deck_stays():
    # the deck under it ends its sentence: a standfirst, not the headline
    text = ("Selon la préfecture, 300 manifestants à Rennes\n\n"
            "Le cortège a défilé sans incident du parlement de Bretagne à la gare.\n\n"
            "Selon la préfecture, ils étaient 300 à manifester samedi contre la fermeture de la "
            "maternité.\n")
    assert _title(text) == "Selon la préfecture, 300 manifestants à Rennes"


# Round 25a (and 23a, the same site): a news ticker pasted as one line, its items closed by "◊"
_TICKER = ("Rencontre avec les maires et Cissé Bacongo : « La liste des 176 Zones à risque comporte "
           "des zones qui ne sont plus à risque notamment Anono » (Cissé Bacongo)... Voir le lien : "
           "https://abidjan.district.ci/fichiers/LISTES-DES-ZONES-A-RISQUES-Synthese.pdf   ◊    "
           "« Les sites à risques ne sont pas des sites à déguerpir » (Cissé Bacongo)… Voir le "
           "lien : https://abidjan.district.ci/fichiers/LISTES-DES-ZONES-A-RISQUES-Synthese.pdf    ◊   \n")
_STORY = ("ACTIVITES\n\n"
          "District Autonome d’Abidjan : Le ministre, gouverneur Cissé Bacongo annonce. « LES "
          "IVOIRIENS DOIVENT S’ATTENDRE A UN NOUVEAU VISAGE DE TOUT ABIDJAN »\n\n"
          "Le ministre gouverneur du District autonome d’Abidjan a une claire idée de ce qu’il "
          "compte faire du grand Abidjan. Il en parle dans cette interview accordée à « Pouvoir & "
          "Influences » dans ‘’ Le vrai dialogue ‘’ avec Madina Tall.\n")


def test_a_ticker_line_does_not_end_the_search_for_the_headline():
    assert _title(_TICKER + _STORY).startswith("District Autonome d’Abidjan : Le ministre")


def test_a_ticker_with_diamonds_does_not_end_the_search_either():
    ticker = ("Grève à la SNCF : le trafic reprend mardi sur les lignes régionales  ♦  Le conseil "
              "municipal vote le budget primitif 2024 jeudi soir  ♦  \n")
    assert _title(ticker + _STORY).startswith("District Autonome d’Abidjan : Le ministre")


def test_a_lede_closed_by_one_bullet_still_ends_the_search():
    # one mark closing a prose line is no ticker: the text opens on its lede, no headline
    lede = ("Le conseil municipal a voté jeudi soir le budget primitif de la commune, en hausse "
            "de 3 % sur un an, avec le soutien de la majorité et l'abstention de l'opposition ◊\n\n")
    assert not _title(lede + _STORY)


# Session 30 review item 10: a headline's two parts closed by "■" are no ticker: a ticker has
# three items, or two in a line longer than a headline and its deck (round 25a's, above).
def test_a_headline_in_two_parts_closed_by_a_square_stays_the_title():
    text = ("Grève à la SNCF ■ Trafic perturbé ce jeudi ■\n\n"
            "Le trafic sera très perturbé jeudi sur l'ensemble du réseau, selon des sources "
            "syndicales. Seul un TGV sur deux circulera.\n")
    assert _title(text) == "Grève à la SNCF ■ Trafic perturbé ce jeudi ■"


def test_a_short_ticker_of_three_items_does_not_end_the_search():
    ticker = "Budget voté ■ Grève jeudi ■ Route fermée ■\n"
    assert _title(ticker + _STORY).startswith("District Autonome d’Abidjan : Le ministre")


# Session 30 review item 2: a lede repeating only a comma headline's opening clause leaves the
# headline the title; the deck under it is no headline.
def test_a_comma_headline_whose_opening_clause_the_lede_repeats_stays_over_its_deck():
    fr = ("Face à la sécheresse, les maires s'organisent\n\n"
          "Réunis à Perpignan, les élus des Pyrénées-Orientales réclament davantage de moyens à "
          "l'État\n\n"
          "Face à la sécheresse, les maires des Pyrénées-Orientales ont décidé mardi de mettre en "
          "commun leurs moyens pour acheminer de l'eau potable dans les villages.\n")
    en = ("After the fire, Paradise rebuilds\n\n"
          "Five years on, residents of the California town are still waiting for insurance "
          "payouts\n\n"
          "After the fire, Paradise lost nearly 90% of its homes and most of its residents.\n")
    assert _title(fr) == "Face à la sécheresse, les maires s'organisent"
    assert _title(en) == "After the fire, Paradise rebuilds"
