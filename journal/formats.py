"""Amounts, numbers and days as the reader's language writes them ("2 400 kr", "2.400,50 €",
"2 mars 2026"), after CLDR's data (Babel's); the stored values never change with them."""

from __future__ import annotations

import datetime as dt
import os
import re
from decimal import Decimal, localcontext
from functools import cache

from journal import i18n
from journal.i18n import QT_TRANSLATE_NOOP

# The locale whose conventions each language's text follows.
LOCALES = {"en": "en_US", "sv": "sv_SE", "hr": "hr_HR", "th": "th_TH", "bn": "bn_BD"}
# Digits of scripts whose writers may use their own; used when the user writes them.
NATIVE_DIGITS = {"bn": "০১২৩৪৫৬৭৮৯", "th": "๐๑๒๓๔๕๖๗๘๙"}


def _locale(language: str | None) -> str:
    return LOCALES.get(language or i18n.current_language(), LOCALES["en"])


def writes_native_digits(text: str, language: str | None = None) -> bool:
    """Whether `text` writes its numbers in the language's own digits (Bengali or Thai)."""
    digits = NATIVE_DIGITS.get(language or i18n.current_language(), "")
    return bool(digits) and any(char in digits for char in text)


def _digits(text: str, language: str | None, native: bool) -> str:
    """`text` with its digits in the language's own (`native`) or in 0-9."""
    digits = NATIVE_DIGITS.get(language or i18n.current_language())
    if not digits:
        return text
    if native:
        return text.translate(str.maketrans("0123456789", digits))
    return text.translate(str.maketrans(digits, "0123456789"))


def _places(value: Decimal | float | int) -> int:
    """Decimal places to show: none for a whole amount; else every place typed, at least
    cents (12.5 is 12.50); cents for a total summed by SQLite (a float)."""
    if isinstance(value, int) or value == int(value):
        return 0
    if isinstance(value, float):
        return 2
    exponent = value.as_tuple().exponent
    return max(2, -exponent) if isinstance(exponent, int) else 2


@cache
def _pattern(locale: str, places: int, with_currency: bool) -> str:
    from babel import Locale

    known = Locale.parse(locale)
    formats = known.currency_formats["standard"] if with_currency else known.decimal_formats[None]
    pattern = str(formats.pattern)
    pattern = pattern.split(";")[0]
    head, point, tail = pattern.partition(".")
    if point:  # "#,##0.00 ¤": the fraction is "00" and what follows it
        tail = tail.lstrip("0#")
    return head + ("." + "0" * places if places else "") + tail


def money(
    value: Decimal | float, currency: str, language: str | None = None, native: bool = False
) -> str:
    """`value` in `currency` as `language` writes money: its symbol where the language puts
    it ("2 400 kr", "€2,400", "2.400,00 €"); a currency that is not a code is written
    after the number as typed. Every digit of a typed amount is kept."""

    locale = _locale(language)
    places = _places(value)
    with localcontext() as exact:  # every digit typed, however many: no rounding to 28 digits
        written = Decimal(str(value))
        exact.prec = max(28, len(written.as_tuple().digits), written.adjusted() + 1) + places + 4
        return _money(value, currency, locale, places, language, native)


def _money(
    value: Decimal | float, currency: str, locale: str, places: int, language: str | None,
    native: bool,
) -> str:  # fmt: skip
    from babel.numbers import format_currency, format_decimal

    code = currency.strip().upper()
    if len(code) == 3 and code.isascii() and code.isalpha():
        shown = format_currency(
            Decimal(str(value)), code, _pattern(locale, places, True), locale=locale,
            currency_digits=False,
        )  # fmt: skip
    else:
        number = format_decimal(Decimal(str(value)), _pattern(locale, places, False), locale)
        shown = f"{number} {currency.strip()}".strip()  # a space that will not break, below
    # CLDR sets a currency's letters apart from the number ("SEK 2,400"); Babel does not.
    # The spaces in an amount do not break: it is never split across two lines.
    shown = re.sub(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", "\xa0", shown)
    return _digits(shown.replace(" ", "\xa0"), language, native)


def percent(share: float, language: str | None = None) -> str:
    """A share (0.71) as `language` writes a percentage: "71%", "71 %"."""
    from babel.numbers import format_percent

    return format_percent(share, locale=_locale(language))


def number(value: Decimal | float | int, language: str | None = None) -> str:
    """A count or an amount without currency, grouped as `language` groups it."""
    from babel.numbers import format_decimal

    locale = _locale(language)
    return format_decimal(value, _pattern(locale, _places(value), False), locale)


# How each language writes a day in running text (CLDR's medium form; "MMM" the month's short
# name, from the catalogue): "Mar 2, 2026", "2 mars 2026", "2. ožu 2026.".
DAY_PATTERNS = {
    "en": "MMM d, yyyy", "sv": "d MMM yyyy", "hr": "d. MMM yyyy.", "th": "d MMM yyyy",
    "bn": "d MMM, yyyy",
}  # fmt: skip
MONTHS = (
    QT_TRANSLATE_NOOP("Days", "Jan"), QT_TRANSLATE_NOOP("Days", "Feb"),
    QT_TRANSLATE_NOOP("Days", "Mar"), QT_TRANSLATE_NOOP("Days", "Apr"),
    QT_TRANSLATE_NOOP("Days", "May"), QT_TRANSLATE_NOOP("Days", "Jun"),
    QT_TRANSLATE_NOOP("Days", "Jul"), QT_TRANSLATE_NOOP("Days", "Aug"),
    QT_TRANSLATE_NOOP("Days", "Sep"), QT_TRANSLATE_NOOP("Days", "Oct"),
    QT_TRANSLATE_NOOP("Days", "Nov"), QT_TRANSLATE_NOOP("Days", "Dec"),
)  # fmt: skip


def day(value: dt.date, language: str | None = None, native: bool = False) -> str:
    """A day as `language` writes it in running text: "Mar 2, 2026", "2 mars 2026"; a Thai
    one in the Buddhist era where the user's locale asks for it (buddhist_era)."""
    language = language or i18n.current_language()
    return _day(value, language, native, language == "th" and buddhist_era())


def hours(value: dt.datetime, native: bool = False) -> str:
    """A time of day, 10:00, in the language's own digits if `native`."""
    return _digits(value.strftime("%H:%M"), None, native)


def buddhist_era() -> bool:
    """Whether the system's locale for dates is Thailand's (whose calendar counts years from
    the Buddhist era, 2569 for 2026) or asks for that calendar by name."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        chosen = os.environ.get(variable, "")
        if chosen:
            return chosen.startswith("th_TH") or "calendar=buddhist" in chosen
    return False


def _day(value: dt.date, language: str, native: bool, buddhist: bool) -> str:
    # A few lines of our own, not Babel's dates: those cost a command 25 ms to load.
    name = MONTHS[value.month - 1]
    if language == i18n.current_language():  # the window's translator has it already
        month = i18n.translate("Days", name)
    else:
        with i18n.speaking(language):
            month = i18n.translate("Days", name)
    parts = {"MMM": month, "d": str(value.day), "yyyy": str(value.year + 543 * buddhist)}
    pattern = DAY_PATTERNS.get(language, DAY_PATTERNS["en"])
    written = re.sub("MMM|yyyy|d", lambda found: parts[found.group()], pattern)
    return _digits(written, language, native)
