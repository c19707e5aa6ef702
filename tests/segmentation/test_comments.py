"""Comments: a reader thread kept apart from the article (a comment quoting the body, El Mundo's
"comentarios" markup and its stamps), the comment box's furniture (disclaimers, platform credits,
Akismet's notice) as SEG002; the same words in a story stay the article. Each block comes from a
round's file, named above it. The cases that read the text SEG002 points at or one segment's kind
on one text are rows of ``SEG002_SPANS`` and ``SEGMENT_KINDS``, each id naming its old file, test
and case."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from tests.blind_reading import DATA, LEDE, LEDE_FR, codes, repro
from tests.conftest import OPT_IN_CIT
from tests.segmentation.reading import seg002_spans, seg002_spans_test, segment_kind_test, segment_kinds
from tests.segmentation.texts import LEDE_ES, LEDE_IT, LEDE_PT


# from tests/test_round21_seg.py

# 21a r3: a comment repeating a body paragraph; trafilatura's verdict matches text, not places
_THREAD_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head>
<body><article><h1>{title}</h1>
<p>{lede}</p>
<p>{quoted}</p>
</article>
<section class="comments"><h2>{label}</h2>
<div class="comment"><p class="author">Marc_QC</p><p>{quoted}</p></div>
<div class="comment"><p class="author">Julie T.</p><p>{other}</p></div>
</section></body></html>"""


@pytest.mark.parametrize("page", [
    dict(lang="fr", title="Conquérantes, les entreprises québécoises", label="Commentaires",
         lede="Les entreprises québécoises sont bien plus nombreuses à faire des acquisitions à "
              "l’étranger que l’inverse, selon des données compilées par le Journal de Montréal.",
         quoted="Selon des sources bien informées, la Caisse aurait dépensé 200 milliards de "
                "dollars (150 milliards d’euros) en dix ans.",
         other="Bravo aux entrepreneurs d’ici."),
    dict(lang="en", title="Council approves the new library budget", label="Comments",
         lede="The city council voted on Tuesday to approve the budget of the new central library "
              "after a long debate about its cost and its opening hours.",
         quoted="The library will cost 12 million dollars and open its doors to readers in the "
                "spring of next year, the mayor said.",
         other="Great news for our kids."),
])
def test_a_comment_quoting_the_body_stays_a_comment(page):
    article = audit_document(_THREAD_PAGE.format(**page), "x.html")
    assert [c["text"] for c in article["comments"]] == [page["quoted"], page["other"]]
    body = [article["text"][s["start"]:s["end"]] for s in article["segments"] if s["kind"] == "body"]
    assert body.count(page["quoted"]) == 1  # the article's paragraph is still the body's


def test_a_comment_of_its_own_stays_a_comment():
    page = _THREAD_PAGE.replace("<div class=\"comment\"><p class=\"author\">Marc_QC</p><p>{quoted}</p></div>\n", "")
    article = audit_document(page.format(
        lang="en", title="Council approves the new library budget", label="Comments",
        lede="The city council voted on Tuesday to approve the budget of the new central library "
             "after a long debate about its cost and its opening hours.",
        quoted="The library will cost 12 million dollars and open its doors to readers in the "
               "spring of next year, the mayor said.",
        other="Great news for our kids."), "x.html")
    assert [c["text"] for c in article["comments"]] == ["Great news for our kids."]
    body = "".join(article["text"][s["start"]:s["end"]] for s in article["segments"] if s["kind"] == "body")
    assert "12 million dollars" in body


# from tests/test_round40_seg.py

_FORUM = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Foro: motos</title></head><body>
<h1>¿Qué moto me compro para empezar?</h1>
<div id="comentarios">
<div class="post"><div class="usuario">PepeChan 28.oct.2012 | 11:26</div>
<p>Hola a todos, quiero comprarme mi primera moto y no sé si elegir una de 125 o sacarme directamente el carné A2.</p></div>
<div class="post"><div class="usuario">ponsshan1 28.oct.2012 | 11:30</div>
<p>Yo empecé con una 125 de segunda mano y la vendí al año sin perder dinero, te lo recomiendo de verdad.</p></div>
</div></body></html>"""


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


_ES_COLUMN = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>La reforma de las pensiones</title></head><body>
<main><h1>El Gobierno aprueba la reforma de las pensiones con el apoyo de sus socios</h1>
<p>El Consejo de Ministros ha dado luz verde este martes al proyecto de ley, que eleva las cotizaciones de las rentas altas.</p>
<div class="{cls}">
<p>Ana García | Madrid, 12 ene. 2024 - 10:30</p>
<p>El Consejo de Ministros ha aprobado este martes la reforma de las pensiones que el ministro negoció durante meses con los agentes sociales.</p>
<p>La norma eleva de forma progresiva la base máxima de cotización y crea una cuota de solidaridad para los salarios más altos.</p>
</div></main></body></html>"""


