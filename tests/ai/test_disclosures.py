"""AI001's reading of a disclosure sentence: the act (generated, assisted, reviewed) and who did
it, a policy's rule, a question, a general claim or a third party's practice that is no
disclosure of this page, samples under a lead-in, menus naming AI."""

from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures
from tests.blind_reading import ROUNDS, article, read, repro
from tests.citations.reading import (
    ai001_findings, ai001_forms, ai001_messages, ai_rule_messages, ai_rule_spans, disclosed,
    disclosure_acts, disclosure_acts_reviewed, disclosure_forms, messages, rules,
    selected_rule_messages,
)


# from tests/test_disclosure_menus_samples.py
SIPOCH = """An AI content disclosure policy is a formal guideline that explains when and how organizations reveal the use of AI in content creation.
To disclose, organizations use simple statements like:
- This article was written with assistance from AI tools.
- Portions of this content were generated using AI and reviewed by a human editor.
"""


# A publishers' guide (Use of AI Disclosure Statements), its example unquoted.
GUIDE = """Consider the following AI Disclosure template:
Examples:
In this work, I have used ChatGPT to review the entire manuscript for grammar and styling errors. I reviewed, edited, and take responsibility for all outputs of the tools used in this work.
"""


# from tests/test_round31_cit.py
_MATCHUP = ("Week eight of the high school football season was thrilling, highlighted by an intense "
            "matchup between Bay Port and West De Pere.\n\n")


# from tests/test_round37_ai.py
_REPRO = ROUNDS / "round37a" / "repro"


# from tests/test_disclosure_menus_samples.py
@pytest.mark.parametrize("text", [SIPOCH, GUIDE])
def test_wordings_a_lead_in_announces_are_samples(text):
    assert ai_rule_spans(text, "a.txt") == []


def test_a_list_under_a_note_s_lead_in_is_still_a_disclosure():
    text = SIPOCH.replace("To disclose, organizations use simple statements like:", "Transparency note:") \
        .replace("An AI content disclosure policy is a formal guideline that explains when and how "
                 "organizations reveal the use of AI in content creation.",
                 "The council voted the budget on Tuesday, the mayor said.")
    assert [r for r, _ in ai_rule_spans(text, "a.txt")] == ["AI001", "AI001"]


def test_samples_in_an_html_list():
    html = ("<html><body><article><h1>AI disclosure policies</h1><p>An AI content disclosure policy is a "
            "formal guideline that explains when and how organizations reveal the use of AI.</p>"
            "<p>To disclose, organizations use simple statements like:</p><ul>"
            "<li>This article was written with assistance from AI tools.</li>"
            "<li>Portions of this content were generated using AI and reviewed by a human editor.</li>"
            "</ul></article></body></html>")
    assert ai_rule_spans(html, "a.html") == []


def test_with_assistance_is_assisted():
    assert disclosure_forms("This article was written with assistance from AI tools.") == [("assisted", "statement")]
    assert disclosure_forms("This article was written with AI assistance.") == [("assisted", "statement")]
    assert disclosure_forms("The company offers AI assistance to customers.") == []


def test_a_disclaimer_s_heading_over_a_policy_is_none():
    # en06_sipoch: the heading names the kind of note; what follows says "may be generated".
    assert disclosure_forms('AI-Generated Content Disclaimer: "Some of the content on this website may be '
                            'generated using artificial intelligence algorithms.') == []
    # en-008 (mensresearch.ai): what follows the heading says what was done.
    assert disclosure_forms("AI-generated content disclosure: Research summaries on this site are produced by AI "
                            "(Claude Sonnet 4.6 by Anthropic) from peer-reviewed sources.") == [("summarised", "statement")]


def test_a_demonstrative_naming_again_what_the_sentence_named_is_not_this_page():
    assert disclosure_forms("- The AI Act stipulates a disclosure requirement for the use of AI in writing texts, "
                            "provided these texts serve to inform the public about matters of public interest.") == []
    assert disclosure_forms("Written with the help of AI, this text was reviewed by our editors.") == [("assisted", "statement")]


