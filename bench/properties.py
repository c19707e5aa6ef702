"""The property tests of tests/test_properties.py with a large budget, in rounds.

python bench/properties.py [TOTAL] [--per-round N] [--jobs J] [--first-seed S]

TOTAL examples in all (default 100,000) are run as rounds of N examples per property (default
2,000: five properties, 10,000 audits a round), each round a fresh pytest with its own
hypothesis seed, J rounds at a time. One round of 20,000 examples a property did not finish a
property in 27 minutes: hypothesis's search slows as it grows, fresh rounds do not. Prints a
line per round (seed, examples, seconds, verdict) and the totals; a failure prints the
shrunk input and the seed that reproduces it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROPERTIES = 5


def run_round(seed: int, per_round: int) -> tuple[int, float, int, str]:
    env = {**os.environ, "AUDIT_PROPERTY_EXAMPLES": str(per_round), "AUDIT_PROPERTY_ROUNDS": "1"}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           f"--hypothesis-seed={seed}", "tests/test_properties.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    return seed, time.perf_counter() - started, proc.returncode, proc.stdout[-3000:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("total", nargs="?", type=int, default=100_000)
    parser.add_argument("--per-round", type=int, default=2_000, help="examples per property")
    parser.add_argument("--jobs", type=int, default=1, help="rounds at a time")
    parser.add_argument("--first-seed", type=int, default=1)
    args = parser.parse_args()
    rounds = max(1, -(-args.total // (args.per_round * PROPERTIES)))
    started, passed, failed = time.perf_counter(), 0, 0
    with ThreadPoolExecutor(args.jobs) as pool:
        seeds = range(args.first_seed, args.first_seed + rounds)
        for seed, seconds, code, out in pool.map(lambda s: run_round(s, args.per_round), seeds):
            ok = code == 0
            passed, failed = passed + ok, failed + (not ok)
            print(f"seed {seed}: {args.per_round * PROPERTIES} examples, {seconds:.0f} s, "
                  f"{'passed' if ok else 'FAILED'}", flush=True)
            if not ok:
                print(out)
    print(f"{passed * args.per_round * PROPERTIES} examples passed in {passed} rounds, {failed} "
          f"failed, {time.perf_counter() - started:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
