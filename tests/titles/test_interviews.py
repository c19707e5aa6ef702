"""An interview's first question, a lone question and answer, is no headline; a headline that
asks a question, a column asking its reader, keeps it."""

from __future__ import annotations

import pytest

from tests.blind_reading import LEDE_FR, headline_test, input_title, repro, title


QUESTIONS = (
    "Cette semaine vous avez répété votre nouveau spectacle au Zénith. Tout s’est bien passé ?\n"
    "« Très bien ! L’équipe technique est arrivée dès samedi pour caler le décor. Nous, nous sommes "
    "arrivés mardi. Depuis, nous jouons toute la journée. Nous retravaillons toutes les chansons. »\n"
    "En quoi seront-elles différentes de la version CD ?\n"
    "« Elles sont arrangées très différemment, avec une autre énergie. Ce ne sont pas les mêmes "
    "musiciens non plus. Je voulais aller vers quelque chose d’étonnant, avec de l’émotion, de "
    "l’originalité, de la liberté. Certaines chansons planent sérieusement ! »\n"
    "Ce soir est un concert test ?\n« Vous savez, chaque soir est un test. »\n")

# the headline each text gives; the id names the old test it came from (file, test,
# case) and, where known, the round and repro
HEADLINES = [
    # an interview pasted from its first question (14a): the answer in the first person
    pytest.param("Comment expliquer ce retour à la scène après une si longue absence ?\nJ'ai voulu rester à la "
                 "maison pour voir mes enfants grandir. Je ne me suis pas arrêté de travailler, j'ai eu beaucoup "
                 "de projets mais je voulais être là pour eux.\nDécrivez nous un peu votre concert \"Vivre\".\n",
                 None,
                 id="round14_titles-an_interview_s_first_question_is_no_headline_round_14-0-round14a"),
    # paperblog (pages store): the same shape, "tu" asked, "J’ai" answering
    pytest.param("Comment as-tu commencé la musique ?\n\nJ’ai commencé la musique quand j’ai commencé à en avoir "
                 "marre de jouer au foot avec les mecs du village d’où je viens. Je suis d’Avignon, d’un petit "
                 "village qui s’appelle Barbentane.\n",
                 None,
                 id="round14_titles-an_interview_s_first_question_is_no_headline_round_14-1"),
    # negative: a headline asking in the first person, the post answering it
    pytest.param("Pourquoi j'ai quitté Paris ?\nJ'ai quitté Paris en 2019, après dix ans dans le même "
                 "appartement du onzième arrondissement, pour une maison près de Nantes.\n",
                 "Pourquoi j'ai quitté Paris ?",
                 id="round14_titles-an_interview_s_first_question_is_no_headline_round_14-2"),
    # negative: a question headline over a reported lede
    pytest.param("Faut-il encore construire des ronds-points ?\nLe département a inauguré mardi son "
                 "quarantième rond-point depuis 2010, pour un coût de 1,2 million d'euros, selon le conseil "
                 "départemental.\n",
                 "Faut-il encore construire des ronds-points ?",
                 id="round14_titles-an_interview_s_first_question_is_no_headline_round_14-3"),
    # an interview's first question, long answers in guillemets (23b fr15, scenefrancaise)
    pytest.param(QUESTIONS,
                 None,
                 id="round23_titles-an_interview_s_first_question_is_no_headline_round_23-0-round23b_fr15"),
    # negative: a question headline over an explainer's lede in guillemets, no second question
    pytest.param("Vous partez en vacances cette année ?\n« Les Français partiront davantage cet été que l'an "
                 "dernier, selon un sondage publié mardi par l'institut Ifop pour l'Union nationale des "
                 "associations de tourisme, qui relève une hausse des réservations. »\nLe sondage a été réalisé "
                 "auprès de 1 000 personnes du 2 au 4 juin, par internet, selon la méthode des quotas.\n",
                 "Vous partez en vacances cette année ?",
                 id="round23_titles-an_interview_s_first_question_is_no_headline_round_23-1"),
    # from tests/test_round15_seg.py::test_titles_round_15
    # speakers' labels over their quotations (15a, corsenetinfos): no headline
    pytest.param("Benoît Tavenot, entraîneur SCB\n«C’est une victoire qui fait du bien. Y a des "
                 "matchs nuls où on a été meilleurs. On a 34 points on continue à avancer. »\n"
                 "Gregory Poirier, entraîneur Red Star FC\n«On était venus avec des ambitions, "
                 "rapporter au moins un point. Je suis déçu pour mes joueurs car on avait bien "
                 'préparé ce match."\n',
                 None,
                 id="round15_seg-titles_round_15-0"),
    # an interview's questions and answers in turn (15b, opiom): no headline
    pytest.param("Vous pouvez nous faire le point sur les transferts ?\nLe marché des arrivées "
                 "bouge. On a fait signer Niang hier et personne n’en parle.\nIl va y avoir "
                 "d’autres départs ?\nSkacel va certainement partir.\n",
                 None,
                 id="round15_seg-titles_round_15-1"),
    # negatives: a lede's first sentence with its clause; a name and role over a single quote;
    # a question headline over an explainer's lede
    pytest.param("Le conseil municipal s'est réuni mardi soir, en présence du préfet, pour voter "
                 "le budget.\n\nLe budget de la commune s'élève à 12 millions d'euros, en hausse "
                 "de 3 % sur l'an dernier.\n",
                 None,
                 id="round15_seg-titles_round_15-2"),
    pytest.param("Jean Dupont, maire de Lyon\n« Nous allons rénover toutes les écoles de la "
                 "ville d'ici 2030. »\nLe maire a présenté mardi son plan de rénovation des "
                 "écoles, estimé à 200 millions d'euros.\n",
                 "Jean Dupont, maire de Lyon",
                 id="round15_seg-titles_round_15-3"),
    pytest.param("Faut-il avoir peur de l'intelligence artificielle ?\nDepuis le lancement de "
                 "ChatGPT, les outils d'intelligence artificielle se sont installés dans les "
                 "bureaux, les écoles et les rédactions, et les questions se multiplient sur "
                 "leurs effets sur l'emploi et la vie privée.\nQu'est-ce qu'un modèle de langage "
                 "?\nUn modèle de langage prédit le mot suivant.\n",
                 "Faut-il avoir peur de l'intelligence artificielle ?",
                 id="round15_seg-titles_round_15-4"),
    # from tests/test_review27_seg.py::test_titles_review27
    # item 4a: an FAQ's question headline over short answers (faq_title.txt)
    pytest.param("Faut-il s'inquiéter de la hausse du prix du gazole ?\n\nLe litre de gazole a "
                 "dépassé 1,90 euro cette semaine dans plusieurs stations du Grand Est.\n\n"
                 "Pourquoi les prix augmentent-ils autant ?\n\nLe baril de Brent a pris 12 % en "
                 "un mois après l'annonce de l'Opep+.\n\nLes prix vont-ils baisser cet été ?\n\n"
                 "Les analystes interrogés par l'Ufip ne le pensent pas avant la rentrée.\n",
                 "Faut-il s'inquiéter de la hausse du prix du gazole ?",
                 id="review27_seg-titles_review27-0"),
    pytest.param("Is the price of petrol going to keep rising?\n\nA litre of unleaded passed "
                 "£1.60 this week at several stations in Kent.\n\nWhy are prices rising so "
                 "fast?\n\nBrent crude rose 12% in a month after the Opec+ announcement.\n\nWill "
                 "prices fall this summer?\n\nAnalysts at the RAC do not expect it before "
                 "autumn.\n",
                 "Is the price of petrol going to keep rising?",
                 id="review27_seg-titles_review27-1"),
    # item 4b: a portrait's headline over a lede opening on a quotation (label.txt)
    pytest.param("Gabriel Attal, un Premier ministre en campagne\n\n« Je ne lâcherai rien », a "
                 "lancé samedi le Premier ministre devant quelque 2 000 militants réunis à "
                 "Lille, à trois semaines du scrutin.\n\nLe chef du gouvernement a multiplié les "
                 "déplacements cette semaine, de Lille à Marseille en passant par Bordeaux.\n\n"
                 "Jordan Bardella, en embuscade\n\n« Les Français attendent le changement », a "
                 "répondu le président du RN depuis Perpignan, où il tenait lui aussi meeting.\n",
                 "Gabriel Attal, un Premier ministre en campagne",
                 id="review27_seg-titles_review27-2"),
    # the interview (round 15b, opiom) and the quotes' page (round 15a) stay untitled
    pytest.param("Vous pouvez nous faire le point sur les transferts ?\nLe marché des arrivées "
                 "bouge. On a fait signer Niang hier et personne n’en parle.\nIl va y avoir "
                 "d’autres départs ?\nSkacel va certainement partir.\n",
                 None,
                 id="review27_seg-titles_review27-3"),
    pytest.param("Benoît Tavenot, entraîneur SCB\n«C’est une victoire qui fait du bien. On a 34 "
                 "points on continue à avancer. »\nGregory Poirier, entraîneur Red Star FC\n«On "
                 'était venus avec des ambitions, rapporter au moins un point."\n',
                 None,
                 id="review27_seg-titles_review27-4"),
]


