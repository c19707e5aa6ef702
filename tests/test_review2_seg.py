"""Review 2 of fc4bdcd..6dcc61d, items 3, 4 and 6 (/tmp/s27/p2 probes): a page's dateline
retold by its lede or followed by one programme day, an update note in brackets over the
headline, and a product's offer read as an AI's answer."""
from __future__ import annotations

import pytest

from audit.lexicon import fold
from audit.pipeline import audit_document
from audit.segment.disclosure import find_disclosures


def _read(text: str, **kw) -> dict:
    return audit_document(text, "x.txt", **kw)


@pytest.mark.parametrize(("text", "day"), [
    # item 3b (dl2.txt): the regional lede retells its dateline
    ("Canicule : la Vendée en vigilance orange\n\nMardi 11 juillet 2023\n\nCe mardi 11 juillet 2023, "
     "Météo-France a placé la Vendée en vigilance orange canicule jusqu'à jeudi matin.\n\nLes "
     "températures devraient dépasser 38 degrés dans l'intérieur du département, selon les "
     "prévisionnistes.\n", "2023-07-11"),
    # the same with another day and story
    ("IVG : la Constitution modifiée\n\nLundi 4 mars 2024\n\nCe lundi 4 mars 2024, le Parlement réuni "
     "en Congrès à Versailles a inscrit la liberté de recourir à l'IVG dans la Constitution, par 780 "
     "voix contre 72.\n", "2024-03-04"),
    # item 3a (dl1.txt): one programme day further down is no timeline
    ("Nantes : le conseil municipal vote la gratuité des transports le week-end\n\nLe vendredi 30 juin "
     "2023\n\nLes élus nantais ont adopté jeudi soir, à une large majorité, la gratuité du réseau Tan "
     "le samedi et le dimanche à partir de la rentrée.\n\nLa mesure coûtera 9 millions d'euros par "
     "an à la métropole, selon l'adjoint aux mobilités.\n\nUne réunion publique est prévue pour "
     "présenter le dispositif aux usagers.\n\nLe samedi 2 septembre 2023\n\nPremier week-end gratuit "
     "sur l'ensemble des lignes de bus et de tramway.\n", "2023-06-30"),
])
def test_dateline_retold_or_with_one_later_day_dates_the_page(text, day):
    assert _read(text)["published"] == day


def test_key_dates_under_the_headline_are_still_a_timeline():
    # negative: three day lines over prose, the first right under the headline
    text = ("Affaire des assistants du FN : les dates clés\n\nLe 9 mars 2015\nLe président du Parlement "
            "européen saisit l'Olaf au sujet de vingt assistants parlementaires.\n\nLe 5 décembre 2016\n"
            "Le parquet de Paris ouvre une information judiciaire pour abus de confiance.\n\n"
            "Le 30 juin 2017\nMarine Le Pen est mise en examen pour abus de confiance.\n")
    assert _read(text)["published"] is None


@pytest.mark.parametrize(("text", "title"), [
    # item 4 (aside_en.txt, aside.txt): an update note in brackets over the headline
    ("(This story has been updated with a statement from the council.)\n\nBristol council approves "
     "new clean air zone charges\n\nCouncillors in Bristol voted on Tuesday to extend the clean air "
     "zone to vans and minibuses from next spring.\n\nThe council said the change would cut nitrogen "
     "dioxide levels near schools.\n", "Bristol council approves new clean air zone charges"),
    ("(Cet article a été mis à jour le 4 mars à 18 h avec la réaction du maire.)\n\nIncendie à Rezé : "
     "une famille relogée en urgence\n\nUn incendie s'est déclaré lundi soir dans un immeuble de la "
     "rue Jean-Jaurès, à Rezé. Une famille de cinq personnes a été relogée par la mairie.\n\nLes "
     "pompiers sont intervenus pendant deux heures. L'origine du feu reste inconnue.\n",
     "Incendie à Rezé : une famille relogée en urgence"),
    # a rubric over the note: the note does not end the headline's search either
    ("Faits divers\n(Cet article a été mis à jour le 4 mars à 18 h avec la réaction du maire.)\n"
     "Incendie à Rezé : une famille relogée en urgence\nUn incendie s'est déclaré lundi soir dans un "
     "immeuble de la rue Jean-Jaurès, à Rezé. Une famille de cinq personnes a été relogée par la "
     "mairie.\n", "Incendie à Rezé : une famille relogée en urgence"),
])
def test_an_aside_over_the_headline_is_skipped(text, title):
    audit = _read(text)
    assert audit["title"] == title
    note = next(s for s in audit["segments"] if audit["text"][s["start"]:s["end"]].startswith("("))
    assert note["kind"] == "boilerplate"


