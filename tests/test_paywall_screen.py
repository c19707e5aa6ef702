"""The paywall prompts' reading (extract._paywall_prompts): a page screen for the strings each
prompt spells out, then the lowered twin on the lines a run's search finds an opening in,
must find what the caseless pattern finds line by line."""

import pytest

from audit.extract import _paywall_prompts
from audit.lexicon import get_lexicon
from audit.load import load
from audit.model import SpanKind
from audit.segment import segment


def _line_by_line(doc, seg, text):
    """The reading before the screen: the caseless pattern on every line."""
    body = [(s.start, s.end) for s in seg.spans if s.kind is SpanKind.BODY]
    if not body:
        return []
    lines = list(body)
    if doc.format != "html":
        lines += [(s.start, s.end) for s in seg.spans
                  if s.kind is SpanKind.BOILERPLATE and s.start >= body[0][0]]
    pattern = get_lexicon().paywall_prompt
    return sorted(m.span() for start, end in lines for m in pattern.finditer(text, start, end))


LEDE = ("Jérôme Pouget, délégué syndical Sud, s’assoie quelques instants pour reprendre ses "
        "esprits. « J’ai passé ma journée à discuter avec les salariés et avec les journalistes », "
        "explique-t-il, sonné.\n")


@pytest.mark.parametrize(("text", "phrases"), [
    # touleco (round 12b): the prompt on its own line after the lede
    (LEDE + "La lecture de cet article est réservée aux abonnés :\n",
     ["La lecture de cet article est réservée aux abonnés"]),
    # the same in capitals, and beside an "İ" (lower() lengthens it: no screen, the text itself)
    (LEDE + "ARTICLE RÉSERVÉ AUX ABONNÉS\n\nDéjà inscrit ou abonné ? Connectez-vous\n",
     ["ARTICLE RÉSERVÉ AUX ABONNÉS", "Déjà inscrit ou abonné ? Connectez-vous"]),
    ("İstanbul. " + LEDE + "Il vous reste 72 % de cet article à lire.\n",
     ["Il vous reste 72 % de cet article à lire"]),
    # lemonde.fr's prompt inside the last paragraph, its share whole or decimal ("78.46%"),
    # with a comma as French writes it
    (LEDE + "Le gouvernement a présenté son plan mardi. Il vous reste 78% de cet article à "
     "lire. La suite est réservée aux abonnés.\n", ["Il vous reste 78% de cet article à lire"]),
    (LEDE + "Il vous reste 78.46% de cet article à lire. La suite est réservée aux abonnés.\n",
     ["Il vous reste 78.46% de cet article à lire"]),
    (LEDE + "Le gouvernement a présenté son plan mardi. Il vous reste 78,46 % de cet article à "
     "lire.\n", ["Il vous reste 78,46 % de cet article à lire"]),
    # ash.tm.fr's prompt (the pages store): another wording, the same screen
    (LEDE + "Pour poursuivre la lecture de ce contenu, abonnez-vous dès maintenant Je m'abonne "
     "Déjà abonné ? S'identifier\n", ["Pour poursuivre la lecture de ce contenu, abonnez-vous"]),
    # a share of something else left in a sentence is prose
    (LEDE + "Selon sa banque, il vous reste 78,5 % de votre crédit à rembourser.\n", []),
    # negatives: subscribers named, no prompt; the prompt's words out of order
    (LEDE + "Le journal compte 20 000 abonnés. Cet article est le premier d'une série que la "
     "rédaction réserve à ses lecteurs.\n", []),
    (LEDE + "Les abonnés réservés à cet article lisent la suite, connectez-vous demain.\n", []),
])
def test_paywall_prompts_as_read_line_by_line(text, phrases):
    doc = load(text.encode(), "x.txt")
    seg = segment(doc)
    found = _paywall_prompts(doc, seg, seg.folded)
    assert found == _line_by_line(doc, seg, seg.folded)
    assert [seg.folded[s:e] for s, e in found] == phrases
