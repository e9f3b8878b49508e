"""Money, numbers and days as each language writes them; what is stored never changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from journal import formats, i18n


@pytest.mark.parametrize(
    ("language", "value", "currency", "shown"),
    [
        ("sv", Decimal("2400"), "SEK", "2 400 kr"),
        ("hr", Decimal("2400.50"), "EUR", "2.400,50 €"),
        ("hr", Decimal("2400.00"), "EUR", "2.400 €"),  # a whole amount shows no cents
        ("en", Decimal("2400"), "EUR", "€2,400"),
        ("en", Decimal("180"), "USD", "$180"),
        ("en", Decimal("2400"), "SEK", "SEK 2,400"),
        ("th", Decimal("12000.5"), "THB", "฿12,000.50"),
        ("sv", Decimal("99.5"), "kr", "99,50 kr"),  # not a code: written after, as typed
        ("hr", Decimal("0.125"), "EUR", "0,125 €"),  # every digit typed is kept
    ],
)
def test_money_is_written_as_the_language_writes_it(
    language: str, value: Decimal, currency: str, shown: str
) -> None:
    written = formats.money(value, currency, language)
    assert " " not in written  # an amount is never split across two lines
    assert written.replace("\xa0", " ") == shown


def test_bengali_digits_only_for_a_user_who_writes_them() -> None:
    assert formats.money(Decimal("12000"), "BDT", "bn") == "12,000৳"
    written = "আমরা ১২,০০০ টাকা ফেরত দেব"
    assert formats.writes_native_digits(written, "bn")
    assert formats.money(Decimal("12000"), "BDT", "bn", native=True) == "১২,০০০৳"
    assert not formats.writes_native_digits("We refund 12,000", "bn")


def test_a_total_shows_cents_not_the_float_s_noise() -> None:
    assert formats.money(1234.5678, "EUR", "sv") == "1\xa0234,57\xa0€"
    assert formats.money(1e6, "EUR", "en") == "€1,000,000"


def test_days_are_written_in_words_in_each_language_in_the_common_era() -> None:
    day = dt.date(2026, 3, 2)
    assert formats.day(day, "en") == "Mar 2, 2026"
    assert formats.day(day, "sv") == "2 mars 2026"
    assert formats.day(day, "hr") == "2. ožu 2026."
    assert "2026" in formats.day(day, "th")  # the Buddhist era only if the locale asks


def test_the_language_spoken_now_is_used_when_none_is_named() -> None:
    with i18n.speaking("sv"):
        assert formats.money(Decimal("2400"), "SEK") == "2\xa0400\xa0kr"
        assert formats.number(12345) == "12\xa0345"
        assert formats.percent(0.71) == "71\xa0%"


def test_thai_days_count_from_the_buddhist_era_only_where_the_locale_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = dt.date(2026, 3, 2)
    monkeypatch.setenv("LC_TIME", "th_TH.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert formats.day(day, "th") == "2 มี.ค. 2569"
    assert formats.day(day, "en") == "Mar 2, 2026"  # an English day stays in the common era
    monkeypatch.setenv("LC_TIME", "en_GB.UTF-8")
    assert formats.day(day, "th") == "2 มี.ค. 2026"
    monkeypatch.setenv("LC_TIME", "en_GB.UTF-8@calendar=buddhist")
    assert formats.day(day, "th") == "2 มี.ค. 2569"
