"""Command line: argument parsing and commands only."""

from __future__ import annotations

import argparse
import sys

from audit import __version__

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", default=[], metavar="PATH",
                        help="files or folders (recursive); '-' reads standard input")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for articles that carry none")
    parser.add_argument("--select", metavar="CODES", default="",
                        help="only these rules, comma-separated (e.g. CIT,NUM001)")
    parser.add_argument("--ignore", metavar="CODES", default="",
                        help="skip these rules, comma-separated")
    parser.add_argument("--all-languages", action="store_true",
                        help="run every rule on every language, also where its precision was "
                             "not measured high enough (see `audit rules`)")
    parser.add_argument("--agency-credits-need-title-date", action="store_true",
                        help="CIT003 also asks agency credits (\"Sources : AFP\") for a title and date")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="audit N articles at once in worker processes (default 1)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="audit", description="Audit news articles for "
                                     "provenance and quality: AI disclosures, citations, numbers.")
    parser.add_argument("--version", action="version", version=f"article-audit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="audit articles and print findings")
    _common(check)
    check.add_argument("--format", default="text",
                       choices=["text", "json", "sarif", "junit", "github"])
    check.add_argument("--fail-on", default="error",
                       choices=["error", "warning", "info", "never"],
                       help="exit 1 when a finding is at or above this severity (default error)")
    check.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")

    ci = sub.add_parser("ci", help="audit, then validate the tables against the expectation suites")
    _common(ci)
    ci.add_argument("--expectations", metavar="DIR", default="expectations",
                    help="folder of Great Expectations suites as JSON (default ./expectations)")

    report = sub.add_parser("report", help="write HTML audit reports: an index and a page per article")
    _common(report)
    report.add_argument("--output", "-o", metavar="DIR", required=True)

    sub.add_parser("rules", help="list the rules")
    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("code")
    return parser


def main(argv: list[str] | None = None) -> int:
    from audit.cli import commands

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return commands.run(args)
    except commands.UsageError as exc:
        print(f"audit: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # an output that cannot be written: say which and why
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"audit: error: cannot write{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
