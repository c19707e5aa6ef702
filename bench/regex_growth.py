"""Every regular expression the audit compiles, timed on hostile strings of growing length:
prints those whose time grows faster than linearly (the backtracking kind of issue #10).

    python bench/regex_growth.py [--sizes 500,2000,8000] [--ratio 8] [--floor 0.002]

The patterns are caught as they are compiled (re's own compile and audit.rx's), while the
seeds are audited, so the lexicons' patterns are in. Each is asked ``search`` and, where it
finds something, ``finditer`` to the end, on runs of one character class and on runs set
between words (a quotation, a name and a date, a separator). A pattern is listed when the
time per ×4 of length grows more than ``--ratio`` (linear: 4, quadratic: 16) and the
longest string takes more than ``--floor`` seconds. Whether a listed pattern matters
depends on what its caller hands it: a window of 40 characters is no risk; a line is.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "hunt"))
from shapes import KINDS  # noqa: E402

SITES: dict[tuple[str, int], str] = {}


def _site() -> str:
    for frame in reversed(traceback.extract_stack()[:-2]):
        if "/audit/" in frame.filename and not frame.filename.endswith(("/rx.py", "/memo.py")):
            return f"{Path(frame.filename).relative_to(ROOT)}:{frame.lineno}"
    return "?"


def _catch() -> None:
    """Wrap re's compile and audit.rx's so that each pattern is known with where it came from."""
    original = re._compile  # type: ignore[attr-defined]

    def caught(pattern, flags):  # noqa: ANN001
        compiled = original(pattern, flags)
        if isinstance(pattern, str):
            SITES.setdefault((pattern, int(flags)), _site())
        return compiled

    re._compile = caught  # type: ignore[attr-defined]
    from audit import rx

    built = rx.compile

    def rx_caught(pattern, flags=0):  # noqa: ANN001
        compiled = built(pattern, flags)
        if isinstance(pattern, str):
            SITES.setdefault((pattern, int(compiled.flags)), _site())
        return compiled

    rx.compile = rx_caught


def hostile(n: int) -> dict[str, str]:
    """Strings of about n characters that make backtracking patterns work."""
    # The matrix's runs (bench/hunt/shapes.py), and a few that only a pattern alone can meet.
    units = {**KINDS, "newlines": "\n", "line": "a\n", "digit_nbsp": "1\u00a0", "Word_space": "Ab "}
    runs = {name: (unit * (n // len(unit) + 1))[:n] for name, unit in units.items()}
    gap = " " * n
    framed = {
        "quote gap": f"« oui{gap}non » selon Le Monde",
        "quote gap open": f"« oui{gap}non selon Le Monde",
        "curly gap": f"“oui{gap}non” selon Le Monde",
        "straight gap": f'"oui{gap}non" selon Le Monde',
        "name sep date": f"ab - cd{gap}e",
        "name gap": f"Jean{gap}Dupont",
        "says gap": f"Jean{gap}x",
        "word gap colon": f"Jean{gap}:x",
        "gap then newline": f"a{gap}\nb",
        "paren gap": f"(avec{gap}AFP x",
        "number gap": f"12{gap}euros x",
        "date gap": f"12 mars{gap}2024 x",
    }
    return {**runs, **framed}


def _time(pattern: re.Pattern[str], text: str, budget: float) -> float:
    start = time.perf_counter()
    found = pattern.search(text)
    if found is not None:
        for _ in pattern.finditer(text):
            if time.perf_counter() - start > budget:
                break
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,2000,8000")
    parser.add_argument("--ratio", type=float, default=8.0)
    parser.add_argument("--floor", type=float, default=0.002)
    parser.add_argument("--budget", type=float, default=2.0, help="seconds per timing at most")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    _catch()
    from audit.pipeline import audit_article
    from audit.settings import Settings

    for seed in sorted((ROOT / "seeds").iterdir()):
        if seed.is_file():
            audit_article(seed.read_bytes(), seed.name, Settings())
    patterns = [(re.compile(p, f), site) for (p, f), site in SITES.items() if "/audit/" in f"/{site}"]
    print(f"{len(patterns)} patterns compiled by audit/, sizes {sizes}", file=sys.stderr)
    texts = {n: hostile(n) for n in sizes}
    flagged = []
    for pattern, site in patterns:
        for name in texts[sizes[0]]:
            times = []
            for n in sizes:
                seconds = _time(pattern, texts[n][name], args.budget)
                times.append(seconds)
                if seconds > args.budget:
                    break
            growth = max((b / a for a, b in zip(times, times[1:]) if a > 1e-5), default=1.0)
            if times[-1] > args.floor and (growth > args.ratio or times[-1] > args.budget):
                flagged.append((times[-1], growth, site, name, pattern.pattern))
    flagged.sort(reverse=True)
    print(f"{'seconds':>8} {'growth':>6}  {'site':34} {'string':16} pattern")
    for seconds, growth, site, name, source in flagged:
        shown = source if len(source) < 90 else source[:87] + "..."
        print(f"{seconds:8.3f} {growth:6.1f}  {site:34} {name:16} {shown}")
    print(f"{len(flagged)} (pattern, string) pairs grow faster than linear", file=sys.stderr)


if __name__ == "__main__":
    main()
