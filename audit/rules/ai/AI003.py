from __future__ import annotations

from audit.check import Context, Rule
from audit.model import Severity, SpanKind

# What a visible act tells of the metadata's claim: fully generated or AI-assisted.
_FULL = {"generated"}
_PARTIAL = {"assisted", "translated", "summarised", "voiced", "illustrated"}


class AI003(Rule):
    """The visible AI-use disclosure and the page's metadata disagree.

    What it checks:
        The article-level provenance declared in metadata or front matter (see AI002) against
        what the visible disclosures say AI did (see AI001). It fires when the metadata says
        the content was fully generated but the page only discloses assistance, translation,
        a summary, a voice or an image; when the metadata says AI only assisted (a composite,
        an enhancement, ``ai_assisted``) but the page says the content was generated; and
        when the metadata says no AI took part but the page discloses AI use.

    Why it matters:
        Aggregators, archives and search engines read the metadata; readers read the page.
        When they disagree one of them misleads, and an audit under the AI Act will ask which
        one is true.

    Example:
        ---
        digital_source_type: trainedAlgorithmicMedia
        ---
        Le conseil municipal a voté le budget mardi soir.

        Texte traduit de l'anglais par DeepL.

        (the front matter says fully generated, the page says translated)

    Use instead:
        Make them say the same: compositeWithTrainedAlgorithmicMedia (or ``ai_assisted``)
        for a translated or assisted text, trainedAlgorithmicMedia for a generated one.

    Configuration:
        None.
    """

    code = "AI003"
    name = "disclosure-mismatch"
    severity = Severity.WARNING
    scope = (SpanKind.DISCLOSURE, SpanKind.BODY)

    def check(self, ctx: Context):
        declared = [d for d in ctx.doc.meta.get("ai_provenance", []) if d["scope"] == "article"]
        shown = [d for d in ctx.facts.visible_disclosures if d.scope != "image"]
        if not declared or not shown:
            return
        claims = {d["claim"] for d in declared}
        acts = {d.act for d in shown}
        problem = None
        if claims == {"none"}:
            problem = "the metadata says no AI took part"
        elif "generated" in claims and "assisted" not in claims and not acts & _FULL:
            problem = "the metadata says fully AI-generated, the page says " + ", ".join(sorted(acts))
        elif "assisted" in claims and "generated" not in claims and acts <= _FULL and \
                not any(d.scope for d in shown):
            problem = "the metadata says AI-assisted, the page says generated"
        if problem:
            first = shown[0]
            yield self.finding(first.start, first.end,
                               f"disclosure and metadata disagree: {problem}",
                               evidence={"page": sorted(acts), "metadata": declared},
                               suggestion="make the metadata and the visible disclosure say "
                                          "the same")