def read(text: str):
    found = find_disclosures(fold(text), None)
    return found[0] if found else None


def test_a_product_s_offer_is_no_ai_answer():
    # item 6 (ai1.txt)
    text = ("ChatGPT Plus : ce que change la nouvelle offre d'OpenAI\n\nOpenAI a présenté mardi une "
            "nouvelle formule de son abonnement payant, vendue 20 dollars par mois.\n\nVoici ce que "
            "propose ChatGPT Plus aux abonnés français à partir de la semaine prochaine.\n\n"
            "L'abonnement donne accès aux modèles les plus récents et à la génération d'images.\n")
    audit = _read(text)
    assert not [f for f in audit["findings"] if f["rule"] == "AI001"]
    assert not [s for s in audit["segments"] if s["kind"] == "disclosure"]


@pytest.mark.parametrize("text", [
    "Voici ce que propose ChatGPT Plus aux abonnés français à partir de la semaine prochaine.",
    "Voici ce que ChatGPT Enterprise vous propose dès aujourd'hui.",
    "Here is what ChatGPT Enterprise proposes to companies from next month.",
])
def test_offer_verbs_without_the_asker_stay_silent(text):
    assert read(text) is None


@pytest.mark.parametrize("text", [
    "Voici ce que nous a indiqué ChatGPT après avoir insisté :",
    "Voici ce que ChatGPT nous a proposé :",
    "Esto es lo que nos propuso ChatGPT:",
    "Voici ce que ChatGPT a répondu :",
])
def test_offer_verbs_told_to_the_asker_are_an_answer(text):
    assert read(text) is not None


@pytest.mark.parametrize(("text", "title"), [
    # the round-16b digest line: a month's name and a day cut before the year
    ("British Business – February 11,\nThese are the most popular stories in the British business "
     "pages. These stories have not been verified and we cannot vouch for the accuracy of these "
     "reports.\n", "British Business – February 11,"),
    # review 2's note on _CUT_DATE_END: any capitalised word and a number was taken for a date
    ("Debenhams files for Chapter 11,\nThese are the most popular stories in the British business "
     "pages. These stories have not been verified and we cannot vouch for the accuracy of these "
     "reports.\n", None),
])
def test_only_a_month_s_day_cut_before_its_year_closes_a_headline(text, title):
    assert _read(text)["title"] == title


_LEDE_FR = ("Alors que François Hollande plaide pour un nouveau « contrat social », il devrait "
            "fortement se poser des questions sur ces 60.000 licenciements annoncés. De facto, ces "
            "salariés ont fait de ces dernières ce qu'elles sont aujourd'hui…")


@pytest.mark.parametrize(("link", "title"), [
    # round 16a (crashdebug): an image's file name alone under the cut paragraph
    ("PSA_aulnay.jpg", "Plans sociaux : près de 60 000 emplois visés"),
    # review 2's note on _FILE_NAME: a read-more link naming its site is one still
    ("Lire sur lemonde.fr", None),
    ("Lire plus", None),
])
def test_only_a_file_s_name_alone_is_no_read_more_link(link, title):
    text = (f"Plans sociaux : près de 60 000 emplois visés\n\n{_LEDE_FR}\n\n{link}\nPSA prévoit selon "
            "les syndicats entre 8000 à 10.000 suppressions d'emplois.\n")
    assert _read(text)["title"] == title
