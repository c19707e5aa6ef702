"""Round 27 (seg27): a paywall's offer and its glued buttons, share bars and a newsletter's
pitch as body lines, Spanish tag and related labels, a two-digit year's dateline and an
outlet's credit with its day."""
from audit.pipeline import audit_article
from audit.settings import Settings


def _run(text: str, name: str = "page.txt"):
    return audit_article(text.encode(), name, Settings())


def _seg002(text: str, name: str = "page.txt"):
    return [f for f in _run(text, name).findings if f.rule == "SEG002"]


LEDE_FR = ("Le chiffre d'affaires est en augmentation de 5,3 % par rapport à l'exercice précédent, "
           "selon l'opérateur. Le CA consolidé ne prend pas en compte les revenus de TFM, dont "
           "l'acquisition devrait êtr\n")


def test_paywall_offer_and_glued_buttons_with_the_cut():
    found = _seg002("Geodis pousse de 5 %\n\n" + LEDE_FR +
                    "Accédez en illimité à nos contenus et à nos newsletters thématiques\n"
                    "S'abonnerDéjà Abonné ?\n")
    # one box, one cut: its buttons on the next line are the same box's (round 33a r1)
    assert [f.evidence["phrase"] for f in found] == ["Accédez en illimité à nos contenus"]
    assert "stops mid-sentence («…dont l'acquisition devrait êtr»)" in found[0].message


def test_glued_buttons_alone_are_a_prompt_and_a_sentence_is_not():
    lede = LEDE_FR.replace("devrait êtr", "devrait être finalisée en mars.")
    found = _seg002("Geodis pousse de 5 %\n\n" + lede + "S’abonnerDéjà abonné ?\n")
    assert len(found) == 1 and "mid-sentence" not in found[0].message
    assert not _seg002("Geodis pousse de 5 %\n\n" + lede +
                       "Les abonnés accèdent en illimité à nos contenus depuis mars, a dit la direction.\n")


LEDE_EN = ("The City Council this week voted 3 to 2 to approve a $38.9-million spending plan, "
           "Councilman Don R. Griffin said.\n\n")


def test_newsletter_pitch_line_in_the_body():
    found = _seg002("Council passes budget\n\n" + LEDE_EN +
                    "The most important California stories and recommendations in your inbox every morning.\n")
    assert [f.evidence["phrase"][:18] for f in found] == ["The most important"]
    # a second real wording (round 15b, TNW's box)
    assert _seg002("Council passes budget\n\n" + LEDE_EN +
                   "Get the most important tech news in your inbox each week.\n")
    # a post's own closing line (blog.amp.dev)
    assert not _seg002("Council passes budget\n\n" + LEDE_EN + "Then sign up for our email newsletter "
                       "to get the latest updates and advanced tutorials delivered to your inbox.\n")
    # the story's own sentence goes on
    assert not _seg002("Council passes budget\n\n" + LEDE_EN +
                       "Scam emails land in your inbox every morning, the police warned on Tuesday.\n")


def test_share_bar_paragraph_in_html_is_furniture():
    html = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Withings lève 23,5 "
            "millions d'euros</title></head><body><article><h1>Withings lève 23,5 millions d'euros</h1>"
            "<p>La start-up française Withings, spécialisée dans les objets connectés de santé, a "
            "réussi une levée de fonds de 23,5 millions d'euros.</p>"
            "<p>Twitter Facebook Linkedin Flipboard Email</p>"
            "<p>L'Etat investit dans le numérique, via la Banque publique d'investissement.</p>"
            "</article></body></html>")
    assert [f.evidence["phrase"] for f in _seg002(html, "page.html")] == \
        ["Twitter Facebook Linkedin Flipboard Email"]
    # two networks in a sentence of the story stay silent
    assert not _seg002(html.replace("Twitter Facebook Linkedin Flipboard Email",
                                    "Facebook et Twitter ont retiré les publicités."), "page.html")


def test_share_label_with_a_dash_is_furniture():
    found = _seg002("Council passes budget\n\n- Share via\n\n" + LEDE_EN)
    assert [f.evidence["phrase"] for f in found] == ["- Share via"]
    assert not _seg002("Council passes budget\n\n" + LEDE_EN +
                       "Share this with your doctor before the visit, the clinic said.\n")


def test_spanish_tag_and_related_labels():
    text = ("USD 2.300 millones en inversión extranjera\n\nEl presidente Iván Duque anunció este martes "
            "que están asegurados más de USD 2.300 millones en inversión extranjera directa.\n\n"
            "Tags\n\nMás de\n\nAumenta a ocho muertos y más de 30 heridos\n")
    assert sorted(f.evidence["phrase"] for f in _seg002(text)) == ["Más de", "Tags"]


def test_two_digit_year_dateline_opening_the_lede():
    text = ("Centenaire du 11 Novembre fêté avec de nombreux villageois\n\n14.11.18 – C’est une "
            "commémoration inhabituelle qui s’est déroulée le 11 novembre dernier devant un nombreux public.\n")
    assert str(_run(text).facts.published) == "2018-11-14"
    # a score or a version is no dateline: no dash and a sentence after it
    assert _run(text.replace("14.11.18 – C’est", "14.11.18 c’est")).facts.published is None


def test_outlet_credit_with_its_day():
    text = ("Accès par territoire\nNewsletters\nMenu principal\n\nBretagne économique, le 09.06.2010\n\n"
            "L'entreprise familiale, un modèle de développement bien réel   La famille est pleine de ressources\n\n"
            "En période de prospérité, on les ignore, parfois même on se moque de leur manque d’audace. "
            "Elles représentent 83% des entreprises françaises et méritent que l’on s’intéresse à leur histoire.\n")
    assert str(_run(text).facts.published) == "2010-06-09"
    # a weekday's line is a widget's, read elsewhere
    assert _run(text.replace("Bretagne économique, le 09.06.2010", "Mardi soir, le 09.06.2010 ou après")).facts.published is None
