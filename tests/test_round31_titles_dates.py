"""Round 31 of the blind test (2026-12-06): stated dates the reader missed (31a r04, r05, r06;
31b r12) and titles taken from an author box, a tag archive's label, a photo's keyword caption
or a breadcrumb (31a r01, r02; 31b r11, r12), on the testers' repro texts, with a second real
wording where one was found and negatives that must stay as they were."""

from audit.pipeline import audit_document

_EN_BODY = ("GSK will acquire BELLUS for $14.75 per share in cash, representing a total equity value "
            "of approximately $2.0B (£1.9B).\n")
_FR_BODY = ("En Côte d’Ivoire, la Banque nationale d’Investissement (BNI) vient de négocier l’obtention "
            "d’un prêt de 100 millions d’euros auprès de la BEI. L’annonce a été faite le vendredi 17 "
            "janvier dernier dans un communiqué.\n")


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


# --- dates ---

def test_year_first_dotted_dateline_with_its_time():
    # 31a r04 (an investing.com copy): the dateline under the headline dates the page, so NUM001
    # can check the conversion at that day's rate
    text = ("4 big deal reports: Prometheus stock jumps 70% on Merck buyout | Pro Recap\n"
            "2023.04.23 10:31\n© Reuters.\nBy Davit Kirakosyan\n" + _EN_BODY)
    result = _read(text)
    assert result["published"] == "2023-04-23"
    assert any(f["rule"] == "NUM001" for f in result["findings"])
    # slashes, the same order
    assert _read("Markets rally on rate hopes\n2023/04/23 10:31\n" + _EN_BODY)["published"] == "2023-04-23"


def test_a_version_number_or_a_label_before_is_no_dateline():
    assert _read("Release notes\n2.0.23\n" + _EN_BODY)["published"] is None
    assert _read("Release notes\nVersion 2023.04.1\n" + _EN_BODY)["published"] is None
    assert _read("Release notes\nBuild 2023.04.23 10:31\n" + _EN_BODY)["published"] is None


def test_a_release_s_closing_dateline_over_its_signature():
    # 31a r05 (fr20, a UEMOA press release): "Ouagadougou, le 04 avril 2025" over the signature
    text = ("UEMOA: vers la tenue d’une réunion des ministres de l’élevage\n\nCOMMUNIQUE DE PRESSE\n\n"
            "La Commission de l’UEMOA organise le 09 avril 2025 à Ouagadougou la réunion des "
            "Ministres chargés de l’élevage.\n\nOuagadougou, le 04 avril 2025\n\n"
            "La Direction de la Communication\n")
    assert _read(text)["published"] == "2025-04-04"
    # the dateline as the text's last line
    text = ("Communiqué du conseil municipal\n\nLe conseil municipal se réunira en séance publique "
            "le 15 mai 2024 à la mairie pour voter le budget de la commune.\n\nFait à Nantes, le 3 mai 2024\n")
    assert _read(text)["published"] == "2024-05-03"


def test_an_event_s_date_in_a_closing_sentence_dates_nothing():
    text = ("UEMOA: vers la tenue d’une réunion des ministres de l’élevage\n\n"
            "La Commission de l’UEMOA organise une réunion des Ministres chargés de l’élevage, "
            "qui examinera le programme régional de santé animale.\n\n"
            "Rendez-vous à Ouagadougou, le 12 mai 2025, pour la réunion des ministres.\n")
    assert _read(text)["published"] is None
    # a place's day with prose under it: that paragraph's event, not a signature
    text = ("Réunion des ministres de l’élevage\n\nOuagadougou, le 12 mai 2025\n\n"
            "Les ministres chargés de l’élevage de l’Union se réuniront pour examiner le programme "
            "régional de santé animale et le financement des campagnes de vaccination du bétail.\n"
            "La Commission a invité les partenaires techniques et financiers à participer aux "
            "travaux de la réunion qui durera deux jours entiers.\n")
    assert _read(text)["published"] == "2025-05-12"  # a dateline under the headline, as before


def test_a_date_stamp_split_over_lines():
    # 31a r06 (forumrsesn.org): "mer." / "22" / "janv." / "2025", as pasted from its boxes
    result = _read("mer.\n22\njanv.\n2025\n" + _FR_BODY.replace("100 millions d’euros",
                                                                "100 millions d’euros (122,7 millions $)"))
    assert result["published"] == "2025-01-22"
    assert any(f["rule"] == "NUM001" for f in result["findings"])
    # the same page's other item, another day
    assert _read("jeu.\n23\njanv.\n2025\n" + _FR_BODY)["published"] == "2025-01-23"


def test_numbers_one_a_line_are_no_date():
    assert _read("12\n45\n2025\n" + _FR_BODY)["published"] is None
    assert _read("Résultats\n3\n17\n2024\n" + _FR_BODY)["published"] is None


