"""Review of round 31's changes (session 32, items 1-6): what the new mechanisms read wrong
on ordinary wordings, each with the sentence that showed it and a negative."""

from __future__ import annotations

import datetime as dt

from audit.pipeline import audit_article
from audit.settings import Settings


def _rules(text: str, code: str, published: str | None = None) -> list:
    settings = Settings(published=dt.date.fromisoformat(published)) if published else Settings()
    return [f for f in audit_article(text, "x.txt", settings).findings if f.rule == code]


# item 2: "founding" before a person's noun is an adjective, not the founding's year
def test_a_founding_member_s_year_is_no_founding():
    member = ("Community theater celebrates four decades\n\nThe Rivertown Players celebrated their "
              "40th anniversary on Saturday with a gala at the Grand Theater. Among the guests were "
              "1990 founding member Ann Lee and longtime director Tom Ruiz.\n")
    editor = ("Literary magazine marks milestone\n\nThe Harbor Review marked its 30th anniversary "
              "this week with a reading at the public library. Its 2001 founding editor, Mark Ellis, "
              "read from the first issue.\n")
    assert not _rules(member, "NUM003", "2024-11-05")
    assert not _rules(editor, "NUM003", "2024-11-05")
    # the founding noun heading its phrase still counts: ten years off
    town = ("Town party\n\nThe town marked the 150th anniversary of its 1884 founding with a "
            "parade on Saturday.\n")
    assert [f.evidence["computed"] for f in _rules(town, "NUM003", "2024-05-12")] == [140]


# item 3: a label in brackets qualifying the subject keeps two subsets apart
def test_two_labels_in_brackets_are_two_subjects():
    dares = ("Chômage : légère baisse au troisième trimestre\n\nEn France métropolitaine, le nombre "
             "de demandeurs d'emploi (catégorie A) atteint 2 950 000 personnes au troisième trimestre, "
             "selon la Dares. Le nombre de demandeurs d'emploi (catégories A, B et C) dépasse "
             "5 100 000 personnes.\n\nSur un an, le nombre d'inscrits baisse de 1,2 %.\n")
    assert not _rules(dares, "NUM002", "2025-05-12")
    # the same label in both: one subject, the contradiction still said
    same = dares.replace("(catégories A, B et C)", "(catégorie A)")
    assert len(_rules(same, "NUM002", "2025-05-12")) == 1


# item 1a: whose centenary: a person's beside a body's opening year is not the body's
def test_a_person_s_centenary_is_no_founding_s():
    for sentence in (
            "Marie Lefèvre, résidente de l'Ehpad des Tilleuls ouvert en 1992, a fêté son centenaire "
            "samedi entourée de sa famille.",
            "Le club de pétanque de Villeneuve, fondé en 1965, a rendu hommage dimanche à René "
            "Bastide, qui a fêté son centenaire le mois dernier.",
            "Dorothy Miller, a member of St. Mark's Church since it opened in 1961, turned 100 on Sunday.",
            "Gerald Hoffman, whose bakery opened in 1987 on Main Street, turns 80 this week."):
        assert not _rules(f"Un anniversaire\n\n{sentence}\n", "NUM003", "2025-05-12"), sentence
    # the body's own, its founding in the apposition or the clause: still counted
    for sentence, computed in (
            ("Le club de football de Saint-Lô, fondé en 1936, fête son centenaire samedi.", 89),
            ("The school, which opened in 1931, celebrated its centennial on Friday.", 94)):
        found = _rules(f"A party\n\n{sentence}\n", "NUM003", "2025-05-12")
        assert [f.evidence["computed"] for f in found] == [computed], sentence


# item 1b: a centenary still prepared is not the publication year's; "next year" the next one
def test_a_centenary_to_come_is_not_counted_to_the_publication_year():
    for text in (
            "Le FC Saint-Lô prépare déjà son centenaire\n\nLe club de football de Saint-Lô, fondé en "
            "1926, prépare son centenaire : un comité d'anciens joueurs s'est réuni mardi.\n",
            "A school turns the page\n\nLincoln Elementary School, which opened in 1927, has formed "
            "a committee to plan its centennial celebration.\n",
            "History group\n\nThe Mill County Historical Society, founded in 1926, will mark its "
            "centennial next year with an exhibit.\n"):
        assert not _rules(text, "NUM003", "2024-11-05"), text
    # "next year" counted to the year after the publication's: six years off
    off = ("History group\n\nThe Mill County Historical Society, founded in 1931, will mark its "
           "centennial next year with an exhibit.\n")
    assert [(f.evidence["computed"], f.evidence["reference_year"])
            for f in _rules(off, "NUM003", "2024-11-05")] == [(94, 2025)]


# item 4: a glossary's body term defined by any class noun stays a definition; a publication's
# noun after a body's name is its title, a source
def test_a_body_term_s_definition_is_a_glossary_line():
    from audit.extract.citations import _defines_term
    for line in ("Agence de notation : entreprise privée évaluant la solvabilité des emprunteurs.",
                 "Conseil départemental : assemblée élue du département, compétente pour les collèges.",
                 "Rating agency: a company assessing the credit risk of borrowers and their bonds."):
        assert _defines_term(line), line
    for line in ("Banque mondiale : indicateurs du développement dans le monde",
                 "Agence internationale de l'énergie : perspectives énergétiques mondiales à long terme"):
        assert not _defines_term(line), line
    html = ("<html><body><h1>County braces for rating decision</h1><p>Moody's is expected to rule on "
            "the county's bond rating on Friday. A downgrade would raise borrowing costs on the new "
            "jail project by about $4 million, the county treasurer, Ellen Park, said Tuesday.</p>"
            "<h2>Sources</h2><p>Rating agency: a company assessing the credit risk of borrowers and "
            "their bonds.</p></body></html>")
    findings = audit_article(html, "x.html", Settings(published=dt.date(2025, 5, 12))).findings
    assert not [f for f in findings if f.rule == "CIT007"]
