"""Every hostile run (shapes.KINDS) in every place of an article (shapes.PLACES), audited at
two sizes in fresh processes: prints the pairs whose time grows faster than linearly.

    python bench/hunt/matrix.py [--sizes 20000,80000] [--ratio 8] [--cap 60] [--kinds a,b] [--places a,b]
"""
from __future__ import annotations
import argparse, os, sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe, shapes  # noqa: E401,E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="20000,80000")
    p.add_argument("--ratio", type=float, default=8.0)
    p.add_argument("--cap", type=float, default=60)
    p.add_argument("--kinds", default=",".join(shapes.KINDS))
    p.add_argument("--places", default=",".join(shapes.PLACES))
    p.add_argument("--jobs", type=int, default=1)
    a = p.parse_args()
    small, large = (int(s) for s in a.sizes.split(","))
    pairs = [(k, pl) for pl in a.places.split(",") for k in a.kinds.split(",")]

    def one(pair):
        name = f"m__{pair[0]}__{pair[1]}"
        first = probe.run(name, small, a.cap)
        if "seconds" not in first:
            return pair, first, {}
        second = probe.run(name, large, a.cap) if first["seconds"] < a.cap / 4 else {"timeout": True}
        return pair, first, second

    flagged = 0
    with ThreadPoolExecutor(a.jobs) as pool:
        for (kind, place), first, second in pool.map(one, pairs):
            if "seconds" not in first or "seconds" not in second:
                print(f"{kind:12} {place:11} {first} {second}", flush=True); flagged += 1; continue
            growth = second["seconds"] / max(first["seconds"], 1e-3)
            rate = second["seconds"] / (second["chars"] / 1e6)
            mark = "  <-- superlinear" if growth > a.ratio and second["seconds"] > 0.05 else ""
            flagged += bool(mark)
            print(f"{kind:12} {place:11} {first['seconds']:7.3f}s {second['seconds']:7.3f}s "
                  f"growth {growth:5.1f} {rate:7.2f} s/MB{mark}", flush=True)
    print(f"{flagged} superlinear or failed", file=sys.stderr)


if __name__ == "__main__":
    main()
