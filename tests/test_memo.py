"""The memo on disk (audit/memo.py) and the regexes read back from it (audit/rx.py): the same
patterns and the same audits as without it, and never an error from a damaged or missing
file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit import memo, rx

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
PAGES = SEEDS + [str(ROOT / "tests" / "fixtures" / "wordpress_000.html")]


def _check(cache: Path, *paths: str, **env: str) -> str:
    """`audit check --format json` in a fresh process with its memo in ``cache``."""
    environ = {k: v for k, v in os.environ.items() if k not in ("AUDIT_NO_MEMO", "AUDIT_CACHE_DIR")}
    environ.update(AUDIT_CACHE_DIR=str(cache), **env)
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json", "--jobs", "1",
                           *paths], capture_output=True, text=True, env=environ, cwd=ROOT, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def _memo_file(cache: Path) -> Path:
    files = list(cache.glob("memo-*.bin"))
    assert len(files) == 1, files
    return files[0]


def _entries(cache: Path) -> dict:
    return memo.Memo(str(_memo_file(cache))).entries()


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A memo filled by one audit of the seeds and an HTML page, and that audit's output."""
    cache = tmp_path_factory.mktemp("memo")
    return cache, _check(cache, *PAGES)


def test_audits_read_from_the_memo_equal_audits_without_it(filled, tmp_path):
    cache, first = filled
    assert json.loads(first)  # a real report
    assert _check(cache, *PAGES) == first  # read back
    assert _check(tmp_path, *PAGES, AUDIT_NO_MEMO="1") == first
    assert not list(tmp_path.glob("memo-*"))  # off means nothing written


def test_every_kept_program_compiles_to_what_re_compiles(filled):
    cache, _ = filled
    entries = _entries(cache)
    patterns = [key for key in entries if key[0] == "re"]
    assert len(patterns) > 200  # the lexicons' patterns are there
    for _, pattern, flags in patterns:
        kept = rx._build(pattern, entries[("re", pattern, flags)])
        assert rx._same(kept, re.compile(pattern, flags)), pattern[:80]
    assert any(key[0] == "yaml" for key in entries) and any(key[0] == "literals" for key in entries)


def test_kept_screens_and_word_tries_are_what_is_derived_anew(filled):
    from audit import lexicon, literals

    cache, _ = filled
    entries = _entries(cache)
    screens = [key for key in entries if key[0] == "skipping"]
    tries = [key for key in entries if key[0] == "words"]
    assert len(screens) > 10 and len(tries) > 5
    assert any(entries[key] is None for key in screens)  # nothing to skip by
    for key in screens:
        assert entries[key] == literals._skipping_source(*key[1:]), key[1][:80]
    for _, caseless, words in tries:
        assert entries[("words", caseless, words)] == \
            lexicon._words_source(list(words), caseless)
    starts = [key for key in entries if key[0] == "word-start"]
    assert starts
    for _, before, words in starts:
        assert entries[("word-start", before, words)] == \
            lexicon._word_start_source(list(words), before)


def test_the_ai_lexicon_s_stems_read_from_the_memo_are_those_derived(filled, tmp_path):
    cache, _ = filled
    assert any(key[0] == "ai-stems" for key in _entries(cache))
    code = ("import json\n"
            "from audit.lexicon import get_ai_lexicon\n"
            "lex = get_ai_lexicon()\n"
            "print(json.dumps([sorted((k, sorted(v)) for k, v in lex.form_stems.items()),\n"
            "                  [(sorted(s), p) for s, p in lex.residue_patterns]]))\n")

    def stems(**env: str) -> list:
        environ = {k: v for k, v in os.environ.items() if k not in ("AUDIT_NO_MEMO", "AUDIT_CACHE_DIR")}
        environ.update(AUDIT_CACHE_DIR=str(cache), **env)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=environ, cwd=ROOT, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    kept, derived = stems(), stems(AUDIT_NO_MEMO="1")
    assert kept == derived and len(kept[0]) >= 7 and len(kept[1]) > 50


