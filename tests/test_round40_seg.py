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


def test_wordpress_akismet_notice_in_the_repro():
    text = repro("round40b/r9_widget_lines")
    assert _kinds(text)["This site uses Akismet to reduce spam. Learn how your comment data is processed."] == \
        "boilerplate"


@pytest.mark.xfail(strict=True, reason="\"Don't miss\" as a rail's header reverted (review S: a city guide's own "
                   "\"Don't miss:\" list was lost as links); pasted text gives no link-teaser evidence")
def test_a_dont_miss_rail_label():
    assert _kinds(repro("round40b/r9_widget_lines"))["Don't Miss"] == "boilerplate"


def test_a_dont_miss_list_in_a_travel_piece_stays_the_article():
    # review S en05: the guide's own recommendations under "Don't miss:"
    text = ("48 hours in Lisbon: where to eat, sleep and wander\n\nBy Jane Miller\nJune 3, 2024\n\n"
            "Lisbon's summer season opens with the Santo António festival in June, when the old quarters of "
            "Alfama and Mouraria fill with grilled sardines, paper garlands and music until dawn.\n\n"
            "The city is best explored on foot, though its seven hills make for steep climbs; the yellow trams "
            "and the Santa Justa lift save your legs for a few euros.\n\n"
            "Don't miss:\nThe Belém Tower at sunset\nPastéis de nata at the original Belém bakery\n"
            "The Gulbenkian Museum's garden\nFado in a tiny Alfama tavern\n\n"
            "Where to stay: the Bairro Alto has the liveliest nights, while Príncipe Real offers quieter "
            "streets, independent shops and some of the city's best small hotels.\n")
    kinds = _kinds(text)
    assert kinds["Pastéis de nata at the original Belém bakery"] != "boilerplate"
    assert kinds["Fado in a tiny Alfama tavern"] != "boilerplate"


_ARTICLE = {
    "en": "Council approves 2024 budget\n\nThe city council approved a budget of 1.2 billion dollars on "
          "Tuesday night, four percent more than last year, after a debate of more than five hours.\n\n"
          "Leave a Reply\n\n",
    "fr": "Le conseil adopte le budget\n\nLe conseil municipal de Rennes a adopté mardi soir un budget de "
          "512 millions d'euros, en hausse de quatre pour cent, après plus de cinq heures de débat.\n\n",
    "de": "Stadtrat beschließt Haushalt\n\nDer Stadtrat von Freiburg hat am Dienstagabend einen Haushalt von "
          "1,2 Milliarden Euro beschlossen, vier Prozent mehr als im Vorjahr.\n\nSchreibe einen Kommentar\n\n",
    "es": "El pleno aprueba los presupuestos\n\nEl pleno del Ayuntamiento de Sevilla aprobó el martes unos "
          "presupuestos de 1.200 millones de euros, un cuatro por ciento más que el año pasado.\n\n",
    "it": "Il consiglio approva il bilancio\n\nIl consiglio comunale di Bologna ha approvato martedì sera un "
          "bilancio di 1,2 miliardi di euro, il quattro per cento in più dell'anno scorso.\n\n",
    "pt": "Câmara aprova orçamento\n\nA Câmara Municipal do Porto aprovou na terça-feira um orçamento de 1,2 "
          "mil milhões de euros, mais quatro por cento do que no ano passado.\n\n",
}


