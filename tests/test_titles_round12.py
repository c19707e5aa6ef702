"""Round 12 of the blind test (2026-12-06): headlines and dates the testers found missed or
wrong, on their repro texts, with a negative each."""

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


@pytest.mark.parametrize(("text", "published"), [
    # urdupoint: a byline's name, handle and age before the day it stamps
    ("UK Supermarket Morrisons Shares Soar On £5.5bn Bid\n\n"
     "Fahad Shabbir (@FahadShabbir) 19 seconds ago Mon 21st June 2021 | 01:10 PM\n\n"
     "Shares in British supermarket chain Morrisons surged Monday after it rejected a takeover "
     "approach as too low, the company said.\n", "2021-06-21"),
    # an overblog post: the date, a comma, "Rédigé par" and the blog's handle
    ("Presse aidant....... Suivi de la crise syrienne par les éditoriaux du Monde.\n\n"
     "3 Septembre 2013 , Rédigé par niduab Publié dans #Presse aidant\n\n"
     "Le Libération d’hier, 2 septembre, changeait brutalement de ton, selon son éditorial.\n",
     "2013-09-03"),
    # a reprint's header: the newspaper's name, then its issue's date on the next line
    ("Résumé Le Provencal\n\ndu 16 septembre 1976\n\nSOUTHAMPTON PAR K.O.\n\n"
     "L'O.M. s'est bien battu, mais... (4-0)\n\nSOUTHEMPTON - Contrairement à ce que pourrait "
     "faire croire le résultat l'O.M. n'a été ni écrasé ni ridicule hier soir à Southampton.\n",
     "1976-09-16"),
    ("Revue de presse\n\nLe Monde du 12 mars 1976\n\nLe gouvernement a présenté hier son plan de "
     "relance devant les députés, qui l'ont longuement débattu jusqu'au soir.\n", "1976-03-12"),
    # negatives: a law's date over its text; a day of history and what others did that day
    ("La laïcité en France\n\nLoi du 9 décembre 1905\n\nLa République assure la liberté de "
     "conscience et garantit le libre exercice des cultes sous les seules restrictions.\n", None),
    ("Histoire de la ville\n\n6 juin 1944, libérée par les Alliés\n\nLa ville a été libérée après "
     "de longs combats qui ont duré plusieurs jours dans les rues du centre.\n", None),
    # a council's session, its date its meeting's (round 9a: rightly not taken)
    ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 18 novembre 2019\n\nLe compte rendu de la séance du "
     "02 septembre 2019 est adopté à l’unanimité par les conseillers présents ce soir.\n", None),
    ("REUNION DU CONSEIL MUNICIPAL\n\nDU 25 JUIN 2020\n\nLe conseil municipal s’est réuni en "
     "séance ordinaire sous la présidence du maire pour examiner les points suivants.\n", None),
    ("Notes\n\nJane Doe (@janedoe) wrote about 1976 and more\n\nThe council met on Monday to "
     "discuss the new budget and the plans for the town's schools and roads.\n", None),
])
def test_a_date_line_s_forms_round_12(text, published):
    assert _read(text)["published"] == published


