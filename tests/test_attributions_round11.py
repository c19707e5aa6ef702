"""Round 11 of the blind verdicts (11a, 11b): who the body says speaks, on the pages' own
sentences; a negative beside each."""

from __future__ import annotations

from audit.extract.pagekind import text_genre
from audit.pipeline import audit_document
from audit.settings import Settings
from tests.attribution_reading import named, vague


# CIT001 is opt-in; switched on for French as the configuration's [tool.audit.languages] does.
CIT001_ON = Settings(languages=(("CIT001", ("fr",)),))


def _rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in audit_document(text, name, settings=CIT001_ON)["findings"]]


def test_a_named_speakers_quotation_continued_over_paragraphs_is_theirs() -> None:
    # northernirelandworld.com (round 11b, en01): each paragraph opens with “, none closes
    text = ("Inspector Tate said: “Officers received reports at approximately 8.30pm on Wednesday "
            "that an intoxicated man was obstructing traffic.\n\n“Police attended the scene and "
            "located the suspect who is believed to be linked to an earlier assault at a bus "
            "station.")
    assert vague(text) == []
    # French guillemets, the same convention
    text = ("Le procureur Jean Martin a déclaré : « Les enquêteurs ont été saisis dans la nuit.\n\n"
            "« Selon les premiers éléments, le conducteur roulait trop vite. »")
    assert vague(text) == []


def test_a_hedge_outside_the_quotation_stays_vague() -> None:
    # the same page: the hedge before the quotation, in the reporter's words
    text = ("A PSNI spokesperson said a man was arrested.\n\nIt is understood several police "
            "officers were kicked and bitten.\n\nInspector Tate said: “Officers received reports.")
    assert vague(text) == ["It is understood"]
    # a paragraph that does not open with the mark is the reporter's again
    text = ("Inspector Tate said: “Officers received reports that a man was obstructing traffic.\n\n"
            "The suspect is believed to be linked to an earlier assault.")
    assert vague(text) == ["is believed to be"]


def test_an_organisation_is_read_whole_or_not_at_all() -> None:
    # lefigaro.fr (round 11a, fr06)
    text = ("Le conseil de surveillance du Monde programmé ce vendredi a été reporté au 11 février, "
            "selon la Société des rédacteurs du Monde (SRM, actionnaire de référence).")
    assert named(text) == ["Société des rédacteurs du Monde"]
    assert named("Le vote est reporté, selon la Société des rédacteurs.") == []
    assert named("Le vote est reporté, selon Reuters.") == ["Reuters"]


def test_a_name_apposed_to_the_subject_announces() -> None:
    # latribune.fr (round 11a, fr03)
    text = ("Le numéro un mondial du LBO, Blackstone, a dévoilé mercredi son projet de rachat des "
            "parcs de loisirs d'Anheuser-Busch InBev. Le lendemain, le fonds Clayton Dubilier & Rice "
            "annonçait la conclusion d'un accord avec la société de nettoyage JohnsonDiversey.")
    assert named(text) == ["Blackstone", "Rice"]
    assert named("Le numéro un mondial du LBO, à New York, a dévoilé mercredi son projet.") == []


def test_a_gerund_shares_its_sentences_subject() -> None:
    # centrepresseaveyron.fr (round 11a, fr05)
    text = ("Le maire de la commune, Bernadette Bélières-Azémar, a tenu à remercier le comité des "
            "fêtes pour son implication et son dynamisme, tout en soulignant le travail réalisé par "
            "les bénévoles.")
    assert named(text) == ["maire"]
    assert named("Des banderoles ornent la place, tout en soulignant le travail des bénévoles.") == []


def test_a_verb_of_reassurance_after_a_quotation() -> None:
    # allafrica.com (round 11a, fr11)
    text = ("\"Cela représente une occasion unique de modifier la trajectoire du développement en "
            "Afrique subsaharienne\", a rassuré le président de la banque, Jim Yong Kim.")
    assert named(text)


def test_firefighters_and_gendarmes_speak_for_their_service() -> None:
    # onemedia.fr (round 11b, fr25)
    assert named("L'intervention s'est terminée vers 23h00, ont précisé les gendarmes présents.") \
        == ["gendarmes"]
    # a role without a name, after an indefinite, stays what it was: no one named
    assert named("L'intervention s'est terminée vers 23h00, selon des gendarmes.") == []


def test_a_named_incise_inside_a_quotation() -> None:
    # midi-olympique.fr (round 11b, fr26)
    text = ("« Cela prouve que le Stade français reste attractif, souriait Thomas Savare, avant "
            "d'ajouter au sujet d'une possible vente : Je prendrai la décision qui me paraîtra la "
            "mieux appropriée pour défendre les intérêts du club. »")
    assert named(text) == ["Thomas Savare"]
    # a preposition before the name is no incise
    assert named("« Le match se jouera, dans Le Parc des Princes, à guichets fermés. »") == []


def test_a_witness_and_the_authors_inference_name_no_source() -> None:
    # urgenceportneuf.com (round 11b, fr07); matchafrique.com (fr13)
    assert named("Appel d'un employé municipal pour un début d'incendie à la caserne des pompiers "
                  "au 2e étage. Vers 13h il a constaté que de la fumée s'échappait des bouches de "
                  "ventilation.") == []
    assert named("Cette clause est similaire à celle de Ramsey à Burnley, ce qui montre une "
                  "stratégie réfléchie de la part d'Aston Villa.") == []
    # a pronoun that speaks still stands for the speaker named before it
    assert named("Le maire était présent. Il a déclaré que la salle rouvrira.") == ["Il"]


def test_cit001_on_the_repro_pages() -> None:
    assert "CIT001" in _rules("Appel d'un employé municipal pour un début d'incendie à la caserne "
                              "des pompiers au 2e étage. Vers 13h il a constaté que de la fumée "
                              "s'échappait des bouches de ventilation.")
    assert "CIT001" not in _rules("À Pau: une jeune femme grièvement blessée\n\nDans une rue à sens "
                                  "unique, un véhicule seul a percuté violemment le mur d'un "
                                  "immeuble. L'intervention s'est terminée vers 23h00, ont précisé "
                                  "les gendarmes présents.")


def test_a_wire_distributors_dateline_makes_a_release() -> None:
    # newswire.ca (round 11b, fr20)
    text = ("MONTRÉAL, le 16 juill. 2021 /CNW Telbec/ - Au cours de la dernière semaine, le "
            "gouvernement du Québec a donné un coup d'accélérateur pour stimuler la relance.")
    assert text_genre(text, [(0, len(text))], "fr")[0] == "release"
    text = "TORONTO, July 16, 2021 /Some Wire Service/ - The company announced its results."
    assert text_genre(text, [(0, len(text))], "en")[0] == "release"
    # a date and a fraction in a story are no dateline
    text = "PARIS, le 16 juillet 2021, la ville a voté 1/2 du budget - un record."
    assert text_genre(text, [(0, len(text))], "fr") is None
