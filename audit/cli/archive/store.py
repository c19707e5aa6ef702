"""The output folder of `audit batch`: part files per chunk and a manifest of chunks done.

OUT/_batch/run.json        which run this is (a fingerprint of inputs and options), complete or not
OUT/_batch/done.jsonl      one line per completed chunk, appended after its parts are in place
OUT/_batch/parts/T/part-00012.parquet   chunk 12's rows of table T, written atomically
OUT/T/                     the final table T (a Parquet dataset folder), moved in when all is done

A chunk counts as done only once its line is in done.jsonl, so a run killed at any moment
restarts with the chunks it had finished and redoes only the ones in flight.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import fields
from pathlib import Path

from audit.cli.archive.rows import TABLE_NAMES
from audit.cli.archive.sources import Plan

VERSION = 2  # 2: the files' stats hashed a line at a time, not as one JSON string


class StoreError(Exception):
    """OUT holds something else: another run, or files that are not ours."""


def fingerprint(plan: Plan, chunk_size: int, with_text: bool) -> str:
    """Same inputs (names, sizes, times), same options, same settings: the same run. Hashed
    a line at a time: the plan's files are never one string."""
    h = hashlib.sha256()
    h.update(json.dumps([VERSION, chunk_size, with_text,
                         [_canonical(s) for s in plan.settings]], default=str).encode())
    for path, size, mtime in plan.stats:
        h.update(f"{path}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    for item in plan.items:
        h.update(f"{item.kind}\0{item.path}\0{item.pos}\0{item.text_column}\0{item.id_column}"
                 f"\0{item.settings}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _canonical(settings) -> dict:
    # frozensets iterate in a per-process order: sort them so the print is stable.
    return {f.name: sorted(map(str, v)) if isinstance(v, frozenset) else str(v)
            for f in fields(settings) for v in [getattr(settings, f.name)]}


class Store:
    def __init__(self, out: Path, run: str, chunks: int) -> None:
        self.out, self.run, self.chunks = out, run, chunks
        self.meta = out / "_batch"
        self.parts = self.meta / "parts"

    def open(self) -> dict[int, dict]:
        """Start or resume; the chunks already done, with their counts."""
        state = self._read_run()
        if state is None:
            clash = [t for t in TABLE_NAMES if (self.out / t).exists()]
            if clash:
                raise StoreError(f"{self.out} already holds tables ({', '.join(clash)}) not "
                                 "written by this run; choose another folder or delete it")
            self._write_run(complete=False)
            return {}
        if state.get("run") != self.run or state.get("chunks") != self.chunks:
            raise StoreError(f"{self.out} holds another batch run (other inputs, options or "
                             "settings); choose another folder, or delete it to start afresh")
        return self.done()

    @property
    def complete(self) -> bool:
        state = self._read_run()
        return bool(state and state.get("complete"))

    def done(self) -> dict[int, dict]:
        done = {}
        try:
            lines = (self.meta / "done.jsonl").read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return done
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:  # a line torn by a kill: that chunk is redone
                continue
            if all(self._has_part(t, entry["chunk"]) for t in TABLE_NAMES):
                done[entry["chunk"]] = entry
        return done

    def write(self, chunk: int, tables: dict, counts: dict) -> None:
        """The chunk's parts, each atomically, then its line in the manifest."""
        import pyarrow.parquet as pq

        for table in TABLE_NAMES:
            target = self._part(table, chunk)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.tmp")
            pq.write_table(tables[table], tmp)
            os.replace(tmp, target)
        line = json.dumps({"chunk": chunk, **counts,
                           "rows": {t: tables[t].num_rows for t in TABLE_NAMES}})
        with open(self.meta / "done.jsonl", "a", encoding="utf-8") as f:
            f.write(line + "\n")
            f.flush()
            os.fsync(f.fileno())

    def finish(self) -> None:
        """Move each table's parts to OUT/T, then mark the run complete."""
        for table in TABLE_NAMES:
            final, staged = self.out / table, self.parts / table
            if staged.exists():
                if final.exists():
                    shutil.rmtree(final)
                os.replace(staged, final)
        self._write_run(complete=True)

    def _part(self, table: str, chunk: int) -> Path:
        return self.parts / table / f"part-{chunk:05d}.parquet"

    def _has_part(self, table: str, chunk: int) -> bool:
        # Staged, or already moved to its table by a finish that was cut short.
        name = f"part-{chunk:05d}.parquet"
        return (self.parts / table / name).exists() or (self.out / table / name).exists()

    def _read_run(self) -> dict | None:
        try:
            return json.loads((self.meta / "run.json").read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None

    def _write_run(self, complete: bool) -> None:
        self.meta.mkdir(parents=True, exist_ok=True)
        tmp = self.meta / ".run.json.tmp"
        tmp.write_text(json.dumps({"version": VERSION, "run": self.run, "chunks": self.chunks,
                                   "complete": complete}), encoding="utf-8")
        os.replace(tmp, self.meta / "run.json")
