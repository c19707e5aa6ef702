"""`audit batch` on archives of N articles: articles/s, wall time and peak memory.

    python bench/batch.py [--sizes 1000,10000] [--format folder|jsonl] [--engine local|spark]
                          [--jobs J] [--with-expectations]

The archive is built from the pages of ../shared/eval/trafilatura/html by repetition with
variation: half HTML pages (a counter inserted in the title), half pasted text (the page's
visible text, as a reader copies it, with the counter in its first line). Each size runs
`audit batch` in a fresh process; peak RSS is sampled over the whole process tree (the
batch and its workers) and for the largest process. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "eval" / "trafilatura" / "html"


def sources(limit: int | None = None) -> list[tuple[str, str, str]]:
    """(stem, html, pasted text) per eval page."""
    import lxml.html

    out = []
    for path in sorted(PAGES.glob("*.html"))[:limit]:
        html = path.read_bytes().decode("utf-8", "replace")
        try:
            root = lxml.html.fromstring(html.encode("utf-8"))
            for bad in root.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            text = re.sub(r"\n\s*\n+", "\n\n", root.text_content()).strip()
        except Exception:  # a page lxml cannot read gives no pasted text
            text = ""
        out.append((path.stem, html, text))
    return out


def articles(n: int, pages: list[tuple[str, str, str]]):
    """(name, content, is_html) for N articles, alternating HTML and pasted text. The pasted
    ones start half-way through the pages, so any archive of as many articles as there are
    pages holds every page once (a worker's memory grows with the distinct pages it has seen,
    then stays: 1,000 articles against 10,000 compares like with like)."""
    for i in range(n):
        stem, html, text = pages[(i // 2 + (i % 2) * (len(pages) // 2)) % len(pages)]
        if i % 2 == 0 or not text:
            yield f"{i:06d}-{stem}.html", re.sub(r"<title>", f"<title>[{i}] ", html, count=1,
                                                 flags=re.I), True
        else:
            yield f"{i:06d}-{stem}.txt", f"[{i}] {text}\n", False


def build(folder: Path, n: int, fmt: str, pages) -> Path:
    if fmt == "folder":
        for name, content, _ in articles(n, pages):
            sub = folder / name[:3]  # a thousand files per folder at most
            sub.mkdir(parents=True, exist_ok=True)
            (sub / name).write_text(content, encoding="utf-8")
        return folder
    crawl = folder / "crawl.jsonl"
    folder.mkdir(parents=True, exist_ok=True)
    with open(crawl, "w", encoding="utf-8") as f:
        for name, content, _ in articles(n, pages):
            # One column for both, as crawls store them: the content says HTML or text.
            row = {"url": f"https://archive.example/{name}", "content": content}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return crawl


def run(target: Path, out: Path, args) -> dict:
    command = [sys.executable, "-m", "audit", "batch", str(target), "-o", str(out), "--isolated",
               "--engine", args.engine, "--jobs", str(args.jobs)]
    if not args.with_expectations:
        command.append("--skip-expectations")
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak_tree = peak_one = peak_root = peak_worker = 0
    while proc.poll() is None:
        total, largest, root, worker = _tree_rss(proc.pid)
        peak_tree, peak_one = max(peak_tree, total), max(peak_one, largest)
        peak_root, peak_worker = max(peak_root, root), max(peak_worker, worker)
        time.sleep(0.25)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"audit batch failed ({proc.returncode}):\n{stderr}")
    rate = re.search(r"audited (\d+) article\(s\) in ([\d.]+) s", stdout)
    return {"wall": wall, "audit_s": float(rate.group(2)) if rate else wall,
            "peak_tree_mb": peak_tree / 1024,
            "peak_process_mb": peak_one / 1024,
            "peak_batch_mb": peak_root / 1024, "peak_worker_mb": peak_worker / 1024,
            "stdout": stdout}


def _tree_rss(pid: int) -> tuple[int, int, int, int]:
    """KB of resident memory of ``pid`` and its descendants, of the largest of them, of
    ``pid`` itself (the batch process) and of its largest descendant (a worker)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
    workers = _descendants(pid, children)
    sizes = [rss.get(p, 0) for p in [pid, *workers]]
    return sum(sizes), max(sizes), sizes[0], max(sizes[1:], default=0)


def _descendants(pid: int, children: dict[int, list[int]]) -> list[int]:
    out, todo = [], list(children.get(pid, []))
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000",
                        help="comma-separated archive sizes (e.g. 1000,10000,100000)")
    parser.add_argument("--format", choices=["folder", "jsonl"], default="folder")
    parser.add_argument("--engine", choices=["local", "spark"], default="local")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--with-expectations", action="store_true",
                        help="also run the expectation suites (imports GX)")
    args = parser.parse_args()
    if not PAGES.is_dir():
        sys.exit(f"no eval pages in {PAGES}")
    pages = sources()
    print(f"{len(pages)} eval pages; engine {args.engine}, {args.jobs} job(s), "
          f"{args.format} archive, {os.cpu_count()} cores")
    print(f"{'articles':>9} {'wall s':>8} {'audit s':>8} {'articles/s':>10} "
          f"{'peak RSS tree MB':>16} {'largest process MB':>18} {'batch MB':>8} "
          f"{'worker MB':>9}")
    for n in (int(s) for s in args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix="audit-bench-batch-"))
        try:
            target = build(work / "archive", n, args.format, pages)
            got = run(target, work / "out", args)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"{n:>9} {got['wall']:>8.1f} {got['audit_s']:>8.1f} {n / got['audit_s']:>10.1f} "
              f"{got['peak_tree_mb']:>16.0f} {got['peak_process_mb']:>18.0f} "
              f"{got['peak_batch_mb']:>8.0f} {got['peak_worker_mb']:>9.0f}", flush=True)


if __name__ == "__main__":
    main()