def test_a_credit_or_a_note_after_a_lead_in_is_still_one():
    assert disclosure_forms("Illustration: KI · NurEine") == [("illustrated", "caption")]
    assert disclosure_forms("Hinweis: Dieser Text wurde mit KI erstellt.") == [("generated", "statement")]


# from tests/test_disclosure_round28.py
# Round 28a (en05, goodloe.com): what the posts resemble, not how they were made.
def test_a_comparison_is_no_disclosure():
    text = ("Embracing AI\n\nRecently, I received feedback that my blog posts sometimes sound a bit "
            "stiff, a bit too much like they were written by an AI. At first, I was defensive.\n")
    assert ai001_messages(text) == []


@pytest.mark.parametrize("text, lang", [
    ("It reads as if this article was written by ChatGPT.", "en"),
    ("Mes textes sonnent comme si cet article avait été écrit par une IA.", "fr"),
    ("Der Text klingt, als ob dieser Artikel von einer KI geschrieben wurde.", "de"),
])
def test_other_comparisons_stay_silent(text, lang):
    assert find_disclosures(text, lang) == ()


@pytest.mark.parametrize("text", [
    # real page (round 28a en05), the same blog's own disclosure
    "This blog post was created with the assistance of AI tools ChatGPT and Midjourney.",
    "Like many outlets, this article was written with the help of AI.",  # "like" far from the act
])
def test_disclosures_beside_a_comparison_word_are_kept(text):
    assert len(find_disclosures(text, "en")) == 1


def test_like_as_a_verb_is_no_comparison():
    assert len(find_disclosures("We would like to say this article was written by AI.", "en")) == 1


# from tests/test_provenance_round36.py
def test_a_translators_general_claim_is_no_disclosure():
    text = (ROUNDS / "round36a" / "repro" / "r3_ai001_generic_statement.txt").read_text(encoding="utf-8")
    assert ai_rule_messages(text) == []


@pytest.mark.parametrize("lang,text", [
    # "En" opening the sentence is a preposition (the field), not a conjunction before a label
    ("fr", "En traduction, l'IA permet d'obtenir un premier jet."),
    # known gap: with the preposition rule reverted (review 1 R1), only the predicate tells a
    # general claim, and "produit des textes" is no generic predicate
    pytest.param("fr", "En traduction automatique, DeepL produit des textes fluides.",
                 marks=pytest.mark.xfail(strict=True, reason="no generic predicate; preposition rule reverted")),
    ("es", "En traducción, la IA es útil para obtener un primer borrador."),
    # what AI or its output is good for, in general
    ("en", "Translation with AI is useful for a first draft."),
    ("en", "Summaries generated by AI help readers."),
    ("fr", "Les résumés générés par IA aident les lecteurs pressés."),
    ("de", "Übersetzen mit KI spart Zeit."),
])
def test_general_statements_are_not_disclosures(lang, text):
    assert find_disclosures(text, lang) == ()


@pytest.mark.parametrize("lang,text,act", [
    ("fr", "Cet article a été traduit avec l'aide de l'IA.", "translated"),
    ("fr", "Texte traduit de l'anglais par DeepL et relu par la rédaction.", "translated"),
    ("fr", "Et traduit par DeepL.", "translated"),
    ("nl", "En vertaald door DeepL.", "translated"),  # Dutch "en" is "and"
    ("fr", "Ce texte a été traduit automatiquement par DeepL, un outil qui permet de gagner du temps.",
     "translated"),
    ("en", "Translated from English with DeepL, which helps us reach more readers.", "translated"),
    ("en", "This summary was generated by AI, which helps readers catch up.", "summarised"),
    ("en", "AI helped write this story.", "assisted"),
    ("de", "KI hilft uns, diesen Artikel zu übersetzen.", "translated"),
    ("fr", "L'IA nous a aidés à rédiger cet article.", "assisted"),
])
def test_disclosures_with_a_word_on_the_tool_are_still_read(lang, text, act):
    assert [d.act for d in find_disclosures(text, lang)] == [act]


