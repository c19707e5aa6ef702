"""Run the newsroom's Great Expectations suites (expectations/*.json) over the audit tables.

GX is imported here only, lazily (3-4 s, 200 MB), with an ephemeral context that writes
nothing to disk, analytics and progress bars off. Each table is validated once per run.
"""

from __future__ import annotations

import io
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from audit.pipeline import ArticleResult
from audit.tables import COLUMNS, TABLES


class SuiteError(Exception):
    """A suite file that cannot be used: not JSON, unknown table or expectation type."""


@dataclass(frozen=True)
class Failure:
    description: str
    expectation: str
    kwargs: dict[str, Any]
    rows: list[str]  # "path: column=value"
    # Per row, the article's path; None for a row that is no article's (an observed value).
    paths: list[str | None] = field(default_factory=list)

    def call(self) -> str:
        """The expectation as written: its type and arguments."""
        return f"{self.expectation}({', '.join(f'{k}={v!r}' for k, v in self.kwargs.items())})"

    def each_row(self) -> list[tuple[str, str | None]]:
        """(row as shown, article path or None); a failure that names no row is one row."""
        rows = self.rows or [""]
        return list(zip(rows, self.paths if len(self.paths) == len(rows) else [None] * len(rows)))

    def article_paths(self) -> list[str]:
        """The articles it failed on, each once, in order."""
        return list(dict.fromkeys(p for _, p in self.each_row() if p))

    def summary(self, suite: SuiteOutcome) -> str:
        """One line for a report: "at least one source (…/articles.json, articles): 2 failing
        row(s)"."""
        return f"{self.description} ({suite.file}, {suite.table}): {len(self.rows)} failing row(s)"


@dataclass(frozen=True)
class SuiteOutcome:
    file: str
    table: str
    total: int
    failures: list[Failure] = field(default_factory=list)
    known: int = 0  # failing rows a baseline knows, left out of failures


@dataclass(frozen=True)
class Outcome:
    suites: list[SuiteOutcome]
    note: str = ""  # why no suite ran (audit ci --diff with nothing changed)

    @property
    def success(self) -> bool:
        return not any(s.failures for s in self.suites)

    @property
    def failed(self) -> int:
        return sum(len(s.failures) for s in self.suites)

    @property
    def total(self) -> int:
        return sum(s.total for s in self.suites)

    def verdict(self) -> str:
        """One sentence: what the gate says."""
        if self.note:
            return self.note
        if not self.failed:
            return "All expectations met."
        return f"{self.failed} expectation{'s' * (self.failed != 1)} failed."

    @property
    def known(self) -> int:
        return sum(s.known for s in self.suites)

    def without(self, is_known: Callable[[SuiteOutcome, Failure, str, str | None], bool]
                ) -> Outcome:
        """The outcome without the failing rows ``is_known`` accepts (suite, failure, row as
        shown, its article's path); an expectation none of whose rows is left is met."""
        suites = []
        for suite in self.suites:
            failures, known = [], suite.known
            for failure in suite.failures:
                rows = failure.each_row()
                kept = [(row, path) for row, path in rows if not is_known(suite, failure, row, path)]
                known += len(rows) - len(kept)
                if kept:
                    failures.append(replace(failure, rows=[r for r, _ in kept if r],
                                            paths=[p for _, p in kept]))
            suites.append(replace(suite, failures=failures, known=known))
        return Outcome(suites, self.note)

    def render(self) -> str:
        lines = []
        for suite in self.suites:
            known = f" ({suite.known} known failing row(s) hidden by the baseline)" \
                if suite.known else ""
            lines.append(f"{suite.file} ({suite.table}): {suite.total - len(suite.failures)}/"
                         f"{suite.total} expectations met{known}")
            for failure in suite.failures:
                lines.append(f"  FAILED {failure.description} [{failure.call()}]")
                lines.extend(f"    {row}" for row in failure.rows)
        lines.append(self.verdict())
        return "\n".join(lines) + "\n"