test_the_headline_picked = headline_test(HEADLINES)


# from tests/test_round39_titles.py
def test_a_headlines_second_sentence_after_its_question_is_kept():
    whole = "¿Salud de acero tras el castigo? ArcelorMittal tiene un potencial del 40% tras sus resultados"
    assert title(repro("round39b/r3")) == whole
    assert input_title("round39b/inputs/es04_elconfidencial.txt") == whole
    # cut to its first two paragraphs (the lede echoes less): the same title
    text = repro("round39b/r3")
    assert title("\n\n".join(text.split("\n\n")[:3])) == whole


def test_a_deck_the_lede_repeats_is_cut_from_its_question():
    # review S of session 37, R5: an 11-word deck the lede repeats, not its question
    text = ("Faut-il avoir peur du frelon asiatique ? Les apiculteurs du Sud-Ouest tirent la sonnette "
            "d'alarme cet été\n\nLes apiculteurs du Sud-Ouest tirent la sonnette d'alarme : le frelon "
            "asiatique aurait détruit 30 % des ruches de la région l'an dernier, selon leur syndicat."
            "\n\nLes pièges posés au printemps restent le moyen le plus efficace de limiter sa "
            "prolifération, estiment les spécialistes.\n")
    assert title(text) == "Faut-il avoir peur du frelon asiatique ?"
    # the same tail the lede does not repeat: the headline's second sentence
    lede = ("Le frelon asiatique aurait détruit 30 % des ruches de la région l'an dernier, selon le "
            "syndicat des apiculteurs.\n")
    assert title(text.split("\n\n")[0] + "\n\n" + lede) == text.split("\n\n")[0]


