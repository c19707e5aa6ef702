"""Session 33 (helper title33r): blind round 33's pasted pages whose first line was taken as the
headline though it is furniture: a rubric over its byline (33a fr07), a photo's credit (33b fr02),
a column's byline label (33b en05), a menu's items one a line (33b fr10), the first line of a
hard-wrapped paragraph (33b fr09, read by titles33's _wrapped_run); and a "Publication : <day>" label that dates the page (33b fr03).
Each cue with a text it must not catch."""

from __future__ import annotations

from audit.pipeline import audit_document


def _title(text: str):
    return audit_document(text, "x.txt")["title"]


def _published(text: str):
    return audit_document(text, "x.txt")["published"]


_LEDE = ("Le conseil municipal a voté mardi soir le budget de l'année, après deux heures de débat "
         "sur le prix de l'eau et l'entretien des routes communales.\n")


def test_a_rubric_over_its_byline_is_no_title():
    assert _title("Région | Par Marie Durand\n" + _LEDE) is None


def test_a_headline_and_its_site_name_is_still_the_title():
    assert _title("Le budget voté sans surprise | Le Journal du Val\n" + _LEDE) == \
        "Le budget voté sans surprise"


def test_a_photo_credit_glued_to_its_mark_is_no_title():
    assert _title("(c)Reuters Jean Martin\n\n" + _LEDE) is None


def test_a_column_byline_label_is_no_title():
    text = ("Senior Correspondent\nThe county board voted on Tuesday to award the three-year "
            "contract to the Tacoma firm, which will replace 1,200 street lights.\n")
    assert _title(text) is None


def test_a_headline_naming_a_columnist_is_a_title():
    text = ("Newspaper hires a new columnist for its sports pages\nThe county board voted on "
            "Tuesday to award the three-year contract to the Tacoma firm, which will replace "
            "1,200 street lights.\n")
    assert _title(text) == "Newspaper hires a new columnist for its sports pages"


def test_a_menu_one_item_a_line_gives_no_title():
    text = "Accueil\n\nSport\n\nÉconomie\n\nVie locale\n\nCulture\n\n" + _LEDE
    assert _title(text) is None


def test_a_short_headline_over_a_byline_is_a_title():
    text = "Budget adopté\n\nPar Marie Durand\n\n" + _LEDE
    assert _title(text) == "Budget adopté"


def test_a_hard_wrapped_paragraph_first_line_is_no_title():
    text = ("Après deux ans de chantier, la piscine intercommunale\n"
            "rouvre ses portes au public depuis le 3 mai dernier. Le bassin\n"
            "principal a été entièrement refait et mis aux normes actuelles, et\n"
            "les vestiaires ont été agrandis pour accueillir les écoles.\n")
    assert _title(text) is None


def test_a_headline_over_a_lowercase_byline_is_a_title():
    # a lowercase line alone under it is its byline or date, not the sentence going on
    text = ("La piscine intercommunale rouvre ses portes\n\npar Marie Durand\n\n" + _LEDE)
    assert _title(text) == "La piscine intercommunale rouvre ses portes"


def test_a_publication_label_dates_the_page():
    assert _published("- Détails\n- Publication : 7 avril 2014\n" + _LEDE) == "2014-04-07"


def test_publication_in_a_sentence_dates_nothing():
    text = ("Le rapport annuel\n\nLa commission a annoncé la date de sa publication : le 7 avril "
            "2014, selon son président, qui a présenté les grandes lignes du document.\n")
    assert _published(text) is None
