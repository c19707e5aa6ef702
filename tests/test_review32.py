"""Review of round 31's changes (session 32, items 1-6): what the new mechanisms read wrong
on ordinary wordings, each with the sentence that showed it and a negative.
Its number tests are in tests/numbers/."""

from __future__ import annotations

import datetime as dt

from audit.pipeline import audit_article
from audit.settings import Settings


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
