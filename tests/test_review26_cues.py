"""Review of session 26 (items 5-8): boilerplate cues anchored to their real shape, speech
verbs that need their reported clause or a quotation addressed to the salute's object, a
definite role's holder with the same modifiers, and a paywall prompt named in a quotation."""

from __future__ import annotations

from audit.pipeline import audit_article, audit_document
from audit.settings import Settings
from tests.attribution_reading import named


# CIT001 is opt-in; switched on for French as the configuration's [tool.audit.languages] does.
CIT001_ON = Settings(languages=(("CIT001", ("fr",)),))


def _rules(text: str, published: str | None = None) -> list[str]:
    return [f["rule"] for f in audit_document(text, "page.txt", published=published,
                                              settings=CIT001_ON)["findings"]]


def _kind(text: str, line: str) -> str:
    """The segment kind of the span holding ``line``."""
    result = audit_article(text, "page.txt", Settings())
    at = text.index(line)
    return next(s.kind.value for s in result.seg.spans if s.start <= at < s.end)


def test_a_checkers_credit_is_its_real_shape() -> None:
    # the reviewer's probe: a body paragraph that opens "Verified by"
    text = ("Missile strike hits Kyiv children's hospital\n\nA Russian missile struck a children's "
            "hospital in Kyiv on Monday, killing two adults and wounding dozens of people.\n\n"
            "Verified by Reuters, the footage shows the missile's final seconds.\n\nRescue workers "
            "searched the rubble through the night as parents carried their children out of the "
            "building.\n")
    assert _kind(text, "Verified by Reuters") == "body"
    assert "CIT001" not in _rules(text, "2025-07-03")
    # a second real shape of a body line (constructed): a reviewer named with his role
    text2 = ("Study finds sleep helps memory\n\nA new study found that sleep helps memory in "
             "older adults.\n\nReviewed by two independent statisticians, the results held.\n\n"
             "The authors plan a larger trial next year.\n")
    assert _kind(text2, "Reviewed by two") == "body"
    # Grokipedia's credit (round 13) and an AI tool as checker stay furniture
    for credit in ("Fact-checked by Grok 2 weeks ago", "Fact-checked by Grok 3 months ago",
                   "Fact checked by ChatGPT"):
        page = (f"{credit}\n\nAutomated journalism\n\nAutomated journalism is the application "
                "of algorithms and software to automate the production of news content.\n")
        assert _kind(page, credit) in ("boilerplate", "disclosure"), credit


def test_a_zapping_label_names_its_site() -> None:
    text = ("Audiences : la télévision perd du terrain\n\nLa durée d'écoute de la télévision a "
            "reculé de vingt minutes par jour en un an chez les moins de 25 ans.\n\nZapping "
            "permanent, plateformes et réseaux sociaux expliquent cette baisse, selon Médiamétrie, "
            "qui publie ses chiffres annuels.\n\nLes chaînes misent désormais sur le direct et le "
            "sport pour retenir ce public.\n")
    assert _kind(text, "Zapping permanent") == "body"
    # butfootballclub's video box (round 13a), two clips: still furniture
    for label in ("Zapping But! Football Club Rea Madrid : top 10 des meilleurs buteurs de l'histoire",
                  "Zapping But! Football Club Top 10 : les footballeurs les plus suivis sur les "
                  "réseaux sociaux"):
        page = (f"{label}\n\nOfficialisé hier, le transfert d'Aurélien Tchouaméni est désormais "
                "effectif. Le milieu de terrain est arrivé en provenance de l'AS Monaco.\n")
        assert _kind(page, label) == "boilerplate", label


def test_informer_needs_its_reported_clause() -> None:
    text = ("Les bouchons s'allongent sur l'A7\n\nLe trafic était dense samedi matin sur "
            "l'autoroute A7 entre Lyon et Valence, au premier jour des vacances.\n\nUn grand "
            "panneau lumineux Vinci Autoroutes informe les automobilistes des temps de parcours. "
            "Les files d'attente atteignaient dix kilomètres au péage de Vienne.\n")
    assert named(text) == []
    assert "CIT001" in _rules(text)
    # the publication that informs of a clause is a source (round 13a, fr18)
    assert named("Mais le plus savoureux réside dans les bonus. Marca informe que 10 premiers "
                 "millions devraient tomber rapidement.") == ["Marca"]


def test_a_quotation_after_a_clause_verb_is_its_subjects_only_when_addressed() -> None:
    text = ("Le PSG s'impose à Lyon\n\nLe Paris Saint-Germain a battu Lyon 3-1 dimanche soir au "
            "Groupama Stadium.\n\nKylian Mbappé a confirmé son talent en marquant deux buts. « Quel "
            "match ! » Les supporters ont chanté jusqu'à la fin de la rencontre.\n")
    assert "Kylian Mbappé" not in named(text)
    assert "CIT001" in _rules(text)
    # a quotation with its own speaker after it is not the salute's words
    assert "Jean Dupont" not in named("Jean Dupont a salué les bénévoles. « Votre travail est "
                                      "remarquable », a lancé le maire.")
    # the salute's words to its object (magcentre.fr, round 13b fr03) stay the speaker's
    text = ("Roland Lescure, le ministre délégué chargé de l’Industrie et de l’Énergie, s’est rendu "
            "sur place ce 14 mai pour officialiser ce projet.\n\nAccueilli par Alessandro Chiesi, "
            "président du groupe, le ministre a salué une entreprise habituée des sommets Choose "
            "France depuis sept ans. « Votre ancrage territorial depuis 1992 est remarquable. »")
    assert "Roland Lescure" in named(text)


def test_a_definite_role_is_the_holder_with_the_same_modifiers() -> None:
    text = ("Gérald Darmanin, le ministre de l'Intérieur, était à Lille mardi pour inaugurer un "
            "commissariat.\n\nLe ministre ukrainien a déclaré que son pays avait besoin de "
            "nouveaux systèmes de défense aérienne.")
    assert "Gérald Darmanin" not in named(text)
    # the same role with its modifier, named before (constructed after magcentre.fr)
    assert named("Roland Lescure, le ministre délégué chargé de l'Industrie, est venu.\n\nLe "
                 "ministre délégué a déclaré que l'usine ouvrira.") == ["Roland Lescure"]
    assert named("Le ministre Roland Lescure est venu.\n\nLe ministre a déclaré que l'usine "
                 "ouvrira.") == ["Roland Lescure"]


def test_a_paywall_prompt_named_in_a_quotation_is_none() -> None:
    text = ("Les médias en ligne misent sur l'abonnement\n\nLes sites d'information généralistes "
            "ont gagné des abonnés numériques cette année, selon une étude de l'ACPM.\n\nSur le "
            "site du Monde, la mention « Il vous reste 80 % de cet article à lire » apparaît "
            "désormais sous la plupart des articles, explique son directeur.\n\nLe Figaro et "
            "Libération ont suivi la même voie.\n")
    assert "SEG002" not in _rules(text)
    # the prompt itself, cut there, still fires
    cut = ("Les médias en ligne misent sur l'abonnement\n\nLes sites d'information généralistes "
           "ont gagné des abonnés numériques cette année, selon une étude de l'ACPM. Il vous reste "
           "80 % de cet article à lire.\n")
    assert "SEG002" in _rules(cut)
