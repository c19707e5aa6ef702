"""`audit batch`: archive inputs -> Parquet tables, resumable, the same rows as `audit check`."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

from audit.cli import main  # noqa: E402
from audit.cli import batch as check_batch  # noqa: E402
from audit.cli.archive.rows import TABLE_NAMES, arrow_schemas  # noqa: E402
from audit.cli.archive.work import WORKER_DIED  # noqa: E402
from audit.cli.batch import audit_paths  # noqa: E402
from audit.settings import Settings  # noqa: E402
from audit.tables import TABLES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures").glob("*.html")) + sorted((ROOT / "seeds").glob("*.txt"))


def _archive(folder: Path, copies: int = 1) -> Path:
    """The fixture pages and seeds, ``copies`` times, each copy's title made unique."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for page in PAGES:
            text = page.read_text(encoding="utf-8")
            if page.suffix == ".html":
                text = text.replace("<title>", f"<title>{n} ", 1)
            else:
                text = f"{n} {text}"
            (folder / f"{n:03d}-{page.name}").write_text(text, encoding="utf-8")
    return folder


def _table(out: Path, name: str):
    return pq.read_table(out / name).to_pandas()


def _batch(*args: str) -> int:
    return main(["batch", *args, "--skip-expectations", "--isolated"])


def test_tables_hold_what_audit_check_finds(tmp_path, capsys):
    archive = _archive(tmp_path / "a")
    (archive / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert _batch(str(archive), "-o", str(out), "--jobs", "2", "--chunk-size", "2") == 0
    printed = capsys.readouterr().out
    assert f"{len(PAGES) + 1} article(s), 1 not audited" in printed
    results = audit_paths([str(archive)], Settings())
    for name in ("articles", "findings", "quantities"):
        ours = _table(out, name)
        theirs = TABLES[name](results)
        assert list(ours.columns) == list(theirs.columns)
        assert ours.astype(object).where(ours.notna(), None).values.tolist() == \
            theirs.astype(object).where(theirs.notna(), None).values.tolist(), name
    articles = _table(out, "articles")
    assert articles.loc[articles.path.str.endswith("empty.txt"), "status"].tolist() == ["error"]
    assert "text" not in articles.columns
    citations = _table(out, "citations")
    assert len(citations) == sum(len(r.facts.citations) for r in results if r.ok) > 0
    assert len(_table(out, "comments")) == sum(len(r.seg.comments) for r in results if r.ok) > 0


def test_columns_and_types_are_stable_even_when_empty(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "bare.txt").write_text("Un texte sans rien.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _batch(str(tmp_path / "a"), "-o", str(out), "--with-text", "--jobs", "1") == 0
    schemas = arrow_schemas(with_text=True)
    for name in TABLE_NAMES:
        table = pq.read_table(out / name)
        assert table.schema.remove_metadata() == schemas[name], name
    assert _table(out, "articles").text.tolist() == ["Un texte sans rien.\n"]


def test_jsonl_and_parquet_rows_are_articles(tmp_path):
    html = (ROOT / "tests" / "fixtures" / "wordpress_000.html").read_text(encoding="utf-8")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join([json.dumps({"url": "https://example.org/a.txt", "html": html}),
                                "",
                                "{not json",
                                json.dumps({"url": "https://example.org/b", "html": None})])
                     + "\n", encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"content": seed}) + "\n", encoding="utf-8")
    table = tmp_path / "rows.parquet"
    pq.write_table(pa.table({"doc_id": ["p1", "p2"], "text": [seed, html]}), table)
    out = tmp_path / "out"
    assert _batch(str(tmp_path / "*.jsonl"), str(table), "-o", str(out), "--jobs", "1") == 0
    articles = _table(out, "articles")
    assert articles.path.tolist() == ["https://example.org/a.txt", f"{crawl}:3",
                                      "https://example.org/b", f"{texts}:1", "p1", "p2"]
    assert articles.status.tolist() == ["ok", "error", "error", "ok", "ok", "ok"]
    assert articles.error[1].startswith("line 3 is not JSON")
    assert articles.error[2] == "no text in column 'html'"
    # An HTML column is read as HTML whatever its URL says; a row is audited as its file is.
    assert articles.format.tolist()[0] == "html"
    direct = audit_paths([str(ROOT / "tests" / "fixtures" / "wordpress_000.html")], Settings())
    findings = _table(out, "findings")
    ours = findings[findings.path == "https://example.org/a.txt"][["rule", "start", "end"]]
    assert ours.values.tolist() == [[f.rule, f.start, f.end] for f in direct[0].findings]
    assert articles.n_findings[3] == articles.n_findings[4]  # the same seed, JSONL and Parquet


