"""Review C of cit43: the speaker's description read into a CIT004 finding must stop before
whom the source spoke to (a newsroom after «à»/«au»: "a confié une source au journal Le
Monde") and before a second «à» phrase, the scene ("une source au ministère à la sortie du
conseil"), while a description opened by «à»/«au» stays whole ("une source à la préfecture de
police de Paris", "au fait du dossier"). The reviewer's probes, /tmp/s41/reviewC/probes."""

from __future__ import annotations

import pytest

from tests.citations.reading import cit004_phrases

_LEAD = ("Le gouvernement a présenté mardi son projet de réforme devant le Conseil des ministres, "
         "dans un contexte de fortes tensions sociales.\n\n")

CASES = [
    pytest.param("« Le dossier est bouclé », a confié une source au journal Le Monde.",
                 "a confié une source", id="recipient_a_daily"),
    pytest.param("Le suspect a été interpellé, a déclaré un responsable de la police à l'agence Reuters.",
                 "a déclaré un responsable de la police", id="recipient_an_agency"),
    pytest.param("« Nous ne négocierons pas », a affirmé un responsable du Hamas à la chaîne Al-Jazeera.",
                 "a affirmé un responsable du Hamas", id="recipient_a_channel"),
    pytest.param("« Les stocks sont suffisants », a assuré un responsable du ministère de la Santé au "
                 "quotidien Le Soir.",
                 "a assuré un responsable du ministère de la Santé", id="recipient_after_a_ministry"),
    pytest.param("Le site Politico, citant une source au ministère à la sortie du conseil, affirme que le "
                 "texte sera retiré.",
                 "citant une source au ministère", id="second_a_phrase_is_the_scene"),
    # kept whole: a description opened by «à»/«au»
    pytest.param("Selon une source à la préfecture de police de Paris, la manifestation a rassemblé "
                 "5 000 personnes.",
                 "Selon une source à la préfecture de police de Paris", id="kept_at_the_prefecture"),
    pytest.param("Le contrat sera signé avant la fin de l'année, selon une source au fait du dossier.",
                 "selon une source au fait du dossier", id="kept_au_fait"),
    pytest.param("Le contrat sera signé avant la fin de l'année, a indiqué une source au courant des "
                 "négociations.",
                 "a indiqué une source au courant des négociations", id="kept_au_courant"),
]


@pytest.mark.parametrize("sentence, phrase", CASES)
def test_the_description_stops_before_whom_the_source_told(sentence, phrase):
    assert cit004_phrases(_LEAD + sentence) == [phrase]
