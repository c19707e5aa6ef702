"""Property tests: whatever the input, the audit returns, and what it returns holds together.

Random Unicode text, HTML-like strings (nested and unclosed tags, entities, declared
charsets), Markdown with odd front matter and random bytes never raise; spans never overlap,
lie inside the text and cover every non-whitespace character; every finding's offsets lie
inside the text; the JSON always validates against the shipped schema.

The budget is small here (AUDIT_PROPERTY_EXAMPLES, default 25 per property) so `make test`
stays fast; `python bench/properties.py 100000` runs the long version.
"""

from __future__ import annotations

import os

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.pipeline import audit_article
from audit.report.serialize import article_to_dict
from audit.schema import output_schema
from audit.settings import Settings
from tests.conftest import assert_partition

EXAMPLES = int(os.environ.get("AUDIT_PROPERTY_EXAMPLES", "25"))
# bench/properties.py runs long budgets as rounds, each with its own seed (pytest
# --hypothesis-seed): one round of 20,000 examples slowed down as hypothesis's search grew.
BUDGET = settings(max_examples=EXAMPLES, deadline=None,
                  derandomize="AUDIT_PROPERTY_ROUNDS" not in os.environ,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# No signals in tests: the time budget is the CLI's business.
SETTINGS = Settings(time_budget=None)
SCHEMA = output_schema()

WORDS = st.sampled_from([
    "Le", "ministre", "a", "déclaré", "selon", "l'AFP", "«", "»", "\"", "(", ")", "[", "]",
    "50", "millions", "de", "dollars", "environ", "42,7", "d'euros", "2 500", "1999", "IA",
    "Ce contenu a été créé avec l'aide de l'IA.", "Sources :", "Reuters", "—", "•", "\n",
    "\n\n", "mille neuf cent quatre-vingt-dix-neuf", "%", "€", "$", "le 5 mars 2024", ":",
    "Partager", "Commentaires", "Répondre", "il y a 3 ans", "« Oui », dit-il.", "\u00a0",
    "\u202f", "\u200b", "\u00ad", "\t", "\r\n", "\r",
    # Figures, dates and cues in the forms of other languages, and the words that make a text
    # read as English or German (its numbers are parsed by the language's rules).
    "the", "of", "and", "to", "in", "said", "according to", "told", "der", "die", "und", "laut",
    "6.320.843", "1.234,5", "1,234.5", "3.5", "12/03/2024", "January 3, 2026", "5 April 2020",
    "Aprıl", "Auguſt", "İstanbul", "twenty-one", "vingt et un", "XXe", "80e", "21st", "-40 °C",
    "$5bn", "50 millions de francs suisses [environ 53 millions d'euros]", "Mai 2025",
])
PROSE = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=120).map(" ".join)
TAGS = st.sampled_from(["p", "div", "h1", "h2", "li", "ul", "article", "nav", "footer", "span",
                        "a", "br", "section", "aside", "time", "script", "style", "blockquote",
                        "table", "td", "tr", "figcaption", "noscript", "template", "svg"])
ATTRS = st.sampled_from(["", ' class="comment-content"', ' class="share"', ' hidden',
                         ' style="display:none"', ' class="sources"', ' href="javascript:x"',
                         ' class="entry-content"', ' id="comments"', ' aria-hidden="true"'])


@st.composite
def html_like(draw) -> str:
    parts = []
    if draw(st.booleans()):
        charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "bogus", ""]))
        parts.append(f'<html><head><meta charset="{charset}"><title>{draw(PROSE)}</title>'
                     '</head><body>')
    for _ in range(draw(st.integers(0, 30))):
        tag, attrs = draw(TAGS), draw(ATTRS)
        kind = draw(st.integers(0, 4))
        if kind == 0:
            parts.append(f"<{tag}{attrs}>")  # left open
        elif kind == 1:
            parts.append(f"</{tag}>")  # closed without opening
        elif kind == 2:
            parts.append(draw(st.sampled_from(["&amp;", "&shy;", "&#8203;", "&nbsp;", "&#x1F600;",
                                               "&bogus;", "&#0;", "<!-- c -->", "<![CDATA[x]]>"])))
        else:
            parts.append(f"<{tag}{attrs}>{draw(PROSE)}</{tag}>")
    return "".join(parts)


@st.composite
def markdown_like(draw) -> str:
    front = draw(st.sampled_from([
        "", "---\n---\n", "---\ntitle: [unclosed\n---\n", "---\n- a list\n---\n",
        "---\ndate: not a date\nai_generated: maybe\n---\n", "---\n: :\n---\n", "---\n",
        "---\ntitle: T\ndigital_source_type: trainedAlgorithmicMedia\nai_reviewed: yes\n---\n",
    ]))
    lines = draw(st.lists(st.one_of(PROSE, st.sampled_from(
        ["# Titre", "## Sources", "> citation", "- item", "1. item", "```", "***"])), max_size=20))
    return front + "\n".join(lines)


def _check(data: str | bytes, name: str) -> None:
    result = audit_article(data, name, SETTINGS)
    article = article_to_dict(result)
    jsonschema.validate({"tool": {"name": "article-audit", "version": "0", "rules": []},
                         "articles": [article],
                         "summary": {"articles": 1, "errors": int(not result.ok),
                                     "findings": {"error": 0, "warning": 0, "info": 0}}}, SCHEMA)
    if not result.ok:
        assert result.error and "\n" not in result.error  # one clear line
        return
    text = result.doc.text
    if not result.doc.suppressions:  # directive lines are not article text
        assert_partition(result)
    spans = sorted((s.start, s.end) for s in result.seg.spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "spans overlap"
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text), (f.rule, f.start, f.end, len(text))


@BUDGET
@given(PROSE)
def test_any_text_audits(text):
    _check(text, "x.txt")


@BUDGET
@given(st.text(max_size=400))
def test_any_unicode_audits(text):
    _check(text, "x.txt")


@BUDGET
@given(html_like())
def test_any_html_like_string_audits(html):
    _check(html, "x.html")
    _check(html.encode("utf-8"), "x.html")


@BUDGET
@given(markdown_like())
def test_any_markdown_audits(markdown):
    _check(markdown, "x.md")


@BUDGET
@given(st.binary(max_size=600), st.sampled_from(["x.txt", "x.html", "x.md", "x"]))
def test_any_bytes_audit(data, name):
    _check(data, name)
