"""Round 45's titles: a blog platform's own message over a label's page (Blogger's "Showing
posts with label X. Show all posts", per language), a hashtag listing's heading («Dernières
actualités avec #X») and a plain-German service's label («Übersetzung in Einfache Sprache») are
furniture, not the headline; the other round-45 misses, each pinned as a strict xfail with why."""

from __future__ import annotations

import pytest

from tests.blind_reading import HEAD, LEDE, LEDE_FR, input_title, kind_at, read, title

# Blogger's message over a label's page, as each language's Blogger prints it (round 45b it06
# took the Italian one for the title; the English one seen in a blogspot page's script).
_LABEL_LINES = [
    "Showing posts with label Style. Show all posts",
    "Visualizzazione post con etichetta comune. Mostra tutti i post",
    "Affichage des articles dont le libellé est Politique. Afficher tous les articles",
    "Mostrando entradas con la etiqueta Noticias. Mostrar todas las entradas",
    "Posts mit dem Label Politik werden angezeigt. Alle Posts anzeigen",
    "Mostrando postagens com marcador Política. Mostrar todas as postagens",
]


@pytest.mark.parametrize("line", _LABEL_LINES)
def test_a_blogs_label_message_is_furniture_over_the_headline(line: str) -> None:
    # as Blogger prints it (it06): the message twice, then the post's date, then its title
    # (before title46 the it, es, de and pt messages were taken for the title; en and fr were not)
    text = f"{line}\n{line}\n\nFriday, March 12, 2021\n\n{HEAD}\n\n{LEDE}"
    result = read(text)
    assert kind_at(result, text, line) == "boilerplate"
    assert result["title"] == HEAD


@pytest.mark.parametrize("headline", [
    # a headline about such a page, not the page's own message, stays the headline
    "Blogger stops showing posts with label pages in Google search results",
    "Posts mit dem Label „Werbung“ werden angezeigt, sagt der Verbraucherschutz",
])
def test_a_headline_naming_a_label_page_stays_the_headline(headline: str) -> None:
    assert title(f"{headline}\n\n{LEDE}") == headline


def test_a_sentence_naming_the_message_stays_prose() -> None:
    text = (f"{HEAD}\n\n{LEDE}\nThe page said showing posts with label budget, then listed "
            "every post the library's blog had written about the vote since March.\n")
    result = read(text)
    assert result["title"] == HEAD
    assert kind_at(result, text, "The page said") == "body"


def test_round45b_it06_the_label_line_is_not_the_title() -> None:
    assert input_title("round45b/inputs/it06_iglicinidicetta.txt") != \
        "Visualizzazione post con etichetta comune. Mostra tutti i post"


@pytest.mark.xfail(strict=True, reason="the headline closes with a full stop («… del bilancio del "
                   "comune.») under Blogger's date header, so it reads as the lede's first sentence; "
                   "no title is given (was the label line)")
def test_round45b_it06_the_headline() -> None:
    assert input_title("round45b/inputs/it06_iglicinidicetta.txt") == (
        "Catania, l’ex sindaco Enzo Bianco e la giunta a processo per il buco nel bilancio del comune.")


_HEAD_FR = "« Je suis content de mon budget », dit le maire"


@pytest.mark.parametrize("heading", ["Dernières actualités avec #FrançoisLegault",
                                     "Les dernières nouvelles sur #Budget2026"])
def test_a_hashtag_listings_heading_is_furniture_over_the_headline(heading: str) -> None:
    # 45a fr13 (daily8): the listing's heading, then the story's headline printed twice, its
    # source (before title46 the second heading was taken for the title)
    text = f"{heading}\n\n{_HEAD_FR}\n{_HEAD_FR}\n\nLa Presse\n\n{LEDE_FR}"
    result = read(text)
    assert kind_at(result, text, heading) == "boilerplate"
    assert result["title"] == _HEAD_FR


def test_a_headline_naming_a_hashtag_stays_the_headline() -> None:
    headline = "Les dernières actualités avec #MeToo montrent un recul des plaintes"
    assert title(f"{headline}\n\n{LEDE_FR}") == headline


def test_round45a_fr13_the_headline_under_the_hashtag_listing() -> None:
    assert input_title("round45a/inputs/fr13_daily8.txt") == \
        "« Je suis content de mon legs jusqu'à présent », dit François Legault"


