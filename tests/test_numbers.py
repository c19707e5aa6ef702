"""French and English numbers in all their forms; quantities and conversions."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.extract.dates import find_dates
from audit.extract.numbers import find_number_words, parse_digits
from audit.extract.quantities import find_conversions, find_glued, find_quantities
from audit.lexicon import fold


@pytest.mark.parametrize(("text", "language", "value", "decimals"), [
    ("2 500", "fr", 2500, 0), ("2\u202f500", "fr", 2500, 0), ("42,7", "fr", 42.7, 1),
    ("1.234,5", "fr", 1234.5, 1), ("1,234.5", "en", 1234.5, 1), ("1,234", "en", 1234, 0),
    ("1,5", "fr", 1.5, 1), ("3.5", "en", 3.5, 1), ("1.000", "fr", 1000, 0),
    # several dots are thousands in every language (an English page quoting a German figure)
    ("6.320.843", "en", 6320843, 0), ("6.320.843", "fr", 6320843, 0),
    # Swiss thousands by an apostrophe, straight or typographic (lfm.ch, 2024)
    ("1'200'000", "fr", 1200000, 0), ("12’500", "fr", 12500, 0), ("1'234.50", "fr", 1234.5, 2),
    ("1'234,5", "de", 1234.5, 1),
])
def test_digits(text, language, value, decimals):
    number = parse_digits(text, language)
    assert number.value == pytest.approx(value) and number.decimals == decimals


@pytest.mark.parametrize(("text", "value"), [
    ("mille neuf cent quatre-vingt-dix-neuf", 1999), ("deux mille vingt-cinq", 2025),
    ("vingt et un", 21), ("soixante-dix", 70), ("quatre-vingts", 80),
])
def test_number_words(text, value):
    assert find_number_words(text, "fr") == [(0, len(text), value)]


def test_number_words_skip_articles_and_conjunctions():
    text = "un homme et vingt ans"
    assert [(text[s:e], v) for s, e, v in find_number_words(text, "fr")] == [("vingt", 20)]


def test_quantities_in_french_text():
    text = fold("Maracay, à 120 kilomètres de Caracas, produira 70 millions de cartouches par an "
                "pour 50 millions de dollars [environ 42,7 millions d’euros], soit 12 % de plus.")
    found = {q.text: (q.value, q.unit, q.kind) for q in find_quantities(text, [(0, len(text))], "fr")}
    assert found["120 kilomètres"] == (120, "km", "measure")
    assert found["70 millions"] == (70_000_000, None, "count")
    assert found["50 millions de dollars"] == (50_000_000, "USD", "money")
    assert found["42,7 millions d'euros"] == (pytest.approx(42_700_000), "EUR", "money")
    assert found["12 %"] == (12, "%", "percent")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("50 millions de dollars [environ 42,7 millions d’euros]", 50e6, 42.7e6),
    ("5,2 M$ (4,4 M€)", 5.2e6, 4.4e6),
    ("$3.5bn, or about €3bn,", 3.5e9, 3e9),
    ("1,2 milliard d'euros, soit 1,3 milliard de dollars", 1.2e9, 1.3e9),
])
def test_conversions(text, source, target):
    folded = fold(text)
    quantities = find_quantities(folded, [(0, len(folded))], "fr" if "," in text[:5] else "en")
    (conversion,) = find_conversions(folded, quantities)
    assert conversion.source.value == pytest.approx(source)
    assert conversion.target.value == pytest.approx(target)


def test_swiss_figures_are_read_whole():
    text = fold("La Ville consacrera 1'200'000 francs suisses (environ 2'000'000 euros), "
                "pour 203'000 habitants.")
    found = [(q.text, q.value) for q in find_quantities(text, [(0, len(text))], "fr")]
    assert ("1'200'000 francs suisses", 1_200_000) in found
    assert ("2'000'000 euros", 2_000_000) in found
    assert ("203'000", 203_000) in found
    assert not [t for t, _ in found if t.startswith("000")]



def test_a_first_group_of_four_digits_before_decimals_is_one_amount():
    # Round 6 (verdicts6, 2026-12-05, an eklablog page on Auneuil): "1007 809,37 €" as typed
    # was read "809,37 €"; a year then a count stays two numbers.
    text = fold("1007 809,37 €. C'est la somme provisionnée. En 2019 300 personnes sont venues.")
    found = [(q.text, q.value) for q in find_quantities(text, [(0, len(text))], "fr")]
    assert ("1007 809,37 €", 1_007_809.37) in found
    assert not [t for t, _ in found if t.startswith("809")]
    assert ("2019 300", 2_019_300) not in found

def test_a_percentage_keeps_its_sign():
    # Insee figures as the press quotes them (an exploratory test, 2026-12-05): "-0,4 %" was 0.4.
    text = fold("La population évolue de -0,4 % par an, puis de +0,4 %, et de 10-15 % ailleurs.")
    found = [(q.text, q.value) for q in find_quantities(text, [(0, len(text))], "fr")
             if q.kind == "percent"]
    assert found[:2] == [("-0,4 %", -0.4), ("+0,4 %", 0.4)] and all(v > 0 for _, v in found[2:])


def test_years_and_day_numbers_are_not_quantities():
    text = fold("En 2013, le 5 juillet 2025, il y avait 3 candidats.")
    dates = find_dates(text, "fr")
    quantities = find_quantities(text, [(0, len(text))], "fr", [(d.start, d.end) for d in dates])
    assert [q.text for q in quantities] == ["3"]


def test_dates_resolve_years_from_context():
    text = fold("Au mois de mai [2025], puis le 7 août, et le trois janvier 2026.")
    mentions = {m.text: (m.date.iso(), m.year_inferred) for m in find_dates(text, "fr")}
    assert mentions["mai [2025]"] == ("2025-05", False)
    assert mentions["7 août"] == ("2025-08-07", True)
    assert mentions["trois janvier 2026"] == ("2026-01-03", False)


def test_a_29_february_in_a_year_without_one_is_no_date_and_no_crash():
    text = fold("En mars 2023, puis le 29 février, et le 29 février 2024, puis le 29 février.")
    found = [(m.text, m.date.iso()) for m in find_dates(text, "fr")]
    assert found == [("mars 2023", "2023-03"), ("29 février 2024", "2024-02-29"),
                     ("29 février.", "2024-02-29")]
    assert find_dates(fold("Le 29 février, rien."), "fr", fallback_year=2025) == []
    from audit.pipeline import audit_article
    from audit.settings import Settings

    result = audit_article("Le 29 février, le ministre a démissionné, selon Le Monde.\n", "x.txt",
                           Settings(published=dt.date(2025, 3, 3)))
    assert result.ok, result.error


@pytest.mark.parametrize(("text", "language", "found"), [
    # German writes the day with a dot, and day-first figures with dots
    ("Am 27. Januar 2020 wurde das Lager befreit.", "de", [("27. Januar 2020", "2020-01-27")]),
    ("Stand: 07.05.2020, 12 Uhr", "de", [("07.05.2020", "2020-05-07")]),
    ("Il en a vendu 12. Mars est venu ensuite, en 2020.", "fr", [("2020", "2020")]),
    ("Le 12 mars 2021 à Rome.", "fr", [("12 mars 2021", "2021-03-12")]),
    ("El 12 de marzo de 2021, en Madrid.", "es", [("12 de marzo de 2021", "2021-03-12")]),
    ("Il 3 giugno 2019 a Roma.", "it", [("3 giugno 2019", "2019-06-03")]),
    # "del" before the year (latinatoday.it, round 9: "Era il 5 agosto del 1933 quando …")
    ("Era il 5 agosto del 1933 quando, nell'agosto del 1934, fu inaugurata.", "it",
     [("5 agosto del 1933", "1933-08-05"), ("agosto del 1934", "1934-08")]),
    ("El 5 de mayo del 2019, en Puebla.", "es", [("5 de mayo del 2019", "2019-05-05")]),
    ("Op 23 november 2015 en in maart 2016.", "nl", [("23 november 2015", "2015-11-23"),
                                                      ("maart 2016", "2016-03")]),
    ("Lisboa, 20 de outubro de 2018, e a vinte e cinco de julho de 2019.", "pt",
     [("20 de outubro de 2018", "2018-10-20"), ("vinte e cinco de julho de 2019", "2019-07-25")]),
    ("El veinticinco de julio de 2019.", "es", [("veinticinco de julio de 2019", "2019-07-25")]),
    # dotted runs that are no dates: a version, thousands
    ("Version 1.2.2020.4 et 6.320.843 habitants.", "fr", []),
    # a month or a day of 0 is none (found in review)
    ("Le 00.00.2020, puis le 0/0/2020.", "fr", []),
])
def test_dates_in_german_spanish_and_italian(text, language, found):
    assert [(m.text, m.date.iso()) for m in find_dates(fold(text), language)] == found


@pytest.mark.parametrize(("text", "published"), [
    ("Titre\n\nPublié le 16/05/20 à 07h52\n\nLe texte, selon Reuters.", "2020-05-16"),
    ("Titre\n\nCréé le : 29/01/2019\n\nLe texte, selon Reuters.", "2019-01-29"),
    ("Title\n\nPublished: January 22, 2025\n\nThe text, Reuters said.", "2025-01-22"),
    ("Titel\n\nVeröffentlicht am 27. Januar 2020\n\nDer Text, sagte Reuters.", "2020-01-27"),
    # not an update's date: it may be years after the publication
    ("Titre\n\n[Mise à jour le 12 avril 2023 à 10h47]\n\nLe texte, selon Reuters.", None),
    ("Titre\n\nMis à jour le 12 avril 2023\nPublié le 3 avril 2023\n\nLe texte.", "2023-04-03"),
    # a byline on the first lines, with a name or a site
    ("Gros contrat\n\nPar latribune.fr  |  01/07/2009  |  163  mots\n\nLe contrat.", "2009-07-01"),
    ("Title\n\nBy Jane Doe, 5 March 2024\n\nThe text, Reuters said.", "2024-03-05"),
    ("Titre\n\nPar ailleurs, le 5 mars 2024, rien.\n\nLe texte, selon Reuters.", None),
    # found in review: a sentence's "créé le", a deadline after "By", a name "Di Maio", an
    # update's date in a byline
    ("Le musée rouvre\n\nLe musée, créé le 1er décembre 1986, accueille le public.\n\nTexte.", None),
    ("Titre\n\nArticle | Créé le 5 mars 2024\n\nLe texte.", "2024-03-05"),
    ("Title\n\nBy March 5, 2024, every school must comply with the rule.\n\nThe text.", None),
    ("Titolo\n\nDi Maio ha annunciato il 5 maggio 2020 le dimissioni.\n\nIl testo.", None),
    ("Titre\n\nPar Jean Dupont | Mis à jour le 17 mai 2021\n\nLe texte.", None),
    ("Titre\n\nPar Jean Dupont, le 3 mai 2021 | Mis à jour le 17 mai 2021\n\nTexte.", "2021-05-03"),
    ("Title\n\nHow to read data (Updated: 2021.09.14)\n\nThe text.", None),  # no "21.09.14"
    ("Titre\n\n" + "Une ligne.\n\n" * 12 + "Par Jean Dupont, le 5 mars 2024\n", None),
    # a dateline under the headline, alone or as a part (round-3 test, 2026-12-05)
    ("U.S. marks Veterans Day with events, ceremonies\nNovember 11, 2013\nAcross the nation, "
     "Americans are commemorating Veterans Day, officials said.\n", "2013-11-11"),
    ("Einwanderer gewinnt 388,3 Millionen Dollar\n\nWelt / 26.03.2013 • 22:58 Uhr / 1 Minuten "
     "Lesezeit\n\nDer Jackpot ist geknackt, sagte die Lotterie.\n", "2013-03-26"),
    ("Berlin\n\n12. November 2015 / 13:48\n\nDer Text über die Stadt, sagte Reuters.\n", "2015-11-12"),
    # round 4 (2026-12-05): a weekday and a byline, a label, a print edition's credit
    ("Un titre\n\nmercredi 10 septembre 2014 par Rédaction\n\nLe texte, selon Reuters.\n",
     "2014-09-10"),
    ("Rüstungsexporte steigen\n\nvon: 10. Juni 2019\n\nDie Regierung hat Exporte genehmigt, "
     "sagte ein Sprecher.\n", "2019-06-10"),
    ("Un titre\n\nArnaud WILLAY (parution dans La Voix du Nord, le 21 juillet 2013)\n\nLe "
     "texte, selon Reuters.\n", "2013-07-21"),
    ("Kraft Heinz will Unilever kaufen\n\nAus: Ausgabe vom 20.02.2017, Seite 9 / Kapital & "
     "Arbeit\n\nDer Konzern bietet 143 Milliarden Dollar, sagte ein Sprecher.\n", "2017-02-20"),
    # never an update's dateline
    ("Un titre\n\nActualizado: jueves, 7 septiembre 2017 13:59\n\nLe texte, selon Reuters.\n",
     None),
    # round 5 (2026-12-05, verdicts5 repro r07, boursorama.com): a partner's credit with a
    # date-time
    ("Dites les clubs, vous avez quel âge pour fêter votre anniversaire chaque année ?\n"
     "information fournie par So Foot 10/03/2026 à 16:48\n\nComme les enfants, les clubs "
     "français ont pris l'habitude de rassembler leurs copains.\n", "2026-03-10"),
    # (r04, reuters.com): a dateline under 25 menu lines, before the article's first paragraph
    ("\n".join(["Directory of sites", "Login", "Contact", "Support", "Reuters logo"] * 5) +
     "\nFebruary 5, 2015 / 7:11 AM / 3 years ago\n\nBT to raise 1 bln stg via a placing to fund "
     "EE deal\n\nReuters Staff\n\n1 Min Read\n\nLONDON, Feb 5 (Reuters) - BT said on Thursday "
     "it had agreed to buy mobile operator EE for 12.5 billion pounds ($19 billion), and would "
     "raise 1 billion pounds through a placing of new shares to fund the deal.\n", "2015-02-05"),
    # (r08, afribone.com): an agency's dated credit closing the article
    ("G5 Sahel : les Etats-Unis annoncent 60 millions de dollars d’aide\nPartager\n\nLes "
     "Etats-Unis se sont engagés lundi à contribuer pour un montant pouvant atteindre 60 "
     "millions de dollars à la force antijhadiste pour le Sahel, a annoncé Rex Tillerson.\n\n"
     "AFP du 30 Octobre 2017\n", "2017-10-30"),
    # away from the page's first lines a labelled date is something else's (whiskyverkostung.com:
    # "Termin:"; coopbuddy.de: "Release:"), and a range's end is none (slf.ch)
    ("\n".join(["Startseite", "Termine", "Kontakt", "Shop", "Impressum"] * 5) +
     "\nTermin: 28.02.2020, 18:30 Uhr\n\nWhisky-Tasting in Halle: wir verkosten an diesem Abend "
     "sechs Whiskys aus Schottland und Irland, sagte der Veranstalter, mit Häppchen.\n", None),
    ("\n".join(["Startseite", "Lawinenbulletin", "Kontakt", "Blog", "Impressum"] * 5) +
     "\nWochenbericht 14. - 20. Januar 2022\n\nNach klarer Nacht ist es tagsüber sonnig, dieser "
     "Satz fand sich mehrfach in den letzten Lawinenbulletins, sagte das Institut.\n", None),
    # a line that says more than a date, or a day of history heading a section, is none
    ("Le débarquement\n\nLe débarquement du 6 juin 1944\n\nLe texte, selon Reuters.\n", None),
    ("Le débarquement\n\n6 juin 1944\n\nLe texte, selon Reuters.\n", None),
    # round 6 (2026-12-05, verdicts6): r08 (destimed), the update on the publication's line
    ("Publié le 29 novembre 2016 à 20h51 - Dernière mise à jour le 28 octobre 2022 à 15h43\n"
     "D'une ampleur sans précédent, un système bancaire parallèle qui aurait servi à blanchir "
     "plus de 400M€ vient d'être découvert, selon les enquêteurs.\n", "2016-11-29"),
    # franceinfo's one-line form; a publication cue with no date of its own takes no update's
    ("Un titre\n\nPublié le 12/03/2021 16:25 Mis à jour le 01/04/2021 15:52\n\nLe texte, "
     "selon Reuters.\n", "2021-03-12"),
    ("Un titre\n\nPublié le - Dernière mise à jour le 28 octobre 2022 à 15h43\n\nLe texte, "
     "selon Reuters.\n", None),
    # r12e (abamako), doczz.fr's AFP dispatches: an agency's dateline opening a long lede
    ("PARIS, 04 nov 2013 (AFP) - Les forces françaises disposent \"d'indications permettant de "
     "remonter la trace\" des assassins des deux reporters français enlevés et tués à Kidal, au "
     "Nord-Mali, a indiqué lundi matin une source proche du ministre de la Défense.\n",
     "2013-11-04"),
    ("Un titre\n\nDAR ES SALAM, 25 mars 2013 (AFP) - Le président chinois Xi Jinping a célébré "
     "lundi \"l'amitié sincère\" entre son pays et l'Afrique, dans un discours à Dar es Salam "
     "marquant le début de sa première visite sur le continent.\n", "2013-03-25"),
    # r09 (hockeyhebdo.com): a signature of names ending "le DATE à HH:MM" is not told apart
    # from an event's line ("Conseil Municipal, Salle Polyvalente le 3 février 2020 à
    # 18h30"): left unread, a wrong date being worse than none
    ("Hockey sur glace - Ligue Magnus\nON EST EN TRAIN D'EFFACER NOTRE HISTOIRE !\n\nMedia "
     "Sports Loisirs, Hockey Hebdo Tristan Alric le 14/11/2024 à 11:00\nTribune N°99\n\n"
     "Contrairement à la promesse faite par le maire, la patinoire est restée fermée.\n",
     None),
    ("Un titre\n\nConseil Municipal, Salle Polyvalente le 3 février 2020 à 18h30\n\nLe texte, "
     "selon Reuters.\n", None),
    ("Un titre\n\nConcert le 14 juin 2018 à 20:30\n\nLe texte, selon Reuters.\n", None),
    ("Un titre\n\nCoupe du Monde le 14 juin 2018\n\nLe texte, selon Reuters.\n", None),
    # r10 (an Oise local blog): the article's own label
    ("Auneuil : 1 million € pour rembourser les emprunts\n\nArticle du 08/06/2009 à 09:31\n\n"
     "Auneuil provisionne 1 007 809,37 € pour rembourser le passif de la communauté de "
     "communes, selon le maire.\n", "2009-06-08"),
    # r11 (neuralword), WordPress's "j F, Y" and "l, j F, Y": a comma before the year
    ("Quelle est la valeur d'un billion de dollars\n\n25 septembre, 2023\n\nLorsque l'on "
     "parle de sommes d'argent astronomiques, la notion de valeur peut sembler abstraite.\n",
     "2023-09-25"),
    ("Un titre\n\ndimanche, 24 janvier, 2021\n\nLe texte, selon Reuters.\n", "2021-01-24"),
    # Dutch and Portuguese datelines: a weekday, a publication cue
    ("Titel\n\nmaandag 23 november 2015, 10:32\n\nDe tekst, meldt het ANP.\n", "2015-11-23"),
    ("Titel\n\nGepubliceerd op 3 maart 2016\n\nDe tekst, meldt het ANP.\n", "2016-03-03"),
    ("Título\n\nsegunda-feira, 22 de outubro de 2018\n\nO texto, segundo a Lusa.\n", "2018-10-22"),
    ("Título\n\nPublicado em 20 de outubro de 2018\n\nO texto, segundo a Lusa.\n", "2018-10-20"),
    # an event's line with two names, a date and a time is no signature (no comma between
    # the site's name and the author's)
    ("Un titre\n\nMatch PSG Marseille le 14 juin 2018 à 20:30\n\nLe texte, selon Reuters.\n", None),
    ("Un titre\n\nFinale Coupe du Monde le 15 juillet 2018 à 17:00\n\nLe texte, selon Reuters.\n",
     None),
    # round 7 (2026-12-05, verdicts7 r12, fr.theepochtimes.com): a dateline whose update
    # follows on the same line dates the article by its first date
    ("SPORT\n\nFoot: les dix transferts les plus chers de l’histoire en Europe\n\n"
     "août 15, 2023 8:40, Last Updated: août 15, 2023 8:41\nBy\n\nEn signant lundi à Chelsea "
     "pour un montant estimé par la presse britannique à 133 millions d’euros, un record en "
     "Angleterre, le jeune milieu de terrain équatorien de Brighton Moises Caicedo monte sur le "
     "podium.\n", "2023-08-15"),
    ("Un titre\n\nLast updated: 18 August 2006\n\nLe texte, selon Reuters.\n", None),
    # round 8 (orlandosentinel.com archive): a bar without spaces before the byline; a
    # byline dates the article however old (a day of history alone on its line does not)
    ("Anniversaries: The Party's Just Begun\n\nAugust 23, 1987|By Jeff Kunerth of the "
     "Sentinel staff\n\nToday marks 10 years since Bryan Allen pedaled the 70-pound "
     "''Gossamer Condor'' 1 mile through the air and won some kind of contest.\n", "1987-08-23"),
    ("A title\n\nAugust 23, 1987\n\nThe text, Reuters said.\n", None),
    # round 8 (teknomers): "En date du :" labels the page's date; in a sentence, an event's
    ("En date du : 13 août 2024, 20 h 29 (heure du Pacifique)\n\nLe transfert le plus "
     "précieux a certainement été celui de Kylian Mbappé au Real Madrid.\n", "2024-08-13"),
    ("Un titre\n\nEn date du 5 mars 2024, la société comptait 200 salariés.\n\n"
     "Le texte, selon Reuters.\n", None),
    # together.ch (an eval page): an event's hours, a time range after the date
    ("Sprungbrett-Event Schaffhausen\n\n30. März 2020, 13:15 Uhr - 19:00 Uhr\n\n"
     "Güterhof, Schaffhausen\n\nDer Text, meldet die dpa.\n", None),
])
def test_publication_lines_bylines_and_updates_date_the_article(text, published):
    from audit.pipeline import audit_document

    assert audit_document(text, "x.txt")["published"] == published


def test_sept_is_seven_not_september():
    text = fold("Baptisé « Les sept transformations », ce plan court jusqu'en 2031.")
    assert [m.text for m in find_dates(text, "fr")] == ["2031"]


def _read(text, language="fr"):
    folded = fold(text)
    return find_quantities(folded, [(0, len(folded))], language)


@pytest.mark.parametrize(("text", "language", "value", "unit", "precision", "bound"), [
    ("plus de 2 millions d'euros", "fr", 2e6, "EUR", 5e5, "lower"),
    ("un peu plus de 2 millions d'euros", "fr", 2e6, "EUR", 5e5, "lower"),
    ("plus d'un million d'euros", "fr", 1e6, "EUR", 5e4, "lower"),  # round: at most 5 %
    ("jusqu'à 42,7 M€", "fr", 42.7e6, "EUR", 5e4, "upper"),
    ("90 000 dollars", "fr", 90_000, "USD", 4_500, None),
    ("170 millions d'euros", "fr", 170e6, "EUR", 5e6, None),  # trailing zeros are rounding
    ("30 miles", "fr", 30, "mi", 1.5, None),
    ("at least $1.2bn", "en", 1.2e9, "USD", 5e7, "lower"),
    ("up to €3m", "en", 3e6, "EUR", 5e5, "upper"),
    ("USD 3 million", "en", 3e6, "USD", 5e5, None),
    ("50k$", "fr", 50e3, "USD", 2.5e3, None),
    ("1 billion dollars", "en", 1e9, "USD", 5e8, None),
    ("1 billion de dollars", "fr", 1e12, "USD", 5e11, None),
    ("10 milliards de forints", "fr", 10e9, "HUF", 5e8, None),
    ("2,1 milliards de livres", "fr", 2.1e9, "GBP", 5e7, None),
    ("1 milliard de hryvnias", "fr", 1e9, "UAH", 5e8, None),
    ("R$10m", "en", 10e6, "BRL", 5e5, None),
    ("30 °C", "fr", 30, "degC", 0.5, None),
    ("1 553 miles", "fr", 1553, "mi", 0.5, None),
    ("2 500 kilomètres", "fr", 2500, "km", 50, None),
    ("ruim 104 miljard euro", "nl", 104e9, "EUR", 5e8, "lower"),
    ("5 mln Britse pond", "nl", 5e6, "GBP", 5e5, None),
    ("1,6 mil milhões de dólares", "pt", 1.6e9, "USD", 5e7, None),
    ("2,1 biliões de ienes", "pt", 2.1e12, "JPY", 5e10, None),  # 10^12 in Portugal
    ("R$ 1,4 bilhão", "pt", 1.4e9, "BRL", 5e7, None),  # 10^9 in Brazil
    ("mais de 867 milhões de euros", "pt", 867e6, "EUR", 5e5, "lower"),
    ("28.013 milhões de dólares", "pt", 28013e6, "USD", 5e5, None),
    # Mexican press: "mdp" millones de pesos, "mdd" millones de dólares (round 9, apro.com.mx)
    ("14 mil mdp", "es", 14e9, "peso?", 5e8, None),
    ("$766.1 mdp", "es", 766.1e6, "peso?", 5e4, None),
    ("300 mdd", "es", 300e6, "USD", 1.5e7, None),
    # Agency style (AFP, Canadian Press; round 12): scale and currency joined by hyphens.
    ("$7.6-billion", "en", 7.6e9, "USD", 5e7, None),
    ("6.4-billion-euro", "en", 6.4e9, "EUR", 5e7, None),
    ("$6-billion", "en", 6e9, "USD", 5e8, None),  # the Globe and Mail, NORAD (pages corpus)
])
def test_quantity_value_unit_precision_and_bound(text, language, value, unit, precision, bound):
    (q,) = [q for q in _read(f"Il a noté {text}, hier.", language) if q.kind != "count"]
    assert (q.value, q.unit, q.bound) == (pytest.approx(value), unit, bound)
    assert q.precision == pytest.approx(precision)


def test_a_scaled_currency_abbreviation_is_read_in_its_language_only():
    # "mdp" is a password in French: no currency there
    assert [q.unit for q in _read("Il a changé ses 12 mdp hier.", "fr") if q.kind == "money"] == []


def test_approximate_words_are_not_bounds():
    (q,) = _read("soit environ 42,7 millions d'euros")
    assert q.approximate and q.bound is None and q.qualifier == "environ"


@pytest.mark.parametrize(("text", "kind"), [
    ("1 million de francs suisses, soit un peu plus de 2 millions d'euros", "money"),
    ("10 millions de dollars, l'équivalent de 9,2 millions d'euros", "money"),
    ("200 000 dollars, ce qui équivaut à 184 000 euros", "money"),
    ("£1bn, or about $1.6bn", "money"),
    ("€1.2bn, the equivalent of $1.4bn", "money"),
    ("2 500 kilomètres (1 553 miles)", "measure"),
    ("30 °C (86 °F)", "measure"),
    ("22 pounds (10 kg)", "measure"),
])
def test_every_conversion_form_is_paired(text, kind):
    folded = fold(text)
    quantities = find_quantities(folded, [(0, len(folded))], "en" if "£" in text or "€1" in text
                                 or "pounds" in text else "fr")
    (conversion,) = find_conversions(folded, quantities)
    assert conversion.kind == kind


@pytest.mark.parametrize("text", [
    "50 millions de dollars et 42,7 millions d'euros",  # two amounts, no conversion
    "120 kilomètres de Caracas, 2 500 kilomètres de la Floride",
    "1 000 euros. 1 100 dollars",
])
def test_figures_side_by_side_are_not_conversions(text):
    folded = fold(text)
    assert find_conversions(folded, find_quantities(folded, [(0, len(folded))], "fr"), "fr") == []


@pytest.mark.parametrize(("text", "language", "legs"), [
    # round 13b, fr12 rtl.be: bare figures take the last item's unit ("yens", "euros")
    ("en coupures de 10.000, 5.000 et 1.000 yens, soit 57, 29 et 6 euros.", "fr",
     [(10000, "JPY", 57, "EUR"), (5000, "JPY", 29, "EUR"), (1000, "JPY", 6, "EUR")]),
    ("in denominations of ¥10,000, ¥5,000, and ¥1,000, or €57, €29 and €6.", "en",
     [(10000, "JPY", 57, "EUR"), (5000, "JPY", 29, "EUR"), (1000, "JPY", 6, "EUR")]),
    ("Scheine zu 10.000 und 1.000 Yen, umgerechnet 57 und 6 Euro.", "de",
     [(10000, "JPY", 57, "EUR"), (1000, "JPY", 6, "EUR")]),
    # the scale word of the last item is each one's
    ("5, 2 et 1 millions de dollars, soit 4,6, 1,8 et 0,9 million d'euros", "fr",
     [(5e6, "USD", 4.6e6, "EUR"), (2e6, "USD", 1.8e6, "EUR"), (1e6, "USD", 0.9e6, "EUR")]),
])
def test_a_list_converted_as_a_list_pairs_its_legs_in_order(text, language, legs):
    folded = fold(text)
    found = find_conversions(folded, find_quantities(folded, [(0, len(folded))], language), language)
    assert [(c.source.value, c.source.unit, pytest.approx(c.target.value), c.target.unit)
            for c in found] == legs


@pytest.mark.parametrize(("text", "language"), [
    # lists of different lengths: a total, or the last leg? no conversion
    ("les billets de 10.000, 5.000 et 1.000 yens, soit 90 euros au total", "fr"),
    ("¥10,000, ¥5,000 and ¥1,000, or €57 and €29", "en"),
    # one amount, then a list: what the list restates is not said
    ("10.000 yens, soit 57, 29 et 6 euros", "fr"),
])
def test_lists_of_different_lengths_are_not_conversions(text, language):
    folded = fold(text)
    assert find_conversions(folded, find_quantities(folded, [(0, len(folded))], language),
                            language) == []


def test_a_year_opening_the_clause_is_no_list_item():
    text = fold("En 2023, 5.000 et 1.000 yens, soit 29 et 6 euros.")
    found = find_conversions(text, find_quantities(text, [(0, len(text))], "fr"), "fr")
    assert [(c.source.value, c.target.value) for c in found] == [(5000, 29), (1000, 6)]


@pytest.mark.parametrize(("title", "language", "read"), [
    ("Zahl des Tages15,9 Milliarden", "de", [("15,9 Milliarden", 15.9e9)]),  # taz.de, round 13b
    ("Figure of the day15.9bn", "en", [("15.9bn", 15.9e9)]),
    ("Chiffre du jour12 %", "fr", [("12 %", 12)]),
    # names with digits: a figure glued to letters is read only as an amount
    ("COVID19 : 20 millions de cas", "fr", []),
    ("Le G20 et l'A320 de 2024", "fr", []),
    ("Le nouvel iPhone15 Pro", "fr", []),
    ("Un 4x4 et une Model3", "fr", []),
    ("Le mp3 a 30 ans", "fr", []),
])
def test_a_figure_glued_to_a_word_is_read_in_the_headline_as_an_amount_only(title, language, read):
    text = fold(title)
    assert [(q.text, pytest.approx(q.value)) for q in find_glued(text, [(0, len(text))], language)] == read


def test_subject_is_what_the_figure_is_said_of():
    first, second = [q for q in _read("La ville compte 120 000 habitants. Une autre ville "
                                      "compte 90 000 habitants.") if q.noun == "habitant"]
    assert first.subject == "ville"
    assert second.subject is None  # "une autre ville": another one


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le traité fête son 80e anniversaire, après 45 ans de négociations.", "fr",
     [("80e", "ordinal", None, 80, "anniversaire"), ("45 ans", "duration", "year", 45, None)]),
    ("La grève dure depuis six mois.", "fr", [("six mois", "duration", "month", 6, None)]),
    ("The strike lasted 48 hours, the 21st walkout.", "en",
     [("48 hours", "duration", "hour", 48, None), ("21st", "ordinal", None, 21, "walkout")]),
    ("Er war 45 Jahre lang Bürgermeister.", "de", [("45 Jahre", "duration", "year", 45, None)]),
    ("il y a 2000 ans", "fr", [("2000 ans", "duration", "year", 2000, None)]),  # not a year
    # Ordinals in words and Roman numerals; a fraction ("un dixième") is no rank.
    ("Le quatre-vingt-dixième anniversaire, un dixième des voix.", "fr",
     [("quatre-vingt-dixième", "ordinal", None, 90, "anniversaire")]),
    ("Au XXe siècle, sous la Ve République et François Ier.", "fr",
     [("XXe", "ordinal", None, 20, "siècle"), ("Ve", "ordinal", None, 5, "république"),
      ("Ier", "ordinal", None, 1, None)]),
    ("The seventy-fifth anniversary: a fifth of the town came.", "en",
     [("seventy-fifth", "ordinal", None, 75, "anniversary")]),
    ("Zum fünfundzwanzigsten Jubiläum: alle kamen.", "de",
     [("fünfundzwanzigsten", "ordinal", None, 25, "jubiläum")]),
    ("el vigésimo quinto aniversario", "es", [("vigésimo quinto", "ordinal", None, 25, "aniversario")]),
    ("il venticinquesimo anniversario, il medesimo giorno", "it",
     [("venticinquesimo", "ordinal", None, 25, "anniversario")]),
])
def test_durations_and_ordinals(text, language, expected):
    found = [(q.text, q.kind, q.unit, q.value, q.noun) for q in _read(text, language)]
    assert found == expected


def test_ordinal_words_in_runs():
    from audit.extract.numbers import find_ordinal_words

    # Every word an ordinal; and a run of number words with no start, walked back a few words
    # only: no ordinal there.
    assert len(find_ordinal_words("le cinquième " * 20_000, "fr")) == 20_000
    assert find_ordinal_words("quatre-vingt-" * 20_000 + "dixième", "fr") == []


def test_bare_figures_are_not_quantities_and_reading_is_linear():
    import time

    text = "1 " * 100_000
    started = time.perf_counter()
    assert find_quantities(text, [(0, len(text))], "fr") == []
    assert time.perf_counter() - started < 10  # 200 KB; the old extractor took ~8 s here


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Die Stadt zählt zweihundertfünfzigtausend Einwohner.", "de", [("zweihundertfünfzigtausend", 250000)]),
    ("mit zwei Millionen Einwohnern und einundzwanzig Bezirken", "de", [("zwei Millionen", 2000000), ("einundzwanzig", 21)]),
    ("Die Einheit kam in einer Stadt an, und eine Frau sprach.", "de", []),  # articles, "und"
    ("Millionen Menschen sahen zu.", "de", []),  # a scale word alone counts nothing in particular
    ("La ciudad tiene doscientos cincuenta mil habitantes y treinta y dos barrios.", "es",
     [("doscientos cincuenta mil", 250000), ("treinta y dos", 32)]),
    ("La città conta duecentocinquantamila abitanti e ventuno quartieri.", "it",
     [("duecentocinquantamila", 250000), ("ventuno", 21)]),
    ("Tu sei il sindaco di una città.", "it", []),  # "sei" alone is "you are"
    ("De stad telt tweehonderdvijftigduizend inwoners en drieëntwintig wijken.", "nl",
     [("tweehonderdvijftigduizend", 250000), ("drieëntwintig", 23)]),
    ("Een man en een vrouw kwamen in miljoenen huizen.", "nl", []),  # articles, "en", plurals
    ("Ganhou cem mil milhões de euros e vinte e três prémios.", "pt",
     [("cem mil milhões", 100_000_000_000), ("vinte e três", 23)]),
    ("Uma mulher e um homem viram milhões de pessoas.", "pt", []),
])
def test_number_words_in_more_languages(text, language, expected):
    from audit.extract.numbers import find_number_words

    found = [(text[s:e], v) for s, e, v in find_number_words(text, language)]
    assert found == expected


@pytest.mark.parametrize(("head", "noted"), [
    ('<html lang="fr-CH">', "read as CHF, the currency of the country the page is written for (CH)"),
    ('<html lang="fr"><link rel="canonical" href="https://www.lematin.ch/story/prime">',
     "read as CHF, the currency of the country the page is written for (CH)"),
    ('<html lang="fr">', "alone names several currencies"),  # no country: not guessed
])
def test_bare_francs_take_the_page_country(head, noted):
    from audit.pipeline import audit_article
    from audit.settings import Settings

    page = (f"{head}<body><article><h1>La prime</h1><p>La prime atteint 1 million de francs, soit "
            "un peu plus de 2 millions d'euros, selon le communiqué publié mardi par la fondation "
            "à Genève.</p></article></body></html>")
    result = audit_article(page.encode(), "prime.html", Settings(published=dt.date(2024, 3, 5)))
    assert any(noted in note for note in result.notes)
    assert [f.rule for f in result.findings if f.rule.startswith("NUM")] == \
        (["NUM001"] if "read as" in noted else [])


@pytest.mark.parametrize("head", ["", "İstanbul, "])
def test_letters_re_takes_for_i_and_s_read_as_they_are_matched(head):
    """re's IGNORECASE takes "ı" for "i" and "ſ" for "s"; the patterns that read lowercased
    text do too (lexicon.case_folded), and a month so spelt is a month, not a crash. With an
    "İ" in the text (it lowercases to two characters) the case-insensitive patterns read it."""
    text = head + "le 5 Aprıl 2020, il a dit que vıngt-deux personnes étaient là en Auguſt 2021."
    found = {m.text: m.date.iso() for m in find_dates(fold(text), "fr")}
    assert found == {"5 Aprıl 2020": "2020-04-05", "Auguſt 2021": "2021-08"}
    assert [v for _, _, v in find_number_words(text, "fr")] == [22]


@pytest.mark.parametrize("text, unit, kind", [
    ("It lasted 3 hourſ.", "hour", "duration"),
    ("Il a payé 3 mıllıons d'euroſ.", "EUR", "money"),
])
def test_units_and_scales_so_spelt_are_read_not_a_crash(text, unit, kind):
    """The units, scales and currency names IGNORECASE matched are looked up as it matched
    them ("hourſ" is "hours"): lower() alone kept "ſ" and the look-up raised KeyError."""
    [q] = find_quantities(fold(text), [(0, len(text))], "en" if "hour" in text else "fr")
    assert (q.unit, q.kind) == (unit, kind)


def test_the_latest_date_before_a_conversion_keeps_the_first_of_equals_in_the_dates_order():
    """Undated articles check a conversion with the latest date written before it; of two dates
    that end the same day ("31 mars 2020", "mars 2020") the first in Facts.dates is taken, as
    max() over them did, whatever their order in the text."""
    from audit.extract import Facts
    from audit.model import DateMention, PartialDate

    day = DateMention(PartialDate(2020, 3, 31), 40, 53, "31 mars 2020")
    month = DateMention(PartialDate(2020, 3), 6, 15, "mars 2020")
    year = DateMention(PartialDate(2024), 0, 4, "2024")

    def facts(*dates: DateMention) -> Facts:
        return Facts(folded="", language="fr", published=None, published_source=None,
                     dates=dates, quantities=(), conversions=(), citations=(), attributions=(),
                     quotes=(), inline_boilerplate=())

    assert facts(day, month, year).latest_dated_mention() is day
    assert facts(month, day).latest_dated_mention() is month
    assert facts(day, month).latest_dated_mention(before=20) is month
    assert facts(year).latest_dated_mention() is None  # a year alone is no day to check with


def test_territory_currencies_are_babel_s_for_every_territory_and_day():
    """Read from CLDR's table (kept in the memo) and filtered here: the same list, in the same
    order, as babel.numbers.get_territory_currencies."""
    import datetime as dt

    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    from audit.extract.quantities import territory_currencies

    days = [dt.date(1800, 1, 1), dt.date(1999, 1, 1), dt.date(2001, 12, 31), dt.date(2002, 1, 1),
            dt.date(2002, 2, 28), dt.date(2002, 3, 1), dt.date(2014, 6, 5), dt.date(2025, 8, 1),
            dt.datetime(2015, 1, 1, 12, 0), None]
    territories = sorted(get_global("territory_currencies"))
    assert len(territories) > 200
    changed = 0
    for territory in territories:
        for day in days:
            expected = get_territory_currencies(territory, day)
            assert territory_currencies(territory.lower(), day) == expected, (territory, day)
        changed += get_territory_currencies(territory, days[1]) != get_territory_currencies(territory, days[-3])
    assert territory_currencies("XX", None) == []
    assert changed > 10  # the euro and others: the days tell tables apart


def test_a_dotted_date_ending_a_sentence_is_a_date():
    # round 7 (verdicts7 r17, corodok.de quoting n-tv.de): the full stop after the year ends the
    # sentence; one before a digit still makes a run of figures
    text = fold("Das ist zu lesen auf n-tv.de am 10.1.2023. Version 1.2.2023.5 und 6.320.843")
    assert [(m.text, m.date.month, m.date.day) for m in find_dates(text, "de")] == [("10.1.2023", 1, 10)]


def test_an_abbreviated_scale_with_its_full_stop_is_read_with_the_currency():
    # round 7 (verdicts7 r16, bildblog.de): "Mio. Euro" was a bare 190, so the conversion went
    # unchecked; a single letter's full stop ("10 m.") is a sentence's end
    from audit.pipeline import audit_document

    text = ("Nachtrag, 19. August 2009: Bild.de hat noch mal nachgerechnet und spricht jetzt von "
            "“223 Millionen Dollar (etwa 190 Mio. Euro)”. Er lief 10 m.")
    found = audit_document(text, "a.txt")
    money = [(q["text"], q["unit"], q["value"]) for q in found["quantities"] if q["kind"] == "money"]
    assert ("190 Mio. Euro", "EUR", 190e6) in money
    assert [f["rule"] for f in found["findings"] if f["rule"] == "NUM001"] == ["NUM001"]
    assert [q["text"] for q in found["quantities"] if q["unit"] == "m"] == ["10 m"]


def test_a_bare_dollar_on_a_page_for_canada_is_the_canadian_dollar():
    # round 7 (verdicts7 r18, tvasports.ca, lang="fr-CA"): the expected amount was given in US
    # dollars (97.0 million USD) where the page means Canadian ones (about 126 million)
    from audit.pipeline import audit_document

    page = ('<html lang="fr-CA"><body><article><h1>Lukaku à Manchester United</h1><p>Romelu '
            "Lukaku s'est engagé samedi avec Manchester United pour un transfert évalué à un "
            "minimum de 85 millions d'euros (environ 150 millions $), selon le club.</p>"
            "</article></body></html>")
    found = audit_document(page, "a.html", published="2017-07-08")
    [finding] = [f for f in found["findings"] if f["rule"] == "NUM001"]
    assert "expected 126 million CAD" in finding["message"]
    assert any("'$' alone read as CAD" in note for note in found["notes"])


@pytest.mark.parametrize("amount", ["5 millions $ US", "5 millions $US", "5 millions $ (US)",
                                    "5 millions $ américains"])
def test_a_dollar_named_after_its_sign_stays_the_us_dollar_on_a_page_for_canada(amount):
    # the session's review: Québec writes "5 millions $ US" (the OQLF's form); its "US" stands
    # after the amount's sign, and a right conversion was reported against the Canadian dollar
    from audit.pipeline import audit_document

    page = (f'<html lang="fr-CA"><body><article><h1>Amende</h1><p>L\'amende atteint 4,6 millions '
            f"d'euros ({amount}), a indiqué le tribunal.</p></article></body></html>")
    found = audit_document(page, "a.html", published="2024-06-03")
    assert [f for f in found["findings"] if f["rule"] == "NUM001"] == []
    assert {q["unit"] for q in found["quantities"] if q["kind"] == "money"} == {"EUR", "USD"}


def test_a_dateline_just_above_the_title_under_a_ticker_dates_the_article():
    # round 8 (lavirgule.news): "La France" / <time>26.08.2024 16:18</time> / <h1>, under a nav
    # and a ticker of ten lines (the ticker's first long line was taken for the first
    # paragraph, and the date stood past the page's first twelve lines)
    from pathlib import Path

    from audit.pipeline import audit_document

    page = Path(__file__).parent / "data" / "dates" / "lavirgule_time_under_ticker.html"
    assert audit_document(page.read_bytes(), "x.html")["published"] == "2024-08-26"


def test_the_site_header_s_date_above_the_menu_does_not_date_the_article():
    # Round 8 of the blind test (a Lampertheim free paper, pasted): "Fr., 11.07.2025" over the
    # tagline and the menu is the day of the visit; "Mo., 28. Oktober 2024, 12:30 Uhr", in a
    # bullet two lines over the headline, dates the article (the weekday's "Mo.," was no label)
    from pathlib import Path

    from audit.pipeline import audit_document

    page = Path(__file__).parent / "data" / "titles" / "tagline_lampertheim.txt"
    assert audit_document(page.read_bytes(), "x.txt")["published"] == "2024-10-28"


def test_a_calendar_widget_s_date_year_first_dates_the_article():
    # Round 8 of the blind test (cinquantamila.it, pasted): " 2004  settembre 11 Sabato
    # calendario" under the cookie notice, over the headline; no date pattern read year first
    from pathlib import Path

    from audit.extract.dates import _dateline
    from audit.pipeline import audit_document

    page = Path(__file__).parent / "data" / "titles" / "cinquantamila.txt"
    assert audit_document(page.read_bytes(), "x.txt")["published"] == "2004-09-11"
    # a sentence after it is no widget's word, nor a day of history before the web
    assert _dateline("2019 marzo 5 nel nostro comune", "it") is None
    assert _dateline("1944 giugno 6", "it") is None

# Round 9 (verdicts8 m1, nl03): "(aktuell rund Y)" states Y at the rate of the time of writing;
# "omgerekend" restates the last amount even after a verb of its clause.
@pytest.mark.parametrize(("text", "language", "current"), [
    ("Für 199 Milliarden Dollar (aktuell rund 178 Milliarden Euro) verleibt sich Vodafone im "
     "April 2000 den deutschen Mobilfunk-Konzern Mannesmann ein.", "de", True),
    ("Für 199 Milliarden Dollar (umgerechnet aktuell rund 178 Milliarden Euro)", "de", True),
    ("Exclusief kosten koper ben je een dikke 29 miljard euro kwijt, omgerekend 34 miljard "
     "Amerikaanse dollar.", "nl", False),
])
def test_current_rate_brackets_and_a_verb_before_omgerekend_are_conversions(text, language,
                                                                              current):
    folded = fold(text)
    (conversion,) = find_conversions(folded, _read(text, language), language)
    assert conversion.current is current


@pytest.mark.parametrize(("text", "language"), [
    # a value now, not the amount converted: the bracket goes on after Y
    ("Für 199 Milliarden Dollar (aktuell rund 178 Milliarden Euro wert) kaufte er 2000 die "
     "Aktien.", "de"),
    # a clause of five words before the bridge, or another figure, is too far
    ("Het kost 29 miljard euro en dat is heel veel geld, omgerekend 34 miljard dollar.", "nl"),
])
def test_current_and_converted_forms_stay_narrow(text, language):
    folded = fold(text)
    assert find_conversions(folded, _read(text, language), language) == []


def test_a_current_rate_without_publication_date_counts_from_the_texts_latest_date():
    """Undated, "aktuell" is checked against every rate from the latest date the whole text
    gives to the end of the data, not against the 90 days after "April 2000", the latest date
    before it (which would call 178 billion euros, right in 2016, wrong: 209 at April 2000's
    rate)."""
    from audit.pipeline import audit_article
    from audit.settings import Settings

    select = frozenset({"NUM001"})
    text = ("---\nlang: de\n---\nIm April 2000 ist es so weit: Für 199 Milliarden Dollar (aktuell "
            "rund {} Milliarden Euro) verleibt sich Vodafone den Konzern Mannesmann ein.\n\nFür "
            "17 Milliarden Dollar kauft Merck im November 2015 den Laborausrüster Sigma-Aldrich.\n")
    found = {}
    for figure in ("178", "148"):
        result = audit_article(text.format(figure), f"current-{figure}.md",
                               Settings(select=select, explicit=select))
        found[figure] = [f for f in result.findings if f.rule == "NUM001"]
    assert found["178"] == []
    (finding,) = found["148"]
    assert finding.evidence["window"][0] == "2015-11-01" and not finding.evidence["dated"]


@pytest.mark.parametrize(("name", "published"), [
    # Round 9 of the blind test (2026-12-05), the pages as the testers pasted them: a
    # related-links box's teaser date ("A lire aussi" / a headline / "1 octobre 2015") dated
    # the article; a Portuguese weekday in its short form ("Quinta, 16 Outubro 2014 23:14"),
    # a forum's "Message par energy_isere » 14 août 2008, 23:06" and a post's header flattened
    # on one line ("23 juin 2020 Bulletin du droit des affaires Lecture de 13 min") were missed.
    ("round9b/inputs/fr06_zoomjapon.txt", None),
    ("round9a/inputs/pt01_angola24horas.txt", "2014-10-16"),
    ("round9b/inputs/fr09_oleocene.txt", "2008-08-14"),
    ("round9b/inputs/fr23_trc-sadovod.txt", "2020-06-23"),
])
def test_a_pasted_page_s_date_round_9(name, published):
    from pathlib import Path

    from audit.pipeline import audit_document

    page = Path(__file__).parent / "data" / "blind_rounds" / name
    assert audit_document(page.read_bytes(), "x.txt")["published"] == published


@pytest.mark.parametrize(("line", "day"), [
    ("23 juin 2020 Bulletin du droit des affaires Lecture de 13 min", dt.date(2020, 6, 23)),
    ("5 March 2024 · 5 min read", dt.date(2024, 3, 5)),
    ("23 juin 2020 Le débarquement en Normandie", None),  # a rubric without a reading time
    ("6 juin 1944 Lecture de 3 min", None),  # a day of history
    ("Le 23 juin 2020, lecture de 13 min", None),  # a sentence: the date does not open it
])
def test_a_dateline_closed_by_a_reading_time(line, day):
    from audit.extract.dates import _dateline

    assert _dateline(line, "fr") == day


def test_a_related_box_s_teaser_date_above_the_article_dates_nothing():
    from audit.pipeline import audit_document

    # the box stands above the article here (its prose ends the box): its teaser's date was read
    text = ("A lire aussi\nL'huître solidaire franco-japonaise\n1 octobre 2015\n\n"
            "Le déficit commercial du Japon atteint un record en mars, tiré par la facture "
            "énergétique et la dépréciation du yen, selon le ministère des Finances.\n")
    assert audit_document(text, "x.txt")["published"] is None


def test_a_publication_line_past_a_box_of_undated_teasers_dates_the_article():
    # An eval page (dersonntag.de, pasted): in pasted text a related box lasts up to the next
    # prose, so the article's own furniture under it is in it too; only a date within a few
    # lines of the box's header or of its last teaser's date is a teaser's.
    from audit.pipeline import audit_document

    text = ("Emanuel Scobel wird Thomanerchor-Geschäftsführer\n\n"
            "Neuer Geschäftsführender Leiter des Thomanerchores Leipzig wird Emanuel Scobel. "
            "Darauf hat sich die Auswahlkommission unter Leitung von Kulturbürgermeisterin Dr. "
            "Skadi Jennicke verständigt, teilte die Stadt Leipzig mit.\n"
            "Mehr zum Thema\nAktuell\n0\nLeipzig gedenkt der Friedlichen Revolution vor 30 Jahren\n"
            "Mit Bundespräsident, viel Dialog und hellerleuchtetem Innenstadtring begeht Leipzig "
            "am 9. Oktober Mehr ...\nAktuell Denkmäler von Goethe, Bach und Mendelssohn in Leipzig "
            "beschädigt\nKultur Bach an originalen Orten\nZur Startseite Artikel Drucken\n"
            "Artikel empfehlen:\nQuelle\nVERÖFFENTLICHT AM 07.06.2019\nTags\n")
    assert audit_document(text, "x.txt")["published"] == "2019-06-07"


@pytest.mark.parametrize(("name", "published"), [
    # Round 10 of the blind test (2026-12-05), the repro files: an RNS's stamp with an ordinal
    # day ("28th Sep 2012 07:00"); a Wix blog's byline printed as a list ("- 16 mai 2021"); a
    # forum post's stamp with its time and subject after it ("01 juillet 2010, 20:49
    # Sources"); an update date only ("Mise à jour le 29/12/2023"), which stays unread.
    ("round10b/repro/en03_date_missed.txt", "2012-09-28"),
    ("round10a/repro/r10_date_title_blog_byline.txt", "2021-05-16"),
    ("round10a/repro/r11_date_title_forum_post.txt", "2010-07-01"),
    ("round10b/repro/fr13_date_missed.txt", None),
])
def test_a_pasted_page_s_date_round_10(name, published):
    from pathlib import Path

    from audit.pipeline import audit_document

    page = Path(__file__).parent / "data" / "blind_rounds" / name
    assert audit_document(page.read_bytes(), "x.txt")["published"] == published


@pytest.mark.parametrize(("text", "published"), [
    # vivere.it's lede opening with its reading time and the date (round 10b, it02), and its
    # closing line "pubblicato il 21-12-2014 alle 23:53 sul giornale del 22 dicembre 2014"
    ("1' di lettura 21/12/2014 - Il Sindaco Pugnaloni ha portato il saluto della città al "
     "50esimo della Lega del Filo d'oro, tenutosi al teatro La Fenice.\n", "2014-12-21"),
    ("Il sindaco alla festa\n\nPubblicato il 21-12-2014 alle 23:53 sul giornale del 22 dicembre "
     "2014\n\nIl Sindaco Pugnaloni ha portato il saluto della città e dell'amministrazione "
     "comunale al 50esimo della Lega del Filo d'oro, tenutosi al teatro.\n", "2014-12-21"),
    # a forum post's stamp, its time and its subject, the line above it (the lines above
    # are read only when such a tail is asked about)
    ("Forum Oléocène\n\nLes réserves de pétrole en mer du Nord\n\n01 juillet 2010, 20:49 Les "
     "réserves de pétrole en mer du Nord\n\nLe club de lecture se réunit chaque mois pour "
     "parler des livres de la saison et accueillir les nouveaux membres.\n", "2010-07-01"),
    # a forum stamp whose tail is not a line above: an event's line, not the post's
    ("Le club\n\n01 juillet 2010, 20:49 Salle des fêtes\n\nLe club de lecture se réunit chaque "
     "mois pour parler des livres de la saison et accueillir les nouveaux membres.\n", None),
    # a list's date further down, without a mark: an event in a programme stays unread
    ("Programme\n\nLe festival revient cette année avec des concerts et des projections en plein "
     "air pour toute la famille, dans le parc municipal.\n\n- samedi 11 juin 2022 à 18h30 : "
     "concert\n", None),
])
def test_a_dateline_s_forms_round_10(text, published):
    from audit.pipeline import audit_document

    assert audit_document(text, "x.txt")["published"] == published


@pytest.mark.parametrize(("name", "published"), [
    # Round 11 of the blind test (2026-12-06), the repro files: the masthead's today beside
    # "Back issues" over a 2010 story (no date); a release wire's dateline with "juill."
    ("round11a/repro/r09_title_terms_banner_and_masthead_date.txt", None),
    ("round11b/repro/r14_dateline_not_published.txt", "2021-07-16"),
])
def test_a_pasted_page_s_date_round_11(name, published):
    from pathlib import Path

    from audit.pipeline import audit_document

    page = Path(__file__).parent / "data" / "blind_rounds" / name
    assert audit_document(page.read_bytes(), "x.txt")["published"] == published


_WIRE_LEDE = ("Acme Corp. today announced the opening of a new plant in Ohio, which will employ "
              "300 people by the end of the year.\n")


@pytest.mark.parametrize(("text", "published"), [
    # another masthead's furniture beside its day; a time beside it is the article's dateline
    ("Monday, March 4, 2024 | Today's Paper\n\nAcme opens a plant in Ohio\n\n" + _WIRE_LEDE, None),
    ("Acme opens a plant in Ohio\n\nMonday, March 4, 2024 | 7:30 PM\n\n" + _WIRE_LEDE, "2024-03-04"),
    # another release wire; an agency in brackets with a numeric date; an unknown credit
    ("NEW YORK, March 5, 2024 /PRNewswire/ - " + _WIRE_LEDE, "2024-03-05"),
    # a CNW release as lelezard.com reprints it (the pages store), a full month's name
    ("Une nouvelle procédure abusive de Bell\n\nMONTRÉAL, le 26 avril 2019 /CNW Telbec/ - "
     "Québecor déplore l'attitude de Bell Canada qui, au lieu de répondre aux invitations de "
     "négocier du CRTC et de Québecor, choisit de multiplier les manoeuvres dilatoires.\n",
     "2019-04-26"),
    ("PARIS, 16/07/2021 (AFP) - Le gouvernement a annoncé vendredi une aide de 300 millions "
     "d'euros aux entreprises touchées par les inondations.\n", "2021-07-16"),
    ("NEW YORK, March 5, 2024 /Acme Corp/ - " + _WIRE_LEDE, None),
])
def test_a_masthead_s_day_and_a_release_wire_s_dateline(text, published):
    from audit.pipeline import audit_document

    assert audit_document(text, "x.txt")["published"] == published


def test_an_abbreviated_july_is_a_month():
    # "16 juill. 2021" (La Presse canadienne's and CNW's abbreviation, round 11b)
    assert [m.date.month for m in find_dates("le 16 juill. 2021", "fr")] == [7]


def test_a_masthead_s_day_far_above_the_headline_is_read_after_its_dateline():
    # The site's today over a long menu (round 11a: a masthead's date is not the article's):
    # the dateline under the headline dates the article; alone, the masthead's is read last.
    from audit.pipeline import audit_document

    menu = "\n".join(["Home", "News", "Local", "Sports", "Business", "Opinion", "Obituaries",
                      "Weather", "Entertainment", "Lifestyle", "Classifieds", "Jobs", "Events"])
    lede = ("The city council on Monday approved a $2 million budget for the new library, which "
            "will open next spring, officials said.\n")
    head = f"Tuesday, April 23, 2024\n\n{menu}\n\nCity council approves new library budget\n\n"
    assert audit_document(head + "March 5, 2019\n\n" + lede, "x.txt")["published"] == "2019-03-05"
    assert audit_document(head + lede, "x.txt")["published"] == "2024-04-23"


@pytest.mark.parametrize("text, read", [
    # The Independent's archive, 1994: a currency name before the amount, as the sign
    ("The bid values the Independent's parent company, Newspaper Publishing, at pounds 73.65m "
     "and is pounds 1 a share higher", [("pounds 73.65m", 73.65e6, "GBP")]),
    ("raised their takeover offer to pounds 3.50p a share", [("pounds 3.50", 3.5, "GBP")]),
    # not a name before a bare small figure
    ("it spent millions of dollars 3 times", [("3", 3.0, None)]),
    # every scale word of qualifiers.yml after the name, not a list of its own (review 26)
    ("Gordon Brown's plan will cost the Treasury pounds 3 trillion over a decade",
     [("pounds 3 trillion", 3e12, "GBP")]),
    ("the group borrowed pounds 2 millions more", [("pounds 2 millions", 2e6, "GBP")]),
    # the Indian press: "Rs", lakh and crore, grouping by twos
    ("Hinduja Group flagship Ltd has acquired 15,796,406 shares of Rs 10 each for Rs 187.97 crore.",
     [("15,796,406", 15796406.0, None), ("Rs 10", 10.0, "INR"), ("Rs 187.97 crore", 1879.7e6, "INR")]),
    ("a cost of Rs 1,04,000 crore and ₹1.5 lakh crore", [("Rs 1,04,000 crore", 1.04e12, "INR"),
                                                        ("₹1.5 lakh crore", 1.5e12, "INR")]),
    ("The UK has 5 million US citizens and 25 lakh people", [("5 million", 5e6, None),
                                                            ("25 lakh", 2.5e6, None)]),
    # a name restating the amount's currency is part of it; not a currency of its own
    ("worth £598 million sterling (€832 million)", [("£598 million sterling", 598e6, "GBP"),
                                                     ("€832 million", 832e6, "EUR")]),
])
def test_currency_words_before_and_after_an_amount_round_13a(text, read):
    found = [(q.text, q.value, q.unit) for q in find_quantities(text, [(0, len(text))], "en")
             if q.kind in ("money", "count")]
    assert found == read


# "dollars" written out with nothing that says which dollar is read as the page's country's,
# as a bare "$" is (La Presse, 2025, "(Ottawa) … Un déficit frisant les 70 milliards de
# dollars"; L'actualité on the federal budget, "Le Québec aura droit à 923 millions de
# dollars"); "dollars américains" stays US, and so does "dollars" on a page from France.
_BUDGET = ("<p>Ce budget sera encore une fois rédigé à l'encre rouge. Un déficit frisant les 70 "
           "milliards de dollars est maintenant évoqué par certains économistes pour l'exercice "
           "financier en cours.</p><p>Le Québec aura droit à 923 millions de dollars, qui "
           "pourraient notamment servir au prolongement de la ligne bleue du métro de "
           "Montréal.</p><p>Le fonds recevra 5 millions de dollars américains.</p>")


def _money(page: str, note: str | None = None) -> list[tuple[str, str, str]]:
    from audit.pipeline import audit_document

    found = audit_document(page, "a.html", published="2025-07-08")
    assert any(n.startswith(note) for n in found["notes"]) if note else \
        not any("alone read as" in n for n in found["notes"])
    return [(q["text"], q["unit"], q["currency_from"]) for q in found["quantities"]
            if q["kind"] == "money"]


@pytest.mark.parametrize("lang, dateline", [
    ("fr-CA", ""),  # the page's country from its metadata
    (None, "<p>OTTAWA — Le ministre des Finances, François-Philippe Champagne, tient à imposer "
           "une nouvelle rigueur budgétaire à ses collègues du cabinet.</p>"),  # from its dateline
    (None, "<p>(Ottawa) Le ministre des Finances, François-Philippe Champagne, tient à imposer "
           "une nouvelle rigueur budgétaire à ses collègues du cabinet.</p>"),  # La Presse's form
])
def test_dollars_written_out_on_a_page_for_canada_are_canadian(lang, dateline):
    html_lang = f' lang="{lang}"' if lang else ""
    page = (f"<html{html_lang}><body><article><h1>Le ministre lance un examen des dépenses</h1>"
            f"{dateline}{_BUDGET}</article></body></html>")
    assert _money(page, "NUM001: 'dollars' alone read as CAD") == [
                            ("70 milliards de dollars", "CAD", "territory"),
                            ("923 millions de dollars", "CAD", "territory"),
                            ("5 millions de dollars américains", "USD", "written")]


@pytest.mark.parametrize("lang, lede", [
    ("fr-FR", ""),
    # no country in the metadata, and a city in brackets that opens no sentence: no dateline
    (None, "<p>(Ottawa) et Washington ont signé l'accord la semaine dernière.</p>"),
])
def test_dollars_written_out_on_a_page_from_france_stay_us_dollars(lang, lede):
    html_lang = f' lang="{lang}"' if lang else ""
    page = (f'<html{html_lang}><body><article><h1>Le ministre lance un examen des dépenses</h1>'
            f"{lede}{_BUDGET}</article></body></html>")
    assert _money(page) == [("70 milliards de dollars", "USD", "default"),
                            ("923 millions de dollars", "USD", "default"),
                            ("5 millions de dollars américains", "USD", "written")]


def test_a_quantity_says_whether_its_currency_is_written():
    # "dollars canadiens", "CA$", "USD" name the currency; "$" alone is the default dollar
    from audit.extract.quantities import find_quantities

    text = fold("Il a payé 12 millions de dollars canadiens, 3 millions CA$, USD 40 millions, "
                "7 millions $ et 9 millions d'euros.")
    got = [(q.unit, q.currency_from) for q in find_quantities(text, [(0, len(text))], "fr")
           if q.kind == "money"]
    assert got == [("CAD", "written"), ("CAD", "written"), ("USD", "written"),
                   ("USD", "default"), ("EUR", "written")]


# Round 33 (33a r11, 33b r13): X's noun between X and the bracket that restates it.
@pytest.mark.parametrize(("text", "language"), [
    ("She was released after posting a $1,000 bond (about €1,000).", "en"),
    ("The county paid a $3 million settlement (about 3.1 million euros) in a separate case.", "en"),
    ("Il a reçu 3 millions de dollars d'amende (2,5 millions d'euros).", "fr"),
    ("Une enveloppe de 50 millions de dollars supplémentaires (environ 46 millions d'euros).", "fr"),
    ("Sie zahlte 148 Millionen Dollar Strafe (126 Millionen Euro).", "de"),
    # round 35b m02: the time the words end on, a year or a date to it
    ("La commune a versé 107 000 € en 2019 (soit environ 145 000 dollars) aux clubs.", "fr"),
    ("Il a reçu 3 millions de dollars d'amende en 2019 (2,5 millions d'euros).", "fr"),
    ("La commune a versé 107 000 € le 3 mai 2019 (soit environ 120 000 dollars).", "fr"),
    ("The city paid $5 million in March 2019 (€4.5 million) to the clubs.", "en"),
    ("The city paid $5 million on March 3, 2019 (€4.5 million) to the clubs.", "en"),
    ("Die Stadt zahlte 5 Millionen Euro im Jahr 2019 (rund 5,6 Millionen Dollar).", "de"),
])
def test_a_noun_between_an_amount_and_its_bracket_keeps_the_conversion(text, language):
    folded = fold(text)
    (conversion,) = find_conversions(folded, _read(text, language), language)
    assert conversion.loose  # read only at a rate the pair has had (NUM001)


@pytest.mark.parametrize(("text", "language"), [
    # the bracket is no amount
    ("The county paid a $3 million settlement (the largest in the county's history).", "en"),
    # another price: the bracket goes on after Y
    ("They sold $5 tickets (€4 for students).", "en"),
    ("Un contrat de 50 millions de dollars sur cinq ans (46 millions d'euros la première année).", "fr"),
    # a joining word starts another item; four words are too far
    ("He paid $5 and a beer (€4).", "en"),
    ("A $3 million settlement with the county clerk (€2.5 million).", "en"),
    # measures: no rate range tells a restatement from another measure
    ("A 5 km run (3 miles).", "en"),
    ("A 5 km run in 2019 (3 miles).", "en"),
    # a figure that is no year, a year joined to another, a bracket going on after Y
    ("Elle a versé 107 000 € pour 2500 habitants (environ 120 000 dollars).", "fr"),
    ("Elle a versé 107 000 € en 2018 et 2019 (environ 120 000 dollars).", "fr"),
    ("Le club paie 12 000 dollars en 2019 (10 000 euros par mois).", "fr"),
])
def test_a_noun_before_a_bracket_stays_narrow(text, language):
    folded = fold(text)
    found = find_conversions(folded, _read(text, language), language)
    assert not [c for c in found if c.loose], found
