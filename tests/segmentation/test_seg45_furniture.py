"""Task seg45: round 45b's furniture misses on real pages. A paper's wall for its online edition
(en09, newslj), a browser-notification prompt (en07, mercurynews), a Spanish newsletter prompt
(es04, deperiodistas), a Portuguese ad slot's label (pt01, tribunadepetropolis; «CONTINUA APÓS O
ANÚNCIO» alone on a line of another real page) are SEG002's; a sentence with the words stays the
article's. In pasted text, such a label or prompt on its own line between two paragraphs of the
article («Leggi anche:», «Lesen Sie auch:», «SUSCRÍBETE gratis al Boletín…», r09b, m10c, r01)
is in the copy too: SEG002's, though the segmenter leaves the line out of the body. Not on an
HTML page (the site's box), not at the page's tail, not a teaser's read-more link."""

from __future__ import annotations

import pytest

from tests.blind_reading import kind_at, read, repro


def _seg002(text: str) -> list[str]:
    return [text[f["start"]:f["end"]] for f in read(text)["findings"] if f["rule"] == "SEG002"]


@pytest.mark.parametrize(("name", "phrase"), [
    ("round45b/r02_en_paywall", "--- Online Subscribers: Please click here"),
    ("round45b/r04_en_notifications", "CLICK HERE TO TURN ON NOTIFICATIONS."),
    ("round45b/r04_en_notifications", "GET BREAKING NEWS IN YOUR BROWSER."),
    ("round45b/r01b_es_newsletter_inline", "Suscríbete a nuestro boletín"),
])
def test_round45b_furniture_is_seg002s(name, phrase):
    assert any(found.startswith(phrase) for found in _seg002(repro(name)))


@pytest.mark.xfail(strict=True, reason="pt01 «… Petrópolis. Continua após o anúncio O aval consta…»: "
                   "the label glued to the next sentence with no stop; the cue must end its line or its "
                   "sentence since review S45 («Continua após o anúncio, porém, a mobilização…» is a "
                   "story's), and the lowered text shows no capital to tell a new sentence")
def test_round45b_pt_ad_label_inside_a_paragraph():
    assert any(found.startswith("Continua após o anúncio") for found in _seg002(repro("round45b/r05_pt_furniture")))


@pytest.mark.parametrize("text", [
    "Mayor signs budget\n\nThe council approved the budget on Tuesday after a long debate.\n\n"
    "Not an online subscriber? Click here for a one-week subscription for only $1.\n\n"
    "The budget takes effect in January, the mayor said.\n",
    "Mayor signs budget\n\nThe council approved the budget on Tuesday after a long debate.\n\n"
    "Print subscribers: log in with the account number on your invoice to read every story.\n\n"
    "The budget takes effect in January, the mayor said.\n",
    "Sismo en Ecuador\n\nLos daños podrían ascender a 3 mil millones de dólares, estimó el presidente.\n\n"
    "Suscríbete gratis al boletín de la mañana. Recibirás cada día las noticias más destacadas.\n\n"
    "Correa añadió que la atención a los damnificados está garantizada.\n",
    "Câmara devolve verba\n\nO governo federal autorizou o repasse de mais R$ 1,788 milhão a Petrópolis.\n\n"
    "CONTINUA APÓS O ANÚNCIO\n\nO aval consta de portaria publicada no Diário Oficial da União.\n",
])
def test_more_real_wordings_are_furniture(text):
    result = read(text)
    flagged = [f for f in result["findings"] if f["rule"] == "SEG002"]
    line = text.split("\n\n")[2]
    assert flagged or kind_at(result, text, line) in ("boilerplate", "comments")


@pytest.mark.parametrize("text", [
    "Storm warning\n\nOfficials urged residents to turn on notifications on their phones before the "
    "storm arrives on Friday.\n\nThe county opened two shelters, the sheriff said.\n",
    "Paper cuts staff\n\nThe paper said its online subscribers rose by a third last year, while print "
    "sales fell again.\n\nThe editor declined to comment.\n",
    "Reforma fiscal\n\nEl ministro pidió a los contribuyentes que se suscriban al boletín oficial del "
    "Estado para seguir los cambios.\n\nLa medida entra en vigor en enero.\n",
    "Obra parada\n\nA polêmica continua após o anúncio do ministro, que prometeu rever o contrato.\n\n"
    "A prefeitura não comentou.\n",
])
def test_a_sentence_with_the_words_stays_the_articles(text):
    assert _seg002(text) == []


@pytest.mark.parametrize(("name", "phrase"), [
    ("round45b/r09b_it_leggi_own_line", "Leggi anche:"),
    ("round45b/m10c_de_furniture", "Lesen Sie auch:"),
    ("round45b/r01_es_newsletter", "SUSCRÍBETE gratis al Boletín"),
])
def test_a_label_on_its_own_line_inside_pasted_copy_is_seg002s(name, phrase):
    assert any(found.startswith(phrase) for found in _seg002(repro(name)))


_LEDE = ("Il Comune ha firmato il contratto ieri mattina in municipio, dopo una lunga trattativa "
         "con la Regione.\n\n")
_NEXT = "Si parla di una somma di 12 milioni di euro, finanziati dallo Stato e dalla Regione.\n"


@pytest.mark.parametrize(("text", "name"), [
    # an HTML page's related box between two paragraphs is the site's chrome
    ("<html><body><article><h1>Titolo della notizia</h1><p>" + _LEDE.strip() + "</p>"
     "<p>Leggi anche: Ancona, il bando periferie</p><p>" + _NEXT.strip() + "</p></article></body></html>",
     "x.html"),
    # the label at the page's tail, over its list: no article prose under it
    ("Titolo della notizia\n\n" + _LEDE + _NEXT + "\nLeggi anche:\n- Ancona, il bando periferie\n"
     "- Macerata, i fondi\n", "x.txt"),
    # a teaser's read-more link alone: another piece follows (a section listing)
    ("Titre de la rubrique\n\nLe conseil municipal a voté lundi soir le budget de la commune pour "
     "2025 après un long débat.\n\nLire la suite\n\nZimbabwe : les États-Unis se prononcent\n\n"
     "La situation reste confuse depuis quelques jours au Zimbabwe, selon les diplomates présents.\n",
     "x.txt"),
])
def test_a_label_outside_the_pasted_copy_stays_silent(text, name):
    assert [f for f in read(text, name)["findings"] if f["rule"] == "SEG002"] == []


def test_a_paywall_box_is_reported_once_not_per_line():
    text = repro("round45b/r02_en_paywall")
    assert len(_seg002(text)) == 1
