"""Comment threads: how much reader-comment text ends up in the article, and the reverse.

    python bench/comments.py [--data DIR] [--mode html|text|both]

The labelled pages (../shared/eval/trafilatura) label main text, not comments, so comment
labels come from the pages' own markup: the sentences of the elements a comment system renders
each comment into (WordPress `comment-content`/`comment-body`/`comment-text` and the like;
audit.segment.evaluation.comment_sentences), on the 75 pages that have them. A sentence is
"left in the body" when it is in our main text (title, headings, body, sources, disclosure),
"found" when it is in our comment spans; our comment text "labelled" is the share of our
comment-span lines that are labelled comment text (names and dates count against). On every page, "body marked as comments" is the share
of the "with" snippets found in our comment spans. In HTML mode our loader reads the same
class names, so that row is partly by construction; in text mode (the page flattened by
html_text) no markup is left. trafilatura (include_comments=False) is scored for the leak.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.segment.evaluation import (CommentScore, comment_sentences,  # noqa: E402
                                      labelled_pages, main_and_comments)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "trafilatura")
    parser.add_argument("--mode", choices=["html", "text", "both"], default="both")
    args = parser.parse_args()
    modes = ["html", "text"] if args.mode == "both" else [args.mode]
    scores = {mode: CommentScore() for mode in modes}
    theirs = CommentScore()
    pages_with_comments = 0
    for page in labelled_pages(args.data):
        sentences = comment_sentences(page.html)
        pages_with_comments += bool(sentences)
        for mode in modes:
            data, name = (page.html, "page.html") if mode == "html" else (page.flattened(), "page.txt")
            scores[mode].add(*main_and_comments(data, name), sentences, page.with_)
        if sentences and "html" in modes:
            import trafilatura

            extracted = trafilatura.extract(page.html.decode("utf-8", "replace"),
                                            include_comments=False) or ""
            theirs.add(extracted, "", sentences, [])
    print(f"{pages_with_comments} pages with comments\n")
    print("| system | comment text left in the body | comment text found as comments | "
          "our comment text that is labelled | body snippets marked as comments (all pages) "
          "| on pages without comments |")
    print("|---|---|---|---|---|---|")
    for mode, score in scores.items():
        print(f"| ours ({mode}) | {score.leak:.1%} | {score.recall:.1%} | {score.precision:.1%} "
              f"| {score.body_marked:.1%} | {score.marked_without_thread} |")
    if "html" in modes:
        print(f"| trafilatura 2.3.1 (html) | {theirs.leak:.1%} | | | | |")


if __name__ == "__main__":
    main()
