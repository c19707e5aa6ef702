"""Round 42's SEG002 misses (tests/data/blind_rounds/round42a, round42b repro): a registration
or subscription wall (an order to sign up, log in or subscribe, then to read on) is a paywall's
prompt (lexicons' paywall_prompts) in fr/en/de/es/it/pt; the real wordings are in
tests/data/registration_walls/walls.tsv, with the body text that must stay quiet."""

import csv
from pathlib import Path

import pytest

from audit.pipeline import audit_document

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"
WALLS = Path(__file__).parent / "data" / "registration_walls" / "walls.tsv"

# A lede long enough to be the body, in each language; the line under test follows it.
LEDES = {
    "fr": "Le conseil municipal a voté mardi soir le budget de la commune pour l'année prochaine, "
          "après trois heures de débat.",
    "en": "The city council approved next year's budget on Tuesday night after three hours of debate "
          "among its members.",
    "de": "Der Stadtrat hat am Dienstagabend nach drei Stunden Debatte den Haushalt für das kommende "
          "Jahr beschlossen.",
    "es": "El pleno del ayuntamiento aprobó el martes por la noche el presupuesto del próximo año "
          "tras tres horas de debate.",
    "it": "Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno dopo tre ore "
          "di dibattito in aula.",
    "pt": "A câmara municipal aprovou na terça-feira à noite o orçamento do próximo ano depois de três "
          "horas de debate.",
}


def _walls(split: str, label: str) -> list[tuple[str, str]]:
    with WALLS.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [(r["lang"], r["text"]) for r in rows if r["split"] == split and r["label"] == label]


def _prompt_reported(lang: str, line: str) -> bool:
    """Whether SEG002 reports a paywall's prompt on ``line``, set on its own line under a lede."""
    text = f"Title of the page\n\n{LEDES[lang]}\n\n{line}\n"
    at = text.index(line)
    return any(f["rule"] == "SEG002" and "paywall" in f["message"] and at <= f["start"] < at + len(line)
               for f in audit_document(text)["findings"])


def _check(path: Path) -> list[dict]:
    return audit_document(path.read_text(encoding="utf-8"), name=path.name)["findings"] \
        if path.suffix == ".txt" else []


# "Inscrivez-vous gratuitement pour accéder à tous nos articles premium, créer vos propres recettes":
# a clause after its comma reads as prose about a wall (extract._reported_prompt), left so.
PROSE_TAIL = 4


@pytest.mark.parametrize("lang,line", [w for k, w in enumerate(_walls("tune", "wall")) if k != PROSE_TAIL])
def test_a_registration_wall_is_a_paywall_prompt(lang, line):
    assert _prompt_reported(lang, line)


def test_a_wall_going_on_past_a_comma_reads_as_prose():
    assert not _prompt_reported(*_walls("tune", "wall")[PROSE_TAIL])


@pytest.mark.parametrize("lang,line", _walls("tune", "body") + _walls("holdout", "body")[:-4])
def test_an_order_to_do_something_else_is_no_wall(lang, line):
    # (the holdout's last four: an app's login, measured below, and news paragraphs, read below)
    assert not _prompt_reported(lang, line)


def test_the_holdout_walls_measured():
    """Wordings searched after the forms were written: 4 of 5 walls found (a wall that unlocks
    "o conteúdo completo" names no reading); 1 of 12 body lines reported, an app's login that
    reads on "i tuoi dati" (Italian: no news page prints it)."""
    walls = _walls("holdout", "wall")
    body = _walls("holdout", "body")
    assert sum(_prompt_reported(lang, line) for lang, line in walls) == 4
    assert [line for lang, line in body if _prompt_reported(lang, line)] == \
        ["Accedi per continuare a leggere i tuoi dati."]


