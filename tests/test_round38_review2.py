"""Review 2 of round 38's titles and furniture: the reviewer's probes where the round's new
cues over-reached (a scam's headline naming its fake sender, a how-to's key hints, a lower-case
headline its lede echoes, a warning's or a story's sentence about mail read as a newsletter's
pitch, a mail's signature delimiter and a break under prose read as setext underlines, "Also
read:" opening a story's sentence). Round 38's own repros are in tests/titles/, tests/dates/ and
tests/segmentation/, under "# from tests/test_round38_titles.py" and "# from tests/test_round38_seg.py"."""

from __future__ import annotations

import pytest

from tests.blind_reading import LEDE, codes, title
from tests.conftest import assert_partition, kinds_by_line, run


def _kinds(text: str, name: str = "page.txt") -> dict[str, str]:
    result = run(text, name)
    assert_partition(result)
    return {t.strip(): k for k, t in kinds_by_line(result)}


def _seg002(text: str) -> list[str]:
    return [span for rule, span in codes(text) if rule == "SEG002"]


# -- titles -----------------------------------------------------------------------------------

_SCAM = "Arnaque : le faux mail contact@impots.fr qui vise les contribuables"


def test_a_title_line_naming_a_scams_sender_is_the_headline():
    text = (f"{_SCAM} | Le Parisien\n\nDes milliers de contribuables ont reçu ces derniers jours "
            "un faux mail signé contact@impots.fr leur promettant un remboursement d'impôt, a "
            "averti mardi la Direction générale des finances publiques.\n\nLe lien renvoie vers "
            "un site frauduleux.\n")
    assert title(text) == _SCAM


def test_a_contact_bar_with_an_address_is_still_furniture():
    # a field's label, or two bars of fields (round 38b de05's masthead)
    for bar in ("Gemeinde Musterstadt | E-Mail: info@musterstadt.de",
                "Mairie de Saint-Jean | mairie@saint-jean.fr | 05 61 00 00 00"):
        assert title(f"{bar}\n\nLibrary budget approved after long debate\n\n{LEDE}") == \
            "Library budget approved after long debate", bar


def test_a_how_to_headline_ending_in_its_shortcut_is_the_headline():
    head = "Word : insérer un symbole (Alt+X)"
    text = (f"{head}\n\nPour insérer un symbole Unicode dans Word, tapez son code puis appuyez sur "
            "Alt+X : le code se transforme en caractère.\n\nLa combinaison fonctionne dans toutes "
            "les versions récentes.\n")
    assert title(text) == head


@pytest.mark.parametrize("text,steps", [
    ("How to navigate menus with the keyboard\n\nMost Windows programs let you open their menus "
     "without a mouse. Press Alt and the letter underlined in the menu name.\n\nOpen the File menu "
     "(Alt+F)\n\nSave the document (Alt+S)\n\nClose the window (Alt+F4)\n\nThese shortcuts work in "
     "Word, Excel and most older programs.\n",
     ["Open the File menu (Alt+F)", "Save the document (Alt+S)"]),
    ("Come chiudere un programma bloccato\n\nQuando un programma non risponde, Windows offre "
     "diverse scorciatoie da tastiera per chiuderlo senza riavviare il computer.\n\nChiudi la "
     "finestra (Alt+F4)\n\nApri il menu File (Alt+F)\n\nSe nemmeno così il programma si chiude, "
     "aprite il Task Manager con Ctrl+Shift+Esc.\n", ["Apri il menu File (Alt+F)"]),
])
def test_a_how_tos_steps_with_their_keys_stay_in_the_article(text, steps):
    kinds = _kinds(text)
    for step in steps:
        assert kinds[step] != "boilerplate", step


def test_skip_links_with_their_keys_are_still_furniture():
    for line in ("Zum Inhalt (ALT-C)", "Zur Navigation (ALT-N)", "Skip to content [Alt+1]"):
        kinds = _kinds(f"Library budget approved after long debate\n\n{LEDE}\n{line}\n")
        assert kinds[line] == "boilerplate", line


def test_a_lower_case_headline_the_lede_echoes_is_the_headline():
    text = ("bitcoin\n\nLe bitcoin a franchi jeudi la barre des 70 000 dollars pour la première fois "
            "de son histoire, porté par l'afflux de capitaux dans les fonds indiciels.\n\nLa "
            "cryptomonnaie a doublé en six mois.\n")
    assert title(text) == "bitcoin"
    # a widget's name the lede never says stays none (round 38b r3)
    assert title("loader\n\n" + LEDE) is None


# -- newsletter pitches: a story's sentences --------------------------------------------------

