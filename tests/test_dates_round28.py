"""Round 28 of the blind test (2026-12-06): a publication date missed, on the tester's repro
text, and a negative that must stay."""

from audit.pipeline import audit_document

_BODY = ("Il y a quelques jours, le maire James Chéron est venu s’enquérir de l’avancement des "
         "travaux en cours au Gymnase du Clos Dion. Le chantier doit s'achever à la rentrée.\n")


def test_icon_ligature_glued_to_the_date_line():
    # Material Icons' calendar icon kept as its name, glued to the day (round 28b r09, fr26)
    for line in ("event14 mars 2019", "event 14 mars 2019"):
        text = f"Le gymnase du Clos-Dion en cours de réhabilitation\n\n{line}\n\n{_BODY}"
        assert audit_document(text, "x.txt")["published"] == "2019-03-14"


def test_a_word_before_a_date_is_no_icon():
    # not an icon's name: a line that says more than a date stays no dateline
    text = f"Le gymnase du Clos-Dion en cours de réhabilitation\n\nréunion 14 mars 2019\n\n{_BODY}"
    assert audit_document(text, "x.txt")["published"] is None
