"""One settings object travels down the pipeline instead of many keyword arguments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from audit.model import Severity


@dataclass(frozen=True)
class Settings:
    published: dt.date | None = None  # overrides nothing found in the article; used when none is
    fail_on: Severity | None = Severity.ERROR  # None: never fail
    conversion_tolerance: float = 0.01  # relative slack on top of the stated rounding
    undated_window_days: int = 90  # window after the latest date the text mentions
    select: frozenset[str] = field(default_factory=frozenset)  # rule codes; empty = all
    ignore: frozenset[str] = field(default_factory=frozenset)
    all_languages: bool = False  # run every rule on every language, precise there or not
    explicit: frozenset[str] = field(default_factory=frozenset)  # codes named in full by --select
    agency_credits_complete: bool = True  # "Sources : AFP" needs no title or date (CIT003)

    def rule_enabled(self, code: str) -> bool:
        if code in self.ignore:
            return False
        return not self.select or code in self.select


def parse_date(value: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` for --published, with a message that names the value."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
