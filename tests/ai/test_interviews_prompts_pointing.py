"""Readings of the disclosure reader for kinds of sentence fresh batches keep missing (task ai49,
issue 7), each written for the kind, not for one wording: the author's or the newsroom's own
interview with an AI ("our interview with", "the following interview with" the AI; not a
demonstrative nor a title, which cannot tell whose interview it is); a request whose prompt
is a quoted question (the sentence asks nothing) or holds the act ("Can you write…?"); the
output shown next, after a conjunction ("En dit is wat ChatGPT antwoordt.") or on a line that
opens by pointing at it ("Veja abaixo o texto criado pela IA."); the asked AI's answer
("… and this is what it said") is no one else's report. Real sentences: the URL above each, or
the labelled batches' id (tests/data/disclosures)."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.segment.disclosure import find_disclosures, quoted_question


def read(text: str, lang: str):
    return find_disclosures(fold(text), lang)


# --- 1. The author's or the newsroom's own interview with an AI --------------------------------

@pytest.mark.parametrize("lang, text", [
    # https://rosszeiger.beehiiv.com/p/interview-chatgpt (the title)
    ("en", "My Interview with ChatGPT"),
    # https://shahkevin.medium.com/i-interviewed-chatgpt-i-gained-empathy-for-it-b8908eab5385
    ("en", "The following interview with ChatGPT led me to build empathy for it."),
    ("it", "Ecco la nostra intervista a ChatGPT."),
    ("de", "Unser Interview mit ChatGPT lesen Sie hier."),
])
def test_own_interview_with_an_ai_is_a_disclosure(lang, text):
    (reading,) = read(text, lang)
    assert (reading.form, reading.act) == ("statement", "generated")


@pytest.mark.xfail(strict=True, reason="an interview's title naming an AI (alone on its line or before a colon) "
                   "cannot tell whose interview it is: the same form heads stories about another's interview "
                   "or the genre (\"Interview with ChatGPT: how a New York Times columnist's chat…\"), related "
                   "links and buttons (review of ai49: 10 wrong of 14); it needs the page's own evidence "
                   "(a first-person lead, Q/A turns labelled with the AI), not read yet")
@pytest.mark.parametrize("lang, text", [
    # de-o-001, https://twasbo.de/die-wahrheit-kann-unbequem-sein (a heading's colon after the AI)
    ("de", "Interview mit einer künstlichen Intelligenz: TWASBO sprach mit dem hochentwickelten Text-Bot "
           "ChatGPT über Fake News, den Journalismus der Zukunft und andere Seuchen."),
    # https://magtheweekly.com/detail/25719-interview-with-chatgpt (the title, nothing after the AI)
    ("en", "Interview with ChatGPT"),
    # profil.at's title (review of ai49, f36)
    ("de", "Ein Gespräch mit ChatGPT: „Ich bin potenziell nützlich, potenziell gefährlich“"),
])
def test_own_interview_title_is_not_read(lang, text):
    assert read(text, lang)


@pytest.mark.parametrize("lang, text", [
    # review of ai49: headlines about another's interview or the genre, a related link, a button
    ("en", "Interview with ChatGPT: how a New York Times columnist's chat with Bing went off the rails"),
    ("de", "Interview mit einer KI: Was Schüler von ChatGPT halten"),
    ("de", "Gespräch mit einer KI: Wenn der Chatbot zum Partner wird"),
    ("fr", "Entretien avec le robot Ameca : l'émission de France 2 fait polémique"),
    ("it", "Intervista a ChatGPT: perché gli esperti sono preoccupati"),
    ("nl", "Interview met ChatGPT: waarom docenten zich zorgen maken"),
    # https://www.internetworld.at (the genre criticised)
    ("de", "Das Interview mit ChatGPT: eine neue Landplage"),
    ("fr", "Interview avec ChatGPT"),
    ("en", "Conversation with ChatGPT"),
    ("en", "Chat with ChatGPT"),
])
def test_interview_titles_about_others_stay_silent(lang, text):
    assert not read(text, lang)


@pytest.mark.parametrize("lang, text", [
    # review of ai49: a demonstrative points back at an interview the story tells, anyone's
    ("fr", "Cet entretien avec ChatGPT, publié par Le Monde la semaine dernière, a fait le tour des réseaux sociaux."),
    ("en", "This interview with ChatGPT, published by the Guardian last week, went viral on social media."),
    ("it", "Questa intervista a ChatGPT, pubblicata dal New York Times, ha fatto il giro del web."),
    ("es", "Esta conversación con ChatGPT, difundida en redes sociales por un usuario, se ha vuelto viral."),
    ("nl", "Dit gesprek met ChatGPT ging viraal nadat een student het op TikTok had gedeeld."),
    ("de", "Dieses Gespräch mit ChatGPT ging viral, nachdem ein Student es auf TikTok geteilt hatte."),
    ("pt", "Essa conversa com o ChatGPT viralizou depois que um estudante a publicou no TikTok."),
    ("en", "This conversation with the robot Sophia, broadcast on 60 Minutes, drew millions of viewers."),
])
def test_demonstrative_interviews_stay_silent(lang, text):
    assert not read(text, lang)


@pytest.mark.parametrize("lang, text", [
    # https://triskelionbooks.com/2023/03/12/interview-with-the-chatbot-written-by-a-human-honest/
    ("en", "The following is a fictional interview with a chatbot, written entirely by a human."),
    # code corpus, find_string id 5801995906 (a link's title: the interview is the reader's)
    ("en", "Ace Your Interview with ChatGPT's Guide to Attaining the Perfect Job Opportunity"),
    # fr-m-025 (another outlet's interview, told)
    ("fr", "Ce matin, dans la matinale d'Europe 1, Sonia Mabrouk a proposé une interview improbable de "
           "l'intelligence artificielle (IA), Chat-GPT3."),
    # pt-n-020 (another's interview)
    ("pt", "Para entender melhor como a IA pode impactar o mundo da comunicação e da imprensa, o Observatório "
           "da Imprensa realizou uma entrevista exclusiva com o ChatGPT, uma das tecnologias de processamento "
           "de linguagem natural mais avançadas atualmente."),
    # it-l-004 (another paper's leftover conversation, told)
    ("it", "L'articolo, apparso nelle pagine interne del quotidiano, conteneva dunque parte di una "
           "conversazione con il chatbot di OpenAI non rimossa prima della pubblicazione."),
    # https://erp-news.info/erp-interview-mit-um-digitale-assistenten-und-kuenstliche-intelligenz-ki/
    # (an interview with a company, AI its topic after the colon)
    ("de", "ERP-Interview mit *um: digitale Assistenten und künstliche Intelligenz (KI) - ERP-News"),
    ("de", "Die ERP-News-Redaktion, unter der Leitung von Matthias Weber, hat mit Klaas Bollhoefer von The "
           "unbelievable Machine Company ein Interview zum Thema „ digitale Assistenten und künstliche "
           "Intelligenz (KI) “ durchgeführt."),
])
def test_others_interviews_and_interviews_about_ai_stay_silent(lang, text):
    assert not read(text, lang)


@pytest.mark.parametrize("text", [
    "Interview with ChatGPT's creator: Sam Altman on the future",  # the AI's own: its maker interviewed
    "This interview with an AI researcher has been edited for length.",  # a person the AI word describes
    "This interview with OpenAI's CEO has been edited for length.",  # a maker's
])
def test_interview_with_someone_the_ai_words_describe_stays_silent(text):
    assert not read(text, "en")


@pytest.mark.xfail(strict=True, reason="the interview's noun after a heading's colon («…: An Interview With "
                   "ChatGPT») is not read: only a heading opening on it is, a title's second part may be any")
def test_interview_after_a_heading_colon():
    # https://www.edlitera.com/en/blog/posts/self-aware-ai
    assert read("Venturing Down the Rabbit Hole of AI: An Interview With ChatGPT", "en")


# --- 2. A request whose prompt is quoted ---------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    # de-n-020, https://www.stern.de/reise/fernreisen/kuenstliche-intelligenz--das-sind-laut-chatgpt-die-zehn-besten-urlaubslaender-33332248.html
    ("de", "Also haben wir ChatGPT folgende Frage gestellt: \"Was sind die besten Urlaubsländer?\""),
    # en-n-018, https://www.ayradvertiser.com/news/23477236.chatgpt-five-best-worst-things-ayr/
    # (the quoted "chatbot", and "what it said": the AI's answer, no one's report)
    ("en", "We asked an artificial intelligence \"chatbot\" what the best and worst things about Ayr are – "
           "and this is what it said."),
    # es-n-024, https://actualidadvalencia.com/pueblos-mas-bonitos-segun-ia
    ("es", "Por eso, esta vez hemos inquirido a la IA sobre los pueblos más bonitos de la Comunitat Valenciana."),
    # it-o-015, https://www.glistatigenerali.com/partiti-politici/trilussa-sul-ministro-giuli-un-nuovo-sonetto/
    ("it", "Orbene, ho istruito ChatGPT a scrivere come Trilussa, e poi gli ho dato qualche spunto sul Ministro Giuli."),
])
def test_request_with_its_prompt_is_a_disclosure(lang, text):
    (reading,) = read(text, lang)
    assert reading.form == "statement"


def test_prompt_holding_a_modal_is_the_prompts():
    # the act ("write") and its modal ("Can") are the words put to the AI, not the sentence's
    (reading,) = read("I asked ChatGPT, “Can you write a column?”", "en")
    assert reading.agent == "ChatGPT"


@pytest.mark.parametrize("lang, text", [
    # es-i-018 (a magazine's question, told)
    ("es", "La revista Time le hizo a Murati una pregunta que le pidió directamente ChatGPT y fue esta: "
           "“¿Cuáles fueron algunas de las limitaciones o de los desafíos que encontraste mientras trabajabas "
           "con ChatGPT y cómo los superaste?”"),
    # pt-k-008 (a temptation quoted: a conditional question)
    ("pt", "A tentação bate à porta: \"E se eu pedir pro ChatGPT montar um esboço rápido sobre Efésios 2?\"."),
    # https://shahkevin.medium.com/i-interviewed-chatgpt-i-gained-empathy-for-it-b8908eab5385
    ("en", "I messaged, “Have you tried using ChatGPT?”."),
    # a reader's question about this article, quoted: still no answer
    ("fr", "Le lecteur nous demande : « Cet article a-t-il été écrit par une IA ? »"),
])
def test_quoted_questions_that_are_no_request_stay_silent(lang, text):
    assert not read(text, lang)


def test_quoted_question_needs_the_sentences_own_words():
    assert quoted_question("Wir fragten ChatGPT: „Was ist die schönste Stadt?“")
    assert quoted_question("J'ai demandé à ChatGPT : « Quelle est la plus belle ville ?")  # "? »" split off
    assert not quoted_question("Have I used generative AI to write any of my articles?")
    assert not quoted_question("“Was this written by AI?”")


# --- 3. The output shown next ----------------------------------------------------------------------

def test_output_shown_next_after_a_conjunction_is_a_disclosure():
    # nl-n-005, https://www.ralfbodelier.nl/mijn-nieuwe-allemansvriend/
    assert read("En dit is wat ChatGPT antwoordt.", "nl")


def test_presentative_after_a_conjunction_without_an_answer_stays_silent():
    assert not read("And this is what AI means for journalism.", "en")  # a topic, no answer


@pytest.mark.parametrize("lang, text", [
    # review of ai49: the answer a third person got, after "a student asked the chatbot…"
    ("nl", "En dit is wat ChatGPT hem antwoordde."),
    ("fr", "Et voici ce que ChatGPT lui a répondu."),
    ("es", "Y esto es lo que ChatGPT le respondió."),
    ("pt", "E isto é o que o ChatGPT lhe respondeu."),
    ("fr", "Voici ce que ChatGPT lui a répondu."),  # without the conjunction (main fired)
    ("fr", "Voici ce que lui a répondu ChatGPT."),
    ("en", "And here is what ChatGPT told him."),
])
def test_answer_given_to_someone_else_stays_silent(lang, text):
    assert not read(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Voici ce que ChatGPT a répondu :"),
    ("fr", "Voici ce que nous a indiqué ChatGPT"),
    ("it", "Ecco cosa ha risposto ChatGPT."),
    ("es", "Esto es lo que respondió ChatGPT:"),
])
def test_answer_given_to_the_asker_is_a_disclosure(lang, text):
    assert read(text, lang)


@pytest.mark.xfail(strict=True, reason="an interviewee's own quoted prompt in a Q&A reads as the author's: "
                   "the sentence alone cannot tell the page's speaker (the same as «J'ai demandé à ChatGPT de "
                   "me proposer…» in an interview, which main fires on)")
def test_interviewees_quoted_prompt_stays_silent():
    # https://www.strategies.fr (an interview with Morgane Soulier, her answer; review of ai49, n56)
    assert not read("J'ai demandé à ChatGPT : « si je devais rédiger un magazine sur le futur, quelles sont "
                    "les thématiques phares que tu me proposerais ? »", "fr")
