"""The same article as a WordPress page segments like the pasted text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES, assert_partition, kinds_by_line, run, seed

BLIND = Path(__file__).parent / "data" / "blind_rounds"


def wordpress():
    return run((FIXTURES / "wordpress_000.html").read_bytes(), "wordpress_000.html")


def test_wordpress_page_has_the_same_main_text_as_the_seed():
    html, text = wordpress(), run(seed("000").read_bytes(), seed("000").name)
    main = {"title", "heading", "body", "sources", "disclosure"}
    html_main = [(k, t) for k, t in kinds_by_line(html) if k in main]
    text_main = [(k, t) for k, t in kinds_by_line(text) if k in main]
    assert html_main == text_main


def test_wordpress_page_boilerplate_and_comments():
    lines = dict((t, k) for k, t in kinds_by_line(wordpress()))
    for nav in ("Skip to content", "Accueil", "Monde", "Partager :", "Facebook", "Articles similaires",
                "Cuba, l’autre allié oublié de Moscou", "Répondre", "Laisser un commentaire",
                "Votre adresse e-mail ne sera pas publiée."):
        assert lines[nav] == "boilerplate", nav
    assert lines["2 commentaires"] == "comments"
    assert lines["Merci pour cet article très complet."] == "comments"
    assert "Texte caché qui ne doit pas compter" not in lines
    assert_partition(wordpress())


def test_wordpress_comments_parsed():
    comments = wordpress().seg.comments
    assert [(c.author, c.date) for c in comments] == [
        ("Bardizbanian", "7 janvier 2026 à 10 h 12"), ("Marie L.", "7 janvier 2026 à 11 h 40")]
    assert comments[1].text == ("Merci pour cet article très complet.\n"
                                "La question des dettes mériterait un article à part.")


def test_wordpress_publication_date_from_metadata_drives_chronology():
    result = wordpress()
    assert result.facts.published.isoformat() == "2026-01-06"
    assert result.facts.published_source == "metadata"
    assert not [f for f in result.findings if f.rule == "CIT006"]


def test_english_comment_thread_in_plain_text():
    text = ("Council approves tram extension\n\n"
            "The city council approved on Tuesday the extension of the tram line to the airport, "
            "the mayor said in a statement.\n\n"
            "Comments\n3 comments\nNewest\nJohn Smith\n2 hours ago\nAbout time, honestly.\n"
            "Reply\nAnna K.\n1 day ago\nWho pays for it?\nIt will cost a fortune.\nReply\n"
            "Related\nTram fares to rise in May\n")
    result = run(text)
    lines = kinds_by_line(result)
    assert ("comments", "Comments") in lines and ("boilerplate", "Reply") in lines
    assert ("boilerplate", "Tram fares to rise in May") in lines
    assert [(c.author, c.date, c.text) for c in result.seg.comments] == [
        ("John Smith", "2 hours ago", "About time, honestly."),
        ("Anna K.", "1 day ago", "Who pays for it?\nIt will cost a fortune.")]
    assert_partition(result)


_ARTICLE_HTML = ("<html><head><title>Le tram</title></head><body><article><h1>Le tram</h1>"
                 "<div class='entry-content'><p>Le conseil municipal a approuvé mardi "
                 "l'extension de la ligne de tramway jusqu'à l'aéroport, a indiqué le maire dans "
                 "un communiqué publié dans la soirée.</p><p>Les travaux commenceront au "
                 "printemps prochain et dureront environ deux ans, selon la métropole.</p></div>"
                 "</article><div id='comments' class='comments-area'><h2>2 commentaires</h2>"
                 "<ol class='comment-list'>{}</ol></div></body></html>")


def _comment(li_class: str, author: str, meta: str, text: str) -> str:
    # The older WordPress comment markup: the text's <p> has no class of its own.
    return (f"<li class='{li_class}'><div class='comment-body'>"
            f"<div class='comment-author vcard'><cite class='fn'>{author}</cite></div>"
            f"<div class='comment-meta commentmetadata'>{meta}</div>"
            f"<p>{text}</p><div class='reply'><a>Répondre</a></div></div></li>")


def test_comment_of_a_registered_user_keeps_its_text_apart_from_its_author():
    """WordPress marks a registered user's whole comment "comment-author-<user>"."""
    html = _ARTICLE_HTML.format(
        _comment("comment byuser comment-author-aedwards even depth-1", "Art Edwards",
                 "11 juillet 2026 à 12 h 25", "Enfin une bonne nouvelle pour le quartier.")
        + _comment("comment even depth-1", "Claire", "12 juillet 2026 à 9 h 10",
                   "Et qui paiera la facture ?"))
    comments = run(html, "page.html").seg.comments
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("Art Edwards", "11 juillet 2026 à 12 h 25", "Enfin une bonne nouvelle pour le quartier."),
        ("Claire", "12 juillet 2026 à 9 h 10", "Et qui paiera la facture ?")]


