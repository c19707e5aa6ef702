"""Round 45's titles: a blog platform's own message over a label's page (Blogger's "Showing
posts with label X. Show all posts", per language), a hashtag listing's heading («Dernières
actualités avec #X») and a plain-German service's label («Übersetzung in Einfache Sprache») are
furniture, not the headline; the other round-45 misses, each pinned as a strict xfail with why."""

from __future__ import annotations

import pytest

from tests.blind_reading import HEAD, LEDE, LEDE_FR, input_title, kind_at, read, title

# Blogger's message over a label's page, as each language's Blogger prints it (round 45b it06
# took the Italian one for the title; the English one seen in a blogspot page's script).
_LABEL_LINES = [
    "Showing posts with label Style. Show all posts",
    "Visualizzazione post con etichetta comune. Mostra tutti i post",
    "Affichage des articles dont le libellé est Politique. Afficher tous les articles",
    "Mostrando entradas con la etiqueta Noticias. Mostrar todas las entradas",
    "Posts mit dem Label Politik werden angezeigt. Alle Posts anzeigen",
    "Mostrando postagens com marcador Política. Mostrar todas as postagens",
]


@pytest.mark.parametrize("line", _LABEL_LINES)
def test_a_blogs_label_message_is_furniture_over_the_headline(line: str) -> None:
    # as Blogger prints it (it06): the message twice, then the post's date, then its title
    # (before title46 the it, es, de and pt messages were taken for the title; en and fr were not)
    text = f"{line}\n{line}\n\nFriday, March 12, 2021\n\n{HEAD}\n\n{LEDE}"
    result = read(text)
    assert kind_at(result, text, line) == "boilerplate"
    assert result["title"] == HEAD


@pytest.mark.parametrize("headline", [
    # a headline about such a page, not the page's own message, stays the headline
    "Blogger stops showing posts with label pages in Google search results",
    "Posts mit dem Label „Werbung“ werden angezeigt, sagt der Verbraucherschutz",
])
def test_a_headline_naming_a_label_page_stays_the_headline(headline: str) -> None:
    assert title(f"{headline}\n\n{LEDE}") == headline


def test_a_sentence_naming_the_message_stays_prose() -> None:
    text = (f"{HEAD}\n\n{LEDE}\nThe page said showing posts with label budget, then listed "
            "every post the library's blog had written about the vote since March.\n")
    result = read(text)
    assert result["title"] == HEAD
    assert kind_at(result, text, "The page said") == "body"


def test_round45b_it06_the_label_line_is_not_the_title() -> None:
    assert input_title("round45b/inputs/it06_iglicinidicetta.txt") != \
        "Visualizzazione post con etichetta comune. Mostra tutti i post"


@pytest.mark.xfail(strict=True, reason="the headline closes with a full stop («… del bilancio del "
                   "comune.») under Blogger's date header, so it reads as the lede's first sentence; "
                   "no title is given (was the label line)")
def test_round45b_it06_the_headline() -> None:
    assert input_title("round45b/inputs/it06_iglicinidicetta.txt") == (
        "Catania, l’ex sindaco Enzo Bianco e la giunta a processo per il buco nel bilancio del comune.")


_HEAD_FR = "« Je suis content de mon budget », dit le maire"


@pytest.mark.parametrize("heading", ["Dernières actualités avec #FrançoisLegault",
                                     "Les dernières nouvelles sur #Budget2026"])
def test_a_hashtag_listings_heading_is_furniture_over_the_headline(heading: str) -> None:
    # 45a fr13 (daily8): the listing's heading, then the story's headline printed twice, its
    # source (before title46 the second heading was taken for the title)
    text = f"{heading}\n\n{_HEAD_FR}\n{_HEAD_FR}\n\nLa Presse\n\n{LEDE_FR}"
    result = read(text)
    assert kind_at(result, text, heading) == "boilerplate"
    assert result["title"] == _HEAD_FR


def test_a_headline_naming_a_hashtag_stays_the_headline() -> None:
    headline = "Les dernières actualités avec #MeToo montrent un recul des plaintes"
    assert title(f"{headline}\n\n{LEDE_FR}") == headline


def test_round45a_fr13_the_headline_under_the_hashtag_listing() -> None:
    assert input_title("round45a/inputs/fr13_daily8.txt") == \
        "« Je suis content de mon legs jusqu'à présent », dit François Legault"


_HEAD_DE = "Feuerwehr löscht Brand in einer Scheune in Gießen"
# a story in plain German as such a service prints it: short sentences, a line each, a subheading
_LEDE_DE = ("Am Montagmorgen hat es in Gießen gebrannt.\nEine Scheune stand in Flammen.\n\n"
            "Nachbarn rufen die Feuerwehr\n\nGegen 6 Uhr sahen Nachbarn den Rauch.\n"
            "Sie riefen sofort die Feuerwehr.\nDie Feuerwehr kam mit vielen Autos.\n")


def test_a_plain_german_service_label_is_furniture_over_the_headline() -> None:
    # 45b de03 (mittelhessen): the label, a stray word of the page's markup, the headline (before
    # title46 the label was taken for the title)
    label = "Übersetzung in Einfache Sprache"
    text = f"{label}\n\nmarkdown\n\n{_HEAD_DE}\n\n{_LEDE_DE}"
    result = read(text)
    assert kind_at(result, text, label) == "boilerplate"
    assert result["title"] == _HEAD_DE


def test_a_headline_about_plain_german_stays_the_headline() -> None:
    headline = "Stadt bietet Übersetzung in Einfache Sprache für alle Bescheide an"
    assert title(f"{headline}\n\n{_LEDE_DE}") == headline


def test_round45b_de03_the_headline_under_the_service_label() -> None:
    assert input_title("round45b/inputs/de03_mittelhessen.txt") == \
        "Polizisten schießen bei Verfolgung in Köln-Holweide"


# The others of round 45, not fixed in title46: each the page as stored, and why.
_OPEN = [
    ("round45a/inputs/fr02_francebleu.txt", None,
     "a place line alone («Dijon, France»: city, country, no date, no verb) is taken; telling it "
     "from a two-word headline needs a gazetteer of countries the segmenter does not have"),
    ("round45b/inputs/de07_mittelhessen.txt", None,
     "under the service label (boilerplate since title46) the plain-German text's first "
     "subheading «Was macht die Polizei?» is taken; the page has no headline line, and a question "
     "heading over short sentences reads as a headline"),
    ("round45b/inputs/it02_lasicilia.txt", None,
     "a section label («Video dalla rete») is taken; the text carries no headline"),
    ("round45b/inputs/en05_cbs42.txt", None,
     "a related video's caption is taken for the title (the story is a Jefferson County crash)"),
    ("round45b/inputs/pt01_tribunadepetropolis.txt",
     "• Governo federal libera mais R$ 1,788 milhão para Petrópolis",
     "a headline with a bullet before it is classed as a list's boilerplate item"),
]


@pytest.mark.parametrize(("name", "expected", "why"), [
    pytest.param(n, e, w, marks=pytest.mark.xfail(strict=True, reason=w), id=n.rsplit("/", 1)[1])
    for n, e, w in _OPEN])
def test_round45_open_titles(name: str, expected: str | None, why: str) -> None:
    assert input_title(name) == expected
