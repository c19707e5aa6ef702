"""A batch worker's memory against the number of articles it has audited.

    python bench/worker_memory.py [--rounds 3] [--pages N]

One process audits the eval pages of ../shared/eval/trafilatura (each as HTML and as pasted
text, as `bench/batch.py` builds its archives) round after round, and hands freed memory back
after every 100 articles as a batch worker does after each chunk (`release_memory`). It prints
its resident memory every quarter round: a worker's memory grows while it meets pages it has
not seen (caches of class strings and disclosures, the rates, a locale's data, the allocator's
high water), then stays flat however many more articles it audits. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=None, help="the first N pages only")
    args = parser.parse_args()
    from batch import sources  # bench/batch.py: (stem, html, pasted text) per page

    from audit.cli.archive.work import release_memory
    from audit.pipeline import audit_article
    from audit.settings import Settings

    pages = [(f"{stem}.{ext}", data.encode("utf-8"))
             for stem, html, text in sources(args.pages) for ext, data in (("html", html), ("txt", text))]
    settings = Settings()
    audit_article(pages[0][1], pages[0][0], settings)  # imports and lexicons: not the pages' doing
    release_memory()
    base = _resident_mb()
    print(f"{len(pages)} articles a round (the pages themselves held: they are part of the "
          f"baseline); resident after the first article: {base:.0f} MB")
    print(f"{'round':>5} {'articles':>9} {'resident MB':>11} {'above start':>11} {'s':>6}")
    done, start = 0, time.perf_counter()
    quarter = max(len(pages) // 4, 1)
    for round_ in range(1, args.rounds + 1):
        for k, (name, data) in enumerate(pages, start=1):
            audit_article(data, name, settings)
            done += 1
            if done % 100 == 0:
                release_memory()
            if k % quarter == 0 or k == len(pages):
                now = _resident_mb()
                print(f"{round_:>5} {done:>9} {now:>11.0f} {now - base:>11.0f} "
                      f"{time.perf_counter() - start:>6.0f}", flush=True)


if __name__ == "__main__":
    main()
