"""CIT004's vague attributions ("selon des sources", "officials said", "il semblerait", a count
no one is said to have made) and what names them: the blind rounds' and reviews' cases, the
repro's real sentence, a second wording and a negative beside each. The cases that read one
text's vague attributions are rows of ``VAGUE_CASES`` (``attribution_reading.vague``), each id naming
its old file, test, case and, where known, the round and repro."""

from __future__ import annotations

import pytest

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings
from tests.attribution_reading import named, vague
from tests.blind_reading import codes, probe_findings, repro
from tests.citations.reading import (
    cit004_phrases, cit004_phrases_opt_in, cit004_spans, cit005_spans, messages, messages_of,
    named_test, rules, rules_cit001, rules_opt_in, selected_rule_messages, selected_spans, spans,
    vague_test,
)


# from tests/test_attributions_cit31.py
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


# from tests/test_attributions_left32b.py
VAGUE = [
    (["sources tell"], "Police sources tell CBS2 the gun jammed.", "CBS2 New York"),
    (["sources told"], "Fingerprint and DNA tests on the items are ongoing, law enforcement "
     "sources told ABC News.", "wsbradio.com (ABC), UnitedHealthcare CEO shooting"),
    (["Sources told"], "Sources told CNN that they believe the gun used by the suspect to shoot "
     "and injure 10 people on a Brooklyn subway jammed.", "radaronline.com 2022"),
    (["Sources previously told"], "Sources previously told CNN that a suspect was in custody, "
     "but both Boston police and the FBI denied that any arrests had been made.",
     "CNN, Boston Marathon bombing"),
    (["two law enforcement sources tell"], "The Baton Rouge police shooter has been identified "
     "as 29-year-old Gavin Long, two law enforcement sources tell CNN.", "gantnews.com (CNN)"),
    (["another law enforcement source tells"], "But another law enforcement source tells CBS 2 "
     "there are issues using these military rifles.", "chicago.cbslocal.com 2018"),
    (["A federal law enforcement source told"], "A federal law enforcement source told CNN's "
     "John King that investigators had made progress.", "CNN, Boston Marathon bombing"),
    (["Sources close to"], "Sources close to the family told CNN he was armed.", "placed, as before"),
]


_BUDGET_QUOTE = ("“Our office is presenting a cautiously optimistic general fund budget, which "
                 "includes increases for most general fund offices and departments.”\n\n"
                 "The budget takes effect in January.\n")


# from tests/test_round32_ai_seg_cit.py
_BUS = "Un autocar s'est renversé mardi matin sur une bretelle d'autoroute à Mulhouse, faisant deux morts et 32 blessés, "


# from tests/test_round38_cit.py
_TOLL = "Au moins 132 personnes sont mortes, selon un nouveau bilan provisoire "


# from tests/test_round38_cit_review.py
_TOLL_r38_cit_rv = "Au moins 12 personnes sont mortes, selon un nouveau bilan provisoire "


# from tests/test_round39_cit_ai.py
_FACT = "Le bilan s'élève à trois morts, "


# from tests/test_left31.py

def _rules(text: str, rule: str) -> list[str]:
    return [f.message for f in audit_article(text, "x.txt", Settings()).findings if f.rule == rule]


# Round 26b r02: a verdict whose holders are an unnamed class of market commentators.
_EURO = ("L'euro au plus haut\n\nDans la matinée, la devise européenne s'échangeait contre 1,11 dollar sur le "
         "marché des changes.\n\n{}\n")


