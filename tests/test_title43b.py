"""A pasted page with no title read: its first line is the headline a reader takes in two shapes
only (_opening_line): the page's one line, a headline's length with no stop; a heading over
prose that opens with its words. A lede's first sentence has a headline's length and stop and
stays body; so do the first of a page's intertitles, a press review's first source, an
interview's first question, a caption, a byline."""

from __future__ import annotations

from tests.blind_reading import input_title, title

LEDE_NL = ("De gemeenteraad is gekozen door de inwoners van de gemeente. De raad treedt dan ook op als "
           "vertegenwoordiger van de inwoners.\n\nDaarnaast stelt de gemeenteraad de kaders voor het "
           "beleid van de gemeente vast en controleert het college.\n")


def test_a_page_of_one_headline_line_round_33b():
    assert input_title("round33b/inputs/en04_theclaytontribune.txt") == \
        "Commissioners approve $28.3 million budget"
    assert title("Commissioners approve $28.3 million budget\n") == \
        "Commissioners approve $28.3 million budget"


def test_a_page_of_one_line_round_14b():
    assert input_title("round14b/inputs/fr24_4re.txt").startswith(
        "Face au manque de personnel, les urgences")


def test_a_heading_its_prose_opens_with_round_30b():
    assert input_title("round30b/inputs/nl01_renkum.txt") == "De gemeenteraad"
    assert title("De gemeenteraad\n\n" + LEDE_NL) == "De gemeenteraad"


# negatives
def test_a_one_line_lede_sentence_has_no_title():
    # a paragraph's one sentence closed by its stop (round 12a fr21_linfo's shape)
    assert title("Les chiffres dévoilés mardi par les autorités sanitaires annoncent une hausse "
                 "générale des indicateurs.\n") is None
    assert title("Voici un article paru le 14 juin dans Ouest-France :\n") is None  # round 19a


def test_a_lede_sentence_over_its_paragraphs_has_no_title():
    # round 8 fourstates' shape: a one-sentence lede, then the story
    assert title("Lee Kun-Hee, président du conglomérat sud-coréen Samsung, vient de démissionner.\n\n"
                 "Le patron du groupe était mis en cause dans une affaire de fraude fiscale et de "
                 "caisses noires révélée par un ancien juriste du groupe au printemps dernier.\n\n"
                 "Son fils pourrait lui succéder à la tête du conglomérat.\n") is None


def test_the_first_of_a_page_s_intertitles_stays_round_16b():
    assert input_title("round16b/inputs/it01_notizie.txt") is None


def test_a_press_review_s_first_source_and_an_interview_s_question_stay():
    assert input_title("round15a/inputs/fr01_corsenetinfos.txt") is None
    assert input_title("round14a/inputs/fr09_lecourrierdelamayenne.txt") is None
    assert title("Le Figaro\n\nLe gouvernement prépare une réforme des retraites qui sera présentée "
                 "au Parlement avant l'été, selon plusieurs ministres.\n\nLibération\n\nLes syndicats "
                 "appellent à une journée de grève nationale le mois prochain contre le projet.\n") is None


def test_a_caption_or_a_byline_alone_is_no_title():
    assert title("Photo : Jean Dupont / AFP\n") is None
    assert title("Par Marie Martin, le 12 mars 2024\n") is None
