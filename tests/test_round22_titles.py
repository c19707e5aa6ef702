"""Round 22a's blind pages: page furniture taken for the headline of a pasted page (a site's
ticker, a rubric under the breadcrumb, a dateline alone, a photo's credit, an image's caption)."""
from __future__ import annotations

from pathlib import Path

from audit.pipeline import audit_document

_ROUND = Path(__file__).parent / "data" / "blind_rounds" / "round22a" / "inputs"


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


def _kind(result: dict, text: str, line: str) -> str:
    start = text.index(line)
    return next(s["kind"] for s in result["segments"] if s["start"] <= start < s["end"])


# r08 (fr01, JHM): a ticker's label, its item's headline and teaser over the article
_TICKER = ("Fil d'info\nJO : départ canon – L’édito de Christophe Bonnefoy\n\nC’est une fois tous "
           "les quatre ans. En France, c’était il y a tout juste un siècle.\n\nÀ Saint-Dizier, un "
           "incendie nocturne survenu avenue Pasteur\n\nSamedi 25 novembre, un incendie s’est "
           "déclaré dans un immeuble, avenue Pasteur, à Saint-Dizier. Au total, ce sont 16 engins "
           "qui ont été mobilisés.\n")


def test_a_ticker_s_item_is_no_title_the_headline_under_its_teaser_is_round_22():
    result = _read(_TICKER)
    assert result["title"] == "À Saint-Dizier, un incendie nocturne survenu avenue Pasteur"
    assert _kind(result, _TICKER, "C’est une fois") == "boilerplate"
    # the whole page: the teaser cut in mid-word ("origina..."), a comment counter, another
    # story's teaser headline and the photo's caption above the headline
    page = (_ROUND / "fr01_jhm.txt").read_text(encoding="utf-8")
    assert _read(page)["title"] == "À Saint-Dizier, un incendie nocturne survenu avenue Pasteur"
    # the label's other wording
    assert _read(_TICKER.replace("Fil d'info", "Le fil info"))["title"] == \
        "À Saint-Dizier, un incendie nocturne survenu avenue Pasteur"


def test_prose_after_a_ticker_with_no_headline_under_it_stays_the_article_round_22():
    text = _TICKER.replace("À Saint-Dizier, un incendie nocturne survenu avenue Pasteur\n\n", "")
    result = _read(text)
    assert _kind(result, text, "Samedi 25 novembre") == "body"
    assert _kind(result, text, "C’est une fois") == "body"


# r09 (fr07, Le Brief): the headline alone under the breadcrumb that ends with it, furniture
# ("Temps de lecture", "En Bref") between it and the lede
_CRUMBED = ("Temps de lecture : 2 minutes\n\nAccueil / Politique / Maroc-France : voici les accords "
            "signés ce soir\n\nMaroc-France : voici les accords signés ce soir\n\nTemps de lecture "
            ": 2 minutes\n\nEn Bref\n\nTemps de lecture : 2 minutes\n\nLundi soir une cérémonie de "
            "signature de plusieurs accords entre le Maroc et la France a eu lieu, en présence du "
            "Roi.\n")


def test_the_headline_under_its_breadcrumb_is_no_tagline_round_22():
    result = _read(_CRUMBED)
    assert result["title"] == "Maroc-France : voici les accords signés ce soir"
    assert _kind(result, _CRUMBED, "En Bref") != "title"
    # another breadcrumb's separators
    other = _CRUMBED.replace("Accueil / Politique / ", "Accueil > Politique > ")
    assert _read(other)["title"] == "Maroc-France : voici les accords signés ce soir"


def test_a_site_s_name_and_tagline_shown_again_stay_furniture_round_22():
    # one separator: the site's name and its tagline, the tagline alone under it (round 12's shape)
    text = ("Senexalaat - Opinions, Idées et Débats des Sénégalais\nOpinions, Idées et Débats des "
            "Sénégalais\n\nLa dette publique du Sénégal atteint un record\n\nLe ministre des Finances "
            "a présenté mardi les chiffres de la dette publique, qui dépasse désormais les prévisions "
            "du budget voté l'an dernier par l'Assemblée nationale.\n")
    assert _read(text)["title"] == "La dette publique du Sénégal atteint un record"


