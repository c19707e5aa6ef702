"""Command line: argument parsing and commands only."""

from __future__ import annotations

import argparse
import sys

from audit import __version__
from audit.report.formats import FORMATS
from audit.settings import EXTRACTORS, PAGE_KINDS

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
FORMAT_CHOICES = list(FORMATS)  # one module per format in audit/report/formats


STDIN_PATHS = "files or folders (recursive); '-' reads standard input"


def _common(parser: argparse.ArgumentParser, paths_help: str = STDIN_PATHS) -> None:
    """The flags every auditing command takes (--jobs and --diff: _workers, _diff)."""
    parser.add_argument("paths", nargs="*", default=[], metavar="PATH", help=paths_help)
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
    parser.add_argument("--extend-select", metavar="CODES", default="",
                        help="rules to run on top of the configured selection")
    parser.add_argument("--config", metavar="FILE",
                        help="use this configuration file for every article (default: the "
                             "nearest pyproject.toml [tool.audit], audit.toml or .audit.toml)")
    parser.add_argument("--isolated", action="store_true",
                        help="ignore every configuration file")
    parser.add_argument("--max-size", metavar="SIZE",
                        help="largest input in characters of text, e.g. 10MB (default); larger "
                             "inputs are an error row, read no further than their size")
    parser.add_argument("--time-budget", type=float, metavar="SECONDS",
                        help="longest an article may take (default 60); longer is an error row "
                             "naming the stage")
    parser.add_argument("--page-kind", choices=("auto", *PAGE_KINDS),
                        help="what every page is: auto (default: what its markup says, article "
                             "when none), or a kind; news runs the citation rules on HTML "
                             "exports without news markup")
    parser.add_argument("--extractor", choices=EXTRACTORS,
                        help="who finds an HTML page's main content: auto (default: our block "
                             "model, and trafilatura where it is unsure), own (faster), "
                             "trafilatura (its verdict alone)")


def _workers_and_diff(parser: argparse.ArgumentParser) -> None:
    """check, ci and report: workers on demand, and the articles a git ref has not seen."""
    parser.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                        help="audit N articles at once in worker processes (default 0: one "
                             "per CPU core; 1: no workers)")
    parser.add_argument("--diff", metavar="REF",
                        help="only the articles changed since this git ref (untracked included)")


def _gate(parser: argparse.ArgumentParser) -> None:
    """What adopting the gate on an archive needs."""
    parser.add_argument("--baseline", metavar="FILE",
                        help="report only findings not recorded in this baseline file")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="record today's findings in FILE (and pass)")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when findings fail the gate (2 stays for errors)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="audit", description="Audit news articles for "
                                     "provenance and quality: AI disclosures, citations, numbers.")
    parser.add_argument("--version", action="version", version=f"article-audit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="audit articles and print findings")
    _common(check)
    _workers_and_diff(check)
    check.add_argument("--format", default="text", choices=FORMAT_CHOICES)
    check.add_argument("--fail-on", default=None,
                       choices=["error", "warning", "info", "never"],
                       help="exit 1 when a finding is at or above this severity (default: the "
                            "configuration's fail-on, else error)")
    check.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    _gate(check)

    ci = sub.add_parser("ci", help="audit, then validate the tables against the expectation suites")
    _common(ci)
    _workers_and_diff(ci)
    ci.add_argument("--expectations", metavar="DIR", default=None,
                    help="folder of Great Expectations suites as JSON (default: the "
                         "configuration's expectations, else ./expectations)")
    ci.add_argument("--format", default=None, choices=FORMAT_CHOICES,
                    help="also print the findings, with the expectations' verdict, in this "
                         "format (a machine format on stdout sends ci's own verdict lines to "
                         "stderr)")
    ci.add_argument("--output", "-o", metavar="FILE", help="write the findings to FILE")
    _gate(ci)

    report = sub.add_parser("report", help="write HTML audit reports: an index and a page per article")
    _common(report)
    _workers_and_diff(report)
    report.add_argument("--output", "-o", metavar="DIR", required=True)
    report.add_argument("--fail-on", default=None,
                        choices=["error", "warning", "info", "never"],
                        help="the severity at which an article's page says FAIL (default: the "
                             "configuration's fail-on, else error); the exit code is 0 whatever "
                             "the verdicts")
    report.add_argument("--expectations", metavar="DIR", default=None,
                        help="folder of Great Expectations suites shown in the index (default: "
                             "the configuration's expectations, else ./expectations; skipped "
                             "with a note when it does not exist)")
    report.add_argument("--data-docs", action="store_true",
                        help="also build Great Expectations Data Docs into DIR/data-docs")

    batch = sub.add_parser("batch", help="audit an archive into Parquet tables, then validate "
                                         "them against the expectation suites")
    # batch refuses standard input (README, Archives): its help must not offer it
    _common(batch, "files, folders (recursive), globs, JSON Lines, Parquet or WARC files; "
                   "standard input is not read")
    from audit.cli.archive import add_arguments as batch_arguments

    batch_arguments(batch)

    sub.add_parser("rules", help="list the rules")
    config = sub.add_parser("config", help="print the effective settings for a path and where "
                                           "each comes from")
    config.add_argument("path", nargs="?", default=".", metavar="PATH",
                        help="an article or folder (default: the current folder)")
    for flag, kwargs in (("--select", {"default": ""}), ("--ignore", {"default": ""}),
                         ("--extend-select", {"default": ""}), ("--config", {}),
                         ("--fail-on", {"choices": ["error", "warning", "info", "never"]})):
        config.add_argument(flag, **kwargs)
    config.add_argument("--isolated", action="store_true")
    config.add_argument("--all-languages", action="store_true")
    config.add_argument("--agency-credits-need-title-date", action="store_true")
    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("code", help="a rule code (NUM001) or name (currency-conversion)")
    rates = sub.add_parser("rates", help="show or update the ECB rates NUM001 checks against")
    rates.add_argument("action", choices=["show", "update"], nargs="?", default="show",
                       help="show: the rates in use and how recent; update: fetch the ECB "
                            "history into the user cache (checked before it replaces the old)")
    rates.add_argument("--url", default="https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
                       help="where to fetch the history (default: the ECB's eurofxref-hist.zip)")
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