# from tests/test_round17_cit.py
def test_a_question_states_no_use_its_answer_decides() -> None:
    # 17b en05_mvexaminer (r01): twice on the page, each answered "No" on the next line
    text = ("So, first question-\nHave I used generative AI to write any of my articles?\n"
            "No, I have not. I have written and continue to write all of my articles and newsletters.\n"
            "Have I used generative AI to edit any of my articles?\nNo, I have not. I edit all of my articles.\n")
    assert "AI001" not in rules(text)
    assert disclosed("Have I used generative AI to write any of my articles? No, I have not.") == []
    # answered yes, in the same block or the block under it, the question is the disclosure
    assert disclosed("Was this article written with ChatGPT? Yes.") == ["Was this article written with ChatGPT?"]
    page = ("How we work at the Examiner\n\nReaders often ask us how our stories are made, and we "
            "want to answer plainly here.\n\nWas this article written with ChatGPT?\n\nYes.\n")
    assert "AI001" in rules(page)
    # a statement is read as before
    assert disclosed("This article was written with ChatGPT.") == ["This article was written with ChatGPT."]


def test_a_label_heading_a_policy_is_no_label_on_the_page() -> None:
    # 17b en06_newleafnews (r02)
    text = ("AI usage transparency\nWe want readers to know when automation helped shape a story workflow.\n"
            "AI-assisted workflows\nWe may use AI tools to help with tasks such as summarization, "
            "transcription cleanup or metadata drafting, but editorial responsibility stays with human staff.\n")
    assert "AI001" not in rules(text)
    # a label over the story it marks stays one
    assert "AI001" in rules("Les prix flambent\n\nContenu généré par IA\n\nLe prix du blé a augmenté "
                            "de 10 % cette semaine selon les négociants du port de Rouen.\n")


def test_a_request_to_an_ai_named_by_its_maker_and_feature() -> None:
    # 17b it02_salahzar (r04)
    text = ("Usando la feature deep search di Google ho chiesto di fare un articolo sulla teoria delle "
            "stringhe. Vedremo che il suo articolo pur non essendo “autorevole” come wikipedia, appare "
            "ricco e leggibile.\n\nLa teoria delle stringhe non è nata come un tentativo di unificare "
            "tutte le forze fondamentali.\n")
    assert "AI001" in rules(text)
    # the same means-then-request shape in English (constructed), and the feature with its model
    assert disclosed("Using ChatGPT, I asked it to write an article about the town council.") != []
    assert disclosed("Gemini Deep Research wrote this report.") != []
    # the maker alone is no AI; a deep search alone is any search; a press inquiry asks nothing made
    assert disclosed("Usando Google ho chiesto di fare un articolo sulla teoria delle stringhe.") == []
    assert disclosed("A deep search of the archives found the original article.") == []
    assert disclosed("Using Gemini, we asked OpenAI for comment on the outage.") == []


# from tests/test_round27_cit.py
def test_ai_policy_rule_on_such_content_is_no_disclosure() -> None:
    # 27a r06 (en06 localmoco's AI policy page): what is done to all such content, a rule
    text = ("AI Policy\n\nWhat we use AI for\n\nWe use AI writing assistants as editorial aids, for "
            "drafting and copy-editing passes. All content produced with AI assistance is reviewed, "
            "edited, and signed off by a human editor before publication.\n")
    assert ai001_forms(text) == []
    # sachsuno.com's AI use policy: a modal says what must be done to it
    assert ai001_forms("AI Use Policy\n\nHuman Review\n\nContent prepared with AI assistance should be "
                       "reviewed by an editor before publication.\n") == []
    # this content, or the whole site's said made so: still disclosures
    assert ai001_forms("Title\n\nThis summary was generated by AI and will be reviewed.\n") == ["statement"]
    assert ai001_forms("Title\n\nAll articles on this site are researched, written and translated with the "
                       "help of AI.\n") == ["statement"]
    assert ai001_forms("Title\n\nThe summary generated by AI is below.\n") == ["statement"]


