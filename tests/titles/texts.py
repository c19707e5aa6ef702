"""The pasted pages and helpers that several title and date test modules read."""

from __future__ import annotations

from pathlib import Path

from tests.blind_reading import ROUNDS, title


_BUZZ = ("web statistic\n\nAccident mortel d’un conducteur de 96 ans : le projet de loi qui divise "
         "les autorités…\n\nJulie K.\n5 Min de lecture\n\nUn nonagénaire au cœur d’un drame routier "
         "relance le débat sur l’âge au volant. Alors qu’une proposition de loi sur les conducteurs "
         "seniors «divise les autorités», l’accident de la D824 révèle des conséquences "
         "insoupçonnées.\n")

# r10 (en02, KVIA): a dateline alone on its line over the lede; no headline in the text
_DATELINE = ("EL PASO, Texas -\n\nMonday afternoon city council voted 4 to 4 on approving a budget "
             "that would require tax increase costing residents an additional $2.49 per month.\n")

_STORY_t26 = ("ACTIVITES\n\n"
              "District Autonome d’Abidjan : Le ministre, gouverneur Cissé Bacongo annonce. « LES "
              "IVOIRIENS DOIVENT S’ATTENDRE A UN NOUVEAU VISAGE DE TOUT ABIDJAN »\n\n"
              "Le ministre gouverneur du District autonome d’Abidjan a une claire idée de ce qu’il "
              "compte faire du grand Abidjan. Il en parle dans cette interview accordée à « Pouvoir & "
              "Influences » dans ‘’ Le vrai dialogue ‘’ avec Madina Tall.\n")

_LEDE_t33 = ("Le conseil a voté mardi soir le budget de la nouvelle médiathèque après un long débat "
             "sur son coût et ses horaires d’ouverture.\n")

_CRASH = ("Deux voitures se sont heurtées mardi soir à la sortie du village, faisant trois blessés "
          "dont un grave, a indiqué la gendarmerie.\n")

_LEDE_t34 = ("Le conseil a voté mardi soir le budget de la nouvelle salle des fêtes après un long débat "
             "sur son coût et ses horaires d’ouverture.\n\nLe maire a rappelé que les travaux "
             "commenceraient au printemps, si les subventions de la région sont confirmées.\n")

_HEAD = "Le budget de la salle des fêtes adopté"

_REPRO_A = ROUNDS / "round37a" / "repro"

_REPRO_B = ROUNDS / "round37b" / "repro"


def _repro(folder: Path, name: str) -> str | None:
    return title((folder / name).read_text(encoding="utf-8"), name)


_LEDE_tr33 = ("Le conseil municipal a voté mardi soir le budget de l'année, après deux heures de débat "
              "sur le prix de l'eau et l'entretien des routes communales.\n")
