"""CIT004 after round 46a (issue 7, session 46): researchers, scientists and the learned trades as
a class («Selon des chercheurs», «Des chercheurs estiment que») are read as «des experts» is, and
a complement after the noun that names them («de l'Inserm», «de l'université Laval», «interrogés
par l'AFP») names them, «des experts» included. The labelled set
tests/data/cit46_class_speakers_fr.tsv holds real sentences from the search tool's `pages` corpus,
split by the SHA-1 of the page; the cues were chosen on the tune half."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.attributions import find_attributions
from tests.attribution_reading import frame_counts
from tests.citations.reading import rules

DATA = Path(__file__).parent.parent / "data"
REPRO = DATA / "blind_rounds" / "round46a" / "repro"


def _found(sentence: str) -> list[str]:
    return [a.text for a in find_attributions(sentence, [(0, len(sentence))]) if a.vague]


# -- round 46a, fr22 (courriermayenne.fr) ------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("r01a_chercheurs.txt", True),          # «Selon des chercheurs, … serait…»
    ("r01b_experts.txt", True),
    ("r01c_etude.txt", True),
    ("r01d_chercheurs_sujet.txt", True),    # «Des chercheurs estiment que…»
    ("r01e_chercheurs_inserm.txt", False),  # «des chercheurs de l'Inserm»: named
])
def test_round_46a_repros(name, expected):
    text = (REPRO / name).read_text(encoding="utf-8")
    assert ("CIT004" in rules(text, name)) is expected, name


def test_a_class_of_researchers_after_selon_or_as_a_speaking_subject():
    assert _found("Selon des chercheurs, la santé psychologique serait le réel secret de la longévité.") == [
        "Selon des chercheurs"]
    assert _found("Des chercheurs estiment que la santé psychologique est le réel secret de la longévité.") == [
        "Des chercheurs estiment"]
    # actu-environnement.com: a nationality says where they work, not who they are
    assert _found("Selon des scientifiques américains, les abeilles ont développé une stratégie pour protéger "
                  "leur ruche.") == ["Selon des scientifiques"]
    for text in ("Selon plusieurs historiens, la ville aurait été fondée au VIe siècle.",
                 "Selon des climatologues, la Terre est exposée à un réchauffement de 15 % de plus.",
                 "De nombreux médecins estiment que ce traitement est inutile.",
                 "Selon des chercheurs de plusieurs universités, la santé serait en jeu.",
                 "Selon des chercheurs en neurosciences, la mémoire serait en jeu."):
        assert _found(text) != [], text


def test_a_complement_naming_them_names_them():
    for text in ("Selon des chercheurs de l'Inserm, la santé psychologique serait le réel secret de la longévité.",
                 "Selon des chercheurs de l'université Laval, dont l'étude paraît dans Nature, la santé serait en jeu.",
                 "Selon des chercheurs de l'université de Genève, la santé serait en jeu.",
                 "Selon des chercheurs américains de l'université Harvard, la santé serait en jeu.",
                 "Des chercheurs du CNRS estiment que la banquise fondra plus vite.",
                 # urbanhit.fr
                 "Des scientifiques de l'Université du Minnesota estime que l'épidémie pourrait encore durer longtemps.",
                 # «des experts» too, now: whose they are is said
                 "Selon des experts de l'OCDE, la croissance ralentira.",
                 "Des économistes de la Banque de France estiment que la croissance ralentira.",
                 "Selon des experts interrogés par l'AFP, la croissance ralentira."):
        assert _found(text) == [], text


def test_no_speech_or_a_named_speaker_stays_silent():
    for text in ("Des chercheurs ont découvert une nouvelle espèce de grenouille en Guyane.",
                 # levif.be, cnrs.fr: a fact, the study named in the sentence or the next
                 "Des chercheurs américains ont découvert qu'elles étaient capables de nager plusieurs minutes.",
                 "Dans une étude publiée dans la revue Communications Biology des scientifiques montrent "
                 "l'importance des soins maternels.",
                 # a named researcher's quotation
                 "« Des chercheurs estiment que la glace fondra plus vite », explique la glaciologue Marie Dupont.",
                 # a union or an order of doctors: «des» is «de les»
                 "Le syndicat des médecins a déclaré que la grève continuerait.",
                 "L'ordre des médecins estime que la grève continuerait.",
                 "Ses homologues estiment que la réforme est nécessaire."):
        assert _found(text) == [], text


@pytest.mark.xfail(strict=True, reason="a class speaking with a verb outside the speech verbs (metrotime.be: "
                   "«D'autres chercheurs avancent que…»; reinformation.tv «répétaient que», alvinet.com "
                   "«s'inquiètent»): the tune half's misses, the verb lists left as they are")
def test_known_miss_a_class_with_another_verb():
    assert _found("D'autres chercheurs avancent que ce résultat montre les lacunes de la recherche "
                  "scientifique universitaire.") != []


@pytest.mark.xfail(strict=True, reason="«D’après» with a typographic apostrophe is no source preposition "
                   "(linfo.re); main misses it too, for every source after it")
def test_known_miss_d_apres_typographic():
    assert _found("D’après des climatologues américains, la Terre est exposée à un réchauffement de 15% "
                  "de plus d’ici 2100.") != []


# -- the labelled set ---------------------------------------------------------------------------

def test_held_out_french_class_speakers():
    # Measured 2026-12-07 on the 18 held-out sentences: 1 right, 0 wrong, 2 missed (precision 1.0,
    # recall 0.33); main before: 0, 0, 3. Tune half: 0, 0, 5 before and after (the misses above).
    tp, fp, fn = frame_counts(DATA / "cit46_class_speakers_fr.tsv", "held")
    assert fp == 0
    assert tp >= 1
