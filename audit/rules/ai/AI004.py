from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class AI004(Rule):
    """Chatbot leftovers in the published text.

    What it checks:
        The title, headings, body, sources and disclosure for what a chat assistant says to
        its user and no article says to its reader: "Bien sûr ! Voici une version réécrite…",
        "Souhaitez-vous que je…", "As an AI language model", "I can't browse the internet",
        "as of my last knowledge update", "[Insérer le nom]", "Regenerate response", a
        reasoning model's trace speaking of its user ("let's start by reading through the
        user's query", "the user wants me to"), in fr,
        en, de, it, es, pt and nl; a generator's unfilled slot, capitals joined by underscores
        in double brackets or braces ("The Jones [[WINNING_TEAM_MASCOT]] defeated…"; not a
        wiki link "[[Paris]]"); and a line that opens by handing over an output, says how
        it was made for the user and ends with a colon or a full stop ("Voici une traduction
        de l'article, … dans un style journalistique, optimisée pour le SEO, et sans mention
        de la source originale :", "Here's the article rewritten in a journalistic style,
        optimized for SEO:"; any part of a text handed over so, "Ecco una conclusione
        strutturata e orientata all'azione, elaborata dalla prospettiva di un esperto…", "Here
        is a structured, action-oriented conclusion…", in fr, en, de, es, it, pt and nl; "Voici
        une traduction de la lettre :", "Voici la conclusion du rapport :", "Here is a summary
        of the ruling:", a list, an overview or an analysis ("Here's a breakdown of Google's
        latest SEO update:", «Voici la liste des meilleurs outils SEO :»: the topic is no
        framing) and "Here is a translation of the letter, as requested by many
        readers:" are an article's); a Markdown code fence opening the article, prose under it, left by a
        chatbot that handed the article over in a code block: a line of three backticks,
        alone or followed by html, text or markdown, or a word processor's curly quote and a
        backtick in place of the first two, the article's first content or right under its
        headline (the block's prose: sentences, or an HTML fence's "<p>…</p>", "<h1>…</h1>");
        its language alone on the line ("markdown") when the copy lost the backticks and one
        bare closing fence stands under the text; not a tutorial's sample, the fence's
        language named in the headline ("How to write a paragraph in HTML"), nor a fence under
        a lead-in ("Forwarding this from the city:"); the block closes at the article's end or never (not a block
        that closes with the article's prose going on under it, a quoted notice or an error
        message; not a tech post's code sample, a fence mid-text, nor a block of code or of a
        programming language).
        Quoted phrases (a story about such leftovers) are left alone.

    Why it matters:
        A leftover proves the text came from a chatbot unreviewed: the article was not
        edited, and if it carries no disclosure it was published as human work. Such pages
        are screenshotted and shared as proof of careless automation.

    Example:
        Bien sûr ! Voici une version réécrite de l'article : Le conseil municipal a voté…

    Use instead:
        Remove the assistant's words, have an editor review the whole text, and disclose the
        AI use.

    Configuration:
        Phrases per language in audit/lexicons/ai/<lang>.yml under ``residue``; handovers,
        the courtesies that may open their line and the descriptions that make them
        leftovers under ``handovers``, ``handover_openers`` and ``handover_descriptions``.
    """

    code = "AI004"
    name = "assistant-residue"
    severity = Severity.ERROR
    scope = (SpanKind.TITLE, SpanKind.HEADING, SpanKind.BODY, SpanKind.SOURCES,
             SpanKind.DISCLOSURE)

    def check(self, ctx: Context):
        for start, end in ctx.facts.residue:
            phrase = ctx.text[start:end]
            yield self.finding(start, end, f"chatbot leftover in the text: «{phrase}»",
                               evidence={"phrase": phrase},
                               suggestion="remove the assistant's words and review the text")
