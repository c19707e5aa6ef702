"""The blind rounds' real articles and verdicts (tests/data/blind_rounds/): precision then and now.

python bench/blind_rounds.py            # (a) out-of-sample precision per rule and language, by
                                        #     round and pooled; (b) today's code on the same
                                        #     inputs: labelled findings kept, new ones, titles, dates
python bench/blind_rounds.py --list     # also list every finding raised since with no label
python bench/blind_rounds.py --new-tsv F  # write those findings to F (later.tsv rows to judge)
python bench/blind_rounds.py --pins     # write the regression gate's pins (pins.json) from today
python bench/blind_rounds.py --skeleton DIR   # DIR/run_all.json (a round's frozen run) ->
                                        #     DIR/verdicts.tsv and DIR/pages.tsv to fill in

A round is a folder roundN/ with inputs/ (the pages as the tester saved them), SOURCES.tsv,
verdicts.tsv (one row per finding of the frozen run, with the tester's verdict R or W),
pages.tsv (each page's language, the frozen run's title with its verdict R, W or P, and its
publication date with its verdict: R read, missed, wrong, or none when the page states none)
and, optionally, later.tsv: findings a later version raised that the frozen run did not, judged
by a reviewer (in sample; never part of the out-of-sample figure). pages.tsv's later_* columns
hold a reviewer's verdict on a later title or date in the same way.
Today's findings are matched to the labelled ones by file, rule and the text they point at
(as audit/check/precision.py does), so a label survives a shift of offsets.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
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
PAGE_FIELDS = ["file", "lang", "title_verdict", "frozen_title", "date_verdict", "frozen_published",
               "note", "later_title", "later_title_verdict", "later_published",
               "later_date_verdict", "later_note"]


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
    verdict: str = ""  # R, W, or "" (a finding no label covers)
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
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def labelled(round_dir: Path, name: str = "verdicts.tsv") -> list[Finding]:
    """The frozen run's findings with the tester's verdicts (``later.tsv``: the reviewer's)."""
    return [Finding(round_dir.name, r["file"], int(r["line"]), int(r["column"]), r["code"],
                    r["span"], r["message"], r["lang"], r["verdict"], r["severity"])
            for r in _tsv(round_dir / name)]


def pages(round_dir: Path) -> dict[str, dict[str, str]]:
    return {r["file"]: r for r in _tsv(round_dir / "pages.tsv")}


def audit_round(round_dir: Path, settings: Settings | None = None
                ) -> tuple[list[Finding], dict[str, tuple[str | None, str | None]]]:
    """Today's findings, and (title, publication date) per page, on a round's inputs, audited
    as `audit check inputs/` does (default settings, the CLI's reader, the name it gives a file)."""
    settings = settings or Settings()
    langs = {f: p["lang"] for f, p in pages(round_dir).items()}
    found, heads = [], {}
    for path in sorted((round_dir / "inputs").iterdir()):
        if path.name not in langs:  # a file the tester did not audit
            continue
        item = read(path, settings.max_size)
        result = audit_article(item.data, f"inputs/{path.name}", settings)
        if not result.ok:
            heads[path.name] = (None, None)
            continue
        published = result.facts.published
        heads[path.name] = (result.seg.title, published.isoformat() if published else None)
        text = result.doc.text
        for f in result.findings:
            line, col = source_position(result.doc, f.start)
            found.append(Finding(round_dir.name, path.name, line, col, f.rule,
                                 text[f.start:f.end], f.message, langs[path.name],
                                 severity=f.severity.value))
    return found, heads


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
    # The labelled span read further since, from where it starts: the same finding, its description now
    # whole («selon une source» then «selon une source du Quai d'Orsay», round 43).
    for f in list(new):
        grown = next((lab for lab in left if (lab.file, lab.code, lab.line, lab.column) == (f.file, f.code, f.line, f.column)
                      and norm(lab.span) and norm(f.span).startswith(norm(lab.span))), None)
        if grown is not None:
            left.remove(grown)
            new.remove(f)
            pairs.append((grown, f))
    for f in list(new):
        same = [lab for lab in left if (lab.file, lab.code) == (f.file, f.code)]
        others = [g for g in new if (g.file, g.code) == (f.file, f.code)]
        if len(same) == 1 == len(others) and _cell(same[0].message) == _cell(f.message):
            left.remove(same[0])
            new.remove(f)
            pairs.append((same[0], f))
    return pairs, left, new


@dataclass
class Tally:
    right: int = 0  # the frozen run's labels
    wrong: int = 0
    right_kept: int = 0  # ... that today's code still raises
    wrong_kept: list[Finding] = field(default_factory=list)
    lost: list[Finding] = field(default_factory=list)
    later_right: int = 0  # raised since the frozen run, judged by a reviewer (later.tsv)
    later_wrong: list[Finding] = field(default_factory=list)
    new: list[Finding] = field(default_factory=list)  # raised today, no label at all


@dataclass
class Heads:
    """Titles and dates of every page: today's verdict where a label covers today's value."""
    right: int = 0
    judged: int = 0
    unjudged: list[tuple] = field(default_factory=list)  # (round, file, was, verdict, now)
    changed: list[tuple] = field(default_factory=list)  # judged changes


def _judge(heads: Heads, rd: str, file: str, now, frozen, verdict, later, later_verdict,
           right=("R",)) -> None:
    if now == (frozen or None):
        v = verdict
    elif later_verdict and now == (later or None):
        v = later_verdict
        heads.changed.append((rd, file, frozen, verdict, now, v))
    else:
        heads.unjudged.append((rd, file, frozen, verdict, now))
        return
    heads.judged += 1
    heads.right += v in right


def _tally(out: dict[tuple[str, str], Tally], pairs, right: str, wrong: str) -> None:
    """Count each matched label: an R adds one to ``right``, a W joins the ``wrong`` list."""
    for lab, _ in pairs:
        t = out[(lab.code, lab.lang)]
        if lab.verdict == "R":
            setattr(t, right, getattr(t, right) + 1)
        else:
            getattr(t, wrong).append(lab)


def compare(round_dirs: list[Path] | None = None, settings: Settings | None = None):
    """Per (rule, language) the labels and what today's code raises; titles and dates."""
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    titles, dates = Heads(), Heads()
    for rd in round_dirs or rounds():
        labels = labelled(rd)
        today, heads = audit_round(rd, settings)
        pairs, lost, new = match(labels, today)
        for lab in labels:
            t = out[(lab.code, lab.lang)]
            t.right += lab.verdict == "R"
            t.wrong += lab.verdict == "W"
        _tally(out, pairs, "right_kept", "wrong_kept")
        for lab in lost:
            out[(lab.code, lab.lang)].lost.append(lab)
        later_pairs, _, new = match(labelled(rd, "later.tsv"), new)
        _tally(out, later_pairs, "later_right", "later_wrong")
        for f in new:
            out[(f.code, f.lang)].new.append(f)
        for file, p in pages(rd).items():
            title, published = heads.get(file, (None, None))
            _judge(titles, rd.name, file, title, p["frozen_title"], p["title_verdict"],
                   p.get("later_title"), p.get("later_title_verdict"))
            # a page that states no date is right to get none
            _judge(dates, rd.name, file, published, p["frozen_published"], p["date_verdict"],
                   p.get("later_published"), p.get("later_date_verdict"), right=("R", "none"))
    return dict(out), titles, dates


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


# Opt-in rules whose labels still guard the readers they rest on: pinned from a run with each
# switched on for the languages it was judged in (CIT001: the attribution reader, French;
# CIT004, off in English since issue 7: the vague-attribution reader, both languages).
OPTED_IN = {"CIT001": ("fr",), "CIT004": ("fr", "en")}


def opted_in_pins(round_dirs: list[Path] | None = None) -> dict:
    """pins_from, for the OPTED_IN rules only, on a run that switches them on."""
    settings = Settings(languages=tuple(sorted(OPTED_IN.items())))
    tallies, _, _ = compare(round_dirs, settings)
    return {rule: pin for rule, pin in pins_from(tallies).items() if rule in OPTED_IN}


def pins_from(tallies: dict[tuple[str, str], Tally]) -> dict:
    """Per rule, pooled over languages: raised R findings (the tester's or the reviewer's labels)
    may not fall below today's count, raised W findings may not rise above it."""
    rules: dict = defaultdict(lambda: {"right_min": 0, "wrong_max": 0})
    for (rule, _), t in tallies.items():
        rules[rule]["right_min"] += t.right_kept + t.later_right
        rules[rule]["wrong_max"] += len(t.wrong_kept) + len(t.later_wrong)
    return {rule: rules[rule] for rule in sorted(rules)}


def _pct(r: int, n: int) -> str:
    return f"{r}/{n} ({100 * r / n:.0f} %)" if n else "-"


def report(round_dirs: list[Path], list_new: bool) -> tuple[dict[tuple[str, str], Tally], list]:
    names = [rd.name for rd in round_dirs]
    then = precision_then(round_dirs)
    print("(a) Out of sample: the frozen run of each round, right/findings (the tester's labels)")
    print("| rule | lang | " + " | ".join(names) + " | pooled |")
    print("|---|---|" + "---|" * len(names) + "---|")
    per_round: dict = defaultdict(lambda: [0, 0])
    for (rule, lang) in sorted(then):
        cells = [then[(rule, lang)].get(n) for n in names]
        for n, c in zip(names, cells):
            if c:
                per_round[n][0] += c[0]
                per_round[n][1] += c[1]
        r = sum(c[0] for c in cells if c)
        n = sum(c[1] for c in cells if c)
        print(f"| {rule} | {lang} | " + " | ".join(f"{c[0]}/{c[1]}" if c else "" for c in cells)
              + f" | {_pct(r, n)} |")
    r = sum(v[0] for v in per_round.values())
    n = sum(v[1] for v in per_round.values())
    print("| all | all | " + " | ".join("{}/{}".format(*per_round[nm]) for nm in names)
          + f" | {_pct(r, n)} |")

    tallies, titles, dates = compare(round_dirs)
    print("\n(b) Today's code on the same inputs (in sample: the rules were fixed on these "
          "rounds). Raised since: findings the frozen run did not raise, judged by a reviewer "
          "(later.tsv) or not yet")
    print("| rule | lang | R labels still raised | W labels still raised | raised since: R, W, "
          "unjudged | precision today |")
    print("|---|---|---|---|---|---|")
    rows = sorted(tallies.items()) + [(("all", "all"), _sum(tallies.values()))]
    for (rule, lang), t in rows:
        right = t.right_kept + t.later_right
        wrong = len(t.wrong_kept) + len(t.later_wrong)
        n = right + wrong + len(t.new)
        prec = (f"{right}/{n} ({100 * right / n:.0f} %)" if not t.new else
                f"{100 * right / n:.0f}-{100 * (right + len(t.new)) / n:.0f} % of {n}") if n else "-"
        print(f"| {rule} | {lang} | {t.right_kept} of {t.right} | {len(t.wrong_kept)} of "
              f"{t.wrong} | {t.later_right}, {len(t.later_wrong)}, {len(t.new)} | {prec} |")
    print("\nW-labelled findings today's code still raises:")
    for t in tallies.values():
        for f in t.wrong_kept + t.later_wrong:
            print(f"  {f.round}/{f.file}:{f.line} {f.code} {f.span[:80]!r}")
    print("\nR-labelled findings today's code no longer raises:")
    for t in tallies.values():
        for f in t.lost:
            if f.verdict == "R":
                print(f"  {f.round}/{f.file}:{f.line} {f.code} {f.span[:80]!r}")
    new = [f for t in tallies.values() for f in t.new]
    print(f"\nFindings with no label: {len(new)}" + (" (--list lists them)" if new and not list_new
                                                    else ""))
    if list_new:
        lost = defaultdict(list)
        for t in tallies.values():
            for lab in t.lost:
                lost[(lab.round, lab.file, lab.line)].append(lab)
        for f in new:
            print(f"  {f.round}/{f.file}:{f.line} {f.code} {f.message[:120]!r}")
            for lab in lost[(f.round, f.file, f.line)]:  # the same paragraph's old finding
                print(f"      (its line had {lab.verdict}: {lab.span[:60]!r}, no longer raised)")
    for name, heads, right in (("Titles", titles, "right"), ("Dates", dates, "right (read, or "
                                                              "none where the page states none)")):
        print(f"\n{name} today: {heads.right} of {heads.judged} judged {right}; "
              f"{len(heads.changed)} changed since the frozen run and judged by a reviewer; "
              f"{len(heads.unjudged)} changed and not judged:")
        for rd, file, was, verdict, now in heads.unjudged:
            print(f"  {rd}/{file} [{verdict}] {was or None!r} -> {now!r}")
    return tallies, new


def _sum(tallies) -> Tally:
    out = Tally()
    for t in tallies:
        out.right += t.right
        out.wrong += t.wrong
        out.right_kept += t.right_kept
        out.wrong_kept += t.wrong_kept
        out.later_right += t.later_right
        out.later_wrong += t.later_wrong
        out.new += t.new
    return out


def skeleton(run_json: Path, folder: Path) -> None:
    """verdicts.tsv and pages.tsv in ``folder`` from a round's frozen run (the JSON of `audit
    check inputs/ --format json`), the verdicts left empty for the report's."""
    run = json.loads(run_json.read_text(encoding="utf-8"))
    vrows, prows = [], []
    for a in run["articles"]:
        file = Path(a["path"]).name
        prows.append({"file": file, "lang": a.get("language") or "",
                      "frozen_title": a.get("title") or "",
                      "frozen_published": a.get("published") or ""})
        vrows += [_row(file, a.get("language") or "", f["line"], f["column"], f["rule"],
                       f["severity"], a["text"][f["start"]:f["end"]], f["message"])
                  for f in a["findings"]]
    write_tsv(folder / "verdicts.tsv", VERDICT_FIELDS, vrows)
    write_tsv(folder / "pages.tsv", PAGE_FIELDS, prows)


def _row(file, lang, line, column, code, severity, span, message) -> dict:
    return {"file": file, "line": line, "column": column, "code": code, "severity": severity,
            "span": _cell(span), "message": _cell(message), "lang": lang, "verdict": "",
            "judged_by": "", "reason": ""}


def _cell(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def write_tsv(path: Path, fields: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL, restval="")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pins", action="store_true", help=f"write {PINS.relative_to(ROOT)}")
    parser.add_argument("--list", action="store_true", help="list the findings with no label")
    parser.add_argument("--new-tsv", type=Path, metavar="FILE",
                        help="write the findings with no label to FILE, as later.tsv rows to judge")
    parser.add_argument("--skeleton", type=Path, metavar="DIR",
                        help="write DIR/verdicts.tsv and DIR/pages.tsv from DIR/run_all.json")
    args = parser.parse_args()
    if args.skeleton:
        skeleton(args.skeleton / "run_all.json", args.skeleton)
        return
    round_dirs = rounds()
    tallies, new = report(round_dirs, args.list)
    if args.new_tsv:
        write_tsv(args.new_tsv, ["round"] + VERDICT_FIELDS,
                  [{"round": f.round, **_row(f.file, f.lang, f.line, f.column, f.code, f.severity,
                                             f.span, f.message), "judged_by": "reviewer"}
                   for f in new])
    if args.pins:
        rules = pins_from(tallies)
        lines = [f'  "{rule}": {json.dumps(pin)}' for rule, pin in rules.items()]
        opted = [f'  "{rule}": {json.dumps(pin)}' for rule, pin in opted_in_pins(round_dirs).items()]
        PINS.write_text('{"rounds": ' + json.dumps([rd.name for rd in round_dirs])
                        + ',\n "rules": {\n' + ",\n".join(lines) + "\n },"
                        + '\n "opted_in": {\n' + ",\n".join(opted) + "\n }\n}\n",
                        encoding="utf-8")
        print(f"\nwrote {PINS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
