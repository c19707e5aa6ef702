"""The first-person share of a draft's narration leaves out what is not the narration: a
follow-us widget's "nous" (SEG002's furniture), an interview's answers over several
paragraphs (round 26b)."""

from __future__ import annotations

from audit.pipeline import audit_article
from audit.settings import Settings

_FOLLOW_US = """Lucent reste optimiste

Pour son quatrième trimestre fiscal, l'équipementier affiche une perte nette de 7,2 milliards de dollars.
🔴 Pour ne manquer aucune actualité de 01net, suivez-nous sur Google Actualités et WhatsApp.
"""

_INTERVIEW = """Adama Siguiré : « Mon jugement était un procès d’humiliation » (Interview)

Adama Amadé Siguiré a accordé une interview à Minute.bf, le 24 septembre 2024.

Minute.bf : Il se dit que vous êtes devenu dur dans vos propos. Que répondez-vous à cela ?

Adama Siguiré : Non ! Je ne crois pas que ce soit une dynamique mal lue. Je reste dans ma conception logique des choses.

Sous la gouvernance précédente, je faisais des commentaires qui étaient appréciés. Aujourd’hui, beaucoup m’en veulent, mais je reste moi-même et je dis ce que je pense.

Minute.bf : Que pensez-vous de la transition ?

Adama Siguiré : Je la soutiens, nous la soutenons tous dans ma famille.
"""

_MEMOIR = """Mes années à Lyon

Je suis arrivé à Lyon en 1982. Nous habitions alors un petit appartement sur les pentes de la Croix-Rousse, et je travaillais à l'usine.
Nous allions chaque dimanche au marché, et je me souviens encore de l'odeur du pain.
"""


def _kind(text: str) -> str:
    result = audit_article(text, "page.txt", Settings())
    assert result.ok, result.error
    return result.facts.page_kind


def test_a_follow_us_line_is_no_first_person_narration():
    assert _kind(_FOLLOW_US) == "article"


def test_an_interview_s_answers_over_paragraphs_are_no_narration():
    assert _kind(_INTERVIEW) == "article"


def test_a_memoir_still_speaks_in_the_first_person():
    assert _kind(_MEMOIR) == "personal"
