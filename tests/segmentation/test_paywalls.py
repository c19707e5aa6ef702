"""Paywalls and subscription walls: a box's prompt told by what it says (the share left to read,
the offer, glued buttons, a members' wall), where one box ends and the article goes on; stories
about subscriptions stay the article. Each block comes from a round's file, named above it. The
cases that read the phrases SEG002 quotes or the text SEG002 points at on one text are rows of
``SEG002_PHRASES`` and ``SEG002_SPANS``, each id naming its old file, test and case."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.settings import Settings
from tests.blind_reading import codes, kind_at, probe_findings, read, repro
from tests.citations.reading import rules_cit001
from tests.segmentation.reading import (
    kind_of, rule_codes, seg002_findings, seg002_phrases, seg002_phrases_of, seg002_spans_test,
    seg002_test,
)
from tests.segmentation.texts import RNS


# from tests/test_round17_seg.py

_LEDE_FR = ("Ce que l'on pourra tout d'abord noter de ces Fêtes Musicales, c'est combien le public, "
            "chaque soir fidèle, est conscient qu'il vient pour un périple d'une semaine.\n")


# 17a r04 (Bulletin d'Espalion): the share left to read, a subscription needed to read on, the
# offer's line glued to a login prompt
@pytest.mark.parametrize("prompt", [
    "Il vous reste 90% de l'article à lire.",
    "Vous devez bénéficier d'un abonnement premium pour lire l'article.",
    # the same mechanism in other words: the rest of the text, a subscription to read on
    "Il vous reste 75 % de ce reportage à lire.",
    "Vous devez disposer d'un abonnement numérique pour accéder à la suite de cet article.",
])
def test_paywall_prompt_by_what_it_says(prompt):
    text = _LEDE_FR + prompt + "\nAbonnement sans engagementDéjà abonné ? Connectez-vous\n"
    result = read(text)
    assert rule_codes(result) == ["SEG002"] * rule_codes(result).count("SEG002") and "SEG002" in rule_codes(result)
    assert kind_at(result, text, prompt) == "boilerplate"
    assert kind_at(result, text, "Abonnement sans engagement") == "boilerplate"


@pytest.mark.parametrize("line", [
    # prose about subscriptions and shares: no prompt
    "Il faut un abonnement pour lire la presse étrangère dans les bibliothèques de la ville.",
    "Vous devez avoir un abonnement pour accéder à la salle de sport, a rappelé le maire.",
    "Il vous reste 90 % du budget à dépenser avant la fin de l'année, a dit le trésorier.",
])
def test_paywall_negatives(line):
    text = _LEDE_FR + line + "\n"
    result = read(text)
    assert "SEG002" not in rule_codes(result)
    assert kind_at(result, text, line) == "body"


# from tests/test_round19_seg.py

_LEDE_FR_r19 = ("Ces dernières années, les inspecteurs ont été fréquemment mis sur le grill, "
            "dernièrement avec le scandale des perfluorés.\n")


def _seg02_md(text: str) -> list[str]:
    return seg002_phrases_of(read(text, "x.md"))


# 19b r03: a plea to subscribe inside the body; politis.fr's own wording (the pages store)
@pytest.mark.parametrize("plea, phrase", [
    ("Cet article est en accès libre. Pour soutenir Rue89Bordeaux, abonnez-vous.",
     "Pour soutenir Rue89Bordeaux, abonnez-vous"),
    ("Ce choix a un coût, aussi, pour contribuer et soutenir notre indépendance, achetez Politis, "
     "abonnez-vous.", "pour contribuer et soutenir notre indépendance, achetez Politis, abonnez-vous"),
])
def test_a_plea_to_subscribe_in_the_body(plea, phrase):
    text = ("---\ntitle: \"Conseil municipal\"\n---\n\nLa séance a duré 7h30, a indiqué la mairie.\n\n"
            + plea + "\n\nLes élus ont voté la rectification du budget.\n")
    assert _seg02_md(text) == [phrase]


# from tests/test_round24_seg.py

_TITLE_FR = "Walid Hajjem: seuls les hommes d'affaires impliqués sont concernés\n\n"


_LEDE_FR_r24 = ("Le membre du cabinet présidentiel Walid Hajjem a déclaré aujourd'hui que les dernières "
            "déclarations du président ne concernent que les hommes d'affaires impliqués dans des "
            "affaires de corruption.\n\n")


_CUT_FR = ("DÉPÔT DE LISTE : COMMENT DÉCLARER SA CANDIDATURE ?\n"
           "La déclaration de candidature est une formalité imposée pour tout candidat aux "
           "élections municipales, quelle que soit la taille de la commune. Les candidats peuvent...\n"
           "(...)\n")


# 24a r11 (London South East over an RNS): the portal's pitch for a free account, alone on its
# line, is furniture, not a body paragraph
def test_a_portal_s_free_account_pitch_is_furniture():
    line = "Less Ads, More Data, More Tools Register for FREE"
    result = read(line + "\n\n" + RNS)
    assert kind_of(result, line) == "boilerplate"


# from tests/test_round27_seg27.py

LEDE_FR = ("Le chiffre d'affaires est en augmentation de 5,3 % par rapport à l'exercice précédent, "
           "selon l'opérateur. Le CA consolidé ne prend pas en compte les revenus de TFM, dont "
           "l'acquisition devrait êtr\n")


def test_paywall_offer_and_glued_buttons_with_the_cut():
    found = seg002_findings("Geodis pousse de 5 %\n\n" + LEDE_FR +
                    "Accédez en illimité à nos contenus et à nos newsletters thématiques\n"
                    "S'abonnerDéjà Abonné ?\n")
    # one box, one cut: its buttons on the next line are the same box's (round 33a r1)
    assert [f.evidence["phrase"] for f in found] == ["Accédez en illimité à nos contenus"]
    assert "stops mid-sentence («…dont l'acquisition devrait êtr»)" in found[0].message


def test_glued_buttons_alone_are_a_prompt_and_a_sentence_is_not():
    lede = LEDE_FR.replace("devrait êtr", "devrait être finalisée en mars.")
    found = seg002_findings("Geodis pousse de 5 %\n\n" + lede + "S’abonnerDéjà abonné ?\n")
    assert len(found) == 1 and "mid-sentence" not in found[0].message
    assert not seg002_findings("Geodis pousse de 5 %\n\n" + lede +
                       "Les abonnés accèdent en illimité à nos contenus depuis mars, a dit la direction.\n")


# from tests/test_round38_seg.py

def test_round38_paywall_notice_after_a_cut_lede():
    found = [(rule, span) for rule, span in codes(repro("round38b/r7_seg002_paywall_it")) if rule == "SEG002"]
    assert found == [("SEG002", "Questo contenuto è riservato agli abbonati premium")]


# from tests/test_round33_cit_seg_ai.py

def _found(text: str, rule: str) -> list[str]:
    """The rule's findings, run as --select runs it (English CIT004 included, whatever the
    default languages)."""
    codes = frozenset({rule})
    result = audit_document(text, "x.txt", settings=Settings(select=codes, explicit=codes))
    return [text[f["start"]:f["end"]] for f in result["findings"] if f["rule"] == rule]


# 33a r1 (fr08_arretsurimages): one paywall box, one finding
_PAYWALLED = ("Sur le site de \"Ouest-France\", des contenus écrits en partie par l'IA\n"
              "Si, au sein des rédactions du quotidien régional breton Ouest-France, l'usage des IA "
              "génératives est strictement encadré pour l'instant, ce n'est pas le cas partout sur "
              "son site internet.\n")


# 33a r12 (en04): a related-links widget kept as a body paragraph
_DEPUTY = ("Deputy arrested on DUI charge\n\nA Polk County Sheriff’s Office detention deputy was "
           "arrested Saturday on a charge of DUI.\n\n{}\n\nButler failed several field sobriety tests.\n")


def test_one_finding_a_paywall_box():
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\nCet article est réservé aux "
                         "abonné.e.s\nDéjà abonné.e ? Connectez-vousConnectez-vous\n")
    assert _found(text, "SEG002") == ["Il vous reste 83% de cet article à lire"]


# review 1, R4: a paragraph of the article between two prompts, however short, makes two cuts
@pytest.mark.parametrize("between", [
    "La direction du journal assure que chaque texte produit avec l'aide d'un outil est relu par "
    "un journaliste avant sa mise en ligne.\n",
    "La direction assure que chaque texte est relu par un journaliste avant publication.\n",
    "\nLe journal n'a pas souhaité commenter.\n\nSelon la direction, douze articles ont été "
    "concernés cette année.\n\n",
])
def test_prompts_with_the_article_between_are_two_cuts(between):
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\n" + between +
                         "Déjà abonné.e ? Connectez-vous\n")
    assert len(_found(text, "SEG002")) == 2


# review 2 of rounds 33/34 (item 11): a short line among the box's lines, no blank line
# around it, is the box's (its slogan); a paragraph of its own is the article's
@pytest.mark.parametrize("between", [
    "Le journalisme indépendant a un coût.\n",
    "Il a été élu en 2020.\n",
])
def test_a_box_slogan_between_prompts_is_the_same_box(between):
    text = _PAYWALLED + ("Il vous reste 83% de cet article à lire\n" + between +
                         "Déjà abonné.e ? Connectez-vous\n")
    assert len(_found(text, "SEG002")) == 1


def test_a_short_paragraph_of_its_own_between_prompts_is_the_article():
    text = _PAYWALLED + ("Il vous reste 80% de cet article à lire.\nCet article est réservé aux "
                         "abonnés.\n\nLe conseil se réunira jeudi.\n\nDéjà abonné ? Connectez-vous.\n")
    assert len(_found(text, "SEG002")) == 2


def test_a_box_pitch_between_prompts_is_the_same_box():
    # round 27a fr23 (journallesoir): the box's pitch speaks to the reader, as its prompts do
    text = _PAYWALLED + ("Cet article est réservé aux abonnés. Il vous reste 76% à découvrir.\n"
                         "Vous voulez lire la suite ? Débloquez tous les articles immédiatement. "
                         "Sans engagement.\nDéjà abonné? Connectez-vous\n")
    assert _found(text, "SEG002") == ["Cet article est réservé aux abonnés"]


@pytest.mark.parametrize("widget", [
    "[TRENDING: Police fire pepper balls at Fla. spring breakers | Buc-ee’s opens in Daytona Beach "
    "| Data: AstraZeneca effective for all ages]",
    "[RELATED: Sheriff fires two deputies after crash • Deputy fired after DUI arrest]",
    # review 2 of rounds 33/34 (item 12): one headline under the label in capitals
    "[RELATED: Deputies search for suspect in Pine Hills shooting]",
    "[TRENDING: Buc-ee’s opens in Daytona Beach]",
])
def test_a_bracketed_links_widget_is_furniture(widget):
    assert _found(_DEPUTY.format(widget), "SEG002") == [widget]


def test_a_one_headline_widget_inside_a_paragraph_is_furniture():
    widget = "[RELATED: Deputies search for suspect in Pine Hills shooting]"
    text = ("Man arrested after chase\n\nA man was arrested early Sunday after leading deputies on a "
            f"chase, according to the sheriff's office. {widget} The man faces several charges.\n")
    assert _found(text, "SEG002") == [widget]


@pytest.mark.parametrize("line", [
    "The deputy said he had [the second time this year] been stopped on the same road.",
    "Deputies said the car [sic] was parked on the shoulder.",
    # a widget's label with no list of headlines is an editor's note (review 1, R5)
    "The deputy [Related: see sidebar] failed tests. He said [video: shows him stumbling] nothing.",
    "In the transcript the dispatcher says: [Video: unclear] and then the line goes dead.",
    "Deputies said they found an open container labelled [Popular: Bud Light] in the car.",
    "The dispatcher then says [Related: a second call came in] before the line drops.",
])
def test_an_editors_bracket_is_no_widget(line):
    assert _found(_DEPUTY.format(line), "SEG002") == []


# from tests/test_round35_cit_dates.py

def test_members_wall_prompt_is_reported():
    # 35a r2 (en07_ktts): the prompt left as the copy's last line; one finding for the box
    found = [c for c in codes(repro("round35a/r2_seg002")) if c[0] == "SEG002"]
    assert found == [("SEG002", "It looks like you are not a member")]


@pytest.mark.parametrize("line", [
    "You must be logged in to view this content.",
    "This page is only available to registered members.",
    "Please log in or register to access this page.",
    "Cette page est réservée aux membres.",
    "Ce contenu est exclusivement réservé à nos adhérents.",
    "Vous n'êtes pas encore membre. Veuillez remplir le formulaire ci-dessous pour accéder à la page.",
    "Connectez-vous pour accéder à ce contenu.",
])
def test_members_wall_forms(line):
    text = ("The council approved the new budget on Tuesday night after a long debate.\n"
            "The vote was five to two, and the plan takes effect in July.\n" + line + "\n")
    assert [c[0] for c in codes(text)] == ["SEG002"]


# from tests/test_round36_cit_dates.py

def test_portuguese_paywall_call_between_paragraphs():
    # 36b r13: "EXCLUSIVO / ASSINE JÁ", the second read as a heading in the copy's flow
    found = [c for c in codes(repro("round36b/r13_seg002"), "x.html") if c[0] == "SEG002"]
    assert found == [("SEG002", "ASSINE JÁ")]


# from tests/test_paywall_decimal.py

HEAD = "Le syndicat Sud dénonce la fermeture du site de Toulouse\n\n"


LEDE = ("Jérôme Pouget, délégué syndical Sud, s’assoie quelques instants pour reprendre ses "
        "esprits. « J’ai passé ma journée à discuter avec les salariés et avec les journalistes », "
        "explique-t-il, sonné.\n")


def _audit(last: str) -> tuple[list[str], dict[str, str]]:
    text = HEAD + LEDE + last + "\n"
    d = audit_document(text)
    kinds = {text[s["start"]:s["end"]]: s["kind"] for s in d["segments"]}
    return [f["rule"] for f in d["findings"]], kinds


@pytest.mark.parametrize("prompt", [
    "Il vous reste 78.46% de cet article à lire. La suite est réservée aux abonnés.",
    "Il vous reste 78,46 % de cet article à lire. La suite est réservée aux abonnés.",
])
def test_decimal_share_is_a_paywall_prompt_on_its_own_line(prompt):
    rules, kinds = _audit(prompt)
    assert "SEG002" in rules
    assert kinds[prompt] == "boilerplate"


def test_decimal_share_inside_the_last_paragraph():
    rules, _ = _audit("Le gouvernement a présenté son plan mardi. Il vous reste 80.68% de cet "
                      "article à lire. La suite est réservée aux abonnés.")
    assert "SEG002" in rules


def test_another_real_wording():
    # ash.tm.fr (the pages store): the prompt and its buttons run into one line
    line = ("Pour poursuivre la lecture de ce contenu, abonnez-vous dès maintenant Je m'abonne "
            "Déjà abonné ? S'identifier")
    rules, kinds = _audit(line)
    assert "SEG002" in rules
    assert kinds[line] == "boilerplate"


def test_a_share_of_something_else_is_prose():
    line = ("Selon sa banque, il vous reste 78,5 % de votre crédit à rembourser avant la fin de "
            "l'année prochaine.")
    rules, kinds = _audit(line)
    assert "SEG002" not in rules
    assert kinds[line] == "body"


# from tests/test_review26_cues.py

def test_a_paywall_prompt_named_in_a_quotation_is_none() -> None:
    text = ("Les médias en ligne misent sur l'abonnement\n\nLes sites d'information généralistes "
            "ont gagné des abonnés numériques cette année, selon une étude de l'ACPM.\n\nSur le "
            "site du Monde, la mention « Il vous reste 80 % de cet article à lire » apparaît "
            "désormais sous la plupart des articles, explique son directeur.\n\nLe Figaro et "
            "Libération ont suivi la même voie.\n")
    assert "SEG002" not in rules_cit001(text)
    # the prompt itself, cut there, still fires
    cut = ("Les médias en ligne misent sur l'abonnement\n\nLes sites d'information généralistes "
           "ont gagné des abonnés numériques cette année, selon une étude de l'ACPM. Il vous reste "
           "80 % de cet article à lire.\n")
    assert "SEG002" in rules_cit001(cut)


# from tests/test_review36_mend.py

# R2: a badge or a promo box between the paragraphs of a whole article
@pytest.mark.parametrize("name", ["seg_pt_badge.html", "seg_pt_assine.html"])
def test_a_prompt_heading_in_a_whole_article_is_silent(name):
    assert probe_findings("review36", name, "SEG002") == []


# the phrases SEG002 quotes on each text; the id names the old test it came from (file,
# test, case)
SEG002_PHRASES = [
    # from tests/test_round14_seg.py::test_a_cut_in_pasted_copy_round_14
    # agra.fr (14a fr10): the lede, a stray label, then the subscriber's login prompt
    pytest.param("Alors que les producteurs de lait continuent d'être très mobilisés sur le "
                 "terrain et multiplient les blocages d'usines, les entreprises laitières ont "
                 "adopté pour la plupart le principe d'une baisse du prix du lait.\nBody\n"
                 "Connectez-vous à votre compte pour profiter de votre abonnement\n",
                 ['Connectez-vous à votre compte pour profiter de votre abonnement'],
                 id="round14_seg-a_cut_in_pasted_copy_round_14-0"),
    # jornaln (14a pt01): the web copy stops, the rest is in the print edition
    pytest.param("A informação sobre a actividade e situação financeira do Município foi "
                 "debatida na assembleia municipal.\nEmídio Sousa, presidente da Câmara "
                 "Municipal, iniciou a sua intervenção dizendo que a situação financeira é boa.\n"
                 "\nLeia a notícia completa na nossa edição impressa.\n\nArtigos Relacionados\n",
                 ['Leia a notícia completa na nossa edição impressa'],
                 id="round14_seg-a_cut_in_pasted_copy_round_14-1"),
    # araberara (14a it01): the same cut in Italian, on its own line
    pytest.param("Il giovane sindaco Michele Schiavi fa il pieno di opere per il 2021. 750 mila "
                 "euro è la cifra da cui si parte.\n“Le opere sono già finanziate – spiega –, le "
                 "risorse sono già a bilancio”.\nSUL NUMERO IN EDICOLA DA VENERDI’ 19 FEBBRAIO\n",
                 ['SUL NUMERO IN EDICOLA DA VENERDI’ 19 FEBBRAIO'],
                 id="round14_seg-a_cut_in_pasted_copy_round_14-2"),
    # negatives: the same words inside a sentence are the story
    pytest.param("Il settimanale dedica la copertina al sindaco. Sul numero in edicola da "
                 "venerdì pubblica un'intervista al presidente della Regione sulle opere "
                 "pubbliche del 2021.\n",
                 [],
                 id="round14_seg-a_cut_in_pasted_copy_round_14-3"),
    pytest.param("Le journal compte 20 000 abonnés. Les lecteurs peuvent se connecter à leur "
                 "compte depuis l'application, a expliqué la directrice.\n",
                 [],
                 id="round14_seg-a_cut_in_pasted_copy_round_14-4"),
    # from tests/test_round19_seg.py::test_paywall_prompt_reading_prompt_and_offer
    # 19b r02: the prompt on its own line after the body, where the copy is cut; then the same
    # mechanism in politis.fr's words (the pages store): a reading prompt, then an offer
    pytest.param(_LEDE_FR_r19
                 + "Cet article fait partie de l’édition abonnés. Pour lire la suite, profitez "
                   "d’une offre découverte à 1€.\n",
                 ['Cet article fait partie de l’édition abonnés'],
                 id="round19_seg-paywall_prompt_reading_prompt_and_offer-0"),
    pytest.param(_LEDE_FR_r19 + "Pour lire cet article :\nConsultez nos offres d’abonnement,\n",
                 ['Pour lire cet article'],
                 id="round19_seg-paywall_prompt_reading_prompt_and_offer-1"),
    # from tests/test_round19_seg.py::test_stories_about_subscriptions_are_no_prompt
    pytest.param(_LEDE_FR_r19
                 + "Les abonnés de Netflix ont augmenté de 10 % cette année, selon la plateforme.\n"
                   "Le conseil se réunira jeudi, a précisé le maire.\n",
                 [],
                 id="round19_seg-stories_about_subscriptions_are_no_prompt-0"),
    pytest.param(_LEDE_FR_r19
                 + "L'édition abonnés du journal a augmenté de 5 % en un an, a indiqué la "
                   "direction.\nLe conseil se réunira jeudi, a précisé le maire.\n",
                 [],
                 id="round19_seg-stories_about_subscriptions_are_no_prompt-1"),
    pytest.param(_LEDE_FR_r19
                 + "Pour lire la suite, il faudra attendre le deuxième tome, prévu en mars.\nLe "
                   "conseil se réunira jeudi, a précisé le maire.\n",
                 [],
                 id="round19_seg-stories_about_subscriptions_are_no_prompt-2"),
    pytest.param(_LEDE_FR_r19
                 + "Pour soutenir les producteurs, abonnez-vous à un panier de légumes, conseille "
                   "le maire.\nLe conseil se réunira jeudi, a précisé le maire.\n",
                 [],
                 id="round19_seg-stories_about_subscriptions_are_no_prompt-3"),
    # a digest's link to the paper it sums up (round 10b, patrimoine24)
    pytest.param(_LEDE_FR_r19
                 + "Pour lire la suite, cliquez ICI.\nLe conseil se réunira jeudi, a précisé le "
                   "maire.\n",
                 [],
                 id="round19_seg-stories_about_subscriptions_are_no_prompt-4"),
    # from tests/test_round24_seg.py::test_a_subscribe_prompt_closing_a_paragraph
    # 24b r03 (tunisienumerique): the prompt a sentence of its own at the paragraph's end; the same
    # prompt naming the site's channel
    pytest.param(_TITLE_FR + _LEDE_FR_r24
                 + "Nous expliquons sur notre chaîne YouTube . Abonnez-vous!\n",
                 ['Abonnez-vous!'],
                 id="round24_seg-a_subscribe_prompt_closing_a_paragraph-0"),
    pytest.param(_TITLE_FR + _LEDE_FR_r24
                 + "Nos reportages sont en ligne. Abonnez-vous à notre chaîne YouTube.\n",
                 ['Abonnez-vous à notre chaîne YouTube.'],
                 id="round24_seg-a_subscribe_prompt_closing_a_paragraph-1"),
    # from tests/test_round24_seg.py::test_subscribing_named_in_prose_is_no_prompt
    # a quotation names the prompt, it does not print it
    pytest.param(_TITLE_FR + _LEDE_FR_r24
                 + "Le youtubeur conclut chaque vidéo par « Abonnez-vous ! », a rappelé le "
                   "tribunal.\n\nLe conseil se réunira jeudi.\n",
                 [],
                 id="round24_seg-subscribing_named_in_prose_is_no_prompt-0"),
    pytest.param(_TITLE_FR + _LEDE_FR_r24
                 + "Il termine ainsi : « Abonnez-vous ! »\n\nLe conseil se réunira jeudi.\n",
                 [],
                 id="round24_seg-subscribing_named_in_prose_is_no_prompt-1"),
    # the advice goes on in its sentence
    pytest.param(_TITLE_FR + _LEDE_FR_r24
                 + "Pour soutenir les producteurs, abonnez-vous à un panier de légumes, conseille "
                   "le maire.\n\nLe conseil se réunira jeudi.\n",
                 [],
                 id="round24_seg-subscribing_named_in_prose_is_no_prompt-2"),
    pytest.param(_TITLE_FR + _LEDE_FR_r24
                 + "Abonnez-vous à la médiathèque pour emprunter des livres, conseille la mairie.\n"
                   "\nLe conseil se réunira jeudi.\n",
                 [],
                 id="round24_seg-subscribing_named_in_prose_is_no_prompt-3"),
    # from tests/test_round24_seg.py::test_subscribe_and_login_buttons_after_a_cut
    # 24a r13 (journaldesmaires): the subscribe and login buttons side by side where the copy stops
    pytest.param(_CUT_FR + "Pour en savoir plus\nJe m'abonne Je me connecte\n",
                 ["Je m'abonne Je me connecte"],
                 id="round24_seg-subscribe_and_login_buttons_after_a_cut-0"),
    pytest.param(_CUT_FR + "Pour en savoir plus\nJe m’abonne | Je me connecte\n",
                 ['Je m’abonne | Je me connecte'],
                 id="round24_seg-subscribe_and_login_buttons_after_a_cut-1"),
    pytest.param(_CUT_FR + "Pour en savoir plus\nJe me connecte Je m'abonne\n",
                 ["Je me connecte Je m'abonne"],
                 id="round24_seg-subscribe_and_login_buttons_after_a_cut-2"),
    # from tests/test_round24_seg.py::test_one_button_alone_is_no_paywall
    # either button alone is a newsletter's or an account's
    pytest.param(_CUT_FR + "Je m'abonne\n",
                 [],
                 id="round24_seg-one_button_alone_is_no_paywall-0"),
    pytest.param(_CUT_FR + "Je me connecte\n",
                 [],
                 id="round24_seg-one_button_alone_is_no_paywall-1"),
    pytest.param(_CUT_FR + "Recevez notre lettre d'information. Je m'abonne\n",
                 [],
                 id="round24_seg-one_button_alone_is_no_paywall-2"),
]

test_the_seg002_phrases_read = seg002_test(SEG002_PHRASES)


# the text each SEG002 finding points at on each text; the id names the old test it came
# from (file, test, case)
SEG002_SPANS = [
    # from tests/test_round35_cit_dates.py::test_members_wall_words_in_prose_are_no_prompt
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "Residents must fill out the form to access the program, the clerk said.\nThe "
                 "vote was five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-0"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\nIf "
                 "you are not a member, you cannot vote at the annual meeting.\nThe vote was "
                 "five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-1"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "Users had to log in to view the page before the change, officials said.\nThe "
                 "vote was five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-2"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "L'accès à la salle est réservé aux membres du club depuis 2019.\nThe vote was "
                 "five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-3"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "Pour accéder à la mairie, il faut passer par la rue du Marché.\nThe vote was "
                 "five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-4"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\nLes "
                 "candidats doivent remplir le formulaire pour accéder à la page de paiement.\n"
                 "The vote was five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-5"),
    # review 1 of session 34 (R6): a prompt's words inside a reported or longer sentence
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "Under the new model, the content is available only to subscribers after 24 "
                 "hours, publisher Ann Lee said in a memo to staff.\nThe vote was five to two, "
                 "and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-6"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\nYou "
                 "must log in to view the page with your payment details, and you will need your "
                 "Social Security number.\nThe vote was five to two, and the plan takes effect "
                 "in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-7"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "Please register to access the page from any device, the city clerk said in a "
                 "statement.\nThe vote was five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-8"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\n"
                 "Connectez-vous pour accéder à l’espace membres, explique la notice distribuée "
                 "dans les boîtes aux lettres, et créez votre compte avec votre numéro fiscal.\n"
                 "The vote was five to two, and the plan takes effect in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-9"),
    pytest.param("The council approved the new budget on Tuesday night after a long debate.\nIf "
                 "it looks like you are not a member yet, staff will help you sign up at the "
                 "desk, the director said.\nThe vote was five to two, and the plan takes effect "
                 "in July.\n",
                 [],
                 id="round35_cit_dates-members_wall_words_in_prose_are_no_prompt-10"),
]

test_the_seg002_spans_read = seg002_spans_test(SEG002_SPANS)
