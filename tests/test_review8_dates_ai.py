"""Review 8 (session 32), items 3, 4, 6: fixes for review 7 that went too far, each probe
with the review-7 case it must not bring back."""

from __future__ import annotations

from audit.pipeline import audit_document


def _published(text: str) -> str | None:
    return audit_document(text, "x.txt")["published"]


def _findings(text: str, rule: str) -> list[str]:
    return [f["message"] for f in audit_document(text, "x.txt")["findings"] if f["rule"] == rule]


# --- item 3: a blog's own split date card under its headline dates the post ---

_MARKET = ("\n\nLe traditionnel marché de Noël de Colmar a ouvert ses portes vendredi soir, place des "
           "Dominicains. Plus de 150 exposants sont attendus jusqu'au 29 décembre.\n\nLes organisateurs "
           "espèrent accueillir près d'un million de visiteurs cette année, selon l'office de tourisme.\n")


def test_a_split_date_card_under_a_headline_dates_the_post() -> None:
    assert _published("Le marché de Noël ouvre ses portes à Colmar\n\n21\nnov.\n2025" + _MARKET) \
        == "2025-11-21"  # review 8 probe date1
    assert _published("Marché de Noël : Colmar attend un million de visiteurs\n\n05\ndéc.\n2025" + _MARKET) \
        == "2025-12-05"


def test_a_weekday_card_under_a_headline_stays_an_event_s_day() -> None:
    assert _published("Marché de Noël : le programme du week-end à Colmar\n\nSam.\n21\nnov.\n2025"
                      + _MARKET) is None


# --- item 4: a two-word town signed with its country is a signature ---

_STATEMENT = ("Communiqué de l'association des maires du Bénin\n\nL'association des maires du Bénin appelle "
              "le gouvernement à relever la dotation des communes pour l'année 2026, jugée insuffisante "
              "pour financer les services de base.\n\nElle demande l'ouverture rapide d'une concertation "
              "avec les élus locaux.\n\n")


def test_a_two_word_town_and_its_country_sign_a_statement() -> None:
    assert _published(_STATEMENT + "Porto Novo, Bénin, le 14 décembre 2025\n") == "2025-12-14"  # probe date5
    assert _published(_STATEMENT + "La Rochelle, Charente-Maritime, le 14 décembre 2025\n") == "2025-12-14"


def test_a_venue_before_its_town_stays_an_event_s_day() -> None:
    assert _published(_STATEMENT + "Salle des fêtes, Porto Novo, le 14 décembre 2025\n") is None


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
