"""The pasted pages that several date test modules read."""

from __future__ import annotations


_STATEMENT = ("Communiqué de l'association des maires du Bénin\n\nL'association des maires du Bénin appelle "
              "le gouvernement à relever la dotation des communes pour l'année 2026, jugée insuffisante "
              "pour financer les services de base.\n\nElle demande l'ouverture rapide d'une concertation "
              "avec les élus locaux.\n\n")

_DE_LEDE = ("\n(sg) Nach einem Verkehrsunfall am Sonntagnachmittag musste das Technische Hilfswerk "
            "ein Gerüst abstützen. Der Einsatz zog sich hin.\n")
