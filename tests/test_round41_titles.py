"""Titles, blind round 41: a section's masthead <h1> over the story's heading the <title>
names, a widget's bar of short fragments over the headline, a site's slogan over its menu, a
template's "Titre :" label. Each with a text it must not catch. A photo's caption over the
headline stays a known miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.blind_reading import HEAD, LEDE, LEDE_FR, repro, title

_ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _input(name: str) -> str | None:
    path = _ROUNDS / name
    return title(path.read_text(encoding="utf-8"), path.name)


def _page(h1: str, h2: str, meta: str) -> str:
    return (f"<html><head><title>{meta}</title></head><body>{h1}<div>{h2}"
            f"<p>{LEDE.split(chr(10))[0]}</p><p>The chairman said the work would start in the "
            "spring if the state grant is confirmed.</p></div></body></html>")


# --- a section's masthead <h1> (round 41b r2: en04, Ars Technica 2012) ---

def test_a_sections_masthead_h1_is_no_headline():
    head = '1859\'s "Great Auroral Storm"—the week the Sun touched the earth'
    assert title(repro("round41b/r2"), "r2.html") == head
    assert _input("round41b/inputs/en04_arstechnica.html") == head
    page = _page('<h1><a href="/politics/">Politics</a></h1>', f'<h2 class="title">{HEAD}</h2>', HEAD)
    assert title(page, "x.html") == HEAD


def test_an_h1_headline_stays():
    # not linked: the site's h1 is the headline whatever the <title> says
    page = _page("<h1>Library budget passes</h1>", f"<h2>{HEAD}</h2>", HEAD)
    assert title(page, "x.html") == "Library budget passes"
    # linked (a blog's permalink), and no heading says the <title>: the headline
    page = _page('<h1><a href="/2024/05/budget/">Budget passes</a></h1>', "<h2>In brief</h2>", HEAD)
    assert title(page, "x.html") == "Budget passes"


# --- a widget's bar over the headline (round 41b r3: en14 nationalworld) ---

def test_a_widgets_bar_over_the_headline_is_no_headline():
    head = "Watch: Emotions run high as nurses hold biggest strike in NHS history"
    assert title(repro("round41b/r3")) == head
    assert _input("round41b/inputs/en14_nationalworld.txt") == head
    # a section's kicker and round over the headline (round 35a r6, fr07 handnews: a known
    # miss of that round's report, no test held it)
    assert title(repro("round35a/r6")) == "Bon départ pour les favoris, la surprise pour Besançon"
    # a share bar over the headline (a column page's "E-mail | Facebook | Twitter")
    assert title(f"E-mail | Facebook | Twitter\n{HEAD}\n\n{LEDE}") == HEAD


def test_a_title_line_with_its_site_stays():
    # the <title> line of a longer headline, shown again below
    assert title(f"{HEAD} | County News\n{HEAD}\n\n{LEDE}") == HEAD
    # a short <title> over the lede, no headline under it
    assert title(f"Budget approved | County News\n\n{LEDE}") == "Budget approved"


# --- a site's slogan over its menu (round 41a r5: fr30 swissinfo) ---

def test_a_slogan_over_the_menu_is_no_headline():
    # the full page: a slogan over ten menu lines, the lede sharing no content word with it
    head = "Les villes du canton de Neuchâtel solidaires avec Crans-Montana"
    assert _input("round41a/inputs/fr30_swissinfo.txt") == head


@pytest.mark.xfail(strict=True, reason="the repro keeps four of the menu's ten lines: a run "
                   "that short is a section, share buttons, tags or an author as often (review "
                   "41: 25 decks taken for the headline on 1,973 blind-round inputs with "
                   "'section / share / save' under the headline), so only a long run "
                   "(_MENU_LONG lines) is a menu")
def test_a_slogan_over_a_short_menu_is_no_headline():
    head = "Les villes du canton de Neuchâtel solidaires avec Crans-Montana"
    assert title(repro("round41a/r5")) == head


def test_a_headline_over_a_long_run_its_lede_echoes_stays():
    # six tags under the headline, then a deck: the lede echoes the headline, no slogan
    probe = (_REVIEW / "q03_en_kicker_run.txt").read_text(encoding="utf-8")
    head, rest = probe.split("\n", 1)
    assert title(f"{head}\nShare\nSave\nCouncil\n{rest}") == head


def test_a_headline_over_its_byline_and_widgets_stays():
    head = "La médiathèque obtient son budget après un long débat"
    text = f"{head}\nPar Jean Dupont\nRédaction\nPartager\nRéagir\n\n{LEDE_FR}"
    assert title(text) == head
    # a headline over short lines and a section's heading the lede does not echo
    text = (f"{HEAD}\nJane Smith\nStaff writer\nShare\nComment\nWhat the weather will be\n\n"
            f"{LEDE}")
    assert title(text) == HEAD


# --- a template's label (round 41a r6: fr13) ---

def test_a_templates_title_label_is_cut():
    # the page shows the bare headline again under the labelled line (and a "link :" field)
    head = ("Saviez-vous que la France finance la construction du métro d'Abidjan pour la "
            "bagatelle de 1,4 milliards d'euros?")
    assert _input("round41a/inputs/fr13_derinfos.txt") == head
    assert title(f"Title: {HEAD}\n{HEAD}\n\n{LEDE}") == HEAD
    assert title(f"Titel: Haushalt der Bibliothek nach langer Debatte verabschiedet\n"
                 f"Haushalt der Bibliothek nach langer Debatte verabschiedet\n\n{LEDE}") == \
        "Haushalt der Bibliothek nach langer Debatte verabschiedet"


@pytest.mark.xfail(strict=True, reason="the repro keeps only the labelled line over the lede: "
                   "nothing there shows «Titre :» is a template's field and not the headline's "
                   "first word («Titre : « Le Consentement », le livre…», «Título: el Real "
                   "Madrid…», review 41 t05-t12); the cut needs the bare headline shown again, "
                   "as the full page (fr13) does")
def test_a_templates_title_label_alone_is_cut():
    head = ("Saviez-vous que la France finance la construction du métro d'Abidjan pour la "
            "bagatelle de 1,4 milliards d'euros?")
    assert title(repro("round41a/r6")) == head


def test_a_headline_naming_a_title_stays():
    # a title's word that is the headline's own, no label's colon right after it
    head = "Title race tightens after late goal"
    assert title(f"{head}\n\n{LEDE}") == head
    head = "Titre de séjour : les nouvelles règles entrent en vigueur"
    assert title(f"{head}\n\n{LEDE_FR}") == head
    head = "Titles: the champions of the decade"
    assert title(f"{head}\n\n{LEDE}") == head


# --- a photo's caption over the headline (round 41b r4: es03 ABC) ---

@pytest.mark.xfail(strict=True, reason="a caption's noun phrase closed by its place in brackets "
                   "over the headline: that form is a headline's as often (17 of 18 titles of "
                   "the reference audits that end with a bracketed word are right: «Tour de "
                   "l'Oisans et des Écrins (Alpes)»); telling them needs a finite verb, which no "
                   "lexicon lists, and the headline under it is glued to its standfirst with no "
                   "stop (the known miss of round 40's headline and deck on one line)")
def test_a_photo_caption_over_the_headline_is_no_headline():
    assert title(repro("round41b/r4")) == ("Detienen a un hombre como presunto autor de un "
                                            "incendio forestal en Melide (La Coruña)")


# --- review of round 41's title rules (tests/data/review41_titles: the reviewer's probes) ---

_REVIEW = Path(__file__).parent / "data" / "review41_titles"


def _probe(name: str) -> str | None:
    path = next(_REVIEW.glob(name + "_*"))
    return title(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("name, head", [
    # a section, share buttons, tags or an author between the headline and its deck: the deck
    # retells the lede, so it out-echoes the headline; no slogan over a menu
    ("q01", "Sécheresse : le Finistère place quatre bassins en alerte renforcée"),
    ("q02", "Incendie à Brest : un immeuble évacué en pleine nuit rue de Siam"),
    ("q03", "Council approves new library budget after long debate"),
    ("q04", "Stadtrat beschließt neues Radwegekonzept für die Innenstadt"),
    ("q05", "El Gobierno aprueba la subida del salario mínimo para este año"),
    ("q06", "Maltempo in Liguria, scuole chiuse e allerta rossa a Genova"),
    ("q07", "Incêndio em Monchique obriga à evacuação de três aldeias"),
    ("q12", "Nurses vote to strike again as pay talks collapse"),
    ("q13", "Sécheresse : le Finistère passe en alerte renforcée"),
    ("q14", "Brest : la rue de Siam fermée à la circulation tout l'été"),
])
def test_a_headline_over_short_lines_and_its_deck_stays(name, head):
    assert _probe(name) == head


@pytest.mark.parametrize("name, head", [
    # a blog's post <h1> linking to its own permalink, the <title> only the blog's name that a
    # sidebar or footer heading says: the post's headline, not the site's name
    ("h06", "Sécheresse"),
    ("h07", "Library budget passes"),
    # a linked <h1> over prose, a heading after the prose says the <title>: the <h1>
    ("h02", "Sécheresse en Finistère"),
    ("h08", "Ferienlektüre"),
    ("h01", "Sécheresse"),
    ("h03", "Ins neue Jahr"),
    ("h04", "Budget voted"),
])
def test_a_linked_post_headline_is_no_masthead(name, head):
    assert _probe(name) == head


@pytest.mark.parametrize("name, head", [
    # a headline's own first word before a colon, no template around it
    ("t05", "Título: el Real Madrid, a un paso de la Liga tras ganar en Cádiz"),
    ("t06", "Titolo: l'Inter vede lo scudetto dopo la vittoria nel derby"),
    ("t07", "Titel: Bayern feiert die zwölfte Meisterschaft in Serie"),
    ("t08", "Headline: UK inflation falls to lowest level in three years"),
    ("t09", "Kop: Ajax verliest opnieuw en zakt naar de twaalfde plaats"),
    ("t10", "Titre : « Le Consentement », le livre qui a tout changé"),
    ("t12", "Manchete: Benfica vence clássico e isola-se na liderança"),
    ("t01", "Titre de séjour : les nouvelles règles entrent en vigueur lundi"),
    ("t02", "Titres-restaurant : l'utilisation en supermarché prolongée jusqu'en 2026"),
    ("t03", "Title IX: Biden administration finalizes new campus sexual misconduct rules"),
    ("t04", "Titel verteidigt: Leverkusen feiert die zweite Meisterschaft"),
    ("t11", "Titre : Sécheresse"),
])
def test_a_label_word_with_no_template_stays(name, head):
    assert _probe(name) == head
