"""Review 8 (session 32), item 6: a fix for review 7 that went too far, each probe with the
review-7 case it must not bring back. Items 3 and 4 (dates) are in tests/dates/."""

from __future__ import annotations

from audit.pipeline import audit_document


def _findings(text: str, rule: str) -> list[str]:
    return [f["message"] for f in audit_document(text, "x.txt")["findings"] if f["rule"] == rule]


# --- item 6: a caveat with "may not" under an AI image is a caption ---

_STORM = ("Storm batters the coast\n\nBy Jane Miller\n\nMarch 12, 2025\n\nHeavy rain and high winds hit the "
          "coast on Tuesday, cutting power to thousands of homes.\n\n")


def test_an_ai_image_caveat_is_a_disclosure() -> None:
    for line in ("AI-generated image of the flooded harbour, which may not depict actual events.",  # probe ai3
                 "AI-generated illustration of the summit, which might not reflect what the venue looks like.",
                 "Image générée par IA du port inondé, qui pourrait ne pas refléter la réalité."):
        assert _findings(_STORM + line + "\n\nThe harbour master spoke on Tuesday.\n", "AI001"), line


def test_a_passive_after_a_negated_modal_stays_a_rule() -> None:
    for line in ("AI-generated images will not be published as news photos.",
                 "AI-generated images may not be used to depict real people.",
                 "Les images générées par IA ne peuvent pas être publiées sans mention."):
        assert _findings(_STORM + line + "\n\nThe harbour master spoke on Tuesday.\n", "AI001") == [], line
