"""The window's menus: their entries and shortcuts, made once the journal list is painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ui import theme
from ui.edit_menu import fill_edit_menu
from ui.file_actions import FileActions
from ui.icons import action_icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def fill_menus(window: MainWindow) -> None:
    """The menus' entries, each with its shortcut (the window's own too, so that a shortcut
    works with the menus closed) and its icon."""
    files, edits, menu, views, steps, helps = window.menus
    window.files = FileActions(window, files)  # Open, New, Import, Export, Back up, Restore
    fill_edit_menu(edits, window)
    entries = (
        (
            files,
            QCoreApplication.translate("MainWindow", "&Backups…"),
            "Ctrl+Shift+B",
            "archive",
            window.show_backups,
        ),
        (
            files,
            QCoreApplication.translate("MainWindow", "&Trash…"),
            "Ctrl+Shift+T",
            "trash-2",
            window.safe.show_trash,
        ),
        (
            files,
            QCoreApplication.translate("MainWindow", "&Settings…"),
            "Ctrl+,",
            "settings",
            window.show_settings,
        ),
        (
            files,
            QCoreApplication.translate("MainWindow", "&Quit"),
            "Ctrl+Q",
            "log-out",
            window.close,
        ),
        (
            menu,
            QCoreApplication.translate("MainWindow", "&New incident"),
            "Ctrl+N",
            "file-plus",
            window.new_incident,
        ),
        (
            menu,
            QCoreApplication.translate("MainWindow", "&Open selected"),
            "Return",
            "square-pen",
            window.open_current,
        ),
        (
            menu,
            QCoreApplication.translate("MainWindow", "&Briefing for the call…"),
            "Ctrl+P",
            "file-text",
            window.save_briefing,
        ),
        (
            menu,
            QCoreApplication.translate("MainWindow", "Back to the &journal"),
            "Ctrl+W",
            "arrow-left",
            window.back_to_journal,
        ),
        (
            menu,
            QCoreApplication.translate("MainWindow", "&Find"),
            "Ctrl+F",
            "search",
            window.focus_search,
        ),
        (
            menu,
            QCoreApplication.translate("MainWindow", "&Delete incident…"),
            "Ctrl+Delete",
            "trash-2",
            window.delete_incident,
        ),
        # In a text field Ctrl+Z is the field's own undo; elsewhere it undoes a delete.
        (
            menu,
            QCoreApplication.translate("MainWindow", "&Undo delete"),
            "Ctrl+Z",
            "undo-2",
            window.undo_delete,
        ),
    )
    for owner, label, keys, icon, slot in entries:
        action = QAction(action_icon(icon), label, window, shortcut=QKeySequence(keys))
        action.triggered.connect(slot)
        owner.addAction(action)
        if keys == "Return":  # Enter opens from the list; elsewhere it is the field's own
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            window.browse.table.addAction(action)
        else:
            window.addAction(action)
    for entry in files.actions()[-3:]:  # Trash…, Settings… and Quit, each apart
        files.insertSeparator(entry)
    for number, (label, keys, icon) in enumerate(
        (
            (QCoreApplication.translate("MainWindow", "&Journal"), "Ctrl+1", "book-open"),
            (QCoreApplication.translate("MainWindow", "&Clients"), "Ctrl+2", "users"),
            (QCoreApplication.translate("MainWindow", "&Patterns"), "Ctrl+3", "chart-column"),
        )
    ):
        action = QAction(action_icon(icon), label, window, shortcut=QKeySequence(keys))
        action.triggered.connect(lambda _=False, number=number: window.show_view(number))
        views.addAction(action)
        window.addAction(action)
    appearance = views.addMenu(
        action_icon("sun-moon"), QCoreApplication.translate("MainWindow", "&Appearance")
    )
    group = QActionGroup(window)
    current = theme.chosen_appearance(window.journal.settings.get(theme.APPEARANCE_SETTING))
    for name in theme.APPEARANCES:
        label = theme.appearance_label(name, mnemonic=True)
        action = QAction(label, window, checkable=True, checked=name == current)
        action.setObjectName("appearance-" + name)  # not shown
        action.triggered.connect(lambda _=False, name=name: window.set_appearance(name))
        group.addAction(action)
        appearance.addAction(action)
    for label, keys, icon, by in (
        (QCoreApplication.translate("MainWindow", "&Next step"), "Ctrl+PgDown", "chevron-right", 1),
        (
            QCoreApplication.translate("MainWindow", "&Previous step"),
            "Ctrl+PgUp",
            "chevron-left",
            -1,
        ),
    ):
        action = QAction(action_icon(icon), label, window, shortcut=QKeySequence(keys))
        action.triggered.connect(lambda _=False, by=by: window.move_step(by))
        steps.addAction(action)
    fill_help(window, helps)


def fill_help(window: MainWindow, helps: QMenu) -> None:
    """The Help menu: the guide (F1, at the step the worksheet shows), the shortcuts, the
    sample incidents in a window of their own, and About."""
    from ui.about_dialog import show_about
    from ui.help_dialog import show_help, show_shortcuts
    from ui.welcome import look_around

    entries: tuple[tuple[str, QKeySequence, str, Callable[[], object]], ...] = (
        (
            QCoreApplication.translate("MainWindow", "&Guide to the method"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),  # F1; Ctrl+? on macOS
            "book-open-text",
            lambda: show_help(window, window.findChildren(QAction), window.help_step()),
        ),
        (
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            QKeySequence("Ctrl+/"),
            "keyboard",
            lambda: show_shortcuts(window, window.findChildren(QAction)),
        ),
        (
            QCoreApplication.translate("MainWindow", "&Look around with sample incidents"),
            QKeySequence(),
            "binoculars",
            look_around,
        ),
        (
            QCoreApplication.translate("MainWindow", "&About Amends"),
            QKeySequence(),
            "info",
            lambda: show_about(window, window.journal.path),
        ),
    )
    for label, keys, icon, slot in entries:
        action = QAction(action_icon(icon), label, window, shortcut=keys)
        action.triggered.connect(slot)
        helps.addAction(action)
        window.addAction(action)
    helps.insertSeparator(helps.actions()[2])
