"""Our own labelled pages: a Drupal news site in English, a French news site with a paywall,
and the WordPress page of seed 000. Every line's kind is stated, as HTML and as the same
page copied to plain text (html_text's flattening, like a select-all and copy)."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, assert_partition, kinds_by_line, run

MAIN = {"title", "heading", "body", "sources", "disclosure"}

DRUPAL_EN = [
    ("boilerplate", "Skip to main content"),
    ("boilerplate", "The Riverside Courier"),
    ("boilerplate", "News"),
    ("boilerplate", "Politics"),
    ("boilerplate", "Sport"),
    ("title", "Council approves tram extension to the airport"),
    ("boilerplate", "By Jane Porter 12 March 2025"),
    ("body", "The city council voted on Tuesday to extend the number 4 tram line to the airport, a project expected to cost $420 million and open in 2029, the mayor said in a statement."),
    ("body", "“This is the single largest investment in public transport this city has made in thirty years,” Mayor Lena Ortiz told reporters after the vote, which passed by 31 votes to 9."),
    ("heading", "Who pays for it"),
    ("body", "According to the Riverside Transit Authority, the federal government will cover half of the cost, with the rest coming from a regional sales tax approved by voters in 2022."),
    ("body", "Opponents argued that the money would be better spent on buses, which carry twice as many passengers as the trams, according to the authority's annual report."),
    ("boilerplate", "Subscribe to keep reading. Get unlimited access for $1 a week."),
    ("sources", "Sources"),
    ("sources", 'Riverside Transit Authority, "Annual ridership report 2024", published on February 3, 2025.'),
    ("sources", 'City of Riverside, "Council minutes, 11 March 2025", published on March 11, 2025.'),
    ("disclosure", "This article was written with the help of AI and reviewed by our editors."),
    ("boilerplate", "Share on Facebook Share on X Email"),
    ("comments", "3 comments"),
    ("comments", "Tom B."),
    ("comments", "2 hours ago"),
    ("comments", "About time. The bus from the airport takes forever."),
    ("boilerplate", "Reply"),
    ("comments", "Maria G."),
    ("comments", "1 hour ago"),
    ("comments", "Who will pay when it goes over budget? It always does."),
    ("boilerplate", "Reply"),
    ("boilerplate", "Related"),
    ("boilerplate", "Bus fares to rise in May"),
    ("boilerplate", "Airport expansion plan unveiled"),
    ("boilerplate", "© 2025 The Riverside Courier. All rights reserved."),
    ("boilerplate", "Privacy policy · Contact us"),
]

NEWS_FR = [
    ("boilerplate", "Nous utilisons des cookies pour améliorer votre expérience. Accepter"),
    ("boilerplate", "Le Quotidien du Centre"),
    ("boilerplate", "Accueil Politique Économie Se connecter"),
    ("boilerplate", "Politique"),
    ("title", "Budget 2026 : le gouvernement revoit sa copie"),
    ("body", "Après deux semaines de débats houleux, l'exécutif a présenté mardi une version amendée de son projet de loi de finances, avec 3,2 milliards d'euros d'économies supplémentaires."),
    ("boilerplate", "Par Claire Martin, publié le 14 octobre 2025 à 6 h 00"),
    ("body", "Le ministre de l'Économie a défendu mardi devant la commission des finances un budget « sincère et responsable », selon Le Monde, qui a consulté le document transmis aux députés."),
    ("body", "Selon des sources proches du dossier, la réforme des niches fiscales rapporterait 1,1 milliard d'euros dès la première année, un chiffre contesté par l'opposition."),
    ("boilerplate", "Lire aussi : Retraites, le calendrier de la réforme dévoilé"),
    ("heading", "Les collectivités mises à contribution"),
    ("body", "Les départements devront réduire leurs dépenses de 2 %, a précisé la ministre chargée des comptes publics, qui a promis une concertation avec les élus locaux avant la fin du mois."),
    ("boilerplate", "Il vous reste 65 % de cet article à lire. La suite est réservée aux abonnés."),
    ("boilerplate", "Je m'abonne"),
    ("sources", "Sources"),
    ("sources", "Le Monde, « Budget : le gouvernement présente une copie amendée », publié le 13 octobre 2025."),
    ("disclosure", "Ce contenu a été créé avec l'aide de l'IA."),
    ("boilerplate", "Partager Facebook X WhatsApp Copier le lien"),
    ("comments", "Commentaires"),
    ("comments", "Jean-Pierre V."),
    ("comments", "14 octobre 2025 à 9 h 12"),
    ("comments", "Encore des économies sur le dos des collectivités."),
    ("boilerplate", "Répondre Signaler"),
    ("comments", "Sophie"),
    ("comments", "14 octobre 2025 à 10 h 47"),
    ("comments", "Merci pour cet article clair."),
    ("boilerplate", "Répondre Signaler"),
    ("boilerplate", "Sur le même sujet"),
    ("boilerplate", "Dette : la Cour des comptes alerte"),
    ("boilerplate", "Impôts locaux : ce qui change en 2026"),
    ("boilerplate", "© Le Quotidien du Centre 2025 – Tous droits réservés"),
    ("boilerplate", "Mentions légales Nous contacter"),
]

PAGES = {"drupal_news_en.html": DRUPAL_EN, "news_fr_paywall.html": NEWS_FR}
COMMENTS = {
    "drupal_news_en.html": [("Tom B.", "2 hours ago", "About time. The bus from the airport takes forever."),
                            ("Maria G.", "1 hour ago", "Who will pay when it goes over budget? It always does.")],
    "news_fr_paywall.html": [("Jean-Pierre V.", "14 octobre 2025 à 9 h 12", "Encore des économies sur le dos des collectivités."),
                             ("Sophie", "14 octobre 2025 à 10 h 47", "Merci pour cet article clair.")],
    "wordpress_000.html": [("Bardizbanian", "7 janvier 2026 à 10 h 12", None), ("Marie L.", "7 janvier 2026 à 11 h 40", None)],
}


def flatten(name: str) -> str:
    import html_text

    return html_text.extract_text((FIXTURES / name).read_text(encoding="utf-8"), guess_layout=True)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_html_page_every_line(name):
    result = run((FIXTURES / name).read_bytes(), name)
    assert kinds_by_line(result) == PAGES[name]
    assert_partition(result)


@pytest.mark.parametrize("name", sorted(COMMENTS))
@pytest.mark.parametrize("as_text", [False, True], ids=["html", "text"])
def test_comments_parsed(name, as_text):
    result = run(flatten(name), "page.txt") if as_text else run((FIXTURES / name).read_bytes(), name)
    got = [(c.author, c.date, c.text) for c in result.seg.comments]
    want = COMMENTS[name]
    assert [(a, d) for a, d, _ in got] == [(a, d) for a, d, _ in want]
    for (_, _, text), (_, _, expected) in zip(got, want):
        assert expected is None or text == expected


@pytest.mark.parametrize("name", sorted(COMMENTS))
def test_pasted_text_keeps_the_same_main_text(name):
    html = run((FIXTURES / name).read_bytes(), name)
    text = run(flatten(name), "page.txt")
    # html_text turns no-break spaces into spaces: compare words, not spacing
    main = lambda r: [" ".join(t.split()) for k, t in kinds_by_line(r) if k in MAIN]  # noqa: E731
    assert main(text) == main(html)
    assert_partition(text)


def test_metadata_from_json_ld_and_meta_tags():
    fr = run((FIXTURES / "news_fr_paywall.html").read_bytes(), "fr.html")
    assert fr.doc.meta["author"] == "Claire Martin"
    assert fr.doc.meta["modified"].startswith("2025-10-14T11:20")
    assert fr.facts.published.isoformat() == "2025-10-14" and fr.facts.language == "fr"
    en = run((FIXTURES / "drupal_news_en.html").read_bytes(), "en.html")
    assert en.doc.meta["site_name"] == "The Riverside Courier"
    assert en.doc.meta["canonical"] == "https://courier.example/news/tram-extension"
    assert en.facts.language == "en"


def test_publication_date_from_a_visible_byline_in_pasted_text():
    result = run(flatten("news_fr_paywall.html"), "page.txt")
    assert result.facts.published.isoformat() == "2025-10-14"
    assert result.facts.published_source == "text"


def test_markdown_article_segments_like_the_text():
    from tests.conftest import seed

    lines = seed("000").read_text(encoding="utf-8").split("\n")
    title = "Le Venezuela, pilier latino-américain de Moscou"
    body = lines[lines.index(title) + 1:lines.index("Sources")]
    sources = lines[lines.index("Sources") + 1:lines.index("Ce contenu a été créé avec l'aide de l'IA.")]
    markdown = "\n".join(
        ["---", f"title: {title}", "date: 2026-01-06", "author: Rédaction", "ai_generated: true", "---",
         f"# {title}"]
        + [f"## {line}" if line == "Les demandes ignorées de Maduro" else line for line in body]
        + ["## Sources"] + sources + ["Ce contenu a été créé avec l'aide de l'IA."])
    result = run(markdown, "article.md")
    kinds = kinds_by_line(result)
    assert kinds[0] == ("title", f"# {title}")
    assert ("heading", "## Les demandes ignorées de Maduro") in kinds
    assert ("sources", "## Sources") in kinds
    assert kinds[-1] == ("disclosure", "Ce contenu a été créé avec l'aide de l'IA.")
    assert [k for k, t in kinds if t.strip()].count("body") == 5
    assert result.facts.published.isoformat() == "2026-01-06"
    assert result.seg.title == title
    assert not [f for f in result.findings if f.rule == "AI002"]  # flagged and disclosed
    assert_partition(result)


@pytest.mark.parametrize(("name", "author"), [("news_fr_paywall.html", "Claire Martin"),
                                              ("drupal_news_en.html", "Jane Porter")])
def test_author_from_a_visible_byline_in_pasted_text(name, author):
    assert run(flatten(name), "page.txt").facts.author == author
