"""The ECB history: parsed by us, updated from a local HTTP server (never the internet),
checked before it replaces the cache, with the bundled data as the fallback."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import threading
import zipfile

import pytest

from audit.cli import main
from audit.extract import rates


def _bundled_csv() -> str:
    with zipfile.ZipFile(rates.bundled_path()) as archive:
        return archive.read(archive.namelist()[0]).decode("utf-8-sig")


def _newer_zip(days: int = 3) -> tuple[bytes, dt.date]:
    """The bundled history with one more day on top (the ECB writes the newest day first)."""
    text = _bundled_csv()
    header, newest, rest = text.split("\n", 2)
    day = dt.date.fromisoformat(newest.split(",")[0]) + dt.timedelta(days=days)
    cells = newest.split(",")
    cells[0] = day.isoformat()
    usd = header.split(",").index("USD")
    cells[usd] = "1.2345"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", "\n".join([header, ",".join(cells), newest, rest]))
    return buffer.getvalue(), day


@pytest.fixture
def server():
    """A local HTTP server that serves whatever the test puts in ``files``."""
    files: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield files, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_bundled_history_is_read_by_our_parser():
    h = rates.history()
    assert h.start == dt.date(1999, 1, 4)
    assert h.end >= dt.date(2025, 8, 8)
    assert h.last("RUB") == dt.date(2022, 3, 1)  # the series the ECB suspended
    w = rates.rates_around("USD", "EUR", dt.date(2025, 8, 8), dt.date(2025, 8, 8), dt.date(2025, 8, 8))
    assert w.reference.date == dt.date(2025, 8, 8)
    assert 1 / w.reference.value == pytest.approx(1.1648, abs=1e-4)  # ECB: 1 EUR = 1.1648 USD


def test_weekend_uses_the_friday_rate_and_cross_rates_go_through_the_euro():
    w = rates.rates_around("GBP", "CHF", dt.date(2024, 3, 10), dt.date(2024, 3, 3), dt.date(2024, 3, 17))
    assert w.reference.date == dt.date(2024, 3, 8)  # a Sunday: Friday's rate
    assert all(r.date.weekday() < 5 for r in w.rates)
    usd = rates.rates_around("EUR", "USD", dt.date(2024, 3, 8), dt.date(2024, 3, 8), dt.date(2024, 3, 8))
    gbp = rates.rates_around("EUR", "GBP", dt.date(2024, 3, 8), dt.date(2024, 3, 8), dt.date(2024, 3, 8))
    chf = rates.rates_around("EUR", "CHF", dt.date(2024, 3, 8), dt.date(2024, 3, 8), dt.date(2024, 3, 8))
    assert w.reference.value == pytest.approx(chf.reference.value / gbp.reference.value)
    assert usd.reference.value > 1


@pytest.mark.parametrize(("code", "day", "why"), [
    ("UAH", dt.date(2024, 3, 8), "publishes no UAH"),
    ("RUB", dt.date(2023, 3, 8), "series stopped on 2022-03-01"),
    ("USD", dt.date(2099, 1, 1), "rate data ends on"),
    ("USD", dt.date(1998, 12, 1), "starts on 1999-01-04"),
])
def test_an_unknown_rate_is_said_not_guessed(code, day, why):
    w = rates.rates_around(code, "EUR", day, day - dt.timedelta(days=7), day + dt.timedelta(days=7))
    assert not w.rates and why in w.unknown


def test_unknown_rate_is_in_the_article_notes():
    from audit.pipeline import audit_article
    from audit.settings import Settings

    text = "Le contrat vaut 10 millions de roubles [environ 100 000 euros], selon Moscou.\n"
    result = audit_article(text, "x.txt", Settings(published=dt.date(2023, 3, 12)))
    assert not [f for f in result.findings if f.rule == "NUM001"]
    assert any("NUM001" in n and "RUB series stopped on 2022-03-01" in n for n in result.notes)


@pytest.mark.parametrize(("day", "why"), [
    ("9999-12-31", "not checked: the rate data ends on"),
    ("0001-01-01", "not checked: the ECB's USD series starts on 1999-01-04"),
])
def test_a_date_at_the_edge_of_the_calendar_has_no_rate_and_no_crash(day, why):
    from audit.pipeline import audit_article
    from audit.settings import Settings

    # "en décembre" takes the article's year: December 9999 has no next month to count back from.
    text = ("Le ministre a démissionné en décembre ; le 31 décembre il a annoncé 50 millions de "
            "dollars [environ 42,7 millions d'euros], selon Le Monde.\n")
    articles = {
        "flag.txt": (text, Settings(published=dt.date.fromisoformat(day))),
        "front.md": (f"---\ntitle: T\ndate: {day}\n---\n{text}", Settings()),
        "meta.html": (f'<html><head><meta property="article:published_time" content="{day}T10:00'
                      f':00Z"></head><body><article><p>{text}</p></article></body></html>',
                      Settings()),
    }
    for name, (data, settings) in articles.items():
        result = audit_article(data, name, settings)
        assert result.ok, (name, result.error)
        assert result.facts.published == dt.date.fromisoformat(day), name
        assert any(n.startswith("NUM001") and why in n for n in result.notes), (name, result.notes)


def test_update_downloads_checks_and_uses_the_new_history(server, cache, capsys):
    files, url = server
    files["/hist.zip"], day = _newer_zip()
    assert main(["rates", "update", "--url", url + "/hist.zip"]) == 0
    assert (cache / rates.CACHE_NAME).is_file()
    assert not list(cache.glob("*.part"))
    h = rates.history()
    assert h.source == "cache" and h.end == day
    assert str(day) in capsys.readouterr().out
    w = rates.rates_around("EUR", "USD", day, day, day)
    assert w.reference.value == pytest.approx(1.2345)


@pytest.mark.parametrize("body", [b"<html>maintenance</html>", b"PK\x03\x04broken",
                                  b"Date,USD\n2024-01-01,abc\n2024-01-02,1.1\n", None])
def test_a_bad_download_keeps_the_cache_as_it_was(server, cache, body):
    files, url = server
    files["/good.zip"], day = _newer_zip()
    assert main(["rates", "update", "--url", url + "/good.zip"]) == 0
    before = (cache / rates.CACHE_NAME).read_bytes()
    if body is not None:
        files["/bad.zip"] = body
    assert main(["rates", "update", "--url", url + "/bad.zip"]) == 1  # None: a 404
    assert (cache / rates.CACHE_NAME).read_bytes() == before
    assert not list(cache.glob("*.part"))
    assert rates.history().end == day


def test_a_damaged_cache_falls_back_to_the_bundled_data(cache):
    cache.mkdir(parents=True)
    (cache / rates.CACHE_NAME).write_bytes(b"not a zip at all")
    assert rates.history().source == "bundled"


def test_parse_rejects_what_is_not_an_ecb_file():
    with pytest.raises(rates.RateDataError):
        rates.parse_history(b"hello")
    with pytest.raises(rates.RateDataError):
        rates.parse_history(b"Date,USD\n2024-01-02,1.1\n2024-01-02,1.2\n")


def test_rates_show_says_how_recent(capsys):
    assert main(["rates"]) == 0
    out = capsys.readouterr().out
    assert "ECB rates 1999-01-04 to" in out and rates.history().end.isoformat() in out


def test_update_with_no_home_folder_refuses_the_working_folder(monkeypatch, tmp_path, capsys):
    """With no home (`docker run --user N`) the cache folder is a relative path: the update
    says so instead of writing a "~" folder where it runs."""
    from audit.cli import main

    monkeypatch.setenv("AUDIT_CACHE_DIR", "relative/cache")
    monkeypatch.chdir(tmp_path)
    assert main(["rates", "update"]) == 1
    assert "not an absolute path" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_the_history_keeps_its_rows_until_a_currency_is_asked():
    """Every worker process reads the history once: its rows stay the file's lines (3 MB)
    until a currency is asked, not 290,000 strings a rate (19 MB). The rates read from them
    are the file's, short rows included."""
    import gc
    import tracemalloc

    data = rates.bundled_path().read_bytes()
    tracemalloc.start()
    try:
        history = rates.parse_history(data)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 6 * 2**20
    assert history.series("USD")[1][-1] > 0.5
    short = rates.parse_history(b"Date,USD,JPY,GBP,\n2024-01-03,1.1,160,0.86,\n2024-01-02,1.2\n"
                                b"2024-01-01\n2023-12-29,1.3,N/A,0.9\n")
    assert short.series("USD") == ((dt.date(2023, 12, 29).toordinal(), dt.date(2024, 1, 2).toordinal(),
                                    dt.date(2024, 1, 3).toordinal()), (1.3, 1.2, 1.1))
    assert short.series("JPY") == ((dt.date(2024, 1, 3).toordinal(),), (160.0,))
    assert short.series("GBP")[1] == (0.9, 0.86)


