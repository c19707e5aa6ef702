"""Round 40's furniture and comments: a teaser's label naming its section or the outlet's own
piece glued into Le Temps's paragraphs ("Lire aussi l’opinion:", "Notre commentaire:"), El
Mundo's reader thread under "comentarios" markup with its abbreviated stamps, and three widget
lines (WordPress's Akismet notice, a "Don't Miss" rail label, a "Publicidad" ad slot)."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import codes, repro


def _kinds(text: str, name: str = "x.txt") -> dict[str, str]:
    result = audit_document(text, name)
    return {result["text"][s["start"]:s["end"]]: s["kind"] for s in result["segments"]}


def _seg002(text: str) -> list[str]:
    return [span for rule, span in codes(text) if rule == "SEG002"]


_BEFORE = "Christophe Castaner a annoncé qu'il quittait ses fonctions de délégué général du parti. "


@pytest.mark.parametrize("text,label", [
    (repro("round40a/r6_seg002"), "Lire aussi l’opinion:"),
    (repro("round40a/r6b_seg002"), "Notre commentaire:"),
    # the label's other sections, and the headline alone on its line
    (_BEFORE + "Lire aussi notre éditorial : Un remaniement sans élan Le gouvernement a été nommé mardi.\n",
     "Lire aussi notre éditorial :"),
    (_BEFORE + "\nNotre enquête : Marseille, la ville où les loyers flambent\n\nLe maire a réagi mardi.\n",
     "Notre enquête :"),
    # fr22's own paragraph: the headline runs into an embedded tweet
    (_BEFORE + "Notre commentaire: En France, de nouveaux ministres, sans nouvel élan 🔴 #Remaniement "
     "Christophe #Castaner va être nommé ministre de l’intérieur.\n", "Notre commentaire:"),
])
def test_a_teaser_label_naming_its_section_or_the_outlets_piece(text, label):
    assert label in _seg002(text)


@pytest.mark.parametrize("text", [
    # a review's verdict is no piece of the outlet (round 40a's brief)
    _BEFORE + "Notre avis : Le film est une réussite. Les acteurs y sont excellents.\n",
    # prose after the label: lower case, or a sentence closed before any headline's end
    _BEFORE + "Notre analyse : le texte du gouvernement reste incomplet sur ce point.\n",
    _BEFORE + "Notre enquête : Les habitants du quartier ont témoigné. Ils disent tous la même chose.\n",
    _BEFORE + "Notre commentaire : Les résultats sont solides, et la marge progresse encore.\n",
    # real wordings: an earlier round's "notre" with a colon (not a piece's kind), letemps.ch's
    # own mention of its editorial with no colon (the pages store)
    "Le coût de notre production : notre premier four a été exporté à Anvers en 1923.\n",
    "Notre éditorial du 27 novembre soulignait que Lara Gut-Behrami s’est fait une spécialité "
    "d’opposer des vérités toutes simples à la ferveur de nos passions sportives.\n",
    # the reading advice inside a sentence, not a label at a sentence's start
    _BEFORE + "Il faut lire aussi la lettre: elle dit tout du malaise.\n",
])
def test_a_label_over_prose_stays_the_article(text):
    assert _seg002(text) == []


def test_el_mundos_reader_comments_under_comentarios():
    result = audit_document(repro("round40b/r8_reader_comment"), "r8.html")
    text = result["text"]
    body = " ".join(text[s["start"]:s["end"]] for s in result["segments"] if s["kind"] == "body")
    assert [c["author"] for c in result["comments"]] == ["PepeChan", "ponsshan1"]
    assert result["comments"][0]["text"].startswith("Su cara lo dice todo")
    assert "Su cara" not in body and "amiguetes de Bildu" not in body
    assert "Importante golpe a la banda terrorista" in body


_FORUM = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Foro: motos</title></head><body>
<h1>¿Qué moto me compro para empezar?</h1>
<div id="comentarios">
<div class="post"><div class="usuario">PepeChan 28.oct.2012 | 11:26</div>
<p>Hola a todos, quiero comprarme mi primera moto y no sé si elegir una de 125 o sacarme directamente el carné A2.</p></div>
<div class="post"><div class="usuario">ponsshan1 28.oct.2012 | 11:30</div>
<p>Yo empecé con una 125 de segunda mano y la vendí al año sin perder dinero, te lo recomiendo de verdad.</p></div>
</div></body></html>"""


def test_a_forums_posts_in_comentarios_markup_are_not_forced_into_the_thread():
    # no prose of an article outside the markup: the posts are the page's text, as before
    kinds = _kinds(_FORUM, "forum.html")
    first = next(k for t, k in kinds.items() if t.startswith("Hola a todos"))
    assert first == "body"


@pytest.mark.parametrize("line", [
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Don't Miss",
])
def test_wordpress_and_rail_widget_lines(line):
    text = repro("round40b/r9_widget_lines")
    assert _kinds(text)[line] == "boilerplate"


_STORY = ("Town Turns Out For Voting\n\nIn yesterday's mid-term general elections, the town had one "
          "referendum included: to extend town commissioners' terms to four years.\n")


@pytest.mark.parametrize("line", [
    # a sentence about the plugin, an advice to the reader going on as a sentence
    "The town's webmaster said the plugin Akismet was installed to reduce spam on the council's forms.",
    "Don't miss the night market on Fridays, where local farmers sell produce until late.",
])
def test_sentences_about_the_widgets_stay_body(line):
    assert _kinds(_STORY + "\n" + line + "\n")[line] == "body"


def test_a_spanish_ad_slot_label():
    text = ("Prisión para el camionero que arrolló a seis personas\n\nSeis personas han fallecido esta "
            "madrugada cuando un camión ha arrollado un control de la Guardia Civil.\n\n"
            "Publicidad Ai Publicidad AiPublicidad Ai\n\nPublicidad\n\n"
            "La publicidad institucional creció un 12 % el año pasado, según el ministerio.\n")
    kinds = _kinds(text)
    assert kinds["Publicidad Ai Publicidad AiPublicidad Ai"] == "boilerplate"
    assert kinds["Publicidad"] == "boilerplate"
    assert kinds["La publicidad institucional creció un 12 % el año pasado, según el ministerio."] == "body"


@pytest.mark.parametrize("line,stamp", [
    ("PepeChan 28.oct.2012 | 11:26", True),
    ("28 oct. 2012 a las 11:26", True),
    # a teaser's date has no time of day (es.yml's note on cubadebate.cu)
    ("Sevilla | 28 oct. 2012", False),
])
def test_a_spanish_stamp_with_its_month_cut_short(line, stamp):
    from audit.lexicon import get_lexicon
    assert (get_lexicon().comment_stamp.search(line) is not None) is stamp
