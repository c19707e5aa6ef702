"""Round 40a (2026-12-07), CIT004. The interviewer is a newsroom by its kind («l'agence
Reuters», «notre rédaction») or an outlet the publisher registry knows by any of its names
(sources/publishers.yml: "l'AFP", "Ouest-France", "The Associated Press"); any other
capitalised word is not one (review C: «la Police nationale», «Jean Dupont», «à Kiev»).
(r5) A witness whose interviewer is named is the outlet's vox pop, not a source kept secret: «selon un témoin interrogé par l'AFP» (tdg.ch) as explain's
«interrogés par Ouest-France», for any newsroom or agency, interviewed, reached, quoted or told
("three witnesses told Reuters"). (r9) «a-t-on appris auprès de forces de l'ordre» (lessor.org):
some of the police and gendarmes, none said, as «selon des policiers»; «les forces de l'ordre»
are the institution speaking, as «la police». Real wordings: labreve.info «Selon un habitant de
la zone joint au téléphone par notre rédaction», pressafrik.com «Selon un témoin, cité par une
autorité locale», abidjan.net (AFP) «ont indiqué à l'AFP plusieurs habitants de cette ville»,
wtvbam.com (Reuters) «…, three witnesses told Reuters.»."""

from __future__ import annotations

import pytest

from tests.attribution_reading import vague
from tests.blind_reading import codes, repro



def cit004(text: str) -> list[str]:
    return [span for rule, span in codes(text) if rule == "CIT004"]


# -- r5: a witness, their interviewer named ------------------------------------------------

def test_r5_witness_interviewed_by_the_agency_is_no_vague_source():
    assert cit004(repro("round40a/r5")) == []


@pytest.mark.parametrize("text", [
    "Selon un témoin interrogé par l'AFP, il s'agit d'une grenade.",
    "Selon des témoins interrogés par Ouest-France, la police a tiré la première.",
    "Selon des habitants joints par téléphone par l'AFP, la police a tiré.",
    "Selon une habitante contactée par Le Parisien, la police a tiré.",
    "Selon des témoins cités par l'agence Reuters, la police a tiré.",
    "Selon une riveraine interrogée par nos soins, la police a tiré.",
    "Selon un habitant de la zone joint au téléphone par notre rédaction, plusieurs maisons ont "
    "été déjà incendiées par des bandits armés.",
    "Des témoins ont raconté à l'AFP que la police avait tiré sans sommation.",
    "Des tirs à l'arme lourde ont éclaté mercredi à Duékoué, ont indiqué à l'AFP plusieurs "
    "habitants de cette ville.",
    "Selon plusieurs personnes interrogées par l'AFP, le syndicat verrouille le sujet.",
])
def test_interviewer_named_in_french(text):
    assert vague(text) == []


@pytest.mark.parametrize("text", [
    "According to witnesses interviewed by Reuters, the police fired first.",
    "According to witnesses who spoke to The Associated Press, the police fired first.",
    "Three witnesses told Reuters that soldiers opened fire on the protesters.",
    "Soldiers opened fire on Nigerian protesters in the Lekki district on Tuesday, shooting at "
    "least two people, three witnesses told Reuters.",
])
def test_interviewer_named_in_english(text):
    assert vague(text) == []


@pytest.mark.parametrize("text,expected", [
    # a witness alone, or interviewed by no newsroom, stays vague
    ("Selon un témoin, il s'agit d'une grenade.", ["Selon un témoin"]),
    ("Selon un témoin interrogé par la police, il s'agit d'une grenade.", ["Selon un témoin"]),
    ("Selon un témoin, cité par une autorité locale, les assaillants ont vérifié les pièces "
     "d'identité des hommes avant de les abattre.", ["Selon un témoin"]),
    ("Selon un habitant de la zone, plusieurs maisons ont été incendiées.", ["Selon un habitant"]),
    ("Des témoins ont raconté aux enquêteurs que la police avait tiré.", ["Des témoins ont raconté"]),
    ("According to witnesses, the police fired first.", ["According to witnesses"]),
    ("According to witnesses interviewed by police, the man fired first.", ["According to witnesses"]),
    ("Three witnesses said that soldiers opened fire on the protesters.", ["Three witnesses said"]),
    ("Several witnesses said Monday that soldiers opened fire.", ["Several witnesses said"]),
    ("Witnesses told police that the man fired first.", ["Witnesses told"]),
    # the exception is a witness's: an anonymous source or official interviewed stays vague
    ("Selon une source interrogée par l'AFP, la police a tiré.", ["Selon une source interrogée par"]),
    ("Selon un responsable contacté par l'AFP, la police a tiré.", ["Selon un responsable"]),
    ("The deal was worth up to 15 billion euros, a source told Reuters on Tuesday.",
     ["a source told"]),
])
def test_no_interviewer_named_stays_vague(text, expected):
    assert vague(text) == expected


# -- r9: some of the forces, or the institution ---------------------------------------------

