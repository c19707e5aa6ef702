"""Round 16's blind pages: the headline read on pasted pages (titles lost to a file's name, a
hit counter's text, a print view's header, a cookie banner, a digest's date, a menu run)."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


def _kind(result: dict, text: str, line: str) -> str:
    start = text.index(line)
    return next(s["kind"] for s in result["segments"] if s["start"] <= start < s["end"])


_LEDE_FR = ("Alors que François Hollande plaide pour un nouveau « contrat social », il devrait "
            "fortement se poser des questions sur ces 60.000 licenciements annoncés. De facto, ces "
            "salariés ont fait de ces dernières ce qu'elles sont aujourd'hui…")


@pytest.mark.parametrize(("text", "title"), [
    # 16a r05 (crashdebug): an image's file name under a paragraph cut by "…" is no read-more
    # link: the headline over them stays the title
    ("Plans sociaux : près de 60 000 emplois visés...\n\n" + _LEDE_FR + "\n\nPSA_aulnay.jpg\n"
     "PSA prévoit selon les syndicats entre 8000 à 10.000 suppressions d'emplois. | REUTERS/BENOIT "
     "TESSIER\n", "Plans sociaux : près de 60 000 emplois visés..."),
    # the same shape with a .png file's name
    ("Fermeture de l'usine d'Aulnay en 2014\n\n" + _LEDE_FR + "\n\nusine-aulnay_2012.png\n"
     "Le site emploie encore 3 000 salariés selon la direction, qui confirme la fermeture.\n",
     "Fermeture de l'usine d'Aulnay en 2014"),
    # negative: a featured box's teaser over a cut excerpt and its "Lire plus" link is no title
    # (round 14a's shape)
    ("Article en vedette\n\n" + _LEDE_FR + "\n\nLire plus\n"
     "PSA prévoit selon les syndicats entre 8000 à 10.000 suppressions d'emplois.\n", None),
])
def test_an_image_s_file_name_is_no_read_more_link_round_16(text, title):
    assert _read(text)["title"] == title


_BUZZ = ("web statistic\n\nAccident mortel d’un conducteur de 96 ans : le projet de loi qui divise "
         "les autorités…\n\nJulie K.\n5 Min de lecture\n\nUn nonagénaire au cœur d’un drame routier "
         "relance le débat sur l’âge au volant. Alors qu’une proposition de loi sur les conducteurs "
         "seniors «divise les autorités», l’accident de la D824 révèle des conséquences "
         "insoupçonnées.\n")


def test_a_hit_counter_s_text_is_furniture_and_the_cut_headline_under_it_the_title_round_16():
    # 16a r06 (buzzday): "web statistic" is a hit counter's image text, not the title
    result = _read(_BUZZ)
    assert _kind(result, _BUZZ, "web statistic") == "boilerplate"
    assert result["title"] == ("Accident mortel d’un conducteur de 96 ans : le projet de loi qui "
                               "divise les autorités…")
    # the counter's other wording
    other = _BUZZ.replace("web statistic", "Web Analytics Made Easy - StatCounter")
    assert _read(other)["title"].startswith("Accident mortel")


def test_a_cut_line_under_prose_is_still_a_teaser_round_16():
    # negative: a cut line of 16 words under a line of prose is a teaser, not the title
    text = ("Les lecteurs ont beaucoup réagi à notre article de la semaine dernière.\n\n"
            + _BUZZ.split("\n\n", 1)[1])
    assert _read(text)["title"] != ("Accident mortel d’un conducteur de 96 ans : le projet de loi "
                                    "qui divise les autorités…")


_WALDBURG = ("Gemeinde Waldburg (Druckversion)\nAutor: Gemeinde Waldburg\nArtikel vom 19.12.2014\n\n"
             "Aus der Gemeinderatssitzung vom 6. November 2014\n\n1. Baugesuche\nEinem Baugesuch auf "
             "Umnutzung einer bestehenden Gaststätte als Wohnung in Feld wurde das Einvernehmen "
             "erteilt.\nEinem Baugesuch auf Neubau einer Doppelgarage in der Breitenbergstraße wurde "
             "das Einvernehmen erteilt.\n")


@pytest.mark.parametrize(("text", "title"), [
    # 16a r07: a print view's header over the story's heading
    (_WALDBURG, "Aus der Gemeinderatssitzung vom 6. November 2014"),
    # the English print view's header
    (_WALDBURG.replace("Gemeinde Waldburg (Druckversion)", "Town of Waldburg (Print version)"),
     "Aus der Gemeinderatssitzung vom 6. November 2014"),
])
def test_a_print_view_s_header_is_no_headline_round_16(text, title):
    result = _read(text)
    assert result["title"] == title
    assert result["published"] == "2014-12-19"


def test_a_headline_naming_the_print_edition_stays_the_title_round_16():
    # negative: "Druckversion" inside a headline's words, no header in brackets
    text = ("Warum die Druckversion der Zeitung teurer wird\n\nDer Verlag erhöht zum 1. Januar den "
            "Preis der gedruckten Ausgabe um 20 Cent, wie die Geschäftsführung am Montag mitteilte. "
            "Gründe seien die Papier- und Energiekosten.\n")
    assert _read(text)["title"] == "Warum die Druckversion der Zeitung teurer wird"


_BANNER = (
    "Wir möchten auf unserer Webseite Cookies und pseudonyme Analysetechniken auch unserer "
    "Dienstleister verwenden, um diesen Internetauftritt möglichst benutzerfreundlich zu gestalten.\n\n"
    "Außerdem möchten wir und unsere Dienstleister damit die Besuche auf unserer Webseite auswerten "
    "(Webtracking), um unsere Webseite optimal auf Ihre Bedürfnisse anzupassen und um Ihnen auf "
    "unserer Webseite sowie auch auf Webseiten in verbundenen Werbenetzwerken möglichst interessante "
    "Angebote anzeigen zu können (Retargeting).\n\n"
    "Wenn Sie dieses Banner anklicken bzw. bestätigen, erklären Sie sich damit jederzeit widerruflich "
    "einverstanden (Art. 6 Abs.1 a DSGVO).\n\n"
    "Weitere Informationen, auch zu Ihrem jederzeitigen Widerrufsrecht, finden Sie in unseren "
    "Datenschutzhinweisen.\n\n| 00:00 Uhr\n\n")
_STORY = ("Pkw prallt gegen Feuerwehrauto: zwei Verletzte\n\nSaarbrücken. Beim Zusammenstoß eines Pkw "
          "mit einem Feuerwehrauto sind gestern die Autofahrerin und der Fahrer des Löschfahrzeuges "
          "verletzt worden. Die Polizei geht davon aus, dass die Fahrerin Grün hatte.\n")


def test_a_cookie_banner_s_paragraphs_do_not_end_the_headline_s_search_round_16():
    # 16b r14 (saarbruecker-zeitung): three paragraphs of a banner up to its closing line
    assert _read(_BANNER + _STORY)["title"] == "Pkw prallt gegen Feuerwehrauto: zwei Verletzte"
    # an English banner of two paragraphs closing with its policy line
    banner = ("We use cookies and similar technologies to improve your experience on our website "
              "and to show you personalised content.\n\nBy clicking accept you agree to the storing "
              "of data on your device to enhance site navigation and analyse site usage for our "
              "partners in advertising networks.\n\nPrivacy policy\n\n")
    story = ("Car crashes into fire engine on bridge, two hurt\n\nSaarbrücken. A car collided with a "
             "fire engine on the Wilhelm-Heinrich bridge yesterday, injuring both drivers, police "
             "said on Tuesday.\n")
    assert _read(banner + story)["title"] == "Car crashes into fire engine on bridge, two hurt"


def test_prose_after_a_cookie_line_with_no_closing_line_ends_the_search_round_16():
    # negative: a story's paragraph after a line naming cookies, no banner's closing line under
    # it: the story has begun, the short line further down is a heading
    text = ("Die Bäckerei verkauft seit Montag wieder Cookies nach dem alten Rezept der Gründerin.\n\n"
            "Die Nachfrage sei so groß gewesen, dass die Inhaberin das Rezept aus dem Archiv geholt "
            "habe, sagte sie am Dienstag vor Kunden und Nachbarn in der Altstadt.\n\n"
            "Am Samstag will sie zudem einen Stand auf dem Wochenmarkt eröffnen, wie sie ankündigte.\n\n"
            "Ein Rezept aus dem Jahr 1952\n\n"
            "Das Rezept stammt aus einem Heft, das die Gründerin in der Nachkriegszeit angelegt hatte "
            "und das seitdem im Keller der Bäckerei lag.\n")
    assert _read(text)["title"] is None


@pytest.mark.parametrize(("text", "title"), [
    # 16b r15 (worldenergynews): a digest's headline with its date cut before the year
    ("British Business – February 11,\nThese are the most popular stories in the British business "
     "pages. These stories have not been verified and we cannot vouch for the accuracy of these "
     "reports.\nThe Times\nThe UK government extended subsidies to Drax Biomass Power Station worth "
     "up to two billion pounds over a period of four years.\n", "British Business – February 11,"),
    ("German Press Review – March 3,\nThese are the stories the German papers led with this morning. "
     "They have not been verified by our newsroom.\nHandelsblatt\nThe government cut its growth "
     "forecast for the year to 0.2 percent, the economy ministry said.\n",
     "German Press Review – March 3,"),
    # negative: a clause closed by a comma after a number is no headline
    ("The committee met on 11,\nThese are the most popular stories in the British business pages. "
     "These stories have not been verified and we cannot vouch for the accuracy of these reports.\n",
     None),
])
def test_a_date_cut_before_its_year_closes_a_headline_round_16(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # 16b r16 (quebecmonde): the menu's rubrics, a run of stars, then the headline
    ("QUÉBEC Info\nPRINTEMPS-ÉTÉ 2004\nPolitique Économie Education International Société Culture "
     "****GROUPE JEAN COUTU AUX ÉTATS-UNIS\nLa chaîne québécoise de pharmacies Jean Coutu a fait "
     "l’acquisition de 1 539 magasins du groupe américain Eckerd pour un montant de 2,4 milliards US.\n",
     "GROUPE JEAN COUTU AUX ÉTATS-UNIS"),
    ("Accueil Actualités Sport Culture ••Le festival de jazz attire 40 000 visiteurs\nLe festival de "
     "jazz de la ville a attiré 40 000 visiteurs en quatre jours, selon les organisateurs, soit "
     "5 000 de plus que l'an dernier.\n", "Le festival de jazz attire 40 000 visiteurs"),
    # negative: a headline in title case with no run of marks keeps its words
    ("Politique Économie Et Culture Au Menu Du Sommet\nLes dirigeants se retrouvent lundi à Québec "
     "pour deux jours de discussions sur le commerce et la culture, selon le bureau du premier "
     "ministre.\n", "Politique Économie Et Culture Au Menu Du Sommet"),
])
def test_a_menu_run_before_the_headline_is_left_out_round_16(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # 16a (leblogueduql): an editor's note in brackets over the post is no headline
    ("(NB: Ceci est une version traduite et adaptée d'un billet qui circule sur Internet.)\n"
     "À l'ère des «plans de relance» de l'économie et des «plans de sauvetage» des banques et de "
     "l'industrie automobile, un milliard de dollars ne vaut plus grand-chose.\n", None),
    ("(Note de la rédaction : cet article a été mis à jour le 3 mai.)\nLe conseil municipal a voté "
     "mardi soir le budget de la commune, en hausse de 3 % sur l'an dernier, selon le maire.\n", None),
    # negative: a headline with a bracketed word in it stays the title
    ("(VIDÉO) Le maire inaugure le nouveau pont\nLe maire a inauguré mardi le nouveau pont sur la "
     "Loire, après deux ans de travaux et 12 millions d'euros de dépenses, selon la mairie.\n",
     "(VIDÉO) Le maire inaugure le nouveau pont"),
])
def test_a_sentence_in_brackets_is_no_headline_round_16(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # 16a (elcanario): a headline over two lines, its second of ten words
    ("Detenidos dos guardias civiles\nen La Palma por tráfico de Drogas y blanqueo de capitales\nUna\n"
     "operación conjunta entre la Policía Nacional y la Guardia Civil permitió el\narresto de, al "
     "menos, tres personas, entre ellas dos agentes que residen en Tazacorte y Los Llanos.\n",
     "Detenidos dos guardias civiles en La Palma por tráfico de Drogas y blanqueo de capitales"),
    # negative: a sentence's lower-case end under a headline closes with a full stop
    ("Detenidos dos guardias civiles\nen La Palma por tráfico de drogas, según la policía local.\n"
     "Una operación conjunta entre la Policía Nacional y la Guardia Civil permitió el arresto de, "
     "al menos, tres personas.\n", "Detenidos dos guardias civiles"),
])
def test_a_headline_s_second_line_round_16(text, title):
    assert _read(text)["title"] == title