@pytest.mark.parametrize("lang,notice", [
    # the plugin's own wordings (its WordPress translations)
    ("en", "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
    ("fr", "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les "
           "données de vos commentaires sont traitées."),
    ("de", "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine "
           "Kommentardaten verarbeitet werden."),
    ("es", "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos de tus comentarios."),
    ("it", "Questo sito utilizza Akismet per ridurre lo spam. Scopri come vengono elaborati i dati derivati "
           "dai commenti."),
    ("pt", "Este site utiliza o Akismet para reduzir spam. Fica a saber como são processados os dados dos "
           "comentários."),
    ("pt", "Esse site utiliza o Akismet para reduzir spam. Aprenda como seus dados de comentários são processados."),
])
def test_the_akismet_notice_alone_on_its_line_in_six_languages(lang, notice):
    # review S: de/es/it/pt were read as a form's short lines, and the notice has 17 words
    assert _kinds(_ARTICLE[lang] + notice + "\n")[notice] == "boilerplate"


@pytest.mark.parametrize("lang,line", [
    ("en", "This site uses Akismet to reduce spam. That sentence, printed under the comment form of millions "
           "of blogs, is how most readers meet the service."),
    ("it", "Questo sito utilizza Akismet per ridurre lo spam, ha spiegato l'assessore, e lo stesso vale per "
           "tutti i portali del Comune."),
])
def test_prose_quoting_the_akismet_notice_stays_body(lang, line):
    article = _ARTICLE[lang].replace("Leave a Reply\n\n", "")  # an article about it: no comment form
    assert _kinds(article + line + "\n\nThe company said spam had risen last year.\n")[line] == "body"


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


# Review S: prose after the label, a proper noun after a verb or a determined noun (fr04, fr05,
# fr19-fr21; 1,077 of 6,404 real French paragraphs were read as a headline running on so)
@pytest.mark.parametrize("text", [
    _BEFORE + "Notre enquête : Pendant six mois, nous avons suivi Jean Dupont dans les couloirs de la préfecture.\n",
    _BEFORE + "Notre analyse : Le nouveau gouvernement confirme Gérald Darmanin à Beauvau et renforce Bercy.\n",
    _BEFORE + "Notre reportage : Le président Donald Trump a annoncé mercredi un accord avec le Qatar.\n",
    _BEFORE + "Notre analyse : En reconduisant Jean-Yves Le Drian au Quai d'Orsay, Emmanuel Macron choisit la "
              "stabilité.\n",
    _BEFORE + "Notre analyse : Le plus grand constructeur automobile japonais Toyota Motor a annoncé un bénéfice.\n",
    # a line that leads into what follows, or cut where it wraps, is no headline
    _BEFORE + "\nNotre analyse : Le communiqué de presse permet aux entreprises de :\n",
])
def test_a_label_over_a_sentence_naming_people_stays_the_article(text):
    assert _seg002(text) == []


_THREAD_SHAPED = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><article><h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<div class="{cls}">
<h2>{h2}</h2>
<p>{d1}</p><p>{s1}</p><p>{d2}</p><p>{s2}</p>
</div></article></main></body></html>"""

_EN = dict(lang="en", title="Ceasefire agreed after three days of talks in Cairo",
           p1="Negotiators announced a ceasefire on Friday after three days of talks in Cairo, ending two weeks "
              "of fighting that killed more than 300 people, according to local health officials.",
           p2="The agreement, brokered by Egypt and Qatar, takes effect at midnight and includes the release of "
              "twelve hostages in exchange for forty prisoners over the next five days.",
           h2="How the world reacted", d1="Jan 12, 2024", d2="Jan 13, 2024",
           s1="The UN Secretary-General welcomed the deal, saying in a statement that it offered a chance to "
              "deliver aid to hundreds of thousands of civilians.",
           s2="The European Union announced an additional 50 million euros in humanitarian aid, to be delivered "
              "through UN agencies once the crossings reopen.")
_DE = dict(lang="de", title="Waffenruhe nach Gesprächen in Kairo vereinbart",
           p1="Die Unterhändler haben am Freitag nach dreitägigen Gesprächen in Kairo eine Waffenruhe verkündet, "
              "die zwei Wochen der Kämpfe mit mehr als 300 Toten beendet.",
           p2="Die von Ägypten und Katar vermittelte Vereinbarung tritt um Mitternacht in Kraft und sieht die "
              "Freilassung von zwölf Geiseln gegen vierzig Gefangene vor.",
           h2="Reaktionen", d1="12. Januar 2024, 10:30 Uhr", d2="12. Januar 2024, 11:45 Uhr",
           s1="Der UN-Generalsekretär begrüßte die Einigung und erklärte, sie biete die Chance, Hunderttausende "
              "Zivilisten mit Hilfsgütern zu versorgen.",
           s2="Die Europäische Union kündigte zusätzliche 50 Millionen Euro humanitäre Hilfe an, die über die "
              "Vereinten Nationen verteilt werden sollen.")


@pytest.mark.parametrize("page,cls", [(_EN, "reactions"), (_EN, "discussion"), (_DE, "reactions")])
def test_an_articles_own_section_in_comment_named_markup_stays_body(page, cls):
    # review S en10/en12/de10: dated lines over officials' statements, no reply link nor "#11"
    result = audit_document(_THREAD_SHAPED.format(cls=cls, **page), "x.html")
    kinds = {result["text"][s["start"]:s["end"]]: s["kind"] for s in result["segments"]}
    assert kinds[page["s1"]] == "body" and kinds[page["s2"]] == "body"
    assert result["comments"] == []


_ES_COLUMN = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>La reforma de las pensiones</title></head><body>
<main><h1>El Gobierno aprueba la reforma de las pensiones con el apoyo de sus socios</h1>
<p>El Consejo de Ministros ha dado luz verde este martes al proyecto de ley, que eleva las cotizaciones de las rentas altas.</p>
<div class="{cls}">
<p>Ana García | Madrid, 12 ene. 2024 - 10:30</p>
<p>El Consejo de Ministros ha aprobado este martes la reforma de las pensiones que el ministro negoció durante meses con los agentes sociales.</p>
<p>La norma eleva de forma progresiva la base máxima de cotización y crea una cuota de solidaridad para los salarios más altos.</p>
</div></main></body></html>"""


@pytest.mark.parametrize("cls", ["comentarios-politica", "comentarios-opinion cuerpo", "comentarios-economicos"])
def test_a_column_named_comentarios_stays_the_article(cls):
    # review S es01/es08/pt01: a section's or column's name starting with the word
    result = audit_document(_ES_COLUMN.format(cls=cls), "x.html")
    kinds = {result["text"][s["start"]:s["end"]]: s["kind"] for s in result["segments"]}
    assert kinds[next(t for t in kinds if t.startswith("La norma eleva"))] == "body"
    assert result["comments"] == []


@pytest.mark.parametrize("token,zone", [
    ("comentarios", "comments"), ("comentarios_lectores", "comments"),
    ("articulo-comentarios", "comments"), ("articulo-comentarios__interior", "comments"),  # El País
    ("lista-comentarios", "comments"),
    ("comentarios-politica", ""), ("comentarios-economicos", ""), ("internet-estallido-comentarios", ""),
])
def test_comentarios_markup_is_a_thread_token(token, zone):
    from audit.load import html as _html
    assert _html._hints(token, "")[0] == zone
