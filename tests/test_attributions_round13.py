"""Round 13 of the blind verdicts (13a, 13b): who the body says speaks, on the pages' own
sentences; a second real wording and a negative beside each."""

from __future__ import annotations

from audit.pipeline import audit_document
from audit.settings import Settings
from tests.attribution_reading import named, vague


# CIT001 is opt-in; switched on for French as the configuration's [tool.audit.languages] does.
CIT001_ON = Settings(languages=(("CIT001", ("fr",)),))


def _rules(text: str, name: str = "page.txt") -> list[str]:
    return [f["rule"] for f in audit_document(text, name, settings=CIT001_ON)["findings"]]


def test_a_publication_informs() -> None:
    # butfootballclub.fr (13a fr18)
    text = ("Mais le plus savoureux réside dans les bonus. Marca informe que 10 premiers millions "
            "devraient tomber rapidement.")
    assert named(text) == ["Marca"]
    assert "CIT001" not in _rules(text)
    # a thing that informs is no source
    assert named("Une affiche informe que la route est fermée jusqu'à lundi.") == []


def test_a_named_observer_measures_a_change() -> None:
    # letemps.ch (13a fr07)
    text = ("En mars, Dealroom a observé une baisse de l’activité de 33% par rapport au moins de "
            "janvier.")
    assert named(text) == ["Dealroom"]
    # constructed (the pages corpus held no second real wording of a named observer's change)
    assert named("L'an dernier, la Fnaim a observé une hausse des prix de 0,8 % sur douze mois.") == ["Fnaim"]
    # a pronoun observing is a witness; an observed silence is no data
    assert named("Il a observé une baisse de la fumée vers midi.") == []
    assert named("Les joueurs de Lorient ont observé une minute de silence.") == []


def test_selon_an_institutions_data() -> None:
    # guineenews.org (13a fr15)
    text = ("Selon les statistiques douanières, au cours des 10 premiers mois de cette année, les "
            "exportations de la Chine ont atteint 13 350 milliards de yuans.")
    assert named(text) == ["les statistiques douanières"]
    assert "CIT001" not in _rules(text)
    # latribune.fr, rfi.fr: the body after its complement
    assert named("En juin, elles avaient progressé de 17,9%, selon les statistiques des douanes.") == \
        ["les statistiques des douanes"]
    assert named("Le commerce extérieur chinois se porte plutôt bien, selon les derniers chiffres "
                 "des douanes chinoises.") == ["les derniers chiffres des douanes"]
    # whose figures, not said
    assert named("Selon les chiffres officiels, le chômage baisse.") == []
    assert named("Selon les chiffres de la semaine, le chômage baisse.") == []


def test_a_document_with_its_named_signatory() -> None:
    # journalducameroun.com (13a fr20): the hedge's sentence names its source
    text = ("Dans une correspondance signée le 17 septembre 2021 par le ministre d’Etat, Secrétaire "
            "général de la présidence de la République Ferdinand Ngoh Ngoh, l’on apprend que le "
            "président de la République a arrêté le budget de la CAN à 13 milliards de FCFA.")
    assert "Ferdinand Ngoh Ngoh" in named(text)
    assert vague(text) == []
    assert _rules(text) == []
    # constructed (no second real wording found in the pages corpus)
    text = ("Dans une lettre signée par le directeur général Jean-Marc Dupuis, on apprend que "
            "l'usine fermera.")
    assert "Jean-Marc Dupuis" in named(text) and vague(text) == []
    # signed by a body, no person: the hedge stays vague
    text = "Dans une lettre signée par la direction, on apprend que l'usine fermera."
    assert vague(text) == ["on apprend que"]


def test_a_role_named_before_is_its_holder() -> None:
    # magcentre.fr (13b fr03): "le ministre" is Roland Lescure; the next sentence quotes him
    text = ("Roland Lescure, le ministre délégué chargé de l’Industrie et de l’Énergie, s’est rendu "
            "sur place ce 14 mai pour officialiser ce projet.\n\nAccueilli par Alessandro Chiesi, "
            "président du groupe, le ministre a salué une entreprise habituée des sommets Choose "
            "France depuis sept ans. « Votre ancrage territorial depuis 1992 est remarquable. »")
    assert "Roland Lescure" in named(text)
    assert "CIT001" not in _rules("Un laboratoire investit 10 M€.\n\n" + text)
    # the role before the name (constructed after the tester's control, 13b r01b)
    assert named("Le ministre Roland Lescure est venu.\n\nLe ministre a déclaré que l'usine ouvrira.") == \
        ["Roland Lescure"]
    # never named: the salute stays no speech, the page names no source
    text = ("Un laboratoire investit 10 M€.\n\nLe ministre a salué une entreprise habituée des "
            "sommets. « Votre ancrage territorial est remarquable. »")
    assert named(text) == []
    assert "CIT001" in _rules(text)
    # juanico.fr: a salute with no quotation after it is no speech
    assert named("Accueilli par Philippe Kizirian, Maire de Saint-Chamond, le Ministre a salué les "
                 "efforts faits par Saint-Etienne Métropole pour la requalification du site !") == []
    # another role is not the one named
    assert named("Roland Lescure, le ministre délégué, est venu.\n\nLe maire a déclaré que l'usine "
                 "ouvrira.") == ["maire"]


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
    assert "CIT004" in _rules(text)
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