_HEAD_DE = "Feuerwehr löscht Brand in einer Scheune in Gießen"
# a story in plain German as such a service prints it: short sentences, a line each, a subheading
_LEDE_DE = ("Am Montagmorgen hat es in Gießen gebrannt.\nEine Scheune stand in Flammen.\n\n"
            "Nachbarn rufen die Feuerwehr\n\nGegen 6 Uhr sahen Nachbarn den Rauch.\n"
            "Sie riefen sofort die Feuerwehr.\nDie Feuerwehr kam mit vielen Autos.\n")


def test_a_plain_german_service_label_is_furniture_over_the_headline() -> None:
    # 45b de03 (mittelhessen): the label, a stray word of the page's markup, the headline (before
    # title46 the label was taken for the title)
    label = "Übersetzung in Einfache Sprache"
    text = f"{label}\n\nmarkdown\n\n{_HEAD_DE}\n\n{_LEDE_DE}"
    result = read(text)
    assert kind_at(result, text, label) == "boilerplate"
    assert result["title"] == _HEAD_DE


def test_a_headline_about_plain_german_stays_the_headline() -> None:
    headline = "Stadt bietet Übersetzung in Einfache Sprache für alle Bescheide an"
    assert title(f"{headline}\n\n{_LEDE_DE}") == headline


def test_round45b_de03_the_headline_under_the_service_label() -> None:
    assert input_title("round45b/inputs/de03_mittelhessen.txt") == \
        "Polizisten schießen bei Verfolgung in Köln-Holweide"


def test_round45a_fr02_a_place_line_after_the_stores_month_is_no_headline() -> None:
    # «date 2018-06 Dijon, France»: the place tag (city, country) behind the page store's month
    # was read whole, so the tag's shape was missed and the line taken for the title; the page
    # has no headline
    assert input_title("round45a/inputs/fr02_francebleu.txt") is None


@pytest.mark.parametrize("line", ["Dijon, France", "date 2018-06 Dijon, France", "Nairobi, Kenya"])
def test_a_place_and_its_country_alone_is_a_place_tag(line: str) -> None:
    text = f"{line}\n\n{LEDE_FR}"
    result = read(text)
    assert result["title"] is None
    assert kind_at(result, text, line) == "boilerplate"


@pytest.mark.xfail(strict=True, reason=(
    "the country in brackets is not read as a place tag: «Chefchaouen (Maroc)», «Nemo (Suisse)», "
    "«TotalEnergies (France)» title a travel post or a profile page as often as a bracketed place "
    "tags one, and alone on top of the page nothing tells them apart (review of title47)"))
def test_a_place_and_its_country_in_brackets_alone_is_a_place_tag() -> None:
    assert title(f"Abidjan (Côte d’Ivoire)\n\n{LEDE_FR}") is None


# The review of title47's probes: a name and its country in brackets heads a travel post or a
# profile page, with a label, a byline or nothing between it and the text.
_BRACKET_TITLES = [
    ("Chefchaouen (Maroc)", "Publié le 12 mars 2024 par Claire",
     "Après trois jours à Fès, nous avons pris le bus pour Chefchaouen, la célèbre ville bleue du "
     "nord du Maroc. Le trajet dure environ quatre heures à travers les montagnes du Rif.\n\n"
     "Nous avons logé dans un petit riad de la médina, tenu par une famille adorable."),
    ("Mondo Duplantis (Sweden)", "Athlete profile",
     "Armand Duplantis broke the pole vault world record for the tenth time on Sunday, clearing "
     "6.26 metres at the Diamond League meeting in Silesia. Duplantis, who competes for Sweden, "
     "has dominated the event since 2020.\n\nHe was born in Louisiana to an American father and "
     "a Swedish mother."),
    ("Nemo (Suisse)", None,
     "Nemo a remporté l'Eurovision 2024 avec la chanson The Code. Nemo est le premier artiste non "
     "binaire à gagner le concours pour la Suisse.\n\nNé à Bienne, Nemo chante en allemand et en "
     "anglais."),
    ("Tadej Pogačar (Slovénie)", "Fiche coureur",
     "Tadej Pogačar a remporté son quatrième Tour de France dimanche à Paris. Pogačar, 26 ans, court "
     "pour l'équipe UAE Emirates depuis 2019.\n\nIl a également gagné le Giro et les championnats "
     "du monde."),
    ("TotalEnergies (France)", "Company profile",
     "TotalEnergies is a French multinational energy company headquartered in Courbevoie. "
     "TotalEnergies operates in more than 130 countries.\n\nIts chief executive is Patrick Pouyanné."),
    ("Venezuela (Estados Unidos)", None,
     "La tensión entre Caracas y Washington volvió a escalar este martes. Venezuela acusó a Estados "
     "Unidos de preparar una intervención.\n\nEstados Unidos niega cualquier plan militar."),
]


