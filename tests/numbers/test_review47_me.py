"""The review of dm47's probes for Lusa's «ME» (milhões de euros): a figure before ME in an
article that writes euros is not always money. These made-up texts, shaped on Lusa's headlines
over their lede (the reviewer's probes m01-m20, /tmp/s47/review_dm47), must stay silent: no
NUM007 from a headline's «165 ME» that counts doctors, and no money read from ME written as
another word's initials. The reading itself is a strict xfail in test_round46_money.py."""

from __future__ import annotations

import pytest

from audit.extract.quantities import find_quantities
from tests.numbers.reading import rules

_TAIL = ("\n\nO presidente da autarquia explicou que as obras vão começar na primavera se o apoio do "
         "Governo for confirmado pelos serviços do ministério.\n")


def _money(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, [(0, len(text))], "pt") if q.kind == "money"]


def test_doctors_counted_in_a_headline_are_no_millions_of_euros():
    # m20: «165 ME» are the «165 médicos especialistas» of the lede, not its 155 milhões de euros
    text = ("Hospitais contratam 165 ME até setembro\n\nOs hospitais contrataram nos nove primeiros meses "
            "do ano 165 médicos especialistas, num investimento de 155 milhões de euros, informou à Lusa "
            "fonte do Ministério da Saúde.\n")
    assert not rules(text, "NUM007")


@pytest.mark.parametrize(("text", "expected"), [
    # m05, m11: ME spelled out after it (médio esquerdo, médicos especialistas)
    ("O jogador, com o número 10 ME (médio esquerdo), marcou. O clube pagou 20 milhões de euros pelo "
     "passe do avançado.", [(20e6, "EUR")]),
    ("O hospital contratou 14 ME (médicos especialistas) e 20 internos, num investimento de 4 milhões "
     "de euros.", [(4e6, "EUR")]),
    # m15, m18: school mediators; m14: midfielders
    ("Governo coloca 300 ME nas escolas\n\nO Governo vai colocar 300 mediadores escolares nas escolas, "
     "num investimento de 6 milhões de euros, anunciou hoje o ministro.", [(6e6, "EUR")]),
    ("Escolas do Algarve recebem 160 ME até setembro\n\nAs escolas do Algarve receberam 160 mediadores "
     "escolares, e o programa custou 150 milhões de euros.", [(150e6, "EUR")]),
    ("Sporting joga com 2 ME no clássico\n\nO treinador vai apostar em dois médios (ME e MD) e o clube "
     "já gastou 40 milhões de euros em reforços este ano.", [(40e6, "EUR")]),
    # m17: Brazilian microempresas beside «zona do euro»
    ("Foram abertas 45 mil ME no trimestre, enquanto a zona do euro desacelerou e o real caiu.", []),
])
def test_me_written_for_other_words_is_no_money(text, expected):
    assert _money(text + _TAIL) == expected
