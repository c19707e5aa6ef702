"""Comment threads: how much reader-comment text ends up in the article, and the reverse.

    python bench/comments.py [--data DIR] [--mode html|text|both]

The labelled pages (../shared/eval/trafilatura) label main text, not comments, so comment
labels come from the pages' own markup: the text of the elements a comment system renders
each comment into (WordPress `comment-content`/`comment-body`/`comment-text`, and the like),
on the 74 pages that have them. Each comment is cut into sentences of 20 characters or more;
a sentence counts as "left in the body" when it is found in our main text (title, headings,
body, sources, disclosure), and as "found" when it is in our comment spans. On every page,
"body marked as comments" is the share of the "with" snippets found in our comment spans.
In HTML mode our loader reads the same class names, so that figure is partly by
construction; in text mode (the page flattened by html_text) no markup is left.
trafilatura (include_comments=False) is scored the same way for the leak, as a reference.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.load import LoadError, load  # noqa: E402
from audit.model import MAIN_KINDS, SpanKind  # noqa: E402
from audit.segment import segment  # noqa: E402
from audit.segment.evaluation import labelled_pages, normalise  # noqa: E402

_COMMENT = ("comment-content", "comment-body", "comment-text", "comment_text", "comment__body",
            "comment-entry", "commentcontent")
_XPATH = " or ".join(f'contains(concat(" ", normalize-space(@class), " "), " {c} ")'
                     for c in _COMMENT)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def comment_sentences(html: bytes) -> list[str]:
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page has no labels
        return []
    elements = root.xpath(f"//*[{_XPATH}]")
    outer = [e for e in elements if not any(a in elements for a in e.iterancestors())]
    sentences = []
    for element in outer:
        sentences += [s for s in _SENTENCE.split(normalise(element.text_content())) if len(s) >= 20]
    return sentences


def ours(data: bytes | str, name: str) -> tuple[str, str]:
    """(main text, comment text) of one page."""
    try:
        doc = load(data, name)
    except LoadError:
        return "", ""
    spans = segment(doc).spans
    pick = lambda kinds: normalise("\n".join(doc.text[s.start:s.end] for s in spans  # noqa: E731
                                             if s.kind in kinds))
    return pick(MAIN_KINDS), pick({SpanKind.COMMENTS})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--mode", choices=["html", "text", "both"], default="both")
    args = parser.parse_args()
    modes = ["html", "text"] if args.mode == "both" else [args.mode]
    rows = {m: {"pages": 0, "chars": 0, "leaked": 0, "found": 0, "snippets": 0, "marked": 0}
            for m in modes + ["trafilatura (html)"]}
    for page in labelled_pages(args.data):
        sentences = comment_sentences(page.html)
        for mode in modes:
            data = page.html if mode == "html" else page.flattened()
            main_text, comments = ours(data, f"page.{'html' if mode == 'html' else 'txt'}")
            row = rows[mode]
            row["snippets"] += len(page.with_)
            row["marked"] += sum(normalise(s) in comments for s in page.with_)
            if sentences:
                row["pages"] += 1
                row["chars"] += sum(map(len, sentences))
                row["leaked"] += sum(len(s) for s in sentences if s in main_text)
                row["found"] += sum(len(s) for s in sentences if s in comments)
        if sentences and "html" in modes:
            import trafilatura

            extracted = normalise(trafilatura.extract(page.html.decode("utf-8", "replace"),
                                                      include_comments=False) or "")
            row = rows["trafilatura (html)"]
            row["pages"] += 1
            row["chars"] += sum(map(len, sentences))
            row["leaked"] += sum(len(s) for s in sentences if s in extracted)
    print("| system | pages with comments | comment text left in the body | comment text found "
          "as comments | body snippets marked as comments (all pages) |")
    print("|---|---|---|---|---|")
    for name, row in rows.items():
        if not row["pages"]:
            continue
        share = lambda k, d: f"{100 * row[k] / row[d]:.1f} %" if row[d] else "n/a"  # noqa: E731
        print(f"| {'ours (' + name + ')' if name in modes else name} | {row['pages']} | "
              f"{share('leaked', 'chars')} | {share('found', 'chars') if name in modes else 'n/a'} | "
              f"{share('marked', 'snippets') if name in modes else 'n/a'} |")


if __name__ == "__main__":
    main()
