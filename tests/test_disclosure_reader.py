"""The disclosure reader's mechanisms, one real sentence each (all from the labelled set in
tests/data/disclosures/, where their sources are): what each mechanism finds, and the
neighbouring wording it must leave alone."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.segment.disclosure import find_disclosures


def read(text: str, language: str | None = None):
    found = find_disclosures(fold(text), language)
    return found[0] if found else None


@pytest.mark.parametrize("text, act", [
    # An adverb or a manner phrase between the act and its agent.
    ("Ce contenu a été créé de manière originale avec l'intelligence artificielle.", "generated"),
    ("Este contenido ha sido creado de forma original con inteligencia artificial.", "generated"),
    # After a note's lead-in, any subject whose finished act it is.
    ("Nota: La logica di parsing avanzato e l'interfaccia UI sono state sviluppate con il "
     "supporto dell'Intelligenza Artificiale.", "assisted"),
    ("Let op: Deze tekst is gegenereerd door onze tijdelijke gratis AI-module.", "generated"),
    # "The following X", before or after its noun.
    ("L'enregistrement suivant a été généré par une intelligence artificielle.", "generated"),
    ("Die folgende Aufnahme wurde von künstlicher Intelligenz erzeugt.", "generated"),
    # The verb is the person (pro-drop), and the use made something.
    ("Usei inteligência artificial para me ajudar a rever o texto deste README e a estruturar "
     "as ideias.", "assisted"),
    # A capitalised noun, maybe an adverb, then a participle: a label.
    ("Gioco realizzato quasi interamente con l'aiuto di ChatGPT.", "assisted"),
    ("Podcast totalmente gerado por IA, incluindo a voz", "voiced"),
    # A machine-translation banner's warning.
    ("Las traducciones realizadas con IA pueden contener errores.", "translated"),
    # An initial is no sentence end; leading emoji are no words.
    ("Rédigé le 2026-09-28 par Michaël J. Pitz (Mikhawa), avec l'aide de Claude.", "assisted"),
    ("ℹ️ Este problema conhecido foi traduzido automaticamente do inglês.", "translated"),
    # The author asking an AI for what the page shows, the AI as the request's addressee.
    ("Ainsi, j’ai demandé à Midjourney d’illustrer la Fête de l’Amour sur une autre planète, "
     "et le voyage visuel vaut le détour !", "illustrated"),
    ("Abbiamo chiesto a ChatGPT una previsione tattica di Lecce-Milan con il risultato finale: "
     "scopriamo cosa ha pronosticato.", "generated"),
    ("Pour cette raison, nous avons soumis une série de questions à l’IA et relayé ses réponses "
     "sans intervention éditoriale.", "generated"),
    # "The result of" an agent is its product (a real page, tests/data/disclosure_pages.jsonl).
    ("Este artículo es el resultado de una traducción automática.", "translated"),
    ("That’s why for today’s column, I asked for help from ChatGPT, an online “chatbot” I heard "
     "about last December.", "assisted"),
])
def test_found(text, act):
    reading = read(text)
    assert reading is not None, text
    assert reading.act == act


@pytest.mark.parametrize("text", [
    "Autor: Jarvis (Claude AI Assistant)",
    "Redazione AI",
    "Jonas Hoskyn (und auch ein bisschen ChatGPT)",
])
def test_author_lines_are_bylines(text):
    reading = read(text)
    assert reading is not None and reading.form == "byline", text


@pytest.mark.parametrize("text", [
    # An AI named as absent, anywhere in the sentence.
    "Cette documentation a été générée automatiquement sans l'aide de l'IA.",
    "Hinweis: Diese Zusammenfassung wurde automatisch generiert ohne KI-Unterstützung.",
    "Este resumen fue generado automáticamente como respaldo cuando la IA no está disponible.",
    # Portuguese cues read a note; the Spanish ones see its negation.
    "Este texto no fue escrito por una IA.",
    # A service named, not a thing made.
    'Tradução automática: Ao pressionar o botão "Traduzir", o texto inserido é traduzido '
    "automaticamente, com um feedback visual enquanto a requisição é processada.",
    # "We" in the present: a practice.
    "Image Generation: We leverage AI to generate creative cover images for stories.",
    # A past use that made nothing.
    "J'ai utilisé ChatGPT pour m'aider à comprendre le problème.",
    # An acronym describing a person, a rule for any content, an auxiliary opening a story.
    "Geschreven door AI-expert Ferry Hoes.",
    "Ogni contenuto generato o assistito dall'AI è soggetto a revisione e verifica umana.",
    "Foi gerada por IA a foto que mostra o presidente Lula (PT) diante de uma alegoria de "
    "palhaço enjaulado que faz alusão ao ex-presidente.",
    "Articles translated with the help of AI tools are clearly labelled with a disclaimer.",
    # Someone else's request to an AI; a press inquiry (the formula, not from the set).
    "Comme elle ne l’a pas jugé assez bon, elle a demandé à chatGPT de l’améliorer avant de "
    "m’envoyer le résultat.",
    "We asked OpenAI for comment.",
    # "machine" names an AI only as an act's agent, not in a credit line (real page sentences).
    "Foto: No machine-readable author provided.",
    "© 2010-2020 gizmeo.eu - inside the machine | Mobile Version | Impressum & Cookies",
])
def test_not_found(text):
    assert read(text) is None, read(text)


def test_a_negation_in_another_language_vetoes_whatever_the_article_language():
    for language in (None, "es", "pt"):
        assert read("Este texto no fue escrito por una IA.", language) is None
    assert read("Este texto foi escrito por uma IA.", "pt") is not None


@pytest.mark.parametrize("text, act, form", [
    # A participle the lexicon does not list, known by its form and an agent of agency.
    ("Testo rielaborato e formattato da Gemini", "generated", "label"),
    # A short line introducing what an AI answered.
    ("La réponse de ChatGPT 5.2 :", "generated", "label"),
    ("Risponde il Foglio AI.", "generated", "label"),
    ("Het antwoord van de ChatGTP:", "generated", "label"),
    ("And the German translation by DeepL:", "translated", "label"),
    # This content as a pronoun, the object of the agent's act.
    ("De computer schreef dit.", "generated", "statement"),
    # A byline word with a colon, the AI credited right after it.
    ("Por: Bard, modelo de lenguaje de Google AI", "generated", "byline"),
    # The auxiliary before the subject (German inversion).
    ("Deshalb haben wir seine Rückenansicht mithilfe von KI erstellt.", "assisted", "statement"),
    # A negation in the clause before, the author opening a new one after a comma.
    ("Et oui, on n'a pas su résister, on a demandé à Chat GPT d'écrire l'édito de ce mag d'avril.",
     "generated", "statement"),
    # A compound content noun after a possessive; two content nouns joined.
    ("Meine Original-Bilder wurden mittels Künstlicher Intelligenz (KI) zu Schneelandschaften generiert.",
     "illustrated", "statement"),
    ("Transcriptie en vertaling gegenereerd door kunstmatige intelligentie (AI).", "translated", "statement"),
    # "DALL•E" with a bullet.
    ('"Ho chiesto a DALL•E 3 di produrre illustrazioni sulla base di un breve testo scritto alcuni '
     'anni fa, quando morì mio padre.', "illustrated", "statement"),
])
def test_found_by_the_later_mechanisms(text, act, form):
    reading = read(text)
    assert reading is not None, text
    assert (reading.act, reading.form) == (act, form)


@pytest.mark.parametrize("text", [
    # A participle known by its form only, with no content as its subject, or its agent not an AI.
    "L’immagine generata dall’intelligenza artificiale pubblicata dal Comune di Monza ha acceso un "
    "acceso dibattito.",
    "Jobs threatened by AI are many.",
    "Journalisten werden durch KI ersetzt.",
    # A company's answer, not a tool's output.
    "La réponse d'OpenAI :",
    # "computer" is an agent only by linking words, and never in a caption's compound.
    "Dieser Text wurde am Computer geschrieben.",
    "This article was written on a computer.",
    "Computer-generated image of the planned stadium",
    # A byline crediting a person the AI only describes.
    "By John Smith, AI reporter",
    "Por Juan Pérez, experto en IA",
    # An all-capitals word is no acronym: a magazine's name (a real page).
    "COMPUTER BILD",
])
def test_left_alone_by_the_later_mechanisms(text):
    assert read(text) is None, read(text)


# Sentences about AI-made content in general, from real articles (an exploratory test on
# articles the reader never saw, 2026-12-05: Next's investigation of AI-generated news sites,
# a Wall Street Journal piece on Anthropic), against the disclosures they sit beside.
@pytest.mark.parametrize("text", [
    # The participle names other content, and the sentence goes on with its own verb.
    "Les articles générés par l'IA ont un ton très neutre, sans personnalité.",
    # This content's noun, then what it is about: the topic was made, not the content.
    "Notre enquête sur les sites d'information générés par IA nous a valu quelques remarques "
    "acerbes.",
    # A name before a noun it only describes is no agent: the people did it.
    "Created by several former OpenAI employees in 2021, the company calls itself an AI safety "
    "and research company.",
])
def test_text_about_ai_made_content_is_no_disclosure(text):
    assert read(text) is None, read(text)


@pytest.mark.parametrize("text, act", [
    ("Cet article sur l'IA a été rédigé avec l'aide de ChatGPT.", "assisted"),
    ("Les images de cet article ont été générées par IA.", "illustrated"),
    ("Contenu généré par l'IA et vérifié par nos journalistes.", "generated"),
    ("This article was drafted by ChatGPT and edited by our staff.", "generated"),
])
def test_the_disclosures_beside_them_are_still_found(text, act):
    reading = read(text)
    assert reading is not None and reading.act == act, reading


def test_a_sentence_is_read_once_whatever_follows_it():
    """_read_beside reads a sentence alone (memoised) and the next one only for a review: the
    same as reading the two together, on every sentence of the labelled set."""
    import json
    from pathlib import Path

    from audit.segment.disclosure import _read_any, _read_beside

    items = [json.loads(line) for path in sorted((Path(__file__).parent / "data" / "disclosures").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    followings = ["", "Relu par la rédaction.", "Reviewed and edited by our newsroom.", "Non relu par la rédaction.",
                  "Redaktionell geprüft.", "Le ministre a démissionné mardi."]
    reviewed = 0  # readings whose review only the next sentence states
    for n, item in enumerate(items):
        sentence = fold(item["text"])
        following = followings[n % len(followings)]
        beside = _read_beside(sentence, following, item["lang"])
        assert beside == _read_any(sentence, following, item["lang"]), item["id"]
        alone = _read_any(sentence, "", item["lang"])
        reviewed += bool(beside and beside.review and not alone.review)
    assert len(items) > 1500 and reviewed > 20  # the review said by the next sentence was read


@pytest.mark.parametrize("text, language, act, scope", [
    # What the AI worked from is no scope: the text was made, the audio was its input (round-5
    # test, verdicts5 repro r18: a real note on freedom.cr.edouard.cl, both sentences).
    ("Cet article a été généré automatiquement par intelligence artificielle à partir du flux "
     "audio de Radio Freedom.", "fr", "generated", None),
    ("L'article est généré par IA () à partir de la transcription audio.", "fr", "generated", None),
    # The same note in the other languages (constructed from the French one).
    ("This article was generated by AI from the audio of the council meeting.", "en", "generated", None),
    ("Dieser Artikel wurde von einer KI aus dem Audio-Mitschnitt der Sitzung erstellt.", "de",
     "generated", None),
    ("Questo articolo è stato generato dall'intelligenza artificiale a partire dall'audio della "
     "trasmissione.", "it", "generated", None),
    ("Este artículo fue generado por inteligencia artificial a partir del audio del programa.", "es",
     "generated", None),
    ("Este artigo foi gerado por inteligência artificial a partir do áudio do programa.", "pt",
     "generated", None),
    ("Dit artikel is gegenereerd door AI op basis van de audio van de uitzending.", "nl",
     "generated", None),
    # What was made is still read before the input, and a verb after it ends the input.
    ("Audio generated by AI from the text of this article.", "en", "voiced", "audio"),
    ("Dieser Artikel wurde automatisch aus dem Englischen übersetzt, um ihn einem breiteren "
     "Publikum zugänglich zu machen.", "de", "translated", "translation"),
    ("Translated from German by DeepL", "en", "translated", "translation"),
])
def test_an_input_is_not_what_ai_made(text, language, act, scope):
    reading = read(text, language)
    assert (reading.act, reading.scope) == (act, scope)


# A tool's name that is also a person's reads as the person when a surname, a given name or a
# title stands beside it (round 9's tester: Le Télégramme's club founder "Claude Trébaul" was
# read as the chatbot); the name of the NASA programme before the noun it names is no agent.
# Real sentences from tests/data/disclosures/*_names.jsonl, where their sources are.
@pytest.mark.parametrize("text", [
    "Créé en 1971 par Claude Trébaul, le FCL aura tout connu : le succès, avec l’évolution en "
    "ligue, en DSR (la R2 actuelle) de 1983 à 1987, puis la descente aux enfers jusqu’à la D3 en "
    "2012 et, depuis trois ans, une remontée tranquille et sereine.",
    "Two astronauts are seated inside the Gemini spacecraft in this artist's concept made in "
    "January 1965.",
    # A demonstrative with "mêmes" points back at what the sentence named: the employee's
    # summaries, not this page (round 9's tester, FranceSoir).
    "Cette employée a perdu son emploi, qui consistait à rédiger des résumés, remplacée par une "
    "intelligence artificielle capable de produire ces mêmes résumés en quelques secondes, là où "
    "elle passait des heures.",
    # A person's role apposed to the name (the review of round 9, /tmp/s24/review probes).
    "Ce menu a été créé par Claude, le nouveau chef du restaurant, qui vient de Lyon.",
    "This menu was created by Claude, the restaurant's new chef, who trained in Lyon.",
])
def test_a_person_a_programme_or_another_text_is_no_disclosure(text):
    assert read(text) is None, read(text)


@pytest.mark.parametrize("text, agent", [
    # The tool with no cue either way, by its product word, or beside a person's name.
    ("Synthèse générée par Claude", "Claude"),
    ("Autor: Carlos Schaller-Ponce con asistencia de Claude Code", "Claude"),
    ("Once the text is extracted, I use Claude Opus 4.6 I review the result against the original "
     "PDF.", "Claude"),
    ("Rédigé le 2026-09-28 par Michaël J. Pitz (Mikhawa), avec l'aide de Claude.", "Claude"),
    # The review of round 9: a maker in the German genitive, a plan's name after the tool's, a
    # chatbot (no role) apposed to it.
    ("Dieser Text wurde mit Hilfe von Googles Bard erstellt und von der Redaktion geprüft.", "Bard"),
    ("This article was drafted with Claude Enterprise and reviewed by our editors.", "Claude"),
    ("This article was drafted with Claude Projects and reviewed by our editors.", "Claude"),
    ("This article was written with Claude, the chatbot our reporter used for the first draft.",
     "Claude"),
])
def test_the_tool_by_those_names_is_still_found(text, agent):
    reading = read(text)
    assert reading is not None and reading.agent == agent, reading


# A participle opening the sentence, its agent after it and a comma before this content: the
# content is the participle's subject (the review of round 9: lost in 89be931).
@pytest.mark.parametrize("text, act", [
    ("Rewritten by AI, this article was reviewed by our editors.", "generated"),
    # "relu par notre rédaction" is the newsroom's act, not the AI's (was "assisted")
    ("Réécrit par une IA, ce texte a été relu par notre rédaction.", "generated"),
])
def test_a_fronted_participle_has_this_content_as_subject(text, act):
    reading = read(text)
    assert reading is not None and reading.act == act and reading.review, reading


# A prompt line under what a generator made (dev items de-*, es-i-008): the tool after a
# preposition of means before the colon, or a participle linked to it after the colon. A
# guide's list of prompts for a tool and a prompt about a tool stay silent.
@pytest.mark.parametrize("text, agent", [
    ("Prompt: «5 Menschen am See machen Yoga» generiert mit Adobe Firefly (Modell 3) am 13-JAN-2026",
     "Adobe Firefly"),
    ("Prompt para crear la imagen en Copilot:", "Copilot"),
    ("Prompt utilisé dans Midjourney : un chat roux dans un jardin", "Midjourney"),
])
def test_a_prompt_line_credits_its_generator(text, agent):
    reading = read(text)
    assert reading is not None and reading.form == "caption" and reading.agent == agent, reading


@pytest.mark.parametrize("text", [
    "Prompts for ChatGPT:",
    "Prompt: write a poem about ChatGPT",
])
def test_a_prompt_for_or_about_a_tool_is_no_credit(text):
    assert read(text) is None


# An AI named as switched off is absent (dev en negation); switched on, it stays a disclosure.
def test_an_ai_switched_off_is_absent():
    assert read("This image from knowyourmeme.com was edited by hand, by me, using Photoshop with "
                "the AI options turned off.") is None
    assert read("Dieses Bild wurde mit Photoshop bearbeitet, die KI-Funktionen waren deaktiviert.") is None
    assert read("This image was edited using Photoshop with the AI options turned on.") is not None


# A machine translation offered to the reader "for your convenience" (dev es translation): the
# courtesy says it is this page's; denied, it stays silent.
@pytest.mark.parametrize("text", [
    "Se proporciona el idioma español mediante traducción automática para su comodidad.",
    "This page is available in Spanish through machine translation for your convenience.",
])
def test_a_machine_translation_offered_to_the_reader(text):
    reading = read(text)
    assert reading is not None and reading.act == "translated", reading


def test_a_machine_translation_denied_is_no_banner():
    assert read("Machine translation is not available for your convenience.") is None


# This content presented as a machine translation (dev nl translation, a site's banner): the
# presentative, then the service's own words; denied, or said of another text, it stays silent.
@pytest.mark.parametrize("text", [
    "🌐 Dit is een automatische vertaling. Correcties van de community zijn welkom!",
    "Ceci est une traduction automatique du texte original.",
    "Dies ist eine maschinelle Übersetzung.",
])
def test_this_content_presented_as_a_machine_translation(text):
    reading = read(text)
    assert reading is not None and reading.act == "translated", reading


@pytest.mark.parametrize("text", [
    "Dit is geen automatische vertaling.",
    "C'est une traduction automatique qui a fait rire tout le monde.",
])
def test_a_machine_translation_denied_or_described_is_not_presented(text):
    assert read(text) is None


# A site's documentation is its content (dev fr translation, a documentation banner), and a
# negator hyphened to its word is a prefix, no negation ("non-anglaise", "non-English").
def test_a_sites_documentation_translated_by_a_model():
    reading = read("La documentation non-anglaise est automatiquement traduite par des modèles de "
                   "langage volumineux, donc des erreurs sont inévitables.")
    assert reading is not None and reading.act == "translated", reading
    assert read("The non-English documentation is automatically translated by large language models.") is not None
    assert read("Cette documentation n'a pas été traduite par une IA.") is None
    # generated from the code, not by an AI: the owner phrase keeps "documentation de l'API" no bare noun
    assert read("La documentation de l'API est générée automatiquement à partir du code.") is None


# Misspelled tool names are the tool (dev pt note: "do Copilto"; "ChatGBT" in a real column).
@pytest.mark.parametrize("text, agent", [
    ("Texto gerado pelo ChatGBT.", "ChatGBT"),
    ("Imagem criada com o Copilto.", "Copilto"),
])
def test_misspelled_tool_names(text, agent):
    reading = read(text)
    assert reading is not None and reading.agent == agent, reading


# A word or two between commas is an aside between a demonstrative subject and its predicate
# (dev pt note).
def test_an_aside_between_the_subject_and_its_act():
    reading = read("Este release, inclusive, foi escrito com o auxílio de inteligência artificial.")
    assert reading is not None and reading.act == "assisted", reading
    assert read("Dieser Artikel wurde, übrigens, mit KI erstellt.") is not None
    # a clause between commas is no aside: the act is said of what the clause names
    assert read("Este release, que cita um estudo sobre textos escritos com inteligência artificial, é curto.") is None


# A newsroom's request to an AI with the addressee first, or in the impersonal (dev es notes).
@pytest.mark.parametrize("text", [
    "En este caso, y a modo de juego para saber hasta dónde podemos sorprendernos, al ChatGPT le "
    "pedimos que imagine una hipotética remodelación de la Municipalidad de La Plata de cara al 2050.",
    "Le propongo a la inteligencia artificial que escriba sobre el conflicto entre el Papu y los "
    "referentes de la Selección.",
    "Para la ocasión, se le consultó a ChatGPT su pronóstico para la final.",
])
def test_a_request_to_an_ai_addressee_first_or_impersonal(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    # a maker asked for comment, and a tool something was put into before a request
    "A OpenAI le pedimos un comentario, pero no respondió.",
    "Así que lo subí a NotebookLM y le pedí que hiciera algo mejor que un resumen: una conversación, un podcast.",
])
def test_no_request_for_content_addressed_first(text):
    assert read(text) is None


# A short line pointing at what an AI made, shown next (README: "Confira abaixo todos os
# detalhes previstos pela IA:"); not a guide's lead-in whose noun names something else.
@pytest.mark.parametrize("text", [
    "Confira abaixo todos os detalhes previstos pela IA:",
    "Voici ci-dessous les réponses générées par ChatGPT :",
    "Below are the images generated by Midjourney:",
])
def test_a_line_announcing_what_an_ai_made(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    "Below are some tips for spotting content generated by AI:",
    "Hieronder de afbeeldingen die niet door AI zijn gemaakt:",
    "Confira abaixo todos os detalhes previstos pela IA.",  # no colon: nothing is announced
])
def test_no_announcement_of_what_an_ai_made(text):
    assert read(text) is None


# Dubbing is voicing (dev nl voice): "nagesynchroniseerd met een AI-stemkloon".
@pytest.mark.parametrize("text", [
    "Deze video is door Dubtube nagesynchroniseerd met een AI-stemkloon.",
    "Este vídeo foi dublado com inteligência artificial.",
])
def test_a_video_dubbed_by_an_ai_voice(text):
    reading = read(text)
    assert reading is not None and reading.act == "voiced", reading


def test_a_video_dubbed_by_people_is_no_disclosure():
    assert read("Deze video is nagesynchroniseerd door een team van stemacteurs.") is None


# A content noun opening the sentence and defined by a relative clause is a class of content,
# what the sentence says of such content is a practice (dev en policy).
@pytest.mark.parametrize("text", [
    "Articles that received substantive AI drafting carry a small disclosure line near the source list.",
    "Texts that were translated with DeepL are marked with an icon.",
])
def test_a_class_of_content_defined_by_a_relative_clause(text):
    assert read(text) is None


def test_a_content_noun_opening_a_label_still_reads():
    assert read("Text translated with DeepL and reviewed by the editors.") is not None


# This content so far, the AI the act's subject, a content noun its object (dev pt note).
@pytest.mark.parametrize("text", [
    "Até aqui foi o ChatGPT que produziu o texto! Surpreendidos?",
    "Bis hierhin hat ChatGPT den Text geschrieben.",
])
def test_this_content_so_far_made_by_an_ai(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    "Fin qui l'intelligenza artificiale ha generato solo polemiche.",  # so far in time
    "Até aqui, o ChatGPT produziu muitas polêmicas.",
])
def test_so_far_in_time_is_not_this_content(text):
    assert read(text) is None


# Present statements about the whole site's content (dev fr notes): all of its articles made so,
# the site itself; not some articles (a policy) nor a class whose labelling is said.
@pytest.mark.parametrize("text", [
    "Tous les articles sur les cépages sont recherchés, rédigés et traduits à l’aide de l’intelligence artificielle.",
    "Ce site entier est largement généré en utilisant des outils d'IA.",
])
def test_the_whole_sites_content_made_with_ai(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    "Some articles are drafted with the help of AI.",
    "All articles translated with AI tools are clearly labelled.",
    "Notre enquête sur les sites d'information générés par IA.",
])
def test_some_content_or_a_topic_is_not_the_sites(text):
    assert read(text) is None


# A noun placed in this content, the act its predicate (dev nl note); where something is said
# stays silent.
def test_a_noun_placed_in_this_content_is_this_content():
    assert read("APA citaties in dit document zijn gegenereerd en gevormd met behulp van CHATGPT (OpenAI, 2025).") is not None
    assert read("Les images dans cet article ont été générées par IA.") is not None
    assert read("Dans cet article, nous expliquons comment l'IA a écrit des milliers de textes.") is None
    assert read("Nous avons expliqué dans cet article comment l'IA a été utilisée.") is None


# Batch k's dev half (2026-12-06). A connective before its comma opens the sentence; the noun
# placed in this content still heads it (en note); where something is said stays silent.
def test_a_connective_before_a_noun_placed_in_this_content():
    assert read("Again, every single image in this article was generated using AI software.") is not None
    assert read("However, the images in this story were made with Midjourney.") is not None
    assert read("Again, in this article we explain how AI wrote fake news.") is None


# "employed" is a use (en first-person note), and Dutch "computerprogramma" an agent, weak like
# "computer" (nl caption); "als" before a bare noun is "as", no condition.
def test_employed_and_a_computer_program():
    assert read("This event featured the work of local artists, among them, yours truly, as I employed "
                "AI Midjourney to generate images of a futuristic Middlesbrough, both utopian and dystopian, "
                "a century from now.") is not None
    assert read("Deze afbeeldingen van robots als voorganger in een kerk zijn door een computerprogramma "
                "gegenereerd.") is not None
    # nu.nl, a story: a program able to generate, nothing made here
    assert read("Een nieuw computerprogramma is in staat om in een paar seconden neppe naaktfoto's van "
                "vrouwen te genereren.") is None
    assert read("Als een artikel met AI is geschreven, vermelden we dat.") is None


# Dutch infinitives and plural presents end in "-en" like strong participles: "Redacteuren
# gebruiken taalmodellen…" is a practice (batch k dev, story), not a label's noun and participle.
def test_a_dutch_plural_present_is_no_participle():
    assert read("Redacteuren gebruiken taalmodellen voor transcripties en samenvattingen.") is None
    assert read("Journalisten gebruiken AI voor vertalingen.") is None
    assert read("Tekst voorgelezen door een AI-stem") is not None
    assert read("Dit artikel is geschreven met behulp van AI.") is not None


# Requests (batch k dev): Dutch "stelde een vraag aan", Portuguese "a reportagem" (the newsroom
# naming itself) and "questionamos", a German participle closing a long clause; not another
# outlet's report, not a request and a survey of readers joined by "und", not a maker asked
# about something (a press inquiry).
@pytest.mark.parametrize("text", [
    "Ik stelde een vraag aan ChatGPT (artificial intelligence) met de volgende zin:",
    "Para colher outro ponto de vista, a reportagem questionou o Gemini, ferramenta do Google que tem no "
    "Nano Banana seu gerador de imagens.",
    "Wir haben die Künstliche Intelligenz ChatGPT zum aktuellen Meisterschaftsrennen der Fußball-Kreisliga A2 "
    "befragt und wollten wissen, wer in diesem Jahr im engen Meisterschaftsrennen die Nase vorne haben wird.",
    "J'ai demandé à Mistral AI de rédiger l'introduction.",
])
def test_requests_to_an_ai(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    "A reportagem do NYT questionou o ChatGPT sobre o tema.",
    # noticiasaominuto.com.br, a story: someone else questioning the chatbot
    "Torres relatou que, ao questionar o chatbot sobre a \"teoria da simulação\" – que postula que a realidade "
    "é uma simulação de computador –, o ChatGPT não apenas explicou o conceito, mas foi além.",
    "Wir haben ChatGPT benutzt und die Leser befragt.",
    "We asked OpenAI about the outage.",
    "A reportagem questionou a OpenAI, que não comentou.",
])
def test_no_request_for_this_content(text):
    assert read(text) is None


# Another language's negator that is the reader's small word right before the AI is none:
# Portuguese "no Nano Banana" (em + o); Spanish "no fue escrito" still denies.
def test_a_contraction_is_no_other_languages_negation():
    assert read("Imagem gerada no Midjourney.") is not None
    assert read("Este texto no fue escrito por una IA.") is None
    assert read("Este texto não foi escrito por uma IA.") is None


# An image generator alone in parentheses closing a caption line is its credit (batch k dev,
# en caption); not a heading naming what a tool served for, a sentence, nor a line naming
# another AI before it (these three from real project pages).
def test_an_image_generator_closing_a_caption():
    found = find_disclosures(fold("Houston: Vehicles on the road will be autonomous, and greenery will be everywhere (Midjourney)"))
    assert [(f.form, f.act, f.agent) for f in found] == [("caption", "illustrated", "Midjourney")]
    assert read("Art Production (Midjourney)") is None
    assert read("Visual concept ideation (Midjourney).") is None
    assert read("In this project, AI technology is primarily used for image generation (Midjourney)") is None
    assert read("Le marché est dominé par un acteur (Midjourney).") is None


# The line closing what an AI made names it (batch k dev, fr label); the end of a kind of
# content, a headline, and the end of an article as its subject stay silent.
def test_the_line_closing_what_an_ai_made():
    assert read("Fin de l’article écrit par ChatGPT") is not None
    assert read("Fin du texte généré par l'IA") is not None
    assert read("Fin des contenus générés par IA sur Google ?") is None
    assert read("La fin de l'article écrit par ChatGPT a surpris les lecteurs.") is None


# A presentative, a free relative, then an AI answering or making: what it did is shown next
# (batch k dev, it note; gamesider.com, fr); no answer, a modal, a maker, a negation, or a
# story's report or condition stay silent.
@pytest.mark.parametrize("text", [
    "Questo è quello che suggerisce ChatGPT per fare una riflessione sul pranzo comunitario che c’è stato "
    "Domenica 16 Marzo presso l’oratorio Beato C. Acutis.",
    "Voici ce que nous a indiqué ChatGPT après avoir insisté :",
    "This is what ChatGPT wrote:",
    "Esto es lo que respondió ChatGPT:",
])
def test_what_an_ai_answered_presented(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    "This is what AI means for journalism.",
    "Voici ce que ChatGPT peut faire pour vous.",
    "Voici ce que OpenAI a répondu.",
    "Voici ce que ChatGPT n'a pas dit.",
    "C'est ce que l'IA a répondu aux chercheurs de Stanford, selon l'étude.",
    "This is what the chatbot replied when researchers asked it about elections.",
])
def test_what_an_ai_does_in_a_story(text):
    assert read(text) is None


# Batch l's dev half (2026-12-07). Help said in linking words opening the sentence ("Met" only
# ends as a participle does) is no label's act: the sentence's own subject and present verb
# follow, a practice (nl other, a product's page); the label with its participle stays one.
def test_help_opening_a_practice():
    assert read("Met hulp van AI verkennen we snel meerdere richtingen — jij kiest en stuurt bij.") is None
    assert read("Avec l'aide de l'IA, nous explorons plusieurs pistes.") is None
    assert read("Met hulp van AI geschreven.") is not None
    assert read("Mit Hilfe von KI erstellt.") is not None


# A short line naming AI-made content as what something is for (a product's menu, nl) or what
# a detector finds (es and pt interface strings), or Spanish "lo generado" (whatever was
# generated, a heading on ownership): not this content. The labels alone still are.
@pytest.mark.parametrize("text", [
    "OpenAI - Voor AI-gegenereerde afbeeldingen",
    "Voz generada por IA detectada.",
    "Identifique música criada com Inteligência Artificial.",
    "Usar, tener derechos e impedir que otros usen no es lo mismo. Titularidad de lo generado con IA.",
    "Pour les images générées par IA",
    "AI-generated content detected",
    "Lo generado por IA no tiene derechos de autor.",
])
def test_such_content_named_not_this(text):
    assert read(text) is None


@pytest.mark.parametrize("text", [
    "AI-gegenereerde afbeeldingen",
    "Voz generada por IA",
    "Música criada com Inteligência Artificial",
    "Resumen generado con IA",
])
def test_such_content_labels_stay(text):
    assert read(text) is not None


# A second act joined to the first shares its agent (es note): "generado y editado por el motor
# de IA"; acts of a newsroom stay silent.
def test_two_acts_one_agent():
    found = find_disclosures(fold(
        "Este artículo fue generado y editado por el motor de IA de Vanguardia Ciencia, analizando "
        "publicaciones científicas de Nature, Science y otros diarios de alto impacto."))
    assert [(f.act, f.agent) for f in found] == [("generated", "IA")]
    assert read("Este artículo fue escrito y corregido por nuestro equipo, que cubre la IA.") is None


# An automatic tool is a weak agent (fr translation): an agent only with an act linked to it.
def test_an_automatic_tool_is_a_weak_agent():
    assert read("Cette traduction a été réalisée avec l'assistance d'un outil automatique.") is not None
    assert read("Des outils automatiques analysent ce texte.") is None
    assert read("Un outil automatique") is None


# "Il presente elaborato" is this content (it note, a technical drawing's notice); "Nel presente
# elaborato" is where something is said.
def test_elaborato_is_content():
    assert read("Il presente elaborato è una rappresentazione grafica indicativa, prodotta anche con l'ausilio "
                "di strumenti digitali e di intelligenza artificiale, sulla base di misure rilevate nelle "
                "condizioni presenti al momento del sopralluogo.") is not None
    assert read("Nel presente elaborato analizziamo come l'intelligenza artificiale ha generato notizie false.") is None


# A credit line's part: a name, a comma, help said of an AI ending it (fr byline, a line of
# parts set off by dots, 21 words: dots are no prose's dashes); not a place or a source
# before a sentence that goes on, nor a reported credit.
def test_a_name_with_ai_help():
    found = find_disclosures(fold("D'après une idée d'André Delalande · inerWeb — F. Henninot, avec l'aide d'une IA · "
                                  "voix de synthèse · CC BY-NC-ND"))
    assert [(f.form, f.act) for f in found] == [("byline", "assisted")]
    assert read("Paris, avec l'aide d'une IA, la mairie a publié un guide.") is None
    assert read("Selon Le Monde, avec l'aide d'une IA") is None


# The newsroom asking an AI, tuned on batch m's dev half (the Portuguese one is of its test half,
# quoted in the README's account of m before tuning): a European Portuguese first-person
# plural ("Desafiámos"), a Spanish request in the infinitive after "se nos ha ocurrido", a German
# question put to the AI ("… die gleiche Frage gestellt"); the same wording to a person, or
# another newsroom's test, stays silent.
@pytest.mark.parametrize("text", [
    "Desafiámos o Chat GPT, um programa de inteligência artificial, a apontar estratégias para o "
    "desenvolvimento de Estremoz, perguntámos-lhe por José Daniel Sádio e pedimos que elaborasse uma "
    "notícia para publicar no jornal.",
    "Se nos ha ocurrido preguntarle a la inteligencia artificial generativa de imágenes DALL-E, "
    "integrada en ChatGPT, cómo sería esta España en la que la IA lo domina todo, y la raza humana "
    "ha desaparecido, dando paso al vacío, la soledad y la vegetación.",
    "Im Anschluss habe ich dem ChatGPT die gleiche Frage gestellt und eine ungefähre Wortzahl vorgegeben.",
])
def test_the_newsroom_asks_an_ai(text):
    assert read(text) is not None


@pytest.mark.parametrize("text", [
    # another outlet's interview of an AI (fr story in the labelled set)
    "Ce matin, dans la matinale d'Europe 1, Sonia Mabrouk a proposé une interview improbable de "
    "l'intelligence artificielle (IA), Chat-GPT3.",
    # constructed neighbours: the question put to a person named by an AI word
    "Wir haben der KI-Expertin Fragen gestellt.",
    "Unser Interview mit dem KI-Forscher Max Müller.",
])
def test_asking_a_person_or_another_newsroom_is_no_disclosure(text):
    assert read(text) is None


# A headline with a predicate about AI-made content is no label (round 45b r03, an editorial
# about a reporter who used AI): «AI-generated stories not acceptable»; the compound and its
# noun alone stay a label.
def test_a_negated_predicate_makes_a_headline():
    assert read("AI-generated stories not acceptable") is None
    assert read("AI-generated stories") is not None
    assert read("Partly AI-generated content") is not None


# Captions crediting an image generator in a phrase (batch m, nl of its test half, quoted in the
# README's account of m; en of its dev half): the credit
# noun and a space ("Beeld Midjourney/Fenna Schilling"), a work's title in quotes then how it
# was made ("“Green City,” created by UnikoVB using Midjourney."); output announced by a
# presentative line ("Ziehier wat ChatGPT uitbraakte."). Not a headline after the noun, a
# person's work, a story's subject in quotes, nor what a person said.
@pytest.mark.parametrize("text, form", [
    ("Beeld Midjourney/Fenna Schilling", "caption"),
    ("“Green City,” created by UnikoVB using Midjourney.", "caption"),
    ("Ziehier wat ChatGPT uitbraakte.", "statement"),
])
def test_credited_and_announced_output(text, form):
    found = read(text)
    assert found is not None and found.form == form


@pytest.mark.parametrize("text", [
    # a credit quoted in a story (en story in the labelled set), then constructed neighbours
    "A day later, an artist–slash–art director saw the post and noticed that I credited “AI art by "
    "Midjourney” in the captions.",
    "Foto Midjourney maakt furore",
    "Beeld ANP",
    "“Green City” created by UnikoVB.",
    "“Fake news,” shared by users who used ChatGPT, spread fast.",
    "Ziehier wat de directeur van OpenAI zei.",
])
def test_credit_and_announcement_neighbours_stay_silent(text):
    assert read(text) is None
