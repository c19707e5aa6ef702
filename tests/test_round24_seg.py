"""Round 24's blind pages: page furniture kept as body (SEG002): a subscribe prompt closing a
paragraph, an author's box of their latest stories, a paywall's subscribe and login buttons
where the copy stops, a portal's pitch for a free account over an RNS."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str, name: str = "x.txt") -> dict:
    return audit_document(text, name)


def _seg002(result: dict) -> list[str]:
    return [f["evidence"]["phrase"] for f in result["findings"] if f["rule"] == "SEG002"]


_TITLE_FR = "Walid Hajjem: seuls les hommes d'affaires impliqués sont concernés\n\n"
_LEDE_FR = ("Le membre du cabinet présidentiel Walid Hajjem a déclaré aujourd'hui que les dernières "
            "déclarations du président ne concernent que les hommes d'affaires impliqués dans des "
            "affaires de corruption.\n\n")


# 24b r03 (tunisienumerique): the prompt a sentence of its own at the paragraph's end; the same
# prompt naming the site's channel
@pytest.mark.parametrize("line, phrase", [
    ("Nous expliquons sur notre chaîne YouTube . Abonnez-vous!", "Abonnez-vous!"),
    ("Nos reportages sont en ligne. Abonnez-vous à notre chaîne YouTube.",
     "Abonnez-vous à notre chaîne YouTube."),
])
def test_a_subscribe_prompt_closing_a_paragraph(line, phrase):
    assert _seg002(_read(_TITLE_FR + _LEDE_FR + line + "\n")) == [phrase]


@pytest.mark.parametrize("line", [
    # a quotation names the prompt, it does not print it
    "Le youtubeur conclut chaque vidéo par « Abonnez-vous ! », a rappelé le tribunal.",
    "Il termine ainsi : « Abonnez-vous ! »",
    # the advice goes on in its sentence
    "Pour soutenir les producteurs, abonnez-vous à un panier de légumes, conseille le maire.",
    "Abonnez-vous à la médiathèque pour emprunter des livres, conseille la mairie.",
])
def test_subscribing_named_in_prose_is_no_prompt(line):
    assert _seg002(_read(_TITLE_FR + _LEDE_FR + line + "\n\nLe conseil se réunira jeudi.\n")) == []


_TITLE_SN = "Sénégal : un budget de 7 milliards de FCfa pour désenclaver la banlieue\n\n"
_LEDE_SN = ("Le premier ministre Abdoul Mbaye a procédé mardi au lancement des travaux, rapporte "
            "Lesoleil.\n\n")


# 24b r04 (slateafrique): an author's box of their latest stories glued to its headlines
def test_an_author_s_latest_articles_box_in_the_body():
    line = ("Ses derniers articles: La dépouille de Thomas Sankara exhumée, le Burkina Faso retient "
            "son souffle  L'Arabie Saoudite classe l'Algérie sur liste noire du financement du "
            "terrorisme\n")
    assert _seg002(_read(_TITLE_SN + _LEDE_SN + line)) == ["Ses derniers articles:"]


@pytest.mark.parametrize("line", [
    "Dans ses derniers articles, le journaliste dénonçait la corruption au port de Dakar.",
    "Ses derniers articles portaient sur la corruption au port de Dakar, selon son employeur.",
    "Le journaliste avait signé ses derniers articles : des enquêtes sur la corruption.",
])
def test_a_journalist_s_latest_articles_in_prose(line):
    assert _seg002(_read(_TITLE_SN + _LEDE_SN + line + "\n\nLes travaux dureront deux ans.\n")) == []


_CUT_FR = ("DÉPÔT DE LISTE : COMMENT DÉCLARER SA CANDIDATURE ?\n"
           "La déclaration de candidature est une formalité imposée pour tout candidat aux "
           "élections municipales, quelle que soit la taille de la commune. Les candidats peuvent...\n"
           "(...)\n")


# 24a r13 (journaldesmaires): the subscribe and login buttons side by side where the copy stops
@pytest.mark.parametrize("buttons", ["Je m'abonne Je me connecte", "Je m’abonne | Je me connecte",
                                     "Je me connecte Je m'abonne"])
def test_subscribe_and_login_buttons_after_a_cut(buttons):
    text = _CUT_FR + "Pour en savoir plus\n" + buttons + "\n"
    assert _seg002(_read(text)) == [buttons]


@pytest.mark.parametrize("line", [
    # either button alone is a newsletter's or an account's
    "Je m'abonne",
    "Je me connecte",
    "Recevez notre lettre d'information. Je m'abonne",
])
def test_one_button_alone_is_no_paywall(line):
    assert _seg002(_read(_CUT_FR + line + "\n")) == []


_RNS = ("Completion of Acquisition\n\n18 Dec 2009 09:04\n\nRNS Number : 3639E\nAcal PLC\n"
        "18 December 2009\n\nAcal plc (\"Acal\")\n\nCompletion of Acquisition\n\n"
        "Having received all necessary approvals, Acal today announces the completion of its "
        "acquisition of Financiere BFI Optilas SAS for a consideration of €10 million payable in "
        "cash.\n")


def _kind_of(result: dict, line: str) -> str:
    text = result["text"]
    at = text.index(line)
    return next(s["kind"] for s in result["segments"] if s["start"] <= at < s["end"])


# 24a r11 (London South East over an RNS): the portal's pitch for a free account, alone on its
# line, is furniture, not a body paragraph
def test_a_portal_s_free_account_pitch_is_furniture():
    line = "Less Ads, More Data, More Tools Register for FREE"
    result = _read(line + "\n\n" + _RNS)
    assert _kind_of(result, line) == "boilerplate"


@pytest.mark.parametrize("line", [
    "The newspaper said it would show fewer ads and asked readers to register for a free account.",
    "No ads were shown during the broadcast, the regulator found.",
])
def test_ads_named_in_prose_stay_body(line):
    result = _read(_RNS + "\n" + line + "\n")
    assert _kind_of(result, line) == "body"
