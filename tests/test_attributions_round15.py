"""Round 15 of the blind verdicts (15a, 15b): who the body says the facts come from, on the
pages' own sentences; a second real wording (the pages corpus) and a negative beside each."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.conftest import OPT_IN_CIT
from tests.attribution_reading import named, vague


def _rules(text: str, name: str = "page.txt") -> list[str]:
    # CIT004 in English is opt-in (README "Precision on real pages"): named, as --select does
    return [f["rule"] for f in audit_document(text, name, settings=OPT_IN_CIT)["findings"]]


def test_a_named_subject_puts_out_a_document() -> None:
    # 15a fr09 (r02): a named body disseminating its survey's results
    text = ("La Chambre d'agriculture vient de diffuser les résultats de son enquête sur la "
            "sécheresse et ses conséquences pour les agriculteurs. Au total, ce sont près de 261 "
            "professionnels qui se sont exprimés, soit 9 % de la population agricole.")
    assert named(text) == ["Chambre"]
    assert "CIT001" not in _rules(text)
    # 15b fr21 (maisonapart.com): the notaries, a body that publishes its figures
    text = ("Pour la première fois, les notaires publient des statistiques immobilières "
            "améliorées, fondées sur les avant-contrats de vente. Elles montrent une accélération "
            "de la hausse des prix, notamment à Paris, +20 % sur l'année 2010.")
    assert named(text) == ["notaires"]
    assert "CIT001" not in _rules(text)
    # 15b fr23 (universpatrimoine): the same body as a passive's agent after "selon"
    assert named("Selon les statistiques publiées par les notaires et réalisées avec l'Insee, les "
                 "prix de l'immobilier ont progressé de 5,7 % sur un an.") == ["les notaires"]
    # 15b fr16 (travailleuralpin): a named body's written communiqué
    text = ("A Salaise-sur-Sanne, les salariés de Tredi Séché sont en grève depuis le 17 février. "
            "Il faut dire que la direction de Tredi Séché avait rédigé un communiqué indiquant que "
            "devant « une telle prise d'otage », elle arrêtait plusieurs ateliers.")
    assert named(text) == ["Séché"]
    # what is put out is no document, or no one puts it out
    assert named("La mairie diffuse un film en plein air samedi soir.") == []
    assert named("On publie des statistiques chaque mois.") == []
    assert named("Il a rédigé un communiqué dans la nuit.") == []


def test_a_named_subject_reveals_an_adverb_between() -> None:
    # 15b fr17 (purebreak): an adverb between the name and its participle
    text = ("Comme chaque année, Nielsen a en effet révélé le classement des séries qui ont été "
            "les plus regardées sur le petit écran aux USA. NCIS n'a attiré que 15,4 millions de "
            "téléspectateurs en moyenne cette année.")
    assert named(text) == ["Nielsen"]
    assert "CIT001" not in _rules(text)
    # 15a r13: the verb a cue reads ("a révélé") gives way to it read with its named subject
    text = ("VRT Nieuws a révélé que plus de la moitié des articles en ligne de l'édition flamande "
            "d'Elle ont été rédigés par une IA depuis mars 2025.")
    assert named(text) == ["Nieuws"]
    assert "CIT001" not in _rules(text)
    # a pronoun reveals nothing traceable
    assert named("Il a révélé que plus de la moitié des articles étaient faux.") == []


def test_an_institution_forecasts_a_measured_change() -> None:
    # 15b fr04 (mecanicvallee)
    text = ("Après un recul de 3,9 % des investissements en 2017, la Banque de France prévoit cette "
            "année un rebond de 10,2 %, mais il concerne des secteurs en forte croissance.")
    assert named(text) == ["France"]
    assert "CIT001" not in _rules(text)
    # businessfrance.fr, journaldeleconomie.fr, a Libération reprint (the pages corpus)
    assert named("De son côté, l'Insee prévoit une hausse du PIB de 0,5 % puis 0,4 % au premier "
                 "puis deuxième trimestre 2018.") == ["Insee"]
    assert named("Désormais, l'Insee table sur 6,25% de croissance en 2021.") == ["Insee"]
    assert named("L'Insee prédit une hausse du produit intérieur brut de 1,6 % cette année.") == ["Insee"]
    # a plan, and a role: no forecast traced to anyone
    assert named("Le gouvernement prévoit de baisser les impôts de 2 %.") == []
    assert named("La Banque de France prévoit de fermer 10 % de ses agences.") == []
    assert named("Le gouvernement, de son côté, table sur une croissance de 5 %.") == []


def test_a_participle_after_a_quotation_and_its_auxiliary_speaks() -> None:
    # 15b fr08 (tvanouvelles)
    text = ("«C'est tout à fait normal que Montréal ait une part très importante des "
            "investissements», a soutenu le président du Conseil du trésor, Sam Hamad, lors du "
            "dévoilement du budget de son gouvernement.")
    assert "CIT001" not in _rules(text)
    assert named(text)
    # constructed (no second real wording of "a soutenu" after a quotation found)
    assert named("« Nous irons jusqu'au bout », a tranché Jean Dupont devant les élus.") == ["Jean Dupont"]
    # a title's participle, an auxiliary's "été": no speaker
    assert named("« Intouchables », a été vu par dix millions de spectateurs.") == []


def test_a_colon_after_a_quotation_then_its_speaker() -> None:
    # 15b fr13 (qonto): the quotation's sentence has no full stop before its closing mark
    text = ("« Il y a 10 ans, on lançait un business, on validait le marché et on levait de "
            "l'argent. Aujourd'hui, on a l'idée, on lève de l'argent. C'est un changement de "
            "paradigme » : Matthieu Stéfani introduisait ainsi La Rentrée 100 % Finance.")
    assert named(text) == ["Matthieu Stéfani"]
    # a scare-quoted word, then a place: no quotation's speaker
    assert named("Le mot « résilience » : La Rochelle en a fait sa devise.") == []


def test_described_sources_and_unnamed_officials() -> None:
    # 15b fr09 (r09): the inverted "on", where it learnt it, the sources only described
    text = ("Au moins neuf personnes ont été tuées dans une attaque de milices près de Kinshasa, "
            "a-t-on indiqué lundi de sources locales.")
    assert vague(text) == ["a-t-on indiqué lundi de sources locales"]
    assert "CIT004" in _rules(text)
    # the form CIT004's explain promises, and a supply, not a source
    assert vague("Cinq soldats ont été tués, a-t-on appris samedi de sources sécuritaires.") == \
        ["de sources sécuritaires"]
    # huffpostquebec (round 6): the pattern before reads the source's whole description
    assert vague("Le préjudice s'élève à 5 millions d'euros, a-t-on appris jeudi de sources "
                 "proches du dossier.") == ["de sources proches du dossier"]
    assert vague("Les légumes de la cantine sont issus de sources locales.") == []
    # the inversion is the incise, whatever its verb (constructed)
    assert vague("Deux enfants sont morts, apprend-on de sources régionales.") == \
        ["apprend-on de sources régionales"]
    # 15b fr09 (r10): a rank, no name, confirming a toll
    text = ("Au moins neuf personnes ont été tuées, selon le chef coutumier Jean Bedel Mulele.\n\n"
            "Un responsable sécuritaire a confirmé le bilan de 9 morts.")
    assert vague(text) == ["Un responsable sécuritaire a confirmé"]
    # a death or a count confirmed is a report too (constructed)
    assert vague("Un responsable militaire a confirmé lundi la mort de deux soldats.") == \
        ["Un responsable militaire a confirmé"]
    assert vague("Un responsable local a confirmé 14 morts dans l'attaque.") == ["Un responsable local a confirmé"]
    # a player confirming his form is no official
    assert vague("Un joueur a confirmé son talent samedi.") == []


def test_an_unnamed_role_confirming_no_figure_reports_nothing() -> None:
    # the review's probe (/tmp/s27/p/confirme_fr3.txt): "confirmer" reports only a toll or a count
    assert vague("Un responsable du club a confirmé la prolongation de l'entraîneur jusqu'en 2026.") == []
    assert vague("Un joueur de 20 ans a confirmé ce jeudi tout son potentiel sur terre battue.") == []
    assert vague("Un médecin du service a confirmé la bonne santé du bébé, né prématuré.") == []


def test_a_described_unnamed_speaker_in_english() -> None:
    # 15b en03 (r11)
    text = ("Deutsche Post DHL has reached an agreement to buy UK Mail.\n\nDeutsche Post DHL board "
            "member said the acquisition would give DHL a strong foothold.")
    assert vague(text) == ["Deutsche Post DHL board member said"]
    assert "CIT004" in _rules(text, "page.txt")
    # after an indefinite or a count (constructed)
    assert vague("An executive said the plan was dead. Shares fell, a senior Boeing executive told "
                 "Reuters.") == ["An executive said", "a senior Boeing executive told"]
    assert vague("Two board members told the newspaper the vote was close.") == ["Two board members told"]


def test_the_eu_executive_is_a_named_institution() -> None:
    # the review's probe (/tmp/s27/p/exec_en.txt): Reuters' and AP's name for the European
    # Commission, a named institution; the same with a possessive
    text = ("Brussels, March 4, 2024 - The European Commission fined Apple 1.8 billion euros on Monday "
            "for breaking competition rules in the music streaming market.\n\nThe EU executive said "
            "the company had abused its dominant position for a decade by preventing app developers "
            "from telling users about cheaper options outside the App Store.")
    assert vague(text) == []
    assert "CIT004" not in _rules(text)
    assert vague("The bloc's executive said it would act. The Commission's executive said no.") == []
    # the one named before, and one named after the role
    assert vague("Ken Allen joined the board in 2010. The board member said it was fine.") == []
    assert vague("Board member Ken Allen said it was fine.") == []
    assert vague("The company's chief executive said the deal was done.") == []
