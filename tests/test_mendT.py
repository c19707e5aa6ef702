"""The review of title43 (menu runs and one-line toolbars over the headline): its probes.

A run of menu-like lines (or a bar toolbar) over a page changes nothing an editor would call
its title. The rule skipping it is now the last resort (the line would otherwise be the title
or the <title> line), every line of the run from the titled one on may be the headline, the
headline found must have half its own content words in its lede and, short, its own story
under it (one shape test for both paths). Texts: the reviewer's probes and real blind-round
inputs with "Accueil / Actualités" or "Accueil | Actualités | Contact" put over them
(tests/data/mendT)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import repro, title

DATA = Path(__file__).parent / "data" / "mendT"


def probe(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def kind_of(text: str, line: str) -> str:
    """The segment kind of the line opening with ``line``."""
    result = audit_document(text, "x.txt")
    whole = result["text"]
    return next(s["kind"] for s in result["segments"] if whole[s["start"]:s["end"]].lstrip().startswith(line))


@pytest.mark.parametrize(("name", "expected"), [
    # R1: a rubric, a short headline, a standfirst with no stop: the headline, not the deck
    ("fr_short_head_standfirst.txt", "Incendie rue de Paris"),
    ("fr_one_kicker_standfirst.txt", "Incendie rue de Paris"),
    ("de_short_head_standfirst.txt", "Unfall auf der B27"),
    ("it_short_head_standfirst.txt", "Incendio in via Roma"),
    # R2: a quoted headline with its byline under it, under a menu: not the deck
    ("mut_menu_round39b_inputs_es03_infobae.txt",
     'Una patota de varones atacó a un rugbier gay: "Te vamos a matar por puto"'),
    # R3: a headline over its deck, credit and captions
    ("mut_bar_round41a_inputs_fr19_20minutes.txt", "Une vingtaine de lignes de TER pourraient disparaître"),
    ("menu_round41a_inputs_fr19_20minutes.txt", "Une vingtaine de lignes de TER pourraient disparaître"),
    # R4: a headline on two lines, joined
    ("mut_menu_round35b_inputs_fr02_shorthandstories-parisnormandie.txt",
     "La vallée du Cailly, entre plans sociaux et espoir d'une reprise"),
    # R5: the old pipeline's cleaning kept (a close button's mark, an author's suffix, a
    # player's label, a headline printed three times)
    ("mut_menu_round35a_inputs_en06_kfor.txt", "Driver rushed to hospital after crash along I-35"),
    ("mut_menu_round31a_inputs_fr17_lehuede.txt", "Manifestation en Guadeloupe"),
    ("mut_menu_round31b_inputs_en06_waaytv.txt", "Friday Night Football Week 8 - Part 1"),
    ("mut_menu_round34a_inputs_fr22_ai-juny.txt", "Écriture AI VS Écriture Humaine - Partie 1"),
    # R6: a site's tagline naming its town is not the headline
    ("mut_menu_round38a_inputs_fr23_lesdinois_blog.txt", "Lesdins fête sa Centenaire"),
    ("mut_menu_round4_inputs_18_lourdesinfos.txt", "L’association familiale du quartier de Sarsan a fêté ses 50 ans"),
    # R7: a toolbar over a kicker and its headline; over a site's name
    ("mut_bar_round43a_inputs_fr17_sudouest.txt", "Nouveau sondage : près de 7 Français sur 10 y seraient hostiles"),
    ("mut_bar_round41a_inputs_fr06_sputnik.txt", "Sortie du franc CFA: le Premier ministre sénégalais ouvre la porte"),
    # R8: a keyword field, a subtitle, a listing's first item are no title
    ("mut_menu_round35b_inputs_en05_nih-pmc.txt", None),
    ("menu_round34b_inputs_fr21_running4all.txt", "Organisateur de courses… pas si simple"),
    ("menu_round35b_inputs_fr12_scoop-it.txt", "Lait de Normandie... et d'ailleurs"),
])
def test_a_menu_over_the_page_leaves_its_title(name: str, expected: str | None) -> None:
    assert title(probe(name)) == expected


def test_the_headline_under_a_menu_is_not_furniture_r8():
    # the skipped range swallowed the real headline with its byline lines (Dois Irmãos)
    text = probe("mut_menu_round37b_inputs_pt02_doisirmaos.txt")
    assert kind_of(text, "Segurança é debatida em Audiência pública.") != "boilerplate"


def test_a_short_headline_under_its_rubric_is_not_furniture_r1():
    text = probe("fr_short_head_standfirst.txt")
    assert kind_of(text, "Incendie rue de Paris") != "boilerplate"


def test_a_line_the_lede_retells_is_not_skipped_with_the_menu_r8():
    # a line with a stop the lede retells, between the programme menu and the headline: the
    # skip would file it as furniture, so the menu is not skipped (the old choice stands)
    head = "Trafic SNCF vendredi: perturbé en début de matinée avant un retour à la normale"
    text = repro("round42a/r6").replace(
        head, "Trafic SNCF perturbé vendredi en début de matinée.\n\nPar la rédaction\n\n" + head)
    assert kind_of(text, "Trafic SNCF perturbé vendredi") != "boilerplate"


# negatives: the skip still holds where the old pipeline had nothing but the menu's item
def test_the_programme_menu_is_still_skipped_round_42a_r6():
    assert title(repro("round42a/r6")) == \
        "Trafic SNCF vendredi: perturbé en début de matinée avant un retour à la normale"


def test_the_toolbar_over_a_three_word_headline_is_still_skipped_round_42a_r7():
    # one floor for both paths: three words with its prose right under it
    assert title(repro("round42a/r7")) == "Au conseil municipal"
