"""Round 15's blind pages (15a, 15b): titles, publication dates, boilerplate and AI labels
read on the testers' repro texts, with negatives that must stay."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


@pytest.mark.parametrize(("text", "published"), [
    # a Dutch dateline on a French page: a place, a weekday, the day (15a, bytesnews)
    ("Le magazine Elle a utilisé l'IA pour rédiger des articles, révèle VRT Nieuws\n"
     "amsterdam, maandag, 30 juni 2025.\nVRT Nieuws a révélé que plus de la moitié des articles "
     "en ligne de l’édition flamande d’Elle ont été rédigés par une IA depuis mars 2025.\n",
     "2025-06-30"),
    ("Commission adopts new rules\nBrussels, Tuesday, 4 June 2024\nThe Commission today adopted "
     "new rules on the sale of electricity across the single market.\n", "2024-06-04"),
    # the day's article and a weekday under the headline (15a, asmontchatlyon)
    ("Les U17(1) victorieux, le mot des coachs\nLe dimanche 27 mars 2011\nScore final : 3-2 "
     "(1-1 mi temps)\nAprès la victoire à Pontcharra 3-0, l'équipe a gagné face à une solide "
     "équipe du FC Vaulx en Velin.\n", "2011-03-27"),
    # the day's article, then the byline (15b, qonto)
    ("Levées de fonds : une embellie sous conditions\n\nLe 19 octobre 2021 par Maïlys Tokarski\n\n"
     "408 millions d’euros pour Contentsquare, selon Les Echos.\n", "2021-10-19"),
    # negatives: an event's day in the lede's sentence, an event announced after a colon, a day
    # after an article that is not one's
    ("Les U17(1) victorieux\nLe dimanche 27 mars 2011, l'équipe a gagné face à une solide équipe "
     "du FC Vaulx en Velin.\n", None),
    ("Portes ouvertes au collège\nLe samedi 12 mars 2022 : journée portes ouvertes\nLes familles "
     "pourront visiter les salles de classe.\n", None),
    ("Un beau souvenir\nUn dimanche 27 mars 2011\nNous étions partis tôt vers la montagne.\n", None),
    # a speech's day, its sentence going on after the comma (round 11a, lavoutesurloire)
    ("Allocution de Madame le Maire Laetitia Cornu\nle 3 mars 2017,\nlors de l'inauguration de "
     "l'école\n\nMonsieur le secrétaire général, monsieur le député, mesdames messieurs.\n", None),
])
def test_datelines_round_15(text, published):
    assert _read(text)["published"] == published


@pytest.mark.parametrize(("text", "title"), [
    # speakers' labels over their quotations (15a, corsenetinfos): no headline
    ("Benoît Tavenot, entraîneur SCB\n«C’est une victoire qui fait du bien. Y a des matchs nuls où "
     "on a été meilleurs. On a 34 points on continue à avancer. »\nGregory Poirier, entraîneur Red "
     "Star FC\n«On était venus avec des ambitions, rapporter au moins un point. Je suis déçu pour "
     "mes joueurs car on avait bien préparé ce match.\"\n", None),
    # an interview's questions and answers in turn (15b, opiom): no headline
    ("Vous pouvez nous faire le point sur les transferts ?\nLe marché des arrivées bouge. On a fait "
     "signer Niang hier et personne n’en parle.\nIl va y avoir d’autres départs ?\nSkacel va "
     "certainement partir.\n", None),
    # negatives: a lede's first sentence with its clause; a name and role over a single quote;
    # a question headline over an explainer's lede
    ("Le conseil municipal s'est réuni mardi soir, en présence du préfet, pour voter le budget.\n\n"
     "Le budget de la commune s'élève à 12 millions d'euros, en hausse de 3 % sur l'an dernier.\n",
     None),
    ("Jean Dupont, maire de Lyon\n« Nous allons rénover toutes les écoles de la ville d'ici 2030. »\n"
     "Le maire a présenté mardi son plan de rénovation des écoles, estimé à 200 millions d'euros.\n",
     "Jean Dupont, maire de Lyon"),
    ("Faut-il avoir peur de l'intelligence artificielle ?\nDepuis le lancement de ChatGPT, les "
     "outils d'intelligence artificielle se sont installés dans les bureaux, les écoles et les "
     "rédactions, et les questions se multiplient sur leurs effets sur l'emploi et la vie privée.\n"
     "Qu'est-ce qu'un modèle de langage ?\nUn modèle de langage prédit le mot suivant.\n",
     "Faut-il avoir peur de l'intelligence artificielle ?"),
])
def test_titles_round_15(text, title):
    assert _read(text)["title"] == title


def _ai001(text: str) -> list[str]:
    return [f["evidence"].get("text", f["message"]) for f in _read(text)["findings"] if f["rule"] == "AI001"]


@pytest.mark.parametrize(("text", "found"), [
    # a listing's label over AI summaries (15b, tldrdaily), and another wording
    ("Local News\nThe latest local stories, summarized by AI\n\nArrest in Potomac senior facility "
     "shooting\nMontgomery County police say an arrest has been made in the shooting death of "
     "Robert Fuller at a Potomac senior facility.\n", True),
    ("Business\nThe top national headlines, summarized by AI\n\nBank raises rates\nThe central "
     "bank raised its main rate by a quarter point on Thursday, officials said.\n", True),
    # negative: AI is the topic
    ("Local News\nThe latest local stories about AI\n\nCouncil debates chatbots\nThe council "
     "debated on Tuesday whether its offices should use chatbots, officials said.\n", False),
])
def test_ai_label_round_15(text, found):
    assert bool(_ai001(text)) is found
