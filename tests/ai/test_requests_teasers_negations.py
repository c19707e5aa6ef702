"""Three readings of the disclosure reader (task ai47, issue 7): the author's or the newsroom's
own request to an AI whose answer the page gives (not a person the AI words only describe,
not a third party's request); a related link's lead-in over another article's headline (a
teaser, not this page's disclosure); a negated practice. Real sentences from the search tool's
pages corpus (URL above each), or from the labelled batches (their id)."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.segment.disclosure import find_disclosures


def read(text: str, lang: str):
    return find_disclosures(fold(text), lang)


# --- 1. The author's or the newsroom's request to an AI ---------------------------------------

@pytest.mark.parametrize("lang, text", [
    # https://notessursaint-just.blogspot.com/2023/04 (the inverted first person)
    ("fr", "Aussi ai-je demandé à ChatGPT d’écrire un discours de Saint-Just."),
    # https://www.gwsmedia.com/articles/how-good-is-chat-gpt-4 ("put X to the test")
    ("en", "We put Chat GPT 4 to the test with questions designed to test its comprehension skills, "
           "knowledge base and relevancy of responses."),
    # https://geekcodehub.com/1398/chatgpt-test-is-it-worth-the-hype/
    ("en", "We challenged ChatGPT to write an article, a short story, and even some poetry."),
    # https://encontrodeleituras.blogspot.com/2025/10/fomos-perguntar-ia-tambem-podes-ser.html
    ("pt", "📚Para mostrar as suas habilidades literárias, pedimos à IA que escrevesse um pequeno conto."),
    # batch j-m dev item (es first-person): an interview of the AI
    ("es", "Movido por la curiosidad sobre qué es y hasta dónde puede llegar una inteligencia artificial, "
           "he entrevistado directamente a ChatGPT para que me hable sobre ella misma."),
])
def test_own_request_to_an_ai_is_a_disclosure(lang, text):
    (reading,) = read(text, lang)
    assert reading.form == "statement"


@pytest.mark.parametrize("lang, text", [
    # the newsroom as the one asking, in each language's words (newsroom_askers, requests)
    ("fr", "Notre rédaction a interrogé l'IA sur les résultats du second tour."),
    ("de", "Unsere Redaktion hat ChatGPT gefragt, wer am Ende Meister wird."),
    ("en", "Our newsroom asked ChatGPT to predict the final score."),
    ("it", "La redazione ha intervistato ChatGPT sul futuro della città."),
    ("es", "La redacción le pidió a ChatGPT que imaginara la ciudad en 2050."),
    ("pt", "A redação pediu ao ChatGPT que imaginasse a cidade em 2050."),
    ("nl", "De redactie vroeg ChatGPT om een gedicht over de stad."),
    ("de", "Wir haben ChatGPT auf die Probe gestellt."),
    ("nl", "We hebben ChatGPT geïnterviewd over de verkiezingen."),
])
def test_the_newsrooms_request_is_its_own(lang, text):
    (reading,) = read(text, lang)
    assert reading.agent in ("ChatGPT", "IA")


@pytest.mark.parametrize("lang, text", [
    # a person the AI words describe is the one asked (addressee_heads), not the AI
    ("fr", "Nous avons interrogé un expert en intelligence artificielle."),
    ("it", "Abbiamo intervistato un esperto di IA."),
    ("es", "Hemos entrevistado a una investigadora en inteligencia artificial."),
    ("en", "We interviewed an AI researcher at Stanford."),
    ("de", "Wir haben einen Experten für KI befragt."),
    # a person's role, in any language (person_roles)
    ("es", "Hemos entrevistado al director de inteligencia artificial de Telefónica."),
    ("it", "Abbiamo intervistato il fondatore di OpenAI."),
    # a third party asks: a story. https://www.watson.ch/fr/international/emmanuel%20macron/119056378-chatgpt-a-reecrit-le-discours-de-macron
    ("fr", "FranceInfo a demandé à l'intelligence artificielle de relever le défi."),
    # https://www.daily8.com/en/article/79e35f4894fb8f40268f01d11a4f7aaf
    ("en", "Each day, Il Foglio's top editor, Claudio Cerasa, asked ChatGPT Pro to write articles on "
           "various topics—Italian politics, J. D. Vance, AI itself."),
    # https://www.open.online/2023/04/19/romano-prodi-test-chatgpt-garante-privacy/
    ("it", "Riunendo alcuni suoi collaboratori e amici l’ex presidente del Consiglio ha provato a chiedere "
           "alla ChatGPT ancora funzionante di provare a scrivere un saggio breve di economia secondo il "
           "pensiero di Romano Prodi."),
    # https://gptgov.com.br/vereador-vira-piada-ao-postar-texto-com-%c2%93assinatura%c2%94-do-chatgpt-folhamax
    ("pt", "Ao recorrer ao ChatGPT para revisar um texto crítico à viagem internacional do prefeito Abílio "
           "Brunini (PL), o parlamentar esqueceu de apagar o aviso inicial deixado pela própria ferramenta "
           "e acabou virando motivo de piada nas redes sociais."),
    ("en", "The students asked ChatGPT to write their essays."),
    ("fr", "Des journalistes ont testé ChatGPT pour écrire des articles."),
])
def test_a_person_asked_or_a_third_partys_request_is_silent(lang, text):
    assert read(text, lang) == ()


@pytest.mark.xfail(strict=True, reason="the request in a relative clause after the AI it is addressed "
                   "to («ChatGPT auquel nous avons fait appel»): _commissioned reads the addressee after "
                   "the request, or before it right next to it")
def test_a_request_in_a_relative_clause():
    # https://www.atlantico.fr/article/decryptage/chatgpt-fait-du-macron-a-moins-que-ce-ne-soit-l-inverse-discours-reforme-des-retraites-francais-citoyens-democratie-sophie-binet-100-jours-waterloo-benoit-rayski
    assert read("Avec ChatGPT auquel nous avons fait appel, vingt secondes auront suffi pour dire la même "
                "chose.", "fr")


# --- 2. A teaser for another article ------------------------------------------------------------

# Real disclosures (the first, https://www.twsillimanian.com/editorial/14363/lampoon-ai-editor-in-chief-hired/),
# each then under a related link's lead-in SEG002 already knows (boilerplate_inline, related_link_labels)
TEASED = [
    ("en", "This editorial was generated by ChatGPT.", "READ MORE: "),
    # "Also read:" over a clause a full stop closes is prose to SEG002 (review 2): a headline has none
    ("en", "This editorial was generated by ChatGPT", "Also read: "),
    ("fr", "Cet article a été écrit par une intelligence artificielle.", "Lire aussi : "),
    ("fr", "Cet article a été écrit par une intelligence artificielle.", "À lire aussi – "),
    ("de", "Dieser Artikel wurde von einer KI geschrieben.", "Lesen Sie auch: "),
    ("it", "Questo articolo è stato scritto da ChatGPT.", "Leggi anche: "),
    ("pt", "Esta coluna foi escrita com inteligência artificial.", "Leia também: "),
    ("es", "Este artículo fue escrito por una inteligencia artificial.", "Lea también: "),
]


@pytest.mark.parametrize("lang, text, lead", TEASED)
def test_a_teaser_is_no_disclosure_of_this_page(lang, text, lead):
    assert read(text, lang), "the sentence alone is a disclosure"
    assert read(lead + text, lang) == ()


@pytest.mark.parametrize("lang, text", [
    # a lead-in's word inside a sentence, no lead-in: the disclosure stands
    ("de", "Hinweis: Dieser Artikel wurde von einer KI geschrieben."),
    ("en", "Editor's note: This editorial was generated by ChatGPT."),
])
def test_a_note_label_is_no_teaser(lang, text):
    assert read(text, lang)


# --- 3. A negated practice ----------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    # de-m-015, https://themenwelten.rheinpfalz.de/80-jahre-die-rheinpfalz-84409/bad-duerkheim/neue-technik-alte-werte-253673
    # ("kein" on the object of the verb of making, the AI after it through "mit")
    ("de", "Ebenso erstellen wir keine fotorealistischen Bilder mit KI."),
    ("fr", "Nous ne générons aucune image avec l'IA."),
    ("en", "We never use AI to write stories."),
    # https://ecodibergamo.it/stories/premium/corner/atuttocampo/cosa-sa-lintelligenza-artificiale-della-storia-dellatalanta-ecco-domande-o_1457248_11
    ("it", "Noi di Corner certamente non utilizzeremo ChatGPT per la produzione dei nostri contenuti: "
           "preferiamo la preparazione, lo studio, il ragionamento dell’uomo."),
    # a rule's headline through the caption path: a negated predicate after "AI-generated images"
    ("en", "AI-generated images not allowed in the contest"),
    ("en", "AI-generated images not permitted"),
])
def test_a_negated_practice_is_no_disclosure(lang, text):
    assert read(text, lang) == ()


@pytest.mark.parametrize("lang, text", [
    ("de", "Wir erstellen diese Bilder mit KI."),  # the same without "keine"
    ("en", "AI-generated image of the stadium"),  # a caption
    ("en", "AI-generated image, not a photograph"),  # what it is not, said of the image
    ("de", "KI-generierter Text, nicht redaktionell geprüft"),  # not reviewed, still made by AI
])
def test_captions_and_notes_beside_a_negation_still_read(lang, text):
    assert read(text, lang)


# --- Review of ai47: its probes the branch got wrong --------------------------------------------

@pytest.mark.parametrize("lang, text", [
    # the one asked is a noun, then "of/de/di/da" and the AI (of_words): its topic or owner
    ("en", "We interviewed the creators of the AI chatbot at their office in Paris."),
    ("pt", "Entrevistamos o diretor de inteligência artificial da Microsoft no Brasil."),
    ("en", "We interviewed the head of AI at Meta about Llama."),
    ("es", "Hemos entrevistado a los creadores de ChatGPT."),
    ("it", "Abbiamo intervistato gli sviluppatori di ChatGPT a San Francisco."),
    ("fr", "La rédaction a interrogé des enseignants sur l'usage de ChatGPT en classe."),
    ("es", "La redacción preguntó a varias empresas de inteligencia artificial por sus planes."),
    ("it", "Abbiamo intervistato l'amministratore delegato di una startup di intelligenza artificiale."),
    ("fr", "Nous avons interrogé des utilisateurs de ChatGPT sur leurs usages."),
    # the AI word after a determiner modifies the noun after it: a person, a product's features
    ("en", "We put the Galaxy AI camera features to the test in low light."),
    ("en", "We interviewed a chatbot designer who worked on Alexa."),
    # still a person's role (person_roles): «à un ami qui utilise ChatGPT»
    ("fr", "J'ai demandé à un ami qui utilise ChatGPT tous les jours ce qu'il en pense."),
])
def test_the_ai_not_the_head_of_the_phrase_asked_is_silent(lang, text):
    assert read(text, lang) == ()


@pytest.mark.parametrize("lang, text", [
    # the AI is the head of the phrase asked: the request stands
    ("en", "We interviewed ChatGPT about the future of our town."),
    ("es", "Hemos entrevistado a ChatGPT sobre el futuro del periodismo."),
    ("en", "I asked an AI chatbot what it thinks of our city, and here is its answer."),
    ("en", "We put Google's Gemini to the test with ten questions about our city."),
    ("it", "Abbiamo intervistato ChatGPT: ecco cosa ci ha risposto."),
    ("fr", "La rédaction a demandé à ChatGPT d'écrire un poème sur la ville."),
    ("pt", "A nossa redação pediu ao ChatGPT que escrevesse um poema."),
])
def test_the_ai_the_head_of_the_phrase_asked_is_a_request(lang, text):
    assert read(text, lang)


@pytest.mark.parametrize("lang, lead", [
    # the review's lead-ins (related_link_labels), "|" as the lead-in's colon too
    ("nl", "Lees ook: "), ("nl", "Zie ook: "), ("en", "See also: "), ("en", "Read also: "),
    ("en", "MORE: "), ("en", "ALSO READ | "), ("fr", "Voir aussi : "), ("de", "Mehr zum Thema: "),
    ("es", "Lee también: "), ("es", "Leer más: "),
])
def test_more_lead_ins_are_teasers(lang, lead):
    text = "We asked ChatGPT to write a poem about our town"
    assert read(text, "en"), "the sentence alone is a disclosure"
    assert read(lead + text, lang) == ()


def test_a_teaser_on_a_line_of_parts_is_no_disclosure():
    # the line of parts ("|") is read apart only after the teaser check
    text = "Story by OpenAI ChatGPT | Images by Midjourney"
    assert len(read(text, "en")) == 2
    assert read("See also: " + text, "en") == ()


@pytest.mark.parametrize("lang, text", [
    # "not" and a participle describes the image, no rule (rule_predicates): still a caption
    ("en", "AI-generated image not depicting real events"),
    ("en", "AI-generated image not based on a real photograph"),
    ("en", "AI-generated image not intended to depict a real person"),
])
def test_a_caption_saying_what_the_image_is_not_still_reads(lang, text):
    (reading,) = read(text, lang)
    assert reading.form == "caption"


@pytest.mark.parametrize("lang, text", [
    ("en", "AI-generated submissions not eligible for the prize"),
    ("en", "AI-generated images not accepted"),
])
def test_a_rules_predicate_after_not_silences_a_caption(lang, text):
    assert read(text, lang) == ()
