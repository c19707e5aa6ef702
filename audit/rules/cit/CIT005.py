from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class CIT005(Rule):
    """A direct quotation has no identifiable speaker.

    What it checks:
        Quotations in body text (« », “ ”, " ") that are full clauses (capitalised and five
        words or more, or ending with sentence punctuation). A quotation is attributed when
        its sentence has a speech verb with a named subject ("a déclaré Poutine", "said the
        minister", an aside between them: "a évoqué, avec beaucoup d'enthousiasme, Jean-Luc
        Chauvin"), a lead-in ending with a colon ("Il ajoute :", in the paragraph before or
        in its own after a clause of three words or more), a named incise inside it ("…, détaille
        Robert Angelozzi, juriste…"), a short credit closing its paragraph ("« … » Proverbe
        russe.", a name, not a sentence such as "Le pays reste mobilisé."), or a speech of a named speaker in its sentence ("« … » : … après le discours
        du général de Gaulle, sa formule est restée célèbre"). The press names a speaker once
        and quotes them on: a named speaker anywhere in the three paragraphs before it, its
        own paragraph or the one after attributes it (so does one two sentences after it, who
        may speak of something else: "« … » Le climat reste tendu. Benoît Lutgen a annoncé…";
        read narrower, quotations whose own credit the reader misses, "», plaisantaient les
        Jeunes Agriculteurs", "» (Cissé Bacongo)", would be reported), but not a part of a
        group ("Most council members said Friday that…": no one person; a quantifier
        word before a named speaker is not one: "All Blacks coach Scott Robertson said",
        "Plusieurs fois champion du monde, Teddy Riner a expliqué"). A speech verb in the
        sentence before or after attributes it, in the paragraph before only as a lead-in ("…, the
        mayor said Friday."), not when its reported clause gives the speech in full ("…said
        Friday that they expect…"). Quoted terms and titles
        are not quotations; a paragraph that is a quotation is one when it ends like a
        sentence, its full stop inside or after the closing mark ("… existent »."). A
        quotation whose sentence gives a vague source ("…», a tempéré une source proche du
        dossier") is CIT004's.

    Why it matters:
        Words put in quotation marks are a claim that someone said them. Without a speaker
        the claim cannot be checked.

    Example:
        “Nous ne céderons jamais à la pression.” Le pays reste mobilisé.

    Use instead:
        “Nous ne céderons jamais à la pression”, a déclaré le président.

    Configuration:
        Speech verbs live in audit/lexicons/<lang>.yml under ``speech_verbs``, speech nouns
        and their owners' prepositions under ``speech_nouns`` and ``speech_owners``.
    """

    code = "CIT005"
    name = "unattributed-quote"
    severity = Severity.WARNING
    scope = (SpanKind.BODY,)
    # Opt-in: right 2 times of 8 on the French pages of the blind rounds (4 to 9b, out of
    # sample), 0 of 4 on English news pages (README, "Precision on real pages").
    languages = ()
    page_kinds = ("news", "personal")

    def check(self, ctx: Context):
        for quote in ctx.facts.quotes:
            if not quote.full_clause or quote.attributed:
                continue
            shown = ctx.text[quote.start:quote.end]
            preview = shown if len(shown) <= 80 else shown[:77] + "…"
            yield self.finding(quote.start, quote.end,
                               f"quotation without an identifiable speaker: {preview}",
                               evidence={"quote": quote.text},
                               suggestion="say who said it (\"…\", a déclaré X)")
