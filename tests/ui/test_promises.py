"""Prevention steps and likely questions as rows: a step ticked is kept as done that day, and
the Patterns view counts it; edited words keep their days; rows move, go and come."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.domain import Action, Incident, Question
from journal.service import Journal
from tests.conftest import TODAY, full_incident
from tests.ui.conftest import press, type_text
from ui.actions_editor import ActionRow, ActionsEditor
from ui.main_window import MainWindow
from ui.questions_editor import QuestionRow, QuestionsEditor
from ui.theme import colors
from ui.worksheet import Worksheet

ALT = Qt.KeyboardModifier.AltModifier
FIX_STEP, CALL_STEP = 2, 4
CHECKLIST = Action("Write a launch checklist", dt.date(2026, 3, 9), dt.date(2026, 3, 8))
LATE = Action("Book payment tests a week before launch", dt.date(2026, 3, 20))
REVIEW = Action("Review the schedule with the client", dt.date(2099, 1, 1))


def _opened(window: MainWindow, journal: Journal, step: int, **changes: object) -> Incident:
    stored = journal.incidents.create(full_incident(**changes)).incident
    window.open_incident(stored.id)
    window.worksheet.show_step(step)
    return stored


def _steps(sheet: Worksheet) -> list[ActionRow]:
    editor = sheet.widgets["actions"]
    assert isinstance(editor, ActionsEditor)
    return [row for row in editor.rows if isinstance(row, ActionRow)]


def _questions(sheet: Worksheet) -> list[QuestionRow]:
    editor = sheet.widgets["questions"]
    assert isinstance(editor, QuestionsEditor)
    return [row for row in editor.rows if isinstance(row, QuestionRow)]


def _saved(journal: Journal, stored: Incident) -> Incident:
    return journal.incidents.get(stored.id or 0)


def test_ticking_a_step_keeps_the_day_and_the_patterns_count_it(
    window: MainWindow, journal: Journal
) -> None:
    stored = _opened(window, journal, FIX_STEP)
    before = journal.patterns.figures().actions
    late = _steps(window.worksheet)[1]
    assert late.overdue.isVisible() and late.overdue.text() == "overdue"
    assert colors().overdue in late.overdue.styleSheet()  # the word, and its colour
    late.tick.click()
    assert late.done_on.isVisible() and late.done_on.text() == TODAY.isoformat()
    assert not late.overdue.isVisible()
    assert window.worksheet.save()
    assert _saved(journal, stored).actions == (CHECKLIST, dataclasses.replace(LATE, done_on=TODAY))
    after = journal.patterns.figures().actions
    assert (after.overdue, after.done_late) == (before.overdue - 1, before.done_late + 1)


def test_unticking_a_step_clears_its_day_and_it_is_overdue_again(
    window: MainWindow, journal: Journal
) -> None:
    stored = _opened(window, journal, FIX_STEP, actions=(dataclasses.replace(LATE, done_on=TODAY),))
    (step,) = _steps(window.worksheet)
    assert step.tick.isChecked() and not step.overdue.isVisible()
    step.tick.click()
    assert step.done_on.text() == "" and not step.done_on.isVisible()
    assert step.overdue.isVisible()
    assert window.worksheet.save()
    assert _saved(journal, stored).actions == (LATE,)
    assert journal.patterns.figures().actions.overdue == 1


def test_the_done_day_can_be_changed_after_ticking(window: MainWindow, journal: Journal) -> None:
    stored = _opened(window, journal, FIX_STEP, actions=(LATE,))
    (step,) = _steps(window.worksheet)
    step.tick.setFocus()
    press(step.tick, Qt.Key.Key_Space)  # ticked from the keyboard
    step.done_on.setFocus()
    step.done_on.selectAll()
    type_text(step.done_on, "2026-03-19")
    assert window.worksheet.save()
    assert _saved(journal, stored).actions == (
        dataclasses.replace(LATE, done_on=dt.date(2026, 3, 19)),
    )
    assert journal.patterns.figures().actions.done_on_time == 1


def test_editing_a_steps_words_keeps_its_days(window: MainWindow, journal: Journal) -> None:
    stored = _opened(window, journal, FIX_STEP)
    first = _steps(window.worksheet)[0]
    first.text.setFocus()
    first.text.end(False)
    type_text(first.text, ", and use it")
    assert window.worksheet.save()
    assert _saved(journal, stored).actions == (
        dataclasses.replace(CHECKLIST, text=CHECKLIST.text + ", and use it"),
        LATE,
    )


def test_steps_are_reordered_with_alt_arrows_and_the_buttons(
    window: MainWindow, journal: Journal
) -> None:
    stored = _opened(window, journal, FIX_STEP, actions=(CHECKLIST, LATE, REVIEW))
    sheet = window.worksheet
    third = _steps(sheet)[2]
    third.text.setFocus()
    press(third.text, Qt.Key.Key_Up, ALT)
    assert QApplication.focusWidget() is third.text  # the cursor moves with its step
    assert [row.action for row in _steps(sheet)] == [CHECKLIST, REVIEW, LATE]
    assert not _steps(sheet)[0].up.isEnabled() and not _steps(sheet)[2].down.isEnabled()
    _steps(sheet)[0].down.click()
    assert sheet.save()
    assert _saved(journal, stored).actions == (REVIEW, CHECKLIST, LATE)
    order = []  # Tab goes through the steps as they are shown now
    _steps(sheet)[0].text.setFocus()
    for _ in range(3):
        order.append(QApplication.focusWidget())
        for _ in range(4):  # its due day, the tick, its remove button (the done day when done)
            press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget().objectName() == "remove":
            press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [row.text for row in _steps(sheet)]


def test_a_step_is_added_with_enter_and_removed(window: MainWindow, journal: Journal) -> None:
    stored = _opened(window, journal, FIX_STEP, actions=(CHECKLIST, LATE))
    sheet = window.worksheet
    editor = sheet.widgets["actions"]
    assert isinstance(editor, ActionsEditor)
    editor.add.click()
    type_text(QApplication.focusWidget(), "Test payments a week ahead\n")  # Enter: the next
    type_text(QApplication.focusWidget(), "Tell the client the new date")
    _steps(sheet)[0].remove.click()
    assert sheet.save()
    assert _saved(journal, stored).actions == (
        LATE,
        Action("Test payments a week ahead"),
        Action("Tell the client the new date"),
    )


def test_a_due_day_that_cannot_be_read_is_kept_and_said(
    window: MainWindow, journal: Journal
) -> None:
    stored = _opened(window, journal, FIX_STEP)
    sheet = window.worksheet
    late = _steps(sheet)[1]
    late.due.setFocus()
    late.due.selectAll()
    type_text(late.due, "next fridy")
    late.text.setFocus()  # leaving the field says it
    assert late.note.isVisible() and "next fridy" in late.note.text()
    assert "2026-03-20" in late.note.text()  # what the journal keeps until then
    assert sheet.save()
    assert "“Prevention steps” could not be read" in window.statusBar().currentMessage()
    saved = _saved(journal, stored)
    assert saved.actions == stored.actions
    assert saved.unreadable_text("actions") == "step 2, due “next fridy”"
    assert "next fridy" in sheet.as_text()
    window.back_to_journal()
    window.open_incident(stored.id)
    sheet.show_step(FIX_STEP)
    late = _steps(sheet)[1]
    assert late.due.text() == "next fridy" and late.note.isVisible()
    late.due.setFocus()
    late.due.selectAll()
    type_text(late.due, "2026-12-04")
    assert not late.note.isVisible()
    assert sheet.save()
    fixed = _saved(journal, stored)
    assert fixed.actions[1].due_on == dt.date(2026, 12, 4) and fixed.unreadable == ()


def test_a_note_under_a_step_is_scrolled_into_sight_in_a_short_window(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from PySide6.QtWidgets import QScrollArea

    many = tuple(Action(f"Check the export settings, part {n}") for n in range(1, 9))
    _opened(window, journal, FIX_STEP, actions=many)
    window.resize(1024, 560)
    window.show()
    qtbot.waitExposed(window)
    sheet = window.worksheet
    late = _steps(sheet)[-1]
    late.due.setFocus()
    late.due.selectAll()
    type_text(late.due, "32/13/2026")
    late.text.setFocus()  # leaving the field says it
    page = next(area for area in sheet.findChildren(QScrollArea) if area.isAncestorOf(late.note))

    def seen() -> bool:
        top = late.note.mapTo(page.viewport(), late.note.rect().topLeft()).y()
        return top >= 0 and top + late.note.height() <= page.viewport().height()

    qtbot.waitUntil(lambda: late.note.isVisible() and seen())


def test_question_pairs_are_added_reordered_and_removed(
    window: MainWindow, journal: Journal
) -> None:
    asked = Question("Will this happen again?", "No: payments are tested a week ahead.")
    stored = _opened(window, journal, CALL_STEP, questions=(asked,))
    sheet = window.worksheet
    editor = sheet.widgets["questions"]
    assert isinstance(editor, QuestionsEditor)
    editor.add.click()
    type_text(QApplication.focusWidget(), "Who pays for the ads?\n")  # Enter: to the answer
    type_text(QApplication.focusWidget(), "I do: the refund is on its way.\nToday.")
    new = _questions(sheet)[1]
    assert QApplication.focusWidget() is new.answer
    press(new.answer, Qt.Key.Key_Up, ALT)
    assert sheet.save()
    paid = Question("Who pays for the ads?", "I do: the refund is on its way.\nToday.")
    assert _saved(journal, stored).questions == (paid, asked)
    _questions(sheet)[1].answer.setFocus()
    _questions(sheet)[1].answer.moveCursor(
        _questions(sheet)[1].answer.textCursor().MoveOperation.End
    )
    type_text(_questions(sheet)[1].answer, " Every launch.")
    assert sheet.save()
    again = dataclasses.replace(asked, answer=asked.answer + " Every launch.")
    assert _saved(journal, stored).questions == (paid, again)
    _questions(sheet)[0].remove.click()
    assert sheet.save()
    assert _saved(journal, stored).questions == (again,)


def test_what_could_not_be_saved_includes_the_steps_questions_and_tags(
    window: MainWindow, journal: Journal
) -> None:
    _opened(window, journal, FIX_STEP)
    text = window.worksheet.as_text()
    assert "Prevention steps\n- Write a launch checklist (due 2026-03-09, done 2026-03-08)" in text
    assert "- Book payment tests a week before launch (due 2026-03-20)" in text
    assert "Likely questions\nQ: Will this happen again?\nA: No: payments" in text
    assert "Tags\nlaunch, webshop" in text
