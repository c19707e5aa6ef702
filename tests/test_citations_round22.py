"""Round 22 of the blind verdicts: what CIT002 reads as a named outlet, and where a sources
list ends."""

from __future__ import annotations


from audit.pipeline import audit_document
from audit.segment.cues import is_sentence_shaped


def _findings(text: str, name: str = "page.txt") -> list[tuple[str, str]]:
    doc = audit_document(text, name)
    return [(f["rule"], f["message"]) for f in doc["findings"]]


_LIST = ("\n\nSources :\n- Le Monde, « La Côte d’Ivoire signe deux accords avec la Banque mondiale », "
         "publié le 19 avril 2023.\n")


def test_a_job_title_after_a_cue_is_a_person_not_a_publisher() -> None:
    # 22a r06: "la Directrice des Opérations" is Coralie Gevers, an interviewee
    text = ("Selon la Directrice des Opérations de la Banque mondiale en Côte d’Ivoire, Coralie Gevers, "
            "pour le premier accord, la banque mondiale a accordé 300 millions de dollars US." + _LIST)
    assert not [m for r, m in _findings(text) if r == "CIT002"]
    # maohitribune.com's title, capitalised: "Le Ministre de l’Intérieur, Bernard Cazeneuve"
    text2 = ("Selon le Ministre de l’Intérieur, Bernard Cazeneuve, les suites de l’affaire seront "
             "judiciaires et disciplinaires." + _LIST)
    assert not [m for r, m in _findings(text2) if r == "CIT002"]
    # the body named as the source is still one the list lacks
    text3 = ("Selon la Banque mondiale, pour le premier accord, 300 millions de dollars US ont été "
             "accordés à la Côte d’Ivoire." + _LIST)
    assert len([m for r, m in _findings(text3) if r == "CIT002"]) == 1


def test_outlets_that_quote_or_add_are_named_sources() -> None:
    # 22b r13 (fr11 mutation m13): "citée par Le Monde", "précise La Provence"
    text = ("Voiture suspecte près de Notre-Dame\n\nUne source de la police, citée par Le Monde, déclare "
            "que le couple a été interpellé. Leurs enfants ont été placés, précise La Provence. Selon "
            "Le Point, la fille du propriétaire avait emprunté la voiture.\n\nSources : Le Figaro, L'Express.\n")
    assert sorted(m.split("'")[1] for r, m in _findings(text) if r == "CIT002") == \
        ["La Provence", "Le Monde", "Le Point"]
    # castbox.fm (La Voix du Nord's podcast page): the outlet after a quotation, read whole
    text2 = ("Quatre jours après le drame, le 31 décembre 1974, des funérailles nationales sont "
             "organisées. « Le pays était arrêté », raconte La Voix du Nord.\n\nSources : Le Figaro, L'Express.\n")
    assert [m for r, m in _findings(text2) if r == "CIT002"] == \
        ["'La Voix du Nord' is named as a source but is not in the sources list"]
    # a person after the inverted verb is an interviewee, no entry owed
    text3 = ("Le couple a été interpellé mardi soir près de la cathédrale, a déclaré Jean Dupont."
             "\n\nSources : Le Figaro, L'Express.\n")
    assert not [m for r, m in _findings(text3) if r == "CIT002"]


_PAGE = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Attaque contre le QG du G5 Sahel</title>'
         '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
         '"headline":"Attaque contre le QG du G5 Sahel","datePublished":"2018-06-29"}</script></head>'
         '<body><h1>Attaque contre le QG du G5 Sahel</h1>'
         '<p>Le quartier général de la force conjointe du G5 Sahel à Sévaré a été la cible vendredi d’une '
         'attaque, a indiqué le gouverneur de Mopti, Sidi Alassane Touré.</p>'
         '<p>Sources :</p><p>- AFP, « Attaque contre le QG du G5 Sahel à Sévaré », 29 juin 2018.</p>{after}'
         '</body></html>')


def test_prose_after_a_one_item_sources_list_is_body() -> None:
    # 22b r14 (fr17 mutations m11/m12): the paragraph after the list is no citation
    after = ('<p>Le quartier général de la force conjointe du G5 Sahel à Sévaré a été la cible vendredi '
             'd’une attaque. Cette attaque a été perpétrée par un kamikaze qui voulait entrer dans le camp.</p>')
    found = _findings(_PAGE.replace("{after}", after), "page.html")
    assert not [r for r, _ in found if r in ("CIT003", "CIT007")]
    # a second entry, a title in guillemets, is still the list's
    after2 = '<p>- Reuters, « Mali : un kamikaze attaque le QG du G5 Sahel », 29 juin 2018.</p>'
    doc = audit_document(_PAGE.replace("{after}", after2), "page.html")
    assert [c["publisher"] for c in doc["citations"]] == ["AFP", "Reuters"]


def test_sentence_shaped() -> None:
    assert is_sentence_shaped("Le quartier général de la force conjointe du G5 Sahel à Sévaré a été la "
                              "cible vendredi d’une attaque. Cette attaque a été perpétrée par un kamikaze "
                              "qui voulait entrer dans le camp.")
    # an academic reference: one long sentence, its title, at most
    assert not is_sentence_shaped("Dupont, Jean. Histoire de la ville de Poitiers au dix-neuvième siècle "
                                  "et de ses environs. Paris, Éditions du Seuil, 1998.")
    assert not is_sentence_shaped("- AFP, « Attaque contre le QG du G5 Sahel à Sévaré », 29 juin 2018.")
