"""One settings object travels down the pipeline instead of many keyword arguments."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from audit.model import Severity

# Who finds an HTML page's main content (audit/segment/blocks.py, first_opinion): our block
# model with trafilatura where it is unsure, our block model alone, or trafilatura alone.
EXTRACTORS = ("auto", "own", "trafilatura")
# The kinds of page audit/extract/pagekind.py tells, which the page-kind setting may name
# instead of "auto".
PAGE_KINDS = ("news", "article", "wiki", "forum", "product", "recipe", "listing", "scholarly",
              "minutes", "release", "personal")


@dataclass(frozen=True)
class Settings:
    published: dt.date | None = None  # overrides nothing found in the article; used when none is
    fail_on: Severity | None = Severity.ERROR  # None: never fail
    conversion_tolerance: float = 0.01  # relative slack on top of the stated rounding
    undated_window_days: int = 90  # window after a dateline of the paragraph or a title date
    rate_window_days: int = 7  # NUM001: the rate's movement over ±N days adds to the tolerance
    select: frozenset[str] = field(default_factory=frozenset)  # rule codes; empty = all
    ignore: frozenset[str] = field(default_factory=frozenset)
    all_languages: bool = False  # run every rule on every language, precise there or not
    explicit: frozenset[str] = field(default_factory=frozenset)  # codes named in full by --select
    narrowed: bool = False  # select was given (else every rule is chosen)
    agency_credits_complete: bool = True  # "Sources : AFP" needs no title or date (CIT003)
    # Per-rule overrides from the configuration, as sorted pairs so the object stays hashable.
    severities: tuple[tuple[str, Severity], ...] = ()
    languages: tuple[tuple[str, tuple[str, ...]], ...] = ()  # rule -> languages it runs on
    # Disclosure policy (AI002): which parts declared as made with AI must carry a visible
    # disclosure, which claims count, and whether a recorded human review exempts the article
    # (the AI Act's exemption; a newsroom may ask for a disclosure all the same).
    disclosure_parts: frozenset[str] = frozenset({"article", "image"})
    disclosure_claims: frozenset[str] = frozenset({"generated", "assisted"})
    review_exempts: bool = True
    # A stray dump must not stall a CI gate: inputs over this many characters of decoded text
    # are an error row, and an article that takes longer than the budget (seconds) is too.
    max_size: int | None = 10_000_000
    time_budget: float | None = 60.0
    extractor: str = "auto"  # who judges an HTML page's main content: one of EXTRACTORS
    # What every page is, instead of what its markup says ("auto"): a newsroom's CMS exports
    # carry no schema.org markup, and are news all the same.
    page_kind: str = "auto"
    # The day the audit runs, for what an undated text cannot yet tell (a plan's "en 2032" is no
    # year of telling): the command line sets it once, so every worker of a batch agrees;
    # None reads the clock.
    today: dt.date | None = None

    def rule_enabled(self, code: str) -> bool:
        if code in self.ignore:
            return False
        return not self.select or code in self.select

    def severity_of(self, code: str) -> Severity | None:
        return next((s for c, s in self.severities if c == code), None)

    def languages_of(self, code: str) -> tuple[str, ...] | None:
        return next((langs for c, langs in self.languages if c == code), None)


_UNITS = {"": 1, "B": 1, "KB": 1_000, "K": 1_000, "MB": 1_000_000, "M": 1_000_000,
          "GB": 1_000_000_000, "G": 1_000_000_000}


def parse_size(value: str | int) -> int:
    """"10MB", "500 KB", "2000000" -> characters; a clear message for anything else."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    text = str(value).strip().upper().replace(" ", "")
    number = text.rstrip("KMGB")
    unit = text[len(number):]
    try:
        size = float(number) * _UNITS[unit]
    except (ValueError, KeyError):
        raise ValueError(f"invalid size {value!r}: expected a number with KB, MB or GB, "
                         "e.g. 10MB") from None
    # float() takes "inf" and "nan" (and 1e400 overflows to inf): no size int() can hold.
    if not math.isfinite(size):
        raise ValueError(f"invalid size {value!r}: expected a finite number, e.g. 10MB")
    if size < 1:
        raise ValueError(f"invalid size {value!r}: must be positive")
    return int(size)


def parse_date(value: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` for --published, with a message that names the value."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
