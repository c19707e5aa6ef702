"""Audit a batch of inputs, in order, with a progress bar on stderr when it is a terminal."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from audit.cli.inputs import Input, expand, read
from audit.pipeline import ArticleResult, audit_article
from audit.settings import Settings


INTERNAL = "internal error"


def _audit(item: Input, settings: Settings) -> ArticleResult:
    if item.error:
        return ArticleResult(path=item.name, error=item.error)
    try:
        return audit_article(item.data, item.name, settings)
    except Exception as exc:  # a bug must not stop the batch; say where it happened
        return ArticleResult(path=item.name, error=f"{INTERNAL}: {type(exc).__name__}: {exc}")


def _audit_path(path: str | Path, settings: Settings) -> ArticleResult:
    return _audit(read(path), settings)


def _progress(total: int):
    show = sys.stderr.isatty() and not os.environ.get("CI") and total > 1
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, leave=False)


def audit_paths(paths: list[str], settings: Settings, jobs: int = 1) -> list[ArticleResult]:
    items = expand(paths)
    bar = _progress(len(items))
    results: list[ArticleResult] = []
    try:
        if jobs > 1 and len(items) > 1 and "-" not in items:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for result in pool.map(_audit_path, items, [settings] * len(items), chunksize=4):
                    results.append(result)
                    if bar:
                        bar.update()
        else:
            for item in items:
                results.append(_audit_path(item, settings))
                if bar:
                    bar.update()
    finally:
        if bar:
            bar.close()
    return results
