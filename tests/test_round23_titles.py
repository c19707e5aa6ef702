"""Round 23's blind pages: furniture over the headline that was taken for it."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


ORAN = ("Le wali d'Oran, Mouloud Cherifi, se confie au «Le Quotidien d'Oran»: L'environnement, "
        "l'investissement, le vieux bâti et les JM 2021")


@pytest.mark.parametrize(("text", "title"), [
    # a page's tools side by side, each a menu word (23a fr05, lequotidien-oran)
    ("Envoyer à un ami | Version à imprimer | Version en PDF\n\n" + ORAN + "\n\npar Houari Saaidia\n\n"
     "Dans cet entretien exclusif, le wali d'Oran dresse un tableau synoptique sur la capitale de "
     "l'Ouest, a-t-il indiqué.\n", ORAN),
    # negative: a <title> line, the headline then its site's name, stays the title
    ("Le wali d'Oran se confie sur l'investissement | Le Quotidien d'Oran\n\nDans cet entretien "
     "exclusif, le wali d'Oran dresse un tableau synoptique sur la capitale de l'Ouest, a-t-il "
     "indiqué.\n", "Le wali d'Oran se confie sur l'investissement"),
])
def test_a_bar_of_tools_is_no_title_round_23(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a rubric in square brackets over the lede (23a fr16, infoflash): no headline
    ("Information (1/1)\n[RETOUR SUR IMAGES]\nSuccès retentissant pour cette 22e édition de "
     "Festivaux qui s'est achevée jeudi soir sur un tonnerre d'applaudissements.\n", None),
    # negative: a headline opening with a bracketed tag stays
    ("[Vidéo] Le festival Festivaux fête sa 22e édition\nSuccès retentissant pour cette 22e "
     "édition de Festivaux qui s'est achevée jeudi soir sur un tonnerre d'applaudissements.\n",
     "[Vidéo] Le festival Festivaux fête sa 22e édition"),
])
def test_a_bracketed_rubric_is_no_title_round_23(text, title):
    assert _title(text) == title


CLEAN = "Un journal italien publie la toute première édition complète produite par une IA"


@pytest.mark.parametrize(("text", "title"), [
    # a breadcrumb glued to the headline, the clean headline under it (23a fr10, benews)
    ("PAR PAYS\nAccueilNewsTechnologie" + CLEAN + "\n\n" + CLEAN + "\n\nC’est une première en "
     "Europe : le quotidien italien Il Foglio a confié la rédaction d’un supplément à une "
     "intelligence artificielle.\n", CLEAN),
    # 11a fr20 (lafrenchcom): the same shape, "AccueilFAQ" glued
    ("AccueilFAQChangements de direction, management succession et communication de gouvernance "
     ": stratégie et gestion des risques en France\n\nChangements de direction, management "
     "succession et communication de gouvernance : stratégie et gestion des risques en France\n\n"
     "gov\n\nLes changements de direction figurent parmi les moments les plus sensibles dans la vie "
     "d’une entreprise.\n",
     "Changements de direction, management succession et communication de gouvernance : "
     "stratégie et gestion des risques en France"),
])
def test_a_glued_breadcrumb_gives_the_clean_line_round_23(text, title):
    assert _title(text) == title


NAVBAR = ("ArtsAutosBooksBusinessEducationEntertainmentFamilyFashionFoodGamesGenderHealthHolidays"
          "HomeHubPagesPersonal FinancePetsPoliticsReligionSportsTechnologyTravel")


@pytest.mark.parametrize(("text", "title"), [
    # a category bar run together over the heading (23a en05, hubpages)
    (NAVBAR + "\n\nCentenarians of 2014\n\nUpdated on September 2, 2019\n\nA number of businesses, "
     "agencies, organizations, and sites are celebrating their milestone 100th anniversary this "
     "year, 2014.\n", "Centenarians of 2014"),
])
def test_a_run_together_menu_does_not_end_the_search_round_23(text, title):
    assert _title(text) == title


def test_a_brand_s_inner_capitals_are_no_menu():
    from audit.segment.classify import _glued_menu
    assert _glued_menu(NAVBAR)
    # negative: names with inner capitals among words
    assert not _glued_menu("Apple unveils the new iPhone, HomePod mini and MacBook Pro at WWDC")


QUESTIONS = (
    "Cette semaine vous avez répété votre nouveau spectacle au Zénith. Tout s’est bien passé ?\n"
    "« Très bien ! L’équipe technique est arrivée dès samedi pour caler le décor. Nous, nous sommes "
    "arrivés mardi. Depuis, nous jouons toute la journée. Nous retravaillons toutes les chansons. »\n"
    "En quoi seront-elles différentes de la version CD ?\n"
    "« Elles sont arrangées très différemment, avec une autre énergie. Ce ne sont pas les mêmes "
    "musiciens non plus. Je voulais aller vers quelque chose d’étonnant, avec de l’émotion, de "
    "l’originalité, de la liberté. Certaines chansons planent sérieusement ! »\n"
    "Ce soir est un concert test ?\n« Vous savez, chaque soir est un test. »\n")


@pytest.mark.parametrize(("text", "title"), [
    # an interview's first question, long answers in guillemets (23b fr15, scenefrancaise)
    (QUESTIONS, None),
    # negative: a question headline over an explainer's lede in guillemets, no second question
    ("Vous partez en vacances cette année ?\n« Les Français partiront davantage cet été que l'an "
     "dernier, selon un sondage publié mardi par l'institut Ifop pour l'Union nationale des "
     "associations de tourisme, qui relève une hausse des réservations. »\nLe sondage a été réalisé "
     "auprès de 1 000 personnes du 2 au 4 juin, par internet, selon la méthode des quotas.\n",
     "Vous partez en vacances cette année ?"),
])
def test_an_interview_s_first_question_is_no_headline_round_23(text, title):
    assert _title(text) == title


HAITI = ("Haïti et Rep Dominicaine La traite et « l’esclavage déguisé » Une responsabilité partagée "
         "dans le crime (3 de 3)")


@pytest.mark.parametrize(("text", "title"), [
    # a section label the page names again as its category (23b fr25, touthaiti)
    ("Diaspora\n" + HAITI + "\n- Détails\n- Catégorie : Diaspora\n- Publié le samedi 19 octobre "
     "2013 15:43\nPar Leslie Péan, 16 octobre 2013 --- Cet article comporte trois parties. Les deux "
     "premières traitent des responsabilités dominicaines.\n", HAITI),
    # negative: a short headline over its lede, the category field naming another rubric
    ("Diaspora en fête\nLa diaspora haïtienne de Montréal a fêté samedi le cinquantième "
     "anniversaire de son association, en présence de nombreux élus.\n- Catégorie : Culture\n",
     "Diaspora en fête"),
])
def test_a_section_label_named_as_category_is_no_title_round_23(text, title):
    assert _title(text) == title


HOOKSIEL = ("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine anerkannt gute Einrichtung in "
            "Hooksiel. Das wurde auf der Jahreshauptversammlung wieder einmal deutlich.\n")


def test_a_caption_closed_by_its_credit_is_no_title_and_the_bracketed_dateline_dates_round_23():
    # 23a de03 (hooksiel-life): a photo's caption, then the lede's dateline with the day in brackets
    result = audit_document("Hobby Feuerwehr – das vereint die Mitglieder der Jugendfeuerwehr "
                            "Hooksiel. Foto: Feuerwehr\n" + HOOKSIEL, "x.txt")
    assert result["title"] is None
    assert result["published"] == "2024-02-14"


@pytest.mark.parametrize(("line", "day"), [
    ("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine anerkannt gute Einrichtung.", "2024-02-14"),
    ("Wilhelmshaven (3.5.2023) – Der Rat der Stadt hat am Abend den Haushalt beschlossen.", "2023-05-03"),
    # negatives: a party or an agency in the brackets, no day
    ("Berlin (dpa) – Die Bundesregierung hat am Mittwoch den Haushalt beschlossen.", None),
    ("Merkel (CDU) – Die Kanzlerin hat am Mittwoch den Haushalt verteidigt.", None),
])
def test_a_bracketed_day_after_the_place(line, day):
    from audit.extract.dates import _bracketed_dateline
    got = _bracketed_dateline(line, "de")
    assert (got.isoformat() if got else None) == day


def test_a_headline_with_a_photo_word_stays():
    # negative: "Foto" in a headline, no credit after a full stop
    text = ("Foto-Ausstellung im Rathaus: Hooksiel zeigt seine Geschichte\n" + HOOKSIEL)
    assert audit_document(text, "x.txt")["title"] == \
        "Foto-Ausstellung im Rathaus: Hooksiel zeigt seine Geschichte"