def test_a_script_hook_class_names_no_zone():
    """XenForo folds a long comment in "js-read-more" (tomshardware.com): a hook for a script,
    not a "read more" box of related links, so the text stays the comment's."""
    html = _ARTICLE_HTML.format(
        _comment("comment", "nostrocrompt", "17 juillet 2026 à 14 h 17",
                 "<div class='js-read-more'>Pour en acheter une, il faut être un robot.</div>")
        .replace("<p><div", "<div").replace("</div></p>", "</div>"))
    comments = run(html, "page.html").seg.comments
    assert [(c.author, c.text) for c in comments] == [
        ("nostrocrompt", "Pour en acheter une, il faut être un robot.")]


def test_a_date_box_that_holds_only_a_name_is_not_a_date():
    html = _ARTICLE_HTML.format(
        _comment("comment", "HansEhrlich", "<span>HansEhrlich</span> 17.10.2019, 14:14",
                 "Im Prospekt steht es erst für nächste Woche.").replace(
            "<div class='comment-meta commentmetadata'>",
            "<div class='comment-meta commentmetadata'><p>HansEhrlich</p>"))
    comments = run(html, "page.html").seg.comments
    assert [(c.author, c.text) for c in comments] == [
        ("HansEhrlich", "Im Prospekt steht es erst für nächste Woche.")]


def test_a_linked_teaser_inside_the_body_is_dropped_a_sentence_with_a_link_is_not():
    """Extractors keep "À lire aussi : <a>another headline</a>" inside the body; a block that
    is mostly one link, a teaser's length, is another article's headline."""
    para = ("<p>Le conseil municipal a approuvé {} l'extension de la ligne de tramway jusqu'à "
            "l'aéroport, a indiqué le maire dans un communiqué publié dans la soirée.</p>")
    html = ("<html><head><title>Le tram</title></head><body><article><h1>Le tram</h1>"
            "<div class='entry-content'>" + para.format("mardi") +
            "<p>À lire aussi : <a href='https://example.fr/metro'>Le métro ouvrira ses trois "
            "nouvelles stations en 2027</a></p><p>Les travaux commenceront au printemps prochain "
            "et dureront environ deux ans, selon <a href='https://example.fr/m'>la métropole</a>, "
            "qui finance la moitié du chantier.</p>" + para.format("jeudi") +
            "</div></article></body></html>")
    lines = dict((t, k) for k, t in kinds_by_line(run(html, "page.html")))
    assert lines["À lire aussi : Le métro ouvrira ses trois nouvelles stations en 2027"] == \
        "boilerplate"
    assert lines["Les travaux commenceront au printemps prochain et dureront environ deux ans, "
                 "selon la métropole, qui finance la moitié du chantier."] == "body"


def test_an_h1_above_the_one_the_title_repeats_is_the_site_s_logo():
    """La Presse wraps its logo in an <h1> above the post's (an exploratory test on a saved
    page, 2026-12-05): the first <h1> was the title, the headline boilerplate. On the eval
    pages the same change turns 18 titles from "Menu", "Navigation" or a site's name into the
    article's."""
    html = ("<html lang='fr'><head><title>Certains rêvent de Matt Duchene à Ottawa | Mathias "
            "Brunet</title></head><body><div id='entete'><h1><a href='/'>La Presse.ca</a> "
            "<a href='/'>Retour à l'accueil</a></h1></div><h1>Certains rêvent de Matt Duchene à "
            "Ottawa</h1><div class='entry'><p>Le chroniqueur du quotidien Ottawa Citizen, Ken "
            "Warren, estime que les Sénateurs doivent songer à acquérir Matt Duchene.</p></div>"
            "</body></html>")
    result = run(html, "page.html")
    assert_partition(result)
    assert result.seg.title == "Certains rêvent de Matt Duchene à Ottawa"
    assert ("boilerplate", "La Presse.ca Retour à l'accueil") in kinds_by_line(result)
    # With no <title> to tell them apart, the first <h1> is still the title.
    untitled = run(html.replace("<title>Certains rêvent de Matt Duchene à Ottawa | Mathias "
                                "Brunet</title>", ""), "page.html")
    assert untitled.seg.title == "La Presse.ca Retour à l'accueil"