# from tests/test_round31_cit.py
def test_a_named_product_holding_ai_is_an_ai_agent() -> None:
    # 31b r04/r05 (en04_worldpulsenow, real lines): "World Pulse Now AI Editorial System"
    for line in ("— Curated by the World Pulse Now AI Editorial System",
                 "This summary was generated by the World Pulse Now AI Editorial System."):
        assert [r for r, _ in selected_rule_messages(_MATCHUP + line + "\n", "AI001")] == ["AI001"], line
    # a company's staff and a law named after AI make nothing here
    for line in ("Open AI's lawyers said the suit was baseless and written by people who misread the law.",
                 "The AI Act was written by the European Commission to regulate these systems.",
                 "The Newsroom AI team wrote a guide to the new rules."):
        assert selected_rule_messages(_MATCHUP + line + "\n", "AI001") == [], line


def test_an_argument_about_disclosing_is_no_disclosure() -> None:
    # 31a r03 (dessein-tech.com): "un contenu que je publie" — the author is the subject of
    # the relative clause's own verb ("publie"), not of "a été créé"
    lead = "Faut-il déclarer ses contenus comme générés par l'IA ?\n\n"
    for line in ("Je ne suis pas favorable à l’obligation de déclarer qu’un contenu que je publie a été "
                 "créé avec l’intelligence artificielle, pour la même raison qu’un auteur n’est pas tenu "
                 "de déclarer qu’il a créé son livre à l’aide d’un ordinateur.",
                 # hugoleonet.be (an opinion on the same question)
                 "Pour ce genre d’usage, il n’est pas nécessaire de mentionner qu’on a utilisé l’IA."):
        assert selected_rule_messages(lead + line + "\n", "AI001") == [], line
    # the author's own act stays one: the relative clause's verb is the act itself
    for line in ("Voici l'article que j'ai rédigé avec ChatGPT.",
                 # souslepaillasson.com
                 "Je rédige mes articles avec l’aide de l’intelligence artificielle, en particulier ChatGPT."):
        assert [r for r, _ in selected_rule_messages(lead + line + "\n", "AI001")] == ["AI001"], line


# from tests/test_round32_ai_seg_cit.py
# The brief's two standing wordings: both name this content, both disclose; an institution's
# practice does not ("we use AI to help our journalists").
@pytest.mark.parametrize("text, expected", [
    ("I used ChatGPT to draft parts of this report.", True),
    ("I use AI to help write this newsletter.", True),
    ("We use AI to help our journalists.", False),
])
def test_standing_first_person_disclosures(text, expected):
    assert bool(find_disclosures(fold(text), "en")) is expected


# from tests/test_round33_cit_seg_ai.py
# 33b r15: "mit Hilfe" + genitive is help, as "mit Hilfe von KI" is
@pytest.mark.parametrize("text, act", [
    ("Dieser Artikel wurde mit Hilfe künstlicher Intelligenz erstellt und von der Redaktion geprüft.", "assisted"),
    ("Dieser Artikel wurde mit Hilfe generativer KI erstellt.", "assisted"),
    ("Dieser Artikel wurde mit Hilfe von KI erstellt.", "assisted"),
    ("Dieser Artikel wurde von künstlicher Intelligenz erstellt.", "generated"),
])
def test_mit_hilfe_with_a_genitive_is_assisted(text, act):
    (reading,) = find_disclosures(fold(text), "de")
    assert reading.act == act


# from tests/test_round37_ai.py
# 37a r1 (fr27, France 24 via Boursorama): the fake sites' owner uses AI, not this article.
# A known miss since review 1 (R6): "dirigés par une seule personne, qui utilise l'IA" has the
# shape of this content's own maker ("Cette newsletter est préparée par un outil qui utilise
# l'IA"); what makes it a story ("faux", "souvent": other sites in general) is no syntax.
@pytest.mark.xfail(strict=True, reason="37a r1: the agent of the sites' making uses AI, read as this "
                   "content's own maker (review 1 R6 reverted that reading)")
