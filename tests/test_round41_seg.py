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


# Review of seg41 (reviewG): a story's sentence about someone's remarks, with the ordinary
# article («Les commentaires …») or a bare "Comments", attributed after a comma or owned by
# whoever is disowning them, is the reporter's; the comment box's notice names the readers (or
# where they post) or the outlet as the owner of the views.
_FR_STORY = ("Les déclarations du porte-parole du gouvernement, mardi soir sur France 2, ont "
             "provoqué un tollé dans l'opposition.\n\nInterrogé mercredi matin, le ministère du "
             "Travail a tenté d'éteindre l'incendie.\n\n")
_NEXT_FR = "\n\nLes syndicats doivent être reçus jeudi à Matignon.\n"


@pytest.mark.parametrize("text,line", [
    (_FR_STORY, "Les commentaires ne reflètent pas la position du gouvernement, a précisé le "
                "ministère dans un communiqué."),                                    # p01
    (LEDE_FR, "Les commentaires ne reflètent pas l'opinion de la municipalité, selon le cabinet "
              "du maire."),                                                          # g11
    (_ES, "Los comentarios no reflejan la posición del Ayuntamiento, aclaró la portavoz municipal."),
    (_IT, "I commenti non riflettono la posizione della giunta, ha precisato il portavoce del "
          "presidente."),
    (_PT, "Os comentários não refletem a posição da autarquia, esclareceu a porta-voz."),
    (_DE, "Die Kommentare geben nicht die Haltung der Stadtverwaltung wieder."),  # q01, no attribution
    (_DE, "Die Kommentare geben nicht die Haltung der Stadt wieder, teilte ein Sprecher mit."),
    (LEDE, "Comments do not reflect the views of the council, according to a statement from the "
           "mayor's office."),                                                       # g09
    (LEDE, "Comments do not reflect the views of Hy-Vee or its employees."),        # p05
    # a qualified subject, attributed all the same
    (LEDE_FR, "Les commentaires publiés ne reflètent pas la position du parti, d'après son porte-parole."),
    (LEDE, "Reader comments do not reflect the views of the newspaper, its editor stated."),
])
def test_someones_remarks_disowned_in_a_story_stay_the_article(text, line):
    assert _seg002(text + line + _NEXT_FR) == []


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


# A platform's credit after a question in a story about the platform is the story's
# (reviewG R3): the credit is furniture alone on its line, or closing the comment notice
@pytest.mark.parametrize("text,line", [
    (LEDE, "The chain had previously used Disqus. Its comment section? Powered by Viafoura."),
    (LEDE, "Its comment section? Powered by Viafoura."),                             # p10, h01
    (_IT, "Lo spazio commenti del quotidiano? Offerto da Vuukle."),                  # q08
    (LEDE, "Some publishers found the costs too high. Most smaller sites used a free plugin. "
           "Powered by Disqus."),                                                    # p11
])
def test_a_platform_credit_inside_a_story_stays_the_article(text, line):
    assert _seg002(text + line + "\n") == []


@pytest.mark.parametrize("text,piece", [
    # bare subject, the outlet owning the views
    (LEDE, "Comments do not necessarily reflect the views of this newspaper."),
    (LEDE_FR, "Les commentaires ne reflètent pas forcément l'opinion du journal."),
    (_ES, "Los comentarios no reflejan necesariamente la opinión de este medio."),
    (_IT, "I commenti non rispecchiano necessariamente il pensiero della redazione."),
    (_DE, "Die Kommentare geben nicht unbedingt die Meinung der Redaktion wieder."),
    # a qualified subject (the readers, or where they post), any owner
    (LEDE_FR, "Les commentaires des lecteurs ne reflètent pas l'opinion du Courrier picard."),
    (_IT, "I commenti dei lettori non riflettono l'opinione di Garben TV."),
    (_PT, "Os comentários dos leitores não refletem a opinião do Liberdade News."),
])
def test_the_notice_naming_the_readers_or_the_outlet_is_furniture(text, piece):
    assert _seg002(text + piece + "\n") == [piece]


# The link to the rest in it/es/pt and the New York Times' line (reviewG: the family was en
# and fr only), alone on its line; the words in a sentence stay the article
@pytest.mark.parametrize("text,piece", [
    (LEDE, "Continue reading the main story"),                                      # 39b en15's
    (_IT, "Continua a leggere"),
    (_ES, "Seguir leyendo »"),
    (_PT, "Continuar lendo →"),
])
def test_a_link_to_the_rest_in_other_languages_is_navigation(text, piece):
    assert _seg002(text + piece + "\n\nLa fine.\n") == [piece]


@pytest.mark.parametrize("text,line", [
    (LEDE, "Continue reading the main story of the trial, the judge told the jury."),
    (_IT, "Continua a leggere i verbali, ha detto il giudice ai giurati."),
    (_ES, "Seguir leyendo en papel es una costumbre que resiste."),
    (_PT, "Continuar lendo jornais impressos é um hábito de muitos leitores."),
])
def test_the_link_words_in_a_sentence_stay_the_article(text, line):
    assert _seg002(text + line + "\n") == []
