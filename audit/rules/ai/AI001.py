from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind


class AI001(Rule):
    """The article carries a visible AI-use disclosure.

    What it checks:
        Every sentence, label, byline and image credit of the page outside the comment thread
        for a statement that AI took part in making this content: an AI agent (IA, KI, AI,
        ChatGPT, DeepL, "un outil d'IA", "a synthetic voice"…), an act of making linked to it
        (written, generated, translated, summarised, read, illustrated, "with the help of"),
        and this content as its object ("cet article", "this story", "Texte traduit…", "everything
        you are about to read", "tout ce qui suit", a label such as "KI-generiert"). Languages: fr, en, de, it, es, pt, nl, all tried on every
        article, so a German note on a French page is found. Negations ("not written by AI"),
        policies ("si un article a été…", "articles may be…") and a label heading one, a
        question (its answer decides: "No, I have not."), quotations and stories about AI
        ("des journalistes ont testé ChatGPT pour écrire un article"; "These AI-generated
        summaries are visible on some USA Today articles", said of other content; "Image for
        Révolution IA…", an image named for a headline) are not disclosures. A
        tool's name that is also a person's is the person as a given name before a surname or
        joined to another, as a surname after a given name, or after a title ("Créé en 1971 par
        Claude Trébaul", "Jean-Claude", "Frédéric Mistral", "M. Claude"), and the tool with a
        version, a product word or its maker ("Claude 3.5", "Claude Code", "Anthropic's Claude").
        A line above the body that is only the name of an AI product that says it is one
        ("LedeAI", "Lede AI", "jasper.ai"; not its maker "OpenAI", nor a name the body says
        again) is the story's byline. So is the writer naming itself an AI and saying it
        writes this content ("I'm a helpful artificial intelligence tool … I write simple
        reports on those games"); not a person's trade ("I'm an AI researcher"), a quoted
        chatbot or a chatbot's leftover (AI004). A comparison ("sound … like they were written
        by an AI", "comme si…", "als ob…") is not a disclosure.
        The evidence says what AI did (``act``), on what part (``scope``: "key points",
        "image", "translation"…), whether a human review or editorial responsibility is
        stated (``review``), the form (statement, label, byline, caption) and the language.

    Why it matters:
        Newsroom policies and the EU AI Act (art. 50(4)) ask that AI-generated or manipulated
        text published to inform the public says so, unless a human reviewed it under
        someone's editorial responsibility. A report that lists which articles disclose, and
        what they disclose, is what an editor checks before publishing.

    Example:
        Note de la rédaction : une première version de ce texte a été produite par un outil
        d'IA générative, puis vérifiée par nos journalistes.

    Use instead:
        Nothing to change: this is information. Silence it with --ignore AI001.

    Configuration:
        Cues per language in audit/lexicons/ai/<lang>.yml (agents, acts, content nouns,
        negators, review words, scopes); tool names in audit/lexicons/ai/tools.yml.
    """

    code = "AI001"
    name = "ai-disclosure"
    severity = Severity.INFO
    scope = (SpanKind.DISCLOSURE, SpanKind.BODY, SpanKind.HEADING, SpanKind.BOILERPLATE)

    def check(self, ctx: Context):
        for found in ctx.facts.visible_disclosures:  # the others: see AI005
            what = found.act + (f" ({found.scope})" if found.scope else "")
            reviewed = ", human review stated" if found.review else ""
            yield self.finding(found.start, found.end,
                               f"AI-use disclosure ({found.language}, {what}{reviewed}): «{found.text}»",
                               evidence={"phrase": found.text, "language": found.language,
                                         "act": found.act, "scope": found.scope,
                                         "review": found.review, "form": found.form,
                                         "agent": found.agent, "span": found.where})