def test_el_mundos_reader_comments_under_comentarios():
    result = audit_document(repro("round40b/r8_reader_comment"), "r8.html")
    text = result["text"]
    body = " ".join(text[s["start"]:s["end"]] for s in result["segments"] if s["kind"] == "body")
    assert [c["author"] for c in result["comments"]] == ["PepeChan", "ponsshan1"]
    assert result["comments"][0]["text"].startswith("Su cara lo dice todo")
    assert "Su cara" not in body and "amiguetes de Bildu" not in body
    assert "Importante golpe a la banda terrorista" in body


def test_a_forums_posts_in_comentarios_markup_are_not_forced_into_the_thread():
    # no prose of an article outside the markup: the posts are the page's text, as before
    kinds = segment_kinds(_FORUM, "forum.html")
    first = next(k for t, k in kinds.items() if t.startswith("Hola a todos"))
    assert first == "body"


@pytest.mark.parametrize("line,stamp", [
    ("PepeChan 28.oct.2012 | 11:26", True),
    ("28 oct. 2012 a las 11:26", True),
    # a teaser's date has no time of day (es.yml's note on cubadebate.cu)
    ("Sevilla | 28 oct. 2012", False),
])
def test_a_spanish_stamp_with_its_month_cut_short(line, stamp):
    from audit.lexicon import get_lexicon
    assert (get_lexicon().comment_stamp.search(line) is not None) is stamp


@pytest.mark.parametrize("page,cls", [(_EN, "reactions"), (_EN, "discussion"), (_DE, "reactions")])
def test_an_articles_own_section_in_comment_named_markup_stays_body(page, cls):
    # review S en10/en12/de10: dated lines over officials' statements, no reply link nor "#11"
    result = audit_document(_THREAD_SHAPED.format(cls=cls, **page), "x.html")
    kinds = {result["text"][s["start"]:s["end"]]: s["kind"] for s in result["segments"]}
    assert kinds[page["s1"]] == "body" and kinds[page["s2"]] == "body"
    assert result["comments"] == []


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


# from tests/test_round41_seg.py

_DE_r41 = ("Der Gemeinderat hat am Dienstag den Haushalt für die Stadtbibliothek nach langer Debatte "
       "über die Öffnungszeiten beschlossen.\n\n")


# Review of seg41 (reviewG): a story's sentence about someone's remarks, with the ordinary
# article («Les commentaires …») or a bare "Comments", attributed after a comma or owned by
# whoever is disowning them, is the reporter's; the comment box's notice names the readers (or
# where they post) or the outlet as the owner of the views.
_FR_STORY = ("Les déclarations du porte-parole du gouvernement, mardi soir sur France 2, ont "
             "provoqué un tollé dans l'opposition.\n\nInterrogé mercredi matin, le ministère du "
             "Travail a tenté d'éteindre l'incendie.\n\n")


_NEXT_FR = "\n\nLes syndicats doivent être reçus jeudi à Matignon.\n"


def test_someones_remarks_in_an_html_story_stay_the_article():
    page = ("<!doctype html><html lang=\"fr\"><head><title>Polémique après les propos du "
            "porte-parole</title></head><body><article><h1>Polémique après les propos du "
            "porte-parole</h1><p>Les déclarations du porte-parole du gouvernement, mardi soir sur "
            "France 2, ont provoqué un tollé dans l'opposition, qui dénonce « un mépris des "
            "syndicats ».</p><p>Interrogé mercredi, le ministère du Travail a tenté d'éteindre "
            "l'incendie.</p><p>Les commentaires ne reflètent pas la position du gouvernement, a "
            "précisé le ministère.</p><p>Les syndicats doivent être reçus jeudi à Matignon.</p>"
            "</article></body></html>")                                              # h02
    assert [s for r, s in codes(page, "x.html") if r == "SEG002"] == []


# from tests/test_review7.py

REVIEW7 = DATA / "review7"


