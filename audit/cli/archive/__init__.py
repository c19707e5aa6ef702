"""`audit batch`: audit an archive into Parquet tables, then run the expectation suites.

sources (what to read) -> local or spark engine (the pure per-article function, by chunks)
-> rows (five tables, fixed columns) -> store (parts, manifest) -> suites (GX).
pyarrow, pandas, GX and pyspark are imported here only, when a batch runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def table_names() -> tuple[str, ...]:
    # Imported when a batch runs: the parser of every command builds this module's flags.
    from audit.cli.archive.rows import TABLE_NAMES

    return TABLE_NAMES
ENGINES = ("local", "spark")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of `audit batch` beyond those every audit command has."""
    parser.add_argument("--output", "-o", metavar="DIR", required=True,
                        help="folder of the Parquet tables (articles, findings, citations, "
                             "quantities, comments); a run into it resumes where it stopped")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: a process pool on this machine (default); spark: pyspark "
                             "(the 'spark' extra and a JDK)")
    parser.add_argument("--master", default="local[*]", metavar="URL",
                        help="Spark master for --engine spark (default local[*])")
    parser.add_argument("--chunk-size", type=int, default=100, metavar="K",
                        help="articles per chunk, the unit written and resumed (default 100)")
    parser.add_argument("--with-text", action="store_true",
                        help="keep each article's text in the articles table")
    parser.add_argument("--text-column", metavar="NAME",
                        help="column of JSON Lines or Parquet inputs holding the article (default: "
                             "the first of html, raw_html, content_html, text, content, body, …)")
    parser.add_argument("--id-column", metavar="NAME",
                        help="column naming each row (default: the first of id, url, uri, …; "
                             "else FILE:ROW)")
    parser.add_argument("--expectations", metavar="DIR", default=None,
                        help="folder of Great Expectations suites (default: the configuration's "
                             "expectations, else ./expectations)")
    parser.add_argument("--skip-expectations", action="store_true",
                        help="write the tables without running the suites")
    parser.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (default: one per CPU core)")


def cmd_batch(args: argparse.Namespace) -> int:
    from audit.cli.archive.sources import SourceError, plan
    from audit.cli.commands import UsageError, _resolver
    from audit.cli.config import ConfigError
    from audit.tables.expectations import SuiteError, check_suites, load_suites

    jobs = (os.cpu_count() or 1) if args.jobs is None else args.jobs
    if jobs < 1 or args.chunk_size < 1:
        raise UsageError("--jobs and --chunk-size must be 1 or more")
    if not args.paths:
        raise UsageError("no input: give files, folders, globs, or JSON Lines/Parquet files")
    resolver = _resolver(args)
    suites = []
    if not args.skip_expectations:  # a broken suite should stop the run before, not after
        folder, only = resolver.expectations()
        try:
            suites = load_suites(Path(args.expectations) if args.expectations else folder, only)
            check_suites(suites)  # imports GX now, as the suites need it after the audit anyway
        except SuiteError as exc:
            raise UsageError(f"{exc} (or --skip-expectations)") from None
    try:
        work = plan(args.paths, resolver, args.text_column, args.id_column)
    except (SourceError, ConfigError) as exc:
        raise UsageError(str(exc)) from None
    if work.skipped:
        print(f"audit: skipped {len(work.skipped)} file(s) of a kind not read from folders "
              f"(first: {work.skipped[0].path}: {work.skipped[0].reason})", file=sys.stderr)
    if not work.items:
        raise UsageError(f"no articles found in {', '.join(args.paths)}")
    out = Path(args.output)
    started = time.monotonic()
    if args.engine == "spark":
        from audit.cli.archive import spark

        totals, frame, spark_session = spark.run(work, out, args, jobs)
    else:
        totals, frame, spark_session = _run_local(work, out, args, jobs), None, None
    elapsed = time.monotonic() - started
    print(_summary(totals, elapsed, out))
    code = EXIT_USAGE if totals["internal"] else EXIT_OK
    if suites:
        from audit.cli.archive.suites import parquet_frame, validate

        try:
            outcome = validate(suites, frame or parquet_frame(out), spark=frame is not None)
        except SuiteError as exc:  # checked above: only if GX takes a suite once, not twice
            raise UsageError(f"{exc} (or --skip-expectations)") from None
        finally:
            if spark_session is not None:
                spark_session.stop()
        sys.stdout.write(outcome.render())
        if code == EXIT_OK and not outcome.success:
            code = EXIT_FAIL
    elif spark_session is not None:
        spark_session.stop()
    return code


def _run_local(work, out: Path, args: argparse.Namespace, jobs: int) -> dict:
    from audit.cli.archive import local
    from audit.cli.archive.store import Store, StoreError, fingerprint
    from audit.cli.commands import UsageError

    chunks = local.chunks_of(work, args.chunk_size)
    store = Store(out, fingerprint(work, args.chunk_size, args.with_text), len(chunks))
    try:
        done = store.open()
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    if store.complete:
        print(f"audit: {out} holds this run, complete: nothing to audit", file=sys.stderr)
        audited = 0
    else:
        if done:
            print(f"audit: resuming: {len(done)} of {len(chunks)} chunk(s) already done",
                  file=sys.stderr)
        try:
            audited = local.run(work, store, chunks, done, jobs, args.with_text)
        except local.WorkersCannotStart as exc:  # nothing recorded: a rerun starts afresh
            raise UsageError(str(exc)) from None
        except KeyboardInterrupt:  # a stopped run printed nothing: say that a rerun resumes
            print(f"audit: stopped: {len(store.done())} of {len(chunks)} chunk(s) done, kept "
                  f"in {out}; run the same command again to resume", file=sys.stderr)
            raise
        store.finish()
    return _totals(store.done().values(), audited)


def _totals(entries, audited: int) -> dict:
    totals = {"audited": audited, "articles": 0, "errors": 0, "internal": 0,
              "rows": dict.fromkeys(table_names(), 0)}
    for entry in entries:
        for key in ("articles", "errors", "internal"):
            totals[key] += entry[key]
        for table, n in entry["rows"].items():
            totals["rows"][table] += n
    return totals


def _summary(totals: dict, elapsed: float, out: Path) -> str:
    audited = totals["audited"]
    rate = f", {audited / elapsed:.1f} articles/s" if audited and elapsed > 0 else ""
    resumed = totals["articles"] - audited
    lines = [f"audited {audited} article(s) in {elapsed:.1f} s{rate}"
             + (f"; {resumed} done by an earlier run" if resumed else ""),
             f"{totals['articles']} article(s), {totals['errors']} not audited (error rows)",
             f"tables in {out}: " + ", ".join(f"{t} ({n} rows)" for t, n in totals["rows"].items())]
    return "\n".join(lines)
