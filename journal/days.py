"""Days typed as a day, a month or a year, as the window's and the command line's filters take."""

from __future__ import annotations

import datetime as dt
import re

_DAY = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def parse_day(text: str, end: bool = False) -> dt.date | None:
    """ "2026-03-02", "2026-03" or "2026" as a date: the first day of the month or year, or
    with `end` the last. Empty is None; anything else raises ValueError."""
    if not text.strip():
        return None
    found = _DAY.match(text)
    if found is None:
        raise ValueError(text)
    year, month, day = (int(part) if part else None for part in found.groups())
    assert year is not None
    if month is None:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    if day is None:
        if not end:
            return dt.date(year, month, 1)
        if month == 12:
            return dt.date(year, 12, 31)
        return dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return dt.date(year, month, day)
