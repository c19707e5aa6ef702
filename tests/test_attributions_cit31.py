"""Session 31 (helper cit31): CIT004 reads an unnamed plural subject before a speech or stance
verb as it reads the same description after "selon" / "according to". Each labelled sentence
is real (where it came from beside it) but the brief's own wordings. Measured on 19 labelled
ones (the 7 real vague ones and the 10 fine ones of CASES, and the 2 known misses): before,
precision 1.00 recall 0.22 (2 of 9 vague read); after, precision 1.00 recall 0.78 (7 of 9)."""

from __future__ import annotations

import pytest

from tests.attribution_reading import vague

# (expected vague phrases, sentence, where it came from)
CASES = [
    (["toutes les personnes interrogées ont dénoncé"],
     "Les responsables locaux de la FNSEA n’ont pas répondu à nos questions. En parallèle, "
     "absolument toutes les personnes interrogées ont dénoncé, en off, le « verrou » du syndicat.",
     "round 27b fr16 mediacites (r01)"),
    # "Witnesses told CBS San Francisco the gunman…": "told", whom, a clause (session 32)
    (["Witnesses told", "Some witnesses said"],
     "There was no early word on a possible motive. Witnesses told CBS San Francisco the gunman "
     "appeared to be firing at random. Some witnesses said he suddenly appeared from behind a "
     "stage before beginning to shoot.", "ozarksfirst.com, Gilroy (CBS)"),
    (["sources said"], "Federal law enforcement sources said that John M. Roll, the senior U.S. "
     "District judge in Arizona, was shot and killed.", "Washington Post via kirktanter.blogspot.com"),
    (["Law enforcement officials said"], "Law enforcement officials said they believed he was a "
     "military veteran.", "Washington Post via kirktanter.blogspot.com"),
    (["witnesses said"], "Council members were tidying up their notes and about to head out for "
     "a meal when the gunman struck, witnesses said.", "edition.cnn.com 2002, Nanterre"),
    (["witnesses said"], "He shot through the door of the newsroom with what witnesses said was "
     "a shotgun.", "wftv.com, Capital Gazette"),
    (["according to witnesses"], "The suspect, a white man, according to witnesses, opened fire "
     "in the newsroom of the Capital Gazette.", "wftv.com, Capital Gazette"),
    # the brief's wordings
    (["Plusieurs sources ont affirmé"], "Plusieurs sources ont affirmé que le ministre allait "
     "démissionner.", "brief"),
    (["Des témoins ont raconté"], "Des témoins ont raconté que le tireur portait une cagoule.", "brief"),
    # fine: their own experience, no speech, a named relay, named witnesses
    ([], "Les habitants ont déclaré qu’ils avaient été forcés de rester à l’écart alors que les "
     "troupes russes installaient des camps de base dans leurs maisons.", "3dproto.fr (Yampil)"),
    ([], "À Boutcha, des témoins racontent les violences subies par les civils ukrainiens, qui "
     "seraient dues aux forces spéciales russes.", "20min.ch (chapeau; Olena named after)"),
    ([], "Certains témoins ont déposé. Si ce que vous indiquez est avéré, c'est sidérant.",
     "nosdeputes.fr 1047464"),
    ([], "C'est la réalité : plusieurs policiers se trouvant sur place ont, sans aucun doute, "
     "entendu une femme se faire massacrer.", "nosdeputes.fr 1049277"),
    ([], "NANTERRE, France -- Eyewitnesses told how they desperately hit the ground for cover as "
     "a gunman sprayed a French town hall chamber with bullets.", "edition.cnn.com 2002"),
    ([], "Smithee said witnesses told authorities at least one other person may have been "
     "involved in the shooting.", "ozarksfirst.com (a named chief relays them)"),
    ([], "Les policiers ont d'ores et déjà entendu les victimes, cinq employés de SFR et Bouygues.",
     "infonormandie.com"),
    ([], "Des habitants ont témoigné de leur colère devant la mairie.", "brief (own experience)"),
    ([], "Plusieurs élus ont voté contre le projet.", "brief (no speech)"),
    ([], "Des témoins, dont Marie Dupont, ont raconté que le tireur portait une cagoule.", "brief (named)"),
    ([], "Deux sources de revenus ont permis de financer le projet.", "a source of something"),
]


@pytest.mark.parametrize("expected,text,where", CASES, ids=[c[2] for c in CASES])
def test_unnamed_plural_subjects(expected, text, where) -> None:
    assert vague(text) == expected


def test_known_misses() -> None:
    # Left: "reported seeing", "a apporté un nouvel éclairage" (no speech verb read); "told"
    # with no "that" after it is read since session 32 (tests/test_attributions_left32.py).
    assert vague("Dimanche, une source saoudienne citée sous le couvert de l'anonymat sur le site "
                 "Internet du magazine américain Time a apporté un nouvel éclairage sur cette "
                 "histoire.") == []  # radiocanada.com 2006
    assert vague("Witnesses of the Gilroy, California shooting reported seeing the shooter wearing "
                 "some kind of Army fatigues.") == []
