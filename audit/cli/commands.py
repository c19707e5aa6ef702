"""The commands: check, ci, report, rules, explain."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit.cli.batch import INTERNAL, audit_paths
from audit.model import Severity
from audit.pipeline import ArticleResult
from audit.settings import Settings, parse_date

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake on the command line; exit code 2."""


def _codes(value: str) -> frozenset[str]:
    return frozenset(c.strip().upper() for c in value.split(",") if c.strip())


def _settings(args: argparse.Namespace) -> Settings:
    from audit.check import all_rules

    try:
        published = parse_date(args.published) if args.published else None
    except ValueError as exc:
        raise UsageError(f"--published: {exc}") from None
    known = {r.code for r in all_rules()}
    select, ignore = _codes(args.select), _codes(args.ignore)
    # A prefix ("CIT") selects a family, as in ruff.
    expand = lambda codes: frozenset(k for k in known for c in codes if k.startswith(c))  # noqa: E731
    unknown = [c for c in select | ignore if not any(k.startswith(c) for k in known)]
    if unknown:
        raise UsageError(f"unknown rule code(s): {', '.join(sorted(unknown))} (see 'audit rules')")
    fail_on = getattr(args, "fail_on", "error")
    return Settings(published=published, select=expand(select), ignore=expand(ignore),
                    fail_on=None if fail_on == "never" else Severity(fail_on),
                    all_languages=getattr(args, "all_languages", False),
                    explicit=frozenset(c for c in select if c in known),
                    agency_credits_complete=not getattr(args, "agency_credits_need_title_date", False))


def _audit(args: argparse.Namespace, settings: Settings) -> list[ArticleResult]:
    if not args.paths:
        raise UsageError("no input: give files, folders, or '-' for standard input")
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    results = audit_paths(args.paths, settings, jobs=args.jobs)
    if not results:
        raise UsageError(f"no articles found in {', '.join(args.paths)} (.txt, .md, .html)")
    return results


def _exit_code(results: list[ArticleResult], fail_on: Severity | None) -> int:
    # A bug in the auditor is not a verdict on the article: exit 2, as for usage errors.
    if any(r.error and r.error.startswith(INTERNAL) for r in results):
        return EXIT_USAGE
    return EXIT_FAIL if failed(results, fail_on) else EXIT_OK


def failed(results: list[ArticleResult], fail_on: Severity | None) -> bool:
    if fail_on is None:
        return False
    return any(not r.ok or any(f.severity.rank >= fail_on.rank for f in r.findings)
               for r in results)


def _emit(text: str, output: str | None) -> None:
    if output:
        from audit.report.write import atomic_write

        atomic_write(Path(output), text)
    else:
        sys.stdout.write(text)


def cmd_check(args: argparse.Namespace) -> int:
    from audit.report.formats import renderer

    settings = _settings(args)
    results = _audit(args, settings)
    _emit(renderer(args.format)(results), args.output)
    return _exit_code(results, settings.fail_on)


def cmd_report(args: argparse.Namespace) -> int:
    from audit.report.html import write_report

    results = _audit(args, _settings(args))
    index = write_report(results, Path(args.output))
    print(f"wrote {len(results)} article page(s); open {index}")
    return EXIT_OK


def cmd_ci(args: argparse.Namespace) -> int:
    from audit.tables.expectations import SuiteError, validate

    results = _audit(args, _settings(args))
    try:
        outcome = validate(results, Path(args.expectations))
    except SuiteError as exc:
        raise UsageError(str(exc)) from None
    sys.stdout.write(outcome.render())
    return EXIT_OK if outcome.success else EXIT_FAIL


def cmd_rules(args: argparse.Namespace) -> int:
    from audit.check import all_rules

    rows = [(r.code, r.name, r.severity.value, _languages(r), r.summary()) for r in all_rules()]
    width = max(len(r[1]) for r in rows)
    lang_width = max(len(r[3]) for r in rows)
    for code, name, severity, languages, summary in rows:
        print(f"{code:<6}  {name:<{width}}  {severity:<7}  {languages:<{lang_width}}  {summary}")
    return EXIT_OK


def _languages(rule) -> str:
    """Where a rule runs by default: every language, some, or none (opt-in)."""
    if rule.languages is None:
        return "all"
    return ",".join(rule.languages) or "opt-in"


def cmd_explain(args: argparse.Namespace) -> int:
    from audit.check import get_rule

    rule = get_rule(args.code)
    if rule is None:
        raise UsageError(f"unknown rule {args.code!r} (see 'audit rules')")
    print(f"{rule.code} ({rule.name}), default severity {rule.severity.value}")
    if rule.languages is not None:
        print(f"on by default for: {_languages(rule)} (--all-languages or --select {rule.code}: "
              "every language)")
    if rule.page_kinds:
        print(f"runs on pages of kind: {', '.join(rule.page_kinds)}")
    print()
    print(rule.documentation())
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    return {"check": cmd_check, "ci": cmd_ci, "report": cmd_report, "rules": cmd_rules,
            "explain": cmd_explain}[args.command](args)
