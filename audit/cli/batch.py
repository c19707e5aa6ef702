"""Audit a batch of inputs, in order, with a progress bar on stderr when it is a terminal."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from audit.cli.inputs import Input, expand, read
from audit.pipeline import INTERNAL, ArticleResult, OutOfTime, audit_article
from audit.settings import Settings


def _audit(item: Input, settings: Settings) -> ArticleResult:
    if item.error:
        return ArticleResult(path=item.name, error=item.error)
    try:
        with _budget(settings.time_budget):
            return audit_article(item.data, item.name, settings)
    except OutOfTime:  # the alarm rang as the audit returned
        return ArticleResult(path=item.name, error=f"time budget of {settings.time_budget:g} s "
                                                   "exceeded (--time-budget)")
    except Exception as exc:  # a bug must not stop the batch; say where it happened
        return ArticleResult(path=item.name, error=f"{INTERNAL}: {type(exc).__name__}: {exc}")


@contextlib.contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """Raise OutOfTime into the audit after ``seconds`` (main thread, POSIX); else no limit."""
    usable = seconds and hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def ring(signum, frame):
        raise OutOfTime()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _audit_path(path: str | Path, settings: Settings) -> ArticleResult:
    return _audit(read(path, settings.max_size), settings)


def _progress(total: int):
    show = sys.stderr.isatty() and not os.environ.get("CI") and total > 1
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, leave=False)


def audit_paths(paths: list[str], settings: Settings, jobs: int = 1) -> list[ArticleResult]:
    """Every path with the same settings."""
    items = expand(paths)
    return audit_items(items, [settings] * len(items), jobs)


def audit_items(items: list[str | Path], settings: list[Settings],
                jobs: int = 1) -> list[ArticleResult]:
    """Each item with its own settings (configuration files differ by folder), in order."""
    bar = _progress(len(items))
    try:
        if jobs > 1 and len(items) > 1 and "-" not in items:
            return _in_pool(items, settings, jobs, bar)
        results = []
        for item, item_settings in zip(items, settings):
            results.append(_audit_path(item, item_settings))
            if bar:
                bar.update()
        return results
    finally:
        if bar:
            bar.close()


# Not a verdict on the article but the auditor failing on it: an internal error (exit 2).
WORKER_DIED = f"{INTERNAL}: the worker process auditing it died (out of memory or a crash in a C extension)"


def _in_pool(items: list, settings: list[Settings], jobs: int, bar) -> list[ArticleResult]:
    """A worker that dies breaks the whole pool; what it was doing is redone in a new pool,
    and an article present at two breaks is audited alone, so only the culprit is lost."""
    results: dict[int, ArticleResult] = {}
    todo, suspects = list(range(len(items))), Counter()
    while todo:
        alone = [i for i in todo if suspects[i] >= 2]
        shared = [i for i in todo if suspects[i] < 2]
        failed = _round(shared, items, settings, jobs, results, bar) if shared else []
        for i in alone:
            if _round([i], items, settings, 1, results, bar):
                results[i] = ArticleResult(path=str(items[i]), error=WORKER_DIED)
                if bar:
                    bar.update()
        suspects.update(failed)
        todo = failed
    return [results[i] for i in range(len(items))]


def _round(indices: list[int], items: list, settings: list[Settings], jobs: int,
           results: dict[int, ArticleResult], bar) -> list[int]:
    """Audit ``indices`` in a fresh pool; returns those lost to a broken pool."""
    # Imported here: one article is audited in this process, and the pool costs 30 ms to import.
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    from audit.cli.pool import worker_pool

    failed = []
    with worker_pool(min(jobs, len(indices))) as pool:
        futures = {pool.submit(_audit_path, items[i], settings[i]): i for i in indices}
        for future in as_completed(futures):
            i = futures[future]
            try:
                results[i] = future.result()
            except BrokenProcessPool:
                failed.append(i)
                continue
            if bar:
                bar.update()
    return sorted(failed)
