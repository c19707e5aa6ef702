"""The local engine: chunks of the pure per-article function in a process pool, each chunk's
tables written as soon as it is done, so memory stays flat and a killed run can resume.

A worker that dies breaks the whole pool: the chunks it held are redone in a new pool; a
chunk present at two breaks is split into single articles; an article lost in a break is then
audited alone, and gets an error row only if it breaks a pool of its own, so only the culprit
is lost (as `audit check --jobs`).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures.process import BrokenProcessPool

from audit.cli.archive.sources import Plan
from audit.cli.archive.store import Store
from audit.cli.archive.work import chunk_rows, chunk_tables, died_rows, internal_errors, to_arrow
from audit.cli.pool import worker_pool


# Workers are forked from a server process that has imported the audit and nothing else,
# not from the batch process: a fork shares the batch process's pages (the plan, 20 MB at
# 100,000 files; pyarrow) and counted them in each worker's resident size, which then grew
# with the archive (the largest worker at 100,000 files: 164-172 MB, against 141 at 10,000).
START_METHOD = "forkserver"


def _context():
    """The pool's start method: START_METHOD where the platform has it, else its default."""
    import multiprocessing

    if START_METHOD not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":  # imported once, in the server, not once per worker
        context.set_forkserver_preload(["audit.cli.archive.work", "audit.cli.pool"])
    return context


class WorkersCannotStart(Exception):
    """The pool's workers died before they could run anything: not an article's fault."""


def _ready() -> bool:
    """A task that cannot fail: run first in each pool, so that workers that cannot start
    (a script that calls `audit batch` with no ``if __name__ == "__main__":`` guard: each
    worker imports it, and it starts a pool of its own) stop the run with the cause instead
    of giving every article an error row."""
    return True


def chunks_of(plan: Plan, size: int) -> list[range]:
    return [range(i, min(i + size, len(plan.items))) for i in range(0, len(plan.items), size)]


def run(plan: Plan, store: Store, chunks: list[range], done: dict[int, dict], jobs: int,
        with_text: bool) -> int:
    """Audit the chunks not done; returns how many articles were audited."""
    todo = [c for c in range(len(chunks)) if c not in done]
    runner = _Runner(plan, store, chunks, with_text,
                     _progress(len(plan.items), sum(len(chunks[c]) for c in done)))
    try:
        if jobs <= 1:
            for c in todo:
                runner.save(c, chunk_tables(*runner.task(chunks[c]), with_text))
        else:
            runner.pool(todo, jobs)
    finally:
        if runner.bar is not None:
            runner.bar.close()
    return sum(len(chunks[c]) for c in todo)


class _Runner:
    def __init__(self, plan: Plan, store: Store, chunks: list[range], with_text: bool, bar):
        self.plan, self.store, self.chunks, self.with_text, self.bar = \
            plan, store, chunks, with_text, bar
        self.split: dict[int, dict[int, dict]] = {}  # chunk -> item index -> its rows

    def task(self, indices) -> tuple[list, dict]:
        items = [self.plan.items[i] for i in indices]
        return items, {i.settings: self.plan.settings[i.settings] for i in items}

    def save(self, c: int, tables: dict) -> None:
        articles = tables["articles"]
        errors = sum(1 for s in articles.column("status").to_pylist() if s != "ok")
        self.store.write(c, tables, {"articles": articles.num_rows, "errors": errors,
                                     "internal": internal_errors(articles)})
        if self.bar is not None:
            self.bar.update(articles.num_rows)

    def pool(self, todo: list[int], jobs: int) -> None:
        """Whole chunks while the pool holds; after breaks, split chunks, then articles alone:
        an article lost with others is audited alone before it is called the culprit."""
        tasks: list[tuple[int, int | None]] = [(c, None) for c in todo]
        suspects: Counter = Counter()
        while tasks:
            alone = [t for t in tasks if t[1] is not None and suspects[t] >= 1]
            shared = [t for t in tasks if t not in alone]
            lost = self._round(shared, jobs) if shared else []
            for task in alone:  # in a pool of its own: if that breaks, it is the culprit
                if self._round([task], 1):
                    self._piece(task[0], task[1], died_rows(self.plan.items[task[1]]))
            tasks = []
            for task in lost:
                suspects[task] += 1
                c, i = task
                if i is not None or suspects[task] < 2:
                    tasks.append(task)
                else:  # a chunk twice in a broken pool: audit its articles one by one
                    self.split[c] = {}
                    tasks.extend((c, j) for j in self.chunks[c])

    def _round(self, tasks: list[tuple], jobs: int) -> list[tuple]:
        """One pool; returns the tasks a broken pool lost: (chunk, None) or (chunk, item)."""
        lost, pending = [], {}
        queue = iter(tasks)
        # A Ctrl-C kills the workers: the chunks done are on disk, those in flight are redone.
        with worker_pool(jobs, _context()) as pool:
            try:
                pool.submit(_ready).result()
            except BrokenProcessPool:
                raise WorkersCannotStart(
                    "the worker processes died as they started; a script that runs `audit "
                    "batch` (audit.cli.main) must keep its top level under "
                    "`if __name__ == \"__main__\":`, since each worker imports it") from None
            while True:
                # At most two tasks per worker in flight: results stream out, memory stays flat.
                for task in queue:
                    c, i = task
                    # Workers send rows; Arrow is built here, so no worker imports pyarrow.
                    work = (chunk_rows, *self.task(self.chunks[c] if i is None else [i]))
                    pending[pool.submit(*work, self.with_text)] = task
                    if len(pending) >= 2 * jobs:
                        break
                if not pending:
                    return lost
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    task = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        lost.append(task)
                        continue
                    c, i = task
                    if i is None:
                        self.save(c, to_arrow(result, self.with_text))
                    else:
                        self._piece(c, i, result)
                if lost:  # the pool is broken: what it still held is lost with it
                    return lost + list(pending.values()) + list(queue)

    def _piece(self, c: int, i: int, found: dict[str, list[dict]]) -> None:
        """One article of a split chunk; the chunk is saved once all of them have rows."""
        self.split[c][i] = found
        if len(self.split[c]) < len(self.chunks[c]):
            return
        merged: dict[str, list[dict]] = {}
        for j in self.chunks[c]:
            for table, rows in self.split[c][j].items():
                merged.setdefault(table, []).extend(rows)
        del self.split[c]
        self.save(c, to_arrow(merged, self.with_text))


def _progress(total: int, initial: int):
    """tqdm on stderr, with articles/s and an ETA, only when stderr is a terminal."""
    if not sys.stderr.isatty() or os.environ.get("CI") or total < 2:
        return None
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="article", file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1)
