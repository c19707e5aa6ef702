"""Round 30 (helper num30): a date a plan's or a plain future's verb governs ("Les radars
seront livrés en octobre 2016") is in the future of the writing: it bounds no undated page's
writing date from below (NUM001, round 30a r03 and fr04).
Its number tests are in tests/numbers/."""

from __future__ import annotations

from audit.pipeline import audit_article
from audit.settings import Settings


# Round 30b (umva.us, en05): a reasoning model's trace published as the article (AI004)
_TRACE = ("Okay, let's start by reading through the user's query carefully. They want me to "
          "rewrite an article into a clear, professional, and engaging news piece. The user "
          "provided strict rules to follow, so I need to make sure I adhere to each one.\n")


def _ai004(text: str) -> list:
    return [f for f in audit_article(text, "x.txt", Settings()).findings if f.rule == "AI004"]


def test_a_reasoning_trace_is_a_leftover():
    assert [f.evidence["phrase"] for f in _ai004(_TRACE)] == [
        "let's start by reading through the user's query"]


def test_a_second_real_trace_wording():
    # a changelog whose summaries are a model's reasoning (a public repository, 2026)
    text = ("Notes de version\n\nOkay, the user wants me to rewrite a tech changelog entry into a "
            "short, simple Italian sentence that's easy for non-programmers to understand. Let me "
            "first understand the original text.\n")
    assert [f.evidence["phrase"] for f in _ai004(text)] == ["the user wants me to"]


def test_a_quoted_trace_and_a_product_users_request_stay_silent():
    quoted = ("Reasoning models show their work\n\nDeepSeek's model prints its chain of thought. "
              "Asked to rewrite a news story, it began: \"Okay, let's start by reading through the "
              "user's query carefully. They want me to rewrite an article.\" Researchers say such "
              "traces help users check the answer.\n")
    product = ("Our support\n\nWhen the user of our app wants a refund, staff handle it within two "
               "days. The user asked us to add a dark mode, and we did.\n")
    assert not _ai004(quoted) and not _ai004(product)
