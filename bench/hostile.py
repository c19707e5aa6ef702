"""Time and memory of one audit against input size, on hostile shapes of text.

python bench/hostile.py [--sizes 10KB,100KB,1MB,10MB] [--shapes numbers,quotes,...] [--cap 60]

Each run is a fresh process: it builds the input, notes its peak RSS after the imports
(the baseline), audits the input once (audit_article, no time budget, no size limit) and
reports seconds and peak RSS above the baseline. Before timing, the child audits the seeds and
the HTML fixtures once, so one-time costs (lexicons, lazily compiled cues, the HTML stage's
imports) are not counted. The table ends with the growth factor from
each size to the next (10x more input should cost about 10x, not 100x). A size is skipped
once the one below it took more than --cap seconds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PROSE = ("Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression, et "
          "le gouvernement doit maintenant trouver un remplaçant avant la fin du mois.")
_ARTICLE = "Titre de l'article sur la réforme\n" + (_PROSE + "\n") * 3
SHAPES = {
    "prose": "Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression. ",
    "numbers": "1 ",
    "spaced digits": "2\u00a0500\u202f000 ",
    "quotes": "« Oui », dit-il. \"No\" ",
    "brackets": "[(« ",
    "selon": "selon ",
    "one long line": "mot ",
    # the review of the twenty-fourth session: a speech verb's subject searched back per verb,
    # a formula found inside a longer one per pair (both quadratic before their fixes)
    "coordinated verbs": "Le ministre a visité l'usine et a déclaré que 5 % des salariés partiront ; "
                         "cette dernière a indiqué 3 cas ; ",
    "minutes formulas": "absents excusés : ",
    "short lines": "Ligne\n",
    # One paragraph of prose, then lines of middling length with many stopwords: jusText's
    # "near-good" lines, each revised by its neighbours (a run of them once took quadratic time).
    "medium lines": ["Le ministre a démissionné mardi, selon Le Monde, après des semaines de "
                     "pression, et le gouvernement doit maintenant trouver un remplaçant avant "
                     "la fin du mois, alors que le budget de l'année prochaine est encore en "
                     "discussion au Parlement.\n",
                     "Le chat de la voisine est sur le tapis du salon et il dort dans la maison.\n"],
    "money": "50 millions de dollars [environ 42,7 millions d'euros], ",
    "deep html": None,  # built below
    # Lines that differ (a counter), as real text does, after an article's opening: shapes
    # a hunt found quadratic steps in (2026-12-03), kept here so they stay linear.
    "directives": {"head": _ARTICLE, "lines": ["audit: disable[CIT001]", _PROSE + " {i}",
                                               "audit: enable[NUM002]", _PROSE + " {i}"]},
    "comment thread": {"head": _ARTICLE + "Commentaires\n",
                       "lines": ["Jean Dupont {i}", "12 mars 2024 à 10:30",
                                 "Je ne suis pas d'accord avec cet article numéro {i}, c'est faux.",
                                 "Répondre"]},
    "open quotes": {"head": _ARTICLE,
                    "lines": ["« Le ministre a dit que la réforme numéro {i} était importante"]},
    "html table": {"head": f"<html><body><h1>Titre</h1><p>{_PROSE}</p><table>",
                   "lines": ["<tr><td>{i}</td><td>{i} €</td><td>texte</td></tr>"],
                   "tail": "</table></body></html>", "name": "x.html"},
    "disclosures": {"head": _ARTICLE, "lines": ["Ce contenu a été créé avec l'aide de l'IA. ({i})"]},
    # Shapes bench/hunt/matrix.py found quadratic (2026-12-04): a run of spaces inside a
    # quotation and after a "Name - date" separator, a long list of linked sources, sources
    # that the body never names.
    "spaced quote": {"head": _ARTICLE + "Il a dit « oui", "run": " ", "tail": "non », selon Le Monde.\n"},
    "name - date": {"head": _ARTICLE + "ab - cd", "run": " ", "tail": "e\n"},
    "linked sources": {"head": f"<html><body><h1>Titre</h1><p>{_PROSE}</p><h2>Sources</h2><ul>",
                       "lines": ['<li>Le Monde, « Titre {i} », 12 mars 2024, <a href="https://lemonde.fr/a{i}">'
                                 'lemonde.fr/a{i}</a></li>'], "tail": "</ul></body></html>", "name": "x.html"},
    # Paragraphs each inside <div>s nested 20 deep (2026-12-04): trafilatura spends 30-100 µs a
    # block element, 3 s per MB of this; it is not asked past 20,000 elements.
    "nested html": {"head": f"<html><body><h1>Titre</h1><p>{_PROSE}</p>",
                    "lines": ["<div>" * 20 + "<p>Paragraphe {i} du texte.</p>" + "</div>" * 20],
                    "tail": "</body></html>", "name": "x.html"},
    # 200 KB shapes of the twenty-seventh session: spaces on a title line (a headline's
    # ellipsis searched from each space: 361 s), real French text repeated, as one paragraph
    # (each quantity's block reread, a colon looked for in a copy of the text before each
    # sentence), and table rows (each quantity against every line's span).
    "spaced title": {"head": "Titre", "run": " ", "tail": "fin\n" + _ARTICLE},
    "spaces and newlines": {"head": _ARTICLE, "run": "       \n  \n\n", "tail": _PROSE + "\n"},
    "real text": {"files": "seeds/*.txt"},
    "one paragraph": {"files": "seeds/*.txt", "one_line": True},
    "table rows": {"head": "Tableau des résultats\n", "lines": ["Ligne {i} | {i} € | Paris | 12/03/2024"]},
    "unused sources": {"head": "Titre\n", "lines": [_PROSE + " ({i})"], "then": ["Sources :"] +
                       ["Journal{i}, « Titre numéro {i} », 12 mars 2024"] * 50},
    # session 32's review: a club almanac, a count noun beside a founding year a paragraph
    # (NUM003 looked for each word's acronym across the whole text a count noun)
    "celebrations": {"head": "Jubilees\n", "lines": ["The Club number {i} was founded in 1925 by local "
                     "farmers. The Club number {i} will celebrate its centennial in 2025 with a picnic.\n"]},
}

CHILD = r"""
import json, resource, sys, time
from audit.pipeline import audit_article
from audit.settings import Settings
shape, size = sys.argv[1], int(sys.argv[2])
unit = json.loads(sys.argv[3])
if unit is None:  # nested markup: half the bytes open, half close
    depth = size // 20
    data = "<html><body>" + "<div>" * depth + "texte " * 10 + "</div>" * depth + "</body></html>"
    name = "x.html"
