"""Attributions the blind rounds still found wrong after round 12, on the pages' own
sentences; a negative beside each."""

from __future__ import annotations

from tests.attribution_reading import named, vague


def test_a_paper_that_reports_names_the_source_of_its_sentence_s_hedge():
    # moneymarketing (round 5): the outlet is named in the hedge's sentence
    text = ("The Brexit ‘divorce bill’ will reportedly amount to between €45bn and €55bn, the "
            "Telegraph reports.")
    assert vague(text) == []
    assert "Telegraph" in named(text)
    assert named("Reuters reported on Monday that the bill will amount to €45bn.") == ["Reuters"]
    # negative: the hedge alone
    assert vague("The deal, reportedly worth £10 billion, was signed on Monday.") == ["reportedly"]


def test_a_passive_s_subject_is_no_speaker():
    # "Fifty" was read as the speaker of "were reported" (and of "were announced")
    assert named("Fifty new cases were reported on Monday.") == []
    assert named("Fifty new cases were announced on Monday.") == []
    # its agent is: a role, a name
    assert named("The plan was announced by the mayor on Monday.") == ["mayor"]
    assert "Jim" in named("The plan was announced by Jim Carr on Monday.")


def test_the_source_again_points_back_to_the_source_said_before_not_to_a_name_between():
    # devdiscourse (round 9a): "the source" again is the unnamed one, not Der Spiegel
    text = ("The finance ministry has sent its plans to parliament's budget committee for "
            "approval, said the source. Germany could agree a framework deal with Diehl Defence "
            "and Nammo Raufoss, Der Spiegel, which first reported the plans, said.\n"
            "The committee is due to make its decision on July 3, said the source.")
    assert vague(text) == ["said the source.", "said the source."]
    # torapamavoa (round 5): "les mêmes sources" after the inquiry named between
    text = ("Trois perquisitions ont été effectuées mercredi par la police, selon ces mêmes "
            "sources. Une autre personne serait également allée retirer des fonds, selon "
            "l'enquête préliminaire de la Brigade financière. Une information judiciaire "
            "pourrait être ouverte rapidement, selon les mêmes sources.")
    assert vague(text) == ["selon ces mêmes sources", "selon les mêmes sources"]
    # negative: a named source, then the source again
    assert vague("Le projet coûtera 45 milliards, selon Le Monde. Il sera voté en mars, selon "
                 "la même source.") == []
