"""Inputs that must not stall a gate: size limit, time budget, a worker that dies, odd files."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

import audit.cli.batch as batch
import audit.pipeline as pipeline
from audit.cli import main
from audit.cli.batch import WORKER_DIED, audit_items
from audit.settings import Settings

ARTICLE = "Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression.\n"


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, capsys):
    huge = tmp_path / "dump.txt"
    with open(huge, "wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2_000_000_000)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    started = time.perf_counter()
    assert main(["check", str(tmp_path)]) == 1
    assert time.perf_counter() - started < 20  # read() of 2 GB would take far longer
    out = capsys.readouterr().out
    assert "dump.txt: error: file is 2000.0 MB, over the size limit of 10.0 MB of text" in out
    assert "in 1 article; 1 file unreadable" in out
    # Text just over the limit once decoded, and the flag that raises the limit.
    (tmp_path / "dump.txt").unlink()
    (tmp_path / "big.txt").write_text(ARTICLE * 100, encoding="utf-8")
    assert main(["check", str(tmp_path / "big.txt"), "--max-size", "5KB"]) == 1
    assert "over the size limit of 5 KB of text (--max-size)" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "big.txt"), "--max-size", "1MB"]) == 0


@pytest.mark.parametrize(("flag", "value", "message"), [
    ("--max-size", "infMB", "--max-size: invalid size 'infMB': expected a finite number"),
    ("--max-size", "nanMB", "--max-size: invalid size 'nanMB': expected a finite number"),
    ("--max-size", "1e400", "--max-size: invalid size '1e400': expected a finite number"),
    ("--time-budget", "nan", "--time-budget: expected a number from 0.1 to 86400 (seconds), not nan"),
    ("--time-budget", "inf", "--time-budget: expected a number from 0.1 to 86400 (seconds), not inf"),
    ("--time-budget", "0.01", "--time-budget: expected a number from 0.1 to 86400"),
])
def test_a_limit_not_finite_or_out_of_range_is_a_usage_error(tmp_path, capsys, flag, value, message):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--jobs", "1", flag, value]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"audit: error: {message}") and err.count("\n") == 1 and out == ""


def test_an_article_over_its_time_budget_is_an_error_row_naming_the_stage(tmp_path, monkeypatch):
    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timer on this platform")
    real = pipeline.segment

    def slow(doc, **options):
        if "lent" in doc.name:
            time.sleep(30)
        return real(doc, **options)

    monkeypatch.setattr(pipeline, "segment", slow)
    settings = Settings(time_budget=0.5)
    started = time.perf_counter()
    results = batch.audit_items(["-"] * 0 + [_file(tmp_path, "lent.txt"), _file(tmp_path, "vite.txt")],
                                [settings, settings])
    assert time.perf_counter() - started < 10
    assert results[0].error == "time budget of 0.5 s exceeded in the segment stage (--time-budget)"
    assert results[1].ok


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform != "linux", reason="workers inherit the patch by fork on Linux")
def test_a_worker_that_dies_costs_only_its_own_article(tmp_path, monkeypatch):
    real = batch.audit_article

    def fragile(data, name, settings):
        if "boom" in name:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
        return real(data, name, settings)

    monkeypatch.setattr(batch, "audit_article", fragile)
    paths = []
    for n in range(6):
        path = tmp_path / (f"{n}-boom.txt" if n == 2 else f"{n}.txt")
        path.write_text(ARTICLE, encoding="utf-8")
        paths.append(path)
    results = audit_items(paths, [Settings()] * len(paths), jobs=2)
    assert [r.path for r in results] == [str(p) for p in paths]
    assert [r.error for r in results] == [None, None, WORKER_DIED, None, None, None]

    # What the auditor could not audit is its own failure, not a verdict: exit 2, and SARIF
    # says the execution did not succeed.
    report = tmp_path / "out.sarif"
    assert main(["check", *map(str, paths), "--jobs", "2", "--isolated",
                 "--format", "sarif", "-o", str(report)]) == 2
    invocation = json.loads(report.read_text(encoding="utf-8"))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert any("2-boom.txt" in n["message"]["text"] and "worker process" in n["message"]["text"]
               for n in invocation["toolExecutionNotifications"])


def test_odd_files_are_error_rows_not_crashes(tmp_path, capsys):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    odd = os.fsdecode(b"caf\xe9.txt")  # a latin-1 file name on a UTF-8 system
    (tmp_path / odd).write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "loop.txt: error: cannot read: Too many levels of symbolic links" in out
    assert "caf\ufffd.txt" in out


def test_a_killed_writer_leaves_the_old_file_or_the_new_one(tmp_path):
    import random
    import subprocess

    target = tmp_path / "report.json"
    old = "old report\n"
    target.write_text(old, encoding="utf-8")
    chunks, chunk = 40, 1_000_000
    # The writer says when it starts and takes about 0.4 s, so a kill can land mid-write
    # whatever the machine's load (killed after a fixed delay, a fast run had finished).
    script = ("import sys, time; from pathlib import Path; from audit.report.write import atomic_write\n"
              "def pieces():\n"
              "    print('start', flush=True)\n"
              f"    for _ in range({chunks}):\n"
              "        time.sleep(0.01)\n"
              f"        yield 'x' * {chunk}\n"
              "atomic_write(Path(sys.argv[1]), pieces())\n")
    rng = random.Random(7)
    for kill in (True, True, True, True, False):
        proc = subprocess.Popen([sys.executable, "-c", script, str(target)],
                                stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent)
        assert proc.stdout.readline() == b"start\n"
        if kill:
            time.sleep(rng.uniform(0.0, 0.3))
            proc.kill()
        proc.wait()
        length = target.stat().st_size
        # never half a file: the old one after a kill, the whole new one otherwise
        assert length == (len(old) if kill else chunks * chunk), length
        target.write_text(old, encoding="utf-8")


def test_every_file_of_a_folder_is_audited_or_listed_as_skipped(tmp_path, capsys):
    import json

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "NOTES").write_text(ARTICLE, encoding="utf-8")  # an article with no extension
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [Path(a["path"]).name for a in out["articles"]] == ["a.txt"]
    skipped = {Path(s["path"]).name: s["reason"] for s in out["skipped"]}
    assert set(skipped) == {"NOTES", "logo.png"}  # hidden folders are not entered
    assert skipped["NOTES"].startswith("no extension is not an article format")
    assert "named on the command line is always read" in skipped["NOTES"]
    main(["check", str(tmp_path)])
    text = capsys.readouterr().out
    assert "logo.png: skipped: extension .png is not an article format" in text
    assert text.rstrip().endswith("0 files unreadable; 2 skipped.")
    # Named on the command line, the file without an extension is read (its format sniffed).
    main(["check", str(tmp_path / "NOTES"), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["articles"][0]["status"] == "ok"


def test_a_folder_that_cannot_be_listed_is_an_error_row_naming_it(tmp_path, capsys,
                                                                   monkeypatch):
    import json

    from audit.cli.config import Overrides, Resolver
    from audit.cli.inputs import iter_expand

    for folder in ("a", "locked", "z"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    scandir = os.scandir

    def refusing(path="."):  # as chmod 000 does, root or not
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    # In its place in the listing, which stays a stream.
    assert [p.relative_to(tmp_path).as_posix() for p in iter_expand([str(tmp_path)])] == \
        ["a/x.txt", "locked", "z/x.txt"]
    assert main(["check", str(tmp_path), "--format", "json", "--jobs", "1"]) == 1
    rows = {Path(a["path"]).relative_to(tmp_path).as_posix(): a
            for a in json.loads(capsys.readouterr().out)["articles"]}
    assert rows["locked"]["status"] == "error" and set(rows) == {"a/x.txt", "locked", "z/x.txt"}
    assert rows["locked"]["error"] == "cannot read folder: Permission denied"
    # Named itself: the same row, not "no articles found".
    assert main(["check", str(locked), "--jobs", "1"]) == 1
    assert f"{locked}: error: cannot read folder: Permission denied" in capsys.readouterr().out
    # An excluded folder is not listed, so not reported either; nor is one whose every file
    # would be excluded, though the folder's own path matches no pattern. A pattern that
    # leaves some of its files in keeps the row.
    def refusing_inside(real):  # chmod 000: nothing inside can be looked at either
        def refused(path, *args, **kwargs):
            if Path(path).parent == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)
        return refused

    monkeypatch.setattr(os, "stat", refusing_inside(os.stat))
    monkeypatch.setattr(os, "lstat", refusing_inside(os.lstat))
    silent, reported = ["a", "z"], ["a", "locked", "z"]
    for exclude, listed in [("locked/", silent), ("/locked/**", silent), ("locked/*", silent),
                            ("**", []), ("*.tmp", reported), ("locked/*.txt", reported),
                            ("locked/?", reported), ("/locked/*/**", reported)]:
        (tmp_path / "audit.toml").write_text(f'exclude = ["{exclude}"]\n', encoding="utf-8")
        wanted = Resolver(Overrides()).wanted
        assert [p.relative_to(tmp_path).parts[0]
                for p in iter_expand([str(tmp_path)], wanted)] == listed, exclude


def test_reports_are_written_with_the_usual_permissions(tmp_path):
    from audit.report.write import atomic_write

    target = tmp_path / "out.json"
    previous = os.umask(0o022)
    try:
        atomic_write(target, "{}")
    finally:
        os.umask(previous)
    assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600


def test_output_onto_a_fifo_a_device_or_a_symlink_goes_where_the_shell_would_send_it(tmp_path):
    import json
    import stat
    import subprocess

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    argv = [sys.executable, "-m", "audit", "check", str(tmp_path / "a.txt"), "--format", "json"]
    root = Path(__file__).resolve().parent.parent
    # A FIFO: its reader gets the report, and the FIFO stays one.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        assert subprocess.run([*argv, "-o", str(fifo)], cwd=root, timeout=120).returncode == 0
        received = reader.communicate(timeout=10)[0]
    finally:
        reader.kill()
    assert json.loads(received)["articles"] and stat.S_ISFIFO(fifo.lstat().st_mode)
    # A symlink: its target is replaced, the link kept.
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "target.json").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real/target.json")
    assert subprocess.run([*argv, "-o", str(tmp_path / "link.json")], cwd=root).returncode == 0
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "real" / "target.json").read_text(encoding="utf-8"))["articles"]
    # A link to an open descriptor, as /dev/stdout is: the report reaches the descriptor.
    (tmp_path / "stdout").symlink_to("/proc/self/fd/1")
    proc = subprocess.run([*argv, "-o", str(tmp_path / "stdout")], cwd=root,
                          capture_output=True, timeout=120)
    assert json.loads(proc.stdout)["articles"] and (tmp_path / "stdout").is_symlink()
    # A device (made here, never a real one in /dev): written into, left a device.
    try:
        os.mknod(tmp_path / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("cannot make a device node here (mknod needs root)")
    assert subprocess.run([*argv, "-o", str(tmp_path / "null")], cwd=root).returncode == 0
    assert stat.S_ISCHR((tmp_path / "null").lstat().st_mode)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names descriptors (Linux)")
def test_output_onto_a_descriptor_writes_at_its_offset_without_truncating(tmp_path):
    import json
    import subprocess

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    audit = [sys.executable, "-m", "audit"]
    # After ">> log": the report is appended, not written over what the log held.
    log = tmp_path / "log"
    log.write_text("EXISTING\n", encoding="utf-8")
    for name in ("/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"):
        with open(log, "a", encoding="utf-8") as handle:
            assert subprocess.run([*audit, "check", str(tmp_path / "a.txt"), "--format", "json",
                                   "-o", name], cwd=root, stdout=handle).returncode == 0
    text = log.read_text(encoding="utf-8")
    assert text.startswith("EXISTING\n{") and text.count('"tool"') == 3
    # After "> out": the verdict ci prints after the report follows it, not over its start.
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as handle:
        assert subprocess.run([*audit, "ci", str(tmp_path / "a.txt"), "--expectations",
                               str(root / "expectations"), "--format", "json", "-o", "/dev/stdout"],
                              cwd=root, stdout=handle).returncode == 0
    report, verdict = (tmp_path / "out.txt").read_text(encoding="utf-8").split("\n}\n")
    assert json.loads(report + "}")["articles"] and verdict.endswith("All expectations met.\n")


def test_output_through_a_symlinked_folder_and_dot_dot_goes_where_the_kernel_sends_it(
        tmp_path, monkeypatch):
    from audit.report.write import atomic_write

    # cwd/linkdir -> ../elsewhere/x: "linkdir/.." is elsewhere, not cwd.
    (tmp_path / "cwd").mkdir()
    (tmp_path / "elsewhere" / "x").mkdir(parents=True)
    (tmp_path / "cwd" / "linkdir").symlink_to("../elsewhere/x")
    monkeypatch.chdir(tmp_path / "cwd")
    atomic_write(Path("linkdir/../out.json"), "{}")
    assert (tmp_path / "elsewhere" / "out.json").read_text() == "{}"
    assert not (tmp_path / "cwd" / "out.json").exists()
    # link.json -> sub/../other/t.json, sub -> real/deep: the file cat reads is replaced.
    (tmp_path / "real" / "deep").mkdir(parents=True)
    for folder in ("real/other", "other"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "t.json").write_text("old", encoding="utf-8")
    (tmp_path / "sub").symlink_to("real/deep")
    (tmp_path / "link.json").symlink_to("sub/../other/t.json")
    atomic_write(tmp_path / "link.json", "new")
    assert (tmp_path / "link.json").read_text() == "new" == \
        (tmp_path / "real" / "other" / "t.json").read_text()
    assert (tmp_path / "other" / "t.json").read_text() == "old"
    assert (tmp_path / "link.json").is_symlink()
    # A loop is an error naming it, not a file put in the loop's place.
    (tmp_path / "loop").symlink_to("loop")
    with pytest.raises(OSError, match="Too many levels of symbolic links"):
        atomic_write(tmp_path / "loop", "{}")
    assert (tmp_path / "loop").is_symlink()


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are Linux's")
def test_the_audit_needs_no_network(tmp_path):
    import shutil
    import subprocess

    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "--net", "true"], capture_output=True) if unshare else None
    if probe is None or probe.returncode != 0:
        pytest.skip("cannot make a network namespace here (unshare --net needs root)")
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "report"
    for argv in (["check", "seeds", "tests/fixtures", "--format", "json", "-o",
                  str(tmp_path / "a.json")], ["report", "seeds", "-o", str(out)]):
        proc = subprocess.run([unshare, "--net", sys.executable, "-m", "audit", *argv],
                              cwd=root, capture_output=True, text=True, timeout=300)
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr
    assert (tmp_path / "a.json").stat().st_size > 1000 and (out / "index.html").is_file()


@pytest.mark.parametrize("name, data", [
    ("long.html", "<p>Le ministre a parlé mardi. Il y a " + "9" * 400 + " habitants.</p>"),
    ("long.txt", "Titre\nIl y a " + "9" * 320 + " milliards de dollars [environ 3 euros] en 2020."),
    ("words.txt", "Titre\nLe budget est de " + "mille milliards de " * 60 + "euros."),
])
def test_a_figure_too_large_for_a_float_is_no_quantity_and_no_crash(name, data):
    result = pipeline.audit_article(data, name, Settings())
    assert result.ok and all(abs(q.value) < 1e300 for q in result.facts.quantities)
