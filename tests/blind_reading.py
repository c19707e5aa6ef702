"""What the blind rounds' tests read: a tester's repro by its round and name, a text's findings
and title as `audit_document` gives them, and the plain ledes the title tests set under a
headline."""

from __future__ import annotations

from pathlib import Path

from audit.pipeline import audit_document

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"

# A plain story's first paragraphs, in English and French, under the headline a test tries.
LEDE = ("The county commission approved on Tuesday a new budget for the public library after a "
        "long debate on its opening hours and staff.\n\nThe chairman said the work would start "
        "in the spring if the state grant is confirmed.\n")
LEDE_FR = ("Le conseil municipal a voté mardi soir le budget de la médiathèque après un long débat "
           "sur les horaires d'ouverture et le personnel.\n\nLe maire a précisé que les travaux "
           "commenceraient au printemps si la subvention de l'État est confirmée.\n")
HEAD = "Library budget approved after long debate"


def repro(name: str) -> str:
    """The text of the repro file of ``round/prefix`` ("round35a/r10_cit004")."""
    round_, prefix = name.split("/")
    return next((ROUNDS / round_ / "repro").glob(prefix + "*")).read_text(encoding="utf-8")


def codes(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    result = audit_document(text, name)
    return [(f["rule"], result["text"][f["start"]:f["end"]]) for f in result["findings"]]


def title(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["title"]
