"""Review of rounds 18 and 19's citation fixes (items 1, 2, 7, 9, 10): the reviewer's probes
as tests, each with the case its mechanism was written for and a negative."""

from __future__ import annotations

from audit.pipeline import audit_article
from audit.settings import Settings
from tests.attribution_reading import vague


def _found(text: str, code: str) -> list[str]:
    select = frozenset({code})
    result = audit_article(text, "case.txt", Settings(select=select, explicit=select))
    return [result.doc.text[f.start:f.end] for f in result.findings if f.rule == code]


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


_STORY = ("Nvidia unveils Blackwell Ultra chips at GTC\n"
          "Nvidia chief executive Jensen Huang on Tuesday unveiled the Blackwell Ultra family of "
          "chips at the company's annual GTC conference in San Jose, California, saying demand for "
          "computing power had grown far faster than expected.\n"
          "The chips will ship to cloud providers in the second half of the year, Huang said.\n")


def test_a_news_sites_name_on_a_dot_ai_domain_is_no_byline() -> None:
    # item 2: a masthead is not a tool that writes
    assert _found("Unite.AI\n" + _STORY, "AI001") == []
    assert _found("Analytics.ai\n" + _STORY, "AI001") == []
    # a tool that writes copy and signs it (round 18a en05's LedeAI is in test_citations_round18)
    assert _found("Jasper.ai\n" + _STORY, "AI001") == ["Jasper.ai"]
    assert _found("LedeAI\n" + _STORY, "AI001") == ["LedeAI"]


def test_a_described_source_must_be_the_source() -> None:
    # item 7: the agency does, no one says it does
    text = ("FEMA cuts disaster staff ahead of hurricane season\n"
            "Homeland Security Secretary Kristi Noem told senators on Tuesday that the department "
            "would review every disaster grant.\n"
            "The agency reportedly plans to dismiss about 200 temporary staff members before June, "
            "a move that worries state emergency managers.\n")
    assert vague(text) == ["reportedly"]
    assert _found(text, "CIT004") == ["reportedly"]
    assert vague("The minister resigned, Reuters reported. The network reportedly hired him last "
                 "year.") == ["reportedly"]
    # the description as the source: after a cue, beside a speech verb, the hedge between
    assert vague("The minister resigned, Reuters reported. He reportedly left the country, the "
                 "agency said.") == []
    assert vague("The minister resigned, Reuters reported. The agency reportedly said the minister "
                 "had left the country.") == []
    assert vague("Le ministre a démissionné, a indiqué Le Monde. Il aurait, dit-on, quitté Paris, "
                 "a précisé le quotidien.") == []


_MAYOR = ("Storm damage: town vows to rebuild\n"
          "Mayor Linda Hayes said on Monday that the town would apply for federal disaster aid "
          "before the end of the week.\n")


def test_a_surname_after_a_quotations_comma_is_its_credit() -> None:
    # item 9: the surname seen before, or a verb form after a name
    assert _found(_MAYOR + "“We are not going anywhere,” Hayes vowed. The town council will meet "
                  "on Thursday to approve an emergency budget.\n", "CIT005") == []
    assert _found(_MAYOR + "“We are not going anywhere,” Hayes. The town council will meet on "
                  "Thursday to approve an emergency budget.\n", "CIT005") == []
    assert _found(_MAYOR + "“We are not going anywhere,” Patel joked. The town council will meet "
                  "on Thursday to approve an emergency budget.\n", "CIT005") == []
    # a new sentence after the comma: the credit is missing (round 19a)
    assert _found(_MAYOR + "“We are not going anywhere,” The town council will meet on Thursday "
                  "to approve an emergency budget.\n", "CIT005") == ["“We are not going anywhere,”"]
    assert _found(_MAYOR + "“We are not going anywhere,” Residents will meet on Thursday to "
                  "approve an emergency budget.\n", "CIT005") == ["“We are not going anywhere,”"]


def test_an_institution_word_says_whose_officials_are() -> None:
    # item 10
    text = ("Measles case confirmed at Lincoln Elementary\n"
            "A student at Lincoln Elementary has tested positive for measles, and unvaccinated "
            "classmates must stay home for 21 days, school officials said Monday.\n"
            "State and federal officials confirmed that the case was linked to the outbreak in West "
            "Texas, where two children have died.\n")
    assert vague(text) == []
    assert _found(text, "CIT004") == []
    assert vague("The bridge will stay closed, county officials said Tuesday.") == []
    # no one said whose (round 19a)
    assert vague("The suspect fled, though officials confirmed that he was armed.") == \
        ["officials confirmed"]
    assert vague("The suspect fled. Residents and officials said that he was armed.") == \
        ["officials said"]