def test_r1_story_about_fake_sites_is_no_disclosure():
    assert ai001_findings((_REPRO / "r1_ai001_story_about_ai.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("text, lang", [
    pytest.param("Ces faux sites web d'actualités sont souvent dirigés par une seule personne, qui "
                 "utilise l'IA dans l'espoir de générer des revenus publicitaires.", "fr",
                 marks=pytest.mark.xfail(strict=True, reason="37a r1, a known miss (review 1 R6)")),
    # review 1 c7: the same shape as its own maker's (c8 below), other sites by "ces … sites" only
    pytest.param("Ces sites sont gérés par une agence qui utilise l'IA pour produire des textes en masse.",
                 "fr", marks=pytest.mark.xfail(strict=True, reason="the maker's shape (review 1 R6)")),
    ("Ce site appartient à une société qui utilise l'IA pour produire des contenus en masse.", "fr"),
    # https://dispatch.iotexec.com/2024/03/17/lintelligence-artificielle-generative-une-menace-pour-linformation-fiable
    ("Certains de ces sites utilisent l’IA pour véhiculer de fausses informations, trompant ainsi "
     "des décideurs et des internautes.", "fr"),
    # http://www.puisonsensemble.org/enquete-sur-google-le-regne-des-sites-generes-par-ia_7154736.html
    ("En réalité, derrière cette apparente rédaction, se cache une seule personne exploitant "
     "l’intelligence artificielle.", "fr"),
    # http://markseton.co.uk/2022/12/21/ai-image-generation-with-midjourney/
    ("One company at the forefront of this technology is Midjourney, which uses AI to generate "
     "high-quality, photo-realistic images.", "en"),
])
def test_third_party_practice_is_a_story(text, lang):
    assert find_disclosures(fold(text), lang) == ()


@pytest.mark.parametrize("text, act", [
    ("Nous utilisons l'IA pour résumer cet article.", "summarised"),  # the newsroom, this content
    ("Cet article a été rédigé par notre rédaction, qui utilise l'IA pour le traduire.", "translated"),
    ("Cet article a été rédigé par un journaliste qui a utilisé l'IA.", "assisted"),  # a past act
    ("Cette page présente un résumé qui a été généré par l'IA.", "summarised"),  # content antecedent
    ("Cet article, qui a été traduit par DeepL, a été relu par la rédaction.", "translated"),
    ("Texte traduit par DeepL.", "translated"),  # a label, its object implicit
    # review 1 R6 (c1, b2, c8, c9): the relative's antecedent is the agent that makes this
    # content, its own tool or team
    ("Cette newsletter est préparée par un outil qui utilise l'IA.", "assisted"),
    ("Cette newsletter est préparée par un outil qui utilise l'IA, puis relue par la rédaction.", "assisted"),
    ("Ce site est géré par une petite équipe qui utilise l'IA pour rédiger une partie des articles.", "assisted"),
    ("Ce blog est tenu par une passionnée qui utilise ChatGPT pour corriger ses textes.", "assisted"),
])
def test_own_disclosures_still_read(text, act):
    (reading,) = find_disclosures(fold(text), "fr")
    assert reading.act == act


# from tests/test_round39_cit_ai.py
def test_r5_generated_using_a_tool_powered_by_a_model():
    findings = [f for f in audit_document(repro("round39b/r5_en_ai001"), "r5.md")["findings"]
                if f["rule"] == "AI001"]
    assert [f["evidence"]["act"] for f in findings] == ["generated"]


@pytest.mark.parametrize("text,lang", [
    ("This article was generated using ChatGPT.", "en"),
    ("This content was generated by AI using GPT-4o.", "en"),  # a guide's sample wording (pages)
    ("This article was created with a tool powered by GPT-4.", "en"),
    ("Cet article a été généré en utilisant ChatGPT.", "fr"),
    ("Dieser Artikel wurde mit newsletter-ai erstellt, das ChatGPT verwendet.", "de"),
    ("Este artículo fue generado utilizando ChatGPT.", "es"),
    ("Questo articolo è stato generato utilizzando ChatGPT.", "it"),
    ("Este artigo foi gerado usando o ChatGPT.", "pt"),
])
def test_made_with_an_instrument_is_generated(text, lang):
    assert disclosure_acts_reviewed(text, lang) == [("generated", False)]


def test_generated_with_ai_then_reviewed():
    assert disclosure_acts_reviewed("This article was generated with AI and reviewed by an editor.", "en") == [("generated", True)]
    # a guide's sample wording (pages corpus, sipoch.com)
    assert disclosure_acts_reviewed("Portions of this content were generated using AI and reviewed by a human editor.", "en") == \
        [("generated", True)]