@pytest.mark.parametrize(("head", "label", "body"), _BRACKET_TITLES)
def test_a_name_and_its_country_in_brackets_is_a_pages_title(head: str, label: str | None,
                                                             body: str) -> None:
    # title47 read each as a place tag: no title, or the label under it («Athlete profile»)
    between = f"{label}\n\n" if label else ""
    assert title(f"{head}\n\n{between}{body}\n") == head


_KYOTO = ("Nous sommes arrivés à Kyoto en shinkansen depuis Tokyo. Kyoto au printemps est bondée, "
          "mais les cerisiers en fleurs valent le détour.\n\nPremière étape : Fushimi Inari, tôt le "
          "matin.\n")


def test_a_place_after_the_stores_month_over_a_byline_is_the_headline() -> None:
    # a travel post's title behind the store's month, its byline under it: title47 cut the month
    # off, read the place tag and took the byline for the title
    assert title(f" date 2019-05 Kyoto, Japon\n\nPublié par Claire\n\n{_KYOTO}") == "Kyoto, Japon"


def test_a_place_after_the_stores_month_over_the_text_is_a_tag() -> None:
    # the negative: no byline under it (fr02's shape), the tag is furniture
    assert title(f" date 2019-05 Kyoto, Japon\n\n{_KYOTO}") is None


@pytest.mark.parametrize(("headline", "lede"), [
    # a headline naming a country with more words, a place with a phrase, two names whose last
    # is a region, not a country (CLDR's territories hold no Texas or Lazio), a sport's word in
    # brackets
    ("France, Allemagne : le match de la peur", LEDE_FR),
    ("Paris, je t'aime", LEDE_FR),
    ("Besançon (France) accueille le Tour en 2026", LEDE_FR),
    ("Paris, Texas", LEDE),
    ("Roma, Lazio", LEDE),
    ("Rugby (Angleterre)", LEDE_FR),
])
def test_a_headline_naming_a_country_stays_the_headline(headline: str, lede: str) -> None:
    assert title(f"{headline}\n\n{lede}") == headline


def test_a_place_written_in_lower_case_on_the_page_is_not_a_tag() -> None:
    # the story writes one of the pair's words in lower case: a Title Case headline's words
    head = "Chad, Kenya"
    lede = ("A chad of paper jammed the counting machine in the county office on Tuesday, the clerk "
            "said.\n\nThe recount will start again on Thursday morning.\n")
    assert title(f"{head}\n\n{lede}") == head


_HEAD_PT = "Governo federal libera mais R$ 1,788 milhão para Petrópolis"
_LEDE_PT = ("O governo federal autorizou o repasse de mais R$ 1,788 milhão a Petrópolis (RJ) para a "
            "execução de ações de defesa civil, depois que o município foi atingido por fortes chuvas "
            "em fevereiro.\n\nO aval consta de portaria publicada no Diário Oficial da União.\n")


def test_round45b_pt01_a_bulleted_headline_over_its_meta_bar() -> None:
    # the headline in a bullet, then the page's meta bar in bullets: an ad slot's label twice
    # and the time; the bar's bullets are no items of a list with the headline (it was read as
    # one, and the page had no title)
    assert input_title("round45b/inputs/pt01_tribunadepetropolis.txt") == _HEAD_PT


@pytest.mark.parametrize("bar", ["  • Continua após o anúncio\n  • 03/03/2022 09:04",
                                 "• 03/03/2022 09:04", "• Continua após o anúncio"])
def test_one_bulleted_line_over_bulleted_furniture_is_the_headline(bar: str) -> None:
    assert title(f"• {_HEAD_PT}\n\n{bar}\nPor Luci Ribeiro / Estadão\n\n{_LEDE_PT}") == _HEAD_PT


