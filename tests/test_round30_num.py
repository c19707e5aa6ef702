"""Round 30 (helper num30): a date a plan's or a plain future's verb governs ("Les radars
seront livrés en octobre 2016") is in the future of the writing: it bounds no undated page's
writing date from below (NUM001, round 30a r03 and fr04)."""

from __future__ import annotations

from audit.pipeline import audit_article
from audit.settings import Settings


def _num001(text: str) -> list:
    return [f for f in audit_article(text, "x.txt", Settings()).findings if f.rule == "NUM001"]


# round 30a r03: right at the March-2014 rate (1.39 USD/EUR), delivered in October 2016
_R03 = ("Le groupe a remporté mardi un contrat de 139 millions de dollars (100 millions d'euros) "
        "pour la fourniture de 12 radars, a-t-il annoncé dans un communiqué. Les radars seront "
        "livrés en octobre 2016.\n")
# round 30a fr04 (journalaviation, real): January 2020 rate 1.114, delivery in October 2021
_FR04 = ("Le géant italien de l'aéronautique et de la défense Leonardo a annoncé mercredi avoir "
         "remporté un contrat de 176,4 millions de dollars (158,4 millions d'euros) pour la "
         "fourniture de 32 hélicoptères à l'US Navy. Ces hélicoptères TH-73A, qui seront "
         "construits principalement dans l'usine de Leonardo (AgustaWestland) à Philadelphie, "
         "seront livrés en octobre 2021, avec des pièces de rechange et un ensemble de services.\n")


def test_a_future_delivery_date_bounds_nothing():
    assert not _num001(_R03)


def test_the_real_page_reads_no_bound_from_its_delivery_date():
    # 0.8 EUR/USD: right at the 2018 rates only; with the October-2021 bound it was an error
    # whenever rates after 2021 miss it, now the whole rate data is its window
    text = _FR04.replace("158,4 millions d'euros", "141,1 millions d'euros")
    assert not _num001(text)


def test_an_english_plain_future_bounds_nothing():
    text = ("Thales wins radar deal\n\nThales won a $139 million (100 million euros) contract on "
            "Tuesday to supply 12 radars. The radars will be delivered in October 2016.\n")
    assert not _num001(text)


def test_a_past_date_still_bounds_it():
    # the same sentence told in the past: delivered in October 2016, so written after it,
    # and 139 M$ is not 100 M€ at any rate since
    text = _R03.replace("seront livrés", "ont été livrés")
    assert [f.message for f in _num001(text)]
    text = _R03.replace("seront livrés", "ont été livrés").replace("Les radars", "Le 3 octobre 2016, le groupe a dit que les radars")
    assert _num001(text)


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
