"""Cold start: a fresh `audit check` of one page against a fresh `trafilatura` CLI on it.

    python bench/cold_start.py [--pages 12] [--runs 5]

For the first --pages eval pages (../shared/eval/trafilatura, sorted by name) and the seeds,
runs in turn, --runs times each: `audit check PAGE` (the memo warm, as from the second run
on a machine), the same as a first run (an empty cache folder each time, the memo written at
exit), and `trafilatura < PAGE` (HTML only). Prints the best and median wall time of each, whether our run imported trafilatura
(it is asked on the pages our block model is unsure of), and the ratio of the best times.
Byte-code is written and read as on a user's machine (PYTHONDONTWRITEBYTECODE is unset).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"
TRAFILATURA = Path(sys.executable).with_name("trafilatura")

OURS = ("import sys\n"
        "from audit.cli import main\n"
        "code = main(['check', sys.argv[1]])\n"
        "sys.stderr.write('\\nASKED=%d' % ('trafilatura' in sys.modules))\n"
        "sys.exit(code)\n")


def _run(cmd: list[str], env: dict[str, str], stdin: Path | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as f:
        proc = subprocess.run(cmd, env=env, stdin=f, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=ROOT, check=False)
    return time.perf_counter() - start, proc.stderr.decode(errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=12, help="how many eval pages")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    empty = tempfile.mkdtemp(prefix="cold-start-")
    pages = sorted(EVAL.glob("*.html"))[:args.pages] if EVAL.is_dir() else []
    pages += sorted((ROOT / "seeds").glob("*.txt"))
    print(f"{'page':22} {'asked':>5} {'ours best':>9} {'median':>7} {'1st run':>8} "
          f"{'trafilatura':>11} {'median':>7} {'ratio':>6}")
    ratios: dict[bool, list[float]] = {True: [], False: []}
    for page in pages:
        ours = [sys.executable, "-c", OURS, str(page)]
        _, err = _run(ours, env)  # warms the memo and the byte-code
        asked = "ASKED=1" in err
        times: dict[str, list[float]] = {"ours": [], "cold": [], "traf": []}
        for _ in range(args.runs):
            times["ours"].append(_run(ours, env)[0])
            fresh = tempfile.mkdtemp(dir=empty)  # a first run: nothing kept yet
            times["cold"].append(_run(ours, dict(env, AUDIT_CACHE_DIR=fresh))[0])
            if page.suffix == ".html" and TRAFILATURA.exists():
                times["traf"].append(_run([str(TRAFILATURA)], env, stdin=page)[0])
        best = {k: min(v) if v else float("nan") for k, v in times.items()}
        ratio = best["ours"] / best["traf"] if times["traf"] else float("nan")
        if times["traf"]:
            ratios[asked].append(ratio)
        print(f"{page.name[:22]:22} {'yes' if asked else 'no':>5} {best['ours']:9.2f} "
              f"{statistics.median(times['ours']):7.2f} {best['cold']:8.2f} {best['traf']:11.2f} "
              f"{statistics.median(times['traf']) if times['traf'] else float('nan'):7.2f} "
              f"{ratio:6.2f}")
    shutil.rmtree(empty, ignore_errors=True)
    for asked, values in ratios.items():
        if values:
            print(f"trafilatura {'asked' if asked else 'not asked'}: {len(values)} pages, "
                  f"ratio of best times median {statistics.median(values):.2f}, "
                  f"max {max(values):.2f}")


if __name__ == "__main__":
    main()
