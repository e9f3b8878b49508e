"""How the command line reads each value it is given: days, counts and words."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from journal import formats
from journal.days import parse_day
from journal.i18n import translate

SQLITE_LARGEST = 2**63 - 1  # no list is longer
NOT_UTF8 = "[\ud800-\udfff]"


def exact_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        said = translate("CommandLine", "expected a date as YYYY-MM-DD, got {text}")
        raise argparse.ArgumentTypeError(said.format(text=repr(text))) from None


def day_from(text: str, end: bool = False) -> dt.date:
    """A day, a month or a year: from its first day (or with `end`, to its last)."""
    try:
        found = parse_day(text, end)
    except ValueError:
        found = None
    if found is None:
        said = translate(
            "CommandLine", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text}"
        )
        raise argparse.ArgumentTypeError(said.format(text=repr(text)))
    return found


def day_to(text: str) -> dt.date:
    return day_from(text, end=True)


def positive(text: str) -> int:
    """A whole number of at least 1, in the digits of any script ("١٢" is 12)."""
    try:
        number = int(text) if text.isdecimal() else 0
    except ValueError:  # more digits than Python reads (4,300)
        said = translate(
            "CommandLine", "expected a whole number of at least 1, got one of {count} digits"
        )
        raise argparse.ArgumentTypeError(said.format(count=formats.number(len(text)))) from None
    if number < 1:
        said = translate("CommandLine", "expected a whole number of at least 1, got {text}")
        raise argparse.ArgumentTypeError(said.format(text=repr(text)))
    return number


def words(text: str) -> str:
    """Words to look for in the journal. Bytes the terminal sent that are not UTF-8 reach
    Python as lone surrogates, which SQLite refuses: each becomes U+FFFD, as when stored."""
    return re.sub(NOT_UTF8, "\ufffd", text)


def count(text: str) -> int:
    """How many at most: any number beyond SQLite's is as good as no limit."""
    return min(positive(text), SQLITE_LARGEST)
