"""Round 26-28 misses (session 31, "left31"): furniture lines of pasted text (a pager's
previous/next links, an embed's consent box), a reported sentence the line model doubted, a
verdict held by an unnamed class of commentators after "pour", and an AI that is only the
topic of what a person writes. Each on the testers' repro text, with negatives."""

from __future__ import annotations

import pytest

from audit.model import SpanKind
from audit.pipeline import audit_article, audit_document
from audit.segment.disclosure import find_disclosures
from audit.settings import Settings


def _kinds(text: str) -> dict[str, SpanKind]:
    art = audit_document(text, "x.txt")
    return {art["text"][s["start"]:s["end"]]: SpanKind(s["kind"]) for s in art["segments"]}


def _rules(text: str, rule: str) -> list[str]:
    return [f.message for f in audit_article(text, "x.txt", Settings()).findings if f.rule == rule]


# Round 28a, inputs/fr15 (an Accor release): the pager's line over the body.
_ACCOR = ("Accor: Chiffre d'affaires du 3ème trimestre 2010\n\n< Actualité précédente Actualité suivante >\n\n"
          "Le chiffre d’affaires du Groupe à fin septembre 2010 s’établit à 4 429 millions d’euros, en hausse "
          "de +7,4% par rapport à l’année précédente.\n")


@pytest.mark.parametrize("line", [
    "< Actualité précédente Actualité suivante >",
    "| < Les 10 documents précédents | Les 10 documents suivants > |",  # lemondeinformatique.fr
])
def test_a_pagers_links_are_furniture(line):
    text = _ACCOR.replace("< Actualité précédente Actualité suivante >", line)
    assert _kinds(text)[line] is SpanKind.BOILERPLATE


def test_a_sentence_on_previous_articles_stays_body():
    line = "Les articles précédents du blog ont montré que la ville a beaucoup changé depuis dix ans."
    assert _kinds(_ACCOR.replace("< Actualité précédente Actualité suivante >", line))[line] is SpanKind.BODY


# Round 28a, inputs/de02: a podcast embed's consent box, two paragraphs inside the story.
_CONSENT = ("Es kracht seltener auf Hochschwarzwälder Straßen\n\nEin gutes Jahr liegt hinter dem Polizeirevier, "
            "was die Verkehrsstatistik angeht. Vier Prozent weniger Unfälle als 2022.\n\n"
            "Unter Umständen sammelt BotTalk personenbezogene Daten für eigene Zwecke und verarbeitet diese in "
            "einem Land mit nach EU-Standards nicht ausreichenden Datenschutzniveau.\n\n"
            "Durch Klick auf \"Akzeptieren\" geben Sie Ihre Einwilligung für die Datenübermittlung, die Sie "
            "jederzeit über Cookie-Einstellungen widerrufen können.\n\n"
            "Getrübt wird die Bilanz jedoch durch den Tod von sechs Menschen, sagt Lamprecht.\n")


def test_an_embeds_consent_box_is_furniture():
    kinds = _kinds(_CONSENT)
    boxed = [t for t, k in kinds.items() if k is SpanKind.BOILERPLATE]
    assert any(t.startswith("Unter Umständen sammelt BotTalk") for t in boxed)
    assert any(t.startswith("Durch Klick auf") for t in boxed)
    assert kinds["Getrübt wird die Bilanz jedoch durch den Tod von sechs Menschen, sagt Lamprecht."] is SpanKind.BODY


def test_news_about_personal_data_stays_body():
    line = ("Die Behörde sammelt unter bestimmten Umständen personenbezogene Daten, sagte der "
            "Datenschutzbeauftragte am Montag.")
    assert _kinds(_CONSENT.replace("Unter Umständen sammelt BotTalk personenbezogene Daten für eigene Zwecke "
                                   "und verarbeitet diese in einem Land mit nach EU-Standards nicht "
                                   "ausreichenden Datenschutzniveau.", line))[line] is SpanKind.BODY


# Round 28a, seg_body_dropped_en_full (FOX 13): a reported sentence scored 0.39 by the line model.
_TRIBUNE = ("Sheriff pleads not guilty to charges over confrontation\n\n"
            "TACOMA, Wash. - A sheriff in Washington state has entered a not guilty plea in connection with "
            "charges stemming from a confrontation with a Black newspaper carrier.\n\n"
            "The News Tribune reports the plea was entered Thursday by Sheriff Ed Troyer’s attorney, John Sheeran.\n\n"
            "\"Sheriff Troyer entered a not guilty plea because he did not commit the crime,\" Sheeran said. "
            "\"We look forward to the facts coming out in court.\"\n\n"
            "The charges were filed in Pierce County District Court.\n\n"
            "Stay connected with FOX 13 News on all platforms:\n\nDOWNLOAD: FOX 13 News and Weather Apps\n\n"
            "WATCH: FOX 13 News Live\n\nSUBSCRIBE: FOX 13 on YouTube\n")


