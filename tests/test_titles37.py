"""Titles, blind round 37: a strip of site links glued into words, an accessibility toolbar
and a correspondent's dateline are furniture; a two-sentence headline alone on the first line;
a list's lead-in is no headline; a teaser cut by "[…]" over the headline; a <title>'s site
part cut when it is the site's address, host or footer name; an ordinal's round after a bar is
the heading's own."""

from __future__ import annotations

from pathlib import Path

from audit.pipeline import audit_document
from audit.titles import has_site_name, without_site_name

_REPRO_A = Path(__file__).parent / "data" / "blind_rounds" / "round37a" / "repro"
_REPRO_B = Path(__file__).parent / "data" / "blind_rounds" / "round37b" / "repro"


def _title(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["title"]


def _repro(folder: Path, name: str) -> str | None:
    return _title((folder / name).read_text(encoding="utf-8"), name)


_LEDE = ("The county commission approved on Tuesday a new budget for the public library after a "
         "long debate on its opening hours and staff.\n\nThe chairman said the work would start "
         "in the spring if the state grant is confirmed.\n")
_LEDE_FR = ("Le conseil municipal a voté mardi soir le budget de la médiathèque après un long débat "
            "sur les horaires d'ouverture et le personnel.\n\nLe maire a précisé que les travaux "
            "commenceraient au printemps si la subvention de l'État est confirmée.\n")


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


def test_a_lists_lead_in_is_no_headline():
    assert _repro(_REPRO_A, "r11_title_first_sentence.txt") is None
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
