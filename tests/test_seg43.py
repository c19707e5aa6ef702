"""Task seg43 (round 43, issues 7 and 11): page furniture left in pasted copy and the comment
header's grammar.

Furniture: a related-link widget's label over a headline («Sur le même thème : …», "More news:
…", round 43a r2 and 43b en15) is a related box's header, out of the copy; a search box's
placeholder («Tapez un ou plusieurs mots-clés...», 43a r4) and Blogger's comment box with no
comment («Nenhum comentário:» / «Postar um comentário» on a French page, 43a r3) are SEG002's
(or out, where a cue already put the line out); on the real wordings of
tests/data/furniture43/widgets.tsv, and a sentence that opens like the label stays the article. Every lexicon is read on every page, so a
platform's strings (Blogger's, in the blog's language) are read whatever the article's.

Comments: the header line around a stamp, [opener] NAME [link] [weekday] STAMP [time]: Drupal's
"Submitted by charlyc on Wed, 10/17/2018 - 12:17." (43b r3), WordPress's "9:54 pm" (43b r4), a
name box and a date box on one line (43b de06, it02), and the real headers of the labelled
pages."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from audit.load import load
from audit.segment import segment
from audit.segment.comments import _split_stamp
from tests.blind_reading import LEDE, LEDE_FR, ROUNDS, kind_at, read, repro

_LEDES = {
    "en": LEDE, "fr": LEDE_FR,
    "de": ("Der Gemeinderat hat am Dienstag den Haushalt für die Stadtbibliothek nach langer Debatte "
           "über die Öffnungszeiten beschlossen.\n\n"),
    "es": ("El pleno del ayuntamiento aprobó el martes el presupuesto de la biblioteca municipal tras "
           "un largo debate sobre los horarios.\n\n"),
    "it": ("Il consiglio comunale ha approvato martedì il bilancio della biblioteca dopo un lungo "
           "dibattito sugli orari di apertura.\n\n"),
    "pt": ("A câmara municipal aprovou na terça-feira o orçamento da biblioteca depois de um longo "
           "debate sobre os horários.\n\n"),
}
# what follows the line: the story goes on, so the line stands inside the copy
_AFTER = {
    "en": "\nThe library will stay open on Sundays from March, the chairman added in a statement.\n",
    "fr": "\nLa médiathèque ouvrira le dimanche à partir de mars, a ajouté le maire dans un communiqué.\n",
    "de": "\nDie Bibliothek soll ab März auch sonntags öffnen, teilte der Bürgermeister am Abend mit.\n",
    "es": "\nLa biblioteca abrirá los domingos a partir de marzo, añadió el alcalde en un comunicado.\n",
    "it": "\nLa biblioteca aprirà la domenica da marzo, ha aggiunto il sindaco in una nota serale.\n",
    "pt": "\nA biblioteca abrirá aos domingos a partir de março, acrescentou o presidente num comunicado.\n",
}

_TSV = Path(__file__).parent / "data" / "furniture43" / "widgets.tsv"
_ROWS = list(csv.DictReader((line for line in _TSV.open(encoding="utf-8") if not line.startswith("#")),
                            delimiter="\t"))


def _furniture(result: dict, text: str, line: str) -> bool:
    """The line is reported by SEG002 or is out of the article (a cue's boilerplate, the thread)."""
    start = text.index(line)
    end = start + len(line)
    flagged = any(f["rule"] == "SEG002" and f["start"] < end and start < f["end"]
                  for f in result["findings"])
    return flagged or kind_at(result, text, line) in ("boilerplate", "comments")


def _read(lang: str, line: str, kind: str) -> tuple[dict, str]:
    """A related link's label stands inside the copy, between two paragraphs (43a r2, 43b
    en15); a search box's and a comment box's lines after it, where the page prints them."""
    text = _LEDES[lang] + line + "\n" + _AFTER[lang] if kind == "related" else \
        _LEDES[lang] + _AFTER[lang].lstrip("\n") + "\n" + line + "\n"
    return read(text), text


def _case(row: dict) -> pytest.param:
    return pytest.param(row["lang"], row["text"], row["kind"],
                        id=f"{row['split']}-{row['lang']}-{row['text'][:40]}")


def test_the_widget_list_is_real_and_split():
    furniture = [r for r in _ROWS if r["label"] == "furniture"]
    assert len(furniture) >= 30 and {r["kind"] for r in furniture} == {"related", "search", "blogger"}
    assert {r["split"] for r in furniture} == {"tune", "held"}
    assert all(r["source"].split(":")[0] in ("blind", "eval", "code", "negative") for r in _ROWS)


@pytest.mark.parametrize("lang,text,kind", [_case(r) for r in _ROWS if r["label"] == "furniture"])
def test_a_widgets_line_is_furniture(lang, text, kind):
    result, page = _read(lang, text, kind)
    assert _furniture(result, page, text)


@pytest.mark.parametrize("lang,text,kind", [_case(r) for r in _ROWS if r["label"] == "body"])
def test_a_sentence_opening_like_the_label_stays_the_article(lang, text, kind):
    result, page = _read(lang, text, kind)
    assert not _furniture(result, page, text)


@pytest.mark.parametrize("name,line", [
    ("round43a/r2_seg", "Sur le même thème : Des nouvelles des Gendarmes"),
    ("round43a/r3_seg", "Nenhum comentário:"),
    ("round43a/r3_seg", "Postar um comentário"),
    ("round43a/r4_seg", "Tapez un ou plusieurs mots-clés..."),
])
def test_round43a_repros_furniture_is_reported(name, line):
    text = repro(name)
    result = read(text)
    assert _furniture(result, text, line)
    assert [s for s in result["segments"] if s["kind"] == "body"]  # the story stays


def test_round43b_more_news_lines_are_out_of_the_copy():
    """en15's three "More news: …" lines (one was read as an intertitle): a related box's label
    over its link, the box ending at the story's prose under it."""
    text = (ROUNDS / "round43b" / "inputs" / "en15_mywiloo.txt").read_text(encoding="utf-8")
    result = read(text, "en15_mywiloo.txt")
    for line in ("More news: S&P, Dow open higher", "More news: Czechs vote",
                 "More news: Ohio State basketball"):
        assert kind_at(result, text, line) == "boilerplate"
    assert not _furniture(result, text, "But an update from the Centers for Disease Control")


# Real comment headers: the line as the page shows it, the reader, the date as written.
@pytest.mark.parametrize("line,author,date", [
    # Drupal's default (round 43b r3, conservativehq.com)
    ("Submitted by charlyc on Wed, 10/17/2018 - 12:17.", "charlyc", "Wed, 10/17/2018 - 12:17"),
    # WordPress themes (round 43b r4 retractionwatch; labels e-de-04, c-en-04, c-en-05, f-de-07)
    ("PWK April 26, 2017 at 9:54 pm", "PWK", "April 26, 2017 at 9:54 pm"),
    ("Julia on 11/08/2020 at 9:52", "Julia", "11/08/2020 at 9:52"),
    ("Mahan August 1, 2015 at 1:07 am", "Mahan", "August 1, 2015 at 1:07 am"),
    ("Mm on August 2, 2019", "Mm", "August 2, 2019"),
    ("stephangoeldi said, on August 3, 2019 at 3:12 pm", "stephangoeldi", "August 3, 2019 at 3:12 pm"),
    # German templates (labels b-de-03, b-de-04, d-de-16, c-de-07, c-de-12)
    ("geschrieben von berg2012 am 21. Jan. 2015, 19:04 [ antworten ]", "berg2012", "21. Jan. 2015, 19:04"),
    ("Gerhard Baierlein am 18. Oktober 2023 - 13:11 Permanenter Link", "Gerhard Baierlein",
     "18. Oktober 2023 - 13:11"),
    ("Trockenduscher am 9. Juni 2017 um 13:22", "Trockenduscher", "9. Juni 2017 um 13:22"),
    ("Rolf Buckpesch 29.07.2020 // 12:56", "Rolf Buckpesch", "29.07.2020 // 12:56"),
    ("Josef Franz Lindner, Do 9 Apr 2020 / 08:34 Antworten", "Josef Franz Lindner", "Do 9 Apr 2020 / 08:34"),
    # a byline's "X | DATE" (round 43b r1, "CHQ Staff | 10/17/18")
    ("CHQ Staff | 10/17/18", "CHQ Staff", "10/17/18"),
    # a weekday's short name is a name when nothing sets it apart ("Sam" is a reader)
    ("Sam 10/11/2020", "Sam", "10/11/2020"),
])
def test_a_comment_headers_reader_and_date(line, author, date):
    assert _split_stamp(line) == (author, date)


def _comments(path: Path) -> list[tuple[str | None, str | None]]:
    doc = load(path.read_bytes(), path.name)
    return [(c.author, c.date) for c in segment(doc).comments]


def test_round43b_drupal_and_wordpress_comment_headers():
    repro_dir = ROUNDS / "round43b" / "repro"
    assert _comments(repro_dir / "r3_comment_author_drupal.html") == [("charlyc", "Wed, 10/17/2018 - 12:17")]
    assert _comments(repro_dir / "r4_comment_time_pm_dropped.html") == [("PWK", "April 26, 2017 at 9:54 pm")]


def test_a_name_box_and_a_date_box_on_one_line():
    """`<span class="author">Sabine</span> <span class="date">18.09.2016</span>` (round 43b de06,
    it02: the loader's one line): the name, then the date, not the author "Sabine 18.09.2016"."""
    inputs = ROUNDS / "round43b" / "inputs"
    assert _comments(inputs / "de06_tennisclubbuchloe.html") == [("Sabine", "18.09.2016"),
                                                                ("Thomas K.", "19.09.2016")]
    assert _comments(inputs / "it02_riminitoday.html") == [("Marco R.", "12/11/2019"), ("Giulia", "12/11/2019")]
