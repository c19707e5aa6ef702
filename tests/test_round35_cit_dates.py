"""Blind round 35 (2026-12-06): CIT004 on "on" answering the writer's own request (35a r10), a
members' wall's prompt SEG002 missed (35a r2), and two dates unread (35b r3, r9: a headline's
bracketed American day, a German "Datum:" label under a dek). The tester's repro texts, and
negatives for what each cue must not catch. The round's date tests are in tests/dates/, its CIT004
tests in tests/citations/."""

from __future__ import annotations

import pytest

from tests.blind_reading import codes as _codes, repro as _repro


# -- SEG002: a members' wall -------------------------------------------------------------------

def test_members_wall_prompt_is_reported():
    # 35a r2 (en07_ktts): the prompt left as the copy's last line; one finding for the box
    found = [c for c in _codes(_repro("round35a/r2_seg002")) if c[0] == "SEG002"]
    assert found == [("SEG002", "It looks like you are not a member")]


@pytest.mark.parametrize("line", [
    "You must be logged in to view this content.",
    "This page is only available to registered members.",
    "Please log in or register to access this page.",
    "Cette page est réservée aux membres.",
    "Ce contenu est exclusivement réservé à nos adhérents.",
    "Vous n'êtes pas encore membre. Veuillez remplir le formulaire ci-dessous pour accéder à la page.",
    "Connectez-vous pour accéder à ce contenu.",
])
def test_members_wall_forms(line):
    text = ("The council approved the new budget on Tuesday night after a long debate.\n"
            "The vote was five to two, and the plan takes effect in July.\n" + line + "\n")
    assert [c[0] for c in _codes(text)] == ["SEG002"]


@pytest.mark.parametrize("line", [
    "Residents must fill out the form to access the program, the clerk said.",
    "If you are not a member, you cannot vote at the annual meeting.",
    "Users had to log in to view the page before the change, officials said.",
    "L'accès à la salle est réservé aux membres du club depuis 2019.",
    "Pour accéder à la mairie, il faut passer par la rue du Marché.",
    "Les candidats doivent remplir le formulaire pour accéder à la page de paiement.",
    # review 1 of session 34 (R6): a prompt's words inside a reported or longer sentence
    "Under the new model, the content is available only to subscribers after 24 hours, "
    "publisher Ann Lee said in a memo to staff.",
    "You must log in to view the page with your payment details, and you will need your "
    "Social Security number.",
    "Please register to access the page from any device, the city clerk said in a statement.",
    "Connectez-vous pour accéder à l’espace membres, explique la notice distribuée dans les "
    "boîtes aux lettres, et créez votre compte avec votre numéro fiscal.",
    "If it looks like you are not a member yet, staff will help you sign up at the desk, the "
    "director said.",
])
def test_members_wall_words_in_prose_are_no_prompt(line):
    text = ("The council approved the new budget on Tuesday night after a long debate.\n" + line + "\n"
            "The vote was five to two, and the plan takes effect in July.\n")
    assert not [c for c in _codes(text) if c[0] == "SEG002"]
