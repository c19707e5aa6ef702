"""Review 2 (fc4bdcd..6dcc61d), items 7 and 8 and its citation notes: the reviewer's probes
(/tmp/s27/p2/), the case each mechanism was written for, a second wording and a negative."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT
from tests.attribution_reading import vague


def _rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_bare_plural_executives_speak_for_the_company() -> None:
    # item 7a, the probe (exec.txt): the earnings-call phrase after the company is named
    text = ("Unilever sales beat forecasts as prices rise\n\nUnilever reported a 4.5% rise in "
            "underlying sales for the first quarter on Thursday, ahead of analysts' expectations."
            "\n\nExecutives told analysts on a conference call that price increases would slow in "
            "the second half of the year.")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
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
    assert "CIT004" in _rules(text)
    # after a quotation's comma too; the sentence-start case stays (round 15b, en03)
    assert vague('"We will cut jobs," Deutsche Post DHL board member said.') == \
        ["Deutsche Post DHL board member said"]
    assert vague("Deutsche Post DHL board member said the acquisition would help.") == \
        ["Deutsche Post DHL board member said"]
    # a pointer still names the one known: the European Commission (review 1, item 5)
    assert vague("Apple was fined on Monday, the EU executive said.") == []
    assert vague("Apple was fined on Monday, the company's executive said.") == []


def test_an_outlet_is_asked_by_its_name_or_its_address() -> None:
    # item 8, the probe (site.txt) and its control (site_ctrl.txt): the same publication
    body = ("Le télétravail recule dans les grandes entreprises\n\nPlusieurs groupes du CAC 40 "
            "demandent à leurs salariés de revenir au bureau au moins trois jours par semaine, selon "
            "une enquête publiée cette semaine.\n\nLes syndicats dénoncent une décision prise sans "
            "concertation.\n\n")
    assert "CIT003" in _rules(body + "Source : lesechos.fr")
    assert "CIT003" in _rules(body + "Source : Les Echos")
    assert "CIT003" in _rules(body + "Source : www.lesechos.fr")
    # an agency's credit is complete by its name or its address (round 14b en05, labelled wrong)
    assert "CIT003" not in _rules(body + "Source : Reuters.com")
    assert "CIT003" not in _rules(body + "Source : Reuters")
    assert "CIT003" not in _rules(body + "Source : AFP")


def test_a_quotation_closed_by_any_anonymous_credit() -> None:
    # the note on "…, responsable syndicale anonyme" (16b fr24): the word "anonyme" is the
    # mechanism, not a list of roles
    assert vague("« On n'a jamais vu ça », responsable syndicale anonyme.") == \
        ["responsable syndicale anonyme"]
    assert vague("« On n'a jamais vu ça », témoignage anonyme.") == ["témoignage anonyme"]
    assert vague("« Ça suffit », réponse anonyme.") == ["réponse anonyme"]
    # a name, or anonymity inside the quotation, is no anonymous credit
    assert vague("« On n'a jamais vu ça », Jean Dupont, syndicaliste.") == []
    assert vague("« Je suis resté anonyme », rappelle Jean Dupont.") == []


def test_a_slipped_perfect_needs_the_clause_s_first_verb() -> None:
    # the note on "a souligner" (16b fr24): "a + infinitive" is read as a perfect only as the
    # clause's first verb; after one it is "à" unaccented ("n'a rien a expliquer", and "n'a
    # donc a expliquer que le contenu" in public code comments)
    assert vague("Un responsable syndicale a souligner que le projet était mauvais.") == \
        ["Un responsable syndicale a souligner"]
    assert vague("Un responsable n'a rien a expliquer que je sache.") == []
    assert vague("La légende n'a donc a expliquer que le contenu d'une case.") == []


def test_speaking_to_someone_is_speech_only_before_its_words() -> None:
    # the note on "a parlé à" (16b fr03): a clause verb, speech only when its words follow
    assert vague("Un agent des douanes du Beach a également parlé à l'AFP de «3000 personnes».") == \
        ["Un agent des douanes du Beach a également parlé à"]
    assert vague("Un conseiller a parlé à Poutine de la guerre en Ukraine.") == []
    assert vague("Un agent de sécurité a également parlé à la victime avant l'arrivée des secours.") == []