# the vague attributions each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
VAGUE_CASES = [
    # Left: "reported seeing", "a apporté un nouvel éclairage" (no speech verb read; review C44
    # undid cit44's anonymity said with no reporting verb); "told" with no "that" after it is
    # read since session 32 (the rows from attributions_left32).
    pytest.param("Dimanche, une source saoudienne citée sous le couvert de l'anonymat sur le site "
                 "Internet du magazine américain Time a apporté un nouvel éclairage sur cette "
                 "histoire.",
                 [],
                 id="attributions_cit31-known_misses-0"),
    pytest.param("Witnesses of the Gilroy, California shooting reported seeing the shooter wearing "
                 "some kind of Army fatigues.",
                 [],
                 id="attributions_cit31-known_misses-1"),
    # Gilroy shooting, CBS via ozarksfirst.com (session 31 note)
    pytest.param("There was no early word on a possible motive. Witnesses told CBS San "
                 "Francisco the gunman appeared to be firing at random.",
                 ["Witnesses told"],
                 id="attributions_left32-told_a_recipient_then_a_clause_without_that-0"),
    # Empire State Building shooting (NBC News copy, world-destruction-666.blogspot.com)
    pytest.param("Johnson's victim was not officially identified, but a law enforcement "
                 "official told NBC News he was Steven Ercolino, a vice president at Hazan "
                 "Import.",
                 ["a law enforcement official told"],
                 id="attributions_left32-told_a_recipient_then_a_clause_without_that-1"),
    pytest.param("Witnesses told police the gunman wore a mask.", ["Witnesses told"],
                 id="attributions_left32-told_a_recipient_then_a_clause_without_that-2"),
    # an object, no clause: nothing reported
    pytest.param("Witnesses told police the story of the night.", [],
                 id="attributions_left32-told_a_recipient_then_a_clause_without_that-3"),
    pytest.param("Witnesses told CBS News the details.", [],
                 id="attributions_left32-told_a_recipient_then_a_clause_without_that-4"),
    # a ministry whose name ends in "Resources", sources of something, a record's report
    pytest.param("The Department of Natural Resources said the lake was closed.", [],
                 id="attributions_left32b-no_sources_speaking-0"),
    pytest.param("Sources of funding tell a different story.", [],
                 id="attributions_left32b-no_sources_speaking-1"),
    pytest.param("Reports told of a fire at the plant.", [],
                 id="attributions_left32b-no_sources_speaking-2"),
    # a preposition among the words before "source": no source speaks
    pytest.param("A statement from the source said the plant was closed.", [],
                 id="attributions_left32b-no_sources_speaking-3"),
    pytest.param("“We will see”, prompting an official to resign.", [],
                 id="attributions_round12-a_participle_or_a_noun_after_a_quotation_is_no_verb_of_saying-0"),
    pytest.param("Il a vu « Intouchables », film de deux réalisateurs, avec un avocat.", [],
                 id="attributions_round12-a_participle_or_a_noun_after_a_quotation_is_no_verb_of_saying-1"),
    # the review's probe (/tmp/s27/p/confirme_fr3.txt): "confirmer" reports only a toll or a count
    pytest.param("Un responsable du club a confirmé la prolongation de l'entraîneur jusqu'en 2026.",
                 [],
                 id="attributions_round15-an_unnamed_role_confirming_no_figure_reports_nothing-0"),
    pytest.param("Un joueur de 20 ans a confirmé ce jeudi tout son potentiel sur terre battue.", [],
                 id="attributions_round15-an_unnamed_role_confirming_no_figure_reports_nothing-1"),
    pytest.param("Un médecin du service a confirmé la bonne santé du bébé, né prématuré.", [],
                 id="attributions_round15-an_unnamed_role_confirming_no_figure_reports_nothing-2"),
    # 22b (fr05_omondo): the governor made the toll, "provisoire" between
    pytest.param("D'après un nouveau bilan provisoire du gouverneur de la région du littoral, "
                 "Dieudonné Ivaha Diboua, l'effondrement a fait au moins 40 morts.",
                 [],
                 id="attributions_round22-a_count_owned_after_an_adjective-0-round22b_fr05"),
    # no one's count, whatever the adjective
    pytest.param("D'après un nouveau bilan provisoire, l'effondrement a fait au moins 40 "
                 "morts.",
                 ["D'après un nouveau bilan"],
                 id="attributions_round22-a_count_owned_after_an_adjective-1-round22b_fr05"),
    # 22b (fr17_malizine)
    pytest.param("Cette attaque a été perpétrée par un kamikaze qui voulait entrer dans le camp, "
                 "a précisé une source de sécurité, confirmant l'information.",
                 ["a précisé une source de sécurité"],  # the description read whole (round 43)
                 id="attributions_round22-a_source_described_by_security-0-round22b_fr17"),
    # a source of safety, no speech
    pytest.param("L'or reste une source de sécurité pour les épargnants, explique-t-il.", [],
                 id="attributions_round22-a_source_described_by_security-1-round22b_fr17"),
    # 22b (fr11_planet)
    pytest.param("Une source de l'agence Reuters, citée par Le Monde, déclare que le couple "
                 "serait composé d'un homme de 34 ans et d'une femme de 29 ans.",
                 ["Une source de l'agence Reuters, citée par Le Monde, déclare"],
                 id="attributions_round22-a_source_with_its_own_incise_before_its_verb-0-round22b_fr11"),
    # no speech after the incise
    pytest.param("Une source de l'agence Reuters, citée par Le Monde, a été licenciée l'an "
                 "dernier.",
                 [],
                 id="attributions_round22-a_source_with_its_own_incise_before_its_verb-1-round22b_fr11"),
    # 22b (fr19_studiotamani): "nous" is the reporter told
    pytest.param("L'attaque a fait six morts, a précisé le directeur de l'hôpital, Moussa "
                 "Traoré. Après un moment de panique, le calme serait revenu dans la ville, nous "
                 "signale une autre source.",
                 ["signale une autre source"],
                 id="attributions_round22-another_source_telling_the_reporter-0-round22b_fr19"),
    # a source of something
    pytest.param("La mairie nous signale une autre source de pollution.", [],
                 id="attributions_round22-another_source_telling_the_reporter-1-round22b_fr19"),
    # 22a (r03 mutation; en05_actionnewsnow)
    pytest.param("The fire started Tuesday. Officials said no one was hurt.", ["Officials said"],
                 id="attributions_round22-english_reported_speech_without_that-0-round22a_r03"),
    pytest.param("Negotiators were able to detain the suspect without further incident. First "
                 "responders said the suspect did not receive any injuries during the "
                 "incident.",
                 ["First responders said"],
                 id="attributions_round22-english_reported_speech_without_that-1-round22a_r03"),
    # ajc.com: the same without "that"
    pytest.param("Officials said a maintenance worker did not find any issues with the "
                 "oven.",
                 ["Officials said"],
                 id="attributions_round22-english_reported_speech_without_that-2-round22a_r03"),
    # whose officials is said, or one named speaker
    pytest.param("City officials said no one was hurt.", [],
                 id="attributions_round22-english_reported_speech_without_that-3-round22a_r03"),
    pytest.param("The officials said no one was hurt.", [],
                 id="attributions_round22-english_reported_speech_without_that-4-round22a_r03"),
    pytest.param("The mayor said no one was hurt.", [],
                 id="attributions_round22-english_reported_speech_without_that-5-round22a_r03"),
    # 22a (fr13_agenceurope): left alone by design (README, CIT004's scope)
    pytest.param("Selon nos informations, il aurait estimé qu'apparaître sur la liste était un "
                 "facteur de dissuasion suffisant.",
                 [],
                 id="attributions_round22-the_outlets_own_reporting_is_not_vague-round22a_fr13"),
    # 26a r01 (en03_hurumedia)
    pytest.param("Sources with knowledge of the meeting’s proceedings said the government will "
                 "undertake a density mapping of the country.",
                 ["Sources with knowledge of"],
                 id="attributions_round26-sources_placed_by_what_they_know-0-round26a_r01"),
    pytest.param("Two people with direct knowledge of the talks said the deal was close.",
                 ["Two people with direct knowledge of"],
                 id="attributions_round26-sources_placed_by_what_they_know-1-round26a_r01"),
    # knowledge that is no one's source
    pytest.param("Students with knowledge of French are welcome to apply.", [],
                 id="attributions_round26-sources_placed_by_what_they_know-2-round26a_r01"),
    # 26a r07 (en05_completeaitraining)
    pytest.param("According to a study, roughly 9% of published copy shows AI "
                 "fingerprints.",
                 ["According to a study,"],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-0-round26a_r07"),
    pytest.param("AI now writes a measurable slice of the news. One study of 1,500 U.S. "
                 "newspapers found roughly 9% of published copy shows AI fingerprints.",
                 ["One study of 1,500 U.S. newspapers found"],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-1-round26a_r07"),
    pytest.param("A new study found that sleep matters.", ["A new study found"],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-2-round26a_r07"),
    # a finding's verb reports a share, not anything found
    pytest.param("One study of the site found three wells.", [],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-3-round26a_r07"),
    # the maker, a venue or a name says whose
    pytest.param("According to a study by the Pew Research Center, roughly 9% of copy shows AI "
                 "fingerprints.",
                 [],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-4-round26a_r07"),
    pytest.param("A study of 1,500 U.S. newspapers by the University of Maryland found roughly "
                 "9% of copy is AI-written.",
                 [],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-5-round26a_r07"),
    pytest.param("One study published in Science found that sleep matters.", [],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-6-round26a_r07"),
    pytest.param("A Pew study found roughly 9% of copy is AI-written.", [],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-7-round26a_r07"),
    # bare "one study" points back to the one named before (thelist.com)
    pytest.param("A study published in The Journal of Nutrition showed a benefit. While one "
                 "study found that taking a multivitamin may help, more research is needed.",
                 [],
                 id="attributions_round26-a_study_no_one_is_said_to_have_made-8-round26a_r07"),
    # 26b r01 (fr08_upday)
    pytest.param("L'espoir d'une nationalisation s'est évaporé après une rencontre jeudi des "
                 "syndicats avec le ministre délégué à l'Industrie. Son entourage a déclaré que "
                 "le site ne serait pas démantelé.",
                 ["Son entourage a déclaré"],
                 id="attributions_round26-someones_circle_as_the_source-0-round26b_r01"),
    # HuffPost (round 7, 12_huffpostfr_lachens)
    pytest.param("La comédienne Catherine Lachens est décédée à l’âge de 78 ans, a annoncé son "
                 "entourage à l’AFP.",
                 ["a annoncé son entourage"],
                 id="attributions_round26-someones_circle_as_the_source-1-round26b_r01"),
    pytest.param("Selon son entourage, le président ne se représentera pas.",
                 ["Selon son entourage"],
                 id="attributions_round26-someones_circle_as_the_source-2-round26b_r01"),
    pytest.param("Dans l'entourage du ministre, on assure que la décision est prise.",
                 ["Dans l'entourage du ministre, on assure"],
                 id="attributions_round26-someones_circle_as_the_source-3-round26b_r01"),
    # the circle doing, not saying
    pytest.param("Le ministre est arrivé avec son entourage et a visité l'usine pendant deux "
                 "heures.",
                 [],
                 id="attributions_round26-someones_circle_as_the_source-4-round26b_r01"),
    pytest.param("Son entourage l'a convaincu de renoncer au voyage prévu en mai.", [],
                 id="attributions_round26-someones_circle_as_the_source-5-round26b_r01"),
    # 29a r01 (en04_legalnews, AP): the lede's officials, named by the sentence after it
    pytest.param("COLUMBIA, S.C. (AP) — A Charleston-area man is facing federal charges after "
                 "authorities say he defaced a structure at the South Carolina fort where the "
                 "Civil War began, officials said Thursday.\n\nNoah Sigalas, 21, of Sullivan’s "
                 "Island was indicted Tuesday on charges of defacing an archaeological resource "
                 "and government property, according to a news release from U.S. Attorney Beth "
                 "Drake.",
                 [],
                 id="attributions_round29-officials_named_in_the_next_sentence-0-round29a_r01"),
    # AP via sirennet.tv: "a fire official", named by his office in the next paragraph
    pytest.param("An explosion and subsequent fire leveled a home in a St. Paul, Minnesota, "
                 "suburb early Thursday, killing at least one person, a fire official said.\n\n"
                 "The explosion happened just after 6:15 a.m. in South St. Paul, said South "
                 "Metro Fire Department Chief Mark Juelfs.",
                 [],
                 id="attributions_round29-officials_named_in_the_next_sentence-1-round29a_r01"),
    # USA Today's 50 states: no one named after them
    pytest.param("Officials said Kwethluk and the electric cooperative received $477,050 from "
                 "the U.S. Department of Energy. Officials said Kwethluk was required to match "
                 "50% of the funds.",
                 ["Officials said", "Officials said"],
                 id="attributions_round29-officials_named_in_the_next_sentence-2-round29a_r01"),
    # a resident is no official; a credit two sentences on is too far
    pytest.param("A man was hurt, officials said Thursday. Resident John Doe said he heard a "
                 "bang.",
                 ["officials said"],
                 id="attributions_round29-officials_named_in_the_next_sentence-3-round29a_r01"),
    pytest.param("A man was hurt, officials said Thursday. The road was closed for hours. He "
                 "was indicted, according to a news release from U.S. Attorney Beth Drake.",
                 ["officials said"],
                 id="attributions_round29-officials_named_in_the_next_sentence-4-round29a_r01"),
    # 29a r02 (Corée, billets de 50 000 wons)
    pytest.param("La valeur totale des billets de 50 000 wons en circulation devrait bientôt "
                 "dépasser le cap des 100 000 milliards de wons. C’est ce qu’une source proche "
                 "de la banque centrale nous a appris aujourd’hui.",
                 ["C’est ce qu’une source proche de la banque"],
                 id="attributions_round29-described_source_as_a_cleft_subject-0-round29a_r02"),
    pytest.param("C'est ce que des sources bien informées ont confié à notre rédaction.",
                 ["C'est ce que des sources bien informées"],
                 id="attributions_round29-described_source_as_a_cleft_subject-1-round29a_r02"),
    # a data source, undescribed (a code comment found in the wild)
    pytest.param("C'est ce qu'une source publie, ou ce qu'un humain a annoté.", [],
                 id="attributions_round29-described_source_as_a_cleft_subject-2-round29a_r02"),
    # 29a r03 (fr09_chautard, La Croix's survey)
    pytest.param("La moitié des personnes interrogées (50 %) se disent chrétiennes, un peu plus "
                 "de 20 points de moins qu’en 1981 (71,5 %), selon une précédente enquête.",
                 ["selon une précédente enquête."],
                 id="attributions_round29-study_with_an_adjective_before_its_noun-0-round29a_r03"),
    pytest.param("D'après un dernier sondage, le candidat est en tête.",
                 ["D'après un dernier sondage,"],
                 id="attributions_round29-study_with_an_adjective_before_its_noun-1-round29a_r03"),
    # whose survey is said
    pytest.param("Selon une précédente enquête de l'Insee, la moitié se disent chrétiennes.", [],
                 id="attributions_round29-study_with_an_adjective_before_its_noun-2-round29a_r03"),
    # 29b r03 (en03, Austin council)
    pytest.param("The Austin City Council passed its budget on Tuesday. Council Member Mackenzie "
                 "Kelly cast the lone no vote. Other council members said the budget was a "
                 "necessary measure.",
                 ["Other council members said"],
                 id="attributions_round29-other_members_of_a_body-0-round29b_r03"),
    pytest.param("Several board members said the merger was rushed.",
                 ["Several board members said"],
                 id="attributions_round29-other_members_of_a_body-1-round29b_r03"),
    # the bare plural is the body speaking
    pytest.param("Board members said the merger was rushed.", [],
                 id="attributions_round29-other_members_of_a_body-2-round29b_r03"),
    # Review of session 31, item 6: the next sentence's credit must be the officials' own
    # body or one of its officials, not a newspaper's report nor the defendant's lawyer
    pytest.param("A food processing plant that employs about 300 people in central Illinois "
                 "will close by the end of March, officials said Thursday.\n\nThe closure was "
                 "first disclosed in a filing with the state, according to a report from The "
                 "Herald & Review.",
                 ["officials said"],
                 id="attributions_round29-officials_not_named_by_a_newspaper_or_a_private_lawyer-0"),
    pytest.param("A 34-year-old man was charged Wednesday with vehicular manslaughter in a "
                 "hit-and-run that killed a cyclist last month, officials said. \"My client "
                 "intends to plead not guilty and looks forward to his day in court,\" said "
                 "defense attorney Mark Delgado.",
                 ["officials said"],
                 id="attributions_round29-officials_not_named_by_a_newspaper_or_a_private_lawyer-1"),
    # CBS News (2002): a court-appointed attorney is the suspect's, not the officials'
    pytest.param("The two suspects were moved to Virginia on Thursday, officials said. "
                 "Investigators initially questioned 17-year-old sniper suspect John Lee Malvo "
                 "for more than seven hours, his court-appointed attorney Michael Arif told "
                 "reporters Friday.",
                 ["officials said"],
                 id="attributions_round29-officials_not_named_by_a_newspaper_or_a_private_lawyer-2"),
    # the note on "a souligner" (16b fr24): "a + infinitive" is read as a perfect only as the
    # clause's first verb; after one it is "à" unaccented ("n'a rien a expliquer", and "n'a
    # donc a expliquer que le contenu" in public code comments)
    pytest.param("Un responsable syndicale a souligner que le projet était mauvais.",
                 ["Un responsable syndicale a souligner"],
                 id="review2_cit-a_slipped_perfect_needs_the_clause_s_first_verb-0-round16b_fr24"),
    pytest.param("Un responsable n'a rien a expliquer que je sache.", [],
                 id="review2_cit-a_slipped_perfect_needs_the_clause_s_first_verb-1-round16b_fr24"),
    pytest.param("La légende n'a donc a expliquer que le contenu d'une case.", [],
                 id="review2_cit-a_slipped_perfect_needs_the_clause_s_first_verb-2-round16b_fr24"),
    # the note on "a parlé à" (16b fr03): a clause verb, speech only when its words follow
    pytest.param("Un agent des douanes du Beach a également parlé à l'AFP de «3000 personnes».",
                 ["Un agent des douanes du Beach a également parlé à"],
                 id="review2_cit-speaking_to_someone_is_speech_only_before_its_words-0-round16b_fr03"),
    pytest.param("Un conseiller a parlé à Poutine de la guerre en Ukraine.", [],
                 id="review2_cit-speaking_to_someone_is_speech_only_before_its_words-1-round16b_fr03"),
    pytest.param("Un agent de sécurité a également parlé à la victime avant l'arrivée des secours.",
                 [],
                 id="review2_cit-speaking_to_someone_is_speech_only_before_its_words-2-round16b_fr03"),
    # 24a r06 (fr13, lepatron, an AFP wire) and r07 (fr17, afrikmag)
    pytest.param("La livre libanaise a atteint lundi un nouveau plus bas face au dollar. Selon des "
                 "sites web surveillant le taux de change, la livre s'échangeait le matin à plus de "
                 "38.500 pour un billet vert.",
                 ["Selon des sites web"],
                 id="round24_cit-unnamed_witnesses_and_websites-0-round24a_r06"),
    pytest.param("Les habitants ont entendu des coups de feu dans la matinée. Selon certains "
                 "témoignages, une patrouille de la gendarmerie est rentrée mercredi vers 22 h.",
                 ["Selon certains témoignages"],
                 id="round24_cit-unnamed_witnesses_and_websites-1-round24a_r06"),
    # "selon" as "depending on", and a testimony whose giver is said, stay silent
    pytest.param("Les tarifs varient selon les sites et les saisons.", [],
                 id="round24_cit-unnamed_witnesses_and_websites-2-round24a_r06"),
    pytest.param("Selon le témoignage de Marie Dupont, la patrouille est rentrée à 22 h.", [],
                 id="round24_cit-unnamed_witnesses_and_websites-3-round24a_r06"),
    pytest.param("Selon le rapport n°12 de l'Insee, le chômage recule. Selon cette source, il baisse encore.",
                 [],
                 id="round36_cit_dates-source_again-0"),
    # the ministry is no one named
    pytest.param("Selon le bulletin N°4 du ministère, les prix montent. Selon cette source, ils baissent.",
                 ["Selon cette source"],
                 id="round36_cit_dates-source_again-1"),
    pytest.param("Selon des sources proches du dossier, le prix recule. Selon cette source, il baisse.",
                 ["Selon des sources proches du dossier", "Selon cette source"],
                 id="round36_cit_dates-source_again-2"),
    # 36a r6 (fr25): "selon nos informations" is the outlet's own reporting under its name, as
    # explain CIT004 says; "selon nos sources" is people it will not name
    pytest.param(repro("round36a/r6_cit004"), [],
                 id="round36_cit_dates-the_newsrooms_own_information_stays_alone-0-round36a_r6"),
    pytest.param("Le ministre partira, selon nos sources.", ["selon nos sources"],
                 id="round36_cit_dates-the_newsrooms_own_information_stays_alone-1-round36a_r6"),
    # the same time words stand between an incise's verb and its subject
    # ("a déclaré lundi à l'AFP un haut responsable" was read before)
    pytest.param("Le suspect a été relâché, a indiqué samedi 4 novembre à l'AFP un haut "
                 "responsable.",
                 ["a indiqué samedi 4 novembre à l'AFP un haut responsable"],
                 id="round38_cit-a_date_between_a_speech_verb_and_its_described_source-0"),
    pytest.param("Le suspect a été relâché, a indiqué dans la nuit à l'AFP un haut "
                 "responsable.",
                 ["a indiqué dans la nuit à l'AFP un haut responsable"],
                 id="round38_cit-a_date_between_a_speech_verb_and_its_described_source-1"),
    # a named one after the same words
    pytest.param("Le suspect a été relâché, a indiqué samedi 4 novembre à l'AFP le procureur "
                 "Jean Dupont.",
                 [],
                 id="round38_cit-a_date_between_a_speech_verb_and_its_described_source-2"),
    pytest.param("Deux sources proches du dossier précisaient mardi soir à Reuters que l'accord était imminent.",
                 ["Deux sources proches du dossier"],
                 id="round38_cit-counted_sources_as_subject-0"),
    pytest.param("Des sources indiquaient que la garde à vue serait levée.",
                 ["Des sources indiquaient"],
                 id="round38_cit-counted_sources_as_subject-1"),
    pytest.param("Trois sources déclaraient à l'AFP que le ministre partirait.",
                 ["Trois sources déclaraient"],
                 id="round38_cit-counted_sources_as_subject-2"),
    # sources of something, a credit line, a named subject, no reported clause
    pytest.param("Plusieurs sources d'énergie indiquaient une hausse de la production.", [],
                 id="round38_cit-counted_sources_as_subject-3"),
    pytest.param("Sources : AFP, Reuters.", [], id="round38_cit-counted_sources_as_subject-4"),
    pytest.param("Des sources lumineuses indiquaient la sortie de secours aux spectateurs.", [],
                 id="round38_cit-counted_sources_as_subject-5"),
    pytest.param("Les enquêteurs de la police judiciaire précisaient que le suspect avait été interpellé.",
                 [],
                 id="round38_cit-counted_sources_as_subject-6"),
    pytest.param("Les panneaux indiquaient que la route était fermée depuis lundi.", [],
                 id="round38_cit-counted_sources_as_subject-7"),
    # an object, no clause
    pytest.param("Les élèves notent leurs professeurs chaque trimestre.", [],
                 id="round38_cit_review-plural_presents_with_no_vague_source-0"),
    pytest.param("Les cuisiniers ajoutent du sel en fin de cuisson.", [],
                 id="round38_cit_review-plural_presents_with_no_vague_source-1"),
    # a body, named
    pytest.param("Les pompiers rappellent que la baignade est interdite.", [],
                 id="round38_cit_review-plural_presents_with_no_vague_source-2"),
    # no inverted subject: a skill learnt, a thing seized, a plea made
    pytest.param("Il a appris le métier auprès d'un ancien policier.", [],
                 id="round39_cit_ai-no_learning_incise-0"),
    pytest.param("Il a appris le métier auprès de diplomates chevronnés.", [],
                 id="round39_cit_ai-no_learning_incise-1"),
    pytest.param("Mischa avait été saisi auprès de son propriétaire.", [],
                 id="round39_cit_ai-no_learning_incise-2"),
    pytest.param("Elle a plaidé auprès de responsables du parti.", [],
                 id="round39_cit_ai-no_learning_incise-3"),
    # a question about them, and a partner's press line ("apprend-on auprès du British Council")
    pytest.param("Que sait-on de diplomates qui ont fui ?", [],
                 id="round39_cit_ai-no_learning_incise-4"),
    pytest.param("« Notre travail se centre sur les jeunes », apprend-on auprès du British Council.",
                 [],
                 id="round39_cit_ai-no_learning_incise-5"),
    pytest.param("Qu'a-t-on appris de sources anciennes sur ce site ? Peu de choses, disent les archéologues.",
                 [],
                 id="round39_cit_ai-review_c_a_question_is_no_learning_incise-0"),
    pytest.param("Qu'a-t-on appris auprès de la préfecture ? Rien. Qu'a-t-on appris auprès de proches de la victime ? "
                 "Peu de choses.",
                 [],
                 id="round39_cit_ai-review_c_a_question_is_no_learning_incise-1"),
    pytest.param("Selon un témoin interrogé par l'AFP, il s'agit d'une grenade.", [],
                 id="round40_cit004-interviewer_named_in_french-0"),
    pytest.param("Selon des témoins interrogés par Ouest-France, la police a tiré la première.", [],
                 id="round40_cit004-interviewer_named_in_french-1"),
    pytest.param("Selon des habitants joints par téléphone par l'AFP, la police a tiré.", [],
                 id="round40_cit004-interviewer_named_in_french-2"),
    pytest.param("Selon une habitante contactée par Le Parisien, la police a tiré.", [],
                 id="round40_cit004-interviewer_named_in_french-3"),
    pytest.param("Selon des témoins cités par l'agence Reuters, la police a tiré.", [],
                 id="round40_cit004-interviewer_named_in_french-4"),
    pytest.param("Selon une riveraine interrogée par nos soins, la police a tiré.", [],
                 id="round40_cit004-interviewer_named_in_french-5"),
    pytest.param("Selon un habitant de la zone joint au téléphone par notre rédaction, plusieurs maisons ont "
                 "été déjà incendiées par des bandits armés.",
                 [],
                 id="round40_cit004-interviewer_named_in_french-6"),
    pytest.param("Des témoins ont raconté à l'AFP que la police avait tiré sans sommation.", [],
                 id="round40_cit004-interviewer_named_in_french-7"),
    pytest.param("Des tirs à l'arme lourde ont éclaté mercredi à Duékoué, ont indiqué à l'AFP plusieurs "
                 "habitants de cette ville.",
                 [],
                 id="round40_cit004-interviewer_named_in_french-8"),
    pytest.param("Selon plusieurs personnes interrogées par l'AFP, le syndicat verrouille le sujet.",
                 [],
                 id="round40_cit004-interviewer_named_in_french-9"),
    pytest.param("According to witnesses interviewed by Reuters, the police fired first.", [],
                 id="round40_cit004-interviewer_named_in_english-0"),
    pytest.param("According to witnesses who spoke to The Associated Press, the police fired first.",
                 [],
                 id="round40_cit004-interviewer_named_in_english-1"),
    pytest.param("Three witnesses told Reuters that soldiers opened fire on the protesters.", [],
                 id="round40_cit004-interviewer_named_in_english-2"),
    pytest.param("Soldiers opened fire on Nigerian protesters in the Lekki district on Tuesday, shooting at "
                 "least two people, three witnesses told Reuters.",
                 [],
                 id="round40_cit004-interviewer_named_in_english-3"),
    # a witness alone, or interviewed by no newsroom, stays vague
    pytest.param("Selon un témoin, il s'agit d'une grenade.", ["Selon un témoin"],
                 id="round40_cit004-no_interviewer_named_stays_vague-0"),
    pytest.param("Selon un témoin interrogé par la police, il s'agit d'une grenade.",
                 ["Selon un témoin"],
                 id="round40_cit004-no_interviewer_named_stays_vague-1"),
    pytest.param("Selon un témoin, cité par une autorité locale, les assaillants ont vérifié les pièces "
                 "d'identité des hommes avant de les abattre.",
                 ["Selon un témoin"],
                 id="round40_cit004-no_interviewer_named_stays_vague-2"),
    pytest.param("Selon un habitant de la zone, plusieurs maisons ont été incendiées.",
                 ["Selon un habitant de la zone"],
                 id="round40_cit004-no_interviewer_named_stays_vague-3"),
    pytest.param("Des témoins ont raconté aux enquêteurs que la police avait tiré.",
                 ["Des témoins ont raconté"],
                 id="round40_cit004-no_interviewer_named_stays_vague-4"),
    pytest.param("According to witnesses, the police fired first.", ["According to witnesses"],
                 id="round40_cit004-no_interviewer_named_stays_vague-5"),
    pytest.param("According to witnesses interviewed by police, the man fired first.",
                 ["According to witnesses"],
                 id="round40_cit004-no_interviewer_named_stays_vague-6"),
    pytest.param("Three witnesses said that soldiers opened fire on the protesters.",
                 ["Three witnesses said"],
                 id="round40_cit004-no_interviewer_named_stays_vague-7"),
    pytest.param("Several witnesses said Monday that soldiers opened fire.",
                 ["Several witnesses said"],
                 id="round40_cit004-no_interviewer_named_stays_vague-8"),
    pytest.param("Witnesses told police that the man fired first.", ["Witnesses told"],
                 id="round40_cit004-no_interviewer_named_stays_vague-9"),
    # the exception is a witness's: an anonymous source or official interviewed stays vague
    pytest.param("Selon une source interrogée par l'AFP, la police a tiré.",
                 ["Selon une source interrogée par"],
                 id="round40_cit004-no_interviewer_named_stays_vague-10"),
    pytest.param("Selon un responsable contacté par l'AFP, la police a tiré.",
                 ["Selon un responsable"],
                 id="round40_cit004-no_interviewer_named_stays_vague-11"),
    pytest.param("The deal was worth up to 15 billion euros, a source told Reuters on Tuesday.",
                 ["a source told"],
                 id="round40_cit004-no_interviewer_named_stays_vague-12"),
    pytest.param("Un gendarme a été tué dimanche, a-t-on appris auprès de policiers.",
                 ["a-t-on appris auprès de policiers"],
                 id="round40_cit004-forces_of_order_some_or_the_institution-0"),
    pytest.param("Selon des policiers, il pleuvait.", ["Selon des policiers"],
                 id="round40_cit004-forces_of_order_some_or_the_institution-1"),
    pytest.param("Selon des forces de l'ordre, il pleuvait.", ["Selon des forces de l'ordre"],
                 id="round40_cit004-forces_of_order_some_or_the_institution-2"),
    pytest.param("Il pleuvait, ont indiqué des forces de l'ordre.",
                 ["ont indiqué des forces de l'ordre"],
                 id="round40_cit004-forces_of_order_some_or_the_institution-3"),
    # the institution speaking
    pytest.param("Un gendarme a été tué dimanche, a-t-on appris auprès des forces de l’ordre.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-4"),
    pytest.param("Selon les forces de l'ordre, il pleuvait.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-5"),
    pytest.param("Il pleuvait, ont indiqué les forces de l'ordre.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-6"),
    pytest.param("Un gendarme a été tué dimanche, a-t-on appris auprès de la gendarmerie.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-7"),
    pytest.param("Selon les policiers, il pleuvait.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-8"),
    # "des" as "de les", a noun's complement: the body before it speaks, its verb singular
    pytest.param("Le syndicat des forces de l'ordre a déclaré que la réforme était injuste.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-9"),
    pytest.param("Le syndicat des policiers a déclaré que la réforme était injuste.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-10"),
    pytest.param("Des policiers ont déclaré que la réforme était injuste.",
                 ["Des policiers ont déclaré"],
                 id="round40_cit004-forces_of_order_some_or_the_institution-11"),
    pytest.param("Des forces de l'ordre ont été déployées, a indiqué la préfecture.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-12"),
    pytest.param("Les manifestants ont dénoncé la présence des forces de l'ordre.", [],
                 id="round40_cit004-forces_of_order_some_or_the_institution-13"),
    pytest.param("Des témoins ont dit que la police avait tiré sans sommation sur la foule mardi soir.",
                 ["Des témoins ont dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-0"),
    pytest.param("Des policiers ont dit que les manifestants avaient lancé des pierres les premiers.",
                 ["Des policiers ont dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-1"),
    pytest.param("Des responsables du ministère nous ont dit que l'enquête serait confiée à l'IGPN.",
                 ["Des responsables du ministère nous ont dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-2"),
    pytest.param("Des sources ont dit que le ministre allait démissionner.",
                 ["Des sources ont dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-3"),
    pytest.param("Des témoins ont écrit sur les réseaux sociaux que les tirs avaient duré toute la nuit.",
                 ["Des témoins ont écrit"],
                 id="round40_cit004-number_read_from_the_auxiliary-4"),
    pytest.param("Des policiers avaient dit que la réforme est inacceptable.",
                 ["Des policiers avaient dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-5"),
    pytest.param("Des policiers ont aussi dit que la réforme est inacceptable.",
                 ["Des policiers ont aussi dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-6"),
    pytest.param("Des responsables m'ont dit que le projet serait abandonné.",
                 ["Des responsables m'ont dit"],
                 id="round40_cit004-number_read_from_the_auxiliary-7"),
    # the noun's complement: the union speaks
    pytest.param("Le syndicat des policiers a déclaré que la réforme était inacceptable.", [],
                 id="round40_cit004-number_read_from_the_auxiliary-8"),
    pytest.param("Le syndicat des policiers a estimé que la réforme est inacceptable.", [],
                 id="round40_cit004-number_read_from_the_auxiliary-9"),
    pytest.param("Selon des témoins interrogés par la Police nationale, le tireur était seul.",
                 ["Selon des témoins"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-0"),
    pytest.param("Selon un témoin cité par le Parquet national antiterroriste, l'assaillant criait.",
                 ["Selon un témoin"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-1"),
    pytest.param("Selon un témoin interrogé par l'IGPN, le policier a tiré.", ["Selon un témoin"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-2"),
    pytest.param("Selon un témoin cité par Jean Dupont, la police a tiré.", ["Selon un témoin"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-3"),
    pytest.param("Des témoins ont affirmé à Kiev que les missiles avaient frappé un immeuble résidentiel.",
                 ["Des témoins ont affirmé"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-4"),
    pytest.param("Des habitants ont raconté à Kharkiv que les sirènes n'avaient retenti qu'après.",
                 ["Des habitants ont raconté"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-5"),
    pytest.param("Des témoins ont déclaré à la Cour que l'accusé était présent ce soir-là.",
                 ["Des témoins ont déclaré"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-6"),
    pytest.param("According to witnesses interviewed by the FBI, the gunman was alone.",
                 ["According to witnesses"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-7"),
    pytest.param("According to witnesses quoted by Israeli media, the soldiers fired first.",
                 ["According to witnesses"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-8"),
    pytest.param("Witnesses told Congress that the agency ignored the warnings.",
                 ["Witnesses told"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-9"),
    pytest.param("Witnesses told Mr Smith that the defendant was present.", ["Witnesses told"],
                 id="round40_cit004-a_bare_capital_is_no_newsroom-10"),
    pytest.param("Selon des témoins cités par l'agence Reuters, la police a tiré.", [],
                 id="round40_cit004-a_newsroom_by_its_kind_or_our_own-0"),
    pytest.param("Selon un témoin interrogé par le quotidien Le Monde, la police a tiré.", [],
                 id="round40_cit004-a_newsroom_by_its_kind_or_our_own-1"),
    pytest.param("Selon une riveraine interrogée par nos soins, la police a tiré.", [],
                 id="round40_cit004-a_newsroom_by_its_kind_or_our_own-2"),
    pytest.param("According to witnesses interviewed by the news agency Reuters, the police fired first.",
                 [],
                 id="round40_cit004-a_newsroom_by_its_kind_or_our_own-3"),
    # from tests/test_review36_mend.py::test_local_sources_before_a_complement
    # R5: energy sources, not news sources. The kind's complement is read after the match
    # (lexicon vague_unless_kind): a look-ahead in the cue made the attribution screen read past
    # each match and search every line.
    pytest.param("Selon les sources locales d'énergie recensées par l'Ademe, la commune pourrait "
                 "couvrir 40 % de ses besoins.",
                 [],
                 id="review36_mend-local_sources_before_a_complement-0"),
    pytest.param("Selon les sources régionales de financement, le budget est bouclé.",
                 [],
                 id="review36_mend-local_sources_before_a_complement-1"),
    pytest.param("Selon les sources locales, le feu a pris dans la nuit.",
                 ['Selon les sources locales'],
                 id="review36_mend-local_sources_before_a_complement-2"),
    # a place or a body after "de" is where the source stands: still no one named
    pytest.param("Selon les sources locales de la région, dix civils ont été tués.",
                 ['Selon les sources locales'],
                 id="review36_mend-local_sources_before_a_complement-3"),
    pytest.param("Selon les sources sécuritaires de Beni, dix civils ont été tués.",
                 ['Selon les sources sécuritaires'],
                 id="review36_mend-local_sources_before_a_complement-4"),
    # news sources of a kind are still unnamed sources
    pytest.param("Selon les sources locales d’information, dix civils ont été tués.",
                 ['Selon les sources locales'],
                 id="review36_mend-local_sources_before_a_complement-5"),
    pytest.param("Selon les sources régionales de renseignement, l'attaque était préparée.",
                 ['Selon les sources régionales'],
                 id="review36_mend-local_sources_before_a_complement-6"),
    # from tests/test_review36_mend.py::test_sources_before_a_complement_that_names_no_resource
    # Review 1 of the thirty-fifth session (R8): only a named resource makes a kind of source; a
    # rank, a manner, a quantifier, a camp or a duty after "de" leaves the source vague.
    pytest.param("Selon les sources militaires d'habitude fiables, les rebelles ont pris la "
                 "ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-0"),
    pytest.param("Selon les sources militaires de haut rang, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-1"),
    pytest.param("Selon les sources militaires de confiance, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-2"),
    pytest.param("Selon les sources militaires de garde, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-3"),
    pytest.param("Selon les sources militaires d'ordinaire bien informées, les rebelles ont pris "
                 "la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-4"),
    pytest.param("Selon les sources militaires d'abord, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-5"),
    pytest.param("Selon les sources militaires de part et d'autre, les rebelles ont pris la "
                 "ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-6"),
    pytest.param("Selon les sources militaires de haut niveau, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-7"),
    pytest.param("Selon les sources militaires de terrain, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-8"),
    pytest.param("Selon les sources militaires de plusieurs villages, les rebelles ont pris la "
                 "ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-9"),
    pytest.param("Selon les sources militaires d'état-major, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-10"),
    pytest.param("Selon les sources militaires de chaque camp, les rebelles ont pris la ville.",
                 ['Selon les sources militaires'],
                 id="review36_mend-sources_before_a_complement_that_names_no_resource-11"),
    # from tests/test_review36_mend.py::test_sources_of_a_named_resource
    pytest.param("Selon les sources locales d'énergie recensées par l'agence, la part progresse.",
                 [],
                 id="review36_mend-sources_of_a_named_resource-0"),
    pytest.param("Selon les sources locales de financement recensées par l'agence, la part "
                 "progresse.",
                 [],
                 id="review36_mend-sources_of_a_named_resource-1"),
    pytest.param("Selon les sources locales de revenus recensées par l'agence, la part progresse.",
                 [],
                 id="review36_mend-sources_of_a_named_resource-2"),
    pytest.param("Selon les sources locales d'eau potable recensées par l'agence, la part "
                 "progresse.",
                 [],
                 id="review36_mend-sources_of_a_named_resource-3"),
    pytest.param("Selon les sources locales de données recensées par l'agence, la part progresse.",
                 [],
                 id="review36_mend-sources_of_a_named_resource-4"),
    pytest.param("Selon les sources locales de pollution recensées par l'agence, la part "
                 "progresse.",
                 [],
                 id="review36_mend-sources_of_a_named_resource-5"),
]
test_the_vague_attributions_read = vague_test(VAGUE_CASES)


# the named sources each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
NAMED_CASES = [
    # urgenceportneuf.com (round 11b, fr07); matchafrique.com (fr13)
    pytest.param("Appel d'un employé municipal pour un début d'incendie à la caserne des pompiers "
                  "au 2e étage. Vers 13h il a constaté que de la fumée s'échappait des bouches de "
                  "ventilation.",
                 [],
                 id="attributions_round11-a_witness_and_the_authors_inference_name_no_source-0-round11b_fr07"),
    pytest.param("Cette clause est similaire à celle de Ramsey à Burnley, ce qui montre une "
                  "stratégie réfléchie de la part d'Aston Villa.",
                 [],
                 id="attributions_round11-a_witness_and_the_authors_inference_name_no_source-1-round11b_fr07"),
    # a pronoun that speaks still stands for the speaker named before it
    pytest.param("Le maire était présent. Il a déclaré que la salle rouvrira.", ["Il"],
                 id="attributions_round11-a_witness_and_the_authors_inference_name_no_source-2-round11b_fr07"),
]
test_the_named_sources_read = named_test(NAMED_CASES)


# from tests/test_attributions_cit31.py
@pytest.mark.parametrize("expected,text,where", CASES, ids=[c[2] for c in CASES])
def test_unnamed_plural_subjects(expected, text, where) -> None:
    assert vague(text) == expected


# from tests/test_attributions_left32b.py
@pytest.mark.parametrize("expected,text,where", VAGUE)
def test_sources_who_tell(expected, text, where) -> None:
    assert vague(text) == expected, where


def test_a_body_of_commissioners_names_no_speaker() -> None:
    # round 31a r07: capitals ending on a body's plural noun are a group, no person to quote
    assert cit005_spans("Logan County Commissioners approved an $18.2 million annual budget "
                        "Tuesday.\n\n" + _BUDGET_QUOTE) == [_BUDGET_QUOTE.split("\n")[0]]
    assert cit005_spans("The Tulsa Public Schools Trustees approved an $18.2 million annual budget "
                        "Tuesday.\n\n" + _BUDGET_QUOTE) == [_BUDGET_QUOTE.split("\n")[0]]


# from tests/test_attributions_leftovers.py
def test_a_paper_that_reports_names_the_source_of_its_sentence_s_hedge():
    # moneymarketing (round 5): the outlet is named in the hedge's sentence
    text = ("The Brexit ‘divorce bill’ will reportedly amount to between €45bn and €55bn, the "
            "Telegraph reports.")
    assert vague(text) == []
    assert "Telegraph" in named(text)
    assert named("Reuters reported on Monday that the bill will amount to €45bn.") == ["Reuters"]
    # negative: the hedge alone
    assert vague("The deal, reportedly worth £10 billion, was signed on Monday.") == ["reportedly"]


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


# from tests/test_attributions_round11.py
def test_a_hedge_outside_the_quotation_stays_vague() -> None:
    # the same page: the hedge before the quotation, in the reporter's words
    text = ("A PSNI spokesperson said a man was arrested.\n\nIt is understood several police "
            "officers were kicked and bitten.\n\nInspector Tate said: “Officers received reports.")
    assert vague(text) == ["It is understood"]
    # a paragraph that does not open with the mark is the reporter's again
    text = ("Inspector Tate said: “Officers received reports that a man was obstructing traffic.\n\n"
            "The suspect is believed to be linked to an earlier assault.")
    assert vague(text) == ["is believed to be"]


# from tests/test_attributions_round12.py
def test_an_unlisted_verb_after_a_quotation_introduces_its_described_speaker():
    # lemoci.com (12a fr07): the block has no listed speech verb; the quotation and its comma
    # let it through the screen.
    text = ("« Il faudra voir ce qui sera effectivement financé », relevait un fonctionnaire "
            "familier de la Côte d’Ivoire.")
    assert vague(text) == ["relevait un fonctionnaire"]
    assert vague("« Il faudra voir », a tempéré lundi à l'AFP un diplomate.") == \
        ["a tempéré lundi à l'AFP un diplomate"]


def test_an_indefinite_subject_gives_no_speaker_from_the_object():
    # journaldequebec.com (12a fr06): "Flying" was read as the speaker of "jugent".
    text = "Des experts jugent irréaliste le projet Flying Whales, dans lequel Québec a investi."
    assert vague(text) == ["Des experts jugent"]
    assert "Flying" not in named(text)
    # A named subject is still read.
    assert named("Le ministre affirme à Radio Canada que le projet est irréaliste.") == ["Radio Canada"]


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


# from tests/test_attributions_round13.py
def test_selon_an_institutions_data() -> None:
    # guineenews.org (13a fr15)
    text = ("Selon les statistiques douanières, au cours des 10 premiers mois de cette année, les "
            "exportations de la Chine ont atteint 13 350 milliards de yuans.")
    assert named(text) == ["les statistiques douanières"]
    assert "CIT001" not in rules_cit001(text)
    # latribune.fr, rfi.fr: the body after its complement
    assert named("En juin, elles avaient progressé de 17,9%, selon les statistiques des douanes.") == \
        ["les statistiques des douanes"]
    assert named("Le commerce extérieur chinois se porte plutôt bien, selon les derniers chiffres "
                 "des douanes chinoises.") == ["les derniers chiffres des douanes"]
    # whose figures, not said
    assert named("Selon les chiffres officiels, le chômage baisse.") == []
    assert named("Selon les chiffres de la semaine, le chômage baisse.") == []


def test_a_described_minister_who_told_us_and_our_source() -> None:
    # djazairess.com (13a fr08), the sentence shortened by the tester (r06) and as on the page
    text = ("Moins de 48h après le démenti de Ouyahia, un ministre très en vue de son cabinet nous "
            "a confirmé que cela “relève de l'agitation de quelques partis”. Notre source précise "
            "que cette éventualité ne fait pas partie des plans du président.")
    assert vague(text) == ["un ministre très en vue de son cabinet nous a confirmé", "Notre source précise"]
    page = ("Moins de 48h après le démenti de Ouyahia quant à l'imminence d'un remaniement "
            "ministériel, un ministre très en vue de son cabinet et néanmoins proche du président "
            "nous a confirmé que cela “relève de l'agitation de quelques partis dont certains sont au "
            "pouvoir”. Notre source précise que cette éventualité ne fait pas partie des “plans” de "
            "Bouteflika dès lors que c'est son programme qui est mis à exécution.")
    assert "Notre source précise" in vague(page)
    assert "président" not in named(page)  # the complement's role does not speak
    # the same source again, its antecedent unnamed (13a r06b)
    assert vague("Un ministre très en vue du cabinet a confirmé que cela “relève de l'agitation”. "
                 "Cette source précise que le remaniement n'est pas prévu.") == \
        ["Un ministre très en vue du cabinet a confirmé", "Cette source précise"]
    # competition.dz: "d'après notre source"
    assert vague("Les négociations, et d'après notre source, n'ont pas débuté hier.") == ["d'après notre source"]
    # named: nosdeputes.fr, a colleague named; the source named before; a source of income
    assert vague("Notre spécialiste pour les affaires de police et de justice, Jean-Michel Decugis, "
                 "nous a indiqué que le ministère de l'intérieur ne souhaitait pas que l'information "
                 "soit connue.") == []
    assert vague("Jean Dupont a déclaré que tout va bien. Cette source précise que rien ne change.") == []
    assert vague("Notre source de revenus explique que tout va bien.") == []
    # an object pronoun is skipped before the speech verb only: "leur client" opens a new subject
    assert vague("Un avocat a vu leur client a déclaré que tout va bien.") == []
    # "confirmer" is speech before a reported clause only
    assert named("Mbappé a confirmé son talent samedi.") == []


def test_an_unnamed_study() -> None:
    # watson.ch (13b fr09)
    text = ("Les Américains dépensent des sommes folles pour viser la Maison-Blanche. Selon une "
            "étude, plus les démocrates mettent la main au porte-monnaie, plus les chances de Joe "
            "Biden augmentent.")
    assert vague(text) == ["Selon une étude,"]
    assert "CIT004" in rules_cit001(text)
    # topito.com
    assert vague("D'après un sondage, 93% des Français considèrent que la nourriture a une place "
                 "prépondérante dans leur vie.") == ["D'après un sondage,"]
    # whose study, said: flashs.fr; a named institute
    assert vague("7 Français sur 10 en ont entendu parler, selon le sondage mené par Harris "
                 "Interactive pour BFM Business et Tilder.") == []
    assert vague("Selon une étude de l'Insee, le chômage baisse.") == []


def test_a_reporters_frame_is_no_first_person() -> None:
    # djazairess.com (13a fr08) was read as a first-person page for "nous a confirmé", "Notre source"
    page = ("Moins de 48h après le démenti de Ouyahia quant à l'imminence d'un remaniement "
            "ministériel, un ministre très en vue de son cabinet et néanmoins proche du président "
            "nous a confirmé que cela “relève de l'agitation de quelques partis dont certains sont au "
            "pouvoir”. Notre source précise que cette éventualité ne fait pas partie des “plans” de "
            "Bouteflika dès lors que c'est son programme qui est mis à exécution. Ce ministre exclut "
            "même qu'il y ait un changement ne serait-ce que partiel du gouvernement avant longtemps, "
            "“sauf en cas de maladie ou de faute grave”.")
    assert audit_document(page, "page.txt")["page_kind"] != "personal"
    # a narrator's own "me", "nous" before a present verb stays first person (jesuismozaik.com,
    # round 6, a chronicle)
    text = ("Plus loin, la publicité de Klapka nous rappelle le lien étroit unissant parfois le "
            "journaliste et son sujet. Ça me rappelle des souvenirs. Je ne sais pas pour vous, mais "
            "il y aurait un livre à écrire.")
    assert audit_document(text, "page.txt")["page_kind"] == "personal"


# from tests/test_attributions_round15.py
def test_described_sources_and_unnamed_officials() -> None:
    # 15b fr09 (r09): the inverted "on", where it learnt it, the sources only described
    text = ("Au moins neuf personnes ont été tuées dans une attaque de milices près de Kinshasa, "
            "a-t-on indiqué lundi de sources locales.")
    assert vague(text) == ["a-t-on indiqué lundi de sources locales"]
    assert "CIT004" in rules_opt_in(text)
    # the form CIT004's explain promises, and a supply, not a source
    assert vague("Cinq soldats ont été tués, a-t-on appris samedi de sources sécuritaires.") == \
        ["de sources sécuritaires"]
    # huffpostquebec (round 6): the pattern before reads the source's whole description
    assert vague("Le préjudice s'élève à 5 millions d'euros, a-t-on appris jeudi de sources "
                 "proches du dossier.") == ["de sources proches du dossier"]
    assert vague("Les légumes de la cantine sont issus de sources locales.") == []
    # the inversion is the incise, whatever its verb (constructed)
    assert vague("Deux enfants sont morts, apprend-on de sources régionales.") == \
        ["apprend-on de sources régionales"]
    # 15b fr09 (r10): a rank, no name, confirming a toll
    text = ("Au moins neuf personnes ont été tuées, selon le chef coutumier Jean Bedel Mulele.\n\n"
            "Un responsable sécuritaire a confirmé le bilan de 9 morts.")
    assert vague(text) == ["Un responsable sécuritaire a confirmé"]
    # a death or a count confirmed is a report too (constructed)
    assert vague("Un responsable militaire a confirmé lundi la mort de deux soldats.") == \
        ["Un responsable militaire a confirmé"]
    assert vague("Un responsable local a confirmé 14 morts dans l'attaque.") == ["Un responsable local a confirmé"]
    # a player confirming his form is no official
    assert vague("Un joueur a confirmé son talent samedi.") == []


def test_a_described_unnamed_speaker_in_english() -> None:
    # 15b en03 (r11)
    text = ("Deutsche Post DHL has reached an agreement to buy UK Mail.\n\nDeutsche Post DHL board "
            "member said the acquisition would give DHL a strong foothold.")
    assert vague(text) == ["Deutsche Post DHL board member said"]
    assert "CIT004" in rules_opt_in(text, "page.txt")
    # after an indefinite or a count (constructed)
    assert vague("An executive said the plan was dead. Shares fell, a senior Boeing executive told "
                 "Reuters.") == ["An executive said", "a senior Boeing executive told"]
    assert vague("Two board members told the newspaper the vote was close.") == ["Two board members told"]


# from tests/test_attributions_round16.py
def test_plural_roles_inverted_after_their_verb() -> None:
    # 16b fr11 (r05)
    text = ("Parmi les équipements qui seront envoyés à l'Ukraine figurent aussi des missiles "
            "guidés et des missiles antichars, ont indiqué les deux responsables américains.")
    assert vague(text) == ["ont indiqué les deux responsables"]
    assert "CIT004" in rules_opt_in(text)
    # zonebourse.com (Reuters, 10 avril 2023)
    assert vague("Les agences américaines examinent la manière dont elles partagent les "
                 "informations les plus sensibles, ont déclaré lundi trois représentants "
                 "américains.") == ["ont déclaré lundi trois représentants"]
    # named after the role, two of them
    assert vague("Parmi les équipements figurent des missiles, ont indiqué les deux responsables "
                 "américains, John Kirby et Jake Sullivan.") == []
    assert vague("Les deux responsables américains ont visité Kiev mardi.") == []


def test_an_unnamed_role_spoke_to_an_agency() -> None:
    # 16b fr03 (r06): "parler à" an outlet, then the words; an adverb between the auxiliary
    # and its participle; the role's complement goes on ("des douanes du Beach")
    text = ("Le ministre a estimé : «Nous ne sommes pas en situation de crise déclarée.» Un agent "
            "des douanes du Beach a également parlé à l’AFP de «3000 personnes».")
    assert vague(text) == ["Un agent des douanes du Beach a également parlé à"]
    assert "CIT004" in rules_opt_in(text)
    # the adverb slot with another speech verb
    assert vague("Un agent des douanes a également déclaré à l'AFP que 3000 personnes sont "
                 "passées.") == ["Un agent des douanes a également déclaré à"]
    # a named speaker speaking to someone is no report of words
    assert named("Emmanuel Macron a parlé à Vladimir Poutine pendant deux heures.") == []
    assert vague("Un agent des douanes a parlé à sa femme pendant deux heures.") == []


def test_sources_after_a_present_plural_verb() -> None:
    # 16b mutation m09 (r08)
    text = ("Le 30 octobre dernier, les passants du boulevard Sévigné ont assisté à une scène "
            "assez surréaliste. Comme l'expliquent des sources, un septuagénaire avait, au volant "
            "de sa voiture, effectué une série d'accélérations.")
    assert vague(text) == ["expliquent des sources,"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("Le ministre va démissionner, indiquent plusieurs sources.") == \
        ["indiquent plusieurs sources."]
    # a source of something
    assert vague("Ces champs rapportent des sources de revenus aux villages.") == []


def test_what_is_last_known_no_one_said_to_know_it() -> None:
    # 16a fr02 (r08): the adjective slot, not one adjective
    text = ("Selon les derniers éléments de l'enquête, il a été confirmé que le conducteur "
            "roulait trop vite.")
    assert vague(text) == ["Selon les derniers éléments"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("D'après les nouvelles informations, le bilan s'alourdit.") == \
        ["D'après les nouvelles informations"]
    # whose, said after it
    assert vague("Selon les dernières informations du Parisien, le bilan s'alourdit.") == []


def test_a_conditional_estimate_no_one_made() -> None:
    # 16b fr12 (r07), low harm
    text = "Ils seraient chaque année estimés à 841 en France, toutes esthétiques confondues."
    assert vague(text) == ["seraient chaque année estimés à"]
    # its sentence names the estimate's source
    assert vague("Ils seraient chaque année estimés à 841 en France, selon le Centre national "
                 "de la musique.") == []
    assert vague("Le coût est estimé à 3 millions d'euros.") == []


# from tests/test_attributions_round18.py
def test_a_hedge_whose_sentence_says_again_a_source_named_before() -> None:
    # 18a r03: "the newspaper" is The Daily Advance, named in the paragraph before
    text = ("Quentin Jackson was sentenced on Wednesday, The Daily Advance of Elizabeth City "
            "reported.\n\nAfter filing his appeal, he was placed under a $5,000 unsecured bond "
            "and reportedly declined to comment when contacted by the newspaper.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    # French: "le quotidien" after a paper named before
    assert vague("Le ministre a démissionné, a indiqué Le Monde. Il aurait, dit-on, quitté "
                 "Paris, selon le quotidien.") == []
    # no paper named before: the newspaper is no one
    assert vague("After filing his appeal, he reportedly declined to comment when contacted "
                 "by the newspaper.") == ["reportedly"]
    assert vague("The newspaper reportedly paid the family for the interview.") == ["reportedly"]
    # the hedge alone, after a named source, stays vague
    assert vague("Quentin Jackson was sentenced on Wednesday, The Daily Advance reported. He "
                 "reportedly declined to comment.") == ["reportedly"]


def test_a_last_count_no_one_made() -> None:
    # 18b r03 (fr14, temoignages.re)
    text = ("Le 28 février dernier, l'île a été touchée par le passage du cyclone Garance, qui a "
            "causé de nombreux dégâts, faisant cinq morts et six blessés dont trois grièvement, "
            "selon un dernier bilan.")
    assert vague(text) == ["selon un dernier bilan"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("D'après un nouveau bilan, douze personnes sont mortes.") == ["D'après un nouveau bilan"]
    # whose, said after it
    assert vague("Le cyclone a fait cinq morts, selon un dernier bilan de la préfecture.") == []
    assert vague("Le cyclone a fait cinq morts, selon un dernier bilan des pompiers.") == []
    # a count as a subject is no attribution
    assert vague("Le dernier bilan fait état de cinq morts.") == []


# from tests/test_attributions_round21.py
def test_a_hedge_after_a_named_account_in_its_paragraph() -> None:
    # 21b (en03_unfspinnaker): "reportedly" goes on with what the report states
    text = ("Police beat: Student arrested near garage\n\nThe report states that the officers "
            "advised the student it was not safe to enter. The report then states that the "
            "student continued to yell. The student then reportedly entered the garage and was "
            "taken into custody.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    # a named speaker's account
    assert vague("Sheriff John Hale said that the man drove to the bank at noon. He reportedly waited "
                 "there for an hour.") == []
    # no account before it: the hedge names no one
    assert vague("The student continued to yell. The student then reportedly entered the "
                 "garage.") == ["reportedly"]
    # the account is in the paragraph before: this paragraph's hedge is its own
    assert vague("The report states that the student continued to yell.\n\nThe student then "
                 "reportedly entered the garage.") == ["reportedly"]
    # a credit closing its sentence ends its account there (round 18a)
    assert vague("Quentin Jackson was sentenced on Wednesday, The Daily Advance reported. He "
                 "reportedly declined to comment.") == ["reportedly"]


# from tests/test_attributions_round22.py
def test_a_sentence_pasted_glued_to_the_line_before_is_reported_once() -> None:
    # 22b (fr17_malizine): the third copy glued to the second ("quartier.Une attaque")
    sentence = ("Une attaque a visé le camp militaire vendredi après-midi, selon des témoins, qui "
                "ont décrit une très forte détonation suivie d'échanges de tirs nourris pendant "
                "près d'une heure dans le quartier.")
    text = (f"Attaque contre un camp militaire\n\n{sentence}\n\nLe bilan n'était pas connu dans "
            f"l'immédiat.\n\n{sentence}{sentence}\n")
    assert cit004_phrases(text) == ["selon des témoins"]
    # a short sentence said twice is two statements
    assert cit004_phrases("Titre\n\nSelon des témoins, il a fui.Selon des témoins, il a fui.\n") == \
        ["Selon des témoins", "Selon des témoins"]


# from tests/test_attributions_round26.py
def test_reports_no_one_is_said_to_have_made() -> None:
    # 26b r04/r04b: the phrase before and after its clause
    assert cit004_phrases_opt_in("Council delays vote\n\nAccording to reports, the city council will delay "
                                 "the vote on the new budget. The council meets again next month.\n") == \
        ["According to reports,"]
    assert vague("The city council will delay the vote on the new budget, according to "
                 "reports. Mayor Jane Smith did not comment on Tuesday.") == ["according to reports."]
    # oasesnews.com (2020, London attack)
    assert vague("According to reports, he fantasised about carrying out a terror attack with "
                 "a blade or with acid while riding a moped.") == ["According to reports,"]
    # whose reports is said
    assert vague("The council will delay the vote, according to reports in The Times.") == []
    assert vague("According to reports by the BBC, the council will delay the vote.") == []


# from tests/test_review28_citations.py
def test_a_count_whose_maker_the_participle_names() -> None:
    # item 1: AFP's wording, the agent after a participle and a time
    assert vague("Le séisme qui a frappé vendredi soir la région d'Al-Haouz a fait au moins 2 012 "
                 "morts et 2 059 blessés, selon un nouveau bilan communiqué dimanche par le "
                 "ministère de l'Intérieur.") == []
    assert vague("Le séisme a fait 2 012 morts, selon un nouveau bilan provisoire fourni lundi soir "
                 "par la préfecture.") == []
    # an official toll is the authority's record, as "un dernier bilan préfectoral" is
    assert vague("Le séisme qui a frappé vendredi soir la région d'Al-Haouz a fait au moins 2 012 "
                 "morts et 2 059 blessés, selon le dernier bilan officiel publié dimanche.") == []
    assert vague("Le cyclone a fait cinq morts, selon un dernier bilan préfectoral.") == []
    # a real wording (china.org.cn, 2005): whose after the complement, as before
    assert vague("237 071 personnes ont trouvé la mort ou sont portées disparues dans le nord de "
                 "l'île indonésienne de Sumatra, selon un nouveau bilan du ministère de la Santé.") == []
    # no one said to have made it, or no one named as its agent
    assert vague("Le séisme a fait 2 012 morts, selon un nouveau bilan publié dimanche.") == \
        ["selon un nouveau bilan"]
    assert vague("Le séisme a fait 2 012 morts, selon un nouveau bilan provisoire.") == \
        ["selon un nouveau bilan"]
    assert "selon un dernier bilan" in vague("Le cyclone a fait cinq morts, selon un dernier bilan "
                                             "communiqué dimanche par des sources locales.")


def test_a_described_source_must_be_the_source() -> None:
    # item 7: the agency does, no one says it does
    text = ("FEMA cuts disaster staff ahead of hurricane season\n"
            "Homeland Security Secretary Kristi Noem told senators on Tuesday that the department "
            "would review every disaster grant.\n"
            "The agency reportedly plans to dismiss about 200 temporary staff members before June, "
            "a move that worries state emergency managers.\n")
    assert vague(text) == ["reportedly"]
    assert selected_spans(text, "CIT004") == ["reportedly"]
    assert vague("The minister resigned, Reuters reported. The network reportedly hired him last "
                 "year.") == ["reportedly"]
    # the description as the source: after a cue, beside a speech verb, the hedge between
    assert vague("The minister resigned, Reuters reported. He reportedly left the country, the "
                 "agency said.") == []
    assert vague("The minister resigned, Reuters reported. The agency reportedly said the minister "
                 "had left the country.") == []
    assert vague("Le ministre a démissionné, a indiqué Le Monde. Il aurait, dit-on, quitté Paris, "
                 "a précisé le quotidien.") == []


def test_an_institution_word_says_whose_officials_are() -> None:
    # item 10
    text = ("Measles case confirmed at Lincoln Elementary\n"
            "A student at Lincoln Elementary has tested positive for measles, and unvaccinated "
            "classmates must stay home for 21 days, school officials said Monday.\n"
            "State and federal officials confirmed that the case was linked to the outbreak in West "
            "Texas, where two children have died.\n")
    assert vague(text) == []
    assert selected_spans(text, "CIT004") == []
    assert vague("The bridge will stay closed, county officials said Tuesday.") == []
    # no one said whose (round 19a)
    assert vague("The suspect fled, though officials confirmed that he was armed.") == \
        ["officials confirmed"]
    assert vague("The suspect fled. Residents and officials said that he was armed.") == \
        ["officials said"]


# from tests/test_review2_cit.py
def test_bare_plural_executives_speak_for_the_company() -> None:
    # item 7a, the probe (exec.txt): the earnings-call phrase after the company is named
    text = ("Unilever sales beat forecasts as prices rise\n\nUnilever reported a 4.5% rise in "
            "underlying sales for the first quarter on Thursday, ahead of analysts' expectations."
            "\n\nExecutives told analysts on a conference call that price increases would slow in "
            "the second half of the year.")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    # a second wording (a bank merger story, found in public text)
    assert vague("WaFd agreed an all-stock merger with EverBank. Executives told analysts the deal "
                 "diversifies EverBank's funding away from higher-cost online deposits.") == []
    assert vague("Shares fell, executives said.") == []
    # counted or quantified, the plural stays vague (round 15's case)
    assert vague("Two board members told the newspaper the vote was close.") == ["Two board members told"]
    assert vague("Many executives said the plan was dead.") == ["Many executives said"]


def test_a_described_executive_after_a_comma() -> None:
    # item 7b, the probe (exec2.txt): the clause's start reads as the sentence's
    text = ("Nissan cuts its profit forecast\n\nNissan cut its full-year operating profit forecast by "
            "30% on Thursday.\n\nSales in China will keep falling this year, Nissan executive said.")
    assert vague(text) == ["Nissan executive said"]
    assert "CIT004" in rules_opt_in(text)
    # after a quotation's comma too; the sentence-start case stays (round 15b, en03)
    assert vague('"We will cut jobs," Deutsche Post DHL board member said.') == \
        ["Deutsche Post DHL board member said"]
    assert vague("Deutsche Post DHL board member said the acquisition would help.") == \
        ["Deutsche Post DHL board member said"]
    # a pointer still names the one known: the European Commission (review 1, item 5)
    assert vague("Apple was fined on Monday, the EU executive said.") == []
    assert vague("Apple was fined on Monday, the company's executive said.") == []


# from tests/test_review3_cit.py
def test_witnesses_and_websites_with_an_owner_after_are_owned() -> None:
    # item 4: whoever gathered the accounts, or the sites listed, names them
    text = ("Nouvelle-Calédonie : nuit de violences à Nouméa\n\nPlusieurs commerces ont été incendiés "
            "dans la nuit de mardi à mercredi dans l'agglomération de Nouméa.\n\nSelon des "
            "témoignages recueillis par l'AFP, des groupes de jeunes ont érigé des barrages sur les "
            "principaux axes. Le haut-commissariat a annoncé un couvre-feu de 18 heures à 6 heures.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    assert vague("Selon des sites spécialisés comme Boursorama et Investing.com, la tendance "
                 "devrait se poursuivre jusqu'à l'été.") == []
    # leclairageguinee.info (with AFP): a broadcaster gathered them
    assert vague("Selon des témoignages recueillis par VOA Afrique, des assaillants ont d’abord "
                 "quadrillé le village samedi nuit.") == []
    # gathered by no one named, or by unnamed people: still vague
    assert vague("Selon des témoignages recueillis par des journalistes, la police a chargé.") == \
        ["Selon des témoignages"]
    assert vague("Selon certains témoignages, une patrouille de la gendarmerie est rentrée "
                 "mercredi vers 22 h.") == ["Selon certains témoignages"]


def test_results_anyone_can_see_are_the_writer_s_grounds() -> None:
    # item 5: public results, the first snow: the writer's own inference
    text = ("Le Stade Rennais termine l'année en trombe\n\nLes Rouge et Noir ont remporté leurs cinq "
            "derniers matchs de Ligue 1, dont trois à l'extérieur.\n\nAu regard des résultats de "
            "décembre, il semblerait que la méthode du nouvel entraîneur commence à porter ses "
            "fruits.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    assert vague("Compte tenu des premières chutes de neige, il semblerait que la saison soit "
                 "lancée pour de bon.") == []
    # results someone passes on, an autopsy's: someone's word again
    assert vague("Compte tenu des résultats transmis par le laboratoire, il semblerait que l'eau "
                 "soit polluée.") == ["il semblerait"]
    assert vague("Au regard des résultats de l'autopsie, il semblerait que la victime soit morte "
                 "sur le coup.") == ["il semblerait"]


def test_a_capitalised_time_word_is_a_name_s() -> None:
    # item 6: "Times", "Week" close a name, not a time adverbial
    text = ("Newspaper union reaches tentative deal\n\nThe union representing newsroom employees "
            "reached a tentative agreement on Tuesday after a 24-hour walkout last month.\n\nNew "
            "York Times officials said the deal would raise minimum salaries by 12 percent over "
            "three years. The union's members will vote on the contract next week.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    assert vague("Milan Fashion Week officials said the shows would be rescheduled for Saturday.") == []
    assert vague("The paper was sold. Sunday Times officials said the newsroom would move.") == []
    # a lower-case time word, a weekday, a sentence's first word: still no one's
    assert vague("Earlier this week officials said that the bridge would not reopen.") == ["officials said"]
    assert vague("On Monday officials said that the detour would stay in place.") == ["officials said"]
    assert vague("Today officials said the road would close.") == ["officials said"]


def test_a_counterfactual_conditional_is_no_hearsay() -> None:
    # item 7: what anyone would have said in her place
    text = ("Inondations : à Saint-Martin, les parents entre colère et soulagement\n\nL'école primaire "
            "de Saint-Martin a été fermée lundi après la crue de la rivière.\n\n« On nous a prévenus "
            "par SMS à 7 h 30 », raconte Sophie Le Gall, mère de deux enfants. À sa place, n'importe "
            "quel parent aurait dit à ses enfants de rester à la maison.\n\nLa mairie promet une "
            "réouverture jeudi.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    assert vague("S'il avait su, il aurait dit à ses joueurs de rester prudents.") == []
    assert vague("On aurait dit que le ciel allait nous tomber sur la tête.") == []
    # the conditional of hearsay stays vague (round 24b's repro)
    assert vague("Bouhazama aurait dit à ses joueurs de se calmer.") == ["aurait dit à"]
    assert vague("Il aurait dit à ses proches qu'il comptait démissionner.") == ["aurait dit à"]
    # a pronominal pluperfect is no condition
    assert vague("Le joueur, qui s'était emporté, aurait dit à l'arbitre de se taire.") == ["aurait dit à"]


def test_analysts_an_outlet_reached_stay_unnamed() -> None:
    # item 11: the outlet that contacted them is not their name; a poll's maker is
    text = ("Euro slides as traders brace for rate cut\n\nThe euro fell to its lowest level in six "
            "months on Wednesday as traders priced in a rate cut in June.\n\nAnalysts contacted by "
            "AFP said the European Central Bank was likely to move before the Federal Reserve. The "
            "single currency later recovered some of its losses.\n")
    assert vague(text) == ["Analysts contacted by AFP said"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("Economists interviewed by Bloomberg said the central bank would hold rates.") == \
        ["Economists interviewed by Bloomberg said"]
    assert vague("Economists polled by Reuters said that inflation would ease to 2.7%.") == []


# from tests/test_round17_cit.py
def test_a_view_shared_by_a_class_of_people() -> None:
    # 17b fr06_optionfinance (r05)
    text = ("Entre janvier et début septembre, 78 sociétés hexagonales ont été acquises par des groupes "
            "américains. Un tel constat est partagé par plusieurs banquiers d’affaires.")
    assert vague(text) == ["constat est partagé par plusieurs banquiers"]
    assert "CIT004" in rules("Les groupes américains rachètent des sociétés françaises.\n\n" + text)
    assert vague("Cette analyse est exprimée par de nombreux économistes.") == \
        ["analyse est exprimée par de nombreux économistes"]
    # whose, said after it; a shared thing that is no view
    assert vague("Ce constat est partagé par plusieurs banquiers de Lazard.") == []
    assert vague("Un repas partagé par des amis a clos la journée.") == []


# from tests/test_round24_cit.py
def test_on_se_dit_is_one_s_own_thought() -> None:
    # 24b r01 (fr13, a Liège councillor's blog): the speaker's inference, no attribution
    text = ("Un budget au risque de l’engourdissement\n\nJ’ajoute qu’en comparant la situation de "
            "la Ville de Liège à celles des autres grandes villes wallonnes, on se dit que la "
            "situation pourrait être pire encore.\n")
    assert vague(text) == []
    assert "CIT004" not in rules_opt_in(text)
    # a second wording (a gendarme's account, via Marianne): what one thinks, not what is said
    assert vague("Quand un seul témoigne, on se dit qu'il a peut-être entendu quelque chose.") == []
    # the impersonal "il se dit" is still hearsay
    assert vague("Il se dit que le ministre va démissionner.") == ["Il se dit"]


def test_a_conditional_speech_verb_is_hearsay() -> None:
    # 24b r02 (fr02): the named speaker's words, but no one vouches for them
    text = ("Angers se sépare de son entraîneur\n\nBouhazama aurait dit à ses joueurs \"Ce n'est pas "
            "si grave, nous avons tous touché des filles\", alors qu'il visait à justifier "
            "l'inclusion d'Ilyes Chetti dans son onze de départ.\n")
    assert vague(text) == ["aurait dit à"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("Le ministre aurait déclaré que la réforme serait retirée.") == ["aurait déclaré que"]
    # a real conditional says no speech at all; a source in its sentence names it
    assert vague("Il aurait dit oui si on le lui avait demandé.") == []
    assert vague("Selon L'Équipe, Bouhazama aurait dit à ses joueurs de se calmer.") == []


# from tests/test_round27_cit.py
def test_the_information_itself_no_one_said_to_give_it() -> None:
    # 27a r01 (fr06 africafirstclub, its misspelling kept)
    text = ("Afrique centrale : le bilan de l’AFD\n\nSelon les informations recueillis, en 2016, une "
            "enveloppe de 185 milliards de FCFA a été versée aux six pays de la zone.\n")
    assert vague(text) == ["Selon les informations recueillis,"]
    assert "CIT004" in rules_opt_in(text)
    assert vague("Selon les informations, une enveloppe de 185 milliards de FCFA a été versée.") == \
        ["Selon les informations,"]
    # a Dakar news page; a school incident report: gathered, by no one said, or only where
    assert vague("Selon les informations recueillies, le sieur Seck avait lui-même conduit sa "
                 "voiture pour se rendre dans la structure.") == ["Selon les informations recueillies,"]
    assert vague("Selon les informations recueillies sur place, ce jour-là aux environs de 17h, la "
                 "présence d’un élève agonisant est signalée non loin du lycée.") == \
        ["Selon les informations recueillies sur place,"]
    # whose they are, said after: silent
    assert vague("Selon les informations recueillies par L'Express, Dati aurait perçu la somme de "
                 "600 000 euros, payés en quatre fois.") == []
    assert vague("Vous auriez réalisé un revenu de 43 243 francs selon les informations recueillies "
                 "auprès de votre ancien employeur.") == []
    assert vague("Selon les informations du Parisien, le ministre a démissionné.") == []
    assert vague("Selon les informations recueillies par notre rédaction, le lycée restera fermé.") == []
    assert vague("Les prix varient selon les informations, les horaires et les saisons.") == []


def test_interviewees_no_one_named_after_selon() -> None:
    # 27b r01 (fr16 mediacites)
    text = ("Pesticides en Loire-Atlantique\n\nLes responsables locaux de la FNSEA n’ont pas répondu à "
            "nos questions.\n\nSelon plusieurs personnes interrogées, le syndicat verrouille le sujet.\n")
    assert vague(text) == ["Selon plusieurs personnes interrogées"]
    assert vague("Le prix du lait reste trop bas, selon des agriculteurs interrogés.") == \
        ["selon des agriculteurs interrogés"]
    # who asked them is said: as "Economists polled by Reuters"; a set of clients: no speakers
    assert vague("Le prix du lait reste trop bas, selon des agriculteurs interrogés par "
                 "Ouest-France.") == []
    assert vague("Les tarifs varient selon les clients rencontrés.") == []


def test_bare_officials_after_a_body_speaking_are_its_officials() -> None:
    # 27a r04: "Officials say" read as "Authorities say" is after the named office
    text = ("Man arrested after crash\n\nThe Sioux County Sheriff’s Office says it happened just before "
            "2 a.m. Sunday.\n\nOfficials say the driver tried to avoid the officer and went into a "
            "construction zone.\n")
    assert vague(text) == []
    assert vague(text.replace("Officials say", "Authorities say")) == []
    # after a person, or no one speaking before (kptv.com's crash report): still no one named
    assert vague("Man arrested after crash\n\nDeputy John Smith said it happened just before 2 a.m. "
                 "Sunday.\n\nOfficials say the driver tried to avoid the officer.\n") == ["Officials say"]
    assert vague("Crews arrived and found a car with heavy damage inside a lumberyard.\n\nOfficials "
                 "said it appears the vehicle veered off the highway.\n") == ["Officials said"]


def test_the_bare_officials_leads_are_the_english_lexicon_s() -> None:
    # read from en.yml (officials_bare_leads), as found: a capital, one space
    from audit.lexicon import get_lexicon
    assert get_lexicon().officials_bare_leads == {"Officials say", "Officials said", "Officials says",
                                                  "According to officials"}  # round 30a, r02
    text = ("Crash on Route 9\n\nThe Marion County Sheriff's Office said the crash happened around "
            "6 p.m.\n\n{} the driver was taken to a hospital.\n")
    assert vague(text.format("Officials said")) == []
    # not a sentence's bare lead: still no one named
    assert vague(text.format("officials say")) == ["officials say"]


# from tests/test_round30_cit30.py
def test_information_whose_passive_agent_names_the_outlet() -> None:
    # 30a r01 (fr02_aa): the outlet is the participle's agent, as "recueillies par L'Express"
    text = ("Enquête sur le meurtre de Louise\n\nL'autopsie a révélé que la collégienne avait été "
            "frappée plusieurs fois, selon des informations dévoilées par BFMTV, mais n'a pas permis "
            "d'établir d'autres violences.\n")
    assert vague(text) == []
    assert messages_of(text) == []
    for participle, outlet in (("révélées", "Mediapart"), ("obtenues", "Le Monde"),
                               ("publiées", "Le Parisien"), ("rapportées", "RTL"),
                               ("recueillies", "L'Express")):
        sentence = f"Il a menti, selon des informations {participle} par {outlet}, hier."
        assert vague(sentence) == [], sentence
        assert outlet in named(sentence)
    assert vague("D'après des informations révélées par Mediapart, il a menti.") == []
    assert vague("Il a menti, selon des informations du Parisien.") == []
    # no one given, or an indefinite agent: still no source named
    assert vague("Il a menti, selon des informations, hier.") == ["selon des informations"]
    assert vague("Il a menti, selon des informations concordantes.") == \
        ["selon des informations concordantes"]
    assert vague("Il a menti, selon des informations publiées par des médias.") == ["selon des informations"]
    assert vague("Selon certaines informations, il a menti.") == ["Selon certaines informations"]


def test_according_to_officials_after_a_body_speaking_in_the_paragraph_before() -> None:
    # 30a r02 (en04_fox5atlanta): the office's officials, as "Officials say" there is read
    text = ("Suspect arrested in Covington murder\n\nThe Newton County Sheriff's Office confirmed "
            "with FOX 5 that they have the suspect in custody.\n\nAccording to officials, deputies "
            "were called to the 200 block of White Birch Drive after a 911 call.\n")
    assert vague(text) == []
    assert messages_of(text) == []
    # the same sentence window without the paragraph break
    assert vague(text.replace("custody.\n\n", "custody. ")) == []
    # no body before, a person before, or two paragraphs on: still no one named
    assert vague("Suspect arrested\n\nCrews arrived at the scene.\n\nAccording to officials, deputies "
                 "were called after a 911 call.\n") == ["According to officials"]
    assert vague("Suspect arrested\n\nDeputy John Smith confirmed with FOX 5 that they have the suspect "
                 "in custody.\n\nAccording to officials, deputies were called.\n") == ["According to officials"]
    assert vague("Suspect arrested\n\nThe Newton County Sheriff's Office confirmed with FOX 5 that they "
                 "have the suspect.\n\nDeputies found a car.\n\nAccording to officials, deputies were "
                 "called.\n") == ["According to officials"]


def test_according_to_some_closed_right_after() -> None:
    # 30b fr13 (marcelsel.com, a blog)
    text = ("Simplifier Bruxelles ? Impossible n’est pas français. Mais c’est belge.\nAlors que la "
            "Belgique a failli à bien des niveaux avant et après les attentats du 22 mars, les débats "
            "se sont focalisés sur la fusion des six zones de police bruxelloises, coupables, selon "
            "certains, de tous les maux.\n")
    assert vague(text) == ["selon certains,"]
    assert vague("La réforme, d'après certains, coûtera trop cher.") == ["d'après certains,"]
    # "depending on", or some of a group the sentence names: no source asked for
    assert vague("Les prix varient selon certains critères.") == []
    assert vague("Selon certains d'entre eux, il partira.") == []


# from tests/test_round31_cit.py
def test_backstage_hearsay_is_vague() -> None:
    # 31b r03 (fr14_sportsoftheday)
    text = ("Le Real Madrid se montre intransigeant lors des prolongations de contrat.\n\nSoit il continue "
            "à jouer pour le club aux conditions proposées, soit il quitte le club, a-t-on pu entendre "
            "en coulisses.\n")
    assert [m for r, m in selected_rule_messages(text, "CIT004")] == [
        "vague attribution: «a-t-on pu entendre en coulisses» names no source"]
    # jaimelesmots.com's example of the idiom
    text2 = ("Le conseil a voté le budget.\n\nDepuis plusieurs semaines déjà des bruits de couloir laissaient "
             "entendre que les relations étaient de plus en plus tendues entre le président de la "
             "République et son Premier ministre.\n")
    assert [r for r, _ in selected_rule_messages(text2, "CIT004")] == ["CIT004"]
    # backstage with no words heard (academie-bach-aix.com, le10sport.com), and "on parle de"
    # (often "we are talking about"): silent
    for line in ("Sait-on qu'en coulisse, se jouait peut-être la plus dure des partitions ?",
                 "Le club espagnol se montrait confiant dans ce dossier, n'hésitant pas à fanfaronner en coulisses.",
                 "Quand on parle de football, on parle de passion."):
        assert selected_rule_messages("Le conseil a voté le budget.\n\n" + line + "\n", "CIT004") == [], line


# from tests/test_round32_ai_seg_cit.py
# 32a r8: a toll dated by its hour is as vague as "selon un dernier bilan"; whose, said after it, names it
@pytest.mark.parametrize("tail, vague", [
    ("selon un bilan à la mi-journée.", "selon un bilan à la mi-journée"),
    ("selon un bilan de 18 heures.", "selon un bilan de 18 heures"),
    ("selon un bilan à 16h GMT communiqué par la préfecture.", None),
    # a real page's owner after the hour (round 17b, fr18, newsassurancespro)
    ("selon un bilan établi à 09h GMT par EDF.", None),
    ("selon un bilan de 18 heures de la préfecture.", None),
    ("selon le bilan de la préfecture.", None),
])
def test_a_toll_dated_by_its_hour(tail, vague):
    found = spans("Accident d'un car à Mulhouse\n\n" + _BUS + tail + "\n", "CIT004")
    assert found == ([vague] if vague else [])


# from tests/test_round33_cit_seg_ai.py
# 33b r1 (en01_nydailynews): the next sentence names the officials' sheriff, his title before
# the name the speaker is read as ("Mina"); wftv.com's wording ("Orange County Sheriff John
# Mina said in a prepared statement") too
@pytest.mark.parametrize("credit", [
    "Sheriff John Mina said in a statement Monday.",
    "Orange County Sheriff John Mina said in a prepared statement.",
])
def test_officials_named_by_a_titled_speaker_next(credit):
    text = ("His arrest came the same day he was terminated by the Orange County Sheriff’s Office "
            "for unsatisfactory performance, officials said without elaborating.\n\n"
            f"“These are very serious criminal allegations,” {credit}\n")
    assert selected_spans(text, "CIT004") == []


# review 1, R3: a private holder's role before the name is no office (a company's CEO, a
# store's manager, a union's or an association's president, a coach); a public office is
@pytest.mark.parametrize("speaker", [
    "neighbor John Mina",
    "Acme Security CEO John Mina",
    "Publix Store Manager John Mina",
    "Lakeside Homeowners Association President John Mina",
    "Fraternal Order of Police President John Mina",
    "Head Coach John Mina",
    # review 2 of rounds 33/34: a campaign's or a student body's head holds no office
    "Campaign Manager John Mina",
    "Student Council President John Mina",
    "Acme Company President John Mina",
])
def test_officials_a_private_person_speaks_after_stay_unnamed(speaker):
    text = ("His arrest came the same day he was fired for unsatisfactory performance, officials "
            f"said without elaborating.\n\n“These are very serious allegations,” {speaker} "
            "said on Monday.\n")
    assert selected_spans(text, "CIT004") == ["officials said"]


@pytest.mark.parametrize("speaker", [
    "Police Chief John Mina", "Mayor John Mina", "Orange County Fire Chief John Mina",
    "Superintendent John Mina", "County Commissioner John Mina",
    # review 2 of rounds 33/34 (item 10): local government's heads and police ranks
    # (sanantonioreport.org: "City Manager Sheryl Sculley", "SAPD Deputy Chief Anthony Treviño")
    "School Board President John Mina", "City Manager John Mina", "Deputy Chief John Mina",
    "SAPD Deputy Chief John Mina", "County Clerk John Mina", "Battalion Chief John Mina",
])
def test_officials_named_by_a_public_office_next(speaker):
    text = ("The school was closed for the day after the threat, officials said without "
            f"elaborating.\n\n“We take every threat seriously,” {speaker} said on Monday.\n")
    assert selected_spans(text, "CIT004") == []


# 33b r2 (fr22): the publisher after the count's own complement names it
def test_a_count_published_by_a_named_body_after_its_complement():
    text = ("Tout début juillet, une vingtaine de départements avait été placée sous vigilance "
            "orange. Selon le dernier bilan des catastrophes naturelles en France publié par la "
            "Caisse centrale de réassurance, les inondations représentent 56 % de cette sinistralité.\n")
    assert selected_spans(text, "CIT004") == []


def test_a_count_with_a_complement_and_no_publisher_stays_vague():
    text = ("Selon le dernier bilan des accidents de la route, trois personnes ont été blessées "
            "samedi soir sur la départementale.\n")
    assert selected_spans(text, "CIT004") == ["Selon le dernier bilan"]


# 33b r3 (en05_xenoway): numbered references name the claim's sources, before or after its stop
@pytest.mark.parametrize("sentence", [
    "In fact, some research and practical reports indicate that disclosing AI use can sometimes "
    "increase trust, while too much detail may generate doubt instead [9][10][13].",
    "Some reports indicate that disclosing AI use can increase trust.[4]",
    "Some reports indicate that disclosing AI use can increase trust [2, 5].",
])
def test_numbered_references_name_the_sources(sentence):
    assert selected_spans(sentence + "\n", "CIT004") == []


@pytest.mark.parametrize("sentence, phrase", [
    ("Some reports indicate that the 2020 survey [2020] was small.", "reports indicate"),
    ("Analysts say the market will fall [sic] next year.", "Analysts say"),
    # a reference in the sentence before names nothing here
    ("Disclosure can increase trust.[4] Officials said the plan was dropped.", "Officials said"),
    # a list's markers number the items after them (review 1, R6)
    ("Officials said the plan has three parts: [1] new buses, [2] longer hours and [3] cheaper "
     "fares for students.", "Officials said"),
    ("Officials said the match ended [2-1] after extra time.", "Officials said"),
])
def test_a_bracket_that_is_no_reference_names_no_one(sentence, phrase):
    assert selected_spans(sentence + "\n", "CIT004") == [phrase]


# from tests/test_round35_cit_dates.py
def test_on_answering_the_writers_own_request_names_the_one_asked():
    # 35a r10 (fr10, a councillor's blog): "ma demande d'éclaircissements", then "m'explique-t-on"
    text = repro("round35a/r10_cit004")
    assert vague(text) == []
    assert not [c for c in codes(text) if c[0] == "CIT004"]


@pytest.mark.parametrize("text,expected", [
    ("J'ai demandé au guichet pourquoi. C'est fermé jusqu'à lundi, m'explique-t-on.", []),
    ("Je l'ai interrogée sur le retard. Le chantier reprendra en mai, m'assure-t-on.", []),
    # no request: the walker's blog of round 9 and a bare "m'explique-t-on"
    ("Ah bon, mais n’était-ce pas la Suisse auparavant ? Oui et non, m’affirme-t-on : c’était "
     "encore un peu la France.", ["m’affirme-t-on"]),
    ("Le parc a fermé. C'est fini, m'explique-t-on.", ["m'explique-t-on"]),
    # the request two sentences back answers something else
    ("J'ai posé la question au maire. Puis je suis rentré. Il faut attendre, m'assure-t-on.",
     ["m'assure-t-on"]),
    # a newsroom's "nous": it asks someone it may not name
    ("Nous avons demandé des précisions. Les travaux reprendront en mai, nous explique-t-on.",
     ["nous explique-t-on"]),
    # review 1 of session 34 (R5): a request left unanswered, or "on" placed elsewhere by the
    # words after it, is not the one asked: the hedge stays vague
    ("J’ai interrogé le maire sur l’avenir du projet ; il a refusé de répondre. Le chantier serait "
     "abandonné faute de financement, me glisse-t-on dans son entourage.", ["me glisse-t-on"]),
    ("Ma demande d’entretien auprès du préfet est restée sans réponse. Le chantier serait "
     "abandonné, m’affirme-t-on pourtant au ministère.", ["m’affirme-t-on"]),
    ("À ma question sur le calendrier, le préfet n’a rien répondu, mais le chantier serait "
     "abandonné, me souffle-t-on en coulisses.", ["me souffle-t-on"]),
    ("Selon une source proche du dossier, j’ai demandé des explications à la mairie sans obtenir "
     "de réponse. Les travaux auraient pris du retard m’explique-t-on.", None),
    # a described source stays vague after a request
    ("Ma question est restée sans réponse. Selon des sources proches du dossier, le projet est "
     "abandonné.", ["Selon des sources proches du dossier"]),
])
def test_answered_hedge(text, expected):
    if expected is None:  # the hedge among the vague ones, whatever else is
        assert "m’explique-t-on" in vague(text)
        return
    assert vague(text) == expected


# from tests/test_round36_cit_dates.py
def test_source_again_after_a_numbered_bulletin_of_a_named_publisher():
    # 36a r2 (fr21): "le bulletin … N°31 du Système d'Information …", then "Selon cette source"
    text = repro("round36a/r2_cit004")
    assert vague(text) == []
    assert not [c for c in codes(text) if c[0] == "CIT004"]


@pytest.mark.parametrize("text,expected", [
    # 36a r4 (fr18)
    (None, ["selon les sources locales"]),
    ("Selon les sources régionales, le feu a pris dans la nuit.", ["Selon les sources régionales"]),
    ("D'après la source locale, le feu a pris dans la nuit.", ["D'après la source locale"]),
    # a supply, and the sources whose are said
    ("L'eau provient de la source locale du village.", []),
    ("Selon les sources de l'Insee, le chômage recule.", []),
])
def test_sources_described_by_their_place(text, expected):
    assert vague(text if text is not None else repro("round36a/r4_cit004")) == expected


@pytest.mark.parametrize("text,expected", [
    (None, ["on rapporte que"]),  # 36a r5 (fr27): "L'on rapporte que…"
    ("On rapporte que trois personnes sont mortes.", ["On rapporte que"]),
    # the sentence names the source
    ("Dans Le Monde du 3 mai, on rapporte que l'usine ferme.", []),
    # not a reported clause
    ("On rapporte les chaises dans la salle.", []),
])
def test_it_is_reported(text, expected):
    assert vague(text if text is not None else repro("round36a/r5_cit004")) == expected


# from tests/test_round38_cit.py
def test_count_given_on_a_date_by_named_authorities():
    # 38a r2 (fr08, France 24): "… communiqué samedi 4 novembre par les autorités népalaises"
    assert cit004_spans(repro("round38a/r2_cit004")) == []


@pytest.mark.parametrize("rest", [
    "communiqué le 4 novembre par les autorités népalaises.",
    "communiqué dans la nuit par les autorités népalaises.",
    "publié dans la nuit de vendredi à samedi par la préfecture.",
    "communiqué en fin de journée par le ministère de l'Intérieur.",
    "communiqué samedi à Saint-Denis par la préfecture.",
    "transmis jeudi soir par les pompiers.",
])
def test_count_named_by_its_agent_past_a_time_or_place(rest):
    assert vague(_TOLL + rest) == []


@pytest.mark.parametrize("rest,expected", [
    ("publié samedi 4 novembre.", ["selon un nouveau bilan provisoire"]),
    # the agent is no one named, and the count is vague with it
    ("communiqué samedi 4 novembre par des sources locales.",
     ["selon un nouveau bilan provisoire", "par des sources locales"]),
    # "par" past a comma is no agent of the count's participle
    ("publié samedi, en hausse par rapport à la veille.", ["selon un nouveau bilan provisoire"]),
])
def test_count_still_vague_with_no_agent_named(rest, expected):
    assert [v.replace(" provisoire", "") for v in vague(_TOLL + rest)] == \
        [e.replace(" provisoire", "") for e in expected]


def test_several_sources_told_the_agency():
    # 38a r1 (fr14, AFP): "Plusieurs sources indiquaient depuis lundi à l'AFP que…": the AFP is
    # the outlet told, not the source
    assert cit004_spans(repro("round38a/r1_cit004")) == ["Plusieurs sources indiquaient"]


# from tests/test_round38_cit_review.py
@pytest.mark.parametrize("rest", [
    "communiqué dans la nuit par ses proches.",  # R1
    "communiqué en fin de journée par la presse locale.",  # R1b
    "communiqué dimanche par l'entourage du ministre.",  # c1q_simple (the old code's hole)
    "communiqué le 12 mars 2024 par son entourage.",
    "communiqué la veille par les services concernés.",
    "communiqué plus tôt par nos confrères.",
    "communiqué vers 10 h par la presse locale.",
    "communiqué en France par les médias.",
    "communiqué samedi par leurs familles.",
])
def test_count_given_by_an_agent_naming_no_one_stays_vague(rest):
    assert [v.replace(" provisoire", "") for v in vague(_TOLL_r38_cit_rv + rest)][:1] == \
        ["selon un nouveau bilan"]


@pytest.mark.parametrize("rest", [
    "communiqué dans la nuit par l'AFP.",
    "communiqué dimanche par le ministère de l'Intérieur.",
    "communiqué en fin de journée par la préfecture.",
    "fourni samedi par les autorités.",
    "communiqué la veille par les secours.",
    "publié jeudi par Le Parisien.",
    "communiqué dimanche par le maire de la commune.",
    "communiqué dans la nuit par les services de secours.",
    "communiqué dimanche par la police.",
    "communiqué samedi par l'hôpital de Bayonne.",
])
def test_count_given_by_a_named_agent_is_owned(rest):
    assert vague(_TOLL_r38_cit_rv + rest) == []


@pytest.mark.parametrize("verb", ["rappellent", "notent", "résument", "ajoutent", "détaillent"])
def test_plural_presents_read_as_their_imperfects(verb):
    assert vague(f"Des habitants {verb} que la route était fermée depuis lundi.") == \
        [f"Des habitants {verb}"]


@pytest.mark.parametrize("verb", ["ont rappelé", "ont noté", "ont ajouté"])
def test_plural_perfects_read_as_their_imperfects(verb):
    assert vague(f"Des habitants {verb} que la route était fermée depuis lundi.") == \
        [f"Des habitants {verb}"]


def test_a_place_of_several_words_before_the_agent():
    assert vague(_TOLL_r38_cit_rv + "communiqué samedi à La Réunion par la préfecture.") == []
    assert vague(_TOLL_r38_cit_rv + "communiqué samedi à La Réunion par ses proches.")[:1] == \
        ["selon un nouveau bilan"]


@pytest.mark.parametrize("rest,expected", [
    ("communiqué samedi par le quotidien local Sud-Ouest.", []),
    ("communiqué samedi par l'agence Reuters.", []),
    ("communiqué samedi par l'entourage du ministre Gérald Darmanin.", ["selon un nouveau bilan"]),
])
def test_a_name_after_the_agents_description(rest, expected):
    assert vague(_TOLL_r38_cit_rv + rest)[:1] == expected


@pytest.mark.parametrize("rest", [
    # real wordings (zinfos974 2017, alterpresse 2007, laquotidienne.ma 2018)
    "publié ce mercredi par les autorités provinciales du Sichuan.",
    "publié dans la soirée par la Protection civile.",
    "établi lundi par les autorités indonésiennes.",
])
def test_real_agents_naming_their_source(rest):
    assert vague(_TOLL_r38_cit_rv + rest) == []


# from tests/test_round39_cit_ai.py
def test_r2b_learnt_from_several_sources():
    assert cit004_spans(repro("round39a/r2b_control")) == ["a-t-on appris auprès de plusieurs sources"]


def test_r3_learnt_from_diplomats():
    # the lede of fr24 (AFP); "a déclaré un diplomate" further down was already read
    assert cit004_spans(repro("round39a/r3_cit004")) == ["a-t-on appris auprès de diplomates"]


@pytest.mark.xfail(strict=True, reason="39a r2: the hard-wrapped lines are body segments of their "
                   "own («… a-t-on appris auprès» | «de plusieurs sources.»), and attributions are "
                   "read segment by segment: segmentation's, not the cue's")
def test_r2_hard_wrapped_incise():
    assert cit004_spans(repro("round39a/r2_cit004")) == ["a-t-on appris auprès\nde plusieurs sources"]


@pytest.mark.parametrize("incise,expected", [
    ("a-t-on appris mardi soir auprès de hauts responsables.", "a-t-on appris mardi soir auprès de hauts responsables"),
    ("a-t-on appris auprès d'anciens conseillers du ministre.", "a-t-on appris auprès d'anciens conseillers du ministre"),
    ("a-t-on appris auprès d'un proche de la famille.", "a-t-on appris auprès d'un proche de la famille"),
    ("a-t-on appris de plusieurs sources.", "a-t-on appris de plusieurs sources"),
    ("apprend-on auprès de policiers.", "apprend-on auprès de policiers"),
    ("selon ce qu'a appris l'AFP auprès de plusieurs sources.", "ce qu'a appris l'AFP auprès de plusieurs sources"),
])
def test_learnt_from_someone_described_only(incise, expected):
    assert vague(_FACT + incise) == [expected]


@pytest.mark.parametrize("incise", [
    "a-t-on appris auprès de la préfecture.",
    "a-t-on appris auprès du parquet de Lyon.",
    "a-t-on appris auprès de son avocat, Me Jean Dupont.",
    # the definite article: the investigators of the story, as "selon les enquêteurs"
    "a-t-on appris auprès des enquêteurs.",
    "a-t-on appris auprès des diplomates présents.",
    # real wordings: a name apposed, an office, a unit (an AFP obituary, an agency brief, a blog)
    "a-t-on appris auprès d'un proche de la famille, Lotus Abdel Karim.",
    "a-t-on appris auprès des cabinets du Premier ministre et du ministre de l’Intérieur.",
    "a-t-on appris samedi auprès de CRS Pyrénées.",
    "a-t-on appris auprès de la préfecture et de la gendarmerie.",
])
def test_learnt_from_someone_named(incise):
    assert vague(_FACT + incise) == []


# from tests/test_round39_cit_left.py
def test_a_document_word_then_a_role_adjective_is_no_source_preposition():
    """Round 34b fr04 (sgsb.fr, a real Gironde fires report): the document form merged with
    round 39's bare plural roles read after a cue ("auprès de diplomates") took «Selon les
    derniers chiffres» for a preposition and «officiels» for an unnamed speaker; the source is
    named after («communiqués vendredi par le préfet»), and a document reaches its author only
    through «de»."""
    text = ("Selon les derniers chiffres officiels communiqués vendredi par le préfet de la "
            "Gironde, 7.850 hectares sont touchés par les flammes.")
    assert vague(text) == []
    assert vague("Selon les derniers chiffres de son entourage, 7.850 hectares sont touchés.") != []


# from tests/test_round40_cit004.py
def test_r5_witness_interviewed_by_the_agency_is_no_vague_source():
    assert cit004_spans(repro("round40a/r5")) == []


def test_r9_some_forces_of_order_unnamed():
    assert cit004_spans(repro("round40a/r9")) == ["a-t-on appris auprès de forces de l’ordre"]


# from tests/test_review36_mend.py

def test_energy_sources_probe_page():
    assert probe_findings("review36", "cit_sources_energie.txt", "CIT004") == []


# from tests/test_review7_mend.py

def test_backstage_described_is_no_hearsay() -> None:
    for line in ("En coulisses, on glisse les derniers costumes sur les épaules des comédiens tandis "
                 "que la metteuse en scène, Claire Vasseur, vérifie les lumières.",
                 "En coulisses, on entend les musiciens accorder leurs guitares pendant que les "
                 "bénévoles distribuent des bouteilles d'eau."):
        assert messages("La troupe fête ses trente ans sur scène.\n\n" + line + "\n", "CIT004") == [], line


def test_backstage_words_reported_stay_vague() -> None:
    for line, phrase in (("En coulisses, on murmure que le directeur du festival ne sera pas reconduit.",
                          "En coulisses, on murmure que"),
                         ("En coulisse, on glisse qu'un accord serait proche avec le club anglais.",
                          "En coulisse, on glisse qu'")):
        assert vague(line) == [phrase], line


def test_documents_that_tell_are_no_informants() -> None:
    assert vague("Church registers, letters and newspaper clippings are scattered across three archives. "
                 "Those sources tell a story of a town that rebuilt itself within a year, the historian "
                 "Margaret Hale said.") == []
    assert vague("Primary sources tell us far more about daily life in the hospitals than official "
                 "reports do, Hale said.") == []
    # with a count before them too (review 7's control, flagged before)
    assert vague("Census figures, listing prices and eviction filings come from different places, but "
                 "all three data sources tell the same story: renters in small cities are paying more.") == []


def test_sources_telling_a_listener_stay_vague() -> None:
    assert vague("Police sources tell CBS2 the gun jammed.") == ["sources tell"]
    assert vague("Two sources tell reporters the deal was signed on Friday.") == ["Two sources tell"]


# from tests/test_review8_mend.py

def test_sources_telling_the_paper_or_the_reporter_stay_vague() -> None:
    assert vague("Mayor Tom Reyes has met with party donors in recent weeks to discuss a possible run "
                 "for governor. Two sources tell the Herald the mayor could announce his decision "
                 "before the end of the month.") == ["Two sources tell"]
    assert vague("The Chicago Bears are finalizing a deal with their top candidate for defensive "
                 "coordinator. Sources tell me the contract could be signed as soon as Tuesday.") == ["Sources tell"]
    assert vague("Sources tell us that the plant will close by the end of the year.") == ["Sources tell"]
    assert vague("Two sources tell us Ford will cut 500 jobs at the plant.") == ["Two sources tell"]


def test_records_that_tell_us_stay_no_informants() -> None:
    assert vague("Primary sources tell us far more about daily life in the hospitals than official "
                 "reports do, Hale said.") == []
    assert vague("Those sources tell a story of a town that rebuilt itself within a year.") == []
    assert vague("Archival sources tell us much about the port's trade.") == []


def test_backstage_murmured_names_are_hearsay() -> None:
    assert vague("Le maire sortant n'a toujours pas annoncé s'il briguerait un troisième mandat. En "
                 "coulisses, on murmure déjà le nom de son premier adjoint pour lui succéder.") == \
        ["En coulisses, on murmure"]
    assert vague("En coulisses, on évoque le nom de l'ancien sélectionneur pour reprendre l'équipe.") == \
        ["En coulisses, on évoque"]
    assert vague("En coulisses, on chuchote déjà une arrivée de l'ailier en janvier.") == \
        ["En coulisses, on chuchote"]


def test_backstage_work_described_stays_silent() -> None:
    for line in ("En coulisses, on glisse les derniers costumes sur les épaules des comédiens.",
                 "En coulisses, on entend les musiciens accorder leurs guitares.",
                 "En coulisses, on assure le spectacle jusqu'au dernier rappel."):
        assert vague(line) == [], line


# from tests/test_round25_fix25a.py

# 25b r01 (fr11, newsly): the release's passive agent names the source.
def test_a_release_participle_and_its_agent_name_the_source():
    assert vague("Son cadet, 16 ans, s'est rendu à Dax cette semaine, d'après les dernières "
                 "informations divulguées par le journal quotidien local Sud-Ouest.") == []
    assert vague("Le suspect a été arrêté, selon les premières informations recueillies par "
                 "Le Parisien.") == []
    # an indefinite agent names no one
    assert vague("Il s'est rendu à Dax, d'après les dernières informations divulguées par des "
                 "sources locales.") != []


# from tests/test_left31.py

def test_a_verdict_held_by_many_currency_traders_is_vague():
    got = _rules(_EURO.format("Une appréciation de l'euro qui est jugée comme \"un parti pris négatif vis à vis "
                              "du billet vert\" pour de nombreux cambistes."), "CIT004")
    assert len(got) == 1 and "pour de nombreux cambistes" in got[0]


@pytest.mark.parametrize("sentence", [
    "Pour de nombreux habitants, la ville a changé depuis dix ans.",  # no commentators' verdict
    "Le dollar est considéré comme une valeur refuge pour de nombreux investisseurs.",  # not commentators
    "Le logiciel est considéré comme un outil précieux pour de nombreux analystes de la banque Lazard.",  # whose
])
def test_no_vague_verdict_without_commentators_or_when_owned(sentence):
    assert _rules(_EURO.format(sentence), "CIT004") == []


# Review of session 31, item 4: "pour" after an unquoted "comme …" names whom it weighs on, and a
# class word cut inside a compound ("experts-comptables") is no class of commentators.
@pytest.mark.parametrize("sentence", [
    "La réforme, considérée comme une charge de travail supplémentaire pour de nombreux experts-comptables, "
    "impose de choisir une plateforme agréée avant l'été.",
    "Cette décision est perçue comme une mauvaise nouvelle pour de nombreux analystes, qui avaient quitté "
    "Paris pendant la pandémie.",
    "Une appréciation de l'euro qui est jugée comme « un parti pris négatif » pour de nombreux "
    "experts-comptables.",
])
def test_a_burden_for_a_class_is_no_verdict_of_it(sentence):
    assert _rules(_EURO.format(sentence), "CIT004") == []


def test_a_quoted_verdict_in_french_quotes_for_many_experts_is_vague():
    got = _rules(_EURO.format("Une appréciation de l'euro qui est jugée comme « un parti pris négatif » pour "
                              "de nombreux experts."), "CIT004")
    assert len(got) == 1 and "pour de nombreux experts" in got[0]
