"""AI provenance in metadata and front matter, hidden disclosures, links, page kinds, and the
notes that say which rules did not run."""

from __future__ import annotations

import pytest

from audit.load import load
from audit.pipeline import audit_article
from audit.settings import Settings

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"


def _page(head: str, body: str = "<p>Le conseil municipal a voté mardi le budget, selon le maire.</p>") -> str:
    return f"<html><head>{head}</head><body><article><h1>Budget voté</h1>{body}</article></body></html>"


def test_json_ld_source_types_keep_their_scope():
    html = _page('<script type="application/ld+json">{"@type": "NewsArticle", '
                 f'"digitalSourceType": "{IPTC}compositeWithTrainedAlgorithmicMedia", '
                 f'"image": {{"@type": "ImageObject", "digitalSourceType": "{IPTC}trainedAlgorithmicMedia"}}}}'
                 '</script>')
    declared = load(html, "a.html").meta["ai_provenance"]
    assert [(d["claim"], d["scope"]) for d in declared] == [("assisted", "article"), ("generated", "image")]


def test_meta_tags_microdata_generator_and_c2pa():
    html = _page(f'<meta name="iptc:digitalsourcetype" content="{IPTC}digitalCapture">'
                 '<meta name="generator" content="Jasper AI writer">'
                 '<link rel="c2pa-manifest" href="https://example.org/a.c2pa">'
                 f'<link itemprop="digitalSourceType" href="{IPTC}algorithmicallyEnhanced">')
    meta = load(html, "a.html").meta
    claims = {d["source"]: d["claim"] for d in meta["ai_provenance"]}
    assert claims == {"meta iptc:digitalsourcetype": "none", "meta generator": "generated",
                      "microdata digitalSourceType": "assisted"}
    assert meta["c2pa_manifest"] == "https://example.org/a.c2pa"
    assert meta["ai_generated"].startswith("microdata digitalSourceType")  # the first that says AI


def test_front_matter_declarations_and_review():
    doc = load("---\ntitle: T\nai_assisted: yes\nai_reviewed: Claire Martin\n---\n# T\n\nTexte.\n", "a.md")
    assert doc.meta["ai_provenance"][0]["claim"] == "assisted"
    assert doc.meta["ai_review"] == "ai_reviewed: Claire Martin"


def test_hidden_disclosure_is_kept_aside_and_placed():
    html = _page("", "<p>Le conseil municipal a voté mardi le budget, selon le maire.</p>"
                     '<div style="display:none">Cet article a été généré par une IA.</div>')
    result = audit_article(html, "a.html", Settings())
    assert "généré par une IA" not in result.doc.text
    assert [(d.where, d.act) for d in result.facts.disclosures] == [("hidden", "generated")]
    assert [f.rule for f in result.findings if f.rule.startswith("AI")] == ["AI005"]


def test_links_keep_their_offsets_and_sources_keep_their_url():
    html = _page("", "<p>Le conseil municipal a voté mardi, selon Le Monde.</p><h2>Sources</h2>"
                     '<ul><li><a href="https://lemonde.fr/x">Le Monde</a>, « Budget voté », publié le 5 mars 2025.</li></ul>')
    result = audit_article(html, "a.html", Settings())
    start, end, href = result.doc.links[0]
    assert result.doc.text[start:end] == "Le Monde" and href == "https://lemonde.fr/x"
    assert [(c.publisher, c.url) for c in result.facts.citations] == [("Le Monde", "https://lemonde.fr/x")]


def test_page_kinds_from_markup_and_notes():
    wiki = _page('<meta name="generator" content="MediaWiki 1.39">',
                 "<p>The goat is a domesticated species of goat-antelope, typically kept as livestock.</p>")
    result = audit_article(wiki, "a.html", Settings())
    assert result.facts.page_kind == "wiki"
    assert any("page kind wiki" in n and "CIT001" in n for n in result.notes)
    news = _page('<script type="application/ld+json">{"@type": "NewsArticle"}</script>')
    assert audit_article(news, "b.html", Settings()).facts.page_kind == "news"
    assert audit_article("Un texte collé.", "c.txt", Settings()).facts.page_kind == "article"