# r10 (en02, KVIA): a dateline alone on its line over the lede; no headline in the text
_DATELINE = ("EL PASO, Texas -\n\nMonday afternoon city council voted 4 to 4 on approving a budget "
             "that would require tax increase costing residents an additional $2.49 per month.\n")


def test_a_dateline_alone_is_no_title_round_22():
    result = _read(_DATELINE)
    assert result["title"] is None
    assert _kind(result, _DATELINE, "EL PASO") == "boilerplate"
    # the wire's other forms of a place (KRWG's "SANTA FE, N.M. (AP) —" without its agency)
    assert _read(_DATELINE.replace("EL PASO, Texas -", "SANTA FE, N.M. —"))["title"] is None
    assert _read(_DATELINE.replace("EL PASO, Texas -", "CARSON CITY, Nev. –"))["title"] is None


def test_a_headline_in_capitals_over_the_lede_stays_the_title_round_22():
    text = _DATELINE.replace("EL PASO, Texas -", "EL PASO COUNCIL APPROVES BUDGET WITH TAX HIKE")
    assert _read(text)["title"] == "EL PASO COUNCIL APPROVES BUDGET WITH TAX HIKE"


# r11 (it02, Fanpage): a photo's credit alone over the lede
_CREDIT = ("Foto da polizia di Stato\n\nRientrava da una truffa, eseguita con l'ormai noto metodo "
           "del \"finto carabiniere\", ma è stato fermato per l'alta velocità con cui viaggiava "
           "sull'autostrada A1.\n")


def test_a_photo_credit_is_no_title_round_22():
    result = _read(_CREDIT)
    assert result["title"] is None
    assert _kind(result, _CREDIT, "Foto da") == "boilerplate"
    for credit in ("Foto tratta da Facebook", "Foto: Ansa", "Foto di repertorio"):
        assert _read(_CREDIT.replace("Foto da polizia di Stato", credit))["title"] is None


def test_a_headline_opening_with_foto_stays_the_title_round_22():
    text = _CREDIT.replace("Foto da polizia di Stato", "Foto di gruppo per gli agenti della Stradale")
    assert _read(text)["title"] == "Foto di gruppo per gli agenti della Stradale"


# r14 (fr24, Cucuron): the <title> line, an image's caption, the headline repeating the first
_CAPTION = ("Une bonne nouvelle !!\n\naménagement de la place de l’Étang cucuron\n\nUne bonne "
            "nouvelle !\n\nLa Région Sud nous a informés du vote d’une subvention de 150 000 € dans "
            "le cadre de l’aménagement de la place de l’Étang.\n")


def test_a_caption_between_the_title_line_and_its_repeat_is_no_title_round_22():
    result = _read(_CAPTION)
    assert result["title"] == "Une bonne nouvelle !"
    assert _kind(result, _CAPTION, "aménagement de la place") == "boilerplate"


def test_a_first_line_not_shown_again_keeps_the_caption_rule_as_it_was_round_22():
    # negative: the first line repeated only far below, in the article, is no <title> line
    text = ("Travaux de la place de l’Étang\n\nLa Région Sud nous a informés du vote d’une "
            "subvention de 150 000 € dans le cadre de l’aménagement de la place de l’Étang.\n")
    assert _read(text)["title"] == "Travaux de la place de l’Étang"


def test_a_standfirst_between_the_headline_and_its_repeat_stays_the_article_round_22():
    # negative (round 18b fr02, 21news): the headline, its standfirst, the headline again over
    # the photo's caption; the standfirst is prose, not a caption between a <title> line and it
    text = ("Coulisses du casting bruxellois : le secret des nominations\n\nÀ Bruxelles, le nouveau "
            "casting gouvernemental a suscité moins de remous publics qu’à l’accoutumée. Pourtant, "
            "derrière les nominations, les équilibres internes se jouent en coulisses.\n\nCoulisses "
            "du casting bruxellois : le secret des nominations\n\nLes partis francophones et "
            "néerlandophones se sont mis d'accord jeudi soir pour former le gouvernement bruxellois, "
            "après des mois de négociations.\n")
    result = _read(text)
    assert _kind(result, text, "Coulisses") == "title"
    assert _kind(result, text, "À Bruxelles") == "body"