def test_r9_some_forces_of_order_unnamed():
    assert cit004(repro("round40a/r9")) == ["a-t-on appris auprès de forces de l’ordre"]


@pytest.mark.parametrize("text,expected", [
    ("Un gendarme a été tué dimanche, a-t-on appris auprès de policiers.",
     ["a-t-on appris auprès de policiers"]),
    ("Selon des policiers, il pleuvait.", ["Selon des policiers"]),
    ("Selon des forces de l'ordre, il pleuvait.", ["Selon des forces de l'ordre"]),
    ("Il pleuvait, ont indiqué des forces de l'ordre.", ["ont indiqué des forces de l'ordre"]),
    # the institution speaking
    ("Un gendarme a été tué dimanche, a-t-on appris auprès des forces de l’ordre.", []),
    ("Selon les forces de l'ordre, il pleuvait.", []),
    ("Il pleuvait, ont indiqué les forces de l'ordre.", []),
    ("Un gendarme a été tué dimanche, a-t-on appris auprès de la gendarmerie.", []),
    ("Selon les policiers, il pleuvait.", []),
    # "des" as "de les", a noun's complement: the body before it speaks, its verb singular
    ("Le syndicat des forces de l'ordre a déclaré que la réforme était injuste.", []),
    ("Le syndicat des policiers a déclaré que la réforme était injuste.", []),
    ("Des policiers ont déclaré que la réforme était injuste.", ["Des policiers ont déclaré"]),
    ("Des forces de l'ordre ont été déployées, a indiqué la préfecture.", []),
    ("Les manifestants ont dénoncé la présence des forces de l'ordre.", []),
])
def test_forces_of_order_some_or_the_institution(text, expected):
    assert vague(text) == expected


# -- mendC (review of 4d4399bb): number read from the finite verb; no bare capital as newsroom --

@pytest.mark.parametrize("text,expected", [
    ("Des témoins ont dit que la police avait tiré sans sommation sur la foule mardi soir.",
     ["Des témoins ont dit"]),
    ("Des policiers ont dit que les manifestants avaient lancé des pierres les premiers.",
     ["Des policiers ont dit"]),
    ("Des responsables du ministère nous ont dit que l'enquête serait confiée à l'IGPN.",
     ["Des responsables du ministère nous ont dit"]),
    ("Des sources ont dit que le ministre allait démissionner.", ["Des sources ont dit"]),
    ("Des témoins ont écrit sur les réseaux sociaux que les tirs avaient duré toute la nuit.",
     ["Des témoins ont écrit"]),
    ("Des policiers avaient dit que la réforme est inacceptable.", ["Des policiers avaient dit"]),
    ("Des policiers ont aussi dit que la réforme est inacceptable.", ["Des policiers ont aussi dit"]),
    ("Des responsables m'ont dit que le projet serait abandonné.", ["Des responsables m'ont dit"]),
    # the noun's complement: the union speaks
    ("Le syndicat des policiers a déclaré que la réforme était inacceptable.", []),
    ("Le syndicat des policiers a estimé que la réforme est inacceptable.", []),
])
def test_number_read_from_the_auxiliary(text, expected):
    assert vague(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Selon des témoins interrogés par la Police nationale, le tireur était seul.",
     ["Selon des témoins"]),
    ("Selon un témoin cité par le Parquet national antiterroriste, l'assaillant criait.",
     ["Selon un témoin"]),
    ("Selon un témoin interrogé par l'IGPN, le policier a tiré.", ["Selon un témoin"]),
    ("Selon un témoin cité par Jean Dupont, la police a tiré.", ["Selon un témoin"]),
    ("Des témoins ont affirmé à Kiev que les missiles avaient frappé un immeuble résidentiel.",
     ["Des témoins ont affirmé"]),
    ("Des habitants ont raconté à Kharkiv que les sirènes n'avaient retenti qu'après.",
     ["Des habitants ont raconté"]),
    ("Des témoins ont déclaré à la Cour que l'accusé était présent ce soir-là.",
     ["Des témoins ont déclaré"]),
    ("According to witnesses interviewed by the FBI, the gunman was alone.",
     ["According to witnesses"]),
    ("According to witnesses quoted by Israeli media, the soldiers fired first.",
     ["According to witnesses"]),
    ("Witnesses told Congress that the agency ignored the warnings.", ["Witnesses told"]),
    ("Witnesses told Mr Smith that the defendant was present.", ["Witnesses told"]),
])
def test_a_bare_capital_is_no_newsroom(text, expected):
    assert vague(text) == expected


@pytest.mark.parametrize("text", [
    "Selon des témoins cités par l'agence Reuters, la police a tiré.",
    "Selon un témoin interrogé par le quotidien Le Monde, la police a tiré.",
    "Selon une riveraine interrogée par nos soins, la police a tiré.",
    "According to witnesses interviewed by the news agency Reuters, the police fired first.",
])
def test_a_newsroom_by_its_kind_or_our_own(text):
    assert vague(text) == []
