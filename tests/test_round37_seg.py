"""Blind round 37 (2026-12-06): page furniture kept as body in four languages (37b r7-r10: a
related-links label, a comment form's login prompt, a comment call to action, an icon font's
ligature names), and dates missed (37b r5: a time in brackets after the dateline's date; 37b
r6: a clock stamp opening the post; 37a r7: a "Last modified" line, left unread by design).
The testers' repro texts, other real wordings of the same widgets, and negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.dates import _clock_stamp, _dateline
from audit.segment.cues import is_icon_word_label
from audit.pipeline import audit_document
from tests.conftest import assert_partition, kinds_by_line, run

_ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _repro(name: str) -> tuple[str, str]:
    path = next((_ROUNDS / name.split("/")[0] / "repro").glob(name.split("/")[1] + "*"))
    return path.read_text(), path.name


def _kinds(text: str, name: str = "page.txt") -> dict[str, str]:
    result = run(text, name)
    assert_partition(result)
    return {t.strip(): k for k, t in kinds_by_line(result)}


# -- furniture out of the body ---------------------------------------------------------------

@pytest.mark.parametrize("repro,furniture", [
    ("round37b/r7_seg002_related_es", ["También te podría gustar..."]),
    ("round37b/r8_seg002_commentform_it", ["Leave a Reply", "Devi essere connesso per pubblicare un commento."]),
    ("round37b/r9_seg002_comment_de", ["Hinterlasse jetzt einen Kommentar"]),
    ("round37b/r10_seg002_nav_pt", ["arrow_back_ios Voltar para listagem remove_red_eye 591 visualizações",
                                    "collections FOTOS DA NOTÍCIA"]),
])
def test_round37_furniture_leaves_the_body(repro, furniture):
    text, name = _repro(repro)
    kinds = _kinds(text, name)
    for line in furniture:
        assert kinds[line] == "boilerplate", line
    assert sum(k == "body" for k in kinds.values()) >= 1  # the story stays


_LEDE = ("Due le procure che indagano, Palermo e Termini Imerese. Stamattina sono stati spenti gli "
         "ultimi focolai. Alfano promette una reazione durissima dello stato contro i piromani.\n\n")


@pytest.mark.parametrize("text,furniture", [
    # tg.la7.it's box under a story: its label, then the next box's
    ("Sicilia, gli incendi sono dolosi\n\n" + _LEDE + "Ti potrebbe interessare\n\nI più visti\n\ncondividi\n",
     ["Ti potrebbe interessare", "I più visti"]),
    # a Brazilian radio's news page: the comment box's call under the story
    ("Acesso liberado: prefeitura emite comunicado\n\nA prefeitura emitiu um comunicado informando que o "
     "decreto proibindo a realização de eventos com mais de 30 pessoas não se aplica a Câmara de "
     "Vereadores.\n\nCONFIRA O COMUNICADO\n\nDeixe o seu comentário!\n", ["Deixe o seu comentário!"]),
    # WordPress's own login prompts under a closed form (its translations' wordings)
    ("Sicilia, gli incendi sono dolosi\n\n" + _LEDE + "Devi essere connesso per inviare un commento.\n",
     ["Devi essere connesso per inviare un commento."]),
    ("Kabel BW soll gekauft werden\n\nAktuell prüfen die Kartellbehörden den Erwerb des Kabelnetzbetreibers "
     "Kabel BW durch die amerikanische Liberty Global Inc. für 3,16 Milliarden Euro.\n\n"
     "Du musst angemeldet sein, um einen Kommentar abzugeben.\n",
     ["Du musst angemeldet sein, um einen Kommentar abzugeben."]),
    ("El Pleno aprueba el Presupuesto\n\nEl Pleno de la Corporación aprobó ayer de forma definitiva el "
     "Presupuesto Municipal para 2019, con los votos del equipo de gobierno.\n\n"
     "Lo siento, debes estar conectado para publicar un comentario.\n",
     ["Lo siento, debes estar conectado para publicar un comentario."]),
    ("PREFEITO REALIZA REUNIÃO\n\nO prefeito realizou na tarde de terça-feira (20) uma reunião para tratar "
     "sobre a segurança pública do município, com a presença das polícias.\n\n"
     "Você precisa fazer o login para publicar um comentário.\n",
     ["Você precisa fazer o login para publicar um comentário."]),
    # a German news page's bookmark button (eval page): icon name, then the link
    ("Winterausstellung eröffnet\n\nschedule 12.01.2024\n\nDie Ausstellung zeigt ab Freitag Bilder von "
     "zwölf Künstlern aus der Region, der Eintritt ist frei.\n\nbookmark_border Auf die Merkliste\n",
     ["bookmark_border Auf die Merkliste", "schedule 12.01.2024"]),
])
def test_other_wordings_of_the_same_widgets(text, furniture):
    kinds = _kinds(text)
    for line in furniture:
        assert kinds[line] == "boilerplate", line


@pytest.mark.parametrize("text,prose", [
    # the same words in a sentence of the story
    ("El Pleno aprueba el Presupuesto\n\nTe puede interesar saber que el Pleno aprobó ayer el Presupuesto "
     "Municipal para 2019 con los votos del equipo de gobierno.\n",
     "Te puede interesar saber que el Pleno aprobó ayer el Presupuesto"),
    ("Il sindaco risponde\n\nDevi essere connesso per pubblicare un commento sul sito del Comune, ha spiegato "
     "il sindaco ai cittadini durante l'assemblea di ieri sera.\n",
     "Devi essere connesso per pubblicare un commento sul sito"),
    # a one-word icon name is an English word: no icon font on the page, the line is the story's
    ("Council sets a date\n\nThe council met on Tuesday and agreed to\nschedule Monday's vote on the budget "
     "after the hearing.\n", "schedule Monday's vote on the budget"),
    # a line wrapped in a sentence goes on in small letters after the name
    ("Winterausstellung eröffnet\n\nbookmark_border Auf die Merkliste\n\nDie Künstler wollen ihre Bilder\n"
     "share with the visitors, so the curator said in English on Friday at the opening.\n",
     "share with the visitors, so the curator said"),
])
def test_the_cues_leave_prose_alone(text, prose):
    kinds = _kinds(text)
    line = next(t for t in kinds if t.startswith(prose))
    assert kinds[line] == "body", line


# -- dates ----------------------------------------------------------------------------------

def test_dateline_with_its_time_in_brackets():
    # 37b r5: "17 de junio de 2025 (21:06 WEST)", then "Actualizado el 18 de junio de 2025"
    text, name = _repro("round37b/r5_date_missed_es")
    assert str(audit_document(text, name)["published"]) == "2025-06-17"


@pytest.mark.parametrize("line,expected", [
    ("17 de junio de 2025 (21:06 WEST)", "2025-06-17"),
    ("June 17, 2025 (10:30 a.m.)", None),        # a bare hour in brackets: an event's as often
    ("June 17, 2025 (10:30 a.m. ET)", "2025-06-17"),
    ("17 de junio de 2025 (21:06 GMT+1)", "2025-06-17"),
    ("20 de julio de 2025 (21:00 h)", None),
    ("17.06.2025 (19:00 Uhr)", None),
    ("17 de junio de 2025 (EFE)", None),        # an agency's name is no time
    ("17 de junio de 2025 (1945)", None),       # nor a year in brackets
    ("Le débarquement du 6 juin 1944 (10:30)", None),
])
def test_time_in_brackets_after_a_dateline(line, expected):
    day = _dateline(line, "es", zoned=True)
    assert (str(day) if day else None) == expected


def test_clock_stamp_opening_a_post():
    # 37b r6: "Thu May 29 15:20:00 UTC 2025: Please provide the text …"
    text, name = _repro("round37b/r6_date_timestamp_en")
    assert str(audit_document(text, name)["published"]) == "2025-05-29"


@pytest.mark.parametrize("line,expected", [
    ("Thu May 29 15:20:00 UTC 2025: Please provide the text", "2025-05-29"),
    ("Sat May 17 23:50:00 UTC 2025: Please provide the text", "2025-05-17"),  # round 13a, en06
    ("Thu May 29 15:20:00 2025", "2025-05-29"),     # C's asctime: no zone
    ("Fri May 29 15:20:00 UTC 2025: x", None),      # the weekday is not the date's: no clock's
    ("Thu May 29 2025", None),                       # no time to the second
    ("The log read Thu May 29 15:20:00 UTC 2025", None),  # not opening the line
])
def test_clock_stamp_shapes(line, expected):
    day = _clock_stamp(line)
    assert (str(day) if day else None) == expected


def test_last_modified_is_no_publication_date():
    # 37a r7: "13 Jui 2017" (juin or juillet) and "Last modified on mardi, 13 juin 2017 14:24":
    # an update's date is never the publication's (README, "The article's date"), even alone
    text, name = _repro("round37a/r7_date_last_modified")
    assert audit_document(text, name)["published"] is None


# -- review 2 (R5-R8): the same cues where they must not fire ----------------------------------

@pytest.mark.parametrize("text", [
    # R5: an event's date and hour under the lede, with or without a zone (review 2 e1, d3, e2, e3)
    "Gran concierto de verano en la plaza mayor\n\nLa banda municipal ofrecerá su tradicional concierto de "
    "verano con un programa dedicado a la zarzuela y a las bandas sonoras del cine.\n\nConcierto: 20 de julio "
    "de 2025 (21:00 h)\n\nLa entrada será libre hasta completar el aforo, según informó el ayuntamiento en un "
    "comunicado.\n",
    "La biblioteca reabrirá en primavera\n\nEl ayuntamiento aprobó el martes el presupuesto de la biblioteca "
    "municipal tras un largo debate sobre los horarios y el personal.\n\nEl alcalde dijo que las obras "
    "comenzarán en primavera si se confirma la subvención regional.\n\n20 de julio de 2025 (21:00 CEST)\n\n"
    "El concierto tendrá lugar en la plaza mayor con entrada libre.\n",
    "Webinaire sur la transition énergétique\n\nLa chambre de commerce organise un webinaire gratuit pour les "
    "artisans qui souhaitent rénover leurs locaux et réduire leur facture.\n\n3 juin 2025 (14h00 CET)\n\n"
    "L'inscription est obligatoire sur le site de la chambre de commerce avant la fin du mois de mai.\n",
    "Die Bibliothek öffnet im Frühjahr\n\nDer Gemeinderat hat am Dienstagabend den Haushalt für die "
    "Stadtbibliothek nach einer langen Debatte über Öffnungszeiten und Personal beschlossen.\n\nDer "
    "Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen.\n\nTermin: 17.06.2025 (19:00 Uhr)\n\n"
    "Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich, teilte die Stadt mit.\n",
    # R6: a log quoted after a lead-in closed by a colon, the line under it or a blank line down (k9, d8)
    "How to read a crash log\n\nWhen the kernel panics, the first line looks like this:\nMon Jan 15 09:00:00 "
    "UTC 2018: kernel panic - not syncing\n\nThe date is the machine's clock, which may be wrong after a "
    "power cut, so check the NTP status first.\n",
    "How to read a crash log\n\nWhen the kernel panics, the first line looks like this:\n\nMon Jan 15 "
    "09:00:00 UTC 2018: kernel panic - not syncing\n\nThe date is the machine's clock, which may be wrong "
    "after a power cut, so check the NTP status first.\n",
])
def test_an_event_or_a_log_below_the_prose_dates_no_page(text):
    assert audit_document(text, "page.txt")["published"] is None


@pytest.mark.parametrize("text,expected", [
    # the zoned time in brackets under the headline, above the prose: the page's stamp
    ("Webinaire sur la transition énergétique\n\n3 juin 2025 (14h00 CET)\n\nLa chambre de commerce organise "
     "un webinaire gratuit pour les artisans qui souhaitent rénover leurs locaux.\n", "2025-06-03"),
    # a clock stamp as the first line under the headline
    ("Server notes\n\nMon Jan 15 09:00:00 UTC 2018: rebooted the build host after the kernel update.\n\n"
     "The backup ran at night and finished before the team came in.\n", "2018-01-15"),
])
def test_a_stamp_above_the_prose_still_dates_the_page(text, expected):
    assert str(audit_document(text, "page.txt")["published"]) == expected


def test_a_wrapped_prose_line_opened_by_an_icon_word_stays_body():
    # R7 (review 2 i6): a joined icon name on the page, then a hard-wrapped paragraph whose
    # line opens with "update 2 …" and "share 50 percent …"
    text = ("Factory to hire hundreds in the valley\naccess_time 10:32\n\nThe carmaker, which already employs "
            "2,000 people at its plant, announced\ntoday 300 new jobs in the region and a training centre for "
            "apprentices\nupdate 2 of its five-year plan, the chief executive said on Tuesday.\n\nThe mayor "
            "welcomed the news and said the town would\nshare 50 percent of the cost of the new access road "
            "with the county.\n")
    result = run(text, "page.txt")
    kinds = {t.strip(): k for k, t in kinds_by_line(result)}
    assert kinds["access_time 10:32"] == "boilerplate"
    assert kinds["update 2 of its five-year plan, the chief executive said on Tuesday."] == "body"
    assert "CIT001" not in {f["rule"] for f in audit_document(text, "page.txt")["findings"]}


@pytest.mark.parametrize("text,heading", [
    # R8 (review 2 r1-r3): a ranking story's subheadings, prose under each
    ("Biblioteca civica, ecco la classifica dei prestiti del 2024\n\nIl consiglio comunale ha approvato "
     "martedì il bilancio della biblioteca civica dopo un lungo dibattito.\n\nI più letti\n\nIn testa alla "
     "classifica dei prestiti c'è il nuovo romanzo di Elena Ferrante, seguito dal giallo di Maurizio de "
     "Giovanni.\n\nI meno letti\n\nIn fondo alla classifica restano i manuali tecnici e le guide turistiche.\n",
     "I più letti"),
    ("Audiencias: el fútbol arrasa en la televisión en mayo\n\nEl ayuntamiento aprobó el martes el presupuesto "
     "tras un largo debate sobre los horarios.\n\nLo más visto\n\nLa final de la Copa del Rey fue el programa "
     "más visto del mes con más de seis millones de espectadores y una cuota del 40 por ciento.\n\nLo menos "
     "visto\n\nLos programas culturales quedaron por debajo del tres por ciento de cuota.\n", "Lo más visto"),
    ("Biblioteca divulga os livros mais requisitados de 2024\n\nA câmara municipal aprovou na terça-feira o "
     "orçamento da biblioteca após um longo debate.\n\nOs mais lidos\n\nNo topo da lista está o novo romance "
     "de José Luís Peixoto, seguido por um policial.\n\nOs menos lidos\n\nNo fim da lista ficam os manuais "
     "técnicos e os guias turísticos.\n", "Os mais lidos"),
])
def test_a_ranking_subheading_is_no_related_label(text, heading):
    assert _kinds(text)[heading] == "heading"


@pytest.mark.parametrize("line,label", [
    ("collections FOTOS DA NOTÍCIA", True),      # 37b r10
    ("schedule 12.01.2024", True),
    ("visibility 591 views", True),
    ("update 2 of its five-year plan, the chief executive said on Tuesday.", False),
    ("share 50 percent of the cost of the new access road with the county.", False),
    ("update 2 of 5", False),                    # prose's small words after the count
])
def test_one_word_icon_name_needs_a_label_line(line, label):
    assert is_icon_word_label(line) is label
