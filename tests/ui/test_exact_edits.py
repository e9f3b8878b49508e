"""Editing one field in the worksheet changes that field and nothing else, exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from journal.domain import Action, Compensation, Incident, Question
from journal.edits import with_changes
from journal.service import Journal
from tests.conftest import full_incident
from tests.strategies import incidents
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.worksheet import SPECS

TYPED_INTO = (
    "title", "project", "what_happened", "impact", "root_cause", "ownership", "fix",
    "prevention", "offer", "currency", "surprise", "summary", "apology", "empathy", "notes",
)  # fmt: skip
# A list field gets a new item on a line of its own: what that item is, once read.
NEW_ITEMS = {"whys": "ž", "actions": Action("ž"), "questions": Question("ž")}


def _type_at_end(window: MainWindow, name: str, letter: str) -> None:
    widget = window.worksheet.widgets[name]
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(widget, QLineEdit):
        widget.end(False)
    type_text(widget, letter)


def _same_but_updated(after: Incident, expected: Incident) -> None:
    assert dataclasses.replace(after, updated_at=None) == dataclasses.replace(
        expected, updated_at=None
    )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(incident=incidents(), name=st.sampled_from(TYPED_INTO + tuple(NEW_ITEMS)))
def test_typing_into_one_field_changes_that_field_by_what_was_typed_and_nothing_else(
    window: MainWindow, journal: Journal, incident: Incident, name: str
) -> None:
    stored = journal.incidents.create(incident).incident
    window.open_incident(stored.id)
    key = SPECS[name].key
    before = functools.reduce(getattr, key.split("."), stored)  # "compensation.offer" too
    if name in NEW_ITEMS:
        _type_at_end(window, name, "\nž")
        expected = with_changes(stored, {key: (*before, NEW_ITEMS[name])})
    else:
        _type_at_end(window, name, "ž")
        expected = with_changes(stored, {key: before + "ž"})
    assert window.worksheet.save()
    _same_but_updated(journal.incidents.get(stored.id or 0), expected)


def test_every_awkward_value_survives_an_edit_elsewhere(
    window: MainWindow, journal: Journal
) -> None:
    awkward = full_incident(
        whys=("First line\nsecond line of the same why", "Another"),
        actions=(
            Action("Same step", dt.date(2026, 3, 9), dt.date(2026, 3, 8)),
            Action("Same step", dt.date(2026, 3, 20)),
        ),
        questions=(Question("Is it — really — fixed?", "Yes.\nTested twice."),),
        compensation=Compensation("Refund", Decimal("1234567.89"), " EUR ", dt.date(2026, 3, 9)),
        call_at=dt.datetime(2026, 3, 4, 10, 0, 7, tzinfo=dt.timezone(dt.timedelta(hours=5.5))),
        what_happened="Line one\r\nLine two\u00a0with a no-break space",
    )
    stored = journal.incidents.create(awkward).incident
    window.open_incident(stored.id)
    _type_at_end(window, "impact", "!")
    assert window.worksheet.save()
    _same_but_updated(
        journal.incidents.get(stored.id or 0),
        dataclasses.replace(stored, impact=stored.impact + "!"),
    )


def test_an_edited_field_keeps_its_windows_line_ends_and_no_break_spaces(
    window: MainWindow, journal: Journal
) -> None:
    stored = journal.incidents.create(full_incident(fix="Refunded\r\nand\u00a0sorry")).incident
    window.open_incident(stored.id)
    _type_at_end(window, "fix", ".")
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).fix == "Refunded\r\nand\u00a0sorry."


def test_adding_a_step_keeps_the_others_and_their_done_dates(
    window: MainWindow, journal: Journal
) -> None:
    steps = (
        Action("Check twice\nthen send", dt.date(2026, 3, 9), dt.date(2026, 3, 8)),
        Action("Same step", None, dt.date(2026, 3, 1)),
        Action("Same step", dt.date(2026, 4, 1)),
    )
    stored = journal.incidents.create(full_incident(actions=steps)).incident
    window.open_incident(stored.id)
    _type_at_end(window, "actions", "\n2026-05-01 Book a review")
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).actions == (
        *steps,
        Action("Book a review", dt.date(2026, 5, 1)),
    )


def test_list_items_with_windows_line_ends_survive_an_added_item(
    window: MainWindow, journal: Journal
) -> None:
    done = dt.date(2026, 3, 2)
    stored = journal.incidents.create(
        full_incident(
            whys=("first line\r\nsecond line", "other"),
            actions=(Action("call\r\nthem", dt.date(2026, 3, 1), done),),
            what_happened="a\r\nb\nc",  # mixed line ends, each kept where it was
        )
    ).incident
    window.open_incident(stored.id)
    _type_at_end(window, "whys", "\na new why")
    _type_at_end(window, "actions", "\nBook a review")
    _type_at_end(window, "what_happened", "!")
    assert window.worksheet.save()
    after = journal.incidents.get(stored.id or 0)
    assert after.whys == ("first line\r\nsecond line", "other", "a new why")
    assert after.actions == (stored.actions[0], Action("Book a review"))
    assert after.what_happened == "a\r\nb\nc!"


def test_a_why_ending_in_a_carriage_return_keeps_it_when_one_is_added(
    window: MainWindow, journal: Journal
) -> None:
    stored = journal.incidents.create(full_incident(whys=("From a Mac file\r", "Another"))).incident
    window.open_incident(stored.id)
    _type_at_end(window, "whys", "\nž")
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).whys == ("From a Mac file\r", "Another", "ž")
