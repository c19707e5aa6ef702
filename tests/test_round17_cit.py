"""Round 17 of the blind verdicts (17a, 17b): AI-use disclosures and citations on the pages'
own sentences, with a second wording and a negative beside each."""

from __future__ import annotations

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures
from tests.attribution_reading import vague


def _rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in audit_document(text, name)["findings"]]


def _disclosed(text: str) -> list[str]:
    return [r.text for r in find_disclosures(fold(text))]


def test_a_question_states_no_use_its_answer_decides() -> None:
    # 17b en05_mvexaminer (r01): twice on the page, each answered "No" on the next line
    text = ("So, first question-\nHave I used generative AI to write any of my articles?\n"
            "No, I have not. I have written and continue to write all of my articles and newsletters.\n"
            "Have I used generative AI to edit any of my articles?\nNo, I have not. I edit all of my articles.\n")
    assert "AI001" not in _rules(text)
    assert _disclosed("Have I used generative AI to write any of my articles? No, I have not.") == []
    # answered yes, in the same block or the block under it, the question is the disclosure
    assert _disclosed("Was this article written with ChatGPT? Yes.") == ["Was this article written with ChatGPT?"]
    page = ("How we work at the Examiner\n\nReaders often ask us how our stories are made, and we "
            "want to answer plainly here.\n\nWas this article written with ChatGPT?\n\nYes.\n")
    assert "AI001" in _rules(page)
    # a statement is read as before
    assert _disclosed("This article was written with ChatGPT.") == ["This article was written with ChatGPT."]


def test_a_label_heading_a_policy_is_no_label_on_the_page() -> None:
    # 17b en06_newleafnews (r02)
    text = ("AI usage transparency\nWe want readers to know when automation helped shape a story workflow.\n"
            "AI-assisted workflows\nWe may use AI tools to help with tasks such as summarization, "
            "transcription cleanup or metadata drafting, but editorial responsibility stays with human staff.\n")
    assert "AI001" not in _rules(text)
    # a label over the story it marks stays one
    assert "AI001" in _rules("Les prix flambent\n\nContenu généré par IA\n\nLe prix du blé a augmenté "
                             "de 10 % cette semaine selon les négociants du port de Rouen.\n")


def test_a_request_to_an_ai_named_by_its_maker_and_feature() -> None:
    # 17b it02_salahzar (r04)
    text = ("Usando la feature deep search di Google ho chiesto di fare un articolo sulla teoria delle "
            "stringhe. Vedremo che il suo articolo pur non essendo “autorevole” come wikipedia, appare "
            "ricco e leggibile.\n\nLa teoria delle stringhe non è nata come un tentativo di unificare "
            "tutte le forze fondamentali.\n")
    assert "AI001" in _rules(text)
    # the same means-then-request shape in English (constructed), and the feature with its model
    assert _disclosed("Using ChatGPT, I asked it to write an article about the town council.") != []
    assert _disclosed("Gemini Deep Research wrote this report.") != []
    # the maker alone is no AI; a deep search alone is any search; a press inquiry asks nothing made
    assert _disclosed("Usando Google ho chiesto di fare un articolo sulla teoria delle stringhe.") == []
    assert _disclosed("A deep search of the archives found the original article.") == []
    assert _disclosed("Using Gemini, we asked OpenAI for comment on the outage.") == []


def test_a_reprint_credit_is_no_sources_list() -> None:
    # 17b fr03_togotribune (r03)
    text = ("Afrique: longévité au pouvoir, Emmanuel Macron se prononce\n\nDans une interview exclusive "
            "accordée simultanément à nos confrères de RFI et France 24, à partir d’Abidjan, le président "
            "français a aussi estimé que le visage de l’Afrique aujourd’hui n’est pas celui de ses "
            "dirigeants.\n\nSource : www.cameroonweb.com\n")
    assert "CIT002" not in _rules(text)
    # CIT002's own example: two outlets named alone are a list, still asked
    assert "CIT002" in _rules("Le maire démissionne\n\nSelon le Figaro, le maire a démissionné mardi soir "
                              "après le vote du budget.\n\nSources : Le Monde, Reuters.\n")


def test_a_view_shared_by_a_class_of_people() -> None:
    # 17b fr06_optionfinance (r05)
    text = ("Entre janvier et début septembre, 78 sociétés hexagonales ont été acquises par des groupes "
            "américains. Un tel constat est partagé par plusieurs banquiers d’affaires.")
    assert vague(text) == ["constat est partagé par plusieurs banquiers"]
    assert "CIT004" in _rules("Les groupes américains rachètent des sociétés françaises.\n\n" + text)
    assert vague("Cette analyse est exprimée par de nombreux économistes.") == \
        ["analyse est exprimée par de nombreux économistes"]
    # whose, said after it; a shared thing that is no view
    assert vague("Ce constat est partagé par plusieurs banquiers de Lazard.") == []
    assert vague("Un repas partagé par des amis a clos la journée.") == []


def test_an_inverted_speaker_after_comme_or_ce_que() -> None:
    # 17b fr08_projectsyndicate (r06)
    text = ("L’IA n’a pour l’heure apporté aucun avantage révolutionnaire sur le plan de la productivité. "
            "Contrairement à ce qu’annonçaient de nombreux experts en technologie, nous avons encore "
            "besoin de radiologues.")
    assert vague(text) == ["ce qu’annonçaient de nombreux experts"]
    assert "CIT004" in _rules(text)
    # 17a fr10 (r09)
    text = ("Le procès s'est tenu devant la cour d'assises.\n\nComme l'a très justement rappelé un jour "
            "un avocat devant les jurés, l'humanité n'est pas faite que de mères qui tuent et de pères "
            "qui étranglent, mais elle est aussi faite de cela.")
    assert vague(text) == ["Comme l'a très justement rappelé un jour un avocat"]
    assert "CIT004" in _rules(text)
    assert vague("Comme le souligne un haut responsable, la trêve est fragile.") == \
        ["Comme le souligne un haut responsable"]
    # lactualitedessocialistes.hautetfort.com (pages corpus): no speaker after the verb
    assert vague("Contrairement à ce que laissait entendre la petite musique distillée par le "
                 "gouvernement, c'est un choc d'offre.") == []
    # a named speaker, a proverb, a role named after it
    assert vague("Comme l'a rappelé le ministre Jean Dupont, la réforme entre en vigueur.") == []
    assert vague("Comme le dit un proverbe, tout vient à point.") == []
    assert vague("Comme l'a expliqué un responsable du Hamas, Oussama Hamdan, la trêve tient.") == []