def test_a_reported_sentence_between_the_articles_lines_is_body():
    kinds = _kinds(_TRIBUNE)
    assert kinds["The News Tribune reports the plea was entered Thursday by Sheriff Ed Troyer’s attorney, "
                 "John Sheeran."] is SpanKind.BODY
    assert kinds["SUBSCRIBE: FOX 13 on YouTube"] is SpanKind.BOILERPLATE


# Round 26b r02: a verdict whose holders are an unnamed class of market commentators.
_EURO = ("L'euro au plus haut\n\nDans la matinée, la devise européenne s'échangeait contre 1,11 dollar sur le "
         "marché des changes.\n\n{}\n")


def test_a_verdict_held_by_many_currency_traders_is_vague():
    got = _rules(_EURO.format("Une appréciation de l'euro qui est jugée comme \"un parti pris négatif vis à vis "
                              "du billet vert\" pour de nombreux cambistes."), "CIT004")
    assert len(got) == 1 and "pour de nombreux cambistes" in got[0]


@pytest.mark.parametrize("sentence", [
    "Pour de nombreux habitants, la ville a changé depuis dix ans.",  # no commentators' verdict
    "Le dollar est considéré comme une valeur refuge pour de nombreux investisseurs.",  # not commentators
    "Le logiciel est considéré comme un outil précieux pour de nombreux analystes de la banque Lazard.",  # whose
])
def test_no_vague_verdict_without_commentators_or_when_owned(sentence):
    assert _rules(_EURO.format(sentence), "CIT004") == []


# Review of round 28's AI001: the AI as the topic of a person's writing, not its maker.
@pytest.mark.parametrize("text", [
    "I'm a reporter who covers AI. I write stories about chatbots.",
    "I write stories about chatbots.",
])
def test_an_ai_topic_is_no_maker(text):
    assert list(find_disclosures(text, "en")) == []


def test_an_ai_naming_itself_still_discloses():
    text = ("I'm a helpful artificial intelligence tool that collects results for high school sports games. "
            "I write simple reports on those games.")
    assert [d.act for d in find_disclosures(text, "en")] == ["generated"]
    assert [d.act for d in find_disclosures("This story about AI was written by ChatGPT.", "en")] == ["generated"]


# Review 31 item 1: "on"/"sur" right after the act names the tool the thing was made on, no topic.
@pytest.mark.parametrize("text, language", [
    ("Cette image a été générée sur Midjourney.", "fr"),
    ("Cet article a été rédigé sur ChatGPT puis relu par un journaliste.", "fr"),
    ("Image created on Midjourney.", "en"),
    ("This image was generated on Midjourney by our design team.", "en"),
    ("Visuel créé sur Midjourney.", "fr"),
])
def test_a_tool_made_on_is_no_topic(text, language):
    assert len(list(find_disclosures(text, language))) == 1


def test_a_topic_after_a_noun_stays_silent():
    assert list(find_disclosures("Elle écrit des articles sur l'IA.", "fr")) == []


def test_a_french_illustration_credit_keeps_its_language_and_review():
    text = ("Le conseil municipal adopte son budget\n\nLe conseil municipal de Montbrison a adopté "
            "lundi soir son budget primitif pour 2025, marqué par une hausse des dépenses "
            "d'investissement consacrées aux écoles et à la voirie.\n\nLe maire, Christophe "
            "Bazile, a présenté les grandes lignes du document devant une salle comble.\n\n\n"
            "Illustration réalisée sur Midjourney par la rédaction.\n")
    found = [f["message"] for f in audit_document(text, "x.txt")["findings"] if f["rule"] == "AI001"]
    assert len(found) == 1 and "(fr, illustrated (image), human review stated)" in found[0]


# Review of session 31, item 4: "pour" after an unquoted "comme …" names whom it weighs on, and a
# class word cut inside a compound ("experts-comptables") is no class of commentators.
@pytest.mark.parametrize("sentence", [
    "La réforme, considérée comme une charge de travail supplémentaire pour de nombreux experts-comptables, "
    "impose de choisir une plateforme agréée avant l'été.",
    "Cette décision est perçue comme une mauvaise nouvelle pour de nombreux analystes, qui avaient quitté "
    "Paris pendant la pandémie.",
    "Une appréciation de l'euro qui est jugée comme « un parti pris négatif » pour de nombreux "
    "experts-comptables.",
])
def test_a_burden_for_a_class_is_no_verdict_of_it(sentence):
    assert _rules(_EURO.format(sentence), "CIT004") == []


def test_a_quoted_verdict_in_french_quotes_for_many_experts_is_vague():
    got = _rules(_EURO.format("Une appréciation de l'euro qui est jugée comme « un parti pris négatif » pour "
                              "de nombreux experts."), "CIT004")
    assert len(got) == 1 and "pour de nombreux experts" in got[0]
