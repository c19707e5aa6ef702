"""A pasted page of one line (_opening_line's one-line shape): a headline's length with no stop is
the title, unless the line is the site's furniture (a boilerplate cue, a copyright's sign, a legal
notice, lexicon reader_calls opening the line in its language). Review S of session 42, P6: the
probes in tests/data/review44_titles; review D44: the one-line headlines in tests/data/reviewD44
that a clause's "que"/"che"/"dass", a "you" or a reader call inside the line had made body."""

from __future__ import annotations

import pytest

from tests.blind_reading import DATA, input_title, read

PROBES = DATA / "review44_titles"


def _read(name: str) -> dict:
    return read((PROBES / f"{name}.txt").read_text(encoding="utf-8"))


def _rules(result: dict) -> list[str]:
    return [f["rule"] for f in result["findings"]]


@pytest.mark.parametrize("name", ["ttl_en08", "ttl_de09", "ttl_pt16", "ttl2_en09", "ttl2_es12"])
def test_a_line_of_the_site_s_furniture_is_no_title(name):
    # "Photo courtesy of …", «Alle Rechte vorbehalten», «Partilhe este artigo …», "Thank you for
    # reading …", «Comparte esta noticia …»
    assert _read(name)["title"] is None


@pytest.mark.xfail(strict=True, reason="'Sign up for FOX 5 email alerts' opens as a service headline "
                   "does ('Sign up for free flu shots at county clinics this week', review D44 t15): "
                   "'sign up for' is no reader call at the line's start, and no other cue tells them")
def test_a_newsletter_prompt_is_no_title():
    assert _read("ttl_en06")["title"] is None


@pytest.mark.xfail(strict=True, reason="a lede's sentence with its stop lost reads as a headline: a "
                   "clause after its verb ('assure que', 'bittet Zeugen, sich … zu melden') is as "
                   "common in headlines ('X annonce qu’il …', 'Scholz räumt ein, dass …', review D44), "
                   "and no other cue tells a stop-less lede from a headline")
@pytest.mark.parametrize("name", ["ttl_fr10", "ttl_de18"])
def test_a_sentence_that_lost_its_stop_is_body_not_title(name):
    # «… assure que 68 % des Français s’opposent …», "Die Polizei bittet Zeugen, sich … zu melden":
    # the page is all body, so SEG001 (no body) stays silent
    result = _read(name)
    assert result["title"] is None
    assert "SEG001" not in _rules(result)


@pytest.mark.parametrize(("name", "expected"), [
    ("ttl_fr00", "Retraites : près de 7 Français sur 10 hostiles à la réforme"),
    ("ttl_de01", "Feuerwehrauto nach Unfall in Landau außer Betrieb"),
    ("ttl_es02", "El pleno aprueba una modificación de crédito de 2,5 millones"),
    ("ttl_it03", "Scontro sulla Casilina, tre carabinieri feriti"),
    ("ttl_en04", "Kids and Cops Park"),
    ("ttl_pt05", "Aeródromo de Viseu"),
    ("ttl_fr12", "Réforme des retraites"),
])
def test_a_one_line_headline_and_an_echoed_heading_keep_their_title(name, expected):
    assert _read(name)["title"] == expected


@pytest.mark.parametrize("name", ["ttl_fr07", "ttl_it13", "ttl_es14", "ttl_en15", "ttl_en17"])
def test_a_stamp_a_section_word_a_related_link_a_word_a_byline_stay_untitled(name):
    assert _read(name)["title"] is None


def test_real_one_line_headlines_stay_titles():
    assert input_title("round33b/inputs/en04_theclaytontribune.txt") == \
        "Commissioners approve $28.3 million budget"
    # its «» are quotation marks, not a credit's furniture
    assert input_title("round14b/inputs/fr24_4re.txt").startswith("Face au manque de personnel")


@pytest.mark.parametrize("text", [
    "Attentat à Arras : ce que l’on sait\n",  # "ce que": no clause after a verb
    "Lo que sabemos del caso Koldo\n",
    "Ecco quello che sappiamo sulla frana\n",
])
def test_a_headline_s_what_we_know_is_no_clause(text):
    assert read(text)["title"] == text.strip()


D44 = DATA / "reviewD44"


@pytest.mark.parametrize("name", ["t01_fr", "t02_en", "t03_es", "t04_fr", "t05_it", "t06_pt", "t07_nl", "t08_en",
                                  "t09_en", "t10_fr", "t11_en", "t14_es", "t15_en", "t16_en", "t19_de", "t20_it",
                                  "t22_en", "t24_en"])
def test_a_one_line_headline_with_a_clause_a_you_or_a_call_keeps_its_title_review_d44(name):
    # «… annonce qu’il …», "La manovra che divide …", "Film about Che Guevara …", "What you need to
    # know …", "Sign up for free flu shots …", "Residents urged to sign up for …": the title, SEG001
    text = (D44 / f"{name}.txt").read_text(encoding="utf-8")
    result = read(text)
    assert result["title"] == text.strip()
    assert "SEG001" in _rules(result)


@pytest.mark.parametrize("name", ["f02_en", "f03_it"])
def test_a_reader_call_opening_the_line_is_furniture_review_d44(name):
    # "Follow us on Facebook and Instagram for updates", «Tutti i diritti riservati Il Messaggero 2024»
    assert read((D44 / f"{name}.txt").read_text(encoding="utf-8"))["title"] is None
