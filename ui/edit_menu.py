"""The Edit menu: undo, redo, cut, copy, paste and select all, for the text field being written
in. The field takes their keys itself; the menu shows them and does the same when clicked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from journal.i18n import QT_TRANSLATE_NOOP
from ui.icons import action_icon

TextField = QLineEdit | QTextEdit | QPlainTextEdit
Keys = QKeySequence.StandardKey
ENTRIES = (  # the label, its standard keys on this system, the field's own method, its icon
    (QT_TRANSLATE_NOOP("EditMenu", "&Undo"), Keys.Undo, "undo", "undo-2"),
    (QT_TRANSLATE_NOOP("EditMenu", "&Redo"), Keys.Redo, "redo", "redo-2"),
    (QT_TRANSLATE_NOOP("EditMenu", "Cu&t"), Keys.Cut, "cut", "scissors"),
    (QT_TRANSLATE_NOOP("EditMenu", "&Copy"), Keys.Copy, "copy", "copy"),
    (QT_TRANSLATE_NOOP("EditMenu", "&Paste"), Keys.Paste, "paste", "clipboard-paste"),
    (QT_TRANSLATE_NOOP("EditMenu", "Select &all"), Keys.SelectAll, "selectAll", "text-select"),
)


def fill_edit_menu(menu: QMenu, owner: QWidget) -> list[QAction]:
    """The menu's entries (`owner`'s, as the window's other actions are), each enabled when
    the field in focus can do it."""
    actions = []
    for label, keys, method, icon in ENTRIES:
        action = QAction(action_icon(icon), QCoreApplication.translate("EditMenu", label), owner)
        action.setObjectName(method)
        action.setShortcut(QKeySequence(keys))  # this system's first binding
        # Shown only: the field in focus takes these keys itself, as every Qt field does.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _=False, method=method: do_in_field(method))
        menu.addAction(action)
        actions.append(action)
    menu.insertSeparator(actions[2])
    menu.insertSeparator(actions[5])
    menu.aboutToShow.connect(lambda: enable(actions))
    return actions


def field_in_focus() -> TextField | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, TextField) else None


def do_in_field(method: str) -> None:
    field = field_in_focus()
    if field is not None and can(field, method):
        do: Callable[[], None] = getattr(field, method)
        do()


def enable(actions: list[QAction]) -> None:
    field = field_in_focus()
    for action in actions:
        action.setEnabled(field is not None and can(field, action.objectName()))


def can(field: QWidget, method: str) -> bool:
    """Whether the field can do it now: undo only what it has, cut only a selection of a
    field that can be written in, paste only text."""
    if isinstance(field, QLineEdit):
        read_only = field.isReadOnly()
        undo, redo = field.isUndoAvailable(), field.isRedoAvailable()
        selected = field.hasSelectedText()
    elif isinstance(field, QTextEdit | QPlainTextEdit):
        read_only = field.isReadOnly()
        document = field.document()
        undo, redo = document.isUndoAvailable(), document.isRedoAvailable()
        selected = field.textCursor().hasSelection()
    else:
        return False
    pasted = bool(QGuiApplication.clipboard().text())
    return {
        "undo": undo and not read_only,
        "redo": redo and not read_only,
        "cut": selected and not read_only,
        "copy": selected,
        "paste": pasted and not read_only,
        "selectAll": True,
    }[method]
