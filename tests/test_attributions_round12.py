"""Round 12 of the blind verdicts (12a, 12b): who the body says speaks, on the pages' own
sentences; a negative beside each."""

from __future__ import annotations

from audit.pipeline import audit_document
from audit.settings import Settings
from tests.attribution_reading import named, vague


def test_an_unlisted_verb_after_a_quotation_introduces_its_described_speaker():
    # lemoci.com (12a fr07): the block has no listed speech verb; the quotation and its comma
    # let it through the screen.
    text = ("« Il faudra voir ce qui sera effectivement financé », relevait un fonctionnaire "
            "familier de la Côte d’Ivoire.")
    assert vague(text) == ["relevait un fonctionnaire"]
    assert vague("« Il faudra voir », a tempéré lundi à l'AFP un diplomate.") == \
        ["a tempéré lundi à l'AFP un diplomate"]


def test_a_participle_or_a_noun_after_a_quotation_is_no_verb_of_saying():
    assert vague("“We will see”, prompting an official to resign.") == []
    assert vague("Il a vu « Intouchables », film de deux réalisateurs, avec un avocat.") == []


def test_an_indefinite_subject_gives_no_speaker_from_the_object():
    # journaldequebec.com (12a fr06): "Flying" was read as the speaker of "jugent".
    text = "Des experts jugent irréaliste le projet Flying Whales, dans lequel Québec a investi."
    assert vague(text) == ["Des experts jugent"]
    assert "Flying" not in named(text)
    # A named subject is still read.
    assert named("Le ministre affirme à Radio Canada que le projet est irréaliste.") == ["Radio Canada"]


def test_a_vague_phrase_in_a_quotation_whose_incise_names_the_speaker_is_theirs():
    # casportecoledevie (12a fr13).
    text = ("« Le club, comme il se nomme aujourd’hui, a été créé en 2004, explique Daniel Teissier, "
            "son président. Mais on dit que l’histoire du club a 100 ans à Mende. »")
    assert vague(text) == []
    assert vague("On dit que le club a cent ans. « Je ne sais pas », a déclaré Jean Dupont.") == ["On dit que"]


def test_the_organisers_speak():
    # petit-bulletin.fr (12b fr08).
    text = ("Mais très vite, nos inquiétudes ont été balayées par les organisateurs qui nous ont "
            "assuré avoir mis le festival en « jachère » cette année.")
    assert named(text) == ["organisateurs"]
    assert named("Un organisateur a assuré que le festival reviendra.") == []


def test_a_pronoun_incise_with_no_one_named_before_is_no_speaker():
    # touleco.fr with its speaker's sentence cut (12b r08); with a name before, it is one.
    settings = Settings(select=frozenset({"CIT005"}), explicit=frozenset({"CIT005"}))
    alone = "« J’ai passé ma journée à discuter avec les salariés et les journalistes », explique-t-il, sonné."
    named = "Jean Dupont est arrivé le premier au siège lundi matin.\n\n" + alone
    assert [f["rule"] for f in audit_document(alone, "page.txt", settings=settings)["findings"]] == ["CIT005"]
    assert [f["rule"] for f in audit_document(named, "page.txt", settings=settings)["findings"]] == []


def test_a_verdict_s_passive_agent_of_commentators_as_a_class_is_vague():
    # journaldequebec.com (12a fr06): the passive of "Des experts jugent irréaliste…".
    text = ("Mardi dernier, Le Journal révélait que le projet de ballons dirigeables français "
            "Flying Whales dans lequel le gouvernement du Québec a investi 30 millions $ cet "
            "automne est jugé irréaliste par des experts.")
    assert vague(text) == ["jugé irréaliste par des experts"]
    assert vague("Le coût, estimé par plusieurs analystes à 3 milliards d'euros, reste flou.") == \
        ["estimé par plusieurs analystes"]
    # Whose experts, said after them, names them; experts who write or build are no verdict.
    assert vague("Le plan a été jugé irréaliste par des experts de l'OCDE réunis à Paris.") == []
    assert vague("Un rapport rédigé par des experts indépendants a été remis au ministre.") == []