def test_a_pegged_currency_is_read_through_its_parity():
    """Francs CFA, CFP, comoriens…: the ECB publishes none, but each is fixed by law to the
    euro (numbers/pegs.yml): their rate is the parity, their cross rates the euro's."""
    day = dt.date(2018, 3, 29)
    w = rates.rates_around("XOF", "EUR", day, day, day)
    assert w.reference.value == pytest.approx(1 / 655.957)
    usd = rates.rates_around("EUR", "USD", day, day, day).reference.value  # dollars per euro
    assert rates.rates_around("XAF", "USD", day, day, day).reference.value == pytest.approx(
        usd / 655.957)
    assert rates.rates_around("EUR", "XPF", day, day, day).reference.value == pytest.approx(1000 / 8.38)
    assert "655.957 XOF per EUR" in rates.parity("XOF")
    assert rates.parity("USD") is None


def test_a_currency_neither_published_nor_pegged_is_still_said_in_the_notes():
    from audit.pipeline import audit_article
    from audit.settings import Settings

    text = ("Le Burkina Faso bénéficiera d’un financement de 19,65 milliards FCFA (45 millions $) "
            "de la part de la France. Le Venezuela recevra 500 millions de bolivars (45 millions $).\n")
    result = audit_article(text, "x.txt", Settings(published=dt.date(2018, 3, 30)))
    assert [f.evidence["source"] for f in result.findings if f.rule == "NUM001"] == [
        "19,65 milliards FCFA"]
    assert any("NUM001" in n and "publishes no VES rate" in n for n in result.notes)


