"""Review 28's title and date items: a headline whose subject opens with a particle under a
rubric (item 3), a headline opening with an update's cue (item 4), a cued publication line
above a breadcrumb (item 5), and a results box's heading over its scores (round 19a)."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"

_LEDE_FR = ("La présidente de la Commission européenne a présenté mercredi à Bruxelles un projet "
            "de taxe sur les grandes plateformes numériques, qui doit financer le remboursement du "
            "plan de relance. Les États membres en débattront au prochain Conseil européen, "
            "a-t-elle précisé devant les députés.\n\nLe texte prévoit un prélèvement de 3 % sur le "
            "chiffre d'affaires réalisé dans l'Union.\n")
_LEDE_EN = ("The agency said on Tuesday that the new shots would be available to everyone over "
            "the age of six months, and pharmacies expect high demand in the first weeks.\n\n"
            "Officials urged people to book early.\n")


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


@pytest.mark.parametrize("rubric, headline", [
    # the reviewer's probe
    ("Europe", "von der Leyen veut taxer les géants du numérique"),
    ("Politique", "de Villepin lance son propre parti"),
    ("Italie", "di Maio quitte le Mouvement 5 étoiles"),
    ("Culture", "van Gogh au musée d'Orsay"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_opening_with_a_particle_under_a_rubric_is_the_title(rubric, headline, gap):
    assert _title(f"{rubric}{gap}{headline}{gap}{_LEDE_FR}") == headline


def test_a_label_broken_in_two_is_still_no_title():
    # round 18b r10: "Heureux événements" / "au Parc Zoologique de Paris": names only, one phrase
    result = audit_document((ROUNDS / "round18b" / "repro" / "r10_title_fragment_listing.txt")
                            .read_text(encoding="utf-8"), "r10.txt")
    assert result["title"] is None
    assert _title(f"Heureux événements\nau Parc Zoologique de Paris\n{_LEDE_FR}") is None


@pytest.mark.parametrize("headline, lede", [
    # the reviewer's probe, and other headlines opening with an update's cue
    ("Mise à jour Windows 11 : Microsoft corrige enfin le bug des imprimantes", _LEDE_FR),
    ("Actualisé 2 fois par an, le guide Michelin change de formule", _LEDE_FR),
    ("Updated COVID-19 boosters approved for fall 2024", _LEDE_EN),
])
def test_a_headline_opening_with_an_update_cue_is_the_title(headline, lede):
    assert _title(f"{headline}\n{lede}") == headline


@pytest.mark.parametrize("stamp, headline, lede", [
    # an update's cue with its day or hour right after it stays furniture
    ("Dernière mise à jour à 09h15 le 21/03", "Le budget communal voté", _LEDE_FR),
    ("Mis à jour le mardi 5 mars 2024 à 10h", "Le budget communal voté", _LEDE_FR),
    ("Updated: Mar. 5, 2024", "County Extends Jail Program", _LEDE_EN),
])
def test_an_update_stamp_is_still_not_the_title(stamp, headline, lede):
    assert _title(f"{stamp}\n\n{headline}\n\n{lede}") == headline


def test_a_cued_date_above_the_breadcrumb_dates_the_article():
    # the reviewer's probe: "Publié le 12 mars 2024" between the site's name and the breadcrumb
    text = ("Le Journal de Saône-et-Loire\nPublié le 12 mars 2024\n"
            "Accueil > Faits divers > Un incendie ravage un entrepôt à Mâcon\n"
            "Un incendie ravage un entrepôt à Mâcon\n"
            "Un violent incendie a détruit dans la nuit de lundi à mardi un entrepôt de la zone "
            "industrielle sud de Mâcon. Une quarantaine de pompiers ont été mobilisés et aucun "
            "blessé n'est à déplorer, selon la préfecture.\n"
            "L'origine du sinistre reste inconnue, une enquête a été ouverte.\n")
    result = audit_document(text, "x.txt")
    assert result["title"] == "Un incendie ravage un entrepôt à Mâcon"
    assert result["published"] == "2024-03-12"
    # the site's today, a bare date above the breadcrumb (round 18a r05), still dates nothing
    bare = audit_document(text.replace("Publié le 12 mars 2024", "Mardi 12 mars 2024"), "x.txt")
    assert bare["published"] is None


_MATCH = ("Le Paris FC était logiquement très attendu ce dimanche en Ligue 1. Les pensionnaires "
          "de Jean Bouin étaient en déplacement sur la pelouse du SCO d'Angers, mais rien ne "
          "s'est passé comme prévu.\n\nDans les autres rencontres du jour, Strasbourg a rapporté "
          "une belle victoire de Metz.\n")


def test_a_results_box_heading_is_not_the_title():
    # round 19a fr02_foot01: "1ère journée de Ligue 1" over "SCO - PFC : 1-0", …; no headline
    result = audit_document((ROUNDS / "round19a" / "inputs" / "fr02_foot01.txt")
                            .read_text(encoding="utf-8"), "fr02_foot01.txt")
    assert result["title"] is None
    assert _title("Résultats de la 21e journée\n\nMetz – Lille : 0-0\nLens – Rennes : 3-1\n"
                  "Brest – Lorient : 2-0\n\n" + _MATCH) is None


@pytest.mark.parametrize("headline, under", [
    # a match report's headline over its one score line
    ("Le PFC rate ses débuts à Angers", "SCO - PFC : 1-0\n\n"),
    # rows with scorers (butfootballclub.fr): not a bare results box
    ("Ligue 1 : l’OM et le LOSC s’imposent, le PSG champion d’automne, l’OL se rate",
     "FC Nantes – OM (0-1) : Gerson (30e).\nPSG – OGC Nice (0-0)\n\n"),
])
def test_a_headline_over_a_score_stays_the_title(headline, under):
    assert _title(f"{headline}\n\n{under}{_MATCH}") == headline
