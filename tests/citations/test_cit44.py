"""CIT004 recall on real sentences (issue 7, session 44). The labelled sets
tests/data/cit44_attribution_frames_{fr,en}.tsv hold real sentences from pages not used before
(the search tool's `pages` corpus), split by the SHA-1 of the page; every cue below was chosen
on the tune half. Each repro comes with what must stay silent beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.attributions import find_attributions
from tests.attribution_reading import frame_counts, vague

DATA = Path(__file__).parent.parent / "data"


def _found(sentence: str) -> list[str]:
    return [a.text for a in find_attributions(sentence, [(0, len(sentence))]) if a.vague]


# -- English ------------------------------------------------------------------------------------

def test_sources_that_are_no_person_do_not_speak():
    # review C44 (g07, g08, g09, g14): cit44's "sources added/revealed" read energy, revenue and
    # light sources as speakers; the verbs are back to say/tell/advise
    for text in ("Renewable energy sources added 40 gigawatts of capacity in 2023, the International "
                 "Energy Agency said.",
                 "A new revenue source added $3 million to the county budget, Treasurer Ann Lee said.",
                 "Wind and solar sources accounted for 30%, while gas sources added another 20%, the "
                 "grid operator ERCOT said.",
                 "Multiple light sources revealed the cracks in the fresco, the restorer Maria Rossi "
                 "said.",
                 "Reports confirmed that the plant will close.",
                 "The utility added another source of water to its network."):
        assert _found(text) == [], text


@pytest.mark.xfail(strict=True, reason="a counted source with a reporting verb other than say/tell/advise "
                   "(CNN via gantnews.com): telling a person from an energy, revenue or light source "
                   "needs the source's kind, which the English cues do not read (review C44)")
def test_known_miss_counted_sources_with_any_reporting_verb():
    assert _found("One source cautioned it is still being worked out with Robert Mueller’s office.") == [
        "One source cautioned"]


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


def test_bare_authorities_are_not_read_as_officials():
    # review C44: blind rounds 29a en04_legalnews ("…according to a news release from U.S. Attorney
    # Beth Drake. Authorities said that Sigalas…") and 12a en02_cbsnews (state police named
    # before "authorities announced"); a nation before authorities says whose (en04, en19)
    for text in ("Chinese authorities said the ship had entered its waters.",
                 "Ukrainian authorities said the dam had been destroyed.",
                 "Local authorities said Monday the bridge would reopen, Mayor Karen Bass told reporters.",
                 "The FBI arrested the man Tuesday in Columbus, authorities said.",
                 "The road was closed, the authorities said.",
                 "The road was closed, police authorities said."):
        assert _found(text) == [], text
    assert vague("Noah Sigalas was indicted Tuesday, according to a news release from U.S. Attorney "
                 "Beth Drake. Authorities said that Sigalas sold the drugs.") == []


@pytest.mark.xfail(strict=True, reason="bare authorities (ABC News): their owner is said in ways the officials' "
                   "guards do not read (a named attorney's release, \"MSP\", \"Health System\"), so "
                   "cit44's cue was undone (review C44)")
def test_known_miss_bare_authorities():
    assert _found("An employee was gunned down before the suspect shot two officers, authorities said.") == [
        "authorities said"]


def test_a_nation_before_officials_says_where_they_serve_not_whose_they_are():
    # Reuters via jinolabs.com; NYT via newssniffer.co.uk
    assert _found("Earlier this year, US intelligence officials said Beijing is leaning on scientists.") == [
        "officials said"]
    assert _found("American officials say that they are confident they intercepted the messages.") == [
        "officials say"]
    assert _found("Unnamed officials told Reuters that the cyberattack targeted Iran.") == [
        "Unnamed officials told"]
    for text in ("The American officials said the talks were over.",  # pointed at
                 "Chinese authorities said the ship had entered its waters.",  # no unnamed speaker
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
    # camerounpost.com; rtl.be: the anonymity right after the verb that reports it
    assert _found("« La tension était palpable depuis plusieurs jours », confie un témoin sous couvert "
                  "d’anonymat.") == ["confie un témoin sous couvert d’anonymat"]
    assert _found("C'est ce que nous expliquait un riverain, qui a préféré garder l'anonymat par peur.") == [
        "expliquait un riverain, qui a préféré garder l'anonymat"]
    # review C44 (fr07, fr08, fr12, g19): anonymity said with no reporting verb, nobody speaks
    for text in ("Les avocats de la défense contestent le recours à des témoins sous couvert d'anonymat "
                 "devant la cour d'assises.",
                 "Depuis la réforme de 2016, la loi permet à un témoin sous couvert d'anonymat de déposer "
                 "sans révéler son identité.",
                 "La protection des sources, qui ont souhaité garder l'anonymat, est au cœur du débat, a "
                 "estimé la ministre Rachida Dati.",
                 "Plusieurs témoins sous couvert d'anonymat ont été entendus par le juge d'instruction, a "
                 "indiqué le parquet."):
        assert _found(text) == [], text
    # a witness beside a verb, anonymity unsaid, is a vox pop; a debate about anonymity is no source
    assert _found("« Ce sont des junkies, des microbes », pense un habitant.") == []
    assert _found("Un débat sur l'anonymat en ligne a eu lieu mardi, a indiqué le maire.") == []
    # a speaker read with the verb keeps that reading (AFP, rounds 39a, 41a, 43a)
    assert _found("« Il n'y a pas vraiment d'effort », a commenté un autre diplomate occidental sous "
                  "couvert d'anonymat.") == ["a commenté un autre diplomate"]


def test_the_residents_after_selon_are_left_alone():
    # review C44 (g01, g16, fr05): a named group, "selon" as "depending on", an owner after
    for text in ("Selon les Témoins de Jéhovah, la fin des temps est proche, explique le sociologue "
                 "Régis Dericquebourg.",
                 "Les loyers sont fixés selon les résidents et leurs revenus.",
                 "Selon les habitants interrogés par l'AFP à Kidal, les combats ont repris mardi matin.",
                 # as a subject they are a vox pop (3dproto.fr, Yampil)
                 "Les habitants ont déclaré qu’ils avaient été forcés de rester à l’écart."):
        assert _found(text) == [], text


@pytest.mark.xfail(strict=True, reason="«Selon les habitants» (niarela.net): telling it from «Selon les "
                   "Témoins de Jéhovah», «fixés selon les résidents» and «les habitants interrogés par "
                   "l'AFP» needs an owner check and a reading of «selon» as «depending on» (review C44)")
def test_known_miss_the_residents_after_selon():
    assert _found("Selon les habitants, des jeunes gens ont fait « péter des pétards ».") == [
        "Selon les habitants"]


def test_the_latest_news_and_intelligence_no_one_gave():
    # magazine.com.lb
    assert _found("D’après les informations parvenues à Téhéran, la gestion de ce dossier se résume à "
                  "deux personnes.") == ["D’après les informations parvenues"]
    # review C44: «aux dernières informations» as the writer's own update or with its owner after
    # (fr14, fr16, fr17, g02, g03, g21); «des renseignements obtenus auprès de» (fr22)
    for text in ("Aux dernières informations, la préfecture du Rhône indiquait que 200 personnes "
                 "avaient été évacuées.",
                 "Aux dernières informations obtenues auprès du parquet de Lyon, le suspect a été placé "
                 "en garde à vue.",
                 "Aux dernières informations, selon le maire Patrick Dupont, la route a été rouverte.",
                 "Le suspect, toujours en fuite aux dernières informations, est activement recherché.",
                 "Il était, aux dernières informations, hospitalisé au CHU de Lyon dans un état grave.",
                 "Aux premières informations, données par le maire de la commune, Jean Dupont, l'incendie "
                 "serait accidentel.",
                 "Selon des renseignements obtenus auprès de la gendarmerie de Kati, les assaillants "
                 "étaient une vingtaine.",
                 "Aux dernières informations de la préfecture, la route est rouverte."):
        assert _found(text) == [], text
    assert _found("Il reste silencieux sur son résultat net, négatif aux dernières nouvelles.") == []
    assert _found("Il a menti, selon des informations recueillies par L'Express, hier.") == []


def test_the_past_incise_of_on_left_alone():
    # review C44 (fr37, fr38, g25): a question, a place that says whose
    for text in ("Pourquoi m'a-t-on dit de partir sans aucune explication ? s'interroge Fatou Diallo, "
                 "licenciée en mars.",
                 "Le dossier est clos, nous a-t-on précisé au cabinet du ministre de l'Intérieur.",
                 "Comme nous a-t-on expliqué à la préfecture, les routes seront rouvertes."):
        assert _found(text) == [], text


@pytest.mark.xfail(strict=True, reason="«m'a-t-on dit» (latribune-algerie.com), «Aux dernières "
                   "informations» (niarela.net), «Selon des renseignements recueillis» (burkina24.com): "
                   "cit44's cues had no guard for a question, a place or an owner after them "
                   "(«au cabinet du ministre», «obtenus auprès de»), nor for the writer's own update; "
                   "undone (review C44)")
def test_known_miss_the_past_incise_and_the_latest_information():
    assert _found("L’enquête a été confiée à la DCRI et cela en vue, m’a-t-on dit, « d’identifier la ou "
                  "les sources des fuites ».") == ["m’a-t-on dit"]
    assert _found("Aux dernières informations, les bandits ont posé un ultimatum.") == [
        "Aux dernières informations"]
    assert _found("Selon des renseignements recueillis, des individus mal intentionnés observent les "
                  "sites sensibles.") == ["Selon des renseignements"]


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
    return frame_counts(DATA / f"cit44_attribution_frames_{lang}.tsv", split)


def test_held_out_french_frames():
    # Measured 2026-12-07 on the 105 held-out French sentences: 34 right, 0 wrong, 18 missed
    # (precision 1.000, recall 0.654) after review C44's undoing; cit44 had 35, 0, 17 (0.673);
    # main before cit44: 32, 0, 20 (1.000, 0.615).
    tp, fp, fn = _frames("fr", "held")
    assert tp / (tp + fp) >= 0.98
    assert tp / (tp + fn) >= 0.65


def test_held_out_english_frames():
    # Measured 2026-12-07 on the 76 held-out English sentences: 15 right, 0 wrong, 20 missed
    # (precision 1.000, recall 0.429) after review C44's undoing; cit44 had 16, 0, 19 (0.457);
    # main before cit44: 13, 0, 22 (1.000, 0.371).
    tp, fp, fn = _frames("en", "held")
    assert tp / (tp + fp) >= 0.98
    assert tp / (tp + fn) >= 0.42
