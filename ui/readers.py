"""Reads dates, call times and amounts as people type them, and shows stored ones as text."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from contextlib import suppress
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.drafts import LARGEST_AMOUNT, kept_in_utc

# Words for days, as people type them in the languages Amends is written in: read, not shown.
RELATIVE_DAYS = {
    **dict.fromkeys(("today", "idag", "i dag", "danas", "วันนี้", "আজ"), 0),
    **dict.fromkeys(("yesterday", "igår", "i går", "jučer", "jucer", "เมื่อวาน", "গতকাল"), -1),
    **dict.fromkeys(("tomorrow", "imorgon", "i morgon", "sutra", "พรุ่งนี้", "আগামীকাল"), 1),
}
_TIME = re.compile(
    r"^(?P<day>.*?)[\sT,]*\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?::(?P<second>\d{2}))?"
    r"\s*(?P<half>[ap]\.?m\.?)?\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
BUDDHIST_ERA_FROM, BUDDHIST_ERA_OFFSET = 2400, 543
PLAUSIBLE_YEARS = 200  # further from today than this, a year was mistyped
_MARK = r"[^\d\s.,'\u00a0\u202f-]+"  # a currency: €, kr, EUR, ৳, ฿ …
_AMOUNT = re.compile(
    rf"^(?P<before>{_MARK})?\s*(?P<number>[\d\s.,'\u00a0\u202f]+?)\s*(?P<after>{_MARK})?$"
)
_SPACES = re.compile(r"[\s'\u00a0\u202f]")


class Reading(NamedTuple):
    """What a field's text was read as; `problem` says why it could not be, in a sentence."""

    value: object = None
    problem: str = ""
    currency: str = ""  # a currency written with an amount ("150 €"), if any


def ascii_digits(text: str) -> str:
    """Bengali, Thai and other decimal digits as 0–9, so every script's numbers read."""
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
        for char in text
    )


def read_date(text: str, today: dt.date, locale: QLocale | None = None) -> Reading:
    typed = " ".join(text.split())
    if not typed:
        return Reading()
    found = _date(typed, today, locale or QLocale())
    if found is not None:
        return Reading(found)
    return Reading(problem=_not_a_date(typed, locale))


def _date(typed: str, today: dt.date, locale: QLocale) -> dt.date | None:
    relative = RELATIVE_DAYS.get(typed.casefold())
    if relative is not None:
        return today + dt.timedelta(days=relative)
    digits = ascii_digits(typed)
    try:
        return dt.date.fromisoformat(digits)
    except ValueError:
        pass
    for pattern in _day_patterns(locale):
        found = locale.toDate(digits, pattern, today.year - 80)
        if found.isValid():
            year = found.year()
            if locale.language() == QLocale.Language.Thai and year > BUDDHIST_ERA_FROM:
                year -= BUDDHIST_ERA_OFFSET  # 2569 in Thailand's own calendar is 2026
            if abs(year - today.year) > PLAUSIBLE_YEARS:
                return None  # a year typed wrong is said, not kept as a date
            return dt.date(year, found.month(), found.day())
    return None


def _day_patterns(locale: QLocale) -> list[str]:
    """The locale's ways of writing a day: its short form, that with one-digit days and
    months, its long form; each with a four- or a two-digit year."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    loose = re.sub(r"(?<!M)MM(?!M)", "M", re.sub(r"(?<!d)dd(?!d)", "d", short))
    forms = (short, loose, locale.dateFormat(QLocale.FormatType.LongFormat))
    return list(
        dict.fromkeys(re.sub("y+", year, form) for form in forms for year in ("yyyy", "yy"))
    )


def _not_a_date(typed: str, locale: QLocale | None) -> str:
    """Why `typed` is not a date, and how to write one: as stored, and as the locale does."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        said = QCoreApplication.translate(
            "Readers",
            "Amends can't read “{typed}” as a date. Type it like 2026-03-02, or “today” or "
            "“yesterday”, or pick a day.",
        )
        return said.format(typed=typed)
    sample = locale.toString(QDate(2026, 3, 2), QLocale.FormatType.ShortFormat)
    said = QCoreApplication.translate(
        "Readers",
        "Amends can't read “{typed}” as a date. Type it like 2026-03-02 or {sample}, or “today” "
        "or “yesterday”, or pick a day.",
    )
    return said.format(typed=typed, sample=sample)


