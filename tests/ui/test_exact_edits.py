"""Editing one field in the worksheet changes that field and nothing else, exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from journal.domain import Action, Compensation, Incident, Question
from journal.edits import with_changes
from journal.naming import name_key
from journal.service import Journal
from tests.conftest import full_incident
from tests.strategies import incidents
from tests.ui.conftest import press, type_text
from ui.actions_editor import ActionRow, ActionsEditor
from ui.fields import STEPS
from ui.main_window import MainWindow
from ui.questions_editor import QuestionRow, QuestionsEditor
from ui.tags_editor import TagsEditor
from ui.worksheet import SPECS

TYPED_INTO = (
    "title", "project", "what_happened", "impact", "root_cause", "ownership", "fix",
    "prevention", "offer", "currency", "surprise", "summary", "apology", "empathy", "notes",
)  # fmt: skip
ALT = Qt.KeyboardModifier.AltModifier


def _type_at_end(widget: QWidget, letter: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(widget, QLineEdit):
        widget.end(False)
    widget.setFocus()
    type_text(widget, letter)


def _shown(window: MainWindow, name: str) -> None:
    """The step asking for the field `name` is shown, as for a person editing it."""
    step = next(
        number for number, step in enumerate(STEPS) for spec in step.fields if spec.name == name
    )
    window.worksheet.show_step(step)


def _steps(window: MainWindow) -> list[ActionRow]:
    _shown(window, "actions")
    editor = window.worksheet.widgets["actions"]
    assert isinstance(editor, ActionsEditor)
    return [row for row in editor.rows if isinstance(row, ActionRow)]


def _questions(window: MainWindow) -> list[QuestionRow]:
    _shown(window, "questions")
    editor = window.worksheet.widgets["questions"]
    assert isinstance(editor, QuestionsEditor)
    return [row for row in editor.rows if isinstance(row, QuestionRow)]


def _add_step(window: MainWindow, stored: Incident) -> dict[str, object]:
    _shown(window, "actions")
    editor = window.worksheet.widgets["actions"]
    assert isinstance(editor, ActionsEditor)
    editor.add.click()
    _type_at_end(_steps(window)[-1].text, "ž")
    return {"actions": (*stored.actions, Action("ž"))}


def _edit_first_step(window: MainWindow, stored: Incident) -> dict[str, object]:
    assume(stored.actions)
    _type_at_end(_steps(window)[0].text, "ž")
    first = dataclasses.replace(stored.actions[0], text=stored.actions[0].text + "ž")
    return {"actions": (first, *stored.actions[1:])}


def _tick_first_step(window: MainWindow, stored: Incident) -> dict[str, object]:
    """Ticked: done today; a step already done is unticked, and is not done any more."""
    assume(stored.actions)
    _steps(window)[0].tick.click()
    was = stored.actions[0]
    first = dataclasses.replace(was, done_on=None if was.done_on else window.journal.today())
    return {"actions": (first, *stored.actions[1:])}


def _move_last_step_up(window: MainWindow, stored: Incident) -> dict[str, object]:
    assume(len(stored.actions) >= 2)
    last = _steps(window)[-1].text
    last.setFocus()
    press(last, Qt.Key.Key_Up, ALT)
    *before, one, other = stored.actions
    return {"actions": (*before, other, one)}


def _add_question(window: MainWindow, stored: Incident) -> dict[str, object]:
    _shown(window, "questions")
    editor = window.worksheet.widgets["questions"]
    assert isinstance(editor, QuestionsEditor)
    editor.add.click()
    _type_at_end(_questions(window)[-1].question, "ž")
    return {"questions": (*stored.questions, Question("ž"))}


def _edit_first_answer(window: MainWindow, stored: Incident) -> dict[str, object]:
    assume(stored.questions)
    _type_at_end(_questions(window)[0].answer, "ž")
    first = dataclasses.replace(stored.questions[0], answer=stored.questions[0].answer + "ž")
    return {"questions": (first, *stored.questions[1:])}


def _add_tag(window: MainWindow, stored: Incident) -> dict[str, object]:
    """A tag the incident has already (by name_key) is not given twice; one the journal has
    keeps the journal's spelling."""
    known = {name_key(tag): tag for tag in window.journal.tags.list()}
    _shown(window, "tags")
    editor = window.worksheet.widgets["tags"]
    assert isinstance(editor, TagsEditor)
    _type_at_end(editor.input, "ž\n")
    if any(name_key(tag) == name_key("ž") for tag in stored.tags):
        return {"tags": stored.tags}
    return {"tags": (*stored.tags, known.get(name_key("ž"), "ž"))}


def _whys_line(window: MainWindow, stored: Incident) -> dict[str, object]:
    _type_at_end(window.worksheet.widgets["whys"], "\nž")
    return {"whys": (*stored.whys, "ž")}


LIST_EDITS: dict[str, Callable[[MainWindow, Incident], dict[str, object]]] = {
    "whys": _whys_line,
    "add step": _add_step,
    "edit a step": _edit_first_step,
    "tick a step": _tick_first_step,
    "move a step": _move_last_step_up,
    "add question": _add_question,
    "edit an answer": _edit_first_answer,
    "add tag": _add_tag,
}


def _same_but_updated(after: Incident, expected: Incident) -> None:
    assert dataclasses.replace(after, updated_at=None) == dataclasses.replace(
        expected, updated_at=None
    )


SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(incident=incidents(), name=st.sampled_from(TYPED_INTO))
def test_typing_into_one_field_changes_that_field_by_what_was_typed_and_nothing_else(
    window: MainWindow, journal: Journal, incident: Incident, name: str
) -> None:
    stored = journal.incidents.create(incident).incident
    window.open_incident(stored.id)
    key = SPECS[name].key
    before = functools.reduce(getattr, key.split("."), stored)  # "compensation.offer" too
    _type_at_end(window.worksheet.widgets[name], "ž")
    assert window.worksheet.save()
    expected = with_changes(stored, {key: before + "ž"})
    _same_but_updated(journal.incidents.get(stored.id or 0), expected)


@settings(SETTINGS, max_examples=80)
@given(incident=incidents(), edit=st.sampled_from(tuple(LIST_EDITS)))
def test_one_edit_of_a_list_changes_that_list_as_edited_and_nothing_else(
    window: MainWindow, journal: Journal, incident: Incident, edit: str
) -> None:
    stored = journal.incidents.create(incident).incident
    window.open_incident(stored.id)
    changes = LIST_EDITS[edit](window, stored)
    assert window.worksheet.touched == set(changes)  # the whole new list, and only it
    assert window.worksheet.save()
    _same_but_updated(journal.incidents.get(stored.id or 0), with_changes(stored, changes))


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
    _type_at_end(window.worksheet.widgets["impact"], "!")
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
    _type_at_end(window.worksheet.widgets["fix"], ".")
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
    editor = window.worksheet.widgets["actions"]
    assert isinstance(editor, ActionsEditor)
    editor.add.click()
    type_text(_steps(window)[-1].text, "Book a review")
    type_text(_steps(window)[-1].due, "2026-05-01")
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
    _type_at_end(window.worksheet.widgets["whys"], "\na new why")
    editor = window.worksheet.widgets["actions"]
    assert isinstance(editor, ActionsEditor)
    editor.add.click()
    type_text(_steps(window)[-1].text, "Book a review")
    _type_at_end(window.worksheet.widgets["what_happened"], "!")
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
    _type_at_end(window.worksheet.widgets["whys"], "\nž")
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).whys == ("From a Mac file\r", "Another", "ž")
