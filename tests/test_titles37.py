"""Titles, blind round 37: a strip of site links glued into words, an accessibility toolbar
and a correspondent's dateline are furniture; a two-sentence headline alone on the first line;
a list's lead-in is no headline; a teaser cut by "[…]" over the headline; a <title>'s site
part cut when it is the site's address, host or footer name; an ordinal's round after a bar is
the heading's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.titles import has_site_name, without_site_name
from tests.blind_reading import LEDE as _LEDE, LEDE_FR as _LEDE_FR, title as _title

_REPRO_A = Path(__file__).parent / "data" / "blind_rounds" / "round37a" / "repro"
_REPRO_B = Path(__file__).parent / "data" / "blind_rounds" / "round37b" / "repro"


def _repro(folder: Path, name: str) -> str | None:
    return _title((folder / name).read_text(encoding="utf-8"), name)


def test_a_strip_of_glued_links_is_no_headline():
    assert _repro(_REPRO_B, "r2_title_navstrip_en.txt") == \
        "Daimler to invest 500 mln euros in new engine plant in Poland"
    head = "Library budget approved after long debate"
    assert _title(f"HomeNewsSportsWeatherObituaries Opinion\n{head}\n\n{_LEDE}") == head
    # brands' inner capitals, three of them, leave a headline
    head = "ChatGPT arrives in PowerPoint and WordPress this spring"
    assert _title(f"{head}\n\n{_LEDE}") == head


def test_an_accessibility_toolbar_is_no_headline():
    assert _repro(_REPRO_B, "r4_title_accessbar_pt.txt") == \
        "PREFEITO REALIZA REUNIÃO PARA TRATAR SOBRE SEGURANÇA PÚBLICA"
    head = "Library budget approved after long debate"
    assert _title(f"Skip to content A+ A A- High contrast\n{head}\n\n{_LEDE}") == head
    # a rating's range has words between its grades
    head = "Fitch cuts the county from A+ to A- after the library debate"
    assert _title(f"{head}\n\n{_LEDE}") == head


def test_a_two_sentence_headline_alone_on_the_first_line():
    assert _repro(_REPRO_B, "r3_title_none_it.txt") == (
        "Napoli, impone l’alt a un centauro ma viene investito: carabiniere è grave. "
        "Condizioni critiche per il 18enne alla guida")
    # a lede's sentences close with their stop; a quotation closes its own
    assert _title("Le conseil municipal a voté mardi soir le budget de la médiathèque du centre. "
                  f"Les travaux commenceront au printemps prochain.\n\n\n{_LEDE_FR}") is None
    assert _title("« L’entame a été catastrophique, mais je suis resté calme. Je savais qu’on "
                  f"allait finir par s’imposer. »\n\n\n{_LEDE_FR}") is None


def test_a_correspondents_dateline_is_no_headline():
    assert _repro(_REPRO_A, "r10_title_dateline.txt") is None
    head = "La médiathèque rouvrira au printemps"
    assert _title(f"Le Caire, correspondance\n{head}\n\n{_LEDE_FR}") == head
    assert _title(f"De notre correspondant à Bruxelles\n{head}\n\n{_LEDE_FR}") == head
    head = "La correspondance de Flaubert enfin publiée"
    assert _title(f"{head}\n\n{_LEDE_FR}") == head


@pytest.mark.xfail(strict=True, reason="a lead-in that ends on a complete verb (\"la gendarmerie … est "
                   "intervenue\" / \"- 401 fois …;\") reads as a headline: telling it from one needs the "
                   "verb's valency; the item's case and stop alone took headlines over French lists "
                   "(review 2 of round 37, R1), so the lead-in rule was reverted")
def test_a_lists_lead_in_is_no_headline():
    assert _repro(_REPRO_A, "r11_title_first_sentence.txt") is None


def test_a_headline_over_its_list_stays():
    # a headline over its list names it; the items do not go on its sentence
    head = "Ce qu'il faut retenir du budget"
    assert _title(f"{head}\n- 401 places de plus\n- 40 postes créés\n\n{_LEDE_FR}") == head


def test_the_headline_under_a_teaser_cut_short():
    assert _repro(_REPRO_A, "r12_title_after_teaser.txt") == "Les électeurs et électrices font leur marché"
    # a cut teaser with no headline-shaped line under it gives none
    assert _title("Le conseil a voté le budget de la médiathèque après un long débat sur les "
                  "horaires d'ouverture, le personnel et les travaux que la ville engagera au "
                  "printemps si la subvention […]\n" + _LEDE_FR) is None


def test_a_titles_site_part_cut_when_it_is_the_sites():
    assert _repro(_REPRO_A, "r13_title_suffix.html") == "Googlezon : scénario ?"
    body = "<article><p>" + _LEDE_FR.split("\n")[0] + "</p></article>"
    # the host of the canonical address
    page = ('<html><head><title>Le budget voté | Gazette Locale</title>'
            '<link rel="canonical" href="https://www.gazettelocale.fr/budget"></head>'
            f"<body>{body}</body></html>")
    assert _title(page, "x.html") == "Le budget voté"
    # a menu's item alone is a section's or the page's name: the site's name before it stays
    page = ('<html><head><title>Feuerwehr Oldenburg - Ausbildung</title></head><body><nav><a>Start</a>'
            f"<a>Ausbildung</a><a>Kontakt</a></nav>{body}</body></html>")
    assert _title(page, "x.html") == "Feuerwehr Oldenburg - Ausbildung"


def test_an_ordinal_round_after_a_bar_is_the_headings():
    assert _repro(_REPRO_A, "r15_title_section_fragment.txt") == "National 3 | 11e journée"
    assert not has_site_name("Coupe Gambardella | 1er tour fédéral")
    assert without_site_name("Les résultats du scrutin | 20 Minutes") == "Les résultats du scrutin"


# Review 2 of round 37's titles: its probes (each a regression of the first rules) ------------

def test_a_headline_over_a_list_of_lower_case_items_stays():
    # review 2 R1: a list's items in lower case closed by ";" or "," (the French typographic
    # style) go on no headline's sentence; only a lead-in that runs on does
    for head, items in (("Ce qu'il faut retenir du budget", ["la hausse des impôts ;", "la baisse des dotations ;"]),
                        ("Budget 2025 : les principales mesures", ["401 places de plus en crèche ;", "40 postes créés,"]),
                        ("Les chiffres clés", ["12 % de hausse ;", "3 millions d'euros,"]),
                        ("Les mesures annoncées par le gouvernement", ["baisse de la TVA ;", "gel des loyers."])):
        lines = "\n".join(f"- {item}" for item in items)
        assert _title(f"{head}\n{lines}\n\n{_LEDE_FR}") == head
    head = "Budget : ce qui change au 1er janvier"
    assert _title(f"{head}\n* 3 % de hausse du Smic,\n* 1,5 % pour les retraites,\n\n{_LEDE_FR}") == head
    head = "Five things to know about the new budget"
    assert _title(f"{head}\n- more money for schools;\n- a tax cut for small firms,\n\n{_LEDE}") == head
    # a lead-in that ends on its colon is no headline (the older rules)
    assert _title(f"Le conseil a retenu les mesures suivantes :\n- la hausse des impôts ;\n"
                  f"- la baisse des dotations ;\n\n{_LEDE_FR}") is None


def test_brand_names_in_a_headline_are_no_glued_strip():
    # review 2 R2: four brands with inner capitals, in a sentence
    head = "OpenAI and DeepMind hire from GitHub, LinkedIn and PayPal as JavaScript demand grows"
    assert _title(f"{head}\n\n{_LEDE}") == head
    head = "FedEx, JetBlue, BlackRock and ExxonMobil report earnings this week"
    assert _title(f"{head}\n\n{_LEDE}") == head


def test_grades_in_a_headline_are_no_text_size_toolbar():
    # review 2 R3: "A+ A-" inside a headline's words
    head = "Grade inflation: schools give A+ A- and B+ to most pupils"
    assert _title(f"{head}\n\n{_LEDE}") == head
    head = "Moody's moves bank ratings: A+ A- changes explained"
    assert _title(f"{head}\n\n{_LEDE}") == head


def test_a_letters_title_is_no_correspondents_dateline():
    # review 2 R4: a person's correspondence, a film's title
    head = "Marcel Proust, correspondance"
    assert _title(f"{head}\n\n{_LEDE_FR}") == head
    head = "Victor Hugo, correspondance"
    assert _title(f"{head}\nLes lettres inédites de l'exil\n\n{_LEDE_FR}") == head
    head = "Les Correspondants"
    assert _title(f"{head}\n\n{_LEDE_FR}") == head
    # a place's dateline still goes
    head = "La médiathèque rouvrira au printemps"
    assert _title(f"Rennes, correspondance\n{head}\n\n{_LEDE_FR}") == head
    assert _title(f"From our correspondent in Kyiv\n{head}\n\n{_LEDE_FR}") == head


def _page(title: str, canonical: str, body: str = _LEDE_FR) -> str:
    return (f'<html><head><title>{title}</title><link rel="canonical" href="{canonical}"></head>'
            f"<body><article><p>{body.split(chr(10))[0]}</p></article></body></html>")


def test_a_titles_place_is_not_cut_for_being_in_the_host():
    # review 2, the <title>'s site part: a place inside the host's name is the headline's
    for title, url in (("Incendie dans un immeuble du 18e arrondissement - Paris", "https://www.leparisien.fr/paris-75/x.php"),
                       ("Accident mortel sur l'A7 - Lyon", "https://www.lyonmag.com/article/12345"),
                       ("Inondations dans l'arrière-pays - Nice", "https://www.nicematin.com/faits-divers/x"),
                       ("Budget vote delayed - Art", "https://www.artnews.com/x"),
                       ("Climate summit opens - Part 2", "https://www.part2pictures.com/x")):
        assert _title(_page(title, url), "x.html") == title
    # the host's own name, its case, spaces and accents aside, is the site's
    assert _title(_page("Élections municipales - Le Parisien", "https://www.leparisien.fr/politique/"),
                  "x.html") == "Élections municipales"
    assert _title(_page("Le budget voté | Ouest-France", "https://www.ouest-france.fr/x"),
                  "x.html") == "Le budget voté"


# The full suite after the merge: a picture caption of two sentences and a credit opening a
# page ("… in January 2014. Has played 273 games, scoring 51 goals. Getty") was taken for a
# two-sentence headline, and its year then bounded the conversion's window (NUM001 case
# pass_undated_a_date_in_another_paragraph_only_bounds_the_window).
def test_a_caption_with_a_credit_is_no_two_sentence_headline():
    text = ("£37.1m - Juan Mata (midfielder) from Chelsea in January 2014. Has played 273 games, "
            "scoring 51 goals. Getty\n\nBorussia Dortmund confirmed on Thursday that they have agreed "
            "a £73 million ($100.7m) deal in principle with Manchester United for their attacking "
            "midfielder Jadon Sancho.\n")
    assert _title(text) is None
