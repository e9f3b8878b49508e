"""The worksheet's other controls as a user meets them: tags as chips, choices in words, the
Delivered tick, Back and Next, and the client's suggestions that never cover the title."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from journal.domain import Client, FixStatus, Incident
from journal.service import Journal
from tests.conftest import TODAY, full_incident
from tests.ui.conftest import press, type_text
from ui.fields import STEPS
from ui.main_window import MainWindow
from ui.tags_editor import TagsEditor
from ui.worksheet import Worksheet

MAKE_IT_RIGHT, THE_CALL = 3, 4


def _opened(window: MainWindow, journal: Journal, **changes: object) -> Incident:
    stored = journal.incidents.create(full_incident(**changes)).incident
    window.open_incident(stored.id)
    return stored


def _tags(sheet: Worksheet) -> TagsEditor:
    editor = sheet.widgets["tags"]
    assert isinstance(editor, TagsEditor)
    return editor


def _click_as_a_person(widget: QWidget) -> None:
    """A click where `widget` is on the screen, given to the window on top there, as the
    display would: a popup over the widget gets it, not the widget."""
    spot = widget.mapToGlobal(QPoint(10, widget.height() // 2))
    under = QApplication.widgetAt(spot)
    assert under is not None
    top = under.window()
    handle = top.windowHandle()
    assert handle is not None
    for press_or_release in (QTest.mousePress, QTest.mouseRelease):
        press_or_release(
            handle,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            top.mapFromGlobal(spot),
        )


def test_typed_tags_become_chips_once_whatever_their_case(
    window: MainWindow, journal: Journal
) -> None:
    _opened(window, journal, tags=("Launch",))
    stored = _opened(window, journal, tags=())
    tags = _tags(window.worksheet)
    tags.input.setFocus()
    type_text(tags.input, "web,")  # a comma ends a tag
    type_text(tags.input, "WEB\n")  # "Web" and "web" are one tag
    type_text(tags.input, "urgent\n")
    assert [chip.name for chip in tags.chips] == ["web", "urgent"] and tags.input.text() == ""
    press(tags.input, Qt.Key.Key_Backspace)  # in the empty field: the last chip goes
    tags.chips[0].findChild(QWidget, "remove_tag").click()  # type: ignore[union-attr]
    type_text(tags.input, "launch")  # a tag the journal has is suggested, in its spelling
    offered = tags.suggestions
    assert offered.isVisible() and offered.item(0).text() == "Launch"
    press(tags.input, Qt.Key.Key_Down)
    press(tags.input, Qt.Key.Key_Return)
    type_text(tags.input, "pending")  # kept even before Enter
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).tags == ("Launch", "pending")


def test_a_word_left_in_the_tag_field_becomes_a_chip_on_leaving(
    window: MainWindow, journal: Journal
) -> None:
    stored = _opened(window, journal, tags=("launch",))
    tags = _tags(window.worksheet)
    tags.input.setFocus()
    type_text(tags.input, "Webshop ")
    press(tags.input, Qt.Key.Key_Tab)
    assert [chip.name for chip in tags.chips] == ["launch", "Webshop"]
    assert QApplication.focusWidget() is window.worksheet.widgets["what_happened"]
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).tags == ("launch", "Webshop")


def test_choices_show_words_and_keep_the_stored_value(window: MainWindow, journal: Journal) -> None:
    stored = _opened(window, journal)
    sheet = window.worksheet
    fix = sheet.widgets["fix_status"]
    stayed = sheet.widgets["client_stayed"]
    assert isinstance(fix, QComboBox) and isinstance(stayed, QComboBox)
    assert fix.currentText() == "In progress" and fix.currentData() == "in_progress"
    assert [fix.itemText(i) for i in range(fix.count())] == ["Planned", "In progress", "Done"]
    assert stayed.currentText() == "Yes"
    assert [stayed.itemText(i) for i in range(stayed.count())] == ["Not known yet", "Yes", "No"]
    severity, status = sheet.widgets["severity"], sheet.widgets["status"]
    assert isinstance(severity, QComboBox) and isinstance(status, QComboBox)
    assert (severity.currentText(), status.currentText()) == ("Major", "Call held")
    fix.setCurrentIndex(fix.findText("Done"))
    stayed.setCurrentIndex(stayed.findText("Not known yet"))
    assert sheet.save()
    saved = journal.incidents.get(stored.id or 0)
    assert saved.fix_status is FixStatus.DONE and saved.fix_status == "done"
    assert saved.outcome.client_stayed is None


def _delivered(window: MainWindow, journal: Journal) -> tuple[Incident, QLineEdit, QCheckBox]:
    """An incident open at Make it right: it, its Delivered on field and the tick beside."""
    stored = _opened(window, journal)
    window.worksheet.show_step(MAKE_IT_RIGHT)
    field = window.worksheet.widgets["delivered_on"]
    tick = field.parentWidget().findChild(QCheckBox, "tick")  # beside the field
    assert isinstance(field, QLineEdit) and isinstance(tick, QCheckBox) and tick.isVisible()
    return stored, field, tick


def test_the_delivered_tick_keeps_today_and_the_patterns_count_it(
    window: MainWindow, journal: Journal
) -> None:
    stored, field, tick = _delivered(window, journal)
    sheet = window.worksheet
    assert tick.text() == "Delivered" and not tick.isChecked()
    before = journal.patterns.figures().compensation[0]
    tick.click()
    assert field.text() == TODAY.isoformat()
    assert sheet.save()
    assert journal.incidents.get(stored.id or 0).compensation.delivered_on == TODAY
    after = journal.patterns.figures().compensation[0]
    assert (before.delivered_incidents, after.delivered_incidents) == (0, 1)
    assert after.delivered == after.total == 150
    field.setText("2026-03-05")  # the day stays the user's to change
    assert tick.isChecked() and sheet.save()
    assert journal.incidents.get(stored.id or 0).compensation.delivered_on == dt.date(2026, 3, 5)
    tick.click()
    assert field.text() == "" and sheet.save()
    assert journal.incidents.get(stored.id or 0).compensation.delivered_on is None
    assert journal.patterns.figures().compensation[0].delivered_incidents == 0
    delivered = dataclasses.replace(stored.compensation, delivered_on=dt.date(2026, 3, 6))
    _opened(window, journal, compensation=delivered)
    assert field.text() == "2026-03-06" and tick.isChecked()  # as it was opened


def test_the_delivered_tick_says_nothing_was_delivered_while_no_day_can_be_read(
    window: MainWindow, journal: Journal
) -> None:
    stored, field, tick = _delivered(window, journal)
    sheet = window.worksheet
    field.setText("the week after the fair")  # kept as typed, but no day
    assert not tick.isChecked()
    tick.click()  # a tick never replaces what was typed, nor claims a day it cannot read
    assert field.text() == "the week after the fair" and not tick.isChecked()
    assert sheet.save()
    assert journal.incidents.get(stored.id or 0).compensation.delivered_on is None
    window.back_to_journal()
    window.open_incident(stored.id)  # as opened again: the words kept, and still no tick
    assert field.text() == "the week after the fair" and not tick.isChecked()
    field.setText("yesterday")
    assert tick.isChecked()


def test_back_and_next_walk_the_steps_and_the_last_one_previews_the_briefing(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    _opened(window, journal)
    sheet = window.worksheet
    buttons = sheet.buttons
    assert not buttons.back.isEnabled() and buttons.next.isVisible()
    assert not buttons.preview.isVisible() and not buttons.finish.isVisible()
    for step in range(1, THE_CALL + 1):
        buttons.next.click()
        assert sheet.steps.currentRow() == step and sheet.pages.currentIndex() == step
    assert QApplication.focusWidget() is sheet.widgets[STEPS[THE_CALL].fields[0].name]
    assert buttons.preview.isVisible() and buttons.next.isVisible()  # at the call: both
    with qtbot.waitSignal(sheet.briefing_requested):
        buttons.preview.click()
    buttons.back.click()
    assert sheet.steps.currentRow() == THE_CALL - 1 and not buttons.preview.isVisible()
    sheet.steps.setCurrentRow(len(STEPS) - 1)  # the step list still goes anywhere
    assert not buttons.next.isVisible() and buttons.finish.isVisible()
    assert buttons.finish.isDefault() and buttons.finish.text() == "Preview briefing"
    with qtbot.waitSignal(sheet.briefing_requested):
        buttons.finish.click()


def test_a_click_on_the_title_goes_to_the_title_while_clients_are_suggested(
    window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident())
    journal.incidents.create(full_incident(client=Client("Lina Lind")))
    window.new_incident()
    sheet = window.worksheet
    client, title = sheet.widgets["client"], sheet.widgets["title"]
    assert isinstance(client, QLineEdit) and isinstance(title, QLineEdit)
    client.setFocus()
    type_text(client, "lin")
    offered = sheet.client_suggestions
    assert offered is not None and offered.isVisible()
    assert [offered.item(row).text() for row in range(offered.count())] == [
        "Lina Lind",
        "Åsa Lindqvist",
    ]  # those starting with it first
    assert not offered.geometry().intersects(title.geometry())  # in the form, above the title
    _click_as_a_person(title)
    type_text(QApplication.focusWidget(), "Late")
    assert (client.text(), title.text()) == ("lin", "Late")
    assert not offered.isVisible()


def test_the_client_suggestions_answer_down_enter_and_escape(window: MainWindow) -> None:
    journal = window.journal
    journal.incidents.create(full_incident())
    window.new_incident()
    sheet = window.worksheet
    client = sheet.widgets["client"]
    assert isinstance(client, QLineEdit) and sheet.client_suggestions is not None
    client.setFocus()
    type_text(client, "ÅSA")
    press(client, Qt.Key.Key_Escape)
    assert not sheet.client_suggestions.isVisible() and client.text() == "ÅSA"
    type_text(client, " l")
    assert sheet.client_suggestions.isVisible()
    press(client, Qt.Key.Key_Down)
    press(client, Qt.Key.Key_Return)
    assert client.text() == "Åsa Lindqvist" and QApplication.focusWidget() is client
    assert sheet.save()
    saved = journal.incidents.get(sheet.incident_id() or 0)
    assert dataclasses.replace(saved.client, id=None) == dataclasses.replace(
        full_incident().client, id=None
    )
