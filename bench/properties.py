"""The property tests of tests/test_properties.py with a large budget.

python bench/properties.py [EXAMPLES]   (default 100000 per property; hours on 2 cores)

Prints the examples run, the time, and pytest's verdict; a failure prints the shrunk input.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    env = {**os.environ, "AUDIT_PROPERTY_EXAMPLES": str(examples)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_properties.py"], cwd=ROOT, env=env)
    seconds = time.perf_counter() - started
    print(f"{examples} examples per property, 5 properties: {seconds:.0f} s, "
          f"{'passed' if proc.returncode == 0 else 'FAILED'}")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
