"""The Edit menu works on the field being written in, and offers only what that field can do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import type_text
from ui.edit_menu import enable, fill_edit_menu

KEPT: list[QWidget] = []  # the test's window, alive until the next test's


def entries(qtbot: QtBot) -> tuple[dict[str, QAction], QPlainTextEdit, QLineEdit]:
    window = QWidget()
    KEPT[:] = [window]
    qtbot.addWidget(window)
    text, line = QPlainTextEdit(), QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(text)
    layout.addWidget(line)
    menu = QMenu(window)
    actions = {action.objectName(): action for action in fill_edit_menu(menu, window)}
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return actions, text, line


def offered(actions: dict[str, QAction]) -> set[str]:
    enable(list(actions.values()))
    return {name for name, action in actions.items() if action.isEnabled()}


def test_each_entry_does_its_work_in_the_field_in_focus(qtbot: QtBot) -> None:
    actions, text, line = entries(qtbot)
    text.setFocus()
    type_text(text, "Jag skickade fel fil.")
    actions["selectAll"].trigger()
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == "Jag skickade fel fil."
    actions["cut"].trigger()
    assert text.toPlainText() == ""
    actions["undo"].trigger()
    assert text.toPlainText() == "Jag skickade fel fil."
    actions["redo"].trigger()
    assert text.toPlainText() == ""
    line.setFocus()
    actions["paste"].trigger()
    assert line.text() == "Jag skickade fel fil."


def test_only_what_the_field_can_do_is_offered(qtbot: QtBot) -> None:
    actions, text, line = entries(qtbot)
    QGuiApplication.clipboard().clear()
    line.setFocus()
    assert offered(actions) == {"selectAll"}
    type_text(line, "ผมลืมส่งไฟล์")
    assert offered(actions) == {"undo", "selectAll"}
    line.selectAll()
    assert offered(actions) == {"undo", "cut", "copy", "selectAll"}
    text.setPlainText("read only")
    text.setReadOnly(True)
    text.setFocus()
    text.selectAll()
    assert offered(actions) == {"copy", "selectAll"}
    line.clearFocus()
    text.clearFocus()
    assert offered(actions) == set()


def test_the_standard_keys_are_shown_beside_the_entries(qtbot: QtBot) -> None:
    actions, _, _ = entries(qtbot)
    assert actions["copy"].shortcut().toString() == "Ctrl+C"
    assert actions["undo"].shortcut().toString() == "Ctrl+Z"
