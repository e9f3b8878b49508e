"""Editing one field in the worksheet changes that field and nothing else, exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    "prevention", "offer", "currency", "surprise", "summary", "apology", "empathy", "outcome",
)  # fmt: skip


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
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(incident=incidents(), name=st.sampled_from(TYPED_INTO))
def test_typing_a_letter_into_one_field_changes_only_that_field(
    window: MainWindow, journal: Journal, incident: Incident, name: str
) -> None:
    stored = journal.create(incident).incident
    window.open_incident(stored.id)
    _type_at_end(window, name, "ž")
    assert window.worksheet.save()
    before = window.worksheet.incident
    assert before is not None
    typed = window.worksheet.values()[name]
    expected = with_changes(stored, {SPECS[name].key: typed})
    after = journal.get(stored.id or 0)
    _same_but_updated(after, dataclasses.replace(expected, title=expected.title.strip()))
    assert (after.title if name == "title" else getattr(after, name, None)) != ""


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
    stored = journal.create(awkward).incident
    window.open_incident(stored.id)
    _type_at_end(window, "impact", "!")
    assert window.worksheet.save()
    _same_but_updated(
        journal.get(stored.id or 0), dataclasses.replace(stored, impact=stored.impact + "!")
    )


def test_an_edited_field_keeps_its_windows_line_ends_and_no_break_spaces(
    window: MainWindow, journal: Journal
) -> None:
    stored = journal.create(full_incident(fix="Refunded\r\nand\u00a0sorry")).incident
    window.open_incident(stored.id)
    _type_at_end(window, "fix", ".")
    assert window.worksheet.save()
    assert journal.get(stored.id or 0).fix == "Refunded\r\nand\u00a0sorry."


def test_adding_a_step_keeps_the_others_and_their_done_dates(
    window: MainWindow, journal: Journal
) -> None:
    steps = (
        Action("Check twice\nthen send", dt.date(2026, 3, 9), dt.date(2026, 3, 8)),
        Action("Same step", None, dt.date(2026, 3, 1)),
        Action("Same step", dt.date(2026, 4, 1)),
    )
    stored = journal.create(full_incident(actions=steps)).incident
    window.open_incident(stored.id)
    _type_at_end(window, "actions", "\n2026-05-01 Book a review")
    assert window.worksheet.save()
    assert journal.get(stored.id or 0).actions == (
        *steps,
        Action("Book a review", dt.date(2026, 5, 1)),
    )
