"""Round 16 of the blind verdicts (16a, 16b): who the body says the facts come from, on the
pages' own sentences; a second real wording (the pages corpus) and a negative beside each."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT
from tests.attribution_reading import named, vague


def _rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_the_same_source_after_a_name_glued_to_its_article() -> None:
    # 16b fr04 (r01): "l'Insee" after the data's noun names the source "cette même source" is
    text = ("Selon des chiffres de l’Insee, les prix à la consommation sont repartis à la hausse en "
            "décembre, avec une augmentation de 3,7% sur un an. Selon cette même source, cette "
            "situation s’expliquerait « par l’accélération sur un an des prix de l’énergie et des "
            "services ».")
    assert vague(text) == []
    assert named(text) == ["Insee", "Insee"]
    assert "CIT004" not in _rules(text)
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
    assert "CIT004" in _rules(text)
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
    assert "CIT004" in _rules(text)
    # the infinitive after "à" is no perfect, nor "A noter" ("À noter", round 11a fr04 and
    # round 12a fr23: no one speaks, and the word after it is no speaker)
    assert vague("Un responsable a du mal à souligner que tout va bien.") == []
    assert named("A noter, Facebook a racheté Instagram en 2012.") == []


def test_plural_roles_inverted_after_their_verb() -> None:
    # 16b fr11 (r05)
    text = ("Parmi les équipements qui seront envoyés à l'Ukraine figurent aussi des missiles "
            "guidés et des missiles antichars, ont indiqué les deux responsables américains.")
    assert vague(text) == ["ont indiqué les deux responsables"]
    assert "CIT004" in _rules(text)
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
    assert "CIT004" in _rules(text)
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
    assert "CIT004" in _rules(text)
    assert vague("Le ministre va démissionner, indiquent plusieurs sources.") == \
        ["indiquent plusieurs sources."]
    # a source of something
    assert vague("Ces champs rapportent des sources de revenus aux villages.") == []


def test_what_is_last_known_no_one_said_to_know_it() -> None:
    # 16a fr02 (r08): the adjective slot, not one adjective
    text = ("Selon les derniers éléments de l'enquête, il a été confirmé que le conducteur "
            "roulait trop vite.")
    assert vague(text) == ["Selon les derniers éléments"]
    assert "CIT004" in _rules(text)
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


def test_an_outlet_is_asked_by_its_name_or_its_address() -> None:
    # Review 2, item 8: one rule for an outlet, spelled by name or by domain. 16b fr03 (r03,
    # labelled wrong) is asked again: "www.elwatan.com" is one publication's article, as "Les
    # Echos" under a summary is (round 5, labelled right) and "marketwatch.com, cnbc.com" are
    # (round 7, labelled right); only an agency's credit is complete (see test_review2_cit.py)
    text = ("«Les gens que nous avons reçus dépassent les 3000», a indiqué un agent des services "
            "d’émigration à l’AFP au célèbre port fluvial du Beach.\n\nPosté Le : 05/12/2011\n\n"
            "Posté par : sofiane\n\nSource : www.elwatan.com\n")
    assert "CIT003" in _rules(text)
    text = ("Altice USA pose 2,5 milliards de dollars sur la table pour racheter son capital. Le "
            "groupe américain a annoncé une opération de rachat d’actions.\n\nSource : Les Echos\n")
    assert "CIT003" in _rules(text)
    text = ("Altice USA pose 2,5 milliards de dollars sur la table pour racheter son capital.\n\n"
            "Sources : www.elwatan.com, www.lesechos.fr\n")
    assert _rules(text).count("CIT003") == 2


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
