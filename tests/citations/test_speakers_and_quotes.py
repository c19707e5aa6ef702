"""Who the body says speaks: named speakers, organisations and roles, the quotation a credit or
an incise owns (curly, French and straight marks, over paragraphs), pronoun incises (CIT005).
The cases that read one text's named sources or vague attributions are rows of ``NAMED_CASES``
and ``VAGUE_CASES``, each id naming its old file, test, case and, where known, the round and repro."""

from __future__ import annotations

import pytest

from audit.extract.attributions import (
    _paragraph_quotations, _quotations_of, _straight_quotations, find_attributions,
)
from audit.pipeline import audit_document
from audit.settings import Settings
from tests.attribution_reading import named, read, vague
from tests.blind_reading import ROUNDS, codes, repro
from tests.citations.reading import (
    cit004_spans, cit005_spans, disclosure_acts, named_test, rules, rules_cit001, rules_opt_in,
    selected_rule_messages, selected_spans, spans, vague_test,
)


# from tests/test_attributions_left32b.py
_BUDGET_QUOTE = ("“Our office is presenting a cautiously optimistic general fund budget, which "
                 "includes increases for most general fund offices and departments.”\n\n"
                 "The budget takes effect in January.\n")


# from tests/test_review28_citations.py
_MAYOR = ("Storm damage: town vows to rebuild\n"
          "Mayor Linda Hayes said on Monday that the town would apply for federal disaster aid "
          "before the end of the week.\n")


# from tests/test_round40_cit.py
def _paragraph(path: str, opening: str) -> tuple[str, int, int]:
    text = (ROUNDS / path).read_text(encoding="utf-8")
    at = text.index(opening)
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return text, lo, len(text) if hi < 0 else hi


