"""Round 17's blind pages: a paywall's box told by what it says, widget and promo text left in
the body, furniture taken for the headline (a photo credit, an audio button, a caption, an
edition picker, a breadcrumb glued before it), a page's heading lost, dates under the headline
and Portuguese read as no language."""
from __future__ import annotations

import pytest

from audit.lexicon import detect_language
from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


def _kind(result: dict, text: str, line: str) -> str:
    start = text.index(line)
    return next(s["kind"] for s in result["segments"] if s["start"] <= start < s["end"])


_QC = ("Le Québec s'attend à voir Ottawa financer de façon substantielle trois grands projets de "
       "transport en commun, a dit mardi le premier ministre Philippe Couillard.\n\nDeux de ces "
       "trois grands projets sont situés à Montréal.\n")


@pytest.mark.parametrize(("first", "title"), [
    ("Vladone via Getty Images", None),  # 17a r05 (HuffPost Québec): a photo credit
    ("Jean Dupont / Getty Images", None),
    ("Écouter cet article", None),  # 17a r06 (Journal.lu): an audio player's button
    ("Listen to this article", None),
    ("AFP PHOTO/JOEL SAGET", None),  # 17a r07 (L'Important): an agency's credit
    # a caption closed by the credit
    ("French lawyer Georges Kiejman poses in his office in Paris on November 14 , 2014 in Paris. "
     "AFP PHOTO / JOEL SAGET", None),
    # a headline about an agency or a picture agency stays one
    ("Getty Images rachète une banque d'images canadienne", "Getty Images rachète une banque d'images canadienne"),
])
def test_furniture_is_no_title(first, title):
    assert _read(first + "\n\n" + _QC)["title"] == title


def test_edition_picker_over_the_headline():
    # 17b r08 (rugbypass): the edition picker's lines, each label written twice
    text = ("Édition du Nord\n\nSelect Edition\n\nNord Nord\n\nSud Sud\n\nMondial Mondial\n\n"
            "Top 14 : Six faits marquants de la 10e journée\n\nToulouse et Bordeaux-Bègles ont "
            "fait honneur samedi à leur statut en Top 14, avec deux victoires nettes à domicile "
            "devant leur public.\n")
    result = _read(text)
    assert result["title"] == "Top 14 : Six faits marquants de la 10e journée"
    for line in ("Select Edition", "Nord Nord", "Sud Sud", "Mondial Mondial"):
        assert _kind(result, text, line) == "boilerplate"
    # one name written twice is a name ("Bora Bora"), not a menu
    place = ("Bora Bora\n\nL'île de Polynésie française a accueilli cette année plus de touristes "
             "qu'avant la pandémie, selon l'office du tourisme local.\n")
    assert _read(place)["title"] == "Bora Bora"


def test_breadcrumb_glued_before_the_headline_shown_below():
    # 17b es01 (mundocontact): "Inicio Tecnología." glued before the headline, shown alone below
    text = ("Inicio Tecnología. Intel compra Altera por 16,700 millones de dólares\n\n"
            "Intel compra Altera por 16,700 millones de dólares\n\nIntel anunció este lunes la "
            "compra de Altera, fabricante de chips programables, por 16,700 millones de dólares "
            "en efectivo.\n")
    assert _read(text)["title"] == "Intel compra Altera por 16,700 millones de dólares"
    # a headline with a label of its own, not shown again below, keeps it
    alone = text.replace("Intel compra Altera por 16,700 millones de dólares\n\nIntel anunció",
                         "Intel anunció")
    assert _read(alone)["title"] == "Inicio Tecnología. Intel compra Altera por 16,700 millones de dólares"


def test_section_headings_page_keeps_no_title():
    # 17b r12b (newleafnews) wants the first of a policy page's sentence-case headings as its
    # title; 16b it01 (notizie) judged the same shape's first heading a subheading: the shape
    # alone does not tell them apart, so the page keeps none (round 16b's verdict)
    text = ("Un controllo inaspettato\n\nLa notte scorsa, i Carabinieri di Laives, in Alto Adige, "
            "hanno effettuato un controllo di routine che ha portato a un episodio singolare.\n\n"
            "La scoperta sorprendente\n\nDurante l'ispezione del veicolo, i Carabinieri hanno "
            "rinvenuto un lampeggiante blu, tipico degli equipaggiamenti delle forze di polizia.\n")
    assert _read(text)["title"] is None


@pytest.mark.parametrize(("text", "published"), [
    # 17b r10 (plangouvci): a day with dashes, day first, alone under the headline
    ("Reconstruction post-crise : LA BID APPUIE LA CÔTE D’IVOIRE\n\n23-09-2013\n\nLa Banque "
     "Islamique de Développement (BID) appuie la reconstruction post-crise en Côte d’Ivoire.\n",
     "2013-09-23"),
    # an event's date in the lede is not the page's
    ("Reconstruction post-crise : LA BID APPUIE LA CÔTE D’IVOIRE\n\nLa Banque Islamique de "
     "Développement a signé le 23-09-2013 un accord avec le gouvernement ivoirien.\n", None),
    # 17b r11 (redcross): a place's dateline alone under the headline
    ("Histoires du terrain\nRien n’est simple en Haïti\nPort-au-Prince, 14 avril 2011\nMon "
     "travail est de rapporter et d’expliquer ce que la Croix-Rouge fait en Haïti.\n",
     "2011-04-14"),
    # the same place and day opening an announcement in the lede: an event's date
    ("Rien n’est simple en Haïti\nLe séisme a frappé la capitale le 12 janvier 2010. "
     "Port-au-Prince, 14 avril 2011 : la reconstruction commence à peine, disent les habitants.\n",
     None),
])
def test_dates_under_the_headline(text, published):
    assert _read(text)["published"] == published


_PT = ("Com um aporte financeiro superior a R$ 35 milhões, o prefeito José Ronaldo de Carvalho, "
       "lançou, na manhã desta quinta-feira, 7, mais um pacote de obras nas áreas de infraestrura, "
       "educação, saúde, esporte e lazer. Todas as obras elencadas neste novo pacote, de acordo o "
       "prefeito José Ronaldo, atendem a reivindicações de lideranças políticas e comunitárias, "
       "obedecendo a um rigoroso critério de prioridades. Seguindo este princípio, dezenas de "
       "bairros serão contemplados com obras de pavimentação, implantação de postos de saúde e "
       "praças de esporte e lazer na sede e nos distritos.")


def test_portuguese_news_text_detected():
    # 17a r08 (Blog da Feira): "na", "um" and the fused "neste" are Portuguese's own
    assert detect_language(_PT) == "pt"
    assert detect_language(open("tests/data/blind_rounds/round17a/inputs/pt01_blogdafeira.txt",
                                encoding="utf-8").read()) == "pt"


@pytest.mark.parametrize(("text", "language"), [
    # short texts of the neighbouring languages stay theirs
    ("Le maire a présenté le budget de la commune devant le conseil municipal, qui l'a adopté.", "fr"),
    ("El alcalde presentó el presupuesto municipal ante el pleno, que lo aprobó por mayoría.", "es"),
    ("Il sindaco ha presentato il bilancio del comune al consiglio, che lo ha approvato.", "it"),
    ("Der Bürgermeister hat den Haushalt um zehn Uhr dem Gemeinderat vorgestellt.", "de"),
    # a web address's ".com" is no Portuguese word
    ("Accueil www.volcreole.com Le site de référence :: Connexion :: Profil :: Membres :: Forum", None),
])
def test_short_texts_not_portuguese(text, language):
    assert detect_language(text) == language
