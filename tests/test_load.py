"""Loading: encodings, line endings, formats, HTML text and offsets, Markdown front matter."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.load import LoadError, load, sniff_format
from audit.load import html as _html
from audit.load.text import line_blocks
from audit.model import Block, LineBlocks, offsets
from tests.blind_reading import codes, repro
from tests.conftest import FIXTURES


def test_utf8_with_bom_and_crlf():
    doc = load("\ufeffTitre\r\n\r\nCorps du texte.\r\n".encode("utf-8"), "a.txt")
    assert doc.text == "Titre\n\nCorps du texte.\n"
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Titre", "Corps du texte."]


def test_cp1252_falls_back():
    data = "L’été à Besançon coûte 42,7 €.".encode("cp1252")
    doc = load(data, "a.txt")
    assert doc.text == "L’été à Besançon coûte 42,7 €."
    assert doc.encoding == "cp1252"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary", "binary"),
])
def test_bad_input_is_a_load_error(data, reason):
    with pytest.raises(LoadError, match=reason):
        load(data, "bad.txt")


@pytest.mark.parametrize(("name", "text", "fmt"), [
    ("a.txt", "<html><body><p>x</p></body></html>", "text"),
    ("a.htm", "plain", "html"),
    ("a.md", "plain", "markdown"),
    ("noext", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("noext", "---\ntitle: x\n---\nbody", "markdown"),
    ("noext", "# Title\n\nbody", "markdown"),
    ("noext", "Just text.", "text"),
])
def test_format_by_extension_then_sniffing(name, text, fmt):
    assert sniff_format(name, text) == fmt


def test_html_drops_scripts_styles_and_hidden_elements():
    html = ("<html><head><style>p{}</style></head><body><script>var a='secret';</script>"
            "<p>Visible <b>bold</b> text.</p><p hidden>gone</p><p style='display: none'>gone</p>"
            "<p class='hidden'>gone</p><div aria-hidden='true'>gone</div><p>Second.</p></body></html>")
    doc = load(html, "a.html")
    assert doc.text == "Visible bold text.\nSecond."
    assert "secret" not in doc.text and "gone" not in doc.text


def test_an_element_hidden_on_small_screens_only_is_read():
    """Tailwind's "hidden lg:flex" and Bootstrap's "d-none d-lg-block" show the element on a
    wide screen (a real page nests its article in such a <nav>); shown only when printed or
    under the pointer, it stays hidden."""
    html = ("<html><body><main class='hidden lg:block'><p>Article on desktop.</p></main>"
            "<div class='d-none d-lg-block'><p>Bootstrap too.</p></div>"
            "<div class='hidden print:block'>gone</div><div class='hidden group-hover:flex'>gone</div>"
            "<div class='d-none'>gone</div><p>End.</p></body></html>")
    doc = load(html, "a.html")
    assert doc.text == "Article on desktop.\nBootstrap too.\nEnd."


def test_html_block_offsets_index_the_text():
    doc = load((FIXTURES / "wordpress_000.html").read_bytes(), "wp.html")
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    assert "Ce texte de script" not in doc.text


def test_html_metadata():
    doc = load((FIXTURES / "wordpress_000.html").read_bytes(), "wp.html")
    assert doc.meta["published"].startswith("2026-01-06")
    assert doc.meta["language"] == "fr"
    assert doc.meta["site_name"] == "Le Journal"
    assert doc.meta["canonical"] == "https://journal.example/venezuela-moscou/"
    assert doc.meta["author"] == "Rédaction"


@pytest.mark.parametrize(("head", "published"), [
    ('<link rel="canonical" href="https://blog.example/2019/8/3/un-billet/">', "2019-08-03"),
    ('<meta property="og:url" content="https://blog.example/2012/05/31/billet">', "2012-05-31"),
    # A month-only path, an id that looks like a year, a meta date that wins over the path.
    ('<link rel="canonical" href="https://blog.example/2017/05/billet.html">', None),
    ('<link rel="canonical" href="https://site.example/article/2019/1234/">', None),
    ('<meta name="date" content="2020-02-01"><link rel="canonical" '
     'href="https://blog.example/2019/08/03/x/">', "2020-02-01"),
])
def test_publication_date_from_the_dated_path_of_the_page_url(head, published):
    html = f"<html><head>{head}</head><body><p>Un billet de blog.</p></body></html>"
    assert load(html, "page.html").meta.get("published") == published


def test_deeply_nested_html_does_not_overflow():
    html = "<div>" * 2000 + "<p>Deep text.</p>" + "</div>" * 2000
    assert "Deep text." in load(html, "deep.html").text


def test_html_deeper_than_the_parser_can_hold_is_a_clear_error():
    html = "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000
    with pytest.raises(LoadError, match="deeper than 2048"):
        load(html, "deep.html")


def test_markdown_front_matter_and_markers():
    doc = load("---\ntitle: Le titre\ndate: 2026-01-05\nai_generated: true\n---\n# Le titre\n\n"
               "Un paragraphe.\n\n- un point\n", "a.md")
    assert doc.meta == {"title": "Le titre", "published": "2026-01-05",
                        "ai_generated": "front matter ai_generated: True",
                        "ai_provenance": [{"source": "front matter ai_generated", "value": "True",
                                           "claim": "generated", "scope": "article"}]}
    assert [(b.tag, b.text) for b in doc.blocks] == [("h1", "# Le titre"), ("", "Un paragraphe."),
                                                     ("li", "- un point")]


@pytest.mark.parametrize(("front", "language", "territory"), [
    ("lang: fr-FR", "fr", "FR"),       # Hugo, Hexo, Jekyll sites (round 40a r4)
    ("language: fr_CH", "fr", "CH"),   # a locale: which francs, as <html lang="fr-CH">
    ("lang: FR", "fr", None),
    ("lang: de", "de", None),
])
def test_a_front_matter_language_tag_is_its_language_and_region(front, language, territory):
    doc = load(f"---\n{front}\n---\nUn paragraphe.\n", "a.md")
    assert (doc.meta.get("language"), doc.meta.get("territory")) == (language, territory)


def test_a_regional_front_matter_language_runs_that_languages_rules():
    # round 40a r4: "lang: fr-FR" was a language of its own, every French-only rule left off
    text = repro("round40a/r4_lang")
    assert ("CIT004", "de sources proches du dossier") in codes(text, "r4.md")
    assert codes(text, "r4.md") == codes(text.replace("lang: fr-FR\n", ""), "r4.md")


@pytest.mark.parametrize(("front", "published", "author"), [
    ("date: 2024-03-05", "2024-03-05", None),                        # Jekyll
    ("pubDate: 2024-03-05", "2024-03-05", None),                     # Astro
    ("date: 2024-01-01\npublishDate: 2024-03-05", "2024-03-05", None),  # Hugo: publishDate first
    ("datePublished: 2024-03-05T10:00:00Z", "2024-03-05 10:00:00+00:00", None),
    ("published: true\ndate: 2024-03-05", "2024-03-05", None),       # Jekyll's flag is no date
    ("published: false", None, None),
    ("authors: [Jane Doe, John Smith]", None, "Jane Doe, John Smith"),
    ("Author: Jane Doe", None, "Jane Doe"),
    # an empty value leaves the next key its turn (found in review)
    ('publishDate: ""\ndate: 2020-01-01', "2020-01-01", None),
    ("authors: [Jane Doe, John Smith]\nauthor: []", None, "Jane Doe, John Smith"),
])
def test_front_matter_dates_and_authors_as_site_generators_name_them(front, published, author):
    doc = load(f"---\n{front}\n---\nUn paragraphe.\n", "a.md")
    assert doc.meta.get("published") == published
    assert doc.meta.get("author") == author


def _laughs() -> str:
    """Eight lines of aliases that make 43 million values."""
    lines, previous = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'], "a"
    for name in "bcdefgh":
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
        previous = name
    return "\n".join([*lines, f"author: *{previous}"])


@pytest.mark.parametrize(("front", "message"), [
    ("title: [unclosed", "front matter is not valid YAML: while parsing a flow sequence (line 2, "
     "column 8): expected ',' or ']', but got '<stream end>' (line 2, column 17)"),
    ('title: T\nsub: "unclosed\nx: 1', "front matter is not valid YAML: while scanning a quoted "
     "scalar (line 3, column 6): found unexpected end of stream (line 4, column 5)"),
    ("title: T\nx: \x01", "front matter is not valid YAML: character U+0001 is not allowed "
     "(line 3, column 4)"),
    # Valid YAML that Python cannot hold: PyYAML raises ValueError, not a YAML error.
    ("title: T\ndate: 2025-13-45", "front matter: '2025-13-45' is not a valid date: month must "
     "be in 1..12 (line 3, column 7)"),
    ("date: 0000-01-01", "front matter: '0000-01-01' is not a valid date: year 0 is out of range "
     "(line 2, column 7)"),
    ("author: 0x" + "f" * 5000, "front matter: '0x" + "f" * 38 + "…' is not a valid integer: more "
     "than 4300 digits (line 2, column 9)"),
    ("x: " + "[" * 5000, "front matter is nested too deeply to be read"),
    (_laughs(), "front matter holds more than 10,000 values (YAML aliases repeated?)"),
    # Few values, but each use of the alias is its 1,000 characters again.
    (f'blob: &a "{"x" * 1000}"\nauthor: [{", ".join(["*a"] * 1000)}]',
     "front matter holds more than 1,000,000 characters of values (YAML aliases repeated?)"),
    (f'blob: &a "{"x" * 1000}"\nauthor: !!omap [{", ".join(f"k{i}: *a" for i in range(1000))}]',
     "front matter holds more than 1,000,000 characters of values (YAML aliases repeated?)"),
], ids=["syntax", "quote", "control-character", "month-13", "year-0", "huge-integer", "deep",
        "aliases", "aliased-characters", "aliased-characters-omap"])
def test_markdown_bad_front_matter_is_a_load_error_naming_the_problem_and_line(front, message):
    with pytest.raises(LoadError) as exc:
        load(f"---\n{front}\n---\nLe ministre a démissionné mardi.\n", "a.md")
    assert str(exc.value) == message


def test_every_html_text_node_keeps_its_offset():
    html = "<p>  Un <b>texte</b>\n  en <i> gras </i>et <a href='#'>lien</a>.  </p><p>Deux</p>"
    doc = load(html, "a.html")
    assert doc.text == "Un texte en gras et lien.\nDeux"
    first = doc.blocks[0]
    assert [doc.text[a:b] for a, b in first.nodes] == ["Un", "texte", "en", "gras", "et", "lien", "."]
    wp = load((FIXTURES / "wordpress_000.html").read_bytes(), "wp.html")
    for block in wp.blocks:
        assert block.nodes and block.nodes[0][0] == block.start and block.nodes[-1][1] == block.end
        assert all(block.start <= a < b <= block.end for a, b in block.nodes)


def test_web_links_mark_their_own_text_only():
    html = ("<div><a href='https://x.example/'> </a></div><p>Un paragraphe sans lien, assez long.</p>"
            "<p>Voir <a href='https://y.example/a'>la source</a> ici.</p>")
    doc = load(html, "a.html")
    assert [(doc.text[s:e], href) for s, e, href in doc.links] == [("la source", "https://y.example/a")]
    card = ("<p>Avant le lien.</p><a href='https://z.example/'><h3>Un titre</h3><p>Un chapeau.</p>"
            "suite</a><p>Après.</p>")
    doc = load(card, "a.html")
    assert [(doc.text[s:e], href) for s, e, href in doc.links] == [
        ("Un titre", "https://z.example/"), ("Un chapeau.", "https://z.example/"),
        ("suite", "https://z.example/")]


def test_utf8_page_with_a_few_bad_bytes_stays_utf8():
    data = "<html><head><meta charset='utf-8'></head><body><p>Schaf, Standardausführung, weiß".encode() \
        + b"\xff" + "</p></body></html>".encode()
    doc = load(data, "a.html")
    assert "Standardausführung, weiß" in doc.text and doc.encoding == "utf-8"


def test_text_is_nfc_normalised():
    doc = load("Besonders bei Babyschalen sollte gepru\u0308ft werden.".encode(), "a.txt")
    assert "geprüft" in doc.text


def test_short_cp1252_text_is_not_read_as_broken_utf8():
    assert load("Le café est fermé.".encode("cp1252"), "a.txt").text == "Le café est fermé."


def test_soft_hyphens_and_zero_width_spaces_are_dropped():
    html = "<p>Wäh&shy;rend Sie über den Markt schlen\u00adern, zero\u200bwidth &#173;ok</p>"
    assert load(html, "a.html").text == "Während Sie über den Markt schlenern, zerowidth ok"


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_each_invisible_character_is_dropped_wherever_it_stands(invisible):
    assert load(f"Le mar{invisible}ché\n\nCorps{invisible}{invisible}.".encode(), "a.txt").text == \
        "Le marché\n\nCorps."


def test_a_lone_carriage_return_ends_a_line_as_a_line_feed_does():
    # a file saved by an old Mac: no CRLF in it
    assert load(b"Titre\rCorps du texte.\rFin.", "a.txt").text == "Titre\nCorps du texte.\nFin."


def test_declared_latin1_page_keeps_its_accents_and_broken_utf8_stays_utf8():
    from audit.load.decode import decode

    latin = ("<html><head><meta charset='iso-8859-1'></head><body><p>" + "x" * 5000 +
             " Le caf\xe9 de la r\xe9publique</p></body></html>").encode("latin-1")
    text, encoding = decode(latin)
    assert "café de la république" in text and encoding == "iso8859-1"
    # A UTF-8 page that declares Latin-1 and has one broken byte is still read as UTF-8.
    lying = ("<html><head><meta charset='iso-8859-1'></head><body><p>" + "été " * 500 +
             "</p></body></html>").encode("utf-8") + b"\xff"
    text, encoding = decode(lying)
    assert encoding == "utf-8" and text.count("été") == 500


def test_utf16_with_a_byte_order_mark_is_read():
    from audit.load.decode import decode

    text = "Le ministre a démissionné mardi, selon Le Monde."
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("utf-32")) == (text, "utf-32")


def _stripped_lines(text: str) -> list[Block]:
    """The reading before LineBlocks: each line split on "\\n", stripped by str.strip()."""
    out, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = at + len(raw) - len(raw.lstrip())
            out.append(Block(start, start + len(stripped), stripped))
        at += len(raw) + 1
    return out


@pytest.mark.parametrize("text", [
    "Titre\n\n  Corps du texte.  \r\n\t\n\u00a0Ligne insécable\u00a0\n\u2028x\u2029\n\x1c\x1d y \x85",
    "une seule ligne sans fin", "", "\n\n  \n", "a\nb\n\nc\n",
])
def test_plain_text_lines_are_the_stripped_lines(text):
    blocks = line_blocks(text)
    assert list(blocks) == _stripped_lines(text)
    assert blocks == tuple(_stripped_lines(text))  # equal to a tuple of its blocks, as before
    assert [blocks[i] for i in range(len(blocks))] == list(blocks)
    assert list(blocks[1:]) == _stripped_lines(text)[1:]
    assert list(offsets(blocks)) == [(b.start, b.end) for b in blocks]
    assert pickle.loads(pickle.dumps(blocks)) == blocks  # a process pool sends documents


def test_a_line_block_is_a_block_like_any_other():
    made = line_blocks("  Ligne  \n")[0]
    assert made == Block(2, 7, "Ligne") and hash(made) == hash(Block(2, 7, "Ligne"))
    with pytest.raises(AttributeError):
        made.start = 0  # frozen, as Block is


def test_a_judged_block_is_the_block_replaced():
    """Block.judged copies every field but the first opinion (a field added and not copied
    fails here: each field is given a value that is not its default)."""
    values = {"start": 3, "end": 9, "text": "Texte", "tag": "p", "zone": "main", "role": "text",
              "nodes": ((3, 9),), "extracted": None, "container": 4, "linked": 2}
    assert [f.name for f in dataclasses.fields(Block)] == list(values)
    block = Block(**values)
    assert block.judged("main") == dataclasses.replace(block, extracted="main")
    assert block.judged("") == dataclasses.replace(block, extracted="")


def test_a_directive_line_leaves_plain_text_lines_as_offsets():
    doc = load("audit: ignore[NUM001]\nLe 3 mai 2020.\n\nFin.\n".encode(), "a.txt")
    assert isinstance(doc.blocks, LineBlocks)  # immutable, as a tuple of blocks was
    assert [b.text for b in doc.blocks] == ["Le 3 mai 2020.", "Fin."]
    assert len(doc.suppressions) == 1


@pytest.mark.parametrize("pattern", [p for _, p in _html._ZONE_TOKENS + _html._ROLE_TOKENS],
                         ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_class_token_a_zone_or_role_pattern_matches_passes_the_hint_screen(pattern, data):
    # The screen only spares the patterns' search: it must let through all that they match.
    token = data.draw(st.from_regex(pattern))
    assert _html._HINT_WORDS.search(token)
    assert _html._token_hints(token) != (_html._NONE, _html._NONE)


def test_the_hint_screen_changes_no_zone_of_the_eval_pages_class_strings():
    import lxml.html

    eval_pages = Path(__file__).resolve().parents[2] / "shared" / "eval" / "trafilatura" / "html"
    pages = sorted(eval_pages.glob("*.html"))[::5] or sorted(FIXTURES.glob("*.html"))
    tokens = set()
    for page in pages:
        root = lxml.html.fromstring(page.read_bytes())
        for el in root.iter():
            if isinstance(el.tag, str):
                tokens.update(f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())
    unscreened = {t for t in tokens if _html._ANY_HINT.search(t)}
    assert unscreened and all(_html._HINT_WORDS.search(t) for t in unscreened)


@pytest.mark.parametrize(("front", "published"), [
    ("pubDate: Jul 08 2022", "2022-07-08"),  # Astro's blog starter
    ("date: July 8, 2022", "2022-07-08"), ("date: 8 July 2022", "2022-07-08"),
    ("date: Fri, 08 Jul 2022 10:00:00 GMT", "2022-07-08"), ("date: hier", None),
])
def test_a_front_matter_date_as_site_generators_write_it_dates_the_article(front, published):
    from audit.pipeline import audit_document

    assert audit_document(f"---\n{front}\n---\nUn paragraphe.\n", "a.md")["published"] == published


MARKDOWN_ARTICLE = """---
title: Le budget de la ville en hausse
---
# Le budget de la ville en hausse