# from tests/test_round40_titles.py
def test_an_interviews_first_question_is_no_headline():
    assert input_title("round40a/inputs/fr16_allafrica-com.txt") is None
    assert input_title("round40a/inputs/fr20_burkinadiaspora-org.txt") is None
    # the repro with the page's next turn: the answer speaks in the first person in its
    # second sentence, the next question is put to the guest again
    text = repro("round40a/r1") + (
        "\nComment jugez-vous cette première expérience gouvernementale? Avez-vous trouvé vos "
        "marques?\n\nC'est une expérience enrichissante.\n")
    assert title(text) is None


@pytest.mark.xfail(strict=True, reason="a lone question put to someone and its answer: a "
                   "headline asking its reader over a lede in the first person has that shape; "
                   "the next question is what tells an interview")
def test_a_lone_question_and_answer_is_no_headline():
    assert title(repro("round40a/r1")) is None


def test_a_question_headline_stays():
    head = "Faut-il taxer les robots ?"
    assert title(f"{head}\n\n{LEDE_FR}") == head
    # a question put to the reader over a post in the first person, no question after it
    head = "Et vous, que feriez-vous à sa place ?"
    lede = ("La question m'a été posée hier par une lectrice. Je n'ai pas su lui répondre tout de "
            "suite.\n\nLe conseil municipal a voté mardi soir le budget de la médiathèque après un "
            "long débat sur les horaires d'ouverture.\n")
    assert title(f"{head}\n\n{lede}") == head


def test_a_column_asking_its_reader_keeps_its_headline():
    # a question to the reader, a first-person answer, another rhetorical question: no one is
    # named, no interview (review T R2, i8, i9, i10)
    head = "Do you really need a second car?"
    text = (f"Opinion\n{head}\n\nProbably not. I sold ours last spring and I have not missed it "
            "once, though I was sure I would.\n\nHave you added up what yours costs you each "
            "month?\n\nInsurance, parking, repairs and the loan came to more than 600 dollars a "
            "month for us, according to the spreadsheet my wife kept for a year.\n")
    assert title(text) == head
    head = "Et vous, combien payez-vous votre électricité ?"
    text = (f"Chronique\n{head}\n\nDepuis janvier, ma facture a pris 15 %. Je ne suis pas la "
            "seule : selon la CRE, le tarif réglementé a augmenté pour 22 millions de foyers.\n\n"
            "Avez-vous comparé les offres du marché ?\n\nLes fournisseurs alternatifs proposent "
            "des remises de 5 à 10 % sur le prix du kilowattheure, mais les conditions changent "
            "souvent et les contrats sont longs à lire.\n")
    assert title(text) == head
    head = "Would you let a robot look after your mother?"
    text = (f"{head}\n\nIt sounds like science fiction. But last month I spent three days at a "
            "care home in Osaka where machines lift residents out of bed.\n\nThe staff told me "
            "the robots had cut back injuries among nurses by a third. So would you sign the "
            "consent form if your own mother lived there?\n\nJapan's health ministry expects a "
            "shortage of 690,000 care workers by 2040.\n")
    assert title(text) == head