def test_a_picture_caption_is_not_body():
    """A <figcaption>, or a paragraph inside one, is a picture's caption, not the article's
    prose (round 9b, thenationalnews: CIT008 read "£37.1m - Juan Mata …" as a paragraph)."""
    page = (BLIND / "round9b" / "inputs" / "en05_thenationalnews.html").read_bytes()
    lines = dict((t, k) for k, t in kinds_by_line(run(page, "en05_thenationalnews.html")))
    caption = ("£37.1m - Juan Mata (midfielder) from Chelsea in January 2014. Has played 273 "
               "games, scoring 51 goals. Getty")
    assert lines[caption] == "boilerplate"
    assert lines["Sancho, currently away with England at Euro 2020, has yet to have a medical or "
                 "agree personal terms but is expected to sign a five-year contract at Old "
                 "Trafford."] == "body"
    inside = page.replace(b"<figcaption>", b"<figcaption><p>").replace(b"</figcaption>",
                                                                       b"</p></figcaption>")
    lines = dict((t, k) for k, t in kinds_by_line(run(inside, "en05_thenationalnews.html")))
    assert lines[caption] == "boilerplate"


def _segmented_when(html: str, kept: set[str]):
    """The segmentation when the first stage keeps the blocks whose text is in ``kept``."""
    from dataclasses import replace

    from audit.load import load
    from audit.model import Block
    from audit.segment import segment
    doc = load(html, "page.html")
    verdicts = ["main" if b.text in kept else "" for b in doc.blocks]
    doc = replace(doc, blocks=tuple(map(Block.judged, doc.blocks, verdicts)))
    return doc, segment(doc)


def _title_when(html: str, kept: set[str]) -> str | None:
    return _segmented_when(html, kept)[1].title


def test_an_h2_headline_the_title_repeats_is_the_title_whoever_keeps_it():
    """viconsortium.com's headline is an <h2> the <title> repeats (in other capitals): dropped
    by the first stage it was the title, kept as main (band 0.3-0.7, the model sure of it) it
    read as an intertitle and the page had no title. Either way it is the title."""
    head = ("Vessel Returning to Puerto Rico From St. Thomas With 475 Pounds of Cocaine "
            "Intercepted by Federal Agents, CBP Says")
    body = ("U.S. Customs and Border Protection (CBP) Air and Marine Operations (AMO) found "
            "Sunday 475 pounds of cocaine concealed inside a vessel being removed from the water "
            "at the Las Croabas Public Boat Ramp in Fajardo.")
    html = (f"<html lang='en'><head><title>{head.title()}</title></head><body><h4>BREAKING</h4>"
            f"<h2>{head}</h2><div>Crime Published On May 10, 2022 01:52 PM</div><p>{body}</p>"
            f"<p>{body}</p></body></html>")
    assert _title_when(html, {body}) == head
    assert _title_when(html, {head, body}) == head
    # Another page's: a council's notice under an <h2> headline (second wording, same shape)
    other = "Road Closures Announced for the Downtown Holiday Parade"
    notice = ("The city will close Main Street between First and Fifth avenues from 4 p.m. to 9 "
              "p.m. on Saturday while the parade passes, officials said on Monday.")
    page = (f"<html lang='en'><head><title>{other} | City News</title></head><body>"
            f"<h2>{other}</h2><p>{notice}</p><h2>Where to park</h2><p>{notice}</p></body></html>")
    assert _title_when(page, {other, notice, "Where to park"}) == other
    # An intertitle under the body that does not say the <title> stays a heading
    lines = {t: k for k, t in kinds_by_line(run(page, "page.html"))}
    assert lines.get("Where to park", "heading") == "heading"


def test_a_newsletter_box_kept_by_the_first_stage_is_boilerplate():
    """dw.com's newsletter box under the story, one <p>: the model kept it (0.53, the page not
    asked to trafilatura at band 0.3-0.7) and SEG002 reported its prompt as furniture in the
    body. The pitch and the prompt closing it are the box, whoever judged the block."""
    story = ("The city of Berlin itself became a major part of African colonial history in 1884, "
             "when Chancellor Otto von Bismarck invited representatives of major world powers to "
             "discuss the future of the continent.")
    box = ("Every day, DW's editors send out a selection of the day's hard news and quality "
           "feature journalism. Sign up for the newsletter here.")
    other = ("The best of our journalism, delivered to your inbox each week. Subscribe to our "
             "newsletter.")
    said = ("NextDraft is not about breaking news, it's just a carefully curated daily update. "
            "You like email? Sign up for the newsletter. Hate email? Get the app.")
    html = ("<html lang='en'><head><title>Berlin confronts Germany's colonial past</title></head>"
            "<body><h1>Berlin confronts Germany's colonial past</h1>"
            f"<p>{story}</p><p>{box}</p><p>{other}</p><p>{said}</p></body></html>")
    doc, seg = _segmented_when(html, {story, box, other, said})
    kinds = {doc.text[s.start:s.end]: s.kind.value for s in seg.spans}
    assert kinds[box] == "boilerplate"
    assert kinds[other] == "boilerplate"  # a second wording of a box's pitch
    assert kinds[story] == "body"
    assert kinds[said] == "body"  # a paragraph that says more than the pitch stays the story's