@pytest.mark.parametrize("text,lang", [
    # help said: a person made it
    ("This article was written with the help of AI.", "en"),
    ("This article was written with assistance from AI tools.", "en"),
    ("This content was generated with the assistance of AI.", "en"),
    ("This article was written with the assistance of AI powered by OpenAI.", "en"),
    ("Cet article a été rédigé avec l'aide de l'IA.", "fr"),
    ("Dieser Artikel wurde mithilfe von ChatGPT erstellt.", "de"),
    ("Dit artikel is gegenereerd met behulp van ChatGPT.", "nl"),
    # the act is the writers', AI their tool
    ("We wrote this article using ChatGPT.", "en"),
    ("Nous avons rédigé cet article en utilisant ChatGPT.", "fr"),
    ("I use AI to aid me in writing in two main ways:", "en"),
    # an instrument alone says no act, nor a purpose after it (round 37's pin: the team's act)
    ("This article is powered by AI.", "en"),
    ("Ce site est géré par une petite équipe qui utilise l'IA pour rédiger une partie des articles.", "fr"),
])
def test_help_or_use_alone_stays_assisted(text, lang):
    assert [act for act, _ in disclosure_acts_reviewed(text, lang)] == ["assisted"]


def test_making_act_with_its_own_agent_stays_assisted():
    assert [act for act, _ in disclosure_acts_reviewed("This article was written by our editors using a tool powered by AI.", "en")] \
        == ["assisted"]


@pytest.mark.parametrize("text,lang", [
    ("Our reporter wrote this article using AI transcription tools.", "en"),
    ("Jane Doe wrote this story using Otter.ai to transcribe her interviews.", "en"),
    ("La nostra giornalista ha scritto questo articolo utilizzando strumenti di IA per la trascrizione.", "it"),
    ("Notre journaliste a rédigé cet article en utilisant des outils d'IA pour la transcription des entretiens.", "fr"),
    ("This article was written, and AI was used only to check spelling.", "en"),
    ("Dieser Text wurde von Hand geschrieben, KI wurde nur für die Recherche verwendet.", "de"),
    ("Este texto foi escrito, e a IA foi usada apenas na revisão ortográfica.", "pt"),
    ("Dit artikel is geschreven, waarbij AI is gebruikt voor de spellingscontrole.", "nl"),
    ("Cet article a été rédigé, l'IA ayant été utilisée pour la transcription des entretiens.", "fr"),
    # "and" alone ends the clause too
    ("This article was written and AI was used only to check spelling.", "en"),
])
def test_review_c_made_by_a_person_ai_a_side_task(text, lang):
    assert [act for act, _ in disclosure_acts_reviewed(text, lang)] == ["assisted"]


@pytest.mark.parametrize("text,lang", [
    # a relative on the tool stays in the clause; a comma right before the instrument too
    ("This article was generated using newsletter-ai, which is powered by Claude.", "en"),
    ("This article was generated automatically, using GPT-4.", "en"),
    # the act's subject is AI: its act
    ("ChatGPT wrote this article using our reporting notes.", "en"),
])
def test_review_c_same_clause_still_generated(text, lang):
    assert [act for act, _ in disclosure_acts_reviewed(text, lang)] == ["generated"]


# from tests/test_round40_cit.py
@pytest.mark.parametrize("text,lang", [
    # the act's own agent, then the AI (the task's forms; no real wording of it was found)
    ("This story was written by our reporter with ChatGPT.", "en"),
    ("This story was written by our reporter with AI tools.", "en"),
    ("Ce texte a été rédigé par notre journaliste avec l'IA.", "fr"),
    ("Ce texte a été rédigé par notre journaliste avec des outils d'IA.", "fr"),
    # the person the subject, the content a pronoun or before a colon or comma
    ("This story: our reporter wrote it using AI tools.", "en"),
    ("This article, our reporter wrote it using ChatGPT.", "en"),
    ("Ce texte, notre journaliste l'a rédigé avec ChatGPT.", "fr"),
    # already assisted: kept
    ("Notre journaliste a rédigé cet article à l'aide d'outils d'IA.", "fr"),
    ("The reporter used AI to help write this story.", "en"),
    # real wordings (souslepaillasson.com, kaleidocreative.com): a writer's own help
    ("Je rédige mes articles avec l’aide de l’intelligence artificielle, en particulier ChatGPT.", "fr"),
    ("Written in collaboration with artificial intelligence (ChatGPT-4). Edited by a human.", "en"),
])
def test_a_person_made_it_ai_assisted(text, lang):
    assert disclosure_acts(text, lang) == ["assisted"]


