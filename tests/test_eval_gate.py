"""Quality floor of the segmenter on the shared labelled pages, as trafilatura's eval gate,
measured out-of-fold with the pages split by site (5 folds, no site on both sides).

Plain text: each page is judged by a line model trained on the other folds. HTML: each page's
blocks are judged by a block model trained on the other folds, with trafilatura asked where it
is unsure, as the pipeline does. The shipped weights of both must be exactly what training on
all the pages gives, so a changed feature cannot ship with stale weights. The rest of the path
(rules, thresholds, lexicon lines) was tuned by hand on these pages and cannot be refitted
per fold (README, Segmentation), so the floors sit just under the measured figures.
Comments, in HTML and pasted text: under 5 % of the comment text (labelled from the pages'
comment markup) left in the body, under 1 % of the main-text snippets marked as comments, and
none on the pages that have no comments.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from audit.segment.blocks import default_block_model
from audit.segment.evaluation import (CommentScore, comment_sentences, group_folds,
                                      labelled_pages, site_of)
from audit.segment.lines import default_model
from audit.segment.training import (block_example, cross_validate, cross_validate_blocks, example,
                                    fit, fit_blocks, same_weights, training_set)
from tests.conftest import ROOT

DATA = ROOT.parent / "shared" / "eval" / "trafilatura"
FRENCH = set((Path(__file__).parent / "data" / "eval_french_pages.txt").read_text().split("\n")[1:])


def test_a_page_belongs_to_its_registered_domain_archived_or_not():
    assert site_of("https://www.zeit.de/politik/a.html") == "zeit.de"
    assert site_of("hard::zeit.de.zugverkehr.html") == "zeit.de"
    assert site_of("hard::laestrella.com.pa-laboral.html") == "laestrella.com.pa"
    assert site_of("hard::jamaica.gleaner.com-victims.html") == "gleaner.com"
    assert site_of("https://web.archive.org/web/2016/http://www.dimido.de/2008/x") == "dimido.de"
    assert site_of("https://blog.example.co.uk/x") == "example.co.uk"


def test_folds_keep_a_site_together_and_are_balanced():
    groups = ["a"] * 5 + ["b"] * 3 + [f"s{i}" for i in range(12)]
    assignment = group_folds(groups, 4)
    assert len({f for g, f in zip(groups, assignment) if g == "a"}) == 1
    assert len({f for g, f in zip(groups, assignment) if g == "b"}) == 1
    assert sorted(assignment.count(f) for f in range(4)) == [5, 5, 5, 5]
    assert group_folds(list(reversed(groups)), 4) == list(reversed(assignment))


@pytest.fixture(scope="module")
def pages():
    assert (DATA / "evaldata.json").exists(), f"the labelled pages are missing: {DATA}"
    return labelled_pages(DATA)


@pytest.fixture(scope="module")
def examples(pages):
    return [example(p.file, p.flattened(), p.with_, p.without, p.site) for p in pages]


@pytest.fixture(scope="module")
def block_cv(pages):
    """Block models per fold and the pages' out-of-fold outputs with each first opinion."""
    examples = [block_example(p.file, p.html, p.with_, p.without, p.site) for p in pages]
    return examples, cross_validate_blocks(examples, [p.site for p in pages], FRENCH)


@pytest.fixture(scope="module")
def cv(examples):
    """Fold models and out-of-fold outputs, computed once for the tests below."""
    return cross_validate(examples, FRENCH)


def test_no_site_has_pages_in_two_folds(pages, cv):
    folds_of = defaultdict(set)
    for page, f in zip(pages, cv.folds):
        folds_of[page.site].add(f)
    assert max(map(len, folds_of.values())) == 1
    assert len(folds_of) > 900 and len(set(cv.folds)) == 5


def test_html_quality_floor_out_of_fold(pages, block_cv):
    _, cv = block_cv
    overall, french = cv.scores["auto"], cv.french["auto"]
    comments = CommentScore()
    for page, (main, thread) in zip(pages, cv.outputs["auto"]):
        comments.add(main, thread, comment_sentences(page.html), page.with_)
    assert french.tp + french.fn > 0 and cv.pages >= 985
    # measured 0.946 (P 0.930), French 0.974; trafilatura's verdict as the first stage 0.942
    # (P 0.927); trafilatura asked on 45 % of the pages
    assert overall.f1 >= 0.942, f"F1 {overall.f1:.3f} < 0.942"
    assert overall.precision >= 0.925, f"precision {overall.precision:.3f} < 0.925"
    assert french.f1 >= 0.96, f"French F1 {french.f1:.3f} < 0.96"
    assert cv.asked <= 0.5 * cv.pages, f"trafilatura asked on {cv.asked} of {cv.pages} pages"
    # our block model alone, without trafilatura: measured 0.935
    assert cv.scores["own"].f1 >= 0.93, f"own first stage F1 {cv.scores['own'].f1:.3f} < 0.93"
    assert comments.chars > 10_000
    assert comments.leak < 0.05 and comments.body_marked < 0.01, vars(comments)
    # Forum threads pasted as text: the eval set counts the replies as content, the comment
    # labels (tests/data/comments/) as comments, and so do we since forum post numbers ("#2")
    # mark a thread: 5 snippets of katzen-forum.net, villagersandheroes.com, pocketpc.ch.
    assert comments.marked_without_thread <= 5, vars(comments)


def test_shipped_block_model_is_what_training_gives(block_cv):
    examples, _ = block_cv
    assert same_weights(default_block_model(), fit_blocks([ex for ex in examples if ex])), \
        "audit/segment/block_model.json is stale: run python bench/train_block_model.py"


def test_text_comments_stay_out_of_the_body_out_of_fold(pages, cv):
    comments = CommentScore()
    for (main, thread), page in zip(cv.outputs, pages):
        comments.add(main, thread, comment_sentences(page.html), page.with_)
    assert comments.chars > 10_000
    assert comments.leak < 0.05 and comments.body_marked < 0.01, vars(comments)
    # Forum threads pasted as text: the eval set counts the replies as content, the comment
    # labels (tests/data/comments/) as comments, and so do we since forum post numbers ("#2")
    # mark a thread: 5 snippets of katzen-forum.net, villagersandheroes.com, pocketpc.ch.
    assert comments.marked_without_thread <= 5, vars(comments)


def test_text_quality_floor_out_of_fold(cv):
    # measured 0.883, French 0.889 (line_model.json, trained.cross_validation; 0.873 and 0.896
    # before the named vocabulary, issue 11)
    assert cv.all.f1 >= 0.87, cv.summary()
    assert cv.french.f1 >= 0.87, cv.summary()
    # A writer's clean draft (the article lines alone) keeps its lines.
    assert cv.draft_lines_kept >= 0.97 * cv.draft_lines, cv.summary()


def test_shipped_line_model_is_what_training_gives(examples):
    assert same_weights(default_model(), fit(training_set(examples))), \
        "audit/segment/line_model.json is stale: run python bench/train_line_model.py"