@pytest.mark.parametrize(("text", "title"), [
    # the site's address and tagline over a widget and a long headline of two clauses
    ("LeFaso.net, l'actualité Burkinabé sur le net\nProverbe du Jour : “Vous n’empêcherez pas "
     "les oiseaux de malheur de survoler votre tête.” Proverbe chinois\n\nDisparition de 400 "
     "millions FCFA au niveau du Fonds d’entretien routier : « une mesure disciplinaire a été "
     "prise », affirme Eric Bougouma, ministre des infrastructures\n\nPublié le jeudi 18 mai 2017 "
     "à 00h30min\n\nSelon Eric Bougouma, le Fonds d’entretien routier a été appelé à payer plus "
     "de 401 millions FCFA à la Société générale Burkina Faso.\n",
     "Disparition de 400 millions FCFA au niveau du Fonds d’entretien routier : « une mesure "
     "disciplinaire a été prise », affirme Eric Bougouma, ministre des infrastructures"),
    # the site's name and tagline, the tagline shown again under it
    ("Senexalaat - Opinions, Idées et Débats des Sénégalais\nOpinions, Idées et Débats des "
     "Sénégalais\n\nReponse Aux Cfa-exit : Gardons-nous De Jeter L’enfant Avec L’eau Du Bain\n\n"
     "La question de la souveraineté monétaire des Etats africains membres de la Zone Franc est "
     "un débat récurrent et souvent biaisé, parce qu’à sens unique et à charge.\n",
     "Reponse Aux Cfa-exit : Gardons-nous De Jeter L’enfant Avec L’eau Du Bain"),
    # the site's name and address: no headline follows it in this cut
    ("Village de la Justice www.village-justice.com\n\nQuel est le rôle de l’avocat avant, pendant "
     "et après le procès devant la cour d’assises ? Avi Bitton plaide depuis 15 ans devant les "
     "cours d’assises dans des affaires de meurtres.\n", None),
    # a forum quote's elision
    ("Citation :\n[...]\nOui, mais lors du procès, il ne l'a pas demandée. D'autre part, je précise "
     "que même si l'avocat de la partie n'a pas à se prononcer, c'est lui qui plaide en premier.\n",
     None),
    # a press review's source labels
    ("L’Economiste\nAMO/indépendants: L’immatriculation démarre. La couverture médicale des "
     "travailleurs non salariés entame sa phase opérationnelle.\nAujourd’hui Le Maroc\n"
     "L’Intérieur prépare un modèle pour les transports en commun. Dernièrement, le Maroc s’est "
     "engagé dans un processus de diagnostic.\n", None),
    # a rubric over a headline of three words
    ("Côté foot\n\n100 ans d’existence\n\nRares sont les clubs pouvant se targuer d’avoir cent ans "
     "d’histoire derrière eux. L’Avenir Foot Lozère, le Stade Pontivyen et l’USR Pertuis fêteront "
     "tous les trois leur centenaire cette année.\n", "100 ans d’existence"),
    # negatives: a headline opening with a firm's address; one closing with a site's name in a
    # sentence; a title and its site, the title shown again over the lede; a short headline
    # over its lede with no second label below
    ("Amazon.com : les ventes bondissent de 20 % au premier trimestre\n\nLe géant du commerce en "
     "ligne a publié jeudi des résultats supérieurs aux attentes des analystes, portés par le "
     "cloud.\n", "Amazon.com : les ventes bondissent de 20 % au premier trimestre"),
    ("Les internautes plébiscitent Leboncoin.fr\n\nLe site de petites annonces a attiré plus de "
     "vingt millions de visiteurs le mois dernier, selon une étude publiée mardi.\n",
     "Les internautes plébiscitent Leboncoin.fr"),
    ("Budget 2026 - Le gouvernement revoit sa copie\nLe gouvernement revoit sa copie\n\nLe "
     "gouvernement a présenté mardi une nouvelle version de son budget, revue après les critiques "
     "des députés de la majorité.\n", "Budget 2026 - Le gouvernement revoit sa copie"),
    ("Brexit chaos\n\nThe government faced another defeat in the Commons on Tuesday as members "
     "voted against the plan.\n\nThe vote came after a long debate that lasted late into the "
     "night.\n", "Brexit chaos"),
])
def test_a_headline_under_the_site_s_furniture_round_12(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # a feed's refresh banner and its reader view's label over the item's heading
    ("Lese-Ansicht\n\nEs gibt neue verfügbare Artikel. Klicken Sie, um die Seite zu "
     "aktualisieren.\n\nLe Liban mise sur le FMI pour sortir de l’impasse\n\nLe Premier ministre "
     "libanais, Nawaf Salam, a discuté avec une délégation du Fonds monétaire international (FMI) "
     "d’un projet de loi portant sur la situation des banques.\n",
     "Le Liban mise sur le FMI pour sortir de l’impasse"),
    # an image agency's credit over the lede: no headline
    ("Google Images\nBut the firm the wire service has tapped to do the automating told BI Tuesday "
     "that it produced 300 million pieces of content last year.\n\nDurham, North Carolina-based "
     "Automated Insights specializes in producing marketing, sales and personalized financial "
     "reports.\n", None),
    # a blog platform's bar over the post's headline
    ("Overblog Suivre ce blog\nEditer l'article Administration Créer mon blog\n\nLa crise "
     "syrienne vue par les éditoriaux du Monde\n\nDe retour d’une semaine de vacances dans le sud "
     "du pays, je n’ai guère eu le temps de lire les rares journaux achetés ni le site du Monde.\n",
     "La crise syrienne vue par les éditoriaux du Monde"),
    # negative: a headline about images
    ("Google Images adds a new search tool\n\nThe company said on Tuesday that its image search "
     "would let users find the source of a picture in a few clicks.\n",
     "Google Images adds a new search tool"),
])
def test_furniture_over_the_headline_round_12(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "phrase"), [
    ("Jérôme Pouget, délégué syndical, s’assoie quelques instants pour reprendre ses esprits. "
     "La lecture de cet article est réservée aux abonnés : la suite de l’entretien porte sur les "
     "effectifs.\n", "La lecture de cet article est réservée aux abonnés"),
    ("A câmara aprovou ontem o novo plano de mobilidade para o centro da cidade. Se já é "
     "assinante, entre com a sua conta. Entrar\n", "Se já é assinante, entre com a sua conta"),
    # negative: a sentence about subscribers
    ("Le journal compte désormais 20 000 abonnés, qui reçoivent chaque matin la lettre de la "
     "rédaction et peuvent lire les archives.\n", None),
])
def test_a_paywall_s_line_in_the_body_round_12(text, phrase):
    from audit.pipeline import audit_document

    found = [f for f in audit_document(text, "x.txt")["findings"] if f["rule"] == "SEG002"]
    assert [f["evidence"]["phrase"] for f in found] == ([phrase] if phrase else [])


