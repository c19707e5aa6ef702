"""Review 3 of session 29 (helper rv3c): two maxima of different setups or rooms do not
contradict (NUM002, item 3); a slug is read by its words' inflection-free forms, not their
first six letters (CIT007, item 10); a "by" year whose clause tells a past is no target
(NUM001, item 12)."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_article
from tests.conftest import OPT_IN_CIT


def _rules(text: str, code: str) -> list:
    return [f for f in audit_article(text, "x.txt", OPT_IN_CIT).findings if f.rule == code]


# Item 12: "By 2019 … had already put": a past bound, the conversion is read at 2019
_BY_PAST = ("Norway's wealth fund doubles its bet on renewables\n\n"
            "By 2019 the fund had already put $10 billion (7.7 billion euros) into green bonds, "
            "the fund's managers said in their annual letter.\n\n"
            "The fund now holds stakes in more than 9,000 companies worldwide.\n")


@pytest.mark.parametrize("text", [
    _BY_PAST,
    # a second wording: "by the end of" with a pluperfect
    _BY_PAST.replace("By 2019 the fund had already put", "By the end of 2019, it had invested"),
    # a range's end: "from 2015 through 2019"
    _BY_PAST.replace("By 2019 the fund had already put", "From 2015 through 2019 the fund put"),
])
def test_a_past_by_year_still_dates_the_conversion(text):
    found = _rules(text, "NUM001")
    assert found and "2019" in found[0].message


def test_a_target_by_year_still_bounds_nothing():
    # negative: a plan's "by 2030" stays a target
    text = _BY_PAST.replace("By 2019 the fund had already put", "By 2030 the fund aims to put") \
        .replace("2019", "2030")
    assert _rules(text, "NUM001") == []


# Item 10: an unrelated article's slug shares only word starts with the body
_COUNCIL = ("Lamballe : le président de la communauté de communes démissionne\n\n"
            "Le président de Lamballe Terre et Mer, Thierry Andrieux, a annoncé lundi sa démission "
            "lors du conseil communautaire. Élu en 2020, il dit vouloir se consacrer à sa "
            "commune.\n\nLes élus républicains de l'opposition saluent « une décision "
            "responsable ». Un nouveau président sera élu le 12 mars.\n\nSources :\n\n{}\n")
_CAMPAIGN = ("La commune lance sa campagne nationale sur internet\n\n"
             "La commune de Lamballe a lancé lundi une campagne de communication sur internet pour "
             "attirer de nouveaux habitants, a indiqué la mairie. Une opération nationale doit "
             "suivre en avril.\n\nSources :\n\n{}\n")


@pytest.mark.parametrize("text", [
    _COUNCIL.format("https://www.lemonde.fr/international/article/2024/03/02/"
                    "presidentielle-americaine-primaires-republicaines-caucus_6219733.html"),
    # a second wording: "communaute", "internationale", "nationalisations" are not the body's
    # "commune", "internet", "nationale"
    _CAMPAIGN.format("https://www.lefigaro.fr/international/"
                     "la-communaute-internationale-condamne-les-nationalisations-20240302"),
])
def test_an_unrelated_slug_is_a_source_never_referred_to(text):
    assert len(_rules(text, "CIT007")) == 1


def test_a_slug_in_its_own_inflection_is_still_read():
    # negative: the slug's "campagnes", "lancees" are the body's "campagne", "lancé"
    url = "https://www.ouest-france.fr/bretagne/lamballe-campagnes-de-communication-lancees-sur-internet"
    assert _rules(_CAMPAIGN.format(url), "CIT007") == []


# Item 3: a capacity is given per setup or room; only the same one's two maxima contradict
_STADE = ("Le nouveau stade sera livré en 2026\n\n"
          "{} le stade pourra accueillir jusqu'à 32 000 spectateurs, a précisé le président du "
          "club.\n\n{} le stade pourra accueillir jusqu'à 45 000 spectateurs.\n")


@pytest.mark.parametrize("text", [
    _STADE.format("Pour les matchs,", "En configuration concert,"),
    # a second wording: the setup after the figure (20minutes.fr: "En configuration normale …")
    ("Le nouveau stade\n\nLe club a présenté mardi les plans de son futur stade, qui sera "
     "livré à la fin de l'été selon la mairie.\n\nLe stade pourra accueillir jusqu'à 32 000 "
     "spectateurs, a précisé le président du club.\n\nLe stade pourra accueillir jusqu'à 45 000 "
     "spectateurs en configuration concert.\n"),
    ("La nouvelle salle des fêtes inaugurée\n\nLa grande salle pourra accueillir jusqu'à 400 "
     "personnes, a indiqué le maire.\n\nLa petite salle pourra accueillir jusqu'à 80 personnes, "
     "pour les réunions des associations.\n"),
])
def test_num002_maxima_of_two_setups_or_rooms_do_not_contradict(text):
    assert _rules(text, "NUM002") == []


def test_num002_one_setup_s_two_maxima_still_contradict():
    # negative of the above: the same words, two values
    assert len(_rules(_STADE.format("Pour les matchs,", "Pour les matchs,"), "NUM002")) == 1
