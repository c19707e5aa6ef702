"""Round 14's blind pages: the headline and the date read on pasted pages."""
from __future__ import annotations

import pytest

from audit.pipeline import audit_document


def _read(text: str) -> dict:
    return audit_document(text, "x.txt")


def _kind(result: dict, text: str, line: str) -> str:
    start = text.index(line)
    return next(s["kind"] for s in result["segments"] if s["start"] <= start < s["end"])


@pytest.mark.parametrize(("text", "title"), [
    # a post's category bullets over its headline (14b, Foyer du Bois)
    ("- Enfants et jeunes\n- Social\n- Anniversaire Foyer du Bois\nQue la vie est belle à 50 ans !\n"
     "« 50 ans de dévouement, de bénévolat et d’activités de qualité qui fédèrent les adhérents. » "
     "a lancé le maire Jean-Pierre Gaillard en souhaitant un bon anniversaire à tous.\n",
     "Que la vie est belle à 50 ans !"),
    # a menu's word over a bulleted rubric, no headline (14a, "TENDANCES" / "Comparateur" / "- AUTO")
    ("TENDANCES\nComparateur\n- AUTO\nElon Musk a signé le rachat de Twitter pour plus de 40 "
     "milliards de dollars, un montant pharaonique que le milliardaire va en partie honorer en "
     "revendant près de 10 millions d’actions de Tesla !\n", None),
    # negative: a headline over its key points, sentences after their marks
    ("Le conseil vote le budget de 2026\n- La taxe foncière reste au même taux que l'an dernier.\n"
     "- Les travaux de l'école commenceront au printemps prochain.\nLe conseil municipal a voté "
     "mardi soir le budget de la commune, en hausse de 3 % sur l'an dernier.\n",
     "Le conseil vote le budget de 2026"),
])
def test_bulleted_items_are_no_headline_round_14(text, title):
    assert _read(text)["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # an interview pasted from its first question (14a): the answer in the first person
    ("Comment expliquer ce retour à la scène après une si longue absence ?\nJ'ai voulu rester à la "
     "maison pour voir mes enfants grandir. Je ne me suis pas arrêté de travailler, j'ai eu beaucoup "
     "de projets mais je voulais être là pour eux.\nDécrivez nous un peu votre concert \"Vivre\".\n",
     None),
    # paperblog (pages store): the same shape, "tu" asked, "J’ai" answering
    ("Comment as-tu commencé la musique ?\n\nJ’ai commencé la musique quand j’ai commencé à en avoir "
     "marre de jouer au foot avec les mecs du village d’où je viens. Je suis d’Avignon, d’un petit "
     "village qui s’appelle Barbentane.\n", None),
    # negative: a headline asking in the first person, the post answering it
    ("Pourquoi j'ai quitté Paris ?\nJ'ai quitté Paris en 2019, après dix ans dans le même "
     "appartement du onzième arrondissement, pour une maison près de Nantes.\n",
     "Pourquoi j'ai quitté Paris ?"),
    # negative: a question headline over a reported lede
    ("Faut-il encore construire des ronds-points ?\nLe département a inauguré mardi son "
     "quarantième rond-point depuis 2010, pour un coût de 1,2 million d'euros, selon le conseil "
     "départemental.\n", "Faut-il encore construire des ronds-points ?"),
])
def test_an_interview_s_first_question_is_no_headline_round_14(text, title):
    assert _read(text)["title"] == title


SENEPLUS = (
    "SenePlus | La Une | l'actualité, sport, politique et plus au Sénégal\n18 juillet 2025\nVIDEO\n"
    "LE 20H DE LA RTS MARDI 22 OCTOBRE 2019AVEC CHEIKH TRAORE\n"
    "LES CONDUCTEURS DE FORAGES DÉCIDÉS À CONTRIBUER À ’’UNE RÉFORME INCLUSIVE’’\n"
    "Les membres de la Fédération nationale de conducteurs et gérants de forages du Sénégal ont "
    "entamé une réflexion devant aboutir à un mémorandum sur la réforme de l’hydraulique rurale.\n"
    "\"En tant qu’acteurs principaux, nous avons jugé utile de donner notre appréciation\", a déclaré "
    "mardi Cheikh Wagne, président de la Fédération.\n")


def test_a_home_page_s_header_gives_no_title_and_no_date_round_14():
    result = _read(SENEPLUS)
    assert result["title"] is None
    assert result["published"] is None


def test_an_article_s_title_line_and_date_under_it_stay():
    # negative: an article's <title> line with its site's name, its date line under it
    text = ("Les conducteurs de forages veulent une réforme inclusive | SenePlus\n18 juillet 2025\n"
            "Les conducteurs de forages veulent une réforme inclusive\nLes membres de la Fédération "
            "nationale de conducteurs et gérants de forages du Sénégal ont entamé une réflexion "
            "devant aboutir à un mémorandum sur la réforme de l’hydraulique rurale.\n")
    result = _read(text)
    assert result["title"] == "Les conducteurs de forages veulent une réforme inclusive"
    assert result["published"] == "2025-07-18"


SENTV = (
    "Bassin de la zone de Captage : « L’Etat a décaissé 24 milliards de FCFA pour les travaux » (PM…\n"
    "SENTV : L’Etat du Sénégal a engagé vingt-quatre milliards de FCFA pour la restructuration et le "
    "reprofilage de la zone de captage dans le cadre de la lutte contre les inondations à Dakar. "
    "L’annonce est du Premier ministre, Amadou Bâ, qui…\nLire la suite...\n")