@pytest.mark.parametrize(("text", "title"), [
    # village-justice.com (12b fr23): the headline run into its byline on one line, under the
    # site's banner
    ("Village de la Justice www.village-justice.com\n\nLe rôle de l’avocat devant la cour "
     "d’assises. Par Avi Bitton et Lois Pamela Lesot, Avocats.\nParution : mardi 31 mars 2020\n\n"
     "Quel est le rôle de l’avocat avant, pendant et après le procès devant la cour d’assises ?\n"
     "Avi Bitton plaide depuis 15 ans devant les cours d’assises dans des affaires de meurtres, "
     "assassinats et viols.\n", "Le rôle de l’avocat devant la cour d’assises."),
    # dalloz-actualite.fr's headline and byline, printed on one line the same way
    ("La guéguerre des avocats contre le projet de réforme de la justice. Par Daniel Soulez "
     "Larivière\n\nLa profession d’avocat semble atteinte d’une forme de schizophrénie chronique. "
     "Dans une lettre aux avocats, le Conseil national des barreaux parle de colère.\n",
     "La guéguerre des avocats contre le projet de réforme de la justice."),
    # negative: a lede's sentence, then one opening with "Par" and no name
    ("Le conseil municipal a voté le budget. Par ailleurs, les travaux de la salle des fêtes "
     "commenceront en mars.\n\nLe maire a rappelé que la commune n’augmenterait pas ses impôts "
     "cette année.\n", None),
    # niduab.over-blog (12b fr26): a headline with a full stop, then the post's date and byline
    ("Overblog Suivre ce blog\nEditer l'article Administration Créer mon blog\n\nPresse aidant."
     "...... Suivi de la crise syrienne par les éditoriaux du Monde.\n\n3 Septembre 2013 , Rédigé "
     "par niduab Publié dans #Presse aidant\n\n De retour d’une semaine élargie de vacances dans "
     "le sud du pays, je n’ai guère eut le temps de lire les rares journaux achetés.\n",
     "Presse aidant....... Suivi de la crise syrienne par les éditoriaux du Monde."),
    # an archive's bar: the date, a bar and the byline (the Orlando Sentinel's, round 5)
    ("Orange County Schools Open New Computer Labs.\n\nAugust 23, 1987|By Jeff Kunerth of the "
     "Sentinel staff\n\nStudents returning to class this week will find computers in every "
     "school of the county, officials said.\n",
     "Orange County Schools Open New Computer Labs."),
    # negative: a lede's sentence with a comma over such a line
    ("Le maire, entouré de ses adjoints, a inauguré la salle.\n\n3 Septembre 2013 , Rédigé par "
     "niduab\n\nLa salle accueillera les associations de la commune dès la rentrée.\n", None),
    # om1899.com (12b fr07): a headline in capitals closed by an abbreviation's full stop, over
    # its subhead, under a reprint's header
    ("OM1899.com\n\nRésumé Le Provencal\n\ndu 16 septembre 1976\n\nSOUTHAMPTON PAR K.O.\n\n"
     "L'O.M. s'est bien battu, mais... (4-0)\n\n(d'un de nos envoyés spéciaux Maurice "
     "FABREGUETTES)\n\nSOUTHEMPTON - Contrairement à ce que pourrait faire croire le résultat "
     "l'O.M. n'a été ni écrasé ni ridicule hier soir à Southampton.\n", "SOUTHAMPTON PAR K.O."),
    # negative: a letter alone before the full stop is a word, the line a sentence
    ("Il reste à la mairie un plan B.\n\nLes travaux de la salle des fêtes commenceront en mars, "
     "si le conseil municipal vote les crédits nécessaires.\n", None),
])
def test_a_headline_closed_by_a_full_stop_with_its_byline_or_an_abbreviation_round_12(text, title):
    assert _read(text)["title"] == title


