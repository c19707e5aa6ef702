"""Throughput, latency and memory of the audit on N copies of the seeds.

    python bench/bench.py N [--jobs J]

Prints articles/s, per-article latency (median, p95), peak RSS, and the wall time of a cold
`audit check` of one seed in a fresh process. Figures, not assertions: targets are read here.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.pipeline import audit_article  # noqa: E402
from audit.settings import Settings  # noqa: E402


def cold_check(seed: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "audit", "check", str(seed)], cwd=ROOT, check=False,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, help="how many copies of the seeds to audit")
    parser.add_argument("--with-html", action="store_true", help="add the WordPress fixture")
    args = parser.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if args.with_html:
        seeds.append(ROOT / "tests" / "fixtures" / "wordpress_000.html")
    inputs = [(p.name, p.read_bytes()) for p in seeds]
    settings = Settings()
    audit_article(inputs[0][1], inputs[0][0], settings)  # warm: lexicons compiled, rates loaded
    latencies = []
    start = time.perf_counter()
    for i in range(args.n):
        name, data = inputs[i % len(inputs)]
        t = time.perf_counter()
        audit_article(data, name, settings)
        latencies.append(time.perf_counter() - t)
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    latencies.sort()
    print(f"articles:          {args.n}")
    print(f"throughput:        {args.n / wall:.1f} articles/s (one process)")
    print(f"latency median:    {statistics.median(latencies) * 1000:.1f} ms")
    print(f"latency p95:       {latencies[int(0.95 * (len(latencies) - 1))] * 1000:.1f} ms")
    print(f"peak RSS:          {peak_mb:.0f} MB")
    for seed in seeds[:3]:
        print(f"cold check:        {cold_check(seed):.2f} s wall, fresh process, {seed.name}")


if __name__ == "__main__":
    main()