@pytest.mark.parametrize("text,lang", [
    # AI made it; the staff's act (reviewing, editing) is another
    ("This article was generated using AI and reviewed by our staff.", "en"),
    ("Cet article a été généré par IA et relu par notre rédaction.", "fr"),
    ("Ce texte a été rédigé par l'IA et relu par notre journaliste.", "fr"),
    ("This story was written by ChatGPT and edited by our reporter.", "en"),
    # the person is not the doer: in the AI's input, or the AI the subject
    ("This article was written by AI with our reporter's notes.", "en"),
    ("ChatGPT wrote this article using our reporting notes.", "en"),
    ("Our team's AI tool wrote this article.", "en"),
    # a passive's subject is what was made
    ("Our reporter's notes for this article were transcribed by AI.", "en"),
    ("Cet article a été rédigé avec ChatGPT.", "fr"),
    # real wording (pulseaugur.com): a summary's credit
    ("Summary written by gemini-2.5-flash-lite from 1 source.", "en"),
])
def test_ai_made_it_stays_generated(text, lang):
    assert disclosure_acts(text, lang) in (["generated"], ["summarised"])


@pytest.mark.parametrize("text", [
    # real stories about others' use (futureproof.university, thetimes.co.uk): no disclosure
    "He confessed to using AI to generate content for the reading list, without verifying the recommendations.",
    "A friend fed a council committee paper into ChatGPT and asked it to write a news story based upon "
    "the contents, which he then sent to our local paper.",
    # "the story" is no content of this page: still nothing (the task's sentence)
    "Our reporter wrote the story using AI tools.",
])
def test_others_use_is_no_disclosure(text):
    assert disclosure_acts(text, "en") == []


# from tests/test_round15_seg.py

@pytest.mark.parametrize(("text", "found"), [
    # a listing's label over AI summaries (15b, tldrdaily), and another wording
    ("Local News\nThe latest local stories, summarized by AI\n\nArrest in Potomac senior facility "
     "shooting\nMontgomery County police say an arrest has been made in the shooting death of "
     "Robert Fuller at a Potomac senior facility.\n", True),
    ("Business\nThe top national headlines, summarized by AI\n\nBank raises rates\nThe central "
     "bank raised its main rate by a quarter point on Thursday, officials said.\n", True),
    # negative: AI is the topic
    ("Local News\nThe latest local stories about AI\n\nCouncil debates chatbots\nThe council "
     "debated on Tuesday whether its offices should use chatbots, officials said.\n", False),
])
def test_ai_label_round_15(text, found):
    assert bool(ai001_findings(text)) is found


# from tests/test_review2_seg.py

def _first_disclosure(text: str):
    found = find_disclosures(fold(text), None)
    return found[0] if found else None


def test_a_product_s_offer_is_no_ai_answer():
    # item 6 (ai1.txt)
    text = ("ChatGPT Plus : ce que change la nouvelle offre d'OpenAI\n\nOpenAI a présenté mardi une "
            "nouvelle formule de son abonnement payant, vendue 20 dollars par mois.\n\nVoici ce que "
            "propose ChatGPT Plus aux abonnés français à partir de la semaine prochaine.\n\n"
            "L'abonnement donne accès aux modèles les plus récents et à la génération d'images.\n")
    audit = read(text)
    assert not [f for f in audit["findings"] if f["rule"] == "AI001"]
    assert not [s for s in audit["segments"] if s["kind"] == "disclosure"]


