"""Round 26's blind pages: page chrome taken for the title, press releases' datelines missed."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


SIGUIRE = "Adama Siguiré : « Mon jugement était un procès d’humiliation » (Interview)"
LEDE = ("Adama Amadé Siguiré a accordé une interview à Minute.bf, le 24 septembre 2024, et "
        "revient sur ses comparutions devant les tribunaux de Ouagadougou.\n")


@pytest.mark.parametrize(("text", "title"), [
    # a theme's placeholder over the headline (26b fr11, minute.bf)
    ("lundi 14 octobre 2024\nspot_img\n\n" + SIGUIRE + "\n\n" + LEDE, SIGUIRE),
    # a logo's alt text in camel case over briefs with no headline (26a fr06)
    ("logoIC\nYaoundé - 06 mai 2024 -\n\nAu cours de l’année 2020, le projet d’alimentation en eau "
     "va lancer les travaux d’approvisionnement de 60 villages camerounais en eau potable, "
     "a-t-on appris.\n\nSelon l’OIBT, le Cameroun a exporté 9 330 tonnes de bois vers le "
     "Royaume-Uni entre janvier et juin 2019.\n", None),
    # negative: a headline opening with a brand in camel case stays the title
    ("eBay rachète une plateforme de revente de billets\n\n" + LEDE,
     "eBay rachète une plateforme de revente de billets"),
])
def test_an_identifier_is_no_title(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # a blog's banner, its name and its own address (26b fr14, maitremo.fr)
    ("- Maître Mô - https://maitremo.fr -\n\nDernière s-CEA-nce\n\n8 h 20 : je passe récupérer "
     "Eric au greffe correctionnel, et nous descendons ensemble en salle des délibérés.\n",
     "Dernière s-CEA-nce"),
    # negative: a headline beside another site's address keeps its words
    ("Le procès de Jean Dupont renvoyé - https://www.lemonde.fr\n\n8 h 20 : je passe récupérer "
     "Eric au greffe correctionnel, et nous descendons ensemble en salle des délibérés.\n",
     "Le procès de Jean Dupont renvoyé - https://www.lemonde.fr"),
])
def test_a_name_beside_its_address_is_no_title(text, title):
    assert _read(text)["title"] == title


AS_FAR = ("L’AS FAR a remporté la Coupe du trône de football après sa victoire en finale face au "
          "Moghreb de Tétouan, ce samedi au Grand stade d’Agadir.\n")


@pytest.mark.parametrize(("text", "title"), [
    # the page store's month tag before the headline (26a fr01)
    (" date 2022-05 Ce qu’a dit le coach de l’AS FAR après le sacre (VIDEO)\n\n" + AS_FAR,
     "Ce qu’a dit le coach de l’AS FAR après le sacre (VIDEO)"),
    # to the day (26a it01, gazzetta)
    (" date 2026-01-07 Queste le parole dell'allenatore nerazzurro dopo la vittoria\n\nL'allenatore "
     "ha parlato ai microfoni dopo la partita di ieri sera, soddisfatto della prestazione della "
     "squadra.\n", "Queste le parole dell'allenatore nerazzurro dopo la vittoria"),
    # negative: a headline that opens with the word "Date" keeps it
    ("Date de la finale : l’AS FAR affrontera le Moghreb de Tétouan\n\n" + AS_FAR,
     "Date de la finale : l’AS FAR affrontera le Moghreb de Tétouan"),
])
def test_a_store_tag_is_not_in_the_title(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # a login form's lines over a rubric's page (26a fr14, almanachdz): none is the title
    ("Nom d'utilisateur:\nMot de passe:\n\nSe souvenir de moi\n\nS'inscrire\nRecherche:\n\n"
     "Le procès en appel de l'affaire GB Pharma a été reporté, dimanche, au 14 février par la "
     "Cour d'Alger, à la demande de la défense.\n", None),
    ("Username:\nPassword:\n\nRemember me\n\nCouncil approves the budget for next year\n\nThe "
     "council voted on Tuesday to approve the budget, which rises by three percent over last "
     "year's.\n", "Council approves the budget for next year"),
    # negative: a headline with the same words in it stays
    ("Se souvenir de moi, le premier roman de Claire Dupont\n\nLe procès en appel de l'affaire GB "
     "Pharma a été reporté, dimanche, au 14 février par la Cour d'Alger.\n",
     "Se souvenir de moi, le premier roman de Claire Dupont"),
])
def test_a_login_form_is_no_title(text, title):
    assert _read(text)["title"] == title


CAPGEMINI = ("Passer au contenu\n"
             "  • Chiffre d’affaires de 22 522 millions d’euros, en hausse de +2,4%\n"
             "  • Croissance à taux de change constants* de +4,4% sur l’année et de -0,2% au 4ème trimestre\n"
             "  • Taux de marge opérationnelle de 13,3%, en progression de 30 points de base\n"
             "  • Free cash-flow organique* de 1 963 millions d’euros\n\n")


@pytest.mark.parametrize(("text", "published"), [
    # a press release's label, a wide gap, its dateline (26a fr25, capvalue)
    ("BIOSYNEX: RESULTATS ANNUELS 2022\n\nCommuniqué de presse    Strasbourg, 20 avril 2023\n\n"
     "Le Conseil d’Administration de BIOSYNEX SA, réuni le 19 avril 2023 a arrêté les comptes de "
     "l’exercice clos le 31 décembre 2022.\n", "2023-04-20"),
    # the lede glued to the dateline's year, under the highlights' bullets (26a fr26, capgemini)
    (CAPGEMINI + "Paris, le 14 février 2024Réuni le 13 février à Paris sous la présidence de Paul "
     "Hermelin, le Conseil d’Administration de Capgemini SE a examiné et arrêté les comptes du "
     "groupe pour l’exercice clos le 31 décembre 2023.\n", "2024-02-14"),
    # negative: a year glued to a word in a sentence is no dateline
    (CAPGEMINI + "Paris, ville hôte des Jeux de 2024Réunis en conseil, les actionnaires ont "
     "examiné et arrêté les comptes du groupe pour l’exercice clos le 31 décembre 2023.\n", None),
    # negative: after the gap, an event's announcement, not a dateline
    ("BIOSYNEX: RESULTATS ANNUELS 2022\n\nCommuniqué de presse    Strasbourg, le 20 avril 2023 : "
     "journée portes ouvertes\n\nLe Conseil d’Administration de BIOSYNEX SA, réuni le 19 avril "
     "2023 a arrêté les comptes de l’exercice clos le 31 décembre 2022.\n", None),
])
def test_press_release_datelines(text, published):
    assert _read(text)["published"] == published
