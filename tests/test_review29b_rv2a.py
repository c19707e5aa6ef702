"""Review 2 of session 29 (helper rv2a): a target's or a forecast's year ("by 2020", "d'ici
2020") bounds no undated page's writing date (NUM001); a title line's event day ("Nuit Blanche
(05/10/2024) –", "… Samedi 21 juin 2025 à 18h30") dates the page only when no byline does.
Its number tests are in tests/numbers/."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings


def _article(text: str):
    return audit_article(text, "x.txt", Settings())


# Item 2: the title line's event day is a fallback, the byline dates the page
@pytest.mark.parametrize("text, day", [
    ("Nuit Blanche (05/10/2024) – Le programme complet de la soirée\n\n"
     "Par Claire Martin, le 20 septembre 2024\n\n"
     "La Ville de Paris a dévoilé vendredi le programme de la prochaine Nuit Blanche, qui se "
     "tiendra le samedi 5 octobre de 19 heures à 7 heures du matin.\n", "2024-09-20"),
    ("Fête de la musique à Rennes. Samedi 21 juin 2025 à 18h30\n\n"
     "Par Claire Martin, le 10 juin 2025\n\n"
     "La Ville de Rennes a dévoilé mardi le programme de la Fête de la musique, qui débutera le "
     "samedi 21 juin à 18h30 place de la Mairie.\n", "2025-06-10"),
])
def test_a_title_line_event_day_does_not_beat_the_byline(text, day):
    assert str(_article(text).facts.published) == day


def test_with_no_byline_the_title_line_day_still_dates_the_page():
    text = ("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine anerkannt gute Einrichtung in "
            "Hooksiel. Das wurde auf der Jahreshauptversammlung wieder einmal deutlich.\n\n"
            "Der Vorstand dankte allen Helfern.\n")
    assert str(_article(text).facts.published) == "2024-02-14"


# Item 3: a short headline with an article or a possessive over its standfirst is no rubric
def _title(text: str):
    from audit.pipeline import audit_document
    return audit_document(text, "x.txt")["title"]


@pytest.mark.parametrize("text, title", [
    ("Net zero's reckoning\n"
     "How Britain's promise to decarbonise by 2050 collided with the cost of living crisis\n"
     "By Jane Smith\n12 March 2024\n"
     "When the government set its net zero target in law five years ago, few ministers expected "
     "the bill to arrive so soon. Households now face higher energy costs than at any time in a "
     "generation.\n", "Net zero's reckoning"),
    ("Le grand gâchis\n"
     "Chaque année, des tonnes de nourriture finissent à la poubelle dans les cantines scolaires "
     "du département\n"
     "Par Claire Martin\n12 mars 2024\n"
     "Dans les cantines du département, près d'un tiers des repas servis finit à la poubelle, "
     "selon une étude publiée mardi par le conseil départemental.\n", "Le grand gâchis"),
    ("The long goodbye\n"
     "Why the last coal mine in the valley is closing after a century and what comes next for "
     "its workers\n"
     "By Jane Smith\n12 March 2024\n"
     "The last shift at the Aberpennar colliery clocked off on Friday, ending a century of mining "
     "in the valley.\n", "The long goodbye"),
])
def test_a_short_headline_over_its_standfirst_stays_the_title(text, title):
    assert _title(text) == title


def test_a_bare_rubric_over_a_long_headline_is_still_dropped():
    # round 22b's page: "Vie en Ehpad" names a field bare
    text = ("Vie en Ehpad\n\nUne centenaire inspire la joie : un 106ème anniversaire mémorable pour "
            "une résidente d’Ehpad à Saint-Brieuc\n\nSaint-Brieuc en fête : la douceur d’un 106ème "
            "anniversaire en Ehpad. L’événement n’est pas passé inaperçu au sein de "
            "l’établissement : une résidente a soufflé ses 106 bougies.\n")
    assert _title(text).startswith("Une centenaire inspire la joie")


# Item 8: an Italian headline opening "Immagini dal …" is no photo credit
_LEDE_IT = ("\n\nLe immagini diffuse oggi dall'esercito ucraino mostrano la città di Bakhmut quasi "
            "completamente distrutta dopo mesi di combattimenti.\n")


@pytest.mark.parametrize("headline", [
    "Immagini dal fronte ucraino, la distruzione di Bakhmut vista dal drone",
    "Foto dal satellite mostrano la città di Bakhmut rasa al suolo dopo mesi di assedio",
])
def test_an_italian_headline_opening_on_immagini_dal_stays_the_title(headline):
    assert _title(headline + _LEDE_IT) == headline


@pytest.mark.parametrize("credit", ["Foto da polizia di Stato", "Foto dall'ANSA",
                                    "Immagine tratta dal profilo Facebook del sindaco"])
def test_a_short_photo_credit_is_still_no_title(credit):
    assert _title(credit + _LEDE_IT) is None


def test_a_bracketed_day_dates_a_line_only_when_a_sentence_follows_the_dash():
    from audit.extract.dates import _bracketed_dateline
    assert _bracketed_dateline("Nuit Blanche (05/10/2024) – Le programme complet de la soirée",
                               "fr") is None
    assert str(_bracketed_dateline("Hooksiel (14. 2. 2024) – Die Jugendfeuerwehr ist eine "
                                   "anerkannt gute Einrichtung.", "de")) == "2024-02-14"
