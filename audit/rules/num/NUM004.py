from __future__ import annotations

from audit.check import Context, Rule
from audit.extract.quantities import Unit, units
from audit.model import Severity, SpanKind
from audit.rules.num.NUM001 import _bound, _near, verdict


def _expected(value: float, src: Unit, dst: Unit) -> list[float]:
    """The value in ``dst``, once per accepted factor (US and imperial gallons)."""
    bases = [src.to_base(value)] + ([src.to_base(value, src.also)] if src.also else [])
    out = []
    for base in bases:
        out.append(dst.from_base(base))
        if dst.also:
            out.append(base / dst.also - dst.offset)
    return out


class NUM004(Rule):
    """A stated unit conversion does not add up.

    What it checks:
        A measure restated in another unit of the same kind, in the same forms as currency
        conversions ("X (Y)", "X [environ Y]", "X, soit Y", "X, or about Y"): kilometres and
        miles, metres and feet, kilograms, pounds and tonnes, °C and °F, litres and gallons
        (US or imperial), hectares, acres and square miles, km/h and mph; a bare "degrés" or
        "Grad" beside the other scale is that other scale ("30 Grad (86 Grad Fahrenheit)"),
        and a range's end written without its unit takes its start's; a measure written as a
        compound adjective too ("a 4,000-acre (1,600-hectare) farm"), not a time
        ("10-year-old"), nor "m" after a hyphen ("a 5-m contract"); feet with inches
        ("6-foot-9", "6 ft 9 in") are no measure of feet alone, so not checked. The tolerance is the setting (1 %) plus half a unit of the last
        digit the article wrote ("1 553 miles" ±0.5, "2 500 kilomètres" ±50); temperatures
        allow the rounding of both figures.
        Bounds ("plus de 1 500 miles") are checked as bounds.

    Why it matters:
        A conversion done by hand, or with the wrong factor (nautical miles, short tons, a °C
        difference converted as a temperature), misleads readers of the other system.

    Example:
        Le cyclone a parcouru 2 500 kilomètres (1 900 miles) en quatre jours.

    Use instead:
        Le cyclone a parcouru 2 500 kilomètres (1 553 miles) en quatre jours.

    Configuration:
        conversion-tolerance (default 0.01), shared with NUM001.
    """

    code = "NUM004"
    name = "unit-conversion"
    severity = Severity.ERROR
    scope = (SpanKind.BODY, SpanKind.HEADING, SpanKind.TITLE)

    def check(self, ctx: Context):
        table = units()
        slack = ctx.settings.conversion_tolerance
        for conv in ctx.facts.conversions:
            if conv.kind != "measure":
                continue
            src, dst = table[conv.source.unit], table[conv.target.unit]
            stated = conv.target.value
            expected = dst.from_base(src.to_base(conv.source.value))
            if src.dimension == "temperature":
                tolerance = conv.target.precision + conv.source.precision * src.factor / dst.factor \
                    + slack * abs(expected)
                ok = abs(stated - expected) <= tolerance
                shown = f"±{tolerance:.1f}"
            else:
                candidates = _expected(conv.source.value, src, dst)
                rounding = conv.target.precision / stated if stated else 0.0
                tolerance = slack + rounding
                bound, qualifier = _bound(conv)
                ok = verdict(stated, min(candidates), max(candidates), tolerance, bound,
                             _near(qualifier))
                shown = f"{tolerance:.1%}"
            if ok:
                continue
            off = stated / expected - 1 if expected else 0.0
            name = _SHOWN.get(dst.id, dst.id)
            yield self.finding(
                conv.start, conv.end,
                f"{conv.target.text} is {abs(off):.1%} {'below' if off < 0 else 'above'} "
                f"{conv.source.text} converted: expected {_figure(expected)} {name}; "
                f"tolerance {shown}",
                evidence={"source": conv.source.text, "target": conv.target.text,
                          "expected": round(expected, 3), "stated": stated, "unit": dst.id,
                          **({"tolerance_degrees": round(tolerance, 2)} if src.dimension ==
                             "temperature" else {"tolerance": round(tolerance, 4)}),
                          "deviation": round(off, 4)},
                suggestion=f"about {_figure(expected)} {name}")


_SHOWN = {"degC": "°C", "degF": "°F", "km2": "km²", "m2": "m²", "m3": "m³", "l": "litres",
          "gal": "gallons", "acre": "acres", "sqmi": "square miles", "sqft": "square feet",
          "mille": "milles"}


def _figure(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.1f}"
