"""A folder of bad inputs, audited as a user would: time, peak memory, and a row for each file.

python bench/bad_inputs.py [--keep DIR] [--jobs N]

Builds about thirty hostile files (empty, binary, UTF-16, cp1252, NUL bytes, CR-only, a 10 MB
single line, a 100 MB text, 1 MB of spaced digits, long runs of quotes and brackets, 10k-deep
HTML, broken front matter, XSS payloads, a file with no extension, a symlink loop…), runs
`audit check FOLDER --format json` on it in a child process and prints the wall time, the
child's peak RSS, and one line per file: audited, error (with the reason) or skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROSE = "Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression. "


def build(folder: Path) -> None:
    def write(name: str, data: bytes | str) -> None:
        path = folder / name
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)

    write("empty.txt", b"")
    write("spaces.txt", " \n\t\n" * 100)
    write("binary.txt", bytes(range(256)) * 40)
    write("png-named.html", b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
    write("utf16.txt", (PROSE * 20).encode("utf-16"))
    write("cp1252.txt", (PROSE * 20).encode("cp1252"))
    write("nul-bytes.md", b"# Titre\n\x00\x00" + PROSE.encode())
    write("cr-only.txt", (PROSE + "\r") * 200)
    write("one-line-10mb.txt", "mot " * 2_500_000)
    with open(folder / "huge-100mb.txt", "wb") as handle:
        chunk = (PROSE + "\n").encode() * 10_000
        for _ in range(100_000_000 // len(chunk) + 1):
            handle.write(chunk)
    write("spaced-digits.txt", "2\u00a0500 " * 150_000)
    write("ones.txt", "1 " * 500_000)
    write("quotes.txt", "« " * 200_000 + "»" * 1000)
    write("brackets.txt", "[(" * 300_000)
    write("selon.txt", "selon " * 300_000)
    write("deep.html", "<div>" * 10_000 + "texte" + "</div>" * 10_000)
    write("deep-2000.html", "<html><body>" + "<div>" * 2000 + PROSE + "</div>" * 2000)
    write("unclosed.html", "<html><body><p>" + "<b><i><span>" * 3000 + PROSE)
    write("broken-front.md", "---\ntitle: [unclosed\n---\n# T\n" + PROSE)
    write("front-list.md", "---\n- a\n- b\n---\n# T\n" + PROSE)
    write("xss.html", "<html><head><title><script>alert(1)</script></title></head><body>"
                      "<h1 onmouseover=alert(1)>T</h1><p>" + PROSE + "<img src=x onerror=alert(1)>"
                      "<a href='javascript:alert(1)'>x</a></p></body></html>")
    write("charset-lies.html", "<meta charset='utf-16'><p>" + PROSE * 5 + "</p>")
    write("entities.html", "<p>" + "&shy;&#8203;&amp;&bogus;&#0;" * 20_000 + "</p>")
    write("many-lines.txt", "Ligne\n" * 200_000)
    write("money.txt", "50 millions de dollars [environ 42,7 millions d'euros], " * 20_000)
    write("NOEXTENSION", PROSE * 10)
    write("image.png", b"\x89PNG\r\n\x1a\n" + os.urandom(1000))
    write("ok.txt", PROSE * 10)
    write("ok.html", "<html><body><h1>Titre</h1><p>" + PROSE * 10 + "</p></body></html>")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    write(os.fsdecode(b"caf\xe9.txt"), PROSE * 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", metavar="DIR", help="build the folder here and keep it")
    parser.add_argument("--jobs", type=int, default=0, help="as audit check: 0 is one per CPU core")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="audit-bad-"))
    folder.mkdir(parents=True, exist_ok=True)
    build(folder)
    files = sorted(os.listdir(folder))
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "audit", "check", str(folder), "--format", "json",
                           "--jobs", str(args.jobs)], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    try:
        out = json.loads(proc.stdout)
    except json.JSONDecodeError:
        print(f"no JSON (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
        sys.exit(1)
    rows = {Path(a["path"]).name: (a["status"], a["error"]) for a in out["articles"]}
    rows.update({Path(s["path"]).name: ("skipped", s["reason"]) for s in out["skipped"]})
    print(f"{len(files)} files, exit {proc.returncode}, {seconds:.1f} s, peak RSS {peak:.0f} MB, "
          f"traceback: {'yes' if 'Traceback' in proc.stderr else 'no'}")
    for name in files:
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        status, reason = rows.get(shown, ("MISSING", "no row at all"))
        print(f"  {shown:22} {status:8} {reason or ''}"[:160])
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