def test_a_cut_lede_under_a_cut_headline_is_the_article_round_14():
    # SenTV (14b): the page is one story's headline and its lede, both cut by the site
    result = _read(SENTV)
    assert _kind(result, SENTV, "SENTV : L’Etat") == "body"
    assert result["title"].startswith("Bassin de la zone de Captage : « L’Etat a décaissé")
    assert not [f for f in result["findings"] if f["rule"] == "CIT001"]


def test_a_run_of_teasers_stays_furniture():
    # negative: other stories' excerpts, each cut, under an article's paragraph
    text = ("Le maire a inauguré mardi la nouvelle médiathèque de la commune, en présence de "
            "nombreux habitants et des élus du département.\n"
            "Les cybercriminels utiliseraient selon plusieurs experts de la sécurité informatique les…\n"
            "Le festival de musique de la ville annonce une programmation très riche pour les…\n")
    result = _read(text)
    assert _kind(result, text, "Les cybercriminels") == "boilerplate"
    assert _kind(result, text, "Le festival") == "boilerplate"


def test_a_cut_first_paragraph_is_no_headline():
    # negative: the page opens with a lede the copy cut, long sentences, no headline
    text = ("Le conseil municipal a voté mardi soir, après trois heures de débat et plusieurs "
            "suspensions de séance, le budget de la commune pour l'année prochaine, en hausse de…\n"
            "Le maire a rappelé que la commune n'augmenterait pas ses impôts cette année.\n")
    assert _read(text)["title"] is None


@pytest.mark.parametrize(("text", "title"), [
    # mercatominute (14b): a rubric's word closed by a full stop before the headline
    ("Football. Montant record, 86 158 transferts, les Français prisés : les chiffres fous du "
     "mercato en 2025\nLe montant total des transferts en 2025 dans le football a établi un nouveau "
     "record, révèle une étude de la FIFA mercredi. Deux clubs français ont notamment participé à "
     "ces nombreuses dépenses.\n",
     "Football. Montant record, 86 158 transferts, les Français prisés : les chiffres fous du "
     "mercato en 2025"),
    # a breadcrumb opening with its separator, the page's heading under it (14b, villecrach)
    ("» VIE MUNICIPALE » Conseils municipaux\n\nConseils municipaux\n\nL’an deux mil six, le 02 "
     "Juin 2006 à 19 heures, le Conseil Municipal de la Commune de CRAC’H, dûment convoqué le 26 "
     "Mai 2006, s’est réuni à la Mairie, sous la présidence de Jean-Loïc BONNEMAINS, Maire.\n",
     "Conseils municipaux"),
    # a magazine issue's table of contents (14b, tahitipacifique): no headline
    ("N° 250, mars 2012\n\n\n 4    Clin d’œil\n 5    Editorial\n 6    Courrier des lecteurs\n"
     " 7    Actualité\n\nLe gouvernement a présenté mardi son plan de sauvetage de l’économie, "
     "qui prévoit une baisse des dépenses de fonctionnement de dix pour cent.\n", None),
    # negative: a first line of prose that opens with a one-word sentence is no headline
    ("Merci. Nous avons reçu votre message et nous vous répondrons au plus vite, a indiqué "
     "le service client de la mairie dans un courriel envoyé mardi.\nLa mairie a ouvert un "
     "guichet pour les demandes de permis de construire.\n", None),
])
def test_rubric_crumb_and_contents_round_14(text, title):
    assert _read(text)["title"] == title


def test_a_cut_first_paragraph_still_opens_a_run_of_teasers():
    # negative: a post's French excerpt, then its English one, each cut (round 9a,
    # golfrendezvous): a first line of prose is no headline, the run stays
    fr = ("La Normandie fête le 80è anniversaire du Débarquement et de la Bataille de Normandie. Ce "
          "fut une grande étape de l'histoire et de nombreuses commémorations sont organisées du 1er "
          "au 16 juin...")
    en = ("Normandy celebrates the 80th anniversary of the D-Day and the Battle of Normandy. It was "
          "a great historical step and many commemorations have been organized in june 1st to 16th...")
    text = f"{fr}\n{en}\n"
    result = _read(text)
    assert _kind(result, text, "Normandy celebrates") == "boilerplate"
    assert result["language"] == "fr"


@pytest.mark.parametrize(("text", "title"), [
    # incendiesecurite (14a): a blog's featured box over its posts, its excerpt cut, "Lire plus"
    ("Article en vedette\n\nLe virus mortel du parc de Yosemite affole les touristes\n\nDepuis samedi "
     "matin, l’alerte émise par le Centre fédéral américain de contrôle et de prévention des "
     "maladies fait presque saturer l’accueil téléphonique de l’hôpital. Pour enrayer...\n\nLire "
     "plus\n\nIl était 19h15, mardi 5 juillet 2011, quand les pompiers sont intervenus pour évacuer "
     "une femme de 40 ans blessée au camping de Digoin.\n", None),
    # negative: a headline over a lede that trails off, the article going on under it
    ("Le maire promet des travaux rapides\n\nLe maire a promis mardi que les travaux de la salle "
     "des fêtes commenceraient avant l’été, mais les devis se font attendre et le budget...\n\nLe "
     "conseil municipal votera le budget de la commune en mars, a rappelé l’adjoint aux finances.\n",
     "Le maire promet des travaux rapides"),
])
def test_a_featured_box_is_no_headline_round_14(text, title):
    assert _read(text)["title"] == title
