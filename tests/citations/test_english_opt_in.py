"""CIT004 runs by default in French only: in English it was right 10 times of 17 out of sample
over the blind rounds (README "Precision on real pages", issue 7). Named, it runs as before."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys

from audit.pipeline import audit_article
from audit.settings import Settings


# from tests/test_cit004_english_opt_in.py
ROOT = Path(__file__).resolve().parents[2]


PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fire closes downtown bakery</title>'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        '"headline":"Fire closes downtown bakery","datePublished":"2024-03-12"}</script></head>'
        '<body><h1>Fire closes downtown bakery</h1>'
        '<p>A fire broke out early Tuesday in the kitchen of a bakery on Main Street, and the shop '
        'will stay closed for the rest of the week while the damage is assessed.</p>'
        '<p>Officials said no one was hurt. Firefighters had the blaze under control within an '
        'hour, and the neighbouring shops reopened by noon.</p></body></html>')


FRENCH = ("Un incendie s'est déclaré mardi matin dans la cuisine d'une boulangerie du centre-ville.\n\n"
          "Selon des informations, personne n'a été blessé et la boutique restera fermée toute la semaine.\n")


def _cit004(text: str, name: str, settings: Settings) -> tuple[list[str], list[str]]:
    result = audit_article(text, name, settings)
    found = [result.doc.text[f.start:f.end] for f in result.findings if f.rule == "CIT004"]
    return found, result.notes


def _cli(tmp_path: Path, *args: str, config: str = "") -> str:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.audit]\n" + config + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "audit", "check", "page.html", *args], cwd=tmp_path,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT)})
    return done.stdout + done.stderr


# from tests/test_cit004_english_opt_in.py
def test_default_settings_leave_english_unnamed_officials_to_the_note():
    found, notes = _cit004(PAGE, "page.html", Settings())
    assert found == []
    gated = next(n for n in notes if n.startswith("language en"))
    assert "CIT004" in gated and "--select CODE" in gated and "[tool.audit.languages]" in gated


def test_named_or_configured_cit004_runs_on_english():
    for settings in (Settings(explicit=frozenset({"CIT004"})), Settings(all_languages=True),
                     Settings(languages=(("CIT004", ("fr", "en")),))):
        found, notes = _cit004(PAGE, "page.html", settings)
        assert found == ["Officials said"]
        assert not any("CIT004" in n for n in notes if n.startswith("language en"))


def test_french_keeps_cit004_by_default():
    found, notes = _cit004(FRENCH, "page.txt", Settings())
    assert found == ["Selon des informations"]
    assert not any("CIT004" in n for n in notes)


def test_cli_select_and_languages_table_run_it(tmp_path):
    assert "CIT004 [info]" not in _cli(tmp_path)
    assert "CIT004 [info] vague-attribution" in _cli(tmp_path, "--select", "CIT004")
    assert "CIT004 [info] vague-attribution" in _cli(
        tmp_path, config='[tool.audit.languages]\nCIT004 = ["fr", "en"]')
