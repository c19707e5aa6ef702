"""Round 30 of the blind test (2026-12-06): publication dates missed, on the tester's repro
texts (30b fr18, de02, de03), and negatives that must stay silent."""

from audit.pipeline import audit_document

_FR_BODY = ("Une camionnette frigorifique, qui circulait ce matin vers 9 h, sur la RD 603, n’a pu "
            "éviter, semble-t-il, une voiture qui venait de sa droite.\n")
_DE_BODY = ("Mit einem Festkommers feierten die Sterner Bürger aus Linz am Rhein ihr 100-jähriges "
            "Bestehen.\n")


def _published(text: str) -> str | None:
    return audit_document(text, "x.txt")["published"]


def test_byline_with_an_update_part_after_a_bar():
    # the update's part and the reading time make the line long; the publication's part is short
    text = ("FAITS DIVERS Violente collision sur la D603 près de Metz\n\n"
            "D.-A.D. - 16 oct. 2015 à 10:50 | mis à jour le 18 oct. 2015 à 13:55 - Temps de lecture :\n"
            + _FR_BODY)
    assert _published(text) == "2015-10-16"
    # a name instead of initials, the update after a dash
    text = ("Violente collision sur la D603 près de Metz\n\n"
            "Par Jean-Marc Toussaint - 3 mars 2021 à 18:04 - mis à jour le 4 mars 2021 à 08:12 - Temps de lecture : 2 min\n"
            + _FR_BODY)
    assert _published(text) == "2021-03-03"


def test_an_update_in_a_sentence_is_no_byline_part():
    # "mis à jour" inside prose: no separator before it, the sentence stays no dateline
    text = ("Violente collision sur la D603 près de Metz\n\n"
            "Le 16 octobre 2015 à 10:50 le plan de circulation de la commune a été mis à jour par les "
            "services de la ville et de la préfecture.\n" + _FR_BODY)
    assert _published(text) is None


def test_press_release_line_at_the_start():
    text = ("Pressemitteilung vom 06.10.2024\n100 Jahre Sterner Bürger: Ein Jubiläum voller "
            "Erinnerungen\n" + _DE_BODY)
    assert _published(text) == "2024-10-06"
    text = ("Presseinformation vom 12. März 2023\nStadtwerke erweitern Ladenetz\n" + _DE_BODY)
    assert _published(text) == "2023-03-12"


def test_press_release_in_a_sentence_dates_nothing():
    text = ("100 Jahre Sterner Bürger: Ein Jubiläum voller Erinnerungen\n"
            "Wie die Stadt in ihrer Pressemitteilung vom 06.10.2024 mitteilte, wird gefeiert.\n"
            + _DE_BODY)
    assert _published(text) is None


def test_short_year_with_the_hour_alone_on_its_line():
    text = ("26.07.11 13:59 Uhr\n 162\n \n\nEU-Kommission: Chinesen dürfen Medion übernehmen\n"
            "Die EU-Kommission hat die Übernahme des Elektronikhändlers Medion durch Lenovo genehmigt.\n")
    assert _published(text) == "2011-07-26"


def test_short_year_with_more_words_is_no_dateline():
    # a version number or a score with an hour and words after it: not a stamp alone
    text = ("EU-Kommission: Chinesen dürfen Medion übernehmen\n"
            "Version 26.07.11 13:59 Uhr veröffentlicht mit neuen Funktionen\n"
            "Die EU-Kommission hat die Übernahme des Elektronikhändlers Medion durch Lenovo genehmigt.\n")
    assert _published(text) is None