# the vague attributions each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
VAGUE_CASES = [
    # the note on "…, responsable syndicale anonyme" (16b fr24): the word "anonyme" is the
    # mechanism, not a list of roles
    pytest.param("« On n'a jamais vu ça », responsable syndicale anonyme.",
                 ["responsable syndicale anonyme"],
                 id="review2_cit-a_quotation_closed_by_any_anonymous_credit-0-round16b_fr24"),
    pytest.param("« On n'a jamais vu ça », témoignage anonyme.", ["témoignage anonyme"],
                 id="review2_cit-a_quotation_closed_by_any_anonymous_credit-1-round16b_fr24"),
    pytest.param("« Ça suffit », réponse anonyme.", ["réponse anonyme"],
                 id="review2_cit-a_quotation_closed_by_any_anonymous_credit-2-round16b_fr24"),
    # a name, or anonymity inside the quotation, is no anonymous credit
    pytest.param("« On n'a jamais vu ça », Jean Dupont, syndicaliste.", [],
                 id="review2_cit-a_quotation_closed_by_any_anonymous_credit-3-round16b_fr24"),
    pytest.param("« Je suis resté anonyme », rappelle Jean Dupont.", [],
                 id="review2_cit-a_quotation_closed_by_any_anonymous_credit-4-round16b_fr24"),
    # R3: the mayor is mentioned in the quotation, he does not say it
    pytest.param('Un habitant raconte : "Selon des sources à la mairie, l école fermera en '
                 'juin. Le maire Jean Dupont a dit le contraire en réunion, mais personne ne le '
                 'croit."',
                 ["Selon des sources"],
                 id="round38_cit_review-a_name_inside_an_unnamed_residents_quotation_owns_nothing"),
    # the same with guillemets (c2v_guill: the old code's hole, the same helper)
    pytest.param('Un habitant raconte : « Selon des sources à la mairie, l école fermera en '
                 'juin. Le maire Jean Dupont a dit le contraire en réunion, mais personne ne le '
                 'croit. »',
                 ["Selon des sources"],
                 id="round38_cit_review-a_name_inside_an_unnamed_residents_guillemets_owns_nothing"),
    # round 12a: "…, explique Daniel Teissier, son président. Mais on dit que…", straight too
    pytest.param('"Le club a été créé en 2004, explique Daniel Teissier, son président. Mais '
                 'on dit que les travaux reprendront."',
                 [],
                 id="round38_cit_review-an_incise_inside_the_quotation_still_owns_it-0"),
    pytest.param('Jean Dupont a dit : "Selon des sources à la mairie, l école fermera."', [],
                 id="round38_cit_review-an_incise_inside_the_quotation_still_owns_it-1"),
    # the named speaker's second quotation is his, whatever the marks
    pytest.param("Une source proche du dossier a confié : « Rien n'est décidé. » Le ministre Jean Dupont "
                 "a ajouté : « Selon des experts, la situation est grave. »",
                 ["Une source proche du dossier"],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-0"),
    pytest.param("Une source proche du dossier a confié : “Rien n'est décidé.” Le ministre Jean Dupont "
                 "a ajouté : “Selon des experts, la situation est grave.”",
                 ["Une source proche du dossier"],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-1"),
    pytest.param("Jean Dupont a déclaré : « Nous ferons tout. » Puis il a ajouté : « Selon certains "
                 "experts, la situation est grave. »",
                 [],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-2"),
    # negatives: the unnamed speaker's own quotation stays vague, first or second
    pytest.param("Le ministre Jean Dupont a déclaré : « Nous ferons tout. » Une source proche du dossier "
                 "a ajouté : « Selon des sources internes, rien n'est décidé. »",
                 ["Une source proche du dossier", "Selon des sources"],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-3"),
    pytest.param("Le ministre Jean Dupont a déclaré : “Nous ferons tout.” Une source proche du dossier "
                 "a ajouté : “Selon des sources internes, rien n'est décidé.”",
                 ["Une source proche du dossier", "Selon des sources"],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-4"),
    # a quotation nested in a named speaker's is his
    pytest.param("Jean Dupont a déclaré : « On m'a dit “ selon des sources policières, rien n'est "
                 "décidé ” et je le crois. »",
                 [],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-5"),
    # an unnamed person's quotation naming someone inside stays vague (review 1, c2v)
    pytest.param("Un habitant raconte : « Selon des sources à la mairie, l'école fermera en juin. Le maire "
                 "Jean Dupont a dit le contraire en réunion, mais personne ne le croit. »",
                 ["Selon des sources"],
                 id="round39_cit_left-each_quotation_has_its_own_speaker-6"),
    pytest.param("Au moins 12 personnes sont mortes, selon le bilan de son entourage.",
                 ["selon le bilan de son entourage"],
                 id="round39_cit_left-speaker_through_a_document-0"),
    pytest.param("Au moins 12 personnes sont mortes, selon le bilan de l'entourage du ministre.",
                 ["selon le bilan de l'entourage du ministre"],  # the description read whole (round 43)
                 id="round39_cit_left-speaker_through_a_document-1"),
    pytest.param("La réunion est reportée, d'après un communiqué de son entourage.",
                 ["d'après un communiqué de son entourage"],
                 id="round39_cit_left-speaker_through_a_document-2"),
    pytest.param("Au moins 12 personnes sont mortes, selon les premières informations de son entourage.",
                 ["selon les premières informations de son entourage"],
                 id="round39_cit_left-speaker_through_a_document-3"),
    pytest.param("Au moins 12 personnes sont mortes, selon un dernier bilan de son entourage.",
                 ["selon un dernier bilan de son entourage"],
                 id="round39_cit_left-speaker_through_a_document-4"),
    pytest.param("Au moins 12 personnes sont mortes, selon les informations de la presse locale.",
                 ["selon les informations de la presse locale"],
                 id="round39_cit_left-speaker_through_a_document-5"),
    # negatives: a body or a person named after the document says whose
    pytest.param("Au moins 12 personnes sont mortes, selon le bilan de la préfecture.", [],
                 id="round39_cit_left-speaker_through_a_document-6"),
    pytest.param("Au moins 12 personnes sont mortes, d'après un communiqué du ministère de l'Intérieur.",
                 [],
                 id="round39_cit_left-speaker_through_a_document-7"),
    pytest.param("Au moins 21 personnes sont mortes, selon le bilan provisoire des sapeurs-pompiers.",
                 [],
                 id="round39_cit_left-speaker_through_a_document-8"),
    pytest.param("Selon un communiqué de la préfecture, la route est fermée.", [],
                 id="round39_cit_left-speaker_through_a_document-9"),
    pytest.param("D'après les informations de Jean Dupont, la route rouvrira lundi.", [],
                 id="round39_cit_left-speaker_through_a_document-10"),
    pytest.param("Selon le dernier bilan dressé par le procureur de Paris, les attaques ont fait 129 morts.",
                 [],
                 id="round39_cit_left-speaker_through_a_document-11"),
    # as alone: the same phrase without the document reads the same
    pytest.param("Au moins 12 personnes sont mortes, selon son entourage.", ["selon son entourage"],
                 id="round39_cit_left-speaker_through_a_document-12"),
    pytest.param("Selon le témoignage d'un habitant, les flammes ont éclaté vers 4 h.",
                 ["Selon le témoignage d'un habitant"],
                 id="round39_cit_left-speaker_through_a_document-13"),
    # c02b: a forgotten ” before the closing »
    pytest.param("Le maire Jean Dupont a déclaré : « On m'a dit “ qu'il fallait attendre », a-t-il ajouté. "
                 "Selon des sources policières, l'enquête avance pourtant.",
                 ["Selon des sources"],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-0"),
    # c02c: a stray “ with no closing at all
    pytest.param("Le maire Jean Dupont a déclaré : « Les “ experts en ont parlé longtemps. » Selon des "
                 "sources policières, l'enquête avance pourtant.",
                 ["Selon des sources"],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-1"),
    # c02e: the inner closing typed as »: the first » closes the quotation
    pytest.param("Le maire Jean Dupont a déclaré : « Le “Grand Paris » est une chance. » Selon des sources "
                 "policières, l'enquête avance.",
                 ["Selon des sources"],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-2"),
    # c02f: an autocorrected “…“ pair, and a next paragraph with its own unnamed speaker
    pytest.param("Le maire Jean Dupont a dénoncé : « Ils parlent de “sabotage“, c'est faux. » Selon des "
                 "sources policières, l'enquête avance pourtant.\n\n« Selon des sources proches du dossier, "
                 "le maire était prévenu », confie un enquêteur.",
                 ["Selon des sources", "Selon des sources proches du dossier", "confie un enquêteur"],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-3"),
    # c02d: the next paragraph's quotation is not carried over from a closed one
    pytest.param("Le maire Jean Dupont a déclaré : « Il a parlé de “ sabotage ». Il n'en dira pas plus.\n\n"
                 "« Selon des sources policières, l'enquête avance », confie un enquêteur.",
                 ["Selon des sources", "confie un enquêteur"],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-4"),
    # negatives: inside the quotation, unclosed inner mark or not, the vague phrase is his
    pytest.param("Le maire Jean Dupont a déclaré : « On m'a dit “ qu'il fallait attendre, et selon des "
                 "sources internes, rien n'est décidé », a-t-il ajouté.",
                 [],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-5"),
    pytest.param("Le maire Jean Dupont a déclaré : « Les “ experts, selon des sources internes, en ont "
                 "parlé. » Il est parti.",
                 [],
                 id="round39_cit_review-stray_inner_mark_does_not_hold_the_quotation_open-6"),
    # round 30b fr14's form: a doubled « inside, the inner closed by ″; the quotation ends at
    # its last », the vague phrase after it is found
    pytest.param("Le maire Jean Dupont a déclaré : « La Charente-Maritime a été « très touchée » avec 140.000 "
                 "clients privés de courant, mais « on devrait descendre assez vite sous les 100.000″, et 30.000 "
                 "en Sarthe ». Selon des sources policières, l'enquête avance.",
                 ["Selon des sources"],
                 id="round40_cit-stray_guillemet_ends_at_the_last_closing-0-round30b_fr14"),
    # round 28a fr25's form: a forgotten », then a new « after the speaker's words
    pytest.param("Le maire Jean Dupont a déclaré : « Je me souviens de l'événement que c'était. « La course "
                 "cycliste attirait du monde ». Selon des sources policières, la fête reviendra.",
                 ["Selon des sources"],
                 id="round40_cit-stray_guillemet_ends_at_the_last_closing-1-round28a_fr25"),
    # negatives: a vague phrase inside stays the speaker's; a next paragraph opening with «
    # still carries the quotation on (the press convention)
    pytest.param("Le maire Jean Dupont a déclaré : « Je me souviens, selon des témoins, de l'événement. « La "
                 "course attirait du monde ». Il est parti.",
                 [],
                 id="round40_cit-stray_guillemet_ends_at_the_last_closing-2-round30b_fr14"),
    pytest.param("Jean Dupont a déclaré : « Nous ferons tout « pour les familles ».\n\n« Selon des sources "
                 "policières, le bilan pourrait s'alourdir. »",
                 [],
                 id="round40_cit-stray_guillemet_ends_at_the_last_closing-3-round30b_fr14"),
    # the writer forgot the final »: the inner quotation closed mid-sentence, the speaker's
    # words go on to the paragraph's end (review L, q_b)
    pytest.param("Michaël Quernez a déclaré : « Le rapport de la préfecture parle d'une « situation critique » "
                 "sur les quais. D'après certains experts, la digue ne tiendra pas une nouvelle tempête, et selon "
                 "des sources proches du dossier, l'État refuse de financer les travaux\n\nLes commerçants ont "
                 "commencé à déménager leurs stocks dans l'après-midi.",
                 [],
                 id="round40_cit-an_open_quotation_the_words_go_on_after_is_kept-0"),
    # the quotation goes on in a dialogue paragraph opened by a dash (review L, q_c)
    pytest.param("Michaël Quernez a déclaré : « Le rapport de la préfecture parle d'une « situation critique » "
                 "sur les quais. D'après certains experts, la digue ne tiendra pas une nouvelle tempête, et selon "
                 "des sources proches du dossier, l'État refuse de financer les travaux.\n\n— Nous allons donc "
                 "lancer nous-mêmes un appel d'offres dès cet été, a-t-il ajouté. »\n\nLes commerçants ont "
                 "commencé à déménager leurs stocks dans l'après-midi.",
                 [],
                 id="round40_cit-an_open_quotation_the_words_go_on_after_is_kept-1"),
    # the dash paragraph itself holds the speaker's vague words
    pytest.param("Michaël Quernez a déclaré : « Le rapport parle d'une situation critique.\n\n— Selon certains "
                 "experts, la digue ne tiendra pas, a-t-il ajouté. »",
                 [],
                 id="round40_cit-an_open_quotation_the_words_go_on_after_is_kept-2"),
    # an inner closing mark a speaker's incise follows closed both: the narration after is not quoted
    pytest.param("Le maire Jean Dupont a déclaré : « Le rapport parle d'une « situation critique », a-t-il "
                 "déclaré. Selon des sources policières, l'enquête avance.",
                 ["Selon des sources"],
                 id="round40_cit-an_open_quotation_closed_before_narration-0"),
    # a dash paragraph after a closed quotation carries nothing on
    pytest.param("Jean Dupont a déclaré : « Nous ferons tout. »\n\n— Selon des sources policières, le bilan "
                 "pourrait s'alourdir.",
                 ["Selon des sources"],
                 id="round40_cit-an_open_quotation_closed_before_narration-1"),
]
test_the_vague_attributions_read = vague_test(VAGUE_CASES)


# the named sources each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
NAMED_CASES = [
    # onemedia.fr (round 11b, fr25)
    pytest.param("L'intervention s'est terminée vers 23h00, ont précisé les gendarmes présents.",
                 ["gendarmes"],
                 id="attributions_round11-firefighters_and_gendarmes_speak_for_their_service-0-round11b_fr25"),
    # a role without a name, after an indefinite, stays what it was: no one named
    pytest.param("L'intervention s'est terminée vers 23h00, selon des gendarmes.", [],
                 id="attributions_round11-firefighters_and_gendarmes_speak_for_their_service-1-round11b_fr25"),
]
test_the_named_sources_read = named_test(NAMED_CASES)


# from tests/test_attributions_left32.py
def test_titled_person_after_an_agency_is_the_speaker() -> None:
    assert named('"We are still investigating the scene," said FBI agent John Smith.') == \
        ["FBI agent John Smith"]
    # AP via dailystar.com.lb (Naco border shooting)
    assert named("The shooting occurred after an alarm was triggered, and the agents went to "
                 "investigate, said Cochise County Sheriff's spokeswoman Carol Capas.") == \
        ["Cochise County Sheriff's spokeswoman Carol Capas"]
    # the officials of an AP lede are named by the agent in the next sentence
    assert vague("A man who robbed a bank in Tulsa was arrested Tuesday, officials said. The man "
                 "had fled on foot, said FBI agent John Smith.") == []
    # a private trade's title stays no official: the lede's officials stay unnamed
    assert vague("A man was arrested Tuesday, officials said. He had fled on foot, said defense "
                 "attorney Mark Delgado.") == ["officials said"]


# from tests/test_attributions_left32b.py
def test_a_person_named_after_the_body_still_speaks() -> None:
    # a name after the plural is a person ("Commissioners Kelly Snell, Will Jones", county
    # minutes, lawsdocbox.com); a surname ending in -s is no group noun ("Chris Evans")
    assert cit005_spans("Present were County Judge Scott Felton and Commissioners Kelly Snell and "
                        "Will Jones.\n\n" + _BUDGET_QUOTE) == []
    assert cit005_spans("Chris Evans approved an $18.2 million annual budget Tuesday.\n\n"
                        + _BUDGET_QUOTE) == []


# from tests/test_attributions_leftovers.py
def test_a_passive_s_subject_is_no_speaker():
    # "Fifty" was read as the speaker of "were reported" (and of "were announced")
    assert named("Fifty new cases were reported on Monday.") == []
    assert named("Fifty new cases were announced on Monday.") == []
    # its agent is: a role, a name
    assert named("The plan was announced by the mayor on Monday.") == ["mayor"]
    assert "Jim" in named("The plan was announced by Jim Carr on Monday.")


# from tests/test_attributions_round11.py
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


def test_a_named_incise_inside_a_quotation() -> None:
    # midi-olympique.fr (round 11b, fr26)
    text = ("« Cela prouve que le Stade français reste attractif, souriait Thomas Savare, avant "
            "d'ajouter au sujet d'une possible vente : Je prendrai la décision qui me paraîtra la "
            "mieux appropriée pour défendre les intérêts du club. »")
    assert named(text) == ["Thomas Savare"]
    # a preposition before the name is no incise
    assert named("« Le match se jouera, dans Le Parc des Princes, à guichets fermés. »") == []


# from tests/test_attributions_round12.py
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


# from tests/test_attributions_round13.py
def test_a_publication_informs() -> None:
    # butfootballclub.fr (13a fr18)
    text = ("Mais le plus savoureux réside dans les bonus. Marca informe que 10 premiers millions "
            "devraient tomber rapidement.")
    assert named(text) == ["Marca"]
    assert "CIT001" not in rules_cit001(text)
    # a thing that informs is no source
    assert named("Une affiche informe que la route est fermée jusqu'à lundi.") == []


def test_a_named_observer_measures_a_change() -> None:
    # letemps.ch (13a fr07)
    text = ("En mars, Dealroom a observé une baisse de l’activité de 33% par rapport au moins de "
            "janvier.")
    assert named(text) == ["Dealroom"]
    # constructed (the pages corpus held no second real wording of a named observer's change)
    assert named("L'an dernier, la Fnaim a observé une hausse des prix de 0,8 % sur douze mois.") == ["Fnaim"]
    # a pronoun observing is a witness; an observed silence is no data
    assert named("Il a observé une baisse de la fumée vers midi.") == []
    assert named("Les joueurs de Lorient ont observé une minute de silence.") == []


def test_a_document_with_its_named_signatory() -> None:
    # journalducameroun.com (13a fr20): the hedge's sentence names its source
    text = ("Dans une correspondance signée le 17 septembre 2021 par le ministre d’Etat, Secrétaire "
            "général de la présidence de la République Ferdinand Ngoh Ngoh, l’on apprend que le "
            "président de la République a arrêté le budget de la CAN à 13 milliards de FCFA.")
    assert "Ferdinand Ngoh Ngoh" in named(text)
    assert vague(text) == []
    assert rules_cit001(text) == []
    # constructed (no second real wording found in the pages corpus)
    text = ("Dans une lettre signée par le directeur général Jean-Marc Dupuis, on apprend que "
            "l'usine fermera.")
    assert "Jean-Marc Dupuis" in named(text) and vague(text) == []
    # signed by a body, no person: the hedge stays vague
    text = "Dans une lettre signée par la direction, on apprend que l'usine fermera."
    assert vague(text) == ["on apprend que"]


def test_a_role_named_before_is_its_holder() -> None:
    # magcentre.fr (13b fr03): "le ministre" is Roland Lescure; the next sentence quotes him
    text = ("Roland Lescure, le ministre délégué chargé de l’Industrie et de l’Énergie, s’est rendu "
            "sur place ce 14 mai pour officialiser ce projet.\n\nAccueilli par Alessandro Chiesi, "
            "président du groupe, le ministre a salué une entreprise habituée des sommets Choose "
            "France depuis sept ans. « Votre ancrage territorial depuis 1992 est remarquable. »")
    assert "Roland Lescure" in named(text)
    assert "CIT001" not in rules_cit001("Un laboratoire investit 10 M€.\n\n" + text)
    # the role before the name (constructed after the tester's control, 13b r01b)
    assert named("Le ministre Roland Lescure est venu.\n\nLe ministre a déclaré que l'usine ouvrira.") == \
        ["Roland Lescure"]
    # never named: the salute stays no speech, the page names no source
    text = ("Un laboratoire investit 10 M€.\n\nLe ministre a salué une entreprise habituée des "
            "sommets. « Votre ancrage territorial est remarquable. »")
    assert named(text) == []
    assert "CIT001" in rules_cit001(text)
    # juanico.fr: a salute with no quotation after it is no speech
    assert named("Accueilli par Philippe Kizirian, Maire de Saint-Chamond, le Ministre a salué les "
                 "efforts faits par Saint-Etienne Métropole pour la requalification du site !") == []
    # another role is not the one named
    assert named("Roland Lescure, le ministre délégué, est venu.\n\nLe maire a déclaré que l'usine "
                 "ouvrira.") == ["maire"]


# from tests/test_attributions_round15.py
def test_a_named_subject_puts_out_a_document() -> None:
    # 15a fr09 (r02): a named body disseminating its survey's results
    text = ("La Chambre d'agriculture vient de diffuser les résultats de son enquête sur la "
            "sécheresse et ses conséquences pour les agriculteurs. Au total, ce sont près de 261 "
            "professionnels qui se sont exprimés, soit 9 % de la population agricole.")
    assert named(text) == ["Chambre"]
    assert "CIT001" not in rules_opt_in(text)
    # 15b fr21 (maisonapart.com): the notaries, a body that publishes its figures
    text = ("Pour la première fois, les notaires publient des statistiques immobilières "
            "améliorées, fondées sur les avant-contrats de vente. Elles montrent une accélération "
            "de la hausse des prix, notamment à Paris, +20 % sur l'année 2010.")
    assert named(text) == ["notaires"]
    assert "CIT001" not in rules_opt_in(text)
    # 15b fr23 (universpatrimoine): the same body as a passive's agent after "selon"
    assert named("Selon les statistiques publiées par les notaires et réalisées avec l'Insee, les "
                 "prix de l'immobilier ont progressé de 5,7 % sur un an.") == ["les notaires"]
    # 15b fr16 (travailleuralpin): a named body's written communiqué
    text = ("A Salaise-sur-Sanne, les salariés de Tredi Séché sont en grève depuis le 17 février. "
            "Il faut dire que la direction de Tredi Séché avait rédigé un communiqué indiquant que "
            "devant « une telle prise d'otage », elle arrêtait plusieurs ateliers.")
    assert named(text) == ["Séché"]
    # what is put out is no document, or no one puts it out
    assert named("La mairie diffuse un film en plein air samedi soir.") == []
    assert named("On publie des statistiques chaque mois.") == []
    assert named("Il a rédigé un communiqué dans la nuit.") == []


def test_a_named_subject_reveals_an_adverb_between() -> None:
    # 15b fr17 (purebreak): an adverb between the name and its participle
    text = ("Comme chaque année, Nielsen a en effet révélé le classement des séries qui ont été "
            "les plus regardées sur le petit écran aux USA. NCIS n'a attiré que 15,4 millions de "
            "téléspectateurs en moyenne cette année.")
    assert named(text) == ["Nielsen"]
    assert "CIT001" not in rules_opt_in(text)
    # 15a r13: the verb a cue reads ("a révélé") gives way to it read with its named subject
    text = ("VRT Nieuws a révélé que plus de la moitié des articles en ligne de l'édition flamande "
            "d'Elle ont été rédigés par une IA depuis mars 2025.")
    assert named(text) == ["Nieuws"]
    assert "CIT001" not in rules_opt_in(text)
    # a pronoun reveals nothing traceable
    assert named("Il a révélé que plus de la moitié des articles étaient faux.") == []


def test_an_institution_forecasts_a_measured_change() -> None:
    # 15b fr04 (mecanicvallee)
    text = ("Après un recul de 3,9 % des investissements en 2017, la Banque de France prévoit cette "
            "année un rebond de 10,2 %, mais il concerne des secteurs en forte croissance.")
    assert named(text) == ["France"]
    assert "CIT001" not in rules_opt_in(text)
    # businessfrance.fr, journaldeleconomie.fr, a Libération reprint (the pages corpus)
    assert named("De son côté, l'Insee prévoit une hausse du PIB de 0,5 % puis 0,4 % au premier "
                 "puis deuxième trimestre 2018.") == ["Insee"]
    assert named("Désormais, l'Insee table sur 6,25% de croissance en 2021.") == ["Insee"]
    assert named("L'Insee prédit une hausse du produit intérieur brut de 1,6 % cette année.") == ["Insee"]
    # a plan, and a role: no forecast traced to anyone
    assert named("Le gouvernement prévoit de baisser les impôts de 2 %.") == []
    assert named("La Banque de France prévoit de fermer 10 % de ses agences.") == []
    assert named("Le gouvernement, de son côté, table sur une croissance de 5 %.") == []


def test_a_participle_after_a_quotation_and_its_auxiliary_speaks() -> None:
    # 15b fr08 (tvanouvelles)
    text = ("«C'est tout à fait normal que Montréal ait une part très importante des "
            "investissements», a soutenu le président du Conseil du trésor, Sam Hamad, lors du "
            "dévoilement du budget de son gouvernement.")
    assert "CIT001" not in rules_opt_in(text)
    assert named(text)
    # constructed (no second real wording of "a soutenu" after a quotation found)
    assert named("« Nous irons jusqu'au bout », a tranché Jean Dupont devant les élus.") == ["Jean Dupont"]
    # a title's participle, an auxiliary's "été": no speaker
    assert named("« Intouchables », a été vu par dix millions de spectateurs.") == []


def test_a_colon_after_a_quotation_then_its_speaker() -> None:
    # 15b fr13 (qonto): the quotation's sentence has no full stop before its closing mark
    text = ("« Il y a 10 ans, on lançait un business, on validait le marché et on levait de "
            "l'argent. Aujourd'hui, on a l'idée, on lève de l'argent. C'est un changement de "
            "paradigme » : Matthieu Stéfani introduisait ainsi La Rentrée 100 % Finance.")
    assert named(text) == ["Matthieu Stéfani"]
    # a scare-quoted word, then a place: no quotation's speaker
    assert named("Le mot « résilience » : La Rochelle en a fait sa devise.") == []


def test_the_eu_executive_is_a_named_institution() -> None:
    # the review's probe (/tmp/s27/p/exec_en.txt): Reuters' and AP's name for the European
    # Commission, a named institution; the same with a possessive
    text = ("Brussels, March 4, 2024 - The European Commission fined Apple 1.8 billion euros on Monday "
            "for breaking competition rules in the music streaming market.\n\nThe EU executive said "
            "the company had abused its dominant position for a decade by preventing app developers "
            "from telling users about cheaper options outside the App Store.")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    assert vague("The bloc's executive said it would act. The Commission's executive said no.") == []
    # the one named before, and one named after the role
    assert vague("Ken Allen joined the board in 2010. The board member said it was fine.") == []
    assert vague("Board member Ken Allen said it was fine.") == []
    assert vague("The company's chief executive said the deal was done.") == []


# from tests/test_attributions_round16.py
def test_the_same_source_after_a_name_glued_to_its_article() -> None:
    # 16b fr04 (r01): "l'Insee" after the data's noun names the source "cette même source" is
    text = ("Selon des chiffres de l’Insee, les prix à la consommation sont repartis à la hausse en "
            "décembre, avec une augmentation de 3,7% sur un an. Selon cette même source, cette "
            "situation s’expliquerait « par l’accélération sur un an des prix de l’énergie et des "
            "services ».")
    assert vague(text) == []
    assert named(text) == ["Insee", "Insee"]
    assert "CIT004" not in rules_opt_in(text)
    # CIT004's doc: "selon une étude de l'Insee" says whose
    assert named("Selon une étude de l'Insee, les prix montent.") == ["Insee"]
    # an elided word that is no name, and a month, name no one
    assert named("Selon des chiffres de l'an dernier, les prix montent.") == []
    assert named("Selon les chiffres d'Avril, les prix montent.") == []
    # with no one named before, the same source again stays vague
    assert vague("Selon des sources concordantes, il part. Selon cette même source, il reste.") == \
        ["Selon des sources concordantes", "Selon cette même source"]


def test_a_quotation_credited_to_an_anonymous_role() -> None:
    # 16b fr24 (r04): no verb, the role and its anonymity close the quotation
    text = ('"Cela fait 5 ans qu\'on n\'a pas vu autant d\'agriculteurs manifester en Vendée", '
            "responsable syndicale anonyme.")
    assert vague(text) == ["responsable syndicale anonyme"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("« On n'a plus rien », un policier anonyme du commissariat central.") == \
        ["un policier anonyme"]
    # named after the role, or a company's legal form, is no anonymous speaker
    assert vague("« On a faim », responsable syndicale Marie Dupont.") == []
    assert vague("La Société anonyme des eaux a publié ses comptes.") == []


def test_a_perfect_written_with_its_infinitive() -> None:
    # 16b fr24 (r04): "a souligner" for "a souligné", a role and no name
    text = ("Les syndicats agricoles présents se sont réjouis de l'ampleur du mouvement. En plus de "
            "soulever la rareté d'une mobilisation aussi massive, un responsable syndicale a "
            "souligner que cette initiative venait des agriculteurs eux-même : \"C'est venu de la "
            "base\".")
    assert vague(text) == ["un responsable syndicale a souligner"]
    assert "CIT004" in rules_opt_in(text)
    # the infinitive after "à" is no perfect, nor "A noter" ("À noter", round 11a fr04 and
    # round 12a fr23: no one speaks, and the word after it is no speaker)
    assert vague("Un responsable a du mal à souligner que tout va bien.") == []
    assert named("A noter, Facebook a racheté Instagram en 2012.") == []


def test_an_outlet_is_asked_by_its_name_or_its_address() -> None:
    # Review 2, item 8: one rule for an outlet, spelled by name or by domain. 16b fr03 (r03,
    # labelled wrong) is asked again: "www.elwatan.com" is one publication's article, as "Les
    # Echos" under a summary is (round 5, labelled right) and "marketwatch.com, cnbc.com" are
    # (round 7, labelled right); only an agency's credit is complete (see the same-named test
    # from test_review2_cit.py below)
    text = ("«Les gens que nous avons reçus dépassent les 3000», a indiqué un agent des services "
            "d’émigration à l’AFP au célèbre port fluvial du Beach.\n\nPosté Le : 05/12/2011\n\n"
            "Posté par : sofiane\n\nSource : www.elwatan.com\n")
    assert "CIT003" in rules_opt_in(text)
    text = ("Altice USA pose 2,5 milliards de dollars sur la table pour racheter son capital. Le "
            "groupe américain a annoncé une opération de rachat d’actions.\n\nSource : Les Echos\n")
    assert "CIT003" in rules_opt_in(text)
    text = ("Altice USA pose 2,5 milliards de dollars sur la table pour racheter son capital.\n\n"
            "Sources : www.elwatan.com, www.lesechos.fr\n")
    assert rules_opt_in(text).count("CIT003") == 2


def test_going_on_ones_way_is_no_speech() -> None:
    # 16a fr24 mutation (r01): "poursuit sa route" made the motorist the speaker of a quotation
    # two paragraphs later; "poursuivre" speaks before its words only, or in an incise
    from audit.settings import Settings
    settings = Settings(select=frozenset({"CIT005"}), explicit=frozenset({"CIT005"}))
    text = ("Accident : le conducteur avait 96 ans\n\nÂgé de 96 ans, l'automobiliste ne s'arrête "
            "pas après l'accident et poursuit sa route.\n\nTrès vite, la question de la sécurité se "
            "pose. « Les gens, arrivés à un certain âge, ont-ils encore les capacités de conduire ? » "
            "Des mots forts.\n")
    assert [f["rule"] for f in audit_document(text, "page.txt", settings=settings)["findings"]] == \
        ["CIT005"]
    assert named("L'automobiliste poursuit sa route vers Besançon.") == []
    # an incise, and a colon before the words, still speak
    assert named("« Nous avons bien travaillé », poursuit le maire Jean Dupont.") == ["maire"]
    assert named("Le maire poursuit : « Nous avons bien travaillé. »") == ["maire"]


# from tests/test_review28_citations.py
def test_a_surname_after_a_quotations_comma_is_its_credit() -> None:
    # item 9: the surname seen before, or a verb form after a name
    assert selected_spans(_MAYOR + "“We are not going anywhere,” Hayes vowed. The town council will meet "
                          "on Thursday to approve an emergency budget.\n", "CIT005") == []
    assert selected_spans(_MAYOR + "“We are not going anywhere,” Hayes. The town council will meet on "
                          "Thursday to approve an emergency budget.\n", "CIT005") == []
    assert selected_spans(_MAYOR + "“We are not going anywhere,” Patel joked. The town council will meet "
                          "on Thursday to approve an emergency budget.\n", "CIT005") == []
    # a new sentence after the comma: the credit is missing (round 19a)
    assert selected_spans(_MAYOR + "“We are not going anywhere,” The town council will meet on Thursday "
                          "to approve an emergency budget.\n", "CIT005") == ["“We are not going anywhere,”"]
    assert selected_spans(_MAYOR + "“We are not going anywhere,” Residents will meet on Thursday to "
                          "approve an emergency budget.\n", "CIT005") == ["“We are not going anywhere,”"]


# from tests/test_review2_cit.py
def test_an_outlet_is_asked_by_its_name_or_its_address_rv2_cit() -> None:
    # item 8, the probe (site.txt) and its control (site_ctrl.txt): the same publication
    body = ("Le télétravail recule dans les grandes entreprises\n\nPlusieurs groupes du CAC 40 "
            "demandent à leurs salariés de revenir au bureau au moins trois jours par semaine, selon "
            "une enquête publiée cette semaine.\n\nLes syndicats dénoncent une décision prise sans "
            "concertation.\n\n")
    assert "CIT003" in rules_opt_in(body + "Source : lesechos.fr")
    assert "CIT003" in rules_opt_in(body + "Source : Les Echos")
    assert "CIT003" in rules_opt_in(body + "Source : www.lesechos.fr")
    # an agency's credit is complete by its name or its address (round 14b en05, labelled wrong)
    assert "CIT003" not in rules_opt_in(body + "Source : Reuters.com")
    assert "CIT003" not in rules_opt_in(body + "Source : Reuters")
    assert "CIT003" not in rules_opt_in(body + "Source : AFP")


# from tests/test_round17_cit.py
def test_an_inverted_speaker_after_comme_or_ce_que() -> None:
    # 17b fr08_projectsyndicate (r06)
    text = ("L’IA n’a pour l’heure apporté aucun avantage révolutionnaire sur le plan de la productivité. "
            "Contrairement à ce qu’annonçaient de nombreux experts en technologie, nous avons encore "
            "besoin de radiologues.")
    assert vague(text) == ["ce qu’annonçaient de nombreux experts"]
    assert "CIT004" in rules(text)
    # 17a fr10 (r09)
    text = ("Le procès s'est tenu devant la cour d'assises.\n\nComme l'a très justement rappelé un jour "
            "un avocat devant les jurés, l'humanité n'est pas faite que de mères qui tuent et de pères "
            "qui étranglent, mais elle est aussi faite de cela.")
    assert vague(text) == ["Comme l'a très justement rappelé un jour un avocat"]
    assert "CIT004" in rules(text)
    assert vague("Comme le souligne un haut responsable, la trêve est fragile.") == \
        ["Comme le souligne un haut responsable"]
    # lactualitedessocialistes.hautetfort.com (pages corpus): no speaker after the verb
    assert vague("Contrairement à ce que laissait entendre la petite musique distillée par le "
                 "gouvernement, c'est un choc d'offre.") == []
    # a named speaker, a proverb, a role named after it
    assert vague("Comme l'a rappelé le ministre Jean Dupont, la réforme entre en vigueur.") == []
    assert vague("Comme le dit un proverbe, tout vient à point.") == []
    assert vague("Comme l'a expliqué un responsable du Hamas, Oussama Hamdan, la trêve tient.") == []


# from tests/test_round27_cit.py
def test_a_name_after_the_kind_of_body_is_an_organisation_s() -> None:
    # 27b r08 (mutation m12 of fr19 motsactu): asked for in the sources list as "le Figaro" is
    text = ("La French tech peine\n\nLes start-up ont levé 7,8 milliards d’euros en 2024, selon le "
            "cabinet EY.\n\nSources :\n- Le Monde, « La French tech peine à lever des fonds », 12 juin "
            "2025.\n")
    found = [f["message"] for f in audit_document(text, "page.txt")["findings"] if f["rule"] == "CIT002"]
    assert found == ["'EY' is named as a source but is not in the sources list"]
    # Reuters' wording for a research firm
    from tests.attribution_reading import read
    assert [(a.name, a.organisation) for a in read(
        "Jobs rose, according to the consultancy Capital Economics.")] == [("Capital Economics", True)]
    # a person stays an interviewee
    assert [(a.name, a.organisation) for a in read("Jobs rose, according to Jane Smith.")] == \
        [("Jane Smith", False)]


# from tests/test_round31_cit.py
def test_an_organisation_named_by_its_initials_is_referred_to() -> None:
    # 31b r02: "ministre responsable de DEC" names Développement économique Canada
    text = ("Le ministre responsable de DEC annonce une contribution de 10 M $ à Uniboard.\n\n"
            "Sources :\n- Développement économique Canada, « Contribution à Uniboard », 21-06-2022.\n"
            "- Le Monde, « Le budget adopté », 6 mars 2025.\n")
    assert [m for r, m in selected_rule_messages(text, "CIT007")] == ["the text never refers to the source 'Le Monde'"]
    # newswire.ca (CNW, 2025-08-25): the full name's tail only qualifies it, DEC its leading words
    text2 = ("Aujourd'hui, au nom de l'honorable Mélanie Joly, ministre responsable de DEC, Carlos "
             "Leitão a annoncé des aides financières de DEC totalisant 2 448 570 $.\n\nSources :\n"
             "- Développement économique Canada pour les régions du Québec, « Le gouvernement du "
             "Canada appuie le secteur minier », 25 août 2025.\n- Le Monde, « Le budget adopté », 6 mars 2025.\n")
    assert [m for r, m in selected_rule_messages(text2, "CIT007")] == ["the text never refers to the source 'Le Monde'"]
    # radio-canada.ca (2021-08): "Diversification de l'économie de l'Ouest Canada (DEO)"
    text3 = ("PrairiesCan bénéficiera de l'ensemble du financement jusqu'alors accordé à DEO.\n\nSources :\n"
             "- Diversification de l'économie de l'Ouest Canada, « Rapport annuel », 5 mars 2021.\n"
             "- Le Monde, « Le budget adopté », 6 mars 2021.\n")
    assert [m for r, m in selected_rule_messages(text3, "CIT007")] == ["the text never refers to the source 'Le Monde'"]
    # another acronym, or the lower-case word, refers to nothing: "dec." is no DEC
    text4 = text.replace("de DEC", "de la BDC").replace("10 M $", "10 M $ en dec.").replace("Contribution à Uniboard", "Rapport annuel")
    assert len(selected_rule_messages(text4, "CIT007")) == 2


# from tests/test_round38_cit.py
def test_hedge_inside_a_multi_sentence_straight_quotation():
    # 38a r3 (fr27, TF1 Info): "\"… il semblerait qu'il y ait un poids lourd… . … . …\",
    # explique Cyril Durand, dépanneur."
    assert cit004_spans(repro("round38a/r3_cit004")) == []


@pytest.mark.parametrize("text", [
    # led in by the named speaker, French spaced marks
    'Le maire Jean Dupont a déclaré : " Le chantier avance. Il semblerait que le coût double. '
    'Nous verrons bien. "',
    '"Le chantier avance. Il semblerait que le coût double. Nous verrons", explique Jean Dupont.',
])
def test_hedge_is_the_named_speakers(text):
    assert cit004_spans(text) == []


@pytest.mark.parametrize("text", [
    # the hedge stands outside the quotation
    '"Le chantier avance. Nous verrons", explique Jean Dupont. Il semblerait que le coût '
    'double. Le maire ne dit rien.',
    # an inch mark leaves the paragraph's straight marks unpaired: nothing is swallowed
    'Un écran 27" a été posé en mairie. Il semblerait que le coût double. "Le chantier avance. '
    'Nous verrons", explique Jean Dupont.',
    # a quotation the paragraph does not close is not followed into the next one
    '"Le chantier avance. Il semblerait que le coût double. Nous verrons.\n\n'
    'Le maire ne dit rien", explique Jean Dupont.',
    # no one named closes it
    '"Le chantier avance. Il semblerait que le coût double. Nous verrons", explique-t-on.',
])
def test_hedge_outside_a_named_straight_quotation_stays_vague(text):
    assert "il semblerait" in [v.lower() for v in vague(text)]


@pytest.mark.parametrize("paragraph,quotes", [
    ('Il dit "oui" puis "non".', ['"oui"', '"non"']),
    ('" Trente ans, une génération ", reconnaît le maire.', ['" Trente ans, une génération "']),
    ('Un écran 27" et un écran 32" ont été posés, "enfin", dit-il.', []),  # inch marks
    ('Il dit "oui. Puis rien.', []),  # unbalanced
])
def test_straight_quotations_pair_only_when_every_mark_does(paragraph, quotes):
    pairs = _straight_quotations(paragraph, 0, len(paragraph))
    assert [paragraph[a:b + 1] for a, b in pairs] == quotes


# from tests/test_round38_cit_review.py
def test_a_name_inside_an_unnamed_spokesmans_quotation_owns_nothing():
    # R3b
    text = ('A spokesman who asked not to be named said: "Two people familiar with the matter '
            'say the lines were never inspected. That is what Mark Ellis said at the meeting, '
            'and nobody challenged him."')
    assert "Two people familiar with" in vague(text)


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_second_quotation_is_not_owned_by_its_first_word(marks):
    # R2: "said" read with the quotation's first word as its name is no lead-in
    o, c = marks
    text = (f"John Smith said: {o}We will win.{c} A source close to the campaign said: "
            f"{o}Officials familiar with the matter believe he is lying.{c}")
    assert "Officials familiar with the" in vague(text)


# from tests/test_round39_cit_left.py
def test_quotation_going_on_in_the_next_paragraph():
    # French style: each paragraph of the quotation opens with «, only the last closes
    text = ("Jean Dupont a déclaré : « Nous ferons tout pour les familles.\n\n"
            "« Selon des sources policières, le bilan pourrait s'alourdir. »\n\n"
            "Selon des sources policières, douze personnes sont mortes.")
    found = [a for a in read(text) if a.vague]
    assert [a.text for a in found] == ["Selon des sources"]
    assert found[0].start > text.index("»")  # the one after the quotation closes


@pytest.mark.parametrize("paragraph,pairs,open_at", [
    ("« a » puis « b »", [(0, 4), (11, 15)], -1),
    ("« a “ b ” c »", [(0, 12), (4, 8)], -1),
    ('“a” and "b" and «c', [(0, 2), (8, 10)], 16),
    ("« a » et un 27” écran", [(0, 4)], -1),  # a closing mark with no opening is skipped
])
def test_paragraph_quotations(paragraph, pairs, open_at):
    assert _paragraph_quotations(paragraph, 0, len(paragraph)) == (pairs, open_at)


# from tests/test_round39_cit_review.py
def test_quotation_ending_open_still_goes_on():
    # French style, an unclosed inner mark too: the paragraph really ends open
    text = ("Jean Dupont a déclaré : « Nous ferons tout, “ pour les familles.\n\n"
            "« Selon des sources policières, le bilan pourrait s'alourdir. »\n\n"
            "Selon des sources policières, douze personnes sont mortes.")
    found = vague(text)
    assert found == ["Selon des sources"]


@pytest.mark.parametrize("paragraph,pairs,open_at", [
    ("« a “ b » c", [(0, 8), (4, 8)], -1),  # the stray “ ends with its outer »
    ("« a “ b “ c » d", [(0, 12), (4, 12), (8, 12)], -1),
    ("« a “ b", [], 0),  # both open: the outer one is carried
    ("« a » “ b", [(0, 4)], 6),  # an opening after the closed one ends the paragraph open
    ("« a « b » c »", [(0, 12), (4, 8)], -1),  # same-mark nesting as before
])
def test_paragraph_quotations_pop_down(paragraph, pairs, open_at):
    assert _paragraph_quotations(paragraph, 0, len(paragraph)) == (pairs, open_at)


@pytest.mark.parametrize("probe,expected", [
    ("c02b", [("CIT004", "Selon des sources")]),
    ("c02c", [("CIT004", "Selon des sources")]),
    ("c02d", [("CIT004", "Selon des sources"), ("CIT004", "confie un enquêteur")]),
    ("c02e", [("CIT004", "Selon des sources")]),
    ("c02f", [("CIT004", "Selon des sources"), ("CIT004", "Selon des sources proches du dossier"),
              ("CIT004", "confie un enquêteur")]),
])
def test_reviewer_probes_whole_page(probe, expected):
    texts = {
        "c02b": "Le maire Jean Dupont a déclaré : « On m'a dit “ qu'il fallait attendre », a-t-il "
                "ajouté. Selon des sources policières, l'enquête avance pourtant.",
        "c02c": "Le maire Jean Dupont a déclaré : « Les “ experts en ont parlé longtemps. » Selon des "
                "sources policières, l'enquête avance pourtant.",
        "c02d": "Le maire Jean Dupont a déclaré : « Il a parlé de “ sabotage ». Il n'en dira pas "
                "plus.\n\n« Selon des sources policières, l'enquête avance », confie un enquêteur.",
        "c02e": "Le maire Jean Dupont a déclaré : « Le “Grand Paris » est une chance. » Selon des "
                "sources policières, l'enquête avance.",
        "c02f": "Le maire Jean Dupont a dénoncé : « Ils parlent de “sabotage“, c'est faux. » Selon "
                "des sources policières, l'enquête avance pourtant.\n\n« Selon des sources proches "
                "du dossier, le maire était prévenu », confie un enquêteur.",
    }
    text = "Crise au conseil\n\n" + texts[probe] + "\n"
    assert [c for c in codes(text) if c[0] == "CIT004"] == expected


# from tests/test_round40_cit.py
def test_doubled_opening_before_a_speaker_ends_at_the_last_closing():
    # round 13b fr23: «« Il nous faut … Europe”, a expliqué le président Laurent Wauquiez,
    # « C'est le sens … d'acheter chez nous ».» (the first closed by a wrong mark)
    text, lo, hi = _paragraph("round13b/inputs/fr23_regionsfrance.txt", "« Il nous faut créer")
    found = find_attributions(text, [(lo, hi)])
    spans = _quotations_of(text, [(lo, hi)], found)
    assert [(text[s:s + 14], text[e - 10:e + 1], o.name) for s, e, o in spans] == \
        [("« Il nous faut", "chez nous »", "président")]


@pytest.mark.parametrize("text,lang,act", [
    # a more specific act is kept: the AI voiced, the person only made the version
    ("This audio version was created by our team with an AI voice.", "en", "voiced"),
    # the AI made the footage ("AI-generated"): the person's producing does not make it help
    ("This video was produced by our team with AI-generated footage.", "en", "generated"),
    # the act's verb is "generate": the AI's own making, whoever is named
    ("This article was generated by our newsroom with ChatGPT.", "en", "generated"),
    ("Ce texte, notre équipe l'a généré avec l'intelligence artificielle.", "fr", "generated"),
])
def test_a_person_named_keeps_a_specific_or_generate_act(text, lang, act):
    assert disclosure_acts(text, lang) == [act]


# from tests/test_review26_cues.py

def test_informer_needs_its_reported_clause() -> None:
    text = ("Les bouchons s'allongent sur l'A7\n\nLe trafic était dense samedi matin sur "
            "l'autoroute A7 entre Lyon et Valence, au premier jour des vacances.\n\nUn grand "
            "panneau lumineux Vinci Autoroutes informe les automobilistes des temps de parcours. "
            "Les files d'attente atteignaient dix kilomètres au péage de Vienne.\n")
    assert named(text) == []
    assert "CIT001" in rules_cit001(text)
    # the publication that informs of a clause is a source (round 13a, fr18)
    assert named("Mais le plus savoureux réside dans les bonus. Marca informe que 10 premiers "
                 "millions devraient tomber rapidement.") == ["Marca"]


def test_a_quotation_after_a_clause_verb_is_its_subjects_only_when_addressed() -> None:
    text = ("Le PSG s'impose à Lyon\n\nLe Paris Saint-Germain a battu Lyon 3-1 dimanche soir au "
            "Groupama Stadium.\n\nKylian Mbappé a confirmé son talent en marquant deux buts. « Quel "
            "match ! » Les supporters ont chanté jusqu'à la fin de la rencontre.\n")
    assert "Kylian Mbappé" not in named(text)
    assert "CIT001" in rules_cit001(text)
    # a quotation with its own speaker after it is not the salute's words
    assert "Jean Dupont" not in named("Jean Dupont a salué les bénévoles. « Votre travail est "
                                      "remarquable », a lancé le maire.")
    # the salute's words to its object (magcentre.fr, round 13b fr03) stay the speaker's
    text = ("Roland Lescure, le ministre délégué chargé de l’Industrie et de l’Énergie, s’est rendu "
            "sur place ce 14 mai pour officialiser ce projet.\n\nAccueilli par Alessandro Chiesi, "
            "président du groupe, le ministre a salué une entreprise habituée des sommets Choose "
            "France depuis sept ans. « Votre ancrage territorial depuis 1992 est remarquable. »")
    assert "Roland Lescure" in named(text)


def test_a_definite_role_is_the_holder_with_the_same_modifiers() -> None:
    text = ("Gérald Darmanin, le ministre de l'Intérieur, était à Lille mardi pour inaugurer un "
            "commissariat.\n\nLe ministre ukrainien a déclaré que son pays avait besoin de "
            "nouveaux systèmes de défense aérienne.")
    assert "Gérald Darmanin" not in named(text)
    # the same role with its modifier, named before (constructed after magcentre.fr)
    assert named("Roland Lescure, le ministre délégué chargé de l'Industrie, est venu.\n\nLe "
                 "ministre délégué a déclaré que l'usine ouvrira.") == ["Roland Lescure"]
    assert named("Le ministre Roland Lescure est venu.\n\nLe ministre a déclaré que l'usine "
                 "ouvrira.") == ["Roland Lescure"]
