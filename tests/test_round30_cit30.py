"""Round 30 (a and b), citation items of helper cit30: the repro's text, a second wording the
mechanism also reads, and a negative that must stay silent."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.attribution_reading import named, vague


def _findings(text: str, name: str = "page.txt", rule: str = "CIT004") -> list[str]:
    return [f["message"] for f in audit_document(text, name)["findings"] if f["rule"] == rule]


def test_information_whose_passive_agent_names_the_outlet() -> None:
    # 30a r01 (fr02_aa): the outlet is the participle's agent, as "recueillies par L'Express"
    text = ("Enquête sur le meurtre de Louise\n\nL'autopsie a révélé que la collégienne avait été "
            "frappée plusieurs fois, selon des informations dévoilées par BFMTV, mais n'a pas permis "
            "d'établir d'autres violences.\n")
    assert vague(text) == []
    assert _findings(text) == []
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
    assert _findings(text) == []
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


def test_the_press_as_a_whole_cited() -> None:
    # 30a r04's phrase, the press as a whole (as "estimé par la presse britannique"), its
    # adjective read whole
    assert vague("Un chiffre de 3 000 manifestants, cité par la presse locale.") == \
        ["cité par la presse locale"]
    # the repro's own sentence names its speaker, the prosecutor's office: the press relays it
    assert vague("Un homme de 23 ans a été placé en garde à vue lundi, a annoncé le parquet d'Evry "
                 "cité par la presse locale.") == []


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


def _cited(html: str) -> list[str]:
    return [c["publisher"] for c in audit_document(html, "page.html")["citations"]]


def test_a_picture_library_source_under_a_caption_is_a_credit() -> None:
    # 30b en01 (timeshighereducation.com): "Source: Getty/iStock montage" under the caption
    html = ("<html><body><article><h1>Research success survey</h1><p>October 9, 2022</p>"
            "<p>Montage of group lifting trophy with microscope to illustrate research success</p>"
            "<p>Source: Getty/iStock montage</p><p>What does it take to be a successful researcher? "
            "No doubt ability, determination and a certain amount of luck.</p></article></body></html>")
    assert _cited(html) == []
    assert _cited(html.replace("Getty/iStock montage", "Getty")) == []
    assert _cited(html.replace("Getty/iStock montage", "iStock/Getty Images composite")) == []
    # a body named Getty as a fact's source stays a sources entry
    assert _cited(html.replace("Getty/iStock montage", "Getty Trust annual report")) == \
        ["Getty Trust annual report"]
