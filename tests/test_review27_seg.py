"""Review of 21d053d..fc4bdcd, items 2, 4, 6 and 7: round 15's mechanisms narrowed so the
reviewer's probes (/tmp/s27/p) stay silent while round 15's pages (tests/test_round15_seg.py)
keep their readings."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str, **kw) -> dict:
    return audit_document(text, "x.txt", **kw)


_CHRONO = ("Affaire des assistants du FN : les dates clés\n\nRetour sur huit ans de procédure dans "
           "l'affaire des assistants parlementaires européens du Front national.\n\nLe 9 mars 2015\n"
           "Le président du Parlement européen, Martin Schulz, saisit l'Office européen de lutte "
           "antifraude (Olaf) au sujet de vingt assistants parlementaires.\n\nLe 5 décembre 2016\n"
           "Le parquet de Paris ouvre une information judiciaire pour abus de confiance.\n\n"
           "Le 30 juin 2017\nMarine Le Pen est mise en examen pour abus de confiance.\n")


@pytest.mark.parametrize("text", [
    # item 2: a timeline's date headings (chrono.txt, chrono3.txt)
    _CHRONO,
    _CHRONO + "\nSources :\n- Le Monde, « Procès des assistants du FN : ce qu'il faut savoir », "
              "30 septembre 2024\n",
    # a day the lines under it tell again (chrono2.txt)
    "Mort de Nahel : un an après, Nanterre se souvient\n\nLe mardi 27 juin 2023\nIl y a un an, "
    "le 27 juin 2023, Nahel, 17 ans, était tué par un policier lors d'un contrôle routier à "
    "Nanterre. La ville s'était embrasée pendant cinq nuits.\n\nJeudi, une marche blanche partira "
    "de la préfecture à 14 heures.\n",
    # a chronology's weekday headings (news.vice.com/fr, "Charlie Hebdo, Hyper Cacher : une
    # chronologie", published a year later)
    "Charlie Hebdo, Hyper Cacher : une chronologie des attaques et de leurs suites en 2015\n\n"
    "Un an après l'attaque de la rédaction de Charlie Hebdo, nous publions une chronologie "
    "revenant sur les attaques elles-mêmes et listant les événements qui ont suivi.\n\n"
    "Mercredi 7 janvier 2015\n\nVers 11h30, les deux frères Chérif et Saïd Kouachi s'introduisent "
    "dans les locaux de Charlie Hebdo et tuent 11 personnes au fusil d'assaut.\n\n"
    "Jeudi 8 janvier 2015\n\nAmedy Coulibaly tue une policière municipale à Montrouge.\n",
])
def test_timeline_headings_no_publication_date(text):
    audit = _read(text)
    assert audit["published"] is None
    assert not [f for f in audit["findings"] if f["rule"] == "CIT006"]


def test_day_under_headline_still_dates_the_page():
    # the page's one day line under the headline (round 15a, asmontchatlyon)
    text = ("Les U17(1) victorieux, le mot des coachs\nLe dimanche 27 mars 2011\nScore final : 3-2 "
            "(1-1 mi temps)\nAprès la victoire à Pontcharra 3-0, l'équipe a gagné face à une solide "
            "équipe du FC Vaulx en Velin.\n")
    assert _read(text)["published"] == "2011-03-27"


@pytest.mark.parametrize(("text", "title"), [
    # item 4a: an FAQ's question headline over short answers (faq_title.txt)
    ("Faut-il s'inquiéter de la hausse du prix du gazole ?\n\nLe litre de gazole a dépassé 1,90 "
     "euro cette semaine dans plusieurs stations du Grand Est.\n\nPourquoi les prix augmentent-ils "
     "autant ?\n\nLe baril de Brent a pris 12 % en un mois après l'annonce de l'Opep+.\n\nLes prix "
     "vont-ils baisser cet été ?\n\nLes analystes interrogés par l'Ufip ne le pensent pas avant la "
     "rentrée.\n", "Faut-il s'inquiéter de la hausse du prix du gazole ?"),
    ("Is the price of petrol going to keep rising?\n\nA litre of unleaded passed £1.60 this week "
     "at several stations in Kent.\n\nWhy are prices rising so fast?\n\nBrent crude rose 12% in a "
     "month after the Opec+ announcement.\n\nWill prices fall this summer?\n\nAnalysts at the RAC "
     "do not expect it before autumn.\n", "Is the price of petrol going to keep rising?"),
    # item 4b: a portrait's headline over a lede opening on a quotation (label.txt)
    ("Gabriel Attal, un Premier ministre en campagne\n\n« Je ne lâcherai rien », a lancé samedi "
     "le Premier ministre devant quelque 2 000 militants réunis à Lille, à trois semaines du "
     "scrutin.\n\nLe chef du gouvernement a multiplié les déplacements cette semaine, de Lille à "
     "Marseille en passant par Bordeaux.\n\nJordan Bardella, en embuscade\n\n« Les Français "
     "attendent le changement », a répondu le président du RN depuis Perpignan, où il tenait lui "
     "aussi meeting.\n", "Gabriel Attal, un Premier ministre en campagne"),
    # the interview (round 15b, opiom) and the quotes' page (round 15a) stay untitled
    ("Vous pouvez nous faire le point sur les transferts ?\nLe marché des arrivées bouge. On a fait "
     "signer Niang hier et personne n’en parle.\nIl va y avoir d’autres départs ?\nSkacel va "
     "certainement partir.\n", None),
    ("Benoît Tavenot, entraîneur SCB\n«C’est une victoire qui fait du bien. On a 34 points on "
     "continue à avancer. »\nGregory Poirier, entraîneur Red Star FC\n«On était venus avec des "
     "ambitions, rapporter au moins un point.\"\n", None),
])
def test_titles_review27(text, title):
    assert _read(text)["title"] == title


def _ai001(text: str) -> list:
    return [f for f in _read(text)["findings"] if f["rule"] == "AI001"]


def test_ai_fakes_in_the_news_are_no_disclosure():
    # item 6 (ai_en.txt): two adjectives before the noun, the story going on after the act
    text = ("Fake Pentagon explosion photo briefly rattles markets\n\nA fake image showing an "
            "explosion near the Pentagon spread on social media on Monday morning, briefly "
            "sending US stocks lower.\n\nThe viral fake photos, generated by AI, were shared by "
            "several verified accounts on X before being debunked by the Arlington fire "
            "department.\n")
    audit = _read(text)
    assert not [f for f in audit["findings"] if f["rule"] == "AI001"]
    # the label's whole line stays one (round 15b, tldrdaily)
    assert _ai001("Local News\nThe latest local stories, summarized by AI\n\nArrest in Potomac "
                  "senior facility shooting\nMontgomery County police say an arrest has been made "
                  "in the shooting death of Robert Fuller at a Potomac senior facility.\n")
