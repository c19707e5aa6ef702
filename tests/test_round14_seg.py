"""Round 14's blind pages: furniture and cut copy left in pasted text (SEG002)."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _seg002(text: str) -> list[str]:
    return [f["evidence"]["phrase"] for f in audit_document(text, "x.txt")["findings"]
            if f["rule"] == "SEG002"]


@pytest.mark.parametrize(("text", "phrases"), [
    # agra.fr (14a fr10): the lede, a stray label, then the subscriber's login prompt
    ("Alors que les producteurs de lait continuent d'être très mobilisés sur le terrain et "
     "multiplient les blocages d'usines, les entreprises laitières ont adopté pour la plupart le "
     "principe d'une baisse du prix du lait.\nBody\nConnectez-vous à votre compte pour profiter de "
     "votre abonnement\n",
     ["Connectez-vous à votre compte pour profiter de votre abonnement"]),
    # jornaln (14a pt01): the web copy stops, the rest is in the print edition
    ("A informação sobre a actividade e situação financeira do Município foi debatida na "
     "assembleia municipal.\nEmídio Sousa, presidente da Câmara Municipal, iniciou a sua "
     "intervenção dizendo que a situação financeira é boa.\n\nLeia a notícia completa na nossa "
     "edição impressa.\n\nArtigos Relacionados\n",
     ["Leia a notícia completa na nossa edição impressa"]),
    # araberara (14a it01): the same cut in Italian, on its own line
    ("Il giovane sindaco Michele Schiavi fa il pieno di opere per il 2021. 750 mila euro è la "
     "cifra da cui si parte.\n“Le opere sono già finanziate – spiega –, le risorse sono già a "
     "bilancio”.\nSUL NUMERO IN EDICOLA DA VENERDI’ 19 FEBBRAIO\n",
     ["SUL NUMERO IN EDICOLA DA VENERDI’ 19 FEBBRAIO"]),
    # negatives: the same words inside a sentence are the story
    ("Il settimanale dedica la copertina al sindaco. Sul numero in edicola da venerdì pubblica "
     "un'intervista al presidente della Regione sulle opere pubbliche del 2021.\n", []),
    ("Le journal compte 20 000 abonnés. Les lecteurs peuvent se connecter à leur compte depuis "
     "l'application, a expliqué la directrice.\n", []),
])
def test_a_cut_in_pasted_copy_round_14(text, phrases):
    assert _seg002(text) == phrases


@pytest.mark.parametrize(("text", "phrases"), [
    # WTAJ (14b en10): the station's sign-up line between two paragraphs
    ("HUNTINGDON COUNTY, Pa. (WTAJ)– This year the Huntingdon Daily News is celebrating its 100th "
     "year of stories and print, publisher George Sample said.\n\nGet daily updates on local news, "
     "weather and sports by signing up for the WTAJ Newsletter.\n\nThey’re celebrating the "
     "anniversary with a special concert on August 9.\n",
     ["by signing up for the WTAJ Newsletter"]),
    # WKRN (pages store): the forecast newsletter's prompt glued into a paragraph
    ("This is why during prolonged heat domes, we can start to see air quality issues. Want the "
     "forecast delivered directly to your inbox? Sign up for the News 2 Forecast Newsletter This "
     "prolonged period of dry weather will cause the temperatures to get hotter and hotter.\n",
     ["Sign up for the News 2 Forecast Newsletter"]),
    # negative: a post's own closing line (blog.amp.dev, the labelled pages)
    ("Rick: Exactly. If you only have one of each color in your pencil case, you start drawing a "
     "lot quicker.\nInterested in learning more about AMP?\nThen sign up for our email newsletter "
     "to get the latest updates, event announcements, community discussions, and advanced "
     "tutorials straight to your inbox.\n", []),
    # negative: readers who signed up, told as news
    ("More than 2,000 residents signed up for the county's emergency newsletter after the flood, "
     "officials said on Tuesday.\n", []),
])
def test_a_newsletter_sign_up_in_the_body_round_14(text, phrases):
    assert _seg002(text) == phrases
