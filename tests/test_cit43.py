"""Round 43a's CIT004 misses (fr05 Ennahar, fr14 Libération): a source introduced by a relay
that cites it ("Se référant à", "citant"), a proximity's complement with any determiner ("proche
de ce dossier"), the same source again after a named relay, and the whole description in the
finding ("selon une source du Quai d'Orsay"). Beside each, what must stay silent: a named
source, a spring or an origin, a sources list. The labelled real sentences of
tests/data/cit43_attribution_frames.tsv measure the frames on the half no cue was chosen on."""

from __future__ import annotations

from pathlib import Path

from tests.attribution_reading import frame_counts
from tests.blind_reading import repro
from tests.citations.reading import cit004_phrases

FRAMES = Path(__file__).parent / "data" / "cit43_attribution_frames.tsv"


def test_relay_citing_a_source_close_to_this_file_then_the_same_source():
    # fr05 (Ennahar, via islam-b/Projet_TDM1): both were missed by the frozen build.
    assert cit004_phrases(repro("round43a/r1_cit004")) == [
        "une source proche de ce dossier", "La même source a également indiqué"]


def test_the_selon_variant_reads_the_whole_description():
    assert cit004_phrases(repro("round43a/r1b_variant")) == ["Selon une source proche de ce dossier"]


def test_a_source_of_a_ministry_named_by_its_building_is_read_whole():
    # fr14 (Libération): the frozen build's span stopped at «selon une source».
    text = ("L’Airbus A350 affrété par les autorités françaises s’est posé peu avant 5h45 avec à son bord "
            "206 passagers, dont 12 enfants et 26 blessés, selon une source du Quai d’Orsay. Quasiment tous "
            "sont français.")
    assert cit004_phrases(text) == ["selon une source du Quai d’Orsay"]


def test_a_verb_before_the_source_reads_where_it_stands():
    # round 22b fr17 (malizine): «a précisé une source» before.
    text = ("Cette attaque a été perpétrée par un kamikaze qui voulait entrer dans le camp, a précisé une "
            "source de sécurité, confirmant l’information.")
    assert cit004_phrases(text) == ["a précisé une source de sécurité"]


def test_citing_an_unnamed_investigator_or_sources_inside_services():
    # afriquinfos.com (Guinée, DSK), decryptnewsonline.com: the relay named, its source not.
    assert cit004_phrases("Citant un enquêteur bien placé dans cette affaire, le journal a rapporté que "
                          "le non-lieu final est une certitude.") == ["Citant un enquêteur"]
    assert cit004_phrases("La chaîne de télévision CNN, citant des sources au sein des services de "
                          "renseignement américains, affirme que les ingénieurs ont développé de nouvelles "
                          "méthodes.") == [
        "citant des sources au sein des services de renseignement"]


def test_proximity_with_other_determiners_and_a_named_place():
    # A described source stays vague whatever it is close to: a named place describes where it
    # stands, it names no one (explain CIT004: "une source proche du ministre de la Défense").
    assert cit004_phrases("Selon une source proche de cette enquête, le suspect a été relâché.") == [
        "Selon une source proche de cette enquête"]
    assert cit004_phrases("Le ministre démissionnera, a indiqué une source proche de son cabinet.") == [
        "a indiqué une source proche de son cabinet"]
    assert cit004_phrases("Selon une source proche de l’Élysée, le remaniement aura lieu lundi.") == [
        "Selon une source proche de l’Élysée"]


def test_the_same_source_after_a_named_one_is_named():
    text = ("Selon Jean Dupont, proche du dossier, le contrat est signé.\n\n"
            "La même source a également indiqué que l’Algérie a renouvelé un contrat.")
    assert cit004_phrases(text) == []
    text = ("Selon l’agence APS, le barrage sera livré en mai. Les travaux ont pris du retard, "
            "a précisé la même source.")
    assert cit004_phrases(text) == []


def test_the_same_source_after_a_relay_and_the_unnamed_source_it_cites():
    # The relay (El Khabar) is named, the source it cites is not: "la même source" is the one
    # its words call a source, in the relay's sentence.
    text = ("Citant une source sécuritaire, El Watan a révélé que trois hommes ont été arrêtés.\n\n"
            "La même source a précisé qu’ils étaient recherchés depuis mai.")
    assert cit004_phrases(text) == ["une source sécuritaire", "La même source a précisé"]


def test_a_spring_an_origin_and_a_sources_list_stay_silent():
    for text in ("Burton est persuadé que le lac Tanganyka est la source du Nil.",  # omnilogie.fr
                 "Le Nil Blanc prend sa source au lac Victoria, à la frontière de l’Ouganda.",  # pays-du-montcalm.com
                 "Il faut s’attaquer à la source du problème, a expliqué le maire, Jean Dupont.",
                 "L’explorateur, citant la source du Nil comme but de sa vie, est reparti en 1866.",
                 "Sources : AFP, Reuters, Le Monde."):
        assert cit004_phrases(text) == [], text


def test_a_description_never_runs_into_the_next_word():
    # round 17a fr10 (limportant): "devant" is no complement.
    text = "Comme l'a très justement rappelé un jour un avocat devant la cour, la justice est lente."
    assert cit004_phrases(text) == ["Comme l'a très justement rappelé un jour un avocat"]


def _frames(split: str) -> tuple[int, int, int]:
    return frame_counts(FRAMES, split)


def test_held_out_frames_precision_and_recall():
    # Measured 2026-12-07: held out 70 right, 1 wrong, 6 missed (precision 0.986, recall 0.921;
    # the frozen build 43: 67, 1, 9: 0.985, 0.882). The floor keeps what was measured.
    tp, fp, fn = _frames("held")
    assert tp / (tp + fp) >= 0.98
    assert tp / (tp + fn) >= 0.92