def _paywalls(text: str, name: str = "x.txt") -> list[str]:
    return [f["evidence"]["phrase"] for f in audit_document(text, name)["findings"]
            if f["rule"] == "SEG002"]


@pytest.mark.parametrize(("text", "phrases"), [
    # touleco (12b fr14): the lede, then the paywall's prompt on its own line: the segmenter
    # takes the line out, the warning says the pasted text is cut there
    ("Jérôme Pouget, délégué syndical Sud, s’assoie quelques instants pour reprendre ses "
     "esprits. « J’ai passé ma journée à discuter avec les salariés et avec les journalistes », "
     "explique-t-il, sonné.\nLa lecture de cet article est réservée aux abonnés :\n",
     ["La lecture de cet article est réservée aux abonnés"]),
    # latribune.fr (the pages store): the cut lede, the label and the login prompt
    ("Documentée depuis les années 1970 par des travaux menés aux Etats-Unis mais aussi en "
     "France, la critique du PIB a connu un regain d'intérêt de la part des...\n\nArticle réservé "
     "aux abonnés\n\nAchetez l'article\nDéjà inscrit ou abonné ? Connectez-vous\n",
     ["Article réservé aux abonnés"]),
    # forbesafrique (10a fr08): the paywall's box left as body paragraphs
    ("Connaissez-vous la signification réelle du mot « billion » dans la langue de Molière ? "
     "Cela ne correspond pas au milliard anglais.\n\nCe contenu est réservé à nos abonné.e.s.\n\n"
     "Si vous êtes déjà abonné.e, merci de vous connecter, ci-dessous.\n",
     ["Ce contenu est réservé à nos abonné.e.s"]),
    # negatives: a paywall's label over the whole article (nothing is cut after it); a sentence
    # about subscribers
    ("Article réservé aux abonnés\n\nLe budget voté\n\nLe conseil municipal a voté mardi le budget "
     "de la commune, en hausse de 3 % sur l'an dernier, sans augmenter les impôts locaux.\n", []),
    ("Le journal compte 20 000 abonnés. Cet article est le premier d'une série que la rédaction "
     "réserve à ses lecteurs les plus fidèles.\n", []),
])
def test_a_paywall_s_prompt_in_pasted_text_round_12(text, phrases):
    assert _paywalls(text) == phrases


def test_an_html_page_s_paywall_box_is_the_site_s_chrome():
    html = ("<html><body><article><h1>Le budget voté</h1><p>Le conseil municipal a voté mardi le "
            "budget de la commune, en hausse de 3 % sur l'an dernier, sans augmenter les impôts "
            "locaux.</p></article><div class='paywall'><p>Cet article est réservé aux abonnés"
            "</p></div></body></html>")
    assert _paywalls(html, "x.html") == []
