"""200 KB of hostile text is audited within the per-article time budget (an editor's long
transcript, a pasted archive page or table): no result is an over-budget error row. No timing
is asserted; a super-linear step makes the audit run past the budget (spaces on a title line:
a headline's ellipsis searched from each space took about 360 s)."""

import re
from pathlib import Path

import pytest

from audit.pipeline import audit_article
from audit.settings import Settings

SIZE = 200_000
ROOT = Path(__file__).resolve().parent.parent
PROSE = ("Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression, et "
         "le gouvernement doit maintenant trouver un remplaçant avant la fin du mois.")


def _real() -> str:
    return "".join(p.read_text(encoding="utf-8") + "\n\n" for p in sorted((ROOT / "seeds").glob("*.txt")))


def _fill(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


SHAPES = {
    "spaces on a title line": lambda: "Titre" + " " * SIZE + "fin\n" + PROSE + "\n",
    "spaces and newlines": lambda: "Titre de l'article\n" + PROSE + "\n" + _fill("       \n  \n\n") + PROSE,
    "real text repeated": lambda: _fill(_real()),
    "one paragraph": lambda: "Titre de l'article\n" + _fill(re.sub(r"\s+", " ", _real()) + " "),
    "table rows": lambda: "Tableau des résultats\n" + _fill(
        "".join(f"Ligne {i} | {i} € | Paris | 12/03/2024\n" for i in range(SIZE // 30))),
    # a club almanac: a celebration's count noun beside one founding year each (NUM003 spelled
    # out the whole text's acronyms a count noun: 86 s on 187 KB, session 32's review)
    "celebrations": lambda: "Jubilees\n\n" + _fill(
        "".join(f"The Club number {i} was founded in 1925 by local farmers. The Club number {i} "
                f"will celebrate its centennial in 2025 with a picnic.\n\n" for i in range(SIZE // 120))),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_hostile_shape_is_audited_within_the_budget(shape):
    data = SHAPES[shape]()
    assert len(data) >= SIZE
    result = audit_article(data, "x.txt", Settings())  # the default budget (60 s)
    assert result.error is None, result.error
    assert result.ok
    assert not any("time budget" in str(note) for note in result.notes)
