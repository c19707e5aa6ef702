"""Round 12 of the blind test (2026-12-06): paywall lines (SEG002) the testers found missed, on
their repro texts, with a negative each. The round's headline and date tests are in
tests/titles/ and tests/dates/."""

import pytest

from audit.pipeline import audit_document


@pytest.mark.parametrize(("text", "phrase"), [
    ("Jérôme Pouget, délégué syndical, s’assoie quelques instants pour reprendre ses esprits. "
     "La lecture de cet article est réservée aux abonnés : la suite de l’entretien porte sur les "
     "effectifs.\n", "La lecture de cet article est réservée aux abonnés"),
    ("A câmara aprovou ontem o novo plano de mobilidade para o centro da cidade. Se já é "
     "assinante, entre com a sua conta. Entrar\n", "Se já é assinante, entre com a sua conta"),
    # negative: a sentence about subscribers
    ("Le journal compte désormais 20 000 abonnés, qui reçoivent chaque matin la lettre de la "
     "rédaction et peuvent lire les archives.\n", None),
])
def test_a_paywall_s_line_in_the_body_round_12(text, phrase):
    from audit.pipeline import audit_document

    found = [f for f in audit_document(text, "x.txt")["findings"] if f["rule"] == "SEG002"]
    assert [f["evidence"]["phrase"] for f in found] == ([phrase] if phrase else [])


def _paywalls(text: str, name: str = "x.txt") -> list[str]:
    return [f["evidence"]["phrase"] for f in audit_document(text, name)["findings"]
            if f["rule"] == "SEG002"]


@pytest.mark.parametrize(("text", "phrases"), [
    # touleco (12b fr14): the lede, then the paywall's prompt on its own line: the segmenter
    # takes the line out, the warning says the pasted text is cut there
    ("Jérôme Pouget, délégué syndical Sud, s’assoie quelques instants pour reprendre ses "
     "esprits. « J’ai passé ma journée à discuter avec les salariés et avec les journalistes », "
     "explique-t-il, sonné.\nLa lecture de cet article est réservée aux abonnés :\n",
     ["La lecture de cet article est réservée aux abonnés"]),
    # latribune.fr (the pages store): the cut lede, the label and the login prompt
    ("Documentée depuis les années 1970 par des travaux menés aux Etats-Unis mais aussi en "
     "France, la critique du PIB a connu un regain d'intérêt de la part des...\n\nArticle réservé "
     "aux abonnés\n\nAchetez l'article\nDéjà inscrit ou abonné ? Connectez-vous\n",
     ["Article réservé aux abonnés"]),
    # forbesafrique (10a fr08): the paywall's box left as body paragraphs
    ("Connaissez-vous la signification réelle du mot « billion » dans la langue de Molière ? "
     "Cela ne correspond pas au milliard anglais.\n\nCe contenu est réservé à nos abonné.e.s.\n\n"
     "Si vous êtes déjà abonné.e, merci de vous connecter, ci-dessous.\n",
     ["Ce contenu est réservé à nos abonné.e.s"]),
    # negatives: a paywall's label over the whole article (nothing is cut after it); a sentence
    # about subscribers
    ("Article réservé aux abonnés\n\nLe budget voté\n\nLe conseil municipal a voté mardi le budget "
     "de la commune, en hausse de 3 % sur l'an dernier, sans augmenter les impôts locaux.\n", []),
    ("Le journal compte 20 000 abonnés. Cet article est le premier d'une série que la rédaction "
     "réserve à ses lecteurs les plus fidèles.\n", []),
])
def test_a_paywall_s_prompt_in_pasted_text_round_12(text, phrases):
    assert _paywalls(text) == phrases


def test_an_html_page_s_paywall_box_is_the_site_s_chrome():
    html = ("<html><body><article><h1>Le budget voté</h1><p>Le conseil municipal a voté mardi le "
            "budget de la commune, en hausse de 3 % sur l'an dernier, sans augmenter les impôts "
            "locaux.</p></article><div class='paywall'><p>Cet article est réservé aux abonnés"
            "</p></div></body></html>")
    assert _paywalls(html, "x.html") == []