elif isinstance(unit, dict) and "files" in unit:  # real articles' text repeated: {files, one_line}
    import glob, re
    text = "".join(open(f, encoding="utf-8").read() + "\n\n" for f in sorted(glob.glob(unit["files"])))
    if unit.get("one_line"):  # one paragraph under a title line
        text = re.sub(r"\s+", " ", text) + " "
    data = ("Titre de l'article\n" if unit.get("one_line") else "") + (text * (size // len(text) + 1))[:size]
    name = "x.txt"
elif isinstance(unit, dict) and "run" in unit:  # one run of a unit inside a line: {head, run, tail}
    data = unit["head"] + unit["run"] * max(0, (size - len(unit["head"]) - len(unit["tail"])) // len(unit["run"])) \
        + unit["tail"]
    name = unit.get("name", "x.txt")
elif isinstance(unit, dict):  # numbered lines: {head, lines (templates of {i}), then, tail, name}
    head = unit["head"]
    out, n, i = [head], len(head), 0
    for templates, until in ((unit["lines"], size // 2 if "then" in unit else size), (unit.get("then"), size)):
        while templates and n < until:  # "then": the lines of the second half
            line = templates[i % len(templates)].format(i=i) + "\n"
            out.append(line)
            n, i = n + len(line), i + 1
    data = "".join(out)[:size] + unit.get("tail", "")
    name = unit.get("name", "x.txt")
else:
    head, unit = unit if isinstance(unit, list) else ("", unit)  # [a first line, the unit]
    data = head + (unit * (size // len(unit) + 1))[:max(0, size - len(head))]
    name = "x.txt"
# Warm up on real articles first, text and HTML: lexicons, lazily compiled cues and the
# HTML stage's imports (lxml, trafilatura) are one-time costs.
from pathlib import Path
for seed in [*sorted(Path("seeds").glob("*.txt")), *sorted(Path("tests/fixtures").glob("*.html"))]:
    audit_article(seed.read_bytes(), seed.name, Settings())
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
result = audit_article(data, name, Settings(max_size=None, time_budget=None))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "mb": (peak - base) / 1024, "error": result.error}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10KB,100KB,1MB,10MB")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--cap", type=float, default=60.0,
                        help="skip bigger sizes of a shape after a run this slow (seconds)")
    args = parser.parse_args()
    from audit.settings import parse_size  # the --max-size parser: "10KB", "1MB"

    sizes = [parse_size(s) for s in args.sizes.split(",")]
    print(f"{'shape':14} {'size':>7} {'seconds':>8} {'MB':>7} {'s/MB':>6} {'MB/MB':>6} "
          f"{'growth':>7}")
    for shape in args.shapes.split(","):
        previous = None
        for size in sizes:
            if previous and previous["seconds"] > args.cap:
                print(f"{shape:14} {size / 1e6:6.2f}M  skipped (the size below took "
                      f"{previous['seconds']:.0f} s)")
                continue
            proc = subprocess.run([sys.executable, "-c", CHILD, shape, str(size),
                                   json.dumps(SHAPES[shape])], capture_output=True, text=True,
                                  cwd=ROOT)
            if proc.returncode != 0:
                print(f"{shape:14} {size / 1e6:6.2f}M  failed: "
                      f"{(proc.stderr.strip().splitlines() or ['?'])[-1]}")
                previous = None
                continue
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            growth = run["seconds"] / previous["seconds"] if previous and previous["seconds"] > 0 \
                else float("nan")
            per_mb = size / 1e6
            print(f"{shape:14} {per_mb:6.2f}M {run['seconds']:8.2f} {run['mb']:7.1f} "
                  f"{run['seconds'] / per_mb:6.2f} {run['mb'] / per_mb:6.1f} {growth:7.1f}"
                  + (f"  ({run['error']})" if run["error"] else ""))
            previous = run


if __name__ == "__main__":
    main()