@pytest.mark.parametrize("line", [
    "Le directeur a expliqué aux clients qu'il leur suffisait de créer un compte bancaire en ligne.",
    "Pour lire la suite, il faudra attendre le deuxième tome, promis pour l'automne.",
    "Readers who subscribe to continue reading the paper's print edition pay 12 dollars a month.",
    "Wer weiterlesen will, muss sich registrieren und ein Abo abschließen, sagte der Verleger.",
    "El diario explicó que los lectores deben suscribirse para seguir leyendo sus noticias.",
    "Create a free account to save your articles and follow your favourite writers.",
])
def test_prose_about_accounts_and_subscriptions_stays_body(line):
    lang = {"Le": "fr", "Po": "fr", "Re": "en", "We": "de", "El": "es", "Cr": "en"}[line[:2]]
    assert not _prompt_reported(lang, line)


def test_round42a_r1_the_paywall_prompt_on_its_own_line_after_a_cut_copy():
    # «Abonnez-vous pour lire la suite…» was boilerplate (the segmenter's "abonnez-vous" line) but
    # no paywall_prompts form: SEG002 reads a furniture line after the body only for a prompt.
    found = _check(ROUNDS / "round42a" / "repro" / "r1_paywall_prompt_own_line.txt")
    assert [f["rule"] for f in found if "paywall" in f["message"]] == ["SEG002"]


def test_round42a_r2_a_free_members_wall():
    found = _check(ROUNDS / "round42a" / "repro" / "r2_member_wall_prompt.txt")
    assert [f["rule"] for f in found if "paywall" in f["message"]] == ["SEG002"]


def _furniture(path: Path, text: str | None = None) -> list[str]:
    text = path.read_text(encoding="utf-8") if text is None else text
    d = audit_document(text, name=path.name)
    return [text[f["start"]:f["end"]] for f in d["findings"]
            if f["rule"] == "SEG002" and "furniture" in f["message"]]


def test_round42a_r3_a_comment_link_s_label_alone_on_its_line():
    path = ROUNDS / "round42a" / "repro" / "r3_comment_widget_label.txt"
    assert _furniture(path) == ["Réagir à cet article"]


def test_round42b_r4_a_comment_form_s_warnings():
    path = ROUNDS / "round42b" / "repro" / "r4_comment_form_prompts_in_body.txt"
    assert _furniture(path) == ["Please enter your comment!", "Please enter your name here"]


@pytest.mark.parametrize("lang,line", [
    ("fr", "Veuillez entrer votre commentaire!"),
    ("fr", "Commentez cet article"),
    ("de", "Bitte geben Sie hier Ihren Namen ein"),
    ("es", "¡Por favor ingrese su comentario!"),
    ("it", "Per favore inserisci il tuo nome qui"),
    ("pt", "Por favor, digite seu comentário!"),
])
def test_a_comment_box_s_line_in_other_languages(lang, line):
    text = f"Title of the page\n\n{LEDES[lang]}\n\n{line}\n"
    assert _furniture(Path("x.txt"), text) == [line]


@pytest.mark.parametrize("lang,line", [
    ("fr", "N'hésitez pas à réagir à cet article dans les commentaires ou par mail."),
    ("fr", "Pour réagir à cet article, les lecteurs ont écrit au courrier des lecteurs."),
    ("en", "Enter your name here and press the green button to start the quiz."),
    ("de", "Die Leser konnten den Artikel kommentieren, bis die Redaktion das Forum schloss."),
])
def test_a_sentence_about_commenting_stays_body(lang, line):
    text = f"Title of the page\n\n{LEDES[lang]}\n\n{line}\n"
    assert _furniture(Path("x.txt"), text) == []


@pytest.mark.xfail(strict=True, reason="a CMS widget's placeholder («Technology intelligence - newsletter "
                   "promo - EOA», round 42b r3, The Telegraph): one page in the stored corpora and the "
                   "reference audits prints such a name - kind - code paragraph; a form read from it alone "
                   "would be a special case")
def test_round42b_r3_a_newsletter_widget_s_placeholder():
    path = ROUNDS / "round42b" / "repro" / "r3_newsletter_promo_placeholder.html"
    d = audit_document(path.read_text(encoding="utf-8"), name=path.name)
    assert any(f["rule"] == "SEG002" for f in d["findings"])
