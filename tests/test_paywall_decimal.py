"""Le Monde's paywall prompt gives the share left to read with decimals ("Il vous reste 78.46%
de cet article à lire. La suite est réservée aux abonnés."): the paywall cue (SEG002) and the
boilerplate line read it as they read a whole number; a share of something else is prose."""

import pytest

from audit.pipeline import audit_document

HEAD = "Le syndicat Sud dénonce la fermeture du site de Toulouse\n\n"
LEDE = ("Jérôme Pouget, délégué syndical Sud, s’assoie quelques instants pour reprendre ses "
        "esprits. « J’ai passé ma journée à discuter avec les salariés et avec les journalistes », "
        "explique-t-il, sonné.\n")


def _audit(last: str) -> tuple[list[str], dict[str, str]]:
    text = HEAD + LEDE + last + "\n"
    d = audit_document(text)
    kinds = {text[s["start"]:s["end"]]: s["kind"] for s in d["segments"]}
    return [f["rule"] for f in d["findings"]], kinds


@pytest.mark.parametrize("prompt", [
    "Il vous reste 78.46% de cet article à lire. La suite est réservée aux abonnés.",
    "Il vous reste 78,46 % de cet article à lire. La suite est réservée aux abonnés.",
])
def test_decimal_share_is_a_paywall_prompt_on_its_own_line(prompt):
    rules, kinds = _audit(prompt)
    assert "SEG002" in rules
    assert kinds[prompt] == "boilerplate"


def test_decimal_share_inside_the_last_paragraph():
    rules, _ = _audit("Le gouvernement a présenté son plan mardi. Il vous reste 80.68% de cet "
                      "article à lire. La suite est réservée aux abonnés.")
    assert "SEG002" in rules


def test_another_real_wording():
    # ash.tm.fr (the pages store): the prompt and its buttons run into one line
    line = ("Pour poursuivre la lecture de ce contenu, abonnez-vous dès maintenant Je m'abonne "
            "Déjà abonné ? S'identifier")
    rules, kinds = _audit(line)
    assert "SEG002" in rules
    assert kinds[line] == "boilerplate"


def test_a_share_of_something_else_is_prose():
    line = ("Selon sa banque, il vous reste 78,5 % de votre crédit à rembourser avant la fin de "
            "l'année prochaine.")
    rules, kinds = _audit(line)
    assert "SEG002" not in rules
    assert kinds[line] == "body"
