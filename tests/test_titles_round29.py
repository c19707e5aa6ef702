"""Round 29's title causes: a site's name printed twice over the page (its masthead), a video
player's label, an item of a bulleted list read as a <title> line; and the headlines that
must stay."""

from audit.pipeline import audit_document

_ALCUDIA = ("El ayuntamiento de Alcúdia presentó ayer una batería de inversiones para este año que "
            "ascienden a 7,6 millones de euros y que pretenden actuar en diferentes espacios del "
            "municipio.\n")


def test_a_masthead_printed_twice_gives_way_to_the_headline():
    # round 29a (es01_diariodemallorca): the logo's text, the masthead, a paywall's label
    text = ("Diario de Mallorca\n\nDiario de Mallorca\n\nContenido exclusivo para suscriptores "
            "digitales\n\nEl ayuntamiento de Alcúdia invierte 7,6 millones de euros en 20 proyectos "
            "de mejora urbana\n\n" + _ALCUDIA)
    assert audit_document(text, "x.txt")["title"] == \
        "El ayuntamiento de Alcúdia invierte 7,6 millones de euros en 20 proyectos de mejora urbana"


def test_a_masthead_printed_twice_over_the_lede_is_no_title():
    # round 19a (fr16_lenouveaugabon), another site and language: no headline line, none expected
    text = ("Le Nouveau Gabon\n\nLe Nouveau Gabon\n\nDésormais, les entrepreneurs gabonais intéressés "
            "par le fonds de 7 milliards de FCFA récemment mis en place par l’Etat peuvent faire des "
            "demandes de financement auprès de trois établissements de microfinance.\n\nAprès "
            "réception des dossiers, ces établissements auront 72 heures pour traiter les demandes.\n")
    assert audit_document(text, "x.txt")["title"] is None


def test_a_headline_with_words_of_its_own_shown_twice_stays():
    text = ("Collegeleden benoemd\n\nCollegeleden benoemd\n\nDe gemeenteraad van Houten heeft "
            "donderdagavond de nieuwe wethouders benoemd en de coalitie presenteerde haar "
            "programma voor de komende vier jaar.\n")
    assert audit_document(text, "x.txt")["title"] == "Collegeleden benoemd"


def test_a_video_player_s_label_is_no_title():
    # round 29b (fr07_tv5monde): the page's text has no headline line
    text = ("TV5 JWPlayer Field\n\nA un mois de la présidentielle, une manifestation de l'opposition "
            "a été réprimée à coup de gaz lacrymogènes. Deux membres de l'opposition ont été "
            "arrêtés.\n")
    assert audit_document(text, "x.txt")["title"] is None


def test_a_headline_about_video_players_stays():
    text = ("Choosing a Video Player for Your Newsroom\n\nMost newsrooms now embed their clips with an "
            "off-the-shelf player, and the choice decides how fast the page loads on a phone, the "
            "vendors said on Tuesday.\n")
    assert audit_document(text, "x.txt")["title"] == "Choosing a Video Player for Your Newsroom"


def test_a_bulleted_list_item_is_no_title_line():
    # round 29b (fr25_saumurmemoires): "– La Foire-exposition" was read as a site's name after
    # a <title>, and the item's date taken for the title
    text = ("- 22 au 27 mai 1974 – La Foire-exposition\n- 22, 23 et 24 juin 1974 – Le Défilé fleuri\n"
            "Du lento au presto\nChangement de président de la République, changement de style. "
            "1974 voit l’avènement d’une Marseillaise qui s’interprète au ralenti.\n")
    title = audit_document(text, "x.txt")["title"]
    assert title is None or not title.startswith("-")


def test_a_title_line_with_its_site_s_name_stays():
    text = ("Le conseil municipal adopte le budget 2024 – Ouest-France\n\nLe conseil municipal a "
            "adopté jeudi soir le budget primitif de la commune, qui prévoit 3 millions d'euros "
            "d'investissements.\n")
    assert audit_document(text, "x.txt")["title"] == "Le conseil municipal adopte le budget 2024"


def test_a_feed_mirror_s_channel_line_gives_way_to_the_item_s_headline():
    # round 26b (fr07_rssing): the channel, the mirror's counter and links, then the item
    text = ("Channel: Faits divers – Zinfos974\nViewing all 96797 articles\nBrowse latest View live\n\n"
            "[VIDEO] St-Denis : Le budget 2018 voté, les investissements en baisse de plus de 20 "
            "millions d'euros\n\nLes élus municipaux dionysiens ont voté ce samedi 16 décembre le "
            "budget 2018 de la commune, qui s’élève à 296.195.580 €.\n")
    assert audit_document(text, "x.txt")["title"].endswith("en baisse de plus de 20 millions d'euros")


def test_a_headline_naming_a_tv_channel_stays():
    text = ("Channel 4 News: the broadcaster cuts 200 jobs – The Guardian\n\nChannel 4 said on Monday "
            "it would cut 200 jobs as advertising revenue fell for the third year running.\n")
    assert audit_document(text, "x.txt")["title"] == "Channel 4 News: the broadcaster cuts 200 jobs"
