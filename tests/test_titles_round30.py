"""Round 30a r07 (2026-12-06): a page-type label ("article") alone over the story is no
headline; a headline that opens with the word stays the title."""

from audit.pipeline import audit_document

_LEDE = ("Deputies have arrested a suspect wanted for the murder of a Covington woman.\n\n"
         "Smith was taken into custody on Tuesday morning.\n")


def test_a_page_type_label_is_no_title():
    assert audit_document("article\n\n" + _LEDE, "x.txt")["title"] is None


def test_a_headline_opening_with_the_word_stays():
    text = "Article 49.3 : le gouvernement engage sa responsabilité\n\n" + \
        ("La Première ministre a annoncé mardi qu'elle engageait la responsabilité du gouvernement "
         "sur le projet de loi de finances devant l'Assemblée nationale.\n")
    assert audit_document(text, "x.txt")["title"] == "Article 49.3 : le gouvernement engage sa responsabilité"