def _page(name: str, settings=None) -> dict:
    return audit_document((REVIEW7 / name).read_text(encoding="utf-8"), name, settings=settings)


def _body(doc: dict) -> int:
    return sum(s["end"] - s["start"] for s in doc["segments"] if s["kind"] == "body")


def _codes(doc: dict) -> list[str]:
    return [f["rule"] for f in doc["findings"]]


def test_an_opinion_layouts_commentary_class_is_no_thread():
    doc = _page("h_en_commentary_text.html", OPT_IN_CIT)  # CIT004 in English is opt-in
    assert doc["title"] == "Why the county should not sell its water utility"
    assert not doc["comments"] and _body(doc) > 500
    assert "CIT004" in _codes(doc) and "SEG001" not in _codes(doc)


def test_a_discussion_wrapper_holding_the_article_and_its_h1_is_no_thread():
    doc = _page("h_en_discussion.html")
    assert doc["title"] == "Why the county should not sell its water utility"
    assert not doc["comments"]


def test_a_comment_list_after_the_article_is_still_the_thread():
    html = ("<html><body><article><h1>Council votes to close the pool</h1><p>The council voted 5 to 2 on "
            "Tuesday to close the municipal pool at the end of the summer, citing repair costs.</p>"
            "<p>The pool opened in 1968 and has been patched every year since.</p></article>"
            "<div id=\"comments\" class=\"comments-area\"><h1>2 Kommentare</h1><ol class=\"comment-list\">"
            "<li class=\"comment\"><div class=\"comment-author\">Ann</div><div class=\"comment-content\">"
            "<p>I learned to swim there and I will miss it terribly every summer.</p></div></li>"
            "</ol></div></body></html>")
    doc = audit_document(html, "x.html")
    assert doc["title"] == "Council votes to close the pool"
    assert any("I learned to swim there" in c["text"] for c in doc["comments"])


def test_a_reporters_dated_notebook_in_the_article_stays_the_article():
    doc = _page("h_en_liveblog.html", OPT_IN_CIT)  # CIT004 in English is opt-in
    assert not doc["comments"] and _body(doc) > 1200
    assert "CIT004" in _codes(doc)  # "Sources say the defense will ask for a mistrial"


def test_a_war_diary_and_its_closing_paragraph_stay_the_article():
    doc = _page("h_fr_journal.html")
    assert not doc["comments"] and _body(doc) > 1500
    assert "Olena Kovalenko espère" in doc["text"]


# the kind of one segment of each text; the id names the old test it came from (file, test,
# case)
SEGMENT_KINDS = [
    # from tests/test_round40_seg.py::test_wordpress_akismet_notice_in_the_repro
    pytest.param(repro("round40b/r9_widget_lines"),
                 "This site uses Akismet to reduce spam. Learn how your comment data is "
                 "processed.",
                 "boilerplate",
                 id="round40_seg-wordpress_akismet_notice_in_the_repro"),
    # from tests/test_round40_seg.py::test_the_akismet_notice_alone_on_its_line_in_six_languages
    # review S: de/es/it/pt were read as a form's short lines, and the notice has 17 words
    # the plugin's own wordings (its WordPress translations)
    pytest.param(_ARTICLE["en"]
                 + "This site uses Akismet to reduce spam. Learn how your comment data is "
                   "processed.\n",
                 "This site uses Akismet to reduce spam. Learn how your comment data is "
                 "processed.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-0"),
    pytest.param(_ARTICLE["fr"]
                 + "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la "
                   "façon dont les données de vos commentaires sont traitées.\n",
                 "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la "
                 "façon dont les données de vos commentaires sont traitées.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-1"),
    pytest.param(_ARTICLE["de"]
                 + "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, "
                   "wie deine Kommentardaten verarbeitet werden.\n",
                 "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, "
                 "wie deine Kommentardaten verarbeitet werden.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-2"),
    pytest.param(_ARTICLE["es"]
                 + "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los "
                   "datos de tus comentarios.\n",
                 "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los "
                 "datos de tus comentarios.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-3"),
    pytest.param(_ARTICLE["it"]
                 + "Questo sito utilizza Akismet per ridurre lo spam. Scopri come vengono "
                   "elaborati i dati derivati dai commenti.\n",
                 "Questo sito utilizza Akismet per ridurre lo spam. Scopri come vengono "
                 "elaborati i dati derivati dai commenti.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-4"),
    pytest.param(_ARTICLE["pt"]
                 + "Este site utiliza o Akismet para reduzir spam. Fica a saber como são "
                   "processados os dados dos comentários.\n",
                 "Este site utiliza o Akismet para reduzir spam. Fica a saber como são "
                 "processados os dados dos comentários.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-5"),
    pytest.param(_ARTICLE["pt"]
                 + "Esse site utiliza o Akismet para reduzir spam. Aprenda como seus dados de "
                   "comentários são processados.\n",
                 "Esse site utiliza o Akismet para reduzir spam. Aprenda como seus dados de "
                 "comentários são processados.",
                 "boilerplate",
                 id="round40_seg-the_akismet_notice_alone_on_its_line_in_six_languages-6"),
    # from tests/test_round40_seg.py::test_prose_quoting_the_akismet_notice_stays_body
    pytest.param(_ARTICLE["en"].replace("Leave a Reply\n\n", "")
                 + "This site uses Akismet to reduce spam. That sentence, printed under the "
                   "comment form of millions of blogs, is how most readers meet the service.\n\n"
                   "The company said spam had risen last year.\n",
                 "This site uses Akismet to reduce spam. That sentence, printed under the "
                 "comment form of millions of blogs, is how most readers meet the service.",
                 "body",
                 id="round40_seg-prose_quoting_the_akismet_notice_stays_body-0"),
    pytest.param(_ARTICLE["it"].replace("Leave a Reply\n\n", "")
                 + "Questo sito utilizza Akismet per ridurre lo spam, ha spiegato l'assessore, e "
                   "lo stesso vale per tutti i portali del Comune.\n\nThe company said spam had "
                   "risen last year.\n",
                 "Questo sito utilizza Akismet per ridurre lo spam, ha spiegato l'assessore, e "
                 "lo stesso vale per tutti i portali del Comune.",
                 "body",
                 id="round40_seg-prose_quoting_the_akismet_notice_stays_body-1"),
]