def test_the_page_kind_setting_makes_a_cms_export_without_markup_news(tmp_path, capsys):
    """A newsroom's HTML exports carry no schema.org markup: as a page they are "article" and
    get no citation rules, which the note says, and page-kind = "news" runs them."""
    from audit.cli import main

    export = _page("", "<h1>Budget</h1><p>Le conseil municipal a voté mardi un budget de 2,1 "
                       "millions d'euros pour les écoles de la ville et leurs cantines.</p>")
    plain = audit_article(export, "a.html", Settings())
    assert plain.facts.page_kind == "article"
    # French: no text model reads it, so it is read as its text pasted (round 29b, r08): the
    # citation rules run as on text (CIT001 is opt-in for French, so still none)
    assert plain.facts.page_kind_reason == "default; its markup leaves news open and no text " \
        "model reads fr: read as its text pasted would be"
    assert not [f for f in plain.findings if f.rule == "CIT001"]
    assert not any(n.startswith("page kind") for n in plain.notes)
    # English: the text model reads it, finds no news, and the note says the rules were off
    english = _page("", "<h1>Budget</h1><p>The city council approved a budget of 2.1 million "
                        "dollars for the town's schools and their canteens.</p>")
    assert any("page kind article" in n and "--page-kind news" in n
               for n in audit_article(english, "e.html", Settings()).notes)
    # CIT001 is opt-in: switched on for French as the configuration's [languages] does
    cit001 = (("CIT001", ("fr",)),)
    as_news = audit_article(export, "a.html", Settings(page_kind="news", languages=cit001))
    assert (as_news.facts.page_kind, as_news.facts.page_kind_reason) == \
        ("news", "the page-kind setting")
    assert [f.rule for f in as_news.findings if f.rule == "CIT001"] == ["CIT001"]
    (tmp_path / "e.html").write_text(english, encoding="utf-8")
    assert main(["check", str(tmp_path / "e.html"), "--isolated", "--fail-on", "info", "--select",
                 "CIT001"]) == 0
    assert main(["check", str(tmp_path / "e.html"), "--isolated", "--fail-on", "info", "--select",
                 "CIT001", "--page-kind", "news"]) == 1
    page = tmp_path / "a.html"
    page.write_text(export, encoding="utf-8")
    (tmp_path / "audit.toml").write_text('page-kind = "news"\n[languages]\nCIT001 = ["fr"]\n',
                                         encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(page), "--fail-on", "info"]) == 1
    assert "CIT001" in capsys.readouterr().out
    (tmp_path / "audit.toml").write_text('page-kind = "newz"\n', encoding="utf-8")
    assert main(["check", str(page)]) == 2
    assert 'page-kind: expected one of "auto", "news"' in capsys.readouterr().err


def test_language_gate_says_so_and_all_languages_runs_the_rule():
    text = "The minister resigned on Tuesday after weeks of pressure over the budget and the strikes.\n"
    gated = audit_article(text, "a.txt", Settings())
    assert not [f for f in gated.findings if f.rule == "CIT001"]
    assert any("CIT001" in n and "opt-in" in n for n in gated.notes)  # opt-in everywhere
    forced = audit_article(text, "a.txt", Settings(all_languages=True))
    assert [f.rule for f in forced.findings if f.rule == "CIT001"] == ["CIT001"]


