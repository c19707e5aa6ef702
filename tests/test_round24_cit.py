"""Round 24 (a, b), citation items: the repro's real text, a second wording where one was found,
and a negative that must stay silent."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT
from tests.attribution_reading import vague


def _rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_on_se_dit_is_one_s_own_thought() -> None:
    # 24b r01 (fr13, a Liège councillor's blog): the speaker's inference, no attribution
    text = ("Un budget au risque de l’engourdissement\n\nJ’ajoute qu’en comparant la situation de "
            "la Ville de Liège à celles des autres grandes villes wallonnes, on se dit que la "
            "situation pourrait être pire encore.\n")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
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
    assert "CIT004" in _rules(text)
    assert vague("Le ministre aurait déclaré que la réforme serait retirée.") == ["aurait déclaré que"]
    # a real conditional says no speech at all; a source in its sentence names it
    assert vague("Il aurait dit oui si on le lui avait demandé.") == []
    assert vague("Selon L'Équipe, Bouhazama aurait dit à ses joueurs de se calmer.") == []


def test_unnamed_witnesses_and_websites() -> None:
    # 24a r06 (fr13, lepatron, an AFP wire) and r07 (fr17, afrikmag)
    assert vague("La livre libanaise a atteint lundi un nouveau plus bas face au dollar. Selon des "
                 "sites web surveillant le taux de change, la livre s'échangeait le matin à plus de "
                 "38.500 pour un billet vert.") == ["Selon des sites web"]
    assert vague("Les habitants ont entendu des coups de feu dans la matinée. Selon certains "
                 "témoignages, une patrouille de la gendarmerie est rentrée mercredi vers 22 h.") == \
        ["Selon certains témoignages"]
    # "selon" as "depending on", and a testimony whose giver is said, stay silent
    assert vague("Les tarifs varient selon les sites et les saisons.") == []
    assert vague("Selon le témoignage de Marie Dupont, la patrouille est rentrée à 22 h.") == []


_BODY = ("Mercredi 11 juillet 2018, des policiers en patrouille ont interpellé 48 personnes au "
         "quartier Mboppi à Douala.\n\n")


def test_an_agency_through_a_portal_is_the_agency_s_credit() -> None:
    # 24a r01 (fr25, editoweb)
    text = ("Un escadron de gendarmes mobiles a été déployé autour de l'usine, où les salariés se "
            "sont retranchés jeudi.\nSource: AP via Yahoo\n")
    assert "CIT003" not in _rules(text)
    assert "CIT003" not in _rules(_BODY + "Source : Reuters via MSN")
    # an outlet through a portal is still one publication's article, asked for its title
    assert "CIT003" in _rules(_BODY + "Source : Le Monde via Yahoo")


def _missing(text: str) -> list[list[str]]:
    return [f["evidence"]["missing"] for f in audit_document(text, "page.txt", settings=OPT_IN_CIT)["findings"]
            if f["rule"] == "CIT003"]


def test_a_full_article_address_has_its_slug_for_a_title_and_its_slug_is_read() -> None:
    # 24a r02 (fr15, afropages): the slug's "interpellees" is the body's "interpellé"; the
    # address gives the piece's title, not its date (round 20b's bare links were rightly asked)
    url = "https://www.journalducameroun.com/crise-anglophone-pres-de-200-personnes-interpellees-a-douala/"
    rules = _rules(_BODY + "Source :\n\n" + url + "\n")
    assert "CIT007" not in rules
    assert _missing(_BODY + "Source :\n\n" + url + "\n") == [["date"]]
    # an address with no slug cannot be read for a title: asked both
    assert _missing(_BODY + "Source :\n\nhttps://www.journalducameroun.com/?p=12345\n") == [["title", "date"]]
    # a slug about another story is a source the text never refers to
    other = "https://www.journalducameroun.com/cameroun-la-fecafoot-suspend-le-championnat-de-ligue-deux/"
    assert "CIT007" in _rules(_BODY + "Sources :\n\n" + other + "\n\n" + url + "\n")