test_the_segment_kind_read = segment_kind_test(SEGMENT_KINDS)


# the text each SEG002 finding points at on each text; the id names the old test it came
# from (file, test, case)
SEG002_SPANS = [
    # from tests/test_round41_seg.py::test_the_comment_boxs_disclaimer_and_credit_are_one_piece
    pytest.param(repro("round41b/r6_seg002"),
                 ['Comments are posted from viewers like you and do not always reflect the views of this station. powered by Disqus'],
                 id="round41_seg-the_comment_boxs_disclaimer_and_credit_are_one_piece"),
    # from tests/test_round41_seg.py::test_a_comment_disclaimer_or_a_platform_credit_is_furniture
    # the disclaimer's other wordings: where the comments are posted, whose views are expressed
    pytest.param(LEDE
                 + "Reader comments do not necessarily reflect the views of The Daily Star.\n",
                 ['Reader comments do not necessarily reflect the views of The Daily Star.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-0"),
    pytest.param(LEDE
                 + "The views expressed in the comments do not necessarily reflect the views of "
                   "this newspaper.\n",
                 ['The views expressed in the comments do not necessarily reflect the views of this newspaper.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-1"),
    pytest.param(LEDE
                 + "Comments posted on this site do not reflect the views or opinions of the "
                   "publisher.\n",
                 ['Comments posted on this site do not reflect the views or opinions of the publisher.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-2"),
    # the platform's credit alone on its line, in the page's language
    pytest.param(LEDE + "Powered by Viafoura\n",
                 ['Powered by Viafoura'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-3"),
    pytest.param(LEDE_FR + "Propulsé par Disqus\n",
                 ['Propulsé par Disqus'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-4"),
    # real wordings of the other languages (themes' and sites' comment notices)
    pytest.param(LEDE_FR
                 + "Les commentaires ne reflètent pas nécessairement l'opinion de la rédaction.\n",
                 ["Les commentaires ne reflètent pas nécessairement l'opinion de la rédaction."],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-5"),
    pytest.param(LEDE_FR + "Les commentaires publiés n'engagent que leurs auteurs.\n",
                 ["Les commentaires publiés n'engagent que leurs auteurs."],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-6"),
    pytest.param(_DE_r41
                 + "Die veröffentlichten Kommentare geben nicht die Ansichten von Chats Run und "
                   "seinen Mitarbeitern wieder.\n",
                 ['Die veröffentlichten Kommentare geben nicht die Ansichten von Chats Run und seinen Mitarbeitern wieder.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-7"),
    pytest.param(_DE_r41
                 + "Leserkommentare spiegeln nicht unbedingt die Meinung der Redaktion wider.\n",
                 ['Leserkommentare spiegeln nicht unbedingt die Meinung der Redaktion wider.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-8"),
    pytest.param(LEDE_ES
                 + "Los comentarios son responsabilidad de sus autores y no reflejan la opinión de "
                   "este medio.\n",
                 ['Los comentarios son responsabilidad de sus autores y no reflejan la opinión de este medio.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-9"),
    pytest.param(LEDE_IT
                 + "I commenti non riflettono necessariamente l'opinione della redazione.\n",
                 ["I commenti non riflettono necessariamente l'opinione della redazione."],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-10"),
    pytest.param(LEDE_PT
                 + "Os comentários são de responsabilidade exclusiva de seus autores e não "
                   "representam a opinião deste site.\n",
                 ['Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-11"),
    pytest.param(LEDE_PT
                 + "As opiniões expressas nos comentários não refletem necessariamente a opinião "
                   "da Rádio Cultura FM.\n",
                 ['As opiniões expressas nos comentários não refletem necessariamente a opinião da Rádio Cultura FM.'],
                 id="round41_seg-a_comment_disclaimer_or_a_platform_credit_is_furniture-12"),
    # from tests/test_round41_seg.py::test_a_sentence_about_comments_or_the_platform_stays_the_article
    # someone's remarks, not the readers' comments (bloomberg's statement, an eval page)
    pytest.param(LEDE
                 + "Bloomberg said in a statement after the recording became public that the "
                   "comments do not reflect his commitment to criminal justice reform.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-0"),
    pytest.param(LEDE
                 + "The comments do not reflect the views of the university, a spokesman said.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-1"),
    pytest.param(LEDE + "Comments made by the mayor do not reflect the views of the council.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-2"),
    pytest.param(LEDE + "Comments do not reflect the views of the station, a spokesperson said.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-3"),
    # the disclaimer quoted in a story
    pytest.param(LEDE
                 + 'The manager said the remarks "do not reflect the views of this station."\n',
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-4"),
    pytest.param(LEDE
                 + '"Comments are posted from viewers like you and do not always reflect the views '
                   'of this station," the notice reads.\n',
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-5"),
    # a story about the platform: the credit in a sentence that goes on
    pytest.param(LEDE
                 + "The site's comments are powered by Disqus, which raised $10 million last "
                   "year.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-6"),
    pytest.param(LEDE + "Powered by Disqus, the comment section drew 10,000 replies in a day.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-7"),
    pytest.param(LEDE + "Disqus powers comments on more than 750,000 websites.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-8"),
    pytest.param(LEDE_FR
                 + "Les commentaires du ministre ne reflètent pas la position du gouvernement.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-9"),
    pytest.param(_DE_r41
                 + "Die Kommentare des Ministers geben nicht die Haltung der Regierung wieder.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-10"),
    pytest.param(LEDE_ES + "Los comentarios del ministro no reflejan la posición del Gobierno.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-11"),
    pytest.param(LEDE_PT + "Os comentários do ministro não refletem a posição do governo.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-12"),
    # a site's terms (real wording): the sentence inside a paragraph that goes on
    pytest.param(LEDE_FR
                 + "SOFDECO ne filtre pas les commentaires avant leur présence sur le site web. "
                   "Les commentaires ne reflètent pas les vues et opinions de SOFDECO, de ses "
                   "agents et/ou de ses affiliés. Les commentaires reflètent les vues et opinions "
                   "de la personne qui les publie.\n",
                 [],
                 id="round41_seg-a_sentence_about_comments_or_the_platform_stays_the_article-13"),
    # from tests/test_round41_seg.py::test_someones_remarks_disowned_in_a_story_stay_the_article
    # p01
    pytest.param(_FR_STORY
                 + "Les commentaires ne reflètent pas la position du gouvernement, a précisé le "
                   "ministère dans un communiqué." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-0"),
    # g11
    pytest.param(LEDE_FR
                 + "Les commentaires ne reflètent pas l'opinion de la municipalité, selon le "
                   "cabinet du maire." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-1"),
    pytest.param(LEDE_ES
                 + "Los comentarios no reflejan la posición del Ayuntamiento, aclaró la portavoz "
                   "municipal." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-2"),
    pytest.param(LEDE_IT
                 + "I commenti non riflettono la posizione della giunta, ha precisato il portavoce "
                   "del presidente." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-3"),
    pytest.param(LEDE_PT
                 + "Os comentários não refletem a posição da autarquia, esclareceu a porta-voz."
                 + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-4"),
    # q01, no attribution
    pytest.param(_DE_r41 + "Die Kommentare geben nicht die Haltung der Stadtverwaltung wieder."
                 + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-5"),
    pytest.param(_DE_r41
                 + "Die Kommentare geben nicht die Haltung der Stadt wieder, teilte ein Sprecher "
                   "mit." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-6"),
    # g09
    pytest.param(LEDE
                 + "Comments do not reflect the views of the council, according to a statement "
                   "from the mayor's office." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-7"),
    # p05
    pytest.param(LEDE + "Comments do not reflect the views of Hy-Vee or its employees." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-8"),
    # a qualified subject, attributed all the same
    pytest.param(LEDE_FR
                 + "Les commentaires publiés ne reflètent pas la position du parti, d'après son "
                   "porte-parole." + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-9"),
    pytest.param(LEDE
                 + "Reader comments do not reflect the views of the newspaper, its editor stated."
                 + _NEXT_FR,
                 [],
                 id="round41_seg-someones_remarks_disowned_in_a_story_stay_the_article-10"),
    # from tests/test_round41_seg.py::test_a_platform_credit_inside_a_story_stays_the_article
    # A platform's credit after a question in a story about the platform is the story's
    # (reviewG R3): the credit is furniture alone on its line, or closing the comment notice
    pytest.param(LEDE + "The chain had previously used Disqus. Its comment section? Powered by "
                 "Viafoura.\n",
                 [],
                 id="round41_seg-a_platform_credit_inside_a_story_stays_the_article-0"),
    # p10, h01
    pytest.param(LEDE + "Its comment section? Powered by Viafoura.\n",
                 [],
                 id="round41_seg-a_platform_credit_inside_a_story_stays_the_article-1"),
    # q08
    pytest.param(LEDE_IT + "Lo spazio commenti del quotidiano? Offerto da Vuukle.\n",
                 [],
                 id="round41_seg-a_platform_credit_inside_a_story_stays_the_article-2"),
    # p11
    pytest.param(LEDE
                 + "Some publishers found the costs too high. Most smaller sites used a free "
                   "plugin. Powered by Disqus.\n",
                 [],
                 id="round41_seg-a_platform_credit_inside_a_story_stays_the_article-3"),
    # from tests/test_round41_seg.py::test_the_notice_naming_the_readers_or_the_outlet_is_furniture
    # bare subject, the outlet owning the views
    pytest.param(LEDE + "Comments do not necessarily reflect the views of this newspaper.\n",
                 ['Comments do not necessarily reflect the views of this newspaper.'],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-0"),
    pytest.param(LEDE_FR + "Les commentaires ne reflètent pas forcément l'opinion du journal.\n",
                 ["Les commentaires ne reflètent pas forcément l'opinion du journal."],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-1"),
    pytest.param(LEDE_ES
                 + "Los comentarios no reflejan necesariamente la opinión de este medio.\n",
                 ['Los comentarios no reflejan necesariamente la opinión de este medio.'],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-2"),
    pytest.param(LEDE_IT
                 + "I commenti non rispecchiano necessariamente il pensiero della redazione.\n",
                 ['I commenti non rispecchiano necessariamente il pensiero della redazione.'],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-3"),
    pytest.param(_DE_r41
                 + "Die Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.\n",
                 ['Die Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.'],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-4"),
    # a qualified subject (the readers, or where they post), any owner
    pytest.param(LEDE_FR
                 + "Les commentaires des lecteurs ne reflètent pas l'opinion du Courrier picard.\n",
                 ["Les commentaires des lecteurs ne reflètent pas l'opinion du Courrier picard."],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-5"),
    pytest.param(LEDE_IT + "I commenti dei lettori non riflettono l'opinione di Garben TV.\n",
                 ["I commenti dei lettori non riflettono l'opinione di Garben TV."],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-6"),
    pytest.param(LEDE_PT
                 + "Os comentários dos leitores não refletem a opinião do Liberdade News.\n",
                 ['Os comentários dos leitores não refletem a opinião do Liberdade News.'],
                 id="round41_seg-the_notice_naming_the_readers_or_the_outlet_is_furniture-7"),
]

test_the_seg002_spans_read = seg002_spans_test(SEG002_SPANS)
