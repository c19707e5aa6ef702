"""The blind rounds' real articles and verdicts (tests/data/blind_rounds/): precision then and now.

python bench/blind_rounds.py            # (a) out-of-sample precision per rule and language, by
                                        #     round and pooled; (b) today's code on the same
                                        #     inputs: labelled findings kept, new ones, titles
python bench/blind_rounds.py --list     # also list every new (unlabelled) finding
python bench/blind_rounds.py --pins     # write the regression gate's pins (pins.json) from today
python bench/blind_rounds.py --skeleton DIR   # DIR/run_all.json (a round's frozen run) ->
                                        #     DIR/verdicts.tsv and DIR/pages.tsv to fill in

A round is a folder roundN/ with inputs/ (the pages as the tester saved them), SOURCES.tsv,
verdicts.tsv (one row per finding of the frozen run, with the tester's verdict R or W) and
pages.tsv (each page's language and the frozen run's title with its verdict R, W or P).
Today's findings are matched to the labelled ones by file, rule and the text they point at
(then the line, then, for a rule's page-level message, the message), as in
audit/check/precision.py, so a label survives a shift of offsets.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.cli.inputs import read  # noqa: E402
from audit.pipeline import audit_article  # noqa: E402
from audit.report.serialize import source_position  # noqa: E402
from audit.settings import Settings  # noqa: E402

ROUNDS = ROOT / "tests" / "data" / "blind_rounds"
PINS = ROUNDS / "pins.json"
VERDICT_FIELDS = ["file", "line", "column", "code", "severity", "span", "message", "lang",
                  "verdict", "judged_by", "reason"]
PAGE_FIELDS = ["file", "lang", "title_verdict", "frozen_title", "note"]


@dataclass
class Finding:
    round: str
    file: str
    line: int
    column: int
    code: str
    span: str
    message: str
    lang: str = ""
    verdict: str = ""  # R, W, or "" (today's finding with no label)
    severity: str = ""


def norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()[:200]


def rounds(folder: Path = ROUNDS) -> list[Path]:
    """Round folders in order (round4 < round9a < round10)."""
    def order(path: Path):
        m = re.match(r"round(\d+)(.*)", path.name)
        return (int(m.group(1)), m.group(2)) if m else (10**6, path.name)
    return sorted((p for p in folder.iterdir() if (p / "verdicts.tsv").exists()), key=order)


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def labelled(round_dir: Path) -> list[Finding]:
    return [Finding(round_dir.name, r["file"], int(r["line"]), int(r["column"]), r["code"],
                    r["span"], r["message"], r["lang"], r["verdict"], r["severity"])
            for r in _tsv(round_dir / "verdicts.tsv")]


def pages(round_dir: Path) -> dict[str, dict[str, str]]:
    return {r["file"]: r for r in _tsv(round_dir / "pages.tsv")}


def audit_round(round_dir: Path, settings: Settings | None = None
                ) -> tuple[list[Finding], dict[str, str | None]]:
    """Today's findings and titles on a round's inputs, audited as `audit check inputs/` does
    (default settings, the CLI's reader, the name it gives a file)."""
    settings = settings or Settings()
    langs = {f: p["lang"] for f, p in pages(round_dir).items()}
    found, titles = [], {}
    for path in sorted((round_dir / "inputs").iterdir()):
        if path.name not in langs:  # SOURCES.tsv or a file the tester did not audit
            continue
        item = read(path, settings.max_size)
        result = audit_article(item.data, f"inputs/{path.name}", settings)
        if not result.ok:
            titles[path.name] = None
            continue
        titles[path.name] = result.seg.title
        text = result.doc.text
        for f in result.findings:
            line, col = source_position(result.doc, f.start)
            found.append(Finding(round_dir.name, path.name, line, col, f.rule,
                                 text[f.start:f.end], f.message, langs[path.name],
                                 severity=f.severity.value))
    return found, titles


def match(labels: list[Finding], today: list[Finding]) -> tuple[list[tuple[Finding, Finding]],
                                                                list[Finding], list[Finding]]:
    """(label, today's finding) pairs, labels no longer raised, today's findings with no label.
    Keys from the strictest to the loosest: the text and the line, the text, and the message
    when the rule gives it once on the page (CIT001's page-level verdict, whose text is the
    first body paragraph). A finding on other text of the same line is not paired: another
    figure of a paragraph may deserve another verdict; the bench shows the lost label beside it."""
    keys = [lambda f: (f.file, f.code, norm(f.span), f.line),
            lambda f: (f.file, f.code, norm(f.span))]
    left, pairs, new = list(labels), [], list(today)
    for key in keys:
        pool = defaultdict(list)
        for f in left:
            pool[key(f)].append(f)
        still_new = []
        for f in new:
            if pool.get(key(f)):
                lab = pool[key(f)].pop(0)
                left.remove(lab)
                pairs.append((lab, f))
            else:
                still_new.append(f)
        new = still_new
    once = Counter((f.file, f.code) for f in left + new)
    for f in list(new):
        for lab in left:
            if (lab.file, lab.code, _cell(lab.message)) == (f.file, f.code, _cell(f.message)) \
                    and once[(f.file, f.code)] == 2:
                left.remove(lab)
                new.remove(f)
                pairs.append((lab, f))
                break
    return pairs, left, new


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    right_kept: int = 0
    wrong_kept: list[Finding] = field(default_factory=list)
    new: list[Finding] = field(default_factory=list)
    lost: list[Finding] = field(default_factory=list)  # labels today's code no longer raises


def compare(round_dirs: list[Path] | None = None, settings: Settings | None = None):
    """Per (rule, language): the labels, which of them today's code still raises, and today's
    unlabelled findings; and per round the titles that changed."""
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    title_changes = []
    for rd in round_dirs or rounds():
        labels = labelled(rd)
        today, titles = audit_round(rd, settings)
        pairs, lost, new = match(labels, today)
        for lab in lost:
            out[(lab.code, lab.lang)].lost.append(lab)
        for lab in labels:
            t = out[(lab.code, lab.lang)]
            t.right += lab.verdict == "R"
            t.wrong += lab.verdict == "W"
        for lab, _ in pairs:
            t = out[(lab.code, lab.lang)]
            if lab.verdict == "R":
                t.right_kept += 1
            else:
                t.wrong_kept.append(lab)
        for f in new:
            out[(f.code, f.lang)].new.append(f)
        for file, page in pages(rd).items():
            if titles.get(file) != (page["frozen_title"] or None):
                title_changes.append((rd.name, file, page["title_verdict"],
                                      page["frozen_title"], titles.get(file)))
    return dict(out), title_changes


def precision_then(round_dirs: list[Path]) -> dict[tuple[str, str], dict[str, tuple[int, int]]]:
    """(rule, language) -> {round: (right, findings)} from the frozen runs' labels."""
    out: dict = defaultdict(dict)
    for rd in round_dirs:
        counts: dict = defaultdict(lambda: [0, 0])
        for lab in labelled(rd):
            c = counts[(lab.code, lab.lang)]
            c[0] += lab.verdict == "R"
            c[1] += 1
        for key, (r, n) in counts.items():
            out[key][rd.name] = (r, n)
    return dict(out)


def pins_from(tallies: dict[tuple[str, str], Tally]) -> dict:
    """Per rule, pooled over languages: raised R findings may not fall below today's count,
    raised W findings may not rise above it."""
    rules: dict = defaultdict(lambda: {"right_min": 0, "wrong_max": 0})
    for (rule, _), t in tallies.items():
        rules[rule]["right_min"] += t.right_kept
        rules[rule]["wrong_max"] += len(t.wrong_kept)
    return {rule: rules[rule] for rule in sorted(rules)}


def _pct(r: int, n: int) -> str:
    return f"{r}/{n} ({100 * r / n:.0f} %)" if n else "-"


def report(round_dirs: list[Path], list_new: bool) -> dict[tuple[str, str], Tally]:
    names = [rd.name for rd in round_dirs]
    then = precision_then(round_dirs)
    print("(a) Out of sample: the frozen run of each round, right/findings (tester's labels)")
    print("| rule | lang | " + " | ".join(names) + " | pooled |")
    print("|---|---|" + "---|" * len(names) + "---|")
    total: dict = defaultdict(lambda: [0, 0])
    for (rule, lang) in sorted(then):
        cells = [then[(rule, lang)].get(n) for n in names]
        r = sum(c[0] for c in cells if c)
        n = sum(c[1] for c in cells if c)
        total[rule][0] += r
        total[rule][1] += n
        print(f"| {rule} | {lang} | " + " | ".join(f"{c[0]}/{c[1]}" if c else "" for c in cells)
              + f" | {_pct(r, n)} |")
    r = sum(v[0] for v in total.values())
    n = sum(v[1] for v in total.values())
    print(f"| all | all | " + " | ".join(
        "{}/{}".format(*[sum(x) for x in zip(*[v[nm] for v in then.values() if nm in v])])
        for nm in names) + f" | {_pct(r, n)} |")

    tallies, titles = compare(round_dirs)
    print("\n(b) Today's code on the same inputs (in sample: the rules were fixed on these rounds)")
    print("| rule | lang | R labels still raised | W labels still raised | new (unlabelled) "
          "| precision today, new counted wrong..right |")
    print("|---|---|---|---|---|---|")
    for (rule, lang), t in sorted(tallies.items()):
        lo, hi = t.right_kept, t.right_kept + len(t.new)
        n = t.right_kept + len(t.wrong_kept) + len(t.new)
        span = f"{100 * lo / n:.0f}-{100 * hi / n:.0f} %" if n else "-"
        print(f"| {rule} | {lang} | {t.right_kept} of {t.right} | {len(t.wrong_kept)} of {t.wrong} "
              f"| {len(t.new)} | {span} |")
    kept = sum(t.right_kept for t in tallies.values())
    wrong = sum(len(t.wrong_kept) for t in tallies.values())
    new = sum(len(t.new) for t in tallies.values())
    print(f"| all | all | {kept} of {sum(t.right for t in tallies.values())} | {wrong} of "
          f"{sum(t.wrong for t in tallies.values())} | {new} | |")
    print("\nW-labelled findings today's code still raises:")
    for t in tallies.values():
        for f in t.wrong_kept:
            print(f"  {f.round}/{f.file}:{f.line} {f.code} {f.span[:80]!r}")
    if list_new:
        print("\nNew findings (no label; judge them and add rows to verdicts.tsv of a new round "
              "only, the old rounds' labels are the frozen runs'):")
        for t in tallies.values():
            lost = defaultdict(list)
            for lab in t.lost:
                lost[(lab.round, lab.file, lab.line)].append(lab)
            for f in t.new:
                print(f"  {f.round}/{f.file}:{f.line} {f.code} {f.message[:120]!r}")
                for lab in lost[(f.round, f.file, f.line)]:  # the same paragraph's old finding
                    print(f"      (its line had {lab.verdict}: {lab.span[:60]!r}, no longer raised)")
    right_same = sum(1 for rd in round_dirs for p in pages(rd).values() if p["title_verdict"] == "R")
    changed_right = [c for c in titles if c[2] == "R"]
    print(f"\nTitles: {right_same} judged right in the frozen runs, {len(changed_right)} of them "
          f"changed today; {len(titles) - len(changed_right)} titles judged wrong or partly "
          "right changed (judge them by reading the page):")
    for rd, file, verdict, was, now in titles:
        print(f"  {rd}/{file} [{verdict}] {was!r} -> {now!r}")
    return tallies


def skeleton(run_json: Path, folder: Path) -> None:
    """verdicts.tsv and pages.tsv in ``folder`` from a round's frozen run (the JSON of `audit
    check inputs/ --format json`), the verdicts left empty for the report's."""
    run = json.loads(run_json.read_text(encoding="utf-8"))
    vrows, prows = [], []
    for a in run["articles"]:
        file = Path(a["path"]).name
        prows.append({"file": file, "lang": a.get("language") or "", "title_verdict": "",
                      "frozen_title": a.get("title") or "", "note": ""})
        for f in a["findings"]:
            vrows.append({"file": file, "line": f["line"], "column": f["column"],
                          "code": f["rule"], "severity": f["severity"],
                          "span": _cell(a["text"][f["start"]:f["end"]]),
                          "message": _cell(f["message"]), "lang": a.get("language") or "",
                          "verdict": "", "judged_by": "", "reason": ""})
    write_tsv(folder / "verdicts.tsv", VERDICT_FIELDS, vrows)
    write_tsv(folder / "pages.tsv", PAGE_FIELDS, prows)


def _cell(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def write_tsv(path: Path, fields: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pins", action="store_true", help=f"write {PINS.relative_to(ROOT)}")
    parser.add_argument("--list", action="store_true", help="list today's unlabelled findings")
    parser.add_argument("--skeleton", type=Path, metavar="DIR",
                        help="write DIR/verdicts.tsv and DIR/pages.tsv from DIR/run_all.json")
    args = parser.parse_args()
    if args.skeleton:
        skeleton(args.skeleton / "run_all.json", args.skeleton)
        return
    round_dirs = rounds()
    tallies = report(round_dirs, args.list)
    if args.pins:
        rules = pins_from(tallies)
        lines = [f'  "{rule}": {json.dumps(pin)}' for rule, pin in rules.items()]
        PINS.write_text('{"rounds": ' + json.dumps([rd.name for rd in round_dirs])
                        + ',\n "rules": {\n' + ",\n".join(lines) + "\n }\n}\n", encoding="utf-8")
        print(f"\nwrote {PINS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
