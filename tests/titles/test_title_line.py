"""The title line itself: a site's name after a dash or bar cut off (has_site_name,
without_site_name) and a series part, a month, a place or a round kept; HTML <title>s, Markdown
headings, permalink marks, code fences."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_document
from audit.titles import has_site_name, without_site_name
from tests.blind_reading import DATA, HEAD, LEDE, LEDE_FR, headline_test, repro, title
from tests.titles.texts import _REPRO_A, _LEDE_tr33, _repro


# 34b r7: the <title> is only the site's name, which the footer opens with; no <h1>
_HTML = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{title}</title>'
         '<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> '
         '<a href="/cronaca/">Cronaca</a></nav><article><p>Nella serata di giovedì 11 settembre '
         '2025 i carabinieri hanno arrestato un giovane di 19 anni, accusato di tentato furto in '
         'abitazione.</p><p>La proprietaria ha sporto querela.</p></article><footer><p>{footer}'
         '</p></footer></body></html>')


def _page(title: str, canonical: str, body: str = LEDE_FR) -> str:
    return (f'<html><head><title>{title}</title><link rel="canonical" href="{canonical}"></head>'
            f"<body><article><p>{body.split(chr(10))[0]}</p></article></body></html>")


_MENU = "Newsletter\nDécryptages\nPépites\nDossiers\n"

_DATA = DATA / "titles_mendB"

_HEADLINES = {
    "title_en_breaking_bad.txt": "Breaking Bad Returns",
    "title_en_sport.txt": "Super Bowl Preview",
    "title_en_fed.txt": "Fed Holds Steady",
    "title_en_obit.txt": "Remembering Dolores Huerta",
    "title_en_oppen.txt": "Christopher Nolan Interview",
    "num3_born_place_en.txt": "Local Veteran Celebrates Milestone Birthday",
    "title_fr_grand_debat.txt": "Le Grand Débat National",
    "title_fr_notre_dame.txt": "Notre-Dame de Paris",
    "title_fr_pas_echo.txt": "Les Bleus Éliminés",
    "title_es_name.txt": "El Ayuntamiento Aprueba Presupuestos",
    "title_it_caps_nodella2.txt": "Festa Della Repubblica",
    "title_en_alt.txt": "Image Of The Year: A Firefighter In The Smoke",
    "title_fr_logo.txt": "Logo de la ville : la polémique enfle",
}

# the headline each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
HEADLINES = [
    # atlantico.fr (round 6): the <title> line keeps the empty comment a script's rendering
    # leaves between its text nodes; the headline below is the same without it
    pytest.param('François Fillon : "La victoire me revient, une victoire de fond bâtie sur des convictions"'
                 "<!-- --> | Atlantico.fr\n" + _MENU + "Politique\nFrançois Fillon : \"La victoire me revient, "
                 "une victoire de fond bâtie sur des convictions\"\n\nFrançois Fillon a récolté les deux tiers "
                 "des suffrages lors du second tour de la primaire, ce dimanche.\n",
                 'François Fillon : "La victoire me revient, une victoire de fond bâtie sur des convictions"',
                 id="titles_leftovers-an_empty_comment_in_the_title_line_is_markup-0-round6"),
    # another atlantico.fr page in the pages store
    pytest.param('"Closergate", dernières révélations : le président a-t-il volontairement laissé exploser '
                 "l'affaire ?<!-- --> | Atlantico.fr\n" + _MENU + "\"Closergate\", dernières révélations : le "
                 "président a-t-il volontairement laissé exploser l'affaire ?\n\nRevue de presse des hebdos\n\n"
                 "Affaire Closer oblige, on ne sait plus trop ce jeudi comment fixer la zone de partage entre "
                 "les hebdos dits sérieux et les people.\n",
                 '"Closergate", dernières révélations : le président a-t-il volontairement laissé exploser '
                 "l'affaire ?",
                 id="titles_leftovers-an_empty_comment_in_the_title_line_is_markup-1"),
    # negative: a <title> line with no comment, its headline shown below
    pytest.param("Budget 2026 - Le gouvernement revoit sa copie | Le Quotidien\n" + _MENU + "Budget 2026 - Le "
                 "gouvernement revoit sa copie\n\nLe gouvernement a présenté mardi une nouvelle version de son "
                 "budget, revue après les critiques des députés.\n",
                 "Budget 2026 - Le gouvernement revoit sa copie",
                 id="titles_leftovers-an_empty_comment_in_the_title_line_is_markup-2"),
    # brookdigital (round 10a): a documentation theme's permalink mark after each heading
    pytest.param("Communiqué de Presse Exemple : Guide Pratique pour Rédiger un Communiqué Efficace #\n"
                 "Qu’est-ce qu’un Communiqué de Presse ? #\nNous définissons le communiqué de presse comme un "
                 "document officiel utilisé par une entreprise, une organisation non gouvernementale ou une "
                 "institution publique, dans le but d’informer les médias.\n",
                 "Communiqué de Presse Exemple : Guide Pratique pour Rédiger un Communiqué Efficace",
                 id="titles_leftovers-a_heading_s_permalink_mark_is_not_the_title_s-0-round10a"),
    # negative: a headline with a hashtag of its own
    pytest.param("Le langage C# gagne du terrain en 2024\n\nSelon l’enquête annuelle de Stack Overflow, le "
                 "langage de Microsoft progresse chez les développeurs, qui le citent plus souvent.\n",
                 "Le langage C# gagne du terrain en 2024",
                 id="titles_leftovers-a_heading_s_permalink_mark_is_not_the_title_s-1"),
    # geigeravocat (round 12a): the series' part after the dash is the headline's own
    pytest.param("Carnet d'assises - Jour 9\n\n\nJ'ai plaidé ce matin. J'ai eu le triste privilège de "
                 "replonger ces gens dans le sordide et la douleur.\n",
                 "Carnet d'assises - Jour 9",
                 id="titles_leftovers-a_series_part_after_the_dash_is_no_site_name-0-round12a"),
    pytest.param("Brexit negotiations - Part II\n\nThe talks resumed in Brussels on Monday, with both sides "
                 "saying they hoped to close the gap on fishing rights.\n",
                 "Brexit negotiations - Part II",
                 id="titles_leftovers-a_series_part_after_the_dash_is_no_site_name-1"),
    # negative: a site's name with a number after the dash
    pytest.param("Les marchés reculent en fin de séance - France 24\n\nLes bourses européennes ont fini en "
                 "baisse mardi, après la publication de chiffres décevants.\n",
                 "Les marchés reculent en fin de séance",
                 id="titles_leftovers-a_series_part_after_the_dash_is_no_site_name-2"),
    pytest.param("Le conseil municipal adopte le budget 2024 – Ouest-France\n\nLe conseil municipal a "
                 "adopté jeudi soir le budget primitif de la commune, qui prévoit 3 millions d'euros "
                 "d'investissements.\n",
                 "Le conseil municipal adopte le budget 2024",
                 id="titles_round29-a_title_line_with_its_site_s_name_stays"),
    pytest.param("Channel 4 News: the broadcaster cuts 200 jobs – The Guardian\n\nChannel 4 said on Monday "
                 "it would cut 200 jobs as advertising revenue fell for the third year running.\n",
                 "Channel 4 News: the broadcaster cuts 200 jobs",
                 id="titles_round29-a_headline_naming_a_tv_channel_stays"),
    pytest.param("Le budget voté sans surprise | Le Journal du Val\n" + _LEDE_tr33,
                 "Le budget voté sans surprise",
                 id="titles_round33-a_headline_and_its_site_name_is_still_the_title"),
    # from tests/test_round20_seg.py::test_a_slash_title_is_the_page_s_title
    pytest.param("100th Anniversary of a Town / City\n\nEvery year there are countless "
                 "celebrations and anniversaries of towns, cities, counties, and historical "
                 "events across America.\n",
                 "100th Anniversary of a Town / City",
                 id="round20_seg-a_slash_title_is_the_page_s_title"),
    # from tests/test_round21_seg.py::test_a_paired_heading_is_whole
    # 21b fr17: one heading of two paired words a dash joins, not a title and its site's name
    pytest.param("Questions - Réponses\n\nLes élu-e-s répondent à vos questions\n\nAu début de "
                 "chaque conseil municipal, un quart d’heure est dédié à l’expression des "
                 "citoyens. Les réponses apportées sont publiées sur cette page.\n",
                 "Questions - Réponses",
                 id="round21_seg-a_paired_heading_is_whole-0"),
    pytest.param("Questions – Answers\n\nLes élu-e-s répondent à vos questions\n\nAu début de "
                 "chaque conseil municipal, un quart d’heure est dédié à l’expression des "
                 "citoyens. Les réponses apportées sont publiées sur cette page.\n",
                 "Questions – Answers",
                 id="round21_seg-a_paired_heading_is_whole-1"),
    pytest.param("Avant - Après\n\nLes élu-e-s répondent à vos questions\n\nAu début de chaque "
                 "conseil municipal, un quart d’heure est dédié à l’expression des citoyens. Les "
                 "réponses apportées sont publiées sur cette page.\n",
                 "Avant - Après",
                 id="round21_seg-a_paired_heading_is_whole-2"),
    # from tests/test_review28b_seg.py::test_a_headline_over_its_site_after_a_slash_is_the_title
    pytest.param("Senate passes stopgap bill backed by Trump / Politico\nThe Senate on Friday "
                 "passed a stopgap spending bill to keep the government open through March, "
                 "sending the measure to the president's desk hours before a shutdown deadline.\n"
                 "The vote was 60-38, with a dozen Democrats joining Republicans in support of "
                 "the bill.\n",
                 "Senate passes stopgap bill backed by Trump",
                 id="review28b_seg-a_headline_over_its_site_after_a_slash_is_the_title"),
]


test_the_headline_picked = headline_test(HEADLINES)


# from tests/test_round25_titles.py
def test_a_rubric_before_a_pipe_keeps_the_headline_round_25():
    # 25b fr01 (sportculturenews): "Amical | …" was cut to "Amical"
    line = "Amical | un exploit de l’équipe de Victoire FM FC face aux Amis de la Joie"
    assert not has_site_name(line)
    assert without_site_name(line) == line
    # negatives: a site's name after the pipe is still cut, a domain too
    assert without_site_name("Budget 2026 : le gouvernement revoit sa copie | Le Quotidien") == \
        "Budget 2026 : le gouvernement revoit sa copie"
    assert without_site_name("Hervé d’Anvers à Abidjan | connectionivoirienne.net") == "Hervé d’Anvers à Abidjan"


# from tests/test_round38_titles.py
def test_a_markdown_setext_heading_is_read():
    assert title(repro("round38b/r4"), "x.md") == "Charlie Duke 50 anni fa"
    text = ("Il bilancio della biblioteca approvato\n======================================\n\n"
            "Il consiglio comunale ha approvato martedì il bilancio della biblioteca dopo un "
            "lungo dibattito sugli orari.\n")
    assert title(text, "x.md") == "Il bilancio della biblioteca approvato"
    # a rule after a blank line is a thematic break: the paragraph over it stays prose
    text = ("Il consiglio comunale ha approvato martedì il bilancio della biblioteca dopo un "
            "lungo dibattito sugli orari.\n\n---\n\nIl sindaco ha detto che i lavori "
            "inizieranno in primavera.\n")
    assert title(text, "x.md") is None


def test_a_cms_label_before_the_site_name_is_no_headline():
    assert title(repro("round38a/r5")) is None
    assert title("Contenu - La Dépêche\n" + LEDE_FR) is None
    # a one-word title before the site's name stays; so does a post's title of menu words
    assert title("Oppenheimer - Wikipedia\n" + LEDE) == "Oppenheimer"
    assert title("Gefällt mir – jovelblog\nDer Gemeinderat hat am Dienstag den Haushalt für die "
                 "Bibliothek beschlossen, nach langer Debatte über die Öffnungszeiten.\n") == \
        "Gefällt mir"


# from tests/test_titles33.py
# 19b: "Gemeinderatsitzung – März 2021" was cut at its dash
@pytest.mark.parametrize("line", ["Sitzung des Gemeinderats – Juni 2022", "Conseil municipal – 12 mars 2024",
                                  "Bilan - Septembre 2020"])
def test_a_month_after_a_dash_is_the_headlines(line):
    assert without_site_name(line) == line


@pytest.mark.parametrize("line, title", [("Conseil municipal – Le Progrès", "Conseil municipal"),
                                         ("News | May 2021 | Site", "News"),
                                         ("Maybe - Mayor Smith", "Maybe")])
def test_a_site_name_after_a_dash_is_still_cut(line, title):
    assert without_site_name(line) == title


# from tests/test_titles34.py
def test_a_title_that_is_the_sites_name_in_its_footer_is_no_title():
    page = _HTML.format(title="Quotidiano Piacenza", footer="Quotidiano Piacenza — testata online.")
    assert title(page, "x.html") is None


def test_a_title_the_footer_does_not_open_with_stays_the_title():
    expected = "Tentato furto, arrestato un giovane"
    page = _HTML.format(title=expected, footer="Quotidiano Piacenza — testata online.")
    assert title(page, "x.html") == expected


# from tests/test_titles36.py
def test_a_code_fence_is_never_a_title():
    assert title(f"```markdown\n{HEAD}\n\n{LEDE}") == HEAD
    assert title(f"”`json\n{LEDE}") is None
    # backticks inside a headline's words leave it a headline
    head = "Three backticks and the story of Markdown fences"
    assert title(f"{head}\n\nMarkdown fences code between three backticks, a convention "
                 "born on forums long before the library approved it.\n") == head


def test_the_word_after_a_dash_the_lede_takes_up_is_the_headlines():
    head = "Der Bauboom - Mietpreise"
    page = (f"{head}\nIn Berlin steigen die Mietpreise seit Jahren schneller als die Löhne, sagen die "
            "Verbände der Mieter und der Gewerkschaften.\n")
    assert title(page) == head
    # a site's name after the dash, which the lede does not say, is cut
    assert title(f"{HEAD} - Gazette\n\n{LEDE}") == HEAD


# from tests/test_titles37.py
def test_a_titles_site_part_cut_when_it_is_the_sites():
    assert _repro(_REPRO_A, "r13_title_suffix.html") == "Googlezon : scénario ?"
    body = "<article><p>" + LEDE_FR.split("\n")[0] + "</p></article>"
    # the host of the canonical address
    page = ('<html><head><title>Le budget voté | Gazette Locale</title>'
            '<link rel="canonical" href="https://www.gazettelocale.fr/budget"></head>'
            f"<body>{body}</body></html>")
    assert title(page, "x.html") == "Le budget voté"
    # a menu's item alone is a section's or the page's name: the site's name before it stays
    page = ('<html><head><title>Feuerwehr Oldenburg - Ausbildung</title></head><body><nav><a>Start</a>'
            f"<a>Ausbildung</a><a>Kontakt</a></nav>{body}</body></html>")
    assert title(page, "x.html") == "Feuerwehr Oldenburg - Ausbildung"


def test_an_ordinal_round_after_a_bar_is_the_headings():
    assert _repro(_REPRO_A, "r15_title_section_fragment.txt") == "National 3 | 11e journée"
    assert not has_site_name("Coupe Gambardella | 1er tour fédéral")
    assert without_site_name("Les résultats du scrutin | 20 Minutes") == "Les résultats du scrutin"


def test_a_titles_place_is_not_cut_for_being_in_the_host():
    # review 2, the <title>'s site part: a place inside the host's name is the headline's
    for expected, url in (("Incendie dans un immeuble du 18e arrondissement - Paris", "https://www.leparisien.fr/paris-75/x.php"),
                       ("Accident mortel sur l'A7 - Lyon", "https://www.lyonmag.com/article/12345"),
                       ("Inondations dans l'arrière-pays - Nice", "https://www.nicematin.com/faits-divers/x"),
                       ("Budget vote delayed - Art", "https://www.artnews.com/x"),
                       ("Climate summit opens - Part 2", "https://www.part2pictures.com/x")):
        assert title(_page(expected, url), "x.html") == expected
    # the host's own name, its case, spaces and accents aside, is the site's
    assert title(_page("Élections municipales - Le Parisien", "https://www.leparisien.fr/politique/"),
                 "x.html") == "Élections municipales"
    assert title(_page("Le budget voté | Ouest-France", "https://www.ouest-france.fr/x"),
                 "x.html") == "Le budget voté"


# from tests/test_titles_mendB.py
@pytest.mark.parametrize("name", sorted(_HEADLINES))
def test_a_review_probes_headline_is_the_title(name):
    text = (_DATA / name).read_text(encoding="utf-8")
    assert audit_document(text, name)["title"] == _HEADLINES[name]


# from tests/test_round20_seg.py

# 20a r10: a slash between two alternatives closing the headline is no site's separator
@pytest.mark.parametrize("line, title", [
    ("100th Anniversary of a Town / City", "100th Anniversary of a Town / City"),
    ("Best Practices for the Home / Office", "Best Practices for the Home / Office"),
    ("Macron veut taxer les riches / Libération", "Macron veut taxer les riches"),
    ("Hausse des prix / Le Monde", "Hausse des prix"),
])
def test_a_slash_between_alternatives(line, title):
    assert without_site_name(line) == title


# from tests/test_round21_seg.py

@pytest.mark.parametrize("line, title", [("Questions - Réponses - Plouguerneau", "Questions - Réponses"),
                                         ("Questions – Le Monde", "Questions"),
                                         ("Contact - Plouguerneau", "Contact")])
def test_a_site_name_after_a_dash_is_still_cut_r21(line, title):
    assert without_site_name(line) == title


# from tests/test_review28b_seg.py

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
