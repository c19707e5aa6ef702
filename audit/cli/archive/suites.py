"""The expectation suites over the archive's tables, read back from Parquet (pandas) or as
Spark DataFrames; GX context, suite loading and reporting are audit/tables/expectations.py's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from audit.tables.expectations import (Failure, Outcome, SuiteOutcome, _build_suite, _gx, _rows,
                                       load_suites)


def validate(suites: list[tuple[str, str, dict[str, Any]]], frame: Callable[[str], Any],
             spark: bool = False) -> Outcome:
    """Run ``suites`` (from load_suites) on the table ``frame(name)`` returns: a pandas
    DataFrame, or a Spark DataFrame when ``spark``. Each table is read once."""
    gx, context = _gx()
    source = context.data_sources.add_spark("audit") if spark else \
        context.data_sources.add_pandas("audit")
    batches: dict[str, Any] = {}
    outcomes = []
    for file, table, data in suites:
        suite = _build_suite(file, data)
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
            failures.append(Failure(description, config.type, kwargs,
                                    _rows(res.result, kwargs.get("column"))))
        outcomes.append(SuiteOutcome(file, table, len(run.results), failures))
    return Outcome(outcomes)


def parquet_frame(out: Path) -> Callable[[str], Any]:
    """pandas frames of OUT's tables, without the article text (the suites never read it)."""
    def frame(table: str):
        import pyarrow.dataset as ds

        dataset = ds.dataset(out / table, format="parquet")
        columns = [c for c in dataset.schema.names if c != "text"]
        return dataset.to_table(columns=columns).to_pandas()
    return frame
