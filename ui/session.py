"""The window on the open journal; opening or making another replaces both, the old one closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from journal import i18n
from journal.service import Journal
from ui import window_memory
from ui.main_window import MainWindow
from ui.notice import add_notice

if TYPE_CHECKING:
    from PySide6.QtGui import QSessionManager


class Session(QObject):
    """Which window is Amends's now: what the application asks (save before quitting, stop)
    goes to it, and File → Open journal… or New journal… puts a window on that journal in
    its place."""

    shown = Signal(object)  # MainWindow: each window shown, for the application to serve

    def __init__(self, journal: Journal, sample: bool = False) -> None:
        super().__init__()
        self.wakeup: object = None  # what lets a signal wake the event loop, kept alive here
        self.sample = journal.path if sample else None  # the throwaway journal of samples
        self.window = self._window_on(journal)

    def _window_on(self, journal: Journal) -> MainWindow:
        window = MainWindow(journal)
        if journal.path == self.sample:  # it looks like any journal: say that none of it stays
            window.setWindowTitle(
                QCoreApplication.translate("Session", "Amends — sample incidents, not kept")
            )
            said = QCoreApplication.translate(
                "Session",
                "These are sample incidents: nothing you write here is kept. To start your "
                "own journal, choose File → New journal… or start Amends again.",
            )
            add_notice(window, said)
        window.journal_opened.connect(self.switch_to)
        window.language_chosen.connect(self.speak)
        return window

    @property
    def journal(self) -> Journal:
        return self.window.journal

    def show(self) -> None:
        self.window.show()
        self.shown.emit(self.window)

    def switch_to(self, journal: Journal, said: str = "") -> bool:
        """Show `journal`, opened and checked already, in a new window in place of this one,
        and close the old window and its journal. The old window saved what was typed before
        the switch was asked for; if it will not close even so, the new journal is closed and
        nothing changes (False)."""
        old = self.window
        new = self._window_on(journal)
        if not new.layout_restored:  # a journal never opened here: where the old one was
            new.setGeometry(old.geometry())
            if old.isMaximized():
                new.setWindowState(new.windowState() | Qt.WindowState.WindowMaximized)
        new.show()  # before the old window closes, or Amends would quit with its last window
        if not old.close():
            new.close()
            new.deleteLater()
            journal.close()
            return False
        old.journal.close()
        old.deleteLater()
        self.window = new
        self.shown.emit(new)
        if said:
            new.show_status(said, False)
        return True

    def speak(self, language: str, said: str = "") -> bool:
        """The window made again in `language` on the same journal, showing what was shown
        (the view, the search and filters, the incident open in the worksheet and its step):
        never half translated.
        What was typed is saved first; if it cannot be, nothing changes (False)."""
        from ui.translation import install

        old = self.window
        sheet = old.worksheet if old.in_worksheet() else None
        if sheet is not None and not sheet.save():
            return False  # the status bar says why
        before = i18n.current_language()
        # The new window opens with the dividers as they are now.
        window_memory.keep(old, old.journal, old.layout_parts())
        install(language)
        new = self._window_on(old.journal)
        new.browse.search.setText(old.browse.search.text())  # the filters are in the journal
        new.browse.select_incident(old.browse.current_id())
        new.setGeometry(old.geometry())
        new.showMaximized() if old.isMaximized() else new.show()
        if not old.close():
            new.close()
            new.deleteLater()
            install(before)
            return False
        old.deleteLater()
        self.window = new
        self.shown.emit(new)
        new.show_view(old.tabs.currentIndex())
        if sheet is not None and sheet.incident is not None and sheet.incident.id:
            new.open_incident(sheet.incident.id)
            new.worksheet.show_step(sheet.steps.currentRow())
        if said:
            new.show_status(said, True)
        return True

    # What the application asks of whichever window is open -------------------------------

    def keep_unsaved(self) -> None:
        self.window.keep_unsaved()

    def commit_data(self, manager: QSessionManager) -> None:
        self.window.commit_data(manager)

    def stop(self) -> None:
        self.window.stop()

    def close(self) -> None:
        """The window closed (if it was open) and its journal with it."""
        self.window.close()
        self.journal.close()