Le budget atteint **42 millions d'euros**, selon [le compte rendu][cr] et [Ouest-France](https://www.ouest-france.fr/budget "Le budget").
![Le conseil](/img/conseil.jpg) Voir <https://example.org/direct>.

{% include figure.html src="/img/conseil.jpg" %}
{{< tweet user="mairie" id="123" >}}
<!-- à vérifier :
le chiffre
-->
[cr]: https://example.org/compte-rendu.pdf "Compte rendu"
[non]: une note qui n'est pas un lien
"""


def test_markdown_links_are_web_links_on_their_text():
    doc = load(MARKDOWN_ARTICLE.encode(), "a.md")
    assert [(doc.text[s:e], href) for s, e, href in doc.links] == [
        ("le compte rendu", "https://example.org/compte-rendu.pdf"),
        ("Ouest-France", "https://www.ouest-france.fr/budget"),
        ("https://example.org/direct", "https://example.org/direct")]


def test_markdown_syntax_a_reader_never_sees_is_markup():
    doc = load(MARKDOWN_ARTICLE.encode(), "a.md")
    hidden = [doc.text[s:e] for s, e in doc.markup]
    assert hidden == ["**", "**", "[", "][cr]", "[", '](https://www.ouest-france.fr/budget "Le budget")',
                      "![Le conseil](/img/conseil.jpg)", "<", ">"]
    markup_lines = [b.text for b in doc.blocks if b.zone == "markup"]
    assert markup_lines == ['{% include figure.html src="/img/conseil.jpg" %}',
                            '{{< tweet user="mairie" id="123" >}}', "<!-- à vérifier :",
                            "le chiffre", "-->",
                            '[cr]: https://example.org/compte-rendu.pdf "Compte rendu"',
                            "[non]: une note qui n'est pas un lien"]


# Round 11 (11b r11a, r11b): the front matter's title is the page's headline for every rule
# that reads one, as an HTML <h1> or a text's first line is; its line is the file's.
def test_the_front_matter_title_is_a_headline_line_of_the_text():
    from audit.pipeline import audit_article
    from audit.settings import Settings

    page = ('---\ntitle: "Un contrat de 413 millions de dollars pour Lockheed"\ndate: 2022-12-26\n'
            "---\n\nLockheed Martin a reçu un contrat d'une valeur de 431 millions de dollars, "
            "a annoncé le Pentagone.\n")
    result = audit_article(page, "case.md", Settings())
    assert result.seg.title == "Un contrat de 413 millions de dollars pour Lockheed"
    found = [f for f in result.findings if f.rule == "NUM007"]
    assert found and result.doc.source_line(found[0].start) == 2
    body = [f for f in result.findings if f.rule != "NUM007"]
    assert all(result.doc.source_line(f.start) >= 6 for f in body)
    anniversary = ("---\ntitle: \"L'amicale fête ses 50 ans\"\ndate: 2012-04-25\n---\n\n"
                   "L'amicale, fondée en 1967, a réuni ses membres samedi à la salle des fêtes.\n")
    assert [f for f in audit_article(anniversary, "case.md", Settings()).findings
            if f.rule == "NUM003"]
    # the body repeating it as its heading: one headline, not two
    repeated = anniversary.replace("---\n\n", "---\n\n# L'amicale fête ses 50 ans\n\n", 1)
    result = audit_article(repeated, "case.md", Settings())
    assert result.doc.text.count("fête ses 50 ans") == 1
    assert len([f for f in result.findings if f.rule == "NUM003"]) == 1
    # a headline that agrees with the body stays silent
    right = page.replace("413 millions", "431 millions", 1)
    assert not [f for f in audit_article(right, "case.md", Settings()).findings
                if f.rule == "NUM007"]


# A Markdown file that is only front matter (a Hugo "_index.md", a section or redirect stub)
# has no body: no headline is added, so the page has no title without a body (SEG001 error).
@pytest.mark.parametrize("body", ["", "\n", "\n  \n\t\n"])
def test_a_front_matter_only_file_gets_no_headline(body, tmp_path):
    from audit.cli import main

    page = f"---\ntitle: Seulement un titre de 2019\ndate: 2020-01-01\n---\n{body}"
    doc = load(page.encode(), "only.md")
    assert doc.text.strip() == "" and doc.meta["title"] == "Seulement un titre de 2019"
    path = tmp_path / "only.md"
    path.write_text(page, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    # a body line: the title is added again
    assert load((page + "Le club a été fondé en 2019.\n").encode(), "a.md").text.startswith(
        "Seulement un titre de 2019\n\n")


# The loader's "the body states the title already" and the segmenter's "this line is the
# front matter's title" are one comparison (audit.titles.title_key): a heading that differs
# only by typography, emphasis or a site's name is the title once, not an added line and a
# heading under it.
@pytest.mark.parametrize("heading", ["# L’amicale fête ses 50 ans", "# **L'amicale fête ses 50 ans**",
                                     "L'amicale fête ses 50 ans | Le Courrier du Pays",
                                     "# L'Amicale  fête ses 50 ans"])
def test_a_body_heading_that_repeats_the_front_matter_title_is_the_title_once(heading):
    from audit.pipeline import audit_article
    from audit.settings import Settings

    page = ("---\ntitle: \"L'amicale fête ses 50 ans\"\ndate: 2012-04-25\n---\n\n"
            f"{heading}\n\nL'amicale, fondée en 1967, a réuni ses membres samedi à la salle des fêtes.\n")
    result = audit_article(page, "case.md", Settings())
    assert result.doc.text.count("50 ans") == 1
    kinds = [s.kind.value for s in result.seg.spans]
    assert kinds.count("title") == 1 and "heading" not in kinds
    assert len([f for f in result.findings if f.rule == "NUM003"]) == 1
    # another title in the body is not the front matter's: it is added
    other = page.replace(heading, "# Une fête au village")
    assert audit_article(other, "case.md", Settings()).doc.text.startswith("L'amicale fête ses 50 ans\n\n")


# The front matter's title, added as the text's first line, is placed in the file on its
# "title:" line at the value's own column (quoted, single-quoted, unquoted, a block scalar),
# in every format: the JSON's line and column are those of "413 millions" in the file.
def test_findings_in_the_front_matter_title_have_the_files_line_and_column(tmp_path, capsys):
    import json

    from audit.cli import main
    from tests.conftest import ROOT

    repro = ROOT / "tests/data/blind_rounds/round11b/repro/r11b_num007_frontmatter_title_ignored.md"
    source = repro.read_text(encoding="utf-8")
    body = source.split("\n---\n", 1)[1]
    quoted = '"Un contrat de 413 millions de dollars pour Lockheed"'
    fronts = {"repro": (source, 2, 23),
              "single": (source.replace(quoted, "'Un contrat de 413 millions de dollars pour Lockheed'"), 2, 23),
              "unquoted": (source.replace(quoted, "Un contrat de 413 millions de dollars pour Lockheed"), 2, 22),
              "block": ("---\ndate: 2022-12-26\ntitle: >\n  Un contrat de 413 millions de dollars pour Lockheed\n"
                        f"---\n{body}", 4, 17)}
    for name, (page, line, column) in fronts.items():
        path = tmp_path / f"{name}.md"
        path.write_text(page, encoding="utf-8")
        main(["check", str(path), "--format", "json"])
        found = [f for f in json.loads(capsys.readouterr().out)["articles"][0]["findings"]
                 if f["rule"] == "NUM007"]
        assert [(f["line"], f["column"]) for f in found] == [(line, column)], name
        assert page.splitlines()[line - 1][column - 1:].startswith("413 millions"), name
        # a finding in the body keeps the body's own line and column
        main(["check", str(path)])
        lines = capsys.readouterr().out
        assert f"{name}.md:{line}:{column}: NUM007" in lines, name
