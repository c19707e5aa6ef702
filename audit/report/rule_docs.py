"""A rule's documentation as `audit explain CODE` prints it, for the terminal and the HTML
report's rule pages (rules/CODE.html)."""

from __future__ import annotations


def languages(rule) -> str:
    """Where a rule runs by default: every language, some, or none (opt-in)."""
    if rule.languages is None:
        return "all"
    return ",".join(rule.languages) or "opt-in"


def explain_header(rule) -> list[str]:
    lines = [f"{rule.code} ({rule.name}), default severity {rule.severity.value}"]
    if rule.languages is not None:
        lines.append(f"on by default for: {languages(rule)} (--all-languages or --select "
                     f"{rule.code}: every language)")
    if rule.page_kinds:
        lines.append(page_kinds(rule))
    return lines


def page_kinds(rule) -> str:
    """Where a rule with page kinds runs: text and Markdown are a newsroom's drafts, articles by
    definition, unless their set formulas say minutes or a press release or their French
    narration speaks in the first person; an HTML page says what it is in its markup, or where
    the markup leaves news open its text: in English by the text model, in other languages as
    the same text pasted (extract/__init__.py, kind_as_draft)."""
    kinds = ", ".join(k for k in rule.page_kinds if k != "personal")  # text's kind, not HTML's
    personal = "" if "personal" in rule.page_kinds else \
        ", nor on French text whose narration says 'je' or 'nous' 2 times per 100 words or more"
    return f"runs on text and Markdown (not on minutes or a press release, told by their set " \
           f"formulas{personal}), and on HTML pages of kind: {kinds} (from their markup, or " \
           f"their text where it leaves news open, read as pasted text outside English; " \
           f"--page-kind {rule.page_kinds[0]}: every page)"


def explain_text(rule) -> str:
    """The whole text of `audit explain CODE`, ending with a newline."""
    return "\n".join([*explain_header(rule), "", rule.documentation()]) + "\n"


def doc_sections(rule) -> list[tuple[str | None, str]]:
    """(heading, text) pairs of the docstring: the summary first (heading None), then one
    per "What it checks:"-style section, its text dedented."""
    import textwrap

    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in rule.documentation().splitlines():
        if line and not line[0].isspace() and line.endswith(":") and len(line) < 40:
            sections.append((line[:-1], []))
        else:
            sections[-1][1].append(line)
    return [(head, textwrap.dedent("\n".join(body)).strip("\n")) for head, body in sections]