def load_suites(folder: Path, only: tuple[str, ...] = ()) -> list[tuple[str, str, dict[str, Any]]]:
    """(file, table, suite JSON) for each *.json in ``folder`` (those named in ``only``, by
    file stem, when given). The suites read the columns of audit/tables (not the article
    text audit batch --with-text keeps)."""
    if not folder.is_dir():
        raise SuiteError(f"{folder}: no such folder of expectation suites (--expectations DIR, "
                         "or expectations = \"DIR\" in the configuration, names one)")
    paths = sorted(folder.glob("*.json"))
    missing = [name for name in only if name not in {p.stem for p in paths}]
    if missing:
        raise SuiteError(f"{folder}: no suite named {', '.join(missing)} (suites: "
                         f"{', '.join(p.stem for p in paths) or 'none'})")
    suites = []
    for path in paths:
        if only and path.stem not in only:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SuiteError(f"{path}: not a readable JSON suite: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
            raise SuiteError(f"{path}: a suite is an object with an 'expectations' list")
        table = (data.get("meta") or {}).get("table", path.stem)
        if table not in TABLES:
            raise SuiteError(f"{path}: unknown table {table!r}; tables: {', '.join(TABLES)}")
        _check_columns(path, table, data["expectations"], COLUMNS[table])
        suites.append((str(path), table, data))
    if not suites:
        raise SuiteError(f"{folder}: no *.json expectation suites")
    return suites


# The arguments that name columns to read. A table expectation's column_list or column_set
# is what it asserts the columns are: a name missing there is its own failure.
_COLUMN_ARGUMENTS = ("column", "column_A", "column_B", "column_list")


def _check_columns(path: Path, table: str, items: list, columns: list[str]) -> None:
    """A column the table does not have is a mistake in the suite, not a failed expectation:
    GX would fail it on every run with no word of why."""
    for item in items:
        kind = (item.get("type") or item.get("expectation_type") or "") \
            if isinstance(item, dict) else ""
        kwargs = item.get("kwargs") if isinstance(item, dict) else None
        if kind.startswith("expect_table_") or not isinstance(kwargs, dict):
            continue
        for argument in _COLUMN_ARGUMENTS:
            named = kwargs.get(argument)
            for name in named if isinstance(named, list) else [named]:
                if isinstance(name, str) and name not in columns:
                    raise SuiteError(f"{path}: {kind} names column {name!r}, which the {table} "
                                     f"table does not have; its columns: {', '.join(columns)}")


def _gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return gx, context


@contextmanager
def _quiet() -> Iterator[None]:
    """GX logs a traceback (and may print) for an expectation it cannot build: the SuiteError
    raised then says it in one line naming the file, so GX's own words are dropped."""
    logger = logging.getLogger("great_expectations")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            yield
    finally:
        logger.setLevel(level)


def check_suites(suites: list[tuple[str, str, dict[str, Any]]]) -> None:
    """Build each suite (from load_suites) with GX, raising SuiteError for one it cannot use:
    a command checks them before auditing, so that a broken suite stops it before, not after."""
    _gx()
    for file, _table, data in suites:
        _build_suite(file, data)


def _build_suite(file: str, data: dict[str, Any]):
    with _quiet():
        return _built_suite(file, data)


def _built_suite(file: str, data: dict[str, Any]):
    from great_expectations.core import ExpectationSuite

    items = data["expectations"]
    suite = ExpectationSuite(name=data.get("name") or Path(file).stem)
    for item in items:
        kind = item.get("type") or item.get("expectation_type")
        try:
            single = ExpectationSuite(name="probe", expectations=[
                {"type": kind, "kwargs": item.get("kwargs", {}), "meta": item.get("meta", {})}])
        except Exception as exc:  # GX raises several types for a bad expectation
            reason = _reason(exc)
            raise SuiteError(f"{file}: expectation {kind!r} is not usable: {reason}") from None
        if not single.expectations:  # GX logs and drops an unknown type instead of raising
            raise SuiteError(f"{file}: unknown expectation type {kind!r}")
        suite.add_expectation(single.expectations[0])
    # GX may drop what it does not know: count after loading.
    if len(suite.expectations) != len(items):
        raise SuiteError(f"{file}: {len(items)} expectations written, {len(suite.expectations)} loaded")
    return suite


def _reason(exc: Exception) -> str:
    """GX's reason in one line. A pydantic error lists each field, then its message indented;
    the first names the argument at fault (the last is often a consequence: for
    max_value="zero", "min_value and max_value cannot both be None")."""
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    if len(lines) > 2 and "validation error" in lines[0] and lines[2].startswith(" "):
        return f"{lines[1].strip()}: {lines[2].strip()}"
    return lines[-1].strip()


def _rows(result: dict[str, Any], column: str | None) -> tuple[list[str], list[str | None]]:
    """The failing rows as shown, and the article path of each (None: no article's)."""
    rows, paths = [], []
    for index in result.get("unexpected_index_list") or []:
        if isinstance(index, dict):
            path = index.get("path", "?")
            value = index.get(column) if column else None
            if isinstance(value, float) and value.is_integer():
                value = int(value)  # a count read back from Parquet with nulls beside it: 0.0
            rows.append(f"{path}: {column}={value}" if column else str(path))
            paths.append(None if path == "?" else str(path))
    if not rows and "observed_value" in result:
        rows.append(f"observed {result['observed_value']!r}")
        paths.append(None)
    return rows, paths


def validate(results: list[ArticleResult], folder: Path, only: tuple[str, ...] = ()) -> Outcome:
    """Run the suites of ``folder`` on the tables built from ``results``."""
    return validate_frames(load_suites(folder, only), lambda table: TABLES[table](results))


def validate_frames(suites: list[tuple[str, str, dict[str, Any]]], frame: Callable[[str], Any],
                    spark: bool = False) -> Outcome:
    """Run ``suites`` (from load_suites) on the table ``frame(name)`` returns: a pandas
    DataFrame, or a Spark DataFrame when ``spark`` (audit batch). Each table is read and
    validated once."""
    gx, context = _gx()
    source = context.data_sources.add_spark("audit") if spark else \
        context.data_sources.add_pandas("audit")
    # Every suite built before any table is read: a broken one fails before any work.
    built = [(file, table, _build_suite(file, data)) for file, table, data in suites]
    batches: dict[str, Any] = {}
    outcomes = []
    for file, table, suite in built:
        if table not in batches:
            asset = source.add_dataframe_asset(table)
            batch_def = asset.add_batch_definition_whole_dataframe(table)
            batches[table] = batch_def.get_batch(batch_parameters={"dataframe": frame(table)})
        run = batches[table].validate(suite, result_format={
            "result_format": "COMPLETE", "unexpected_index_column_names": ["path"]})
        failures = []
        for res in run.results:
            if res.success:
                continue
            config = res.expectation_config
            kwargs = {k: v for k, v in config.kwargs.items() if k != "batch_id"}
            description = (config.meta or {}).get("description") or config.type
            rows, paths = _rows(res.result, kwargs.get("column"))
            failures.append(Failure(description, config.type, kwargs, rows, paths))
        outcomes.append(SuiteOutcome(file, table, len(run.results), failures))
    return Outcome(outcomes)
