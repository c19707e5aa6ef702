"""Round 20's blind pages: furniture over the headline taken for it (a skip link, a rubric, a
record's fields), a headline missed (an ellipsis a full stop closes) or cut (a slash between
two alternatives read as a site's separator)."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.titles import without_site_name


def _title(text: str) -> str | None:
    return audit_document(text, "x.txt")["title"]


_LEDE_FR = ("– Emmanuel Macron s’adressera ce soir à 20 heures aux Français pour leur présenter "
            "un nouveau tour de vis dans la lutte contre la pandémie de Covid-19.\n")
_HEAD_FR = "DIRECT. Coronavirus: L’Allemagne ferme restaurants, institutions culturelles et de loisir dès lundi"


# 20b r03: a theme's skip link naming its key; a screen reader's wording of one (a page snapshot
# in the code store)
@pytest.mark.parametrize("skip", ['Press "Enter" to skip to content', "Press “Enter” to skip to content",
                                  "Press Tab to Move to Skip to Content Link"])
def test_a_skip_link_naming_its_key_is_no_title(skip):
    assert _title(f"{skip}\n\n{_HEAD_FR}\n\n{_LEDE_FR}") == _HEAD_FR


# 20a r09: a rubric's one word over the headline; a headline about archives is one
@pytest.mark.parametrize("top, title", [
    ("Archives\n\nCyclone Dean - La région Guadeloupe prend la main",
     "Cyclone Dean - La région Guadeloupe prend la main"),
    ("Archive\n\nCyclone Dean - La région Guadeloupe prend la main",
     "Cyclone Dean - La région Guadeloupe prend la main"),
    ("Archives nationales : les fichiers de la préfecture ouverts au public",
     "Archives nationales : les fichiers de la préfecture ouverts au public"),
])
def test_a_rubric_alone_over_the_headline(top, title):
    lede = ("Alors qu’une délégation d’élus sera reçue à l’Elysée, le 29 août, le président du conseil "
            "régional a annoncé la création d’un fonds de 20 millions d’euros.\n")
    assert _title(f"{top}\n\n{lede}") == title


# 20b r06: a short headline whose ellipsis a full stop closes; a line of prose ending so is none
def test_an_ellipsis_closed_by_a_full_stop_ends_a_headline():
    lede = ("La levée de fonds, un passage quasi obligé pour les porteurs de projets comme pour les "
            "entreprises aguerries. Si la tendance d’hier était notamment centrée sur la Deeptech, la "
            "performance durable s’apparente aujourd’hui à la nouvelle norme.\n")
    assert _title("Ainsi fonds, fonds, fonds….\n" + lede) == "Ainsi fonds, fonds, fonds…."
    assert _title("Et puis, un jour, nous avons compris que les fonds ne viendraient plus jamais et "
                  "que personne ne nous aiderait plus, ni la banque, ni la mairie, ni l’Etat….\n"
                  + lede) is None


# 20a r07: an incident report's fields (Feuerwehr Altdorf); ff-almoshof.de's and
# feuerwehr-zaberfeld.de's reports (the pages store): no headline among them
@pytest.mark.parametrize("fields", [
    "Datum: 9. Mai 2018 um 21:51 Uhr\nAlarmierungsart: Melder\nEinsatzart: THL\nWeitere Kräfte: FF Altdorf\n"
    "Einsatzbericht:",
    "Datum: 17. April 2018 um 16:39 Uhr\nAlarmierungsart: FME, Handy, Sirene\nDauer: 1 Stunde 32 Minuten\n"
    "Einsatzart: Brand\nFahrzeuge: LF 10/6\nWeitere Kräfte: FF Buchenbühl, FF Moorenbrunn\nEinsatzbericht:",
    "Alarmzeit: Samstag, 21. Oktober 2023 um 14:47 Uhr\nEinsatzart: Rauchentwicklung Freifläche\n"
    "Berichtverfasser: S. Ferenz, Feuerwehr Zaberfeld",
    # the real page's layout: a field's list of items, each after a mark
    "Datum: 9. Mai 2018 um 21:51 Uhr\nAlarmierungsart: Melder\nEinsatzart: THL\nEinsatzort: Theodor-Heuss-Straße\n"
    "Einheiten und Fahrzeuge:\n- Führung: Stadtbrandinspektor, 10/1, Führung\n"
    "- Löschzug 6 (Münchnerau): Wache 6, 6/11/1, 6/40/1, 6/41/1\nWeitere Kräfte: FF Altdorf\nEinsatzbericht:",
])
def test_a_record_s_fields_are_no_headline(fields):
    lede = ("Am Mittwochabend kam es gegen 21:45 zu einem schweren Verkehrsunfall mit einer schwer "
            "verletzten Person. Die Feuerwehren aus Landshut und Altdorf wurden alarmiert.\n")
    assert _title(fields + "\n" + lede) is None


def test_a_headline_with_a_colon_over_its_date_line_stays():
    text = ("Brexit: May loses vote\nPublished: 12 May 2019\n\nThe Prime Minister lost the vote on her "
            "deal by a large margin on Tuesday night, the Commons said.\n")
    assert _title(text) == "Brexit: May loses vote"


# 20a r10: a slash between two alternatives closing the headline is no site's separator
@pytest.mark.parametrize("line, title", [
    ("100th Anniversary of a Town / City", "100th Anniversary of a Town / City"),
    ("Best Practices for the Home / Office", "Best Practices for the Home / Office"),
    ("Macron veut taxer les riches / Libération", "Macron veut taxer les riches"),
    ("Hausse des prix / Le Monde", "Hausse des prix"),
])
def test_a_slash_between_alternatives(line, title):
    assert without_site_name(line) == title


def test_a_slash_title_is_the_page_s_title():
    text = ("100th Anniversary of a Town / City\n\nEvery year there are countless celebrations and "
            "anniversaries of towns, cities, counties, and historical events across America.\n")
    assert _title(text) == "100th Anniversary of a Town / City"


# 20b r04: a masthead with the day over a breadcrumb pasted without its separators, which ends
# with the headline shown again alone: the headline is the title, the masthead's day no date
def test_a_masthead_over_a_breadcrumb_without_separators():
    text = ("]\nLes quotidiens du 26 Apr 2024\n[ Midi ]\n[ Express ]\nHome Vie politique Dossier Madagascar "
            "CDE. Pour une politique de financement extérieur durable et responsable\n\nMadagascar CDE. Pour "
            "une politique de financement extérieur durable et responsable\n\n1. Madagascar a toujours été à "
            "la recherche de son modèle de développement socio-économique sans y parvenir au vu des résultats.\n")
    result = audit_document(text, "x.txt")
    assert result["title"] == ("Madagascar CDE. Pour une politique de financement extérieur durable et "
                               "responsable")


_LEDE_CH = ("Toujours pas de nouvelles des deux personnes emportées hier par les eaux de la Losentze, à "
            "Chamoson.\n\nLes deux personnes portées disparues, depuis hier soir à Chamoson n'ont toujours pas "
            "pu être retrouvées. Les recherches qui n'ont pas cessé depuis hier soir n'ont rien donné.\n")


# 20b r05: a headline's sentence, then a tag of a few words ("Bilan avec la police"), the lede
# echoing it; a standfirst of two sentences (its second says more) stays no headline
def test_a_headline_sentence_and_its_tag():
    top = "Toujours pas de nouvelles des deux personnes emportées par les eaux à Chamoson. Bilan avec la police"
    assert _title(top + "\n" + _LEDE_CH) == top
    standfirst = ("Les recherches des deux personnes emportées par les eaux à Chamoson se poursuivent. La police "
                  "valaisanne a mobilisé un hélicoptère et des plongeurs depuis hier soir")
    assert _title(standfirst + "\n" + _LEDE_CH) != standfirst


_DIGEST_BODY = ("\n\nVente de 26 000 T de ferrailles : Usage de fausse signature et de faux cachet d’un Ministre\n\n"
                "Quatre individus ont été déférés au parquet du Tribunal de Première instance d’Antananarivo, hier.\n")


# 20b r11: a news digest's title names the day it sums up (a constructed second wording of the
# same form); an event's day in a heading is the event's, no publication date
@pytest.mark.parametrize("top, day", [
    ("Les actualités Malgaches du Samedi 06 Avril 2019", "2019-04-06"),
    ("Revue de presse du lundi 3 mai 2021", "2021-05-03"),
    ("La manifestation du samedi 6 avril 2019", None),
    ("Les quotidiens du 26 Apr 2024", None),
])
def test_a_digest_s_title_dates_it(top, day):
    published = audit_document(top + _DIGEST_BODY, "x.txt")["published"]
    assert (str(published) if published else None) == day
