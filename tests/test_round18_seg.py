"""Round 18's titles, dates and language: furniture taken for the headline (a back link,
numbered skip links, a timestamp, an engagement prompt, a label's second line, a tagline
over a weather widget's date), the site's today taken for the publication date, and an
English caption printed twice making a French page English."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.lexicon import detect_language_of
from audit.pipeline import audit_document

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


def _repro(round_: str, name: str) -> dict:
    path = ROUNDS / round_ / "repro" / name
    return audit_document(path.read_text(encoding="utf-8"), name)


@pytest.mark.parametrize("round_, name, title", [
    # 18a r04a: a back link over the headline
    ("round18a", "r04a_title_backlink.txt", "Realignment Update – Longer Sentences in County Jails"),
    # 18a r04b: numbered skip links, the first one a cue's, the others items of its list
    ("round18a", "r04b_title_skiplinks.txt", "1,9 milliard de dollars contre la grippe aviaire"),
    # 18b r07: an update's timestamp line over the lede, no headline
    ("round18b", "r07_title_timestamp_line.txt", None),
    # 18b r08: an engagement prompt over the headline
    ("round18b", "r08_title_engagement_prompt.txt", "Brèves économiques africaines"),
])
def test_furniture_is_not_the_title(round_, name, title):
    assert _repro(round_, name)["title"] == title


def test_second_line_of_a_label_is_not_the_title():
    # 18b r10: "Heureux événements" / "au Parc Zoologique de Paris", a listing's label
    assert _repro("round18b", "r10_title_fragment_listing.txt")["title"] != "au Parc Zoologique de Paris"


_LEDE_EN = ("The county board voted on Tuesday to extend the program for another year, the "
            "sheriff said after the meeting.\n")
_LEDE_FR = ("Le conseil municipal a voté mardi le budget de la commune pour l'année prochaine, "
            "a indiqué le maire à l'issue de la séance.\n")


@pytest.mark.parametrize("furniture, headline, lede", [
    # other wordings of the same furniture
    ("< Back to blog", "County Extends Jail Program", _LEDE_EN),
    ("Was this article helpful?", "County Extends Jail Program", _LEDE_EN),
    ("‹ Retour aux actualités", "Le budget communal voté", _LEDE_FR),
    ("Dernière mise à jour le 21/03/2024 à 09h15", "Le budget communal voté", _LEDE_FR),
])
def test_other_furniture_wordings_are_not_the_title(furniture, headline, lede):
    result = audit_document(f"{furniture}\n\n{headline}\n\n{lede}", "x.txt")
    assert result["title"] == headline


@pytest.mark.parametrize("headline, lede", [
    # negatives: headlines that open like furniture stay the title
    ("Back to the future: the county reopens its old jail", _LEDE_EN),
    ("1. Le budget communal voté", _LEDE_FR),
    ("Avez-vous trouvé un logement ? La commune aide les étudiants", _LEDE_FR),
    ("iPhone sales fall for the third quarter", _LEDE_EN),
    # a first line in lower case under nothing is a headline (rounds 11a, 12a)
    ("la BAD débourse 275 milliards de FCFA pour des projets d’aménagement", _LEDE_FR),
    ("des signes de frémissement aux États-Unis", _LEDE_FR),
])
def test_headlines_like_furniture_stay_the_title(headline, lede):
    result = audit_document(f"{headline}\n\n{lede}", "x.txt")
    assert result["title"] == headline


def test_a_date_above_the_breadcrumb_is_the_site_s_today_not_the_article_s():
    # 18a r05: tagline, "Samedi 27 Juillet 2024" over an empty weather widget, then
    # "Accueil > Actualité > <the headline>" and the headline: no publication date
    result = _repro("round18a", "r05_title_tagline_date_widget.txt")
    assert result["title"] == "Hommage à Maurice Reynaud"
    assert result["published"] is None


def test_a_date_under_the_headline_still_dates_the_article():
    text = ("Commune de Coucouron\n\nSur le plateau ardéchois, Rhône Alpes\n\n"
            "Accueil > Actualité > Hommage à Maurice Reynaud\n\nHommage à Maurice Reynaud\n\n"
            "Samedi 27 Juillet 2024\n\n" + _LEDE_FR)
    result = audit_document(text, "x.txt")
    assert result["title"] == "Hommage à Maurice Reynaud"
    assert result["published"] == "2024-07-27"


def test_an_english_caption_printed_twice_does_not_make_a_french_page_english():
    # 18b r09: the French lede and an English photo caption shown twice in one block
    result = _repro("round18b", "r09_french_article_english_caption_language.txt")
    assert result["language"] == "fr"


def test_repeated_blocks_weigh_less_but_prose_still_decides():
    caption = ("The new team poses for the photographer after the oath ceremony during a plenary "
               "session of the parliament in Brussels. ")
    french = ("Le gouvernement a été formé jeudi soir, après plus de 600 jours de négociations, "
              "selon les partis qui ont signé l'accord de la majorité dans la région.")
    assert detect_language_of([french, caption * 2], repeated=0.5) == "fr"
    # an English article stays English when its own paragraphs repeat a phrase
    # (three paragraphs: with "on", "a", "was" also French's, German's, Dutch's, two English
    # ones of 28 words no longer outweigh a 27-word French sentence; 26a lang26)
    english = ["The council voted on the budget on Tuesday, the mayor said, and the vote was "
               "close.", "The council voted on the budget on Tuesday, the mayor said again.",
               "The opposition said that it would appeal the decision in court."]
    assert detect_language_of(english + [french], repeated=0.5) == "en"
    # unweighted, the verdict is the joined text's, as before
    assert detect_language_of([french, caption * 2]) == "en"
