"""Review 28b's title and date items: a headline with a colon over its date lines taken for a
record's field (item 6), a subhead naming a day taken for a digest's title (item 8), a
headline's last word and a one-word site around a slash taken for two alternatives (item 12)."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.titles import without_site_name

_LEDE_UA = ("Russian drones struck several districts of Kyiv overnight, injuring at least seven people and "
            "damaging apartment buildings, the city's military administration said on Sunday.\n"
            "Air defence units shot down most of the 30 drones launched at the capital, officials said. Debris "
            "fell on a kindergarten in the Solomianskyi district, where a fire broke out and was extinguished "
            "by morning.\nMayor Vitali Klitschko said emergency crews were still working at two sites.\n")


# item 6: the reviewer's probe, a byline among the date lines, a headline with no verb; the
# headline is no field of a run its date lines would complete
@pytest.mark.parametrize("top, title", [
    ("Ukraine: Kyiv hit by overnight drone attack\nPublished: 12 May 2024\nUpdated: 12 May 2024, 10:42",
     "Ukraine: Kyiv hit by overnight drone attack"),
    ("Brexit: May loses vote\nPublished: 12 May 2019\nUpdated: 12 May 2019, 10:42\nBy: John Smith",
     "Brexit: May loses vote"),
    ("Ukraine: Kyiv hit by overnight drone attack\nBy: Jane Doe\nPosted: May 12, 2024",
     "Ukraine: Kyiv hit by overnight drone attack"),
    ("Ukraine: drone attack on Kyiv\nPublished: 12 May 2024\nUpdated: 12 May 2024, 10:42",
     "Ukraine: drone attack on Kyiv"),
])
def test_a_headline_with_a_colon_over_its_date_lines(top, title):
    assert audit_document(f"{top}\n{_LEDE_UA}", "x.txt")["title"] == title


def test_a_record_s_fields_stay_no_headline():
    # round 20a r07's fields (test_round20_seg holds the others): still none the title
    fields = ("Datum: 9. Mai 2018 um 21:51 Uhr\nAlarmierungsart: Melder\nEinsatzart: THL\n"
              "Weitere Kräfte: FF Altdorf\nEinsatzbericht:\n")
    lede = ("Am Mittwochabend kam es gegen 21:45 zu einem schweren Verkehrsunfall mit einer schwer "
            "verletzten Person. Die Feuerwehren aus Landshut und Altdorf wurden alarmiert.\n")
    assert audit_document(fields + lede, "x.txt")["title"] is None


_BODY_FR = ("Le chèque énergie sera versé automatiquement à 5,6 millions de foyers, a annoncé jeudi le "
            "ministère de la Transition écologique, qui prévoit aussi une revalorisation de MaPrimeRénov'.\n"
            "Le tarif réglementé de l'électricité doit par ailleurs baisser de 9 % au 1er février, selon la "
            "Commission de régulation de l'énergie.\n")
_BODY_EN = ("The energy cheque will be paid automatically to 5.6 million households, the ministry said on "
            "Thursday.\nRegulated electricity prices are also due to fall by 9 percent on February 1, the "
            "regulator said.\n")


# item 8: the reviewer's probes (a subhead under the headline; "nouvelles" before a noun)
@pytest.mark.parametrize("text", [
    "Énergie : ce qui change au 1er janvier pour les ménages\nLes nouvelles aides du 1er janvier 2025\n" + _BODY_FR,
    "Les nouvelles règles du 1er juillet 2025 : ce qui change pour les automobilistes\n" + _BODY_FR,
    "Les nouvelles aides du 1er janvier 2025\n" + _BODY_FR,
    "Energy bills: what changes for households\nThe news of January 1, 2025\n" + _BODY_EN,
    # a digest's name as a subhead: its day is no publication's
    "Énergie : ce qui change au 1er janvier pour les ménages\nRevue de presse du lundi 3 mai 2021\n" + _BODY_FR,
])
def test_a_subhead_or_an_adjective_names_no_digest(text):
    assert audit_document(text, "x.txt")["published"] is None


_DIGEST_BODY = ("\n\nVente de 26 000 T de ferrailles : Usage de fausse signature et de faux cachet d’un Ministre\n\n"
                "Quatre individus ont été déférés au parquet du Tribunal de Première instance d’Antananarivo, hier.\n")


# the page's title naming a digest still dates it (round 20b r11 and its forms)
@pytest.mark.parametrize("top, day", [
    ("Les actualités Malgaches du Samedi 06 Avril 2019", "2019-04-06"),
    ("Les nouvelles du lundi 3 mars 2025", "2025-03-03"),
    ("Revue de presse du lundi 3 mai 2021", "2021-05-03"),
])
def test_a_digest_s_title_still_dates_it(top, day):
    assert str(audit_document(top + _DIGEST_BODY, "x.txt")["published"]) == day


# item 12: a one-word site after a headline in sentence case, or a known publisher, is the
# site's name; two words of one kind in a title-case line (or both in lower case) are alternatives
@pytest.mark.parametrize("line, title", [
    ("Senate passes stopgap bill backed by Trump / Politico", "Senate passes stopgap bill backed by Trump"),
    ("Macron veut taxer les riches / Libération", "Macron veut taxer les riches"),
    ("Senate Passes Stopgap Bill / Reuters", "Senate Passes Stopgap Bill"),
    ("100th Anniversary of a Town / City", "100th Anniversary of a Town / City"),
    ("Best Practices for the Home / Office", "Best Practices for the Home / Office"),
    ("Tips for working from the home / office", "Tips for working from the home / office"),
])
def test_a_slash_before_a_site_or_between_alternatives(line, title):
    assert without_site_name(line) == title


def test_a_headline_over_its_site_after_a_slash_is_the_title():
    text = ("Senate passes stopgap bill backed by Trump / Politico\nThe Senate on Friday passed a stopgap "
            "spending bill to keep the government open through March, sending the measure to the president's "
            "desk hours before a shutdown deadline.\nThe vote was 60-38, with a dozen Democrats joining "
            "Republicans in support of the bill.\n")
    assert audit_document(text, "x.txt")["title"] == "Senate passes stopgap bill backed by Trump"
