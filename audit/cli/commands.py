"""The commands: check, ci, report, rules, explain."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from audit.cli.batch import INTERNAL
from audit.model import Severity
from audit.pipeline import ArticleResult
from audit.settings import Settings, parse_date

if TYPE_CHECKING:
    from audit.tables.expectations import Outcome

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake on the command line; exit code 2."""


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


def _resolver(args: argparse.Namespace):
    from audit.cli.config import ConfigError, Overrides, Resolver, expand_selector

    try:
        published = parse_date(args.published) if getattr(args, "published", None) else None
    except ValueError as exc:
        raise UsageError(f"--published: {exc}") from None
    if getattr(args, "isolated", False) and getattr(args, "config", None):
        # as in ruff: the one says to read no file, the other which file to read
        raise UsageError("--isolated and --config cannot be used together: --isolated reads "
                         "no configuration file")
    select, ignore = _codes(args.select), _codes(args.ignore)
    extend = _codes(getattr(args, "extend_select", ""))
    unknown = [c for c in (*select, *ignore, *extend) if not expand_selector(c)]
    if unknown:
        raise UsageError(f"unknown rule code(s): {', '.join(unknown)} (see 'audit rules')")
    overrides = Overrides(
        select=select, extend_select=extend, ignore=ignore,
        fail_on=getattr(args, "fail_on", None),
        all_languages=getattr(args, "all_languages", False),
        agency_credits_need_title_date=getattr(args, "agency_credits_need_title_date", False),
        published=published, max_size=_size(args), time_budget=_time_budget(args),
        extractor=getattr(args, "extractor", None),
        page_kind=getattr(args, "page_kind", None),
        config=Path(args.config) if getattr(args, "config", None) else None,
        isolated=getattr(args, "isolated", False))
    try:
        return Resolver(overrides)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _size(args: argparse.Namespace) -> int | None:
    from audit.settings import parse_size

    value = getattr(args, "max_size", None)
    try:
        return parse_size(value) if value is not None else None
    except ValueError as exc:
        raise UsageError(f"--max-size: {exc}") from None


def _time_budget(args: argparse.Namespace) -> float | None:
    from audit.cli.config import KEYS

    value = getattr(args, "time_budget", None)
    if value is None:
        return None
    try:  # the configuration's own check: float() also takes "nan" and "inf"
        return KEYS["time-budget"][0](value)
    except ValueError as exc:
        raise UsageError(f"--time-budget: {exc} (seconds), not {value:g}") from None


def _settings(args: argparse.Namespace) -> Settings:
    """The settings of an article in the current folder (for commands about one set)."""
    from audit.cli.config import ConfigError

    try:
        return _resolver(args).settings_for(Path("x"))
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _audit(args: argparse.Namespace, resolver=None, skipped: list | None = None
           ) -> list[ArticleResult]:
    """Audit what the command line names; files a folder walk does not read go to
    ``skipped``."""
    from audit.cli.batch import audit_items
    from audit.cli.config import ConfigError
    from audit.cli.inputs import expand

    if not args.paths:
        raise UsageError("no input: give files, folders, or '-' for standard input")
    if args.paths.count("-") > 1:  # the second would read an empty stream
        raise UsageError(f"'-' given {args.paths.count('-')} times: standard input can be "
                         "read only once")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per CPU core) or more")
    if getattr(args, "diff", None) and "-" in args.paths:
        # git cannot say whether a stream changed: it was dropped unsaid, or, alone, made
        # "no article changed" without git asked (an unknown ref passed)
        raise UsageError("--diff needs paths in a git repository, and standard input ('-') "
                         "has none: give the file's path instead")
    resolver = resolver or _resolver(args)
    skipped = [] if skipped is None else skipped  # the error below counts them
    try:
        items = expand(args.paths, resolver.wanted, skipped)
        if getattr(args, "diff", None):
            items = _changed(items, args.diff, args.paths)
            if not items:
                print(f"audit: no article changed since {args.diff}", file=sys.stderr)
                return []
        settings = [resolver.settings_for(item) for item in items]
        if not items:  # inside: saying what was looked for reads the configuration too
            raise UsageError(_none_found(args.paths, resolver, skipped))
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    return audit_items(items, settings, jobs=args.jobs or os.cpu_count() or 1)


