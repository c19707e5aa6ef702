"""The expectation suites over the archive's tables, read back from Parquet (pandas) or as
Spark DataFrames; GX context, suite loading and reporting are audit/tables/expectations.py's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from audit.tables.expectations import Outcome, validate_frames


def validate(suites: list[tuple[str, str, dict[str, Any]]], frame: Callable[[str], Any],
             spark: bool = False) -> Outcome:
    """Run ``suites`` (from load_suites) on the archive's tables: pandas frames read back from
    Parquet, or Spark DataFrames when ``spark``."""
    return validate_frames(suites, frame, spark)


def parquet_frame(out: Path) -> Callable[[str], Any]:
    """pandas frames of OUT's tables, without the article text (the suites never read it)."""
    def frame(table: str):
        import pyarrow.dataset as ds

        dataset = ds.dataset(out / table, format="parquet")
        columns = [c for c in dataset.schema.names if c != "text"]
        return dataset.to_table(columns=columns).to_pandas()
    return frame
