"""The page's kind: a page of quotations is no first-person narration (round 15)."""

from __future__ import annotations

from tests.blind_reading import read


# from tests/test_round15_seg.py

def test_quotes_page_is_no_first_person_narration_round_15():
    text = ("Benoît Tavenot, entraîneur SCB\n«C’est une victoire qui fait du bien. Y a des matchs nuls "
            "où on a été meilleurs. Le groupe est à féliciter. »\nGregory Poirier, entraîneur Red Star "
            "FC\n«On était venus avec des ambitions. Je suis déçu pour mes joueurs car on avait bien "
            "préparé ce match.\"\n")
    assert read(text)["page_kind"] != "personal"
    # negative: the narrator's own words after a quotation stay the page's narration
    own = ("Mon départ\n« Il faut partir », me dit-il. Je suis parti le lendemain, je n'avais plus "
           "rien à faire là. J'ai pris le train de nuit et j'ai dormi jusqu'à Marseille.\n\nJe "
           "n'avais jamais vu la mer. Je suis resté trois jours sur la plage, seul, à regarder "
           "les bateaux.\n")
    assert read(own)["page_kind"] == "personal"
