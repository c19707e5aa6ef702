"""The Spark engine: the same per-article function through mapInPandas, tables written by
Spark, in input order, with the same columns and types as the local engine's.

The plan (small descriptors: which file, which row) is distributed; each Python worker reads
its own articles, so on a cluster the inputs must be where the executors can read them (a
shared mount). Settings travel as a broadcast. Spark retries failed tasks itself; a run is
not resumed as the local engine's is.
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

from audit import memo
from audit.cli.archive.rows import TABLE_NAMES, column_types, rows
from audit.cli.archive.sources import Item, Plan
from audit.cli.archive.work import audit_items
from audit.cli.batch import INTERNAL

_SPARK_TYPES = {"string": "string", "int64": "bigint", "float64": "double", "bool": "boolean"}
_ITEM_DDL = ("seq bigint, kind string, path string, pos bigint, row bigint, "
             "text_column string, id_column string, settings bigint")
_ROWS_DDL = "table string, seq bigint, n bigint, row string"


class SparkUnavailable(Exception):
    """pyspark or Java is missing."""


def session(master: str, chunk_size: int):
    """A Spark session with settings that work on one machine without a network setup:
    the venv's Python for workers, everything bound to 127.0.0.1, no UI."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable("--engine spark needs pyspark: pip install 'article-audit[spark]' "
                               "(and a JDK 17+, e.g. apt-get install openjdk-17-jre-headless)") \
            from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (SparkSession.builder.master(master).appName("article-audit")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.log.level", "ERROR")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(chunk_size))
               .config("spark.sql.session.timeZone", "UTC")
               # Few, larger partitions: the tables are small beside the audit's cost.
               .config("spark.sql.shuffle.partitions", "8"))
    if master.startswith("local"):
        # The JVM only moves rows between Python workers and Parquet: its quick compiler and
        # a serial collector leave the cores to the audit (1,000 articles: 85-94 s -> 70-81 s).
        builder = builder.config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    try:
        return builder.getOrCreate()
    except Exception as exc:  # no Java, a JVM that will not start
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SparkUnavailable(f"Spark did not start: {reason} (is a JDK 17+ installed?)") \
            from None


def run(plan: Plan, out: Path, args, jobs: int):
    """Audit ``plan`` with Spark into OUT's tables; (totals, table reader, session)."""
    from audit.cli.commands import UsageError

    if (out / "_batch" / "run.json").exists():
        raise UsageError(f"{out} holds a local batch run; choose another folder for Spark")
    try:
        spark = session(args.master, args.chunk_size)
    except SparkUnavailable as exc:
        raise UsageError(str(exc)) from None
    try:
        totals = _audit(spark, plan, out, args.chunk_size, args.with_text)
    except BaseException:
        spark.stop()
        raise

    def frame(table: str):
        df = spark.read.parquet(str(out / table))
        return df.drop("text") if "text" in df.columns else df
    return totals, frame, spark


def _audit(spark, plan: Plan, out: Path, chunk_size: int, with_text: bool) -> dict:
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    slices = max(sc.defaultParallelism, math.ceil(len(plan.items) / chunk_size))
    items = spark.createDataFrame(
        sc.parallelize([(seq, *item) for seq, item in enumerate(plan.items)], slices), _ITEM_DDL)
    settings = sc.broadcast(plan.settings)
    audited = items.mapInPandas(lambda batches: _audit_batches(batches, settings.value, with_text),
                                _ROWS_DDL)
    staged = out / "_spark" / "rows"
    # Written once, then split: the audit runs once, and nothing is cached in memory.
    audited.write.mode("overwrite").parquet(str(staged))
    long = spark.read.parquet(str(staged))
    for table, columns in column_types(with_text).items():
        ddl = ", ".join(f"`{name}` {_SPARK_TYPES[kind]}" for name, kind in columns.items())
        (long.where(F.col("table") == table).orderBy("seq", "n")
         .select(F.from_json("row", ddl).alias("r")).select("r.*")
         .write.mode("overwrite").parquet(str(out / table)))
    totals = _totals(long, len(plan.items))
    import shutil

    shutil.rmtree(out / "_spark", ignore_errors=True)
    return totals


def _audit_batches(batches, settings: list, with_text: bool):
    """mapInPandas: descriptors in, (table, seq, n, row as JSON) out."""
    import pandas as pd

    by_index = dict(enumerate(settings))
    for frame in batches:
        records = frame.to_dict("records")
        items = [Item(r["kind"], r["path"], int(r["pos"]), int(r["row"]), _str(r["text_column"]),
                      _str(r["id_column"]), int(r["settings"])) for r in records]
        out = []
        for record, result in zip(records, audit_items(items, by_index)):
            for table, found in rows(result, with_text).items():
                out.extend((table, int(record["seq"]), n, json.dumps(row))
                           for n, row in enumerate(found))
        yield pd.DataFrame(out, columns=["table", "seq", "n", "row"])
    memo.save()  # Spark's Python workers end without exit handlers


def _str(value) -> str | None:
    # pandas gives NaN for a null string: the descriptor wants None.
    return value if isinstance(value, str) else None


def _totals(long, audited: int) -> dict:
    """Rows per table, error rows and internal errors, in one pass over the staged rows."""
    from pyspark.sql import functions as F

    error = F.get_json_object("row", "$.error")
    articles = F.col("table") == "articles"
    counts = {r["table"]: r for r in long.groupBy("table").agg(
        F.count("*").alias("rows"),
        F.sum((articles & (F.get_json_object("row", "$.status") != "ok")).cast("int"))
        .alias("errors"),
        F.sum((articles & error.startswith(INTERNAL)).cast("int")).alias("internal")).collect()}
    rows = {t: counts[t]["rows"] if t in counts else 0 for t in TABLE_NAMES}
    first = counts.get("articles")
    return {"audited": audited, "articles": rows["articles"],
            "errors": (first["errors"] or 0) if first else 0,
            "internal": (first["internal"] or 0) if first else 0, "rows": rows}
