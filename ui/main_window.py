"""The main window: the journal list with search, the selected incident, and the worksheet."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QTabWidget, QWidget

from journal.domain import Changes
from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.listing import IncidentFilter
from journal.service import Journal
from ui import theme, window_memory
from ui.journal_view import JournalView
from ui.named import named
from ui.operations import Operations
from ui.reader import Reader
from ui.safekeeping import Safekeeping
from ui.tabs import ClientsTab, PatternsTab
from ui.theme import colors

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QSessionManager

    from ui.clients_view import ClientsView
    from ui.file_actions import FileActions
    from ui.patterns_view import PatternsView
    from ui.worksheet import Worksheet

LAST_OPEN = "last_open_incident"
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Incident"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Worksheet"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)


class MainWindow(QMainWindow):
    journal_opened = Signal(object, str)  # another journal, opened and checked; what to say
    language_chosen = Signal(str, str)  # to be spoken (or the coach's read anew); what to say
    files: FileActions  # the File menu's own entries, once the menus are made

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.setWindowTitle(self.tr("Amends — {name}").format(name=journal.path.name))
        room = self.screen().availableGeometry()  # a small screen gets a window that fits it
        self.resize(min(1200, room.width()), min(760, room.height()))
        self.reader = Reader(journal, self)
        self.reader.error.connect(lambda message: self.show_status(message, True))
        self.operations = Operations(self)  # every write from the window, and what it changed
        self.safe = Safekeeping(journal, self, self.operations)
        self.safe.status.connect(self.show_status)
        self.safe.replaced.connect(self.after_restore)
        self.browse = JournalView(journal, self.reader)
        self.browse.open_requested.connect(self.open_incident)
        self.browse.new_requested.connect(self.new_incident)
        self.browse.status.connect(self.show_status)
        self.tabs = named(QTabWidget(), "views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.browse, self.tr("&Journal"))
        self.clients_tab = ClientsTab(self.tabs, 1, self.reader, self.show_status, self._wire)
        self.patterns_tab = PatternsTab(self.tabs, 2, self.reader, self.show_status, self._wire)
        self.tabs.currentChanged.connect(self.on_view)
        for view in (self.browse, self.clients_tab, self.patterns_tab):
            self.operations.changed.connect(view.on_changes)
        self.remembered: int | None = 0  # unknown: the journal may hold one from a crash
        self.kept_after_bug: tuple[str, Path | None] = ("", None)  # the text, and where
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.currentChanged.connect(lambda _: self.on_view(self.tabs.currentIndex()))
        self._worksheet: Worksheet | None = None
        self.setCentralWidget(self.stack)
        # The menus' titles now; their entries and shortcuts once the list has been painted
        # (the first QAction costs the start several milliseconds of Qt's own set-up).
        self.menus = [
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
            for title in MENUS
        ]
        self.browse.list_shown.connect(self._actions)
        self.browse.list_shown.connect(self.safe.start)
        self.layout_restored = window_memory.restore_window(self, journal, self.layout_parts())

    @property
    def worksheet(self) -> Worksheet:
        """Built when first needed: the journal list shows without waiting for it."""
        if self._worksheet is None:
            from ui.worksheet import Worksheet

            self._worksheet = Worksheet(self.journal, operations=self.operations)
            self._worksheet.saved.connect(self.on_saved)
            self._worksheet.status.connect(self.show_status)
            self._worksheet.show_history.connect(self.show_history)
            self._worksheet.briefing_requested.connect(self.save_briefing)
            self.stack.addWidget(self._worksheet)
        return self._worksheet

    def move_step(self, by: int) -> None:
        if self.in_worksheet():
            self.worksheet.move_step(by)

    def help_step(self) -> int | None:
        """The worksheet's step shown now, for F1 to open the guide at; None elsewhere."""
        return self.worksheet.steps.currentRow() if self.in_worksheet() else None

    def layout_parts(self) -> window_memory.Parts:
        """The divider and the tables whose layout is kept for the next start."""
        clients = self._clients
        tables = [self.browse.table] + ([clients.table] if clients is not None else [])
        return window_memory.Parts([self.browse.split], tables)

    def in_worksheet(self) -> bool:
        return self._worksheet is not None and self.stack.currentWidget() is self._worksheet

    def _actions(self) -> None:
        from ui.menus import fill_menus

        fill_menus(self)

    # Views -------------------------------------------------------------------------------

    def reload(self) -> None:
        """The journal changed outside the window (another program): every view reads it
        again, the one shown now, the others when next shown."""
        self.operations.announce(Changes(everything=True))

    @property
    def _clients(self) -> ClientsView | None:
        return self.clients_tab.view

    @property
    def _patterns(self) -> PatternsView | None:
        return self.patterns_tab.view

    def _wire(self, view: QWidget) -> None:
        """A clients or patterns view, just built: what it asks for, the window does."""
        view.show_incidents.connect(self.show_filtered)  # type: ignore[attr-defined]
        if hasattr(view, "table"):
            window_memory.restore_columns(view.table, window_memory.remembered(self.journal))
        if hasattr(view, "open_incident"):
            view.open_incident.connect(self.open_incident)
        if hasattr(view, "edit_client"):
            from ui.client_dialog import edit_client  # with the Clients view, not at start

            view.edit_client.connect(lambda client_id: edit_client(self, client_id))

    def show_view(self, number: int) -> None:
        self.back_to_journal()
        self.tabs.setCurrentIndex(number)

    def on_view(self, number: int) -> None:
        """A tab came to the front: built when first shown, read if a change concerns it
        (the journal's own tab reads again as it is shown)."""
        if self.in_worksheet():
            return
        for tab in (self.clients_tab, self.patterns_tab):
            if tab.index == number:
                tab.shown()

    def show_filtered(self, selection: IncidentFilter, label: str) -> None:
        """A client or a chart's bar was chosen: the journal, filtered to those incidents."""
        self.tabs.setCurrentIndex(0)
        self.browse.show_filter(selection, label)
        self.browse.table.setFocus()

    def show_history(self, selection: IncidentFilter, label: str) -> None:
        """From the worksheet's banner: the earlier incidents, once this one is saved."""
        self.back_to_journal()
        if not self.in_worksheet():
            self.show_filtered(selection, label)

    def focus_search(self) -> None:
        self.show_view(0)
        self.browse.focus_search()

    # Worksheet ---------------------------------------------------------------------------

    def new_incident(self) -> None:
        self.open_incident(None)

    def open_current(self) -> None:
        if not self.in_worksheet() and self.browse.current_id() is not None:
            self.open_incident(self.browse.current_id())

    def open_incident(self, incident_id: int | None) -> None:
        if not self.leave_worksheet():
            return
        try:
            with self.journal.snapshot():  # its parts as they were at one moment
                incident = self.journal.incidents.get(incident_id) if incident_id else None
            self.worksheet.load(incident)
        except JournalError as error:  # a damaged page, say: the journal view stays
            self.show_status(error.in_window(), True)
            return
        if incident_id:
            self.remember_open(incident_id)
        self.stack.setCurrentWidget(self.worksheet)
        self.worksheet.show_step(0)

    def leave_worksheet(self, leaving: str = "") -> bool:
        """Save what is in the worksheet before it shows something else. If it cannot be
        saved, the user is told why and offered the text; False: they stay. `leaving` is the
        button that leaves without saving ("&Leave without saving" if not given)."""
        if not self.in_worksheet() or self.worksheet.save():
            return True
        from ui.unsaved import UnsavedDialog

        leaving = leaving or self.tr("&Leave without saving")
        dialog = UnsavedDialog(self.worksheet.failure, self.worksheet.as_text(), leaving, self)
        answer = dialog.exec()
        dialog.deleteLater()  # each close that fails to save would leave one more behind
        if answer != UnsavedDialog.DialogCode.Accepted:
            return False
        self.worksheet.discard()  # the user chose to, offered a copy first
        return True

    def keep_unsaved(self) -> None:
        """Nobody can be asked (logging out, a signal to stop): save, or write the text to a
        file beside the journal and say where."""
        if not self.in_worksheet() or self.worksheet.save():
            return
        text = self.worksheet.as_text()
        if text == self.worksheet.rescued:  # kept once is enough, whatever stops Amends next
            return
        import sys

        from ui.unsaved import rescue

        kept = rescue(text, self.journal.path)
        self.worksheet.rescued = text
        reason = self.worksheet.failure.rstrip(".")
        if kept:
            said = self.tr("amends: what you wrote was not saved ({reason}); it is kept in {path}.")
        else:
            said = self.tr(
                "amends: what you wrote was not saved ({reason}); no file could be written either."
            )
        print(said.format(reason=reason, path=kept), file=sys.stderr)

    def keep_after_bug(self) -> tuple[bool, Path | None]:
        """Amends hit a bug: save what is being written, or else keep it in a file beside
        the journal as well as in the window. Whether it is saved, and in which file if not."""
        if not self.in_worksheet():
            return True, None  # everything written is in the journal already
        try:
            if self.worksheet.save():
                return True, None
        except Exception:  # the bug may be in saving itself: the file is the way out then
            pass
        from ui.unsaved import rescue

        try:
            text = self.worksheet.as_text()
            if self.kept_after_bug[0] != text:  # a bug that comes back keeps no more copies
                self.kept_after_bug = (text, rescue(text, self.journal.path))
        except Exception:
            return False, None  # the text is still in the window
        kept = self.kept_after_bug[1]
        if kept is not None:  # so that quitting keeps no second copy of it
            self.worksheet.rescued = text
        return False, kept

    def commit_data(self, manager: QSessionManager) -> None:
        """The session is ending (logging out): save; if that fails, ask when allowed to."""
        if self.in_worksheet() and not self.worksheet.save():
            if manager.allowsInteraction():
                if not self.leave_worksheet(self.tr("&Log out without saving")):
                    manager.cancel()
                manager.release()
            else:
                self.keep_unsaved()

    def back_to_journal(self) -> None:
        if not self.in_worksheet():
            return
        if self.leave_worksheet():
            left = self.worksheet.incident_id()  # saved now, if it was new
            self.remember_open(None)
            self.stack.setCurrentIndex(0)  # the view shown reads what changed meanwhile
            if left is not None and self.tabs.currentWidget() is self.browse:
                self.browse.show_left(left)

    def delete_incident(self) -> None:
        """Move the open or selected incident to the Trash, after asking; what was typed in it
        is saved first, so that it comes back whole."""
        if not self.in_worksheet():
            incident_id, beside = self.browse.current_id(), self.browse.beside_current()
            if incident_id and self.safe.delete(incident_id):
                self.browse.select_incident(beside)  # the next row, not the first, is chosen
            return
        self.worksheet.save()
        incident_id = self.worksheet.incident_id()
        if incident_id and self.safe.delete(incident_id):
            self.worksheet.load(None)
            self.stack.setCurrentIndex(0)
            self.remember_open(None)

    def undo_delete(self) -> None:
        if not self.in_worksheet():
            self.safe.undo_delete()

    def show_backups(self) -> None:
        if self.leave_worksheet():
            self.safe.show_backups()

    def after_restore(self) -> None:
        """The journal was replaced by a backup (its views were told): what was open in the
        worksheet may not be in it any more."""
        if self.in_worksheet():
            self.worksheet.load(None)
            self.stack.setCurrentIndex(0)
        self.remember_open(None)

    def remember_open(self, incident_id: int | None) -> None:
        """What is open in the worksheet, so a relaunch after a crash brings it back."""
        if incident_id == self.remembered:
            return
        self.remembered = incident_id
        with suppress(JournalError):  # a read-only journal: nothing to recover into anyway
            self.journal.settings.set(LAST_OPEN, None if incident_id is None else str(incident_id))

    def on_saved(self, changes: Changes) -> None:
        """An autosave (the views were told, and catch up when shown again): what is open
        is remembered, to bring it back after a crash."""
        if changes.incidents and self.worksheet.incident and self.worksheet.incident.id:
            self.remember_open(self.worksheet.incident.id)

    def set_appearance(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, name)
        for action in self.findChildren(QAction, "appearance-" + name):  # ticked in View too
            action.setChecked(True)
        try:
            self.journal.settings.set(theme.APPEARANCE_SETTING, name)
        except JournalError as error:  # a read-only journal: shown now, not kept
            said = self.tr("The appearance applies until Amends closes: {reason}")
            self.show_status(said.format(reason=error.in_window()), True)
        if self._worksheet is not None:
            self._worksheet.restyle()
        self.patterns_tab.restyle()  # charts and bars are drawn in the palette's colours

    def show_settings(self) -> None:
        from ui.settings_dialog import ask

        chosen = ask(self.journal, self, self.show_status, self.set_appearance)
        if chosen is not None:
            self.language_chosen.emit(*chosen)

    def show_status(self, message: str, is_error: bool) -> None:
        self.statusBar().setStyleSheet(f"color: {colors().error};" if is_error else "")
        self.statusBar().showMessage(message)

    def save_briefing(self) -> None:
        """Ctrl+P: preview the one-page briefing, then save or print it."""
        if self.in_worksheet() and not self.worksheet.save():
            return  # the status bar says why it was not saved
        incident = self.worksheet.incident if self.in_worksheet() else None
        incident_id = self.browse.current_id() if incident is None else incident.id
        if not incident_id:
            self.show_status(self.tr("Choose or save an incident first."), True)
            return
        from ui.briefing_view import BriefingPreview  # QtPdf loads only when asked for

        try:
            self.preview = BriefingPreview(self.journal, incident_id, self)
        except JournalError as error:
            self.show_status(error.in_window(), True)
            return
        self.preview.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_worksheet(self.tr("&Quit without saving")):
            event.ignore()
            return
        self.remember_open(None)
        self.stop()
        event.accept()

    def stop(self) -> None:
        """The window is going: its layout kept for the next start; no more saving later, no
        more reading."""
        if not self.browse.closed:  # once: a second close comes after the journal's
            window_memory.keep(self, self.journal, self.layout_parts())
        if self._worksheet is not None:  # a failed save retries later; not after closing
            self._worksheet.stop_saving()
            self._worksheet.closed = True
        self.browse.closed = True
        self.reader.stop()
        self.safe.stop()
