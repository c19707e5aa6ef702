"""CIT004 after round 44a (issue 7, session 45): «dire» in an incise's inversion, «se dire» with
the speaker's own stance, an infinitive of a described speaker's own claim, «faire état de», one
source of several in turn, and information obtained from someone named. Every repro comes with
what must stay silent beside it. The labelled set tests/data/cit45_attribution_frames_fr.tsv holds
real sentences from pages used in no earlier set (the search tool's `pages` corpus), split by the
SHA-1 of the page; every cue below was chosen on the tune half."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.attributions import find_attributions
from tests.attribution_reading import frame_counts

DATA = Path(__file__).parent.parent / "data"
REPRO = DATA / "blind_rounds" / "round44a" / "repro"


def _found(sentence: str) -> list[str]:
    return [a.text for a in find_attributions(sentence, [(0, len(sentence))]) if a.vague]


# -- round 44a, fr24 (Reuters via challenges.fr) ------------------------------------------------

def test_se_dire_with_a_stance_by_an_unnamed_official():
    assert _found("Le groupe djihadiste Etat islamique a revendiqué l'attaque dans un communiqué qui "
                  "affirme que le suspect s'était récemment converti à l'islam, mais un responsable "
                  "américain s'est dit très sceptique sur cette revendication et a évoqué des "
                  "\"antécédents psychiatriques\".") == ["un responsable américain s'est dit"]
    # callways.fr: two UN officials, no name
    assert _found("A l’occasion d’une réunion du Conseil de sécurité de l’ONU sur le Burundi, deux hauts "
                  "responsables de l’Organisation se sont déclarés très inquiets vendredi face la montée "
                  "de la violence au Burundi.") != []


def test_se_dire_by_a_named_speaker_or_as_a_thought_stays_silent():
    # rtl.be (Belga): the speaker is named; collector.com.tr: an office, one person
    for text in ("M. Touré s'est toutefois dit \"confiant\" de l'emporter, à condition que les opérations "
                 "de dépouillement supervisées par la Commission électorale nationale indépendante (Céni) "
                 "se déroulent correctement.",
                 "Le Premier ministre se dit prêt à négocier avec les partis à la « condition préalable » "
                 "d’un accord sur « l’importance de l’effort » sur la dette",
                 "Washington ne dispose pas de preuves, mais se dit préoccupé par cette information qu’il "
                 "est en train de vérifier, a déclaré le porte-parole de la Maison Blanche Jay Carney.",
                 # journaldemontreal.com: «se dire que» is a thought told to oneself
                 "Le suspect se dit qu'ils devront prouver qu'il est bien coupable.",
                 "Un responsable s'est dit qu'il valait mieux attendre la fin de l'enquête."):
        assert _found(text) == [], text


def test_dire_inverted_after_the_commentators():
    assert _found("Stephen Paddock ne présentait aucune des caractéristiques habituelles de ce genre de "
                  "tueur de masse, qui sont le plus souvent des hommes jeunes en proie à des troubles "
                  "psychologiques, disent les experts.") == ["disent les experts"]
    # the experts' body said after them names them, as «les experts du GIEC»
    assert _found("Le ralentissement sera durable, disent les experts de l'OCDE.") == []


def test_an_infinitive_of_the_speakers_own_claim():
    assert _found("Un responsable américain a déclaré être très sceptique sur cette revendication.") == [
        "Un responsable américain a déclaré"]
    # a witness's infinitive is what he lived, a vox pop (cit44's held-out negative)
    assert _found("Des témoins locaux à Sahat Al Tahrir rapportent avoir entendu des coups de feu suivis "
                  "d'une forte explosion qui a brisé les vitres vers 6 heures du matin, heure locale.") == []
    # an infinitive that is no claim
    assert _found("Un responsable a dit adieu à ses collègues.") == []


@pytest.mark.parametrize("name, expected", [
    ("r5_cit004_1.md", True), ("r5_cit004_2.md", True), ("r5_cit004_3.md", True),
    ("r5_cit004_4.md", True), ("r5_cit004_5.md", True), ("r5_cit004_6.md", True),
    ("r5b_1.md", True), ("r5b_2.md", True), ("r5b_3.md", True), ("r5b_4.md", True),
    ("r5b_5.md", True), ("r5b_6.md", True),
])
def test_round_44a_repros(name, expected):
    text = (REPRO / name).read_text(encoding="utf-8")
    body = text.split("---", 2)[2]
    at = text.index(body)
    # the first line names Joseph Lombardo; the repro's sentence is the last paragraph
    last = body.rstrip().rsplit("\n\n", 1)[1]
    start = text.index(last, at)
    found = [a for a in find_attributions(text, [(start, start + len(last))]) if a.vague]
    assert bool(found) is expected, (name, [a.text for a in found])


# -- session 45's labelled set, tune half -------------------------------------------------------

def test_faire_etat_de_by_an_unnamed_speaker():
    # bamada.net; lci.fr (one source in turn: «Une première source»)
    assert _found("Cameroun – Un haut responsable de l’église catholique en France a fait état mercredi de "
                  "nouvelles « rassurantes » du prêtre français , enlevé le 14 novembre au Cameroun.") != []
    assert _found("Une première source proche de l'enquête faisait état plus tôt dans la soirée de quatre "
                  "personnes incarcérées dans la voiture qui a percuté celle des gendarmes.") != []
    for text in ("La préfecture a fait état de trois morts et de onze blessés.",
                 "Le Parisien fait état de quatre personnes incarcérées.",
                 "Une première source de revenus a été identifiée, a indiqué le maire Jean Dupont."):
        assert _found(text) == [], text


def test_information_obtained_from_someone_named():
    # the tester's false finding (round 44): whom it was obtained from names it
    for text in ("Selon des informations obtenues auprès de la gendarmerie, le suspect a été arrêté.",
                 "D'après des informations obtenues auprès du parquet de Paris, il a été mis en examen.",
                 "Selon des informations recueillies auprès des enquêteurs, il a avoué.",
                 "Selon des informations obtenues auprès de Reuters, il démissionnera."):
        assert _found(text) == [], text
    # not someone's circle nor relatives, nor described sources
    assert _found("Selon des informations obtenues auprès de l'entourage du ministre, il démissionnera.") == [
        "Selon des informations"]
    assert _found("Selon des informations recueillies auprès de proches, il a avoué.") == [
        "Selon des informations"]
    assert _found("Selon des informations obtenues auprès de sources policières, il a été arrêté.") != []


def test_a_spring_is_no_source_of_news():
    assert _found("L'eau du bassin est alimentée par une source thermale.") == []
    assert _found("L'information a été confirmée par une source judiciaire.") == ["par une source judiciaire"]


@pytest.mark.xfail(strict=True, reason="a named speaker's quotation broken in pieces (malikonews.com): "
                   "«Selon des informations préliminaires, certains» des assaillants «…», a indiqué le "
                   "général Yehia Rasool; only the last piece before the incise is read as his")
def test_known_miss_a_named_speakers_broken_quotation():
    assert _found("« Selon des informations préliminaires, certains » des assaillants « ont "
                  "malheureusement des liens avec certains services de sécurité », a indiqué le général "
                  "Yehia Rasool dans un communiqué.") == []


@pytest.mark.xfail(strict=True, reason="«nos sources» as a subject with a verb outside the speech verbs "
                   "(maghreb-intelligence.com: «Nos sources attestent que»); the held-out half's miss")
def test_known_miss_our_sources_attest():
    assert _found("Nos sources attestent que Rabat, au niveau du ministère des Affaires étrangères, est "
                  "disposée à autoriser aux diplomates russes de se déplacer.") != []


# -- the labelled set ---------------------------------------------------------------------------

def _frames(split: str) -> tuple[int, int, int]:
    return frame_counts(DATA / "cit45_attribution_frames_fr.tsv", split)


def test_held_out_french_frames():
    # Measured 2026-12-07 on the 39 held-out sentences: 15 right, 1 wrong (the broken quotation
    # above, wrong before too), 2 missed (precision 0.938, recall 0.882); main before: 14, 1, 3
    # (0.933, 0.824). Unchanged after review C45's mend (measured again the same day).
    tp, fp, fn = _frames("held")
    assert fp <= 1
    assert tp / (tp + fn) >= 0.88


# -- review C45 (probes modelled on AFP, Reuters and regional copy: /tmp/s45/review_C45) ---------

def test_se_dire_with_a_quoted_stance_fires():
    # AFP's quotation marks around the attribute: a stance said, not a thought (review C45, sd1, x1, x4)
    for text in ("Un diplomate occidental s'est dit « très préoccupé » par la montée des tensions à la "
                 "frontière, a rapporté l'agence.",
                 "Un diplomate occidental s'est dit « très préoccupé » par la montée des tensions à la frontière.",
                 "Un responsable américain s'est dit « très sceptique » sur cette revendication.",
                 "Un responsable américain s'est dit \"très sceptique\" sur cette revendication.",
                 "Un responsable américain s'est dit “très sceptique” sur cette revendication."):
        assert _found(text) != [], text


def test_se_dire_que_a_few_words_on_is_a_thought():
    # review C45: sd8, sd9, x5, x6, x7 («que» after an adverb or an aside, the imperfect, the
    # plural's unagreed participle)
    for text in ("Un responsable s'est alors dit qu'il fallait tout reprendre à zéro.",
                 "Un fonctionnaire se dit parfois que personne ne remarquera son absence.",
                 "Un responsable se disait alors qu'il valait mieux se taire.",
                 "Des responsables se sont dit que la crise passerait d'elle-même.",
                 "Un responsable s'est dit, à juste titre, qu'il valait mieux attendre."):
        assert _found(text) == [], text
    # a stance, then its clause, is said: «convaincu que» is no thought told to oneself
    assert _found("Un haut responsable du ministère s'est dit convaincu que l'accord serait signé.") != []


@pytest.mark.xfail(strict=True, reason="review C45, x10: a relative's feeling («Un proche de la victime se "
                   "dit « anéanti »») is a vox pop, but «un proche» is an unnamed speaker's noun («un proche "
                   "du ministre»); main fires too, and only whose «proche» he is tells them apart")
def test_known_miss_a_relatives_feeling():
    assert _found("Un proche de la victime se dit « anéanti » par la nouvelle.") == []


def test_information_from_a_bare_plural_group_is_vague():
    # a capitalised plural with no article is an indefinite group (review C45: ap11, ap12, ap17, a5-a7)
    for text in ("Selon des informations recueillies auprès de Français vivant sur place, la situation s'est dégradée.",
                 "Selon des informations obtenues auprès d'Européens présents à Kaboul, les talibans contrôlent l'aéroport.",
                 "Selon des informations obtenues auprès de Parisiens interrogés dans la rue, la mesure est impopulaire.",
                 "Selon des informations recueillies auprès de Marseillais rencontrés sur le Vieux-Port, la grève est suivie.",
                 "Selon des informations obtenues auprès d'Américains travaillant à l'ambassade, l'évacuation est imminente.",
                 "Selon des informations obtenues auprès de Syriens réfugiés en Turquie, les bombardements ont repris."):
        assert _found(text) != [], text


def test_information_from_a_name_after_a_contracted_article_or_an_office_is_named():
    # review C45: ap5, ap6, ap9, a3, ap7, ap10 (main fired on them)
    for text in ("Selon des informations obtenues auprès du CHU de Nantes, le patient est sorti du coma.",
                 "Selon des informations obtenues auprès du Pentagone, deux soldats ont été blessés.",
                 "Selon des informations recueillies auprès du Quai d'Orsay, aucun Français ne figure parmi les victimes.",
                 "Selon des informations recueillies auprès des Nations unies, 300 000 personnes ont fui.",
                 "Selon des informations obtenues auprès de la présidence, le chef de l'Etat sera à Dakar lundi.",
                 "Selon des informations obtenues auprès de la direction de l'usine, 200 postes seront supprimés."):
        assert _found(text) == [], text


def test_an_infinitive_after_a_telling_verb_is_a_vox_pop():
    # review C45, i1, i2: what one lived or feels, told, sources nothing
    for text in ("Un policier raconte avoir été pris à partie par une dizaine de jeunes.",
                 "Un proche de la victime confie ne pas comprendre ce geste."):
        assert _found(text) == [], text
    # a declaring verb's infinitive stays the speaker's claim (in1, in2, in4, i4)
    for text in ("Un responsable de la sécurité a affirmé avoir reçu des menaces de mort.",
                 "Un haut fonctionnaire a assuré ne pas avoir été informé de ces transferts.",
                 "Un responsable du Hamas a affirmé à l'AFP n'avoir reçu aucune proposition.",
                 "Un responsable du ministère a indiqué ne pas être en mesure de confirmer ce bilan."):
        assert _found(text) != [], text


@pytest.mark.xfail(strict=True, reason="review C45, i3 (borderline): a lawyer asserting what he lived; "
                   "«affirmer» is a verb of asserting and «un avocat» a role, as in «Un responsable de la "
                   "sécurité a affirmé avoir reçu des menaces», which must fire: only what is claimed tells them apart")
def test_known_miss_a_lawyer_telling_what_he_lived():
    assert _found("Un avocat affirme avoir été menacé de mort à la sortie de l'audience.") == []


def test_inverted_commentators_polled_by_a_named_outlet_are_named():
    # review C45, d2, d3: who polled them says whose, as «interrogés par Reuters» in unnamed_speakers
    for text in ("Le ralentissement sera durable, disent les experts interrogés par l'AFP.",
                 "Le ralentissement sera durable, disent les économistes consultés par Le Monde."):
        assert _found(text) == [], text
    assert _found("Le ralentissement sera durable, disent les experts interrogés.") != []