def test_a_rubric_glued_before_its_post_s_date():
    # 31b r12 (sabatosera.it): "Cronaca 9 Dicembre 2022"; the same site's "Cronaca 28 Settembre 2021"
    body = ("Caro bollette, Imola spegne i lampioni: ecco dove e quando.\n\nOggi è stata pubblicata dal "
            "Comune di Imola l’ordinanza con i dettagli della riduzione dell’illuminazione pubblica.\n")
    assert _read("Posts by tag: amministrazione\n\nCronaca 9 Dicembre 2022\n\n" + body)["published"] == "2022-12-09"
    assert _read("Cronaca 28 Settembre 2021\n\n" + body)["published"] == "2021-09-28"


def test_a_word_that_is_no_rubric_before_a_date_stays_unread():
    body = ("Oggi è stata pubblicata dal Comune di Imola l’ordinanza con i dettagli della riduzione "
            "dell’illuminazione pubblica stradale.\n")
    assert _read("Caro bollette a Imola\n\nScadenza 9 Dicembre 2022\n\n" + body)["published"] is None


# --- titles ---

def test_an_author_box_s_image_text_is_no_title():
    # 31a r02 (fr24_ltdn); the guillemets' "»" is no breadcrumb's mark either
    text = ("Les imposteurs de l’IA : quand « journalistes » et « analystes » se mordent la queue\n\n"
            "Photo of author\n\nBy La rédaction\n\nIls se disent journalistes ou analystes. En réalité, ils "
            "sont devenus des opérateurs de machines, inondant l’espace médiatique d’articles générés "
            "par l’intelligence artificielle.\n")
    assert _read(text)["title"] == ("Les imposteurs de l’IA : quand « journalistes » et « analystes » "
                                    "se mordent la queue")
    # tecmint.com's author box under its article
    text = ("Photo of author\n\nAaron Kili\n\nAaron Kili is a Linux and F.O.S.S enthusiast, an upcoming "
            "Linux SysAdmin, web developer, and currently a content creator for TecMint who loves working "
            "with computers and strongly believes in sharing knowledge.\n")
    assert _read(text)["title"] != "Photo of author"


def test_a_breadcrumb_of_guillemets_is_still_a_breadcrumb():
    text = ("Accueil » Actualités » Société » Les maires face à la sécheresse\n\n"
            "Les maires face à la sécheresse\n\nLes maires du département ont demandé mardi au préfet "
            "des mesures de restriction de l’eau, après trois mois sans pluie significative.\n")
    assert _read(text)["title"] == "Les maires face à la sécheresse"


def test_a_tag_archive_s_label_is_no_title():
    body = ("Caro bollette, Imola spegne i lampioni: ecco dove e quando.\n\nOggi è stata pubblicata dal "
            "Comune di Imola l’ordinanza con i dettagli della riduzione dell’illuminazione pubblica.\n")
    assert _read("Posts by tag: amministrazione\n\nCronaca 9 Dicembre 2022\n\n" + body)["title"] is None
    # a Jekyll tag page's heading
    text = ('Posts tagged "accessibility"\n\nThree ways to slice the same posts\n\nA blog is a '
            "time-ordered list of posts. That linear view is useful for the home page and the RSS feed. "
            "It is bad for discovery.\n")
    assert _read(text)["title"] == "Three ways to slice the same posts"


def test_a_keyword_caption_over_a_photo_credit_is_no_title():
    # 31a r01 (de02_kledy, a dts item): "Rettungsdienst" over "© über dts Nachrichtenagentur"
    text = ("\nRettungsdienst\n© über dts Nachrichtenagentur\nInsgesamt habe die Polizei im ersten "
            "Quartal 2015 rund 55.300 Unfälle erfasst, das waren 0,6 Prozent mehr als im entsprechenden "
            "Vorjahreszeitraum.\n© dts Nachrichtenagentur\n")
    assert _read(text)["title"] is None


def test_a_short_headline_over_prose_stays():
    text = ("Journalists Jailed\n\nThree reporters were sentenced on Tuesday to five years in prison for "
            "their coverage of the protests, their lawyers said.\n")
    assert _read(text)["title"] == "Journalists Jailed"


def test_a_breadcrumb_glued_before_the_headline_cut_short():
    # 31b r11 (sportsoftheday): the crumb's last item is the headline cut at its length
    text = ("jeudi, février 5, 2026\nspot_img\nAccueilFootballEn seulement douze mois : le Bayern "
            "approuve près de 100 millions...\n\nEn seulement douze mois : le Bayern approuve près de "
            "100 millions d’euros de primes à la signature\n\nCela fait désormais partie du métier : la "
            "prime à la signature. Pour les joueurs dont les contrats arrivent à expiration, elle "
            "remplace les indemnités de transfert.\n")
    assert _read(text)["title"] == ("En seulement douze mois : le Bayern approuve près de 100 millions "
                                    "d’euros de primes à la signature")