def _none_found(paths: list[str], resolver, skipped: list) -> str:
    """Why nothing was audited: what the walk looked for (the include patterns in effect),
    which files it skipped, which named files the configuration excludes."""
    from audit.cli.config import DEFAULT_INCLUDE

    looked: dict[tuple[str, ...], str] = {}
    excluded = []
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            continue
        if path.is_dir():
            config = resolver.config_for(path / "x")
            include = tuple(config.values.get("include", DEFAULT_INCLUDE))
            where = config.sources.get("include")
            looked.setdefault(include, f"include in {where}" if where else "the default")
        elif path.exists() and resolver.wanted(path, False) is False:
            excluded.append(f"{raw} (exclude in {resolver.config_for(path).sources['exclude']})")
    parts = ["looked for " + " and ".join(f"{', '.join(p)} ({where})"
                                          for p, where in looked.items())] if looked else []
    if skipped:
        names = ", ".join(s.path for s in skipped[:2]) + (", …" if len(skipped) > 2 else "")
        parts.append(f"{len(skipped)} file(s) matched none and were skipped: {names}")
    if excluded:
        parts.append(f"excluded: {', '.join(excluded)}")
    reason = f": {'; '.join(parts)}" if parts else ""
    return f"no articles found in {', '.join(paths)}{reason}"


def _changed(items: list, ref: str, paths: list[str]) -> list:
    from audit.cli.gitdiff import GitError, changed_files

    try:
        changed = changed_files(ref, [p for p in paths if p != "-"])
    except GitError as exc:
        raise UsageError(str(exc)) from None
    from audit.cli.inputs import real_path

    return [i for i in items if i != "-" and real_path(i) in changed]


def _known(args: argparse.Namespace):
    """The findings --baseline knows, read before anything is audited or written: a baseline
    that cannot be read is a usage error, and no file may be written before one."""
    from audit.cli import baseline

    if not getattr(args, "baseline", None):
        return None
    try:
        return baseline.read(Path(args.baseline))
    except baseline.BaselineError as exc:
        raise UsageError(str(exc)) from None


def _hide_known(args: argparse.Namespace, results: list[ArticleResult], known
                ) -> list[ArticleResult]:
    """--baseline hides the known findings."""
    from audit.cli import baseline

    if known is None:
        return results
    file = Path(args.baseline)
    applied = baseline.apply(results, known.findings, file)
    print(f"audit: {applied.describe(file)}", file=sys.stderr)
    return applied.results


def _hide_known_rows(args: argparse.Namespace, outcome, known):
    """--baseline hides the expectations' failing rows it knows (an article with no source
    that was already there)."""
    from audit.cli import baseline

    base = Path(args.baseline).parent
    shown = outcome.without(lambda suite, failure, row, path: baseline.expectation_key(
        suite, failure, row, path, base) in known.expectations)
    if shown.known:
        print(f"audit: baseline {args.baseline}: {shown.known} known failing expectation "
              "row(s) hidden", file=sys.stderr)
    return shown


def _write_baseline(args: argparse.Namespace, results: list[ArticleResult],
                    outcome=None, say: bool = True) -> str | None:
    """--write-baseline records the findings (all of them, known or not) and, from ci, the
    rows the expectation suites fail on (before a baseline hides any). Returns what was
    written, said on stderr unless ``say`` is false (ci ends its verdict with it)."""
    from audit.cli import baseline

    if not getattr(args, "write_baseline", None):
        return None
    file = Path(args.write_baseline)
    rows = baseline.failing_rows(outcome, file.parent) if outcome is not None else set()
    n = baseline.write(results, file, rows)
    expectations = f" and {len(rows)} failing expectation row(s)" if rows else ""
    written = f"wrote {n} finding(s){expectations} to baseline {file}"
    if say:
        print(f"audit: {written}", file=sys.stderr)
    return written


def _baseline_verdict(outcome, written: str) -> str:
    """ci --write-baseline passes whatever the suites say: its last line says the baseline
    was written and gives their outcome as information, never as "failed" above exit 0."""
    if outcome.note or not outcome.failed:
        told = outcome.verdict()
    else:
        told = (f"{outcome.failed} expectation{'s' * (outcome.failed != 1)} not met today, "
                "recorded as known: information, not a failure (--write-baseline passes).")
    return f"{written[0].upper()}{written[1:]}. {told}"


