"""Review 1 of round 38's citations (2026-12-07): the reviewer's probes where the merged
change lost a right CIT004 finding. A count's participle is owned only by an agent that names
the source (not "ses proches", "la presse locale", "l'entourage du ministre"); a quotation's
owner is the speaker credited outside it, never a name mentioned inside it; the plural
imperfect speech verbs read as their presents do."""

from __future__ import annotations

import pytest

from tests.attribution_reading import vague

_TOLL = "Au moins 12 personnes sont mortes, selon un nouveau bilan provisoire "


# -- a count's agent must name its source (review 1, R1, R1b, c1p, c1q_simple) --------------

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
    assert [v.replace(" provisoire", "") for v in vague(_TOLL + rest)][:1] == \
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
    assert vague(_TOLL + rest) == []


# -- a quotation's owner is credited outside it (review 1, R2, R3, R3b) ----------------------

def test_a_name_inside_an_unnamed_residents_quotation_owns_nothing():
    # R3: the mayor is mentioned in the quotation, he does not say it
    assert vague('Un habitant raconte : "Selon des sources à la mairie, l école fermera en '
                 'juin. Le maire Jean Dupont a dit le contraire en réunion, mais personne ne le '
                 'croit."') == ["Selon des sources"]


def test_a_name_inside_an_unnamed_residents_guillemets_owns_nothing():
    # the same with guillemets (c2v_guill: the old code's hole, the same helper)
    assert vague('Un habitant raconte : « Selon des sources à la mairie, l école fermera en '
                 'juin. Le maire Jean Dupont a dit le contraire en réunion, mais personne ne le '
                 'croit. »') == ["Selon des sources"]


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


def test_an_incise_inside_the_quotation_still_owns_it():
    # round 12a: "…, explique Daniel Teissier, son président. Mais on dit que…", straight too
    assert vague('"Le club a été créé en 2004, explique Daniel Teissier, son président. Mais '
                 'on dit que les travaux reprendront."') == []
    assert vague('Jean Dupont a dit : "Selon des sources à la mairie, l école fermera."') == []


# -- the plural imperfects read as their presents (review 1, special case) -------------------

@pytest.mark.parametrize("verb", ["rappellent", "notent", "résument", "ajoutent", "détaillent"])
def test_plural_presents_read_as_their_imperfects(verb):
    assert vague(f"Des habitants {verb} que la route était fermée depuis lundi.") == \
        [f"Des habitants {verb}"]


@pytest.mark.parametrize("verb", ["ont rappelé", "ont noté", "ont ajouté"])
def test_plural_perfects_read_as_their_imperfects(verb):
    assert vague(f"Des habitants {verb} que la route était fermée depuis lundi.") == \
        [f"Des habitants {verb}"]


@pytest.mark.parametrize("text", [
    "Les élèves notent leurs professeurs chaque trimestre.",  # an object, no clause
    "Les cuisiniers ajoutent du sel en fin de cuisson.",
    "Les pompiers rappellent que la baignade est interdite.",  # a body, named
])
def test_plural_presents_with_no_vague_source(text):
    assert vague(text) == []


# -- a place of several capitalised words in the gap (review 1, minor) -----------------------

def test_a_place_of_several_words_before_the_agent():
    assert vague(_TOLL + "communiqué samedi à La Réunion par la préfecture.") == []
    assert vague(_TOLL + "communiqué samedi à La Réunion par ses proches.")[:1] == \
        ["selon un nouveau bilan"]


@pytest.mark.parametrize("rest,expected", [
    ("communiqué samedi par le quotidien local Sud-Ouest.", []),
    ("communiqué samedi par l'agence Reuters.", []),
    ("communiqué samedi par l'entourage du ministre Gérald Darmanin.", ["selon un nouveau bilan"]),
])
def test_a_name_after_the_agents_description(rest, expected):
    assert vague(_TOLL + rest)[:1] == expected


@pytest.mark.parametrize("rest", [
    # real wordings (zinfos974 2017, alterpresse 2007, laquotidienne.ma 2018)
    "publié ce mercredi par les autorités provinciales du Sichuan.",
    "publié dans la soirée par la Protection civile.",
    "établi lundi par les autorités indonésiennes.",
])
def test_real_agents_naming_their_source(rest):
    assert vague(_TOLL + rest) == []
