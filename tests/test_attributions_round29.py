"""Round 29 of the blind verdicts (29a, 29b): CIT004's unnamed sources, each on the page's own
sentence, with a second real wording where one was found and a negative that stays silent."""

from __future__ import annotations

from tests.attribution_reading import vague


def test_officials_named_in_the_next_sentence() -> None:
    # 29a r01 (en04_legalnews, AP): the lede's officials, named by the sentence after it
    assert vague("COLUMBIA, S.C. (AP) — A Charleston-area man is facing federal charges after "
                 "authorities say he defaced a structure at the South Carolina fort where the "
                 "Civil War began, officials said Thursday.\n\nNoah Sigalas, 21, of Sullivan’s "
                 "Island was indicted Tuesday on charges of defacing an archaeological resource "
                 "and government property, according to a news release from U.S. Attorney Beth "
                 "Drake.") == []
    # AP via sirennet.tv: "a fire official", named by his office in the next paragraph
    assert vague("An explosion and subsequent fire leveled a home in a St. Paul, Minnesota, "
                 "suburb early Thursday, killing at least one person, a fire official said.\n\n"
                 "The explosion happened just after 6:15 a.m. in South St. Paul, said South "
                 "Metro Fire Department Chief Mark Juelfs.") == []
    # USA Today's 50 states: no one named after them
    assert vague("Officials said Kwethluk and the electric cooperative received $477,050 from "
                 "the U.S. Department of Energy. Officials said Kwethluk was required to match "
                 "50% of the funds.") == ["Officials said", "Officials said"]
    # a resident is no official; a credit two sentences on is too far
    assert vague("A man was hurt, officials said Thursday. Resident John Doe said he heard a "
                 "bang.") == ["officials said"]
    assert vague("A man was hurt, officials said Thursday. The road was closed for hours. He "
                 "was indicted, according to a news release from U.S. Attorney Beth Drake.") == \
        ["officials said"]


def test_described_source_as_a_cleft_subject() -> None:
    # 29a r02 (Corée, billets de 50 000 wons)
    assert vague("La valeur totale des billets de 50 000 wons en circulation devrait bientôt "
                 "dépasser le cap des 100 000 milliards de wons. C’est ce qu’une source proche "
                 "de la banque centrale nous a appris aujourd’hui.") == \
        ["C’est ce qu’une source proche de la banque"]
    assert vague("C'est ce que des sources bien informées ont confié à notre rédaction.") == \
        ["C'est ce que des sources bien informées"]
    # a data source, undescribed (a code comment found in the wild)
    assert vague("C'est ce qu'une source publie, ou ce qu'un humain a annoté.") == []


def test_study_with_an_adjective_before_its_noun() -> None:
    # 29a r03 (fr09_chautard, La Croix's survey)
    assert vague("La moitié des personnes interrogées (50 %) se disent chrétiennes, un peu plus "
                 "de 20 points de moins qu’en 1981 (71,5 %), selon une précédente enquête.") == \
        ["selon une précédente enquête."]
    assert vague("D'après un dernier sondage, le candidat est en tête.") == ["D'après un dernier sondage,"]
    # whose survey is said
    assert vague("Selon une précédente enquête de l'Insee, la moitié se disent chrétiennes.") == []


def test_other_members_of_a_body() -> None:
    # 29b r03 (en03, Austin council)
    assert vague("The Austin City Council passed its budget on Tuesday. Council Member Mackenzie "
                 "Kelly cast the lone no vote. Other council members said the budget was a "
                 "necessary measure.") == ["Other council members said"]
    assert vague("Several board members said the merger was rushed.") == ["Several board members said"]
    # the bare plural is the body speaking
    assert vague("Board members said the merger was rushed.") == []


def test_officials_not_named_by_a_newspaper_or_a_private_lawyer() -> None:
    # Review of session 31, item 6: the next sentence's credit must be the officials' own
    # body or one of its officials, not a newspaper's report nor the defendant's lawyer
    assert vague("A food processing plant that employs about 300 people in central Illinois "
                 "will close by the end of March, officials said Thursday.\n\nThe closure was "
                 "first disclosed in a filing with the state, according to a report from The "
                 "Herald & Review.") == ["officials said"]
    assert vague("A 34-year-old man was charged Wednesday with vehicular manslaughter in a "
                 "hit-and-run that killed a cyclist last month, officials said. \"My client "
                 "intends to plead not guilty and looks forward to his day in court,\" said "
                 "defense attorney Mark Delgado.") == ["officials said"]
    # CBS News (2002): a court-appointed attorney is the suspect's, not the officials'
    assert vague("The two suspects were moved to Virginia on Thursday, officials said. "
                 "Investigators initially questioned 17-year-old sniper suspect John Lee Malvo "
                 "for more than seven hours, his court-appointed attorney Michael Arif told "
                 "reporters Friday.") == ["officials said"]
