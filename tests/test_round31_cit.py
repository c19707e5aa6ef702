"""Round 31 of the blind verdicts: sources lines dated "21-06-2022", an organisation named by
its initials, AI disclosures by a named product, and an argument against disclosing."""

from __future__ import annotations

from audit.extract.dates import find_dates
from audit.pipeline import audit_document
from audit.settings import Settings


def _findings(text: str, *rules: str) -> list[tuple[str, str]]:
    """The findings of the rules named, run as --select runs them (whatever the language)."""
    codes = frozenset(rules)
    doc = audit_document(text, "page.txt", settings=Settings(select=codes, explicit=codes))
    return [(f["rule"], f["message"]) for f in doc["findings"]]


def test_a_dashed_day_first_date_is_a_date() -> None:
    # 31b r01: "Source : Développement économique Canada, 21-06-2022."
    assert [(m.text, m.date.year, m.date.month, m.date.day) for m in find_dates(
        "Source : Développement économique Canada, 21-06-2022.", "fr")] == [("21-06-2022", 2022, 6, 21)]
    # English writes the month first, as with slashes
    assert [(m.date.month, m.date.day) for m in find_dates("Updated 06-21-2022", "en")] == [(6, 21)]
    # inside a longer run of dashed figures: a code or a phone number, no date
    assert find_dates("Tél. 514-21-06-2022", "fr") == []
    assert find_dates("réf. 12-34-5678", "fr") == []


_DEC = ("Le gouvernement accorde un prêt de 4,56 millions de dollars à Graymont pour moderniser son "
        "usine de Dudswell.\n\nSource : Développement économique Canada, 21-06-2022.\n")


def test_a_publisher_and_its_dashed_date_are_one_entry() -> None:
    # 31b r01 (fr25_stiq): the date is the entry's, not a second source named "21-06-2022"
    found = _findings(_DEC, "CIT003", "CIT007")
    assert found == [("CIT003", "citation of 'Développement économique Canada' lacks title")]
    # two outlets stay two
    two = "Le gouvernement accorde un prêt à Graymont.\n\nSources : Le Monde, Le Figaro\n"
    assert sorted(m for r, m in _findings(two, "CIT003")) == [
        "citation of 'Le Figaro' lacks title and date", "citation of 'Le Monde' lacks title and date"]


def test_an_organisation_named_by_its_initials_is_referred_to() -> None:
    # 31b r02: "ministre responsable de DEC" names Développement économique Canada
    text = ("Le ministre responsable de DEC annonce une contribution de 10 M $ à Uniboard.\n\n"
            "Sources :\n- Développement économique Canada, « Contribution à Uniboard », 21-06-2022.\n"
            "- Le Monde, « Le budget adopté », 6 mars 2025.\n")
    assert [m for r, m in _findings(text, "CIT007")] == ["the text never refers to the source 'Le Monde'"]
    # newswire.ca (CNW, 2025-08-25): the full name's tail only qualifies it, DEC its leading words
    text2 = ("Aujourd'hui, au nom de l'honorable Mélanie Joly, ministre responsable de DEC, Carlos "
             "Leitão a annoncé des aides financières de DEC totalisant 2 448 570 $.\n\nSources :\n"
             "- Développement économique Canada pour les régions du Québec, « Le gouvernement du "
             "Canada appuie le secteur minier », 25 août 2025.\n- Le Monde, « Le budget adopté », 6 mars 2025.\n")
    assert [m for r, m in _findings(text2, "CIT007")] == ["the text never refers to the source 'Le Monde'"]
    # radio-canada.ca (2021-08): "Diversification de l'économie de l'Ouest Canada (DEO)"
    text3 = ("PrairiesCan bénéficiera de l'ensemble du financement jusqu'alors accordé à DEO.\n\nSources :\n"
             "- Diversification de l'économie de l'Ouest Canada, « Rapport annuel », 5 mars 2021.\n"
             "- Le Monde, « Le budget adopté », 6 mars 2021.\n")
    assert [m for r, m in _findings(text3, "CIT007")] == ["the text never refers to the source 'Le Monde'"]
    # another acronym, or the lower-case word, refers to nothing: "dec." is no DEC
    text4 = text.replace("de DEC", "de la BDC").replace("10 M $", "10 M $ en dec.").replace("Contribution à Uniboard", "Rapport annuel")
    assert len(_findings(text4, "CIT007")) == 2
