"""Round 22 of the blind verdicts (22a, 22b): CIT004's unnamed sources and a count's owner,
each on the page's own sentence, with a second real wording where one was found and a
negative that stays silent."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.attribution_reading import vague


def _cit004(text: str) -> list[str]:
    return [f["evidence"]["phrase"] for f in audit_document(text, "page.txt")["findings"]
            if f["rule"] == "CIT004"]


def test_a_count_owned_after_an_adjective() -> None:
    # 22b (fr05_omondo): the governor made the toll, "provisoire" between
    assert vague("D'après un nouveau bilan provisoire du gouverneur de la région du littoral, "
                 "Dieudonné Ivaha Diboua, l'effondrement a fait au moins 40 morts.") == []
    # no one's count, whatever the adjective
    assert vague("D'après un nouveau bilan provisoire, l'effondrement a fait au moins 40 "
                 "morts.") == ["D'après un nouveau bilan"]


def test_a_sentence_pasted_glued_to_the_line_before_is_reported_once() -> None:
    # 22b (fr17_malizine): the third copy glued to the second ("quartier.Une attaque")
    sentence = ("Une attaque a visé le camp militaire vendredi après-midi, selon des témoins, qui "
                "ont décrit une très forte détonation suivie d'échanges de tirs nourris pendant "
                "près d'une heure dans le quartier.")
    text = (f"Attaque contre un camp militaire\n\n{sentence}\n\nLe bilan n'était pas connu dans "
            f"l'immédiat.\n\n{sentence}{sentence}\n")
    assert _cit004(text) == ["selon des témoins"]
    # a short sentence said twice is two statements
    assert _cit004("Titre\n\nSelon des témoins, il a fui.Selon des témoins, il a fui.\n") == \
        ["Selon des témoins", "Selon des témoins"]


def test_a_source_described_by_security() -> None:
    # 22b (fr17_malizine)
    assert vague("Cette attaque a été perpétrée par un kamikaze qui voulait entrer dans le camp, "
                 "a précisé une source de sécurité, confirmant l'information.") \
        == ["a précisé une source"]
    # a source of safety, no speech
    assert vague("L'or reste une source de sécurité pour les épargnants, explique-t-il.") == []


def test_a_source_with_its_own_incise_before_its_verb() -> None:
    # 22b (fr11_planet)
    assert vague("Une source de l'agence Reuters, citée par Le Monde, déclare que le couple "
                 "serait composé d'un homme de 34 ans et d'une femme de 29 ans.") \
        == ["Une source de l'agence Reuters, citée par Le Monde, déclare"]
    # no speech after the incise
    assert vague("Une source de l'agence Reuters, citée par Le Monde, a été licenciée l'an "
                 "dernier.") == []


def test_another_source_telling_the_reporter() -> None:
    # 22b (fr19_studiotamani): "nous" is the reporter told
    assert vague("L'attaque a fait six morts, a précisé le directeur de l'hôpital, Moussa "
                 "Traoré. Après un moment de panique, le calme serait revenu dans la ville, nous "
                 "signale une autre source.") == ["signale une autre source"]
    # a source of something
    assert vague("La mairie nous signale une autre source de pollution.") == []


def test_english_reported_speech_without_that() -> None:
    # 22a (r03 mutation; en05_actionnewsnow)
    assert vague("The fire started Tuesday. Officials said no one was hurt.") == ["Officials said"]
    assert vague("Negotiators were able to detain the suspect without further incident. First "
                 "responders said the suspect did not receive any injuries during the "
                 "incident.") == ["First responders said"]
    # ajc.com: the same without "that"
    assert vague("Officials said a maintenance worker did not find any issues with the "
                 "oven.") == ["Officials said"]
    # whose officials is said, or one named speaker
    assert vague("City officials said no one was hurt.") == []
    assert vague("The officials said no one was hurt.") == []
    assert vague("The mayor said no one was hurt.") == []


def test_the_outlets_own_reporting_is_not_vague() -> None:
    # 22a (fr13_agenceurope): left alone by design (README, CIT004's scope)
    assert vague("Selon nos informations, il aurait estimé qu'apparaître sur la liste était un "
                 "facteur de dissuasion suffisant.") == []
