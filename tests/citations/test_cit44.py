"""CIT004 recall on real sentences (issue 7, session 44). The labelled sets
tests/data/cit44_attribution_frames_{fr,en}.tsv hold real sentences from pages not used before
(the search tool's `pages` corpus), split by the SHA-1 of the page; every cue below was chosen
on the tune half. Each repro comes with what must stay silent beside it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from audit.extract.attributions import find_attributions
from tests.attribution_reading import vague

DATA = Path(__file__).parent.parent / "data"


def _found(sentence: str) -> list[str]:
    return [a.text for a in find_attributions(sentence, [(0, len(sentence))]) if a.vague]


# -- English ------------------------------------------------------------------------------------

def test_counted_sources_with_any_reporting_verb():
    # CNN via gantnews.com; economywatch.gr
    assert _found("One source cautioned it is still being worked out with Robert Mueller’s office.") == [
        "One source cautioned"]
    assert _found("In addition, one source confirms that Mueller’s team wants information.") == [
        "one source confirms"]
    assert _found("Finance ministry sources confirmed on Monday that initiatives are underway.") == [
        "sources confirmed"]
    # a record confirms nothing, and a source of water adds nothing
    assert _found("Reports confirmed that the plant will close.") == []
    assert _found("The utility added another source of water to its network.") == []


def test_a_source_unnamed_or_speaking_to_an_outlet():
    # slate.com; gamasutra.com
    assert _found("That official wasn’t Vice President Dick Cheney, according to another unnamed source.") == [
        "according to another unnamed source."]
    assert _found("A source speaking to Reuters disclosed that GameStop is in talks.") == [
        "A source speaking to"]
    assert _found("The figures are in the report, according to a source document filed in May.") == []


def test_people_close_to_a_person():
    # CNN (Manafort)
    assert _found("Mueller's team never asked for documents, which people close to him say he'd be "
                  "happy to provide.") == ["people close to him say"]
    assert _found("He spends his holidays with people close to him.") == []


def test_bare_authorities_are_read_as_officials():
    # ABC News (Philadelphia hospital)
    assert _found("An employee was gunned down before the suspect shot two officers, authorities said.") == [
        "authorities said"]
    # whose they are is said, or the very next sentence names them, or a body spoke just before
    assert _found("The road was closed, the authorities said.") == []
    assert _found("The road was closed, police authorities said.") == []
    assert vague("The road was closed, authorities said. Police Chief John Smith said the driver "
                 "fled.") == []
    assert vague("Crash on Route 9\n\nThe Sioux County Sheriff’s Office says it happened at 2 a.m.\n\n"
                 "Authorities say the driver tried to avoid the officer.\n") == []


def test_a_nation_before_officials_says_where_they_serve_not_whose_they_are():
    # Reuters via jinolabs.com; NYT via newssniffer.co.uk
    assert _found("Earlier this year, US intelligence officials said Beijing is leaning on scientists.") == [
        "officials said"]
    assert _found("American officials say that they are confident they intercepted the messages.") == [
        "officials say"]
    assert _found("Unnamed officials told Reuters that the cyberattack targeted Iran.") == [
        "Unnamed officials told"]
    for text in ("The American officials said the talks were over.",  # pointed at
                 "NATO officials said the talks were over.",  # a body's name
                 "Pentagon officials said the talks were over.",
                 "Brookline Police officials said the road was closed."):
        assert _found(text) == [], text


def test_what_had_been_reported_or_rumoured():
    # rte.ie; finextra.com
    assert _found("It had been reported in April that Verizon had hired advisers.") == [
        "It had been reported"]
    assert _found("Reuters has been rumoured to be negotiating a deal for the company.") == [
        "has been rumoured to"]
    # a sentence that names who reported it
    assert _found("It had been reported in April by The Wall Street Journal that Verizon had hired "
                  "advisers.") == []


# -- French -------------------------------------------------------------------------------------

def test_anonymity_said_makes_any_speaker_unnamed():
    # camerounpost.com; rtl.be; the known miss of session 31 (Time, via a French paper)
    assert _found("« La tension était palpable depuis plusieurs jours », confie un témoin sous couvert "
                  "d’anonymat.") == ["un témoin sous couvert d’anonymat"]
    assert _found("C'est ce que nous expliquait un riverain, qui a préféré garder l'anonymat par peur.") == [
        "un riverain, qui a préféré garder l'anonymat"]
    # a witness beside a verb, anonymity unsaid, is a vox pop; a debate about anonymity is no source
    assert _found("« Ce sont des junkies, des microbes », pense un habitant.") == []
    assert _found("Un débat sur l'anonymat en ligne a eu lieu mardi, a indiqué le maire.") == []
    # a speaker read with the verb keeps that reading (AFP, rounds 39a, 41a, 43a)
    assert _found("« Il n'y a pas vraiment d'effort », a commenté un autre diplomate occidental sous "
                  "couvert d'anonymat.") == ["a commenté un autre diplomate"]


def test_the_residents_after_selon():
    # niarela.net
    assert _found("Selon les habitants, des jeunes gens ont fait « péter des pétards ».") == [
        "Selon les habitants"]
    # as a subject they are a vox pop (3dproto.fr, Yampil)
    assert _found("Les habitants ont déclaré qu’ils avaient été forcés de rester à l’écart.") == []


def test_the_latest_news_and_intelligence_no_one_gave():
    # niarela.net; burkina24.com; magazine.com.lb; not the writer's "aux dernières nouvelles" (28b fr04)
    assert _found("Aux dernières informations, les bandits ont posé un ultimatum.") == [
        "Aux dernières informations"]
    assert _found("Selon des renseignements recueillis, des individus mal intentionnés observent les "
                  "sites sensibles.") == ["Selon des renseignements"]
    assert _found("D’après les informations parvenues à Téhéran, la gestion de ce dossier se résume à "
                  "deux personnes.") == ["D’après les informations parvenues"]
    # whose, said after them
    assert _found("Aux dernières informations de la préfecture, la route est rouverte.") == []
    assert _found("Il reste silencieux sur son résultat net, négatif aux dernières nouvelles.") == []
    assert _found("Il a menti, selon des informations recueillies par L'Express, hier.") == []


def test_the_past_incise_of_on():
    # latribune-algerie.com
    assert _found("L’enquête a été confiée à la DCRI et cela en vue, m’a-t-on dit, « d’identifier la ou "
                  "les sources des fuites ».") == ["m’a-t-on dit"]


def test_reports_whose_author_is_said_and_a_sound_source():
    # algos-ai.com; agoravox.fr: both were false findings
    assert _found("Selon des rapports de l’OCDE, on observe une accélération de l’adoption.") == []
    assert _found("L'ouïe peut être faussée par une source sonore qui masque les sons.") == []
    # still read: reports no one wrote, a source that speaks
    assert _found("Selon des rapports, la mine fermera.") == ["Selon des rapports"]
    assert _found("Diverses raisons sont révélées par des sources sur la véritable cause des coups "
                  "de feu.") == ["par des sources"]


@pytest.mark.xfail(strict=True, reason="«De sources locales,» opening a sentence without «a-t-on appris»: "
                   "«issus de sources locales» is a supply, and telling the two apart needs the "
                   "sentence's start, which the phrase screen does not read (camerounpost.com)")
def test_known_miss_sources_opening_a_sentence():
    assert _found("De sources locales, les habitants ont encerclé la brigade de gendarmerie.") != []


@pytest.mark.xfail(strict=True, reason="an official of a named department, singular: whose he is is "
                   "said as in «City officials», but no one is named (economist.com); the English "
                   "rule reads a named body as the speaker")
def test_known_miss_an_official_of_a_named_department():
    assert _found("In Washington, a State Department official said the policy on Iran was under "
                  "review.") != []


# -- the labelled sets --------------------------------------------------------------------------

def _frames(lang: str, split: str) -> tuple[int, int, int]:
    path = DATA / f"cit44_attribution_frames_{lang}.tsv"
    rows = csv.DictReader((line for line in path.open(encoding="utf-8") if not line.startswith("#")),
                          delimiter="\t")
    tp = fp = fn = 0
    for row in rows:
        if row["split"] != split:
            continue
        got, want = bool(_found(row["sentence"])), row["label"] == "vague"
        tp += got and want
        fp += got and not want
        fn += want and not got
    return tp, fp, fn


def test_held_out_french_frames():
    # Measured 2026-12-07 on the 105 held-out French sentences: 35 right, 0 wrong, 17 missed
    # (precision 1.000, recall 0.673); main before this change: 32, 0, 20 (1.000, 0.615).
    tp, fp, fn = _frames("fr", "held")
    assert tp / (tp + fp) >= 0.98
    assert tp / (tp + fn) >= 0.67


def test_held_out_english_frames():
    # Measured 2026-12-07 on the 76 held-out English sentences: 16 right, 0 wrong, 19 missed
    # (precision 1.000, recall 0.457); main before this change: 13, 0, 22 (1.000, 0.371).
    tp, fp, fn = _frames("en", "held")
    assert tp / (tp + fp) >= 0.98
    assert tp / (tp + fn) >= 0.45