def test_currency_names_are_read_from_the_memo_without_loading_babel_s_data(tmp_path):
    """"francs" alone is read as the franc named elsewhere from CLDR's names: a process whose
    memo holds them neither imports babel.numbers nor loads its locale data, and reads the
    same."""
    code = ("import sys\n"
            "from audit.pipeline import audit_article\n"
            "from audit.settings import Settings\n"
            "r = audit_article(sys.argv[1].encode(), 'a.txt', Settings())\n"
            "print(sorted((f.rule, f.message) for f in r.findings), r.notes)\n"
            "print('babel.numbers' in sys.modules)\n")
    text = ("La fédération a touché 3 millions de francs suisses de la FIFA. La prime atteint 1 "
            "million de francs, soit un peu plus de 2 millions d'euros, selon la fédération.")

    def run(**env: str) -> tuple[str, str]:
        environ = {k: v for k, v in os.environ.items() if k not in ("AUDIT_NO_MEMO", "AUDIT_CACHE_DIR")}
        environ.update(AUDIT_CACHE_DIR=str(tmp_path), **env)
        proc = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True,
                              env=environ, cwd=ROOT, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        found, babel = proc.stdout.splitlines()
        return found, babel

    first, loaded = run()
    assert "NUM001" in first and "read as CHF" in first and loaded == "True"
    assert run() == (first, "False")
    assert run(AUDIT_NO_MEMO="1") == (first, "True")