def test_agency_credit_setting():
    text = ("Le ministre a démissionné mardi après des semaines de pression sur le budget, et le "
            "gouvernement a nommé son successeur dans la soirée.\n\nSources : AFP\n")
    opt_in = Settings(explicit=frozenset({"CIT003"}))  # opt-in (README "Precision on real pages")
    assert not [f for f in audit_article(text, "a.txt", opt_in).findings if f.rule == "CIT003"]
    strict = Settings(agency_credits_complete=False, explicit=frozenset({"CIT003"}))
    assert [f.rule for f in audit_article(text, "a.txt", strict).findings if f.rule == "CIT003"] == ["CIT003"]


@pytest.mark.parametrize(("line", "agencies"), [
    # a newsroom signing a wire-based story (franceinfo, 2025)
    ("franceinfo avec AFP", ["AFP"]), ("Le Parisien avec AFP", ["AFP"]), ("BFMTV.com avec AFP", ["AFP"]),
    ("avec AFP", ["AFP"]), ("(avec Reuters)", ["Reuters"]), ("Le texte. (FR mit dpa)", ["dpa"]),
    # an agency named in a short line is no credit (found in review)
    ("Entretien exclusif avec Reuters", []), ("Un accord signé avec l’AFP", []),
    ("Interview with AFP", []), ("Son partenariat avec Reuters.", []),
])
def test_a_credit_line_names_its_newsroom_or_nothing_before_avec(line, agencies):
    from audit.extract.citations import find_agency_credits
    from audit.lexicon import fold

    text = fold(line)
    assert [c.publisher for c in find_agency_credits(text, text, [(0, len(text))])] == agencies


def test_the_page_s_disclosures_read_the_segmenter_s_readings_without_asking_again(monkeypatch):
    """find_page_disclosures asks may_name_agent only of the spans the segmenter did not read
    (it kept their readings, none where no agent is named): the same disclosures as a reading
    of every span afresh, on a pasted page with a disclosure, a mention and plain lines."""
    from audit.extract.provenance import find_page_disclosures
    from audit.lexicon import get_ai_lexicon
    from audit.segment import segment

    text = ("Budget voté\n\nLe conseil municipal a voté mardi le budget, selon le maire.\n\n"
            "ChatGPT est un outil dont on parle beaucoup au conseil.\n\n"
            "Cet article a été traduit avec l'aide de DeepL et relu par la rédaction.\n\n"
            "Le maire a salué un budget « équilibré ».\n")
    doc = load(text, "a.txt")
    seg = segment(doc)
    assert seg.readings, "the segmenter reads the lines that may name an agent"
    lex = type(get_ai_lexicon())
    asked = []
    original = lex.may_name_agent
    monkeypatch.setattr(lex, "may_name_agent", lambda self, t: asked.append(t) or original(self, t))
    read = {t for t, _ in seg.readings}
    found = find_page_disclosures(doc, seg, "fr")
    assert not read.intersection(asked)  # the old reading asked each of them again
    fresh = find_page_disclosures(doc, segment(doc).__class__(**{**seg.__dict__, "readings": {}}), "fr")
    assert found == fresh and [d.text for d in found] == [
        "Cet article a été traduit avec l'aide de DeepL et relu par la rédaction."]


def test_the_thread_is_read_from_the_span_columns_as_from_the_spans():
    # A page's spans as columns (Spans) give the thread without making a span of the others;
    # spans as a list give the same, and no comment gives none.
    from audit.extract.provenance import _thread
    from audit.model import Span, SpanKind, Spans

    kinds = [SpanKind.TITLE, SpanKind.BODY, SpanKind.COMMENTS, SpanKind.BOILERPLATE,
             SpanKind.COMMENTS, SpanKind.BOILERPLATE]
    offsets = [(0, 10), (11, 50), (51, 60), (61, 70), (71, 90), (91, 99)]
    listed = [Span(k, s, e) for k, (s, e) in zip(kinds, offsets)]
    assert _thread(Spans.from_offsets(offsets, kinds)) == _thread(listed) == (51, 90)
    assert _thread(Spans.from_offsets(offsets[:2], kinds[:2])) == _thread(listed[:2]) == (0, -1)
