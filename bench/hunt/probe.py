"""The hunt for superlinear input shapes (2026-12-03): python bench/hunt/probe.py SHAPE[,SHAPE...]
[--sizes 20000,200000,2000000] [--cap 120] [--profile DIR]

Shapes are functions in bench/hunt/shapes.py: gen(size) -> (data, name). Each run is a fresh
process audited as bench/hostile.py does; it prints s/MB and the growth per 10x input.
HUNT_ROOT: the checkout to audit with (default: this one), e.g. a git worktree of another commit."""
from __future__ import annotations
import argparse, json, subprocess, sys

import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("HUNT_ROOT", os.path.dirname(os.path.dirname(HERE)))
PY = sys.executable
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[4])
import shapes
from audit.pipeline import audit_article
from audit.settings import Settings
shape, size, prof = sys.argv[1], int(sys.argv[2]), sys.argv[3]
data, name = getattr(shapes, shape)(size)
from pathlib import Path
for seed in sorted(Path("seeds").glob("*.txt")):
    audit_article(seed.read_bytes(), seed.name, Settings())
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if prof != "-":
    import cProfile
    pr = cProfile.Profile(); pr.enable()
start = time.perf_counter()
result = audit_article(data, name, Settings(max_size=None, time_budget=None))
seconds = time.perf_counter() - start
if prof != "-":
    pr.disable(); pr.dump_stats(prof)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "mb": (peak - base) / 1024, "error": result.error,
                  "chars": len(data), "findings": len(result.findings)}))
"""

def run(shape, size, cap, prof="-"):
    try:
        proc = subprocess.run([PY, "-c", CHILD, shape, str(size), prof, HERE], capture_output=True,
                              text=True, cwd=ROOT, timeout=cap)
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    if proc.returncode != 0:
        return {"failed": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])

def main():
    p = argparse.ArgumentParser()
    p.add_argument("shapes")
    p.add_argument("--sizes", default="20000,200000,2000000")
    p.add_argument("--cap", type=float, default=120)
    p.add_argument("--profile", default=None, help="dir: dump cProfile stats per run")
    a = p.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    for shape in a.shapes.split(","):
        prev = None
        for size in sizes:
            if prev is not None and prev.get("timeout"):
                print(f"{shape:22} {size/1e6:6.2f}M skipped", flush=True); continue
            prof = f"{a.profile}/{shape}_{size}.prof" if a.profile else "-"
            r = run(shape, size, a.cap, prof)
            if r.get("timeout"):
                print(f"{shape:22} {size/1e6:6.2f}M over {a.cap:.0f} s", flush=True); prev = r; continue
            if "failed" in r:
                print(f"{shape:22} {size/1e6:6.2f}M failed: {r['failed']}", flush=True); prev = None; continue
            g = r["seconds"] / prev["seconds"] if prev and prev.get("seconds") else float("nan")
            mbg = r["mb"] / prev["mb"] if prev and prev.get("mb", 0) > 1 else float("nan")
            mb = r["chars"] / 1e6
            print(f"{shape:22} {mb:6.2f}M {r['seconds']:8.2f}s {r['seconds']/mb:7.2f}s/MB "
                  f"rss+{r['mb']:7.1f}MB growth {g:5.1f} rssgrowth {mbg:5.1f} findings {r['findings']}"
                  + (f" ({r['error']})" if r["error"] else ""), flush=True)
            prev = r

if __name__ == "__main__":
    main()