def test_patterns_do_not_depend_on_the_hash_seed(filled):
    # A pattern built from a set in iteration order would be a new key in each process: the
    # memo would miss every time, and grow.
    cache, _ = filled
    before = set(_entries(cache))
    for seed in ("1", "2"):
        _check(cache, *PAGES, PYTHONHASHSEED=seed)
    assert set(_entries(cache)) == before


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02", b"garbage" * 100, "truncated"])
def test_a_damaged_memo_is_ignored_and_replaced(filled, tmp_path, content):
    cache, first = filled
    good = _memo_file(cache).read_bytes()
    target = tmp_path / _memo_file(cache).name
    target.write_bytes(good[:len(good) // 2] if content == "truncated" else content)
    assert memo.Memo(str(target)).entries() == {}
    assert _check(tmp_path, *PAGES) == first
    assert len(_entries(tmp_path)) > 200  # written anew


def test_a_flipped_byte_in_the_index_fails_its_checksum(filled, tmp_path):
    cache, _ = filled
    data = bytearray(_memo_file(cache).read_bytes())
    data[memo._HEAD + 20] ^= 0x40
    target = tmp_path / "memo.bin"
    target.write_bytes(bytes(data))
    assert memo.Memo(str(target)).entries() == {}


def _two_records(path: str) -> None:
    store = memo.Memo(path)
    store.put(("a", "first"), {"value": "A" * 64})
    store.put(("b", 2), ("B", 2.5, None, b"bytes"))
    store.save()


def test_a_damaged_value_is_derived_again_not_read(tmp_path):
    path = str(tmp_path / "m.bin")
    _two_records(path)
    data = bytearray(open(path, "rb").read())
    at = bytes(data).index(b"A" * 64)  # inside the first record
    data[at + 10] ^= 0x01
    open(path, "wb").write(bytes(data))
    reader = memo.Memo(path)
    assert reader.get(("a", "first"), "missing") == "missing"  # not the damaged value
    assert reader.get(("b", 2)) == ("B", 2.5, None, b"bytes")  # the others still read
    reader.put(("a", "first"), {"value": "derived again"})
    reader.save()
    assert memo.Memo(path).entries() == {("a", "first"): {"value": "derived again"},
                                         ("b", 2): ("B", 2.5, None, b"bytes")}


def test_a_file_cut_short_by_one_byte_is_ignored(tmp_path):
    path = str(tmp_path / "m.bin")
    _two_records(path)
    data = open(path, "rb").read()
    open(path, "wb").write(data[:-1])
    reader = memo.Memo(path)
    assert reader.get(("a", "first"), "missing") == "missing" and reader.entries() == {}


def test_the_same_values_read_back_and_a_digest_s_other_key_is_a_miss(tmp_path, monkeypatch):
    path = str(tmp_path / "m.bin")
    values = {("re", "x+", 2): (1, (2, 3), "é\u2019", b"\x00"), ("yaml", "a: 1\n" * 5000): {"a": [1, None]},
              ("words", True, ("on", True, 3)): "(?:on|3)", ("empty",): None}
    store = memo.Memo(path)
    for key, value in values.items():
        store.put(key, value)
    store.save()
    reader = memo.Memo(path)
    assert {key: reader.get(key, "missing") for key in values} == values
    assert reader.entries() == values
    monkeypatch.setattr(memo, "_digest", lambda key: (0, 0))  # every key the same digest
    one = memo.Memo(str(tmp_path / "c.bin"))
    one.put(("kept",), "its value")
    one.save()
    assert memo.Memo(str(tmp_path / "c.bin")).get(("other",), "missing") == "missing"


def test_a_reader_keeps_its_file_while_another_process_saves(tmp_path):
    """A process that opened the file reads it on while another replaces it; its own save then
    keeps both processes' values."""
    path = str(tmp_path / "m.bin")
    _two_records(path)
    reader = memo.Memo(path)
    assert reader.get(("b", 2)) == ("B", 2.5, None, b"bytes")  # the file opened, mapped
    other = memo.Memo(path)
    other.put(("c",), "from another process")
    other.save()
    assert reader.get(("a", "first")) == {"value": "A" * 64}  # still the file it opened
    reader.put(("d",), "its own")
    reader.save()
    assert set(memo.Memo(path).entries()) == {("a", "first"), ("b", 2), ("c",), ("d",)}


def test_the_first_look_up_reads_a_small_index(filled):
    """An audit's look-ups read the header and the index, then their records: the index is a
    small part of the file."""
    cache, _ = filled
    data = _memo_file(cache).read_bytes()
    assert data[:4] == memo._MAGIC
    assert int.from_bytes(data[4:8], "little") < len(data) / 20


def test_a_folder_that_cannot_be_written_costs_only_the_saving(filled, tmp_path):
    _, first = filled
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert _check(blocker / "cache", *PAGES) == first


def test_pool_workers_save_what_they_derived(tmp_path):
    environ = {k: v for k, v in os.environ.items() if k != "AUDIT_NO_MEMO"}
    environ["AUDIT_CACHE_DIR"] = str(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--jobs", "2", *SEEDS],
                          capture_output=True, text=True, env=environ, cwd=ROOT, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    assert len(_entries(tmp_path)) > 200
    assert not list(tmp_path.glob("*.tmp"))


def test_values_come_back_as_fresh_copies(tmp_path):
    store = memo.Memo(str(tmp_path / "m.bin"))
    store.put(("k",), {"a": [1, 2]})
    store.get(("k",))["a"].append(3)  # a caller changing what it got
    assert store.get(("k",)) == {"a": [1, 2]}
    store.save()
    assert memo.Memo(str(tmp_path / "m.bin")).get(("k",)) == {"a": [1, 2]}


def test_what_marshal_cannot_write_is_not_kept(tmp_path):
    store = memo.Memo(str(tmp_path / "m.bin"))
    store.put(("k",), object())
    assert store.get(("k",)) is None
    store.save()
    assert not (tmp_path / "m.bin").exists()  # nothing new, nothing written


def test_a_save_merges_with_another_process_and_prunes_to_what_is_used(tmp_path, monkeypatch):
    path = str(tmp_path / "m.bin")
    one, two = memo.Memo(path), memo.Memo(path)
    one.put(("a",), 1)
    two.put(("b",), 2)
    one.save()
    two.save()
    assert memo.Memo(path).get(("a",)) == 1 and memo.Memo(path).get(("b",)) == 2
    monkeypatch.setattr(memo, "MAX_ENTRIES", 2)
    three = memo.Memo(path)
    assert three.get(("a",)) == 1  # used
    three.put(("c",), 3)  # new: three entries in all, more than the limit
    three.save()
    assert set(memo.Memo(path).entries()) == {("a",), ("c",)}


def test_rx_reads_back_what_it_kept_and_compiles_anew_a_damaged_entry(tmp_path, monkeypatch):
    monkeypatch.delenv("AUDIT_NO_MEMO", raising=False)
    store = memo.Memo(str(tmp_path / "m.bin"))
    monkeypatch.setattr(memo, "_MEMO", store)
    source, flags = r"(?P<day>\d{1,2})\s+(janvier|février)", re.IGNORECASE
    first = rx.compile(source, flags)
    assert memo._digest(("re", source, int(flags))) in store._new
    again = rx.compile(source, flags)
    assert rx._same(again, re.compile(source, flags))
    assert again.search("le 3 Février").group("day") == "3"
    store._new[memo._digest(("re", source, int(flags)))] = b"\x00damaged"
    assert rx._same(rx.compile(source, flags), first)


def test_rx_keeps_nothing_when_its_programs_do_not_rebuild_re_s(tmp_path, monkeypatch):
    """Another Python whose internals differ: the probe fails once, and every pattern is
    re.compile's, kept nowhere."""
    monkeypatch.delenv("AUDIT_NO_MEMO", raising=False)
    store = memo.Memo(str(tmp_path / "m.bin"))
    monkeypatch.setattr(memo, "_MEMO", store)
    monkeypatch.setattr(rx, "_trusted", None)
    real = rx._entry
    monkeypatch.setattr(rx, "_entry", lambda pattern, flags: real("other", flags))
    compiled = rx.compile("wanted")
    assert compiled.pattern == "wanted" and compiled.search("it is wanted")
    assert not store._new and rx._trusted is False


def test_rx_errors_and_other_patterns_are_re_s(tmp_path, monkeypatch):
    monkeypatch.delenv("AUDIT_NO_MEMO", raising=False)
    monkeypatch.setattr(memo, "_MEMO", memo.Memo(str(tmp_path / "m.bin")))
    with pytest.raises(re.error):
        rx.compile("(unclosed")
    assert rx.compile(rb"\d+").search(b"a 12").group() == b"12"
    assert not memo._MEMO._new  # bytes patterns are compiled by re, not kept


def test_the_file_is_named_by_what_derives_its_values(tmp_path, monkeypatch):
    """Another interpreter, or other deriving code (an upgrade, an edit), reads another file:
    never a value an older code made."""
    import shutil

    first = memo.fingerprint()
    monkeypatch.setattr(memo.sys, "version", memo.sys.version + " (another build)")
    assert memo.fingerprint() != first
    monkeypatch.undo()
    for name in memo.DERIVING:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "audit" / name, tmp_path / name)
    monkeypatch.setattr(memo, "__file__", str(tmp_path / "memo.py"))
    assert memo.fingerprint() == first
    source = (tmp_path / "literals.py").read_text(encoding="utf-8")
    (tmp_path / "literals.py").write_text(source.replace("_STEM = 6", "_STEM = 5"), encoding="utf-8")
    assert memo.fingerprint() != first
    edited = memo.fingerprint()
    with open(tmp_path / "extract" / "quantities.py", "a", encoding="utf-8") as f:
        f.write("\n# an edit of the code that keeps CLDR's data\n")
    assert memo.fingerprint() != edited


def test_files_of_other_fingerprints_go_after_a_month(tmp_path):
    old, recent = tmp_path / "memo-00000000.bin", tmp_path / "memo-11111111.bin"
    for path in (old, recent):
        path.write_bytes(b"x")
    month_ago = memo.time.time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    store = memo.Memo(str(tmp_path / "memo-22222222.bin"))
    store.put(("k",), 1)
    store.save()
    assert not old.exists() and recent.exists() and (tmp_path / "memo-22222222.bin").exists()


def test_no_home_means_no_memo(tmp_path):
    """A relative cache folder (no home: `docker run --user N`) is not used: nothing is written
    in the working folder."""
    environ = {k: v for k, v in os.environ.items() if k != "AUDIT_NO_MEMO"}
    environ["AUDIT_CACHE_DIR"] = "relative/cache"
    proc = subprocess.run([sys.executable, "-c", "from audit import memo, rx; rx.compile('x+');"
                           "print(memo.enabled())"], capture_output=True, text=True, env=environ,
                          cwd=tmp_path, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr
    assert not any(tmp_path.iterdir())


def test_saves_at_once_keep_every_process_s_values(tmp_path):
    code = ("import sys\nfrom audit import memo\n"
            "store = memo.Memo(sys.argv[1])\n"
            "for i in range(50): store.put((sys.argv[2], i), i)\n"
            "store.save()\n")
    path = str(tmp_path / "memo-x.bin")
    procs = [subprocess.Popen([sys.executable, "-c", code, path, f"p{n}"], cwd=ROOT) for n in range(6)]
    assert all(p.wait(timeout=60) == 0 for p in procs)
    assert len(memo.Memo(path).entries()) == 300
    assert not list(tmp_path.glob("*.tmp"))


def test_pruning_skips_what_another_process_removed(tmp_path, monkeypatch):
    path = str(tmp_path / "m.bin")
    store = memo.Memo(path)
    store.put(("a",), 1)
    store.save()
    reader = memo.Memo(path)
    assert reader.get(("a",)) == 1  # used by this process
    (tmp_path / "m.bin").unlink()  # another process pruned it away meanwhile
    monkeypatch.setattr(memo, "MAX_ENTRIES", 0)
    reader.put(("b",), 2)
    reader.save()  # no KeyError
    assert set(memo.Memo(path).entries()) == {("b",)}


def test_a_kept_none_is_a_value(tmp_path):
    store = memo.Memo(str(tmp_path / "m.bin"))
    store.put(("empty",), None)
    assert store.get(("empty",), "missing") is None
    assert store.get(("other",), "missing") == "missing"


def test_derived_values_are_derived_once_none_included(tmp_path, monkeypatch):
    monkeypatch.setattr(memo, "_MEMO", memo.Memo(str(tmp_path / "m.bin")))
    monkeypatch.delenv("AUDIT_NO_MEMO", raising=False)
    calls = []

    def derive(value):
        calls.append(value)
        return value

    for _ in range(2):
        assert memo.derived(("test-derived", 1), lambda: derive("x")) == "x"
        assert memo.derived(("test-derived", 2), lambda: derive(None)) is None
    assert calls == ["x", None]
    monkeypatch.setenv("AUDIT_NO_MEMO", "1")  # off: derived each time
    assert memo.derived(("test-derived", 1), lambda: derive("y")) == "y" and calls[-1] == "y"


def test_the_line_model_and_the_lexicons_screens_read_from_the_memo_as_derived(tmp_path):
    """The line model's parsed JSON, the paywall screen's words and trie, a line cue's screen
    and the stem keys' trie, derived (no memo, an empty one) and read back: the same."""
    code = ("import hashlib, json\n"
            "from audit import lexicon\n"
            "from audit.segment.lines import default_model\n"
            "lex = lexicon.get_lexicon()\n"
            "cue = lex.boilerplate\n"
            "cue._for('x')\n"
            "print(json.dumps([hashlib.sha256(default_model().to_json().encode()).hexdigest(),\n"
            "                  lex.paywall_screen.words, lex.paywall_screen.pattern.pattern,\n"
            "                  cue._screen.pattern if cue._screen else None,\n"
            "                  lexicon._exact_keys(frozenset({'selon', 'annonc', 'ab', 'x1'}))]))\n")

    def run(**env: str) -> list:
        environ = {k: v for k, v in os.environ.items() if k not in ("AUDIT_NO_MEMO", "AUDIT_CACHE_DIR")}
        environ.update(AUDIT_CACHE_DIR=str(tmp_path), **env)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=environ, cwd=ROOT, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    derived = run(AUDIT_NO_MEMO="1")
    assert run() == derived and run() == derived  # an empty memo, then the memo read
    from audit.segment.lines import LineModel

    shipped = (ROOT / "audit" / "segment" / "line_model.json").read_text(encoding="utf-8")
    assert derived[0] == hashlib.sha256(LineModel.from_dict(json.loads(shipped)).to_json().encode()).hexdigest()
    assert derived[1] and derived[3] and derived[4].startswith("(?:")


def test_a_key_s_digest_is_the_same_whatever_the_process_shares(tmp_path):
    """The index is looked up by a digest that must not depend on the process: not on the hash
    seed, not on whether a string is interned or shared."""
    import sys as _sys

    text = "".join(["(?:selon", "|d'après)"])
    keys = [("re", text, 2), ("re", _sys.intern(text), 2), ("re", "(?:selon|d'après)", 2)]
    assert len({memo._digest(k) for k in keys}) == 1
    code = "import sys; from audit import memo; print(memo._digest(('re', sys.argv[1], 2)))"
    runs = {subprocess.run([sys.executable, "-c", code, "(?:selon|d'après)"], capture_output=True,
                           text=True, cwd=ROOT, env=dict(os.environ, PYTHONHASHSEED=seed),
                           timeout=60).stdout for seed in ("1", "2")}
    assert runs == {str(memo._digest(keys[0])) + "\n"}
    assert memo._digest(("unwritable", object())) is None
