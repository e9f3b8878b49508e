"""The main window: the journal list with search, the selected incident, and the worksheet."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Changes
from journal.errors import JournalError
from journal.service import Journal
from ui.fonts import user_font
from ui.journal_model import JournalModel

if TYPE_CHECKING:
    from ui.worksheet import Worksheet

EMPTY = (
    "Nothing here yet — when something goes wrong with a client, start here.\n\n"
    "Press Ctrl+N for a new incident, or start Amends with --demo to see what it is for."
)
LAST_OPEN = "last_open_incident"


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.setWindowTitle(f"Amends — {journal.path.name}")
        self.resize(1200, 760)
        self.model = JournalModel(journal)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._journal_page())
        self._worksheet: Worksheet | None = None
        self.setCentralWidget(self.stack)
        self._actions()
        self.reload()

    def _journal_page(self) -> QWidget:
        self.search = QLineEdit(placeholderText="Search every word of every incident (Ctrl+F)")
        self.search.setFont(user_font(11))
        self.search.textChanged.connect(self.on_search)
        new = QPushButton("New incident")
        new.setObjectName("new")
        new.clicked.connect(self.new_incident)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        self.table = QTableView(objectName="journal")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 320)
        self.table.setFont(user_font(10.5))
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.open_index)
        self.table.activated.connect(self.open_index)
        self.table.selectionModel().currentRowChanged.connect(self.on_current)
        self.page = QPlainTextEdit(readOnly=True, objectName="page")
        self.page.setFont(user_font(11))
        self.empty = QLabel(EMPTY, wordWrap=True, objectName="empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty)
        split.addWidget(left)
        split.addWidget(self.page)
        split.setSizes([700, 500])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return page

    @property
    def worksheet(self) -> Worksheet:
        """Built when first needed: the journal list shows without waiting for it."""
        if self._worksheet is None:
            from ui.worksheet import Worksheet

            self._worksheet = Worksheet(self.journal)
            self._worksheet.saved.connect(self.on_saved)
            self._worksheet.status.connect(self.show_status)
            self.stack.addWidget(self._worksheet)
        return self._worksheet

    def in_worksheet(self) -> bool:
        return self._worksheet is not None and self.stack.currentWidget() is self._worksheet

    def _actions(self) -> None:
        menu = self.menuBar().addMenu("&Incident")
        entries = (
            ("&New incident", "Ctrl+N", self.new_incident),
            ("&Open selected", "Return", self.open_current),
            ("&Briefing for the call…", "Ctrl+P", self.save_briefing),
            ("Back to the &journal", "Ctrl+W", self.back_to_journal),
            ("&Find", "Ctrl+F", self.focus_search),
            ("&Delete incident…", "Ctrl+Delete", self.delete_incident),
            ("&Quit", "Ctrl+Q", self.close),
        )
        for label, keys, slot in entries:
            action = QAction(label, self, shortcut=QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)
        steps = self.menuBar().addMenu("&Worksheet")
        for label, keys, by in (
            ("&Next step", "Ctrl+PgDown", 1),
            ("&Previous step", "Ctrl+PgUp", -1),
        ):
            action = QAction(label, self, shortcut=QKeySequence(keys))
            action.triggered.connect(lambda _=False, by=by: self.worksheet.move(by))
            steps.addAction(action)

    # Journal page ------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.reload()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows or bool(self.search.text()))
        self.empty.setVisible(not has_rows and not self.search.text())
        if has_rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def on_search(self, text: str) -> None:
        self.model.search = text
        self.reload()

    def on_current(self, current: QModelIndex, _: QModelIndex) -> None:
        # The page beside the list fills in right after the list is painted, not before.
        position = current.row()
        QTimer.singleShot(0, lambda: self.show_page(position))

    def show_page(self, position: int) -> None:
        if not self.isVisible():  # closed meanwhile; its journal may be closed too
            return
        row = self.model.row_at(position)
        if row is None or position != self.table.currentIndex().row():
            if row is None:
                self.page.clear()
            return
        from journal.cli_output import incident_text

        self.page.setPlainText(incident_text(self.journal.get(row.id)))

    def focus_search(self) -> None:
        self.back_to_journal()
        self.search.setFocus()
        self.search.selectAll()

    # Worksheet ---------------------------------------------------------------------------

    def new_incident(self) -> None:
        self.open_incident(None)

    def open_current(self) -> None:
        if not self.in_worksheet():
            self.open_index(self.table.currentIndex())

    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_incident(row.id)

    def open_incident(self, incident_id: int | None) -> None:
        if not self.leave_worksheet():
            return
        self.worksheet.load(self.journal.get(incident_id) if incident_id else None)
        if incident_id:
            self.remember_open(incident_id)
        self.stack.setCurrentWidget(self.worksheet)
        self.worksheet.show_step(0)

    def leave_worksheet(self) -> bool:
        """Save what is in the worksheet before it shows something else."""
        return (
            not self.in_worksheet()
            or self.worksheet.save()
            or (not self.worksheet.values()["title"].strip())
        )

    def back_to_journal(self) -> None:
        if self.leave_worksheet():
            self.remember_open(None)
            self.stack.setCurrentIndex(0)
            self.reload()

    def delete_incident(self) -> None:
        """Delete the open or selected incident, after asking; the journal keeps backups."""
        if self.in_worksheet():
            incident_id = self.worksheet.incident.id if self.worksheet.incident else None
        else:
            row = self.model.row_at(self.table.currentIndex().row())
            incident_id = row.id if row else None
        if not incident_id:
            return
        title = self.journal.get(incident_id).title
        answer = QMessageBox.question(
            self,
            "Delete incident",
            f"Delete “{title}” from the journal? This cannot be undone here "
            "(backups keep earlier copies).",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.journal.delete(incident_id)
        except JournalError as error:
            self.show_status(str(error), True)
            return
        if self.in_worksheet():
            self.worksheet.load(None)
            self.stack.setCurrentIndex(0)
            self.remember_open(None)
        self.reload()
        self.show_status(f"Deleted “{title}”.", False)

    def remember_open(self, incident_id: int | None) -> None:
        """What is open in the worksheet, so a relaunch after a crash brings it back."""
        with suppress(JournalError):  # a read-only journal: nothing to recover into anyway
            self.journal.set_setting(LAST_OPEN, None if incident_id is None else str(incident_id))

    def on_saved(self, changes: Changes) -> None:
        if changes.incidents and self.worksheet.incident and self.worksheet.incident.id:
            self.remember_open(self.worksheet.incident.id)
        self.model.reload()

    def show_status(self, message: str, is_error: bool) -> None:
        self.statusBar().setStyleSheet("color: #b3261e;" if is_error else "")
        self.statusBar().showMessage(message)

    def save_briefing(self) -> None:
        """Ctrl+P: preview the one-page briefing, then save or print it."""
        if self.in_worksheet() and not self.worksheet.save():
            self.show_status("Give the incident a client and a title first.", True)
            return
        incident = self.worksheet.incident if self.in_worksheet() else None
        if incident is None:
            row = self.model.row_at(self.table.currentIndex().row())
            incident_id = row.id if row else None
        else:
            incident_id = incident.id
        if not incident_id:
            self.show_status("Choose or save an incident first.", True)
            return
        from ui.briefing_view import BriefingPreview  # QtPdf loads only when asked for

        try:
            self.preview = BriefingPreview(self.journal, incident_id, self)
        except JournalError as error:
            self.show_status(str(error), True)
            return
        self.preview.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.in_worksheet() and self.worksheet.save():
            self.remember_open(None)
        if self._worksheet is not None:  # a failed save retries later; not after closing
            self._worksheet.timer.stop()
        event.accept()