def test_inputs_that_cannot_be_planned_are_usage_errors(tmp_path, capsys):
    (tmp_path / "x.jsonl").write_text(json.dumps({"title": "t"}) + "\n", encoding="utf-8")
    assert _batch(str(tmp_path / "x.jsonl"), "-o", str(tmp_path / "o")) == 2
    assert "no text or HTML column among title" in capsys.readouterr().err
    assert _batch(str(tmp_path / "nothing-*.html"), "-o", str(tmp_path / "o")) == 2
    assert "no file matches" in capsys.readouterr().err
    assert _batch(str(tmp_path / "x.jsonl"), "--text-column", "body",
                  "-o", str(tmp_path / "o")) == 2
    assert "no column 'body'" in capsys.readouterr().err


def test_each_jsonl_row_reads_the_text_column_it_has(tmp_path):
    """A crawl's rows need not share columns: row 1 `html`, row 2 `text` (row 2 used to be
    "no text in column 'html'"). A named column is that column, and a row without it is an
    error naming the file and the line."""
    html = "<html><body><article><p>Le ministre a démissionné mardi soir.</p></article></body></html>"
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps(row) for row in [
        {"url": "https://example.org/a", "html": html},
        {"url": "https://example.org/b", "text": "La ministre a démissionné mercredi matin."},
        {"html": None, "content": "Un texte sous une autre colonne, sans identifiant."},
        {"url": "https://example.org/d", "title": "pas de texte"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _batch(str(crawl), "-o", str(out), "--jobs", "1") == 0
    articles = _table(out, "articles")
    assert articles.path.tolist() == ["https://example.org/a", "https://example.org/b",
                                      f"{crawl}:3", "https://example.org/d"]
    assert articles.status.tolist() == ["ok", "ok", "ok", "error"]
    assert articles.format.tolist()[:3] == ["html", "text", "text"]
    assert articles.error[3] == (f"{crawl}, line 4: no text or HTML column among url, title "
                                 "(name one with --text-column)")
    named = tmp_path / "named"
    assert _batch(str(crawl), "-o", str(named), "--jobs", "1", "--text-column", "html") == 0
    articles = _table(named, "articles")
    assert articles.status.tolist() == ["ok", "error", "error", "error"]
    assert articles.error[1] == f"{crawl}, line 2: no column 'html' (its columns: url, text)"
    assert articles.error[2] == "no text in column 'html'"  # there, but null


def test_another_run_into_the_same_folder_is_refused(tmp_path, capsys):
    archive = _archive(tmp_path / "a")
    out = tmp_path / "out"
    assert _batch(str(archive), "-o", str(out), "--jobs", "1") == 0
    assert _batch(str(archive), "-o", str(out), "--jobs", "1") == 0  # the same run: nothing to do
    assert "complete: nothing to audit" in capsys.readouterr().err
    assert _batch(str(archive), "-o", str(out), "--jobs", "1", "--with-text") == 2
    assert "holds another batch run" in capsys.readouterr().err


def _parts(out: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(out)): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in (out / "_batch" / "parts").rglob("*.parquet")}


def test_a_killed_run_resumes_and_audits_nothing_twice(tmp_path):
    archive = _archive(tmp_path / "a", copies=4)  # 24 articles, 8 chunks
    total = len(list(archive.iterdir()))
    whole, cut = tmp_path / "whole", tmp_path / "cut"
    command = [sys.executable, "-m", "audit", "batch", str(archive), "--isolated",
               "--skip-expectations", "--jobs", "1", "--chunk-size", "3"]
    subprocess.run(command + ["-o", str(whole)], check=True, capture_output=True, timeout=300)
    proc = subprocess.Popen(command + ["-o", str(cut)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    done_file = cut / "_batch" / "done.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if done_file.exists() and done_file.read_text().count("\n") >= 2:
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    done = done_file.read_text().count("\n")
    assert 2 <= done < 8
    kept = {k: v for k, v in _parts(cut).items()
            if int(k.split("-")[1].split(".")[0]) < done}
    rerun = subprocess.run(command + ["-o", str(cut)], capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"resuming: {done} of 8 chunk(s) already done" in rerun.stderr
    assert f"audited {total - 3 * done} article(s)" in rerun.stdout
    # The chunks done before the kill were not written again.
    moved = {k.replace("_batch/parts/", ""): v for k, v in kept.items()}
    assert {k: _stat(cut / k) for k in moved} == moved
    for name in TABLE_NAMES:
        a, b = _table(whole, name), _table(cut, name)
        assert a.equals(b), name
    assert _table(cut, "articles").path.is_unique
    assert [json.loads(line)["chunk"] for line in done_file.read_text().splitlines()] == \
        list(range(8))


def _stat(path: Path) -> tuple[int, int]:
    return path.stat().st_ino, path.stat().st_mtime_ns


@pytest.mark.skipif(sys.platform != "linux", reason="workers inherit the patch by fork on Linux")
def test_a_worker_that_dies_costs_only_its_own_article(tmp_path, monkeypatch):
    from audit.cli.archive import local

    monkeypatch.setattr(local, "START_METHOD", "fork")  # so the workers have the patch
    real = check_batch.audit_article

    def fragile(data, name, settings):
        if "boom" in (data if isinstance(data, str) else data.decode("utf-8", "replace")):
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
        return real(data, name, settings)

    monkeypatch.setattr(check_batch, "audit_article", fragile)
    archive = tmp_path / "a"
    archive.mkdir()
    for n in range(6):
        (archive / f"{n}.txt").write_text("boom\n" if n == 4 else f"Article {n}.\n",
                                          encoding="utf-8")
    out = tmp_path / "out"
    # The auditor failed on one article: the run goes on, and exits 2 as for any internal error.
    assert _batch(str(archive), "-o", str(out), "--jobs", "2", "--chunk-size", "2") == 2
    articles = _table(out, "articles")
    assert articles.path.tolist() == [str(archive / f"{n}.txt") for n in range(6)]
    assert pq.read_table(out / "articles").column("error").to_pylist() == \
        [None] * 4 + [WORKER_DIED, None]


def test_batch_runs_the_suites_and_exits_like_ci(tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["batch", str(ROOT / "seeds"), "-o", str(out), "--isolated",
                 "--expectations", str(ROOT / "expectations"), "--jobs", "1"])
    printed = capsys.readouterr().out
    ci = main(["ci", str(ROOT / "seeds"), "--isolated", "--expectations",
               str(ROOT / "expectations")])
    assert code == ci
    assert printed.endswith(capsys.readouterr().out)  # the same verdict, after the summary


BROKEN_SUITES = {  # what GX refuses only when it builds the suite, not when it is read
    "unknown type": {"type": "expect_column_values_to_be_purple", "kwargs": {"column": "status"}},
    "bad argument": {"type": "expect_column_values_to_be_between",
                     "kwargs": {"column": "n_error", "max_value": "zero"}},
    # and what GX would fail on every run with no reason: the article text is not a column
    "no such column": {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "text"}},
}


@pytest.mark.parametrize("engine", ["local", "spark"])
@pytest.mark.parametrize("broken", list(BROKEN_SUITES))
def test_a_suite_gx_refuses_stops_the_batch_before_any_article(tmp_path, capsys, broken, engine):
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "articles.json").write_text(json.dumps(
        {"name": "a", "expectations": [BROKEN_SUITES[broken]]}), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", str(ROOT / "seeds"), "-o", str(out), "--isolated", "--jobs", "1",
                 "--engine", engine, "--expectations", str(suites)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{suites / 'articles.json'}: " in err and "--skip-expectations" in err
    assert not out.exists()  # nothing audited, nothing written


def test_a_suite_gx_refuses_only_when_validating_is_a_usage_error(tmp_path, capsys,
                                                                     monkeypatch):
    import audit.tables.expectations as expectations

    # As if the check before the audit had let it through: the error still exits 2.
    monkeypatch.setattr(expectations, "check_suites", lambda suites: None, raising=False)
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "articles.json").write_text(json.dumps(
        {"name": "a", "expectations": [BROKEN_SUITES["unknown type"]]}), encoding="utf-8")
    code = main(["batch", str(ROOT / "seeds"), "-o", str(tmp_path / "out"), "--isolated",
                 "--jobs", "1", "--expectations", str(suites)])
    assert code == 2
    assert "expect_column_values_to_be_purple" in capsys.readouterr().err


def test_check_on_one_article_does_not_import_pyarrow():
    code = ("import sys\n"
            "from audit.cli import main; main(['check', 'seeds'])\n"
            "print('HEAVY:' + ','.join(m for m in ('pyarrow', 'pyspark') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_spark_engine_writes_the_local_engine_tables_row_for_row(tmp_path):
    pytest.importorskip("pyspark", reason="pyspark is not installed: the Spark engine is tested "
                                          "with the 'spark' extra (pip install -e '.[spark]')")
    if not shutil.which("java"):
        pytest.skip("no java on PATH: the Spark engine needs a JDK 17+ "
                    "(apt-get install openjdk-17-jre-headless)")
    archive = _archive(tmp_path / "a")
    (archive / "empty.txt").write_text("", encoding="utf-8")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[1].read_text(encoding="utf-8")
    (archive / "crawl.jsonl").write_text(
        json.dumps({"url": "https://example.org/x", "text": seed}) + "\n{broken\n",
        encoding="utf-8")
    local, spark = tmp_path / "local", tmp_path / "spark"
    assert _batch(str(archive), "-o", str(local), "--jobs", "2", "--chunk-size", "3",
                  "--with-text") == 0
    code = _batch(str(archive), "-o", str(spark), "--engine", "spark", "--master", "local[2]",
                  "--chunk-size", "3", "--with-text")
    assert code == 0, _table(spark, "articles")[["path", "error"]].dropna().to_string()
    for name in TABLE_NAMES:
        ours, theirs = pq.read_table(local / name), pq.read_table(spark / name)
        assert theirs.schema.remove_metadata() == ours.schema.remove_metadata(), name
        assert theirs.to_pylist() == ours.to_pylist(), name
    assert pq.read_table(spark / "articles").num_rows == len(PAGES) + 3


def test_a_web_archive_gives_one_article_per_html_response(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Le budget</title></head><body><h1>Le budget</h1><p>Le ministre "
            "aurait démissionné, selon des informations qui circulent depuis mardi à Paris."
            "</p></body></html>").encode("utf-8")
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, body, kind in (("https://example.org/budget", page, "text/html; charset=utf-8"),
                                ("https://example.org/logo.png", b"\x89PNG\r\n", "image/png")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://example.org/budget", "request",
                                                      payload=BytesIO(b"GET /budget HTTP/1.1\r\n\r\n")))
    out = tmp_path / "out"
    assert _batch(str(path), "-o", str(out), "--select", "CIT004") == 0
    articles = _table(out, "articles")
    assert articles.path.tolist() == ["https://example.org/budget"]
    assert articles.format.tolist() == ["html"] and articles.title.tolist() == ["Le budget"]
    assert _table(out, "findings").rule.tolist() == ["CIT004"]


def _resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(sys.platform != "linux", reason="a fork would share the patch (Linux)")
def test_workers_start_from_the_audit_not_from_the_batch_process(tmp_path, monkeypatch):
    """Workers are not copies of the batch process (its plan, its imports): a function
    broken here after the start is whole in them, where a forked worker would die of it."""
    from audit.cli.archive import work

    def broken(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(check_batch, "audit_article", broken)
    monkeypatch.setattr(work, "release_memory", broken)
    archive = _archive(tmp_path / "a")
    out = tmp_path / "out"
    assert _batch(str(archive), "-o", str(out), "--jobs", "2", "--chunk-size", "2") == 0
    errors = pq.read_table(out / "articles").column("error").to_pylist()
    assert len(errors) == len(PAGES) and errors == [None] * len(PAGES)


def test_a_script_with_no_main_guard_is_told_why_and_nothing_is_recorded(tmp_path):
    """Each worker imports the script that runs the batch; with no main guard it starts a pool
    of its own, and dies. The run stops with the cause (exit 2), not with every article an
    error row recorded as done: the guarded rerun audits them all."""
    archive = _archive(tmp_path / "a")
    script = tmp_path / "run.py"
    body = ('main(["batch", sys.argv[1], "-o", sys.argv[2], "--jobs", "2", '
            '"--skip-expectations", "--isolated"])')
    script.write_text(f"import sys\nfrom audit.cli import main\nsys.exit({body})\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(script), str(archive), str(out)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert 'if __name__ == "__main__":' in proc.stderr
    script.write_text(f"import sys\nfrom audit.cli import main\nif __name__ == \"__main__\":\n"
                      f"    sys.exit({body})\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(archive), str(out)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    errors = pq.read_table(out / "articles").column("error").to_pylist()
    assert len(errors) == len(PAGES) and errors == [None] * len(PAGES)


def test_rows_become_tables_also_where_pyarrow_must_import_pandas(monkeypatch):
    """Should a pyarrow need pandas to convert rows, the tables are made with it."""
    import contextlib

    from audit.cli.archive import work

    @contextlib.contextmanager
    def refusing():
        raise ImportError("pandas is left out")
        yield

    monkeypatch.setattr(work, "_pandas_left_out", refusing)
    tables = work.to_arrow({t: [] for t in TABLE_NAMES}, False)
    assert set(tables) == set(TABLE_NAMES)
    assert all(tables[t].schema == arrow_schemas(False)[t] for t in TABLE_NAMES)


def test_the_plan_never_holds_every_file_as_a_path(tmp_path):
    """The listing hands the plan one path at a time: its peak is about what the plan keeps
    (100,000 files held as Path objects while they became strings had made it 2.3 times
    that)."""
    import tracemalloc

    from audit.cli.archive.sources import plan
    from audit.cli.commands import _resolver
    from audit.cli import build_parser

    for n in range(3000):
        folder = tmp_path / "a" / f"{n // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n:05d}-an-article-with-a-long-enough-name.txt").write_bytes(b"x")
    args = build_parser().parse_args(["batch", str(tmp_path / "a"), "-o", "o", "--isolated"])
    resolver = _resolver(args)
    plan([str(tmp_path / "a" / "00")], resolver)  # the resolver's own first-use costs
    tracemalloc.start()
    try:
        work = plan([str(tmp_path / "a")], resolver)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(work.items) == 3000
    assert peak < 1.4 * kept, (peak, kept)


def test_rows_become_arrow_tables_without_pandas_which_still_reads_them_after(tmp_path):
    """The batch process makes Arrow tables without importing pandas (pyarrow would, only to
    ask whether the rows are pandas objects); pandas, imported later for the suites, reads
    the tables and makes them. In a fresh process: this one has imported pandas."""
    code = (
        "import sys\n"
        "from audit.cli.archive.sources import Item\n"
        "from audit.cli.archive.work import chunk_rows, to_arrow\n"
        "from audit.settings import Settings\n"
        "rows = chunk_rows([Item('file', sys.argv[1])], {0: Settings()}, False)\n"
        "tables = to_arrow(rows, False)\n"
        "assert 'pandas' not in sys.modules, 'pandas imported'\n"
        "frame = tables['articles'].to_pandas()\n"
        "import pyarrow as pa\n"
        "again = pa.Table.from_pandas(frame, preserve_index=False)\n"
        "print(type(frame).__name__, len(frame), again.num_rows, tables['findings'].num_rows)\n")
    seed = sorted((ROOT / "seeds").glob("000*.txt"))[0]
    proc = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True,
                          text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
    kind, articles, again, findings = proc.stdout.split()
    assert (kind, articles, again) == ("DataFrame", "1", "1") and int(findings) > 0


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc (Linux)")
def test_a_worker_hands_back_the_memory_a_chunk_freed(monkeypatch):
    """Freed blocks scattered among live ones stay resident until malloc_trim; a worker
    releases them after each chunk (release_memory), and chunk_rows calls it."""
    from audit.cli.archive import work

    if work._malloc_trim() is None:
        pytest.skip("not glibc: nothing to hand back")
    blocks = [bytearray(64 * 1024) for _ in range(1600)]  # 100 MB on the heap, under mmap's size
    kept = blocks[::16]
    del blocks
    before = _resident_mb()
    work.release_memory()
    assert before - _resident_mb() > 50
    del kept
    calls = []
    monkeypatch.setattr(work, "release_memory", lambda: calls.append(1))
    work.chunk_rows([], {}, False)
    assert calls == [1]


def test_the_plan_keeps_its_articles_as_columns_and_gives_them_back_as_items(tmp_path):
    """Items and Stats hold the plan as columns (a run keeps it to the end): what goes in
    comes back, item by item and slice by slice, for every kind of input; a file name that
    is not UTF-8 still fingerprints."""
    from audit.cli.archive.sources import Item, Items, Plan
    from audit.cli.archive.store import fingerprint

    given = [Item("file", "a/x.html", settings=0), Item("jsonl", "c.jsonl", 120, 3, "html", "url", 1),
             Item("jsonl", "c.jsonl", 400, 4, "html", "url", 1),
             Item("parquet", "d.parquet", 7, 8, "text", None, 2),
             Item("warc", "e.warc.gz", 9000, 5, None, "WARC-Target-URI", 0),
             Item("file", "b/\udcff.txt", settings=2)]
    items = Items(given)
    assert len(items) == len(given) and list(items) == given
    assert [items[i] for i in range(-len(given), len(given))] == given * 2
    assert items[1:4] == given[1:4] and items[::-2] == given[::-2]
    with pytest.raises(IndexError):
        items[len(given)]
    plan = Plan(items=items)
    for item in given:
        plan.stats.append((item.path, 10, 20))
    assert list(plan.stats) == [(i.path, 10, 20) for i in given]
    other = Plan(items=Items(given[:-1] + [given[-1]._replace(settings=1)]))
    for item in given:
        other.stats.append((item.path, 10, 20))
    assert fingerprint(plan, 100, False) == fingerprint(plan, 100, False) != \
        fingerprint(other, 100, False)


def test_a_chunk_holds_one_article_s_result_at_a_time(tmp_path, monkeypatch):
    """A worker makes each article's rows as soon as it is audited: while an article is
    audited, at most the one before it is still held (not the chunk's texts and facts)."""
    import weakref

    from audit.cli.archive import work
    from audit.cli.archive.sources import Item

    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(f"Titre {i}\n\nUn texte de {i} mots.\n", encoding="utf-8")
    alive, most = [], []
    audit = work._audit

    def counting(got, settings):
        most.append(sum(ref() is not None for ref in alive))
        result = audit(got, settings)
        alive.append(weakref.ref(result))
        return result

    monkeypatch.setattr(work, "_audit", counting)
    out = work.chunk_rows([Item("file", str(tmp_path / f"a{i}.txt")) for i in range(6)],
                          {0: Settings()}, False)
    assert len(out["articles"]) == 6 and max(most) <= 1


# Run as a script: the workers import it (forkserver) or inherit it (fork), so the patch is in
# them. An article named "stall" is audited for ever, deaf to Ctrl-C, as a C extension busy
# with a huge page would be; each worker that starts one leaves a file saying so.
STALLING_DRIVER = '''
import os, sys, time
from pathlib import Path
from audit.cli import batch

MARKS = os.environ.get("AUDIT_TEST_STALL")
real = batch.audit_article

def stalling(data, name, settings):
    if MARKS and "stall" in str(name):
        Path(MARKS, str(os.getpid())).write_text(str(name))
        while True:
            try:
                time.sleep(0.2)
            except KeyboardInterrupt:
                pass
    return real(data, name, settings)

batch.audit_article = stalling

if __name__ == "__main__":
    from audit.cli import main
    sys.exit(main(sys.argv[1:]))
'''


def _interrupt_twice(tmp_path: Path, args: list[str], ready) -> subprocess.CompletedProcess:
    """Runs the driver with ``args``; once ``ready(marks)`` holds, Ctrl-C as a terminal sends
    it (SIGINT to the process group), twice 0.1 s apart; returns the finished process."""
    driver, marks = tmp_path / "driver.py", tmp_path / "marks"
    driver.write_text(STALLING_DRIVER, encoding="utf-8")
    marks.mkdir()
    proc = subprocess.Popen([sys.executable, str(driver), *args], cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "AUDIT_TEST_STALL": str(marks)},
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not ready(marks) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None and ready(marks), "the run never reached the stalled articles"
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)  # generous: a hang must fail, not stall CI
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _stalling_archive(folder: Path) -> Path:
    """Four quick articles, then two that stall: one for each of two workers."""
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}-quick.txt").write_text(f"Article {n}.\n", encoding="utf-8")
    for n in (4, 5):
        (folder / f"{n}-stall.txt").write_text(f"Article {n}.\n", encoding="utf-8")
    return folder


def test_ctrl_c_twice_stops_a_batch_at_once_and_it_resumes(tmp_path):
    archive, out = _stalling_archive(tmp_path / "a"), tmp_path / "out"
    args = ["batch", str(archive), "-o", str(out), "--jobs", "2", "--chunk-size", "1",
            "--skip-expectations", "--isolated"]
    done = out / "_batch" / "done.jsonl"

    def ready(marks: Path) -> bool:  # both workers stalled, the quick chunks recorded
        return len(list(marks.iterdir())) == 2 and done.exists() and \
            done.read_text().count("\n") == 4

    proc = _interrupt_twice(tmp_path, args, ready)
    assert proc.returncode == 130, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.stderr.endswith(f"audit: stopped: 4 of 6 chunk(s) done, kept in {out}; run the "
                                "same command again to resume\n"), proc.stderr[-2000:]
    rerun = subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True,
                           text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "resuming: 4 of 6 chunk(s) already done" in rerun.stderr
    assert "audited 2 article(s)" in rerun.stdout
    assert sorted(_table(out, "articles").path) == sorted(str(p) for p in archive.iterdir())


def test_ctrl_c_twice_stops_check_with_jobs_at_once(tmp_path):
    archive = _stalling_archive(tmp_path / "a")
    proc = _interrupt_twice(tmp_path, ["check", str(archive), "--jobs", "2", "--isolated"],
                            lambda marks: len(list(marks.iterdir())) == 2)
    assert proc.returncode == 130, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]


def _warc(path: Path, count: int, gzip: bool) -> list[int]:
    """``count`` HTML responses (https://example.org/N); the offset of each record."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for n in range(count):
            page = (f"<html><head><title>Page {n}</title></head><body><h1>Page {n}</h1><p>Le "
                    f"ministre a parlé {n} fois, selon des sources proches du dossier.</p>"
                    "</body></html>").encode("utf-8") * 20
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            offsets.append(f.tell())
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{n}", "response", payload=BytesIO(page),
                http_headers=headers))
    return offsets


def _rows(path: Path, out: Path, capsys) -> list[tuple[str, str | None]]:
    assert _batch(str(path), "-o", str(out), "--jobs", "1", "--chunk-size", "1") == 0
    err = capsys.readouterr().err
    assert "Error -3" not in err and "decompress" not in err, err  # no raw library message
    articles = pq.read_table(out / "articles")
    return list(zip(articles.column("path").to_pylist(), articles.column("error").to_pylist()))


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_a_damaged_warc_record_costs_only_its_own_row(tmp_path, capsys, gzip):
    """A garbled Content-Length swallowed the records after it; a corrupt gzip member stopped
    the file there: the records after the damage are read, the damaged one is an error row
    naming the file, the record's number and byte, and the cause."""
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    at = _warc(path, 4, gzip=gzip)
    data = bytearray(path.read_bytes())
    if gzip:  # bytes flipped inside the second record's gzip member
        middle = (at[1] + at[2]) // 2
        data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
        cause = "its gzip member is corrupt"
    else:  # record 2's WARC header loses its Content-Length (its HTTP one comes after)
        header = data.index(b"Content-Length", at[1])
        data[header:header + 14] = b"Content-Lxngth"
        cause = "its header has no Content-Length"
    path.write_bytes(bytes(data))
    out = tmp_path / "out"
    rows = _rows(path, out, capsys)
    assert [name for name, _ in rows] == \
        ["https://example.org/0", f"{path}:2", "https://example.org/2", "https://example.org/3"]
    assert rows[1][1].startswith(f"record 2, at byte {at[1]}, is damaged: {cause}")
    assert [error for name, error in rows if name != f"{path}:2"] == [None] * 3
    # The same plan on a rerun: the run is recognised, complete.
    assert _batch(str(path), "-o", str(out), "--jobs", "1", "--chunk-size", "1") == 0
    assert "complete: nothing to audit" in capsys.readouterr().err


def test_a_warc_record_cut_short_is_an_error_row_and_an_unreadable_rest_is_one(tmp_path, capsys):
    cut, tail = tmp_path / "cut.warc", tmp_path / "tail.warc.gz"
    _warc(cut, 3, gzip=False)
    cut.write_bytes(cut.read_bytes()[:-200])  # the last record loses its end
    rows = _rows(cut, tmp_path / "out-cut", capsys)
    assert [name for name, _ in rows][:2] == ["https://example.org/0", "https://example.org/1"]
    assert rows[2][0] == f"{cut}:3" and "is damaged: cut short" in rows[2][1]
    _warc(tail, 2, gzip=True)
    size = tail.stat().st_size
    with open(tail, "ab") as f:  # a member whose header is lost: nothing after can be read
        f.write(b"not a gzip member\n" * 50)
    rows = _rows(tail, tmp_path / "out-tail", capsys)
    assert [name for name, _ in rows] == ["https://example.org/0", "https://example.org/1",
                                          f"{tail}:3"]
    assert rows[2][1].startswith(f"record 3, at byte {size}, is damaged")
    assert rows[2][1].endswith(f"no record can be read from byte {size} to the end "
                               f"(byte {size + 18 * 50})")
