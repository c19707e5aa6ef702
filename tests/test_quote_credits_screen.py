"""The quotation credits (_quote_credits) read only the ranges that hold a quotation mark:
the same credits as before, none in a range with no mark."""

from audit.extract.attributions import _quote_credits


def _names(text):
    ranges, at = [], 0
    for line in text.split("\n"):
        ranges.append((at, at + len(line)))
        at += len(line) + 1
    return [a.name for a in _quote_credits(text, ranges)]


def test_closing_name_and_name_before_quote():
    text = ("« Nous avons reçu beaucoup de demandes cet été. » Caroline Proulx, ministre du Tourisme\n"
            "Une ligne sans guillemet, Jean Dupont, écrit ceci.\n"
            "Ronan O'Gara (manager de La Rochelle) : « On a manqué de lucidité. Ce n'est pas fini. »")
    assert _names(text) == ["Caroline Proulx", "Ronan O'Gara"]


def test_no_mark_no_credit():
    text = "Caroline Proulx, ministre du Tourisme, a visité la région.\nRonan O'Gara : On a perdu."
    assert _names(text) == []