def _internal(results: list[ArticleResult]) -> bool:
    """Whether the auditor failed on an article: a bug in it, not a verdict on the article,
    so exit 2 as for usage errors."""
    return any(r.error and r.error.startswith(INTERNAL) for r in results)


def failed(results: list[ArticleResult], fail_on: Severity | None) -> bool:
    if fail_on is None:
        return False
    return any(not r.ok or any(f.severity.rank >= fail_on.rank for f in r.findings)
               for r in results)


def _emit(text: str | Iterable[str], output: str | None) -> bool:
    """Write the report (a text, or its pieces as they are made: a JSON report of a big batch
    is not held whole); a failure says so on stderr but never changes the verdict."""
    if not output:
        sys.stdout.writelines([text] if isinstance(text, str) else text)
        return True
    from audit.report.write import atomic_write

    try:
        atomic_write(Path(output), text)
    except OSError as exc:
        print(f"audit: error: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True


def _verdict(args: argparse.Namespace, code: int) -> int:
    # --exit-zero and --write-baseline (adopting the gate) pass whatever was found; a usage or
    # internal error still exits 2.
    if code == EXIT_FAIL and (getattr(args, "exit_zero", False) or
                              getattr(args, "write_baseline", None)):
        return EXIT_OK
    return code


def _render(format: str, results: list[ArticleResult], skipped: list, code: int,
            outcome: Outcome | None = None):
    from audit.report.formats import renderer

    # SARIF records the run's exit code in its invocation; no other format has a place for it.
    extra = {"exit_code": code} if format == "sarif" else {}
    return renderer(format)(results, skipped=skipped, outcome=outcome, **extra)


def cmd_check(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    known = _known(args)
    skipped: list = []
    audited = _audit(args, resolver, skipped)
    _write_baseline(args, audited)
    results = _hide_known(args, audited, known)
    # Each article fails at its own configuration's fail-on.
    failing = [r for r in results
               if failed([r], resolver.settings_for(r.path if r.path != "<stdin>" else "-").fail_on)]
    code = _verdict(args, EXIT_USAGE if _internal(results) else EXIT_FAIL if failing else EXIT_OK)
    _emit(_render(args.format, results, skipped, code), args.output)
    return code


def cmd_config(args: argparse.Namespace) -> int:
    from audit.cli.config import ConfigError, describe

    resolver = _resolver(args)
    target = Path(args.path)
    try:
        # A folder stands for an article inside it.
        effective = resolver.effective(target / "x" if target.is_dir() else target)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    sys.stdout.write(describe(effective))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from audit.report.html import write_report
    from audit.report.policy import Policy, evaluate

    resolver = _resolver(args)
    results = _audit(args, resolver)
    out = Path(args.output)
    folder, suites = resolver.expectations()
    folder = Path(args.expectations) if args.expectations else folder
    if results:
        policy = evaluate(results, folder, out, data_docs=args.data_docs, only=suites)
    else:  # --diff and nothing changed: no tables to hold against the policy
        policy = Policy(str(folder), note="no article to audit: expectation suites not run")
    for note in (policy.note, policy.data_docs_note):
        if note:
            print(f"audit: {note}", file=sys.stderr)
    index = write_report(results, out, policy=policy, fail_on=lambda r: resolver.settings_for(
        r.path if r.path != "<stdin>" else "-").fail_on)
    print(f"wrote {len(results)} article page(s); open {index}")
    # The report is the product, whatever verdicts it shows (gate with check or ci).
    return EXIT_USAGE if _internal(results) else EXIT_OK


def cmd_ci(args: argparse.Namespace) -> int:
    from audit.tables.expectations import Outcome, SuiteError, load_suites

    resolver = _resolver(args)
    known = _known(args)
    folder, suites = resolver.expectations()
    folder = Path(args.expectations) if args.expectations else folder
    try:  # a suite that cannot be read stops the gate before the audit, not after
        load_suites(folder, suites)
    except SuiteError as exc:
        raise UsageError(str(exc)) from None
    skipped: list = []
    audited = _audit(args, resolver, skipped)
    results = _hide_known(args, audited, known)
    if not results:  # --diff and nothing changed: nothing to hold the gate on
        written = _write_baseline(args, audited, say=False)
        outcome = Outcome([], note=f"No article changed since {args.diff}: "
                                   "the expectation suites were not run.")
    else:
        outcome, written = _gate(args, audited, results, folder, suites, known)
    code = EXIT_USAGE if _internal(results) else \
        _verdict(args, EXIT_OK if outcome.success else EXIT_FAIL)
    if args.format:  # the report carries the gate's verdict too (the text format: below)
        _emit(_render(args.format, results, skipped, code, outcome), args.output)
    # The findings may own stdout (a machine format): the policy's verdict then goes to stderr.
    verdict_stream = sys.stderr if args.format and args.format != "text" and not args.output \
        else sys.stdout
    verdict = outcome.render()
    if written is not None:
        verdict = verdict[:verdict.rstrip("\n").rfind("\n") + 1] + \
            _baseline_verdict(outcome, written) + "\n"
    verdict_stream.write(verdict)
    return code


def _gate(args: argparse.Namespace, audited: list[ArticleResult], results: list[ArticleResult],
          folder: Path, suites: tuple[str, ...], known) -> tuple[Outcome, str | None]:
    """The expectation suites held against the articles (``results``: those a baseline leaves),
    the baseline written if asked (and what it holds), the rows it knows hidden."""
    from audit.tables.expectations import SuiteError, validate

    try:
        outcome = validate(results, folder, suites)
    except SuiteError as exc:
        raise UsageError(str(exc)) from None
    if getattr(args, "write_baseline", None):  # after the suites: their errors are usage errors
        # The rows a later --baseline run would see fail: with every finding known, a column
        # counting findings meets its expectation, and a new finding is new to the gate.
        recorded = validate([dataclasses.replace(r, findings=()) for r in audited], folder, suites)
        written = _write_baseline(args, audited, recorded, say=False)
    else:
        written = None
    if known is not None:
        outcome = _hide_known_rows(args, outcome, known)
    return outcome, written


def cmd_rules(args: argparse.Namespace) -> int:
    from audit.check import all_rules
    from audit.report.rule_docs import languages as languages_of

    rows = [(r.code, r.name, r.severity.value, languages_of(r), r.summary()) for r in all_rules()]
    width = max(len(r[1]) for r in rows)
    lang_width = max(len(r[3]) for r in rows)
    for code, name, severity, languages, summary in rows:
        print(f"{code:<6}  {name:<{width}}  {severity:<7}  {languages:<{lang_width}}  {summary}")
    # Off rules must say how to turn them on: precision decides the defaults, not the reader.
    print("\nLanguages: where a rule runs by default (a warning or an error right under 90 % of "
          "the time on real pages of a language, out of sample, over 20 findings or more, stays off "
          "there; an info is not bound by the bar: README, Rules); opt-in: "
          "off everywhere. --select CODE runs a rule on every language, --all-languages every rule "
          "(opt-in ones included) on every language, or CODE = [\"fr\"] under "
          "[tool.audit.languages] in the configuration runs a rule on the languages it names.")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from audit.check import get_rule

    from audit.report.rule_docs import explain_text

    from audit.cli.config import expand_selector

    rule = get_rule(args.code)
    if rule is None:  # a rule name, as --select takes it ("currency-conversion")
        codes = sorted(expand_selector(args.code))
        if len(codes) > 1:
            raise UsageError(f"{args.code!r} names {len(codes)} rules ({', '.join(codes)}): "
                             "explain one, by its code or name")
        if not codes:
            raise UsageError(f"unknown rule {args.code!r} (see 'audit rules')")
        rule = get_rule(codes[0])
    sys.stdout.write(explain_text(rule))
    return EXIT_OK


def cmd_rates(args: argparse.Namespace) -> int:
    from audit.cli.rates import cmd_rates as rates

    return rates(args)


def cmd_batch(args: argparse.Namespace) -> int:
    from audit.cli.archive import cmd_batch as batch

    return batch(args)


def run(args: argparse.Namespace) -> int:
    return {"check": cmd_check, "ci": cmd_ci, "report": cmd_report, "rules": cmd_rules,
            "explain": cmd_explain, "config": cmd_config, "rates": cmd_rates,
            "batch": cmd_batch}[args.command](args)