@pytest.mark.parametrize("text", [
    # a warning's conditional clause (a consumer centre's wording)
    "Vorsicht vor gefälschten DHL-Mails\n\nDie Verbraucherzentrale warnt vor gefälschten E-Mails, "
    "die angeblich vom Paketdienst DHL stammen und eine Zollgebühr von 1,85 Euro verlangen.\n\n"
    "Erhalten Sie in Ihrem Postfach Nachrichten zu einer Sendung, die Sie nicht erwarten, klicken "
    "Sie keinesfalls auf den Link.\n\nDie Mails gehören in den Spam-Ordner, rät die "
    "Verbraucherzentrale NRW.\n",
    "Das Gesundheitsamt warnt vor falschen Mails\n\nDas Gesundheitsamt warnt vor gefälschten "
    "E-Mails, die im Namen der Behörde verschickt werden.\n\nErhalten Sie in Ihrem Postfach "
    "Nachrichten mit einem Link zur Impfbescheinigung, sollten Sie diese sofort löschen.\n\nDie "
    "Polizei ermittelt.\n",
    # an infinitive as the sentence's subject, and a scam's mail (es, pt)
    "Multas falsas: la nueva estafa que llega por correo\n\nLa Dirección General de Tráfico alertó "
    "este martes de una campaña de correos fraudulentos que suplantan su identidad para cobrar "
    "multas inexistentes.\n\nRecibir en tu correo electrónico información sobre una multa no "
    "siempre es una buena noticia.\n\nRecibe en tu correo electrónico una multa falsa con noticias "
    "alarmantes y un enlace.\n\nLa DGT recuerda que nunca envía notificaciones de multas por "
    "correo electrónico.\n",
    "Golpe do falso boleto se espalha por e-mail\n\nA Federação Brasileira de Bancos alertou "
    "nesta terça-feira para uma nova onda de golpes com boletos falsos enviados por e-mail.\n\n"
    "Receber no seu e-mail notícias sobre dívidas que você não tem é o primeiro sinal do golpe.\n\n"
    "Segundo a entidade, mais de 3 mil casos foram registrados em março.\n",
    "Truffe via email, l'allarme della Polizia Postale\n\nLa Polizia Postale ha segnalato una nuova "
    "ondata di email false che imitano le comunicazioni delle banche.\n\nRicevere nella tua casella "
    "di posta notizie su un pacco mai ordinato è il primo segnale della truffa.\n\nGli agenti "
    "invitano a non cliccare sui link.\n",
])
def test_a_storys_sentence_about_mail_is_no_newsletter_pitch(text):
    assert _seg002(text) == []


# -- Markdown setext --------------------------------------------------------------------------

def test_a_mails_signature_delimiter_is_no_setext_underline():
    text = ("# Note de service\n\nMerci à toutes et à tous pour votre présence à la réunion de mardi "
            "sur le budget 2024 de la médiathèque.\n\nCordialement,\n--\nJean Dupont\n")
    assert _kinds(text, "x.md")["Cordialement,"] != "heading"


def test_the_last_line_of_a_paragraph_over_a_rule_is_no_heading():
    text = ("La BCE relève ses taux pour la dixième fois\n\nLa Banque centrale européenne a relevé "
            "jeudi ses taux directeurs pour la dixième fois consécutive, portant le taux de dépôt à "
            "4 %, un record.\n\n---\n\nChristine Lagarde a laissé la porte ouverte à une pause en "
            "octobre.\nElle a refusé de s'engager.\n---\n\nLes marchés ont salué la décision.\n")
    assert _kinds(text, "x.md")["Elle a refusé de s'engager."] != "heading"


def test_a_setext_subheading_of_one_line_is_still_read():
    text = ("---\nlayout: post\n---\n\nLa BCE relève ses taux pour la dixième fois\n"
            "===========================================\n\nLa Banque centrale européenne a relevé "
            "jeudi ses taux directeurs pour la dixième fois consécutive, portant le taux de dépôt à "
            "4 %, un record.\n\nUne pause\n---------\n\nChristine Lagarde a laissé la porte ouverte "
            "à une pause en octobre.\n")
    assert title(text, "x.md") == "La BCE relève ses taux pour la dixième fois"
    assert _kinds(text, "x.md")["Une pause"] == "heading"


# -- "Also read:" -----------------------------------------------------------------------------

def test_also_read_opening_a_storys_sentence_stays_in_the_article():
    sentence = ('Also read: the letter the campaign sent to the FBI, which warned of "a '
                'coordinated effort".')
    text = ("Hackers target campaign staff\n\nHackers targeted the personal e-mail accounts of at "
            "least twelve campaign staff members last month, the campaign said on Wednesday.\n\n"
            f"{sentence}\n\nThe FBI declined to comment.\n")
    assert _kinds(text)[sentence] != "boilerplate"
    assert _seg002(text) == []


def test_a_slug_the_lede_echoes_is_still_no_headline():
    # round 38b en07: a URL's slug over the story (title38 made it none)
    slug = "county-approves-budget-during-first-of-three-hearings"
    text = (f"{slug}\n\nThe county approves its budget during the first of three hearings, the "
            "commission said on Tuesday after a long debate.\n\nThe chairman said the work would "
            "start in the spring.\n")
    assert title(text) is None
