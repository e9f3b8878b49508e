"""Dates, call times and amounts are read as people type them; what cannot be is said."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from journal.service import Journal
from tests.conftest import TODAY, full_incident
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.readers import read_amount, read_date, read_datetime, show_amount, show_datetime

EN, SV, HR, BN, TH = (QLocale(name) for name in ("en_US", "sv_SE", "hr_HR", "bn_BD", "th_TH"))


@pytest.mark.parametrize(
    ("typed", "locale", "day"),
    [
        ("today", EN, TODAY),
        ("Yesterday", EN, TODAY - dt.timedelta(days=1)),
        ("igår", SV, TODAY - dt.timedelta(days=1)),
        ("jučer", HR, TODAY - dt.timedelta(days=1)),
        ("2026-03-02", HR, dt.date(2026, 3, 2)),
        ("3/2/26", EN, dt.date(2026, 3, 2)),  # the locale's own short form
        ("02. 03. 2026.", HR, dt.date(2026, 3, 2)),
        ("২/৩/২৬", BN, dt.date(2026, 3, 2)),  # Bengali digits
        ("2. 3. 2026.", HR, dt.date(2026, 3, 2)),  # one-digit day and month
        ("2/3/2569", TH, dt.date(2026, 3, 2)),  # the Thai calendar's year
    ],
)
def test_a_day_is_read_as_typed(typed: str, locale: QLocale, day: dt.date) -> None:
    assert read_date(typed, TODAY, locale).value == day


@pytest.mark.parametrize(
    ("typed", "locale", "amount", "currency"),
    [
        ("12345.67", EN, "12345.67", ""),
        ("1,234.50", EN, "1234.50", ""),
        ("1 234,50 kr", SV, "1234.50", "kr"),
        ("1.234,50 €", HR, "1234.50", "€"),
        ("12,5", EN, "12.5", ""),  # a comma with one digit after it is no thousands mark
        ("€1234567.5", SV, "1234567.5", "€"),
        (
            "\u09f3\u09e7\u09e8,\u09e6\u09e6\u09e6",
            SV,
            "12000",
            "\u09f3",
        ),  # Bengali numbers, wherever the window's locale
    ],
)
def test_an_amount_keeps_every_digit(
    typed: str, locale: QLocale, amount: str, currency: str
) -> None:
    read = read_amount(typed, locale)
    assert (read.value, read.currency, read.problem) == (Decimal(amount), currency, "")


def test_a_call_time_keeps_its_offset_and_seconds() -> None:
    call = dt.datetime(2026, 3, 4, 10, 0, 7, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))
    assert read_datetime(show_datetime(call), TODAY).value == call
    assert show_datetime(call).endswith("10:00:07 +05:30")
    assert read_datetime("tomorrow 15:30", TODAY).value == dt.datetime(2026, 11, 2, 15, 30)
    assert read_datetime("i morgon 9.30", TODAY).value == dt.datetime(2026, 11, 2, 9, 30)
    assert show_amount(Decimal("1234567.50"), SV) == "1234567,50"


@pytest.mark.parametrize(
    ("reader", "typed"),
    [
        (read_date, "last Tuesday"),
        (read_date, "2/3/2426"),  # a mistyped year is said, not kept
        (read_datetime, "Friday 10am"),
        (read_datetime, "2026-03-04"),  # a day without the time of the call
        (lambda text, _: read_amount(text), "about 80 euros"),
        (lambda text, _: read_amount(text), "-5"),
    ],
)
def test_what_cannot_be_read_says_so_and_how(reader: object, typed: str) -> None:
    reading = reader(typed, TODAY)  # type: ignore[operator]
    assert (reading.value is None and typed in reading.problem) or "time" in reading.problem
    assert " like " in reading.problem  # and how to write it


def test_unreadable_input_is_kept_said_beside_its_field_and_never_called_saved(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    stored = journal.incidents.create(full_incident()).incident
    window.open_incident(stored.id)
    sheet = window.worksheet
    for name, typed in (("occurred_on", "last Tuesday"), ("value", "about 80 euros")):
        field = sheet.widgets[name]
        assert isinstance(field, QLineEdit)
        field.setText(typed)
    assert sheet.save()
    message = window.statusBar().currentMessage()
    assert "could not be read" in message and "“When”" in message and "“Value”" in message
    note = sheet.problems["occurred_on"]
    assert isinstance(note, QLabel) and note.isVisibleTo(window)
    assert "last Tuesday" in note.text() and "2026-03-02" in note.text()  # and what is kept
    saved = journal.incidents.get(stored.id or 0)
    assert saved.occurred_on == stored.occurred_on and saved.compensation == stored.compensation
    assert dict(saved.unreadable) == {
        "occurred_on": "last Tuesday",
        "compensation.value": "about 80 euros",
    }
    window.back_to_journal()
    window.open_incident(stored.id)  # what was typed is still there, and still said
    assert sheet.values()["occurred_on"] == "last Tuesday"
    assert sheet.problems["occurred_on"].isVisibleTo(window)
    field = sheet.widgets["occurred_on"]
    assert isinstance(field, QLineEdit)
    field.setText("yesterday")
    assert not sheet.problems["occurred_on"].isVisibleTo(window)
    assert sheet.save()
    fixed = journal.incidents.get(stored.id or 0)
    assert fixed.occurred_on == journal.today() - dt.timedelta(days=1)
    assert dict(fixed.unreadable) == {"compensation.value": "about 80 euros"}


def test_an_amount_with_its_currency_fills_an_empty_currency(
    window: MainWindow, journal: Journal
) -> None:
    window.new_incident()
    sheet = window.worksheet
    value, currency = sheet.widgets["value"], sheet.widgets["currency"]
    assert isinstance(value, QLineEdit) and isinstance(currency, QLineEdit)
    value.setFocus()
    type_text(value, "1.234,50 €")  # and the cursor stays there: autosave comes first
    assert sheet.save()
    saved = journal.incidents.get(journal.incidents.list_ids()[0])
    assert saved.compensation.currency == "€" and currency.text() == "€"
    currency.setText("SEK")  # a currency of its own is never overwritten
    type_text(value, "0")
    assert (
        sheet.save()
        and journal.incidents.get(journal.incidents.list_ids()[0]).compensation.currency == "SEK"
    )


def test_an_amount_too_large_to_keep_is_unreadable_and_the_rest_saves(
    window: MainWindow, journal: Journal
) -> None:
    stored = journal.incidents.create(full_incident()).incident
    window.open_incident(stored.id)
    sheet = window.worksheet
    for name, typed in (("value", "12345678901234567"), ("title", "Renamed")):
        field = sheet.widgets[name]
        assert isinstance(field, QLineEdit)
        field.setText(typed)
    assert sheet.save()
    saved = journal.incidents.get(stored.id or 0)
    assert saved.title == "Renamed" and saved.compensation.value == stored.compensation.value
    assert saved.unreadable_text("compensation.value") == "12345678901234567"


def test_the_day_picker_sets_a_day_and_keeps_a_call_time(window: MainWindow) -> None:
    from ui.field_widgets import DayPicker

    window.new_incident()
    sheet = window.worksheet
    pickers = {picker.field.objectName(): picker for picker in sheet.findChildren(DayPicker)}
    when, call = sheet.widgets["occurred_on"], sheet.widgets["call_at"]
    assert isinstance(when, QLineEdit) and isinstance(call, QLineEdit)
    when.setText("02. 03. 2026.")
    pickers["occurred_on"].choose(QDate(2026, 3, 5))
    assert when.text() == "2026-03-05"
    call.setText("2026-03-04T10:00:00+05:30")
    pickers["call_at"].choose(QDate(2026, 3, 6))
    assert call.text() == "2026-03-06 10:00 +05:30"


def test_a_mistake_dated_in_the_future_is_kept_and_questioned(
    window: MainWindow, journal: Journal
) -> None:
    stored = journal.incidents.create(full_incident()).incident
    window.open_incident(stored.id)
    sheet, field = window.worksheet, window.worksheet.widgets["occurred_on"]
    assert isinstance(field, QLineEdit)
    later = journal.today() + dt.timedelta(days=5 * 365)
    field.setText(later.isoformat())
    sheet.finished_typing("occurred_on")
    note = sheet.problems["occurred_on"]
    assert note.isVisibleTo(window) and "still to come" in note.text()
    assert sheet.save()
    assert journal.incidents.get(stored.id or 0).occurred_on == later  # kept as typed
    field.setText("yesterday")
    sheet.finished_typing("occurred_on")
    assert not note.isVisibleTo(window)
