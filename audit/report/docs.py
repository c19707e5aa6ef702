"""Rule documentation as Markdown: docs/rules/<CODE>.md, SARIF help, links from summaries.

``python -m audit.report.docs [DIR]`` regenerates DIR (default docs/rules); a test fails when
the committed pages differ from what the rules' docstrings give.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from audit import rx
from audit.check import all_rules
from audit.report.rule_docs import doc_sections, page_kinds

REPOSITORY = "https://github.com/article-audit/article-audit"
DOCS_URL = f"{REPOSITORY}/blob/main/docs/rules"
# Sections whose body is mostly article text, shown as a quotation.
_QUOTED = ("Example", "Use instead")
_CODE_SPAN = rx.compile(r"``(.+?)``|`([^`]+)`", re.DOTALL)


def rule_doc_url(code: str) -> str:
    return f"{DOCS_URL}/{code}.md"


def _prose(text: str) -> str:
    """Docstring prose -> Markdown: ``code`` becomes `code`, HTML-like text stays text."""
    out, pos = [], 0
    for m in _CODE_SPAN.finditer(text):
        out.append(_escape_html(text[pos:m.start()]))
        out.append(f"`{m.group(1) or m.group(2)}`")
        pos = m.end()
    out.append(_escape_html(text[pos:]))
    return "".join(out)


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in _prose(text).splitlines())


def _where(rule) -> str:
    if rule.languages is None:
        languages = "all languages"
    elif rule.languages:
        languages = ", ".join(rule.languages)
    else:
        languages = "none by default (opt-in: `--select " + rule.code + "` or `--all-languages`)"
    parts = [f"Default severity: **{rule.severity.value}**", f"on by default for: {languages}"]
    if rule.page_kinds:
        parts.append(page_kinds(rule))
    return "; ".join(parts) + "."


def rule_markdown(rule, heading: bool = True) -> str:
    """A rule's documentation as Markdown (the SARIF ``help.markdown`` leaves out the title)."""
    (_, summary), *sections = doc_sections(rule)
    out = [f"# {rule.code}: {rule.name}", ""] if heading else []
    out += [_prose(summary), "", _where(rule), ""]
    for name, body in sections:
        out += [f"## {name}", "", _quote(body) if name in _QUOTED else _prose(body), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def index_markdown() -> str:
    rows = ["# Rules", "",
            "Generated from the rules' docstrings by `python -m audit.report.docs`; "
            "`audit explain CODE` prints the same text.", "",
            "| code | name | default severity | summary |", "|---|---|---|---|"]
    for rule in all_rules():
        rows.append(f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.value} | "
                    f"{_prose(rule.summary()).replace('|', '&#124;')} |")
    return "\n".join(rows) + "\n"


def rule_pages() -> dict[str, str]:
    """File name -> content of every page of docs/rules."""
    pages = {f"{rule.code}.md": rule_markdown(rule) for rule in all_rules()}
    pages["README.md"] = index_markdown()
    return pages


def write_rule_docs(folder: Path) -> list[Path]:
    """Write the pages and remove pages of rules that no longer exist."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = rule_pages()
    for stale in folder.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    written = []
    for name, content in pages.items():
        path = folder / name
        path.write_text(content, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "docs/rules")
    written = write_rule_docs(folder)
    print(f"wrote {len(written)} page(s) to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
