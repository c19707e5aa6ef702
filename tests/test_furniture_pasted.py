"""Page furniture on a line of its own in pasted pages (round-4 blind test, 2026-12-05,
/tmp/s21/verdicts4: each was body, and the citation rules read it): milenio.com's footer,
businesstimes.com.sg's channel and paywall promotions, sudouest.fr's Instagram embed caption and
"continue reading" box. The lines are copied from those pages."""

from __future__ import annotations

import pytest

from tests.conftest import assert_partition, kinds_by_line, run


@pytest.mark.parametrize("text,furniture", [
    ("Google planea invertir más de 3 mil mdd en Europa\n\n"
     "Google tiene previsto realizar una inversión de 3 mil millones de euros en la ampliación de "
     "sus centros de datos en Europa.\n\nGoogle news logo\nSíguenos en\n"
     "Queda prohibida la reproducción total o parcial del contenido de esta página, mismo que es "
     "propiedad de MILENIO DIARIO, S.A. DE C.V.; su reproducción no autorizada constituye una "
     "infracción y un delito de conformidad con las leyes aplicables.\n",
     ["Google news logo", "Síguenos en", "Queda prohibida la reproducción"]),
    ("Britain says expects over 20b pounds of deals during Xi's visit\n\n"
     "[LONDON] British business secretary Sajid Javid said on Tuesday Britain would announce 20 "
     "billion pounds of business deals.\n\nBT is now on Telegram!\n\n"
     "Get the latest coverage and full access to all BT premium content.\n\nSUBSCRIBE NOW\n",
     ["BT is now on Telegram!", "Get the latest coverage", "SUBSCRIBE NOW"]),
    ("L’association familiale du quartier de Sarsan a fêté ses 50 ans\n\n"
     "L’association familiale du quartier de Sarsan a fêté ce week-end les 50 ans de sa création.\n\n"
     "Une publication partagée par Chloé (@_eropheich) le\n\n"
     "Poursuivre votre lecture sur ces sujets\n",
     ["Une publication partagée par", "Poursuivre votre lecture"]),
])
def test_furniture_on_a_line_of_its_own_is_not_body(text, furniture):
    """A footer's copyright notice, a follow prompt, a logo's alt text, a channel's promotion, a
    paywall's offer, an Instagram embed's caption and a "continue reading" box (round-4 test:
    all were body, and the citation rules read them)."""
    result = run(text, "page.txt")
    assert_partition(result)
    kinds = {t.strip(): k for k, t in kinds_by_line(result)}
    for start in furniture:
        line = next(t for t in kinds if t.startswith(start))
        assert kinds[line] == "boilerplate", line