@pytest.mark.parametrize("text", [
    "Voici ce que propose ChatGPT Plus aux abonnés français à partir de la semaine prochaine.",
    "Voici ce que ChatGPT Enterprise vous propose dès aujourd'hui.",
    "Here is what ChatGPT Enterprise proposes to companies from next month.",
])
def test_offer_verbs_without_the_asker_stay_silent(text):
    assert _first_disclosure(text) is None


@pytest.mark.parametrize("text", [
    "Voici ce que nous a indiqué ChatGPT après avoir insisté :",
    "Voici ce que ChatGPT nous a proposé :",
    "Esto es lo que nos propuso ChatGPT:",
    "Voici ce que ChatGPT a répondu :",
])
def test_offer_verbs_told_to_the_asker_are_an_answer(text):
    assert _first_disclosure(text) is not None


# from tests/test_review27_seg.py

def test_ai_fakes_in_the_news_are_no_disclosure():
    # item 6 (ai_en.txt): two adjectives before the noun, the story going on after the act
    text = ("Fake Pentagon explosion photo briefly rattles markets\n\nA fake image showing an "
            "explosion near the Pentagon spread on social media on Monday morning, briefly "
            "sending US stocks lower.\n\nThe viral fake photos, generated by AI, were shared by "
            "several verified accounts on X before being debunked by the Arlington fire "
            "department.\n")
    audit = read(text)
    assert not [f for f in audit["findings"] if f["rule"] == "AI001"]
    # the label's whole line stays one (round 15b, tldrdaily)
    assert ai001_findings("Local News\nThe latest local stories, summarized by AI\n\nArrest in Potomac "
                  "senior facility shooting\nMontgomery County police say an arrest has been made "
                  "in the shooting death of Robert Fuller at a Potomac senior facility.\n")


# from tests/test_review29c_rv3a.py

def _rules(text: str, rule: str) -> list:
    return [f for f in article(text).findings if f.rule == rule]


# Item 13: a title's "(written by AI)" after a review's label or a quoted work is that work's
@pytest.mark.parametrize("head", [
    "Review: Death of an Author (written by AI)",
    "Critique : « Death of an Author » (written by AI)",
    'Inside the novella "Death of an Author" (written by AI)',
])
def test_a_reviewed_work_s_label_is_not_this_page_s(head):
    text = (head + "\n\nAidan Marchine's novella is a murder mystery set among academics. The "
            "author, a pen name of Stephen Marche, says he used ChatGPT, Sudowrite and Cohere to "
            "draft much of the prose, and the result is oddly flat.\n\nThe plot moves quickly, "
            "but the characters never come alive.\n")
    assert not _rules(text, "AI001")


def test_a_page_s_own_title_label_still_discloses():
    text = ("AI: A Short Story (written by AI)\n\nThe lighthouse keeper had not seen a ship in "
            "forty years. Then one night a light answered his own from across the bay.\n\n"
            "She rowed out at dawn to find it.\n")
    assert _rules(text, "AI001")


# from tests/test_review7_mend.py

_LEAD = ("How cities are using chatbots to answer residents\n\nSeveral city halls now answer routine "
         "questions about parking and trash collection with chatbots, a survey of 40 cities found.\n\n")


def test_people_named_after_an_ai_title_are_no_ai_agent() -> None:
    for line in ("This newsletter is curated by the editors of MIT Technology Review AI.",
                 "This story was produced by The Markup AI Desk.",
                 "This newsletter was written by the Axios AI+ team in San Francisco.",
                 "This explainer was produced by the Reuters Institute AI and Journalism team."):
        assert messages(_LEAD + line + "\n", "AI001") == [], line


def test_a_named_ai_system_as_agent_is_still_disclosed() -> None:
    # review 7's product pattern example: the agent is the system itself
    assert messages(_LEAD + "This summary was generated by the World Pulse Now AI Editorial System.\n",
                     "AI001")
    assert messages(_LEAD + "This article was written with the help of ChatGPT and checked by our editors.\n",
                     "AI001")
    assert messages(_LEAD + "This story was written with ChatGPT and Claude and checked by our editors.\n",
                     "AI001")


# from tests/test_left31.py

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
