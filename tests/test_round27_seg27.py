"""Round 27 (seg27): a paywall's offer and its glued buttons, share bars and a newsletter's
pitch as body lines, Spanish tag and related labels, a two-digit year's dateline and an
outlet's credit with its day."""
from audit.pipeline import audit_article
from audit.settings import Settings


def _run(text: str, name: str = "page.txt"):
    return audit_article(text.encode(), name, Settings())


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
