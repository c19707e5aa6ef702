"""Round 41's furniture: a comment box's standing disclaimer and its platform's credit left as
the last body paragraph of a TV station's story ("Comments are posted from viewers like you and
do not always reflect the views of this station. powered by Disqus", 41b r6), and a Blogger
page's link to the rest alone on its line («Suite de l'article »») and its template line naming
the post and its own address (41a r8)."""

from __future__ import annotations

import pytest

from tests.blind_reading import LEDE, LEDE_FR, codes, repro


def _seg002(text: str) -> list[str]:
    return [span for rule, span in codes(text) if rule == "SEG002"]


_DE = ("Der Gemeinderat hat am Dienstag den Haushalt für die Stadtbibliothek nach langer Debatte "
       "über die Öffnungszeiten beschlossen.\n\n")
_ES = ("El pleno del ayuntamiento aprobó el martes el presupuesto de la biblioteca municipal tras "
       "un largo debate sobre los horarios.\n\n")
_IT = ("Il consiglio comunale ha approvato martedì il bilancio della biblioteca dopo un lungo "
       "dibattito sugli orari di apertura.\n\n")
_PT = ("A câmara municipal aprovou na terça-feira o orçamento da biblioteca depois de um longo "
       "debate sobre os horários.\n\n")


def test_the_comment_boxs_disclaimer_and_credit_are_one_piece():
    line = ("Comments are posted from viewers like you and do not always reflect the views of "
            "this station. powered by Disqus")
    assert _seg002(repro("round41b/r6_seg002")) == [line]


@pytest.mark.parametrize("text,piece", [
    # the disclaimer's other wordings: where the comments are posted, whose views are expressed
    (LEDE, "Reader comments do not necessarily reflect the views of The Daily Star."),
    (LEDE, "The views expressed in the comments do not necessarily reflect the views of this newspaper."),
    (LEDE, "Comments posted on this site do not reflect the views or opinions of the publisher."),
    # the platform's credit alone on its line, in the page's language
    (LEDE, "Powered by Viafoura"),
    (LEDE_FR, "Propulsé par Disqus"),
    # real wordings of the other languages (themes' and sites' comment notices)
    (LEDE_FR, "Les commentaires ne reflètent pas nécessairement l'opinion de la rédaction."),
    (LEDE_FR, "Les commentaires publiés n'engagent que leurs auteurs."),
    (_DE, "Die veröffentlichten Kommentare geben nicht die Ansichten von Chats Run und seinen "
          "Mitarbeitern wieder."),
    (_DE, "Leserkommentare spiegeln nicht unbedingt die Meinung der Redaktion wider."),
    (_ES, "Los comentarios son responsabilidad de sus autores y no reflejan la opinión de este medio."),
    (_IT, "I commenti non riflettono necessariamente l'opinione della redazione."),
    (_PT, "Os comentários são de responsabilidade exclusiva de seus autores e não representam a "
          "opinião deste site."),
    (_PT, "As opiniões expressas nos comentários não refletem necessariamente a opinião da Rádio "
          "Cultura FM."),
])
def test_a_comment_disclaimer_or_a_platform_credit_is_furniture(text, piece):
    assert _seg002(text + piece + "\n") == [piece]


@pytest.mark.parametrize("text,line", [
    # someone's remarks, not the readers' comments (bloomberg's statement, an eval page)
    (LEDE, "Bloomberg said in a statement after the recording became public that the comments do "
           "not reflect his commitment to criminal justice reform."),
    (LEDE, "The comments do not reflect the views of the university, a spokesman said."),
    (LEDE, "Comments made by the mayor do not reflect the views of the council."),
    (LEDE, "Comments do not reflect the views of the station, a spokesperson said."),
    # the disclaimer quoted in a story
    (LEDE, 'The manager said the remarks "do not reflect the views of this station."'),
    (LEDE, '"Comments are posted from viewers like you and do not always reflect the views of this '
           'station," the notice reads.'),
    # a story about the platform: the credit in a sentence that goes on
    (LEDE, "The site's comments are powered by Disqus, which raised $10 million last year."),
    (LEDE, "Powered by Disqus, the comment section drew 10,000 replies in a day."),
    (LEDE, "Disqus powers comments on more than 750,000 websites."),
    (LEDE_FR, "Les commentaires du ministre ne reflètent pas la position du gouvernement."),
    (_DE, "Die Kommentare des Ministers geben nicht die Haltung der Regierung wieder."),
    (_ES, "Los comentarios del ministro no reflejan la posición del Gobierno."),
    (_PT, "Os comentários do ministro não refletem a posição do governo."),
    # a site's terms (real wording): the sentence inside a paragraph that goes on
    (LEDE_FR, "SOFDECO ne filtre pas les commentaires avant leur présence sur le site web. Les "
              "commentaires ne reflètent pas les vues et opinions de SOFDECO, de ses agents et/ou "
              "de ses affiliés. Les commentaires reflètent les vues et opinions de la personne qui "
              "les publie."),
])
def test_a_sentence_about_comments_or_the_platform_stays_the_article(text, line):
    assert _seg002(text + line + "\n") == []


def test_a_blog_pages_link_to_the_rest_and_its_address_line():
    found = _seg002(repro("round41a/r8_seg002"))
    assert found[0] == "Suite de l'article »"
    assert found[1].startswith("Vous lisez maintenant l'article Saviez-vous que")
    assert found[1].endswith("https://derinfos.blogspot.com/2018/12/saviez-vous-que-la-france-finance-la.html")
    assert len(found) == 2


@pytest.mark.parametrize("text,piece", [
    (LEDE, "Continue reading →"),
    (LEDE, "Continue reading “Library budget approved” →"),
    (LEDE, "You are now reading the article Library budget approved with the link address "
           "https://example.blogspot.com/2018/12/library-budget.html"),
    (LEDE, "Read the rest of this entry »"),  # WordPress's Kubrick theme
    (LEDE_FR, "La suite de l'article →"),
])
def test_a_link_to_the_rest_alone_on_its_line_is_navigation(text, piece):
    assert _seg002(text + piece + "\n") == [piece]


@pytest.mark.parametrize("text,line", [
    (LEDE, "Continue reading the report, the judge told the jury."),
    (LEDE_FR, "La suite de l'article dépendra de l'enquête."),
    (LEDE_FR, "Lire la suite de ce feuilleton, c'est retrouver les mêmes personnages."),
    # the reprint's credit is read by reprint_cues, not as this link
    (LEDE_FR, "Vous lisez maintenant l'article de notre confrère, publié hier sur son site."),
])
def test_the_words_in_a_sentence_stay_the_article(text, line):
    assert _seg002(text + line + "\n") == []