# Round 11 (m04, fr08_ivoirematin): an undated page's "Créée en septembre 1960" is an
# event's date, older than the USD series: it bounds nothing, every ECB rate is tried.
_IDA = ("La Banque mondiale a annoncé qu'une enveloppe de 57 milliards de dollars, soit {} "
        "milliards d'euros, sera mise en place sur trois ans en faveur de l'Afrique "
        "subsaharienne.\n\nCréée en septembre 1960, l'AID fait partie du Groupe de la Banque "
        "mondiale.\n")


def test_a_date_older_than_the_rate_series_does_not_switch_the_check_off():
    from audit.pipeline import audit_article
    from audit.settings import Settings

    wrong = audit_article(_IDA.format(23), "x.txt", Settings())
    found = [f for f in wrong.findings if f.rule == "NUM001"]
    assert found and "1999-01-04.." in found[0].message
    assert not any("not checked" in n for n in wrong.notes)
    # the real page's conversion (53 bn, March 2017) fits an ECB rate: silent, and no note
    right = audit_article(_IDA.format(53), "x.txt", Settings())
    assert not [f for f in right.findings if f.rule == "NUM001"]
    assert not any("not checked" in n for n in right.notes)


def test_a_publication_date_older_than_the_series_is_still_said_not_guessed():
    from audit.pipeline import audit_article
    from audit.settings import Settings

    result = audit_article(_IDA.format(23), "x.txt", Settings(published=dt.date(1995, 3, 1)))
    assert not [f for f in result.findings if f.rule == "NUM001"]
    assert any("series starts on 1999-01-04" in n for n in result.notes)