_FARMS = ("According to ministry figures, nearly 40,000 farms could benefit from the aid by the end "
          "of the year. Farm unions welcomed what they called a first step but demanded longer-term "
          "measures.\n\n\"We cannot wait for the next season to act,\" said the head of the regional "
          "farm bureau, who called for simpler paperwork.\n")
_FARMS_FR = ("Selon les chiffres du ministère, près de 40 000 exploitations pourraient bénéficier de ces "
             "aides d'ici la fin de l'année. Les syndicats agricoles ont salué un « premier pas » mais "
             "réclament des mesures plus durables.\n")
_FARMS_IT = ("Secondo i dati del ministero, circa 40mila aziende potrebbero beneficiare degli aiuti entro "
             "la fine dell'anno. Le associazioni di categoria hanno parlato di un primo passo, ma "
             "chiedono misure più durature.\n")


@pytest.mark.parametrize(("date", "point", "body"), [
    ("• December 8, 2026", "• Up to 40,000 farms could get aid by year end", _FARMS),
    ("• 8 décembre 2026", "• Jusqu'à 40 000 exploitations concernées d'ici la fin de l'année", _FARMS_FR),
    ("• 08/12/2026", "• Fino a 40mila aziende potranno ricevere gli aiuti", _FARMS_IT),
])
def test_a_bulleted_line_under_a_bulleted_date_is_a_key_point(date: str, point: str, body: str) -> None:
    # a bulleted date ABOVE one bulleted line: the body's first key point, no headline (title47
    # stepped over the date both ways and took the key point for the title)
    assert title(f"{date}\n{point}\n\n{body}") is None


def test_a_key_point_under_a_bulleted_date_does_not_take_the_headlines_place() -> None:
    head = "Drought: government unveils $2 billion package for farmers"
    lede = ("The government on Tuesday unveiled a $2 billion relief package for farmers hit by the "
            "drought, the agriculture minister said in a statement released late in the morning.\n\n")
    text = f"• December 8, 2026\n• Farm unions welcomed the package\n\n{head}\n\n{lede}{_FARMS}"
    assert title(text) == head


@pytest.mark.parametrize("between", ["", "• 03/03/2022 09:04\n", "• Continua após o anúncio\n"])
def test_bulleted_headlines_over_the_story_stay_a_list(between: str) -> None:
    # a ticker of other stories in bullets over the headline: still a list past a bulleted date
    # or ad label between two of its items
    ticker = ("• Prefeitura anuncia obras de contenção de encostas no Quitandinha\n"
              f"{between}• Chuvas deixam 30 famílias desalojadas no Alto da Serra\n")
    text = f"{ticker}\n{_HEAD_PT}\n\n{_LEDE_PT}"
    result = read(text)
    assert result["title"] == _HEAD_PT
    assert kind_at(result, text, "• Prefeitura") == "boilerplate"


# The others of round 45, not fixed in title46: each the page as stored, and why.
_OPEN = [
    ("round45b/inputs/de07_mittelhessen.txt", None,
     "under the service label (boilerplate since title46) the plain-German text's first "
     "subheading «Was macht die Polizei?» is taken; the page has no headline line, and a question "
     "heading over short sentences reads as a headline"),
    ("round45b/inputs/it02_lasicilia.txt", None,
     "a section label («Video dalla rete») is taken; the text carries no headline. A media "
     "word and a qualifier with no verb is an Italian headline's shape too («Video choc dalla "
     "rete»): only the section's address tells it (title47)"),
    ("round45b/inputs/en05_cbs42.txt", None,
     "a related video's caption is taken for the title (the story is a Jefferson County crash). "
     "The stored text keeps no media label, no duration and no \"Video\" around it, and it shares "
     "a word with the story («traffic»); 32 of 1,602 right blind-round titles share none (title47)"),
]


@pytest.mark.parametrize(("name", "expected", "why"), [
    pytest.param(n, e, w, marks=pytest.mark.xfail(strict=True, reason=w), id=n.rsplit("/", 1)[1])
    for n, e, w in _OPEN])
def test_round45_open_titles(name: str, expected: str | None, why: str) -> None:
    assert input_title(name) == expected