def read_datetime(text: str, today: dt.date, locale: QLocale | None = None) -> Reading:
    typed = " ".join(text.split())
    if not typed:
        return Reading()
    digits = ascii_digits(typed)
    if _iso_day(digits):
        said = QCoreApplication.translate(
            "Readers", "Add the time of the call too, like 2026-03-04 10:00."
        )
        return Reading(problem=said)
    moment = _moment(digits, today, locale or QLocale())
    if moment is None:
        said = QCoreApplication.translate(
            "Readers",
            "Amends can't read “{typed}” as a day and a time. Type it like 2026-03-04 10:00, or "
            "“tomorrow 15:30”.",
        )
        return Reading(problem=said.format(typed=typed))
    if not kept_in_utc(moment):
        said = QCoreApplication.translate(
            "Readers", "“{typed}” is too near the year 1 or 9999 to be kept."
        )
        return Reading(problem=said.format(typed=typed))
    return Reading(moment)


def _moment(digits: str, today: dt.date, locale: QLocale) -> dt.datetime | None:
    with suppress(ValueError):
        return dt.datetime.fromisoformat(digits)
    found = _TIME.match(digits)
    if found is None:
        return None
    day = _date(found["day"].strip(" ,"), today, locale)
    moment = _time(found)
    return None if day is None or moment is None else dt.datetime.combine(day, moment)


def _iso_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _time(found: re.Match[str]) -> dt.time | None:
    hour, minute, second = (int(found[part] or 0) for part in ("hour", "minute", "second"))
    half = (found["half"] or "").lower().replace(".", "")
    if half and not 1 <= hour <= 12:
        return None
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    offset = found["offset"]
    zone = None
    if offset:
        zone = dt.UTC if offset.upper() == "Z" else _zone(offset)
    try:
        return dt.time(hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def _zone(offset: str) -> dt.timezone:
    digits = offset[1:].replace(":", "")
    delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return dt.timezone(-delta if offset[0] == "-" else delta)


def show_datetime(value: dt.datetime | None) -> str:
    """The call time as the user reads it: seconds and the UTC offset only when they matter."""
    if value is None:
        return ""
    spec = "microseconds" if value.microsecond else ("seconds" if value.second else "minutes")
    shown = value.replace(tzinfo=None).isoformat(sep=" ", timespec=spec)
    if value.tzinfo is not None:
        local = value.astimezone()
        if local.utcoffset() != value.utcoffset() or local.tzname() is None:
            offset = value.strftime("%z")
            shown += f" {offset[:3]}:{offset[3:]}"
    return shown


def read_amount(text: str, locale: QLocale | None = None) -> Reading:
    """An amount with the locale's decimal mark (or the other one, when it can only be that),
    group separators, and a currency before or after it."""
    typed = " ".join(text.split())
    if not typed:
        return Reading()
    found = _AMOUNT.match(ascii_digits(typed))
    # Bengali and Thai numbers are written 12,000.50, whatever the window's locale.
    native = any(char.isdecimal() and not char.isascii() for char in typed)
    point = "." if native else (locale or QLocale()).decimalPoint()
    value = _decimal(found["number"], point) if found else None
    if found is None or value is None or (found["before"] and found["after"]):
        sample = (locale or QLocale()).toString(1234.5, "f", 2)
        said = QCoreApplication.translate(
            "Readers",
            "Amends can't read “{typed}” as an amount. Type a number like {sample} or 150, with "
            "its currency if you like.",
        )
        return Reading(problem=said.format(typed=typed, sample=sample))
    if value >= LARGEST_AMOUNT:
        said = QCoreApplication.translate(
            "Readers", "“{typed}” is more than Amends keeps as an amount."
        )
        return Reading(problem=said.format(typed=typed))
    return Reading(value, currency=found["before"] or found["after"] or "")


def _decimal(number: str, point: str) -> Decimal | None:
    plain = _SPACES.sub("", number)
    marks = [char for char in plain if char in ".,"]
    if marks:
        decimal_mark: str | None = marks[-1]
        if len(set(marks)) == 1:
            last = plain.rfind(marks[-1])
            # "1,234" is a thousand in English, "1.234" in Croatian; "12,5" is twelve and a
            # half anywhere: a single mark that is not the locale's decimal mark groups only
            # when three digits follow it.
            groups_of_three = len(plain) - last - 1 == 3
            if len(marks) > 1 or (decimal_mark != point and groups_of_three):
                decimal_mark = None
        elif decimal_mark is not None and marks.count(decimal_mark) > 1:
            return None
        if decimal_mark is not None:
            whole, _, fraction = plain.rpartition(decimal_mark)
            plain = re.sub(r"[.,]", "", whole) + "." + fraction
        else:
            plain = re.sub(r"[.,]", "", plain)
    try:
        value = Decimal(plain)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def show_amount(value: Decimal | None, locale: QLocale | None = None) -> str:
    """Every digit as stored, with the locale's decimal mark."""
    if value is None:
        return ""
    return format(value, "f").replace(".", (locale or QLocale()).decimalPoint())
