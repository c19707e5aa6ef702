"""One chunk of articles -> their table rows. The same function runs in the local process
pool and in Spark's mapInPandas: it reads its own data and keeps no state between calls."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib.abc
import sys
from collections.abc import Iterator

from audit.cli.archive.rows import TABLE_NAMES, arrow_schemas, rows
from audit.cli.archive.sources import Item, read_items
from audit.cli.batch import INTERNAL, WORKER_DIED, _audit
from audit.pipeline import ArticleResult
from audit.settings import Settings


def audit_items(items: list[Item], settings: dict[int, Settings]) -> Iterator[ArticleResult]:
    """Each item audited with its settings, named by its id (or file:row), one at a time: a
    chunk's articles are never held together, neither their data nor their results (each
    holds its text, spans and facts until its rows are made)."""
    for item in items:
        (got, name), = read_items([item], settings[item.settings].max_size)
        result = _audit(got, settings[item.settings])
        yield result if result.path == name else dataclasses.replace(result, path=name)


def chunk_rows(items: list[Item], settings: dict[int, Settings],
               with_text: bool) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
    for result in audit_items(items, settings):
        for table, found in rows(result, with_text).items():
            out[table].extend(found)
    release_memory()
    return out


def release_memory() -> None:
    """Hand the heap pages freed since the last chunk back to the system. glibc keeps the
    memory a big page's parse freed, scattered among live blocks, so a worker's resident
    size only grew with the pages it had seen (Dask's workers call malloc_trim for the same
    reason); a few milliseconds a chunk."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    import ctypes

    try:  # the symbols the interpreter is linked with: the C library's among them
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to hand back
        return None


def died_rows(item: Item) -> dict[str, list[dict]]:
    """The rows of an article whose worker died while auditing it."""
    _, name = read_items([item], None)[0]  # reading is safe: the audit is what crashed
    return rows(ArticleResult(path=name, error=WORKER_DIED))


def to_arrow(table_rows: dict[str, list[dict]], with_text: bool) -> dict:
    import pyarrow as pa

    schemas = arrow_schemas(with_text)

    def tables() -> dict:
        return {t: pa.Table.from_pylist(table_rows[t], schema=schemas[t]) for t in TABLE_NAMES}

    try:
        with _pandas_left_out():
            return tables()
    except ImportError:  # a pyarrow that needs pandas to convert rows: let it import it
        return tables()


@contextlib.contextmanager
def _pandas_left_out() -> Iterator[None]:
    """pyarrow imports pandas the first time it converts Python objects, only to ask whether
    they are pandas objects (never, here): 45 MB of the batch process's 140 MB. Where pandas
    is not imported yet, its import fails meanwhile, so pyarrow takes it for absent; pyarrow
    imports it again when a conversion needs it (the suites read the tables back as frames,
    `to_pandas`). Until then pyarrow reads a pandas object handed to it as a plain sequence (a
    Categorical as strings): the batch process hands it none."""
    if "pandas" in sys.modules:
        yield
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


class _NoPandas(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is left out while rows become Arrow tables")
        return None


def chunk_tables(items: list[Item], settings: dict[int, Settings], with_text: bool) -> dict:
    """The process-pool task: a chunk's rows as Arrow tables, one per table."""
    return to_arrow(chunk_rows(items, settings, with_text), with_text)


def internal_errors(articles) -> int:
    """Articles whose audit hit a bug (an Arrow articles table)."""
    return sum(1 for e in articles.column("error").to_pylist() if e and e.startswith(INTERNAL))
