"""Our own first stage on HTML: the block tree the loader records, the block model's features
and verdicts, and when trafilatura is asked (audit/segment/blocks.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from audit.cli import main
from audit.load import load
from audit.segment import blocks, segment
from audit.segment.blocks import (_DIGITS, BAND, BLOCK_FEATURES, UNSURE_SHARE, block_features,
                                  block_probabilities, default_block_model, first_opinion)
from audit.segment.lines import LineModel
from tests import block_reference

FIXTURES = Path(__file__).parent / "fixtures"
PAYWALL = (FIXTURES / "news_fr_paywall.html").read_bytes()


class Asked:
    """A second opinion that counts how often it is asked."""

    def __init__(self, verdicts):
        self.verdicts, self.calls, self.dropped = verdicts, 0, None

    def __call__(self, drop=()):
        self.calls += 1
        self.dropped = list(drop)
        return self.verdicts


def test_the_loader_records_each_block_s_element_tree_and_link_text():
    doc = load('<html><body><nav><a href="/">Accueil</a> <a href="/x">Monde</a></nav>'
               '<div class="entry-content"><p>Le texte de l\'article, <a href="/y">un lien</a>.</p>'
               '<blockquote><p>Une citation.</p></blockquote></div></body></html>', "p.html")
    tree = doc.containers
    by_text = {b.text: b for b in doc.blocks}
    nav, para, quote = by_text["Accueil Monde"], by_text["Le texte de l'article, un lien."], \
        by_text["Une citation."]
    assert tree[nav.container][1:] == ("nav", "nav")
    assert tree[para.container][1:] == ("p", "main")
    # the quote's paragraph hangs from the blockquote, which hangs from the article's div
    bq = tree[quote.container][0]
    assert tree[bq][1] == "blockquote" and tree[bq][0] == tree[para.container][0]
    assert tree[tree[bq][0]][1:] == ("div", "main")
    assert nav.linked == len("Accueil Monde") - 1  # the space between the links is not linked
    assert para.linked == len("un lien") and quote.linked == 0


def test_link_text_is_counted_as_the_text_reads_and_across_blocks_a_link_holds():
    doc = load("""<html><body>
      <ul>
        <li><small>12:05 p.m.</small><a href="/x">
            <h3>Un titre d'article</h3>
            <p>Son chapeau en une phrase.</p>
          </a></li>
        <li>Lire <a href="https://example.org/y">  la suite  </a> ici</li>
      </ul></body></html>""", "p.html")
    linked = {b.text: b.linked for b in doc.blocks}
    assert linked == {"12:05 p.m.": 0, "Un titre d'article": len("Un titre d'article"),
                      "Son chapeau en une phrase.": len("Son chapeau en une phrase."),
                      "Lire la suite ici": len("la suite ")}, linked


def test_a_result_crosses_processes_and_lets_the_parsed_page_go():
    import pickle

    from audit.pipeline import audit_article
    from audit.settings import Settings

    result = audit_article(PAYWALL, "paywall.html", Settings())
    assert result.ok and result.doc.second_opinion is None
    assert pickle.loads(pickle.dumps(result)).doc.text == result.doc.text
    doc = load(PAYWALL, "paywall.html")
    first = doc.second_opinion()
    assert first is not None and doc.second_opinion() is first  # asked once, then remembered


_SCRIPTED = (
    "<html><head><title>Forum</title></head><body><nav><a href='/'>Accueil</a></nav>"
    "<script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script>"
    "<div class='post-content'><h1>Le marché couvert rouvre ses portes</h1>"
    "<style>.x{color:red}</style><p>Après deux ans de travaux, le marché couvert de la ville "
    "rouvre ce samedi avec quarante étals.<script>var a = 1;</script> Les commerçants sont "
    "revenus presque tous.</p><svg><path d='M0 0'/><text>Logo</text></svg>"
    "<p>La mairie a financé la moitié du chantier, dit son adjoint au commerce.</p></div>"
    "<aside class='sidebar'><h3>Les plus lus</h3><p>Le maire inaugure la piscine</p></aside>"
    "<aside><script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script></aside>"
    "<div class='comments'><div class='comment'><p>Enfin ! Il était temps.</p></div></div>"
    "<footer>Mentions légales</footer></body></html>")


@pytest.mark.parametrize("page", [*sorted(FIXTURES.glob("*.html")), "scripted"],
                         ids=lambda p: getattr(p, "name", p))
def test_trafilatura_is_handed_the_tree_without_scripts_styles_drawings_and_asides_and_judges_alike(page):
    data = _SCRIPTED.encode() if page == "scripted" else page.read_bytes()
    lean, full = load(data, "page.html"), load(data, "page.html")
    root, chrome, texts, _ = lean.second_opinion._page
    unread = [el for el in chrome if el.tag in ("script", "style", "svg", "aside")]
    json_ld = len(root.findall(".//script[@type='application/ld+json']"))
    lean.second_opinion()
    # trafilatura reads JSON-LD: those scripts stay, in an aside too
    assert len(root.findall(".//script[@type='application/ld+json']")) == json_ld
    if page == "scripted":
        assert sorted(el.tag for el in unread) == ["aside", "aside", "script", "script", "script", "style",
                                                  "svg"]
        assert json_ld == 2
        assert len(root.findall(".//aside")) == 1  # the one holding JSON-LD stays
        assert root.find(".//style") is None and root.find(".//svg") is None
        assert [el.text for el in root.iter("script")] != [] and \
            all(el.get("type") == "application/ld+json" for el in root.iter("script"))
    full.second_opinion._page = (full.second_opinion._page[0],
                                 [el for el in full.second_opinion._page[1] if el.tag in ("nav", "footer")],
                                 *full.second_opinion._page[2:])
    assert lean.second_opinion() == full.second_opinion() is not None


def test_features_have_one_row_per_block_and_the_model_tells_article_from_furniture():
    doc = load(PAYWALL, "paywall.html")
    rows = block_features(doc, doc.text)
    assert len(rows) == len(doc.blocks) and {len(r) for r in rows} == {len(BLOCK_FEATURES)}
    odds = dict(zip((b.text for b in doc.blocks), block_probabilities(doc)))
    prose = [t for t in odds if t.startswith(("Après deux semaines", "Le ministre de l'Économie"))]
    furniture = ["Accueil Politique Économie Se connecter", "Partager Facebook X WhatsApp Copier le lien",
                 "Mentions légales Nous contacter", "Impôts locaux : ce qui change en 2026"]
    assert len(prose) == 2 and all(odds[t] > 1 - BAND for t in prose), prose
    assert all(odds[t] < BAND for t in furniture), {t: odds[t] for t in furniture}


ODD_PAGE = ("<html><body><p>Seul paragraphe sans titre, écrit pour voir ce que fait le modèle.</p>"
            "<ul><li><a href='/a'>Accueil</a></li><li><a href='/b'>Accueil</a></li></ul>"
            "<h1>Le titre</h1><article><p>Les 2² cas et ③ notes, 1 234 euros, İstanbul.</p>"
            "<p>" + "Une phrase assez longue, avec des virgules, pour faire un bloc. " * 400 + "</p>"
            "</article><div class='comments'><p>Partager sur Facebook</p></div>"
            "<footer><p>Mentions légales</p></footer></body></html>")


@pytest.mark.parametrize("page", [PAYWALL, (FIXTURES / "wordpress_000.html").read_bytes(),
                                  (FIXTURES / "drupal_news_en.html").read_bytes(),
                                  (FIXTURES / "hostile" / "article.html").read_bytes(), ODD_PAGE,
                                  "<p>Un.</p>", "<h1>Titre</h1><p>Deux</p>"])
def test_features_as_columns_equal_the_block_by_block_reading(page):
    """The numpy assembly gives every feature the value the plain reading gives, bit for bit
    (tests/block_reference.py): the shipped weights were trained on those values."""
    doc = load(page, "page.html")
    ours = block_features(doc, doc.text)
    assert ours.shape == (len(doc.blocks), len(BLOCK_FEATURES))
    assert ours.tolist() == block_reference.rows(doc, doc.text)


def test_the_digit_class_is_what_isdigit_counts():
    digits = "".join(chr(c) for c in range(0x110000) if chr(c).isdigit())
    assert "".join(_DIGITS.findall("".join(map(chr, range(0x110000))))) == digits


def test_own_never_asks_trafilatura_and_trafilatura_takes_its_verdict_alone():
    doc = load(PAYWALL, "paywall.html")
    asked = Asked(["main"] * len(doc.blocks))
    ours = first_opinion(replace(doc, second_opinion=asked), "own")
    assert asked.calls == 0 and "" in ours and "main" in ours
    assert first_opinion(replace(doc, second_opinion=asked), "trafilatura") == asked.verdicts
    assert asked.calls == 1
    gave_up = Asked(None)  # trafilatura found nothing: no first opinion, the blocks unhinted
    assert first_opinion(replace(doc, second_opinion=gave_up), "trafilatura") is None
    with pytest.raises(ValueError, match="unknown extractor 'readability'"):
        first_opinion(doc, "readability")


def test_auto_asks_trafilatura_only_where_the_model_is_unsure_of_much_of_the_page(monkeypatch):
    html = PAYWALL.decode()
    thread = html[html.index('<section id="disqus_thread"'):html.index('<section class="related"')]
    clean = load(html.replace(thread, ""), "paywall.html")  # no thread: the model is sure
    asked = Asked(["main"] * len(clean.blocks))
    assert first_opinion(replace(clean, second_opinion=asked), "auto") == \
        first_opinion(clean, "own")
    assert asked.calls == 0
    # A live commentary in markup named "comments" holds most of the page: trafilatura decides
    # those blocks, our sure verdicts stand elsewhere.
    minutes = "".join(f'<div class="comment-content"><p>{m}\' Lorient presse haut et récupère le '
                      f'ballon dans le camp lyonnais, mais la frappe de Le Fée passe à côté.</p></div>'
                      for m in range(1, 40))
    html = html.replace(thread, f'<section class="comments">{minutes}</section>')
    live = load(html, "live.html")
    theirs = ["main" if "Lorient presse" in b.text else "" for b in live.blocks]
    asked = Asked(theirs)
    verdicts = first_opinion(replace(live, second_opinion=asked), "auto")
    assert asked.calls == 1
    assert all(v == "main" for v, b in zip(verdicts, live.blocks) if "Lorient presse" in b.text)
    own = first_opinion(live, "own")
    assert all(v == "" for v, b in zip(own, live.blocks) if b.zone == "comments")
    kept = [b.text for v, b in zip(verdicts, live.blocks) if v == "main"]
    assert any(t.startswith("Après deux semaines") for t in kept)  # ours, sure, not asked
    # A page of more blocks than SECOND_OPINION_BLOCKS (a 30,000-row table): the model alone,
    # trafilatura's memory would be 100 MB per MB of markup.
    monkeypatch.setattr(blocks, "SECOND_OPINION_BLOCKS", len(live.blocks) - 1)
    asked = Asked(theirs)
    assert first_opinion(replace(live, second_opinion=asked), "auto") == own and asked.calls == 0
    assert first_opinion(replace(live, second_opinion=asked), "trafilatura") == theirs  # asked for


_NESTED = """<html><head><title>T</title></head><body>
<div id="outer"><p>Lire aussi : le marché</p><div id="inner"><p>Publicité</p></div></div>
<div id="story"><p>Le conseil municipal a voté le budget mardi soir.</p><p id="subscribe">Abonnez-vous</p></div>
<div id="thread" class="comments"><p>Bravo pour cet article</p></div>
<div id="ld"><p>Partager</p><script type="application/ld+json">{"@type": "NewsArticle"}</script></div>
</body></html>"""


def _container(doc, ident):
    """The index in doc.containers of the block element whose id is ``ident``."""
    elements = doc.second_opinion._page[3]
    return next(i for i, el in enumerate(elements) if el.get("id") == ident)


def test_trafilatura_is_not_handed_the_outermost_elements_holding_only_blocks_sure_to_be_no_article():
    doc = load(_NESTED, "nested.html")
    low = {"Lire aussi : le marché", "Publicité", "Bravo pour cet article", "Partager",
           "Abonnez-vous"}
    odds = [blocks.DROP_BELOW / 2 if b.text in low else 0.5 for b in doc.blocks]
    # #inner is inside #outer: only the outermost goes. #story holds an unsure block (its
    # subscribe prompt goes alone), and a block in comment markup is the thread reader's to
    # judge, however low its odds.
    assert blocks._sure_outside(doc, odds) == [_container(doc, i) for i in ("outer", "subscribe", "ld")]
    odds = [blocks.DROP_BELOW if b.text == "Publicité" else p for b, p in zip(doc.blocks, odds)]
    lead = next(i for i, b in enumerate(doc.blocks) if b.text.startswith("Lire aussi"))
    assert blocks._sure_outside(doc, odds) == [doc.blocks[lead].container,
                                               *(_container(doc, i) for i in ("subscribe", "ld"))]
    root = doc.second_opinion._page[0]
    verdicts = doc.second_opinion([_container(doc, "outer"), _container(doc, "ld")])
    assert verdicts is not None and len(verdicts) == len(doc.blocks)
    assert root.find(".//div[@id='outer']") is None and root.find(".//div[@id='story']") is not None
    # trafilatura reads JSON-LD first (forum pages): an element holding it stays
    assert root.find(".//div[@id='ld']") is not None


def test_the_loader_keeps_the_block_elements_only_of_a_page_trafilatura_may_be_asked_about():
    from audit.load.extractor import ASKED_AT_MOST

    assert blocks.SECOND_OPINION_BLOCKS == ASKED_AT_MOST
    for n, kept in ((ASKED_AT_MOST // 2 - 1, True), (ASKED_AT_MOST // 2 + 1, False)):
        html = "<html><body>" + "".join(f"<div><p>Ligne {i}</p></div>" for i in range(n)) + \
            "</body></html>"
        doc = load(html, "table.html")  # two block elements a row, and the body
        assert (len(doc.containers) <= ASKED_AT_MOST) is kept
        assert len(doc.second_opinion._page[3]) == (len(doc.containers) if kept else 0)
        assert doc.second_opinion(list(range(1, 4))) is not None  # no elements: nothing left out


def test_auto_hands_trafilatura_what_the_model_is_sure_of_leaving_out(monkeypatch):
    doc = load(PAYWALL, "paywall.html")
    monkeypatch.setattr(blocks, "UNSURE_SHARE", -1.0)  # asked whatever the model's certainty
    asked = Asked(["main"] * len(doc.blocks))
    first_opinion(replace(doc, second_opinion=asked), "auto")
    expected = blocks._sure_outside(doc, block_probabilities(doc))
    assert asked.calls == 1 and asked.dropped == expected and expected
    for c in expected:  # the outermost only: no ancestor is left out too
        parent = doc.containers[c][0]
        while parent >= 0:
            assert parent not in expected
            parent = doc.containers[parent][0]


def test_a_page_of_many_nested_elements_is_not_asked_of_trafilatura(monkeypatch):
    """trafilatura spends about 30-100 µs a block element: a page of few blocks but more
    block elements than SECOND_OPINION_BLOCKS (<div>s nested 20 deep around each paragraph)
    is judged by the model alone; under the cap, it is asked as before."""
    from audit.segment import blocks

    nest = 20
    paragraphs = "".join("<div>" * nest + f"<p>Le paragraphe {i} parle d'autre chose, peut-être.</p>"
                         + "</div>" * nest for i in range(30))
    doc = load(f"<html><body><h1>Titre</h1>{paragraphs}</body></html>", "nested.html")
    assert len(doc.containers) > nest * 30 > 3 * len(doc.blocks)
    theirs = ["main"] * len(doc.blocks)
    monkeypatch.setattr(blocks, "UNSURE_SHARE", -1.0)  # asked whenever the cap allows it
    asked = Asked(theirs)
    first_opinion(replace(doc, second_opinion=asked), "auto")
    assert asked.calls == 1
    monkeypatch.setattr(blocks, "SECOND_OPINION_BLOCKS", len(doc.containers) - 1)
    assert len(doc.blocks) <= blocks.SECOND_OPINION_BLOCKS
    asked = Asked(theirs)
    assert first_opinion(replace(doc, second_opinion=asked), "auto") == first_opinion(doc, "own")
    assert asked.calls == 0


def test_a_kicker_above_the_title_is_not_the_story():
    spans = segment(load(PAYWALL, "paywall.html")).spans
    doc = load(PAYWALL, "paywall.html")
    kinds = {doc.text[s.start:s.end]: s.kind.value for s in spans}
    assert kinds["Politique"] == "boilerplate"
    assert kinds["Budget 2026 : le gouvernement revoit sa copie"] == "title"


def test_shipped_block_model_round_trips_and_records_its_cross_validation_by_site():
    model = default_block_model()
    assert LineModel.from_dict(json.loads(model.to_json()), BLOCK_FEATURES) == model
    cv = model.trained["cross_validation"]
    assert cv["by"] == "site" and cv["folds"] == 5
    assert cv["auto"]["all"]["f1"] >= cv["trafilatura"]["all"]["f1"]
    assert cv["auto"]["all"]["precision"] >= cv["trafilatura"]["all"]["precision"]
    assert cv["auto_asked_trafilatura"] < 0.6
    assert 0 < UNSURE_SHARE < 1 and 0 < BAND < 0.5


def test_a_block_model_trained_on_other_features_is_refused_with_the_fix():
    data = json.loads(default_block_model().to_json())
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain it with python bench/train_block_model.py"):
        LineModel.from_dict(data, BLOCK_FEATURES, "bench/train_block_model.py")


def test_the_extractor_setting_reaches_the_segmenter_from_the_cli_and_configuration(
        tmp_path, monkeypatch, capsys):
    import audit.load.extractor as html_loader

    calls = []
    real = html_loader.extractor_verdicts
    monkeypatch.setattr(html_loader, "extractor_verdicts",
                        lambda root, texts: calls.append(1) or real(root, texts))
    page = tmp_path / "page.html"
    page.write_bytes(PAYWALL)
    for extractor, expected in (("own", 0), ("trafilatura", 1)):
        calls.clear()
        main(["check", "--jobs", "1", "--isolated", "--format", "json", "--extractor", extractor,
              str(page)])
        assert json.loads(capsys.readouterr().out)["articles"][0]["status"] == "ok"
        assert len(calls) == expected, extractor
    (tmp_path / "audit.toml").write_text('extractor = "trafilatura"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    calls.clear()
    main(["check", "--jobs", "1", "--format", "json", str(page)])
    capsys.readouterr()
    assert len(calls) == 1
    (tmp_path / "audit.toml").write_text('extractor = "readability"\n', encoding="utf-8")
    assert main(["check", "--jobs", "1", str(page)]) == 2
    assert 'extractor: expected one of "auto", "own", "trafilatura"' in capsys.readouterr().err


@pytest.mark.parametrize("page", sorted(FIXTURES.glob("*.html")), ids=lambda p: p.name)
def test_trafilatura_s_verdicts_made_when_read_are_those_made_at_once(page, monkeypatch):
    """extractor_verdicts matches a block's words against the output only when its verdict
    is read (first_opinion reads the unsure blocks'): the verdicts, read in any order, are
    those made for every block at once, and "auto" gives the same first opinion from them."""
    from audit.load.extractor import _Index

    monkeypatch.setattr(blocks, "UNSURE_SHARE", -1.0)  # trafilatura asked on every page
    doc = load(page.read_bytes(), "page.html")
    verdicts = doc.second_opinion()
    assert verdicts is not None
    n = len(verdicts)
    assert [verdicts[i] for i in reversed(range(n))][::-1] == list(verdicts)
    root_text = verdicts._index._text
    eager = ["main" if _Index(root_text).covers(t) else "" for t in verdicts._texts]
    assert list(verdicts) == eager and verdicts == eager and verdicts[1:3] == eager[1:3]
    lazy = load(page.read_bytes(), "page.html")
    given = []

    def asked(drop=(), opinion=lazy.second_opinion):
        given.append(opinion(drop))
        return given[-1]

    first = first_opinion(replace(lazy, second_opinion=asked), "auto")
    assert given and first == first_opinion(replace(lazy, second_opinion=Asked(list(given[0]))), "auto")
