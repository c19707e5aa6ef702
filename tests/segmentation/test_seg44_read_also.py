"""Task seg44, part 2: «Lesen Sie auch:» and «Leggi anche:», a related link's label opening its
line or run into a paragraph after its last sentence (round 44b r5a, r5e), are SEG002's as fr's
«Lire aussi :» and en's "Read more:" are; in a sentence the words stay the article's. Real lines:
tests/data/furniture44/read_also.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.blind_reading import kind_at, read, repro

_TSV = Path(__file__).parent.parent / "data" / "furniture44" / "read_also.tsv"
_ROWS = list(csv.DictReader((line for line in _TSV.open(encoding="utf-8") if not line.startswith("#")),
                            delimiter="\t"))
_LEDES = {
    "de": "Der Gemeinderat hat am Dienstag den Haushalt für die Stadtbibliothek nach langer Debatte "
          "über die Öffnungszeiten beschlossen.\n\n",
    "it": "Il consiglio comunale ha approvato martedì il bilancio della biblioteca dopo un lungo "
          "dibattito sugli orari di apertura.\n\n",
}
_AFTER = {
    "de": "\n\nDie Bibliothek soll ab März auch sonntags öffnen, teilte der Bürgermeister am Abend mit.\n",
    "it": "\n\nLa biblioteca aprirà la domenica da marzo, ha aggiunto il sindaco in una nota serale.\n",
}


def _flagged(line: str, lang: str) -> bool:
    text = _LEDES[lang] + line + _AFTER[lang]
    result = read(text)
    start = text.index(line)
    label = start + max(line.lower().find("lesen sie auch"), line.lower().find("leggi anche"), 0)
    return any(f["rule"] == "SEG002" and f["start"] <= label < f["end"] for f in result["findings"]) or \
        kind_at(result, text, line) in ("boilerplate", "comments")


def test_the_list_is_real_and_split():
    assert {r["split"] for r in _ROWS} == {"tune", "held"}
    assert sum(r["label"] == "furniture" for r in _ROWS) >= 10


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{r['split']}-{r['lang']}-{r['text'][:40]}") for r in _ROWS])
def test_read_also_label(row):
    assert _flagged(row["text"], row["lang"]) == (row["label"] == "furniture")


@pytest.mark.parametrize("name,label", [("r5a_de_lesen_sie_auch_inline.txt", "Lesen Sie auch:"),
                                        ("r5e_it_leggi_anche_inline.txt", "Leggi anche:"),
                                        ("r5b_de_control_lire_aussi_inline.txt", "Lire aussi :"),
                                        ("r5c_en_read_more_inline.txt", "Read more:")])
def test_round_44b_repros(name, label):
    result = read(repro("round44b/" + name[:3]))
    assert any(f["rule"] == "SEG002" and result["text"][f["start"]:f["end"]].startswith(label)
               for f in result["findings"])
